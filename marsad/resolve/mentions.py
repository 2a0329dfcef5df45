"""Within one document: mentions from several finders → one Entity per actor.

- Overlaps: a gazetteer mention beats a learned (NER) one; a longer span
  beats a shorter one of the same finder.
- Titles are roles, not names: a title just before a person (المشير، وزير
  الدفاع الروسي) or in apposition after it (، الملحق العسكري) is recorded on the
  mention and the entity, and cut off a learned span that swallowed it.
- A later bare surname or partial name (حرشاوي after جليل حرشاوي) links to the
  person named in full earlier in the document — persons only, so a person
  is never merged with a place that shares a word.
- Clitics on a learned span (وبوتين، لحرشاوي) are cut when the bare form is
  known in the document or the stem is long enough to be a name.

Entity ids are deterministic (docs/internals.md): gazetteer actors by their
gazetteer id, others by type + folded name, so the same name in another
document is the same entity without a global pass.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..arabic.normalize import norm, norm_key, normalize
from ..arabic.tokens import is_proclitic, proclitic_sequences
from ..records import Entity, Mention, stable_id
from ..extract.wordlists import word_list
from ..resources import read_tsv

_PRIORITY = {"gazetteer": 0, "metonym": 0, "adjective": 1, "fuzzy": 2, "generic": 3, "ner": 4, "title": 4, "coref": 5}


@dataclass(frozen=True)
class Titles:
    forms: tuple  # (folded form, original form, kind, sector, cue), longest first

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "Titles":
        rows = []
        for r in read_tsv("titles.tsv", ["form", "kind"], ["sector", "cue"]):
            if r["kind"] not in ("rank", "office", "honorific", "role"):
                raise r.error(f"unknown kind {r['kind']!r}")
            if r.get("cue") not in ("", "before", "after"):
                raise r.error(f"unknown cue {r['cue']!r} (before | after | empty)")
            rows.append((" ".join(norm(r["form"]).split()), r["form"], r["kind"], r.get("sector"), r.get("cue")))
        rows.sort(key=lambda t: -len(t[0]))
        return cls(tuple(rows))

    def ending_at(self, folded_before: str):
        """The longest title that ends ``folded_before`` (a proclitic may precede it: ووزير)."""
        s = folded_before.rstrip(" ،,")
        for f, orig, kind, sector, _ in self.forms:
            if not s.endswith(f):
                # للرئيس السابق: لـ + the article loses its alef
                if not (f.startswith("ال") and s.endswith("ل" + f[1:])):
                    continue
                f = "ل" + f[1:]
            head = s[: len(s) - len(f)]
            word = head.split()[-1] if head and not head.endswith(" ") and head.split() else ""
            if not head or head.endswith(" ") or is_proclitic(word):
                return f, orig, kind, sector
        return None

    def starting(self, folded_after: str):
        s = folded_after.lstrip(" ،,")
        for f, orig, kind, sector, _ in self.forms:
            if s.startswith(f) and (len(s) == len(f) or not s[len(f)].isalnum()):
                return f, orig, kind, sector
        return None


@lru_cache(maxsize=1)
def function_words() -> frozenset:
    return frozenset(" ".join(norm(r["form"]).split()) for r in read_tsv("function_words.tsv", ["form", "kind"]))


def trim_function_words(m: Mention, text: str, words: frozenset) -> Mention | None:
    """Cut particles, prepositions and punctuation off the edges of a learned span
    ("فإن حفتر" → "حفتر", "آنذاك، عبد الباسط" → "عبد الباسط"); None if nothing is left."""
    toks = [(t.start(), t.end()) for t in re.finditer(r"[^\s،,؛;:.!?؟\"“”«»()\[\]]+", text[m.start:m.end])]
    def is_function(t) -> bool:
        w = norm(text[m.start + t[0]:m.start + t[1]])
        # also with a conjunction glued on: وكشف، فقال
        return w in words or (len(w) > 3 and w[0] in "وف" and w[1:] in words)

    # علي written with ya opening a name of two words or more is the given name Ali (the preposition is على)
    while toks and is_function(toks[0]) and not (len(toks) >= 2 and text[m.start + toks[0][0]:m.start + toks[0][1]] == "علي"):
        toks.pop(0)
    while toks and is_function(toks[-1]):
        toks.pop()
    if not toks:
        return None
    s, e = m.start + toks[0][0], m.start + toks[-1][1]
    if (s, e) == (m.start, m.end):
        return m
    return Mention(s, e, text[s:e], m.type, m.key, m.source, m.role)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def merge_mentions(groups: list[list[Mention]]) -> list[Mention]:
    """All finders' mentions, overlaps resolved by finder priority then length."""
    allm = [m for g in groups for m in g]
    allm.sort(key=lambda m: (_PRIORITY.get(m.source, 9), -(m.end - m.start), m.start))
    chosen: list[Mention] = []
    for m in allm:
        if any(_overlaps(m, c) for c in chosen):
            continue
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen




@lru_cache(maxsize=1)
def stem_initials() -> frozenset:
    """Words whose first letter looks like a proclitic but is the stem's (وزارة، لجنة، فريق)."""
    return frozenset(norm(r["form"]) for r in read_tsv("stem_initials.tsv", ["form"], ["note"]))


def _strip_clitic(m: Mention, text: str, known: set) -> Mention:
    """Cut a proclitic off a learned mention (وبوتين → بوتين) when the stem is a name."""
    first = m.text.split()[0] if m.text.split() else ""
    f = norm(first)
    if f in stem_initials():
        return m  # وزارة الطاقة is a ministry, not و + زارة
    seqs = proclitic_sequences()
    for i in range(min(4, len(f) - 2), 0, -1):
        if f[:i] in seqs:
            rest = norm_key(m.text)[i:]
            stem_first = f[i:]
            # a foreign name may begin like بـ/لـ + a vowel letter (باولو، بيرني، لويس، بوريس): cut a lone ب/ل
            # only before a consonant or a written hamza (بأحمد، لحفتر), never before ا/و/ي
            lone = f[:i] in ("ب", "ل") and first[i:i + 1] in ("ا", "و", "ي", "ى")
            if rest in known or (len(stem_first) >= 4 and not lone
                                 and f[:i] in ("و", "ل", "ب", "لل", "ول", "وب", "بال", "وال", "فال")):
                if f[:i].endswith("لل"):
                    return m  # ل + ال with the alef dropped: no form of the name is left to cut to
                if f[:i].endswith("ال"):
                    # keep the article, cut what precedes it: والمقاومة → المقاومة
                    if i == 2:
                        return m
                    cut = normalize(m.text).span(0, i - 2)[1]
                else:
                    # the folded prefix length, back in original characters (diacritics included)
                    cut = normalize(m.text).span(0, i)[1]
                    if m.text[cut:cut + 1] == "ـ":
                        cut += 1
                return Mention(m.start + cut, m.end, text[m.start + cut:m.end], m.type, m.key, m.source, m.role)
            break
    return m


# a preposition between a title and the actor it names: المبعوث الأممي إلى ليبيا، السفير لدى واشنطن
TITLE_PREPS = {"الي", "لدي", "في"}


def _gap_ok(gap: str) -> bool:
    """Only spaces, a comma or an opening quote between a title's complement and the name."""
    return len(gap) <= 4 and gap.strip(" ،,\"“”«»'") == ""


def attach_titles(mentions: list[Mention], text: str, titles: Titles) -> list[Mention]:
    """Record titles before/after person mentions; cut a title a learned span swallowed."""
    out = []
    others = [m for m in mentions if m.type != "PER"]
    for m in mentions:
        if m.type != "PER":
            out.append(m)
            continue
        # a learned span that starts with a title: cut the title off
        fm = " ".join(norm(m.text).split())
        t = titles.starting(fm)
        role = m.role
        if t and len(fm) > len(t[0]) + 2:
            orig_words = m.text.split()
            n_title_words = len(t[0].split())
            if len(orig_words) > n_title_words:
                idx = m.text.find(orig_words[n_title_words])
                m = Mention(m.start + idx, m.end, text[m.start + idx:m.end], m.type, m.key, m.source, t[1])
                role = t[1]
        if not role:
            # look back: [title] [one actor of another type]? [name] — وزير الدفاع الروسي سيرجي
            # شويغو، مدير وكالة المخابرات المركزية الأمريكية بيل بيرنز، المتحدث باسم قوات حفتر، أحمد
            ctx_start = max(0, m.start - 80)
            before_end = m.start
            between = [a for a in others if a.end <= m.start and _gap_ok(text[a.end:m.start])]
            if between:
                before_end = between[-1].start
            ctx = " ".join(norm(text[ctx_start:before_end]).split()).rstrip(" \"“«'")
            t = titles.ending_at(ctx)
            prep = ""
            if not t and between and ctx.rsplit(" ", 1)[-1] in TITLE_PREPS:
                # المبعوث الأممي إلى ليبيا برناردينو ليون، السفير السعودي لدى واشنطن: the title's complement
                prep = text[ctx_start:before_end].rstrip().rsplit(None, 1)[-1]
                t = titles.ending_at(ctx.rsplit(" ", 1)[0])
            if t:
                role = t[1] + (f" {prep}" if prep else "") + ((" " + between[-1].text) if between else "")
                role = _outer_title(text, role, before_end, t, others, titles)
                role = _honorifics_before(text, role, m.start, titles)
            else:
                after = text[m.end:m.end + 60]
                if after.lstrip().startswith(("،", ",")):
                    t = titles.starting(" ".join(norm(after).split()))
                    if t:
                        role = t[1]
        if role != m.role:
            m = Mention(m.start, m.end, m.text, m.type, m.key, m.source, role)
        out.append(m)
    return out


