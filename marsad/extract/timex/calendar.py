"""Calendar arithmetic for time expressions: ISO prefixes, intervals, anchors.

Values are ISO 8601 prefixes whose length says the precision (``2023``,
``2023-03``, ``2023-03-17``, ``2023-03-17T08:03``).  A span of time is an
ISO 8601 interval ``start/end`` with both ends at the same precision
(``2019/2020``, ``2016-06/2017-02``); an open end is ``..`` (ISO 8601-2:
``2017-02-22/..`` = from that day on).  Nothing here invents a finer
precision than its inputs carry.
"""
from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from typing import Optional

PRECISION_LEN = {"year": 4, "month": 7, "day": 10, "minute": 16}
ORDER = ("year", "month", "day", "minute")
OPEN = ".."


def coarser(a: str, b: str) -> str:
    return a if ORDER.index(a) <= ORDER.index(b) else b


def fmt(y: int, m: Optional[int] = None, d: Optional[int] = None,
        hh: Optional[int] = None, mi: Optional[int] = None) -> tuple[str, str]:
    """(ISO prefix, precision) of the given parts; stops at the first missing one."""
    if m is None:
        return f"{y:04d}", "year"
    if d is None:
        return f"{y:04d}-{m:02d}", "month"
    if hh is None or mi is None:
        return f"{y:04d}-{m:02d}-{d:02d}", "day"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}", "minute"


def fmt_date(d: date, precision: str) -> str:
    return d.isoformat()[: PRECISION_LEN[precision]]


def truncate(value: str, precision: str) -> str:
    """``value`` (a prefix or an interval) cut to ``precision``; a collapsed interval becomes one value."""
    n = PRECISION_LEN[precision]
    if "/" not in value:
        return value[:n]
    a, b = value.split("/", 1)
    a = a if a == OPEN else a[:n]
    b = b if b == OPEN else b[:n]
    return a if a == b else f"{a}/{b}"


def split_interval(value: str) -> tuple[str, str]:
    """``("2019", "2020")`` for ``"2019/2020"``; ``(v, v)`` for a single value; ``..`` = open."""
    if "/" in value:
        a, b = value.split("/", 1)
        return a, b
    return value, value


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def last_day(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= last_day(y, m)


def week_bounds(d: date, offset: int) -> tuple[date, date]:
    """The Sunday–Saturday week ``offset`` weeks from the one holding ``d``.

    Arabic weekday names count from Sunday (الأحد "the first"), so the
    calendar week is taken to start on Sunday.
    """
    start = d - timedelta(days=d.isoweekday() % 7) + timedelta(weeks=offset)
    return start, start + timedelta(days=6)


def weekday_near(anchor: date, weekday: int, mode: int) -> date:
    """The ISO ``weekday`` nearest ``anchor``: mode 0 on or before, -1 strictly before, 1 strictly after."""
    w = anchor.isoweekday()
    if mode == 0:
        return anchor - timedelta(days=(w - weekday) % 7)
    if mode < 0:
        return anchor - timedelta(days=(w - weekday - 1) % 7 + 1)
    return anchor + timedelta(days=(weekday - w - 1) % 7 + 1)


def closest_year(anchor: date, m: int, d: Optional[int]) -> int:
    """The year that puts month ``m`` (day ``d``) nearest to ``anchor`` (ties: the earlier)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if d is not None and not valid_day(y, m, d):
            continue
        dist = abs((date(y, m, d or 15) - anchor).days)
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else anchor.year


def published_bounds(published) -> Optional[tuple[date, date]]:
    """Earliest and latest day a published ``DateValue`` can stand for (None if unreadable)."""
    if published is None or not published.value:
        return None
    v = published.value.split("/")[0]
    try:
        y = int(v[:4])
        m = int(v[5:7]) if len(v) >= 7 else None
        d = int(v[8:10]) if len(v) >= 10 else None
        if m is None:
            return date(y, 1, 1), date(y, 12, 31)
        if d is None:
            return date(y, m, 1), date(y, m, last_day(y, m))
        return date(y, m, d), date(y, m, d)
    except ValueError:
        return None


def hijri_to_gregorian(y: int, m: int, d: Optional[int]) -> Optional[tuple[str, str]]:
    """A Hijri date as (value, precision).

    A Hijri month or year never lines up with Gregorian months, so a Hijri
    month (رمضان 1444) or year (1444 هـ) becomes the exact interval of
    Gregorian days it covers, at day precision: ``2023-03-23/2023-04-20``.
    """
    from hijridate import Hijri

    try:
        if d is not None:
            return Hijri(y, m, d).to_gregorian().isoformat(), "day"
        if m is not None:
            first = Hijri(y, m, 1)
            last = Hijri(y, m, first.month_length())
        else:
            first = Hijri(y, 1, 1)
            last = Hijri(y, 12, Hijri(y, 12, 1).month_length())
        return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}", "day"
    except (ValueError, OverflowError):
        return None
