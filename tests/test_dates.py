"""Time expressions: parse_date, find_times, and their word lists."""
from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad.resources as res
from marsad.errors import ResourceError
from marsad.extract.dates import find_times, load_lexicon, parse_date, split_interval
from marsad.extract.timex import lexicon as lexmod
from marsad.records import DateValue

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.exists():
    SEEDS = Path("/work/shared/seeds")

PUB = DateValue("2023-03-15", "day")  # a Wednesday
LENGTH = {"year": 4, "month": 7, "day": 10, "minute": 16}


def times(text, published=PUB, **kw):
    return [(d.text, d.value, d.precision) for d in find_times(text, published, **kw)]


def well_formed(d: DateValue) -> bool:
    """Every end of the value has the length its precision says ('..' = open)."""
    return all(v == ".." or len(v) == LENGTH[d.precision] for v in split_interval(d.value))


# --- resources -----------------------------------------------------------------

def test_resources_load_and_cover_every_month_and_weekday():
    lx = load_lexicon()
    for system in ("egyptian", "levantine", "maghrebi", "hijri"):
        rows = [r for r in res.read_tsv("months.tsv", ["calendar", "number", "system", "forms"])
                if r["system"] == system]
        assert sorted({int(r["number"]) for r in rows}) == list(range(1, 13)), system
    assert sorted(set(lx.weekdays.values())) == list(range(1, 8))
    assert lx.months["ابريل"] == ("gregorian", 4)  # إبريل and أبريل fold together
    assert lx.months["كانون الثاني"] == ("gregorian", 1)
    assert lx.months["جويليه"] == ("gregorian", 7)  # ة folded to ه
    assert lx.deictic["امس"] == ("day", -1)
    assert lx.numbers["الثمانيه"] == (8, "cardinal")
    assert "المغرب اليوم" in lx.outlets
    for f, u in lx.units.items():
        assert u in lexmod.UNITS


def test_lexicon_is_picklable():
    lx = load_lexicon()
    lx2 = pickle.loads(pickle.dumps(lx))
    assert find_times("في 5 مارس 2021", None, lexicon=lx2)[0].value == "2021-03-05"


def test_broken_resource_names_file_and_line(tmp_path, monkeypatch):
    real = res.RESOURCE_DIR
    for name in ("months.tsv", "weekdays.tsv", "time_expressions.tsv"):
        shutil.copy(real / name, tmp_path / name)
    with open(tmp_path / "time_expressions.tsv", "a", encoding="utf-8") as fh:
        fh.write("deictic\tبكرة\tsoon\tday\n")
    monkeypatch.setattr(res, "RESOURCE_DIR", tmp_path)
    with pytest.raises(ResourceError, match=r"time_expressions.tsv:\d+"):
        lexmod.load_lexicon.__wrapped__()
    shutil.copy(real / "time_expressions.tsv", tmp_path / "time_expressions.tsv")
    with open(tmp_path / "months.tsv", "a", encoding="utf-8") as fh:
        fh.write("gregorian\t2\tegyptian\tيناير\n")  # يناير cannot be February too
    monkeypatch.setattr(res, "RESOURCE_DIR", tmp_path)
    with pytest.raises(ResourceError, match=r"months.tsv:\d+"):
        lexmod.load_lexicon.__wrapped__()


# --- parse_date ------------------------------------------------------------------

@pytest.mark.parametrize("s, value, precision, text", [
    ("17 مارس 2023, 8:03:21 ص", "2023-03-17T08:03", "minute", "17 مارس 2023, 8:03:21 ص"),
    ("17 مارس 2023, 8:03:21 م", "2023-03-17T20:03", "minute", None),
    ("date 2023-03", "2023-03", "month", "2023-03"),
    ("2023-03-17", "2023-03-17", "day", None),
    ("2023/03/17", "2023-03-17", "day", None),
    ("17/03/2023", "2023-03-17", "day", None),
    ("17.3.2023", "2023-03-17", "day", None),
    ("الجمعة 17 مارس 2023", "2023-03-17", "day", "الجمعة 17 مارس 2023"),
    ("17 آذار 2023", "2023-03-17", "day", None),
    ("25 يناير/كانون الثاني 2017", "2017-01-25", "day", None),
    ("مايو/أيار 2020", "2020-05", "month", None),
    ("5 نوفمبر 2024", "2024-11-05", "day", None),
    ("2023-03-17T08:03:21+02:00", "2023-03-17T08:03", "minute", None),
    ("15 رمضان 1444 هـ", "2023-04-06", "day", None),
    ("رمضان 1444", "2023-03-23/2023-04-20", "day", None),  # a Hijri month as its exact days
    ("١٧ مارس ٢٠٢٣", "2023-03-17", "day", "١٧ مارس ٢٠٢٣"),
    ("Fri, 17 Mar 2023 08:03:21 +0000", "2023-03-17T08:03", "minute", None),
    ("vendredi 17 mars 2023", "2023-03-17", "day", None),
    ("2023", "2023", "year", None),
    ("2019-2020", "2019/2020", "year", None),
])
def test_parse_date(s, value, precision, text):
    d = parse_date(s)
    assert d is not None and (d.value, d.precision) == (value, precision)
    assert d.text in s and d.start is None and d.end is None
    if text:
        assert d.text == text


