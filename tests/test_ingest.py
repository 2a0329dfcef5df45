"""Ingest: encodings detected from bytes, JSONL/JSON/HTML readers, and bad input reported, never fatal."""
import codecs
import json

import pytest

from marsad.errors import InputError
from marsad.ingest.decode import decode_bytes
from marsad.ingest.readers import FieldMap, RawRecord, html_metadata, read_file, read_paths

AR = "قال وزير الخارجية المصري إن القاهرة ترفض أي تدخل أجنبي في ليبيا، وأكد أن الحل سياسي."


# -- encodings -------------------------------------------------------------
@pytest.mark.parametrize("data,enc", [
    (AR.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + AR.encode("utf-8"), "utf-8"),
    (AR.encode("utf-16"), "utf-16"),  # with BOM
    (AR.encode("utf-16-le"), "utf-16-le"),  # without BOM
    (AR.encode("utf-16-be"), "utf-16-be"),
    (AR.encode("cp1256"), "cp1256"),
])
def test_encodings_are_detected_from_bytes(data, enc):
    d = decode_bytes(data, "x.txt")
    assert d.text.lstrip("\ufeff") == AR
    assert d.encoding == enc


def test_empty_file_is_an_error():
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"", "e.txt")
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"  \n\n ", "e.txt")


def test_binary_file_is_an_error():
    with pytest.raises(InputError, match="binary"):
        decode_bytes(bytes(range(256)) * 4, "b.bin")
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 50, "img.txt")


def test_truncated_utf8_keeps_what_is_whole_and_warns():
    data = AR.encode("utf-8")[:-1]  # cut inside the last letter... of "سياسي."? cut the final byte
    data = AR.encode("utf-8")
    cut = data[: len(data) - 2]  # the period (1 byte) and half of ي
    d = decode_bytes(cut, "t.txt")
    assert d.warning.startswith("truncated")
    assert AR.startswith(d.text)


def test_undecodable_is_an_error_naming_the_reason():
    data = "Grüße aus Köln, ça va? naïve café".encode("latin-1") * 3
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(data, "latin.txt")


# -- readers ---------------------------------------------------------------
def test_jsonl_reader_reports_a_bad_line_and_goes_on(tmp_path):
    p = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": AR, "title": "عنوان", "published": "2023-03-17", "outlet": "الأهرام"}, ensure_ascii=False),
        '{"id": "a2", "text": "مكسور',
        json.dumps({"id": "a3", "content": "نص آخر عن روسيا وتركيا وقطر. وقال المتحدث إن المحادثات مستمرة."}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "text": ""}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(p))
    recs = [i for i in items if isinstance(i, RawRecord)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert [r.external_id for r in recs] == ["a1", "a3"]
    assert recs[0].outlet == "الأهرام" and recs[0].published == "2023-03-17"
    assert recs[1].text.startswith("نص آخر")  # "content" is a default fallback key
    assert [e.line for e in errs] == [2, 4, 5]
    assert "malformed JSON" in str(errs[0]) and str(errs[0]).startswith(str(p) + ":2:")


def test_jsonl_field_names_are_configurable(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"body_ar": AR, "headline_ar": "عنوان"}, ensure_ascii=False) + "\n", encoding="utf-8")
    recs = list(read_file(p, FieldMap(text="body_ar", title="headline_ar")))
    assert recs[0].text == AR and recs[0].title == "عنوان"


def test_json_array_reader(tmp_path):
    p = tmp_path / "day.json"
    p.write_text(json.dumps([{"content": AR, "source": "sabq", "url": "http://x/1"}] * 2, ensure_ascii=False), encoding="utf-8")
    recs = list(read_file(p))
    assert len(recs) == 2 and recs[0].outlet == "sabq" and recs[0].url == "http://x/1"


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>روسيا وليبيا | الموقع</title>
<meta property="og:site_name" content="عربي بوست">
<meta property="article:published_time" content="2023-03-17T08:03:21+02:00"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>روسيا ترسل طائرات إلى ليبيا</h1>
<p>قال وزير الدفاع الروسي إن بلاده أرسلت طائرات إلى ليبيا، وأضاف أن التعاون مستمر مع القاهرة في مجالات عدة منذ سنوات طويلة.</p>
<p>وكانت مصادر دبلوماسية قد ذكرت أن الرئيس الروسي استقبل المشير خليفة حفتر في موسكو مطلع الشهر الماضي لبحث الدعم العسكري.</p>
</article><footer>© 2019 جميع الحقوق محفوظة</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (rec,) = list(read_file(p))
    assert rec.kind == "html"
    assert "المشير خليفة حفتر" in rec.text and "جميع الحقوق" not in rec.text
    assert rec.outlet == "عربي بوست"
    assert rec.published.startswith("2023-03-17")  # the page's metadata, not the footer year
    assert html_metadata(HTML)["sitename"] == "عربي بوست"


def test_broken_html_is_read_or_reported(tmp_path):
    p = tmp_path / "broken.htm"
    p.write_text("<html><body><p>قال الوزير إن المحادثات مستمرة مع الجانب التركي بشأن الحدود والأمن المشترك<div><p>ثم", encoding="utf-8")
    items = list(read_file(p))
    assert len(items) == 1
    if isinstance(items[0], RawRecord):
        assert "المحادثات" in items[0].text
    else:
        assert str(p) in str(items[0])
    q = tmp_path / "nothing.html"
    q.write_text("<html><head><script>var x=1;</script></head><body></body></html>", encoding="utf-8")
    (err,) = list(read_file(q))
    assert isinstance(err, InputError) and "main text" in err.reason


def test_folder_is_read_recursively_and_errors_are_items(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "a" / "empty.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(AR.encode("cp1256"))
    items = list(read_paths([str(tmp_path), str(tmp_path / "missing.txt")]))
    recs = [i for i in items if isinstance(i, RawRecord)]
    errs = [i for i in items if isinstance(i, InputError)]
    assert len(recs) == 2 and {r.encoding for r in recs} == {"utf-8", "cp1256"}
    assert sorted(e.reason for e in errs) == ["empty file", "no such file or folder"]
