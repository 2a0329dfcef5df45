"""Raw text → body without boilerplate, plus metadata sniffed from the text.

Text dumps of news pages keep the page around the article: weather widgets,
crawl-date stamps, breadcrumbs, the title twice, share buttons, "related
articles" and comment forms.  Patterns for all of these are data
(``resources/boilerplate.tsv`` and ``resources/metadata_patterns.tsv``).

Which date is the article's?  A page shows several: the crawl/"today" widget
at the top, the article's own stamp, dates of related articles.  The widget
date is the day the page was fetched, never earlier than publication, so
among the stamp lines in the page head we prefer one carrying a time of day
(article stamps do), then the earliest.  Metadata from the source (HTML meta
tags, JSONL fields) wins over anything sniffed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..arabic.normalize import fold_char, norm, norm_key, normalize
from ..records import DateValue, Document, stable_id
from ..resources import read_tsv

HEAD_LINES = 12
TAIL_LINES = 8


def _fold_pattern(p: str) -> str:
    # Fold Arabic letters only: regex syntax is ASCII and must stay as written.
    return "".join(fold_char(c) if ord(c) >= 0x0600 else c for c in p)


@dataclass(frozen=True)
class CleanRules:
    drop: tuple  # compiled patterns, matched on folded lines
    cut: tuple
    inline: tuple  # patterns searched within a line: the line is cut where one starts
    meta: tuple  # (field, where, compiled pattern)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "CleanRules":
        drop, cut, inline = [], [], []
        for r in read_tsv("boilerplate.tsv", ["action", "pattern"], ["note"]):
            try:
                rx = re.compile(_fold_pattern(r["pattern"]), re.I)
            except re.error as exc:
                raise r.error(f"bad regular expression: {exc}") from None
            if r["action"] == "drop_line":
                drop.append(rx)
            elif r["action"] == "cut_rest":
                cut.append(rx)
            elif r["action"] == "cut_inline":
                inline.append(rx)
            else:
                raise r.error(f"unknown action {r['action']!r} (drop_line | cut_rest | cut_inline)")
        meta = []
        for r in read_tsv("metadata_patterns.tsv", ["field", "where", "pattern"], ["note"]):
            if r["where"] not in ("head", "tail", "body", "line_start", "value"):
                raise r.error(f"unknown where {r['where']!r}")
            try:
                rx = re.compile(r["pattern"], re.I)
            except re.error as exc:
                raise r.error(f"bad regular expression: {exc}") from None
            if r["where"] != "value" and "value" not in rx.groupindex:
                raise r.error("pattern lacks the named group (?P<value>...)")
            meta.append((r["field"], r["where"], rx))
        return cls(tuple(drop), tuple(cut), tuple(inline), tuple(meta))


@dataclass
class Cleaned:
    text: str
    title: str = ""
    outlet: str = ""
    cited_source: str = ""
    dateline: str = ""
    published: DateValue | None = None
    dropped_lines: int = 0
    stamps: list = field(default_factory=list)  # DateValues seen as stamp lines


_BULLET = re.compile(r"^[\s\-–•*]+")
_SENT_END = re.compile(r"[.!?؟:…»”\"]\s*$")


def _parse_date(s: str) -> DateValue | None:
    from ..extract.dates import parse_date  # the date grammar lives with the other time expressions

    return parse_date(s)


def _stamp(line: str) -> DateValue | None:
    """A line that is nothing but a date (a stamp), parsed; else None."""
    s = _BULLET.sub("", line).strip()
    if not s or len(s) > 60 or not re.search(r"\d", s):
        return None
    d = _parse_date(s)
    if d is None:
        return None
    # the date must cover most of the line: "5 نوفمبر 2024" yes, a sentence with a date no
    if len(d.text) < 0.6 * len(s):
        return None
    return d


def _is_title_like(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not _SENT_END.search(line)


def clean_text(raw: str, rules: CleanRules | None = None) -> Cleaned:
    rules = rules or CleanRules.load()
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = raw.split("\n")
    out: Cleaned = Cleaned(text="")
    kept: list[str] = []
    body_started = False
    seen = set()
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    head_idx = set(nonempty[:HEAD_LINES])
    tail_idx = set(nonempty[-TAIL_LINES:])
    title_candidates: list[str] = []

    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if rules.inline:
            n = normalize(s)
            hit = min((m.start() for rx in rules.inline for m in [rx.search(n.text)] if m), default=None)
            if hit is not None:  # "… رابط الخبر بصحيفة الوئام: <title>" glued to the last paragraph
                s = s[:n.span(hit, hit)[0]].rstrip()
                if not s:
                    out.dropped_lines += 1
                    continue
        f = norm(s)
        # metadata lines
        matched_meta = False
        for fld, where, rx in rules.meta:
            if where == "head" and i not in head_idx or where == "tail" and i not in tail_idx:
                continue
            if where in ("line_start", "body", "value"):
                continue
            m = rx.match(s)
            if m:
                val = m.group("value").strip(" \"“”«»'")
                if fld == "dateline":
                    out.dateline = out.dateline or m.group("place").strip()
                    out.outlet = out.outlet or val
                elif fld == "cited_source":
                    out.cited_source = out.cited_source or val
                elif fld == "title_breadcrumb":
                    title_candidates.insert(0, val)
                matched_meta = True
                break
        if matched_meta:
            out.dropped_lines += 1
            continue
        if body_started and any(rx.match(f) for rx in rules.cut):
            out.dropped_lines += sum(1 for l in lines[i:] if l.strip())
            break
        if any(rx.match(f) for rx in rules.drop):
            out.dropped_lines += 1
            continue
        if not body_started:
            st = _stamp(s)
            if st is not None:
                out.stamps.append(st)
                out.dropped_lines += 1
                continue
            key = norm_key(s)
            if _is_title_like(s):
                if key in seen:  # a repeated title line
                    out.dropped_lines += 1
                    continue
                seen.add(key)
                title_candidates.append(s)
                kept.append(s)
                continue
        key = norm_key(s)
        if key in seen and len(s) < 300:  # a repeated title line or paragraph
            out.dropped_lines += 1
            continue
        seen.add(key)
        kept.append(s)
        if len(s.split()) > 25 or _SENT_END.search(s):
            body_started = True

    # Title: a breadcrumb's last element, or a short line above the body.
    # Short lines above the body are headings (section names, the title):
    # the last title-like one before the body is the title; all leave the body.
    while kept and kept[-1] == "":
        kept.pop()
    head_short = []
    for s in kept:
        if s == "":
            continue
        if _is_title_like(s) and s in title_candidates:
            head_short.append(s)
            continue
        break
    if head_short:
        out.title = title_candidates[0] if title_candidates and title_candidates[0] not in head_short else head_short[-1]
        drop = set(head_short)
        n = 0
        while n < len(kept) and (kept[n] == "" or kept[n] in drop):
            n += 1
        if n < len(kept):
            kept = kept[n:]
        else:  # nothing but short lines (a list, a table): the first is the title, the rest the body
            if out.title in head_short:
                out.title = head_short[0]
            kept = [l for l in kept if l != out.title]
    elif title_candidates:
        out.title = title_candidates[0]
    # drop a body line that repeats the title (pages print it twice)
    tkey = norm_key(out.title) if out.title else ""
    if tkey:
        kept = [l for l in kept if norm_key(l) != tkey]

    body = "\n".join(kept).strip("\n")
    # stamps and datelines glued to the first paragraph
    for fld, where, rx in rules.meta:
        if where != "line_start":
            continue
        m = rx.match(body)
        if m:
            val = m.group("value").strip()
            if fld == "date":
                d = _parse_date(val)
                if d is not None:
                    out.stamps.insert(0, d)
            elif fld == "dateline":
                out.dateline = out.dateline or m.group("place").strip()
                out.outlet = out.outlet or val
            body = body[m.end():]
    for fld, where, rx in rules.meta:
        if where == "body" and fld == "outlet" and not out.outlet:
            m = rx.search(body)
            if m:
                out.outlet = m.group("value").strip()
    # a dateline credit such as "وكالات" (agencies) or "خاص" names no outlet
    if out.outlet and any(rx.match(out.outlet.strip()) for fld, where, rx in rules.meta if fld == "not_outlet"):
        out.outlet = ""
    if not out.outlet and out.cited_source:
        # "المصدر: X" on a republished report: X is the outlet the text is from
        out.outlet = out.cited_source
    out.published = pick_published(out.stamps)
    out.text = body
    return out


def pick_published(stamps: list) -> DateValue | None:
    """The article's date among stamp lines: one with a time of day first, then the earliest."""
    if not stamps:
        return None
    timed = [d for d in stamps if d.precision == "minute"]
    pool = timed or stamps
    return min(pool, key=lambda d: d.value)


def doc_id_for(text: str) -> str:
    """Stable id of a body: the same article read from another path or format gets the same id."""
    return stable_id("doc", norm_key(text))


def to_document(rec, rules: CleanRules | None = None) -> Document:
    """A ``RawRecord`` → cleaned ``Document`` (metadata from the source wins over sniffed)."""
    c = clean_text(rec.text, rules)
    published = None
    if rec.published:
        published = _parse_date(rec.published)
    published = published or c.published
    return Document(
        id=doc_id_for(c.text),
        source=rec.source,
        text=c.text,
        title=(rec.title or c.title).strip(),
        outlet=(rec.outlet or c.outlet).strip(),
        published=published,
        url=rec.url,
        external_id=rec.external_id,
        dateline=c.dateline,
        cited_source=c.cited_source,
        raw_text=rec.text,
    )
