"""Score extracted events against a JSON gold file.

Gold: a JSON list of ``{doc, type, source, target, modality, date,
attributed_to, sentence_contains, symmetric?}`` where ``doc`` is a seed
file-name prefix ("000"), actors are gazetteer ids ("RUS",
"per:khalifa_haftar"), generic keys ("generic:DIP:", "generic:MIL:EGY") or,
for actors the gazetteer does not know, ``TYPE:<name>`` ("PER:جليل حرشاوي"),
which matches an entity of that type whose name or an alias contains the name
(or is contained in it), compared after ``norm_key``.  An actor cell may list
alternatives separated by ``|`` ("SYR|generic:GOV:SYR"; an empty alternative,
as in "|PSE", accepts no actor).  A gold file may instead
be ``{"seeds": "relative/dir", "events": [...]}`` naming where its documents
live.

An organisation of the gazetteer with a country and sectors also answers to
the generic keys it is an instance of (``org:idf`` has country ISR and sector
MIL, so it matches ``generic:MIL:ISR``).

Matching: an extracted event matches a gold event of the same document when
type, source and target agree (one-to-one, sentence text breaking ties); a
gold event marked ``symmetric`` (a meeting "between A and B") also matches
B→A.  On matched pairs: date (value; an empty gold date wants no date value),
modality and attribution (gold ids, ignoring the outlet, all found in the
chain) accuracies.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..arabic.normalize import norm_key
from ..records import stable_id

_NAMED_TYPES = ("PER", "ORG", "GPE", "LOC", "MEDIA", "WEAPON", "GENERIC")


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    modality_ok: int = 0
    attribution_ok: int = 0
    misses: list = field(default_factory=list)  # gold events not found
    spurious: list = field(default_factory=list)  # (doc, type, source, target, trigger)
    wrong_fields: list = field(default_factory=list)  # (doc, type, field, got, gold, trigger) on matched events

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def format(self) -> str:
        m = max(self.tp, 1)
        lines = [
            f"events: P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})",
            f"on matched: date={self.date_ok / m:.3f} modality={self.modality_ok / m:.3f} "
            f"attribution={self.attribution_ok / m:.3f}",
        ]
        return "\n".join(lines)


def _keys_by_entity(extraction) -> dict:
    """entity id -> every key it answers to (its id, its mentions' keys, TYPE:name keys)."""
    out = {}
    for e in extraction.entities:
        ks = {e.id}
        for m in e.mentions:
            if m.key:
                ks.add(m.key)
        names = {norm_key(x) for x in [e.name_ar, *e.aliases, *(m.text for m in e.mentions)] if x}
        ks |= {f"~{e.type}:{n}" for n in names if n}
        if e.type == "ORG" and e.country:
            # a national body of the gazetteer is that state's generic body: org:idf = generic:MIL:ISR
            ks |= {f"generic:{sec}:{e.country}" for sec in e.sectors}
        out[e.id] = ks
    return out


def _name_match(gold_key: str, ent_keys) -> bool:
    """``PER:<name>``: an entity of that type whose name/alias contains the name or is contained in it."""
    typ, _, name = gold_key.partition(":")
    want = f" {norm_key(name)} "
    for k in ent_keys:
        if not k.startswith(f"~{typ}:"):
            continue
        have = f" {k.split(':', 1)[1]} "
        if len(have.strip()) >= 4 and (have in want or want in have):
            return True
    return False


def _same(gold_key: str, ent_id: str, keys: dict) -> bool:
    if "|" in gold_key:  # alternatives: "SYR|generic:GOV:SYR", "|PSE" (an empty one = no actor)
        return any(_same(k, ent_id, keys) for k in gold_key.split("|"))
    if not gold_key:
        return not ent_id
    if not ent_id:
        return False
    ks = keys.get(ent_id, ())
    if gold_key == ent_id or gold_key in ks or stable_id("ent", gold_key) == ent_id:
        return True
    if gold_key.startswith("generic:"):
        return stable_id("ent", "generic", *gold_key.split(":")[1:3]) == ent_id
    if gold_key.split(":", 1)[0] in _NAMED_TYPES:
        return _name_match(gold_key, ks)
    return False


def _pair_ok(g: dict, ev, keys: dict) -> bool:
    src, tgt = g["source"], g.get("target", "")
    if _same(src, ev.source, keys) and _same(tgt, ev.target, keys):
        return True
    return bool(g.get("symmetric")) and _same(src, ev.target, keys) and _same(tgt, ev.source, keys)


def load_gold(gold_path) -> tuple[list[dict], str]:
    return _events_and_folder(_read_json(gold_path))


def _read_json(gold_path):
    return json.loads(Path(gold_path).read_text(encoding="utf-8"))


def _events_and_folder(data) -> tuple[list[dict], str]:
    if isinstance(data, dict):
        return data["events"], data.get("seeds", "")
    return data, ""


def bulk_dir(name: str) -> Path | None:
    cands = [Path(__file__).resolve().parents[3] / "shared" / "data" / "bulk" / name,
             Path("../shared/data/bulk") / name]
    return next((c for c in cands if c.is_dir()), None)


def _read_bulk(gold_path, data: dict | None = None) -> dict:
    """doc id -> RawRecord of a bulk article (the record as ``marsad analyze`` would read it from a JSONL dump).

    A bulk gold (``{"bulk": "saudinewsnet", "docs": {id: {zip, url}}}``) names each article by
    its zip and URL, because articles of the shared bulk corpus may not be copied into the
    repository (CC BY-NC-SA); they are read from ``../shared/data/bulk/<bulk>/``.  Every listed
    document is scored, also those without gold events (their events are false positives).
    """
    import zipfile

    from ..ingest.readers import FieldMap, _record_from_json

    data = data if data is not None else _read_json(gold_path)
    root = bulk_dir(data["bulk"])
    if root is None:
        raise FileNotFoundError(f"bulk corpus {data['bulk']!r} not found beside the repository (../shared/data/bulk/)")
    by_zip: dict = {}
    for doc, ref in data["docs"].items():
        by_zip.setdefault(ref["zip"], {})[ref["url"]] = doc
    out = {}
    fields = FieldMap(published="date_extracted")
    for zname, urls in by_zip.items():
        with zipfile.ZipFile(root / zname) as z:
            for member in z.namelist():
                for rec in json.loads(z.read(member)):
                    doc = urls.get(rec.get("url"))
                    if doc and doc not in out:
                        out[doc] = _record_from_json(rec, f"{zname}:{doc}", fields, None)
    missing = sorted(set(data["docs"]) - set(out))
    if missing:
        raise FileNotFoundError(f"{gold_path}: articles not found in the bulk corpus: {', '.join(missing)}")
    return out


def evaluate(gold_path, extractions_by_doc: dict) -> Report:
    """``extractions_by_doc``: gold doc name ("000") -> (text, Extraction)."""
    gold, _ = load_gold(gold_path)
    rep = Report()
    by_doc: dict = {}
    for g in gold:
        by_doc.setdefault(g["doc"], []).append(g)
    for doc, (text, ex) in extractions_by_doc.items():
        keys = _keys_by_entity(ex)
        golds = by_doc.get(doc, [])
        used: set = set()
        pairs: dict = {}
        # two passes: first the gold events of the event's own sentence, then any of the document
        for same_sentence in (True, False):
            for n, ev in enumerate(ex.events):
                if n in pairs:
                    continue
                sent = text[ev.start:ev.end]
                cands = [i for i, g in enumerate(golds) if i not in used and g["type"] == ev.type and _pair_ok(g, ev, keys)
                         and (not same_sentence or g.get("sentence_contains", "") in sent)]
                if cands:
                    used.add(cands[0])
                    pairs[n] = cands[0]
        for n, ev in enumerate(ex.events):
            if n not in pairs:
                rep.fp += 1
                rep.spurious.append((doc, ev.type, ev.source, ev.target, ev.trigger))
                continue
            g = golds[pairs[n]]
            rep.tp += 1
            got_date = ev.date.value if ev.date is not None else ""
            if (got_date or "") == (g.get("date") or ""):
                rep.date_ok += 1
            else:
                rep.wrong_fields.append((doc, ev.type, "date", got_date, g.get("date") or "", ev.trigger))
            if ev.modality == g.get("modality", "asserted"):
                rep.modality_ok += 1
            else:
                rep.wrong_fields.append((doc, ev.type, "modality", ev.modality, g.get("modality", "asserted"), ev.trigger))
            want = [a for a in g.get("attributed_to", [])]
            if all(any(_same(a, x, keys) for x in ev.attributed_to) for a in want):
                rep.attribution_ok += 1
        for i, g in enumerate(golds):
            if i not in used:
                rep.fn += 1
                rep.misses.append(g)
    return rep


def gold_documents(gold_path) -> dict:
    """gold doc name -> Document, for the documents a gold file names (seed files or bulk articles)."""
    from ..ingest.clean import to_document
    from ..ingest.readers import read_file

    data = _read_json(gold_path)
    if isinstance(data, dict) and "bulk" in data:
        return {doc: to_document(item) for doc, item in sorted(_read_bulk(gold_path, data).items())}
    gold, seeds = _events_and_folder(data)
    gp = Path(gold_path)
    cands = [gp.parent / seeds] if seeds else []
    cands += [Path(__file__).resolve().parents[3] / "shared" / "seeds", Path("../shared/seeds")]
    seed_dir = next((c for c in cands if c.is_dir()), None)
    if seed_dir is None:
        raise FileNotFoundError(f"no seed directory for {gold_path}")
    out = {}
    for doc in sorted({g["doc"] for g in gold}):
        for p in sorted(seed_dir.glob(f"{doc}*")):
            for item in read_file(p):
                out[doc] = to_document(item)
    return out


def run_eval_events(gold_path, db_url: str | None = None, resources=None) -> Report:
    """Run the pipeline on the documents the gold names and score it.

    With ``db_url`` the stored extractions are not read yet: the pipeline is
    run on the gold's documents either way.
    """
    from ..extract import extract

    res = resources or _resources()
    out = {doc: (d.text, extract(d, res)) for doc, d in gold_documents(gold_path).items()}
    return evaluate(gold_path, out)


def _resources():
    """The full pipeline resources; without the trained NER model, gazetteer + events only."""
    from ..extract import Resources
    from ..extract.events import EventLexicon
    from ..extract.gazetteer import Gazetteer
    from ..resources import RESOURCE_DIR

    if (RESOURCE_DIR / "models" / "ner.crfsuite").exists():
        return Resources.load()
    return Resources(Gazetteer.load(), None, EventLexicon.load())
