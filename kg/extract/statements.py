"""Statements: direct quotes and reported speech, with their speaker.

German news marks speech in a few grammatical ways, and these are the rules here:
- a speech verb with its subject as the speaker, before the content ("X sagte, ..."; "X
  sagte: ...") or inverted after it ("..., sagte X"; "..., so X");
- source phrases: "laut X", "X zufolge", "hieß es aus/vonseiten X";
- Konjunktiv I without a speech verb continues the reported speech of the previous
  sentence's speaker ("Man sei bereit, ..."), and so does a sentence that is entirely a
  quotation;
- a quotation whose speaker cannot be found is kept with speaker None: never guessed.
One statement per sentence and speaker (coordinated speakers each get one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.extract.eventsyntax import (
    ADVERBIAL_INFINITIVE_MARKS,
    INDEFINITE_DETS,
    NEGATIONS,
    QUESTION_WORDS,
    QUOTE_MARKS,
    ActorLookup,
    MentionRef,
    actor_mentions,
    appended_name,
    clause_span,
    evidence_for,
    get_actor,
    is_person,
    is_place,
    person_in_apposition,
    preposition_before,
    sentence_of,
    sentences,
    state_of_seat,
    times_in,
)
from kg.extract.learned_speech import METHOD as LEARNED
from kg.extract.learned_speech import LearnedSpans
from kg.extract.memo import once_per_doc
from kg.nlp import vocabulary
from kg.nlp.actors import is_dateline
from kg.nlp.cues import SPEECH_VERBS, verb_lemma
from kg.nlp.doctext import doc_text
from kg.nlp.frames import IF_MARKS, FrameMatch, multiword_speech_verbs
from kg.nlp.roles import analyse_role, group_head
from kg.nlp.tense import aux_info, fused_zu_infinitive, is_konjunktiv1, is_participle
from kg.records import Statement

_MULTIWORD = multiword_speech_verbs()  # "bedenken" -> "geben"

_QUOTE = re.compile(r"[„\"»«“]([^„\"»«“”]{3,}?)[“\"«»”]")
_OPENING_MARKS = ("„", '"', "»", "“")
_PRONOUNS_SG = frozenset({"er", "sie", "dieser", "diese"})
# speech verbs that need content (a clause, quote or colon) to make a statement
# speech verbs whose accusative object is what was said ("nannte X die Übernahme als Grund",
# "wirft ihr Versagen vor", "spricht von einer Initiative"); others need a clause, colon or quote
_OBJECT_IS_CONTENT = vocabulary.word_set("object_content_verb")
_NEEDS_CONTENT = frozenset(
    {
        "fordern",
        "verlangen",
        "kritisieren",
        "warnen",
        "bezeichnen",
        "ausschließen",
        "glauben",
        "hoffen",
        "befürchten",
        "erinnern",
        "verweisen",
        "zweifeln",
        "bezweifeln",
        "annehmen",
        "loben",
        "bedauern",
        "drohen",
        "fragen",
        "widersprechen",
        "aussprechen",
        "melden",
        "berichten",
        "kündigen",
        "ankündigen",
        "bestätigen",
        "erachten",
        "ausgehen",
        "begründen",
        "rechtfertigen",
    }
)
# nouns of attribution phrases: "aus Sicht von X", "nach Angaben der Regierung", "aus Xs Sicht"
_ATTRIBUTION_NOUNS = frozenset(
    {"sicht", "ansicht", "angaben", "worten", "einschätzung", "auffassung", "meinung", "darstellung",
     "studie", "bericht", "mitteilung", "aussendung", "berechnungen", "schätzungen", "prognose"}
)
# documents that are a source after "laut" or "nach einem/einer", but a time after "nach dem":
# "laut Studie des Instituts", "nach einem Bericht der Weltbank" / "nach dem Bericht trat er zurück"
_SOURCE_DOCUMENTS = frozenset({"studie", "bericht", "mitteilung", "aussendung", "berechnungen",
                               "schätzungen", "prognose"})
_SUBORDINATE_START = frozenset(
    {
        "wie",
        "weil",
        "wenn",
        "als",
        "da",
        "obwohl",
        "nachdem",
        "während",
        "um",
        "bevor",
        "falls",
        "sobald",
        "seit",
    }
)
_SOURCE_AFTER = frozenset({"aus", "von", "vonseiten", "seitens", "im", "in", "beim", "bei"})


PENDING = "pending"  # method of a speech act without content: sets the speaker, no statement
UNNAMED = "unnamed"  # "sagte ein Diplomat": an unnamed speaker, no statement, ends the speech before
QUOTE_CONTINUATION = "rule:quote-continuation"  # a sentence inside a quotation of the previous speaker


@dataclass
class _Speech:
    speakers: list[str]
    cue: Token
    content: str
    direct: bool
    method: str


@once_per_doc("kg_statements")  # also read twice by the proposal rules
def extract_statements(doc: Doc, actors: ActorLookup, document: Document) -> list[Statement]:
    """Statements in document order; keys are stable ("statement-<char offset>[-n]")."""
    sents, mentions, unmarked, self_named = _speech_context(doc, actors)
    statements: list[Statement] = []
    previous: tuple[int, list[str]] | None = None  # (sentence index, speakers) of the last statement
    # a quotation that opened and has not closed yet: its sentences and the number of
    # statements before them ("„Wir ... gesagt. Aber ... bereit“, sagte X.")
    open_quote: list[Span] = []
    open_at = 0
    quote_end: Span | None = None  # the sentence that closes a quotation over several sentences
    unattributed: dict[int, list[Statement]] = {}  # sentence index -> its statements without speaker
    said: set[int] = set()  # indices of the sentences with a statement
    speaking: tuple[int, list[str]] | None = None  # a quotation of these speakers is still open
    learned = LearnedSpans(doc, mentions, actors)
    narrated: tuple[int, list[str]] | None = None  # a named subject of the sentence before, no statement
    for s_index, sent in enumerate(sents):
        text = sent.text.strip()
        if not text:
            continue
        marks = sum(text.count(c) for c in QUOTE_MARKS)
        if open_quote and len(open_quote) > 3:
            open_quote = []
        quotes = list(_QUOTE.finditer(sent.text))
        speech = _speech_in(doc, sent, mentions, actors, quotes, previous)
        if speech is not None and speech.method == UNNAMED:
            previous = speaking = None  # an unnamed speaker takes over: no statement, no continuation
            open_quote = []
            continue
        closes = open_quote and marks % 2 == 1
        if closes and speech is not None and speech.speakers and speech.method != PENDING:
            # the quotation closes here and names its speaker: one statement for all of it
            content = " ".join([*(q.text.strip() for q in open_quote), speech.content.strip()])
            speech = _Speech(speech.speakers, open_quote[0][0], _strip_quotes(content), True,
                             "rule:quote-across-sentences")
            del statements[open_at:]
            quote_end, sent, open_quote = sent, open_quote[0], []
        elif marks % 2 == 1 and text[:1] in _OPENING_MARKS:
            open_quote, open_at = [sent], len(statements)
        elif open_quote and marks == 0:
            open_quote.append(sent)
        else:
            open_quote = []
        if speech is None and speaking is not None and s_index - speaking[0] <= 3 and marks <= 1:
            # X sagte: „A. B.“: the sentences up to the closing mark are X's as well
            speech = _Speech(speaking[1], sent[0], _strip_quotes(text), True, QUOTE_CONTINUATION)
        if marks % 2 == 1 or speech is not None and speech.method != QUOTE_CONTINUATION:
            speaking = None
        if speech is None and unmarked:
            speech = _colon_first_person(doc, sent, mentions, actors)
        if speech is not None and _reported_own_act(speech, text, previous, s_index):
            speech = _Speech(speech.speakers, sent[0], text, False, "rule:reported-continuation")
        if speech is None or speech.method == PENDING:
            # ("X forderte Y auf, ...: Y muss ...": the speech act without content of its own
            # has its content after the colon)
            speech = _colon_reported(doc, sent, mentions, actors, quotes) or speech
        if speech is None:
            cont = _continuation(sent, quotes, previous, s_index, unmarked, self_named)
            if cont is None and previous is None:
                cont = _reported_after_narration(sent, quotes, narrated, s_index, self_named, mentions)
            narrated = None
            if cont is not None:
                speech = cont
            elif _indicative_main_clause(sent, quotes, named=True):
                previous = None  # a named actor's own indicative sentence ends the reported speech
                narrated = _named_subject(sent, actors, s_index)
            elif quotes:
                if _clause_like(sent, quotes[0]):
                    speech = _Speech([], sent[0], quotes[0].group(1), True, "rule:quote-unattributed")
        if speech is None and learned:
            speech, quote_end = _learned(doc, learned, sent, sents, previous, actors)
        if speech is None:
            continue
        if speech.method == PENDING:
            previous = (s_index, speech.speakers)
            if s_index - 1 in unattributed and _points_back(sent):
                # „…“ Das sagte X am Montag.: the quotation before is X's
                for st in unattributed.pop(s_index - 1):
                    st.speaker = speech.speakers[0]
                    st.evidence = [replace(e, method="rule:quote-claimed-by-next-sentence", confidence=0.8)
                                   for e in st.evidence]
            elif (s_index - 1 not in said and s_index and _points_back(sent, with_so=False)
                  and _claimable(sents[s_index - 1])):
                # "A wurde festgenommen. Das meldete die Agentur X.": the sentence before is X's
                # (quotation marks stripped, or reported without them)
                before = sents[s_index - 1]
                cue = next(t for t in before if not t.is_space)
                statements.append(
                    Statement(
                        key=f"statement-{first_char(before)}",
                        speaker=speech.speakers[0],
                        quote=_strip_quotes(before.text.strip()),
                        direct=any(c in before.text for c in QUOTE_MARKS),
                        evidence=[evidence_for(doc, document, cue.idx, cue.idx + len(cue.text),
                                               "rule:claimed-by-next-sentence", 0.7)],
                    )
                )
                said.add(s_index - 1)
                statements.sort(key=lambda st: st.evidence[0].start)
            continue
        times = times_in(sent)
        speakers = speech.speakers or [None]
        for n, speaker in enumerate(speakers):
            start = first_char(sent)
            key = f"statement-{start}" + (f"-{n}" if n else "")
            confidence = 0.8 if speaker else 0.5
            evidence = evidence_for(
                doc,
                document,
                speech.cue.idx,
                speech.cue.idx + len(speech.cue.text),
                speech.method,
                confidence,
                until=quote_end,
            )
            statements.append(
                Statement(
                    key=key,
                    speaker=speaker,
                    quote=_strip_quotes(speech.content),
                    direct=speech.direct,
                    time=times[0] if times else None,
                    evidence=[evidence],
                )
            )
            if speaker is None:
                unattributed.setdefault(s_index, []).append(statements[-1])
            said.add(s_index)
        if speech.speakers:
            previous = (s_index, speech.speakers)
            if marks % 2 == 1 and _last_mark_opens(text) and speech.method != "rule:quote-across-sentences":
                speaking = (s_index, speech.speakers)
        quote_end = None
    for st in statements:
        if st.speaker is not None:
            st.speaker = state_of_seat(st.speaker, actors)  # "aus Washington hieß es" -> the USA
    return statements


_SpeechContext = tuple[list[Span], list[MentionRef], bool, frozenset[int]]


def _speech_context(doc: Doc, actors: ActorLookup) -> _SpeechContext:
    """What every reading of a document's speech needs, computed once per document and actor
    index: its sentences, its actor mentions (datelines left out), whether it is a text
    without quotation marks (an archive that strips them, such as 10kGNAD), and the
    statement frames that name their own speaker."""
    kept = doc.user_data.get("kg_speech_context")
    if kept is not None and kept[0] is actors:
        return kept[1]
    context: _SpeechContext = (
        sentences(doc),
        [m for m in actor_mentions(doc, actors) if not is_dateline(doc, m.start, m.end)],
        sum(doc_text(doc).count(c) for c in QUOTE_MARKS) < _MARKED_TEXT,
        _self_named_statements(doc),
    )
    doc.user_data["kg_speech_context"] = (actors, context)
    return context


def reported_continuation(
    doc: Doc, actors: ActorLookup, after: int, speakers: list[str], strict: bool = False
) -> list[tuple[Span, str]]:
    """The sentences after the sentence that ends at token `after` that go on with what
    `speakers` said (reported speech in Konjunktiv, a quotation, the first person of an
    archive without quotation marks), with their content: for statements that another step
    finds (the frame engine's "zeigte sich überzeugt, dass ..."), which the sentence loop of
    `extract_statements` has already passed. `strict` is for speech acts whose words are
    rarely reported at length, such as demands: there a sentence that names one of the
    speakers ("X sei das bewusst": said about X) or has a verb of saying of its own ("In dem
    Bericht hieß es, ...") ends the passage."""
    sents, mentions, unmarked, self_named = _speech_context(doc, actors)
    at = next((i for i, s in enumerate(sents) if s.start <= after < s.end), None)
    if at is None:
        return []
    out: list[tuple[Span, str]] = []
    previous = (at, speakers)
    for s_index in range(at + 1, min(at + 4, len(sents))):
        sent = sents[s_index]
        quotes = list(_QUOTE.finditer(sent.text))
        if _speech_in(doc, sent, mentions, actors, quotes, previous) is not None:
            break  # a speech act of its own
        if strict and (_speech_verb(sent, quotes) or any(
            m.key in speakers for m in mentions if sent.start <= m.start < sent.end
        )):
            break
        speech = _continuation(sent, quotes, previous, s_index, unmarked, self_named)
        if speech is None:
            break
        out.append((sent, _strip_quotes(speech.content)))
        previous = (s_index, speakers)
    return out


def _speech_verb(sent: Span, quotes: list[re.Match[str]]) -> bool:
    return any(
        tok.pos_ == "VERB" and aux_info(tok) is None and verb_lemma(tok) in SPEECH_VERBS
        for tok in sent if not _in_quotes(tok, sent, quotes)
    )


def _learned(
    doc: Doc,
    learned: LearnedSpans,
    sent: Span,
    sents: list[Span],
    previous: tuple[int, list[str]] | None,
    actors: ActorLookup,
) -> tuple[_Speech | None, Span | None]:
    """The learned tagger's message starting in a sentence the rules left without a statement,
    and the last sentence it runs into (None: it ends in this one).

    Only messages whose learned SOURCE maps to an actor (a mention inside it, or a pronoun the
    rules resolve) count: falling back to the rules' subject of the learned cue or to the
    previous speaker, or keeping unattributed messages, made the statements of the dev and
    blind dev sets worse (training/speech/RESULTS.md)."""

    def resolve(d: Doc, pron: Token, ms: list[MentionRef], prev: tuple[int, list[str]] | None) -> str | None:
        return _resolve_pronoun(d, pron, ms, actors, prev)

    found = learned.speech_in(sent, sents, previous, resolve)
    if found is None or not found.speakers:
        return None, None
    return _Speech(found.speakers, found.cue, found.content, found.direct, LEARNED), found.until


_RELATIVE = re.compile(r"^[^,]{1,60}, (?:der|die|das|dem|den|deren|dessen|welche[rsm]?) ", re.IGNORECASE)
_COORD = frozenset({"und", "oder", "aber", "doch", "sondern", "denn"})


def _subject_relative(content: str) -> bool:
    """ "X, der seit April Unterhändler ist, erklärte, ...": the text before the verb is the
    subject with a relative clause, not inverted content, so the speaker is X."""
    head = content.split(",")[0].split()
    # the relative clause runs up to the verb: no further clause follows it ("Alle, die ...,
    # sollen ..., sagt X" is inverted content)
    return bool(_RELATIVE.match(content)) and len(head) <= 5 and content.count(",") == 1


def _verb_second_clause(tokens: list[Token]) -> bool:
    """ "X sagte, beide Länder wollten ...": after a comma a speech verb takes a dependent main
    clause (any mood) as its content; the clause needs a finite verb among its first words
    and must not be a coordinated new sentence ("..., und ...")."""
    if not tokens or tokens[0].lower_ in _COORD or tokens[0].lower_ in _SUBORDINATE_START:
        return False
    for t in tokens[:6]:
        if t.text in (",", ";", ".", ":"):
            return False
        # the tagger leaves some subjunctive auxiliaries without VerbForm ("müssten", "würden"):
        # their mood comes from the table of auxiliary forms
        if "Fin" in t.morph.get("VerbForm") or (aux_info(t) or ("", "", ""))[2] in ("sub1", "sub2"):
            return True
    return False


def _second_predicate(segment: list[Token]) -> bool:
    """A segment after the comma that opens with a full verb in the indicative ("..., forderte
    aber Nachbesserungen") continues the subject's actions; a reported clause puts a subject or
    another phrase before its verb ("..., beide Länder wollten ...")."""
    if not segment or segment[0].pos_ != "VERB":
        return False  # a fronted auxiliary may open a condition ("..., sollte der Plan scheitern, ...")
    return "Ind" in segment[0].morph.get("Mood")  # the tagger gives mood to finite forms only


def _clause_like(sent: Span, quote: re.Match[str]) -> bool:
    """Is a quotation something said (a clause), not a title or a scare-quoted phrase?"""
    words = quote.group(1).split()
    if len(words) < 4:
        return False
    start = sent.start_char + quote.start(1)
    end = sent.start_char + quote.end(1)
    return any((t.pos_ in ("VERB", "AUX") or aux_info(t) is not None) and start <= t.idx < end for t in sent)


def _adjective_mention(doc: Doc, m: MentionRef) -> bool:
    """A mention that is only an adjective of a state ("der belgischen Zeitung")."""
    return m.end - m.start == 1 and doc[m.start].is_lower and doc[m.start].pos_ == "ADJ"


def _in_quotes(token: Token, sent: Span, quotes: list[re.Match[str]]) -> bool:
    rel = token.idx - sent.start_char
    return any(q.start() <= rel < q.end() for q in quotes)


def _speech_in(
    doc: Doc,
    sent: Span,
    mentions: list[MentionRef],
    actors: ActorLookup,
    quotes: list[re.Match[str]],
    previous: tuple[int, list[str]] | None,
) -> _Speech | None:
    """The attributed speech of a sentence, from source phrases or speech verbs."""
    sent_mentions = [m for m in mentions if m.start >= sent.start and m.end <= sent.end]
    for tok in sent:
        if _in_quotes(tok, sent, quotes):
            continue
        low = tok.lower_
        if low == "zufolge":
            before = [
                m
                for m in sent_mentions
                if m.end <= tok.i
                and tok.i - m.end <= 1
                and not _prefix_only(doc, m.key, tok, sent, [m], actors)
            ]
            if before and not _said_by_another(sent, tok, before[-1], quotes):
                return _Speech(
                    [before[-1].key],
                    tok,
                    _content_around(sent, tok, quotes),
                    bool(quotes),
                    "rule:source-zufolge",
                )
        if low == "laut" and (tok.pos_ == "ADP" or tok.i + 1 < sent.end):
            after = [
                m
                for m in sent_mentions
                if m.start > tok.i
                and m.start - tok.i <= 4
                and not _prefix_only(doc, m.key, tok, sent, [m], actors)
                and not _owner_of_titled(doc, m, sent_mentions)
            ]
            # "laut der schwedischen Zeitung Dagens Nyheter": the paper speaks, not the adjective's state
            if after and _adjective_mention(doc, after[0]):
                after = [m for m in after[1:] if any(t.pos_ == "PROPN" for t in m.tokens(doc))] or after
            if after and not _said_by_another(sent, tok, after[0], quotes):
                return _Speech(
                    [after[0].key], tok, _content_around(sent, tok, quotes), bool(quotes), "rule:source-laut"
                )
        if low in _SOURCE_DOCUMENTS and not _cites_document(doc, tok, sent):
            pass
        elif low in _ATTRIBUTION_NOUNS and tok.i > sent.start:
            near = [m for m in sent_mentions if abs(m.start - tok.i) <= 3 or abs(tok.i - m.end) <= 2]
            # the source follows the noun ("nach Einschätzung der UNO", "Studie des Instituts")
            # or is its genitive before it ("nach Moskaus Angaben"), never a phrase before
            # ("Die Lage in Mali droht nach Einschätzung der UNO zu eskalieren")
            genitive = [
                m
                for m in near
                if m.end == tok.i and doc[m.end - 1].lower_.endswith("s") and low not in _SOURCE_DOCUMENTS
            ]
            if doc[tok.i - 1].lower_ == "eigenen":
                # "hat die FPÖ nach eigenen Angaben": the clause's own actor
                genitive = [m for m in sent_mentions if m.end <= tok.i][-1:]
            near = genitive or [
                m for m in near if m.start > tok.i and not _owner_of_titled(doc, m, sent_mentions)
            ]
            if (
                near
                and doc[max(sent.start, tok.i - 4) : tok.i].text.lower().split()[:1] != []
                and any(t.lower_ in ("aus", "nach", "laut") for t in doc[max(sent.start, tok.i - 4) : tok.i])
            ):
                return _Speech(
                    [near[0].key],
                    tok,
                    _content_around(sent, tok, quotes),
                    bool(quotes),
                    "rule:source-attribution",
                )
        if (low.endswith("angaben") and len(low) > len("angaben") + 2 and tok.i > sent.start
                and doc[tok.i - 1].lower_ in ("nach", "laut")):
            # "nach Pentagon-Angaben": the compound's first part names the source
            inside = [m for m in sent_mentions if m.start == tok.i]
            if inside:
                return _Speech([inside[0].key], tok, _content_around(sent, tok, quotes), bool(quotes),
                               "rule:source-attribution")
        if low == "für" and (tok.i == sent.start or doc[tok.i - 1].lower_ in _COPULA_FORMS):
            src = _fuer_view(doc, tok, sent, sent_mentions, actors)
            if src is not None:
                return _Speech(
                    [src], tok, _content_around(sent, tok, quotes), bool(quotes), "rule:source-fuer"
                )
        if low == "so" and tok.i > sent.start and doc[tok.i - 1].text == "," and not _compares(tok):
            after = [m for m in sent_mentions if m.start > tok.i and m.start - tok.i <= 4]
            if after and _ends_sentence(doc, after[0].end, sent):
                content = sent.text[: tok.idx - sent.start_char].strip().rstrip(",")
                rest = _clause_after_parenthesis(doc, after[0].end, sent)
                if rest is not None:  # "Die Reform, so X, sei überfällig": both halves are said
                    content = f"{content} {doc[rest : sent.end].text.strip()}"
                return _Speech(
                    _coordinated(doc, after[0], sent_mentions),
                    tok,
                    _strip_quotes(content),
                    bool(quotes),
                    "rule:source-so",
                )
    cue_tokens = _speech_cue_tokens(doc)
    pending: _Speech | None = None
    unnamed: _Speech | None = None
    for tok in sent:
        if _in_quotes(tok, sent, quotes):
            continue
        passive_participle = (tok.pos_ == "ADJ" and tok.lemma_.endswith("en") and tok.lemma_ != tok.lower_
                              and any(c.dep_ == "aux:pass" for c in tok.children))
        if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("V") or tok.i in cue_tokens
                or passive_participle):  # "Im Ministerium wurde betont (ADJ), dass ..."
            continue
        if aux_info(tok) is not None and tok.lower_ not in ("hieß",):
            continue
        lemma = verb_lemma(tok)
        if lemma not in SPEECH_VERBS:
            continue
        if (_MULTIWORD.get(lemma) == tok.head.lemma_.lower() and tok.head.i < tok.i
                and not _content_follows(doc, tok, sent)):
            tok = tok.head  # "..., gab X zu bedenken": the expression's verb stands in the clause
        if asked_or_seen(tok, lemma) or _attributive_participle(tok):
            continue
        if _supposed(tok):
            continue  # "Wenn X erklärt, es werde ..., reicht das nicht": words only supposed
        hearsay = lemma == "verlauten" and not any(c.lemma_ == "lassen" for c in tok.head.children) \
            and tok.head.lemma_ != "lassen"  # "aus Moskau verlautete, ..." (not "ließ verlauten")
        if lemma == "heißen" or hearsay:
            fronted = _source_before_heissen(doc, tok, sent, sent_mentions, actors)
            src = (_source_after_heissen(doc, tok, sent, sent_mentions, actors) or fronted
                   or (None if hearsay else _issuer_of_document(doc, tok, sent, mentions, actors)))
            if src is None:
                continue
            content = _content_around(sent, tok, quotes)
            if src == fronted and not quotes:
                content = _content_for(doc, tok, sent, quotes)[0] or content  # "Aus X hieß es: ..."
            return _Speech([src], tok, content, bool(quotes), "rule:speech-hiess-es")
        if lemma == "sprechen" and not (tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in ("von", "vom")):
            pending = pending or _pending(doc, tok, sent, sent_mentions, actors, previous, mentions)
            continue
        if _in_wie_clause(doc, tok, sent) and _later_speech_verb(doc, tok, sent, quotes):
            continue
        content, kind = _content_for(doc, tok, sent, quotes)
        if kind != "quote" and not _in_wie_clause(doc, tok, sent) and _relative_without_clause(
            tok, _later_speech_verb(doc, tok, sent, quotes)
        ):
            continue  # "X, der die Reform kritisiert, trat zurück": the main clause is not X's words
        if kind == "clause" and content is not None and _question_left_open(tok, content):
            continue  # "wollte sich nicht äußern, ob ...": nothing was said
        wie, closing = _wie_source_content(doc, tok, sent)
        if wie is not None and not quotes:
            content, kind = wie, "clause"
            if closing is not None:
                sources = _wie_sources(doc, closing, tok, sent_mentions, actors)
                if not sources:
                    continue  # "..., wie Rettungskräfte mitteilten": no named source
                return _Speech(sources[:1], tok, content, False, "rule:speech-verb-clause")
        if content is None or (kind == "object" and not quotes and lemma not in _OBJECT_IS_CONTENT):
            pending = pending or _pending(doc, tok, sent, sent_mentions, actors, previous, mentions)
            continue
        if kind == "object" and not quotes and _attempted(tok):
            continue  # "versucht, die Bilanz der Regierung herauszustreichen": an aim
        if kind == "object" and not quotes and _passive_voice(tok):
            continue  # "X wird Betrug vorgeworfen": X is who is accused; who accuses is unsaid
        if kind == "object" and not quotes:
            # "X versprach, gegen die Täter vorzugehen": the infinitive is what was said
            content = _infinitive_after(doc, tok, sent) or content
        speakers = [
            k
            for k in _speakers(doc, tok, sent, sent_mentions, actors, previous, kind, mentions)
            if not _prefix_only(doc, k, tok, sent, sent_mentions, actors)
            and not _accused(k, tok, sent_mentions)
        ]
        if not speakers:
            owner = _office_owner(doc, tok, sent, mentions, actors, previous)
            if owner is not None:
                speakers = [owner]
        if not speakers and not quotes and kind != "quote":
            if unnamed is None and _has_own_subject(tok, sent, quotes):
                unnamed = _Speech([], tok, "", False, UNNAMED)
            continue
        return _Speech(speakers, tok, content, bool(quotes), f"rule:speech-verb-{kind}")
    return pending or unnamed


def _accused(key: str, verb: Token, mentions: list[MentionRef]) -> bool:
    """ "Kritiker werfen Kanzler X vor, ...", "werfen dem dänischen Premier vor, ...": the
    one accused (the object of "vorwerfen" and its kin) is never the speaker, even where the
    accusers are nobody kg can name."""
    if verb_lemma(verb) not in _ACCUSING or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in ("obj", "iobj", "obl:arg")]
    spans = [range(m.start, m.end) for m in mentions if m.key == key]
    return any(t.i in span for o in objects for t in o.subtree for span in spans)


