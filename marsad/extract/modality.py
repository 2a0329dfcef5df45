"""Modality: is an event asserted, requested, planned, denied, hedged or negated?

Cues come from ``modality.tsv``.  Arabic marks most of them before the verb
(لم يرسل، ربما يزور، سوف، قد + imperfect), the future on the verb itself
(سيزور), expectation by adjectives after a noun (زيارة مرتقبة، الأيام
المقبلة), and denial either before (نفت روسيا إرسال …) or in a relative
clause after the claim (… الأمر الذي نفته زاخاروفا).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..arabic.tokens import Token
from .triggers import FormIndex, Reading

# strongest first
PRIORITY = ("denied", "negated", "requested", "planned", "hedged", "asserted")
MODALITIES = PRIORITY


@dataclass(frozen=True)
class Cue:
    k: int  # first token
    kj: int  # last token
    modality: str
    scope: str
    window: int


def find_cues(toks: list[Token], index: FormIndex, rows: list[dict], skip=lambda tok: False) -> list[Cue]:
    """Modality cues among a sentence's tokens; ``skip(token)`` says a word is a function word as it
    stands, so it is a cue only as a whole (قد), never cut into clitics (بعدما is "after", not
    ب + عدم "the not-doing")."""
    out = []
    for k in range(len(toks)):
        whole = skip(toks[k])
        for row, _kind, j, rd in index.match(toks, k):
            if whole and (rd.pre.lstrip("وف") or rd.suf):
                continue
            r = rows[row]
            if r["scope"] == "prefix":
                continue
            if r.get("requires") == "impf":
                if j + 1 >= len(toks) or not toks[j + 1].norm[:1] in ("ي", "ت", "ن"):
                    continue
            window = int(r.get("window") or 0)
            if r.get("requires") == "an":
                # رفض (بشدة) أن تكون بلاده دعمت …: the cue reaches only the أن-clause that follows it
                an = next((i for i in range(j + 1, min(j + 1 + window, len(toks)))
                           if toks[i].norm.lstrip("ب") in ("ان", "انه", "انها", "انهم")), None)
                if an is None:
                    continue
                out.append(Cue(k, an, r["modality"], r["scope"], window))
                continue
            out.append(Cue(k, j, r["modality"], r["scope"], window))
    return out


def strongest(mods) -> str:
    mods = [m for m in mods if m]
    if not mods:
        return "asserted"
    return min(mods, key=PRIORITY.index)


def modality_for(ti: int, tj: int, reading: Reading | None, kind: str, cues: list[Cue],
                 hard_bounds: set, embedded: str = "") -> str:
    """The modality of a trigger spanning tokens ti..tj."""
    found = [embedded] if embedded else []
    if reading is not None and kind == "i" and "س" in reading.pre:
        found.append("planned")
    for c in cues:
        if c.kj < ti and c.scope in ("before", "both"):
            if ti - c.kj > c.window:
                continue
            if c.modality != "denied" and any(c.kj < b <= ti for b in hard_bounds):
                continue
            found.append(c.modality)
        elif c.k > tj and c.scope in ("after", "both"):
            if c.k - tj > c.window:
                continue  # a cue after the trigger reaches only its own window (زيارة مرتقبة)
            found.append(c.modality)
    return strongest(found)
