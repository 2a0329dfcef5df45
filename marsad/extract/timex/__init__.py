"""Time expressions in Arabic news: dates, relative expressions, ranges.

``parse_date(s)`` reads one free-standing date (a metadata field or a stamp
line); ``find_times(text, published, start, end)`` finds every time
expression in a stretch of text.  Values follow ``DateValue``: ISO prefixes
at the precision the text gives; spans of time are ISO 8601 intervals
``start/end`` (``2019/2020``, ``2016-06/2017-02``) with ``..`` for an open end
(``2017-02-22/..`` = "in the coming days").  Word lists are in
``months.tsv``, ``weekdays.tsv`` and ``time_expressions.tsv``.
"""
from __future__ import annotations

import re
from typing import Optional

from ...arabic.normalize import normalize
from ...records import DateValue
from .calendar import published_bounds, split_interval
from .lexicon import TimeLexicon, load_lexicon
from .resolve import resolve
from .scan import scan

__all__ = ["parse_date", "find_times", "chronicle_times", "split_interval", "load_lexicon", "TimeLexicon"]

_ABSOLUTE = ("iso", "ymd", "dmy", "dmon", "dayrange", "mdy", "hijri", "hyear", "yrange", "ym",
             "mon", "year")
# combining marks and tatweel after a word's last letter belong to it (غداً)
_TRAILING_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]+")


def _original_span(n, text: str, s: int, e: int, base: int) -> tuple[int, int]:
    os_, oe = n.span(s, e)
    m = _TRAILING_MARKS.match(text, base + oe)
    if m:
        oe = m.end() - base
    return base + os_, base + oe


def find_times(
    text: str,
    published: Optional[DateValue] = None,
    start: int = 0,
    end: Optional[int] = None,
    lexicon: Optional[TimeLexicon] = None,
) -> list[DateValue]:
    """Every time expression in ``text[start:end]``, in text order, offsets into ``text``.

    Relative expressions (أمس، يناير الماضي، خلال الأشهر الثمانية الماضية) and
    dates without a year are returned only when ``published`` is given; they
    carry ``relative=True``.
    """
    lx = lexicon or load_lexicon()
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    n = normalize(text[start:end])
    bounds = published_bounds(published)
    out = []
    for atom in scan(n.text, lx):
        r = resolve(atom, bounds)
        if r is None:
            continue
        s, e = _original_span(n, text, atom.start, atom.end, start)
        e = min(e, end)
        out.append(DateValue(r[0], r[1], text[s:e], s, e, relative=r[2]))
    return out


# a chronicle entry opens with its year and a dash or colon: "1965 - الرئيس المصري …"، "* 1990: …"
_DATELINE = re.compile(r"\s*[*•\-–]?\s*((?:1[5-9]|20)\d\d)\s*[-–—:]\s")


def chronicle_times(
    text: str,
    sentences: list[tuple[int, int]],
    published: Optional[DateValue] = None,
    lexicon: Optional[TimeLexicon] = None,
) -> list[DateValue]:
    """The year that opens each entry of a chronicle (a sentence "1965 - …"), as a date of that sentence.

    In an "on this day" chronicle (``this_day`` rows: في مثل هذا اليوم) the entry happened on
    the publication's month and day: ``1965-07-21``; otherwise the year alone.
    """
    lx = lexicon or load_lexicon()
    folded = normalize(text).text
    on_this_day = published is not None and published.precision in ("day", "minute") and any(
        f in folded for f in lx.this_day)
    out = []
    for s, e in sentences:
        m = _DATELINE.match(text, s, e)
        if m is None:
            continue
        year = m.group(1)
        if on_this_day:
            out.append(DateValue(f"{year}{published.value[4:10]}", "day", year, m.start(1), m.end(1), relative=True))
        else:
            out.append(DateValue(year, "year", year, m.start(1), m.end(1)))
    return out


def parse_date(s: str, lexicon: Optional[TimeLexicon] = None) -> Optional[DateValue]:
    """The date in a free-standing string ("17 مارس 2023, 8:03:21 ص", "date 2023-03").

    Takes the longest absolute date in ``s`` (a lone "2023" counts here);
    falls back to dateparser for shapes the rules do not know.  ``text`` is the
    substring that was read; ``start``/``end`` stay None.
    """
    if not s or not s.strip():
        return None
    lx = lexicon or load_lexicon()
    n = normalize(s)
    atoms = scan(n.text, lx, _ABSOLUTE)
    if not atoms:
        from .scan import candidates  # a metadata field: a bare year is a date here

        atoms = [a for a in candidates(n.text, lx, ("year", "mon")) if a.f.get("y")]
    best = None
    for a in sorted(atoms, key=lambda a: -(a.end - a.start)):
        r = resolve(a, None)
        if r is not None:
            best = (a, r)
            break
    if best is None:
        return _dateparser_fallback(s)
    a, r = best
    os_, oe = _original_span(n, s, a.start, a.end, 0)
    return DateValue(r[0], r[1], s[os_:oe])


_FALLBACK_SHAPE = re.compile(r"\d{4}|\d{1,2}[/.\-]\d{1,2}")


def _dateparser_fallback(s: str) -> Optional[DateValue]:
    """dateparser for odd shapes; only when ``s`` holds digits, never relative."""
    if not _FALLBACK_SHAPE.search(normalize(s).text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    settings = {"RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["year"], "PARSERS": ["absolute-time", "custom-formats"]}
    try:
        data = dateparser.DateDataParser(languages=["ar", "en", "fr"], settings=settings).get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period
    if str(d.year) not in normalize(s).text or not 1900 <= d.year <= 2100:
        return None  # a year dateparser made up, or a Hijri year read as Gregorian
    if period == "time":
        return DateValue(d.strftime("%Y-%m-%dT%H:%M"), "minute", s.strip())
    prec = {"day": "day", "week": "day", "month": "month", "year": "year"}.get(period, "day")
    return DateValue(d.isoformat()[: {"day": 10, "month": 7, "year": 4}[prec]], prec, s.strip())
