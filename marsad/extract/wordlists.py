"""Closed word lists of the event and actor rules (``resources/word_lists.tsv``).

Each row names a list and one word; the words are folded (``norm``) when loaded, as
tokens are, so an analyst writes them as they are spelt.  A word that begins with و or ف is also
kept without that letter, the form a rule sees after stripping a conjunction.  Loaded once per process.
"""
from __future__ import annotations

from functools import lru_cache

from ..arabic.normalize import norm
from ..errors import ResourceError
from ..resources import read_tsv

LISTS = ("verb_opener", "relative", "after_prep", "manner_head", "opening_not_verb", "doer_verb", "meet_verb",
         "light_perfect", "light_imperfect", "vso_filler", "count_word", "former", "name_link",
         "quantifier", "behind_verb", "agent_marker",
         "permit_word", "wrest_word", "sign_verb",
         "do_verb", "during_word", "ascribed_word",
         "effort_noun", "stance_verb", "charge_word", "do_noun", "ruling_verb", "control_verb",
         "aside_word", "quantity_head", "time_noun", "loyal_word", "against_word", "aim_word", "copula_verb", "with_noun", "kin_word", "express_verb", "held_by",
         "actor_place", "party_noun", "about_word", "outcome_opener")


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset]:
    out: dict[str, set] = {}
    for r in read_tsv("word_lists.tsv", ["list", "form"], ["note"]):
        if r["list"] not in LISTS:
            raise r.error(f"unknown list {r['list']!r}; known: {', '.join(LISTS)}")
        form = " ".join(norm(r["form"]).split())
        out.setdefault(r["list"], set()).add(form)
        if form[:1] in ("و", "ف") and len(form.lstrip("وف")) >= 2:
            # rules strip a leading و/ف as a conjunction before looking a token up (وقفت → قفت): keep the
            # stripped spelling too, so that a word whose own first letter is و (وقف، وعد، واصل) is still found
            out[r["list"]].add(form.lstrip("وف"))
    missing = [name for name in LISTS if name not in out]
    if missing:
        raise ResourceError(f"word_lists.tsv: no rows for {', '.join(missing)}")
    return {k: frozenset(v) for k, v in out.items()}


def word_list(name: str) -> frozenset:
    return word_lists()[name]
