"""Meetings: talks, negotiations, summits, visits and phone calls between actors.

A meeting starts from a `kg_cues` meeting cue (noun or verb). Its participants are the actors
that the clause relates to the cue as parties (subject, "mit"-partners, accusative object of
"treffen"/"empfangen"/"besuchen", genitive and "von"-attributes of the noun, "zwischen X und
Y"), never those it mentions as a place, a topic ("über die Ukraine") or a source ("sagte
X"). Status comes from tense, modal verbs and cue words; a hypothetical or negated meeting
("ein Treffen ist nicht ausgeschlossen", "falls es zu Gesprächen käme") is dropped. Mentions
of the same meeting in one article are merged: a definite noun without parties ("das
Treffen", "die Gespräche") refers back to the latest meeting, and cues with overlapping
parties and compatible time and place are one meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.extract.eventsyntax import (
    ADVERBIAL_INFINITIVE_MARKS,
    URGING_KINDS,
    ActorLookup,
    MentionRef,
    actor_mentions,
    clause_span,
    determiner_of,
    effective_preposition,
    evidence_for,
    genitive_head,
    get_actor,
    is_country,
    is_genitive_attribute,
    is_place,
    is_representative,
    participant_key,
    preposition_before,
    relative_antecedent,
    sentence_of,
    time_spans_in,
)
from kg.nlp import vocabulary
from kg.nlp.actors import is_dateline
from kg.nlp.cues import MEETING_NOUNS, SPEECH_VERBS, meeting_noun_kind, verb_in, verb_lemma
from kg.nlp.frames import case_of
from kg.nlp.roles import analyse_role, group_head
from kg.nlp.tense import (
    PLAN_MODALS,
    aux_info,
    clause_modals,
    clause_tense,
    governing_verb,
    is_konjunktiv2,
    is_participle,
)
from kg.nlp.timex import after_seit
from kg.records import Evidence, Meeting, MeetingStatus, TimeValue

# prepositions that make a mention a party of the meeting; None = no preposition (subject/object)
_PARTY_PREPS = {None, "mit", "zwischen", "von", "bei"}
_PLACE_PREPS = {"in", "an", "auf", "nach", "bei"}
_DORT_PREPS = _PLACE_PREPS - {"bei"}  # places "dort" refers back to: in, into, at, on
# words that make a meeting a plan
_PLANNED_CUES = vocabulary.word_set("planned")
_ONGOING_CUES = vocabulary.word_set("ongoing")
_START_VERBS = vocabulary.words("start_verb")
_HYPOTHETICAL = vocabulary.word_set("hypothetical")
_OUTCOME = re.compile(
    r"(keine[nm]? (?:\w+ )?(?:Durchbruch|Einigung|Ergebnis(?:se)?|Fortschritt(?:e)?)|ohne (?:\w+ )?"
    r"(?:Ergebnis|Einigung|Durchbruch)|ergebnislos\w*|Durchbruch|Einigung|Fortschritte?|gescheitert|Abkommen)",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b((?:\w+)stündige?n?|(?:\d+|ein(?:e|en)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|"
    r"mehrere[n]?|einige[n]?|viele[n]?)\s+(?:Stunden|Stunde|Tage|Tagen|Minuten))\b",
    re.IGNORECASE,
)
# verbs whose accusative object is the other party ("X traf Y", "X empfing Y")
_OBJECT_PARTY_VERBS = vocabulary.word_set("object_party_verb")
# verbs whose subject is a body that meets by itself ("die Arbeitsgruppe tagte"): a meeting
# even when none of its members is named
_BODY_VERBS = vocabulary.word_set("body_verb")
# verbs that only describe a meeting with a partner ("sprechen mit") or plural subject
_PARTNER_VERBS = vocabulary.word_set("partner_verb")
_REFLEXIVE_ONLY = vocabulary.word_set("reflexive_meeting_verb")


@dataclass
class _Candidate:
    cue: Span
    kind: str
    participants: list[str]
    location: str | None
    time: TimeValue | None
    status: MeetingStatus
    anaphoric: bool
    evidence: Evidence
    duration: str | None = None
    outcome: str | None = None
    extra_evidence: list[Evidence] = field(default_factory=list)
    tenseless: bool = False  # a headline without a verb says nothing about the status
    continues: bool = False  # "eine zweite Runde": a new meeting of the latest meeting's parties
    mediators: set[str] = field(default_factory=set)  # "unter Vermittlung von X": chairs, not parties
    body: bool = False  # "die Arbeitsgruppe tagte": a meeting even without a named participant
    # "beim Gipfel am Freitag in Brüssel": an event with its own place or time is a meeting even
    # when nobody taking part is named
    anchored: bool = False
    earlier: bool = False  # "das letzte Treffen der beiden im März 2019": their earlier meeting
    the_two: bool = False  # "die beiden trafen sich ...": the parties of the meeting just reported


def extract_meetings(doc: Doc, actors: ActorLookup, document: Document) -> list[Meeting]:
    """All meetings of the document, merged across mentions, in order of first mention."""
    mentions = actor_mentions(doc, actors)
    candidates: list[_Candidate] = []
    for cue in doc.spans["kg_cues"] if "kg_cues" in doc.spans else []:
        if cue.label_ != "meeting":
            continue
        cand = _candidate(doc, cue, actors, mentions, document)
        if cand is not None:
            candidates.append(cand)
    candidates.extend(_expected_visits(doc, actors, mentions, document))
    candidates.sort(key=lambda c: c.evidence.start)
    meetings = _merge(candidates, document, actors)
    _dateline_location(doc, meetings, mentions, actors)
    _speaker_location(doc, meetings, mentions, actors)
    return meetings


def _speaker_location(
    doc: Doc, meetings: list[Meeting], mentions: list[MentionRef], actors: ActorLookup
) -> None:
    """ "..., sagte X in der Hofburg": a participant speaking at a place soon after a held meeting
    without a place of its own speaks where the meeting was (the report continues the scene)."""
    speech = {c.start for c in doc.spans.get("kg_cues", []) if c.label_ == "speech"}
    for i, speaker in enumerate(mentions):
        if speaker.start == 0 or speaker.start - 1 not in speech:
            continue  # inverted order only: "sagte X in ..."
        place = next((m for m in mentions[i + 1 : i + 2] if is_place(m.key, actors)), None)
        if place is None:
            continue
        between = [t.lower_ for t in doc[speaker.end : place.start] if not t.is_space]
        if between not in (["in", "der"], ["in", "dem"], ["im"], ["in"]):
            continue
        for meeting in meetings:
            if meeting.location or meeting.status != "held" or "phone" in meeting.kind:
                continue
            parties = {participant_key(p, actors) for p in meeting.participants}
            last = max(e.sentence_end for e in meeting.evidence)
            first = min(e.sentence_start for e in meeting.evidence)
            near = first <= doc[speaker.start].idx and doc[speaker.start].idx - last < 800
            if near and participant_key(speaker.key, actors) in parties:
                meeting.location = place.key


def _dateline_location(
    doc: Doc, meetings: list[Meeting], mentions: list[MentionRef], actors: ActorLookup
) -> None:
    """ "Genf – Die Delegationen haben ...": a news dateline names where the reporter is, which
    for a meeting reported in that lead sentence without a place of its own is where it is
    held (not for phone calls, which are held nowhere)."""
    for m in mentions:
        if not is_place(m.key, actors):
            continue
        if not is_dateline(doc, m.start, m.end):
            continue
        lead_start, lead_end = doc[m.start].idx, sentence_of(doc[m.end]).end_char
        for meeting in meetings:
            if meeting.location or "phone" in meeting.kind:
                continue
            if any(e.sentence_start < lead_end and e.sentence_end > lead_start for e in meeting.evidence):
                meeting.location = m.key
        break  # only the first dateline


def _expected_visits(
    doc: Doc, actors: ActorLookup, mentions: list[MentionRef], document: Document
) -> list[_Candidate]:
    """ "Am Donnerstag wird eine Delegation in Washington erwartet": a planned visit of the
    subject to the place (the passive present of "erwarten" with a person or group)."""
    out: list[_Candidate] = []
    for tok in doc:
        if tok.lower_ != "erwartet":
            continue
        clause = clause_span(tok)
        auxes = [aux_info(t) for t in clause if aux_info(t) is not None]
        if not any(a[0] == "werden" and a[1] == "present" for a in auxes):
            continue
        parties = []
        for m in mentions:
            if clause.start <= m.start and m.end <= clause.end and not is_place(m.key, actors):
                if effective_preposition(doc, m, actors) is None and not is_genitive_attribute(doc, m):
                    key = participant_key(m.key, actors)
                    if key not in parties and not is_country(m.key, actors):
                        parties.append(key)
        last_party = max(
            (
                m.end
                for m in mentions
                if clause.start <= m.start < tok.i and participant_key(m.key, actors) in parties
            ),
            default=clause.start,
        )
        location = next(
            (
                m.key
                for m in mentions
                if last_party <= m.start < tok.i
                and (is_place(m.key, actors) or is_country(m.key, actors))
                and effective_preposition(doc, m, actors) in ("in", "nach")
            ),
            None,
        )
        if not parties or location is None:
            continue
        time_span = _time(tok, clause)
        evidence = evidence_for(doc, document, tok.idx, tok.idx + len(tok.text), "rule:meeting-expected", 0.6)
        out.append(
            _Candidate(
                cue=doc[tok.i : tok.i + 1],
                kind="visit",
                participants=parties,
                location=location,
                time=time_span._.kg_time if time_span is not None else None,
                status="planned",
                anaphoric=False,
                evidence=evidence,
            )
        )
    return out


def _candidate(
    doc: Doc, cue: Span, actors: ActorLookup, mentions: list[MentionRef], document: Document
) -> _Candidate | None:
    """One mention of a meeting with what its clause says about it, or None when the clause
    denies, conditions or only imagines it."""
    token = cue.root
    is_noun = token.pos_ in ("NOUN", "PROPN") or token.is_title and token.i > sentence_of(token).start
    clause = clause_span(token)
    verb = token if not is_noun else _clause_verb(token, clause)
    if _hypothetical(clause, verb) or _negated_meeting(token, clause, is_noun):
        return None
    if is_noun and _interview(doc, token, actors):
        return None
    if is_noun and _asked_for_or_refused(doc, token):
        return None  # "X forderte Gespräche mit Y", "lehnte ein Treffen ab": none held or planned
    if is_noun and _called_off(token):
        return None  # "sagte seinen Besuch ab", "das Treffen wurde abgeblasen"
    the_two = not is_noun and _the_two_meet(token)  # "die beiden" name the parties named before
    if not is_noun and _non_actor_subject(token, mentions) and not the_two:
        return None
    if not is_noun and _other_sense(token):
        return None
    put_forward = token.i > 0 and doc[token.i - 1].lower_ == "ins"
    if is_noun and token.lower_ in ("treffen", "gespräch") and put_forward:
        return None  # "führt X als Argument ins Treffen", "brachte X ins Gespräch": put forward
    lemma = cue._.kg_cue_lemma or token.lower_
    parties = _noun_or_verb_parties(doc, token, clause, mentions, actors, is_noun, lemma)
    if is_noun and parties and all(_court(p, actors) for p in parties):
        return None
    continues = is_noun and not parties and _continuation(doc, token)
    the_two = the_two and not parties
    if lemma == "round" and not continues and not _noun_attribute_parties(doc, token, mentions, actors):
        return None  # "Runde" is a meeting only as the round of someone ("die Runde der Außenminister")
    if lemma == "round" and _round_of_contest(token):
        return None
    location = _location(doc, token, clause, mentions, actors, lemma)
    visit = lemma == "visit" or "besuch" in token.lower_ or not is_noun and _verb_kind(lemma) == "visit"
    if location is not None and visit:  # "reist nach Kiew": the state visited is the host
        host = _host_of(location, actors)
        # "X empfing Y in Washington": the one who receives is the host, not the state
        if host is not None and host not in parties and parties and lemma not in _RECEIVING:
            parties = parties + [host]
    if lemma == "zurückkehren" and not _negotiators_return(token):
        return None  # coming home is no meeting; a delegation returning to talks is
    if lemma == "reisen" and _unknown_traveller(token, actors):
        return None  # "Wer ... nach Österreich reist", "er" nobody in the article: a journey, no visit
    travel = lemma in ("reisen", "zurückkehren") and location is not None and len(parties) >= 1
    if not is_noun and lemma in _PARTNER_VERBS and len(parties) < 2 and not travel and not the_two:
        multilateral = parties and _multilateral(doc, clause, mentions, actors, parties[0])
        if not (multilateral or _body_meets(token, lemma) or parties and _unnamed_partner(token, actors)):
            return None
    time_span, status = _time_and_status(doc, token, clause, verb, is_noun, document)
    time = time_span._.kg_time if time_span is not None else None
    mediators = _mediators(doc, clause, mentions, actors)
    anaphoric = _anaphoric(doc, token, clause, mentions, parties, mediators, is_noun, lemma)
    kind = lemma if is_noun else _verb_kind(lemma)
    method = "rule:meeting-noun" if is_noun else "rule:meeting-verb"
    confidence = 0.6 + 0.1 * min(len(parties), 3)
    evidence = evidence_for(
        doc, document, token.idx, token.idx + len(token.text), method, round(confidence, 2)
    )
    cand = _Candidate(
        cue, kind, parties, location, time, status, anaphoric, evidence, _duration(clause), _outcome(clause)
    )
    cand.tenseless = is_noun and _tenseless(doc, token)
    cand.continues = continues
    cand.the_two = the_two
    cand.earlier = is_noun and time is not None and _earlier(doc, token)
    cand.mediators = mediators
    cand.body = not is_noun and not parties and _body_meets(token, lemma)
    cand.anchored = (  # a "next round" without its parties continues the latest meeting, if any
        is_noun and not parties and kind in _EVENT_KINDS
        and _own_place_or_time(token, time_span, location, mentions)
    )
    return cand


_COURTS = vocabulary.words("court_noun")
_CONTESTS = vocabulary.words("contest_noun")
_SUPPORT_OBJECTS = vocabulary.words("support_object")
_SCORING = vocabulary.word_set("scoring_noun")
_ATTENDED = vocabulary.words("attended_place")
_IT_PRONOUNS = frozenset({"das", "dies", "dieses", "es"})


def _other_sense(verb: Token) -> bool:
    """Meeting verbs in another sense: "traf eine Entscheidung", "Vorkehrungen treffen" (a
    support verb carrying its object's meaning), "Das hat auch die Bank getroffen"
    (affected), "traf per Elfmeter" (scored), "eine Schule besuchen" (attend), "beriet den
    Kanzler" (advised), "sprach von X als Leichtgewicht" / "über Y" with no one to talk with
    (mentioned, talked about), "tauschten Gefangene aus" (without "sich": exchanged)."""
    lemma = verb_lemma(verb)
    children = list(verb.children)
    if lemma == "treffen" and any(c.dep_ == "obj" and c.lower_.endswith(_SUPPORT_OBJECTS) for c in children):
        return True
    arguments = [*children, *(g for c in children if c.dep_.startswith("aux") for g in c.children)]
    if lemma == "treffen" and any(c.dep_ in ("nsubj", "obj") and c.lower_ in _IT_PRONOUNS for c in arguments):
        return True  # "das" meets no one, whichever argument the parser makes it (or its auxiliary's)
    if lemma == "besuchen" and any(c.dep_ == "obj" and c.lower_.endswith(_ATTENDED) for c in children):
        return True
    if lemma == "treffen" and not any(c.lower_ == "sich" for c in children) and any(
        t.lower_ in _SCORING for t in verb.subtree
    ):
        return True  # "trafen mit einem Eigentor": scored
    if lemma == "beraten" and any(_advised(c) for c in children):
        return True  # "X beriet den Kanzler": advised someone, conferred with no one
    if lemma in _REFLEXIVE_ONLY and not any(c.lower_ == "sich" for c in children):
        return True  # "tauschten Gefangene aus", "stimmten ab": exchanged, voted, nobody conferred
    if lemma in ("sprechen", "reden"):
        cases = {case_of(c) for c in children if c.dep_ in ("obl", "obl:arg")}
        together = any(c.dep_ == "conj" for s in children if s.dep_ == "nsubj" for c in s.children)
        return "mit" not in cases and not together and bool(cases & {"von", "über"})
    return False


def _advised(argument: Token) -> bool:
    """A person or role as the bare object of "beraten" ("beriet den Kanzler", the parser's
    oblique "beriet Gründer X" too): the one advised, not a partner in talks ("mit X")."""
    if argument.dep_.split(":")[0] not in ("obj", "obl", "iobj") or any(
        c.dep_ == "case" for c in argument.children
    ):
        return False
    return any(t.pos_ == "PROPN" or analyse_role(t.text) is not None for t in argument.subtree)


def _the_two_meet(verb: Token) -> bool:
    """The subject of a meeting verb is "die beiden" or "beide": the two parties named before."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("beiden", "beide") for c in verb.children)


def _non_actor_subject(verb: Token, mentions: list[MentionRef]) -> bool:
    """Does a thing or an anonymous crowd visit or meet ("Kriegsschiffe besuchen Norwegen",
    "40 Prozent der Studenten besuchten Kurse in Dänemark")? Only actors hold meetings: a subject
    that is a common noun, neither a role ("die Minister") nor a group ("die Delegation")
    and without a name in its phrase, leaves the other party without a partner."""
    if verb_lemma(verb) not in _OBJECT_PARTY_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN":
        return False
    subject = subjects[0]
    words = [subject, *(c for c in subject.subtree if c.dep_ in ("nmod", "conj", "appos"))]
    if any(analyse_role(w.text) is not None or group_head(w.text) is not None or _convening_body(w.text)
           for w in words):
        return False
    lo, hi = subject.left_edge.i, subject.right_edge.i + 1
    return not any(lo <= m.start < hi for m in mentions)


def _unknown_traveller(verb: Token, actors: ActorLookup) -> bool:
    """A pronoun travels that stands for no actor of the article: anyone ("wer"), or a person
    the article does not name (a suspect, a tourist); the places travelled to host nobody."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "PRON" and actors.key_for_token(s) is None for s in subjects)


def _court(key: str, actors: ActorLookup) -> bool:
    """Is the party a court? A session or hearing held by courts alone is a proceeding."""
    actor = get_actor(actors, key)
    return actor is not None and any(w.endswith(_COURTS) for w in actor.name.lower().split())


def _noun_or_verb_parties(
    doc: Doc,
    token: Token,
    clause: Span,
    mentions: list[MentionRef],
    actors: ActorLookup,
    is_noun: bool,
    lemma: str,
) -> list[str]:
    """The parties of a meeting mention: its own phrase and clause, then what the noun implies
    (the parties of an agreement, the state joined by an accession, possessors) or, for a verb
    with fewer than two, the subject of the clause it depends on."""
    parties = _parties(doc, token, clause, mentions, actors, is_noun, lemma)
    if is_noun and not parties and _about_agreement(doc, token):
        parties = _agreement_parties(doc, mentions, actors)
    if is_noun and token.lower_.startswith("beitritt") and parties:
        joined = _accession_target(doc, token, mentions, actors, parties)
        if joined is not None:
            parties = parties + [joined]
    if not is_noun and len(parties) < 2:
        parties = parties + [
            p for p in _matrix_subject(doc, token, clause, mentions, actors) if p not in parties
        ]
    if not is_noun and len(parties) < 2:
        parties = parties + [p for p in _relative_subject(token, mentions, actors) if p not in parties]
    if not is_noun and len(parties) < 2 and _agreed_to(token):
        parties = parties + [p for p in _arrangers(token, actors) if p not in parties]
    if is_noun:
        parties = parties + [p for p in _possessors(token, actors) if p not in parties]
    return parties


def _time_and_status(
    doc: Doc, token: Token, clause: Span, verb: Token | None, is_noun: bool, document: Document
) -> tuple[Span | None, MeetingStatus]:
    """The meeting's time expression and its status from the meeting's own time: "nach den
    Gesprächen" is held, a time "für" it or a purpose noun ("Mandat zu Verhandlungen") planned."""
    after_prep, _ = preposition_before(doc, token.i) if is_noun else (None, 0)
    time_span = _time(token, clause) if after_prep not in ("nach", "vor", "seit") else None
    time = time_span._.kg_time if time_span is not None else None
    status_clause, status_verb = clause, verb
    if doc[clause.start].lower_ in ADVERBIAL_INFINITIVE_MARKS and clause.start > sentence_of(token).start:
        # an infinitive clause takes tense and modality from its main clause
        status_clause = doc[sentence_of(token).start : clause.end]
        status_verb = _clause_verb(doc[sentence_of(token).start], status_clause)
    status = "held" if after_prep == "nach" else _status(token, status_clause, status_verb, time, document)
    before_time = doc[max(time_span.start - 1, 0) : time_span.start + 1] if time_span is not None else ()
    if any(t.lower_ == "für" for t in before_time):
        status = "planned"  # "ein Treffen für Dienstag", "für den 20. Mai angesetzt": the time set for it
    if after_prep in ("zu", "für") and _purpose_of_noun(doc, token):
        status = "planned"  # "ein Mandat zu Verhandlungen", "die Einladung zu Gesprächen"
    if is_noun and after_prep in (None, "zu", "für", "auf") and _arranged(token):
        status = "planned"  # "vereinbarten ein Treffen", "einigten sich auf neue Gespräche"
    if not is_noun and _agreed_to(token):
        status = "planned"  # "vereinbarten, bis Juni zu verhandeln"
    if status == "planned" and time_span is not None and after_seit(time_span):
        status = "ongoing"  # "verhandeln seit Montag": begun, not yet over
    return time_span, status


def _agreed_to(verb: Token) -> bool:
    """A meeting verb in the zu-infinitive of an arranging verb: "X und Y vereinbarten, bis
    Juni ein Abkommen zu verhandeln" agrees on talks still to come."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and _arranging(verb.head)


def _arrangers(verb: Token, actors: ActorLookup) -> list[str]:
    """Who agreed on the talks of a zu-infinitive: the arranging verb's subject, or (in a parse
    that takes an inverted subject for an object: "vereinbarten X und Y, ... zu verhandeln") its
    named object before the infinitive."""
    head = verb.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects:
        subjects = [c for c in head.children if c.dep_ == "obj" and c.pos_ == "PROPN" and c.i < verb.i]
    return _subject_parties(subjects, actors)


_ARRANGING = vocabulary.word_set("arranging_verb")


# proposal frames whose content is only asked for or offered: talks demanded, proposed or
# offered are not yet agreed on (an invitation is: its meeting is planned)
_NOT_AGREED = URGING_KINDS | {"offer", "readiness"}


def _asked_for_or_refused(doc: Doc, token: Token) -> bool:
    """The meeting noun is what a frame demands, proposes, offers or declares readiness for
    ("forderte Gespräche mit X", "sei zu Verhandlungen bereit"), what it rejects ("lehnte ein
    Treffen ab") or only considers ("zeigte sich offen für ein Treffen", "erwägt Gespräche"): a
    proposal or a response, no meeting."""
    infinitive = token.head
    if token.dep_ in ("obj", "nsubj") and infinitive.dep_ == "xcomp":
        proposal_nouns = {m.trigger for m in doc._.kg_frames or () if m.frame == "proposal"}
        if any(c.dep_ == "obj" and c.i in proposal_nouns and c.i < token.i for c in infinitive.head.children):
            return True  # "begrüßte den Vorschlag, Gespräche zu führen": what the proposal is about
    for m in doc._.kg_frames or ():
        if m.frame == "proposal" and m.value in _NOT_AGREED and token.i in m.roles.get("content", ()):
            return True
        answered = m.frame == "response" and m.value in ("reject", "consider")
        if answered and token.i in m.roles.get("theme", ()):
            return True  # "lehnte ein Treffen ab", "zeigte sich offen für ein Treffen"
    return False


_CANCELLING = vocabulary.word_set("cancelling_verb")


def _called_off(noun: Token) -> bool:
    """The meeting noun is the object or subject of a verb that calls it off (group
    cancelling_verb): it is neither held nor planned any more."""
    head = noun.head
    bare = noun.dep_ in ("obj", "nsubj", "nsubj:pass") or noun.dep_ == "obl" and not any(
        c.dep_ == "case" for c in noun.children)  # an object the parser took for an oblique
    return bare and head.pos_ in ("VERB", "AUX") and verb_lemma(head) in _CANCELLING


def _arranged(token: Token) -> bool:
    """ "X und Y vereinbarten ein Treffen", "X wurde zu Gesprächen eingeladen", "vereinbarten,
    Gespräche zu führen": a meeting that is agreed on or invited to is planned at the time of
    the report, whatever the verb's tense."""
    verb = governing_verb(token)
    if verb is not None and _zu_infinitive(verb):
        verb = verb.head  # "vereinbarten, im Mai Gespräche zu führen": the infinitive's governor
    return verb is not None and verb.i != token.i and _arranging(verb)


def _zu_infinitive(verb: Token) -> bool:
    """A zu-infinitive after the verb that governs it (the parser labels it xcomp, or conj
    after a comma)."""
    return verb.head.i < verb.i and (
        verb.dep_ == "xcomp" or verb.dep_ == "conj" and any(
            c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children))


def _arranging(verb: Token) -> bool:
    """Is the verb one of agreeing on or inviting to a meeting ("vereinbarten")?"""
    return verb_in(verb, _ARRANGING)


def _mediators(doc: Doc, clause: Span, mentions: list[MentionRef], actors: ActorLookup) -> set[str]:
    """ "unter Vermittlung Ägyptens und Katars": both conjuncts chair the meeting."""
    mediators: set[str] = set()
    previous: MentionRef | None = None
    for m in mentions:
        if not clause.start <= m.start < clause.end:
            continue
        coordinated = (
            previous is not None
            and m.start == previous.end + 1
            and doc[previous.end].lower_ in ("und", "sowie", ",")
        )
        if _mediation(doc, m) or coordinated:
            mediators.add(participant_key(m.key, actors))
            previous = m
    return mediators


_ANAPHORIC_DETS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "diese", "dieser", "diesen", "dieses", "diesem"}
)


