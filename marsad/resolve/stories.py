"""One story, several witnesses: near-duplicates, same-story grouping, corroboration.

Pure functions (no I/O; resources passed in or loaded once and cached):

- ``features(doc, extraction) -> StoryFeatures``: what a document brings to
  the comparison — bigram shingles and their MinHash signature, actors, event
  keys (source, target, type), publication date, outlet, cited source.
- ``similarity(a, b) -> (score, evidence)``, ``is_duplicate``, ``same_story``:
  decisions on measured thresholds (``resources/story_thresholds.tsv``).
- ``corroborate(witness_docs, events) -> list[CanonicalEvent]``: matching
  events of one story become one event with witnesses, an independent-source
  count (copies and translations of one report count once), first/last seen,
  and a contradiction flag (asserted by one witness, denied by another).

Candidate search (which pairs to compare at all) is banded MinHash in
``marsad/store/stories.py``; nothing here compares all pairs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Optional

import numpy as np

from ..arabic.normalize import norm, norm_key, normalize
from ..records import Document, Extraction
from ..resources import read_tsv
from . import minhash

# Modality classes: a denial contradicts an assertion; a request or a plan
# is a different claim (that something should happen), not a report of it.
POSITIVE = frozenset({"asserted", "hedged"})
NEGATIVE = frozenset({"denied", "negated"})
IRREALIS = frozenset({"requested", "planned"})


# -- resources ----------------------------------------------------------------

@dataclass(frozen=True)
class Thresholds:
    values: tuple  # ((name, value), ...)

    def __getattr__(self, name: str) -> float:
        for k, v in object.__getattribute__(self, "values"):
            if k == name:
                return v
        raise AttributeError(name)


@lru_cache(maxsize=1)
def load_thresholds() -> Thresholds:
    """``story_thresholds.tsv`` as attributes (``t.dup_jaccard``)."""
    vals = []
    for row in read_tsv("story_thresholds.tsv", ["name", "value"], ["note"]):
        try:
            vals.append((row["name"], float(row["value"])))
        except ValueError:
            raise row.error(f"value {row['value']!r} is not a number") from None
    need = {"dup_jaccard", "dup_containment", "strong_containment", "strong_shared", "strong_days",
            "strong_jaccard", "weak_containment", "weak_shared", "weak_days", "actor_overlap", "actor_veto",
            "veto_min_actors", "min_shingles", "band_min", "max_candidates"}
    missing = need - {k for k, _ in vals}
    if missing:
        from ..errors import ResourceError

        raise ResourceError(f"story_thresholds.tsv: missing setting(s) {sorted(missing)}")
    return Thresholds(tuple(vals))


@dataclass(frozen=True)
class CitationCue:
    cue: str  # folded
    after: str  # 'line' | 'either'


@lru_cache(maxsize=1)
def load_citation_cues() -> tuple:
    out = []
    for row in read_tsv("story_citation_cues.tsv", ["cue", "after"]):
        if row["after"] not in ("line", "either"):
            raise row.error(f"after must be line or either, not {row['after']!r}")
        out.append(CitationCue(norm(row["cue"]), row["after"]))
    return tuple(out)


# -- features -----------------------------------------------------------------

@dataclass
class StoryFeatures:
    """Everything a document brings to story comparison (picklable)."""

    doc_id: str
    shingles: np.ndarray  # sorted unique uint32 bigram hashes
    signature: np.ndarray  # MinHash, NUM_PERM uint32
    actors: frozenset = frozenset()  # entity ids (not the media that report)
    events: frozenset = frozenset()  # (source, target, type)
    published: str = ""  # ISO prefix
    outlet: str = ""  # norm_key of the outlet
    cited_source: str = ""  # norm_key of the outlet the text was taken from
    length: int = 0


_QUOTED = re.compile(r'\s*[«"“”„\']\s*([^«»"“”„\'\n]{2,40}?)\s*[»"“”„\']')


def detect_cited_source(text: str, media_spans: tuple = (), cues: Optional[tuple] = None) -> str:
    """The outlet a text says it was taken from (folded key), or ''.

    "المصدر: ميدل إيست آي" (rest of the line); "نشره موقع "ميدل إيست آي""
    (a quoted name after the cue); or an outlet mention starting right after
    the cue (``media_spans``: (start, end, name) in original offsets).  The
    first cue in the text wins except that a source line, which names the
    origin explicitly, beats a cue in running text.
    """
    cues = load_citation_cues() if cues is None else cues
    folded = minhash.fast_norm(text)
    n = None  # the offset map, built only when an outlet mention must be located
    best: Optional[tuple] = None  # (priority, position, key)
    for cue in cues:
        pos = folded.find(cue.cue)
        while pos >= 0:
            end = pos + len(cue.cue)
            key = ""
            if cue.after == "line":
                rest = folded[end:].split("\n", 1)[0].strip(" :-–")
                if 0 < len(rest) <= 60:
                    key = norm_key(rest)
            else:
                m = _QUOTED.match(folded, end)
                if m:
                    key = norm_key(m.group(1))
                elif media_spans:
                    n = n or normalize(text)
                    ostart = n.span(end, end)[0]
                    for s, _e, name in media_spans:
                        if 0 <= s - ostart <= 3:
                            key = norm_key(name)
                            break
            if key:
                cand = (0 if cue.after == "line" else 1, pos, key)
                if best is None or cand < best:
                    best = cand
                break
            pos = folded.find(cue.cue, end)
    return best[2] if best else ""


def features(doc: Document, extraction: Optional[Extraction] = None, cues: Optional[tuple] = None) -> StoryFeatures:
    """Story features of a cleaned document and (optionally) its extraction."""
    sh = minhash.shingles(doc.text)
    actors, media_spans = set(), []
    events = set()
    if extraction is not None:
        for e in extraction.entities:
            if e.type == "MEDIA":
                media_spans += [(m.start, m.end, e.name_ar) for m in e.mentions]
            else:
                actors.add(e.id)
        for ev in extraction.events:
            events.add((ev.source, ev.target, ev.type))
    cited = norm_key(doc.cited_source) if doc.cited_source else detect_cited_source(doc.text, tuple(media_spans), cues)
    return StoryFeatures(
        doc_id=doc.id,
        shingles=sh,
        signature=minhash.signature(sh),
        actors=frozenset(actors),
        events=frozenset(events),
        published=doc.published.value if doc.published else "",
        outlet=norm_key(doc.outlet),
        cited_source=cited,
        length=len(doc.text),
    )


# -- dates --------------------------------------------------------------------

def _range(iso: str) -> Optional[tuple[date, date]]:
    """First and last day an ISO prefix (2023, 2023-03, 2023-03-17…) can mean."""
    try:
        y = int(iso[:4])
        if len(iso) < 7:
            return date(y, 1, 1), date(y, 12, 31)
        m = int(iso[5:7])
        if len(iso) < 10:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date(y, m, 1), date.fromordinal(nxt.toordinal() - 1)
        d = date(y, m, int(iso[8:10]))
        return d, d
    except (ValueError, IndexError):
        return None


def day_gap(a: str, b: str) -> Optional[int]:
    """Days between two ISO prefixes (0 when one contains the other); None if unknown."""
    ra, rb = _range(a) if a else None, _range(b) if b else None
    if not ra or not rb:
        return None
    return max(0, (rb[0] - ra[1]).days, (ra[0] - rb[1]).days)


# -- scoring ------------------------------------------------------------------

def similarity(a: StoryFeatures, b: StoryFeatures, t: Optional[Thresholds] = None) -> tuple[float, dict]:
    """Score in [0, 1+] and the evidence behind it; the decision is ``decide``."""
    jac, cont = minhash.overlap(a.shingles, b.shingles)
    shared = int(round(cont * min(len(a.shingles), len(b.shingles))))
    na, nb = len(a.actors), len(b.actors)
    actor_overlap = len(a.actors & b.actors) / min(na, nb) if na and nb else None
    shared_events = len(a.events & b.events)
    gap = day_gap(a.published, b.published)
    same_origin = bool(
        (a.cited_source and a.cited_source in (b.cited_source, b.outlet))
        or (b.cited_source and b.cited_source in (a.cited_source, a.outlet))
    )
    score = cont + 0.2 * (actor_overlap or 0.0) + 0.05 * min(shared_events, 3) + (0.05 if same_origin else 0.0)
    ev = {
        "jaccard": round(jac, 4),
        "containment": round(cont, 4),
        "shared_shingles": shared,
        "actor_overlap": None if actor_overlap is None else round(actor_overlap, 4),
        "actors": (na, nb),
        "shared_events": shared_events,
        "day_gap": gap,
        "same_origin": same_origin,
    }
    return round(score, 4), ev


def decide(evidence: dict, t: Optional[Thresholds] = None) -> str:
    """'duplicate', 'story' or '' from the evidence of ``similarity``."""
    t = t or load_thresholds()
    gap = evidence["day_gap"]
    shared = evidence["shared_shingles"]
    if shared < t.min_shingles:
        return ""
    ao = evidence["actor_overlap"]
    na, nb = evidence["actors"]
    # Templated news (cables of congratulation, daily market reports) differs
    # only in who: a real copy names the same actors, so the veto comes first.
    if ao is not None and min(na, nb) >= t.veto_min_actors and ao < t.actor_veto:
        return ""
    if (evidence["jaccard"] >= t.dup_jaccard and evidence["containment"] >= t.dup_containment
            and (gap is None or gap <= t.weak_days)):
        return "duplicate"
    cont = evidence["containment"]
    if (cont >= t.strong_containment and evidence["jaccard"] >= t.strong_jaccard and shared >= t.strong_shared
            and (gap is None or gap <= t.strong_days)):
        return "story"
    # Retellings share fewer phrases; they must agree on who (actors), what
    # (event keys) or whose report they pass on (the same cited outlet).
    support = (ao is not None and ao >= t.actor_overlap) or evidence["shared_events"] > 0 or evidence["same_origin"]
    if cont >= t.weak_containment and shared >= t.weak_shared and support and (gap is None or gap <= t.weak_days):
        return "story"
    return ""


def is_duplicate(a: StoryFeatures, b: StoryFeatures, t: Optional[Thresholds] = None) -> bool:
    return decide(similarity(a, b)[1], t) == "duplicate"


def same_story(a: StoryFeatures, b: StoryFeatures, t: Optional[Thresholds] = None) -> bool:
    return decide(similarity(a, b)[1], t) in ("duplicate", "story")


# -- corroboration ------------------------------------------------------------

@dataclass
class WitnessDoc:
    """A document of a story as corroboration sees it."""

    id: str
    outlet: str = ""
    published: str = ""
    cited_source: str = ""  # norm_key
    duplicate_of: str = ""


@dataclass
class WitnessEvent:
    id: str
    doc_id: str
    type: str
    source: str = ""
    target: str = ""
    modality: str = "asserted"
    date: str = ""  # ISO prefix of the event's own date ('' when none or assumed)
    media: str = ""  # norm_key of the outlet the event is attributed to, if any


@dataclass
class CanonicalEvent:
    id: str  # the id of the earliest witness event
    story_id: str
    type: str
    source: str
    target: str
    witnesses: list = field(default_factory=list)  # dicts: event_id doc_id outlet origin modality published
    independent_sources: int = 0
    first_seen: str = ""
    last_seen: str = ""
    contradicted: bool = False


def origin_of(doc: WitnessDoc, docs: dict, event_media: str = "") -> str:
    """The report a witness passes on: the root of a copy chain, else the cited
    outlet (the event's own attribution first), else the outlet, else the document."""
    seen = set()
    while doc.duplicate_of and doc.duplicate_of in docs and doc.id not in seen:
        seen.add(doc.id)
        doc = docs[doc.duplicate_of]
    return event_media or doc.cited_source or norm_key(doc.outlet) or doc.id


def _dates_compatible(a: str, b: str) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def corroborate(story_id: str, docs: list[WitnessDoc], events: list[WitnessEvent]) -> list[CanonicalEvent]:
    """Group the events of one story's documents into canonical events.

    Events match when source, target and type agree, their own dates are
    compatible (one a prefix of the other, or unknown) and both are realis
    (asserted/hedged/denied/negated) or both irrealis (requested/planned).
    """
    by_id = {d.id: d for d in docs}
    order = {d.id: (d.published or "9999", d.id) for d in docs}
    groups: list[list[WitnessEvent]] = []
    keyed: dict = {}
    for ev in sorted(events, key=lambda e: (order.get(e.doc_id, ("9999", e.doc_id)), e.id)):
        k = (ev.source, ev.target, ev.type, ev.modality in IRREALIS)
        for g in keyed.setdefault(k, []):
            if all(_dates_compatible(ev.date, o.date) for o in g):
                g.append(ev)
                break
        else:
            g = [ev]
            keyed[k].append(g)
            groups.append(g)
    out = []
    for g in groups:
        wit, origins, pubs = [], set(), []
        for ev in g:
            d = by_id.get(ev.doc_id, WitnessDoc(ev.doc_id))
            origin = origin_of(d, by_id, ev.media)
            origins.add(origin)
            if d.published:
                pubs.append(d.published)
            wit.append({"event_id": ev.id, "doc_id": ev.doc_id, "outlet": d.outlet, "origin": origin,
                        "modality": ev.modality, "published": d.published})
        mods = {ev.modality for ev in g}
        out.append(CanonicalEvent(
            id=g[0].id, story_id=story_id, type=g[0].type, source=g[0].source, target=g[0].target,
            witnesses=wit, independent_sources=len(origins),
            first_seen=min(pubs) if pubs else "", last_seen=max(pubs) if pubs else "",
            contradicted=bool(mods & POSITIVE and mods & NEGATIVE),
        ))
    return out
