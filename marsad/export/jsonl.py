"""The JSONL export contract (docs/export-contract.md).

Four files, one JSON object a line, UTF-8, Arabic unescaped, plus
``schema.json`` naming the contract version.  Files are written to temporary
names and renamed at the end, so a failed export never leaves a half file
that looks whole.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from .. import __version__
from ..store import schema as S
from ..store.db import Store

SCHEMA_VERSION = 2
FILES = ("documents.jsonl", "entities.jsonl", "events.jsonl", "quotes.jsonl")


def _ref(ents: dict, eid: str):
    if not eid:
        return None
    e = ents.get(eid)
    if e is None:
        return {"id": eid, "name_ar": "", "name_en": ""}
    return {"id": eid, "name_ar": e["name_ar"], "name_en": e["name_en"]}


def _published(r: dict):
    if not r["published_value"]:
        return None
    return {"value": r["published_value"], "precision": r["published_precision"]}


def export_jsonl(store: Store, out_dir: str, extra_event_fields=None) -> dict:
    """Write the contract's files into ``out_dir``; returns line counts per file.

    ``extra_event_fields(event_ids) -> {event_id: dict}`` adds fields to events
    (story witnesses); additive fields never change the existing ones."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ents = {r["id"]: r for r in store.iter_rows(S.entities)}
    docs_text = {}
    counts = {}
    tmp = {name: out / f".{name}.tmp" for name in FILES + ("schema.json",)}

    with open(tmp["documents.jsonl"], "w", encoding="utf-8") as fh:
        n = 0
        for r in store.iter_rows(S.documents):
            docs_text[r["id"]] = r["text"]
            rec = {
                "id": r["id"], "source": r["source"], "external_id": r["external_id"], "url": r["url"],
                "outlet": r["outlet"], "published": _published(r), "title": r["title"], "text": r["text"],
                "story_id": r["story_id"] or None, "duplicate_of": r["duplicate_of"] or None,
                "dateline": r["dateline"], "cited_source": r["cited_source"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        counts["documents.jsonl"] = n

    by_entity = store.mentions_by_entity()
    with open(tmp["entities.jsonl"], "w", encoding="utf-8") as fh:
        n = 0
        for eid, e in ents.items():
            rec = {
                "id": eid, "type": e["type"], "name_ar": e["name_ar"], "name_en": e["name_en"],
                "aliases": json.loads(e["aliases"]),
                "mentions": [{"doc_id": m["doc_id"], "start": m["start"], "end": m["end"], "text": m["text"]}
                             for m in by_entity.get(eid, [])],
                "qid": e["qid"] or None, "country": e["country"] or None,
                "sectors": json.loads(e["sectors"]), "titles": json.loads(e["titles"]),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        counts["entities.jsonl"] = n

    rows = list(store.iter_rows(S.events))
    extra = extra_event_fields([r["id"] for r in rows]) if extra_event_fields else {}
    with open(tmp["events.jsonl"], "w", encoding="utf-8") as fh:
        for r in rows:
            text = docs_text.get(r["doc_id"], "")
            date = json.loads(r["date_json"]) if r["date_json"] else None
            rec = {
                "id": r["id"], "doc_id": r["doc_id"], "type": r["type"], "mode": r["mode"] or None,
                "cameo": r["cameo"] or None,
                "source": _ref(ents, r["source_id"]), "target": _ref(ents, r["target_id"]),
                "instrument": _ref(ents, r["instrument"]) if r["instrument"] in ents else (r["instrument"] or None),
                "place": _ref(ents, r["place"]) if r["place"] in ents else (r["place"] or None),
                "date": date, "modality": r["modality"],
                "attributed_to": [_ref(ents, a) for a in json.loads(r["attributed_to"])],
                "sentence": text[r["start"]:r["end"]], "start": r["start"], "end": r["end"],
                "trigger": r["trigger"], "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
                "confidence": round(r["confidence"], 3),
            }
            rec.update(extra.get(r["id"], {}))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        counts["events.jsonl"] = len(rows)

    with open(tmp["quotes.jsonl"], "w", encoding="utf-8") as fh:
        n = 0
        for r in store.iter_rows(S.quotes):
            rec = {"id": r["id"], "doc_id": r["doc_id"], "speaker": _ref(ents, r["speaker_id"]),
                   "text": r["text"], "start": r["start"], "end": r["end"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        counts["quotes.jsonl"] = n

    with open(tmp["schema.json"], "w", encoding="utf-8") as fh:
        json.dump({"schema": SCHEMA_VERSION, "generator": f"marsad {__version__}", "files": list(FILES),
                   "counts": counts, "doc": "docs/export-contract.md"}, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    for name, p in tmp.items():
        os.replace(p, out / name)
    return counts
