"""Round-5 rules and lexicon rows: recall on fresh text (own sentences)."""
from events_helpers import run, trigger_types, triples
from marsad.extract.events import EventLexicon

LEX = EventLexicon.load()
EXTRA = {
    "الأردن": ("JOR", "GPE", "gazetteer", "JOR"),
    "العراق": ("IRQ", "GPE", "gazetteer", "IRQ"),
    "إيران": ("IRN", "GPE", "gazetteer", "IRN"),
    "لبنان": ("LBN", "GPE", "gazetteer", "LBN"),
    "التركية": ("TUR", "GPE", "adjective", "TUR"),
    "الدوحة": ("QAT", "GPE", "metonym", "QAT"),
    "إثيوبيا": ("ETH", "GPE", "gazetteer", "ETH"),
    "أرض الصومال": ("place_sl", "GPE", "gazetteer", "place:somaliland"),
    "مجلس الأمن": ("org_unsc", "ORG", "gazetteer", "org:unsc"),
    "أيمن الصفدي": ("per_safadi", "PER", "gazetteer", "per:ayman_safadi"),
    "فؤاد حسين": ("per_hussein", "PER", "gazetteer", "per:fuad_hussein"),
}


def ev(text):
    return triples(run(text, LEX, extra=EXTRA)[0])


def types(text):
    return trigger_types(text, LEX)


def test_signing_an_agreement_is_agree():
    # PLOVER AGREE covers signing (CAMEO 057); signing is symmetric
    got = ev("وقعت مصر والأردن اتفاقية للتعاون في مجال الطاقة.")
    assert ("AGREE", "EGY", "JOR", "asserted") in got or ("AGREE", "JOR", "EGY", "asserted") in got
    assert not any(t[0] == "SUPPORT" for t in got)


def test_agreement_object_counted_past_long_names():
    # the actors' names between the verb and اتفاقية do not eat the window
    got = ev("وقع أيمن الصفدي وفؤاد حسين، مساء الأحد، في العاصمة عمان اتفاقية للربط الكهربائي.")
    assert any(t[0] == "AGREE" for t in got)


def test_expressed_solidarity_is_support():
    got = ev("وأعربت مصر عن تضامنها مع لبنان.")
    assert ("SUPPORT", "EGY", "LBN", "asserted") in got


def test_verbal_noun_after_speaker_and_dated_insertion():
    got = ev("أعلن وزير الخارجية الأردني أيمن الصفدي، الأحد، قطع العلاقات مع إيران.")
    assert ("SANCTION", "per_safadi", "IRN", "asserted") in got


def test_clause_on_an_indefinite_object_takes_the_subject():
    got = ev("أصدر مجلس الأمن، الاثنين، بيانا يدين إيران.")
    assert ("ACCUSE", "org_unsc", "IRN", "asserted") in got


def test_mediation_noun_after_offer():
    assert ("التوسط", "CONSULT") in types("عرضت قطر التوسط بين البلدين")


def test_coordinated_verb_after_comma_takes_the_opening_subject():
    # the denial cue of the first clause does not reach the coordinated verb after the comma
    got = ev("ونفت مصر أي علاقة لها بالحادث، وهددت بالرد على الهجمات التركية.")
    assert ("THREATEN", "EGY", "TUR", "asserted") in got


def test_adverbial_participle_accuses_for_the_clause_subject():
    got = ev("أعلنت مصر، الأحد، سحب سفيرها من قطر، متهما الدوحة بدعم الإرهاب.")
    assert any(t[0] == "ACCUSE" and t[1] == "EGY" and t[2] == "QAT" for t in got)


def test_region_that_signs_is_a_party():
    # places are no actors, but a region that signs with a state is the other party
    got = ev("وقعت إثيوبيا مذكرة تفاهم مع إقليم أرض الصومال.")
    assert any(t[0] == "AGREE" and {t[1], t[2]} == {"ETH", "place_sl"} for t in got)
    assert not any(t[2] == "place_sl" for t in ev("قصفت إثيوبيا مواقع في إقليم أرض الصومال."))


def test_sponsor_of_a_deal_mediates_between_its_parties():
    got = ev("اتفقت مصر وتركيا على استئناف العلاقات، في اتفاق رعته قطر.")
    assert ("CONSULT", "QAT", "EGY", "asserted") in got and ("CONSULT", "QAT", "TUR", "asserted") in got


def test_mediation_led_by_a_state_after_a_truce():
    got = ev("ودخلت الهدنة بين الأردن والعراق حيز التنفيذ، بعد وساطة قادتها فرنسا.")
    assert ("CONSULT", "FRA", "JOR", "asserted") in got and ("CONSULT", "FRA", "IRQ", "asserted") in got


def test_mediation_without_a_deal_in_the_sentence_has_no_sides():
    got = ev("اتفقت مصر وتركيا على استئناف العلاقات. وعرضت قطر التوسط.")
    assert not any(t[0] == "CONSULT" and t[1] == "QAT" for t in got)


def test_sanctions_on_an_unnamed_network_keep_the_sanctioner():
    got = ev("فرضت مصر عقوبات جديدة على شبكة لتهريب النفط.")
    assert ("SANCTION", "EGY", "", "asserted") in got
    assert ("SANCTION", "EGY", "IRN", "asserted") in ev("فرضت مصر عقوبات جديدة على إيران.")
