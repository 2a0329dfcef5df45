"""Benchmark: story grouping of 10k and 100k documents in SQLite.

Reads the SaudiNewsNet articles from /work/shared/data/bulk/saudinewsnet
(31,030 real articles; never copied into the repository).  Beyond them the
corpus is SYNTHESISED: perturbed copies of real articles (a sentence dropped,
~5% of words replaced, a boilerplate header/footer added, published one or
two days later), so that recall on known copies can be measured too.

Documents are written straight into the ``documents`` table (no extraction:
no actors or events, so this measures the text path — shingles, signatures,
LSH buckets, candidate lookup, verification, story rows).

    .venv/bin/python bench/bench_stories.py            # 10k and 100k
    .venv/bin/python bench/bench_stories.py --sizes 10000 --batch 500
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import tempfile
import time
import zipfile
from datetime import date, timedelta

from sqlalchemy import create_engine, event, func, insert, select

from marsad.records import stable_id
from marsad.store import schema as S
from marsad.store import stories as ST

BULK = "/work/shared/data/bulk/saudinewsnet/*.zip"
HEADERS = ["الرئيسية » أخبار محلية", "تابعونا على تويتر", "اقرأ أيضاً", "شارك الخبر", "حقوق النشر محفوظة"]


def load_real() -> list[dict]:
    out = []
    for p in sorted(glob.glob(BULK)):
        with zipfile.ZipFile(p) as z:
            for name in z.namelist():
                out.extend(json.loads(z.read(name)))
    return out


def perturb(rng: random.Random, text: str, vocab: list[str]) -> str:
    sents = [s for s in text.replace("\n", " \n ").split(".") if s.strip()]
    if len(sents) > 3:
        del sents[rng.randrange(len(sents))]
    words = ".".join(sents).split(" ")
    for i in range(len(words)):
        if rng.random() < 0.05:
            words[i] = rng.choice(vocab)
    return rng.choice(HEADERS) + "\n" + " ".join(words) + "\n" + rng.choice(HEADERS)


def corpus(n: int, real: list[dict], seed: int = 7) -> tuple[list[dict], dict]:
    """n documents: real ones first, then perturbed copies; {copy_id: original_id}."""
    rng = random.Random(seed)
    docs, seen = [], set()
    for r in real:
        if len(docs) >= n:
            break
        i = stable_id("doc", r["content"])
        if i in seen or not r["content"].strip():
            continue
        seen.add(i)
        docs.append({"id": i, "text": r["content"], "outlet": r["source"], "published": r["date_extracted"][:10]})
    vocab = [w for d in docs[:2000] for w in d["text"].split()[:50]]
    copies = {}
    base = list(docs)
    while len(docs) < n:
        o = rng.choice(base)
        text = perturb(rng, o["text"], vocab)
        i = stable_id("doc", text)
        if i in seen:
            continue
        seen.add(i)
        pub = (date.fromisoformat(o["published"]) + timedelta(days=rng.choice([0, 1, 2]))).isoformat()
        docs.append({"id": i, "text": text, "outlet": f"synthetic{rng.randrange(20)}", "published": pub})
        copies[i] = o["id"]
    return docs, copies


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, real: list[dict], batch: int) -> dict:
    docs, copies = corpus(n, real)
    # Shuffle so copies arrive before, among and after their originals.
    random.Random(1).shuffle(docs)
    path = os.path.join(tempfile.mkdtemp(prefix="marsad_bench_"), "stories.db")
    eng = create_engine(f"sqlite:///{path}")

    @event.listens_for(eng, "connect")
    def _pragmas(c, _r):
        c.execute("PRAGMA journal_mode=WAL")
        c.execute("PRAGMA synchronous=NORMAL")

    S.metadata.create_all(eng)
    t0 = time.perf_counter()
    with eng.begin() as c:
        for i in range(0, len(docs), 5000):
            c.execute(insert(S.documents), [{"id": d["id"], "source": "bench", "text": d["text"], "outlet": d["outlet"],
                                             "published_value": d["published"]} for d in docs[i:i + 5000]])
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    batch_times = []
    for i in range(0, len(docs), batch):
        tb = time.perf_counter()
        with eng.begin() as c:
            ST.assign_stories(c, [d["id"] for d in docs[i:i + batch]])
        batch_times.append(time.perf_counter() - tb)
    t_assign = time.perf_counter() - t0
    with eng.connect() as c:
        story = dict(c.execute(select(S.documents.c.id, S.documents.c.story_id)).all())
        dup = dict(c.execute(select(S.documents.c.id, S.documents.c.duplicate_of)).all())
        n_stories = c.execute(select(func.count()).select_from(ST.stories)).scalar()
        multi = c.execute(select(func.count()).select_from(ST.stories).where(ST.stories.c.n_docs > 1)).scalar()
        biggest = c.execute(select(func.max(ST.stories.c.n_docs))).scalar()
        buckets = c.execute(select(func.count()).select_from(ST.lsh_buckets)).scalar()
        real_ids = [d["id"] for d in docs if d["id"] not in copies]
        real_grouped = sum(1 for i in real_ids if story[i] != stable_id("story", i))
    found = sum(1 for c, o in copies.items() if story[c] == story[o])
    dup_found = sum(1 for c, o in copies.items() if dup[c] in (o, dup.get(o)) or dup.get(o) == c)
    return {
        "documents": n, "synthetic_copies": len(copies), "insert_s": round(t_load, 1),
        "assign_s": round(t_assign, 1), "docs_per_s": round(n / t_assign, 1),
        "first_batch_s": round(batch_times[0], 2), "last_batch_s": round(batch_times[-1], 2),
        "stories": n_stories, "multi_doc_stories": multi, "largest_story": biggest,
        "real_docs_grouped": real_grouped, "real_docs": len(real_ids),
        "copy_recall_story": round(found / len(copies), 4) if copies else None,
        "copy_recall_duplicate": round(dup_found / len(copies), 4) if copies else None,
        "lsh_rows": buckets, "db_mb": round(os.path.getsize(path) / 2**20, 1), "peak_rss_mb": round(peak_mb(), 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--batch", type=int, default=1000, help="documents per assign_stories call (one transaction)")
    args = ap.parse_args()
    real = load_real()
    for n in args.sizes:
        print(json.dumps(run(n, real, args.batch), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
