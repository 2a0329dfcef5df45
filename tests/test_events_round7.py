"""Round-7 rules: constructions of real news text (own sentences, one per phenomenon)."""
import pytest
from events_helpers import run, trigger_types, triples
from marsad.arabic.tokens import tokenize
from marsad.extract.arguments import bounds
from marsad.extract.events import EventLexicon

LEX = EventLexicon.load()
EXTRA = {
    "إسرائيل": ("ISR", "GPE", "gazetteer", "ISR"),
    "الإسرائيلية": ("ISR", "GPE", "adjective", "ISR"),
    "المصرية": ("EGY", "GPE", "adjective", "EGY"),
    "الإثيوبية": ("ETH", "GPE", "adjective", "ETH"),
    "اللبنانية": ("LBN", "GPE", "adjective", "LBN"),
    "التركية": ("TUR", "GPE", "adjective", "TUR"),
    "التركي": ("TUR", "GPE", "adjective", "TUR"),
    "الفرنسي": ("FRA", "GPE", "adjective", "FRA"),
    "حزب الله": ("org_hzb", "ORG", "gazetteer", "org:hezbollah"),
    "حركة حماس": ("org_hamas", "ORG", "gazetteer", "org:hamas"),
    "داعش": ("org_isis", "ORG", "gazetteer", "org:isis"),
    "مجلس الأمن": ("org_unsc", "ORG", "gazetteer", "org:unsc"),
    "مليشيات الحوثي": ("org_houthis", "ORG", "gazetteer", "org:houthis"),
    "الحكومة اللبنانية": ("generic:GOV:LBN", "GENERIC", "generic", "generic:GOV:LBN"),
    "وزارة الخارجية الإثيوبية": ("generic:GOV:ETH", "GENERIC", "generic", "generic:GOV:ETH"),
    "الحكومة التركية": ("generic:GOV:TUR", "GENERIC", "generic", "generic:GOV:TUR"),
    "سامح شكري": ("per_shoukry", "PER", "gazetteer", "per:sameh_shoukry"),
    "ديمقي مكونن": ("per_mekonnen", "PER", "gazetteer", "per:demeke_mekonnen"),
}
STATES = {"per_shoukry": "EGY", "per_mekonnen": "ETH"}


def ev(text, **kw):
    return triples(run(text, LEX, extra=EXTRA, **kw)[0])


def test_both_countries_after_two_ministers_are_their_states():
    # البلدين means two countries: after a meeting of two ministers the request goes to their states
    got = ev("التقى وزير الخارجية سامح شكري نظيره ديمقي مكونن في أديس أبابا. ودعت فرنسا البلدين إلى مواصلة الحوار.",
             state_of=STATES)
    assert ("REQUEST", "FRA", "EGY", "asserted") in got and ("REQUEST", "FRA", "ETH", "asserted") in got
    assert not any(t[0] == "REQUEST" and t[2].startswith("per_") for t in got)


def test_both_countries_coordinating_among_themselves_is_no_third_party():
    # اتفقا على تنسيق المواقف بين البلدين: the two leaders' own states are no target of their own act
    got = ev("أجرى سامح شكري اتصالا هاتفيا مع ديمقي مكونن، اتفقا خلاله على تنسيق المواقف بين البلدين.",
             state_of=STATES)
    assert not any(t[0] == "COOPERATE" and t[2] in ("EGY", "ETH") for t in got)


def test_restraint_is_asked_of_the_hostile_pair_not_of_the_last_meeting():
    got = ev("قصفت إسرائيل مواقع لحزب الله في الجنوب. واستقبل سامح شكري وزير الخارجية الفرنسي في القاهرة. "
             "ودعت روسيا الطرفين إلى ضبط النفس.")
    assert ("REQUEST", "RUS", "ISR", "asserted") in got and ("REQUEST", "RUS", "org_hzb", "asserted") in got
    assert ("REQUEST", "RUS", "per_shoukry", "asserted") not in got


def test_condemned_attack_noun_names_its_author_as_target():
    # أدانت X الغارات الإسرائيلية: Israel is the target; the raids are not told a second time
    got = ev("من جهتها، أدانت الحكومة اللبنانية الغارات الإسرائيلية على الجنوب.")
    assert ("ACCUSE", "generic:GOV:LBN", "ISR", "asserted") in got
    assert not any(t[0] == "ASSAULT" for t in got)


