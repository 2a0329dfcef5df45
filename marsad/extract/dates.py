"""Time expressions: the stage-4 entry points (see ``marsad.extract.timex``).

``parse_date(s)`` for a metadata field or stamp line, ``find_times(text,
published, start, end)`` for a document or one sentence of it.  The
implementation and its word lists live in ``marsad/extract/timex/`` and
``marsad/resources/{months,weekdays,time_expressions}.tsv``.
"""
from .timex import TimeLexicon, chronicle_times, find_times, load_lexicon, parse_date, split_interval

__all__ = ["parse_date", "find_times", "chronicle_times", "split_interval", "load_lexicon", "TimeLexicon"]
