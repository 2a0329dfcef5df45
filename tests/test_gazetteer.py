"""Gazetteer matching: clitics, hamza/ya/ta forms, metonyms, nisba forms, transliteration variants."""
import pytest
from marsad.extract.gazetteer import Gazetteer
from marsad.extract.gazetteer_data import GazEntry
from marsad.arabic.normalize import norm


def E(id, type, name_ar, name_en="", aliases=(), metonyms=(), adjectives=(), country=""):
    return GazEntry(id, type, name_ar, name_en, tuple(aliases), tuple(metonyms), tuple(adjectives), "", country,
                    (), (), "test.tsv", 1)


ENTRIES = [
    E("RUS", "GPE", "روسيا", "Russia", metonyms=("موسكو", "الكرملين"), adjectives=("الروسي", "الروسية", "الروس")),
    E("EGY", "GPE", "مصر", "Egypt", metonyms=("القاهرة",), adjectives=("المصري", "المصرية")),
    E("per:vladimir_putin", "PER", "فلاديمير بوتين", "Vladimir Putin", aliases=("بوتين",), country="RUS"),
    E("per:abdel_fattah_el_sisi", "PER", "عبد الفتاح السيسي", "Abdel Fattah el-Sisi", aliases=("السيسي",), country="EGY"),
    E("org:wagner", "ORG", "فاغنر", "Wagner Group", aliases=("مجموعة فاغنر",), country="RUS"),
    E("per:sergei_shoigu", "PER", "سيرغي شويغو", "Sergei Shoigu", aliases=("شويغو",), country="RUS"),
    E("wpn:mig_29", "WEAPON", "ميغ 29", "MiG-29", aliases=("MiG-29",), country="RUS"),
    E("org:un", "ORG", "الأمم المتحدة", "United Nations"),
    E("per:amal", "PER", "أمل كلوني", "Amal Clooney", aliases=("أمل",)),
]
GAZ = Gazetteer.from_entries(ENTRIES, stoplist=["أمل"])


def found(text):
    return [(m.text, m.key, m.source) for m in GAZ.find(text)]


def test_clitics_before_names():
    got = found("وصل الوفد لموسكو ثم عاد وبالكرملين اجتماع، وقال لبوتين وللقاهرة ولروسيا")
    assert ("موسكو", "RUS", "metonym") in got
    assert ("الكرملين", "RUS", "metonym") in got
    assert ("بوتين", "per:vladimir_putin", "gazetteer") in got
    assert ("قاهرة", "EGY", "metonym") in got  # للقاهرة: ل + (ا)ل, the alef of the article dropped
    assert ("روسيا", "RUS", "gazetteer") in got


def test_no_match_inside_another_word():
    assert found("مصرف مصريون روسياتنا تمصر") == []
    assert found("الروسيا") == []  # ال is not a proclitic before a name that has none


def test_spelling_variants_are_folded():
    got = found("الرئيس المصرى عبدالفتاح السيسى في القاهره")
    assert ("المصرى", "EGY", "adjective") in got
    assert ("عبدالفتاح السيسى", "per:abdel_fattah_el_sisi", "gazetteer") in got  # joined عبد + diacritic-free ى
    assert ("القاهره", "EGY", "metonym") in got


def test_latin_weapons_inside_arabic():
    got = found("طائرات MiG-29 وطائرات ميغ 29 الروسية")
    assert ("MiG-29", "wpn:mig_29", "gazetteer") in got and ("ميغ 29", "wpn:mig_29", "gazetteer") in got


def test_longest_match_wins():
    got = found("مرتزقة مجموعة فاغنر في ليبيا")
    assert got[0] == ("مجموعة فاغنر", "org:wagner", "gazetteer")


def test_stoplist_forms_are_not_tagged_alone():
    assert found("يحدوني أمل كبير") == []
    assert found("قالت أمل كلوني") == [("أمل كلوني", "per:amal", "gazetteer")]


def test_transliteration_variants_match_fuzzily():
    got = found("التقى فلادمير بوتن مع وزير الدفاع سيرجي شويجو ومرتزقة مجموعة فاجنر")
    keys = [k for _, k, _ in got]
    assert keys == ["per:vladimir_putin", "per:sergei_shoigu", "org:wagner"]
    # a single word is a variant only with other evidence (a learned mention): link() gives it
    assert GAZ.link("بوتن") == "per:vladimir_putin" and GAZ.link("لبوتن") == "per:vladimir_putin"
    assert GAZ.link("فاجنر") == "org:wagner" and GAZ.link("شويجو") == "per:sergei_shoigu"
    assert GAZ.link("بوتان") == "" and found("وقود البوتان") == []


def test_offsets_round_trip():
    text = "قال وزيرُ الدفاعِ الرُّوسيُّ إنّ موسكـو تدعم القاهرة"
    for m in GAZ.find(text):
        assert text[m.start:m.end] == m.text


