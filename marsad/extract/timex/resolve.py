"""Atoms to values: absolute ones directly, relative ones against the publication date.

A relative expression is resolved twice, against the earliest and the latest
day the publication date can stand for ("2023-03" is any day of March).
Where the two answers differ the value is cut to the precision at which they
agree, so "أمس" in an article dated only "2023-03" gives "2023-03" — never
a day the text does not give.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from . import calendar as cal
from .scan import Atom

RELATIVE = ("month_rel", "unit", "weekday", "ago", "period")
_UNIT_PRECISION = {"hour": "day", "day": "day", "week": "day", "month": "month", "year": "year"}


def needs_anchor(a: Atom) -> bool:
    if a.kind == "range":
        return any(needs_anchor(p) for p in a.parts)
    return a.kind in RELATIVE or (a.kind == "abs" and a.f.get("y") is None)


def _at(a: Atom, p: Optional[date]) -> Optional[tuple[str, str]]:
    """(value, precision) of atom ``a`` with ``p`` standing for the publication day."""
    f, k = a.f, a.kind
    if k == "abs":
        y, m, d = f.get("y"), f.get("m"), f.get("d")
        if y is None and f.get("yoff") is not None:
            if p is None:
                return None
            y = p.year + f["yoff"]  # 10 يونيو من العام الماضي
        if y is None:
            if p is None or m is None:
                return None
            y = cal.closest_year(p, m, d)
        if d is not None and not cal.valid_day(y, m, d):
            return None
        return cal.fmt(y, m, d, f.get("hh"), f.get("mi"))
    if k == "hijri":
        return cal.hijri_to_gregorian(f["y"], f["m"], f["d"])
    if k == "range":
        return _range(a, p)
    if p is None:
        return None
    if k == "month_rel":
        m, d, direction = f["m"], f["d"], f["dir"]
        if direction < 0:
            y = p.year if m < p.month else p.year - 1
        elif direction > 0:
            y = p.year if m > p.month else p.year + 1
        else:
            y = p.year
        if d is not None and not cal.valid_day(y, m, d):
            return None
        return cal.fmt(y, m, d)
    if k == "unit":
        return _shift(p, f["unit"], f["off"], interval_week=True)
    if k == "weekday":
        anchor = p + timedelta(days=f["anchor"])
        return cal.weekday_near(anchor, f["wd"], f["mode"]).isoformat(), "day"
    if k == "ago":
        return _shift(p, f["unit"], f["n"], interval_week=False)
    if k == "period":
        prec = _UNIT_PRECISION[f["unit"]]
        here = _shift(p, "day", 0, False)[0][: cal.PRECISION_LEN[prec]]
        if f["n"] is None:
            return (f"{cal.OPEN}/{here}" if f["sign"] < 0 else f"{here}/{cal.OPEN}"), prec
        there = _shift(p, f["unit"], f["sign"] * f["n"], interval_week=False)[0]
        there = there[: cal.PRECISION_LEN[prec]]
        return (f"{there}/{here}" if f["sign"] < 0 else f"{here}/{there}"), prec
    return None


def _shift(p: date, unit: str, n: int, interval_week: bool) -> tuple[str, str]:
    """The day/week/month/year ``n`` units from ``p``, at that unit's precision."""
    if unit == "hour":
        return (p + timedelta(days=int(n / 24))).isoformat(), "day"
    if unit == "day":
        return (p + timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        if interval_week:  # الأسبوع الماضي: the calendar week, Sunday to Saturday
            s, e = cal.week_bounds(p, n)
            return f"{s.isoformat()}/{e.isoformat()}", "day"
        return (p + timedelta(weeks=n)).isoformat(), "day"
    if unit == "month":
        y, m = cal.add_months(p.year, p.month, n)
        return cal.fmt(y, m)
    return cal.fmt(p.year + n)


def _range(a: Atom, p: Optional[date]) -> Optional[tuple[str, str]]:
    first, second = a.parts
    if first.kind == "abs" and first.f.get("y") is None and second.kind == "abs" and second.f.get("y"):
        # من 25 يناير إلى 3 فبراير 2017: the first end takes the second's year
        f = dict(first.f)
        later = (f.get("m") or 1, f.get("d") or 1) > (second.f.get("m") or 12, second.f.get("d") or 31)
        f["y"] = second.f["y"] - 1 if later else second.f["y"]
        first = Atom(first.start, first.end, "abs", f)
    ra, rb = _at(first, p), _at(second, p)
    if ra is None or rb is None:
        return None
    prec = cal.coarser(ra[1], rb[1])
    va = cal.split_interval(cal.truncate(ra[0], prec))[0]
    vb = cal.split_interval(cal.truncate(rb[0], prec))[1]
    if va > vb:
        return None
    return (va if va == vb else f"{va}/{vb}"), prec


def resolve(a: Atom, bounds: Optional[tuple[date, date]]) -> Optional[tuple[str, str, bool]]:
    """(value, precision, relative) of atom ``a``; None if it needs a publication date it lacks."""
    if not needs_anchor(a):
        r = _at(a, None)
        return (r[0], r[1], False) if r else None
    if bounds is None:
        return None
    lo, hi = _at(a, bounds[0]), _at(a, bounds[1])
    if lo is None or hi is None:
        return None
    if lo == hi:
        return lo[0], lo[1], True
    prec = cal.coarser(lo[1], hi[1])
    for p in reversed(cal.ORDER[: cal.ORDER.index(prec) + 1]):
        vl, vh = cal.truncate(lo[0], p), cal.truncate(hi[0], p)
        if vl == vh:
            return vl, p, True
    # not even the year agrees: the honest answer is the span of both
    start = cal.split_interval(cal.truncate(lo[0], "year"))[0]
    end = cal.split_interval(cal.truncate(hi[0], "year"))[1]
    return f"{start}/{end}", "year", True
