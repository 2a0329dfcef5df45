"""Argument selection rules (arguments.py) on sentences written for these tests."""
from events_helpers import entities_for, run, triples
from marsad.extract.actors import find_generic_actors
from marsad.extract.events import EventLexicon
from marsad.records import Mention

LEX = EventLexicon.load()


def ev(text, **kw):
    return run(text, LEX, **kw)[0]


def test_masculine_verb_does_not_take_feminine_state_as_subject():
    # أبلغ is masculine: تركيا is its object; the subject is the army before it
    got = triples(ev("ومضى الجيش السوداني قدما وأبلغ تركيا بالخطة."))
    assert ("COOPERATE", "generic:MIL:SDN", "TUR", "asserted") in got
    assert not any(t[1] == "TUR" for t in got)


def test_kama_continues_the_subject_with_a_masculine_verb():
    got = triples(ev("واتهم بوتين قطر بدعم المتطرفين، كما اتهم فرنسا بالتدخل في ليبيا."))
    assert ("ACCUSE", "per_putin", "FRA", "asserted") in got


def test_relative_clause_subject_is_the_antecedent():
    got = triples(ev("وانتقد أردوغان السياسة الغربية تجاه فرنسا، التي كانت تدعم حفتر."))
    assert ("SUPPORT", "FRA", "per_haftar", "asserted") in got


def test_aside_between_commas_is_skipped():
    got = triples(ev("واتهم بوتين، في خطاب أمام البرلمان، تركيا بدعم المتطرفين."))
    assert ("ACCUSE", "per_putin", "TUR", "asserted") in got


def test_svo_subject_before_a_relative_aside():
    got = triples(ev("وقالت المصادر إن حفتر، الذي يسيطر على شرق البلاد منذ سنوات، زار الجزائر سرا."))
    assert ("CONSULT", "per_haftar", "DZA", "asserted") in got


def test_receive_across_an_aside_and_coordination():
    got = triples(ev("ويحظى حفتر، الذي يسيطر على الشرق، بدعم من روسيا وفرنسا، فضلا عن غطاء سياسي من مصر."))
    assert {("SUPPORT", x, "per_haftar", "asserted") for x in ("RUS", "FRA", "EGY")} <= got


def test_perfect_verb_takes_no_lam_clitic():
    # ولعبت is و + لعبت, not و + ل + عبت (عبأ = mobilise)
    assert ev("ولعبت تركيا دورا في المفاوضات.") == []


def test_pronoun_suffix_of_a_verbal_noun_is_the_clause_subject():
    got = triples(ev("وتسعى تركيا للحصول على دعم روسي في قتالها ضد الجيش السوداني."))
    assert ("ASSAULT", "TUR", "generic:MIL:SDN", "asserted") in got


def test_nisba_on_the_object_of_a_visit():
    got = triples(ev("زار أردوغان قاعدة روسية في البحر الأسود."))
    assert ("CONSULT", "per_erdogan", "RUS", "asserted") in got


def test_request_for_a_veto_does_not_target_the_requester():
    got = triples(ev("وطلبت مصر من روسيا استخدام حق النقض في مجلس الأمن."))
    assert ("REQUEST", "EGY", "RUS", "asserted") in got
    assert not any(t[0] == "REJECT" and t[2] == "EGY" for t in got)


def test_talks_between_three_parties_give_every_pair():
    got = triples(ev("وجرت محادثات بين مصر وتركيا والجزائر حول الحدود."))
    pairs = {frozenset((t[1], t[2])) for t in got if t[0] == "CONSULT"}
    assert pairs == {frozenset(p) for p in (("EGY", "TUR"), ("EGY", "DZA"), ("TUR", "DZA"))}


def test_title_with_nisba_before_a_name_carries_the_preposition():
    got = triples(ev("وطلب أردوغان من نظيره الروسي بوتين دعما عسكريا."))
    assert ("REQUEST", "per_erdogan", "per_putin", "asserted") in got
    assert not any("RUS" in t[1:3] for t in got)


def test_complaint_about_a_warning_targets_the_warner():
    got = triples(ev("وتضمنت الوثيقة شكوى حفتر من تحذير واشنطن لأنقرة."))
    assert ("ACCUSE", "per_haftar", "USA", "asserted") in got
    assert ("THREATEN", "USA", "TUR", "asserted") in got


def test_request_after_a_visit_asks_the_host():
    got = triples(ev("وأكدت المصادر أن أردوGان سافر إلى موسكو وطلب الحصول على أسلحة.".replace("G", "غ")))
    assert ("REQUEST", "per_erdogan", "RUS", "asserted") in got


def test_warning_against_cooperation_has_no_agent_for_the_cooperation():
    got = triples(ev("ورغم تحذيرات واشنطن لأنقرة من التعاون مع موسكو، مضت تركيا في خطتها."))
    assert ("THREATEN", "USA", "TUR", "asserted") in got
    assert not any(t[0] == "COOPERATE" for t in got)


def test_host_receives_envoys_of_someone():
    got = triples(ev("ومن المتوقع أن تستقبل موسكو مبعوثين من جانب حفتر."))
    assert ("CONSULT", "RUS", "per_haftar", "planned") in got


def test_one_event_per_pair_and_sentence():
    got = ev("وجرت مفاوضات بين مصر وتركيا، ووافقت مصر على إبلاغ تركيا بمحادثاتها مع تركيا.")
    keys = [(e.type, e.source, e.target) for e in got]
    assert len(keys) == len(set(keys))


def test_generic_state_side_and_officials_of_a_body():
    text = "وأبلغ الجانب الروسي مسؤولين في مجلس الأمن بالقرار."
    ms = [Mention(text.index("الروسي"), text.index("الروسي") + 6, "الروسي", "GPE", "RUS", "adjective"),
          Mention(text.index("مجلس الأمن"), text.index("مجلس الأمن") + 10, "مجلس الأمن", "ORG", "org:unsc", "gazetteer")]
    got = {(m.text, m.key, m.type) for m in find_generic_actors(text, [(0, len(text))], ms, LEX)}
    assert ("الجانب", "RUS", "GPE") in got  # الجانب الروسي is Russia itself
    assert ("مسؤولين", "org:unsc", "ORG") in got  # officials in the Security Council
    text2 = "وقال إن قوة بقيادة ضباط روس وصلت."
    assert all(m.text != "بقيادة" for m in find_generic_actors(text2, [(0, len(text2))], [], LEX))


def test_led_by_is_not_the_leadership():
    text = "وصلت طائرات بقيادة مرتزقة."
    got = find_generic_actors(text, [(0, len(text))], [], LEX)
    assert [m.text for m in got] == ["مرتزقة"]


def test_entities_helper_sanity():
    assert any(e.id == "RUS" for e in entities_for("روسية"))


def test_passive_verb_with_agent_phrase():
    extra = {"مسلحين": ("generic:UAF:", "GENERIC", "generic", "generic:UAF:")}
    got = triples(ev("وأكدت المصادر أن الجيش السوداني قتل على يد مسلحين في الجنوب.", extra=extra))
    assert ("ASSAULT", "generic:UAF:", "generic:MIL:SDN", "asserted") in got


def test_a_town_is_no_actor():
    extra = {"دوما": ("place_douma", "GPE", "gazetteer", "place:douma")}
    got = triples(ev("ووصل حفتر إلى دوما.", extra=extra))
    assert got == set()


def test_noun_that_needs_its_genitive_makes_no_targetless_event():
    # مقاطعة is also "province": without an actor genitive it is no boycott
    assert ev("ويمر الأنبوب عبر تركيا وبمقاطعة بلوشستان.") == []
