"""Cleaning: boilerplate out, metadata in — on the seeds (golden) and on text written for the test."""
from marsad.ingest.clean import clean_text, doc_id_for


def test_seed_outlets_dates_titles(seed_docs):
    d = seed_docs
    assert d["000"].published.value == "2023-03" and d["000"].published.precision == "month"
    assert d["000"].cited_source == "ميدل إيست آي" and d["000"].outlet == "ميدل إيست آي"
    # the article's own stamp (with its time of day), not the crawl widget's 5 نوفمبر 2024
    assert d["001"].published.value.startswith("2023-03-17")
    assert d["001"].outlet == "الخليج الجديد"  # "وترجمه الخليج الجديد"
    assert d["001"].title == "عبر مصر وقوات حفتر..هكذا رسخت روسيا نفوذها في ليبيا وأفريقيا"
    assert d["002"].title == "السيسي يستجدي الدعم الروسي لقوات حفتر"
    assert d["003"].outlet == "المغرب اليوم" and d["003"].dateline == "واشنطن"
    assert d["004"].title == "جنرال الإمارات خليفة حفتر يلجأ إلى حضن بوتين لدعمه في قتال الليبيين"


BOILERPLATE = ["℃", "تم نسخ عنوان المقال", "اظهر المزيد", "مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب إلى الأعلى",
               "أرسل تعليقك", "تعليقك كزائر", "الرئيسية »", "قد يعجبك أيضاً", "أضف تعليق", "Akismet", "date 2023",
               "المصدر: ميدل", "5 نوفمبر 2024", "8:03:21"]


def test_seed_boilerplate_is_gone(seed_docs):
    for k, doc in seed_docs.items():
        for b in BOILERPLATE:
            assert b not in doc.text, (k, b)
        # the title is not repeated inside the body
        if doc.title:
            assert doc.text.count(doc.title) == 0, k


def test_seed_bodies_start_and_end_with_the_article(seed_docs):
    assert seed_docs["000"].text.startswith("كشفت صحيفة")
    assert seed_docs["001"].text.startswith("كشفت رسائل دبلوماسية")
    assert seed_docs["002"].text.startswith("أفادت المصادر الدبلوماسية")
    assert seed_docs["003"].text.startswith("ذكرت صحيفة")
    assert seed_docs["004"].text.startswith("كشف تقرير")
    assert seed_docs["004"].text.rstrip().endswith("من أوكرانيا.")
    assert seed_docs["002"].text.rstrip().endswith("حتى الآن”.")


PAGE = """الرئيسية » أخبار » سياسة » وزير الخارجية التركي يزور الدوحة لبحث الأزمة السورية
- 3 يناير 2024
وزير الخارجية التركي يزور الدوحة لبحث الأزمة السورية
- 12 مارس 2021, 10:15:00 م
شارك
وصل وزير الخارجية التركي إلى الدوحة اليوم في زيارة رسمية يلتقي خلالها نظيره القطري لبحث تطورات الأزمة السورية والعلاقات الثنائية.
وقال مصدر دبلوماسي إن المحادثات ستتناول ملف اللاجئين والوضع في شمال سوريا.
اقرأ أيضا
أخبار ذات صلة
زيارة مرتقبة لوزير الدفاع إلى أنقرة
التعليقات
"""


def test_a_page_dump_written_for_the_test():
    c = clean_text(PAGE)
    assert c.title == "وزير الخارجية التركي يزور الدوحة لبحث الأزمة السورية"
    assert c.published.value == "2021-03-12T22:15"
    assert c.text.startswith("وصل وزير الخارجية التركي")
    assert c.text.endswith("شمال سوريا.")
    assert "زيارة مرتقبة" not in c.text and "شارك" not in c.text


def test_inline_dateline_is_taken_off_the_body():
    c = clean_text("القاهرة - وكالة أنباء الشرق الأوسط: أعلنت وزارة الخارجية المصرية اليوم عن زيارة مرتقبة لوزير الخارجية الأمريكي إلى القاهرة الأسبوع المقبل.")
    assert c.dateline == "القاهرة" and c.outlet == "وكالة أنباء الشرق الأوسط"
    assert c.text.startswith("أعلنت وزارة الخارجية")


def test_doc_id_ignores_spelling_noise_but_not_content():
    a = "قال المسؤولون إن القاهرة وافقت."
    assert doc_id_for(a) == doc_id_for("قال المسئولون إن القاهره وافقت .")
    assert doc_id_for(a) != doc_id_for("قال المسؤولون إن الرياض وافقت.")


def test_a_body_of_short_lines_is_kept():
    c = clean_text("أفضل عشرة أفلام لعام 1978\n1. العودة إلى البيت\n2. صائد الغزلان\n3. شجرة القباقيب")
    assert c.title == "أفضل عشرة أفلام لعام 1978"
    assert c.text.startswith("1. العودة") and c.text.endswith("شجرة القباقيب")


def test_a_dateline_credit_is_no_outlet():
    c = clean_text("بغداد - وكالات: أعلنت الحكومة العراقية اليوم استئناف تصدير النفط عبر الموانئ التركية بعد توقف دام أشهرا.")
    assert c.dateline == "بغداد" and c.outlet == ""
    assert c.text.startswith("أعلنت الحكومة")


def test_a_link_back_to_the_story_glued_to_the_last_paragraph_is_cut():
    # SaudiNewsNet pages of one outlet end "… رابط الخبر بصحيفة الوئام: <the title again>"; the title
    # repeated there would be read as a second report of the story's main event
    from marsad.ingest.clean import clean_text

    c = clean_text("قتل العشرات في غارات قرب الموصل، وفق مصادر محلية. رابط الخبر بصحيفة الوئام: مقتل العشرات في غارات")
    assert c.text == "قتل العشرات في غارات قرب الموصل، وفق مصادر محلية."
    # a line that is nothing but the link is dropped; a text that only mentions a link stays
    assert clean_text("نص الخبر هنا بالكامل.\nرابط الخبر بصحيفة الوئام: عنوان").text == "نص الخبر هنا بالكامل."
    assert "رابط" in clean_text("وضع الموقع رابط الخبر على صفحته.").text
