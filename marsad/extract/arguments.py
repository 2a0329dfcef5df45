"""Who did it and to whom: the source and target actors of one trigger.

Arabic news prose puts the verb first (VSO: طلب حفتر من روسيا) or the
subject first after أن/إن and at the start of a clause (SVO: أن روسيا
أرسلت).  The rules here choose between the actors of a sentence (``Slot``
groups from ``actors.place_actors``) with:

- prepositions: the row of the trigger names how its target is marked
  (طلب من، أرسل إلى، اجتمع مع، تحذير لـ) and how a noun's agent is (دعم من);
- agreement: a verb agrees in gender with a subject after it, so أبلغ
  (masculine) cannot have روسيا (feminine) as subject — روسيا is its object
  and the subject is carried over; a feminine verb rules out الكرملين;
- relative clauses: in "…، التي كانت تدعم الحكومة" the subject is the
  actor before التي;
- asides: a short clause between commas (، في رسالته إلى شويغو،، الذي يسيطر
  على …،) is skipped when measuring distances and never gives arguments to a
  trigger outside it;
- verbal nouns: the genitive is the agent (زيارة بيرنز) unless the row says it
  is the patient (تزويد حفتر); a nisba after the noun is the agent (الدعم
  الروسي); a pronoun suffix (قتاله، مساعدتها) points to the clause's subject.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import HARAKAT, norm
from ..arabic.tokens import Token
from .actors import LOYAL_WORDS, PREP_WORDS, Slot
from .relations import COUNT_WORDS, is_count, possessor_target
from .wordlists import word_list

HARD_WORDS = {
    "ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "عندما", "بينما",
    "لكن", "لكنه", "الا", "كي", "لان", "فيما", "مما", "حين", "اذ", "اذا", "رغم", "برغم",
}
HARD_PUNCT = set(':؛;"“”«»()')
SOFT_PUNCT = set("،,")
_MARKS_OFF = str.maketrans("", "", '"“”«»()')
RELATIVE = word_list("relative")  # الذي التي الذين اللذان اللتان …
# auxiliaries that may stand between a relative pronoun and its verb: التي كانت تدعم
AUXILIARIES = {"كان", "كانت", "كانوا", "يكون", "تكون", "ظل", "ظلت", "لا", "لم", "لن", "قد", "ما", "طالما"}
ASIDE_OPENERS = PREP_WORDS | RELATIVE | {"وهي", "وهو", "وهم", "حسب", "بحسب", "وفق", "وفقا", "اي"}
WINDOW = 10
# light verbs that carry a verbal noun's agent after it: زيارة يقوم بها حفتر
# verbs that only carry the verbal noun after them (أجرى محادثات، عقد اجتماعا)
DO_VERBS = word_list("do_verb")
LIGHT_VERBS = {"قام", "يقوم", "تقوم", "قامت", "اجراها", "يجريها", "اجراه", "يجريه", "قادها", "يقودها", "قاده", "يقوده",
               "قادتها", "قادته", "تقودها", "تقوده", "اجرتها", "اجرته", "تجريها"}
# PLOVER types whose requested event benefits the one who asks (طلب حفتر من روسيا إرسال طائرات)
BENEFICIARY_TYPES = {"AID", "SUPPORT", "COOPERATE", "CONSULT", "AGREE", "CONCEDE", "RETREAT"}
PRONOUN_AGENT = ("ه", "ها", "هم", "هما")
# أنها تدعم الحكومة: the subject is already the pronoun on أن; the actor after the verb is its object
SUBJECT_PRONOUNS = {"انه", "انها", "انهم", "انهما"}
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "يه", "يها", "يهم")  # عليه is علي + ه; فيه is في + ه


@dataclass
class Sentence:
    """One sentence's tokens, actor groups, clause boundaries and asides."""

    text: str
    toks: list[Token]
    groups: list[list[Slot]]
    hard: set
    soft: set
    asides: list[tuple[int, int]] = field(default_factory=list)  # token ranges [a, b]
    masculine: frozenset = frozenset()
    units: object = None  # relations.Units (word lists), when the caller has them

    def is_adverb(self, k: int) -> bool:
        """Is token k a time word (``_adverb`` rows: أمس، الثلاثاء، مساء)?"""
        return self.units is not None and self.units.is_("adverb", self.toks[k])

    def aside_of(self, k: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.asides if a <= k <= b), None)

    def hard_for(self, k: int) -> set:
        """Hard boundaries that count for a trigger at token k (those inside other asides do not)."""
        own = self.aside_of(k)
        return {h for h in self.hard if self.aside_of(h) in (None, own)}

    def dist(self, a: int, b: int) -> int:
        """Tokens strictly between a and b, not counting asides."""
        return sum(1 for k in range(a + 1, b) if self.aside_of(k) is None)

    def outside(self, g: list[Slot], k: int) -> bool:
        """Is group g in an aside that does not hold token k?"""
        sp = self.aside_of(g[0].ti)
        return sp is not None and sp != self.aside_of(k)


OPEN_MARKS = {"«": "»", "“": "”", "(": ")", '"': '"'}
NAME_SPAN = 4  # tokens: a quoted or bracketed span this short is a name or a term, not a clause


def _name_marks(text: str, toks: list[Token]) -> set:
    """Gaps (token k: the gap before it) whose marks only wrap a short name: هدد «داعش» الحكومة.

    A quotation mark or bracket pair around at most ``NAME_SPAN`` tokens (a name, a
    slogan, a term: «داعش»، (تحالف دعم الشرعية)، "إعلان القاهرة") does not open a clause.
    """
    out: set = set()
    opener, open_at = None, 0
    for k in range(1, len(toks)):
        for c in text[toks[k - 1].end:toks[k].start]:
            if opener is not None and c == OPEN_MARKS[opener]:
                if k - open_at <= NAME_SPAN:
                    out.update({open_at, k})
                opener = None
            elif opener is None and c in OPEN_MARKS:
                opener, open_at = c, k
    return out