_ACCUSING = frozenset({"vorwerfen", "unterstellen", "vorhalten", "anlasten", "ankreiden"})


def _relative_without_clause(verb: Token, later_verb: bool) -> bool:
    """A verb of saying in a relative clause without a clause of its own that only describes
    its antecedent ("X, der die Reform kritisiert, trat zurück") or names what another verb of
    saying is about ("Alles, was X ankündigt, sei unbezahlbar, glaubt Y"): the words of the
    sentence are not its content. With a subject of its own ("die Kammer, der sie Blockade
    vorwirft") the relative clause carries its subject's view of the sentence."""
    if verb.dep_ != "acl:relcl" or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return later_verb or not subjects or any("Rel" in c.morph.get("PronType") for c in subjects)


def _attributive_participle(verb: Token) -> bool:
    """ "sein Sohn X, genannt Y, ...", "die als Vorbild genannte Stadt": a participle of a verb
    of saying without an auxiliary, before its noun or naming after a comma or dash, names or
    describes; nobody speaks."""
    if (verb.lower_ == "genannt" and verb.i > 0 and verb.nbor(-1).text in ("–", "-", ",", "(")
            and verb.i + 1 < len(verb.doc) and verb.nbor(1).pos_ in ("PROPN", "NOUN", "X")):
        return True  # "sein Sohn X – genannt Y –", however the parser hangs it
    # before its noun only: after it, a clause-final participle is often a verb whose
    # auxiliary the parser made the root ("..., hatte X, der Minister, getwittert")
    return (is_participle(verb) and verb.dep_ in ("acl", "amod") and verb.i < verb.head.i
            and not any(c.dep_.startswith("aux") for c in verb.children))