def _anaphoric(
    doc: Doc,
    token: Token,
    clause: Span,
    mentions: list[MentionRef],
    parties: list[str],
    mediators: set[str],
    is_noun: bool,
    lemma: str,
) -> bool:
    """ "Das Treffen dauerte drei Stunden", "X empfing die Delegationen": a definite mention
    without parties of its own (a mediator alone names none) refers to a meeting just reported."""
    if not is_noun:
        one_party_visit = len(parties) == 1 and lemma in _OBJECT_PARTY_VERBS
        return one_party_visit and _definite_unnamed_object(doc, token, clause, mentions)
    det = determiner_of(token)
    plain = token.lower_ in MEETING_NOUNS or (det is not None and det.startswith("dies"))
    own_parties = [p for p in parties if p not in mediators]
    return not own_parties and plain and det in _ANAPHORIC_DETS


def _tenseless(doc: Doc, token: Token) -> bool:
    """A headline without a verb ("Krisentreffen in Addis Abeba") says nothing about the status."""
    sent = sentence_of(token)
    last = doc[sent.end - 1] if len(sent) else token
    headline = sent.end < len(doc) and doc[sent.end].is_space and "\n" in doc[sent.end].text
    return (headline and last.text not in (".", "!", "?", '"', "“", "”")) or not any(
        t.pos_ in ("VERB", "AUX") or aux_info(t) is not None for t in sent
    )