def bounds(text: str, toks: list[Token]) -> tuple[set, set]:
    """Token indices k with a clause boundary just before token k (hard, soft)."""
    hard, soft = set(), set()
    names = _name_marks(text, toks) if toks else set()
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end:toks[k].start]
        w = toks[k].norm
        w2 = w[1:] if w[:1] in ("و", "ف") else w
        if k in names and not any(c in HARD_PUNCT for c in gap.translate(_MARKS_OFF)):
            gap = gap.translate(_MARKS_OFF)
        if any(c in HARD_PUNCT for c in gap) or w in HARD_WORDS or w2 in HARD_WORDS:
            hard.add(k)
        elif any(c in SOFT_PUNCT for c in gap):
            soft.add(k)
    return hard, soft


def asides(text: str, toks: list[Token], soft: set) -> list[tuple[int, int]]:
    """Short comma-enclosed clauses opened by a preposition or relative pronoun."""
    commas = [k for k in range(1, len(toks)) if any(c in SOFT_PUNCT for c in text[toks[k - 1].end:toks[k].start])]
    out = []
    for a, b in zip(commas, commas[1:]):
        first = toks[a].norm
        # a relative clause may run longer than a prepositional aside
        limit = 15 if first.lstrip("و") in RELATIVE else 9
        if b - a > limit:
            continue
        if first in ASIDE_OPENERS or first.lstrip("وف") in ASIDE_OPENERS:
            out.append((a, b - 1))
    return out


def groups_of(slots: list[Slot], hard: set) -> list[list[Slot]]:
    """Actors joined by و (روسيا والإمارات ومصر) form one group."""
    groups: list[list[Slot]] = []
    for s in slots:
        if groups and s.conj and s.ti <= groups[-1][-1].tj + 2 and not any(groups[-1][-1].tj < b <= s.ti for b in hard):
            groups[-1].append(s)
        elif groups and s.is_adj and groups[-1][-1].is_adj and s.ti == groups[-1][-1].tj + 1:
            groups[-1].append(s)  # التحركات المصرية الإماراتية: two states
        else:
            groups.append([s])
    return groups


def between(a: int, b: int, marks: set) -> bool:
    return any(a < x <= b for x in marks)


def all_adj(g) -> bool:
    return all(s.is_adj for s in g)


# ---------------------------------------------------------------- agreement
def verb_gender(kind: str, lemma: str, stem: str) -> str:
    """m / f / p (plural) / '' for a verb form; ``lemma`` is the row's folded perfect form."""
    if kind == "v":
        if stem == lemma:
            return "m"
        if stem.endswith("وا"):
            return "p"
        if stem.endswith("ت") and stem[:-1] in (lemma, lemma[:-1]):
            return "f"
        return ""
    if kind == "i":
        if stem.endswith(("ون", "وا", "ان")):
            return "p"
        return {"ي": "m", "ت": "f"}.get(stem[:1], "")
    return ""


def actor_gender(s: Slot, text: str, masculine: frozenset) -> str:
    """Grammatical gender of an actor mention: states and cities are feminine unless listed masculine."""
    words = norm(text[s.start:s.end]).split()
    if not words:
        return ""
    head = words[0]
    bare = head[2:] if head.startswith("ال") else head
    if s.msource == "owner":
        return ""  # آلاف العراقيين، طائرات الاحتلال الإسرائيلي: the head's agreement is loose
    if s.etype == "GPE":
        return "m" if head in masculine or bare in masculine or " ".join(words) in masculine else "f"
    if s.etype in ("ORG", "GENERIC"):
        if s.etype == "GENERIC" and len(bare) == 5 and bare[2] == "ا":
            return ""  # وسائل، مصادر، فصائل: a broken plural takes a feminine verb (وقالت المصادر) or, of people, either
        if bare.endswith(("ون", "ين", "ان")) and s.etype == "GENERIC":
            return "p"
        if len(words) == 1 and s.etype == "ORG":
            return ""
        if s.etype == "ORG" and not bare.endswith(("ه", "ات")):
            return ""  # الأمم المتحدة: a broken plural head agrees in the feminine
        return "f" if bare.endswith(("ه", "ات")) else "m"
    return ""


def agrees(vg: str, g: list[Slot], S: Sentence) -> bool:
    if not vg:
        return True
    if vg == "p":  # وأطلقوا صواريخ عبر الحدود السعودية: one state or one person is never a plural verb's subject
        k = g[-1].tj + 1  # (الولايات المتحدة وحلفاؤها نفذوا: with a noun joined to it, they are)
        w = S.toks[k].norm if k < len(S.toks) else ""
        joined = (w[:1] == "و" and (w.startswith("وال") or w.endswith(("ها", "ه", "هم"))) and not w.endswith("وا")
                  and not S.text[S.toks[k - 1].end:S.toks[k].start].strip())
        head = S.toks[g[0].ti - 1] if g[0].ti >= 1 else None  # طائرات الاحتلال الإسرائيلي: a force of the state may be
        force = g[0].msource == "owner" and head is not None and S.units is not None and S.units.is_("unit", head)
        return joined or force or not (len(g) == 1 and g[0].etype in ("GPE", "PER"))
    ag = actor_gender(g[0], S.text, S.masculine)
    return not ag or ag == "p" or ag == vg


