"""The command line: a thin skin over the library (every command is a function)."""
from __future__ import annotations

import sys

import click

from . import __version__
from .errors import MarsadError

DEFAULT_DB = "marsad.db"


def _fail(msg: str, code: int = 1):
    click.echo(f"marsad: error: {msg}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def main():
    """marsad (مرصد): Arabic news → an evidence-backed graph of political actors and events."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file or database URL (postgresql://…).")
@click.option("--strict", is_flag=True, help="Exit non-zero when any input could not be read.")
@click.option("--workers", default=1, show_default=True, help="Processes for extraction.")
@click.option("--force", is_flag=True, help="Re-extract documents already stored by this version.")
@click.option("--text-field", default="text", show_default=True, help="JSONL/JSON key holding the article text.")
@click.option("--title-field", default="title", show_default=True, help="JSONL/JSON key of the title.")
@click.option("--url-field", default="url", show_default=True, help="JSONL/JSON key of the URL.")
@click.option("--published-field", default="published", show_default=True, help="JSONL/JSON key of the publication date.")
@click.option("--outlet-field", default="outlet", show_default=True, help="JSONL/JSON key of the outlet.")
@click.option("--id-field", default="id", show_default=True, help="JSONL/JSON key of the record's own id.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def analyze(paths, db, strict, workers, force, text_field, title_field, url_field, published_field, outlet_field, id_field, quiet):
    """Ingest, clean, extract, resolve and store PATHS (files, folders, .jsonl, .json, .html)."""
    from .ingest.readers import FieldMap
    from .pipeline import analyze as run
    from .store.db import Store
    from .summary import print_summary

    fields = FieldMap(text_field, title_field, url_field, published_field, outlet_field, id_field)
    try:
        store = Store(db)
        hook = _story_hook()
        s = run(list(paths), store, fields, workers=workers, progress=not quiet, after_write=hook, force=force)
    except MarsadError as exc:
        _fail(str(exc))
    if not quiet:
        print_summary(store, s)
    if s.read == 0 and s.failed > 0:
        _fail("nothing could be read", 2)
    if strict and s.failed:
        _fail(f"{s.failed} input(s) failed (--strict)", 1)


def _story_hook():
    try:
        from .store.stories import assign_stories
    except ImportError:
        return None

    def hook(conn, doc_id):
        assign_stories(conn, [doc_id])

    return hook


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file or database URL.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.argument("out_dir", type=click.Path())
def export(db, fmt, out_dir):
    """Write the store to OUT_DIR in the JSONL contract (docs/export-contract.md)."""
    from .export.jsonl import export_jsonl

    store = _open(db)
    extra = None
    try:
        from .store.stories import witnesses_for_events

        def extra(ids):
            with store.engine.connect() as c:
                return witnesses_for_events(c, ids)
    except ImportError:
        pass
    try:
        counts = export_jsonl(store, out_dir, extra)
    except OSError as exc:
        _fail(f"{out_dir}: cannot write the export ({exc.strerror or exc})")
    for name, n in counts.items():
        click.echo(f"{name:18} {n:>7}")
    click.echo(f"wrote {out_dir}")


def _open(db):
    from pathlib import Path

    from .store.db import Store

    if "://" not in db and not Path(db).exists():
        _fail(f"{db}: no such database (run `marsad analyze PATH --db {db}` first)")
    try:
        return Store(db)
    except MarsadError as exc:
        _fail(str(exc))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file or database URL.")
@click.option("--top", default=10, show_default=True, help="How many top actors and events.")
def stats(db, top):
    """Counts, and the top actors and events of the store."""
    from .summary import print_stats

    print_stats(_open(db), top)


@main.command()
@click.argument("query")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file.")
@click.option("--limit", default=10, show_default=True, help="How many documents.")
def search(query, db, limit):
    """Documents whose text holds every word of QUERY (hamza, ya, ta marbuta, diacritics and clitics folded)."""
    from .store.search import search as run

    try:
        hits = run(_open(db), query, limit)
    except MarsadError as exc:
        _fail(str(exc))
    for h in hits:
        click.echo(f"{h['id']}  {h['published'] or '-':16}  {h['outlet'] or '-'}  {h['title']}")
        click.echo(f"    {h['snippet']}")
    if not hits:
        click.echo("no document matches")


@main.group()
def train():
    """Train the learned models that ship with marsad."""


@train.command("ner")
@click.option("--out", default=None, type=click.Path(), help="Model folder (default: the packaged one).")
@click.option("--seed", default=0, show_default=True)
def train_ner(out, seed):
    """Train the CRF NER model on the public corpora's train splits (records data hashes and scores)."""
    from .ner.train import train as run

    report = run(out_dir=out, seed=seed)
    for k, v in report.get("scores", {}).items():
        click.echo(f"{k}: {v}")


@main.group("eval")
def eval_():
    """Score marsad against gold data."""


@eval_.command("ner")
@click.argument("file", required=False, type=click.Path(exists=True))
@click.option("--set", "set_name", type=click.Choice(["newsfane", "anercorp", "wojood"]), default=None)
@click.option("--split", type=click.Choice(["test", "dev"]), default="test", show_default=True)
def eval_ner(file, set_name, split):
    """NER precision/recall/F1 (exact span, conlleval) on a corpus split or a CoNLL/BIO FILE."""
    from .ner.evaluate import evaluate_file, evaluate_set

    if not file and not set_name:
        _fail("give a FILE or --set newsfane|anercorp|wojood")
    rep = evaluate_file(file) if file else evaluate_set(set_name, split)
    click.echo(rep.format())


@eval_.command("events")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--db", default=None, help="Score events already in this store instead of re-running the seeds.")
def eval_events(gold, db):
    """Events precision/recall/F1 and per-field accuracy against a JSON GOLD file."""
    from .eval.events import run_eval_events

    click.echo(run_eval_events(gold, db).format())


if __name__ == "__main__":
    main()
