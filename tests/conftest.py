from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"


def seed_path(prefix: str) -> Path:
    (p,) = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    return p


@pytest.fixture(scope="session")
def resources():
    from marsad.extract import Resources

    return Resources.load()


@pytest.fixture(scope="session")
def seed_docs():
    """The five seeds, cleaned, keyed by their prefix ("000" … "004")."""
    from marsad.ingest.clean import to_document
    from marsad.ingest.readers import read_file

    out = {}
    for p in sorted(SEEDS.glob("*.txt")):
        (rec,) = list(read_file(p))
        out[p.name[:3]] = to_document(rec)
    return out


@pytest.fixture(scope="session")
def seed_extractions(seed_docs, resources):
    from marsad.extract import extract

    return {k: extract(d, resources) for k, d in seed_docs.items()}
