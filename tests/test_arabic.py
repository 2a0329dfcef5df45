"""The Arabic layer: folding for matching, offsets back to the original, clitics, sentences."""
from hypothesis import given, strategies as st

from marsad.arabic.normalize import norm, norm_key, normalize
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokens import is_proclitic, stems, strip_proclitics, tokenize


# -- orthography ---------------------------------------------------------
def test_hamza_seats_fold_to_bare_alef():
    assert norm("أحمد") == norm("احمد") == norm("إحمد") == norm("آحمد")
    assert norm("إبريل") == norm("أبريل")


def test_hamza_on_waw_and_ya_are_one_spelling():
    # Egyptian press writes المسئولين, others المسؤولين: one word
    assert norm("المسئولين") == norm("المسؤولين")
    assert norm("الشئون") == norm("الشؤون")


def test_alef_maqsura_and_ta_marbuta():
    assert norm("مصطفى") == norm("مصطفي")
    assert norm("القاهرة") == norm("القاهره")


def test_tatweel_and_diacritics_vanish():
    assert norm("لـ") == "ل"
    assert norm("حَفْتَر") == "حفتر"
    assert norm("روسيا") == norm("رُوسْيَا")
    assert norm("حصريًا") == norm("حصريا")


def test_arabic_indic_digits_become_ascii():
    assert norm("٢٠١٧") == "2017"
    assert norm("۲۰۲۳") == "2023"


def test_latin_is_case_folded():
    assert norm("MiG-29") == "mig-29"


def test_norm_key_collapses_punctuation():
    assert norm_key("  “ميدل  إيست آي” ") == "ميدل ايست اي"


def test_span_maps_back_to_original():
    text = "قال المُتحدّث باسم الكرملين"
    n = normalize(text)
    i = n.text.index("الكرملين")
    s, e = n.span(i, i + len("الكرملين"))
    assert text[s:e] == "الكرملين"
    j = n.text.index("المتحدث")
    s, e = n.span(j, j + len("المتحدث"))
    assert text[s:e] == "المُتحدّث"


arabic_text = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْ٠١٢٣ MiG-29.،\"“”")), max_size=80
)


@given(arabic_text)
def test_folding_is_idempotent(s):
    assert norm(norm(s)) == norm(s)


@given(arabic_text)
def test_every_folded_char_points_to_its_origin(s):
    n = normalize(s)
    assert len(n.index) == len(n.text)
    for k, i in enumerate(n.index):
        assert norm(s[i]) == n.text[k]
    assert list(n.index) == sorted(n.index)


@given(arabic_text, st.integers(0, 80), st.integers(0, 80))
def test_any_folded_span_maps_to_a_span_with_the_same_folding(s, a, b):
    n = normalize(s)
    a, b = sorted((min(a, len(n.text)), min(b, len(n.text))))
    os_, oe = n.span(a, b)
    assert 0 <= os_ <= oe <= len(s)
    assert norm(s[os_:oe]) == n.text[a:b]


# -- clitics ---------------------------------------------------------------
def test_proclitic_sequences():
    for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "ال", "وال", "بال", "لل", "ولل", "وبال", "فبال", "لـ"):
        assert is_proclitic(p), p
    for p in ("ي", "ت", "بو", "لا"):
        assert not is_proclitic(p), p


def test_stems_offer_every_clitic_reading():
    readings = [s for _, s in stems("وبالكرملين")]
    assert "كرملين" in readings and "الكرملين" in readings and "بالكرملين" in readings
    assert strip_proclitics("لحفتر") == "حفتر"
    assert strip_proclitics("وموسكو") == "موسكو"


def test_tokens_keep_offsets_and_latin_models():
    text = "أرسلت موسكو طائرات MiG-29 وSu-24 إلى ليبيا."
    toks = tokenize(text)
    assert [t.text for t in toks][:4] == ["أرسلت", "موسكو", "طائرات", "MiG-29"]
    for t in toks:
        assert text[t.start:t.end] == t.text


# -- sentences -------------------------------------------------------------
def test_sentences_split_on_stops_and_lines():
    text = "زار الوزير القاهرة. والتقى نظيره المصري!\nوفي سياق آخر، قال المتحدث إن الأمر انتهى؟ نعم."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "زار الوزير القاهرة.", "والتقى نظيره المصري!", "وفي سياق آخر، قال المتحدث إن الأمر انتهى؟", "نعم.",
    ]


def test_sentences_keep_a_quote_whole():
    text = 'وقال الوزير: "لن نتراجع. سنواصل العمل حتى النهاية". ثم غادر القاعة.'
    spans = split_sentences(text)
    assert len(spans) == 2
    assert text[spans[0][0]:spans[0][1]].endswith('النهاية".')


def test_sentences_respect_abbreviations_and_models():
    text = "التقى د. أحمد مع مسؤولين من U.S. Army أمس. ونشرت روسيا طائرات Su-24 و MiG-29 في القاعدة 3.5 كم."
    spans = split_sentences(text)
    assert len(spans) == 2, [text[s:e] for s, e in spans]
