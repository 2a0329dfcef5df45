"""Within-document resolution: titles as roles, surnames to full names, clitics off learned spans."""
from marsad.extract.gazetteer import Gazetteer
from marsad.extract.gazetteer_data import GazEntry
from marsad.records import Mention
from marsad.resolve.mentions import merge_mentions, resolve_document


def E(id, type, name_ar, aliases=(), adjectives=()):
    return GazEntry(id, type, name_ar, "", tuple(aliases), (), tuple(adjectives), "", "", (), (), "t.tsv", 1)


GAZ = Gazetteer.from_entries([
    E("TUR", "GPE", "تركيا", adjectives=("التركي",)),
    E("IRN", "GPE", "إيران", adjectives=("الإيراني",)),
    E("org:hts", "ORG", "هيئة تحرير الشام"),
    E("per:erdogan", "PER", "رجب طيب أردوغان", aliases=("أردوغان",)),
])


def ner(text, *surfaces, typ="PER"):
    out = []
    for s in surfaces:
        i = text.index(s)
        out.append(Mention(i, i + len(s), s, typ, source="ner"))
    return out


def resolve(text, learned):
    mentions = merge_mentions([GAZ.find(text), learned])
    return resolve_document(text, mentions, GAZ)


def test_title_before_name_with_nisba_is_a_role():
    text = "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تتراجع."
    ents = resolve(text, ner(text, "مولود جاويش أوغلو"))
    (p,) = [e for e in ents if e.type == "PER"]
    assert p.name_ar == "مولود جاويش أوغلو" and p.titles == ["وزير الخارجية التركي"]


def test_a_learned_span_that_swallowed_a_title_is_cut():
    text = "واستقبل العميد سهيل الحسن وفدا عسكريا."
    ents = resolve(text, ner(text, "العميد سهيل الحسن"))
    (p,) = [e for e in ents if e.type == "PER"]
    assert p.name_ar == "سهيل الحسن" and "العميد" in p.titles
    m = p.mentions[0]
    assert text[m.start:m.end] == "سهيل الحسن"


def test_title_in_apposition_after_the_name():
    text = "التقى أبو محمد الجولاني، القائد العام لهيئة تحرير الشام، بوجهاء المنطقة."
    ents = resolve(text, ner(text, "أبو محمد الجولاني"))
    (p,) = [e for e in ents if e.type == "PER"]
    assert p.titles == ["القائد العام"]


def test_a_later_surname_is_the_same_person():
    text = "قال الباحث حسن حسن إن الوضع معقد. وأضاف حسن أن الحل بعيد. ثم قال الجنرال قاسم سليماني كلمته، ورد سليماني على الأسئلة."
    ents = resolve(text, ner(text, "قاسم سليماني") + [Mention(text.rindex("سليماني"), text.rindex("سليماني") + 7, "سليماني", "PER", source="ner")])
    sul = [e for e in ents if "سليماني" in e.name_ar]
    assert len(sul) == 1 and len(sul[0].mentions) == 2 and sul[0].name_ar == "قاسم سليماني"


def test_a_person_is_never_merged_with_a_place_sharing_a_word():
    text = "زار عبد الله الأردني مدينة عبد الله في الشمال، والتقى عبد الله بالمسؤولين."
    learned = ner(text, "عبد الله الأردني") + [Mention(text.index("مدينة عبد الله") + 6, text.index("مدينة عبد الله") + 14, "عبد الله", "GPE", source="ner")]
    ents = resolve(text, learned)
    assert {e.type for e in ents} == {"PER", "GPE"}
    gpe = [e for e in ents if e.type == "GPE"]
    assert len(gpe[0].mentions) == 1


def test_clitic_cut_off_a_learned_span_and_variant_linked():
    text = "وأكد مسؤول أن وأردوجان سيزور طهران."
    ents = resolve(text, ner(text, "وأردوجان"))
    (p,) = [e for e in ents if e.type == "PER"]
    assert p.mentions[0].text == "أردوجان" and p.name_ar == "رجب طيب أردوغان"  # a spelling variant, linked


def test_gazetteer_beats_learned_on_overlap():
    text = "أعلنت هيئة تحرير الشام سيطرتها على البلدة."
    ents = resolve(text, ner(text, "هيئة تحرير", typ="ORG"))
    assert [e.name_ar for e in ents] == ["هيئة تحرير الشام"]


def _titled(text):
    from marsad.arabic.sentences import split_sentences
    from marsad.extract.titled import find_titled_persons
    from marsad.resolve.mentions import Titles, function_words

    return [(m.text, m.role) for m in find_titled_persons(text, split_sentences(text), Titles.load(), function_words(), [])]


def test_names_introduced_by_a_rank_or_a_role_in_apposition():
    assert _titled("وصرح العميد ركن تركي المالكي بأن العملية مستمرة.") == [("تركي المالكي", "العميد ركن")]
    assert _titled("وقال العقيد أحمد العسيري إن القوات تقدمت.") == [("أحمد العسيري", "العقيد")]
    assert _titled("وأوضح العقيد سامر حداد أن الهجوم صُد.") == [("سامر حداد", "العقيد")]
    assert _titled("ورأى كريم بيطار، الباحث في معهد العلاقات الدولية، أن الأزمة طويلة.") == [("كريم بيطار", "الباحث")]
    assert _titled("وقالت الوزارة، المتحدث باسم الحكومة غائب.") == []  # "وقالت الوزارة" is no name


def test_team_and_place_readings_are_not_names():
    assert _titled("وقال مدرب الفريق حسن شحاتة إن المباراة صعبة.") == []
    assert _titled("وقعت اشتباكات في الشيخ زويد ورفح أمس.") == []
