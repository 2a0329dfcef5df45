#!/usr/bin/env python3
"""Build marsad/resources/gazetteer/states.tsv from CLDR (Babel), pycountry and a curated overlay.

    python tools/build_gazetteer.py            # rewrite states.tsv
    python tools/build_gazetteer.py --check    # exit 1 if states.tsv is stale
    python tools/build_gazetteer.py --report   # list ISO territories left out

Which states exist is decided by the overlay (``sources/states_overlay.tsv``):
one row per state kept.  For each, the builder takes the Arabic and English
names from CLDR (``babel.Locale('ar'|'en').territories``), the Arabic short and
official names from the iso-codes translations that pycountry ships, strips
diacritics, and adds the overlay's short press names, metonyms (capital, seat
of power) and demonyms.  Demonyms are generated from a nisba stem by rule
(see ``nisba_forms``) plus the irregular plurals the overlay lists.

The output is deterministic: same inputs, same bytes.
"""
from __future__ import annotations

import argparse
import gettext
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.arabic.normalize import norm_key  # noqa: E402
from marsad.resources import read_tsv, split_list  # noqa: E402

GAZ_DIR = ROOT / "marsad" / "resources" / "gazetteer"
OVERLAY = GAZ_DIR / "sources" / "states_overlay.tsv"
OUTPUT = GAZ_DIR / "states.tsv"

COLUMNS = ["id", "type", "name_ar", "name_en", "aliases", "metonyms", "adjectives",
           "qid", "country", "sectors", "titles"]
OVERLAY_COLUMNS = ["id"], ["name_ar", "name_en", "aliases", "metonyms", "nisba", "adjectives", "qid", "exclude"]

# Kosovo has no ISO 3166 code; CLDR uses the user-assigned XK, we use XKX.
ALPHA2_OVERRIDE = {"XKX": "XK"}

_HARAKAT = re.compile("[\u064B-\u065F\u0670\u0640]")
_ARABIC = re.compile("[\u0600-\u06FF]")


def strip_diacritics(s: str) -> str:
    """Remove harakat, dagger alef and tatweel; keep hamza letters as written."""
    return _HARAKAT.sub("", s)


def clean_ar(name: str) -> list[str]:
    """An Arabic CLDR/iso-codes name as usable surface forms.

    iso-codes writes the conjunction detached (``البوسنة و الهرسك``) and uses
    inverted index forms (``كوريا، جمهورية كوريا``): the first is rejoined, the
    second dropped.  A parenthesised part (``ميانمار (بورما)``) becomes a
    second form.
    """
    s = strip_diacritics(name).strip()
    if not s or "،" in s or "," in s or not _ARABIC.search(s):
        return []
    s = re.sub(r"\s+و\s+", " و", s)
    out = []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", s)
    if m:
        out += [m.group(1).strip(), m.group(2).strip()]
    else:
        out.append(s)
    # CLDR's "الكونغو - كينشاسا" style is not a press form
    return [o for o in out if o and " - " not in o]


def clean_en(name: str) -> list[str]:
    if not name or "," in name or "&" in name or " - " in name:
        return []
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    return [m.group(1).strip(), m.group(2).strip()] if m else [name.strip()]


def nisba_forms(stem: str) -> list[str]:
    """Regular demonym forms of a nisba stem.

    ``روسي`` -> روسي روسية روسيون روسيين روسيات and the same with ال.
    In a multi-word stem, words ending in ي are adjectives that agree (all
    inflect and all take ال: كوري شمالي -> الكورية الشمالية); a first word not
    ending in ي is a fixed noun (جنوب أفريقي -> الجنوب أفريقية), which takes
    ال but no suffix.
    """
    words = stem.split()
    agree = all(w.endswith("ي") for w in words)
    forms = []
    for suffix in ("", "ة", "ون", "ين", "ات"):
        for article in ("", "ال"):
            out = []
            for i, w in enumerate(words):
                if agree or i == 0:
                    w = article + w
                if agree or i == len(words) - 1:
                    w = w + suffix
                out.append(w)
            forms.append(" ".join(out))
    return forms


