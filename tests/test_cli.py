"""End to end through the CLI: analyze → export → stats, re-runs, and bad input."""
import json

import pytest
from click.testing import CliRunner

from marsad.cli import main

from conftest import SEEDS


def _run(*args):
    r = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return r


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    t = tmp_path_factory.mktemp("e2e")
    db = str(t / "m.db")
    r = _run("analyze", str(SEEDS), "--db", db)
    assert r.exit_code == 0, r.output
    out = t / "out"
    r2 = _run("export", "--db", db, "--format", "jsonl", str(out))
    assert r2.exit_code == 0, r2.output
    return t, db, out, r.output


def _load(p):
    return [json.loads(l) for l in p.read_text(encoding="utf-8").splitlines()]


def test_every_command_has_help():
    for cmd in (["--help"], ["analyze", "--help"], ["export", "--help"], ["stats", "--help"], ["train", "ner", "--help"],
                ["eval", "ner", "--help"], ["eval", "events", "--help"]):
        r = _run(*cmd)
        assert r.exit_code == 0 and "Usage:" in r.output, cmd


def test_analyze_prints_a_summary(seeded):
    out = seeded[3]
    assert "documents  read 5, new 5" in out and "failed 0" in out
    assert "المغرب اليوم" in out and "2023-03" in out


def test_export_contract_files_and_fields(seeded):
    _, _, out, _ = seeded
    assert json.loads((out / "schema.json").read_text())["schema"] == 2
    docs = _load(out / "documents.jsonl")
    assert len(docs) == 5
    for d in docs:
        for k in ("id", "source", "external_id", "url", "outlet", "published", "title", "text", "story_id", "duplicate_of"):
            assert k in d
    raw = (out / "documents.jsonl").read_text(encoding="utf-8")
    assert "\\u06" not in raw and "حفتر" in raw  # Arabic unescaped
    by_src = {d["source"].rsplit("/", 1)[-1][:3]: d for d in docs}
    assert by_src["000"]["published"] == {"value": "2023-03", "precision": "month"}
    assert by_src["001"]["published"]["value"].startswith("2023-03-17")
    assert by_src["003"]["outlet"] == "المغرب اليوم"


def test_offsets_round_trip_in_the_export(seeded):
    _, _, out, _ = seeded
    texts = {d["id"]: d["text"] for d in _load(out / "documents.jsonl")}
    n = 0
    for e in _load(out / "entities.jsonl"):
        for m in e["mentions"]:
            assert texts[m["doc_id"]][m["start"]:m["end"]] == m["text"]
            n += 1
    assert n > 50
    for ev in _load(out / "events.jsonl"):
        assert texts[ev["doc_id"]][ev["start"]:ev["end"]] == ev["sentence"]
    for q in _load(out / "quotes.jsonl"):
        assert texts[q["doc_id"]][q["start"]:q["end"]] == q["text"]


def test_second_run_changes_nothing(seeded):
    t, db, out, _ = seeded
    before = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.jsonl")}
    r = _run("analyze", str(SEEDS), "--db", db)
    assert r.exit_code == 0 and "new 0" in r.output and "unchanged 5" in r.output
    r = _run("analyze", str(SEEDS), "--db", db, "--force")
    assert r.exit_code == 0 and "updated 5" in r.output
    out2 = t / "out2"
    _run("export", "--db", db, "--format", "jsonl", str(out2))
    for name, text in before.items():
        assert (out2 / name).read_text(encoding="utf-8") == text, name


def test_stats(seeded):
    r = _run("stats", "--db", seeded[1])
    assert r.exit_code == 0 and "top actors" in r.output and "حفتر" in r.output


def test_bad_inputs_are_reported_and_the_run_goes_on(tmp_path, seeded):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "latin1.txt").write_bytes("Grüße aus Köln, ça va? naïve café".encode("latin-1") * 3)
    (bad / "dump.jsonl").write_text('{"text": "قال المتحدث باسم الخارجية الروسية إن موسكو تدعم الحل السياسي في ليبيا."}\n{broken\n', encoding="utf-8")
    (bad / "page.html").write_text("<html><head></head><body><script>x()</script></body></html>", encoding="utf-8")
    db = str(tmp_path / "m.db")
    r = _run("analyze", str(bad), "--db", db)
    assert r.exit_code == 0, r.output
    assert "read 1" in r.output and "failed 5" in r.output
    for name, why in (("empty.txt", "empty"), ("image.txt", "binary"), ("latin1.txt", "undecodable"),
                      ("dump.jsonl:2", "malformed JSON"), ("page.html", "main text")):
        assert any(name in l and why in l for l in r.output.splitlines()), (name, r.output)
    assert _run("analyze", str(bad), "--db", db, "--strict").exit_code == 1
    only_bad = tmp_path / "only"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_bytes(b"")
    assert _run("analyze", str(only_bad), "--db", db).exit_code == 2
    # nothing stored before was lost
    r = _run("stats", "--db", db)
    assert "documents        1" in r.output


def test_a_later_retelling_joins_the_stored_story(tmp_path):
    from conftest import seed_path

    db = str(tmp_path / "inc.db")
    assert _run("analyze", str(seed_path("000")), "--db", db, "-q").exit_code == 0
    assert _run("analyze", str(seed_path("003")), "--db", db, "-q").exit_code == 0
    assert _run("analyze", str(seed_path("001")), "--db", db, "-q").exit_code == 0  # added later: no reprocessing
    out = tmp_path / "out"
    _run("export", "--db", db, str(out))
    docs = {d["source"].rsplit("/", 1)[-1][:3]: d for d in _load(out / "documents.jsonl")}
    assert docs["000"]["story_id"] == docs["001"]["story_id"] != docs["003"]["story_id"]
    events = _load(out / "events.jsonl")
    shared = [e for e in events if len(e.get("witnesses", [])) > 1]
    assert shared and all(e["independent_sources"] == 1 for e in shared)  # 001 retells the MEE report


def test_export_to_a_file_path_is_one_clear_error(tmp_path, seeded):
    f = tmp_path / "afile"
    f.write_text("x")
    r = _run("export", "--db", seeded[1], str(f))
    assert r.exit_code == 1 and "cannot write the export" in r.output


def test_every_command_and_option_is_in_the_readme():
    import click

    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")

    def walk(group, prefix):
        for name, cmd in group.commands.items():
            if isinstance(cmd, click.Group):
                yield from walk(cmd, prefix + [name])
            else:
                yield prefix + [name], cmd

    for path, cmd in walk(main, []):
        assert "marsad " + " ".join(path) in readme, path
        for p in cmd.params:
            if isinstance(p, click.Option):
                assert any(o in readme for o in p.opts if o.startswith("--")), (path, p.opts)
