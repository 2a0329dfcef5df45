"""The event resources load, validate, and every trigger row fires on its own form."""
import pytest

from marsad.arabic.tokens import tokenize
from marsad.extract.events import EventLexicon, _pick_triggers
from marsad.extract.triggers import inflect_imperfect, inflect_noun, inflect_verb

LEX = EventLexicon.load()
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_plover_has_the_sixteen_types():
    assert set(LEX.plover) == PLOVER_TYPES


def test_trigger_rows_are_valid():
    assert len(LEX.triggers) >= 250
    for r in LEX.triggers:
        assert r["type"] in PLOVER_TYPES | {"RECEIVE"}, r["_where"]
        assert r["pos"] in ("v", "n", "a", "x"), r["_where"]
        if r["type"] in PLOVER_TYPES:
            modes = LEX.plover[r["type"]]["modes"].split("|")
            assert not r.get("mode") or r["mode"] in modes, r["_where"]
            assert r["cameo"].isdigit(), r["_where"]
        if r["pos"] == "v":
            assert r.get("impf"), r["_where"]


def test_an_unknown_trigger_flag_is_refused(monkeypatch):
    import marsad.extract.events as ev

    real = ev.load_rows

    def with_bad_flag(name, required, optional):
        rows = real(name, required, optional)
        if name == "triggers.tsv":
            rows[0] = {**rows[0], "flags": "verbl"}
        return rows
    monkeypatch.setattr(ev, "load_rows", with_bad_flag)
    with pytest.raises(ValueError, match="unknown flag 'verbl'"):
        ev.EventLexicon.load()
    assert {r.get("flags") or "" for r in LEX.triggers} <= ev.TRIGGER_FLAGS


def test_modality_and_attribution_rows():
    assert {r["modality"] for r in LEX.modality} == {"negated", "denied", "hedged", "planned", "requested"}
    assert {r["scope"] for r in LEX.modality} <= {"before", "after", "both", "prefix"}
    assert {r["kind"] for r in LEX.attribution} <= {"say", "adv", "according", "cite", "report", "anaphor", "quote"}


def test_generic_lexicon_sectors():
    assert {"UAF", "CVL", "MIL", "GOV", "COP", "REB", "ELI", "DIP", "SRC", "PRO"} <= set(LEX.generic.names)


def test_inflection():
    assert {"طلب", "طلبت", "طلبوا"} <= inflect_verb("طلب", "يطلب")
    assert {"يطلب", "تطلب", "نطلب", "يطلبون"} <= inflect_imperfect("يطلب")
    assert {"زياره", "زيارات"} <= inflect_noun("زيارة")
    assert {"التقي", "التقت", "التقوا"} <= inflect_verb("التقى")


def _probe(r, form):
    obj = r["obj"].split("|")[0] if r.get("obj") else ""
    if obj == "WEAPON":
        obj = "سلاح"
    lead = "بعد " if r["pos"] in ("n", "a") else ""
    return f"{lead}{form} {obj}".strip()


ROWS = [r for r in LEX.triggers if r["type"] != "RECEIVE"]


def test_a_perfect_only_row_does_not_fire_on_its_imperfect():
    assert ("سيطر", "ASSAULT") in [(w, t) for w, t in _types("سيطر التنظيم على المدينة")]
    assert not any(t == "ASSAULT" for _, t in _types("المناطق التي يسيطر عليها التنظيم"))


def _types(text):
    toks = tokenize(text)
    return [(toks[t.ti].text, t.row["type"]) for t in _pick_triggers(toks, LEX, [])]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['_where']}:{r['form']}" for r in ROWS])
def test_every_trigger_row_fires(row):
    forms = [row["form"]] + ([row["impf"]] if row.get("impf") and "perfect" not in row.get("flags", "") else [])
    for form in forms:
        text = _probe(row, form)
        trigs = _pick_triggers(tokenize(text), LEX, [])
        assert any(t.row["type"] == row["type"] for t in trigs), (text, [t.row["_where"] for t in trigs])


def test_gender_resource():
    from marsad.resources import read_tsv

    rows = list(read_tsv("gender.tsv", ["form", "gender"], ["note"]))
    assert rows and all(r["gender"] in ("m", "f") for r in rows)
    assert "كرملين" in LEX.masculine and "العراق" in LEX.masculine


def test_generic_actor_rows():
    for rows in LEX.generic.heads.values():
        for _, r in rows:
            assert r.get("agree", "") in ("", "m", "f", "p"), r["_where"]
            assert r["sector"] == "STATE" or r["sector"].isalpha(), r["_where"]