def _outer_title(text: str, role: str, end: int, t, others: list[Mention], titles: Titles) -> str:
    """An honorific may itself follow an office and its state: وزير خارجية جمهورية مصر العربية الأستاذ
    سامح شكري — the whole chain is the role (once more back: [office] [actor] [title] [name])."""
    words = list(re.finditer(r"\S+", text[max(0, end - 120):end]))
    n = len(t[0].split())
    if len(words) < n or t[2] not in ("honorific", "rank"):
        return role
    tstart = max(0, end - 120) + words[-n].start()
    between = [a for a in others if a.end <= tstart and _gap_ok(text[a.end:tstart])]
    if not between:
        return role
    ctx = " ".join(norm(text[max(0, between[-1].start - 80):between[-1].start]).split()).rstrip(" \"“«'")
    t2 = titles.ending_at(ctx)
    if not t2 or t2[2] != "office":
        return role
    return f"{t2[1]} {between[-1].text} {role}"


def _honorifics_before(text: str, role: str, name_start: int, titles: Titles) -> str:
    """صاحب السمو الملكي الأمير، معالي وزير الخارجية، فخامة الرئيس: honorifics written before the
    title belong to it."""
    for _ in range(2):
        words = list(re.finditer(r"\S+", text[max(0, name_start - 200):name_start]))
        n = len(role.split())
        if len(words) <= n:
            return role
        start = max(0, name_start - 200) + words[-n].start()
        ctx = " ".join(norm(text[max(0, start - 60):start]).split())
        h = titles.ending_at(ctx)
        if not h or h[2] != "honorific":
            return role
        role = f"{h[1]} {role}"
    return role


