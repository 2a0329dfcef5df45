"""Helpers for the event tests: build entities by hand from surface strings."""
from __future__ import annotations

import re

from marsad.arabic.sentences import split_sentences
from marsad.records import DateValue, Entity, Mention

# surface -> (entity id, type, mention source, key)
ACTORS = {
    "حفتر": ("per_haftar", "PER", "gazetteer", "per:khalifa_haftar"),
    "بوتين": ("per_putin", "PER", "gazetteer", "per:vladimir_putin"),
    "أردوغان": ("per_erdogan", "PER", "gazetteer", "per:erdogan"),
    "روسيا": ("RUS", "GPE", "gazetteer", "RUS"),
    "موسكو": ("RUS", "GPE", "metonym", "RUS"),
    "الروسي": ("RUS", "GPE", "adjective", "RUS"),
    "الروسية": ("RUS", "GPE", "adjective", "RUS"),
    "روسية": ("RUS", "GPE", "adjective", "RUS"),
    "مصر": ("EGY", "GPE", "gazetteer", "EGY"),
    "القاهرة": ("EGY", "GPE", "metonym", "EGY"),
    "تركيا": ("TUR", "GPE", "gazetteer", "TUR"),
    "أنقرة": ("TUR", "GPE", "metonym", "TUR"),
    "الجزائر": ("DZA", "GPE", "gazetteer", "DZA"),
    "قطر": ("QAT", "GPE", "gazetteer", "QAT"),
    "الإمارات": ("ARE", "GPE", "gazetteer", "ARE"),
    "فرنسا": ("FRA", "GPE", "gazetteer", "FRA"),
    "باريس": ("FRA", "GPE", "metonym", "FRA"),
    "واشنطن": ("USA", "GPE", "metonym", "USA"),
    "السودان": ("SDN", "GPE", "gazetteer", "SDN"),
    "تونس": ("TUN", "GPE", "gazetteer", "TUN"),
    "ليبيا": ("LBY", "GPE", "gazetteer", "LBY"),
    "وكالة الأنباء الفرنسية": ("med_afp", "MEDIA", "gazetteer", "med:afp"),
    "رويترز": ("med_reuters", "MEDIA", "gazetteer", "med:reuters"),
    "سامر الخطيب": ("per_khatib", "PER", "ner", "per:samer_khatib"),
    "إس-400": ("wpn_s400", "WEAPON", "gazetteer", "wpn:s400"),
    "دبلوماسيون": ("generic:DIP:", "GENERIC", "generic", "generic:DIP:"),
    "دبلوماسيين": ("generic:DIP:", "GENERIC", "generic", "generic:DIP:"),
    "مصادر": ("generic:SRC:", "GENERIC", "generic", "generic:SRC:"),
    "مسلحون مجهولون": ("generic:UAF:", "GENERIC", "generic", "generic:UAF:"),
    "متظاهرون": ("generic:PRO:", "GENERIC", "generic", "generic:PRO:"),
    "الجيش السوداني": ("generic:MIL:SDN", "GENERIC", "generic", "generic:MIL:SDN"),
    "قوات الأمن": ("generic:COP:", "GENERIC", "generic", "generic:COP:"),
}
_TYPES = {"per_": "PER"}


def entities_for(text: str, extra: dict | None = None) -> list[Entity]:
    table = dict(ACTORS, **(extra or {}))
    ents: dict[str, Entity] = {}
    taken: list[tuple[int, int]] = []
    for surface in sorted(table, key=len, reverse=True):
        eid, typ, src, key = table[surface]
        for m in re.finditer(re.escape(surface), text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            # a word boundary on the right (clitics may precede on the left)
            if b < len(text) and re.match(r"[\u0621-\u064A]", text[b]):
                continue
            taken.append((a, b))
            # an unnamed actor's country is in its key (generic:MIL:SDN), as the pipeline gives it
            country = key.split(":")[2] if key.startswith("generic:") else ""
            ent = ents.setdefault(eid, Entity(eid, typ, surface, country=country))
            ent.mentions.append(Mention(a, b, surface, typ, key=key, source=src))
    return list(ents.values())


def run(text: str, lexicon, times=None, published=None, outlet_id="", extra=None, state_of=None):
    from marsad.extract.events import extract_events

    published = published or DateValue("2024-05-01", "day", "")
    return extract_events(text, "doc1", split_sentences(text), entities_for(text, extra), times or [],
                          published, lexicon, outlet_id, state_of=state_of)


def triples(events) -> set:
    return {(e.type, e.source, e.target, e.modality) for e in events}


def trigger_types(text: str, lex) -> list:
    """(surface, PLOVER type) of every trigger the lexicon picks in ``text``."""
    from marsad.arabic.tokens import tokenize
    from marsad.extract.events import _pick_triggers

    toks = tokenize(text)
    return [(toks[t.ti].text, t.row["type"]) for t in _pick_triggers(toks, lex, [])]
