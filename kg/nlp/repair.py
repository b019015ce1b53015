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
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

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


class PosRepair:
    """Sets VERB on sentence heads that `is_misread_clause_verb` finds, and turns adverbs
    misread as verbs (`verb_of_adverb`) back into adverbs."""

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for token in doc:
            if is_misread_clause_verb(token):
                token.pos_ = "VERB"
            else:
                verb = verb_of_adverb(token)
                if verb is not None:
                    _reattach(token, verb)
        return doc
