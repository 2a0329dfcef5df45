"""The records that flow through the pipeline (DESIGN.md §3).

Plain dataclasses: picklable, comparable, and turned into JSON by
``dataclasses.asdict``.  Offsets are always character offsets into
``Document.text`` (the cleaned body), never into a normalised form.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Optional

PRECISIONS = ("year", "month", "day", "minute")


def stable_id(prefix: str, *parts: object) -> str:
    """Deterministic id: ``prefix`` + 16 hex chars of SHA-1 over the parts."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:16]}"


@dataclass(frozen=True)
class DateValue:
    """A date kept at the precision the text gives: ``2023``, ``2023-03``, ``2023-03-17``."""

    value: str
    precision: str  # one of PRECISIONS
    text: str = ""  # the words it came from
    start: Optional[int] = None  # offsets into the document text, when it came from the text
    end: Optional[int] = None
    relative: bool = False  # resolved against the publication date
    assumed: bool = False  # not in the sentence: the publication date stands in

    def to_json(self) -> dict:
        d = {"value": self.value, "precision": self.precision, "text": self.text}
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        if self.relative:
            d["relative"] = True
        if self.assumed:
            d["assumed"] = True
        return d


@dataclass
class Document:
    id: str
    source: str  # the path or URL given
    text: str  # cleaned body: every offset points here
    title: str = ""
    outlet: str = ""
    published: Optional[DateValue] = None
    url: str = ""
    external_id: str = ""
    language: str = "ar"
    dateline: str = ""  # "واشنطن" of "واشنطن - المغرب اليوم"
    cited_source: str = ""  # "ميدل إيست آي" of "المصدر: ميدل إيست آي"
    raw_text: str = ""  # before cleaning (not exported)
    story_id: str = ""
    duplicate_of: str = ""


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str  # PER ORG GPE LOC MEDIA WEAPON ...
    key: str = ""  # entity key (gazetteer id or normalised-name key) before resolution
    source: str = ""  # 'gazetteer' | 'ner' | 'coref' | 'generic'
    role: str = ""  # title/role seen with this mention, e.g. المشير


@dataclass
class Entity:
    id: str
    type: str
    name_ar: str
    name_en: str = ""
    aliases: list = field(default_factory=list)
    qid: str = ""
    country: str = ""  # ISO 3166 alpha-3 the actor belongs to
    sectors: list = field(default_factory=list)  # PLOVER sector codes: GOV MIL REB ...
    titles: list = field(default_factory=list)  # roles/titles seen: المشير، وزير الدفاع
    mentions: list = field(default_factory=list)  # list[Mention]


@dataclass
class Event:
    id: str
    doc_id: str
    type: str  # PLOVER type
    mode: str = ""
    cameo: str = ""  # CAMEO root code, "04"
    source: str = ""  # entity id
    target: str = ""  # entity id
    instrument: str = ""  # entity id (weapon) or free text
    place: str = ""  # entity id
    date: Optional[DateValue] = None
    modality: str = "asserted"  # asserted requested planned denied hedged negated
    attributed_to: list = field(default_factory=list)  # entity ids, outermost first
    trigger: str = ""
    start: int = 0  # sentence offsets
    end: int = 0
    trigger_start: int = 0
    trigger_end: int = 0
    confidence: float = 0.5


@dataclass
class Quote:
    id: str
    doc_id: str
    speaker: str  # entity id ('' when unknown)
    text: str
    start: int
    end: int


@dataclass
class Extraction:
    """What ``extract(document, resources)`` returns for one document."""

    doc_id: str
    sentences: list = field(default_factory=list)  # list[(start, end)]
    entities: list = field(default_factory=list)  # list[Entity] with this doc's mentions
    events: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    times: list = field(default_factory=list)  # list[DateValue]