# ---------------------------------------------------------------- arguments
def arguments(t, S: Sentence, prev_src_pos: int = -1, has_prev: bool = False, prev_tgt: tuple = ()):
    """(source group, target group) of trigger ``t`` (an ``events.Trig``); either may be None.

    ``prev_pos``/``has_prev``/``prev_tgt``: the end of the sentence's previous main trigger, whether it had a
    source, and its targets (no subject for a coordinated verb after it).
    """
    toks, row = S.toks, t.row
    tprep, sprep = row["_tprep"], row["_sprep"]
    hard = S.hard_for(t.ti)
    usable = [g for g in S.groups if not S.outside(g, t.ti)]
    # a verb's object is counted from the end of a subject that follows it (VSO with a long title)
    subj = next((g for g in usable if g[0].ti > t.tj and S.dist(t.tj, g[0].ti) <= 3 and not g[0].prep), None)
    extra = (subj[-1].tj - t.tj) if (subj is not None and t.kind in ("v", "i")) else 0
    if subj is not None and t.kind in ("n", "a") and subj[0].ti == t.tj + 1:
        extra = subj[-1].tj - t.tj  # لقاء وزير خارجية مصر الأستاذ سامح شكري أمس مع …: a long genitive agent
    fwd = [g for g in usable if g[0].ti > t.tj and S.dist(t.tj, g[0].ti) < WINDOW + extra
           and not between(t.tj, g[0].ti, hard)]
    bwd = [g for g in usable if g[-1].tj < t.ti and S.dist(g[-1].tj, t.ti) < 8
           and (not between(g[-1].tj, t.ti, hard | {k for k in S.soft if S.aside_of(k) is None})
                or (t.kind in ("n", "a") and _dated_gap(S, g[-1].tj, t.ti) and not between(g[-1].tj, t.ti, hard)))]
    # actors that belong to another word of the clause (الموالية لـ، للتصدي لـ، العلاقات مع) are no arguments
    other = [g for g in usable if _loyal_to(S, g) or of_inner_noun(S, t, g) or _with_other_noun(S, t, g)
             or _venue(t, g)]
    usable = [g for g in usable if g not in other]
    fwd = [g for g in fwd if g not in other]
    prep_t = [g for g in fwd if ((g[0].prep and g[0].prep in tprep) or _beside(toks, g, tprep))
              and not _second_ila(toks, t, g)]
    agent = [g for g in fwd if (g[0].prep == "agent" and not _participle_agent(S, t, g))
             or (g[0].prep and g[0].prep not in ("agent", "ل") and g[0].prep in sprep)
             # هجوم للجماعة، غارات جوية للتحالف: a ل-owner right after the noun (not مواقع لحزب العمال)
             or (g[0].prep == "ل" and "ل" in sprep
                 and all(toks[k].norm.endswith(("ي", "يه")) for k in range(t.tj + 1, g[0].ti)))]
    if t.kind in ("v", "i"):
        return _verb_args(t, S, usable, fwd, bwd, prep_t, agent, hard, prev_src_pos, has_prev, prev_tgt)
    src, tgt = _noun_args(t, S, fwd, bwd, prep_t, agent)
    if src is None:
        src = _light_verb_subject(t, S, usable, hard, prev_src_pos, has_prev)
    return src, tgt


# قام بـ + verbal noun: "did the shelling" is "shelled"; the light verb's subject is the noun's agent
LIGHT_BI = {**{w: "v" for w in word_list("light_perfect")}, **{w: "i" for w in word_list("light_imperfect")}}


def _light_verb_subject(t, S: Sentence, usable, hard, prev_src_pos: int, has_prev: bool):
    """مليشيات الحوثي قامت بقصف / قامت الميليشيات بقصف / وأقدمت قوات الأمن على اعتقال: the doer of the noun."""
    toks = S.toks
    if not (t.reading.pre.lstrip("وف").startswith(("ب", "علي")) or (t.ti and toks[t.ti - 1].norm == "علي")):
        return None
    lo = t.ti - (2 if t.ti and toks[t.ti - 1].norm == "علي" else 1)
    while lo > 0 and S.is_adverb(lo):
        lo -= 1  # قامت اليوم بقصف، قامت، الأحد، بقصف
    for lv in range(lo, max(-1, lo - 7), -1):
        w = toks[lv].norm.lstrip("وف") if lv >= 0 else ""
        if w in LIGHT_BI and not between(lv, t.ti, hard):
            if lv < lo:  # VSO: the words between are the subject, one actor group and nothing else
                g = next((g for g in usable if g[0].ti == lv + 1 and not g[0].prep), None)
                return g if g is not None and g[-1].tj == lo else None
            proxy = _LightVerb(lv, lv, LIGHT_BI[w], t.row, _reading(toks[lv]))
            clause = [g for g in usable if g[-1].tj < lv and not between(g[-1].tj, lv, hard)
                      and not g[0].prep and not all_adj(g)]
            if clause and _gap(S, clause[-1][-1].tj, lv) == 0:
                return clause[-1]  # SVO: مليشيات الحوثي قامت بقصف
            return _relative_antecedent(proxy, S, usable)  # …، التي قامت بقصف
        if lv < lo and not any(g[0].ti <= lv <= g[-1].tj for g in usable):
            return None  # a word that is neither the light verb nor part of its subject
    return None


@dataclass
class _LightVerb:
    ti: int
    tj: int
    kind: str
    row: dict
    reading: object


def _reading(tok: Token):
    from .triggers import Reading

    w = tok.norm
    pre = w[:1] if w[:1] in ("و", "ف") and len(w) > 3 else ""
    return Reading(pre, w[len(pre):], "")


