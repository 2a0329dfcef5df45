"""The store: one transaction per document, idempotent re-runs, nothing lost on failure."""
import pytest
from sqlalchemy import select

from marsad.records import DateValue, Document, Entity, Event, Extraction, Mention, Quote
from marsad.store import schema as S
from marsad.store.db import Store, db_url


def _doc(i=1, text="قال الرئيس المصري إن القاهرة ترفض التدخل."):
    return Document(id=f"doc_{i}", source=f"/tmp/{i}.txt", text=text, outlet="الأهرام",
                    published=DateValue("2023-03-17", "day", "17 مارس 2023"))


def _ex(doc, eid="ent_egypt"):
    s = doc.text.index("القاهرة")
    ent = Entity(id=eid, type="GPE", name_ar="مصر", name_en="Egypt", aliases=["القاهرة"], country="EGY",
                 mentions=[Mention(s, s + 7, "القاهرة", "GPE", "EGY", "metonym")])
    ev = Event(id=f"evt_{doc.id}", doc_id=doc.id, type="REJECT", source=eid, start=0, end=len(doc.text),
               date=DateValue("2023-03-17", "day", "", assumed=True))
    q = Quote(id=f"quo_{doc.id}", doc_id=doc.id, speaker=eid, text="ترفض", start=0, end=4)
    return Extraction(doc_id=doc.id, sentences=[(0, len(doc.text))], entities=[ent], events=[ev], quotes=[q])


def test_sqlite_file_in_wal_mode(tmp_path):
    st = Store(str(tmp_path / "m.db"))
    with st.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert db_url("x.db").startswith("sqlite:///") and db_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_write_twice_changes_no_counts(tmp_path):
    st = Store(str(tmp_path / "m.db"))
    d = _doc()
    st.write(d, _ex(d))
    first = st.counts()
    st.write(d, _ex(d))
    assert st.counts() == first
    assert first["documents"] == 1 and first["mentions"] == 1 and first["events"] == 1 and first["quotes"] == 1


def test_entities_merge_aliases_across_documents(tmp_path):
    st = Store(str(tmp_path / "m.db"))
    d1, d2 = _doc(1), _doc(2, "وصل الوفد إلى القاهرة أمس للقاء المسؤولين.")
    st.write(d1, _ex(d1))
    ex2 = _ex(d2)
    ex2.entities[0].aliases = ["القاهرة", "مصر"]
    st.write(d2, ex2)
    rows = list(st.iter_rows(S.entities))
    assert len(rows) == 1 and '"مصر"' in rows[0]["aliases"]
    assert len(list(st.iter_rows(S.mentions))) == 2


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path):
    st = Store(str(tmp_path / "m.db"))
    d = _doc()
    st.write(d, _ex(d))
    before = st.counts()
    d2 = _doc(2, "نص جديد عن أنقرة والقاهرة.")

    def boom(conn, doc_id):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        st.write(d2, _ex(d2), after_write=boom)
    assert st.counts() == before
    with st.engine.connect() as c:
        assert c.execute(select(S.documents.c.id)).scalars().all() == ["doc_1"]


def test_the_schema_compiles_for_postgresql():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    for t in S.metadata.sorted_tables:
        ddl = str(CreateTable(t).compile(dialect=postgresql.dialect()))
        assert ddl.startswith("\nCREATE TABLE")
    assert '"end"' in str(CreateTable(S.mentions).compile(dialect=postgresql.dialect()))  # reserved word quoted


@pytest.mark.skipif(not __import__("os").environ.get("MARSAD_TEST_PG_URL"),
                    reason="set MARSAD_TEST_PG_URL=postgresql://user@host:port/db to run against PostgreSQL")
def test_postgresql_round_trip():
    import os

    st = Store(os.environ["MARSAD_TEST_PG_URL"])
    d = _doc(99, "قال الرئيس المصري إن القاهرة ترفض التدخل في ليبيا.")
    st.write(d, _ex(d))
    st.write(d, _ex(d))
    with st.engine.connect() as c:
        assert c.execute(select(S.documents.c.id).where(S.documents.c.id == "doc_99")).scalar() == "doc_99"
        assert c.execute(select(S.mentions.c.text).where(S.mentions.c.doc_id == "doc_99")).scalars().all() == ["القاهرة"]