def _own_place_or_time(
    token: Token, time_span: Span | None, location: str | None, mentions: list[MentionRef]
) -> bool:
    """ "Gipfel am Freitag in Brüssel", "der Gipfel findet am Freitag statt", "am Montag beginnt
    die Lohnrunde": the place or time belongs to the meeting noun's phrase or to a verb of taking
    place or starting, not to a verb of saying around it ("sagte am Dienstag, die Gespräche ...")."""
    sub = list(token.subtree)
    lo, hi = sub[0].i, sub[-1].i
    if preposition_before(token.doc, token.i)[0] in ("bei", "während"):
        clause = clause_span(token)  # "beim Gipfel wird am Freitag beraten": the clause happens there
        lo, hi = min(lo, clause.start), max(hi, clause.end - 1)
    head = token.head
    takes_place = _STATUS_PREDICATES + _START_VERBS
    if head.pos_ in ("VERB", "AUX") and head.i != token.i and (
        head.lower_.startswith(takes_place) or verb_lemma(head).startswith(takes_place)
    ):
        lo, hi = min(lo, head.left_edge.i), max(hi, head.right_edge.i)
    if time_span is not None and lo <= time_span.start and time_span.end - 1 <= hi:
        return True
    return location is not None and any(
        m.key == location and lo <= m.start and m.end - 1 <= hi for m in mentions
    )


#: meeting kinds that name an event of their own (a visit or a call always has someone visiting or calling)
_EVENT_KINDS = frozenset({"summit", "conference", "meeting", "talks", "negotiation"})

