"""Read files, folders, JSONL/JSON dumps and HTML pages into raw records.

Readers only read: they turn bytes into ``RawRecord`` objects (text plus
whatever metadata the source carries) and report what they cannot read as
``InputError`` values *yielded in the stream*, so one bad file or line never
stops a run.  Cleaning and metadata sniffing happen in ``clean.py``.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import InputError
from .decode import decode_bytes

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SKIP_NAMES = {"SOURCE.md", "README.md", "LICENSE", "License.txt"}


@dataclass
class FieldMap:
    """Which keys of a JSON record hold what (configurable from the CLI)."""

    text: str = "text"
    title: str = "title"
    url: str = "url"
    published: str = "published"
    outlet: str = "outlet"
    id: str = "id"
    # tried in order when the configured key is absent (common dump layouts)
    fallbacks: dict = field(
        default_factory=lambda: {
            "text": ("content", "body", "article", "maintext"),
            "published": ("date", "date_publish", "published_at", "pubDate", "datetime"),
            "outlet": ("source", "site", "sitename", "publisher", "source_domain"),
            "id": ("_id", "uuid", "doc_id", "guid"),
            "url": ("link", "source_url"),
            "title": ("headline",),
        }
    )

    def get(self, rec: dict, name: str) -> str:
        keys = (getattr(self, name),) + tuple(self.fallbacks.get(name, ()))
        for k in keys:
            v = rec.get(k)
            if v not in (None, ""):
                return v if isinstance(v, str) else str(v)
        return ""


@dataclass
class RawRecord:
    source: str  # path (or path:line for a JSONL record) or URL
    text: str
    kind: str  # 'text' | 'html' | 'json'
    title: str = ""
    url: str = ""
    published: str = ""  # as the source gives it; parsed in clean
    outlet: str = ""
    external_id: str = ""
    encoding: str = ""
    warning: str = ""
    html_meta: dict = field(default_factory=dict)


Item = Union[RawRecord, InputError]


def iter_paths(paths: Iterable[str]) -> Iterator[Union[Path, InputError]]:
    """Files named or found (recursively, sorted) under the given paths."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name in SKIP_NAMES:
                        continue
                    yield Path(root) / name
        elif path.exists():
            yield path
        else:
            yield InputError(str(p), "no such file or folder")


def read_paths(paths: Iterable[str], fields: FieldMap | None = None) -> Iterator[Item]:
    fields = fields or FieldMap()
    for p in iter_paths(paths):
        if isinstance(p, InputError):
            yield p
            continue
        yield from read_file(p, fields)


def read_file(path: Path, fields: FieldMap | None = None) -> Iterator[Item]:
    fields = fields or FieldMap()
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"unreadable: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(data, source, fields)
        return
    try:
        dec = decode_bytes(data, source)
    except InputError as exc:
        yield exc
        return
    if suffix in JSON_SUFFIXES:
        yield from read_json(dec.text, source, fields)
    elif suffix in HTML_SUFFIXES or _looks_html(dec.text):
        yield from read_html(dec.text, source, dec.encoding, dec.warning)
    else:
        yield RawRecord(source, dec.text, "text", encoding=dec.encoding, warning=dec.warning)


_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body)", re.I)


def _looks_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:500]))


def _record_from_json(rec: object, source: str, fields: FieldMap, line: int | None) -> Item:
    if not isinstance(rec, dict):
        return InputError(source, f"expected a JSON object, got {type(rec).__name__}", line)
    text = fields.get(rec, "text")
    if not text.strip():
        return InputError(source, f"record has no text (looked for {fields.text!r})", line)
    where = f"{source}:{line}" if line is not None else source
    kind = "text"
    if _looks_html(text):
        kind = "html"
    return RawRecord(
        where,
        text,
        kind,
        title=fields.get(rec, "title"),
        url=fields.get(rec, "url"),
        published=fields.get(rec, "published"),
        outlet=fields.get(rec, "outlet"),
        external_id=fields.get(rec, "id"),
    )


def read_jsonl(data: bytes, source: str, fields: FieldMap) -> Iterator[Item]:
    if not data.strip():
        yield InputError(source, "empty file")
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            yield InputError(source, f"not UTF-8 ({exc.reason} at byte {exc.start} of the line)", lineno)
            continue
        except json.JSONDecodeError as exc:
            yield InputError(source, f"malformed JSON ({exc.msg} at column {exc.colno})", lineno)
            continue
        item = _record_from_json(rec, source, fields, lineno)
        if isinstance(item, RawRecord) and item.kind == "html":
            yield from read_html(item.text, item.source, "utf-8", "", base=item)
        else:
            yield item


def read_json(text: str, source: str, fields: FieldMap) -> Iterator[Item]:
    """A JSON file holding one article object or an array of them."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(source, f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return
    recs = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(recs, 1):
        yield _record_from_json(rec, source, fields, i if isinstance(doc, list) else None)


_META_DATE = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|og:published_time|datePublished|"
    r"pubdate|publishdate|publish-date|date|DC\.date\.issued|sailthru\.date|parsely-pub-date)[\"'][^>]*>",
    re.I,
)
_CONTENT = re.compile(r"content=[\"']([^\"']+)[\"']", re.I)
_LD_DATE = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"")
_SITE = re.compile(r"<meta[^>]+property=[\"']og:site_name[\"'][^>]*>", re.I)


def html_metadata(html: str) -> dict:
    """Publication date and site name from the page's own metadata (not its footer)."""
    out = {}
    head = html[:200_000]
    m = _META_DATE.search(head)
    if m:
        c = _CONTENT.search(m.group(0))
        if c:
            out["published"] = c.group(1)
    if "published" not in out:
        m = _LD_DATE.search(head)
        if m:
            out["published"] = m.group(1)
    m = _SITE.search(head)
    if m:
        c = _CONTENT.search(m.group(0))
        if c:
            out["sitename"] = c.group(1)
    return out


def read_html(html: str, source: str, encoding: str, warning: str, base: RawRecord | None = None) -> Iterator[Item]:
    import trafilatura  # heavy import: only when HTML is met

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        yield InputError(source, f"broken HTML: {type(exc).__name__}: {exc}")
        return
    if doc is None:
        yield InputError(source, "HTML without extractable main text")
        return
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    if not text.strip():
        yield InputError(source, "HTML without extractable main text")
        return
    meta = html_metadata(html)
    # The page's own metadata wins: trafilatura's date fallback can pick a footer © year.
    published = (base.published if base else "") or meta.get("published") or d.get("date") or ""
    yield RawRecord(
        source,
        text,
        "html",
        title=(base.title if base else "") or d.get("title") or "",
        url=(base.url if base else "") or d.get("url") or "",
        published=published,
        outlet=(base.outlet if base else "") or meta.get("sitename") or d.get("sitename") or "",
        external_id=base.external_id if base else "",
        encoding=encoding,
        warning=warning,
        html_meta={"trafilatura_date": d.get("date") or "", **meta},
    )