def test_denying_accusations_rejects_their_author():
    got = ev("في المقابل، نفت وزارة الخارجية الإثيوبية الاتهامات المصرية.")
    assert ("REJECT", "generic:GOV:ETH", "EGY", "asserted") in got


def test_hamza_above_makes_a_form_iv_verb_not_its_masdar():
    # أدانت (verb) vs إدانة (noun): after "من جهتها،" the written hamza decides
    assert ("أدانت", "ACCUSE") in trigger_types("من جهتها، أدانت فرنسا الهجوم.", LEX)
    got = ev("من جهتها، أدانت فرنسا الغارات الإسرائيلية.")
    assert ("ACCUSE", "FRA", "ISR", "asserted") in got


def test_guillemets_around_a_name_do_not_cut_the_clause():
    got = ev("في المقابل، هدد «داعش» الحكومة التركية بالرد.")
    assert ("THREATEN", "org_isis", "generic:GOV:TUR", "asserted") in got
    text = 'وقال شكري: "إن مصر لن تقبل أي مساس بأمنها المائي" ثم غادر.'
    toks = tokenize(text)
    hard, _ = bounds(text, toks)
    opened = next(k for k, t in enumerate(toks) if t.text == "إن")
    assert opened in hard  # a real quotation still opens a clause


def test_light_verb_carries_the_agent_of_its_noun():
    got = ev("وقال إن مليشيات الحوثي قامت اليوم بقصف مواقع لحزب الله.")
    assert ("ASSAULT", "org_houthis", "org_hzb", "asserted") in got
    got = ev("وقامت إسرائيل، الأحد، بقصف مقر حركة حماس.")
    assert ("ASSAULT", "ISR", "org_hamas", "asserted") in got


def test_request_submitted_to_a_body():
    got = ev("وتقدمت مصر بطلب إلى مجلس الأمن لعقد جلسة طارئة.")
    assert ("REQUEST", "EGY", "org_unsc", "asserted") in got


def test_construct_genitive_owner_is_the_target_but_not_inside_a_title():
    got = ev("وشنت إسرائيل غارات على مواقع مليشيات الحوثي.")
    assert ("ASSAULT", "ISR", "org_houthis", "asserted") in got
    got = ev("وأعلنت روسيا دعمها لقائد حزب الله في الحرب.")
    assert ("SUPPORT", "RUS", "org_hzb", "asserted") not in got


@pytest.mark.parametrize("text", ["وأوضح أن هناك خلافات بين الطرفين.", "ورفضت الحكومة بشكل قاطع المقترح."])
def test_no_trigger_in_there_is_or_after_a_manner_noun(text):
    types = trigger_types(text, LEX)
    assert not any(s in ("هناك", "قاطع") for s, _ in types)


def test_received_noun_comes_from_its_min_actor():
    # تلقى X برقية تهنئة من Y: Y congratulates X
    got = ev("تلقى سامح شكري برقية تهنئة من نظيره الفرنسي، وتلقى حزب الله دعما من إيران.",
             )
    assert ("SUPPORT", "FRA", "per_shoukry", "asserted") in got


def test_wa_verb_after_a_comma_takes_the_subject_of_any_opening_verb():
    # اعتبرت X …، وأدانت …: اعتبر is no trigger, its subject still carries over; كما opens the next sentence
    got = ev("اعتبرت وزارة الخارجية الإثيوبية القرار خطوة سلبية، وأدانت الغارات الإسرائيلية. "
             "كما أدانت تصعيد تركيا في الشمال.")
    assert ("ACCUSE", "generic:GOV:ETH", "ISR", "asserted") in got
    assert ("ACCUSE", "generic:GOV:ETH", "TUR", "asserted") in got


def test_an_actor_after_a_construct_noun_is_no_vso_subject():
    # وأدانت قرار الحكومة اللبنانية: the government owns the decision, it does not condemn
    got = ev("وقالت فرنسا إن الوضع خطير، وأدانت قرار الحكومة اللبنانية.")
    assert not any(t[1] == "generic:GOV:LBN" for t in got)
    # an indefinite adjective is the actor itself: ونظمت أحزاب معارضة احتجاجات
    got = ev("واشتبكت قوات حزب الله مع إسرائيل.")
    assert ("ASSAULT", "org_hzb", "ISR", "asserted") in got


def test_noun_after_subject_and_time_word_is_the_subjects():
    got = ev("وواصلت الحكومة التركية اليوم الضغط على حزب الله.")
    assert ("COERCE", "generic:GOV:TUR", "org_hzb", "asserted") in got


