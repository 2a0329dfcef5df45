"""Score extracted events against a JSON gold file.

Gold: a JSON list of ``{doc, type, source, target, modality, date,
attributed_to, sentence_contains}`` where ``doc`` is a seed file-name prefix
("000"), actors are gazetteer ids ("RUS", "per:khalifa_haftar") or generic
keys ("generic:DIP:").  A gold file may instead be ``{"seeds": "relative/dir",
"events": [...]}`` naming where its documents live.

Matching: an extracted event matches a gold event of the same document when
type, source and target agree (one-to-one, sentence text breaking ties).
On matched pairs: date (value), modality and attribution (gold ids, ignoring
the outlet, all found in the chain) accuracies.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..records import stable_id


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
    """entity id -> every key it answers to (its id, its mentions' keys)."""
    out = {}
    for e in extraction.entities:
        ks = {e.id}
        for m in e.mentions:
            if m.key:
                ks.add(m.key)
        out[e.id] = ks
    return out


def _same(gold_key: str, ent_id: str, keys: dict) -> bool:
    if not gold_key:
        return not ent_id
    if not ent_id:
        return False
    return gold_key == ent_id or gold_key in keys.get(ent_id, ()) or stable_id("ent", gold_key) == ent_id or (
        gold_key.startswith("generic:") and stable_id("ent", "generic", *gold_key.split(":")[1:3]) == ent_id)


def load_gold(gold_path) -> tuple[list[dict], str]:
    data = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if isinstance(data, dict):
        return data["events"], data.get("seeds", "")
    return data, ""


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
        used = set()
        for ev in ex.events:
            sent = text[ev.start:ev.end]
            cands = [i for i, g in enumerate(golds) if i not in used and g["type"] == ev.type
                     and _same(g["source"], ev.source, keys) and _same(g.get("target", ""), ev.target, keys)]
            cands.sort(key=lambda i: golds[i].get("sentence_contains", "") not in sent)
            if not cands:
                rep.fp += 1
                rep.spurious.append((doc, ev.type, ev.source, ev.target, ev.trigger))
                continue
            i = cands[0]
            used.add(i)
            g = golds[i]
            rep.tp += 1
            if ev.date is not None and g.get("date") and ev.date.value == g["date"]:
                rep.date_ok += 1
            if ev.modality == g.get("modality", "asserted"):
                rep.modality_ok += 1
            want = [a for a in g.get("attributed_to", [])]
            if all(any(_same(a, x, keys) for x in ev.attributed_to) for a in want):
                rep.attribution_ok += 1
        for i, g in enumerate(golds):
            if i not in used:
                rep.fn += 1
                rep.misses.append(g)
    return rep


def run_eval_events(gold_path, db_url: str | None = None) -> Report:
    """Run the pipeline on the seed files the gold names and score it.

    With ``db_url`` the stored extractions are not read yet: the pipeline is
    run on the seed files either way (documents are found by file-name prefix).
    """
    from ..extract import Resources, extract
    from ..ingest.clean import to_document
    from ..ingest.readers import read_file

    gold, seeds = load_gold(gold_path)
    gp = Path(gold_path)
    cands = [gp.parent / seeds] if seeds else []
    cands += [Path(__file__).resolve().parents[3] / "shared" / "seeds", Path("../shared/seeds")]
    seed_dir = next((c for c in cands if c.is_dir()), None)
    if seed_dir is None:
        raise FileNotFoundError(f"no seed directory for {gold_path}")
    res = Resources.load()
    out = {}
    for doc in sorted({g["doc"] for g in gold}):
        for p in sorted(seed_dir.glob(f"{doc}*")):
            for item in read_file(p):
                d = to_document(item)
                out[doc] = (d.text, extract(d, res))
    return evaluate(gold_path, out)
