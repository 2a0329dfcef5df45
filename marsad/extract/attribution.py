"""Attribution chains: according to whom is an event reported?

The chain runs outermost first: the document's outlet, the report it retells
(وفقا لما أورده تقرير نشره موقع X وترجمه Y -> Y then X), then whoever the
sentence cites: a named person (قال X)، an anonymous source (نقل الموقع عن
دبلوماسيين)، or a document (وفقا لرسالة أرسلها حفتر).  Words such as
الموقع، الصحيفة، التقرير stand for the outlet cited last.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..arabic.tokens import Token
from .actors import Slot
from .triggers import FormIndex

REPORTING_TYPES = ("MEDIA",)
CLAUSE_OPENERS = {"ان", "انه", "انها", "انهم"}  # قال إن …: what follows is said, not who says it


@dataclass(frozen=True)
class AttrCue:
    k: int
    kj: int
    kind: str  # say adv according cite report anaphor quote
    verb: str  # folded cue form


def find_attr_cues(toks: list[Token], index: FormIndex, rows: list[dict]) -> list[AttrCue]:
    out = []
    for k in range(len(toks)):
        for row, _kind, j, rd in index.match(toks, k):
            r = rows[row]
            if r["kind"] in ("anaphor", "quote") and rd.suf:
                continue
            if r["kind"] == "anaphor" and not (rd.pre.endswith("ال") or rd.stem.startswith("ال")):
                continue
            out.append(AttrCue(k, j, r["kind"], r["cue"]))
    return out


class MediaMemory:
    """The outlet or report an anaphor (الموقع، الصحيفة) stands for: the last one cited."""

    def __init__(self) -> None:
        self.last = ""

    def see(self, ent_id: str) -> None:
        self.last = ent_id


def _slot_at(slots: list[Slot], k: int) -> Slot | None:
    return next((s for s in slots if s.ti <= k <= s.tj), None)


def _group_after(slots: list[Slot], k: int, window: int, allow_prep: bool) -> list[Slot]:
    """The first actor after token k (within window) and those joined to it by و."""
    first = next((s for s in slots if k < s.ti <= k + window and not s.is_adj and (allow_prep or not s.prep)), None)
    if first is None:
        return []
    out = [first]
    for s in slots:
        if s.ti > out[-1].tj and s.conj and s.ti <= out[-1].tj + 2 and not s.is_adj:
            out.append(s)
        elif s.ti > out[-1].tj:
            break
    return out


def speakers(toks: list[Token], slots: list[Slot], cues: list[AttrCue], memory: MediaMemory,
             quote_tokens: set) -> list[tuple[int, list[str]]]:
    """(cue token index, speaker entity ids) for each attribution cue in a sentence."""
    out = []
    anaphors = {c.k for c in cues if c.kind == "anaphor"}
    for c in cues:
        if c.k in quote_tokens or c.kind in ("anaphor", "quote", "cite"):
            continue
        ids: list[str] = []
        if c.kind == "say":
            grp = _group_after(slots, c.kj, 3, allow_prep=False)
            ana = next((a for a in anaphors if c.kj < a <= c.kj + 2), None)
            if ana is not None and (not grp or ana < grp[0].ti) and memory.last:
                ids = [memory.last]
            elif grp and not any(toks[k].norm.lstrip("وب") in CLAUSE_OPENERS for k in range(c.kj + 1, grp[0].ti)):
                ids = [s.ent for s in grp]  # not تفيد بأن داعش: the actor of the أن-clause is no speaker
            elif toks[c.k].norm[:1] not in ("و", "ف"):
                # SVO: رئيس الحكومة أحمد داود أوغلو أعلن أن … (not وقال after an object: التقى نظيره وقال)
                before = next((s for s in slots if s.tj == c.k - 1 and not s.prep and not s.is_adj), None)
                ids = [before.ent] if before is not None else []
            if c.verb == "نقل":
                cite = next((k for k in range(c.kj + 1, min(c.kj + 6, len(toks))) if toks[k].norm in ("عن", "وعن")), None)
                if cite is not None:
                    ids += [s.ent for s in _group_after(slots, cite, 2, allow_prep=True)]
        elif c.kind == "according":
            grp = _group_after(slots, c.kj, 4, allow_prep=True)
            ids = [s.ent for s in grp]
        elif c.kind == "report":
            grp = _group_after(slots, c.kj, 3, allow_prep=False)
            ids = [s.ent for s in grp if s.etype in REPORTING_TYPES]
        if ids:
            out.append((c.k, ids))
    return out


def chain(*parts) -> list[str]:
    """Concatenate id lists outermost first, keeping the first occurrence of each id."""
    out: list[str] = []
    for p in parts:
        for x in p:
            if x and x not in out:
                out.append(x)
    return out
