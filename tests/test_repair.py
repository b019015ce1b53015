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


def test_an_adverb_read_as_a_verb_gives_its_clause_back_to_the_verb():
    # "Der Bürgermeister hat wiederholt angekündigt, ...": parsed with "wiederholt" as the root
    doc = parsed(["Der", "Bürgermeister", "hat", "wiederholt", "angekündigt", ",", "abzutreten", "."],
                 ["DET", "NOUN", "AUX", "VERB", "VERB", "PUNCT", "VERB", "PUNCT"],
                 [1, 3, 3, 3, 3, 6, 3, 3],
                 ["det", "nsubj", "aux", "ROOT", "aux", "punct", "xcomp", "punct"])
    doc = kg.nlp.repair.PosRepair()(doc)
    assert (doc[3].pos_, doc[3].dep_, doc[3].head.i) == ("ADV", "advmod", 4)
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert {c.text for c in doc[4].children} == {"Bürgermeister", "hat", "wiederholt", "abzutreten", "."}
    # "stellte wiederholt fest": the particle goes back to its verb
    doc = parsed(["Das", "Amt", "stellte", "wiederholt", "fest", ",", "dass", "es", "fehlt", "."],
                 ["DET", "NOUN", "VERB", "VERB", "ADV", "PUNCT", "SCONJ", "PRON", "VERB", "PUNCT"],
                 [1, 2, 2, 2, 3, 8, 8, 8, 2, 2],
                 ["det", "nsubj", "ROOT", "ccomp", "compound:prt", "punct", "mark", "nsubj", "ccomp",
                  "punct"])
    doc = kg.nlp.repair.PosRepair()(doc)
    assert (doc[3].pos_, doc[3].head.i, doc[4].head.i) == ("ADV", 2, 2)


def test_a_real_verb_wiederholt_stays():
    # "Die Wahl muss wiederholt werden." and "Er wiederholt die Forderung."
    doc = parsed(["Die", "Wahl", "muss", "wiederholt", "werden", "."],
                 ["DET", "NOUN", "AUX", "VERB", "AUX", "PUNCT"],
                 [1, 3, 3, 3, 3, 3], ["det", "nsubj:pass", "aux", "ROOT", "aux:pass", "punct"])
    assert kg.nlp.repair.PosRepair()(doc)[3].pos_ == "VERB"
    doc = parsed(["Er", "wiederholt", "die", "Forderung", "."], ["PRON", "VERB", "DET", "NOUN", "PUNCT"],
                 [1, 1, 3, 1, 1], ["nsubj", "ROOT", "det", "obj", "punct"])
    assert kg.nlp.repair.PosRepair()(doc)[1].pos_ == "VERB"


def test_a_dateline_parsed_as_the_subject_gives_the_place_back_to_the_apposition():
    # "Oslo – Premierministerin Eva Lind hat ... gewarnt": "Oslo" the subject, the role noun
    # in apposition to it
    doc = parsed(["Oslo", "–", "Premierministerin", "Eva", "Lind", "hat", "gewarnt", "."],
                 ["PROPN", "PUNCT", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
                 [6, 2, 0, 2, 3, 6, 6, 6],
                 ["nsubj", "punct", "appos", "appos", "flat", "aux", "ROOT", "punct"])
    doc = kg.nlp.repair.PosRepair()(doc)
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 6)
    assert (doc[0].dep_, doc[0].head.i) == ("dep", 6)
    # a conjunct after a slash dateline, and a dateline read as the object
    doc = parsed(["Rom", "/", "Bern", "–", "Der", "Minister", "zögerte", "."],
                 ["PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                 [6, 2, 0, 5, 5, 0, 6, 6],
                 ["nsubj", "punct", "conj", "punct", "det", "conj", "ROOT", "punct"])
    doc = kg.nlp.repair.PosRepair()(doc)
    assert [(t.text, t.dep_) for t in doc if t.head.i == 6 and t.i != 6] == [
        ("Rom", "dep"), ("Minister", "nsubj"), (".", "punct")]
    doc = parsed(["Kiel", "–", "Die", "Stadt", "fordert", "Geld", "."],
                 ["PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                 [4, 0, 3, 4, 4, 4, 4],
                 ["obj", "punct", "det", "nsubj", "ROOT", "obj", "punct"])
    doc = kg.nlp.repair.PosRepair()(doc)
    assert [t.text for t in doc if t.dep_ == "obj"] == ["Geld"]


def test_a_place_that_opens_a_clause_without_a_dash_stays_its_subject():
    doc = parsed(["Oslo", "hat", "gewarnt", "."], ["PROPN", "AUX", "VERB", "PUNCT"],
                 [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "punct"])
    assert kg.nlp.repair.PosRepair()(doc)[0].dep_ == "nsubj"
    # a noun phrase before a dash is no dateline ("Viele Bürger – vor allem Rentner – ...")
    doc = parsed(["Viele", "Bürger", "–", "Rentner", "–", "protestierten", "."],
                 ["DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "VERB", "PUNCT"],
                 [1, 5, 3, 1, 3, 5, 5], ["det", "nsubj", "punct", "appos", "punct", "ROOT", "punct"])
    assert [t.dep_ for t in kg.nlp.repair.PosRepair()(doc)][1:4] == ["nsubj", "punct", "appos"]


def test_a_compound_opening_with_a_figure_is_a_noun_and_a_bare_figure_stays_a_numeral():
    doc = parsed(["Er", "lehnte", "den", "28-Punkte-Plan", "und", "12", "Vorschläge", "ab", "."],
                 ["PRON", "VERB", "DET", "NUM", "CCONJ", "NUM", "NOUN", "ADP", "PUNCT"],
                 [1, 1, 3, 1, 6, 6, 3, 1, 1],
                 ["nsubj", "ROOT", "det", "obj", "cc", "nummod", "conj", "compound:prt", "punct"])
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_pos_repair")
    doc = nlp.get_pipe("kg_pos_repair")(doc)
    assert [t.pos_ for t in doc][3:6] == ["NOUN", "CCONJ", "NUM"]


def test_a_particle_before_a_comma_is_the_verbs_not_a_preposition():
    """ "rief die Bürger auf, Wasser zu sparen" parsed with "auf" as the case of "Wasser": a
    preposition needs its noun after it, so before the comma it is the verb's particle. A
    postposition ("meiner Meinung nach,") is left as it is."""
    doc = parsed(["Sie", "rief", "die", "Bürger", "auf", ",", "Wasser", "zu", "sparen", "."],
                 ["PRON", "VERB", "DET", "NOUN", "ADP", "PUNCT", "NOUN", "PART", "VERB", "PUNCT"],
                 [1, 1, 3, 1, 6, 6, 1, 8, 1, 1],
                 ["nsubj", "ROOT", "det", "obj", "case", "punct", "obl", "mark", "xcomp", "punct"])
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_pos_repair")
    doc = nlp.get_pipe("kg_pos_repair")(doc)
    assert (doc[4].dep_, doc[4].head.i) == ("compound:prt", 1)
    doc = parsed(["Meiner", "Meinung", "nach", ",", "sinkt", "er", "."],
                 ["DET", "NOUN", "ADP", "PUNCT", "VERB", "PRON", "PUNCT"],
                 [1, 4, 1, 4, 4, 4, 4], ["det", "obl", "case", "punct", "ROOT", "nsubj", "punct"])
    doc = nlp.get_pipe("kg_pos_repair")(doc)
    assert doc[2].dep_ == "case"
