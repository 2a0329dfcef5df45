"""The store: SQLite by default (one file, WAL), PostgreSQL by URL, one schema.

Every document is written in one transaction: its row, its mentions, events
and quotes (old ones replaced), and the entities it names (merged with what
is stored).  A failure leaves the database as it was before that document.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from sqlalchemy import create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import Engine

from ..errors import StoreError
from ..records import DateValue, Document, Entity, Extraction
from . import schema as S
from . import search as fts
from . import stories as _stories  # noqa: F401  (registers the story tables on S.metadata)


def db_url(db: str) -> str:
    """A path becomes a SQLite URL; a URL (postgresql://…, sqlite://…) stays."""
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]  # psycopg 3, the [postgres] extra
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _upsert(dialect: str, table, keys: list[str], update_cols: list[str]):
    """INSERT … ON CONFLICT for SQLite and PostgreSQL, executed with a list of rows
    (executemany), so one compiled statement serves every call."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    stmt = dialect_insert(table)
    if update_cols:
        return stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in update_cols})
    return stmt.on_conflict_do_nothing(index_elements=keys)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, db: str = "marsad.db", create: bool = True):
        self.url = db_url(db)
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except ModuleNotFoundError as exc:  # e.g. psycopg for postgresql://
            raise StoreError(f"{db}: cannot open database ({exc}; for PostgreSQL: pip install 'marsad[postgres]')") from None
        except Exception as exc:  # bad URL
            raise StoreError(f"{db}: cannot open database ({exc})") from None
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            try:
                S.metadata.create_all(self.engine)
                with self.engine.begin() as c:
                    c.execute(_upsert(self.dialect, S.meta, ["key"], ["value"]), [{"key": "schema_version", "value": str(S.SCHEMA_VERSION)}])
                    if self.dialect == "sqlite":
                        fts.ensure(c)
            except Exception as exc:
                raise StoreError(f"{db}: cannot create the schema ({exc})") from None

    # -- writing --------------------------------------------------------
    def stored_version(self, doc_id: str) -> str | None:
        with self.engine.connect() as c:
            return c.execute(select(S.documents.c.extractor_version).where(S.documents.c.id == doc_id)).scalar()

    def add_source(self, doc_id: str, source: str) -> None:
        with self.engine.begin() as c:
            c.execute(_upsert(self.dialect, S.document_sources, ["doc_id", "source"], []), [{"doc_id": doc_id, "source": source}])

    def write(self, doc: Document, ex: Extraction, version: str = "", after_write=None) -> None:
        """Store one document and its extraction in one transaction.

        ``after_write(conn, doc_id)`` runs inside the same transaction (story assignment)."""
        with self.engine.begin() as c:
            existing = c.execute(select(S.documents.c.source).where(S.documents.c.id == doc.id)).scalar()
            source = existing or doc.source
            row = {
                "id": doc.id, "source": source, "external_id": doc.external_id, "url": doc.url,
                "outlet": doc.outlet, "title": doc.title, "text": doc.text, "language": doc.language,
                "published_value": doc.published.value if doc.published else "",
                "published_precision": doc.published.precision if doc.published else "",
                "published_text": doc.published.text if doc.published else "",
                "dateline": doc.dateline, "cited_source": doc.cited_source,
                "n_sentences": len(ex.sentences), "extractor_version": version, "ingested_at": _now(),
            }
            if existing is None:
                row["story_id"], row["duplicate_of"] = doc.story_id, doc.duplicate_of
                c.execute(insert(S.documents).values(row))
            else:
                row.pop("id")
                c.execute(update(S.documents).where(S.documents.c.id == doc.id).values(row))
            c.execute(_upsert(self.dialect, S.document_sources, ["doc_id", "source"], []), [{"doc_id": doc.id, "source": doc.source}])
            for t in S.DOC_TABLES:
                c.execute(delete(t).where(t.c.doc_id == doc.id))
            if self.dialect == "sqlite":
                fts.index_document(c, doc.id, doc.text, doc.title)
            self._write_entities(c, ex.entities)
            mrows = []
            for e in ex.entities:
                for m in e.mentions:
                    mrows.append({"doc_id": doc.id, "start": m.start, "end": m.end, "entity_id": e.id,
                                  "text": m.text, "type": m.type, "source": m.source, "role": m.role})
            if mrows:
                c.execute(insert(S.mentions), _dedupe(mrows, ("start", "end")))
            if ex.events:
                c.execute(insert(S.events), _dedupe([_event_row(ev) for ev in ex.events], ("id",)))
            if ex.quotes:
                c.execute(insert(S.quotes), _dedupe([
                    {"id": q.id, "doc_id": q.doc_id, "speaker_id": q.speaker, "text": q.text, "start": q.start, "end": q.end}
                    for q in ex.quotes], ("id",)))
            if after_write is not None:
                after_write(c, doc.id)

    def _write_entities(self, c, ents: list[Entity]) -> None:
        if not ents:
            return
        ids = [e.id for e in ents]
        stored = {r.id: r for r in c.execute(select(S.entities).where(S.entities.c.id.in_(ids)))}
        rows = {}
        for e in ents:
            old = stored.get(e.id)
            prev = rows.get(e.id)
            aliases = _union(json.loads(old.aliases) if old else [], prev["aliases"] if prev else [], e.aliases)
            titles = _union(json.loads(old.titles) if old else [], prev["titles"] if prev else [], e.titles)
            sectors = _union(json.loads(old.sectors) if old else [], prev["sectors"] if prev else [], e.sectors)
            name_ar = e.name_ar
            if old and old.name_ar and len(old.name_ar) >= len(e.name_ar):
                name_ar = old.name_ar  # keep the fullest name seen
            rows[e.id] = {"id": e.id, "type": e.type, "name_ar": name_ar, "name_en": e.name_en or (old.name_en if old else ""),
                          "qid": e.qid or (old.qid if old else ""), "country": e.country or (old.country if old else ""),
                          "aliases": aliases, "titles": titles, "sectors": sectors}
        out = []
        for r in rows.values():
            r = dict(r)
            for k in ("aliases", "titles", "sectors"):
                r[k] = json.dumps(r[k], ensure_ascii=False)
            out.append(r)
        c.execute(_upsert(self.dialect, S.entities, ["id"],
                          ["type", "name_ar", "name_en", "qid", "country", "aliases", "titles", "sectors"]), out)

    # -- runs -----------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        with self.engine.begin() as c:
            r = c.execute(insert(S.runs).values(started_at=_now(), inputs=json.dumps(inputs, ensure_ascii=False)))
            return r.inserted_primary_key[0]

    def finish_run(self, run_id: int, documents: int, new: int, errors: list[str]) -> None:
        with self.engine.begin() as c:
            c.execute(update(S.runs).where(S.runs.c.id == run_id).values(
                finished_at=_now(), documents=documents, new_documents=new, failures=len(errors),
                errors=json.dumps(errors[:1000], ensure_ascii=False)))

    # -- reading --------------------------------------------------------
    def counts(self) -> dict:
        with self.engine.connect() as c:
            out = {t.name: c.execute(select(func.count()).select_from(t)).scalar() for t in
                   (S.documents, S.entities, S.mentions, S.events, S.quotes)}
            out["outlets"] = c.execute(select(func.count(func.distinct(S.documents.c.outlet))).where(S.documents.c.outlet != "")).scalar()
            out["dated"] = c.execute(select(func.count()).select_from(S.documents).where(S.documents.c.published_value != "")).scalar()
            return out

    def iter_rows(self, table) -> Iterator[dict]:
        with self.engine.connect() as c:
            for r in c.execution_options(stream_results=True).execute(select(table).order_by(*table.primary_key.columns)):
                yield dict(r._mapping)

    def mentions_by_entity(self) -> dict:
        out: dict[str, list] = {}
        for r in self.iter_rows(S.mentions):
            out.setdefault(r["entity_id"], []).append(r)
        return out


def _union(*lists: Iterable) -> list:
    out = []
    for l in lists:
        for x in l:
            if x and x not in out:
                out.append(x)
    return out


def _dedupe(rows: list[dict], keys: tuple) -> list[dict]:
    seen = set()
    out = []
    for r in rows:
        k = tuple(r[x] for x in keys)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def _event_row(ev) -> dict:
    d: DateValue | None = ev.date
    return {
        "id": ev.id, "doc_id": ev.doc_id, "type": ev.type, "mode": ev.mode, "cameo": ev.cameo,
        "source_id": ev.source, "target_id": ev.target, "instrument": ev.instrument, "place": ev.place,
        "date_value": d.value if d else "", "date_precision": d.precision if d else "", "date_text": d.text if d else "",
        "date_json": json.dumps(d.to_json(), ensure_ascii=False) if d else "",
        "modality": ev.modality, "attributed_to": json.dumps(list(ev.attributed_to), ensure_ascii=False),
        "trigger": ev.trigger, "start": ev.start, "end": ev.end, "trigger_start": ev.trigger_start,
        "trigger_end": ev.trigger_end, "confidence": float(ev.confidence),
    }
