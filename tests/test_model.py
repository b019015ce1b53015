"""Behaviour of the shipped German pipeline kg/models/de_kg_news.

All sentences here are written for these tests (none is copied from shared corpora).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from kg.nlp.model import default_model_path, load_base_model  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return load_base_model()


def test_bundled_model_is_packaged_with_meta_and_card():
    path = default_model_path()
    meta = json.loads((path / "meta.json").read_text())
    assert meta["name"] == "de_kg_news"
    assert meta["lang"] == "de"
    assert meta.get("sources"), "meta.json must name the training data and licences"
    assert (path / "README.md").is_file(), "model card missing"
    size = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    assert size < 40 * 1024 * 1024


def test_pipeline_components(nlp):
    expected = ["tok2vec", "morphologizer", "trainable_lemmatizer", "verb_lemmas",
                "kg_sentences", "parser", "ner"]
    assert nlp.pipe_names == expected


def test_cpu_pipeline_multiplies_with_numpy_and_agrees_with_blis(nlp):
    """kg loads the pipeline with numpy matmul (fast); a plain spacy.load uses BLIS."""
    from thinc.api import NumpyOps

    from kg.nlp import register

    register()
    tok2vec = nlp.get_pipe("tok2vec").model
    assert isinstance(tok2vec.ops, NumpyOps) and not tok2vec.ops.use_blis
    blis_nlp = spacy.load(default_model_path())
    assert blis_nlp.get_pipe("tok2vec").model.ops.use_blis
    texts = ["Die Außenministerin traf am Dienstag in Wien ihren Amtskollegen aus Kanada.",
             "„Wir lehnen den Plan ab“, sagte ein Sprecher der Regierung in Madrid."]
    for fast, slow in zip(nlp.pipe(texts), blis_nlp.pipe(texts), strict=True):
        assert [(e.text, e.label_) for e in fast.ents] == [(e.text, e.label_) for e in slow.ents]
        assert [(t.head.i, t.dep_, t.pos_, t.lemma_) for t in fast] == \
            [(t.head.i, t.dep_, t.pos_, t.lemma_) for t in slow]


def test_lexicon_codes_memo_matches_direct_lookup():
    from kg.nlp.lexicon import _codes_for, _lex_codes

    table = {"Regierung": (7 << 5) | 1, "mitgliedschaft": 2}
    words = ["Regierung", "NATO-Mitgliedschaft", "Regierung", "unbekannt"]
    assert _codes_for(table, words) == [_lex_codes(table, w) for w in words]
    other = {"Regierung": 3}
    assert _codes_for(other, ["Regierung"]) == [_lex_codes(other, "Regierung")]


def test_plain_spacy_load_after_import():
    from kg.nlp import register

    register()  # kg's architecture and factories; then plain spacy.load works
    other = spacy.load(default_model_path())
    assert other.meta["name"] == "de_kg_news"


@pytest.mark.parametrize(
    "text, token",
    [
        ("Der Kreml-Chef reiste nach Peking.", "Kreml-Chef"),
        ("Der US-Präsident sprach lange.", "US-Präsident"),
        ("Die NATO-Mitgliedschaft ist umstritten.", "NATO-Mitgliedschaft"),
        ("Am 4. Dezember beginnt der Gipfel.", "4."),
        ("Das betrifft u.a. die Zölle.", "u.a."),
        ("Es gibt z.B. neue Quoten.", "z.B."),
        ("Laut Dr. Weber ist alles offen.", "Dr."),
    ],
)
def test_tokenizer_keeps_compounds_abbreviations_and_ordinals(nlp, text, token):
    assert token in [t.text for t in nlp.make_doc(text)]


def test_tokenizer_splits_german_quotes(nlp):
    toks = [t.text for t in nlp.make_doc("„Wir bleiben hart“, sagte sie.")]
    assert toks[:2] == ["„", "Wir"]
    assert "“" in toks and "hart" in toks


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_sentences_quotes_and_abbreviations(nlp):
    text = (
        "Die Gespräche dauerten bis zum 4. Dezember. „Wir sind einen großen Schritt weiter“, "
        "sagte Dr. Hofmann nach dem Treffen. Beteiligt waren u.a. Vertreter der Industrie. "
        'Der Sprecher fügte hinzu: "Es gibt noch viel zu tun." Danach reiste er ab.'
    )
    assert sents(nlp, text) == [
        "Die Gespräche dauerten bis zum 4. Dezember.",
        "„Wir sind einen großen Schritt weiter“, sagte Dr. Hofmann nach dem Treffen.",
        "Beteiligt waren u.a. Vertreter der Industrie.",
        'Der Sprecher fügte hinzu: "Es gibt noch viel zu tun."',
        "Danach reiste er ab.",
    ]


def test_sentences_dateline_stays_with_first_sentence(nlp):
    out = sents(nlp, "Lissabon – Am Freitag haben die Minister eine Einigung erzielt. Sie gilt ab Mai.")
    assert out == ["Lissabon – Am Freitag haben die Minister eine Einigung erzielt.", "Sie gilt ab Mai."]


def test_sentences_quote_closing_after_full_stop(nlp):
    out = sents(nlp, "Sie sagte: „Das lehnen wir ab.“ Dann verließ sie den Saal.")
    assert out == ["Sie sagte: „Das lehnen wir ab.“", "Dann verließ sie den Saal."]


def test_sentences_blank_line_after_headline(nlp):
    out = sents(nlp, "Neue Runde in Wien\n\nDie Unterhändler kamen am Morgen zusammen.")
    assert out[0].startswith("Neue Runde in Wien")
    assert out[-1] == "Die Unterhändler kamen am Morgen zusammen."


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_entities_people_and_places(nlp):
    found = ents(nlp, "Bundeskanzler Olaf Scholz traf am Montag in Paris den französischen "
                      "Präsidenten Emmanuel Macron.")
    assert ("Olaf Scholz", "PER") in found
    assert ("Paris", "LOC") in found
    assert ("Emmanuel Macron", "PER") in found


def test_entities_organisations(nlp):
    found = ents(nlp, "Die Europäische Union und die Vereinten Nationen forderten eine Waffenruhe.")
    labels = {label for _, label in found}
    assert "ORG" in labels


def test_demonym_adjective_is_not_an_entity(nlp):
    found = ents(nlp, "Der französische Außenminister sprach mit deutschen Diplomaten.")
    assert not any(text.lower() in ("französische", "deutschen") for text, _ in found)


def test_country_names(nlp):
    found = ents(nlp, "Zwischen Russland und der Ukraine gibt es keine Gespräche, "
                      "sagte ein Diplomat in Genf.")
    assert ("Russland", "LOC") in found
    assert ("Ukraine", "LOC") in found


def test_subject_object_of_verb(nlp):
    doc = nlp("Die Außenministerin traf am Dienstag den chinesischen Botschafter.")
    traf = next(t for t in doc if t.text == "traf")
    assert traf.lemma_ == "treffen"
    deps = {c.dep_: c.text for c in traf.children}
    assert deps.get("nsubj") == "Außenministerin"
    assert deps.get("obj") == "Botschafter"


def test_mit_phrase_attached_with_case(nlp):
    # (with "am Abend" before "mit", the parser attaches the mit-phrase to "Abend": a known
    # PP-attachment weakness documented in the model card)
    doc = nlp("Der Minister sprach mit dem Präsidenten über den Handel.")
    mit = next(t for t in doc if t.text == "mit")
    assert mit.dep_ == "case"
    assert mit.head.text == "Präsidenten"
    assert mit.head.dep_ in ("obl", "nmod")
    assert mit.head.head.text == "sprach"


def test_tense_and_mood_morphology(nlp):
    doc = nlp("Die Regierung lehnte den Vorschlag ab.")
    verb = next(t for t in doc if t.text == "lehnte")
    assert verb.pos_ == "VERB"
    assert "Past" in verb.morph.get("Tense")
    doc = nlp("Er sagte, man werde verhandeln.")
    werde = next(t for t in doc if t.text == "werde")
    assert "Sub" in werde.morph.get("Mood")


def test_lookups_load_like_spacys_own(nlp):
    """kg reads the vocab's lexicon table itself (faster); spaCy's own loading must give the
    same tables: entries in order, Bloom filter, serialised bytes."""
    from kg.nlp.model import register

    register()
    plain = spacy.load(default_model_path())
    assert nlp.vocab.lookups.tables == plain.vocab.lookups.tables != []
    for name in plain.vocab.lookups.tables:
        ours, theirs = nlp.vocab.lookups.get_table(name), plain.vocab.lookups.get_table(name)
        assert list(ours.items()) == list(theirs.items())
        assert ours.bloom.to_bytes() == theirs.bloom.to_bytes()
    assert nlp.vocab.lookups.to_bytes() == plain.vocab.lookups.to_bytes()
    assert nlp.config == plain.config


def test_kg_sentences_sets_every_start_and_refuses_a_parsed_doc(nlp):
    from kg.nlp.sentences import compute_sentence_starts, set_sentence_starts

    doc = nlp.make_doc("Die Runde endete. Am Abend reiste Karl Lund ab. Wohin, blieb offen.")
    set_sentence_starts(doc)
    assert [t.is_sent_start for t in doc] == compute_sentence_starts(doc)
    assert [s.text for s in doc.sents] == ["Die Runde endete.", "Am Abend reiste Karl Lund ab.",
                                           "Wohin, blieb offen."]
    parsed = nlp("Die Runde endete. Dann reiste er ab.")
    with pytest.raises(ValueError, match="before the parser"):
        set_sentence_starts(parsed)


def test_sentences_end_after_a_year_with_its_full_stop(nlp):
    assert sents(nlp, "Er leitet die Stadt seit 2004. Der Rat stimmte zu.") == [
        "Er leitet die Stadt seit 2004.", "Der Rat stimmte zu."]
    # a date inside a sentence and a lower-case continuation stay
    assert len(sents(nlp, "Am 4. Mai 2004 kam sie an.")) == 1


def test_kg_train_accepts_every_option_of_the_recipe():
    """`kg train` runs training/train.py: every option of the recipe is an option of the
    command too (a missing one made `kg train` fail on the recipe's `args.extra_ner_data`)."""
    import argparse
    import importlib.util
    from pathlib import Path

    from kg import training

    path = Path(training.__file__).parent.parent / "training" / "train.py"
    spec = importlib.util.spec_from_file_location("recipe", path)
    recipe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(recipe)
    theirs, ours = argparse.ArgumentParser(), argparse.ArgumentParser()
    recipe.add_arguments(theirs)
    training.add_arguments(ours)
    assert {a.dest for a in theirs._actions} <= {a.dest for a in ours._actions}
    stage = next(a for a in ours._actions if a.dest == "stage")
    assert set(next(a for a in theirs._actions if a.dest == "stage").choices) <= set(stage.choices)
