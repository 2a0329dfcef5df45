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


@pytest.fixture(scope="session")
def full(resources):
    """Run the whole extraction on a text written for a test: ({(type, source name, target name)}, Extraction)."""
    from marsad.extract import extract
    from marsad.ingest.clean import to_document
    from marsad.ingest.readers import RawRecord

    def run_full(text):
        ex = extract(to_document(RawRecord("x.txt", text, "text")), resources)
        name = {e.id: e.name_ar for e in ex.entities}
        return {(v.type, name.get(v.source, ""), name.get(v.target, "")) for v in ex.events}, ex
    return run_full