@pytest.mark.parametrize("s", ["", "   ", "لا تاريخ هنا", "Su-24", "31 فبراير 2023", "1444", "منذ 3 ساعات"])
def test_parse_date_none(s):
    assert parse_date(s) is None


# --- find_times: absolute ------------------------------------------------------

def test_month_systems():
    assert times("وقعت الحادثة في 3 فبراير 2021 في القاهرة.") == [("3 فبراير 2021", "2021-02-03", "day")]
    assert times("عقد المؤتمر في 9 شباط 2021 في بيروت.") == [("9 شباط 2021", "2021-02-09", "day")]
    assert times("غادر الوفد الجزائر في 4 فيفري 2021.") == [("4 فيفري 2021", "2021-02-04", "day")]
    assert times("وصل في 2 جويلية 2018 وغادر في أوت 2018.") == [
        ("2 جويلية 2018", "2018-07-02", "day"), ("أوت 2018", "2018-08", "month")]
    assert times("أعلن في 12 تشرين الأول 2019 عن الخطة.") == [("12 تشرين الأول 2019", "2019-10-12", "day")]
    assert times("في يونية 2014 والخامس من إبريل 2015") == [
        ("يونية 2014", "2014-06", "month"), ("الخامس من إبريل 2015", "2015-04-05", "day")]


def test_slash_pairs_are_one_expression():
    assert times("زار القاعدة في 7 تموز/يوليو 2016 مرة أخرى") == [
        ("7 تموز/يوليو 2016", "2016-07-07", "day")]
    assert times("وفي أيار/مايو 2020 أرسلت الطائرات") == [("أيار/مايو 2020", "2020-05", "month")]
    assert times("بحسب وثيقة تعود إلى نوفمبر (تشرين الثاني) 2019") == [
        ("نوفمبر (تشرين الثاني) 2019", "2019-11", "month")]
    # two different months are not a pair
    assert all(d[1] != "2019-01" for d in times("يناير/فبراير 2019"))


def test_hijri():
    assert times("وفي 15 رمضان 1444 هـ أعلن المفتي الموعد.") == [("15 رمضان 1444 هـ", "2023-04-06", "day")]
    assert times("صدر القرار في 1 محرم 1445هـ") == [("1 محرم 1445هـ", "2023-07-19", "day")]
    assert times("خلال شهر ذي الحجة 1443") == [("شهر ذي الحجة 1443", "2022-06-30/2022-07-29", "day")]


def test_years_need_a_cue_or_a_range():
    assert times("زار الرئيس القاهرة في عام 2017 ثم عاد منذ 2014.") == [
        ("عام 2017", "2017", "year"), ("2014", "2014", "year")]
    assert times("قُتل نحو 1000 مقاتل وأصيب 2500 شخص في المعارك.") == []
    assert times("أرسلت روسيا طائرات Su-24 وMiG-29 وMi-17 إلى القاعدة.") == []
    assert times("ارتفع عدد المصابين إلى 2019 حالة، وقتل 2020 شخصا") == []
    assert times("طائرات ميراج-2000 وصواريخ") == []
    assert times("حدث ذلك في 1850 تقريبا") == []  # a weak cue wants 1900-2100


