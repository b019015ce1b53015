"""Interviews: answers given after a speaker label ("Gerlach: Das ist so. Wir wissen es.").

Why: interviews are a common news format in which no verb of saying and often no quotation
mark announces the speech; the label in front of the answer is the attribution. The
interviewee's label opens a turn that runs until the next label; the interviewer's turns
(the outlet's name in capitals, "STANDARD:", "Frage:", or any label that names no person)
are questions, not statements. Sentences that another rule already attributed keep their
statement.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.extract.eventsyntax import ActorLookup, evidence_for, get_actor
from kg.nlp.roles import analyse_role
from kg.records import Statement

_MAX_LABEL_TOKENS = 4


def _label(sent: Span) -> tuple[Span, int] | None:
    """The speaker label at the start of a sentence and the index of the token after its colon."""
    words = [t for t in sent if not t.is_space]
    for k, tok in enumerate(words[: _MAX_LABEL_TOKENS + 1]):
        if tok.text == ":":
            if k == 0 or not words[0].text[:1].isupper():
                return None
            return sent.doc[words[0].i : tok.i], tok.i + 1
        if tok.is_punct:
            return None
    return None


def _person(label: Span, actors: ActorLookup) -> str | None:
    for tok in label:
        key = actors.key_for_token(tok)
        actor = get_actor(actors, key) if key else None
        if actor is not None and actor.category == "Person":
            return key
    return None


def _headline_source(label: Span, actors: ActorLookup) -> str | None:
    """The source a headline names before its colon ("Vizekanzler: Pläne nicht ...",
    "Kommission: Wir prüfen jeden Antrag"): an organisation or state that is the
    whole label (a newspaper or agency only passes words on), or a bare role word that the
    article gives exactly one person ("Vizekanzler" -> "Vizekanzler Anna Berg" in the body)."""
    keys = {actors.key_for_token(tok) for tok in label}
    if len(keys) == 1 and None not in keys:
        actor = get_actor(actors, next(iter(keys)))
        if actor is not None and actor.category in ("Organisation", "Country") and actor.kind != "media":
            return actor.key
        return None
    if len(label) == 1 and analyse_role(label[0].text) is not None:
        holders = actors.holders_of_role(label[0].text)
        return holders[0] if len(holders) == 1 else None
    return None


def _name_label(label: Span, speaker: str, actors: ActorLookup) -> bool:
    """The label is the speaker's name, with at most a role before it ("Brandt",
    "Konzernchef Brandt", "Ministerin Eva Lind"): one with other words ("Brandts Fazit:",
    "Die Funde von X:") introduces one sentence at most, not a turn."""
    return all(actors.key_for_token(tok) == speaker or analyse_role(tok.text) is not None for tok in label)


def _finite(tok: Token) -> bool:
    """A finite verb: the model marks mood and person on it, rarely VerbForm=Fin."""
    return tok.pos_ in ("VERB", "AUX") and bool(tok.morph.get("Mood") or "Fin" in tok.morph.get("VerbForm"))


def _clause(span: Span) -> bool:
    """Words with a finite verb, not a question, opening like a sentence: a statement rather
    than a list, a line-up or a description ("X: könnte die Partei besser vertreten")."""
    text = span.text.strip()
    if not text or text.endswith("?") or not text[0].isupper() and not text[0].isdigit():
        return False
    return any(_finite(t) for t in span)


def _before_topic(label: Span) -> Span:
    """The label without its topic: "Lind über die Reform" -> "Lind"."""
    cut = next((t.i for t in label if t.lower_ == "über" and t.i > label.start), label.end)
    return label.doc[label.start : cut]


def _verbless_claim(span: Span) -> bool:
    """Headline German drops the verb ("Pläne nicht im Einklang mit dem Gesetz"): after a
    source's colon, words opening like a sentence, three or more, no question, are a claim."""
    text = span.text.strip()
    words = [t for t in span if t.is_alpha]
    return bool(text) and (text[0].isupper() or text[0] in "„\"") and len(words) >= 3 and "?" not in text


