"""The word lists of time expressions, loaded from TSV and compiled into patterns.

``months.tsv``, ``weekdays.tsv`` and ``time_expressions.tsv`` hold every
word; this module only knows the *shape* of Arabic date phrases (day before
month, year after month, a direction word after a unit noun …) and builds
regular expressions over the folded text (``marsad.arabic.normalize``), so a
new spelling is a new cell in a TSV file, not a code change.

All patterns match folded text: hamza seats, ة/ه, ى/ي, diacritics and tatweel
are already gone, Arabic-Indic digits are ASCII and Latin is lower-case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...arabic.normalize import norm
from ...errors import ResourceError
from ...resources import read_tsv, split_list

UNITS = ("hour", "day", "week", "month", "year")
SLOTS = ("def", "one", "count", "dual", "dual_def", "plural_def")
KINDS = (
    "deictic", "unit", "direction", "part", "number", "ago", "cue",
    "range_from", "range_to", "ampm", "outlet", "not_before", "not_after", "this_day",
)


def _fold(form: str) -> str:
    return " ".join(norm(form).split())


def alternation(forms) -> str:
    """A regex alternation of folded ``forms``, longest first, spaces as ``\\s+``.

    A form starting with the article ال also matches after the preposition ل
    with the alef dropped (للعام = ل + العام), which is how Arabic writes it.
    """
    out = []
    for f in sorted(set(forms), key=lambda x: (-len(x), x)):
        body = r"\s+".join(re.escape(w) for w in f.split(" "))
        if f.startswith("ال") and len(f) > 2:
            body = r"(?:ال|(?<=ل)ل)" + body[2:]
        out.append(body)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


@dataclass
class TimeLexicon:
    """Folded word maps plus the compiled patterns built from them (picklable)."""

    months: dict  # folded form -> ("gregorian"|"hijri", number)
    weekdays: dict  # folded form -> ISO weekday
    deictic: dict  # folded form -> (unit, offset)
    units: dict  # (slot, folded form) -> unit
    directions: dict  # folded form -> -1 | 0 | 1
    parts: frozenset
    numbers: dict  # folded form -> (value, "cardinal"|"ordinal")
    ago: dict  # folded form -> -1 | 1
    strong_cues: frozenset
    weak_cues: frozenset
    dual_cues: frozenset  # عامي، سنتي: open a "… و …" range themselves
    range_from: dict  # folded form -> may pair with و (bool)
    range_to: dict  # folded form -> only after an opener that may pair with it (و)
    ampm: dict  # folded form -> hours to add
    outlets: tuple
    not_before: dict  # deictic form -> frozenset of words
    not_after: dict  # deictic form -> frozenset of words (may hold "@definite")
    patterns: dict  # name -> compiled regex
    triggers: dict = None  # folded word -> categories of patterns it can start (see scan.NEEDS)
    this_day: tuple = ()  # folded phrases of an "on this day" chronicle (في مثل هذا اليوم)


def _load_rows():
    months, weekdays = {}, {}
    for r in read_tsv("months.tsv", ["calendar", "number", "system", "forms"]):
        cal, num = r["calendar"], r["number"]
        if cal not in ("gregorian", "hijri") or not num.isdigit() or not 1 <= int(num) <= 12:
            raise r.error(f"bad calendar/number {cal!r} {num!r}")
        for f in split_list(r["forms"]):
            key = _fold(f)
            if months.get(key, (cal, int(num))) != (cal, int(num)):
                raise r.error(f"month form {f!r} already means {months[key]}")
            months[key] = (cal, int(num))
    for r in read_tsv("weekdays.tsv", ["number", "forms"]):
        if not r["number"].isdigit() or not 1 <= int(r["number"]) <= 7:
            raise r.error(f"bad weekday number {r['number']!r}")
        for f in split_list(r["forms"]):
            weekdays[_fold(f)] = int(r["number"])
    rows = list(read_tsv("time_expressions.tsv", ["kind", "forms"], ["value", "unit", "note"]))
    for r in rows:
        if r["kind"] not in KINDS:
            raise r.error(f"unknown kind {r['kind']!r}")
    return months, weekdays, rows


def _int(r, lo=-1000, hi=1000) -> int:
    try:
        v = int(r.get("value"))
    except ValueError:
        raise r.error(f"value {r.get('value')!r} is not a number") from None
    if not lo <= v <= hi:
        raise r.error(f"value {v} out of range")
    return v


@lru_cache(maxsize=1)
def load_lexicon() -> TimeLexicon:
    """Read the three TSV files once per process and compile the patterns."""
    months, weekdays, rows = _load_rows()
    lx = dict(
        deictic={}, units={}, directions={}, parts=set(), numbers={}, ago={},
        strong_cues=set(), weak_cues=set(), dual_cues=set(), range_from={}, range_to={}, ampm={},
        outlets=[], not_before={}, not_after={}, this_day=[],
    )
    for r in rows:
        k, forms = r["kind"], [_fold(f) for f in split_list(r["forms"])]
        if k == "deictic":
            if r.get("unit") not in UNITS:
                raise r.error(f"deictic needs a unit in {UNITS}")
            for f in forms:
                lx["deictic"][f] = (r["unit"], _int(r))
        elif k == "unit":
            if r.get("value") not in SLOTS or r.get("unit") not in UNITS:
                raise r.error(f"unit rows need value in {SLOTS} and unit in {UNITS}")
            for f in forms:
                lx["units"][(r["value"], f)] = r["unit"]
        elif k == "direction":
            for f in forms:
                lx["directions"][f] = _int(r, -1, 1)
        elif k == "part":
            lx["parts"].update(forms)
        elif k == "number":
            if r.get("unit") not in ("cardinal", "ordinal"):
                raise r.error("number rows need unit cardinal|ordinal")
            for f in forms:
                lx["numbers"].setdefault(f, (_int(r, 1, 31), r["unit"]))
        elif k == "ago":
            for f in forms:
                lx["ago"][f] = _int(r, -1, 1)
        elif k == "cue":
            if r.get("value") not in ("strong", "weak"):
                raise r.error("cue rows need value strong|weak")
            lx["strong_cues" if r["value"] == "strong" else "weak_cues"].update(forms)
            if r.get("unit") == "dual":
                lx["dual_cues"].update(forms)
        elif k == "range_from":
            for f in forms:
                lx["range_from"][f] = r.get("unit") == "and"
        elif k == "range_to":
            for f in forms:
                lx["range_to"][f] = r.get("unit") == "and"
        elif k == "ampm":
            for f in forms:
                lx["ampm"][f] = _int(r, 0, 12)
        elif k == "outlet":
            lx["outlets"].extend(forms)
        elif k == "this_day":
            lx["this_day"].extend(forms)
        else:  # not_before / not_after
            target = _fold(r.get("unit") or "اليوم")
            if target not in lx["deictic"]:
                raise r.error(f"{k} names {target!r}, which is not a deictic form above it")
            lx[k].setdefault(target, set()).update(forms)
    for k in ("parts", "strong_cues", "weak_cues", "dual_cues"):
        lx[k] = frozenset(lx[k])
    lx["outlets"] = tuple(lx["outlets"])
    lx["this_day"] = tuple(lx["this_day"])
    lx["not_before"] = {k: frozenset(v) for k, v in lx["not_before"].items()}
    lx["not_after"] = {k: frozenset(v) for k, v in lx["not_after"].items()}
    if not months or not weekdays:
        raise ResourceError("months.tsv and weekdays.tsv must not be empty")
    lex = TimeLexicon(months=months, weekdays=weekdays, patterns={}, **lx)
    lex.patterns = build_patterns(lex)
    lex.triggers = build_triggers(lex)
    return lex


def build_triggers(lx: TimeLexicon) -> dict:
    """Word -> pattern categories it can occur in, so a sentence runs only the patterns it can match.

    The last word of each form is used: a multi-word phrase always contains it
    as a whole token (clitics attach to the first word only).
    """
    groups = {
        "G": [f for f, (c, _) in lx.months.items() if c == "gregorian"],
        "H": [f for f, (c, _) in lx.months.items() if c == "hijri"],
        "W": list(lx.weekdays),
        "X": list(lx.deictic),
        "U": [f for (_, f) in lx.units],
        "R": list(lx.directions),
        "A": list(lx.ago),
    }
    out: dict = {}
    for cat, forms in groups.items():
        for f in forms:
            out.setdefault(f.split(" ")[-1], set()).add(cat)
    return {k: frozenset(v) for k, v in out.items()}


def build_patterns(lx: TimeLexicon) -> dict:
    """Compile the phrase shapes over the word lists (see module docstring)."""
    A = alternation
    greg = A(f for f, (c, _) in lx.months.items() if c == "gregorian")
    hij = A(f for f, (c, _) in lx.months.items() if c == "hijri")
    wd = A(lx.weekdays)
    part = A(lx.parts)
    dirs = A(lx.directions)
    ordinal = A(f for f, (_, kind) in lx.numbers.items() if kind == "ordinal")
    cardinal = A(f for f, (_, kind) in lx.numbers.items() if kind == "cardinal")
    unit = {s: A(f for (slot, f) in lx.units if slot == s) for s in SLOTS}
    strong = A(lx.strong_cues)
    ampm = A(lx.ampm)
    deictic = A(lx.deictic)
    deictic_day = A(f for f, (u, _) in lx.deictic.items() if u == "day")
    ago = A(lx.ago)

    day = rf"(?P<d>[0-3]?\d(?:st|nd|rd|th)?|{ordinal})"
    year = r"(?P<y>\d{4})(?:\s*م(?!\w))?"
    year_tail = rf"\s*[,،]?\s*(?:(?:من\s+)?(?:عام|سنه)\s+)?{year}"
    mon = rf"(?:شهر\s+)?(?P<m1>{greg})(?:\s*[/(]\s*(?P<m2>{greg})\s*\)?)?"
    time = (
        rf"(?:\s*[,،]?\s*(?:(?:في\s+)?(?:ال)?ساعه\s*)?(?P<hh>[0-2]?\d):(?P<mi>[0-5]\d)(?::[0-5]\d)?"
        rf"(?:\s*(?P<ap>{ampm})(?!\w))?)?"
    )
    weekday_prefix = rf"(?:(?:يوم\s+)?(?P<wd>{wd})\s*[,،]?\s*(?:الموافق\s+)?)?"
    shapes = {
        "iso": r"(?P<y>\d{4})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)"
               r"(?:[t\s](?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?",
        "ymd": r"(?P<y>\d{4})[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)" + time,
        "dmy": r"(?P<d>[0-3]?\d)(?P<sep>[/.\-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{4})" + time,
        "ym": r"(?P<y>\d{4})-(?P<m>[01]\d)",
        # 17 مارس 2023 / الجمعة 17 مارس 2023, 8:03 ص / 25 يناير/كانون الثاني الماضي
        "dmon": weekday_prefix + day + r"\s*(?:(?:من|of)\s+)?" + mon
                + rf"(?:{year_tail}|\s+(?P<dir>{dirs}))?" + time,
        "dayrange": r"(?P<d>[0-3]?\d)\s*[-–—]\s*(?P<d2>[0-3]?\d)\s+" + mon + f"(?:{year_tail})?",
        "mdy": mon + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*,?\s+(?P<y>\d{4})" + time,
        # مايو/أيار 2020, يناير الماضي, مطلع شهر مارس, bare مارس (kept only with a cue)
        "mon": rf"(?:(?P<part>{part})\s+)?" + mon + rf"(?:{year_tail}|\s+(?P<dir>{dirs}))?",
        "hijri": rf"(?:(?P<d>[0-3]?\d|{ordinal})\s*(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{hij})\s*[,،]?\s*"
                 r"(?:(?:من\s+)?(?:عام|سنه)\s+)?(?P<y>1[34]\d\d)(?:\s*ه(?!\w))?",
        "hyear": r"(?:(?:عام|العام|سنه|السنه)\s+)?(?P<y>1[34]\d\d)\s*ه(?!\w)",
        "yrange": rf"(?:(?P<cue>{strong})\s+)?(?P<y>\d{{4}})\s*[-–—/]\s*(?P<y2>\d{{4}})",
        "year": rf"(?:(?P<part>{part})\s+)?(?:(?P<cue>{strong})\s+)?{year}",
        # الأسبوع الأخير من رمضان is the last week *of* Ramadan, not last week
        "unitrel": rf"(?:(?P<part>{part})\s+)?(?P<u>{unit['def']})\s+(?P<dir>{dirs})(?!\s+من(?!\w))",
        "wdrel": rf"(?:(?P<part>{part})\s+)?(?:يوم\s+)?(?P<wd>{wd})\s+(?P<dir>{dirs})",
        "deicwd": rf"(?:(?P<part>{part})\s+)?(?P<deic>{deictic_day})\s*"
                  rf"(?:[/(]\s*(?P<wd>{wd})\s*[/)]|(?P<wd2>{wd})(?!\w))",
        "wd": rf"(?:(?P<part>{part})\s+)?(?:يوم\s+(?P<wd>{wd})|[/(]\s*(?P<wd2>{wd})\s*[/)])",
        # a bare weekday as an adverb: قال الوزير الأربعاء، أعلنت الوزارة، الثلاثاء، … (not صلاة الجمعة)
        "wdbare": rf"(?<!صلاه )(?<!خطبه )(?<!بين )(?P<wd2>{wd})",
        "deic": rf"(?:(?P<part>{part})\s+)?(?P<deic>{deictic})",
        "ago": rf"(?P<ago>{ago})\s+(?:(?P<n>\d{{1,3}}|{cardinal})\s+(?P<uc>{unit['count']})"
               rf"|(?P<u1>{unit['one']})|(?P<u2>{unit['dual']}))(?!\s*\d)(?!\s+(?:من|علي|عن)(?!\w))",
        "period": rf"(?:(?:ال\s?)?(?P<n>\d{{1,3}}|{cardinal})\s+(?P<uc>{unit['count']})"
                  rf"|(?P<up>{unit['plural_def']})(?:\s+(?P<n2>{cardinal}|ال\s?\d{{1,3}}))?"
                  rf"|(?P<u2>{unit['dual_def']}))\s+(?P<dir>{dirs})",
    }
    # (?<![\w.:]) keeps us out of words and numbers (3.5, 12:30); a digit after a
    # letter and a hyphen is a model name (Su-24, MiG-29), never a date; a digit
    # after digit-hyphen is the tail of a longer number (2019-2020-2021).
    head = r"(?<![\w.:٫])(?<!\d,)(?<![^\W\d_][-/])(?<!\d[-/])(?P<pre>[وف]?[بلك]?)(?P<x>"
    tail = r")(?!\w)(?![-/.:,٫]\d)"
    pats = {name: re.compile(head + body + tail) for name, body in shapes.items()}
    pats["outlet"] = re.compile(r"(?<!\w)" + A(lx.outlets) + r"(?!\w)")
    return pats
