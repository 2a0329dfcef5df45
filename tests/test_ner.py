"""NER: corpus readers, conlleval scoring, the shipped CRF model."""
import pickle

import pytest

from marsad.arabic.sentences import split_sentences
from marsad.arabic.normalize import norm
from marsad.ner import corpora
from marsad.ner.clusters import build_clusters
from marsad.ner.features import cue_words, sentence_features
from marsad.ner.gaz import KINDS as GAZ_KINDS
from marsad.ner.gaz import GazTable, build_rows
from marsad.ner.scoring import Report, score, spans
from marsad.ner.tagger import MODEL_DIR, NerTagger, load_clusters, load_gazetteer, tokenize_all

HAVE_DATA = corpora.newsfane_path().exists()
needs_data = pytest.mark.skipif(not HAVE_DATA, reason="shared/data/ner not found")


# ------------------------------------------------------------------ readers

@needs_data
def test_newsfane_split_sizes():
    assert [len(corpora.read_newsfane(s)) for s in ("train", "dev", "test")] == [3807, 476, 476]
    first = corpora.read_newsfane("train")[0]
    assert first.tokens[0] == "فرانكفورت"  # BOM and U+200E stripped
    assert first.tags[0] == "B-GPE"  # Population-Center -> GPE
    assert not any("\u200e" in t for s in corpora.read_newsfane("test") for t in s.tokens)


@needs_data
def test_newsfane_fine_tags_kept_when_asked():
    s = corpora.read_newsfane("train", coarse=False)[0]
    assert s.tags[0] == "B-Population-Center"
    fine = {t[2:] for x in corpora.read_newsfane("all", coarse=False) for t in x.tags if t != "O"}
    assert fine <= set(corpora.NEWSFANE_COARSE)


@needs_data
def test_wojood_split_sizes_and_outer_layer():
    # 1,114 / 158 / 357 blank-line blocks; one train and one val block hold a
    # `$#$` separator in the middle, which splits them.
    assert [len(corpora.read_wojood(s)) for s in ("train", "dev", "test")] == [1115, 159, 357]
    native = corpora.read_wojood("train", coarse=False)
    assert not any("$#$" in s.tokens for s in native)
    tags = {t[2:] for s in native for t in s.tags if t != "O"}
    assert {"PERS", "ORG", "GPE", "OCC", "DATE"} <= tags


@needs_data
def test_anercorp_camel_split():
    train, test = corpora.read_anercorp("trainfull"), corpora.read_anercorp("test")
    n_train, n_test = (sum(len(s.tokens) for s in x) for x in (train, test))
    # CAMeL Lab: 125,102 / 25,008 words; the rebuilt split is within 0.2%.
    assert abs(n_train - 125102) < 300 and abs(n_test - 25008) < 300
    assert n_train + n_test == 150282
    dev, tr = corpora.read_anercorp("dev"), corpora.read_anercorp("train")
    assert len(dev) + len(tr) == len(train) and dev
    tags = {t for s in train + test for t in s.tags}
    assert tags == {"O"} | {f"{p}-{t}" for p in "BI" for t in ("PERS", "LOC", "ORG", "MISC")}
    assert not any("\u200f" in t or "·" in t for s in test for t in s.tokens)