def _verb_args(t, S, usable, fwd, bwd, prep_t, agent, hard, prev_src_pos, has_prev, prev_tgt=()):
    toks, row, tprep = S.toks, t.row, t.row["_tprep"]
    vg = verb_gender(t.kind, norm(row["form"]).split()[0], t.reading.stem)
    bare = [g for g in fwd if not g[0].prep and not all_adj(g)]
    if t.tj + 1 < len(toks) and toks[t.tj + 1].norm in DURING:
        # في زيارة يلتقي خلالها الرئيس: the subject is the visitor named before, the actor after is the object
        back = [g for g in usable if g[-1].tj < t.ti and not g[0].prep and not all_adj(g)
                and not between(g[-1].tj, t.ti, hard)]
        obj = [g for g in bare if S.dist(t.tj + 1, g[0].ti) <= 1]
        tgt = _first_real(prep_t) or (obj[0] if obj and "obj" in tprep else None)
        return (back[-1] if back else None), tgt
    clause = [g for g in usable if g[-1].tj < t.ti and not between(g[-1].tj, t.ti, hard)
              and not g[0].prep and not all_adj(g)]
    wa = t.reading.pre[:1] in ("و", "ف")
    src = None
    after = t.tj  # the object comes after the subject when the subject follows the verb
    rel = _relative_antecedent(t, S, usable)
    if (clause and _gap(S, clause[-1][-1].tj, t.ti) == 0 and not wa and agrees(vg, clause[-1], S)
            and not genitive_of_noun(S, clause[-1])):
        src = clause[-1]  # SVO: أن روسيا أرسلت (not وخلال زيارة كارتر حذرت: Carter is the visit's)
        if (t.reading.suf in PRONOUN_AGENT and bare and S.dist(t.tj, bare[0][0].ti) <= 1
                and agrees(vg, bare[0], S) and _vso_gap_ok(S, t.tj, bare[0])):
            return bare[0], src  # والمالكي منحته الإدارة الأمريكية فرصة: the topic is the object pronoun's
        k = src[0].ti - 2
        if k >= 0 and toks[k].norm.lstrip("و") in RELATIVE and not src[0].prep:
            # المجموعة التي دربتها الولايات المتحدة هاجمت: that actor is the relative clause's subject; the
            # main verb's is the antecedent before التي (an actor, or no one the event can name)
            ante = [g for g in usable if g[-1].tj == k - 1 and not all_adj(g)]
            # (an antecedent with a preposition is no subject: مدعومة بضربات من التحالف الذي تقوده السعودية استعادت)
            src = ante[-1] if ante and not ante[-1][0].prep and agrees(vg, ante[-1], S) else None
    elif rel is not None and bare and S.dist(t.tj, bare[0][0].ti) == 0 and _resumptive_after(S, bare[0]):
        return bare[0], rel  # الرهينة الذي هدد تنظيم داعش بإعدامه: "him" is the antecedent; the subject follows
    elif rel is not None and not (t.reading.suf in PRONOUN_AGENT and bare and S.dist(t.tj, bare[0][0].ti) <= 2
                                  and _vso_gap_ok(S, t.tj, bare[0]) and agrees(vg, bare[0], S)):
        # …، التي كانت تدعم (not الذي قتله تنظيم داعش: the pronoun is the antecedent, the subject follows)
        src = rel if agrees(vg, rel, S) else None
    elif (wa and "obj" in tprep and bare and S.dist(t.tj, bare[0][0].ti) == 0
          and not _second_bare(bare, S) and _marked_noun_after(S, bare[0][-1].tj)
          and (has_prev or _near_subject(S, t, clause, prev_src_pos, vg, prev_tgt) is not None)):
        # واتهمت إيران بتزويد …، وتعرض أبو مازن للمصالحة واتهم حماس بالإقدام على …: the subject is carried
        # over (or is the nearest actor of the clause), the actor after the verb is the object
        src = _near_subject(S, t, clause, prev_src_pos, vg, prev_tgt)
    elif (bare and S.dist(t.tj, bare[0][0].ti) <= 3 and agrees(vg, bare[0], S) and _vso_gap_ok(S, t.tj, bare[0])
          and not (t.ti and toks[t.ti - 1].norm.lstrip("وبل") in SUBJECT_PRONOUNS)
          and not ((_oblique_plural(toks[bare[0][0].ti]) or _oblique_generic(S, bare[0]))
                   and not _counted_before(S, bare[0]))):
        src = bare[0]  # VSO: طلب حفتر
        if (len(bare) > 1 and src[0].etype == "GENERIC" and src[0].ti > t.tj + 1 and bare[1][0].etype == "PER"
                and S.dist(src[-1].tj, bare[1][0].ti) <= 3 and not between(src[-1].tj, bare[1][0].ti, hard)):
            src = bare[1]  # التقى رئيس حكومة تصريف الأعمال نجيب ميقاتي: the body is part of the person's title
        after = src[-1].tj
    elif wa or has_prev:
        # و + verb without a subject of its own: the nearest agreeing actor of this clause after
        # the previous event's subject (مضى الجيش المصري قدما وأبلغ روسيا), else inherited by the caller
        src = _near_subject(S, t, clause, prev_src_pos, vg, prev_tgt)
    elif _after_relative(S, t.ti):
        src = None  # التفجير الذي استهدف: the antecedent is no actor, so the verb's subject names none
    else:
        back = [g for g in bwd if not g[0].prep and not all_adj(g) and agrees(vg, g, S)]
        src = back[-1] if back else None
    passive = [g for g in agent if g[0].prep == "agent" and S.dist(t.tj, g[0].ti) <= 3 and g is not src]
    if (t.kind == "v" and row.get("mode") == "kill" and src is not None and src[0].ti > t.tj
            and t.tj + 1 < len(toks) and is_count(toks[t.tj + 1].norm)):
        # قتل ثلاثة جنود في انفجار …: a count right after the perfect kill verb is its passive subject,
        # the ones killed; the doer, if any, is the agent phrase of the clause (بواسطة، على يد)
        doer = next((g for g in agent if g[0].prep == "agent" and g is not src), None)
        return doer, src
    if not passive and src is not None and _written_passive(toks[t.ti]):
        return None, src  # قُتل ضابط: a damma on the first letter marks the passive; its subject was hit
    if passive:
        # قتل الضابط على يد X، تم تدريب الجيش من قبل روسيا: the agent phrase is the doer,
        # the grammatical subject the one it was done to
        return passive[0], (src if src is not None and not all_adj(src) else None)
    if agent and src is None:
        src = agent[0]
    if t.ti >= 1 and toks[t.ti - 1].norm.lstrip("و") in RELATIVE and t.reading.suf in PRONOUN_AGENT and src is not None:
        # المجموعة التي دربتها الولايات المتحدة، الوفد الذي استقبله الرئيس: the object pronoun is the
        # antecedent before the relative pronoun — an actor, or nobody the event can name
        k = t.ti - 1
        ante = [g for g in usable if g[-1].tj < k and k - g[-1].tj <= 2 and not all_adj(g) and g is not src]
        return src, (ante[-1] if ante else None)
    tgt = _first_real([g for g in prep_t if g is not src])
    if tgt is None and "obj" in tprep:
        rest = [g for g in fwd if not g[0].prep and g is not src and g[0].ti > after]
        if rest and S.dist(after, rest[0][0].ti) <= 2:
            tgt = rest[0]  # the object, or a nisba on it: زار حفتر حاملة طائرات روسية
    if tgt is None:
        tgt = possessor_target(t, S, [g for g in usable if g is not src], after)
    if tgt is None and src is not None and agent and agent[0] is not src and "obj" in tprep:
        tgt = agent[0]  # تستقبل موسكو مبعوثين من جانب حفتر: the envoys are Haftar's
    if tgt is None and ("obj" in tprep or "gen" in tprep) and t.reading.suf in ("ه", "ها"):
        # يدعمه المرتزقة: the object pronoun points back to an actor before the verb
        want = "f" if t.reading.suf == "ها" else "m"
        back = [g for g in usable if g[-1].tj < t.ti and g is not src and not all_adj(g)
                and actor_gender(g[0], S.text, S.masculine) in ("", want)]
        tgt = back[-1] if back and S.dist(back[-1][-1].tj, t.ti) <= 12 else None
    return src, tgt