_POSSESSIVE_DETS = frozenset({"sein", "seine", "seinen", "seiner", "seinem", "seines", "ihr", "ihre",
                              "ihren", "ihrer", "ihrem", "ihres"})


def _possessors(token: Token, actors: ActorLookup) -> list[str]:
    """ "nach seiner Begegnung mit X zeigte sich Y ...", "X und Y nutzten ihr Treffen": a
    possessive on the meeting noun names the subject of its clause (with its conjuncts)."""
    if not any(c.dep_ in ("det:poss", "det") and c.lower_ in _POSSESSIVE_DETS for c in token.children):
        return []
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    for verb in (head, head.head, token.sent.root):
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
        if subjects:
            return _subject_parties(subjects, actors)
    return []


def _subject_parties(subjects: list[Token], actors: ActorLookup) -> list[str]:
    """The actors of subjects and their conjuncts ("X und sein Amtskollege Y")."""
    found: list[str] = []
    for subject in subjects:
        for conj in [subject, *(c for c in subject.children if c.dep_ == "conj")]:
            for tok in [conj, *(c for c in conj.children if c.dep_ in ("appos", "flat", "flat:name"))]:
                key = actors.key_for_token(tok)
                if key is not None and not is_place(key, actors):
                    key = participant_key(key, actors)
                    if key not in found:
                        found.append(key)
                    break
    return found


_RECEIVING = vocabulary.word_set("receiving_verb")


def _host_of(location: str, actors: ActorLookup) -> str | None:
    """The host of a visit: the state visited, or the state whose capital was visited."""
    actor = get_actor(actors, location)
    if actor is None:
        return None
    if actor.category == "Country":
        return location
    if actor.stands_for and get_actor(actors, actor.stands_for) is not None:
        return actor.stands_for
    return actors.capital_state(location)  # a visited capital's state, if the article names it


