"""Every resource file loads through its loader, and every file has a header line.

A new TSV under marsad/resources/ must be added to LOADERS below: a resource that no
test loads is a resource whose mistakes reach users.
"""
import csv

import pytest

from marsad.errors import ResourceError
from marsad.resources import RESOURCE_DIR, read_tsv


def _load_clean():
    from marsad.ingest.clean import CleanRules

    CleanRules.load.cache_clear()
    r = CleanRules.load()
    assert r.drop and r.cut and r.meta


def _load_titles():
    from marsad.resolve.mentions import Titles

    assert len(Titles.load().forms) > 50


def _load_stem_initials():
    from marsad.resolve.mentions import stem_initials

    stem_initials.cache_clear()
    assert "وزاره" in stem_initials() and "لجنه" in stem_initials()


def _load_word_lists():
    from marsad.extract.wordlists import LISTS, word_list, word_lists

    word_lists.cache_clear()
    assert all(word_list(name) for name in LISTS)
    assert "قامت" in word_list("light_perfect") and "الذي" in word_list("relative")


def _load_function_words():
    from marsad.resolve.mentions import function_words

    assert "فإن" in function_words() or "فان" in function_words()


def _load_abbrev():
    from marsad.arabic.sentences import abbreviations

    assert "د" in abbreviations()


def _load_gazetteer():
    from marsad.extract.gazetteer import Gazetteer

    g = Gazetteer.load()
    assert len(g.entries) > 1000


def _load_events():
    from marsad.extract.events import EventLexicon

    EventLexicon.load()


def _load_times():
    from marsad.extract.dates import load_lexicon

    load_lexicon()


def _load_ner():
    from marsad.ner.tagger import NerTagger

    NerTagger.load()


def _load_stories():
    import marsad.resolve.stories as st

    loader = getattr(st, "load_thresholds", None) or getattr(st, "Thresholds", None)
    assert loader is not None


LOADERS = {
    "abbreviations.tsv": _load_abbrev,
    "boilerplate.tsv": _load_clean,
    "metadata_patterns.tsv": _load_clean,
    "titles.tsv": _load_titles,
    "function_words.tsv": _load_function_words,
    "stem_initials.tsv": _load_stem_initials,
    "word_lists.tsv": _load_word_lists,
    "gazetteer/": _load_gazetteer,
    "attribution.tsv": _load_events,
    "generic_actors.tsv": _load_events,
    "modality.tsv": _load_events,
    "plover.tsv": _load_events,
    "triggers.tsv": _load_events,
    "gender.tsv": _load_events,
    "months.tsv": _load_times,
    "weekdays.tsv": _load_times,
    "time_expressions.tsv": _load_times,
    "models/": _load_ner,
    "story_citation_cues.tsv": _load_stories,
    "story_thresholds.tsv": _load_stories,
}

ALL_TSV = sorted(p.relative_to(RESOURCE_DIR).as_posix() for p in RESOURCE_DIR.rglob("*.tsv"))


def _loader_for(rel: str):
    for key, fn in LOADERS.items():
        if rel == key or (key.endswith("/") and rel.startswith(key)):
            return fn
    return None


@pytest.mark.parametrize("rel", ALL_TSV)
def test_every_resource_has_a_loader_and_loads(rel):
    fn = _loader_for(rel)
    assert fn is not None, f"{rel}: no loader registered in tests/test_resources.py"
    fn()


@pytest.mark.parametrize("rel", ALL_TSV)
def test_every_resource_starts_with_a_header(rel):
    with open(RESOURCE_DIR / rel, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                header = next(csv.reader([line.rstrip("\n")], delimiter="\t"))
                assert all(h and h == h.strip() and " " not in h for h in header), (rel, header)
                break
        else:
            pytest.fail(f"{rel}: no header line")


def test_loader_names_file_and_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("# comment\nform\tkind\nالمشير\trank\nextra\tcells\tthree\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad.tsv:4: 3 cells"):
        list(read_tsv("bad.tsv", ["form", "kind"], path=p))
    q = tmp_path / "nohead.tsv"
    q.write_text("kind\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="lacks column"):
        list(read_tsv("nohead.tsv", ["form", "kind"], path=q))
    r = tmp_path / "empty.tsv"
    r.write_text("form\tkind\n\tx\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="empty required column 'form'"):
        list(read_tsv("empty.tsv", ["form", "kind"], path=r))


def test_a_bad_boilerplate_pattern_is_refused(tmp_path, monkeypatch):
    import marsad.ingest.clean as clean
    import marsad.resources as res

    bad = tmp_path / "res"
    bad.mkdir()
    for name in ("boilerplate.tsv", "metadata_patterns.tsv"):
        (bad / name).write_text((RESOURCE_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    with open(bad / "boilerplate.tsv", "a", encoding="utf-8") as fh:
        fh.write("drop_line\t^(unclosed\tbroken\n")
    monkeypatch.setattr(res, "RESOURCE_DIR", bad)
    clean.CleanRules.load.cache_clear()
    try:
        with pytest.raises(ResourceError, match="boilerplate.tsv:.*bad regular expression"):
            clean.CleanRules.load()
    finally:
        clean.CleanRules.load.cache_clear()


def test_word_lists_refuse_an_unknown_list(tmp_path, monkeypatch):
    from marsad.extract import wordlists

    bad = tmp_path / "word_lists.tsv"
    bad.write_text("list\tform\tnote\nno_such_list\tقد\t\n", encoding="utf-8")
    monkeypatch.setattr(wordlists, "read_tsv", lambda name, req, opt: read_tsv(name, req, opt, path=bad))
    wordlists.word_lists.cache_clear()
    with pytest.raises(ResourceError):
        wordlists.word_lists()
    wordlists.word_lists.cache_clear()
