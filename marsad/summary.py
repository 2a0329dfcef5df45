"""Human summaries of a run and of a store (printed by the CLI)."""
from __future__ import annotations

from collections import Counter

import click
from sqlalchemy import func, select

from .store import schema as S


def print_summary(store, s) -> None:
    c = store.counts()
    with store.engine.connect() as conn:
        outlets = [r[0] for r in conn.execute(
            select(S.documents.c.outlet, func.count()).where(S.documents.c.outlet != "")
            .group_by(S.documents.c.outlet).order_by(func.count().desc()).limit(8))]
        dates = conn.execute(select(func.min(S.documents.c.published_value), func.max(S.documents.c.published_value))
                             .where(S.documents.c.published_value != "")).first()
    click.echo("")
    click.echo(f"documents  read {s.read}, new {s.new}, updated {s.updated}, unchanged {s.unchanged}, failed {s.failed}")
    click.echo(f"store      {c['documents']} documents, {c['entities']} entities, {c['mentions']} mentions, "
               f"{c['events']} events, {c['quotes']} quotes")
    click.echo(f"outlets    {c['outlets']}: {'، '.join(outlets) if outlets else '-'}")
    if dates and dates[0]:
        click.echo(f"dates      {c['dated']} dated, {dates[0]} … {dates[1]}")
    else:
        click.echo("dates      none")
    if s.errors:
        click.echo(f"errors     {len(s.errors)}:")
        for e in s.errors[:20]:
            click.echo(f"  {e}")
        if len(s.errors) > 20:
            click.echo(f"  … {len(s.errors) - 20} more (stored in the runs table)")


def print_stats(store, top: int = 10) -> None:
    c = store.counts()
    for k in ("documents", "entities", "mentions", "events", "quotes", "outlets", "dated"):
        click.echo(f"{k:10} {c[k]:>7}")
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(S.entities.c.name_ar, S.entities.c.name_en, S.entities.c.type, func.count().label("n"))
            .select_from(S.mentions.join(S.entities, S.mentions.c.entity_id == S.entities.c.id))
            .group_by(S.entities.c.id, S.entities.c.name_ar, S.entities.c.name_en, S.entities.c.type)
            .order_by(func.count().desc()).limit(top)).all()
        click.echo("\ntop actors (mentions)")
        for r in rows:
            click.echo(f"  {r.n:>5}  {r.type:7} {r.name_ar}" + (f" ({r.name_en})" if r.name_en else ""))
        names = {r.id: r.name_ar for r in conn.execute(select(S.entities.c.id, S.entities.c.name_ar))}
        evs = conn.execute(select(S.events.c.type, S.events.c.source_id, S.events.c.target_id, S.events.c.modality)).all()
    types = Counter(e.type for e in evs)
    click.echo("\ntop event types")
    for t, n in types.most_common(top):
        click.echo(f"  {n:>5}  {t}")
    pairs = Counter((names.get(e.source_id, "?"), e.type, names.get(e.target_id, "?")) for e in evs)
    click.echo("\ntop events (source → type → target)")
    for (s, t, g), n in pairs.most_common(top):
        click.echo(f"  {n:>5}  {s} → {t} → {g}")
    mods = Counter(e.modality for e in evs)
    if mods:
        click.echo("\nmodality   " + ", ".join(f"{k} {v}" for k, v in mods.most_common()))