# "during it": a verb followed by خلالها/خلاله happens during the visit or call named before
DURING = {"خلالها", "خلاله"}


def genitive_of_noun(S: Sentence, g) -> bool:
    """Is group g the genitive of the noun right before it (زيارة كارتر، مقتل الفضلي)?

    A word in ة (never a verb) or a verbal noun of the lexicon, with no article and no
    punctuation before the actor, heads a construct; a unit, an organisation or a title
    head (حكومة نتنياهو، قوات حفتر) acts for its genitive and does not count.
    """
    k = g[0].ti - 1
    if k < 0 or S.text[S.toks[k].end:S.toks[g[0].ti].start].strip():
        return False
    tok = S.toks[k]
    w = tok.norm.lstrip("وف") if len(tok.norm) > 3 else tok.norm
    if w.startswith("ال") or S.units is None:
        return False
    if any(S.units.is_(kind, tok) for kind in ("unit", "orghead", "titlehead", "adverb")) or w in VSO_FILLERS:
        return False
    return tok.text.rstrip(HARAKAT).endswith("ة")


def _written_passive(tok: Token) -> bool:
    """A perfect verb vowelled as a passive: a damma on its first letter (قُتل، أُصيب، وقُتل)."""
    w = tok.text
    i = 1 if w[:1] in ("و", "ف") and len(w) > 3 and w[1:2] not in HARAKAT else 0
    return len(w) > i + 1 and w[i + 1] == "\u064f"


def _oblique_generic(S: Sentence, g) -> bool:
    """An unnamed group (or a group's fighters) written in the oblique -ين (استهدفت الغارات المتمردين، المسلحين
    الحوثيين): the object, not the subject, whose form would be -ون."""
    w = S.toks[g[0].ti].norm.lstrip("وف")
    return g[0].etype in ("GENERIC", "ORG") and len(w) > 5 and w.endswith("ين") and not w.endswith("يين")


def _oblique_plural(tok: Token) -> bool:
    """A plural nisba in the accusative/genitive (الحوثيين، السوريين، المدنيين): never a subject,
    whose form would be -يون (يقاتل الحوثيين: the Houthis are fought)."""
    w = tok.norm.lstrip("وف")
    return len(w) > 5 and w.endswith("يين")


def _near_subject(S: Sentence, t, clause, prev_src_pos: int, vg: str, prev_tgt: tuple = ()):
    """The nearest agreeing actor of the clause before a verb that has no subject of its own, after the
    previous event's trigger and at most three words before the verb, or None; not the previous event's
    object (بريطانيا تطرد الدبلوماسيين الموالين للقذافي وتعترف بالمجلس: Britain recognises)."""
    near = [g for g in clause if g[-1].tj > prev_src_pos and S.dist(g[-1].tj, t.ti) <= 3 and agrees(vg, g, S)
            and not (prev_tgt and {sl.ent for sl in g} <= set(prev_tgt))]
    return near[-1] if near else None


# المناهضين لـ، المناوئة لـ: "against" before a لـ-actor describes the noun before it
AGAINST_WORDS = word_list("against_word")


def _loyal_to(S: Sentence, g) -> bool:
    """Is g the ل-actor of a loyalty, belonging or opposing word (الجيش والمقاومة الموالية للرئيس هادي، قوات
    تابعة للنظام، المقاتلين المناهضين للحوثيين)? It describes the noun before it and is neither the source nor
    the target of the verb."""
    k = g[0].ti - 1
    if g[0].prep != "ل":
        if k < 1 or not S.toks[k].norm.startswith("ل") or S.units is None or not S.units.is_("titlehead", S.toks[k]):
            return False
        k -= 1  # الموالية للرئيس هادي: the title carries the ل
    # an actor right before (not المواقع التابعة للميليشيات: the owner of the places hit is the target)
    w = S.toks[k].norm.lstrip("و") if k >= 1 else ""
    return w in AGAINST_WORDS or (w in LOYAL_WORDS and any(h[-1].tj == k - 1 and h is not g for h in S.groups))


