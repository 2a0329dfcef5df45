"""analyze: read → clean → extract → store, one document at a time.

The edge of the system: it does the I/O around the pure ``extract`` and
turns every bad input into one line (file, line, reason) while the run goes
on.  With ``workers > 1`` extraction runs in a process pool (the function is
pure and picklable); writing stays in this process, one transaction per
document.
"""
from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from .errors import InputError, MarsadError
from .extract import EXTRACTOR_VERSION, Resources, extract
from .ingest.clean import CleanRules, to_document
from .ingest.readers import FieldMap, RawRecord, read_paths
from .records import Document, Extraction
from .store.db import Store


@dataclass
class Summary:
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    sentences: int = 0
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


_worker_resources: Optional[Resources] = None


def _init_worker():
    global _worker_resources
    _worker_resources = Resources.load()


def _extract_in_worker(doc: Document):
    try:
        return doc, extract(doc, _worker_resources), None
    except Exception as exc:  # reported by the parent with the document's source
        return doc, None, f"extraction failed: {type(exc).__name__}: {exc}"


def _documents(items: Iterable, summary: Summary, report: Callable[[str], None], rules: CleanRules) -> Iterator[Document]:
    for item in items:
        if isinstance(item, InputError):
            summary.failed += 1
            summary.errors.append(str(item))
            report(f"skipped {item}")
            continue
        rec: RawRecord = item
        summary.read += 1
        if rec.warning:
            summary.warnings.append(f"{rec.source}: {rec.warning}")
            report(f"warning {rec.source}: {rec.warning}")
        try:
            doc = to_document(rec, rules)
        except MarsadError as exc:
            summary.failed += 1
            summary.errors.append(f"{rec.source}: {exc}")
            report(f"skipped {rec.source}: {exc}")
            continue
        if not doc.text.strip():
            summary.failed += 1
            msg = f"{rec.source}: no article text left after removing boilerplate"
            summary.errors.append(msg)
            report(f"skipped {msg}")
            continue
        yield doc


def analyze(
    paths: list[str],
    store: Store,
    fields: FieldMap | None = None,
    resources: Resources | None = None,
    workers: int = 1,
    report: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
    progress: bool = False,
    after_write=None,
    force: bool = False,
) -> Summary:
    summary = Summary()
    rules = CleanRules.load()
    run_id = store.start_run(list(paths))
    docs = _documents(read_paths(paths, fields), summary, report, rules)

    def todo() -> Iterator[Document]:
        for doc in docs:
            version = store.stored_version(doc.id)
            if version == EXTRACTOR_VERSION and not force:
                summary.unchanged += 1
                store.add_source(doc.id, doc.source)
                continue
            doc.raw_text = ""  # not needed past cleaning; keeps worker traffic small
            if version is None:
                summary.new += 1
            else:
                summary.updated += 1
            yield doc

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="analyze", file=sys.stderr, disable=None)

    def handle(doc: Document, ex: Optional[Extraction], err: Optional[str]):
        if err:
            summary.failed += 1
            summary.errors.append(f"{doc.source}: {err}")
            report(f"skipped {doc.source}: {err}")
            return
        try:
            store.write(doc, ex, EXTRACTOR_VERSION, after_write=after_write)
            summary.sentences += len(ex.sentences)
        except Exception as exc:  # the transaction rolled back: nothing half-written
            summary.failed += 1
            summary.errors.append(f"{doc.source}: not stored: {exc}")
            report(f"skipped {doc.source}: not stored: {type(exc).__name__}: {exc}")
        if bar is not None:
            bar.update(1)

    try:
        if workers > 1:
            with ProcessPoolExecutor(workers, initializer=_init_worker) as pool:
                for doc, ex, err in pool.map(_extract_in_worker, todo(), chunksize=16):
                    handle(doc, ex, err)
        else:
            resources = resources or Resources.load()
            for doc in todo():
                try:
                    ex, err = extract(doc, resources), None
                except Exception as exc:
                    ex, err = None, f"extraction failed: {type(exc).__name__}: {exc}"
                handle(doc, ex, err)
    finally:
        if bar is not None:
            bar.close()
        store.finish_run(run_id, summary.read, summary.new, summary.errors)
    return summary