def _passive_source(doc: Doc, verb: Token, mentions: list[MentionRef], actors: ActorLookup) -> str | None:
    """The organisation in an "in/bei/aus/von"-phrase of an impersonal passive verb of saying
    ("Im Ministerium wurde betont"); a place or country there says where it was said, by
    whom it does not ("In Wien wurde betont", "In Deutschland wird befürchtet")."""
    if any(c.dep_.startswith("nsubj") for c in verb.children) or not any(
        c.dep_ in ("ccomp", "parataxis") or c.text == ":" for c in verb.children
    ):
        return None  # "Der Vorschlag wurde von X kritisiert": X responds, says no words
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:agent", "nmod") or not any(
            c.dep_ == "case" and c.lower_ in _PASSIVE_SOURCE_PREPS for c in child.children
        ):
            continue
        for m in mentions:
            if child.left_edge.i <= m.start <= child.i and _category(actors, m.key) == "Organisation":
                return m.key
    return None


_PASSIVE_SOURCE_PREPS = frozenset({"in", "im", "bei", "beim", "aus", "von", "vom", "seitens", "vonseiten"})


def _passive_voice(verb: Token) -> bool:
    """The verb of saying is a participle with a form of "werden" ("wird ... vorgeworfen",
    "wurde als gestellt bezeichnet")."""
    return is_participle(verb) and any(
        c.dep_ in ("aux:pass", "aux") and c.lemma_ == "werden" for c in verb.children
    )


def asked_or_seen(verb: Token, lemma: str) -> bool:
    """ "X wurde gefragt, ob ...": the subject of a passive question is the one asked, whose
    words these are not; "war X zu sehen, wie ...": being seen says nothing."""
    if lemma == "fragen":
        return any(c.dep_ == "aux:pass" for c in verb.children)
    if lemma == "sehen":
        return any(c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children)
    return False


def _question_left_open(verb: Token, content: str) -> bool:
    """An indirect question that a negated verb of saying leaves unanswered ("sagte nicht,
    wann ...", "erinnert sich nicht, ob ..."; not "nicht nur"), or that a verb under "müssen"
    or "sollen" has yet to answer ("muss erklären, warum ...")."""
    words = content.split(maxsplit=1)
    if not words or words[0].lower() not in QUESTION_WORDS:
        return False
    doc = verb.doc
    return any(
        c.lower_ in NEGATIONS and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "nur")
        or c.dep_ == "aux" and c.lemma_.lower() in ("müssen", "sollen")
        for c in verb.children
    )


def _has_own_subject(verb: Token, sent: Span, quotes: list[re.Match[str]]) -> bool:
    """ "..., sagte ein US-Vertreter": the verb of saying has an indefinite subject of its
    own, outside the quotation, that names nobody; the sentence is that person's, not the
    previous speaker's (a definite one, "der Landeschef", may be the previous speaker)."""
    return any(
        c.dep_ in ("nsubj", "nsubj:pass")
        and c.pos_ in ("NOUN", "PROPN")
        and not _in_quotes(c, sent, quotes)
        and any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in c.children)
        for c in verb.children
    )


def _said_by_another(sent: Span, marker: Token, source: MentionRef, quotes: list[re.Match[str]]) -> bool:
    """ "..., sagte der Direktor X der Agentur Y zufolge": a verb of saying with a subject of
    its own names the speaker; the medium of a "zufolge"/"laut" phrase beside it only passes
    the words on (the guidelines: an agency that passes on someone's words is no speaker)."""
    for tok in sent:
        if tok.i == marker.i or _in_quotes(tok, sent, quotes) or tok.pos_ not in ("VERB", "AUX"):
            continue
        if verb_lemma(tok) not in SPEECH_VERBS:
            continue
        if _reporter_in_wie_clause(tok, marker, source):
            return True
        if tok.dep_ not in ("ROOT", "parataxis"):
            continue  # a main-clause verb: "..., der eine Schuld einräumte" reports nothing here
        if any(c.dep_ == "nsubj" and not source.start <= c.i < source.end for c in tok.children):
            return True
    return False


