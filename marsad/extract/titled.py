"""Persons found by their titles, for names no list holds and the learned model misses.

Arabic news introduces people in two fixed shapes:

- a rank right before the name: العقيد فلاديمير كيريشنكو، الدكتور سامي نادر —
  titles whose ``cue`` is ``before`` in titles.tsv are followed by nothing but a name;
- a name in apposition with a role after a comma: جليل حرشاوي، الخبير في الشؤون
  الليبية — "X Y، الخبير/المحلل/المتحدث/السفير …" (``cue`` ``after``).

The candidate words must look like a name: Arabic words that are not function
words, do not start with the article (except after عبد/أبو/ابن/بن: عبد الباسط),
and are not already a known actor.  Two words are taken (given name +
family name, the usual form in news), three when the first is عبد/أبو.
"""
from __future__ import annotations

import re

from ..arabic.normalize import norm
from ..records import Mention
from .wordlists import word_list

_WORD = re.compile(r"[\u0621-\u064A\u0640]+")
_COMPOUND_HEADS = {"عبد", "ابو", "ابي", "ابن", "بن", "بنت"}
# the second word of a compound given name (عز الدين، سيف الإسلام): the family name follows it
_COMPOUND_TAILS = {"الدين", "الاسلام"}


def _name_length(cand: list) -> int:
    """How many of the candidate words form the name: given + family, longer after عبد/أبو/بن or a
    compound given name (عز الدين الأصبحي)."""
    k = 3 if cand and norm(cand[0][2]) in _COMPOUND_HEADS else 2
    if len(cand) > 1 and norm(cand[1][2]) in _COMPOUND_TAILS:
        k = 3
    while k < len(cand) and norm(cand[k - 1][2]) in _COMPOUND_HEADS:
        k += 1  # تميم بن حمد: a name does not end on بن/عبد/أبو
    return k


_VERB_LIKE = re.compile(r"^[وف][يتنا]")  # و/ف + imperfect prefix: ويضيف، فيقول


def _name_words(words: list, fw: frozenset) -> bool:
    for i, (s, e, w) in enumerate(words):
        f = norm(w)
        if i == 0 and w == "علي":
            continue  # the given name Ali, written with ya; the preposition على is written with alif maqsura
        if f in fw or len(f) < 2 or (i == 0 and _VERB_LIKE.match(f)) or (len(f) > 3 and f[0] in "وف" and f[1:] in fw):
            return False
        if i == 0 and f.startswith("ال"):
            return False  # a name does not start with the article; family names may (أحمد العسيري)
        if f.startswith(("وال", "بال", "لل")):
            return False
        if i == 0 and len(f) >= 6 and f.endswith("ات"):
            return False  # انتقادات، مساعدات: an indefinite plural noun after the title, no given name
        if f.startswith("ال") and f.endswith("ات"):
            return False  # العلاقات، المفاوضات: a definite plural noun, never a family name
    return True


