"""`kg_pos_repair`: undo part-of-speech slips that break a clause's structure.

Why: small taggers sometimes read a finite verb with an adjective homograph as an adjective
("Nach den Gesprächen erklärten Kanzler X und Präsidentin Y, ..." -> "erklärten" ADJ), and
kg's event rules look for the clause's verb by its part of speech.  The parser often still
gets the structure right: an adjective that heads a clause and governs a subject or an
object without a copula ("ist", "wurde") is not grammatical in UD German, so that head is a
verb.  Only such clause heads are changed (to VERB); everything else stays as tagged.

The other way round, "wiederholt" ("repeatedly") is read as the verb "wiederholen" in most of
its adverbial uses ("Der Bürgermeister hat wiederholt angekündigt, ...", "stellte wiederholt
fest"), and then it takes the clause's real verb, its particle or its subject: where another
verb of the clause follows or governs it and no passive "werden" comes after it, it becomes
an adverb of that verb, which takes over its dependents.

A compound that opens with a figure ("28-Punkte-Plan", "100-Tage-Programm") is a noun, though
the tagger reads it as a numeral; rules that look for the noun of a phrase need it as one.

And a news dateline ("Wien – Die Ministerin hat ... gewarnt") is often parsed as the clause's
subject with the real subject in apposition to it; the apposition becomes the subject again,
so that the place the report comes from is never taken for the speaker or proposer.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.actors import is_dateline

#: a figure, then hyphenated parts, the last a capitalised noun ("28-Punkte-Plan")
_FIGURE_COMPOUND = re.compile(r"\d[\d.,]*-(?:\w+-)*[A-ZÄÖÜ]\w+")

#: relations only a verb (or a copula construction) can govern
_VERBAL_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "expl"})


def is_misread_clause_verb(token: Token) -> bool:
    """A lower-case adjective that heads its sentence and has a subject or object but no copula."""
    if token.pos_ != "ADJ" or token.head.i != token.i or not token.is_lower:
        return False
    deps = {c.dep_ for c in token.children}
    return bool(deps & _VERBAL_ARGUMENTS) and "cop" not in deps and not any(
        c.pos_ == "AUX" for c in token.children)


@Language.factory("kg_pos_repair")
def make_pos_repair(nlp: Language, name: str) -> PosRepair:
    return PosRepair()


#: words that are adverbs before a verb, though a small tagger reads them as verb forms
_ADVERB_PARTICIPLES = frozenset({"wiederholt"})
_PASSIVE = frozenset({"werden", "wird", "wurde", "wurden", "worden", "werde", "würde"})


def verb_of_adverb(token: Token) -> Token | None:
    """The verb that a misread adverb ("wiederholt") modifies, or None where it is a verb."""
    if token.lower_ not in _ADVERB_PARTICIPLES or token.pos_ not in ("VERB", "AUX"):
        return None
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is None or nxt.is_punct or nxt.lower_ in _PASSIVE:
        return None  # "muss wiederholt werden", "hat die Wahl wiederholt."
    verbs = [c for c in token.children if c.pos_ in ("VERB", "AUX") and c.i > token.i and c.dep_ != "conj"]
    if token.head.i != token.i and token.head.pos_ == "VERB" and token.head.i < token.i:
        return token.head  # "stellte wiederholt fest", "ging wiederholt gegen ... vor"
    lexical = [v for v in verbs if v.pos_ == "VERB"]
    return lexical[0] if lexical else None  # "hat wiederholt angekündigt"


def _reattach(adverb: Token, verb: Token) -> None:
    """Make `verb` the head of the clause `adverb` headed (or a dependent of), with the
    adverb's dependents, and the adverb its modifier."""
    if verb.head.i == adverb.i:  # the verb was below the adverb: it takes the adverb's place
        if adverb.head.i == adverb.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = adverb.head, adverb.dep_
    for child in list(adverb.children):
        if child.i != verb.i:
            child.head = verb
    adverb.head, adverb.dep_, adverb.pos_, adverb.tag_ = verb, "advmod", "ADV", "ADV"


_DASHES = frozenset({"–", "—", "-"})
_DATELINE_WORDS = 4  # at most "New York/Washington"
# what the parser calls the phrase after the dash that it hung on the dateline
_LOOSE = frozenset({"appos", "conj", "dep", "flat"})
# relations that make a word an argument of its verb; a dateline is none
_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "expl"})


