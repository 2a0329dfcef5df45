"""Round-6 rules: general constructions of fresh news text (own sentences)."""
from events_helpers import run, triples
from marsad.extract.events import EventLexicon
from marsad.resources import read_tsv

LEX = EventLexicon.load()
EXTRA = {
    "الأردن": ("JOR", "GPE", "gazetteer", "JOR"),
    "الأردني": ("JOR", "GPE", "adjective", "JOR"),
    "إيران": ("IRN", "GPE", "gazetteer", "IRN"),
    "سوريا": ("SYR", "GPE", "gazetteer", "SYR"),
    "الإسرائيلي": ("ISR", "GPE", "adjective", "ISR"),
    "إسرائيل": ("ISR", "GPE", "gazetteer", "ISR"),
    "إقليم كردستان": ("place_krd", "GPE", "gazetteer", "place:kurdistan"),
    "الأمم المتحدة": ("org_un", "ORG", "gazetteer", "org:un"),
    "بشر الخصاونة": ("per_khasawneh", "PER", "gazetteer", "per:bisher_khasawneh"),
    "مسرور بارزاني": ("per_barzani", "PER", "gazetteer", "per:masrour_barzani"),
    "أنطونيو غوتيريش": ("per_guterres", "PER", "gazetteer", "per:antonio_guterres"),
}


def ev(text):
    return triples(run(text, LEX, extra=EXTRA)[0])


def _pair(got, typ, a, b):
    return (typ, a, b, "asserted") in got or (typ, b, a, "asserted") in got


def test_agreement_after_two_titled_subjects_and_a_weekday():
    # title + nisba + name و title + region + name، weekday، then the object: the window counts each
    # name as one word and the weekday as none; the second person's unknown title joins him with و
    got = ev("وقع رئيس الوزراء الأردني بشر الخصاونة ورئيس حكومة إقليم كردستان مسرور بارزاني، مساء الأحد، "
             "اتفاقية للربط الكهربائي.")
    assert _pair(got, "AGREE", "per_khasawneh", "per_barzani")
    assert not any("place_krd" in (t[1], t[2]) for t in got)


def test_title_with_organisation_before_a_name_is_the_person():
    # الأمين العام للأمم المتحدة X: the UN inside the title is no target; X is the subject
    got = ev("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل إلى وقف العمليات.")
    assert ("REQUEST", "per_guterres", "ISR", "asserted") in got
    assert not any(t[2] == "org_un" for t in got)


def test_welcome_of_a_deal_then_both_sides_are_the_deal_parties():
    # ورحبت X بالاتفاق، ودعت الطرفين: the sides are the deal's parties, not the last pair named
    got = ev("وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة. وكانت تركيا قد فرضت عقوبات على سوريا. "
             "ورحبت فرنسا بالاتفاق، ودعت الطرفين إلى تنفيذه سريعا.")
    assert ("SUPPORT", "FRA", "EGY", "asserted") in got and ("REQUEST", "FRA", "JOR", "asserted") in got
    assert ("REQUEST", "FRA", "SYR", "asserted") not in got and ("REQUEST", "FRA", "TUR", "asserted") not in got


def test_pluperfect_stop_of_a_flow_with_nisba_target():
    # وكان X قد + perfect; أوقف تدفق/واردات + noun + nisba: the nisba's state is hit
    got = ev("وكانت مصر قد أوقفت واردات الغاز الإسرائيلي بعد اندلاع الحرب.")
    assert ("SANCTION", "EGY", "ISR", "asserted") in got


def test_background_attack_noun_does_not_replace_the_attacker():
    # شنت X غارات …، ردا على هجمات Y: a later الهجوم is X's
    got = ev("شنت روسيا غارات على مواقع تابعة لتركيا، ردا على هجمات قطر على قاعدة روسية. وأدانت فرنسا الهجوم.")
    assert ("ACCUSE", "FRA", "RUS", "asserted") in got
    assert ("ACCUSE", "FRA", "QAT", "asserted") not in got


def test_round6_word_lists_load():
    rows = read_tsv("generic_actors.tsv", ["head", "forms", "sector", "country"],
                    ["canonical", "name_en", "follow", "note", "not_after", "agree"])
    sectors = {r["head"]: r["sector"] for r in rows}
    assert sectors["السفارة"] == "DIP"
    assert sectors["الثلاثاء"] == "_adverb" and sectors["رئيس"] == "_titlehead"
    assert {"adverb", "titlehead"} <= set(LEX.units.words)


def test_embassy_with_nisba_is_a_diplomatic_actor():
    from marsad.arabic.sentences import split_sentences
    from marsad.extract.actors import find_generic_actors
    from marsad.records import Mention

    text = "ورحبت السفارة الفرنسية في القاهرة بالقرار."
    a = text.index("الفرنسية")
    nis = Mention(a, a + len("الفرنسية"), "الفرنسية", "GPE", key="FRA", source="adjective")
    got = find_generic_actors(text, split_sentences(text), [nis], LEX)
    assert any(text[m.start:m.end].startswith("السفارة") and "DIP" in (m.key or "") for m in got)