def of_inner_noun(S: Sentence, t, g) -> bool:
    """Is g's لـ governed by a لـ-noun between it and the trigger (دعما للتصدي لتنظيم داعش: Daesh is what is
    confronted, not what is supported)?"""
    k = g[0].ti - 1
    # (a nisba takes the ل of its noun: للشعب اليمني is Yemen's people, the one helped)
    return (g[0].prep == "ل" and k > t.tj and S.toks[k].norm.lstrip("و").startswith("لل") and not all_adj(g)
            and not any(h[0].ti <= k <= h[-1].tj for h in S.groups))


def _venue(t, g) -> bool:
    """Is g a capital named with بـ after a meeting (اجتماع الصندوق بفيينا)? The city is where it is held,
    not its state as a party (a call to a capital still reaches it: اتصل بموسكو)."""
    return (t.row["type"] == "CONSULT" and t.row.get("mode") != "phone" and g[0].prep == "ب"
            and g[0].msource == "metonym" and g[0].etype == "GPE")


def _with_other_noun(S: Sentence, t, g) -> bool:
    """Is g's مع governed by a noun between it and the trigger (لبحث العلاقات مع إيران، أمنها على الحدود مع
    سوريا)? The actor is that noun's other party, not the trigger's."""
    if g[0].prep != "مع":
        return False
    k = g[0].ti - 1
    if S.toks[k].norm.lstrip("و") == "مع":
        k -= 1  # the word before مع (مع is its own word; a slot may also start at it)
    while k > t.tj and S.toks[k].norm.endswith(("ي", "يه")) and S.toks[k].norm.startswith("ال"):
        k -= 1  # the noun's own adjectives: العلاقات الثنائية مع
    w = S.toks[k].norm.lstrip("وبل")
    # (not the trigger's own object: قطعت علاقاتها مع قطر، توصل لاتفاق مع نظيره)
    own = any(_bare(w).startswith(_bare(o[0])) for o in t.row.get("_obj", ()) if o)
    return k > t.tj and w in WITH_NOUNS and not own


def _bare(w: str) -> str:
    """A folded word without its article."""
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


# nouns that take مع themselves (العلاقات مع، الحدود مع)
WITH_NOUNS = word_list("with_noun")


def _counted_before(S: Sentence, g) -> bool:
    """Is the word before group g a count noun (اقتحم عشرات المستوطنين، 30 المدنيين)? Its genitive
    plural is then the subject, whatever its case ending."""
    k = g[0].ti - 1
    return k >= 0 and is_count(S.toks[k].norm.lstrip("و"))


def prep_pronoun(w: str) -> bool:
    """A preposition carrying a pronoun (عليها، له، بها، منه، معهم): it may stand between a verb and
    its subject (التي وافق عليها التحالف)."""
    return any(w.startswith(p) and w[len(p):] in PRONOUN_SUFFIXES for p in ("علي", "الي", "عن", "من", "مع", "في", "ل", "ب"))


def _vso_gap_ok(S: Sentence, a: int, g) -> bool:
    """No construct noun between a verb and its VSO subject (a unit of the actor may stand there: قوات حفتر).

    A noun without the article there heads a construct whose genitive is the actor: أدانت
    قرار الإدارة الإسرائيلية (the decision is the object, the administration its owner). Time
    words, title heads and definite nouns (ودعا المرجع الشيعي علي السيستاني) may stand between.
    """
    if S.units is None:
        return True
    b = g[0].ti
    first = S.toks[b].norm.lstrip("وف")
    if g[0].etype == "GENERIC" and not first.startswith("ال"):
        return True  # أحزاب معارضة: an indefinite adjective qualifies the noun before, no genitive
    for k in range(a + 1, b):
        if S.aside_of(k) is not None:
            continue
        tok = S.toks[k]
        w = tok.norm.lstrip("وف") if len(tok.norm) > 3 else tok.norm
        if not (w.startswith("ال") or S.units.is_("adverb", tok) or S.units.is_("titlehead", tok)
                or S.units.is_("orghead", tok) or S.units.is_("unit", tok) or tok.norm in VSO_FILLERS
                or prep_pronoun(w) or (k == b - 1 and w in COUNT_WORDS)):
            return False
    return True


# words that may stand between a verb and its subject besides time words and titles
VSO_FILLERS = word_list("vso_filler")


def _beside(toks: list[Token], g, tprep) -> bool:
    """إلى جانب دمشق: the actor after جانب is the one stood by (the row's tprep says جانب)."""
    return "جانب" in tprep and g[0].ti >= 1 and toks[g[0].ti - 1].norm == "جانب"


def _second_bare(bare, S: Sentence) -> bool:
    """Is there a second bare actor right after the first (اتهم حفتر قطر: subject and object)?"""
    if len(bare) < 2 or S.dist(bare[0][-1].tj, bare[1][0].ti) > 1:
        return False
    # اتهم إيران بتزويد الجماعة: the second actor is the genitive of a بـ-noun, not an object
    k = bare[0][-1].tj + 1
    return k == bare[1][0].ti or S.toks[k].norm[:1] not in ("ب", "ل")


def _marked_noun_after(S: Sentence, k: int) -> bool:
    """A بـ/من/على/إلى phrase or the end of the clause follows token k (the accused, the warned)."""
    if k + 1 >= len(S.toks) or k + 1 in S.hard or k + 1 in S.soft:
        return True
    w = S.toks[k + 1].norm
    return w[:1] == "ب" or w.lstrip("و") in ("من", "الي", "علي", "ب")


def _gap(S: Sentence, a: int, b: int) -> int:
    """Tokens between a and b, not counting asides or auxiliaries (وكان السودان قد استدعى)."""
    return sum(1 for k in range(a + 1, b) if S.aside_of(k) is None and S.toks[k].norm not in AUXILIARIES)