def find_titled_persons(text: str, sentences: list, titles, fw: frozenset, taken: list,
                        verbs: frozenset = frozenset()) -> list[Mention]:
    """PER mentions (source 'title') for names introduced by a rank, an office with a nisba, or followed by a role.

    ``verbs``: inflected verb forms (the event lexicon's); a word among them is no name
    (وزير الخارجية الأمريكي يزور …).
    """
    covered = bytearray(len(text) + 1)
    for m in taken:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    # titles that precede a name, indexed by their first folded word (one dict lookup per word)
    before: dict[str, list] = {}
    for f, orig, kind, _, cue in titles.forms:
        if cue == "before":
            before.setdefault(f.split()[0], []).append((f, orig))
    after_titles = [t for t in titles.forms if t[4] == "after"]
    offices: dict[str, list] = {}
    for f, orig, kind, _, cue in titles.forms:
        if kind == "office":
            offices.setdefault(f.split()[0], []).append((f, orig))
    out = []

    def not_title(cand) -> bool:  # السفير الأمريكي وزير الخارجية المصري: a second title, no name
        return bool(cand) and norm(cand[0][2]) not in offices and norm(cand[0][2]) not in before

    for ss, se in sentences:
        sent = text[ss:se]
        words = [(ss + m.start(), ss + m.end(), m.group()) for m in _WORD.finditer(sent)]
        folded = [norm(w) for _, _, w in words]
        for i in range(len(words)):
            # (a) rank/honorific + name
            for f, orig in before.get(folded[i], ()):
                n = len(f.split())
                if " ".join(folded[i:i + n]) != f:
                    continue
                cand = words[i + n:i + n + 5]
                k = _name_length(cand)
                cand = cand[:k]
                if len(cand) == k and _contiguous(text, cand) and _name_words(cand, fw) and not_title(cand):
                    _add(out, text, cand, covered, orig)
                break
            # (c) office + state nisba (+ السابق) + name: وزيرة القضاء الإسرائيلية أييليت شاكيد
            office = list(offices.get(folded[i], ()))
            if folded[i] in ("وزير", "وزيره"):
                # وزيرة القضاء الإسرائيلية، وزير حقوق الإنسان اليمني: the ministry's words up to the nisba
                m = next((m for m in range(i + 1, min(i + 4, len(words) - 1)) if _nisba(folded[m + 1])
                          and all(folded[x] not in fw for x in range(i + 1, m + 1))), None)
                if m is not None:
                    office.append((" ".join(folded[i:m + 1]), " ".join(w for _, _, w in words[i:m + 1])))
            for f, orig in office:
                n = len(f.split())
                if " ".join(folded[i:i + n]) != f or i + n >= len(words) or not _nisba(folded[i + n]):
                    continue
                j = i + n + 1
                while j < len(words) and folded[j] in _FORMER:
                    j += 1
                cand = words[j:j + 5]
                k = _name_length(cand)
                cand = cand[:k]
                if (len(cand) == k and _contiguous(text, [words[j - 1]] + cand) and _name_words(cand, fw)
                        and not_title(cand) and not any(norm(w) in verbs or norm(w)[1:] in verbs for _, _, w in cand)):
                    _add(out, text, cand, covered, orig)
                break
            # (d) spokesman of a body + name: المتحدث باسم المقاومة في عدن علي الأحمدي، الناطق باسم
            # حكومة الوفاق الوطني محمد السلاك: the body's name, then the man's
            if folded[i] == "باسم":
                spk = next((t for t in after_titles if t[0].endswith("باسم")
                            and " ".join(folded[max(0, i - len(t[0].split()) + 1):i + 1]) == t[0]), None)
                cand = _after_body(text, words, folded, i + 1, covered, fw) if spk else None
                if cand and not any(norm(w) in verbs or norm(w)[1:] in verbs for _, _, w in cand):
                    first = words[i - len(spk[0].split()) + 1]
                    _add(out, text, cand, covered, text[first[0]:cand[0][0]].strip())  # the title with its body
            # (b) name + "، " + role title
            s_end = words[i][1]
            after = text[s_end:s_end + 3]
            if after[:1] in ("،", ",") or after[:2] in (" ،", " ,"):
                rest = " ".join(norm(text[s_end:s_end + 80]).lstrip(" ،,").split())
                t = next((t for t in after_titles if rest == t[0] or rest.startswith(t[0] + " ")), None)
                if t:
                    k = 3 if i >= 2 and folded[i - 2] in _COMPOUND_HEADS else 2
                    cand = words[max(0, i - k + 1):i + 1]
                    if len(cand) == k and _contiguous(text, cand) and _name_words(cand, fw):
                        _add(out, text, cand, covered, t[1])
    return out


_FORMER = word_list("former")
_BODY_PREPS = {"في", "ب", "لدي", "ل"}


def _after_body(text: str, words: list, folded: list, j: int, covered: bytearray, fw: frozenset):
    """The two- or three-word name after a body's name that starts at word j, or None.

    The body is one word (its head, in construct after باسم), then definite words (الوفاق الوطني)
    or a preposition with a known place (في عدن); the name is the first word after that which
    does not start with the article, written right after the body (no comma between).
    """
    if j >= len(words) or folded[j] in fw:
        return None
    k = j + 1
    while k < len(words) and k - j <= 6:
        if folded[k].startswith("ال"):
            k += 1
        elif folded[k] in _BODY_PREPS and k + 1 < len(words) and covered[words[k + 1][0]]:
            k += 2
            while k < len(words) and covered[words[k][0]] and covered[words[k][0] - 1]:
                k += 1  # a place of more than one word (في شرم الشيخ)
        else:
            break
    n = 3 if k < len(words) and folded[k] in _COMPOUND_HEADS else 2
    cand = words[k:k + n]
    if (len(cand) == n and _contiguous(text, [words[k - 1]] + cand) and _name_words(cand, fw)
            and not any(covered[a] for a, _, _ in cand)):
        return cand
    return None


def _nisba(f: str) -> bool:
    """A definite relational adjective (الأمريكي، الإسرائيلية) as folded."""
    return f.startswith("ال") and len(f) > 4 and f.endswith(("ي", "يه")) and f not in _FORMER


def _contiguous(text: str, cand: list) -> bool:
    return all(text[a[1]:b[0]].strip() == "" for a, b in zip(cand, cand[1:]))


def _add(out: list, text: str, cand: list, covered: bytearray, role: str) -> None:
    s, e = cand[0][0], cand[-1][1]
    if any(covered[s:e]):
        return
    covered[s:e] = b"\x01" * (e - s)
    out.append(Mention(s, e, text[s:e], "PER", source="title", role=role))