def test_ranges():
    assert times("خلال حرب 2019-2020 على طرابلس") == [("2019-2020", "2019/2020", "year")]
    assert times("اندلعت الحرب بين 2019 و2020 وتواصلت") == [("بين 2019 و2020", "2019/2020", "year")]
    assert times("في عامي 2011 و2012 تضاعف الإنتاج") == [("عامي 2011 و2012", "2011/2012", "year")]
    assert times("استمرت المعارك من يناير إلى مارس 2021") == [
        ("من يناير إلى مارس 2021", "2021-01/2021-03", "month")]
    assert times("اعتبارا من 1 يناير وحتى 31 مارس 2024") == [
        ("اعتبارا من 1 يناير وحتى 31 مارس 2024", "2024-01-01/2024-03-31", "day")]
    assert times("سيعقد المؤتمر في 10-12 يونيو 2023") == [("10-12 يونيو 2023", "2023-06-10/2023-06-12", "day")]
    assert times("بين مصر و2020 علاقة") == []


def test_numeric_and_clock():
    assert times("نشر في 2023-03-17T08:03:21+02:00 على الموقع") == [
        ("2023-03-17T08:03:21+02:00", "2023-03-17T08:03", "minute")]
    assert times("ولد في 12/05/1980 في بنغازي") == [("12/05/1980", "1980-05-12", "day")]
    assert times("الأحد 5 مارس 2023 الساعة 10:30 مساءً") == [
        ("الأحد 5 مارس 2023 الساعة 10:30 مساءً", "2023-03-05T22:30", "minute")]


def test_weekday_with_its_date_is_one_expression():
    assert times("يوم الأحد الموافق 5 مارس 2023") == [("يوم الأحد الموافق 5 مارس 2023", "2023-03-05", "day")]


def test_precision_is_kept():
    assert times("في مايو 2020") == [("مايو 2020", "2020-05", "month")]
    assert times("مطلع العام الماضي") == [("مطلع العام الماضي", "2022", "year")]
    assert times("أواخر عام 2016") == [("أواخر عام 2016", "2016", "year")]
    # a month-precise publication date gives no day to "yesterday"
    month_pub = DateValue("2023-03", "month")
    assert times("قال أمس إن الشهر الماضي كان صعبا", month_pub) == [
        ("أمس", "2023", "year"), ("الشهر الماضي", "2023-02", "month")]
    assert times("اليوم /الأربعاء/", month_pub) == [("اليوم /الأربعاء/", "2023-03", "month")]
    jan_pub = DateValue("2023-01", "month")
    assert times("قال أمس", jan_pub) == [("أمس", "2022/2023", "year")]


# --- find_times: relative --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("قال الوزير أمس إن الاجتماع سيعقد غداً.", [("أمس", "2023-03-14", "day"), ("غداً", "2023-03-16", "day")]),
    ("عقد الاجتماع أول أمس في الرياض.", [("أول أمس", "2023-03-13", "day")]),
    ("أعلن الجيش اليوم السيطرة على المدينة.", [("اليوم", "2023-03-15", "day")]),
    ("صرح مساء أمس /الثلاثاء/ بأن الوضع مستقر.", [("مساء أمس /الثلاثاء/", "2023-03-14", "day")]),
    ("أكد الوزير اليوم (الأربعاء) أن", [("اليوم (الأربعاء)", "2023-03-15", "day")]),
    ("قال اليوم /الاثنين/ إن", [("اليوم /الاثنين/", "2023-03-13", "day")]),
    ("التقى نظيره الأربعاء الماضي ويلتقيه الخميس المقبل.",
     [("الأربعاء الماضي", "2023-03-08", "day"), ("الخميس المقبل", "2023-03-16", "day")]),
    ("تحدث يوم الجمعة عن الأزمة", [("يوم الجمعة", "2023-03-10", "day")]),
    ("اجتمع المجلس الأسبوع الماضي", [("الأسبوع الماضي", "2023-03-05/2023-03-11", "day")]),
    ("سيصوت البرلمان الأسبوع المقبل", [("الأسبوع المقبل", "2023-03-19/2023-03-25", "day")]),
    ("ارتفعت الأسعار الشهر الماضي وستنخفض الشهر المقبل",
     [("الشهر الماضي", "2023-02", "month"), ("الشهر المقبل", "2023-04", "month")]),
    ("منذ مطلع الشهر الجاري", [("مطلع الشهر الجاري", "2023-03", "month")]),
    ("تراجع الاقتصاد العام الماضي وينمو العام الجاري",
     [("العام الماضي", "2022", "year"), ("العام الجاري", "2023", "year")]),
    ("وقالت للعام المقبل خطط", [("للعام المقبل", "2024", "year")]),
    ("زار فرنسا في يناير الماضي وإبريل الماضي",
     [("يناير الماضي", "2023-01", "month"), ("إبريل الماضي", "2022-04", "month")]),
    ("ويزور ألمانيا في مارس المقبل", [("مارس المقبل", "2024-03", "month")]),
    ("حدث ذلك في 25 يناير/كانون الثاني الماضي", [("25 يناير/كانون الثاني الماضي", "2023-01-25", "day")]),
    ("اعتقل منذ 3 أيام وأفرج عنه قبل أسبوعين",
     [("منذ 3 أيام", "2023-03-12", "day"), ("قبل أسبوعين", "2023-03-01", "day")]),
    ("توفي قبل ثلاثة أشهر", [("قبل ثلاثة أشهر", "2022-12", "month")]),
    ("سافر مرتين خلال الثمانية أشهر الماضية", [("الثمانية أشهر الماضية", "2022-07/2023-03", "month")]),
    ("تضاعفت الهجمات في الأشهر الثمانية الماضية", [("الأشهر الثمانية الماضية", "2022-07/2023-03", "month")]),
    ("خلال الشهرين الماضيين تراجعت الليرة", [("الشهرين الماضيين", "2023-01/2023-03", "month")]),
    ("زيارة مرتقبة خلال الأيام المقبلة", [("الأيام المقبلة", "2023-03-15/..", "day")]),
    ("في السنوات الأخيرة تغير الكثير", [("السنوات الأخيرة", "../2023", "year")]),
    ("ستعقد الانتخابات في 17 مارس", [("17 مارس", "2023-03-17", "day")]),
    ("في شهر أبريل", [("شهر أبريل", "2023-04", "month")]),
])
def test_relative(text, expected):
    got = find_times(text, PUB)
    assert [(d.text, d.value, d.precision) for d in got] == expected
    assert all(d.relative for d in got)