def _body_meets(verb: Token, lemma: str) -> bool:
    """A meeting without a named party: a body that meets ("der Ausschuss tagte"), or a group
    of people by office that gathers ("die Finanzminister der Euro-Länder berieten", "die
    Fraktionschefs trafen sich"), or a body that convenes ("der Parteivorstand traf sich") — not
    one person, nor a crowd, nor advice given to someone."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if lemma in _BODY_VERBS:
        return bool(subjects)
    use = _GATHERING_VERBS.get(lemma)
    if use is None:
        return False
    objects = [c for c in verb.children if c.dep_ in ("obj", "iobj") and c.lower_ != "sich"]
    if use == "intransitive" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        subjects, objects = [c for c in objects if c.pos_ == "NOUN"], []
    if use == "reflexive" and not any(c.lower_ == "sich" for c in verb.children):
        return False
    if not objects and not subjects:  # a body's name the tagger read as a proper noun
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    # "Staats- und Regierungschefs": the office may stand in a conjunct of the subject
    subjects += [c for s in subjects for c in s.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return not objects and any(_office_group(s) or _convening_body(s.text) for s in subjects)


_GATHERING_VERBS = vocabulary.kinds("gathering_verb")
_CONVENING_BODIES = vocabulary.words("convening_body")


def _convening_body(word: str) -> bool:
    """ "Ausschuss", "Parteivorstand", "EU-Rat": a body whose members convene (a short ending
    only as the whole word or after a hyphen, so that "Verrat" is none)."""
    low = word.lower()
    return any(
        low.endswith(body) and (len(body) > 4 or low == body or low.endswith("-" + body))
        for body in _CONVENING_BODIES
    )


def _office_group(noun: Token) -> bool:
    """ "die Außenminister", "die Delegationen", "Vertreter der Länder": several people by
    their office, or a group sent by someone."""
    if group_head(noun.text) is not None:
        return True
    return analyse_role(noun.text) is not None and "Plur" in noun.morph.get("Number")


_AGREEMENT = vocabulary.words("agreement_noun")


def _agreement_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and any(t.lower_.startswith(a) or a in t.lower_ for a in _AGREEMENT)


def _about_agreement(doc: Doc, token: Token) -> bool:
    """ "Verhandlungen über ein Abkommen", "Gespräche zum Freihandelsabkommen": talks whose
    subject is an agreement."""
    nxt = token.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in ("über", "zu", "zum", "zur", "um"):
        return False
    for t in doc[nxt + 1 : min(nxt + 5, sentence_of(token).end)]:
        if _agreement_noun(t):
            return True
        if t.pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            return False
    return False


def _agreement_parties(doc: Doc, mentions: list[MentionRef], actors: ActorLookup) -> list[str]:
    """The parties of the agreement the article names ("das Abkommen zwischen X und Y"): the
    parties that negotiate it when the talks themselves name none. Only an agreement with two or
    more named parties counts; the first one in the article."""
    by_start = {m.start: m for m in mentions}
    for t in doc:
        if not (_agreement_noun(t) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "zwischen"):
            continue
        found: list[str] = []
        i = t.i + 2
        while i < len(doc):
            m = by_start.get(i)
            if m is not None:
                key = participant_key(m.key, actors)
                if not is_place(key, actors) and key not in found:
                    found.append(key)
                i = m.end
            elif doc[i].pos_ == "DET" or doc[i].lower_ in ("und", "sowie", ","):
                i += 1
            else:
                break
        if len(found) >= 2:
            return found
    return []


def _accession_target(
    doc: Doc, token: Token, mentions: list[MentionRef], actors: ActorLookup, parties: list[str]
) -> str | None:
    """ "Serbien beginnt Beitrittsverhandlungen": accession talks are held with the organisation
    joined, which the article names elsewhere ("auf dem Weg in die EU"); the alliance of the
    sentence, else the alliance the article names most often. None when a party already is one."""

    def alliance(key: str) -> bool:
        actor = get_actor(actors, key)
        return actor is not None and actor.kind == "alliance"

    if any(alliance(p) for p in parties):
        return None
    sent = sentence_of(token)
    counts: dict[str, int] = {}
    for m in mentions:
        key = participant_key(m.key, actors)
        if not alliance(key) or key in parties:
            continue
        if sent.start <= m.start < sent.end:
            return key
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda k: counts[k])


_CONTINUATION = vocabulary.words("continuation")
_EARLIER = vocabulary.words("earlier_meeting")


def _earlier(doc: Doc, token: Token) -> bool:
    """ "das letzte Telefonat", "bei ihrem früheren Treffen": a meeting before the one reported."""
    return any(
        tok.lower_.startswith(_EARLIER) for tok in doc[max(token.i - 2, sentence_of(token).start) : token.i]
    )


def _continuation(doc: Doc, token: Token) -> bool:
    """ "eine zweite Runde", "weitere Gespräche", "die nächste Verhandlungsrunde": an ordinal or a
    word of continuation right before a meeting noun without parties announces the next meeting
    of the parties of the meeting just reported (not the same meeting: its own status)."""
    for tok in doc[max(token.i - 2, sentence_of(token).start) : token.i]:
        ordinal = tok.text.endswith(".") and tok.text.rstrip(".").isdigit()
        if tok.lower_.startswith(_CONTINUATION) or ordinal:
            return True
    return False


def _definite_unnamed_object(doc: Doc, verb: Token, clause: Span, mentions: list[MentionRef]) -> bool:
    """ "empfing die Delegationen", "traf die Unterhändler": a definite noun object after the
    verb that names no actor refers to parties already known from the text."""
    for tok in doc[verb.i + 1 : clause.end]:
        if tok.pos_ in ("NOUN", "PROPN") or tok.is_title:
            if any(m.start <= tok.i < m.end for m in mentions):
                return False
            det = determiner_of(tok)
            return det in ("die", "den", "diese", "diesen") and tok.morph.get("Number") == ["Plur"]
        if tok.pos_ in ("ADP", "VERB", "AUX") or tok.is_punct:
            return False
    return False


def _matrix_subject(
    doc: Doc, token: Token, clause: Span, mentions: list[MentionRef], actors: ActorLookup
) -> list[str]:
    """The subject of the main clause for an infinitive clause ("X reist nach Y, um mit Z zu
    beraten": X also takes part in the talks)."""
    if clause.start <= sentence_of(token).start or doc[clause.start].lower_ not in ADVERBIAL_INFINITIVE_MARKS:
        return []
    for m in mentions:
        if sentence_of(token).start <= m.start and m.end <= clause.start:
            if effective_preposition(doc, m, actors) is None and not is_place(m.key, actors):
                return [participant_key(m.key, actors)]
    return []


def _relative_subject(verb: Token, mentions: list[MentionRef], actors: ActorLookup) -> list[str]:
    """The actor a relative clause describes when the relative pronoun is the verb's subject
    ("X, der am Montag Y traf": X meets Y)."""
    antecedent = relative_antecedent(verb)
    if antecedent is None:
        return []
    for m in mentions:
        if m.start <= antecedent.i < m.end and not is_place(m.key, actors):
            return [participant_key(m.key, actors)]
    return []


def _purpose_of_noun(doc: Doc, token: Token) -> bool:
    """Is the meeting noun the purpose of another noun ("Mandat zu Verhandlungen")?"""
    prep, idx = preposition_before(doc, token.i)
    if not (prep in ("zu", "für") and idx > 0 and doc[idx - 1].pos_ == "NOUN"):
        return False
    # a time before the preposition is none, nor a meeting verb's own phrase: "im vergangenen
    # Jahr zu 48 Sitzungen zusammengetreten"
    verb = governing_verb(token)
    if verb is not None and verb_lemma(verb) in _MEETING_VERB_LEMMAS:
        return False
    return not any(t.start <= idx - 1 < t.end for t in doc.spans.get("kg_time", []))


_MEETING_VERB_LEMMAS = frozenset(vocabulary.kinds("meeting_verb"))


def _clause_verb(token: Token, clause: Span) -> Token | None:
    """The verb that a meeting noun depends on, if the parser puts it in the noun's clause;
    else the clause's first finite verb (the parser often attaches adjuncts far away)."""
    verb = governing_verb(token)
    if verb is not None and clause.start <= verb.i < clause.end:
        return verb
    for tok in clause:
        if aux_info(tok) is not None or "Fin" in tok.morph.get("VerbForm"):
            return tok
        if tok.pos_ == "VERB" and tok.morph.get("Tense") and not is_participle(tok):
            return tok
    return verb


def _verb_kind(lemma: str) -> str:
    from kg.nlp.cues import MEETING_VERBS

    return MEETING_VERBS.get(lemma, "meeting")


def _hypothetical(clause: Span, verb: Token | None) -> bool:
    words = {t.lower_ for t in clause}
    if words & _HYPOTHETICAL:
        return True
    sent_words = {t.lower_ for t in sentence_of(clause[0])}
    if "falls" in sent_words or "sofern" in sent_words:
        return True
    if any(is_konjunktiv2(t) for t in clause) and not any(t.lower_ in ("hätte", "hätten") for t in clause):
        return True
    return False


_STATUS_PREDICATES = vocabulary.words("status_predicate")


def _negated_meeting(token: Token, clause: Span, is_noun: bool) -> bool:
    words = [t.lower_ for t in clause]
    for i, w in enumerate(words):
        if w == "nicht" and any(x.startswith(_STATUS_PREDICATES) for x in words[i + 1 : i + 4]):
            return True  # "ein Treffen ist nicht geplant"
    if is_noun:
        det = determiner_of(token)
        return det is not None and det.startswith("kein")
    return any(t.lower_ in ("nicht", "nie", "niemals") for t in clause)


def _parties(
    doc: Doc,
    token: Token,
    clause: Span,
    mentions: list[MentionRef],
    actors: ActorLookup,
    is_noun: bool,
    lemma: str,
) -> list[str]:
    """Actor keys that take part, in order of mention."""
    adjunct = False
    found: list[str] = []
    if is_noun:
        found = _noun_attribute_parties(doc, token, mentions, actors)
        # "X führte Gespräche mit Y": who conducts the talks is a party beside the noun's partner
        adjunct = not _margin(doc, token) and (
            _noun_in_adjunct(doc, token) or _conducted_by_subject(doc, token, clause)
        )
        if not adjunct:
            return found
        if _absent(clause):
            return found  # "X war zu dem Treffen nicht eingeladen", "X blieb den Gesprächen fern"
    out: list[str] = list(found)  # an adjunct's own parties plus the clause's subject
    scope = _party_scope(doc, token, clause, is_noun)
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.start < scope.start or m.end > scope.end:
            continue
        if m.start <= token.i < m.end:
            continue
        prep = effective_preposition(doc, m, actors)
        key = m.key
        if prep == "unter" and _mediation(doc, m):
            prep = None  # "unter Vermittlung Ägyptens", "unter UN-Schirmherrschaft": mediators take part
        if prep not in _PARTY_PREPS or (not adjunct and _is_source(doc, m)):
            continue
        if is_genitive_attribute(doc, m) and not _representative_genitive(doc, m, mentions):
            continue
        if _prenominal_genitive(doc, m, mentions):
            continue  # "Kanadas Premierminister X": the state is X's affiliation, not a party
        if is_place(key, actors):
            actor = get_actor(actors, key)
            if prep in ("von", "mit", None) and actor is not None and actor.stands_for:
                key = participant_key(key, actors)
            else:
                continue
        if prep == "bei" and not is_noun:
            continue
        if not is_noun and _noun_relation(doc, m):
            continue  # "sprach über das Verhältnis zwischen X und Y": no talks of X and Y
        if _in_apposition(doc, m, scope):
            continue
        key = participant_key(key, actors)
        if key not in out:
            out.append(key)
            first_at.setdefault(key, m.start)
    # the noun's own partners first came from its phrase: put every party in order of mention
    return sorted(out, key=lambda k: first_at.get(k, token.i))


def _noun_relation(doc: Doc, m: MentionRef) -> bool:
    """Whether a mention is in a "zwischen" phrase of a noun rather than of the verb ("über die
    Annäherung zwischen X und Y"): the noun names the relation, not talks of X and Y."""
    head = doc[m.start : m.end].root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    between = any(c.dep_ == "case" and c.lower_ == "zwischen" for c in head.children)
    return between and head.dep_ == "nmod" and head.head.pos_ in ("NOUN", "PROPN")


def _multilateral(
    doc: Doc, clause: Span, mentions: list[MentionRef], actors: ActorLookup, party: str
) -> bool:
    """ "Die Regierungschefs der Nato-Staaten berieten": the representatives (plural) of one
    organisation are several parties of a multilateral meeting by themselves."""
    for m in mentions:
        if not (clause.start <= m.start < clause.end) or participant_key(m.key, actors) != party:
            continue
        actor = get_actor(actors, party)
        if actor is None or actor.category != "Organisation":
            continue
        if is_genitive_attribute(doc, m) and _representative_genitive(doc, m, mentions):
            _, idx = preposition_before(doc, m.start)
            if doc[idx - 1].morph.get("Number") != ["Sing"]:
                return True
    return False


_MEDIA_NOUNS = tuple(sorted(vocabulary.word_set("media_noun")))


def _interview(doc: Doc, token: Token, actors: ActorLookup) -> bool:
    """ "sagte X im Gespräch mit dem STANDARD": an interview is no meeting, nor is "im
    Gespräch sein" (being considered for a post). Only the singular "im Gespräch": "in
    Gesprächen mit der Regierung" are talks. A talk with a medium is an interview whatever
    the preposition ("für das Gespräch mit der Zeitung", "im Gespräch mit der
    Wirtschafts-Nachrichtenagentur X")."""
    if token.lower_ in ("gespräch", "interview") and any(
        _media_partner(c, actors) for c in token.children if c.dep_ == "nmod" and _with(c)
    ):
        return True
    if token.i == 0:
        return False
    if token.lower_ == "gespräch" and doc[token.i - 1].lower_ == "einem" and _told_in(token):
        # "klagte X in einem Gespräch am Rande der Messe": a conversation with the reporter
        return not any(c.dep_ == "nmod" and _with(c) for c in token.children)
    if doc[token.i - 1].lower_ != "im":
        return False
    prefix, _, head = token.text.rpartition("-")
    if prefix and head.lower() == "gespräch":
        # "im APA-Gespräch", "im STANDARD-Gespräch": an interview with a medium
        own = actors.key_for_token(token)
        actor = get_actor(actors, own) if own else None
        return prefix.isupper() or bool(actor and actor.kind == "media")
    if token.lower_ != "gespräch":
        return False
    partners = [c for c in token.children if c.dep_ == "nmod" and _with(c)]
    return not partners or any(_media_partner(p, actors) for p in partners)


def _told_in(noun: Token) -> bool:
    """The noun is the "in"-phrase of a verb of saying ("sagte in einem Gespräch")."""
    verb = noun.head
    return (
        noun.dep_ == "obl"
        and any(c.dep_ == "case" and c.lower_ == "in" for c in noun.children)
        and verb.pos_ in ("VERB", "AUX")
        and verb_lemma(verb) in SPEECH_VERBS
    )


def _with(partner: Token) -> bool:
    return any(g.lower_ == "mit" for g in partner.children)


def _media_partner(partner: Token, actors: ActorLookup) -> bool:
    """A newspaper, agency or journalist: in capitals ("dem STANDARD"), a media noun or a
    compound on one ("Wirtschafts-Nachrichtenagentur"), a news medium's name ("dem Standard",
    group `source_name`), an actor known as a medium, or a programme of one ("dem Morgenecho
    des ORF": its genitive attribute is the medium)."""
    for tok in (partner, *(c for c in partner.children if c.dep_ in ("nmod", "flat", "appos"))):
        key = actors.key_for_token(tok)
        actor = get_actor(actors, key) if key else None
        lemma = tok.lemma_.lower().replace("-", "")
        if tok.is_upper or lemma.endswith(_MEDIA_NOUNS) or bool(actor and actor.kind == "media"):
            return True
        if tok.i == partner.i and tok.lower_ in _MEDIA_NAMES:
            return True
    return False


_NEGOTIATORS = vocabulary.words("negotiator")
# news media whose names are also common words ("mit dem Standard", "mit dem Kurier")
_MEDIA_NAMES = frozenset(w for w, kind in vocabulary.kinds("source_name").items() if kind == "media")


def _negotiators_return(verb: Token) -> bool:
    """ "Eine Delegation soll nach Brüssel zurückkehren", "kehrte von den Gesprächen zurück":
    a return is part of a meeting only for negotiators or from talks."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lemma_.lower().endswith(_NEGOTIATORS):
            return True
        if child.dep_ == "obl" and any(g.lower_ in ("von", "vom") for g in child.children):
            if meeting_noun_kind(child) is not None:
                return True
    return False


def _unnamed_partner(verb: Token, actors: ActorLookup) -> bool:
    """ "Die Ministerin sprach mit Vertretern der Opposition": a "mit"-partner that is a group
    of people kg cannot name is still the other party of a meeting (with one named
    participant). Topics ("mit dem Thema") and instruments are no people: the partner must be
    a plural noun or a noun of the actor index."""
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:arg") or child.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "case" and c.lower_ == "mit" for c in child.children):
            continue
        if actors.key_for_token(child) is None and child.morph.get("Number") == ["Plur"]:
            return True
    return False


def _representative_genitive(doc: Doc, m: MentionRef, mentions: list[MentionRef]) -> bool:
    """ "die Staats- und Regierungschefs der EU", "die Außenminister Frankreichs", "Vertreter
    der Rebellen": a genitive after an unnamed representative noun names the party that the
    representatives act for (a named head, "Kanzlerin X der CDU", keeps its own name)."""
    head = genitive_head(doc, m)  # "der Präsident Norwegens": the noun right before the name
    title = analyse_role(head.text) is not None and "Sing" in head.morph.get("Number") if head else False
    if head is None or not (is_representative(head) or title):
        return False  # (an unnamed title stands for its state too: "der Präsident Norwegens")

    def named(tok: Token) -> bool:
        return any(o.start <= tok.i < o.end for o in mentions)

    # "X, der Präsident Norwegens, ...", "Der Präsident Norwegens, X, ...": the role noun is an
    # apposition of a name or has one, so the state is that person's office, not a party
    return not (named(head) or head.dep_ == "appos" and named(head.head)
                or any(c.dep_ == "appos" and named(c) for c in head.children))


_MEDIATION = vocabulary.words("mediation")


def _mediation(doc: Doc, m: MentionRef) -> bool:
    """Is the mention the mediator or chair of "unter Vermittlung/Schirmherrschaft/Leitung"?"""
    prep, idx = preposition_before(doc, m.start)
    if prep != "unter":
        return False
    span = doc[idx + 1 : m.end]
    return any(any(w in t.lower_ for w in _MEDIATION) for t in span)


def _prenominal_genitive(doc: Doc, m: MentionRef, mentions: list[MentionRef]) -> bool:
    """ "Kanadas Premierminister X", "Israels Regierungschef X": a genitive name before a role
    noun that introduces another actor mention is that actor's affiliation."""
    last = doc[m.end - 1]
    if not last.text.endswith("s") or m.end >= len(doc) or m.end - m.start > 2:
        return False
    nxt = doc[m.end]
    if nxt.pos_ not in ("NOUN", "PROPN") and not nxt.is_title:
        return False
    return any(o.start in (m.end, m.end + 1) and o.key != m.key for o in mentions)


_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})
_NP_LINKS = frozenset(
    {
        "mit",
        "von",
        "vom",
        "zwischen",
        "und",
        "sowie",
        "der",
        "des",
        "den",
        "dem",
        "die",
        "aus",
        "seinem",
        "seiner",
        "ihrem",
        "ihrer",
    }
)