def _reported(span: Span, speaker: str, actors: ActorLookup) -> bool:
    """Does the sentence report rather than answer? It names the interviewee by name ("Lunds
    Vorwurf weist die Kammer zurück"): nobody answers about themselves in the third person.
    A surname that is also a noun ("Stumpf") is tagged as a noun, so nouns count too; pronouns
    do not (an answer's "er" may be resolved to the wrong person)."""
    return any(
        tok.pos_ in ("PROPN", "NOUN") and tok.is_title and actors.key_for_token(tok) == speaker
        for tok in span
    )


def extract_interview_statements(
    doc: Doc, actors: ActorLookup, document: Document, statements: list[Statement]
) -> None:
    """Add the answers of an interview as statements of the interviewee (in place)."""
    stated = {e.sentence_start for s in statements if s.speaker is not None for e in s.evidence}
    # a quotation no rule could attribute yields to the label before it ("Lind: „...“")
    unattributed = {e.sentence_start: s for s in statements if s.speaker is None for e in s.evidence}
    speaker: str | None = None
    turns = 0  # labelled turns seen: one label alone is no interview
    named: set[int] = set()  # indices in `found` of answers whose label is the speaker's name
    found: list[Statement] = []
    for sent in doc.sents:
        label = _label(sent)
        start = sent.start
        by_name = one_sentence = headline = False
        if label is not None:
            speaker = _person(label[0], actors)
            start = label[1]
            headline = speaker is None and sent.start == 0
            if headline:  # "Vizekanzler: Pläne nicht im Einklang mit dem Gesetz"
                speaker = _headline_source(label[0], actors)
            by_name = speaker is not None and (
                _clause(doc[start : sent.end])
                or sent.start == 0 and _verbless_claim(doc[start : sent.end])
                and (headline or _name_label(_before_topic(label[0]), speaker, actors))
            )
            # a label with more than a name and role ("Brandts Fazit:", "X nüchtern:", "Die
            # Funde von X:") introduces this sentence only, not a turn; one with a verb ("X
            # blieb hart:") is a sentence of the article, which the colon rules read
            one_sentence = speaker is not None and (headline or not _name_label(label[0], speaker, actors))
            if one_sentence and any(_finite(t) for t in label[0]):
                by_name, speaker = False, None
            elif one_sentence and not by_name:
                speaker = None
            elif not one_sentence:
                turns += 1
        if speaker is None or sent.text.rstrip().endswith("?") or start >= sent.end:
            continue
        if label is None and _reported(doc[start : sent.end], speaker, actors):
            speaker = None  # the article's own voice again: the turn has ended
            continue
        text = " ".join(doc[start : sent.end].text.split())
        first = doc[start]
        evidence = evidence_for(
            doc, document, first.idx, first.idx + len(first.text),
            "rule:headline-source" if headline else "rule:interview-answer", 0.6
        )
        if evidence.sentence_start in stated or not text:
            continue
        stated.add(evidence.sentence_start)
        if by_name:
            named.add(len(found))
        found.append(
            Statement(
                key=f"statement-{evidence.start}-answer", speaker=speaker, quote=text, evidence=[evidence]
            )
        )
        if one_sentence:
            speaker = None
    if turns < 2:
        # one label is no interview, but a name before a colon still attributes the words
        # after it ("Brandt: Ohne Aufträge bleibt das Werk zu.", the headline "Lind: Reform kommt")
        found = [st for i, st in enumerate(found) if i in named]
    if found:
        replaced = {id(unattributed[e.sentence_start]) for st in found for e in st.evidence
                    if e.sentence_start in unattributed}
        statements[:] = [s for s in statements if id(s) not in replaced]
        statements.extend(found)
        statements.sort(key=lambda s: (s.evidence[0].start, s.key))
