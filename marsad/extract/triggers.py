"""Arabic word matching for event triggers, modality and attribution cues.

A lexicon row names a lemma once (طلب / يطلب); ``inflect_verb`` and
``inflect_noun`` expand it to the written forms that news prose uses, and
``analyses`` strips the clitics glued to a word in the text (و ف ب ل ك ال سـ
in front, pronoun suffixes behind) so that وطلبت، ولطلبه، سيطلب، والزيارات
all find their row.  Everything here is folded with ``arabic.normalize.norm``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import HARAKAT, norm
from ..arabic.tokens import Token, proclitic_sequences
from ..errors import ResourceError
from ..resources import read_tsv, split_list

# Pronoun suffixes (folded).  Longest first so هما is tried before ها/ه.
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا", "ني", "ه", "ك", "ي")
# Imperfect person prefixes: he/she-or-you/we/I.
_IMPF_PREFIX = ("ي", "ت", "ن", "ا")


def _proclitics() -> frozenset:
    seqs = set(proclitic_sequences()) | {""}
    # the future prefix سـ sits after و/ف and before the verb: وسيطلب
    seqs |= {"س", "وس", "فس"}
    return frozenset(seqs)


PROCLITICS = _proclitics()


def inflect_verb(perfect: str, imperfect: str = "") -> set[str]:
    """Written forms of a verb from its perfect and imperfect 3rd masc. sing. (folded)."""
    p = norm(perfect)
    out = {p}
    if p.endswith("ي") or p.endswith("ا"):  # التقى، دعا: weak final radical
        stem = p[:-1]
        out |= {stem + "ت", stem + "تا", stem + "وا", p + "ا", stem + "يا", stem + "وا"}
    else:
        out |= {p + "ت", p + "تا", p + "وا", p + "ا", p + "ن", p + "نا", p + "تم"}
    if imperfect:
        out |= inflect_imperfect(imperfect)
    return out


def inflect_imperfect(imperfect: str) -> set[str]:
    """Written forms of an imperfect from its 3rd masc. sing. (يطلب -> تطلب نطلب يطلبون ...)."""
    i = norm(imperfect)
    stem = i[1:]
    out = set()
    for pre in _IMPF_PREFIX:
        out.add(pre + stem)
        if not stem.endswith(("ي", "ا", "و")):
            out |= {pre + stem + "ون", pre + stem + "ان", pre + stem + "وا", pre + stem + "ين"}
        else:
            out |= {pre + stem[:-1] + "ون", pre + stem[:-1] + "ان"}
    return out


def inflect_noun(noun: str) -> set[str]:
    """Written forms of a verbal noun: singular, sound plural, dual, accusative."""
    n = norm(noun)
    out = {n}
    if n.endswith("ه"):  # ta marbuta (folded): زيارة -> زيارات، زيارتين، زيارتا (construct)
        base = n[:-1]
        out |= {base + "ات", base + "تين", base + "تان", base + "تا", base + "ت"}
    elif n.endswith(("ات", "ع")) and len(n) > 4 and n.endswith("ات"):
        pass  # already plural (محادثات)
    else:
        out |= {n + "ات", n + "ا", n + "ين", n + "ان", n + "تان", n + "تين", n + "ه"}
    return out


@dataclass(frozen=True)
class Reading:
    """One way to read a word: clitics in front, the stem, a pronoun suffix."""

    pre: str
    stem: str
    suf: str


def analyses(word_norm: str) -> list[Reading]:
    """Every clitic reading of a folded word, the bare word first."""
    out = []
    w = word_norm
    for i in range(0, min(len(w) - 1, 5)):
        pre = w[:i]
        if pre not in PROCLITICS:
            continue
        rest = w[i:]
        if len(rest) < 2:
            continue
        out.append(Reading(pre, rest, ""))
        for suf in ENCLITICS:
            if rest.endswith(suf) and len(rest) - len(suf) >= 2:
                stem = rest[: -len(suf)]
                out.append(Reading(pre, stem, suf))
                # ta marbuta is written ت before a suffix: زيارته = زيارة + ه
                if stem.endswith("ت"):
                    out.append(Reading(pre, stem[:-1] + "ه", suf))
                # final alef maqsura becomes alef before a suffix: نفاه = نفى + ه
                if stem.endswith("ا"):
                    out.append(Reading(pre, stem[:-1] + "ي", suf))
        # ta marbuta carrying tanwin or an article-less construct: دعماً is دعم + ا
    return out


def is_article(pre: str) -> bool:
    return pre.endswith("ال") or pre.endswith("لل")


@dataclass
class FormIndex:
    """Folded written form -> list of (row index, kind) where kind is v/n/a/p."""

    first: dict = field(default_factory=dict)  # first word -> [(row, kind, rest_words)]

    def add(self, form_words: list[str], row: int, kind: str, first_forms: set[str]) -> None:
        rest = tuple(_strip_article(w) for w in form_words[1:])
        for f in first_forms:
            self.first.setdefault(f, []).append((row, kind, rest))

    def match(self, tokens: list[Token], i: int) -> list[tuple[int, str, int, Reading]]:
        """Rows whose form starts at token ``i``: (row, kind, last token index, reading)."""
        out = []
        seen = set()
        # a final ه written as ه (not ة) after a stem that is a form itself is a pronoun: لقائه = لقاء + ه
        pron = tokens[i].text.rstrip(HARAKAT).endswith("ه")
        for rd in analyses(tokens[i].norm):
            if pron and not rd.suf and rd.stem.endswith("ه") and rd.stem[:-1] in self.first:
                continue
            for row, kind, rest in self.first.get(rd.stem, ()):
                if rest and rd.suf:
                    continue
                j = i
                ok = True
                for w in rest:
                    j += 1
                    if j >= len(tokens) or _strip_article(_strip_conj(tokens[j].norm)) != w:
                        ok = False
                        break
                if not ok and kind in ("v", "i") and len(rest) == 1 and _split_phrase(tokens, i, rest[0]):
                    ok, j = True, i  # أطلق الجيش النار، ألقت قوات الأمن القبض: the subject between; the verb alone
                if not ok:
                    continue
                # the future prefix belongs to imperfect verbs; the article to nouns
                if "س" in rd.pre and kind != "i":
                    continue
                if is_article(rd.pre) and kind in ("v", "i"):
                    continue
                # a perfect verb takes only و/ف in front: ولعبت is و+لعبت, never و+ل+عبت (عبأ)
                if kind == "v" and any(c in rd.pre for c in "لبك"):
                    continue
                # و + a first-person imperfect (و + أصل) is rarer in news than a verb of its own (واصل: continued)
                if kind == "i" and rd.stem[:1] == "ا" and rd.pre[:1] in ("و", "ف"):
                    continue
                # "me" as object is rare in news and makes nouns look like verbs (مولاي ≠ مول + ي)
                if kind in ("v", "i") and rd.suf == "ي":
                    continue
                # nor "you": هناك is "there", not هنأ + ك (congratulated you)
                if kind in ("v", "i") and rd.suf in ("ك", "كم", "كما", "كن"):
                    continue
                # استعادت with nothing after it is the verb: a noun in ة is written with ت only before a pronoun
                # (استعادته), so a bare ت form of a noun in ة is no noun (but هجمات، تصويت are)
                if (kind in ("n", "a") and not rd.suf and rd.stem.endswith("ت") and not rd.stem.endswith("ات")
                        and rd.stem[:-1] + "ه" in self.first):
                    continue
                if (row, kind) in seen:
                    continue
                seen.add((row, kind))
                out.append((row, kind, j, rd))
        return out


SPLIT_GAP = 5  # words a verb's subject may put between the verb and the rest of its phrase


def _split_phrase(tokens: list[Token], i: int, rest: str) -> bool:
    """Does the rest of a two-word verb phrase (with its article) follow within a short subject?"""
    for j in range(i + 2, min(i + 2 + SPLIT_GAP, len(tokens))):
        if _strip_article(_strip_conj(tokens[j].norm)) == rest and tokens[j].norm.startswith(("ال", "وال")):
            return True
    return False


def _strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def _strip_conj(w: str) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def build_index(rows: list, form_col: str = "form", pos_col: str = "pos", impf_col: str = "impf") -> FormIndex:
    """Index lexicon rows (dicts) by the inflected forms of their first word."""
    idx = FormIndex()
    for k, r in enumerate(rows):
        words = norm(r[form_col]).split()
        impf_words = norm(r.get(impf_col, "") or "").split()
        pos = r.get(pos_col, "n") or "n"
        if pos == "v":
            idx.add(words, k, "v", inflect_verb(words[0]))
            if impf_words and "perfect" not in (r.get("flags") or "").split("|"):
                imp = inflect_imperfect(impf_words[0])
                idx.add(impf_words if len(impf_words) == len(words) else [impf_words[0]] + words[1:], k, "i", imp)
        elif pos == "n":
            idx.add(words, k, "n", inflect_noun(words[0]) if len(words) == 1 else {words[0]} | inflect_noun(words[0]))
        elif pos == "a":
            f = words[0]
            forms = {f, f + "ه", f + "ان", f + "تان", f + "ون", f + "ين", f + "تين", f + "ات"}
            idx.add(words, k, "a", forms)
        elif pos == "x":
            idx.add(words, k, "n", {words[0]})
        else:
            raise ResourceError(f"unknown pos {pos!r} in row {k}")
    return idx


def load_rows(name: str, required: list[str], optional: list[str]) -> list[dict]:
    """A TSV resource as plain dicts (picklable), with the file/line kept for messages."""
    out = []
    for r in read_tsv(name, required, optional):
        d = dict(r.values)
        d["_where"] = f"{r.file}:{r.line}"
        out.append(d)
    return out


def split_cell(cell: str) -> list[str]:
    return split_list(cell or "")