# Variant pairs seen in Arabic press (not from the seeds) and pairs of different names that
# look alike. The threshold must accept the first and reject the second (measured here).
VARIANTS = [("بوتين", "بوتن"), ("فاغنر", "فاجنر"), ("الكرملين", "الكريملين"), ("فلاديمير", "فلادمير"),
            ("شويغو", "شويجو"), ("لافروف", "لافروڤ"), ("نتنياهو", "نتانياهو"), ("زيلينسكي", "زيلنسكي"),
            ("بريغوجين", "بريجوجين"), ("ماكرون", "ماكرن"), ("ميدفيديف", "ميدفيدف"), ("بلينكن", "بلنكن"),
            ("غوتيريش", "جوتيريش"), ("أردوغان", "أردوجان"), ("جونسون", "جونسن"), ("ستولتنبرغ", "ستولتنبرج")]
DIFFERENT = [("بوتين", "بوتان"), ("فاغنر", "فاغنرز"), ("ترامب", "ترابي"), ("لافروف", "لافرو"), ("حفتر", "حفار"),
             ("السيسي", "السياسي"), ("عباس", "عباسي"), ("كيري", "كيرا"), ("بايدن", "بادين"), ("روسيا", "روسي")]


def _accepts(a, b):
    from marsad.extract.gazetteer import variant_of
    return variant_of(norm(a), norm(b))




def test_fuzzy_threshold_separates_variants_from_different_names():
    recall = sum(_accepts(a, b) for a, b in VARIANTS) / len(VARIANTS)
    false_pos = sum(_accepts(a, b) for a, b in DIFFERENT) / len(DIFFERENT)
    assert recall >= 0.8, recall
    assert false_pos <= 0.1, false_pos



# Paragraphs written for this test that name no actor, full of words that are also names
# (مصر "insisting", المغرب "sunset", حماس "enthusiasm", أمل "hope", عادل "just", بدر "full moon").
NO_ACTORS = [
    "استيقظ الطفل مبكرا وتناول فطوره ثم خرج إلى المدرسة مع أخيه الأكبر، وكان الجو باردا والسماء ملبدة بالغيوم.",
    "يبدو أن الحماس الذي أبداه اللاعبون في التدريبات سينعكس على أدائهم في المباراة المقبلة، كما قال المدرب بعد صلاة المغرب.",
    "ظل الرجل مصرا على موقفه رغم كل المحاولات، وقال إن الأمل لا يزال قائما في إيجاد حل عادل يرضي جميع الأطراف.",
    "تحتوي الوصفة على كوب من الدقيق وملعقة من السكر وقليل من الزيت، وتخبز في الفرن لمدة نصف ساعة على حرارة متوسطة.",
    "أكد الطبيب أن ممارسة الرياضة بانتظام تساعد على تحسين المزاج وتقليل التوتر، ونصح بالمشي يوميا لمدة ثلاثين دقيقة.",
    "انتشرت رائحة الياسمين في الحديقة، وجلست الجدة تحكي لأحفادها قصة النصر الذي حققه البطل في الحكاية القديمة.",
    "سافر الشاب إلى الشمال بحثا عن عمل، وبعد شهور من الجهد وجد وظيفة في مصنع صغير يعمل فيه بجد وإخلاص.",
    "كانت ليلة هادئة، والقمر بدر في كبد السماء، وصوت الأمواج يصل من بعيد إلى الشرفة حيث جلس الأصدقاء يتسامرون.",
    "استقبل الجمهور الفرقة بحماس كبير، وظل مصرا على البقاء حتى نهاية الحفل رغم البرد وتأخر الوقت.",
]


def test_false_positives_on_paragraphs_without_actors():
    g = Gazetteer.load()
    found = [(m.text, m.key) for p in NO_ACTORS for m in g.find(p)]
    assert found == []


def test_ambiguous_form_is_read_by_the_other_actors_of_the_document():
    # التحالف: the Arab coalition beside the Houthis, the anti-ISIS coalition beside ISIS, nothing alone
    from marsad.extract.gazetteer import Gazetteer as G

    g = G.load()

    def keys(text):
        return [m.key for m in g.find(text) if m.text.endswith("التحالف")]

    assert keys("وشنت طائرات التحالف غارات على مواقع ميليشيات الحوثي.") == ["org:arab_coalition"]
    assert keys("وشنت طائرات التحالف غارات على مواقع تنظيم داعش في الموصل.") == ["org:intl_coalition"]
    assert keys("وقال التحالف إن الاجتماع سيعقد غدا.") == []


def test_ambiguous_context_names_its_readings(tmp_path):
    from marsad.errors import ResourceError
    from marsad.extract.gazetteer_data import load_ambiguous_context

    p = tmp_path / "ambiguous.tsv"
    p.write_text("form\tids\tnote\tcontext\tfallback\nعمان\tOMN|JOR\t\tSYR=IRQ\t\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        load_ambiguous_context(p)
    p.write_text("form\tids\tnote\tcontext\tfallback\nعمان\tOMN|JOR\t\tJOR=PSE|SYR\tmaybe\n", encoding="utf-8")
    with pytest.raises(ResourceError):
        load_ambiguous_context(p)