def _resumptive_after(S: Sentence, g) -> bool:
    """Is the word right after group g a preposition or a بـ-complement carrying a pronoun (…الذي هدد تنظيم داعش
    بإعدامه، الذي فرضت الولايات المتحدة عليه عقوبات)? In a relative clause it stands for the antecedent, which
    is then not the subject (a possessive on a place is the subject's own: الذي هاجم داعش في مواقعه)."""
    k = g[-1].tj + 1
    if k >= len(S.toks):
        return False
    w = S.toks[k].norm.lstrip("و")
    if S.toks[k].text.rstrip(HARAKAT).endswith("ة"):
        return False
    return prep_pronoun(w) or (w[:1] == "ب" and len(w) > 5 and w.endswith(("ه", "ها", "هم")))


def _after_relative(S: Sentence, k: int) -> bool:
    """Does the relative pronoun (with auxiliaries: الذي كان) stand right before token k?"""
    k -= 1
    while k >= 0 and S.toks[k].norm in AUXILIARIES:
        k -= 1
    return k >= 0 and S.toks[k].norm.lstrip("و") in RELATIVE


def _relative_antecedent(t, S: Sentence, usable):
    """For a verb opening a relative clause (التي [كانت] تدعم), the actor before the pronoun."""
    toks = S.toks
    if not _after_relative(S, t.ti):
        return None
    k = t.ti - 1
    while toks[k].norm in AUXILIARIES:
        k -= 1
    if k < 1:
        return None
    # only the actor's own adjectives may stand between (الحكومة اليمنية الشرعية التي), not another noun
    # that the clause describes (الحوثيين بالهدنة الإنسانية التي وافق عليها: the truce is the antecedent)
    before = [g for g in usable if g[-1].tj < k and k - g[-1].tj <= 3 and not all_adj(g)
              and all(toks[j].norm.endswith(("ي", "يه", "يين", "يون", "يتين", "يان")) or S.is_adverb(j)
                      or toks[j].norm in ("هو", "هي", "هم", "هما")  # صالح هو الذي دمر اليمن
                      for j in range(g[-1].tj + 1, k))]
    return before[-1] if before else None


def _participle_agent(S: Sentence, t, g) -> bool:
    """Does the agent phrase g (من قبل X) belong to a participle between it and t?
    الإطاحة بالحكومة المعترف بها من قبل الأمم المتحدة: the UN recognised; it overthrows nothing."""
    toks = S.toks
    k = g[0].ti - 3  # the word before من قبل / على يد
    if k > t.tj and toks[k].norm.startswith("ب") and len(toks[k].norm) <= 4:
        k -= 1  # المعترف بها: a resumptive preposition after the participle
    w = toks[k].norm.lstrip("و") if k > t.tj + 1 else ""
    return (t.kind in ("n", "a") and w.startswith(("الم", "م")) and not w.endswith(("ي", "يه", "يين", "يون"))
            and not S.is_adverb(k))


def _noun_args(t, S, fwd, bwd, prep_t, agent):
    toks, row, tprep = S.toks, t.row, t.row["_tprep"]
    gen = None
    for g in fwd:
        gap = g[0].ti - t.tj - 1
        if g[0].prep:
            continue
        plain = all(not _prep_marked(toks[k]) for k in range(t.tj + 1, g[0].ti))
        # only adjectives between (الدعم العسكري الروسي), not a patient noun (بحث الأزمة السورية)
        nisbas = all(toks[k].norm.endswith(("ي", "يه", "يين", "يون")) for k in range(t.tj + 1, g[0].ti))
        if gap == 0 or (gap <= 2 and all_adj(g) and plain and nisbas) or (gap == 1 and _nisba_like(toks[t.tj + 1])):
            gen = g  # زيارة بيرنز، الدعم العسكري الروسي; not دعما للتحركات المصرية
        break
    if row.get("flags") == "cons" and fwd and fwd[0][0].prep == "بين":
        if len(fwd[0]) == 1 and len(fwd) > 1 and _joined_by_wa(S, fwd[0], fwd[1]):
            return fwd[0], fwd[1]  # بين الجنود الأتراك ومتمردي حزب العمال: the second party behind its unit word
        return fwd[0][:1], fwd[0][1:] or None  # بين مصر وروسيا والولايات المتحدة: every pair (see caller)
    explicit = _first_real(prep_t)
    src = tgt = None
    if (gen is not None and t.reading.suf in PRONOUN_AGENT and gen[0].ti == t.tj + 1 and not all_adj(gen)
            and explicit is None):
        return None, gen  # لقائه وزير الخارجية المصري: the pronoun is the agent, the noun after it the object
    if gen is not None and explicit is not None and t.governor is None:
        src, tgt = gen, explicit  # تحذير واشنطن للقاهرة: with a marked target the genitive is the agent
    elif (gen is not None and explicit is None and not all_adj(gen) and "ل" in tprep and _lam_phrase_after(S, gen[-1].tj)
          and not (row["type"] == "CONSULT" and gen[0].etype == "GPE")):  # زيارة الدوحة للقاء: the place visited
        src = gen  # قصف المتمردين في اليمن لمناطق سكنية: the ل-phrase is the target, so the genitive is the agent
    elif (gen is not None and _asked_giver(t, toks, gen)):
        src = gen  # سعى لنيل دعم الولايات المتحدة: what is sought is given by the genitive
    elif gen is not None and ("gen" in tprep or (t.governor is not None and "obj" in tprep)) and (
            not all_adj(gen) or ("gen" in tprep and any(toks[k].norm.endswith(("ين", "ون"))
                                                         for k in range(t.tj + 1, gen[0].ti)))):
        # اعتقال الصحفي; قتل شرطيين تركيين: a nisba after a human plural between is the patient's, whom
        # the noun acts on (a verbal noun's own adjective is never in -ين: القصف الروسي، مساعدة عسكرية روسية)
        tgt = gen
        src = agent[0] if agent else None
    else:
        src = gen or (agent[0] if agent else None)
        tgt = explicit
    if tgt is None and row.get("flags") != "cons":
        tgt = possessor_target(t, S, [g for g in fwd if g is not src], gen[-1].tj if gen is not None and gen is src else t.tj)
    if src is None:
        lv = next((k for k in range(t.tj + 1, min(t.tj + 7, len(toks))) if toks[k].norm.lstrip("و") in LIGHT_VERBS), None)
        if lv is not None:
            after = [g for g in fwd if g[0].ti > lv and not g[0].prep]
            src = after[0] if after and after[0][0].ti - lv <= 3 else None
    governed = toks[t.ti - 1].norm.lstrip("وف") in PREP_WORDS if t.ti else False
    governed = governed or t.reading.pre.lstrip("وف")[:1] in ("ب", "ل", "ك")
    if src is None and t.governor is None and not governed and t.reading.pre[:1] != "و":
        # (not a noun joined by و: قتل 28 مسلحا وتدمير …، لإدارة أوباما وضربة لحملته — the actor before it
        # belongs to the phrase before)
        # a verbal noun without an agent, right after a verb and its subject, is the subject's
        # (نفت روسيا إرسال أسلحة، قرر حفتر إرسال قوات); not after a preposition (التحذير من التعاون)
        back = [g for g in bwd if not g[0].prep and not all_adj(g) and (t.ti - g[-1].tj <= 1 or _dated_gap(S, g[-1].tj, t.ti))]
        if back:
            src = back[-1]
        elif t.ti >= 2 and toks[t.ti - 1].norm.lstrip("وف") in DO_VERBS:
            # إن مصر وفرنسا أجرتا محادثات، الجيش يشن هجوما: the subject right before a "do" verb is the noun's
            back = [g for g in bwd if not g[0].prep and not all_adj(g) and g[-1].tj == t.ti - 2]
            src = back[-1] if back else None
    return src, tgt