def _free_dateline(doc: Doc, dash: Token) -> None:
    """ "Wien – UN-Generalsekretär X hat ... gewarnt" parsed with "Wien" as the subject and
    "UN-Generalsekretär" in apposition (or as a conjunct) to it, or "Berlin – Die Kanzlerin hat ... gefordert"
    with "Berlin" as an object: an apposition after the dash takes the dateline's place, the
    dateline hangs on the verb as a loose dependent."""
    start = dash.i
    while start > 0 and dash.i - start < _DATELINE_WORDS and not doc[start - 1].is_space \
            and doc[start - 1].text not in (".", "!", "?"):
        start -= 1
    span = doc[start : dash.i]
    if not span or not all(t.pos_ == "PROPN" or t.text == "/" for t in span) or not is_dateline(
        doc, start, dash.i
    ):
        return
    for token in span:
        if token.head.i == token.i or start <= token.head.i < dash.i or token.dep_ not in _ARGUMENTS:
            continue
        subject = next((c for c in token.children if c.i > dash.i and c.dep_ in _LOOSE
                        and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
        if subject is not None:
            subject.head, subject.dep_ = token.head, token.dep_
        token.dep_ = "dep"


#: separable particles that can also be prepositions; postpositions ("meiner Meinung nach",
#: "der Idee gegenüber") are left out, they may end a phrase before a comma
_PARTICLE_PREPOSITIONS = frozenset(
    {"auf", "an", "ab", "aus", "ein", "vor", "mit", "bei", "zu", "durch", "um"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?"})


def _particle_read_as_preposition(token: Token) -> None:
    """ "Die Regierung rief die Bürger auf, Wasser zu sparen" parsed with "auf" as the
    preposition of "Wasser": a preposition needs its noun after it, so one right before a
    comma or the end of the sentence is the separated particle of the clause's verb."""
    doc = token.doc
    if token.dep_ != "case" or token.lower_ not in _PARTICLE_PREPOSITIONS or token.i + 1 >= len(doc):
        return
    if doc[token.i + 1].text not in _CLAUSE_END:
        return
    verb = token.head  # the clause's verb before it: up from the noun, past an infinitive after it
    for _ in range(5):
        if verb.pos_ == "VERB" and verb.i < token.i or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ == "VERB" and verb.i < token.i:
        token.head, token.dep_ = verb, "compound:prt"


def _object_before_infinitive_comma(infinitive: Token) -> None:
    """ "begrüßte den Vorschlag aus X, Gespräche zu führen" parsed with "Vorschlag" as the object
    of "führen": a zu-infinitive clause opens after its comma, so an object before that comma,
    with no comma between it and the governing verb, is the governing verb's."""
    verb = infinitive.head
    if infinitive.dep_ != "xcomp" or verb.i >= infinitive.i or verb.pos_ not in ("VERB", "AUX"):
        return
    doc = infinitive.doc
    commas = [t.i for t in doc[verb.i + 1 : infinitive.i] if t.text == ","]
    if not commas or any(c.dep_ == "obj" for c in verb.children):
        return
    for child in list(infinitive.children):
        if child.dep_ == "obj" and verb.i < child.i < commas[0]:
            child.head = verb


class PosRepair:
    """Sets VERB on sentence heads that `is_misread_clause_verb` finds, NOUN on compounds that
    open with a figure, turns adverbs misread
    as verbs (`verb_of_adverb`) back into adverbs, and gives a dateline's apposition back its
    place as the subject (`_free_dateline`)."""

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for token in doc:
            if token.text in _DASHES and token.i > 0:
                _free_dateline(doc, token)
            if token.pos_ == "NUM" and _FIGURE_COMPOUND.fullmatch(token.text):
                token.pos_ = "NOUN"
            elif is_misread_clause_verb(token):
                token.pos_ = "VERB"
            else:
                verb = verb_of_adverb(token)
                if verb is not None:
                    _reattach(token, verb)
        for token in doc:
            if token.dep_ == "xcomp":
                _object_before_infinitive_comma(token)
            elif token.dep_ == "case":
                _particle_read_as_preposition(token)
        return doc