def test_office_with_nisba_introduces_an_unknown_name():
    from marsad.extract.events import EventLexicon as L
    from marsad.extract.titled import find_titled_persons
    from marsad.resolve.mentions import Titles, function_words

    verbs = L.load().verbs
    assert verbs == L.load().verb_forms()

    def names(text):
        return [m.text for m in find_titled_persons(text, [(0, len(text))], Titles.load(), function_words(), [], verbs)]

    assert names("كما أدانت وزيرة القضاء الإسرائيلية اييلت شكيد القرار.") == ["اييلت شكيد"]
    assert names("وقال وزير الدفاع البريطاني السابق مايكل فالون إن") == ["مايكل فالون"]
    assert names("وزير الخارجية الأمريكي يزور القاهرة غدا.") == []


def test_a_stem_initial_letter_is_not_cut_as_a_clitic():
    from marsad.records import Mention
    from marsad.resolve.mentions import _strip_clitic

    text = "قال مسؤول في وزارة الطاقة إن"
    a = text.index("وزارة")
    m = Mention(a, a + 12, text[a:a + 12], "ORG", "", "ner")
    assert _strip_clitic(m, text, set()).text == "وزارة الطاقة"


@pytest.fixture(scope="module")
def full():
    from marsad.extract import Resources, extract
    from marsad.ingest.clean import to_document
    from marsad.ingest.readers import RawRecord

    res = Resources.load()

    def run_full(text):
        d = to_document(RawRecord("x.txt", text, "text"))
        ex = extract(d, res)
        name = {e.id: e.name_ar for e in ex.entities}
        return {(v.type, name.get(v.source, ""), name.get(v.target, "")) for v in ex.events}
    return run_full


def test_cooperation_as_the_topic_of_talks_is_between_the_talking_parties(full):
    got = full("بحث الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي، سبل تعزيز التعاون.")
    assert ("COOPERATE", "باراك أوباما", "رجب طيب أردوغان") in got
    # a cooperation warned against keeps its own reading
    got = full("بحث باراك أوباما مع رجب طيب أردوغان تحذيرات فرنسا من التعاون مع إسرائيل.")
    assert ("COOPERATE", "باراك أوباما", "رجب طيب أردوغان") not in got


def test_a_bare_surname_later_in_the_article_is_the_same_person(full):
    from marsad.extract import Resources, extract
    from marsad.ingest.clean import to_document
    from marsad.ingest.readers import RawRecord

    text = "زار وزير الدفاع الأمريكي آش كارتر إسرائيل أمس. وقال كارتر للصحفيين إن الزيارة ناجحة، وغادر كارتر مساء."
    ex = extract(to_document(RawRecord("x.txt", text, "text")), Resources.load())
    carter = [e for e in ex.entities if e.type == "PER"]
    assert len(carter) == 1 and len(carter[0].mentions) == 3
    assert all(text[m.start:m.end].endswith("كارتر") for m in carter[0].mentions)


def test_his_country_is_the_state_of_the_speaker(full):
    # بلاده after a person whose title has a nisba: the person's state
    got = full("زار وزير الدفاع الأمريكي آش كارتر إسرائيل. وقال كارتر إن بلاده ستدعم إسرائيل.")
    assert ("SUPPORT", "الولايات المتحدة", "إسرائيل") in got


def test_an_actor_in_construct_after_a_noun_is_not_the_next_verbs_subject(full):
    # وخلال زيارة كارتر حذرت إسرائيل: Carter is the visit's, Israel warns
    got = full("زار وزير الدفاع الأمريكي آش كارتر إسرائيل. وخلال زيارة كارتر حذرت إسرائيل إيران من التصعيد.")
    assert ("THREATEN", "آش كارتر", "إسرائيل") not in got


def test_any_threat_is_no_event_and_no_one_accuses_his_own_state(full):
    got = full("وحذر وزير الخارجية المصري سامح شكري من أن بلاده لن تقبل بأي تهديد لأمنها المائي.")
    assert not any(t[0] == "ACCUSE" for t in got)
    got = full("ونفى رئيس الوزراء التركي أحمد داود أوغلو الاتهامات الموجهة لبلاده بدعم داعش.")
    assert not any(t[2] == "تركيا" for t in got)


def test_killed_in_a_raid_is_the_raids_target(full):
    got = full("أعلنت وزارة الدفاع الأمريكية أمس عن مقتل محسن الفضلي، زعيم جماعة خراسان، في غارة أمريكية مطلع يوليو.")
    assert ("ASSAULT", "الولايات المتحدة", "محسن الفضلي") in got