def _reporter_in_wie_clause(verb: Token, marker: Token, source: MentionRef) -> bool:
    """ "..., wie der Sender X laut Agentur Y berichtete": the marker sits in a "wie"-clause
    of a verb of saying, and a name stands between "wie" and the marker: X reported, Y only
    passed it on (the parse of such clauses is often flat, so the words are read in order)."""
    doc = verb.doc
    if not verb.left_edge.i < marker.i < verb.i:
        return False
    wie = next((t for t in doc[verb.left_edge.i : marker.i] if t.lower_ == "wie"), None)
    if wie is None:
        return False
    return any(
        (t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG")) and not source.start <= t.i < source.end
        for t in doc[wie.i + 1 : marker.i]
    )


def _speech_cue_tokens(doc: Doc) -> frozenset[int]:
    """The first tokens of the document's speech cues, collected once per document (every
    sentence's speech reading asks for them)."""
    kept = doc.user_data.get("kg_speech_cue_tokens")
    if kept is None:
        kept = frozenset(c.start for c in doc.spans.get("kg_cues", []) if c.label_ == "speech")
        doc.user_data["kg_speech_cue_tokens"] = kept
    return kept


def _pending(
    doc: Doc,
    verb: Token,
    sent: Span,
    sent_mentions: list[MentionRef],
    actors: ActorLookup,
    previous: tuple[int, list[str]] | None,
    mentions: list[MentionRef],
) -> _Speech | None:
    """A speech act without content of its own ("X kritisierte den Entwurf."): no statement,
    but its speaker is who the reported speech of the next sentences belongs to ("Er
    enthalte zu wenig ...")."""
    speakers = [
        k
        for k in _speakers(doc, verb, sent, sent_mentions, actors, previous, "clause", mentions)
        if not _prefix_only(doc, k, verb, sent, sent_mentions, actors)
    ]
    return _Speech(speakers, verb, "", False, PENDING) if speakers else None


def _owner_of_titled(doc: Doc, m: MentionRef, mentions: list[MentionRef]) -> bool:
    """ "Norwegens Ministerpräsident Karl Lund", "Russlands Präsident X": a
    genitive before a title and a name is whose office it is; the named person is the one."""
    return (
        m.end + 1 < len(doc)
        and analyse_role(doc[m.end].text) is not None
        and any(n.key != m.key and n.start in (m.end, m.end + 1) for n in mentions)
    )


def _cites_document(doc: Doc, tok: Token, sent: Span) -> bool:
    """ "laut (der) Studie", "nach einem Bericht": a document cited as the source."""
    before = [t.lower_ for t in doc[max(sent.start, tok.i - 3) : tok.i]]
    pairs = zip(before, before[1:], strict=False)
    return "laut" in before or any(a == "nach" and b in ("einem", "einer") for a, b in pairs)


_COPULA_FORMS = frozenset({"ist", "sei", "war", "wäre"})


def _fuer_view(
    doc: Doc, tok: Token, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> str | None:
    """ "Für X ist es nicht denkbar, dass ...", "Für X (ÖVP) ist Y verantwortlich": a
    sentence-initial "für" + person followed by a copula and a "dass" clause or a judging
    predicate states X's view, as does "für" + person right after the copula of a judging
    predicate ("Dass ..., ist für X kein Widerspruch"); other "für" phrases ("Für die
    Gespräche ist ...", "Für X war es der dritte Besuch") name no speaker."""
    titled = tok.i + 1 < sent.end and analyse_role(doc[tok.i + 1].text) is not None
    first = next((m for m in mentions if m.start == tok.i + 1 or titled and m.start == tok.i + 2), None)
    if first is None or not is_person(first.key, actors) or first.end >= sent.end:
        return None
    if tok.i > sent.start:
        # "Dass ..., ist für X kein Widerspruch": the copula before "für", the predicate judges
        return first.key if _judgement(sent) else None
    after = _after_insertion(doc, first.end, sent)
    if after >= sent.end or doc[after].lower_ not in _COPULA_FORMS:
        return None
    if any(t.lower_ in ("dass", "daß") and doc[t.i - 1].text == "," for t in doc[after : sent.end]):
        return first.key
    return first.key if _judgement(sent) else None


def _after_insertion(doc: Doc, i: int, sent: Span) -> int:
    """The token after a parenthesis or an apposition between commas that follows a name:
    "Für Minister X (ÖVP) ist ...", "Für X, den Chef der Inselregierung, ist ..."."""
    if i < sent.end and doc[i].text == "(":
        close = next((t.i for t in doc[i:sent.end] if t.text == ")"), None)
        return close + 1 if close is not None else i
    if i < sent.end and doc[i].text == ",":
        close = next((t.i for t in doc[i + 1 : min(sent.end, i + 10)] if t.text == ","), None)
        return close + 1 if close is not None else i
    return i


def _judgement(sent: Span) -> bool:
    """A copula sentence that judges rather than reports: its predicate is an adjective
    ("verantwortlich", "notwendig") or is negated ("kein Widerspruch")."""
    root = sent.root
    if root.pos_ == "ADJ" or root.tag_ == "ADJD":
        return True  # not a participle: "Für X ist ein Treffen geplant" reports, it judges nothing
    return any(c.lower_ in ("kein", "keine", "keinen", "nicht") for c in root.children)


def _in_wie_clause(doc: Doc, verb: Token, sent: Span) -> bool:
    """ "Wie X berichtet, ...": the verb cites a source for the sentence, not the speaker. A
    comma between two time expressions ("wie X heute, Dienstag, mitteilte") is inside it."""
    inner: set[int] | None = None
    i = verb.i - 1
    while i >= sent.start:
        if doc[i].text == ",":
            inner = _time_apposition_commas(doc, sent) if inner is None else inner
            if i not in inner:
                break
        i -= 1
    first = doc[i + 1] if i + 1 < verb.i else None
    return first is not None and first.lower_ == "wie"


def _cites_source(doc: Doc, verb: Token, sent: Span) -> bool:
    """ "(Denn) wie X verkündete, stiegen die Preise": a "wie" clause, after a conjunction or
    not, names the source of the main clause that follows it."""
    if _in_wie_clause(doc, verb, sent):
        return True
    words = [t.lower_ for t in doc[sent.start : min(sent.start + 2, verb.i)]]
    return len(words) == 2 and words[0] in _COORD and words[1] == "wie"


def _time_apposition_commas(doc: Doc, sent: Span) -> set[int]:
    """The commas around a time expression in apposition to another ("heute, Dienstag, ...",
    "am Montag, 3. Mai, ..."): they open no clause."""
    times = [t for t in doc.spans.get("kg_time", []) if sent.start <= t.start < sent.end]
    ends = {t.end: t for t in times}
    commas: set[int] = set()
    for t in times:
        if t.start - 1 in ends and doc[t.start - 1].text == ",":
            commas.add(t.start - 1)
            if t.end < sent.end and doc[t.end].text == ",":
                commas.add(t.end)
    return commas


def _wie_source_content(doc: Doc, verb: Token, sent: Span) -> tuple[str | None, int | None]:
    """ "Wie X berichtete, soll ...", "..., wie X am Dienstag mitteilte.": a "wie" clause with a
    speech verb at either end of the sentence names the source of the main clause; returns
    that main clause and, for a clause that closes the sentence, the index of its "wie"."""
    if not _in_wie_clause(doc, verb, sent):
        return None, None
    if doc[sent.start].lower_ != "wie":
        wie = _trailing_wie(doc, verb, sent)
        main = doc[sent.start : wie].text.strip().rstrip(",").strip() if wie is not None else ""
        return (main, wie) if main else (None, None)
    comma = next((t for t in doc[verb.i + 1 : min(verb.i + 3, sent.end)] if t.text == ","), None)
    if comma is None:
        return None, None
    rest = doc[comma.i + 1 : sent.end].text.strip().rstrip(".").strip()
    return rest or None, None


def _trailing_wie(doc: Doc, verb: Token, sent: Span) -> int | None:
    """The index of "wie" when a "wie X mitteilte" clause closes the sentence after its content."""
    rest = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if rest and not (len(rest) == 1 and rest[0].dep_ == "compound:prt"):
        return None
    i = verb.i - 1
    while i > sent.start and doc[i].lower_ != "wie":
        i -= 1
    return i if i > sent.start and doc[i].lower_ == "wie" else None


def _wie_sources(
    doc: Doc, wie: int, verb: Token, sent_mentions: list[MentionRef], actors: ActorLookup
) -> list[str]:
    """The named sources inside a closing "wie" clause ("..., wie die Agentur X meldete"), not
    adjectives ("wie palästinensische Helfer mitteilten") nor places ("wie man ihn in Linz
    nennt")."""
    return [
        m.key
        for m in sent_mentions
        if wie < m.start < verb.i
        and doc[m.start - 1].lower_ not in ("dem", "gegenüber")  # "wie er dem STANDARD sagte": addressee
        and doc[m.start].pos_ != "ADJ"
        and not doc[m.start].is_lower
        and not is_place(m.key, actors)
    ]


_SPOKESPERSON_ENDINGS = vocabulary.words("spokesperson_ending")
_REPORTING_MEDIA = vocabulary.word_set("reporting_media")
_INDEFINITE = INDEFINITE_DETS | {"anderer", "weiterer"}  # "ein anderer US-Regierungsvertreter"
_OFFICE_NOUNS = frozenset({"büro", "sprecher", "sprecherin", "pressestelle", "umfeld", "anwalt", "anwältin"})
_POSSESSIVES = frozenset({"sein", "seine", "seines", "ihr", "ihre", "ihres"})


def _office_owner(
    doc: Doc,
    verb: Token,
    sent: Span,
    mentions: list[MentionRef],
    actors: ActorLookup,
    previous: tuple[int, list[str]] | None,
) -> str | None:
    """ "..., teilte sein Büro mit": an office or spokesperson introduced by a possessive
    speaks for its owner, the person the possessive refers to."""
    window = doc[max(sent.start, verb.i - 3) : min(sent.end, verb.i + 4)]
    for t in window:
        if t.lower_ in _OFFICE_NOUNS and t.i > sent.start and doc[t.i - 1].lower_ in _POSSESSIVES:
            pron = doc[t.i - 1]
            prior = [m for m in mentions if m.end <= pron.i and pron.i - m.end < 120]
            persons = [m for m in prior if is_person(m.key, actors)]
            if previous is not None and len(previous[1]) == 1 and is_person(previous[1][0], actors):
                if not persons or persons[-1].key == previous[1][0]:
                    return previous[1][0]
            if persons:
                return persons[-1].key
    return None


def _later_speech_verb(doc: Doc, verb: Token, sent: Span, quotes: list[re.Match[str]]) -> bool:
    for tok in doc[verb.i + 1 : sent.end]:
        if (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("V")) and not _in_quotes(tok, sent, quotes):
            if aux_info(tok) is None and verb_lemma(tok) in SPEECH_VERBS:
                return True
    return False


def _strip_quotes(text: str) -> str:
    return text.strip().strip('„“"»«”').strip()


def _ends_sentence(doc: Doc, i: int, sent: Span) -> bool:
    """ ", so X." ends the sentence (or adds an apposition); ", so X, Y und Z" lists examples."""
    toks = [t for t in doc[i : sent.end] if not t.is_space]
    if not toks or toks[0].text in (".", "!", "?", ")"):
        return True
    if toks[0].text == "," and len(toks) > 1:
        nxt = toks[1]
        return nxt.is_lower or nxt.pos_ == "DET"
    return False


def _clause_after_parenthesis(doc: Doc, i: int, sent: Span) -> int | None:
    """Where the sentence goes on after a parenthetical ", so X," ("..., sei überfällig"): the
    index of the finite verb right after the closing comma, else None (an apposition)."""
    toks = [t for t in doc[i : sent.end] if not t.is_space]
    if len(toks) < 2 or toks[0].text != ",":
        return None
    verb = toks[1]
    if verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm"):
        return verb.i
    return None


def _ends_clause(doc: Doc, i: int, sent: Span) -> bool:
    """Only punctuation, appositions or adverbials follow up to the sentence end."""
    return i >= sent.end or doc[i].text in (".", ",", ":", ";", "(", "!", "?") or doc[i].is_punct


def _content_around(sent: Span, cue: Token, quotes: list[re.Match[str]]) -> str:
    if quotes:
        return " ".join(q.group(1) for q in quotes)
    return sent.text.strip()


def _opens_subordinate(sent: Span) -> bool:
    """Does the sentence open with a subordinate clause ("Da einige fehlen, ...", "Wie X
    sagte, ...")? Not where the word is an adverb with the finite verb right after it ("Da
    sind einige Dinge nicht bedacht, sagte X") or a preposition ("Seit Jahren wird ...")."""
    words = islice((t for t in sent if not t.is_punct and not t.is_space), 2)
    first, nxt = next(words, None), next(words, None)
    if first is None or first.lower_ not in _SUBORDINATE_START:
        return False
    if nxt is not None and nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm"):
        return False
    return not (first.pos_ == "ADP" and first.lower_ in ("seit", "während", "bis"))


def _content_for(doc: Doc, verb: Token, sent: Span, quotes: list[re.Match[str]]) -> tuple[str | None, str]:
    """The reported content of a speech verb and how it is attached: "quote", "inverted"
    ("..., sagte X"), "clause" ("X sagte, ...", "X sagte: ...") or "object"."""
    rel = verb.idx - sent.start_char
    if quotes:
        return " ".join(q.group(1) for q in quotes), "quote"
    before = sent.text[:rel].rstrip()
    if (before.endswith(",") and verb.i > sent.start + 2 and not _content_follows(doc, verb, sent)
            and not _opening_auxiliary(doc, verb, sent)):
        content = before.rstrip(",").strip()
        has_verb = any(t.pos_ in ("VERB", "AUX") or aux_info(t) for t in sent if t.i < verb.i - 1)
        first_comma = next((t.i for t in sent if t.text == ","), verb.i)
        opens_with_clause = any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : first_comma])
        if not _opens_subordinate(sent) and has_verb and (
            opens_with_clause or not _subject_relative(content)
        ):
            return content, "inverted"
    clause = clause_span(verb)
    if clause.start > sent.start + 2 and doc[clause.start - 1].text == "," and clause.start < verb.i:
        # "..., hatte X geschworen": auxiliary first, speech verb at the clause end
        if aux_info(doc[clause.start]) is not None:
            content = sent.text[: doc[clause.start - 1].idx - sent.start_char].strip()
            if content and not _opens_subordinate(sent):
                return content, "inverted"
    # the same when the parser hangs the content on the participle: its auxiliary follows a comma
    aux = _auxiliary_after_comma(doc, verb, sent)
    if aux is not None:
        content = sent.text[: doc[aux.i - 1].idx - sent.start_char].strip()
        if content and not _opens_subordinate(sent):
            return content, "inverted"
    after_start = rel + len(verb.text)
    after = sent.text[after_start:]
    separators = list(re.finditer(r"[,:]\s*(?=\S)", after))[:3]
    for n, m in enumerate(separators):
        rest = after[m.end() :].strip().rstrip(".")
        head = rest.split()[0].lower() if rest.split() else ""
        clause_tokens = [t for t in sent if t.idx - sent.start_char > after_start + m.start()]
        end = after_start + (separators[n + 1].start() if n + 1 < len(separators) else len(after))
        segment = [t for t in clause_tokens if t.idx - sent.start_char < end]
        if head in ("dass", "daß", "ob", "wie", "man") or ":" in after[: m.end()]:
            return rest, "clause"
        if not any(t.pos_ in ("VERB", "AUX") or aux_info(t) is not None for t in segment):
            # "Als wichtig erachtet die Leiterin, Anna Berg, dass ...": a verbless segment (an
            # apposition) between verb and content is skipped
            continue
        if _second_predicate(segment) and not _cites_source(doc, verb, sent):
            # "X lobte den Plan, forderte aber ...": X's next predicate, not X's words; "Nachdem
            # X gesprochen hatte, wandten sich ...": the main clause after a subordinate one
            break
        if any(is_konjunktiv1(t) for t in clause_tokens) or _verb_second_clause(clause_tokens):
            return rest, "clause"
        break
    # verb-final or topicalised object ("Als Grund nannte X die Übernahme ...")
    return sent.text.strip().rstrip("."), "object"


