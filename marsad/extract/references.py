"""Actors named again by a noun, and place names that are only part of a title.

- الحركة، الجماعة، الحزب (a bare definite head noun) refer back to the last
  organisation whose name starts with that noun (حركة حماس … أطلقت الحركة):
  ``org_anaphors`` adds a ``coref`` mention for it;
- a city standing for its state is no actor inside the name of an agreement
  or a conference (اتفاق فيينا، مؤتمر جنيف): ``in_title`` tells the slot apart.

Word lists: the ``_orghead`` and ``_named`` rows of ``generic_actors.tsv``.
"""
from __future__ import annotations

from ..arabic.normalize import HARAKAT, norm
from ..arabic.tokens import Token, tokenize
from ..records import Entity, Mention
from .actors import Slot

# clitics that may stand before the article; لل = لـ + the article
ARTICLE_PREFIXES = ("وبال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "لل", "ال")
DIACRITICS = set(HARAKAT + "\u0640")  # and tatweel


def _head(word: str) -> str:
    """The first word of a name without clitics and article, folded (حركة حماس -> حركه)."""
    for p in ARTICLE_PREFIXES:
        if word.startswith(p) and len(word) > len(p) + 2:
            return word[len(p):]
    return word


def _first(name: str) -> str:
    words = norm(name or "").split()
    return _head(words[0]) if words else ""


def _letter_offset(raw: str, n: int) -> int:
    """Index in ``raw`` after its first ``n`` letters (diacritics and tatweel do not count)."""
    seen = 0
    for i, c in enumerate(raw):
        if seen == n:
            return i
        if c not in DIACRITICS:
            seen += 1
    return len(raw)


def org_anaphors(text: str, mentions: list[tuple[Mention, Entity]], units) -> list[tuple[Mention, Entity]]:
    """``coref`` mentions for الحركة / الجماعة / الحزب … pointing to the last organisation of that kind."""
    heads = units.words.get("orghead", frozenset())
    # an unnamed institution too: وزارة الخارجية الفلسطينية … وأدانت الوزارة
    orgs = sorted(((m, e) for m, e in mentions if e.type in ("ORG", "GENERIC")), key=lambda x: x[0].start)
    if not heads or not orgs:
        return []
    spans = [(m.start, m.end) for m, _ in mentions]
    toks = tokenize(text)
    out = []
    for k, tok in enumerate(toks):
        w = tok.norm
        pre = next((p for p in ARTICLE_PREFIXES if w.startswith(p) and len(w) > len(p) + 2), None)
        if pre is None or w[len(pre):] not in heads:
            continue
        if any(a <= tok.start < b for a, b in spans):
            continue  # part of a name (حركة حماس، مجلس الأمن)
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if nxt.startswith("ال") and nxt.endswith(("ي", "يه", "يين", "يون")):
            continue  # الحركة الإسلامية: a description, perhaps of another organisation
        head = w[len(pre):]
        ante = [(m, e) for m, e in orgs if m.end <= tok.start and head in (_first(m.text), _first(e.name_ar))]
        if not ante:
            continue
        m0, ent = ante[-1]
        # the mention starts at the article, so that a clitic in front (بالحركة، للجماعة) stays a preposition
        skip = len(pre) - 2 if pre != "لل" and not pre.endswith("لل") else len(pre) - 1
        start = tok.start + _letter_offset(text[tok.start:tok.end], skip)
        out.append((Mention(start, tok.end, text[start:tok.end], ent.type, m0.key, "coref"), ent))
    return out


def in_title(sl: Slot, toks: list[Token], slots: list[Slot], units) -> bool:
    """Is this city (a metonym) only part of a name such as اتفاق فيينا، مؤتمر جنيف؟"""
    if sl.msource != "metonym" or sl.etype != "GPE" or sl.prep or sl.conj or sl.ti < 1:
        return False
    if not units.is_("named", toks[sl.ti - 1]):
        return False
    # اتفاق موسكو وأنقرة: two capitals after the noun are the parties that agreed
    return not any(o.conj and o.ti == sl.tj + 1 for o in slots)

