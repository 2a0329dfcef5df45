"""Stories in the database: signatures, LSH buckets, story rows, witnesses.

``assign_stories(conn, doc_ids)`` runs inside the store's transaction after
the documents, mentions and events are written.  It never compares all pairs:
each new document's MinHash bands are looked up in ``lsh_buckets`` (an
indexed integer column) and, as a second candidate source, documents sharing
its rarer actors in ``mentions``; only those candidates are verified with the
exact measures of ``marsad.resolve.stories``.  Adding documents to an
existing database therefore touches only the new documents, their candidates
and the stories they join.

The tables are defined on ``marsad.store.schema.metadata`` so that
``metadata.create_all`` creates them with the rest.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable, Optional

from sqlalchemy import (BigInteger, Column, Index, Integer, LargeBinary, Table, Text, delete, func,
                        insert, select, update)

from ..arabic.normalize import norm_key
from ..records import stable_id
from ..resolve import minhash
from ..resolve import stories as R
from . import schema as S

doc_signatures = Table(
    "doc_signatures",
    S.metadata,
    Column("doc_id", Text, primary_key=True),
    Column("signature", LargeBinary, nullable=False),  # NUM_PERM little-endian uint32
    Column("shingles", LargeBinary, nullable=False),  # sorted unique uint32 bigram hashes (exact verification)
    Column("n_shingles", Integer, default=0),
    Column("cited_key", Text, default=""),  # norm_key of the cited outlet (given or detected)
)

lsh_buckets = Table(
    "lsh_buckets",
    S.metadata,
    Column("key", BigInteger, nullable=False),  # band index mixed into the key
    Column("doc_id", Text, nullable=False),
    Index("ix_lsh_key", "key"),
    Index("ix_lsh_doc", "doc_id"),
)

stories = Table(
    "stories",
    S.metadata,
    Column("id", Text, primary_key=True),
    Column("first_seen", Text, default=""),
    Column("last_seen", Text, default=""),
    Column("n_docs", Integer, default=0),
    Column("n_outlets", Integer, default=0),
    Column("n_sources", Integer, default=0),  # independent origins (copies/translations of one report count once)
)

# Why a document joined a story: the pair and the evidence, for analysts.
story_links = Table(
    "story_links",
    S.metadata,
    Column("doc_id", Text, primary_key=True),
    Column("other_id", Text, primary_key=True),
    Column("kind", Text, nullable=False),  # duplicate | story
    Column("score", Text, default=""),
    Column("evidence", Text, default="{}"),
)

canonical_events = Table(
    "canonical_events",
    S.metadata,
    Column("id", Text, primary_key=True),  # id of the earliest witness event
    Column("story_id", Text, nullable=False, index=True),
    Column("type", Text, default=""),
    Column("source_id", Text, default=""),
    Column("target_id", Text, default=""),
    Column("n_witnesses", Integer, default=0),
    Column("independent_sources", Integer, default=0),
    Column("first_seen", Text, default=""),
    Column("last_seen", Text, default=""),
    Column("contradicted", Integer, default=0),
)

event_witnesses = Table(
    "event_witnesses",
    S.metadata,
    Column("event_id", Text, primary_key=True),
    Column("canonical_id", Text, nullable=False, index=True),
    Column("story_id", Text, nullable=False, index=True),
    Column("doc_id", Text, nullable=False, index=True),
    Column("outlet", Text, default=""),
    Column("origin", Text, default=""),
    Column("modality", Text, default=""),
    Column("published", Text, default=""),
)

STORY_TABLES = (doc_signatures, lsh_buckets, stories, story_links, canonical_events, event_witnesses)
# Members of a story are looked up and re-pointed by story_id.
ix_documents_story = Index("ix_documents_story", S.documents.c.story_id)
_created: set = set()


def ensure_tables(conn) -> None:
    """Create the story tables if this database lacks them (once per engine)."""
    key = str(conn.engine.url)
    if key not in _created:
        S.metadata.create_all(conn, tables=list(STORY_TABLES), checkfirst=True)
        ix_documents_story.create(conn, checkfirst=True)
        _created.add(key)


# -- loading features ---------------------------------------------------------

def _doc_rows(conn, ids: Iterable[str], text: bool = False) -> dict:
    ids = list(ids)
    out = {}
    D = S.documents.c
    cols = [D.id, D.outlet, D.published_value, D.cited_source, D.story_id, D.duplicate_of] + ([D.text] if text else [])
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(*cols).where(D.id.in_(ids[i:i + 500]))):
            out[r.id] = r
    return out


def _actors(conn, ids: list[str]) -> dict:
    out = defaultdict(set)
    M = S.mentions.c
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(M.doc_id, M.entity_id, M.type, M.start, M.end)
                              .where(M.doc_id.in_(ids[i:i + 500]))):
            if r.type != "MEDIA":
                out[r.doc_id].add(r.entity_id)
    return out


def _event_keys(conn, ids: list[str]) -> dict:
    out = defaultdict(set)
    E = S.events.c
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(E.doc_id, E.source_id, E.target_id, E.type).where(E.doc_id.in_(ids[i:i + 500]))):
            out[r.doc_id].add((r.source_id, r.target_id, r.type))
    return out


def _media_spans(conn, doc_id: str) -> tuple:
    M, N = S.mentions.c, S.entities.c
    rows = conn.execute(select(M.start, M.end, N.name_ar).select_from(S.mentions.join(S.entities, M.entity_id == N.id))
                        .where(M.doc_id == doc_id, M.type == "MEDIA"))
    return tuple((r.start, r.end, r.name_ar) for r in rows)


def _features(conn, ids: list[str], fresh: bool) -> dict:
    """StoryFeatures for documents: computed from text when ``fresh``, else read from doc_signatures."""
    docs = _doc_rows(conn, ids, text=fresh)
    actors, evkeys = _actors(conn, ids), _event_keys(conn, ids)
    sigs = {}
    if not fresh:
        Gc = doc_signatures.c
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(Gc.doc_id, Gc.signature, Gc.shingles, Gc.cited_key).where(Gc.doc_id.in_(ids[i:i + 500]))):
                sigs[r.doc_id] = r
    out = {}
    for i, d in docs.items():
        g = sigs.get(i)
        if g is not None:
            sh, sig, cited = minhash.from_bytes(g.shingles), minhash.from_bytes(g.signature), g.cited_key
        elif not fresh:
            continue  # not yet assigned (older database): it gets its turn in assign_stories
        else:
            sh = minhash.shingles(d.text)
            sig = minhash.signature(sh)
            cited = norm_key(d.cited_source) if d.cited_source else R.detect_cited_source(d.text, _media_spans(conn, i))
        out[i] = R.StoryFeatures(
            doc_id=i, shingles=sh, signature=sig, actors=frozenset(actors.get(i, ())),
            events=frozenset(evkeys.get(i, ())), published=d.published_value or "",
            outlet=norm_key(d.outlet or ""), cited_source=cited, length=len(d.text) if fresh else 0,
        )
    return out, docs


# -- candidates ---------------------------------------------------------------

def _band_candidates(conn, doc_id: str, keys: list[int], limit: int, band_min: int) -> dict:
    if not keys:
        return {}
    L = lsh_buckets.c
    n = func.count().label("n")
    q = (select(L.doc_id, n).where(L.key.in_(keys), L.doc_id != doc_id).group_by(L.doc_id)
         .having(func.count() >= band_min).order_by(n.desc(), L.doc_id).limit(limit))
    return {r.doc_id: r.n for r in conn.execute(q)}


DF_CAP = 500


def _actor_candidates(conn, doc_id: str, actors: frozenset, limit: int) -> dict:
    """Documents sharing at least two of this document's rarer actors.

    Rarer = named in fewer documents: the common ones (the host country, the
    king) would make every document a candidate of every other."""
    if len(actors) < 2:
        return {}
    M = S.mentions.c
    # Document frequency, counted only up to DF_CAP: past that an actor is common anyway,
    # and an uncapped count scans every mention of the host country on every insert
    # (quadratic over a corpus).
    df = {}
    for a in actors:
        sub = select(M.doc_id).where(M.entity_id == a).distinct().limit(DF_CAP).subquery()
        df[a] = conn.execute(select(func.count()).select_from(sub)).scalar()
    rare = [a for a in sorted(actors, key=lambda a: (df.get(a, 0), a)) if df[a] < DF_CAP][:8]
    if len(rare) < 2:
        return {}
    n = func.count(func.distinct(M.entity_id)).label("n")
    q = (select(M.doc_id, n).where(M.entity_id.in_(rare), M.doc_id != doc_id).group_by(M.doc_id)
         .having(func.count(func.distinct(M.entity_id)) >= 2).order_by(n.desc(), M.doc_id).limit(limit))
    return {r.doc_id: r.n for r in conn.execute(q)}


# -- assignment ---------------------------------------------------------------

def _order_key(f: R.StoryFeatures) -> tuple:
    return (f.published or "9999", f.doc_id)


def assign_stories(conn, doc_ids: list[str], thresholds: Optional[R.Thresholds] = None) -> dict:
    """Give each new document a story (and a duplicate_of when it copies another).

    Returns {doc_id: (story_id, duplicate_of)}.  Documents already assigned
    (re-analysed) keep their story; their story's events are re-corroborated.
    """
    t = thresholds or R.load_thresholds()
    ensure_tables(conn)
    G = doc_signatures.c
    ids = list(dict.fromkeys(doc_ids))
    known = set()
    for i in range(0, len(ids), 500):
        known |= {r[0] for r in conn.execute(select(G.doc_id).where(G.doc_id.in_(ids[i:i + 500])))}
    new_ids = [i for i in ids if i not in known]
    feats, docs = _features(conn, new_ids, fresh=True)
    # Buckets of the whole batch first, so documents of one batch find each other.
    sig_rows, bucket_rows, keys_of = [], [], {}
    for i, f in feats.items():
        keys = minhash.band_keys(f.signature)
        keys_of[i] = keys
        sig_rows.append({"doc_id": i, "signature": minhash.to_bytes(f.signature), "shingles": minhash.to_bytes(f.shingles),
                         "n_shingles": len(f.shingles), "cited_key": f.cited_source})
        bucket_rows += [{"key": k, "doc_id": i} for k in set(keys)]
    if sig_rows:
        conn.execute(insert(doc_signatures), sig_rows)
    if bucket_rows:
        conn.execute(insert(lsh_buckets), bucket_rows)

    assigned = {i: (d.story_id, d.duplicate_of) for i, d in docs.items()}
    for i, d in _doc_rows(conn, [i for i in ids if i in known]).items():
        assigned[i] = (d.story_id or "", d.duplicate_of or "")
    cache: dict = dict(feats)
    touched: set = set()
    limit = int(t.max_candidates)
    for f in sorted(feats.values(), key=_order_key):
        cands = _band_candidates(conn, f.doc_id, keys_of[f.doc_id], limit, int(t.band_min))
        for k, v in _actor_candidates(conn, f.doc_id, f.actors, limit).items():
            cands.setdefault(k, 0)
        # Only candidates that already have a story: the rest of this batch
        # will find this document when its own turn comes.
        cand_docs = _doc_rows(conn, [c for c in cands if c not in assigned or assigned[c][0]])
        for c, d in cand_docs.items():
            assigned.setdefault(c, (d.story_id, d.duplicate_of))
        need = [c for c in cand_docs if c not in cache and assigned[c][0]]
        if need:
            cache.update(_features(conn, need, fresh=False)[0])
        matches = []
        for c in cand_docs:
            if c not in cache or not assigned[c][0]:
                continue
            score, ev = R.similarity(f, cache[c], t)
            kind = R.decide(ev, t)
            if kind:
                matches.append((kind == "duplicate", score, c, kind, ev))
        dup_of = ""
        if matches:
            matches.sort(key=lambda m: (not m[0], -m[1], m[2]))
            roots = {assigned[m[2]][1] or m[2] for m in matches if m[0]}
            if roots:  # a copy points at the earliest original it copies
                dup_of = min(roots, key=lambda r: (cache[r].published or "9999", r) if r in cache else ("9999", r))
            # Join the best match's story.  Other matched stories merge in only
            # through a copy: single-linkage chains of looser matches would glue
            # templated news (protocol visits, cables) into one giant story.
            story = _merge(conn, {assigned[matches[0][2]][0]} | {assigned[m[2]][0] for m in matches if m[0]}, assigned)
            for dup, score, c, kind, ev in matches:
                conn.execute(insert(story_links).values(doc_id=f.doc_id, other_id=c, kind=kind, score=str(score),
                                                        evidence=json.dumps(ev, ensure_ascii=False)))
        else:
            story = stable_id("story", f.doc_id)
        assigned[f.doc_id] = (story, dup_of)
        conn.execute(update(S.documents).where(S.documents.c.id == f.doc_id).values(story_id=story, duplicate_of=dup_of))
        touched.add(story)
    for i in ids:
        if i in known and i in assigned and assigned[i][0]:
            touched.add(assigned[i][0])
    live = {assigned[i][0] for i in ids if i in assigned}
    for sid in touched & live:
        corroborate(conn, sid)
    return {i: assigned[i] for i in ids if i in assigned}


def _merge(conn, story_ids: set, assigned: dict) -> str:
    """One story from several: the one first seen earliest (then smallest id) survives."""
    story_ids = {s for s in story_ids if s}
    if len(story_ids) == 1:
        return next(iter(story_ids))
    T, D = stories.c, S.documents.c
    first = dict(conn.execute(select(D.story_id, func.min(D.published_value))
                              .where(D.story_id.in_(list(story_ids)), D.published_value != "").group_by(D.story_id)).all())
    keep = min(story_ids, key=lambda s: (first.get(s) or "9999", s))
    gone = [s for s in story_ids if s != keep]
    conn.execute(update(S.documents).where(S.documents.c.story_id.in_(gone)).values(story_id=keep))
    for tbl in (event_witnesses, canonical_events):
        conn.execute(delete(tbl).where(tbl.c.story_id.in_(gone)))
    conn.execute(delete(stories).where(T.id.in_(gone)))
    for k, (s, d) in list(assigned.items()):
        if s in gone:
            assigned[k] = (keep, d)
    return keep


def corroborate(conn, story_id: str) -> list:
    """Recompute the story row, canonical events and witnesses of one story."""
    D, E, N = S.documents.c, S.events.c, S.entities.c
    drows = conn.execute(select(D.id, D.outlet, D.published_value, D.duplicate_of, D.cited_source)
                         .where(D.story_id == story_id)).all()
    ids = [r.id for r in drows]
    cited = {}
    Gc = doc_signatures.c
    for i in range(0, len(ids), 500):
        cited.update(dict(conn.execute(select(Gc.doc_id, Gc.cited_key).where(Gc.doc_id.in_(ids[i:i + 500]))).all()))
    wdocs = [R.WitnessDoc(r.id, r.outlet or "", r.published_value or "", cited.get(r.id) or norm_key(r.cited_source or ""),
                          r.duplicate_of or "") for r in drows]
    erows = []
    for i in range(0, len(ids), 500):
        erows += conn.execute(select(E.id, E.doc_id, E.type, E.source_id, E.target_id, E.modality, E.date_value,
                                     E.date_json, E.attributed_to).where(E.doc_id.in_(ids[i:i + 500]))).all()
    attributed = set()
    for r in erows:
        attributed |= set(json.loads(r.attributed_to or "[]"))
    media = {}
    if attributed:
        media = {r.id: norm_key(r.name_ar) for r in conn.execute(
            select(N.id, N.name_ar).where(N.id.in_(list(attributed)), N.type == "MEDIA"))}
    outlet_keys = {norm_key(d.outlet) for d in wdocs if d.outlet}
    outlet_of = {d.id: norm_key(d.outlet) for d in wdocs}
    wevents = []
    for r in erows:
        dj = json.loads(r.date_json) if r.date_json else {}
        # The event's attribution names the report it comes from unless that
        # report is the witness's own outlet (then the document is the source).
        src = next((media[a] for a in json.loads(r.attributed_to or "[]") if a in media), "")
        if src and src == outlet_of.get(r.doc_id, ""):
            src = ""
        wevents.append(R.WitnessEvent(r.id, r.doc_id, r.type, r.source_id or "", r.target_id or "", r.modality or "asserted",
                                      "" if dj.get("assumed") else (r.date_value or ""), src))
    canon = R.corroborate(story_id, wdocs, wevents)
    conn.execute(delete(event_witnesses).where(event_witnesses.c.story_id == story_id))
    conn.execute(delete(canonical_events).where(canonical_events.c.story_id == story_id))
    crow, wrow = [], []
    for c in canon:
        crow.append({"id": c.id, "story_id": story_id, "type": c.type, "source_id": c.source, "target_id": c.target,
                     "n_witnesses": len({w["doc_id"] for w in c.witnesses}), "independent_sources": c.independent_sources,
                     "first_seen": c.first_seen, "last_seen": c.last_seen, "contradicted": int(c.contradicted)})
        for w in c.witnesses:
            wrow.append({"event_id": w["event_id"], "canonical_id": c.id, "story_id": story_id, "doc_id": w["doc_id"],
                         "outlet": w["outlet"], "origin": w["origin"], "modality": w["modality"], "published": w["published"]})
    if crow:
        conn.execute(insert(canonical_events), crow)
    if wrow:
        conn.execute(insert(event_witnesses), wrow)
    pubs = [d.published for d in wdocs if d.published]
    by_id = {d.id: d for d in wdocs}
    row = {"first_seen": min(pubs) if pubs else "", "last_seen": max(pubs) if pubs else "", "n_docs": len(wdocs),
           "n_outlets": len(outlet_keys), "n_sources": len({R.origin_of(d, by_id) for d in wdocs})}
    if conn.execute(select(stories.c.id).where(stories.c.id == story_id)).first():
        conn.execute(update(stories).where(stories.c.id == story_id).values(**row))
    else:
        conn.execute(insert(stories).values(id=story_id, **row))
    return canon


# -- export helpers -----------------------------------------------------------

def witnesses_for_events(conn, event_ids: list[str]) -> dict:
    """Additive export fields per event id: story_id, canonical_id, witnesses
    [{doc_id, outlet, modality, published}], independent_sources, first_seen,
    last_seen, contradicted.  Events without witnesses rows are absent."""
    W, C = event_witnesses.c, canonical_events.c
    own = {}
    for i in range(0, len(event_ids), 500):
        for r in conn.execute(select(W.event_id, W.canonical_id).where(W.event_id.in_(event_ids[i:i + 500]))):
            own[r.event_id] = r.canonical_id
    cids = sorted(set(own.values()))
    canon, wits = {}, defaultdict(list)
    for i in range(0, len(cids), 500):
        part = cids[i:i + 500]
        for r in conn.execute(select(canonical_events).where(C.id.in_(part))):
            canon[r.id] = r
        for r in conn.execute(select(event_witnesses).where(W.canonical_id.in_(part)).order_by(W.published, W.doc_id, W.event_id)):
            wits[r.canonical_id].append(r)
    out = {}
    for eid, cid in own.items():
        c = canon.get(cid)
        if c is None:
            continue
        seen, wl = set(), []
        for w in wits[cid]:
            if w.doc_id in seen:
                continue  # one witness per document even if it tells the event twice
            seen.add(w.doc_id)
            wl.append({"doc_id": w.doc_id, "outlet": w.outlet, "modality": w.modality, "published": w.published})
        out[eid] = {"story_id": c.story_id, "canonical_id": cid, "witnesses": wl,
                    "independent_sources": c.independent_sources, "first_seen": c.first_seen,
                    "last_seen": c.last_seen, "contradicted": bool(c.contradicted)}
    return out


def story_of_documents(conn, doc_ids: list[str]) -> dict:
    """{doc_id: (story_id, duplicate_of)} for the documents export."""
    D = S.documents.c
    out = {}
    for i in range(0, len(doc_ids), 500):
        for r in conn.execute(select(D.id, D.story_id, D.duplicate_of).where(D.id.in_(doc_ids[i:i + 500]))):
            out[r.id] = (r.story_id or "", r.duplicate_of or "")
    return out