def _round_of_contest(token: Token) -> bool:
    """ "nach Runde zwei der Regionalwahl", "die erste Runde des Turniers": a
    stage of an election or a competition (group contest_noun), whoever takes part in it."""
    return any(
        t.dep_ in ("nmod", "nmod:poss") and t.i > token.i and t.lower_.endswith(_CONTESTS)
        for t in token.subtree  # ("Runde zwei der Wahl": the genitive may hang on the number)
    )


def _noun_attribute_parties(
    doc: Doc, token: Token, mentions: list[MentionRef], actors: ActorLookup
) -> list[str]:
    """Parties named inside the noun phrase of a meeting noun: "das Treffen Putins mit X",
    "Gespräche zwischen X und Y", "Treffen von Vertretern aus Kiew mit Z", "Putins Treffen"."""
    sent = sentence_of(token)
    end = token.i + 1
    while end < sent.end:
        tok = doc[end]
        if tok.is_space and "\n" in tok.text:
            break
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "–", "(", ")", ".", '"', "„", "“"):
            break
        if tok.text == ",":
            nxt = doc[end + 1] if end + 1 < sent.end else None
            if (
                nxt is None
                or (nxt.pos_ not in ("DET", "PROPN", "NOUN", "ADJ") and nxt.lower_ not in _ARTICLES)
                or nxt.lower_ in _ARTICLES
                and (end + 2 < sent.end and doc[end + 2].pos_ in ("VERB", "AUX", "PRON", "ADV"))
            ):
                break
        elif tok.pos_ == "ADP" or tok.tag_.startswith("APP"):
            if tok.lower_ not in _NP_LINKS:
                break
        end += 1
    start = token.i
    if start > sent.start and doc[start - 1].text.endswith("s"):
        start -= 1  # "Putins Treffen"
    out: list[str] = []
    for m in mentions:
        if m.start < start or m.end > end or m.start <= token.i < m.end:
            continue
        if m.start < token.i and not doc[m.end - 1].text.endswith("s"):
            continue
        key = participant_key(m.key, actors)
        if is_place(key, actors) and effective_preposition(doc, m, actors) in ("in", "an", "auf", "nach"):
            continue
        if is_place(key, actors) and not get_actor(actors, key).stands_for:  # type: ignore[union-attr]
            continue
        if key not in out:
            out.append(key)
    # "US-Gespräche", "Trump-Putin-Gipfel": the cue token itself names a party
    own = actors.key_for_token(token)
    if own and is_place(own, actors) and not get_actor(actors, own).stands_for:  # type: ignore[union-attr]
        own = None  # "Nahost-Gespräche": a region is where, not who
    if own and own not in out:
        out.insert(0, participant_key(own, actors))
    return out


_POSSESSIVES = frozenset({"ihre", "ihren", "ihrer", "ihrem", "seine", "seinen", "seiner", "seinem", "unsere"})
# participles and finite stems of verbs whose subject conducts the talks it has as object
_CONDUCT = vocabulary.words("conduct")


def _conducted_by_subject(doc: Doc, token: Token, clause: Span) -> bool:
    """ "X und Y haben ihre Gespräche vertagt", "X nahm Verhandlungen mit Y auf": a meeting noun
    that is the object of a verb of conducting (or owned by a possessive) has the clause
    subject as its parties."""
    prep, _ = preposition_before(doc, token.i)
    if prep is not None:
        return False
    if determiner_of(token) in _POSSESSIVES:
        return True
    return any(t.lower_.startswith(_CONDUCT) and t.i != token.i and t.pos_ != "NOUN" for t in clause)


def _margin(doc: Doc, token: Token) -> bool:
    """ "am Rande des Gipfels": the meeting is only the setting of what the clause reports (a
    talk of two of its participants), so the clause's subject are not its parties."""
    i = token.i - 1
    while i > 0 and doc[i].pos_ in ("DET", "ADJ"):
        i -= 1
    return doc[i].lower_ in ("rande", "rand")


def _noun_in_adjunct(doc: Doc, token: Token) -> bool:
    """ "Bei Gesprächen in Genf erklärten X und Y": the clause's subject are the parties."""
    prep, idx = preposition_before(doc, token.i)
    if prep in ("von", "aus") and idx > 0:
        # "kehrte von den Gesprächen in Moskau zurück", "nach seiner Rückkehr von dem Treffen"
        clause = clause_span(token)
        return any(
            t.lower_ in ("zurück", "rückkehr", "heimkehr") or t.lower_.startswith("zurückgekehrt")
            for t in clause
        )
    if prep is None and idx > 1 and doc[idx - 1].lower_ == "rahmen" and doc[idx - 2].lower_ == "im":
        return True  # "lud im Rahmen einer Konferenz": the complex preposition of "bei"
    if prep in ("nach", "vor"):
        # "Nach dem Treffen mit X sagte Y": Y met X; without "mit" the subject may have only
        # watched ("Nach dem Gipfel kritisierte die Opposition ..."), and a clause about another
        # meeting has its own parties ("Nach dem Treffen mit X wird mit Y verhandelt")
        verb = token.head
        return (
            any(c.dep_ in ("nmod", "obl") and case_of(c) == "mit" for c in token.children)
            and verb.pos_ in ("VERB", "AUX", "ADJ")
            and verb_lemma(verb) not in _MEETING_VERB_LEMMAS
            and any(c.dep_ == "nsubj" for v in (verb, *(x for x in verb.children if x.dep_ == "xcomp"))
                    for c in v.children)
        )
    if prep == "auf":
        # "auf dem Parteitag wählte die SPD ...": where it happened (dative); "drängt auf
        # Gespräche", "hofft auf ein Treffen" (accusative) is what the subject wants
        return _dative_phrase(token)
    return prep in ("bei", "während", "in", "zu", "an", "mit")


def _dative_phrase(token: Token) -> bool:
    """The article says dative ("auf dem", "auf einem"); a bare plural's case is the tagger's guess."""
    cases = [c for d in token.children if d.dep_ == "det" for c in d.morph.get("Case")]
    return "Dat" in cases and "Acc" not in cases


# words that say that the subject stays away from a meeting it is related to
_ABSENCE = vocabulary.word_set("absence")


def _absent(clause: Span) -> bool:
    """Does the clause deny the subject's part in the meeting ("nicht eingeladen", "nahm nicht
    teil", "kein Vertreter", "blieb fern")? Then its subject is no participant."""
    words = {t.lower_ for t in clause}
    if words & _ABSENCE:
        return True
    negated = bool(words & {"nicht", "nie", "niemals"})
    return negated and any(w.startswith(_PARTICIPATION) for w in words)


# predicates of taking part: negated, they make the subject a non-participant (a negated
# "einigten sich nicht bei den Gesprächen" still took part)
_PARTICIPATION = vocabulary.words("participation")


def _is_source(doc: Doc, m: MentionRef) -> bool:
    """ "X zufolge", "laut X", "sagte X": the mention is a source, not a party."""
    if m.end < len(doc) and doc[m.end].lower_ == "zufolge":
        return True
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.lower_ in ("laut", "so"):
        return True
    from kg.nlp.cues import SPEECH_VERBS, verb_lemma

    i = m.start - 1
    while i >= 0 and i >= m.start - 4 and doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        i -= 1
    if (
        i >= 0
        and (doc[i].pos_ == "VERB" or doc[i].tag_.startswith("VV"))
        and verb_lemma(doc[i]) in SPEECH_VERBS
    ):
        return True
    j = m.end
    if (
        j < len(doc)
        and (doc[j].pos_ == "VERB" or doc[j].tag_.startswith("VV"))
        and verb_lemma(doc[j]) in (SPEECH_VERBS)
        and verb_lemma(doc[j]) not in ("sprechen",)
    ):
        return True
    return False