def test_unnamed_actors_of_no_state_among_themselves_make_no_event(full):
    got = full("يبحث خبراء ومسؤولون أمنيون في مؤتمر بالمغرب سبل تعزيز التعاون.")
    assert not got


def test_the_one_who_orders_is_the_agent_of_what_is_ordered(full):
    got = full("إنفاذا لتوجيهات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز لتقديم المساعدات العاجلة للشعب اليمني.")
    assert ("AID", "الملك سلمان بن عبد العزيز", "اليمن") in got
    # a nisba on the decision is no one who orders (مشروع قرار أمريكي لإنشاء آلية تحقيق)
    got = full("وفشل مجلس الأمن في تبني مشروع قرار أمريكي لإنشاء آلية تحقيق في هجوم فرنسا على سوريا.")
    assert not any(t[0] == "ACCUSE" and t[1] == "الولايات المتحدة" for t in got)


def test_a_particle_as_written_is_no_trigger():
    # هنا ("here") folds like هنأ ("congratulated"); the written hamza tells them apart
    assert not any(t == "SUPPORT" for _, t in trigger_types("وقال إن أوروبا يمكن أن تلعب دورا مهما هنا.", LEX))
    assert ("هنأ", "SUPPORT") in trigger_types("هنأ الرئيس الجزائري نظيره التونسي.", LEX)



def test_unnamed_domestic_actors_belong_to_the_country_the_article_is_about(full):
    text = ("تونس - وكالات: أعلنت هيئة الانتخابات في تونس فوز الرئيس قيس سعيد بولاية ثانية. "
            "ونظمت أحزاب المعارضة احتجاجات في العاصمة تونس قبل أيام من الاقتراع.")
    assert ("PROTEST", "المعارضة التونسية", "") in full(text)
    # no state leads: the opposition stays without a country
    got = full("ونظمت أحزاب المعارضة احتجاجات أمام سفارتي مصر وتونس.")
    assert not any(t[1].startswith("المعارضة ") for t in got)


def test_a_relative_clause_names_the_doer_or_the_parties_of_a_noun(full):
    got = full("غداة التفجير الانتحاري الذي نفذه تنظيم داعش في بلدة سروج.")
    assert ("ASSAULT", "تنظيم الدولة الإسلامية", "") in got
    got = full("وأبدى الملك سلمان تحفظاته خلال اللقاء الذي جمعه مع وزير الدفاع الأمريكي آش كارتر في جدة.")
    assert ("CONSULT", "الملك سلمان بن عبد العزيز", "آش كارتر") in got
    got = full("وتناول اللقاء الذي جمع عبد الفتاح السيسي ورجب طيب أردوغان العلاقات الثنائية.")
    assert ("CONSULT", "عبد الفتاح السيسي", "رجب طيب أردوغان") in got


def test_rejecting_that_something_happened_is_a_denial():
    got = ev("ورفض سامح شكري بشدة أن تكون تركيا قد دعمت حزب الله بأي طريقة.")
    assert ("SUPPORT", "TUR", "org_hzb", "denied") in got
    got = ev("ورفضت تركيا دعم حزب الله.")  # refusing to do it: the act is negated, not denied
    assert not any(t[3] == "denied" for t in got)


def test_after_that_he_a_verb_or_noun_word_is_the_verb():
    got = ev("وكان سامح شكري قد اعترف بأنه طلب من فرنسا التدخل لوقف القتال.")
    assert ("REQUEST", "per_shoukry", "FRA", "asserted") in got


def test_the_date_of_what_is_commemorated_is_not_the_events():
    from marsad.extract.events import _time_for
    from marsad.records import DateValue

    text = "تلقى شكري برقية تهنئة من فرنسا بمناسبة الذكرى الـ63 لثورة 23 يوليو 1952."
    old = DateValue("1952-07-23", "day", "23 يوليو 1952", start=text.index("23 يوليو"), end=len(text) - 1)
    pub = DateValue("2015-07-23", "day", "")
    got = _time_for([old], 0, len(text), 0, pub, text)
    assert got.value == "2015-07-23" and got.assumed


def test_counted_members_of_a_group_make_the_group_the_target(full):
    got = full("وقتلت القوات العراقية عشرات من مسلحي داعش.")
    assert ("ASSAULT", "الجيش العراقي", "تنظيم الدولة الإسلامية") in got
    got = full("أعلنت الحكومة العراقية اعتقال 41 عنصرا من تنظيم داعش في بغداد.")
    assert ("COERCE", "الحكومة العراقية", "تنظيم الدولة الإسلامية") in got


