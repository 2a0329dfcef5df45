"""Actors reached through another noun: owners, possessors and anaphors.

Arabic news often names the actor of an event only through a noun that
belongs to it, and these rules (word lists: the rows of ``generic_actors.tsv`` whose sector starts with ``_``) bring
that actor into the slot the event needs:

- a unit before an actor acts for it: شنت مقاتلات التحالف غارات، طائرات
  مسيرة تابعة لقوات حفتر قصفت، قصفت طائرات الاحتلال الإسرائيلي؛ a number
  noun before a nisba is a people: تظاهر آلاف العراقيين (``own_slots``);
- the target of an event can be the owner of the thing hit or refused:
  على مواقع تابعة للنظام السوري، استهدفت مطار أبها السعودي، رحبت
  بالمبادرة المصرية، رفض المبادرة التي طرحها السيسي (``possessor_target``);
- الطرفين / الجانبين / البلدين stand for the two parties of the event before.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import norm
from ..arabic.tokens import Token
from .wordlists import word_list
from .actors import PREP_WORDS, Slot, _article_clitics, _prep_from, _word_stem
from .triggers import load_rows, split_cell

RELATIVE = {"التي", "الذي", "الذين"}
# event types whose target may be named through a thing it owns (struck, refused, welcomed, condemned)
POSSESSED = {"ASSAULT", "COERCE", "REJECT", "SUPPORT", "ACCUSE", "THREATEN", "SANCTION", "PROTEST"}


@dataclass
class Units:
    """Folded word lists by kind (unit, quantity, link, pair, event)."""

    words: dict = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Units":
        out: dict = {}
        for r in load_rows("generic_actors.tsv", ["head", "forms", "sector", "country"],
                           ["canonical", "name_en", "follow", "not_after", "agree", "note"]):
            if not r["sector"].startswith("_"):
                continue
            for form in [r["head"], *split_cell(r.get("forms", ""))]:  # the head and every written form
                f = norm(form)
                out.setdefault(r["sector"][1:], set()).update({f, f[2:] if f.startswith("ال") and len(f) > 4 else f})
        return cls({k: frozenset(v) for k, v in out.items()})

    def is_(self, kind: str, tok: Token) -> bool:
        ws = self.words.get(kind, ())
        return tok.norm in ws or tok.norm.lstrip("وف") in ws or any(s in ws for s in _word_stem(tok))


def own_slots(text: str, toks: list[Token], slots: list[Slot], units: Units) -> None:
    """Stretch an actor's slot back over the unit or number noun that acts for it (in place)."""
    taken = {k for s in slots for k in range(s.ti, s.tj + 1)}
    vague = {k: g for g in slots if g.etype == "GENERIC" and not g.country for k in range(g.ti, g.tj + 1)}
    for s in list(slots):
        if s.conj or s.ti < 1 or s not in slots:
            continue
        k = s.ti - 1
        if s.prep == "ل" and units.is_("link", toks[k]) and k >= 1:
            g = vague.get(k - 1)
            if g is not None and g is not s and g.tj == k - 1:
                # القوات الموالية للرئيس السابق علي صالح: unnamed forces loyal to an actor are that actor's
                slots.remove(g)
                pre = _article_clitics(toks[g.ti].norm)
                s.ti, s.start = g.ti, toks[g.ti].start
                s.prep, s.conj = _prep_from(pre or "", toks, g.ti)
                continue
        if s.etype == "PER":
            continue
        if s.prep == "ل" and units.is_("link", toks[k]):
            k -= 1  # طائرات مسيرة تابعة لقوات حفتر
        elif s.prep:
            continue
        head = None
        for h in (k, k - 1):  # one word may stand between: طائرات الاحتلال الإسرائيلي، طائرات مسيرة تابعة
            if h < 0 or h in taken or toks[h].norm.lstrip("وف") in PREP_WORDS:
                break
            if units.is_("unit", toks[h]) or (s.is_adj and h == k and units.is_("quantity", toks[h])):
                head = h
                break
        if head is None:
            continue
        pre = _article_clitics(toks[head].norm)
        s.ti, s.start = head, toks[head].start
        s.prep, s.conj = _prep_from(pre or "", toks, head)
        if s.is_adj:
            s.msource = "owner"  # the nisba now names the acting state, not a qualifier