def _join_nisba_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """محمود الصرخي الحسني: a one-word learned PER right after a person, with only a space between and
    the article on it, is the last part of the same name (a family nisba), not a second person."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.type == "PER" and m.type == "PER" and m.source in ("ner", "title")
                and " " not in m.text.strip() and norm(m.text).startswith("ال") and text[prev.end:m.start] == " "):
            out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "PER", prev.key, prev.source, prev.role)
            continue
        out.append(m)
    return out


_NAME_LINKS = word_list("name_link")
_SURNAME_RE = re.compile(r"[\u0621-\u064A]+")


def propagate_surnames(text: str, mentions: list[Mention], gaz_entries: dict, stop) -> list[Mention]:
    """One name, one person per article: a later bare surname (وقال كارتر، زيارة كارتر) of a person named
    in full somewhere in the document is a mention of that person even where no finder tagged it.

    The surname is the last word of the full name (three letters or more, not a function word or a
    stoplisted common word); an occurrence may carry و/ف in front and must not overlap another mention,
    except a one-word learned mention of another type (وقال ليون after برناردينو ليون is the envoy,
    not a city or an organisation), which it replaces.  Returns all the mentions.
    """
    surnames: dict[str, tuple[str, str]] = {}  # folded surname -> (key, full name)
    for m in mentions:
        if m.type != "PER":
            continue
        e = gaz_entries.get(m.key) if m.key else None
        for full in ([e.name_ar] if e is not None else []) + [m.text]:
            words = norm_key(full).split()
            if len(words) < 2:
                continue
            # the family name, and in a three-word name the one before it too (محمود الصرخي الحسني)
            cands = [words[-1]] + ([words[-2]] if len(words) >= 3 and len(words[-2]) >= 4 else [])
            for last in cands:
                if len(last) < 3 or last in stop or norm(last) in stop or last in _NAME_LINKS:
                    continue
                surnames.setdefault(last, (m.key or "", m.text))
    if not surnames:
        return mentions

    def bare(m: Mention) -> str:
        w = norm_key(m.text)
        return w[1:] if w[:1] in ("و", "ف") and w[1:] in surnames else w

    mentions = [m for m in mentions if not (m.source == "ner" and m.type != "PER" and bare(m) in surnames)]
    n = normalize(text)
    f = n.text
    taken = bytearray(len(text) + 1)
    for m in mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = list(mentions)
    for w in _SURNAME_RE.finditer(f):
        word = w.group()
        for pre in ("", "و", "ف"):
            if word.startswith(pre) and norm_key(word[len(pre):]) in surnames:
                key, _ = surnames[norm_key(word[len(pre):])]
                s0, e0 = n.span(w.start() + len(pre), w.end())
                if not any(taken[s0:e0]):
                    out.append(Mention(s0, e0, text[s0:e0], "PER", key, "coref"))
                    taken[s0:e0] = b"\x01" * (e0 - s0)
                break
    return out


def _name_words(s: str) -> list[str]:
    return [w for w in norm_key(s).split() if len(w) >= 3]


_LINK_TYPES = {"PER": ("PER",), "ORG": ("ORG", "MEDIA"), "MEDIA": ("MEDIA", "ORG"), "WEAPON": ("WEAPON",)}


def resolve_document(text: str, mentions: list[Mention], gazetteer, generic_namer=None) -> list[Entity]:
    """Mentions of one document → entities (each with its mentions).

    ``gazetteer`` gives ``entries`` (id → GazEntry) and ``link(surface, types)``,
    which names the known actor a learned mention spells another way."""
    gaz_entries = gazetteer.entries
    titles = Titles.load()
    known = {norm_key(m.text) for m in mentions if m.source in ("gazetteer", "metonym")}
    fixed = []
    fw = function_words()
    for m in mentions:
        if m.source in ("ner", "title"):
            m = trim_function_words(m, text, fw)
            if m is None:
                continue
            m = _strip_clitic(m, text, known)
            types = _LINK_TYPES.get(m.type)
            if types:
                eid = gazetteer.link(m.text, types)
                if eid:
                    m = Mention(m.start, m.end, m.text, gaz_entries[eid].type, eid, "fuzzy", m.role)
        fixed.append(m)
    fixed = _join_nisba_surnames(text, fixed)
    fixed = sorted(propagate_surnames(text, fixed, gaz_entries, fw | getattr(gazetteer, "stop", frozenset())),
                   key=lambda m: m.start)
    mentions = attach_titles(fixed, text, titles)

    # keys: gazetteer id, or TYPE:folded name for learned mentions
    persons: list[tuple[list[str], str]] = []  # (name words, key) of full person names seen so far
    keyed: list[tuple[Mention, str]] = []
    for m in mentions:
        if m.key:
            key = m.key
            if m.type == "PER":
                e = gaz_entries.get(m.key)
                if e is not None:
                    persons.append((_name_words(e.name_ar) + _name_words(m.text), key))
        else:
            words = _name_words(m.text)
            key = f"{m.type}:{norm_key(m.text)}"
            if m.type == "PER" and words:
                # a partial name of a person already named in this document
                for pw, pk in reversed(persons):
                    if all(w in pw for w in words):
                        key = pk
                        m = Mention(m.start, m.end, m.text, m.type, pk if pk in gaz_entries else "", "coref" if len(words) < len(pw) else m.source, m.role)
                        break
                else:
                    persons.append((words, key))
        keyed.append((m, key))

    keyed = title_corefs(text, keyed, gaz_entries)

    entities: dict[str, Entity] = {}
    by_role: set = set()  # entities so far named only by a title said alone (وزير حقوق الإنسان)
    for m, key in keyed:
        own_role = bool(m.role) and m.role == m.text
        ent = entities.get(key)
        if ent is None:
            ent = _new_entity(key, m, gaz_entries, generic_namer)
            entities[key] = ent
            if own_role and not m.key:
                by_role.add(key)
        elif key in by_role and not own_role and m.source not in ("adjective",):
            ent.name_ar = m.text  # the name, once it comes, names him (not the title before it)
            by_role.discard(key)
        ent.mentions.append(m)
        if m.text not in ent.aliases and m.source not in ("adjective",) and m.role != m.text:
            ent.aliases.append(m.text)
        if m.role:
            for part in (m.role,):
                if part not in ent.titles:
                    ent.titles.append(part)
        if not m.key and not own_role and key not in by_role and len(norm_key(m.text)) > len(norm_key(ent.name_ar)):
            ent.name_ar = m.text  # the fullest form names a learned entity
    return list(entities.values())


_TITLE_END = re.compile(r"(?=$|[\s،,.؛:!؟?\"«»()])")


def title_corefs(text: str, keyed: list, gaz_entries: dict) -> list:
    """A person's title said again without the name is that person: after وزير الخارجية المصري سامح
    شكري, a later "لقائه وزير الخارجية المصري" is Shoukry.

    Titles are the roles written before the person's name in this document and the gazetteer's
    titles of a known person mentioned in it; a title of two words or more, held by one person
    only.  An occurrence followed by a name belongs to that name; one inside a person's mention
    is skipped; generic or nisba mentions inside the title give way to the person.
    """
    holders: dict[str, set] = {}
    for m, key in keyed:
        if m.type != "PER":
            continue
        roles = [m.role] if m.role else []
        e = gaz_entries.get(key)
        roles += list(getattr(e, "titles", ()) or ()) if e is not None else []
        for r in roles:
            f = " ".join(norm(r).split())
            if len(f.split()) >= 2:
                holders.setdefault(f, set()).add(key)
    titles = {f: next(iter(k)) for f, k in holders.items() if len(k) == 1}
    if not titles:
        return keyed
    n = normalize(text)
    per_spans = sorted((m.start, m.end) for m, _ in keyed if m.type == "PER")
    added = []
    for f, key in sorted(titles.items(), key=lambda x: -len(x[0])):  # the longest title first
        for hit in re.finditer(r"(?:^|(?<=\s))(?:[وف]?[بل]?)" + re.escape(f) + _TITLE_END.pattern, n.text):
            cs = hit.start() + (len(hit.group()) - len(f))
            s0, e0 = n.span(cs, hit.end())
            if any(a < e0 and s0 < b for a, b in per_spans) or any(a < e0 and s0 < b for a, b, _ in added):
                continue  # part of a person's mention or title (وزير الخارجية المصري سامح شكري)
            if any(0 <= a - e0 <= 2 and text[e0:a].strip() == "" for a, _ in per_spans):
                continue  # the title of the name right after it
            added.append((s0, e0, key))
    if not added:
        return keyed
    spans = [(a, b) for a, b, _ in added]
    out = [(m, k) for m, k in keyed
           if not (m.type in ("GENERIC", "GPE", "ORG") and m.source in ("generic", "adjective")
                   and any(a <= m.start and m.end <= b for a, b in spans))]
    for a, b, key in added:
        # the mention is its own role: a title, kept among the entity's titles, not its names
        out.append((Mention(a, b, text[a:b], "PER", key if key in gaz_entries else "", "coref", text[a:b]), key))
    return sorted(out, key=lambda x: x[0].start)


def gazetteer_entity(e) -> Entity:
    """The entity of a gazetteer entry (no mentions yet); its id is derived from the entry's id."""
    return Entity(id=stable_id("ent", e.id), type=e.type, name_ar=e.name_ar, name_en=e.name_en,
                  qid=e.qid, country=e.country, sectors=list(e.sectors))


def _new_entity(key: str, m: Mention, gaz_entries: dict, generic_namer) -> Entity:
    e = gaz_entries.get(key)
    if e is not None:
        return gazetteer_entity(e)
    if key.startswith("generic:"):
        _, sector, country = (key.split(":") + ["", ""])[:3]
        name_ar, name_en = generic_namer(key) if generic_namer else (m.text, key)
        return Entity(id=stable_id("ent", "generic", sector, country), type="GENERIC", name_ar=name_ar,
                      name_en=name_en, country=country, sectors=[sector] if sector else [])
    typ, _, name = key.partition(":")
    return Entity(id=stable_id("ent", typ, name), type=typ, name_ar=m.text)