def test_relative_needs_published():
    assert times("قال أمس إن الشهر الماضي وفي يناير الماضي واليوم", None) == []
    assert times("في 17 مارس", None) == []
    assert times("في 17 مارس 2022 وأمس", None) == [("17 مارس 2022", "2022-03-17", "day")]


def test_not_dates():
    assert times("كان ذلك آنذاك أمرا عاديا") == []
    assert times("مارس الجيش ضغوطا كبيرة على المتمردين") == []  # مارس the verb
    assert times("في اليوم التالي عاد الوفد إلى بلاده") == []
    assert times("منذ ذلك اليوم لم يعد") == []
    assert times("غدا الوضع أسوأ مما كان") == []  # غدا the verb "became"
    assert times("التقى المبعوث الوزير منذ عدة أسابيع") == []  # vague: left out
    assert times("بعد ثلاثة أيام من الهجوم") == []  # anchored to an event, not to publication
    assert times("قبل عام 2024") == [("عام 2024", "2024", "year")]
    assert times("فتح باب الترشح عند باب المغاربة") == []  # باب = ب + آب, but a door
    assert times("في الأسبوع الأخير من رمضان") == []  # the last week *of* Ramadan
    assert times("ضمن فعاليات الليلة الشعبية") == []
    assert times("وقعت الغارة الليلة الماضية") == [("الليلة الماضية", "2023-03-14", "day")]


def test_outlet_names_are_not_today():
    assert times("واشنطن - المغرب اليوم\nذكرت الصحيفة", PUB) == []
    assert times("كشف تقرير نشرته وكالة “روسيا اليوم”، عن مساع", PUB) == []
    assert times("وذكرت صحيفة المصري اليوم أن الرئيس سافر", PUB) == []
    assert times("وقال موقع مصر اليوم إن", PUB) == []
    # not listed, but quoted or the tail of a dateline: a name too
    assert times("نقلت صحيفة \"عمان اليوم\" عن مصادر", PUB) == []
    assert times("الرباط - هسبريس اليوم\nقال", PUB) == []
    assert times("هسبريس اليوم – الرباط\nقال", PUB) == []
    # a place name followed by "today" in running text is still today
    assert times("التحديات التي تواجهها واشنطن اليوم كبيرة", PUB) == [("اليوم", "2023-03-15", "day")]


# --- offsets -------------------------------------------------------------------