def _dedupe(values: list[str], drop: set[str]) -> list[str]:
    seen = set(drop)
    out = []
    for v in values:
        k = norm_key(v)
        if k and k not in seen:
            seen.add(k)
            out.append(v)
    return out


def build_rows(overlay: Path = OVERLAY) -> list[dict]:
    """The states.tsv rows, in overlay order."""
    import pycountry
    from babel import Locale

    ar_terr = Locale("ar").territories
    en_terr = Locale("en").territories
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows = []
    for r in read_tsv(overlay.name, *OVERLAY_COLUMNS, path=overlay):
        iso3 = r["id"]
        c = pycountry.countries.get(alpha_3=iso3)
        a2 = ALPHA2_OVERRIDE.get(iso3) or (c.alpha_2 if c else None)
        if a2 is None:
            raise SystemExit(f"{r.file}:{r.line}: unknown state code {iso3}")
        exclude = {norm_key(strip_diacritics(x)) for x in split_list(r.get("exclude"))}
        cldr_ar = clean_ar(ar_terr.get(a2, ""))
        iso_ar = []
        if c is not None:
            iso_ar += clean_ar(tr.gettext(c.name))
            if getattr(c, "official_name", None):
                iso_ar += clean_ar(tr.gettext(c.official_name))
        name_ar = r.get("name_ar") or (cldr_ar[0] if cldr_ar else "")
        if not name_ar:
            raise SystemExit(f"{r.file}:{r.line}: no Arabic name for {iso3}")
        cldr_en = en_terr.get(a2, "")
        en_forms = clean_en(cldr_en.replace(" & ", " and "))
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                en_forms += clean_en(getattr(c, attr, "") or "")
        name_en = r.get("name_en") or (en_forms[0] if en_forms else iso3)
        aliases = _dedupe(
            split_list(r.get("aliases")) + cldr_ar + iso_ar + en_forms,
            exclude | {norm_key(name_ar), norm_key(name_en)} - {""},
        )
        # name_en is kept as a separate column, but is also a surface form
        aliases = [a for a in aliases if norm_key(a) != norm_key(name_en)] + (
            [name_en] if norm_key(name_en) not in exclude else [])
        metonyms = _dedupe(split_list(r.get("metonyms")), exclude)
        adjectives = []
        for stem in split_list(r.get("nisba")):
            adjectives += nisba_forms(stem)
        adjectives = _dedupe(adjectives + split_list(r.get("adjectives")), exclude)
        rows.append({
            "id": iso3, "type": "GPE", "name_ar": name_ar, "name_en": name_en,
            "aliases": "|".join(aliases), "metonyms": "|".join(metonyms),
            "adjectives": "|".join(adjectives), "qid": r.get("qid"),
            "country": iso3, "sectors": "", "titles": "",
        })
    return rows


def render(rows: list[dict]) -> str:
    head = [
        "# GENERATED by tools/build_gazetteer.py from CLDR (Babel, Unicode licence),",
        "# pycountry/iso-codes (LGPL-2.1) and sources/states_overlay.tsv. Do not edit by hand:",
        "# edit the overlay and rerun the builder.",
        "\t".join(COLUMNS),
    ]
    body = ["\t".join(r[c] for c in COLUMNS) for r in rows]
    return "\n".join(head + body) + "\n"


def left_out(overlay: Path = OVERLAY) -> list[str]:
    """ISO 3166 territories that the overlay does not keep (dependencies etc.)."""
    import pycountry

    kept = {r["id"] for r in read_tsv(overlay.name, *OVERLAY_COLUMNS, path=overlay)}
    return [f"{c.alpha_3} {c.name}" for c in pycountry.countries if c.alpha_3 not in kept]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if states.tsv is not up to date")
    ap.add_argument("--report", action="store_true", help="list ISO territories left out")
    ap.add_argument("--output", type=Path, default=OUTPUT)
    a = ap.parse_args(argv)
    if a.report:
        print("\n".join(left_out()))
        return 0
    text = render(build_rows())
    if a.check:
        current = a.output.read_text(encoding="utf-8") if a.output.exists() else ""
        if current != text:
            print(f"{a.output} is stale: run tools/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    a.output.write_text(text, encoding="utf-8")
    print(f"wrote {a.output} ({len(text.splitlines()) - 4} states)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