def _opening_auxiliary(doc: Doc, verb: Token, sent: Span) -> bool:
    """ "Vor kurzem hatte ein Sprecher, Omar Haddad, erklärt, ...": the participle's auxiliary
    stands in the sentence's first clause, so the comma before the participle closes an
    apposition of the subject, not inverted content ("..., hatte X erklärt")."""
    aux = verb.head if verb.head.i < verb.i else None
    aux = next((c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i), aux)
    # the parser may read the participle ("erklärt") as a finite verb hung on "hatte"
    if aux is None or (aux_info(aux) or ("",))[0] not in ("haben", "sein") or aux.i <= sent.start:
        return False
    if "Fin" in verb.morph.get("VerbForm") and not is_participle(verb):
        return False
    # the content follows the participle's comma; inverted speech has its subject there
    if verb.i + 1 >= sent.end or doc[verb.i + 1].text != ",":
        return False
    return not any(t.text == "," for t in doc[sent.start : aux.i])


_ATTEMPT_VERBS = vocabulary.word_set("attempt_verb")


def _attempted(verb: Token) -> bool:
    """The verb of saying is what its subject tries to do ("versucht, ... zu betonen"), not
    what it said."""
    return verb.dep_ == "xcomp" and (verb.head.lemma_ or "").lower() in _ATTEMPT_VERBS


def _infinitive_after(doc: Doc, verb: Token, sent: Span) -> str | None:
    """The bare zu-infinitive clause after the verb's comma, up to the next comma or the end
    ("versprach, gegen die Täter vorzugehen"); not a purpose clause ("um ... zu")."""
    comma = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end or doc[comma + 1].lower_ in ADVERBIAL_INFINITIVE_MARKS:
        return None
    end = next((t.i for t in doc[comma + 1 : sent.end] if t.text in (",", ";", ":", "–", "—")), sent.end)
    words = [t for t in doc[comma + 1 : end] if not t.is_punct]
    if not words:
        return None
    last = words[-1]
    marked = last.i > 0 and doc[last.i - 1].lower_ == "zu"
    if last.pos_ not in ("VERB", "AUX") or not (fused_zu_infinitive(last) or marked):
        return None
    return doc[comma + 1 : end].text.strip().rstrip(".")


def _auxiliary_after_comma(doc: Doc, verb: Token, sent: Span) -> Token | None:
    """ "<content>, hatte X ... gesagt": the participle's auxiliary, right after the comma that
    ends the inverted content."""
    return next((c for c in verb.children if c.dep_.startswith("aux") and sent.start + 2 < c.i < verb.i
                 and doc[c.i - 1].text == "," and aux_info(c) is not None), None)


def _oblique(noun: Token) -> bool:
    """A noun phrase that cannot be a subject: "dem/einem ...", "der Ministerin", "sagte der
    Nachrichtenagentur X" (a feminine noun after "der" is dative or genitive), or a
    noun the tagger marks dative."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("dem", "einem"):
        return True
    if det is not None and det.lower_ == "der" and _feminine_noun(noun):
        return True
    return "Dat" in noun.morph.get("Case")


def _told_to(doc: Doc, m: MentionRef) -> bool:
    """ "sagte ein Polizeisprecher dem NDR", "... der Zeitung Aftenposten": a name in the dative,
    or named by a noun in the dative, is whom the words were said to, never who said them."""
    i = m.start
    if i > 0 and doc[i - 1].lower_ in ("dem", "einem"):
        return True
    # the article's evidence only, not the tagger's guess of the case
    return any(doc[k].pos_ == "NOUN" and doc[k - 1].lower_ == "der" and _feminine_noun(doc[k])
               for k in (i - 1, i) if k > 0)


def _feminine_noun(noun: Token) -> bool:
    """A feminine noun, so "der" before it is dative or genitive ("der Ministerin", "der
    Zeitung"): by its ending or the tagger's gender."""
    return noun.lower_.endswith(("in", "innen")) or "Fem" in noun.morph.get("Gender")


def _across_colon(token: Token, verb: Token) -> bool:
    """A colon or semicolon lies between `token` and `verb`: another clause."""
    lo, hi = sorted((token.i, verb.i))
    return any(t.text in (":", ";") for t in token.doc[lo:hi])


def _content_follows(doc: Doc, verb: Token, sent: Span) -> bool:
    """ "X lobte den Plan, kritisierte aber, dass ...": a second predicate of the same subject
    whose content follows it (a clause or a colon after at most two adverbs) is not inverted
    speech ("..., sagte X"), whatever comma precedes it."""
    for tok in doc[verb.i + 1 : min(verb.i + 4, sent.end)]:
        if tok.text == ":":
            return True
        if tok.text == ",":
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            # ", dass ...", or a reported main clause ("sagte aber, sie sei ...")
            return nxt is not None and (
                nxt.lower_ in ("dass", "daß", "ob") or _verb_second_clause(list(doc[nxt.i : sent.end]))
            )
        if tok.pos_ not in ("ADV", "CCONJ", "PART"):
            return False
    return False


def _subject_pronoun(token: Token) -> bool:
    """A pronoun that can be a speaking subject ("er", "sie", ...)."""
    return token.lower_ in _PRONOUNS_SG or token.lower_ == "sie"


def _speakers(
    doc: Doc,
    verb: Token,
    sent: Span,
    mentions: list[MentionRef],
    actors: ActorLookup,
    previous: tuple[int, list[str]] | None,
    kind: str,
    all_mentions: list[MentionRef] | None = None,
) -> list[str]:
    """The subject of the speech verb as actor keys (coordinated subjects each count)."""
    # dependency subject first
    clause = clause_span(verb) if kind == "inverted" else None
    content_end = clause.start if clause is not None else sent.start
    if clause is not None:  # "..., hatte X, der ..., in der Nacht getwittert": X follows the auxiliary
        aux = _auxiliary_after_comma(doc, verb, sent)
        if aux is not None:
            content_end = min(content_end, aux.i)
    # parsers sometimes hang the subject on the auxiliary ("..., hatte X gesagt")
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    candidates = [*verb.children, *(g for a in auxiliaries for g in a.children)]
    own_subject = any(c.dep_.startswith("nsubj") for c in candidates)
    if verb.dep_ == "conj" and verb.head.i < verb.i and not own_subject:
        candidates += list(verb.head.children)  # "X lobte ..., kritisierte aber, dass ..."
    # the speaker stands before the content that follows the verb ("X erklärte, Brüssel werde ...")
    clause_end = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in (",", ":", ";")), sent.end)
    # a subject beyond a colon belongs to another clause ("X wurde konkret: Y betonte, ...")
    # a phrase with a dative article is never the subject ("wie er dem STANDARD sagte")
    subjects = [c for c in candidates if c.dep_.startswith("nsubj") and content_end <= c.i < clause_end
                and not _across_colon(c, verb) and doc[max(c.i - 1, 0)].lower_ not in ("dem", "einem")]
    # the parser often finds two subjects: a fronted dative ("Dem Kanzler X warf Y ... vor") is
    # not the speaker, else the nearer one is
    # before the verb the first one is the subject ("Anna Berg hat Karl Lund Betrug
    # vorgeworfen": the dative in the middle field is no subject), after it the nearer one
    subjects.sort(key=lambda c: (_oblique(c), c.i > verb.i, c.i if c.i < verb.i else c.i - verb.i))
    unnamed = False
    for child in subjects:
        found = [m for m in mentions if m.start <= child.i < m.end]
        if found and not is_person(found[0].key, actors) and person_in_apposition(child, actors):
            found = []  # "Bundesbank-Vorstand Karl Lund": the person, not the prefix's bank
        if not found:  # "die Leiterin des Instituts, Anna Berg, ..."
            found = [m for a in child.children if appended_name(child, a) and not _across_colon(a, verb)
                     for m in mentions if m.start <= a.i < m.end]
        if not found and child.pos_ == "NOUN":
            found = _name_in_commas_after(doc, child, mentions, actors) or _seat_of_government(
                doc, child, mentions
            )
        if not found and _is_spokesperson(child.text):
            # "..., sagte eine Sprecherin der Regierung Norwegens": the body she speaks for
            # (its head noun must name the body, or be a government named by its state: "der
            # Landespolizeidirektion Tirol" names no actor, and Tirol is a place)
            # (a newspaper after it is whom the words were said to: "sagte ein Polizeisprecher
            # der Zeitung X", dative, not the paper's spokesperson)
            heads = [a for a in child.children if a.dep_ == "nmod" and a.lower_ not in _REPORTING_MEDIA]
            heads += [g for a in heads if group_head(a.text) for g in a.children if g.dep_ == "nmod"]
            found = [m for a in heads for m in mentions
                     if m.start <= a.i < m.end and not is_place(m.key, actors)][:1]
        if not found:  # "der Jurist und Sozialexperte Anna Berg": two roles of one person
            roles = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                     and not any(d.dep_ == "det" for d in c.children)]
            found = [m for r in roles for a in r.children if a.dep_ == "appos" and not _across_colon(a, verb)
                     for m in mentions if m.start <= a.i < m.end]
        if found:
            return _coordinated(doc, found[0], mentions)
        if _subject_pronoun(child):
            resolved = _resolve_pronoun(doc, child, all_mentions or mentions, actors, previous)
            if resolved:
                return [resolved]
        elif kind == "object" and _unnamed_subject(child, verb):
            unnamed = True  # "Die Opposition warf Lund vor, ...": unless another subject is named
    if unnamed:
        return []  # the speaker is unnamed, not the one accused after the verb
    if not subjects and (_passive_voice(verb) or any(c.dep_ == "aux:pass" for c in verb.children)):
        # "Im Ministerium wurde erklärt, dass ...", "Von der Kammer wurde erklärt, ...":
        # an impersonal passive names its source in a phrase on the verb
        source = _passive_source(doc, verb, mentions, actors)
        if source is not None:
            return [source]
    if clause is not None:
        # "..., hatte X (noch am Montag) gesagt": the subject sits between auxiliary and verb
        if clause.start < verb.i and aux_info(doc[clause.start]) is not None:
            subject = doc[clause.start + 1]
            if subject.i < verb.i and _subject_pronoun(subject):
                resolved = _resolve_pronoun(doc, subject, all_mentions or mentions, actors, previous)
                if resolved:
                    return [resolved]
            between = [m for m in mentions
                       if clause.start < m.start and m.end <= verb.i and not _has_prep(doc, m)]
            if between:
                return _coordinated(doc, between[0], mentions)
    # linear: inverted order puts the subject right after the verb, normal order before it
    content_start = next(
        (t.i for t in doc[verb.i + 1 : sent.end] if t.text in (",", ":") or t.lower_ in ("dass", "daß")),
        sent.end,
    )
    after = [
        m
        for m in mentions
        if m.start > verb.i and m.start - verb.i <= 4 and not _has_prep(doc, m) and m.end <= content_start
        and not _told_to(doc, m)
    ]
    if kind in ("inverted", "quote") or (kind == "object" and verb.i > sent.start + 1):
        for tok in doc[verb.i + 1 : min(verb.i + 3, sent.end)]:
            if tok.lower_ in _PRONOUNS_SG:
                resolved = _resolve_pronoun(doc, tok, all_mentions or mentions, actors, previous)
                if resolved:
                    return [resolved]
        if after:
            return _coordinated(doc, after[0], mentions)
    before = [
        m
        for m in mentions
        if m.end <= verb.i
        and not _has_prep(doc, m)
        and m.start >= sent.start
        and not _in_parentheses(doc, m, sent)
    ]
    first_pron = next(
        (
            t
            for t in doc[sent.start : verb.i]
            if t.lower_ in _PRONOUNS_SG and t.pos_ == "PRON" or t.lower_ == "dieser"
        ),
        None,
    )
    if first_pron is not None and (not before or first_pron.i < before[0].start) and kind != "inverted":
        resolved = _resolve_pronoun(doc, first_pron, all_mentions or mentions, actors, previous)
        if resolved:
            return [resolved]
    if before and kind in ("clause", "object", "quote"):
        # the subject is the first mention of the clause before the verb
        clause_start = verb.i
        while clause_start > sent.start and doc[clause_start - 1].text not in (".", ":", ";", '"', "„", "“"):
            clause_start -= 1
        in_clause = [m for m in before if m.start >= clause_start]
        if in_clause:
            return _coordinated(doc, in_clause[0], mentions)
    for tok in doc[max(sent.start, verb.i - 3) : verb.i]:
        if tok.lower_ in _PRONOUNS_SG and tok.i >= sent.start:
            resolved = _resolve_pronoun(doc, tok, all_mentions or mentions, actors, previous)
            if resolved:
                return [resolved]
    if after:
        return _coordinated(doc, after[0], mentions)
    return []