def _party_scope(doc: Doc, token: Token, clause: Span, is_noun: bool) -> Span:
    """Where the parties of a cue are named: the clause, widened to the subject of the
    governing verb when it stands before an apposition ("X und Y, Schwiegersohn von Z, wollen
    ... sprechen")."""
    start, end = clause.start, clause.end
    sent = sentence_of(token)
    verb = token if not is_noun else governing_verb(token)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubj:pass") and sent.start <= child.i < start:
                start = min(start, min(t.i for t in child.subtree))
        for aux in verb.children:
            if aux.dep_ in ("aux", "cop"):
                for child in aux.children:
                    if child.dep_ in ("nsubj",) and child.i < start:
                        start = min(start, min(t.i for t in child.subtree))
    if start == clause.start and clause.start > sent.start and doc[clause.start - 1].text == ",":
        # the clause begins after a comma: if the text before it is an apposition chain that
        # started after the sentence's subject, include the subject
        i = clause.start - 1
        commas = 0
        while i > sent.start and commas < 2:
            if doc[i].text == ",":
                commas += 1
            i -= 1
        if commas == 2:
            seg = doc[sent.start : i + 1]
            if not any(t.pos_ in ("VERB", "AUX") for t in seg):
                start = sent.start
    return doc[start:end]


def _in_apposition(doc: Doc, m: MentionRef, scope: Span) -> bool:
    """Inside ", Schwiegersohn von Präsident Z," (between commas, after a role noun)."""
    i = m.start - 1
    while i >= scope.start and doc[i].text != ",":
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
        i -= 1
    if i < scope.start:
        return False
    j = m.end
    while j < scope.end and doc[j].text != ",":
        if doc[j].pos_ in ("VERB", "AUX"):
            return False
        j += 1
    if j >= scope.end:
        return False
    first = doc[i + 1]
    if first.pos_ == "DET" and first.i + 1 < m.start:
        first = doc[first.i + 1]  # ", der Präsident Norwegens,": the article before the role noun
    return (
        first.i < m.start and (first.pos_ == "NOUN" or first.is_title) and not first.lower_.startswith("und")
    )


def _location(
    doc: Doc, token: Token, clause: Span, mentions: list[MentionRef], actors: ActorLookup, lemma: str
) -> str | None:
    best: tuple[int, str] | None = None
    for m in mentions:
        if m.start < clause.start or m.end > clause.end:
            continue
        prep = effective_preposition(doc, m, actors)
        if prep not in _PLACE_PREPS or (prep == "nach" and lemma not in ("reisen", "zurückkehren", "visit")):
            continue
        building = _seat_building(doc, m)
        if not (is_place(m.key, actors) or is_country(m.key, actors) or building):
            continue
        if doc[m.start].is_lower or doc[m.end - 1].text.endswith("-"):
            continue  # "im norwegischen Tromsø": an adjective or a prefix does not name the place
        if prep in ("in", "an") and _is_attribute_of_other_noun(doc, m, token):
            continue
        rank = abs(m.start - token.i) + (0 if is_place(m.key, actors) else 50)
        if best is None or rank < best[0]:
            best = (rank, m.key)
    dort = next((t for t in clause if t.lower_ == "dort"), None)
    if best is None and dort is not None:
        there = _place_before(doc, dort, mentions, actors)
        if there is not None:
            return there
    where = next((t for t in clause if t.lower_ == "wo" and t.i > 0 and doc[t.i - 1].text == ","), None)
    if best is None and where is not None:
        # "reiste nach Oslo, wo er Y traf": the relative "wo" stands for the place before it
        there = _place_before(doc, where, mentions, actors, same_sentence=True)
        if there is not None:
            return there
    if best is None and token.pos_ in ("VERB", "AUX") and verb_lemma(token) == "besuchen":
        # "X besuchte Oslo": the place visited is the object
        for child in token.children:
            key = actors.key_for_token(child) if child.dep_ == "obj" else None
            if key is not None and (is_place(key, actors) or is_country(key, actors)):
                return key
    return best[1] if best else None


def _place_before(
    doc: Doc, dort: Token, mentions: list[MentionRef], actors: ActorLookup, same_sentence: bool = False
) -> str | None:
    """ "X reist nach Stockholm. Dort trifft er Y", "flog nach Oslo und traf dort Y": "dort" is
    the last place named in or into (in, nach, an, auf) before it, in its sentence or the one
    before (for a relative "wo", in its own sentence)."""
    start = sentence_of(dort).start
    if start > 0 and not same_sentence:
        start = sentence_of(doc[start - 1]).start
    places = [m for m in mentions
              if start <= m.start and m.end <= dort.i and is_place(m.key, actors)
              and effective_preposition(doc, m, actors) in _DORT_PREPS]
    return places[-1].key if places else None


_BUILDING_SUFFIXES = vocabulary.words("building_suffix")


def _seat_building(doc: Doc, m: MentionRef) -> bool:
    """ "im Kanzleramt", "im Élysée-Palast": an institution named after its building is the
    place of a meeting held in it (the actor layer may type it as an organisation)."""
    last = doc[m.end - 1].lower_
    return last.endswith(_BUILDING_SUFFIXES) and effective_prep_is_locative(doc, m)


def effective_prep_is_locative(doc: Doc, m: MentionRef) -> bool:
    prev = doc[m.start - 1] if m.start > 0 else None
    if prev is not None and prev.pos_ in ("DET", "ADJ") and m.start > 1:
        prev = doc[m.start - 2]
    return prev is not None and prev.lower_ in ("im", "in")


def _is_attribute_of_other_noun(doc: Doc, m: MentionRef, cue: Token) -> bool:
    """ "des Krieges in der Ukraine": the place belongs to another noun, not to the meeting."""
    prep_i = m.start - 1
    while prep_i > 0 and doc[prep_i].pos_ == "DET":
        prep_i -= 1
    if prep_i <= 0:
        return False
    before = doc[prep_i - 1]
    if before.i == cue.i or before.pos_ != "NOUN":
        return False
    if before.head.i == cue.i and determiner_of(before) in ("der", "des"):
        return False  # "beim Treffen der EU-Finanzminister in Brüssel": the parties meet there
    in_time = any(t.start <= before.i < t.end for t in doc.spans.get("kg_time", []))
    # another meeting noun's place is this meeting's too, unless this one is only agreed on
    # there ("bei einem Treffen in Oslo auf neue Verhandlungen verständigt")
    is_cue = any(c.start <= before.i < c.end for c in doc.spans.get("kg_cues", [])) and not (
        cue.pos_ == "NOUN" and _arranged(cue))
    # "trafen sich am Donnerstag vergangener Woche in Oslo": a unit of time has no place
    return not in_time and not is_cue and before.lower_ not in _TIME_NOUNS


_TIME_NOUNS = vocabulary.word_set("time_noun")


def _time(token: Token, clause: Span) -> Span | None:
    spans = time_spans_in(clause) or time_spans_in(sentence_of(token))
    if not spans:
        return None
    return min(spans, key=lambda s: abs(s.start - token.i))


def _after_it(noun: Token) -> bool:
    """ "nach dem Treffen", "nach dem Scheitern in der Runde": a "nach"-phrase of the meeting
    noun or of the noun it belongs to; not "wird beim Gipfel nach Ideen gesucht"."""
    return _in_phrase_of(noun, "nach")


def _in_phrase_of(noun: Token, prep: str, heads: frozenset[str] = frozenset()) -> bool:
    """The noun, or a noun it is an attribute of (up to three levels: "vor dem Start des
    Gipfels"), is governed by `prep`, or is an attribute of a noun among `heads` ("im Vorfeld
    des Treffens")."""
    node = noun
    for _ in range(3):
        if any(c.dep_ == "case" and c.lower_ == prep for c in node.children):
            return True
        if node is not noun and node.lemma_.lower() in heads:
            return True
        if node.dep_ not in ("nmod", "appos") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _before_it(noun: Token) -> bool:
    """ "kurz vor dem Besuch", "zwei Tage vor dem Start des Gipfels", "im Vorfeld des Treffens": the
    clause tells what happened before the meeting, so the meeting itself is still to come,
    whatever the tense of the clause; not a meeting a participle places in the past ("vor dem
    gescheiterten Gipfel")."""
    if any(c.dep_ == "amod" and c.lower_.startswith(_PAST_ATTRIBUTES) for c in noun.children):
        return False
    return _in_phrase_of(noun, "vor", _EVE_NOUNS)


_EVE_NOUNS = frozenset({"vorfeld", "vorabend"})
_PAST_ATTRIBUTES = vocabulary.words("past_meeting_attribute")


def _status(
    token: Token, clause: Span, verb: Token | None, time: TimeValue | None, document: Document
) -> MeetingStatus:
    words = {t.lower_ for t in clause}
    tense = clause_tense(verb) if verb is not None else "present"
    modals = clause_modals(verb) if verb is not None else set()
    if document.date and time is not None and time.value and time.precision == "day":
        if time.value > document.date.isoformat():
            return "planned"
    past_time = bool(document.date and time is not None and time.value
                     and time.value < document.date.isoformat()[: len(time.value)])
    if token.pos_ == "NOUN" and _before_it(token) and not past_time:
        return "planned"
    starts = any(t.lower_.startswith(_START_VERBS) for t in clause)
    if any(t.lower_ in _PLANNED_CUES and t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in clause):
        return "planned"  # "Gespräche waren für Mittwoch geplant", "kündigte ein Treffen an"
    if tense == "past":
        if starts:
            return "ongoing"
        if words & {"nach", "zuvor", "vergangenen", "vergangene"} or not modals:
            return "held"
    if tense == "future" or modals & PLAN_MODALS or words & _PLANNED_CUES:
        return "planned"
    if tense == "past":
        return "held"
    if words & _ONGOING_CUES:
        return "ongoing"
    if starts or (time is not None and (time.precision == "day" or time.value is None)):
        # a day in the present tense is a date set ("Am Freitag treffen sich X und Y"), also
        # where the article has no date to resolve it by
        return "planned"
    if token.pos_ == "NOUN" and _after_it(token):
        return "held"
    return "ongoing" if token.pos_ == "NOUN" else "planned"