def _joined_by_wa(S: Sentence, g, h) -> bool:
    """Is group h joined to g by و, through at most one word that carries it (ومتمردي، وقوات)?"""
    gap = [k for k in range(g[-1].tj + 1, h[0].ti)]
    if len(gap) > 1 or h[0].prep:
        return False
    first = S.toks[gap[0]].norm if gap else S.toks[h[0].ti].norm
    return first[:1] == "و" and not between(g[-1].tj, h[0].ti, S.hard | S.soft)


def _lam_phrase_after(S: Sentence, k: int) -> bool:
    """A noun marked by ل within three words after token k (a في-phrase may stand between), in the clause."""
    for j in range(k + 1, min(k + 4, len(S.toks))):
        if j in S.hard or j in S.soft:
            return False
        w = S.toks[j].norm
        if w[:1] == "ل" and len(w) > 3 and w not in PREP_WORDS:
            return True
    return False


def _dated_gap(S: Sentence, a: int, b: int) -> bool:
    """Only a short insertion between commas (، الثلاثاء،) or time words (اليوم، أمس الأحد) separate a from b."""
    if not 1 <= b - a - 1 <= 3:
        return False
    if S.units is not None and all(S.is_adverb(k) or S.toks[k].norm in ("اليوم", "امس") for k in range(a + 1, b)):
        return True
    return b - a - 1 <= 2 and S.text[S.toks[a].end:S.toks[b].start].count("،") >= 2


def _asked_giver(t, toks: list[Token], gen) -> bool:
    """Under a request without a target (سعى لنيل دعم X) the genitive of support/aid is its giver."""
    g = t.governor
    return (g is not None and g.row["type"] == "REQUEST" and not g.targets and t.row["type"] in ("SUPPORT", "AID")
            and not all_adj(gen))


def pronoun_agent(t, S: Sentence | None = None) -> bool:
    """Does the pronoun suffix of a verbal noun name its agent (قتاله، مساعدتها), not its patient?

    Where the genitive is the patient (قتال داعش، اعتقاله), the pronoun is still the agent when the
    noun's marked target follows it (في قتاله ضد الحكومة)."""
    if t.kind not in ("n", "a") or t.reading.suf not in PRONOUN_AGENT:
        return False
    if "gen" not in t.row["_tprep"]:
        return True
    nxt = S.toks[t.tj + 1].norm.lstrip("و") if S is not None and t.tj + 1 < len(S.toks) else ""
    return bool(nxt) and nxt in t.row["_tprep"] and nxt not in ("في", "ب")  # not a place: تفجيراته في العاصمة


def _second_ila(toks, t, g) -> bool:
    """Is g marked by an إلى that comes after another إلى of the trigger's (دعت مواطنيها إلى عدم السفر
    إلى تركيا: the first إلى takes the content, the second belongs to it)?"""
    if g[0].prep != "الي":
        return False
    # the group's own إلى: right before it, or before a quantifier (إلى جميع الأطراف)
    own = next((k for k in range(g[0].ti - 1, max(t.tj, g[0].ti - 3), -1) if toks[k].norm.lstrip("و") == "الي"), g[0].ti)
    return any(toks[k].norm.lstrip("و") == "الي" for k in range(t.tj + 1, own))


def _first_real(groups):
    for g in groups:
        if not all_adj(g):
            return g
    return groups[0] if groups else None


def _prep_marked(tok: Token) -> bool:
    w = tok.norm.lstrip("وف")
    return w in PREP_WORDS or (w[:1] in ("ل", "ب") and len(w) > 3 and w[1:3] in ("ال", "لا") or w.startswith("لل"))


def _nisba_like(tok: Token) -> bool:
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه", "يين", "يون"))