def _prefix_only(
    doc: Doc, key: str, verb: Token, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> bool:
    """The speaker mention is only a prefix of an unnamed person ("ein US-Regierungsvertreter"),
    or an adjective of an unnamed person ("ein malischer Offizier") or of news media
    ("berichteten israelische Medien"). An adjective before a state's organ stays its state
    ("die israelische Armee", "der türkische Regierungschef")."""
    for m in mentions:
        if m.key != key or m.end - m.start != 1:
            continue
        tok = doc[m.start]
        if tok.is_lower and tok.is_alpha and m.start + 1 < sent.end:
            noun = doc[m.start + 1]
            unnamed = m.start > sent.start and doc[m.start - 1].lower_ in _INDEFINITE
            if actors.key_for_token(noun) is None and (unnamed or noun.lower_ in _REPORTING_MEDIA):
                return True
        if "-" in tok.text and abs(tok.i - verb.i) <= 4 and not tok.text[:1].isdigit():
            # ("der 61-Jährige" is no prefix: the age noun refers back to the person)
            head = tok.text.split("-")[-1]
            actor = get_actor(actors, key)
            if head and head[0].isupper() and actor is not None and head not in actor.name:
                return not _is_spokesperson(head)
    return False


def _compares(so: Token) -> bool:
    """ ", so wie in Frankreich, ...", ", so dass ...", ", so in Wien, ...": "so" opens a
    comparison, a consequence or an example, and the name after it is no source."""
    nxt = so.nbor(1) if so.i + 1 < len(so.doc) else None
    return nxt is not None and (nxt.lower_ in ("wie", "dass") or nxt.pos_ in ("ADP", "SCONJ"))


def _is_spokesperson(noun: str) -> bool:
    """A spokesperson ("Hamas-Sprecher", "Sprecherin des Ministeriums") speaks for the
    organisation or state it names, so that actor is the speaker. An unnamed representative
    or official ("ein Nato-Vertreter") is no spokesperson and names no speaker."""
    return noun.lower().endswith(_SPOKESPERSON_ENDINGS)


def _in_parentheses(doc: Doc, m: MentionRef, sent: Span) -> bool:
    opened = [t for t in doc[sent.start : m.start] if t.text in ("(", ")")]
    return bool(opened) and opened[-1].text == "("


def _has_prep(doc: Doc, m: MentionRef) -> bool:
    prep, at = preposition_before(doc, m.start)
    if prep == "von" and at > 0 and _is_spokesperson(doc[at - 1].text):
        return False  # "ein Sprecher von X": the spokesperson speaks for X
    if prep is not None:
        return True
    # genitive attribute of a preceding noun ("der Leiter des Zentrums")
    i = m.start - 1
    return (
        i >= 0
        and doc[i].lower_ in ("des", "eines", "der")
        and i > 0
        and doc[i - 1].pos_ == "NOUN"
        and (doc[i].lower_ != "der" or doc[i - 1].text[0].isupper())
        and not _is_spokesperson(doc[i - 1].text)
    )


def _coordinated(doc: Doc, first: MentionRef, mentions: list[MentionRef]) -> list[str]:
    """`first` and the mentions coordinated with it ("die USA und die Ukraine")."""
    keys = [first.key]
    cur = first
    for m in mentions:
        if m.start < cur.end:
            continue
        between = doc[cur.end : m.start]
        words = [t.lower_ for t in between]
        if (
            words
            and words[0] in ("und", "sowie", ",")
            and all(
                w in ("und", "sowie", ",", "der", "die", "das", "den", "dem") or t.pos_ in ("ADJ", "DET")
                for w, t in zip(words, between, strict=True)
            )
            and len(words) <= 3
        ):
            if m.key not in keys:
                keys.append(m.key)
            cur = m
        else:
            break
    return keys


def _unnamed_subject(subject: Token, verb: Token) -> bool:
    """A plain nominative common noun before the verb, agreeing with it in number ("Die
    Opposition", "Westliche Regierungen", "Kritiker"): the speaker is unnamed, and the person
    after the verb is the one spoken to or about. Not a noun with an attribute that may name
    someone ("Ecuadors Präsident", "ein Sprecher der Polizei"), nor a phrase with a
    preposition ("Als Grund nannte ...")."""
    if not (subject.i < verb.i and subject.pos_ == "NOUN" and "Nom" in subject.morph.get("Case")):
        return False
    if any(c.dep_ not in ("det", "amod", "advmod") for c in subject.children):
        return False
    left = subject.left_edge.i
    if left > 0 and subject.doc[left - 1].pos_ == "ADP":
        return False  # "Als Grund nannte X ...": a predicate noun, whatever the parser says
    finite = [v for v in (verb, *(c for c in verb.children if c.dep_ == "aux")) if v.morph.get("Number")]
    return bool(finite) and finite[0].morph.get("Number") == subject.morph.get("Number")


def _seat_of_government(doc: Doc, noun: Token, mentions: list[MentionRef]) -> list[MentionRef]:
    """ "Die Regierung in Washington bestätigte, ...": the capital after a government noun
    stands for its state (the actor recogniser reads it so: `capital_acts`)."""
    if (group_head(noun.text) or ("",))[0] != "government":
        return []
    after = noun.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "in":
        return []
    return [m for m in mentions if m.start == after + 1][:1]


def _name_in_commas_after(
    doc: Doc, noun: Token, mentions: list[MentionRef], actors: ActorLookup
) -> list[MentionRef]:
    """ "der Chef der Cyber-Polizei (CPU), Karim Nasiri, ...": a person's name between commas
    right after the subject's phrase is its apposition, wherever the parser hung it."""
    end = noun.right_edge.i + 1
    while end < len(doc) and doc[end].text in (")", "]"):
        end += 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    m = next((m for m in mentions if m.start == end + 1), None)
    if m is None or not is_person(m.key, actors):
        return []
    closing = doc[m.end] if m.end < len(doc) else None
    return [m] if closing is None or closing.text in (",", ".") else []


def _resolve_pronoun(
    doc: Doc,
    pron: Token,
    mentions: list[MentionRef],
    actors: ActorLookup,
    previous: tuple[int, list[str]] | None,
) -> str | None:
    """ "er"/"sie"/"dieser": the latest person mentioned before, or the previous speaker."""
    prior = [m for m in mentions if m.end <= pron.i and pron.i - m.end < 120]
    persons = [m for m in prior if is_person(m.key, actors)]
    if pron.lower_ == "er":  # not a woman ("..., gestand er der Ministerin zu")
        persons = [m for m in persons if _feminine(doc, m.key) is not True]
        if previous is not None and any(_feminine(doc, k) for k in previous[1]):
            previous = None
    if pron.lower_ in ("dieser", "diese") and persons:
        # the demonstrative points back to the latest person of its gender, where known
        # ("X traf Kanzlerin Y. Dieser sprach ..." is X)
        wanted = pron.lower_ == "diese"
        agreeing = [m for m in persons if _feminine(doc, m.key) in (wanted, None)]
        return (agreeing or persons)[-1].key
    if previous is not None and len(previous[1]) == 1 and is_person(previous[1][0], actors):
        last_person = persons[-1].key if persons else None
        if last_person is None or last_person == previous[1][0] or pron.lower_ == "er":
            return previous[1][0] if last_person is None or last_person == previous[1][0] else last_person
    if persons:
        return persons[-1].key
    return None


def _feminine(doc: Doc, key: str) -> bool | None:
    """Whether kg_coref saw the person as a woman ("Kanzlerin", "Frau"), a man ("Kanzler",
    "Herr"), or None where no mention says."""
    entity = (doc._.kg_entities or {}).get(key)
    if entity is None:
        return None
    if any(m.feminine for m in entity.mentions):
        return True
    male = any(m.role_heads or m.text.startswith("Herr ") for m in entity.mentions)
    return False if male else None


def _source_after_heissen(
    doc: Doc, verb: Token, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> str | None:
    """ "hieß es aus Moskau", "hieß es vonseiten der Kommission": the named source."""
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is None or (nxt.lower_ != "es" and verb.lemma_ != "verlauten"):
        return None
    # the source stands before the next clause: "heißt es: Die von X genannten Zahlen ..."
    # names the words, not their source
    stop = next((t.i for t in doc[verb.i + 1 : sent.end] if t.text in _CLAUSE_BREAKS), sent.end)
    for m in mentions:
        if verb.i < m.start <= verb.i + 6 and m.start < stop:
            if any(t.lower_ in _SOURCE_AFTER for t in doc[verb.i + 1 : m.start]):
                return m.key
    # "verlautete aus Kreisen der Kommission für ... (X)": the name may end a long phrase (the
    # parser hangs its parts on the verb); a place in it says where the circles are ("aus
    # Kreisen der Regierung in X")
    marker = next((t for t in doc[verb.i + 1 : min(verb.i + 6, stop)] if t.lower_ in _SOURCE_AFTER), None)
    if marker is None:
        return None
    return next((m.key for m in mentions if marker.i < m.start < stop and not is_place(m.key, actors)), None)


_CLAUSE_BREAKS = frozenset({",", ";", ":"})


def _source_before_heissen(
    doc: Doc, verb: Token, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> str | None:
    """A source phrase that opens the sentence, the verb right after it ("Aus der SPÖ hieß es
    am Abend, ...", "Im Papier der Kammer heißt es, ..."); a place after "in" says where, not
    who."""
    if verb.i + 1 >= sent.end or (doc[verb.i + 1].lower_ != "es" and verb.lemma_ != "verlauten"):
        return None
    opener = next((t for t in doc[sent.start : verb.i] if not t.is_space and not t.is_punct), None)
    if opener is None or opener.lower_ not in _SOURCE_AFTER:
        return None
    if any(t.is_punct and t.text != "-" for t in doc[opener.i : verb.i]):
        return None  # "In Wien, wo ..., hieß es": a clause between, not one phrase
    for m in mentions:
        if opener.i < m.start and m.end <= verb.i:
            if is_place(m.key, actors) and opener.lower_ != "aus":
                continue
            return m.key
    return None


def _issuer_of_document(
    doc: Doc, verb: Token, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> str | None:
    """ "..., hieß es in der Presseaussendung", "hieß es in einem Rundschreiben": a press
    release or letter with no author named in the phrase is issued by the subject of the words
    before it ("Die Kammer ist zu Gesprächen bereit, hieß es in ...") or, failing that, by the
    organisation or person that was the subject of one of the two sentences before."""
    after = [t for t in doc[verb.i + 1 : min(verb.i + 5, sent.end)] if not t.is_space]
    if len(after) < 3 or after[0].lower_ != "es" or after[1].lower_ not in ("in", "im"):
        return None
    noun = next((t for t in after[2:] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.lower_ not in _ISSUED_DOCUMENTS or any(
        c.dep_ in ("nmod", "nmod:poss") for c in noun.children
    ):
        return None
    lo = sentence_of(doc[sent.start - 1]).start if sent.start else sent.start
    lo = sentence_of(doc[lo - 1]).start if lo else lo
    subjects = [
        m for m in mentions
        if lo <= m.start and m.end <= verb.i and doc[m.start : m.end].root.dep_.startswith("nsubj")
        and _category(actors, m.key) in ("Organisation", "Person")
    ]
    in_sentence = [m for m in subjects if m.start >= sent.start]
    chosen = (in_sentence or subjects)[-1:]
    return chosen[0].key if chosen else None


def _category(actors: ActorLookup, key: str) -> str | None:
    actor = get_actor(actors, key)
    return actor.category if actor is not None else None


_ISSUED_DOCUMENTS = frozenset({"aussendung", "presseaussendung", "mitteilung", "pressemitteilung",
                               "erklärung", "stellungnahme", "schreiben", "rundschreiben", "brief"})


def _reported_own_act(speech: _Speech, text: str, previous: tuple[int, list[str]] | None,
                      s_index: int) -> bool:
    """ "..., sagte X. Er hoffe auf einen Kompromiss.": a verb of saying without a content
    clause, in Konjunktiv I, whose subject is the speaker just quoted, reports what that speaker
    said about their own hope, criticism or demand: it continues their words (in the indicative,
    "X kritisierte den Entwurf." only names who speaks next, and a colon announces the words)."""
    return (
        speech.method == PENDING and previous is not None and 0 < s_index - previous[0] <= 2
        and speech.speakers == previous[1] and is_konjunktiv1(speech.cue)
        and not any(c.dep_.startswith("nsubj") and c.lower_ in ("ich", "wir") for c in speech.cue.children)
        and not text.endswith((":", "?"))
    )


def _continuation(
    sent: Span,
    quotes: list[re.Match[str]],
    previous: tuple[int, list[str]] | None,
    s_index: int,
    unmarked: bool = False,
    self_named: frozenset[int] = frozenset(),
) -> _Speech | None:
    """A sentence without a speech verb that continues the previous speaker's words: a pure
    quotation, or reported speech in Konjunktiv I."""
    if previous is None or s_index - previous[0] > 2:
        return None
    text = sent.text.strip()
    if quotes and len(quotes) == 1 and quotes[0].end() - quotes[0].start() >= len(text) - 3:
        return _Speech(previous[1], sent[0], quotes[0].group(1), True, QUOTE_CONTINUATION)
    if s_index - previous[0] > 2 or _other_speaker(sent, quotes, self_named):
        return None
    if _own_source(sent, quotes) and not _refers_to_source(sent):
        return None
    finite = [
        t for t in sent if not _in_quotes(t, sent, quotes) and (t.pos_ in ("VERB", "AUX") or aux_info(t))
    ]
    if s_index - previous[0] == 1 and _konjunktiv2_report(sent, finite):
        return _Speech(previous[1], sent[0], text, False, "rule:reported-continuation")
    if unmarked and _first_person(sent):
        # "X warnte davor, ... . Wir sehen das anders.": news archives that strip quotation
        # marks leave the speaker's own words as plain sentences in the first person (where
        # the marks are kept, a first person outside them is the writer's)
        return _Speech(previous[1], sent[0], text, True, "rule:first-person-continuation")
    if _refers_to_source(sent) and not text.endswith("?"):
        # "Nach Angaben von X ... . Demnach wurden ...", "Dem Bericht zufolge ...": the source
        # named before vouches for this sentence too
        return _Speech(previous[1], sent[0], text, False, "rule:source-continuation")
    if _indicative_main_clause(sent, quotes):
        return None
    if (
        any(is_konjunktiv1(t) for t in finite[:3]) or _second_position_konjunktiv(sent)
    ) and not text.endswith("?"):
        return _Speech(previous[1], sent[0], text, False, "rule:reported-continuation")
    return None


def _named_subject(sent: Span, actors: ActorLookup, s_index: int) -> tuple[int, list[str]] | None:
    """The person or organisation named as the subject of a sentence's only main clause
    ("Zwar hat X ..., Y fühlte sich aber ...": two, and the later one's subject would speak)."""
    root = sent.root
    if any(c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX") for c in root.children):
        return None
    for subject in (c for c in root.children if c.dep_ == "nsubj"):
        for tok in (subject, *(c for c in subject.children if c.dep_ in ("appos", "flat", "flat:name"))):
            key = actors.key_for_token(tok)
            if key is not None and _category(actors, key) in ("Person", "Organisation"):
                return s_index, [key]
    return None


def _reported_after_narration(
    sent: Span,
    quotes: list[re.Match[str]],
    narrated: tuple[int, list[str]] | None,
    s_index: int,
    self_named: frozenset[int],
    mentions: list[MentionRef],
) -> _Speech | None:
    """ "X verteidigte das Budget. Die Ausgaben seien notwendig gewesen.":
    reported speech in Konjunktiv I right after a sentence whose subject is a named person or
    organisation, though its verb is none of saying, is that subject's (the reported speech
    itself tells that someone speaks; the one just named is who). Only Konjunktiv I: a
    quotation or a first person there may be anyone's; and a sentence that names the subject
    again says something about them ("X sei das bewusst")."""
    if narrated is None or s_index - narrated[0] != 1 or quotes:
        return None
    if any(m.key in narrated[1] for m in mentions if sent.start <= m.start < sent.end):
        return None
    text = sent.text.strip()
    if text.endswith("?") or _other_speaker(sent, quotes, self_named):
        return None
    if _indicative_main_clause(sent, quotes) or _speech_verb(sent, quotes):
        return None  # "In dem Bericht hieß es, ...": a source of its own
    root = sent.root
    main = [root, *(c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    if any(is_konjunktiv1(t) for t in main):  # the main clause itself, not "und sei es nur ..."
        return _Speech(narrated[1], sent[0], text, False, "rule:reported-after-subject")
    return None


_BACK_DETERMINERS = frozenset({"dem", "den", "diesem", "diesen", "jenem"})


def _refers_to_source(sent: Span) -> bool:
    """ "demnach", "dem Bericht zufolge", "nach diesen Angaben", "laut dem Bericht": the sentence
    names no source of its own but points back to the one named before."""
    doc = sent.doc
    for tok in sent:
        if tok.lower_ == "demnach":
            return True
        if tok.lower_ == "zufolge" and tok.i - 2 >= sent.start:
            det, noun = doc[tok.i - 2], doc[tok.i - 1]
            if det.lower_ in _BACK_DETERMINERS and noun.lower_ in _ATTRIBUTION_NOUNS:
                return True
        if tok.lower_ in ("nach", "laut") and tok.i + 2 < sent.end:
            det, noun = doc[tok.i + 1], doc[tok.i + 2]
            if det.lower_ in _BACK_DETERMINERS and noun.lower_ in ("angaben", "bericht", "informationen"):
                return True
    return False


_FIRST_PERSON = frozenset({"ich", "wir", "mich", "mir", "uns"})
_MARKED_TEXT = 4  # quotation marks in a text that keeps them (one quotation has two)
_FIRST_PERSON_POSSESSIVE = ("mein", "unser")


def _colon_first_person(
    doc: Doc, sent: Span, mentions: list[MentionRef], actors: ActorLookup
) -> _Speech | None:
    """ "Die Ministerin blieb hart: Wir zahlen nicht." in a text without quotation marks: words
    in the first person after a colon are those of the one person or organisation named
    before it (a place or state there is what the sentence is about)."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i + 2 >= sent.end or not _first_person(doc[colon.i + 1 : sent.end]):
        return None
    keys = {
        m.key
        for m in mentions
        if sent.start <= m.start and m.end <= colon.i
        and (actor := get_actor(actors, m.key)) is not None and actor.category in ("Person", "Organisation")
        and actor.kind != "media"  # "heißt es auf STANDARD-Nachfrage:": the paper asks
    }
    if len(keys) != 1:
        return None
    content = doc[colon.i + 1 : sent.end].text.strip()
    return _Speech([keys.pop()], doc[colon.i + 1], content, True, "rule:colon-first-person")


def _colon_reported(
    doc: Doc, sent: Span, mentions: list[MentionRef], actors: ActorLookup, quotes: list[re.Match[str]]
) -> _Speech | None:
    """ "X geht noch weiter: Es brauche mehr Personal.": reported speech (Konjunktiv I) after a
    colon is the words of the subject of the main clause before it, a named person or
    organisation (a newspaper too: "Die Zeitung ging weiter: X müsse ...")."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i + 2 >= sent.end or sent.text.rstrip().endswith("?"):
        return None
    after = doc[colon.i + 1 : sent.end]
    finite = [t for t in after if not _in_quotes(t, sent, quotes) and (t.pos_ in ("VERB", "AUX")
                                                                      or aux_info(t))]
    event = _event_before_colon(sent, colon) if finite else None
    if not any(is_konjunktiv1(t) for t in finite[:2]) and event is None:
        return None
    # the subject of the main clause before the colon ("Zu den Plänen von X: ..." names a
    # topic; "..., wie es X ausgedrückt hat: ..." is a quotation inside someone else's words)
    if _SOURCE_AFTER_COLON.search(after.text):
        return None  # "...: Y sei falsch, so X": the marker names the speaker
    # "Kritik kam von X: ..." parsed with the root after the colon: the event's agent speaks
    root_after = event is not None and sent.root.i > colon.i
    subjects = set() if root_after else {
        m.key
        for m in mentions
        if sent.start <= m.start and m.end <= colon.i
        and any(_main_subject(t) for t in doc[m.start : m.end])
        and _category(actors, m.key) in ("Person", "Organisation")
    }
    if not subjects and event is not None:  # the agent the frame engine found on a poor parse
        agents = set(event.roles.get("agent", []))
        subjects = {m.key for m in mentions if agents & set(range(m.start, m.end))
                    and _category(actors, m.key) in ("Person", "Organisation")}
    if len(subjects) != 1:
        return None
    return _Speech([subjects.pop()], doc[colon.i + 1], after.text.strip(), False, "rule:colon-reported")


_SOURCE_AFTER_COLON = re.compile(r",\s*(so|laut)\s+\w")


def _main_subject(token: Token) -> bool:
    """The token is the subject of the main clause, or a name in apposition to it
    ("OECD-Chef Tom Lake forderte ...")."""
    subject = token.head if token.dep_ == "appos" else token
    return subject.dep_.startswith("nsubj") and subject.head.dep_ == "ROOT"


def _event_before_colon(sent: Span, colon: Token) -> FrameMatch | None:
    """The main verb before the colon puts something forward or answers it ("forderte Y auf,
    ...: Y muss ..."; a proposal or response frame of the lexicon): what follows the colon is
    the subject's own words, in the indicative where the quotation marks were stripped. The
    verb may be the light verb of an event noun ("Kritik kam von X: ...", "X übte Kritik: ...")."""
    root = sent.root
    frames = root.doc._.kg_frames or []
    if root.i < colon.i:
        return next(
            (m for m in frames if root.i in (m.trigger, m.support) and m.frame in ("proposal", "response")),
            None,
        )
    # the parser made the words after the colon the root, the verb before it a dependent: only
    # the light verb of a response noun is trusted there ("Kritik kam von X: ..."); a verb of
    # its own ("hatte X angeklagt: ...", "Treue gelobt haben: ...") as often introduces the
    # writer's explanation
    verbs = {t.i for t in sent.doc[sent.start : colon.i] if t.pos_ in ("VERB", "AUX")}
    return next((m for m in frames if m.support in verbs and m.frame == "response"), None)


def _first_person(sent: Span) -> bool:
    """The sentence speaks in the first person: a pronoun "ich"/"wir" (any case) or a
    possessive "mein-"/"unser-"."""
    return any(
        t.lower_ in _FIRST_PERSON or t.lower_.startswith(_FIRST_PERSON_POSSESSIVE) and t.pos_ == "DET"
        for t in sent
    )


_KONJUNKTIV2_FORMS = vocabulary.word_set("konjunktiv2_form")
_CONDITIONAL = frozenset({"wenn", "falls", "sofern", "ob", "als", "ohne"})


def _supposed(verb: Token) -> bool:
    """A verb of saying in a condition put before its main clause ("Wenn X erklärt, es werde
    ..., reicht das nicht"): nobody said it. Not a concession ("auch wenn er einräumt, ...")
    nor a condition after the clause it belongs to ("liegt richtig, wenn er erklärt: ..."), which
    report words that were said."""
    for mark in verb.children:
        if mark.dep_ == "mark" and mark.lower_ in IF_MARKS and verb.i < verb.head.i:
            return not (mark.i > 0 and verb.doc[mark.i - 1].lower_ == "auch")
    return False


def _konjunktiv2_report(sent: Span, finite: list[Token]) -> bool:
    """ "X sagte, ... . Die Flugzeuge hätten vier Angriffe geflogen.": right after reported
    speech, a main clause in Konjunktiv II (where Konjunktiv I looks like the indicative) or
    with hearsay "sollen" + perfect infinitive continues it, unless the sentence is a
    condition or a question."""
    if not finite or sent.text.strip().endswith("?"):
        return False
    hearsay = finite[0].lower_ in ("soll", "sollen") and any(
        t.lower_ in ("haben", "sein") and t.i > finite[0].i and t.nbor(-1).pos_ in ("VERB", "AUX")
        for t in sent if t.i > sent.start)  # "Sie sollen den Angriff gestartet haben": hearsay
    if finite[0].lower_ not in _KONJUNKTIV2_FORMS and not hearsay:
        return False
    if any(t.lower_ in _CONDITIONAL for t in sent):
        return False
    verb = finite[0]
    return verb.dep_ in ("ROOT", "aux", "aux:pass", "cop") and (verb.head == sent.root or verb == sent.root)


def _indicative_main_clause(sent: Span, quotes: list[re.Match[str]], named: bool = False) -> bool:
    """ "Den Vorwurf, X habe versagt, wies die Ministerin zurück": the main clause is indicative
    and has a subject of its own; the Konjunktiv is inside a clause it governs, so the sentence
    reports someone else's words, not the previous speaker's."""
    root = sent.root
    if _in_quotes(root, sent, quotes) or root.pos_ not in ("VERB", "AUX"):
        return False
    finite = [root, *(c for c in root.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    if not any("Ind" in t.morph.get("Mood") for t in finite) or any(is_konjunktiv1(t) for t in finite):
        return False
    if named and (verb_lemma(root) in SPEECH_VERBS or root.lemma_ in SPEECH_VERBS):
        return False  # the speaker's own verb of saying that the older rules missed: not an end
    subjects = [c for c in root.children if c.dep_.startswith("nsubj")]
    if not named:
        return any(c.pos_ in ("PROPN", "NOUN") for c in subjects)
    # a name, or a title with a name ("Ministerin Eva Roth")
    return any(c.pos_ == "PROPN" or analyse_role(c.text) is not None
               and any(g.pos_ == "PROPN" for g in c.children) for c in subjects)


def _last_mark_opens(text: str) -> bool:
    """The last quotation mark of the text opens a quotation ("X sagte: „Wir ...")."""
    last = max((i, c) for c in QUOTE_MARKS if (i := text.rfind(c)) >= 0)[1]
    return last in ("„", "»") or (last in ('"', "“") and text.rfind(last) < len(text.rstrip(".!? ")) - 1)


def first_char(sent: Span) -> int:
    """Offset of the sentence's first character that is no whitespace (a statement's key)."""
    start: int = sent.start_char
    return start + (len(sent.text) - len(sent.text.lstrip()))


def _claimable(sent: Span) -> bool:
    """A sentence that a following "Das sagte X" can claim: a statement of some length, not a
    question or a heading."""
    text = sent.text.strip()
    return len(text.split()) >= 4 and text.endswith((".", "!", '"', "“", "«")) and "?" not in text


def _points_back(sent: Span, with_so: bool = True) -> bool:
    """ "Das sagte X", "Dies erklärte X", "So X": the sentence opens with a pronoun for what
    was said, the finite verb right after it (not "Das Militär drohte"). "So twitterte X"
    also introduces an example of what the sentence before says, so `with_so` is off where
    the sentence before is not itself a quotation."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    openers = ("das", "dies", "so") if with_so else ("das", "dies")
    if len(words) < 2 or words[0].lower_ not in openers:
        return False
    return words[0].lower_ == "so" or words[1].pos_ in ("VERB", "AUX")


def _self_named_statements(doc: Doc) -> frozenset[int]:
    """Token indices of statement frames after their content with a noun subject of their own
    ("..., ist X überzeugt"; a pronoun, "..., ist er überzeugt", is usually the same speaker)."""
    return frozenset(
        m.trigger
        for m in doc._.kg_frames or []
        if m.frame == "statement" and m.inverted
        and any(doc[i].pos_ in ("NOUN", "PROPN") for i in m.roles.get("agent", []))
    )


def _own_source(sent: Span, quotes: list[re.Match[str]]) -> bool:
    """ "Die Kosten seien laut einem Gutachten gering", "..., hieß es aus der Kammer": the
    sentence names a source of its own, so it is no continuation of the previous speaker's
    words, even where that source is no actor kg knows (an unnamed one gives no statement)."""
    for tok in sent:
        if _in_quotes(tok, sent, quotes):
            continue
        if tok.lower_ in _OWN_SOURCE_MARKERS and tok.pos_ == "ADP" and _in_main_clause(tok.head):
            return True  # not "dass die Partei laut amtlichem Ergebnis ... hat": a fact cited
        after = [t.lower_ for t in tok.doc[tok.i + 1 : min(tok.i + 4, sent.end)]]
        if tok.lemma_ == "heißen" and after[:1] == ["es"]:
            opener = next((t for t in sent if not t.is_space and not t.is_punct), tok)
            fronted = opener.i < tok.i and opener.lower_ in _OTHER_SOURCE
            if fronted or any(w in _OTHER_SOURCE for w in after[1:]):
                return True  # "hieß es aus der Kammer", "Aus der Kammer hieß es"; a bare "hieß
                # es" or "hieß es in der Erklärung" goes on with the source before
    return False


def _in_main_clause(token: Token) -> bool:
    """No subordinate or relative clause between the token and the root of its sentence."""
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ in _SUBORDINATE:
            return False
        token = token.head
    return True


_OWN_SOURCE_MARKERS = frozenset({"laut", "zufolge"})
_OTHER_SOURCE = frozenset({"aus", "von", "vonseiten", "seitens", "bei", "beim"})
_SUBORDINATE = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp"})


def _other_speaker(sent: Span, quotes: list[re.Match[str]], self_named: frozenset[int] = frozenset()) -> bool:
    """ "..., begründen die Frankfurter ihren Schritt": the sentence has a speech verb with a
    subject of its own (one kg does not know as an actor), so it continues no one.  A role
    noun ("der Leiter des Instituts erachtet, ...") usually names the speaker just quoted.
    A statement frame after its content with a subject of its own ("..., ist X überzeugt")
    names its own speaker, as the frame lexicon knows (`self_named`)."""
    if any(sent.start <= i < sent.end for i in self_named):
        return True
    for tok in sent:
        if _in_quotes(tok, sent, quotes) or aux_info(tok) is not None:
            continue
        if tok.pos_ == "VERB" and verb_lemma(tok) in SPEECH_VERBS:
            subjects = [c for c in tok.children if c.dep_.startswith("nsubj")]
            inverted = tok.i > sent.start and tok.doc[tok.i - 1].text == ","
            if inverted:
                # inverted ("..., begründen die Frankfurter ..."): the noun after the verb
                subjects += [t for t in tok.doc[tok.i + 1 : min(tok.i + 3, sent.end)] if t.pos_ != "DET"][:1]
            elif any(c.dep_ == "obj" for c in tok.children) and not any(
                c.dep_ in ("ccomp", "parataxis", "xcomp") or c.text == ":" for c in tok.children
            ):
                continue  # "der Verband wolle die Einladung annehmen": with a plain object it says nothing
            if any(c.pos_ in ("NOUN", "PROPN") and c.is_title and analyse_role(c.text) is None
                   for c in subjects):
                return True
    return False


_LEADING_CONJUNCTIONS = frozenset({"und", "aber", "doch", "denn", "oder", "sondern"})


def _second_position_konjunktiv(sent: Span) -> bool:
    """A Konjunktiv I verb in second position that the tagger missed: German main clauses put
    the finite verb right after the first constituent ("Griechenland brauche Reformen", "Dort
    setze man auf ..."), and a lower-case word in -e there is a verb, not an adjective."""
    toks = [t for t in sent if not t.is_space]
    i = 0
    while i < len(toks) and toks[i].lower_ in _LEADING_CONJUNCTIONS:
        i += 1
    if i >= len(toks):
        return False
    first = toks[i]
    if first.pos_ == "DET" or first.lower_ in ("der", "die", "das", "ein", "eine"):
        i += 1
        while i < len(toks) and toks[i].pos_ == "ADJ" and not toks[i].is_title:
            i += 1
        if i >= len(toks) or not toks[i].is_title:
            return False
    elif not (first.is_title or first.pos_ in ("PRON", "ADV", "PROPN")):
        return False
    i += 1
    while i < len(toks) and toks[i].is_title and toks[i].pos_ == "PROPN":
        i += 1  # multi-word names
    if i >= len(toks):
        return False
    verb = toks[i]
    low = verb.lower_
    info = aux_info(verb)
    if info is not None:
        return info[2] == "sub1" or low in ("habe", "werde")
    if "Ind" in verb.morph.get("Mood") and verb.pos_ in ("VERB", "AUX"):
        return False
    return (
        verb.is_lower
        and verb.is_alpha
        and len(low) > 3
        and low.endswith("e")
        and not low.endswith(("te", "ige", "ische", "liche"))
    ) or is_konjunktiv1(verb)
