"""The gazetteer of political actors, loaded from TSV and validated.

Files live in ``marsad/resources/gazetteer/`` (one per kind, see
docs/gazetteer.md): states, places, organisations, people, media, weapons,
all with the same columns.  Two side files steer matching:
``ambiguous.tsv`` allows a surface form to name several entries (ids listed
most likely first) and ``stoplist.tsv`` lists forms never to be tagged alone.

``load_entries`` returns plain frozen dataclasses (picklable); it does the
I/O once, callers pass the result into pure extraction code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..arabic.normalize import norm_key
from ..errors import ResourceError
from ..resources import RESOURCE_DIR, read_tsv, split_list

GAZ_DIR = RESOURCE_DIR / "gazetteer"
GAZ_FILES = ("states.tsv", "places.tsv", "organisations.tsv", "people.tsv", "media.tsv", "weapons.tsv")
COLUMNS = ("id", "type", "name_ar", "name_en", "aliases", "metonyms", "adjectives",
           "qid", "country", "sectors", "titles")
REQUIRED = ("id", "type", "name_ar", "name_en")
TYPES = frozenset({"GPE", "LOC", "PER", "ORG", "MEDIA", "WEAPON"})
# CAMEO actor role codes (CAMEO manual ch. 3), which PLOVER/POLECAT keep as "sectors".
SECTORS = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
    "CVL", "LAB", "REF", "HLH", "ELI", "AGR", "ENV", "LEG", "NGO", "IGO", "UAF", "INS",
    "SEP", "RAD", "MNC", "IMG", "HRI", "REL", "MOD", "DEV", "ENR",
})
_ID = re.compile(r"^(?:[A-Z]{3}|(?:per|org|media|wpn|place|loc):[a-z0-9_]+)$")
_QID = re.compile(r"^Q\d+$")
_STATE_ID = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class GazEntry:
    """One actor of the gazetteer, as written in its file (values stripped)."""

    id: str
    type: str
    name_ar: str
    name_en: str
    aliases: tuple
    metonyms: tuple
    adjectives: tuple
    qid: str
    country: str
    sectors: tuple
    titles: tuple
    file: str
    line: int

    def names(self) -> tuple:
        """Forms that name the actor: canonical names first, then aliases."""
        return (self.name_ar, self.name_en) + self.aliases

    def surface_forms(self) -> tuple:
        """(form, kind) for every form a matcher may look for; kind is name|metonym|adjective."""
        return tuple((f, "name") for f in self.names()) + tuple(
            (f, "metonym") for f in self.metonyms) + tuple((f, "adjective") for f in self.adjectives)


def _entry(row) -> GazEntry:
    v = row.values
    missing = [c for c in COLUMNS if c not in v]
    if missing:
        raise row.error(f"header lacks column(s) {missing}")
    return GazEntry(
        id=v["id"], type=v["type"], name_ar=v["name_ar"], name_en=v["name_en"],
        aliases=tuple(split_list(v["aliases"])), metonyms=tuple(split_list(v["metonyms"])),
        adjectives=tuple(split_list(v["adjectives"])), qid=v["qid"], country=v["country"],
        sectors=tuple(split_list(v["sectors"])), titles=tuple(split_list(v["titles"])),
        file=row.file, line=row.line,
    )


def _read(path: Path) -> list[tuple[GazEntry, object]]:
    return [(_entry(r), r) for r in read_tsv(path.name, REQUIRED, COLUMNS[4:], path=path)]


def load_ambiguous(path: Optional[Path] = None) -> dict[str, tuple]:
    """``ambiguous.tsv``: norm_key(form) -> entry ids allowed to share it, most likely first."""
    p = path or GAZ_DIR / "ambiguous.tsv"
    out: dict[str, tuple] = {}
    for r in read_tsv(p.name, ("form", "ids"), ("note", "context", "fallback"), path=p):
        ids = tuple(split_list(r["ids"]))
        if len(ids) < 2:
            raise r.error("an ambiguous form needs at least two ids")
        k = norm_key(r["form"])
        if k in out:
            raise r.error(f"form {r['form']!r} listed twice")
        out[k] = ids
    return out


def load_ambiguous_context(path: Optional[Path] = None) -> dict[str, tuple]:
    """``ambiguous.tsv`` context: norm_key(form) -> ((id, frozenset(cue ids)), ...), fallback.

    The ``context`` column (``id=cue|cue; id2=cue``) names, for a reading, the
    gazetteer ids (or ISO3 states) whose presence elsewhere in the document selects
    it (التحالف: the Arab coalition beside the Houthis or Yemen, the anti-ISIS
    coalition beside ISIS).  ``fallback``: ``first`` (the default) keeps the most
    likely reading when no cue is present; ``none`` drops the mention.
    """
    p = path or GAZ_DIR / "ambiguous.tsv"
    out: dict[str, tuple] = {}
    for r in read_tsv(p.name, ("form", "ids"), ("context", "fallback", "note"), path=p):
        ids = tuple(split_list(r["ids"]))
        cues: dict[str, frozenset] = {}
        for part in filter(None, (x.strip() for x in (r.get("context") or "").split(";"))):
            rid, sep, rest = part.partition("=")
            if not sep or rid.strip() not in ids:
                raise r.error(f"context {part!r}: want id=cue|cue with id one of {list(ids)}")
            cues[rid.strip()] = frozenset(split_list(rest))
        fb = (r.get("fallback") or "first").strip()
        if fb not in ("first", "none"):
            raise r.error(f"fallback {fb!r}: want first or none")
        if cues or fb != "first":
            out[norm_key(r["form"])] = (tuple((i, cues.get(i, frozenset())) for i in ids), fb)
    return out


def load_stoplist(path: Optional[Path] = None) -> dict[str, str]:
    """``stoplist.tsv``: norm_key(form) -> reason; such forms are never tagged on their own."""
    p = path or GAZ_DIR / "stoplist.tsv"
    return {norm_key(r["form"]): r["reason"] for r in read_tsv(p.name, ("form", "reason"), path=p)}


def _check_row(e: GazEntry, row, states: set) -> None:
    if not _ID.match(e.id):
        raise row.error(f"bad id {e.id!r}: ISO alpha-3 for states, else kind:slug (per:, org:, media:, wpn:, place:, loc:)")
    if e.type not in TYPES:
        raise row.error(f"bad type {e.type!r}; allowed: {sorted(TYPES)}")
    if e.qid and not _QID.match(e.qid):
        raise row.error(f"bad qid {e.qid!r} (want Q followed by digits)")
    if e.country and e.country not in states:
        raise row.error(f"country {e.country!r} is not a state id of states.tsv")
    if (e.metonyms or e.adjectives) and e.type != "GPE":
        raise row.error("metonyms and adjectives are only allowed on GPE rows")
    bad = [s for s in e.sectors if s not in SECTORS]
    if bad:
        raise row.error(f"unknown sector code(s) {bad}")


def load_entries(
    paths: Optional[Sequence[Path]] = None,
    ambiguous: Optional[dict] = None,
    stoplist: Optional[dict] = None,
) -> list[GazEntry]:
    """All gazetteer entries, validated; ``ResourceError`` names file:line on any fault.

    ``paths`` defaults to the six files of ``marsad/resources/gazetteer``;
    ``ambiguous``/``stoplist`` default to that folder's side files.  Checks:
    unique ids across files, type, QID shape, ``country`` among the state ids
    (of a ``states.tsv`` in ``paths``, else the shipped one), sector codes,
    metonyms/adjectives only on GPE rows, a surface form (name, alias,
    metonym or adjective, compared by ``norm_key``) used by two entries only
    if ``ambiguous`` allows exactly those ids, and no alias/metonym/adjective
    in the stoplist (a canonical name may be: it is then shown, never matched
    alone).
    """
    paths = [Path(p) for p in (paths or [GAZ_DIR / f for f in GAZ_FILES])]
    ambiguous = load_ambiguous() if ambiguous is None else ambiguous
    stoplist = load_stoplist() if stoplist is None else stoplist
    rows: list[tuple[GazEntry, object]] = []
    for p in paths:
        rows += _read(p)
    states = {e.id for e, _ in rows if e.file == "states.tsv" and _STATE_ID.match(e.id)}
    if not states:
        states = {e.id for e, _ in _read(GAZ_DIR / "states.tsv")}
    seen: dict[str, GazEntry] = {}
    forms: dict[str, dict[str, GazEntry]] = {}
    for e, row in rows:
        _check_row(e, row, states)
        if e.id in seen:
            first = seen[e.id]
            raise row.error(f"duplicate id {e.id!r} (first at {first.file}:{first.line})")
        seen[e.id] = e
        for f, kind in e.surface_forms():
            k = norm_key(f)
            if not k:
                raise row.error(f"empty surface form {f!r}")
            if kind != "name" or f in e.aliases:
                if k in stoplist:
                    raise row.error(f"{kind} {f!r} is in stoplist.tsv ({stoplist[k]})")
            owners = forms.setdefault(k, {})
            if owners and e.id not in owners and k not in ambiguous:
                other = next(iter(owners.values()))
                raise row.error(
                    f"{kind} {f!r} also belongs to {other.id} ({other.file}:{other.line}); "
                    "list it in ambiguous.tsv if both readings are real")
            owners[e.id] = e
    for k, ids in ambiguous.items():
        owners = forms.get(k, {})
        unknown = [i for i in ids if i not in seen]
        if unknown and len(paths) == len(GAZ_FILES):
            raise ResourceError(f"ambiguous.tsv: form {k!r} names unknown id(s) {unknown}")
        if len(paths) == len(GAZ_FILES) and set(owners) != set(ids):
            raise ResourceError(
                f"ambiguous.tsv: form {k!r} lists {list(ids)} but is used by {sorted(owners)}")
    return [e for e, _ in rows]


def surface_index(entries: Iterable[GazEntry], ambiguous: Optional[dict] = None) -> dict[str, tuple]:
    """norm_key(form) -> ((entry id, kind), ...) over all entries, for a matcher.

    A form listed in ``ambiguous`` has its readings in that file's order (most
    likely first); others keep file order.
    """
    out: dict[str, list] = {}
    for e in entries:
        for f, kind in e.surface_forms():
            lst = out.setdefault(norm_key(f), [])
            if not any(i == e.id for i, _ in lst):
                lst.append((e.id, kind))
    for k, ids in (ambiguous or {}).items():
        if k in out:
            rank = {i: n for n, i in enumerate(ids)}
            out[k].sort(key=lambda p: rank.get(p[0], len(rank)))
    return {k: tuple(v) for k, v in out.items()}
