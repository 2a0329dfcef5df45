"""The gazetteer files load, validate, meet their size targets, and say the right things."""
from __future__ import annotations

import importlib.util
import pickle
from pathlib import Path

import pytest

from marsad.arabic.normalize import norm_key
from marsad.errors import ResourceError
from marsad.extract import gazetteer_data as g

ROOT = Path(__file__).resolve().parent.parent
HEADER = "\t".join(g.COLUMNS)


@pytest.fixture(scope="module")
def entries():
    return g.load_entries()


@pytest.fixture(scope="module")
def by_id(entries):
    return {e.id: e for e in entries}


@pytest.fixture(scope="module")
def index(entries):
    return g.surface_index(entries, g.load_ambiguous())


def test_every_file_loads_with_exact_header():
    for name in g.GAZ_FILES:
        lines = [l for l in (g.GAZ_DIR / name).read_text(encoding="utf-8").splitlines()
                 if l.strip() and not l.startswith("#")]
        assert lines[0] == HEADER, name


@pytest.mark.parametrize("name,minimum", [
    ("states.tsv", 195), ("people.tsv", 250), ("organisations.tsv", 150),
    ("media.tsv", 100), ("places.tsv", 200), ("weapons.tsv", 60),
])
def test_counts(entries, name, minimum):
    assert sum(1 for e in entries if e.file == name) >= minimum


def test_side_files_load():
    amb = g.load_ambiguous()
    assert amb[norm_key("طرابلس")][0] == "place:tripoli_ly"
    stop = g.load_stoplist()
    for w in ("ذكر", "أمل", "عمل", "سلام", "عادل", "القاعدة", "مالي"):
        assert norm_key(w) in stop


def test_entries_pickle(entries):
    assert pickle.loads(pickle.dumps(entries[:5])) == entries[:5]


def test_russia(by_id, index):
    rus = by_id["RUS"]
    assert rus.type == "GPE" and rus.qid == "Q159" and rus.name_ar == "روسيا"
    assert "موسكو" in rus.metonyms and "الكرملين" in rus.metonyms and "الكريملين" in rus.metonyms
    for adj in ("الروسية", "الروسي", "الروس", "روسيين", "الروسيين"):
        assert adj in rus.adjectives
    assert index[norm_key("روسيا الاتحادية")] == (("RUS", "name"),)
    assert index[norm_key("الكريملين")] == (("RUS", "metonym"),)


def test_states_overlay_and_rules(by_id, index):
    assert by_id["USA"].metonyms[:2] == ("واشنطن", "البيت الأبيض")
    for adj in ("الأمريكية", "الأميركي", "الأمريكيين", "الأمريكان"):
        assert adj in by_id["USA"].adjectives
    assert "القاهرة" in by_id["EGY"].metonyms
    assert {"المصريين", "المصرية", "مصري"} <= set(by_id["EGY"].adjectives)
    assert "بريطانيا" in by_id["GBR"].names() and "لندن" in by_id["GBR"].metonyms
    assert "الأتراك" in by_id["TUR"].adjectives
    # agreeing multi-word nisba: both words inflect
    assert "الكورية الشمالية" in by_id["PRK"].adjectives
    # noun + nisba compound: only the last word inflects
    assert "الجنوب أفريقية" in by_id["ZAF"].adjectives
    # diacritics from iso-codes are stripped
    assert all("\u0651" not in n for e in by_id.values() if e.file == "states.tsv" for n in e.names())
    # Libya's capital is a place of its own, not a metonym (two rival governments)
    assert by_id["LBY"].metonyms == ()
    assert [i for i, _ in index[norm_key("طرابلس")]] == ["place:tripoli_ly", "place:tripoli_lb"]
    assert [i for i, _ in index[norm_key("عمان")]] == ["OMN", "JOR"]


def test_people_spot_checks(by_id, index):
    shoigu = by_id["per:sergei_shoigu"]
    assert shoigu.country == "RUS" and "شويجو" in shoigu.aliases and "شويقو" in shoigu.aliases
    haftar = by_id["per:khalifa_haftar"]
    assert haftar.country == "LBY" and "المشير" in haftar.titles and "اللواء المتقاعد" in haftar.titles
    assert index[norm_key("فلادمير بوتين")] == (("per:vladimir_putin", "name"),)
    assert index[norm_key("بوتن")][0][0] == "per:vladimir_putin"
    assert index[norm_key("ترمب")][0][0] == "per:donald_trump"
    assert by_id["per:vladimir_putin"].qid == "Q7747"
    # risky bare given names are not aliases
    for bare in ("عباس", "صالح", "علي", "بشار"):
        assert norm_key(bare) not in index


