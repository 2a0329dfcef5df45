"""Per-document extraction: ``extract(document, resources) -> Extraction``.

Pure: no I/O and no global state; ``Resources`` is loaded once per process
(``Resources.load()``) and is picklable, so the same call runs in a test, the
CLI, the API and a Ray worker.

Reads: ``Document.text``, ``Document.published``, ``Document.outlet``.
Sets: sentences, entities (with their mentions), time expressions, events,
quotes — every offset into ``Document.text``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any, Optional

from ..arabic.normalize import norm, norm_key
from ..arabic.sentences import split_sentences
from ..records import Document, Entity, Extraction, Mention, stable_id
from ..resolve.mentions import gazetteer_entity

EXTRACTOR_VERSION = "1"

# learned types → marsad entity types ('' drops the mention)
LEARNED_TYPES = {"NORP": "", "FAC": "LOC", "EVENT": "", "DATE": "", "TIME": "", "OCC": ""}


@dataclass
class Resources:
    gazetteer: Any
    ner: Optional[Any] = None
    events: Optional[Any] = None  # EventLexicon

    @classmethod
    def load(cls, ner: bool = True, events: bool = True) -> "Resources":
        from .gazetteer import Gazetteer

        gaz = Gazetteer.load()
        tagger = None
        if ner:
            from ..ner.tagger import NerTagger

            tagger = NerTagger.load()
        lex = None
        if events:
            from .events import EventLexicon

            lex = EventLexicon.load()
        return cls(gaz, tagger, lex)


def outlet_entity(doc: Document, resources: Resources) -> Optional[Entity]:
    """The outlet as an entity (from the gazetteer when known)."""
    if not doc.outlet:
        return None
    hits = [m for m in resources.gazetteer.find(doc.outlet) if m.key and m.type == "MEDIA"]
    if hits:
        e = resources.gazetteer.entries[hits[0].key]
        return Entity(id=stable_id("ent", e.id), type="MEDIA", name_ar=e.name_ar, name_en=e.name_en,
                      qid=e.qid, country=e.country, sectors=list(e.sectors) or ["MED"])
    return Entity(id=stable_id("ent", "MEDIA", norm_key(doc.outlet)), type="MEDIA", name_ar=doc.outlet,
                  sectors=["MED"])


def _time_phrase(text: str) -> bool:
    """Is a learned mention only time words (ليل الجمعة، صباح الأحد): a weekday and the part of the day?"""
    from .timex import load_lexicon
    from .wordlists import word_list

    lx = load_lexicon()
    words = [norm(w) for w in text.split()]
    return bool(words) and any(w in lx.weekdays for w in words) and all(
        w in lx.weekdays or w in lx.parts or w in word_list("time_noun") for w in words)


def _without_verb(text: str, m: Mention, verbs: frozenset) -> Mention | None:
    """A learned mention without the verb forms it starts with (يلتقى كيري → كيري; a verb is no name),
    or None when nothing else is left."""
    s = m.start
    for w in re.finditer(r"\S+", text[m.start:m.end]):
        f = norm(w.group())
        if f not in verbs and not (f[:1] in ("و", "ف") and f[1:] in verbs):
            break
        s = m.start + w.end()
    else:
        return None
    while s < m.end and text[s].isspace():
        s += 1
    if s == m.start:
        return m
    return Mention(s, m.end, text[s:m.end], m.type, m.key, m.source, m.role)


def extract(document: Document, resources: Resources) -> Extraction:
    from ..resolve.mentions import merge_mentions, resolve_document
    from .dates import chronicle_times, find_times

    text = document.text
    sentences = split_sentences(text)
    gaz = resources.gazetteer.find(text)
    verbs = resources.events.verbs if resources.events is not None else frozenset()
    ner: list[Mention] = []
    ordinary = resources.gazetteer.not_name_spans(text)
    if resources.ner:
        for m in resources.ner.mentions(text, sentences):
            if any(a <= m.start and m.end <= b for a, b in ordinary):
                continue  # القاعدة الجوية: a learned name inside a phrase where it is an ordinary word
            typ = LEARNED_TYPES.get(m.type, m.type)
            m = _without_verb(text, m, verbs)
            if typ and m is not None and not _time_phrase(m.text):
                # groups of people (العرب، المسلمين) are not actors, nor ليل الجمعة
                ner.append(Mention(m.start, m.end, m.text, typ, m.key, m.source, m.role))
    from ..resolve.mentions import Titles, function_words
    from .titled import find_titled_persons

    titled = find_titled_persons(text, sentences, Titles.load(), function_words(), gaz + ner, verbs)
    groups = [gaz, ner, titled]
    namer = None
    if resources.events is not None:
        from .actors import find_generic_actors, generic_name

        generic = find_generic_actors(text, sentences, merge_mentions([gaz, ner, titled]), resources.events)
        # مصادر النيران: an unnamed-actor word inside a phrase where it is an ordinary word
        groups.append([m for m in generic if not any(a <= m.start and m.end <= b for a, b in ordinary)])
        namer = generic_name
    mentions = merge_mentions(groups)
    entities = resolve_document(text, mentions, resources.gazetteer, namer)
    home = home_country(document, entities, resources.gazetteer)
    if home and namer is not None:
        entities = localize_generics(entities, home, namer)
    outlet = outlet_entity(document, resources)
    entities = home_kingdom(entities, home, outlet, resources.gazetteer)
    title_countries(text, entities)
    entities = country_pronouns(text, sentences, entities, resources.gazetteer)
    times = find_times(text, document.published)
    chronicle = chronicle_times(text, sentences, document.published)
    if chronicle:  # 1965 - …: each entry of a chronicle is dated by the year that opens it
        times = sorted(times + chronicle, key=lambda d: d.start)
    result = Extraction(doc_id=document.id, sentences=sentences, entities=entities, times=times)
    if resources.events is not None:
        from .events import UNKNOWN_ASSAILANTS, extract_events

        if outlet and all(e.id != outlet.id for e in entities):
            result.entities.append(outlet)  # named by the metadata, not the text: no mentions
        states = _state_entities(result.entities, resources.gazetteer)
        state_of = {e.id: states[e.country].id for e in result.entities
                    if e.type in ("PER", "ORG", "GENERIC") and e.country in states}
        result.events, result.quotes = extract_events(
            text, document.id, sentences, result.entities, times, document.published, resources.events,
            outlet_id=outlet.id if outlet else "", state_of=state_of,
        )
        have = {e.id for e in result.entities}
        used = {x for ev in result.events for x in (ev.source, ev.target)}
        # a state reached through its people (البلدين after two ministers met) without a mention of its own
        result.entities += [e for e in states.values() if e.id in used and e.id not in have]
        if UNKNOWN_ASSAILANTS in used and UNKNOWN_ASSAILANTS not in have:
            # the unknown perpetrators of a condemned attack (no mention of their own)
            name_ar, name_en = namer("generic:UAF:")
            result.entities.append(Entity(id=UNKNOWN_ASSAILANTS, type="GENERIC", name_ar=name_ar, name_en=name_en,
                                          sectors=["UAF"]))
    return result


# unnamed actors that, with no nisba, belong to the country the article is about (المعارضة، قوات الأمن)
DOMESTIC_SECTORS = {"GOV", "MIL", "COP", "OPP", "PRO", "LEG", "JUD", "CVL", "SPY"}


def home_country(document: Document, entities: list, gazetteer) -> str:
    """The state an article is about: the one its text names most (the dateline's counts twice),
    when it leads the next by at least two mentions; '' when no state clearly leads."""
    votes: dict = {}
    for e in entities:
        if e.type == "GPE" and len(e.id) and e.country and _is_state(e, gazetteer):
            votes[e.country] = votes.get(e.country, 0) + len(e.mentions)
    if document.dateline:
        for m in gazetteer.find(document.dateline):
            g = gazetteer.entries.get(m.key)
            cc = g.id if g is not None and g.type == "GPE" and len(g.id) == 3 else (g.country if g is not None else "")
            if cc:
                votes[cc] = votes.get(cc, 0) + 2
                break
    if not votes:
        return ""
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 2 and n - second >= 2 else ""


def home_kingdom(entities: list, home: str, outlet, gazetteer) -> list:
    """A bare المملكة is the kingdom the article is about, else its outlet's state, else the one kingdom
    the article names (a state one of whose names is المملكة … / مملكة …); otherwise it names no one."""
    bare = [e for e in entities if e.type == "GENERIC" and e.sectors == ["STATE"] and not e.country]
    if not bare:
        return entities
    rest = [e for e in entities if e not in bare]
    named = {e.country for e in rest if e.type == "GPE" and e.country and _is_state(e, gazetteer)}
    only = [c for c in named if _is_kingdom(c, gazetteer)]
    cc = next((c for c in (home, getattr(outlet, "country", ""), only[0] if len(only) == 1 else "")
               if c and _is_kingdom(c, gazetteer)), "")
    if not cc:
        return rest
    state = next((e for e in rest if e.type == "GPE" and e.id == stable_id("ent", cc)), None)
    if state is None:
        state = gazetteer_entity(gazetteer.entries[cc])
        rest.append(state)
    state.mentions = sorted(state.mentions + [Mention(m.start, m.end, m.text, "GPE", cc, m.source, m.role)
                                              for e in bare for m in e.mentions], key=lambda m: m.start)
    return rest


def _is_kingdom(cc: str, gazetteer) -> bool:
    g = gazetteer.entries.get(cc)
    names = [g.name_ar, *g.aliases] if g is not None and g.type == "GPE" else []
    return any(norm_key(n).startswith((norm_key("المملكة"), norm_key("مملكة"))) for n in names)


def _is_state(e: Entity, gazetteer) -> bool:
    g = gazetteer.entries.get(e.country)
    return g is not None and g.type == "GPE" and e.name_ar == g.name_ar


def localize_generics(entities: list, home: str, namer) -> list:
    """Unnamed domestic actors with no nisba (الحكومة، المعارضة، قوات الأمن) are the home country's."""
    by_id = {e.id: e for e in entities}
    out = []
    for e in entities:
        sector = e.sectors[0] if e.sectors else ""
        if e.type != "GENERIC" or e.country or sector not in DOMESTIC_SECTORS:
            out.append(e)
            continue
        key = f"generic:{sector}:{home}"
        eid = stable_id("ent", "generic", sector, home)
        mentions = [Mention(m.start, m.end, m.text, m.type, key, m.source, m.role) for m in e.mentions]
        target = by_id.get(eid)
        if target is not None and target is not e:
            target.mentions = sorted(target.mentions + mentions, key=lambda m: m.start)
            target.aliases += [a for a in e.aliases if a not in target.aliases]
            continue
        name_ar, name_en = namer(key)
        new = Entity(id=eid, type="GENERIC", name_ar=name_ar, name_en=name_en, country=home, sectors=[sector],
                     aliases=list(e.aliases), titles=list(e.titles), mentions=mentions)
        by_id[eid] = new
        out.append(new)
    return out


def title_countries(text: str, entities: list) -> None:
    """A person the gazetteer does not know takes the state of the nisba in his title:
    وزير الدفاع الأمريكي آش كارتر is American (the nisba ends the title, right before the name)."""
    nisbas = sorted((m.start, m.end, e.country) for e in entities if e.type == "GPE" and e.country
                    for m in e.mentions if m.source == "adjective")
    if not nisbas:
        return
    for e in entities:
        if e.type != "PER" or e.country:
            continue
        for m in e.mentions:
            if not m.role:
                continue
            near = [cc for a, b, cc in nisbas if b <= m.start and m.start - b <= 30
                    and not re.search(r"[^\s\u0621-\u064A\u0640]", text[b:m.start])]
            if near:
                e.country = near[-1]
                break


_HIS_COUNTRY = re.compile(r"(?<![\u0621-\u064A])(?:[وفبل]|وب|ول|فب|لل)?(بلاد(?:ه|ها|هم|هما))(?![\u0621-\u064A])")


def country_pronouns(text: str, sentences: list, entities: list, gazetteer) -> list:
    """بلاده / بلادها ("his / her country") is the state of the actor speaking or acting just before.

    The referent is the nearest actor with a country (a person, an organisation, an unnamed
    body) earlier in the same sentence or the one before; the mention joins that state's entity.
    """
    hits = list(_HIS_COUNTRY.finditer(text))
    if not hits:
        return entities
    owners = sorted(((m.start, e) for e in entities if e.type in ("PER", "ORG", "GENERIC") and e.country
                     for m in e.mentions), key=lambda x: x[0])
    starts = [s for s, _ in sentences]
    by_id = {e.id: e for e in entities}
    for h in hits:
        a, b = h.span(1)
        si = max(0, bisect.bisect_right(starts, a) - 1)
        lo = sentences[max(0, si - 1)][0]
        prev = [e for pos, e in owners if lo <= pos < a]
        if not prev:
            continue
        cc = prev[-1].country
        g = gazetteer.entries.get(cc)
        if g is None or g.type != "GPE":
            continue
        ent = by_id.get(stable_id("ent", g.id))
        if ent is None:
            ent = gazetteer_entity(g)
            by_id[ent.id] = ent
            entities.append(ent)
        ent.mentions.append(Mention(a, b, text[a:b], "GPE", cc, "coref"))
        ent.mentions.sort(key=lambda m: m.start)
    return entities


def _state_entities(entities: list, gazetteer) -> dict:
    """ISO3 -> the state's entity, for the countries the document's actors belong to."""
    out = {}
    for cc in sorted({e.country for e in entities if e.country}):
        g = gazetteer.entries.get(cc)
        if g is not None and g.type == "GPE":
            out[cc] = gazetteer_entity(g)
    return out
