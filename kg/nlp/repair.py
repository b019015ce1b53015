"""`kg_pos_repair`: undo part-of-speech slips that break a clause's structure.

Why: small taggers sometimes read a finite verb with an adjective homograph as an adjective
("Nach den Gesprächen erklärten Kanzler X und Präsidentin Y, ..." -> "erklärten" ADJ), and
kg's event rules look for the clause's verb by its part of speech.  The parser often still
gets the structure right: an adjective that heads a clause and governs a subject or an
object without a copula ("ist", "wurde") is not grammatical in UD German, so that head is a
verb.  Only such clause heads are changed (to VERB); everything else stays as tagged.
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


class PosRepair:
    """Sets VERB on sentence heads that `is_misread_clause_verb` finds."""

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for token in doc:
            if is_misread_clause_verb(token):
                token.pos_ = "VERB"
        return doc
