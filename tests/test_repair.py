"""kg_pos_repair: clause heads misread as adjectives (own sentences, hand-built parses)."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Doc  # noqa: E402

import kg.nlp.repair  # noqa: E402, F401


def parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    nlp = spacy.blank("de")
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps)


def test_adjective_heading_a_clause_with_a_subject_becomes_a_verb():
    doc = parsed(["Danach", "erklärten", "beide", "Ministerinnen", "ihren", "Rücktritt", "."],
                 ["ADV", "ADJ", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
                 [1, 1, 3, 1, 5, 1, 1], ["advmod", "ROOT", "det", "nsubj", "det:poss", "obj", "punct"])
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_pos_repair")
    doc = nlp.get_pipe("kg_pos_repair")(doc)
    assert doc[1].pos_ == "VERB"
    assert [t.pos_ for t in doc if t.i != 1] == ["ADV", "DET", "NOUN", "DET", "NOUN", "PUNCT"]


def test_predicative_adjective_with_copula_stays():
    doc = parsed(["Die", "Lage", "ist", "ernst", "."],
                 ["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
                 [1, 3, 3, 3, 3], ["det", "nsubj", "cop", "ROOT", "punct"])
    assert kg.nlp.repair.PosRepair()(doc)[3].pos_ == "ADJ"


def test_adjective_without_arguments_stays():
    doc = parsed(["Sehr", "ernst", "!"], ["ADV", "ADJ", "PUNCT"], [1, 1, 1], ["advmod", "ROOT", "punct"])
    assert kg.nlp.repair.PosRepair()(doc)[1].pos_ == "ADJ"