def _outcome(sent: Span) -> str | None:
    m = _OUTCOME.search(sent.text)
    if not m:
        return None
    # the clause around the outcome phrase, as written
    start = sent.text.rfind(",", 0, m.start()) + 1
    end_comma = sent.text.find(",", m.end())
    end = end_comma if end_comma != -1 else len(sent.text)
    return sent.text[start:end].strip().rstrip(".")


def _duration(sent: Span) -> str | None:
    m = _DURATION.search(sent.text)
    return m.group(1) if m else None


def _other_partner(meeting: Meeting, cand: _Candidate, overlap: set[str]) -> bool:
    """ "Li will seinen Besuch in Kanada nutzen ... bei seinem Treffen mit dem Premier": a visit and
    a meeting of one traveller with parties the other lacks are different meetings (the
    guidelines: one traveller's meetings with different partners are different meetings)."""
    if (meeting.kind == "visit") == (cand.kind == "visit"):
        return False
    return bool(set(meeting.participants) - overlap) and bool(set(cand.participants) - overlap)


def _compatible(meeting: Meeting, cand: _Candidate, actors: ActorLookup, tenseless: set[str]) -> bool:
    """Can a cue with parties be one more mention of `meeting`? Different places conflict
    unless one is a country and the other a place (possibly in it); statuses must agree."""
    if meeting.location and cand.location and meeting.location != cand.location:
        if is_place(meeting.location, actors) == is_place(cand.location, actors):
            return False
    if meeting.time and cand.time and meeting.time.value and cand.time.value:
        if meeting.time.value[: len(cand.time.value)] != cand.time.value[: len(meeting.time.value)]:
            return False
    return meeting.status == cand.status or cand.tenseless or meeting.key in tenseless


def _merge(candidates: list[_Candidate], document: Document, actors: ActorLookup) -> list[Meeting]:
    """One meeting per real meeting: each mention joins the meeting it refers to (anaphora,
    shared parties, the same event) or starts a new one when it names enough of its own."""
    meetings: list[Meeting] = []
    tenseless: set[str] = set()  # meetings known only from headlines so far
    # the negotiating parties of each meeting: not its mediators ("unter Vermittlung von X") nor
    # hosts known only from an anaphoric mention ("X empfing die Delegationen"); a later round
    # ("eine zweite Runde") is a meeting of these parties, its chair may change
    core: dict[str, list[str]] = {}
    for cand in candidates:
        target: Meeting | None = None
        if cand.anaphoric:
            target = _antecedent(meetings, cand)
            if target is None and cand.continues:
                _continue_series(meetings, cand, core)
            if target is None and not cand.anchored and not cand.participants:
                continue
            if target is not None and cand.earlier:
                # "das letzte Treffen der beiden im März 2019": the same parties, an earlier meeting
                cand.participants = list(core.get(target.key) or target.participants)
                target = None
            elif target is not None:
                cand.time = None  # a time in an anaphoric sentence usually dates something else
        elif cand.the_two:
            # "Die beiden wollen sich im Mai erneut treffen": the parties of the latest meeting,
            # the same meeting if its place, time and status agree, else another one of theirs
            previous = meetings[-1] if meetings else None
            if previous is not None and _chars_since(previous, cand) < _ANAPHORA_WINDOW:
                cand.participants = list(core.get(previous.key) or previous.participants)
                target = previous if _compatible(previous, cand, actors, tenseless) else None
        elif cand.participants:
            target = _meeting_of_parties(meetings, cand, actors, tenseless)
        elif cand.continues:
            _continue_series(meetings, cand, core)
        elif cand.anchored:
            target = _same_event(meetings, cand)
        elif cand.body:
            # "die Regierungschefs wollen beim G7-Treffen beraten": the gathering is the meeting
            # its sentence names already
            target = next((m for m in reversed(meetings) if any(
                e.sentence_start == cand.evidence.sentence_start for e in m.evidence)), None)
        if target is not None:
            _absorb(target, cand, actors, tenseless, core)
        elif cand.participants or cand.body or cand.anchored:
            meetings.append(_new_meeting(cand))
            if cand.tenseless:
                tenseless.add(meetings[-1].key)
            core[meetings[-1].key] = [p for p in cand.participants if p not in cand.mediators]
    return meetings


def _continue_series(meetings: list[Meeting], cand: _Candidate, core: dict[str, list[str]]) -> None:
    """ "die nächste Runde": the next meeting of the parties of the latest meeting held somewhere
    (not a phone call in between), when it was reported shortly before or is of the same kind
    (the next round of the negotiations the article is about); with none reported, a round with
    its own place or time stays a meeting without named parties."""
    previous = next((m for m in reversed(meetings) if "phone" not in m.kind), None)
    if previous is not None and (
        _chars_since(previous, cand) < _ANAPHORA_WINDOW or previous.kind == cand.kind
    ):
        cand.participants = list(core.get(previous.key) or previous.participants)


def _meeting_of_parties(
    meetings: list[Meeting], cand: _Candidate, actors: ActorLookup, tenseless: set[str]
) -> Meeting | None:
    """The latest compatible meeting that shares a party with the mention (or a party standing
    for one of them), else one reported before without parties at the same place or day."""
    for meeting in reversed(meetings):
        overlap = set(meeting.participants) & set(cand.participants)
        near = cand.evidence.sentence_start - max(e.sentence_end for e in meeting.evidence) < 400
        if not overlap and (meeting.kind == cand.kind or near):
            # "Telefonat zwischen Ottawa und Mexiko-Stadt" and the call of the two heads
            # of government; "EU und Japan vertagten Gespräche. Ihre Minister hatten in
            # Brüssel verhandelt": parties that stand for each other, in the same kind
            # of meeting or in the next sentences
            overlap = _with_affiliations(meeting.participants, actors) & _with_affiliations(
                cand.participants, actors
            )
        if (overlap and _compatible(meeting, cand, actors, tenseless)
                and not _other_partner(meeting, cand, overlap)):
            return meeting
    prior = _same_event([m for m in meetings if not m.participants], cand)
    if prior is not None and _compatible(prior, cand, actors, tenseless):
        return prior  # the parties of a meeting first reported without them
    return None


def _new_meeting(cand: _Candidate) -> Meeting:
    return Meeting(
        key=f"meeting-{cand.evidence.start}",
        kind=cand.kind,
        label=_label(cand),
        participants=list(cand.participants),
        location=cand.location,
        time=cand.time,
        status=cand.status,
        duration=cand.duration,
        outcome=cand.outcome,
        evidence=[cand.evidence],
    )


def _absorb(
    target: Meeting, cand: _Candidate, actors: ActorLookup, tenseless: set[str], core: dict[str, list[str]]
) -> None:
    """Add what one more mention says to its meeting: parties, a more precise place or time,
    duration, outcome, evidence; a headline's status gives way to the report's tense."""
    if target.key in tenseless and not cand.tenseless:
        target.status = cand.status  # the report's tense decides, not the headline
        tenseless.discard(target.key)
    for p in cand.participants:
        if p not in target.participants:
            target.participants.append(p)
        if not cand.anaphoric and p not in cand.mediators and p not in core.setdefault(target.key, []):
            core[target.key].append(p)
    if target.location is None or (
        cand.location and not is_place(target.location, actors) and is_place(cand.location, actors)
    ):
        target.location = cand.location or target.location
    if target.time is None or (target.time.value is None and cand.time is not None):
        target.time = cand.time
    target.duration = target.duration or cand.duration
    target.outcome = target.outcome or cand.outcome
    if cand.evidence.sentence_start not in {e.sentence_start for e in target.evidence}:
        target.evidence.append(cand.evidence)

def _same_event(meetings: list[Meeting], cand: _Candidate) -> Meeting | None:
    """An earlier meeting of the same kind at the same place or on the same day: a headline's
    "Krisentreffen am Dienstag in Addis Abeba" and the body's "kündigte ein Krisentreffen in Addis
    Abeba an"."""
    for meeting in reversed(meetings):
        if meeting.kind != cand.kind:
            continue
        same_place = cand.location is not None and meeting.location == cand.location
        same_day = (
            cand.time is not None and meeting.time is not None and cand.time.value == meeting.time.value
        )
        if same_place or same_day:
            return meeting
    return None


def _with_affiliations(keys: list[str], actors: ActorLookup) -> set[str]:
    out = set(keys)
    for key in keys:
        actor = get_actor(actors, key)
        if actor is not None:
            out.update(actor.affiliations)
            if actor.stands_for:
                out.add(actor.stands_for)
    return out


_ANAPHORA_WINDOW = 1500  # characters within which a later mention refers back to a meeting


def _chars_since(meeting: Meeting, cand: _Candidate) -> int:
    """Characters from the meeting's last evidence sentence to the mention's sentence."""
    return cand.evidence.sentence_start - max(e.sentence_end for e in meeting.evidence)


def _antecedent(meetings: list[Meeting], cand: _Candidate) -> Meeting | None:
    """The latest meeting, within a few sentences, whose status fits the anaphor's tense."""
    for meeting in reversed(meetings):
        if _chars_since(meeting, cand) > _ANAPHORA_WINDOW:
            return None
        if cand.status == meeting.status or {cand.status, meeting.status} != {"held", "planned"}:
            return meeting
    return None


def _label(cand: _Candidate) -> str:
    sent = cand.evidence.sentence
    return sent if len(sent) <= 160 else sent[:157] + "..."
