"""make bench: throughput and peak memory of the whole analyze run (ingest → store).

Reads real articles from ../shared/data/bulk/saudinewsnet (CC BY-NC-SA 4.0,
see its SOURCE.md) into a temporary JSONL file — never into the repository —
and times `marsad analyze` on 1k and 10k of them in a fresh SQLite file, in a
child process so that peak memory (ru_maxrss) is the run's own.

Last line: ``bench 10k: <articles/s> articles/s, <MB> MB peak``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BULK = (HERE.parent / ".." / "shared" / "data" / "bulk" / "saudinewsnet").resolve()


def articles(n: int):
    """The first n articles of the corpus, in file order (deterministic)."""
    out = []
    for z in sorted(BULK.glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                for rec in json.loads(zf.read(name).decode("utf-8")):
                    out.append({"id": rec.get("url", ""), "text": rec.get("content", ""), "title": rec.get("title", ""),
                                "url": rec.get("url", ""), "outlet": rec.get("source", "")})
                    if len(out) >= n:
                        return out
    return out


def run_one(n: int, workers: int, tmp: Path) -> dict:
    src = tmp / f"bulk_{n}.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for a in articles(n):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    db = tmp / f"bench_{n}.db"
    for p in (db, Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        if p.exists():
            p.unlink()
    marsad = Path(sys.executable).parent / "marsad"
    cmd = [str(marsad), "analyze", str(src), "--db", str(db), "--quiet", "--workers", str(workers)]
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"bench: analyze failed with status {proc.returncode}")
    con = sqlite3.connect(db)
    docs, sents = con.execute("select count(*), coalesce(sum(n_sentences),0) from documents").fetchone()
    ents = con.execute("select count(*) from entities").fetchone()[0]
    evs = con.execute("select count(*) from events").fetchone()[0]
    con.close()
    return {"n": n, "docs": docs, "sentences": sents, "entities": ents, "events": evs, "wall": wall,
            "articles_s": n / wall, "sentences_s": sents / wall, "peak_mb": max(peak_kb, before) / 1024,
            "errors": proc.stderr.count("skipped ")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    args = ap.parse_args()
    if not BULK.exists():
        raise SystemExit(f"bench: {BULK} not found (the shared bulk corpus sits beside the repository)")
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as t:
        results = []
        for n in sizes:
            r = run_one(n, args.workers, Path(t))
            results.append(r)
            print(f"{n:>6} articles: {r['wall']:.1f} s, {r['articles_s']:.1f} articles/s, {r['sentences_s']:.0f} sentences/s, "
                  f"peak {r['peak_mb']:.0f} MB (largest process), {r['docs']} docs stored, {r['entities']} entities, "
                  f"{r['events']} events, {r['errors']} inputs skipped; workers={args.workers}", flush=True)
        if len(results) > 1:
            a, b = results[0], results[-1]
            print(f"growth {a['n']}→{b['n']}: time ×{b['wall'] / a['wall']:.1f} for ×{b['n'] / a['n']:.0f} articles")
        last = results[-1]
        label = f"{last['n'] // 1000}k" if last["n"] % 1000 == 0 else str(last["n"])
        print(f"bench {label}: {last['articles_s']:.1f} articles/s, {last['peak_mb']:.0f} MB peak")


if __name__ == "__main__":
    main()
