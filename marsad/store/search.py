"""Full-text search over normalised, clitic-split Arabic (SQLite FTS5).

FTS5's unicode61 tokenizer strips neither Arabic diacritics nor clitics, so
we index our own form of each word: the folded word (``arabic.normalize``)
and, when it carries proclitics, its stem too (وبالكرملين → وبالكرملين
كرملين الكرملين).  A query is folded and stemmed the same way, so الكرملين
finds بالكرملين and للكرملين, and المسئولين finds المسؤولين.

SQLite only: on PostgreSQL ``search`` raises a clear error (tsvector support
is future work).
"""
from __future__ import annotations

from ..arabic.tokens import stems, tokenize
from ..errors import StoreError

DDL = "CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(doc_id UNINDEXED, body, tokenize='unicode61')"


def index_form(text: str) -> str:
    """The text as indexed: every folded word, plus its clitic-free stems."""
    out = []
    for t in tokenize(text):
        w = t.norm
        out.append(w)
        for _, s in stems(w)[1:]:
            if len(s) >= 3:
                out.append(s)
                if not s.startswith("ال"):
                    out.append("ال" + s)  # للقاهرة → قاهره and القاهره
    return " ".join(out)


def ensure(conn) -> None:
    conn.exec_driver_sql(DDL)


def index_document(conn, doc_id: str, text: str, title: str = "") -> None:
    conn.exec_driver_sql("DELETE FROM doc_fts WHERE doc_id = ?", (doc_id,))
    conn.exec_driver_sql("INSERT INTO doc_fts (doc_id, body) VALUES (?, ?)", (doc_id, index_form(title + "\n" + text)))


def fts_query(query: str) -> str:
    """Every query word must occur (its folded form, clitics stripped to the longest stem known)."""
    terms = []
    for t in tokenize(query):
        w = t.norm
        readings = [s for _, s in stems(w) if len(s) >= 3] or [w]
        # the bare word or any of its clitic-free readings
        alts = " OR ".join('"' + r.replace('"', "") + '"' for r in dict.fromkeys(readings))
        terms.append(f"({alts})")
    return " AND ".join(terms)


def search(store, query: str, limit: int = 10) -> list[dict]:
    """Documents matching every word of ``query``, best first (bm25)."""
    if store.dialect != "sqlite":
        raise StoreError(f"{store.url}: full-text search needs SQLite (FTS5) for now")
    q = fts_query(query)
    if not q:
        return []
    sql = (
        "SELECT d.id, d.title, d.outlet, d.published_value, d.text, bm25(doc_fts) AS rank "
        "FROM doc_fts JOIN documents d ON d.id = doc_fts.doc_id "
        "WHERE doc_fts MATCH ? ORDER BY rank LIMIT ?"
    )
    words = [t.norm for t in tokenize(query)]
    with store.engine.connect() as c:
        rows = c.exec_driver_sql(sql, (q, limit)).all()
    out = []
    for r in rows:
        out.append({"id": r[0], "title": r[1], "outlet": r[2], "published": r[3], "snippet": _snippet(r[4], words)})
    return out


def _snippet(text: str, words: list[str], width: int = 70) -> str:
    """A window of the original text around the first query word (found on the folded text)."""
    from ..arabic.normalize import normalize

    n = normalize(text)
    hit = -1
    for w in words:
        for _, s in stems(w):
            i = n.text.find(s)
            if i >= 0:
                hit = i
                break
        if hit >= 0:
            break
    if hit < 0:
        return text[: 2 * width].replace("\n", " ")
    s, _ = n.span(hit, hit + 1)
    a, b = max(0, s - width), min(len(text), s + width)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")
