"""Find time expressions in folded text as *atoms*: spans with parsed fields.

An atom is not yet a date: "يناير الماضي" needs the publication date, "25
يناير" needs a year from it, a bare "2017" or "مارس" is only a date when a
cue word stands before it (في 2017، منذ مارس) or it is one end of a range
(بين 2019 و2020، من يناير إلى مارس).  ``scan`` returns the atoms that survive
those rules; ``resolve`` turns them into values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .lexicon import TimeLexicon

# plausible years: a month name is strong evidence, عام/سنة good, في/منذ weak
YEAR_WITH_MONTH = (1000, 2100)
YEAR_STRONG_CUE = (1800, 2100)
YEAR_WEAK = (1900, 2100)
HIJRI_YEARS = (1300, 1500)

_PREV_WORD = re.compile(r"(\w+)\s*$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
_QUOTE_OPEN = re.compile(r"[\"“«'‘„]\s*\w+(?:\s+\w+)?\s+$")
_QUOTE_CLOSE = re.compile(r"\s*[\"”»'’“]")
_DATELINE = re.compile(r"[-–—]\s*\w+(?:\s+\w+)?\s+$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_LINE_HEAD = re.compile(r"\s*\w+(?:\s+\w+)?\s+$")
_DASH_AFTER = re.compile(r"[ \t]*[-–—]")


@dataclass
class Atom:
    start: int  # offsets into the folded text
    end: int
    kind: str  # abs hijri month_rel unit weekday ago period range
    f: dict = field(default_factory=dict)
    weak: bool = False  # bare year / month: kept only with a cue or inside a range
    parts: tuple = ()  # (Atom, Atom) for a range


def _key(text: str, table) -> Optional[str]:
    """The table key for matched ``text`` (spaces collapsed, ال restored after ل)."""
    k = " ".join(text.split())
    if k in table:
        return k
    if k.startswith("ل") and "ا" + k in table:
        return "ا" + k
    return None


def _lookup(text, table, default=None):
    k = _key(text, table)
    return table[k] if k is not None else default


def _prev_word(F: str, i: int) -> str:
    m = _PREV_WORD.search(F, max(0, i - 30), i)
    if not m:
        return ""
    w = m.group(1)
    return w[1:] if len(w) > 2 and w[0] in "وف" else w


def _num(text: Optional[str], lx: TimeLexicon) -> Optional[int]:
    if not text:
        return None
    t = text.replace("ال", "", 1).strip() if text.startswith("ال") and text[2:].strip().isdigit() else text
    if t.isdigit():
        return int(t)
    v = _lookup(t, lx.numbers)
    return v[0] if v else None


def _month(m, lx: TimeLexicon, group1="m1", group2="m2") -> Optional[int]:
    cal_num = _lookup(m.group(group1), lx.months)
    if not cal_num:
        return None
    if m.group(group2):
        other = _lookup(m.group(group2), lx.months)
        if other != cal_num:  # يناير/فبراير is not one month written twice
            return None
    return cal_num[1]


def _time(m, lx: TimeLexicon) -> dict:
    if not m.group("hh"):
        return {}
    hh, mi = int(m.group("hh")), int(m.group("mi"))
    ap = m.groupdict().get("ap")
    if ap:
        add = lx.ampm.get(" ".join(ap.split()), 0)
        if hh > 12:
            return {}
        hh = (hh % 12) + add
    return {"hh": hh, "mi": mi} if hh < 24 and mi < 60 else {}


def _year(text: Optional[str], bounds) -> Optional[int]:
    if not text:
        return None
    y = int(text)
    return y if bounds[0] <= y <= bounds[1] else None


def _day(text: Optional[str], lx: TimeLexicon) -> Optional[int]:
    if text and text[0].isdigit():
        text = text.rstrip("stndrh")  # 17th, 1st
    d = _num(text, lx)
    return d if d is not None and 1 <= d <= 31 else None


def _interpret(name: str, m, lx: TimeLexicon, F: str) -> Optional[Atom]:
    s, e = m.span("x")
    g = m.group
    if name in ("iso", "ymd", "dmy", "ym"):
        y, mo = _year(g("y"), YEAR_WEAK), int(g("m"))
        d = int(g("d")) if name != "ym" else None
        if name == "dmy" and mo > 12 and d is not None and d <= 12:
            d, mo = mo, d  # 03/17/2023: month first after all
        if y is None or not 1 <= mo <= 12:
            return None
        f = {"y": y, "m": mo, "d": d}
        if name != "ym":
            f.update(_time(m, lx))
        return Atom(s, e, "abs", f)
    if name in ("dmon", "mdy", "dayrange"):
        mo, d = _month(m, lx), _day(g("d"), lx)
        if mo is None or d is None:
            return None
        y = _year(g("y"), YEAR_WITH_MONTH) if g("y") else None
        if g("y") and y is None:
            return None
        if name == "dayrange":
            d2 = _day(g("d2"), lx)
            if d2 is None or d2 <= d:
                return None
            a = Atom(s, e, "abs", {"y": y, "m": mo, "d": d})
            b = Atom(s, e, "abs", {"y": y, "m": mo, "d": d2})
            return Atom(s, e, "range", parts=(a, b))
        direction = m.groupdict().get("dir")
        if direction and y is None:
            return Atom(s, e, "month_rel", {"m": mo, "d": d, "dir": _lookup(direction, lx.directions, 0)})
        f = {"y": y, "m": mo, "d": d}
        f.update(_time(m, lx))
        return Atom(s, e, "abs", f)
    if name == "mon":
        mo = _month(m, lx)
        if mo is None:
            return None
        if g("y"):
            y = _year(g("y"), YEAR_WITH_MONTH)
            return Atom(s, e, "abs", {"y": y, "m": mo}) if y else None
        if g("dir"):
            return Atom(s, e, "month_rel", {"m": mo, "d": None, "dir": _lookup(g("dir"), lx.directions, 0)})
        # a clitic is no cue here: باب "door" is ب + آب
        cued = bool(g("part")) or F.startswith("شهر", s)
        return Atom(s, e, "abs", {"y": None, "m": mo}, weak=not cued)
    if name in ("hijri", "hyear"):
        y = _year(g("y"), HIJRI_YEARS)
        if y is None:
            return None
        mo = _lookup(g("hm"), lx.months, (None, None))[1] if name == "hijri" else None
        d = _day(g("d"), lx) if name == "hijri" and g("d") else None
        return Atom(s, e, "hijri", {"y": y, "m": mo, "d": d})
    if name == "yrange":
        b = YEAR_STRONG_CUE if g("cue") else YEAR_WEAK
        y1, y2 = _year(g("y"), b), _year(g("y2"), b)
        if y1 is None or y2 is None or not y1 < y2 <= y1 + 100:
            return None
        return Atom(s, e, "range", parts=(Atom(s, e, "abs", {"y": y1}), Atom(s, e, "abs", {"y": y2})))
    if name == "year":
        y = _year(g("y"), YEAR_STRONG_CUE if g("cue") else YEAR_WEAK)
        if y is None:
            return None
        cued = bool(g("part") or g("cue")) or bool(set(g("pre")) & set("بل"))
        return Atom(s, e, "abs", {"y": y}, weak=not cued)
    if name == "unitrel":
        unit = _lookup(g("u"), {k[1]: v for k, v in lx.units.items() if k[0] == "def"})
        return Atom(s, e, "unit", {"unit": unit, "off": _lookup(g("dir"), lx.directions, 0)})
    if name == "wdrel":
        return Atom(s, e, "weekday", {"wd": _lookup(g("wd"), lx.weekdays),
                                      "mode": _lookup(g("dir"), lx.directions, 0), "anchor": 0})
    if name == "wdbare":
        return Atom(s, e, "weekday", {"wd": _lookup(g("wd2"), lx.weekdays), "mode": 0, "anchor": 0})
    if name in ("deicwd", "wd"):
        anchor = _lookup(g("deic"), lx.deictic, ("day", 0))[1] if name == "deicwd" else 0
        wd = _lookup(g("wd") or g("wd2"), lx.weekdays)
        return Atom(s, e, "weekday", {"wd": wd, "mode": 0, "anchor": anchor})
    if name == "deic":
        # أول أمس is one word pair, not the part أول + أمس
        whole = _key(g("part") + " " + g("deic"), lx.deictic) if g("part") else None
        form = whole or _key(g("deic"), lx.deictic)
        if form is None or _blocked(form, m.start("deic"), m.end("deic"), lx, F):
            return None
        unit, off = lx.deictic[form]
        return Atom(s, e, "unit", {"unit": unit, "off": off})
    if name in ("ago", "period"):
        units = {}
        for (slot, form), u in lx.units.items():
            units.setdefault(slot, {})[form] = u
        if g("uc"):
            n, unit = _num(g("n"), lx), _lookup(g("uc"), units["count"])
        elif name == "ago" and g("u1"):
            n, unit = 1, _lookup(g("u1"), units["one"])
        elif g("u2"):
            n, unit = 2, _lookup(g("u2"), units["dual" if name == "ago" else "dual_def"])
        else:
            n, unit = _num(g("n2"), lx), _lookup(g("up"), units["plural_def"])
        if unit is None or (n is not None and not 0 < n <= 500):
            return None
        if name == "ago":
            return Atom(s, e, "ago", {"unit": unit, "n": n * lx.ago[_key(g("ago"), lx.ago)]})
        sign = _lookup(g("dir"), lx.directions, 0)
        return Atom(s, e, "period", {"unit": unit, "n": n, "sign": sign}) if sign else None
    return None


def _blocked(form: str, s: int, e: int, lx: TimeLexicon, F: str) -> bool:
    """True when a deictic word is really part of a name or a noun phrase.

    اليوم ends many outlet names (المغرب اليوم، روسيا اليوم): listed names never
    count, and any "X اليوم" in quotes or as the tail of a dateline
    ("واشنطن - المغرب اليوم") is taken as a name too.  After في/ذلك, or before
    an ordinal or التالي, اليوم is the noun "day" (في اليوم التالي).
    """
    before = lx.not_before.get(form)
    if before and _prev_word(F, s) in before:
        return True
    after = lx.not_after.get(form)
    if after:
        nm = _NEXT_WORD.match(F, e)
        if nm and (nm.group(1) in after or ("@definite" in after and nm.group(1).startswith("ال"))):
            return True
    if form != "اليوم":
        return False
    for om in lx.patterns["outlet"].finditer(F, max(0, s - 40), min(len(F), e + 40)):
        if om.start() < e and s < om.end():
            return True
    head = F[max(0, s - 40):s]
    if _QUOTE_OPEN.search(head) and _QUOTE_CLOSE.match(F, e):
        return True
    # datelines: "واشنطن - المغرب اليوم" and "عين اليوم – واشنطن"
    line_start = F.rfind("\n", 0, s) + 1
    if _DATELINE.search(F, line_start, s) and _LINE_END.match(F, e):
        return True
    return bool(_LINE_HEAD.fullmatch(F, line_start, s) and _DASH_AFTER.match(F, e))


_ORDER = ("iso", "ymd", "dmy", "dmon", "dayrange", "mdy", "hijri", "hyear", "yrange", "ym",
          "mon", "year", "unitrel", "wdrel", "deicwd", "wd", "wdbare", "deic", "ago", "period")


def candidates(F: str, lx: TimeLexicon, names=_ORDER) -> list[Atom]:
    out = []
    for name in names:
        for m in lx.patterns[name].finditer(F):
            a = _interpret(name, m, lx, F)
            if a is not None:
                pre = m.group("pre")
                # للعام = ل + العام: keep the preposition's ل with the elided article
                if pre.endswith("ل") and F[a.start] == "ل" and not F.startswith("ال", a.start):
                    a.start -= 1
                out.append(a)
    return out


def select(atoms: list[Atom]) -> list[Atom]:
    """Non-overlapping atoms, longest first (a full date beats its month and year)."""
    taken, out = [], []
    for a in sorted(atoms, key=lambda a: (a.weak, -(a.end - a.start), a.start)):
        if any(a.start < b.end and b.start < a.end for b in taken):
            continue
        taken.append(a)
        out.append(a)
    return sorted(out, key=lambda a: a.start)


def _opener(F: str, i: int, lx: TimeLexicon) -> Optional[tuple[int, str]]:
    """(start, word) of a range opener (من، بين، الفترة ما بين) right before ``i``."""
    lo = max(0, i - 30)
    for k in (3, 2, 1):
        m = re.search(r"(\S+" + r"\s+\S+" * (k - 1) + r")\s+$", F[lo:i])
        if not m:
            continue
        words, start = " ".join(m.group(1).split()), lo + m.start(1)
        if words[:1] in "وف" and words[1:] in lx.range_from:
            words, start = words[1:], start + 1
        if words in lx.range_from:
            return start, words
    return None


def merge_ranges(atoms: list[Atom], F: str, lx: TimeLexicon) -> list[Atom]:
    """Join "من A إلى B" / "بين A و B" into one range atom spanning the words."""
    out, i = [], 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.kind in ("abs", "month_rel") and b.kind in ("abs", "month_rel"):
            # the و of "و2020" is b's clitic, so it is the whole gap
            needs_and = lx.range_to.get(" ".join(F[a.end:b.start].split()))
            opener = _opener(F, a.start, lx)
            dual = any(F.startswith(c + " ", a.start) for c in lx.dual_cues)
            if needs_and is None:
                ok = False
            elif needs_and:
                ok = dual or (opener is not None and lx.range_from[opener[1]])
            else:
                ok = opener is not None
            if ok:
                out.append(Atom(opener[0] if opener else a.start, b.end, "range", parts=(a, b)))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def weak_ok(a: Atom, F: str, lx: TimeLexicon) -> bool:
    w = _prev_word(F, a.start)
    return w in lx.weak_cues or w in lx.strong_cues


# the trigger categories each pattern needs (all of them): D digit, G/H month,
# W weekday, X deictic word, U unit noun, R direction word, A ago word
NEEDS = {
    "iso": "D", "ymd": "D", "dmy": "D", "ym": "D", "yrange": "D", "year": "D", "hyear": "D",
    "hijri": "HD", "dmon": "G", "dayrange": "GD", "mdy": "GD", "mon": "G",
    "unitrel": "UR", "wdrel": "WR", "deicwd": "XW", "wd": "W", "wdbare": "W", "deic": "X", "ago": "AU", "period": "UR",
}
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def present(F: str, lx: TimeLexicon) -> set:
    """The trigger categories found in ``F`` (clitic-prefixed words included)."""
    cats = set("D") if _DIGIT.search(F) else set()
    trig = lx.triggers
    for w in set(_WORD.findall(F)):
        for v in (w, w[1:], w[2:], w[3:]):
            c = trig.get(v)
            if c is None and v.startswith("ل"):
                c = trig.get("ا" + v)
            if c:
                cats |= c
    return cats


def scan(F: str, lx: TimeLexicon, names=_ORDER) -> list[Atom]:
    cats = present(F, lx)
    names = [n for n in names if all(c in cats for c in NEEDS[n])]
    if not names:
        return []
    atoms = merge_years(merge_ranges(select(candidates(F, lx, names)), F, lx), F)
    return [a for a in atoms if not a.weak or weak_ok(a, F, lx)]


def merge_years(atoms: list[Atom], F: str) -> list[Atom]:
    """"10 يونيو من العام الماضي": a day and month without a year take the year named right after
    them (من + العام الماضي/الجاري/المقبل, هذا العام), as one atom."""
    out, i = [], 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (b is not None and a.kind == "abs" and a.f.get("y") is None and a.f.get("m") is not None
                and b.kind == "unit" and b.f.get("unit") == "year" and F[a.end:b.start].split() in (["من"], [])):
            out.append(Atom(a.start, b.end, "abs", {**a.f, "yoff": b.f["off"]}))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
