"""Language data as files, validated when loaded.

Every resource is a UTF-8 TSV file in this folder whose first line is a
header naming its columns (``#`` lines and blank lines are comments).  The
loader checks the header against what the code expects and every row's
column count, and names the file and line when something is wrong, so a
broken edit fails the test suite rather than a user's run.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Sequence

from ..errors import ResourceError

RESOURCE_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    values: dict

    def __getitem__(self, k):
        return self.values[k]

    def get(self, k, default=""):
        v = self.values.get(k)
        return default if v in (None, "") else v

    def error(self, reason: str) -> ResourceError:
        return ResourceError(f"{self.file}:{self.line}: {reason}")


def resource_path(name: str) -> Path:
    return RESOURCE_DIR / name


def read_tsv(
    name: str,
    required: Sequence[str],
    optional: Sequence[str] = (),
    path: Optional[Path] = None,
) -> Iterator[Row]:
    """Rows of a TSV resource as dicts; the header must hold every ``required`` column.

    Empty trailing cells may be omitted.  Raises ``ResourceError`` naming the
    file and line for a missing file, a wrong header, an extra cell or an
    empty required cell.
    """
    p = path or resource_path(name)
    if not p.exists():
        raise ResourceError(f"{p}: resource file not found")
    header = None
    with p.open(encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in required if c not in header]
                unknown = [c for c in header if c not in required and c not in optional]
                if missing:
                    raise ResourceError(f"{p.name}:{lineno}: header lacks column(s) {missing}; header is {header}")
                if unknown:
                    raise ResourceError(f"{p.name}:{lineno}: unknown column(s) {unknown}")
                continue
            if len(cells) > len(header):
                raise ResourceError(
                    f"{p.name}:{lineno}: {len(cells)} cells but the header has {len(header)} columns"
                )
            values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            for c in required:
                if not values.get(c):
                    raise ResourceError(f"{p.name}:{lineno}: empty required column {c!r}")
            yield Row(p.name, lineno, values)
    if header is None:
        raise ResourceError(f"{p.name}: no header line")


def split_list(cell: str) -> list[str]:
    """A multi-valued cell: values separated by ``|``."""
    return [v.strip() for v in cell.split("|") if v.strip()]