def test_orgs_media_weapons(by_id, index):
    assert index[norm_key("فاجنر")][0][0] == "org:wagner"
    assert by_id["org:wagner"].country == "RUS"
    assert by_id["org:hezbollah"].country == "LBN"
    assert by_id["org:lna"].country == "LBY"
    assert index[norm_key("قسد")][0][0] == "org:sdf"
    assert index[norm_key("وكالة المخابرات المركزية الأمريكية")][0][0] == "org:cia"
    assert by_id["org:un"].country == ""
    assert by_id["wpn:mig29"].type == "WEAPON"
    for form in ("MiG-29", "ميغ 29", "ميج 29", "ميغ-29"):
        assert index[norm_key(form)][0][0] == "wpn:mig29", form
    assert index[norm_key("Mi-17")][0][0] == "wpn:mi17"
    assert index[norm_key("بانتسير")][0][0] == "wpn:pantsir"
    assert index[norm_key("ميدل إيست آي")][0][0] == "media:middle_east_eye"
    assert index[norm_key("الخليج الجديد")][0][0] == "media:alkhaleej_aljadeed"
    # the region keeps the bare name; the newspaper needs صحيفة/جريدة
    assert index[norm_key("الشرق الأوسط")] == (("loc:middle_east", "name"),)
    assert index[norm_key("صحيفة الشرق الأوسط")][0][0] == "media:aawsat"


def test_saudinewsnet_outlets_have_ids(by_id):
    for src in ("alriyadh", "aljazirah", "alyaum", "aleqtisadiya", "aawsat", "okaz", "alwatan",
                "almadina", "alweeam", "3alyoum", "sabq", "was", "arreyadi", "arriyadiyah"):
        assert by_id[f"media:{src}"].type == "MEDIA"


def test_countries_are_states_and_surface_forms_clean(entries, by_id):
    states = {e.id for e in entries if e.file == "states.tsv"}
    for e in entries:
        assert not e.country or e.country in states
        for f, _ in e.surface_forms():
            assert f == f.strip() and "\t" not in f and f


def _write(tmp_path: Path, rows: list[str], name="people.tsv") -> Path:
    p = tmp_path / name
    p.write_text("# test\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return p


def test_bad_type_names_file_and_line(tmp_path):
    p = _write(tmp_path, ["per:x\tPER\tس\tX", "per:y\tPERSON\tص\tY"])
    with pytest.raises(ResourceError, match=r"people\.tsv:4: bad type 'PERSON'"):
        g.load_entries([p], ambiguous={}, stoplist={})


def test_duplicate_id_names_both_lines(tmp_path):
    a = _write(tmp_path, ["org:x\tORG\tس\tX"], "organisations.tsv")
    b = _write(tmp_path, ["per:z\tPER\tع\tZ", "org:x\tORG\tص\tY"], "people.tsv")
    with pytest.raises(ResourceError, match=r"people\.tsv:4: duplicate id 'org:x' \(first at organisations\.tsv:3\)"):
        g.load_entries([a, b], ambiguous={}, stoplist={})


@pytest.mark.parametrize("row,message", [
    ("per:x\tPER\tس\tX\t\t\t\tQ12x", "bad qid"),
    ("per:x\tPER\tس\tX\t\t\t\t\tXXX", "country 'XXX'"),
    ("per:x\tPER\tس\tX\t\tموسكو", "only allowed on GPE"),
    ("per:x\tPER\tس\tX\t\t\t\t\t\tFOO", "unknown sector"),
    ("Per X\tPER\tس\tX", "bad id"),
    ("per:x\tPER\tس\tX\tعمل", "is in stoplist"),
])
def test_row_checks(tmp_path, row, message):
    p = _write(tmp_path, [row])
    with pytest.raises(ResourceError, match=r"people\.tsv:3: .*" + message):
        g.load_entries([p], ambiguous={}, stoplist={norm_key("عمل"): "work"})


def test_shared_name_needs_allowance(tmp_path):
    rows = ["per:a\tPER\tأحمد ألف\tA\tالألفي", "per:b\tPER\tباء\tB\tالالفى"]
    p = _write(tmp_path, rows)
    with pytest.raises(ResourceError, match=r"people\.tsv:4: name 'الالفى' also belongs to per:a"):
        g.load_entries([p], ambiguous={}, stoplist={})
    got = g.load_entries([p], ambiguous={norm_key("الألفي"): ("per:a", "per:b")}, stoplist={})
    assert [e.id for e in got] == ["per:a", "per:b"]


def test_missing_column_in_header(tmp_path):
    p = tmp_path / "weapons.tsv"
    p.write_text("id\ttype\tname_ar\tname_en\n" "wpn:x\tWEAPON\tس\tX\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"weapons\.tsv:2: header lacks"):
        g.load_entries([p], ambiguous={}, stoplist={})


def test_states_file_is_what_the_builder_makes():
    # pycountry is a build-time dependency only; the output also depends on the
    # CLDR (Babel) and iso-codes (pycountry) versions it was built with.
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--check"]) == 0, "states.tsv is stale: run tools/build_gazetteer.py"
    assert mod.nisba_forms("روسي")[:4] == ["روسي", "الروسي", "روسية", "الروسية"]
