"""One schema for SQLite and PostgreSQL (SQLAlchemy Core).

Only portable types are used (Text, Integer, Float); lists are JSON text so
the same DDL runs on both engines.  Every table that belongs to a document
carries ``doc_id`` so that re-analysing a document replaces its rows in one
transaction.
"""
from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, Table, Text

metadata = MetaData()

SCHEMA_VERSION = 1

meta = Table(
    "marsad_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Text, primary_key=True),
    Column("source", Text, nullable=False),
    Column("external_id", Text, default=""),
    Column("url", Text, default=""),
    Column("outlet", Text, default=""),
    Column("published_value", Text, default=""),
    Column("published_precision", Text, default=""),
    Column("published_text", Text, default=""),
    Column("title", Text, default=""),
    Column("text", Text, nullable=False),
    Column("language", Text, default="ar"),
    Column("dateline", Text, default=""),
    Column("cited_source", Text, default=""),
    Column("story_id", Text, default=""),
    Column("duplicate_of", Text, default=""),
    Column("n_sentences", Integer, default=0),
    Column("extractor_version", Text, default=""),
    Column("ingested_at", Text, default=""),
)

# Every path/URL an identical body was read from (the first one is documents.source).
document_sources = Table(
    "document_sources",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("source", Text, primary_key=True),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Text, primary_key=True),
    Column("type", Text, nullable=False),
    Column("name_ar", Text, nullable=False),
    Column("name_en", Text, default=""),
    Column("aliases", Text, default="[]"),  # JSON list
    Column("qid", Text, default=""),
    Column("country", Text, default=""),
    Column("sectors", Text, default="[]"),
    Column("titles", Text, default="[]"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", Text, primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("entity_id", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", Text, default=""),
    Column("source", Text, default=""),
    Column("role", Text, default=""),
    Index("ix_mentions_entity", "entity_id"),
)

events = Table(
    "events",
    metadata,
    Column("id", Text, primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("type", Text, nullable=False),
    Column("mode", Text, default=""),
    Column("cameo", Text, default=""),
    Column("source_id", Text, default="", index=True),
    Column("target_id", Text, default="", index=True),
    Column("instrument", Text, default=""),
    Column("place", Text, default=""),
    Column("date_value", Text, default=""),
    Column("date_precision", Text, default=""),
    Column("date_text", Text, default=""),
    Column("date_json", Text, default=""),
    Column("modality", Text, default="asserted"),
    Column("attributed_to", Text, default="[]"),
    Column("trigger", Text, default=""),
    Column("start", Integer, default=0),
    Column("end", Integer, default=0),
    Column("trigger_start", Integer, default=0),
    Column("trigger_end", Integer, default=0),
    Column("confidence", Float, default=0.5),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", Text, primary_key=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("speaker_id", Text, default=""),
    Column("text", Text, nullable=False),
    Column("start", Integer, default=0),
    Column("end", Integer, default=0),
)

# One row per analyze run: what was read, what failed.
runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", Text, nullable=False),
    Column("finished_at", Text, default=""),
    Column("inputs", Text, default="[]"),
    Column("documents", Integer, default=0),
    Column("new_documents", Integer, default=0),
    Column("failures", Integer, default=0),
    Column("errors", Text, default="[]"),
)

DOC_TABLES = (mentions, events, quotes)