def test_offsets_round_trip_and_window():
    text = "مقدمة. وفي 25 يناير/كانون الثاني 2017 زار حفتر الحاملة، وقال أمس إنه سيعود غداً."
    got = find_times(text, PUB)
    assert [d.text for d in got] == ["25 يناير/كانون الثاني 2017", "أمس", "غداً"]
    for d in got:
        assert text[d.start:d.end] == d.text
    s = text.index("وقال")
    window = find_times(text, PUB, start=s, end=s + 12)
    assert [d.text for d in window] == ["أمس"]
    assert window[0].start == text.index("أمس")


def test_diacritics_and_tatweel_inside_spans():
    text = "وفي يَنَايِر المـاضي، وخلال الـ 8 أشهر الماضية"
    got = find_times(text, PUB)
    assert [(d.text, d.value) for d in got] == [
        ("يَنَايِر المـاضي", "2023-01"), ("الـ 8 أشهر الماضية", "2022-07/2023-03")]


_ALPHABET = list("ابتثجحخدذرزسشصضطظعغفقكلمنهوية ءأإآىئؤ٠١٢٣0123456789 -/.،,()\"\n\u064e\u0651\u0640")
_PIECES = ["يناير", "كانون الثاني", "/", " 2017", " 17 ", "اليوم", "أمس", "الماضي", "الأشهر", "الثمانية",
           "عام", "رمضان 1444", "هـ", "في ", "من ", "إلى ", "بين ", " و", "-", "الأربعاء", "Su-24", "المغرب اليوم"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=6)), max_size=25),
    a=st.integers(0, 400), b=st.integers(0, 400), with_pub=st.booleans(),
)
def test_spans_round_trip_within_window(parts, a, b, with_pub):
    text = "".join(parts)
    start, end = min(a, b), max(a, b)
    for d in find_times(text, PUB if with_pub else None, start=start, end=end):
        assert start <= d.start < d.end <= min(end, len(text))
        assert text[d.start:d.end] == d.text
        assert d.precision in LENGTH and well_formed(d)


# --- seeds -----------------------------------------------------------------------

def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(prefix + "_*.txt"))
    return path.read_text(encoding="utf-8")


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
def test_seed_stamps():
    stamp = next(line for line in _seed("001").splitlines() if "8:03:21" in line)
    d = parse_date(stamp)
    assert (d.value, d.precision) == ("2023-03-17T08:03", "minute")
    crawl = next(line for line in _seed("001").splitlines() if "نوفمبر" in line)
    assert parse_date(crawl).value == "2024-11-05"
    first = _seed("000").strip().splitlines()[0]
    d = parse_date(first[: first.index("date") + 12])
    assert (d.value, d.precision) == ("2023-03", "month")


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
def test_seed_003_today_wednesday():
    text = _seed("003")
    got = find_times(text, DateValue("2017-02-22", "day"))
    by_text = {d.text: d for d in got}
    assert by_text["اليوم /الأربعاء/"].value == "2017-02-22"
    assert "اليوم" not in by_text  # "المغرب اليوم" in the dateline is the outlet
    assert by_text["الثمانية أشهر الماضية"].value == "2016-06/2017-02"
    for d in got:
        assert text[d.start:d.end] == d.text


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
def test_seed_001_dates_and_guards():
    text = _seed("001")
    got = {d.text: d.value for d in find_times(text, DateValue("2023-03-17T08:03", "minute"))}
    assert got["25 يناير/كانون الثاني 2017"] == "2017-01-25"
    assert got["مايو/أيار 2020"] == "2020-05"
    assert got["2019-2020"] == "2019/2020"
    assert got["يناير/كانون الثاني الماضي"] == "2023-01"
    assert sorted(got.values()) == sorted([
        "2024-11-05", "2023-03-17T08:03", "2017-01", "2023-01", "2017", "2017-01-25", "2020-05", "2019/2020"])


def test_a_bare_weekday_is_an_adverb_of_time():
    # قال الوزير الأربعاء / أعلنت الوزارة، الثلاثاء، — the weekday before publication (Friday 24 July 2015)
    from marsad.extract.dates import find_times
    from marsad.records import DateValue

    pub = DateValue("2015-07-24T08:45", "minute", "")
    assert [d.value for d in find_times("أعلنت الوزارة، الثلاثاء، انتهاء الجولة.", pub)] == ["2015-07-21"]
    assert [d.value for d in find_times("بحث الرئيس خلال اتصال هاتفي الأربعاء الحرب.", pub)] == ["2015-07-22"]
    assert find_times("وأدى صلاة الجمعة في المسجد.", pub) == []  # Friday prayer names no day
    assert find_times("ولا خلاف بين الاثنين.", pub) == []  # "the two"