def test_generic_conll_reader(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("زار O\nبوتين B-PER\nالقاهرة B-GPE\n\n\nقال O\nمسؤول I-ORG\n", encoding="utf-8")
    sents = corpora.read_conll(p)
    assert len(sents) == 2
    assert sents[0].tags == ("O", "B-PER", "B-GPE")
    assert sents[1].tags == ("O", "B-ORG")  # orphan I- read as B-, as conlleval does


# ------------------------------------------------------------------ scoring

def test_spans_conlleval_rules():
    assert spans(["B-PER", "I-PER", "O", "I-ORG", "B-ORG", "I-GPE"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 5, "ORG"), (5, 6, "GPE")]


def test_score_exact_spans_with_bi_mismatch():
    gold = [["B-PER", "I-PER", "O", "B-GPE", "O"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PER", "B-PER", "O", "B-GPE", "B-GPE"], ["B-ORG", "I-ORG", "I-ORG"]]
    rep = score(gold, pred)
    # PER split in two by a B-B mismatch: both predicted halves are wrong.
    assert rep.tp == {"GPE": 1, "ORG": 1}
    assert sum(rep.n_gold.values()) == 3 and sum(rep.n_pred.values()) == 5
    p, r, f = rep.micro
    assert p == pytest.approx(2 / 5) and r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.4 * (2 / 3) / (0.4 + 2 / 3))
    assert rep.format().splitlines()[-1] == f"micro-F1 {f:.4f}"
    assert rep.per_type()["PER"][:3] == (0.0, 0.0, 0.0)


def test_empty_report_formats():
    assert Report().format().endswith("micro-F1 0.0000")


# ------------------------------------------------------------------ features & resources

def test_cue_words_resource_loads():
    cues = cue_words()
    assert cues["الرءيس"] == "title" and cues["وزاره"] == "org"  # folded keys
    assert set(cues.values()) <= {"title", "org", "loc", "said"}


def test_shipped_side_files_load():
    # No cluster table from SaudiNewsNet (CC BY-NC-SA) may ship with the MIT package.
    assert not (MODEL_DIR / "ner_clusters.tsv").exists()
    t = NerTagger.load()
    assert t.lexicon.types and all(":" in v for v in list(t.lexicon.types.values())[:50])
    gaz = load_gazetteer()
    assert gaz is not None and gaz.phrases == t.lexicon.gaz.phrases
    kinds = {k for ks in gaz.phrases.values() for k in ks}
    assert kinds == set(GAZ_KINDS)
    assert ("بوتين",) in gaz.phrases and "first" in gaz.phrases[("فلاديمير",)]


def test_gazetteer_table_rows_and_validation(tmp_path):
    rows = build_rows()
    assert ("الرءيس", "title") in rows and all(k in GAZ_KINDS for _, k in rows)
    assert all(f == f.strip() and "  " not in f for f, _ in rows)
    bad = tmp_path / "g.tsv"
    bad.write_text("form\tkind\nبوتين\tPERSON\n", encoding="utf-8")
    with pytest.raises(Exception):
        GazTable.load(bad)


def test_gazetteer_features_cross_clitics():
    g = GazTable.from_rows([("فلاديمير بوتين", "PER"), ("فلاديمير", "first"), ("القاهره", "met"),
                            ("الرءيس", "title")])
    toks = ["قال", "الرئيس", "فلاديمير", "بوتين", "للقاهرة", "وبوتين"]
    f = g.features([norm(t) for t in toks])
    assert "gz" not in f[0]
    assert f[1]["gz"] == ("B-title",)
    assert f[2]["gz"] == ("B-PER",) and f[3]["gz"] == ("I-PER",)
    assert f[4]["gz"] == ("B-met",)  # ل + ال contracted to لل
    assert f[5]["gw"] == ("PER",)  # و + a name word


def test_cluster_builder_on_token_lists(tmp_path):
    docs = [["زار", w, "العاصمة", "أمس"] for w in ("بوتين", "ماكرون", "أردوغان")] * 4
    docs += [["في", w, "اليوم"] for w in ("بيروت", "دمشق", "عمان")] * 4
    stats = build_clusters(docs, tmp_path / "c.tsv", context_size=20, dims=3, ks=(2, 3, 4), min_count=3)
    cl = load_clusters(str(tmp_path / "c.tsv"))
    assert stats["vocab"] == len(cl) and cl["بوتين"][0] == cl["ماكرون"][0]


def test_features_see_clitics_and_context():
    f = sentence_features(["قال", "الرئيس", "لبوتين"])
    assert "st=بوتين" in f[2] and "clitic=ل" in f[2] and "-1cue=title" in f[2]


# ------------------------------------------------------------------ the shipped model

@pytest.fixture(scope="module")
def tagger():
    return NerTagger.load()


def test_model_files_are_small_and_self_contained(tmp_path):
    files = [p for p in MODEL_DIR.glob("ner*") if p.is_file()]
    assert sum(p.stat().st_size for p in files) < 10_000_000
    # everything the model needs sits beside it: a copy elsewhere tags the same
    for p in files:
        (tmp_path / p.name).write_bytes(p.read_bytes())
    toks = ["قال", "الرئيس", "اللبناني", "ميشال", "عون", "في", "بيروت", "."]
    assert NerTagger.load(tmp_path / "ner.crfsuite").tag(toks) == NerTagger.load().tag(toks)


def test_tagger_finds_person_and_country(tagger):
    # Written for this test, not taken from the seeds.
    text = "وصل الرئيس الفرنسي إيمانويل ماكرون إلى العراق أمس في زيارة رسمية."
    ms = tagger.mentions(text, split_sentences(text))
    got = {(m.text, m.type) for m in ms}
    assert ("إيمانويل ماكرون", "PER") in got
    assert ("العراق", "GPE") in got
    for m in ms:
        assert text[m.start:m.end] == m.text and m.source == "ner"


def test_tagger_is_picklable(tagger):
    toks = ["التقى", "وزير", "الخارجية", "سيرغي", "لافروف", "في", "موسكو", "."]
    before = tagger.tag(toks)
    clone = pickle.loads(pickle.dumps(tagger))
    assert clone.tag(toks) == before
    assert len(before) == len(toks)


def test_mention_offsets_round_trip(tagger):
    text = ("  قال المتحدث باسم الأمم المتحدة، ستيفان دوجاريك، إن الأمين العام\n"
            "سيزور لبنان وسوريا الأسبوع المقبل.\u200f وأكدت وكالة رويترز الخبر.")
    sents = split_sentences(text)
    ms = tagger.mentions(text, sents)
    assert ms
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.text == m.text.strip() and m.text
        assert any(s <= m.start and m.end <= e for s, e in sents)


def test_tokenize_all_keeps_punctuation_and_offsets():
    text = "قال: «لبنان»، (2023)... و MiG-29."
    toks = tokenize_all(text)
    assert [t[2] for t in toks] == ["قال", ":", "«", "لبنان", "»", "،", "(", "2023", ")", "...", "و", "MiG-29", "."]
    assert all(text[s:e] == w for s, e, w in toks)


def test_stack_doc_features_see_other_sentences():
    # Written for this test: a full name once, then the surname alone.
    from marsad.ner import stack
    toks = [["زار", "إيمانويل", "ماكرون", "باريس"], ["وقال", "ماكرون", "إن"], ["التقى", "إيمانويل", "ماكرون"]]
    labels = [["O", "B-PER", "I-PER", "B-GPE"], ["O", "O", "O"], ["O", "O", "O"]]
    margs = [[{"O": 0.9, "PER": 0.1, "_": 0.9}] * len(t) for t in toks]
    feats = stack.doc_features(toks, labels, margs)
    assert [len(f) for f in feats] == [4, 3, 3]
    assert feats[1][1]["dt=PER"] == 1.0  # ماكرون was PER in another sentence
    assert feats[2][1]["ds=B-PER"] == 1.0 and feats[2][2]["ds=I-PER"] == 1.0  # the same span
    assert "dt=PER" not in feats[0][3] and "ds=B-PER" not in feats[0][1]  # own sentence not counted
    assert stack.doc_features(toks, labels, margs, own="none")[1][0] == {}
    assert stack.blocks(45, 20, starts=[30]) == [(0, 20), (20, 30), (30, 45)]