def _counted(toks, k: int, units) -> bool:
    """Is token k (with the one before it) a count of people: 41 عنصرا، ثلاثة، عشرات، عناصر?"""
    if units is None:
        return False
    return units.is_("member", toks[k]) or units.is_("quantity", toks[k]) or is_count(toks[k].norm)


def is_count(w: str) -> bool:
    """Is the folded word a count: digits or a cardinal word (ثلاثة، عشرات)?"""
    return w.isdigit() or w in COUNT_WORDS


def _of_members(toks, gap, units) -> bool:
    """The words between a count and a group: من, with a member or unit noun before or after it."""
    words = [toks[k] for k in gap]
    rest = [w for w in words if w.norm != "من"]
    return len(words) - len(rest) == 1 and len(rest) <= 1 and all(
        units.is_("member", w) or units.is_("unit", w) for w in rest)


# cardinal numbers as words (folded): a counted group of people without a noun (ثلاثة من الحوثيين)
COUNT_WORDS = word_list("count_word")
# places that belong to an actor (مواقع، معاقل، مقرات): their owner is the one hit
ACTOR_PLACES = word_list("actor_place")


def possessor_target(t, S, groups, after: int):
    """The owner of the noun that takes the target's place (على مواقع تابعة للنظام السوري).

    ``after`` is the last token of the subject (or the trigger); returns a group or None.
    """
    toks, tprep = S.toks, t.row["_tprep"]
    if t.row["type"] not in POSSESSED:
        return None  # إرسال طائرات إلى المطارات المصرية: a place, not a target
    hard = S.hard_for(t.ti)
    # the noun in the target's place: the first word marked by the trigger's preposition,
    # or the bare object right after the subject
    k0 = None
    for k in range(after + 1, min(after + 9, len(toks))):
        if k in hard:
            break
        w = toks[k].norm.lstrip("وف")
        if w in tprep and k + 1 < len(toks):
            k0 = k + 1
            break
        if any(w.startswith(p) and len(w) > 4 for p in tprep if len(p) == 1):
            k0 = k
            break
        if ("obj" in tprep or ("gen" in tprep and t.kind in ("n", "a"))) and k == after + 1 and w not in PREP_WORDS and not any(
                k in range(g[0].ti, g[-1].tj + 1) for g in groups):
            k0 = k
            break
    if k0 is None or any(k0 <= g[-1].tj and g[0].ti <= k0 for g in groups):
        return None
    for g in groups:
        if g[0].ti <= k0 or g[0].ti - k0 > 3 or any(k0 < b <= g[0].ti for b in hard if toks[b].norm not in RELATIVE):
            continue
        s = g[0]
        gap = range(k0 + 1, s.ti)
        if s.is_adj and not s.prep and all(toks[k].norm.startswith("ال") or not toks[k].norm[:1] in "وفبل" for k in gap):
            return g  # مطار أبها السعودي، بالمبادرة المصرية
        if s.prep == "ل" and len(gap) <= 2:
            return g  # مواقع للحوثيين، مواقع تابعة للنظام السوري
        if (s.prep == "في" and all(toks[k].norm == "في" for k in gap) and S.units is not None
                and S.units.is_("member", toks[k0])
                and t.row["type"] == "ASSAULT"):
            return g  # استهدفت الغارة قياديا في القاعدة: an attack on a member is one on his group
        if _counted(toks, k0, S.units) and _of_members(toks, gap, S.units):
            return g  # اعتقال 41 عنصرا من داعش، أسرت ثلاثة من الحوثيين، عشرات من مسلحي داعش: the group
        if (not s.prep and not s.is_adj and s.ti == k0 + 1
                and not (S.units is not None and S.units.is_("titlehead", toks[k0]))):
            return g  # construct state: على مواقع ميليشيات الحوثي (not لقائد الجيش الليبي: a title)
        if (not s.prep and not s.is_adj and s.ti == k0 + 2 and toks[k0].norm.lstrip("وفبل") in ACTOR_PLACES
                and not toks[k0 + 1].norm.startswith("ال") and toks[k0 + 1].norm[:1] not in "وفبل"
                and toks[k0 + 1].norm not in PREP_WORDS):
            return g  # a chain of two constructs after a place of an actor: على مواقع تمركز المليشيات الحوثية
        if (not s.prep and len(gap) == 2 and toks[k0 + 1].norm in RELATIVE
                and toks[k0 + 2].norm.endswith(("ها", "ه"))):
            return g  # المبادرة التي طرحها الرئيس
        break
    return None