def test_a_bi_verbal_noun_right_after_a_subject_is_the_subjects():
    got = ev("وبدأت إسرائيل بشن غارات على مواقع حزب الله.")
    assert ("ASSAULT", "ISR", "org_hzb", "asserted") in got
    got = ev("ورحبت فرنسا بالانسحاب الإسرائيلي.")  # a reaction: the withdrawal is Israel's, not France's
    assert not any(t[0] == "RETREAT" and t[1] == "FRA" for t in got)


def test_met_his_death_in_a_raid_that_someone_launched(full):
    got = full("ولقي قائد في حزب الله مصرعه بغارة إسرائيلية.")
    assert ("ASSAULT", "إسرائيل", "حزب الله") in got
    got = full("لقي عشرات من عناصر تنظيم داعش، مصرعهم في ضربات جوية شنتها مقاتلات التحالف الدولي الذي تقوده الولايات المتحدة.")
    assert ("ASSAULT", "التحالف الدولي ضد داعش", "تنظيم الدولة الإسلامية") in got


def test_killed_in_a_raid_is_passive_and_no_verb_follows_a_preposition():
    got = ev("وقال مسؤول إن عناصر حزب الله قتلوا في غارة إسرائيلية.")
    assert not any(t[0] == "ASSAULT" and t[1] == "org_hzb" for t in got)
    assert ("PROTEST", "") not in {(x[0], x[2]) for x in ev("وقال القيادي في قاطع مخمور إن الوضع هادئ.")}


def test_a_foreign_name_beginning_like_a_preposition_is_not_cut():
    from marsad.records import Mention
    from marsad.resolve.mentions import _strip_clitic

    text = "حذر الوزير باولو جينتيلوني الأطراف"
    a = text.index("باولو")
    m = Mention(a, a + len("باولو جينتيلوني"), "باولو جينتيلوني", "PER", "", "ner")
    assert _strip_clitic(m, text, set()).text == "باولو جينتيلوني"
    text = "وقال لحرشاوي"
    m = Mention(5, len(text), "لحرشاوي", "PER", "", "ner")
    assert _strip_clitic(m, text, set()).text == "حرشاوي"


def test_a_written_damma_marks_the_passive():
    got = ev("قُتل عناصر من حزب الله في الجنوب.")
    assert not any(t[0] == "ASSAULT" and t[1] == "org_hzb" for t in got)
    got = ev("قتل حزب الله عشرات من عناصر حركة حماس.")
    assert any(t[0] == "ASSAULT" and t[1] == "org_hzb" for t in got)


def test_court_sentences_are_coercion_of_the_sentenced(full):
    got = full("وأصدرت محكمة مصرية حكما بالإعدام على الرئيس الأسبق محمد مرسي.")
    assert ("COERCE", "المحكمة المصرية", "محمد مرسي") in got


def test_a_dual_verb_after_its_coordinated_subjects_takes_them(full):
    got = full("وقال البيت الأبيض في بيان إن الرئيس الأمريكي باراك أوباما ونظيره التركي رجب طيب أردوغان اتفقا "
               "أثناء اتصال هاتفي على العمل معا.")
    assert ("AGREE", "باراك أوباما", "رجب طيب أردوغان") in got


def test_forces_loyal_to_someone_are_his():
    extra = dict(EXTRA, **{"القوات": ("generic:MIL:", "GENERIC", "generic", "generic:MIL:")})
    got = triples(run("وقصفت القوات الموالية لحزب الله مواقع لحركة حماس.", LEX, extra=extra)[0])
    assert ("ASSAULT", "org_hzb", "org_hamas", "asserted") in got


def test_repelling_an_attack_fights_its_attackers(full):
    got = full("وتصدت المقاومة الشعبية لهجوم شنه الحوثيون على مواقعها.")
    assert ("ASSAULT", "المقاومة الشعبية", "جماعة أنصار الله") in got
    assert ("ASSAULT", "جماعة أنصار الله", "المقاومة الشعبية") in got
    got = full("واستعادت القوات العراقية مدينة تكريت من تنظيم داعش.")
    assert ("ASSAULT", "الجيش العراقي", "تنظيم الدولة الإسلامية") in got
    got = full("وأعلنت الإمارات أنها ستحرر أسعار الوقود.")  # to deregulate prices is no liberation
    assert not got
