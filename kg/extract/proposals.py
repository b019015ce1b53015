"""Proposals (plans, drafts, offers, demands, conditions) and the responses to them.

A proposal comes from a proposal noun ("Friedensplan", "Gegenvorschlag", "Forderungen") or a
demand verb with an object ("X fordert Y", "X fordert, dass ..."). Its proposer is read from
the grammar of the noun phrase, in this order: a genitive attribute ("der Plan der USA"), a
"von"-phrase ("der von X vorgelegte Plan"), a possessive or prefix ("Trumps Plan",
"US-Plan"), the subject of a presenting verb ("X legte einen Plan vor") or of the relative
clause ("ein Vorschlag, den X veröffentlichte"). A definite noun without any of these refers
back to the latest proposal. Responses are response verbs or adjectives whose object is a
proposal (or a pronoun standing for one) and whose subject (or passive "von"-agent) is an
actor; negation flips acceptance into rejection.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.extract.eventsyntax import (
    ADVERBIAL_INFINITIVE_MARKS,
    GENITIVE_ARTICLES,
    NEGATIONS,
    QUESTION_WORDS,
    URGING_KINDS,
    ActorLookup,
    MentionRef,
    actor_mentions,
    clause_span,
    determiner_of,
    doc_offset,
    evidence_for,
    get_actor,
    is_place,
    negated,
    participant_key,
    person_named_before,
    preposition_before,
    sentence_of,
    state_of_seat,
    time_spans_in,
)
from kg.nlp import vocabulary
from kg.nlp.actors import is_dateline
from kg.nlp.cues import (
    EVALUATIONS,
    NEGATED_STANCE,
    PARTICLES,
    PROPOSAL_NOUNS,
    PROPOSAL_VERBS,
    RESPONSE_ADJECTIVES,
    RESPONSE_VERBS,
    meeting_noun_kind,
    particle_of,
    verb_in,
    verb_lemma,
)
from kg.nlp.doctext import doc_text
from kg.nlp.frames import IF_MARKS, case_of, conditioned, hypothetical, not_only, verbs_of_saying
from kg.nlp.roles import analyse_role
from kg.nlp.tense import aux_info, is_participle
from kg.records import Evidence, Proposal, ProposalEvent, Response, Stance, Statement

_PRESENTING = vocabulary.word_set("presenting_verb")
_CONDITION_VERBS = vocabulary.word_set("condition_verb")
_GOODS_SENSE = vocabulary.word_set("goods_sense_noun")
# the subjunctive of "brauchen" ("es brauche mehr Lehrer", "das Land bräuchte Reformen")
_NEEDS = frozenset({"brauche", "bräuchte", "bräuchten"})
# deontic modals: reported content with these is a demand of its speaker ("man müsse ..."),
# and so is a subjunctive need
_DEONTIC = frozenset(
    {"muss", "müsse", "müssen", "müsste", "müssten", "soll", "solle", "sollen", "sollte", "sollten"}
) | _NEEDS
# a sentence that opens with "Sollte(n)" is a condition ("Sollte X ..., dann ..."), not a demand
_CONDITIONAL_OPENERS = frozenset({"sollte", "sollten"})
_CONDITION_OPENING = re.compile(r"(?:^|[:;]\s)\W*Sollten?\b")
_DURATIONS = vocabulary.word_set("duration_noun")
_NECESSARY = vocabulary.word_set("necessity_adjective")
_IMPORTANT = vocabulary.word_set("importance_adjective")
_CASUALTIES = vocabulary.word_set("casualty_noun")
# "brauche" in a clause that completes a noun ("der Tatsache, dass es ... brauche") is a premise
_NOUN_CLAUSE_NEED = re.compile(r"\b[A-ZÄÖÜ]\w+, dass\b[^,]*\b(" + "|".join(sorted(_NEEDS)) + r")\b")
_EVENTS: dict[str, str] = vocabulary.kinds("proposal_event")
_POINTS = re.compile(
    r"(\d+)[- ]?Punkte|mit (\d+) (?:\w+)?(?:punkten|vorschlägen|forderungen|bedingungen)", re.IGNORECASE
)
_OBJECT_PRONOUNS = frozenset({"ihn", "ihm", "sie", "es", "das", "dies", "diesen", "diese", "dieses", "ihnen"})
_NUMBER_WORDS = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
}
# nouns of assent that stand for the proposal under discussion ("schloss eine Zustimmung aus")
_ASSENT_NOUNS = vocabulary.word_set("assent_noun")
_READINESS = vocabulary.word_set("readiness")
_DEMAND_VERBS: dict[str, str] = vocabulary.kinds("demand_verb")


def extract_proposals(
    doc: Doc, actors: ActorLookup, document: Document
) -> tuple[list[Proposal], list[Response]]:
    mentions = [m for m in actor_mentions(doc, actors) if not is_dateline(doc, m.start, m.end)]
    proposals: list[Proposal] = []
    by_token: dict[int, str] = {}  # token index of a proposal noun/verb -> proposal key
    cues = list(doc.spans["kg_cues"]) if "kg_cues" in doc.spans else []
    covered_until = -1  # end of the last proposal noun phrase: nested nouns belong to it
    supporters: dict[str, list[str]] = {}  # proposal key -> co-proposers ("X und Y fordern ...")
    for cue in cues:
        if cue.label_ == "speech" and cue._.kg_cue_lemma == "aussprechen" and _has_fuer(cue.root):
            key = _from_verb(doc, cue.root, actors, mentions, proposals, document, by_token, supporters)
            if key:
                by_token[cue.root.i] = key
            continue
        if cue.label_ != "proposal":
            continue
        token = cue.root
        if token.i < covered_until:
            continue
        from_verb = (cue._.kg_cue_lemma or "") in PROPOSAL_VERBS
        if not from_verb and (token.pos_ in ("NOUN", "PROPN") or token.is_title):
            key = _from_noun(
                doc,
                token,
                cue._.kg_cue_lemma or "proposal",
                actors,
                mentions,
                proposals,
                document,
                supporters,
            )
        else:
            key = _from_verb(doc, token, actors, mentions, proposals, document, by_token, supporters)
            if key:
                _drop_demanded_nouns(token, proposals, by_token)
        if key:
            by_token[token.i] = key
            if token.pos_ in ("NOUN", "PROPN"):
                covered_until = _phrase_end(doc, token)
    _demands_from_statements(doc, actors, document, proposals)
    responses = _responses(doc, cues, actors, mentions, proposals, by_token, document)
    for key, others in supporters.items():
        proposal = next(p for p in proposals if p.key == key)
        for actor in others:
            ev = proposal.evidence[0]
            responses.append(
                Response(
                    key=f"response-{ev.start}-{len(responses)}",
                    proposal=key,
                    actor=actor,
                    stance="accept",
                    evidence=[ev],
                )
            )
    seen: set[tuple[str, str, str]] = set()
    stated: list[Response] = []
    for r in responses:
        r.actor = state_of_seat(r.actor, actors)  # "Moskau lehnte den Plan ab" -> Russia
        if (r.proposal, r.actor, r.stance) not in seen:
            seen.add((r.proposal, r.actor, r.stance))
            stated.append(r)
    return proposals, stated


def _drop_demanded_nouns(verb: Token, proposals: list[Proposal], by_token: dict[int, str]) -> None:
    """ "Die Regierung solle einen Plan vorlegen, forderte X": the plan is what X demands, not a
    proposal of nobody beside X's demand (a noun without a proposer in the verb's complement)."""
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    inside = {t.i for c in complements for t in c.subtree}
    dropped = {key for i, key in by_token.items() if i in inside}
    dropped = {p.key for p in proposals if p.key in dropped and p.proposer is None}
    if dropped:
        proposals[:] = [p for p in proposals if p.key not in dropped]
        for i in [i for i, key in by_token.items() if key in dropped]:
            del by_token[i]


_HEARSAY_MODALS = frozenset({"soll", "sollen"})
_SOLLEN = frozenset({"soll", "sollen", "solle", "sollte", "sollten", "sollst"})
_PERFECT_INFINITIVE = re.compile(r"\b(soll|sollen)\b.*\b\w+(t|en)\s+(haben|sein)\b", re.I)


def _hearsay(quote: str, method: str) -> bool:
    """Indicative "soll/sollen" reports what others say rather than demanding: after a source
    ("Laut X soll Y folgen", "X zufolge sollen ..."), in a sentence a report claims ("Y soll
    2017 erscheinen. Das berichtet X.") and always with a perfect infinitive ("X soll gesagt
    haben", "soll gewesen sein")."""
    if _PERFECT_INFINITIVE.search(quote):
        return True
    return method.startswith(("rule:source-laut", "rule:source-zufolge", "rule:source-attribution",
                              "rule:source-continuation", "rule:claimed-by-next-sentence"))


def _reporting_medium(speaker: str, actors: ActorLookup) -> bool:
    """A newspaper or agency that reports "der Plan solle geheim bleiben" passes on what others
    plan ("soll" of hearsay); it demands nothing itself."""
    actor = get_actor(actors, speaker)
    return actor is not None and actor.kind == "media"


def _obligation(span: Span) -> bool:
    """ "Richter haben sich solcher Äußerungen zu enthalten": "haben" + zu-infinitive in the
    main clause of reported words says what someone must do; not where the pair is an idiom
    of having ("hat damit nichts zu tun", "hat viel zu bieten", "nichts zu verlieren")."""
    if any(verb_lemma(t) in _HAVING_IDIOMS and any(c.lower_ == "zu" for c in t.children) for t in span):
        return False  # "hat damit nichts zu tun, ... zu kürzen": the idiom around the clause
    for token in span:
        if token.lemma_ != "haben" or token.dep_ != "aux" or not token.morph.get("Mood"):
            continue  # not the perfect infinitive of "gestanden, ... gegeben zu haben"
        verb = token.head
        if verb.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "zu" for c in verb.children) and not negated(span):
            return True
    return False


def _calls_necessary(span: Span) -> bool:
    """The reported words call something necessary in their main clause ("eine Reform sei
    nötig", "es sei notwendig, ... zu"): what is needed is named (a noun or a clause, not a
    pronoun pointing back: "das sei notwendig" agrees with something said before), the
    copula is present or subjunctive (not "war nötig", not "wird nötig sein"), and no
    negation or condition holds it back."""
    doc = span.doc
    for token in span:
        lemma = token.lemma_.lower()
        if lemma not in _NECESSARY and lemma not in _IMPORTANT:
            continue
        if token.dep_ not in ("ROOT", "ccomp", "conj", "parataxis"):
            continue
        # the parser may call the copula "aux"; "werden" makes it a forecast ("wird nötig sein")
        copulas = [c for c in token.children if c.dep_ in ("cop", "aux") and c.lemma_ == "sein"]
        if not copulas or any(c.dep_ == "aux" and c.lemma_ == "werden" for c in token.children):
            continue
        mood, tense = copulas[0].morph.get("Mood"), copulas[0].morph.get("Tense")
        if "Ind" in mood and "Past" in tense:
            continue
        if negated(doc[token.left_edge.i : token.i + 1]) or conditioned(token):
            continue
        if _clause_subject(token):
            return True
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if lemma in _NECESSARY and any(c.pos_ in ("NOUN", "PROPN") for c in subjects):
            return True
    return False


_ADVERBIAL_MARKS = ADVERBIAL_INFINITIVE_MARKS | {"als"}


def _clause_subject(adjective: Token) -> bool:
    """What the adjective calls necessary or important is a zu-infinitive or a dass-clause
    ("es sei wichtig, bald eine Einigung zu erreichen", "notwendig sei, dass ..."), which the
    parser attaches as subject or, after an expletive "es", as complement or adverbial clause;
    a dass-clause in the perfect reports what was done ("wichtig sei, dass man geredet habe"),
    it asks for nothing."""
    if any(c.pos_ == "PRON" and "Dat" in c.morph.get("Case") for c in adjective.children):
        return False  # "es sei ihr wichtig, ... zu": a personal priority, no call on others
    # a noun ("es sei an der Zeit, ... zu") takes its clause as an attribute
    noun_clauses = ("acl", "acl:relcl") if adjective.pos_ == "NOUN" else ()
    relations = ("csubj", "xcomp", "ccomp", "advcl", *noun_clauses)
    for clause in adjective.children:
        if clause.dep_ not in relations or clause.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if marks & _ADVERBIAL_MARKS:
            continue  # "um ... zu", "ohne ... zu": a purpose or manner, not what is needed
        if clause.dep_ == "csubj" and not marks - {"zu", "dass"}:
            marks.add("zu")  # the parser's csubj of "es sei nötig, ... zu" may lose its "zu"
        if "zu" in marks:
            return True
        if "dass" in marks and not (
            "Part" in clause.morph.get("VerbForm")
            and any(c.dep_ == "aux" and c.lemma_ in ("haben", "sein") for c in clause.children)
        ):
            return True
    return False


_AUXILIARY_FORMS = frozenset({"werden", "wird", "wurde", "wurden", "worden", "sein", "ist", "sind", "war"})
# "was" opens a free relative as often as a question ("Was jetzt kommen müsse, sei ..." is a goal)
_INDIRECT_QUESTION = QUESTION_WORDS - {"was"}
_CONDITION_WORDS = IF_MARKS
_CONDITIONAL_FINITES = frozenset({"würde", "würden", "hätte", "hätten", "wäre", "wären", "sollte", "sollten"})
_CAUSAL_WORDS = frozenset({"da", "weil"})
_HAVING_IDIOMS = vocabulary.word_set("having_idiom")
_CONSEQUENCE_WORDS = frozenset({"dann", "so"})  # "Wenn ..., dann muss ..."
_EXPECTATION_VERBS = vocabulary.word_set("expectation_verb")
_LEGAL_INSTRUMENTS = vocabulary.words("legal_instrument")
_RULE_MARKERS = frozenset({"nach", "laut", "gemäß", "zufolge", "entsprechend"})


def _required_by_rule(span: Span) -> bool:
    """The reported words name a rule in force as their source ("nach der geltenden Verordnung
    müssten Betriebe ...", "laut Gesetz muss ..."): they say what the rule requires."""
    for tok in span:
        if tok.lower_ in _RULE_MARKERS and tok.dep_ == "case":
            noun = tok.head
            if noun.pos_ in ("NOUN", "PROPN") and noun.lower_.endswith(_LEGAL_INSTRUMENTS):
                return True
    return False


def _relative_opening(segment: list[Token]) -> bool:
    """A segment that opens with a relative pronoun, after a preposition or not ("die ...",
    "durch die ...", "in denen ..."); "was" opens a free relative, which names a goal as
    often ("Was jetzt kommen müsse, sei ...")."""
    head = segment[1:2] if segment[0].pos_ == "ADP" else segment[:1]
    return (
        bool(head)
        and head[0].pos_ == "PRON"
        and "Rel" in head[0].morph.get("PronType")
        and head[0].lower_ not in ("was", "wer")
    )


def _modals_held_back(span: Span, modals: frozenset[str] = _DEONTIC) -> bool:
    """Every deontic modal of the reported words stands in an indirect question ("wie groß die
    Abgabe werden soll", "ob X gelten soll") or in the main clause of a condition ("Würde ich ...,
    müsste ich ...", "wenn ..., muss ..."): nothing is demanded. Read by clause segments
    (between commas), which the parser of such sentences gets wrong more often than not."""
    segments: list[list[Token]] = [[]]
    for tok in span:
        if tok.text in (",", ":", ";", "–"):
            segments.append([])
        elif not tok.is_space:
            segments[-1].append(tok)
    segments = [seg for seg in segments if seg]
    held, free = False, False
    for n, seg in enumerate(segments):
        if not any(t.lower_ in modals for t in seg):
            continue
        opener = seg[0].lower_
        before = _clause_opener_before(segments, n)
        if opener in _INDIRECT_QUESTION or opener in _CONDITION_WORDS or opener in _CAUSAL_WORDS:
            held = True  # "..., weil mehr Zuschüsse gezahlt werden müssen": a reason
        elif n > 0 and _relative_opening(seg):
            held = True  # "Punkte, die geregelt werden sollten": what describes a noun
            # (a sentence's first words are no relative clause: "Deren Rituale brauche man nicht")
        elif any(_expected_or_forecast(t) for t in seg if t.lower_ in modals):
            held = True
        elif _counterfactual(seg):
            held = True  # "hätte reichen sollen", "hätte man früher handeln müssen": a past that was not
        elif _need_not(seg, modals):
            held = True  # "Die Regierung muss nicht alles akzeptieren": no obligation, no demand
        elif (opener in _DEONTIC or opener in _CONSEQUENCE_WORDS) and (
            before in _CONDITION_WORDS or before in _CONDITIONAL_FINITES
        ):
            held = True  # "Würde ich ..., müsste ich ...", "Wenn ..., dann muss man ...": consequences
        else:
            free = True
    return held and not free


_MUESSEN = frozenset({"muss", "müsse", "müssen", "müsste", "müssten"})
_DUERFEN = frozenset({"darf", "dürfe", "dürfen"})  # not "dürfte": "probably"
_PERFECT_AFTER_MODAL = re.compile(r"\b\w+(?:t|en)\s+(?:haben|sein)\W*$")


def _prohibition(span: Span) -> bool:
    """ "Man dürfe nicht auf X warten", "Die Täter dürfen nicht davonkommen": a negated
    "dürfen" in reported words forbids, a demand as much as "müssen" is."""
    words = {t.lower_ for t in span}
    if words & _COUNTERFACTUAL_FINITES or _PERFECT_AFTER_MODAL.search(span.text):
        return False  # "hätte niemand klagen dürfen", "dürfe es nicht gegeben haben"
    found = [t for t in span if t.lower_ in _DUERFEN]
    return _modal_negated(list(span), found, lambda t: t.lower_ == "nicht" or t.lower_.startswith("kein"))


def _need_not(segment: list[Token], modals: frozenset[str]) -> bool:
    """ "muss nicht", "müssen nicht mehr": a negated "müssen" says what is not required (unlike
    "darf nicht" or "soll nicht"); "nicht nur ..., sondern" negates nothing."""
    found = [t for t in segment if t.lower_ in modals]
    if not found or not {t.lower_ for t in found} <= _MUESSEN:
        return False
    return _modal_negated(segment, found, lambda t: t.lower_ == "nicht" and not not_only(t))


def _modal_negated(tokens: list[Token], modals: list[Token], is_negation: Callable[[Token], bool]) -> bool:
    """A negation among `tokens` with one of `modals`, nothing between them that would make it
    another verb's: no "und", "oder", "sondern", no other auxiliary."""

    def negates(neg: Token, modal: Token) -> bool:
        lo, hi = sorted((neg.i, modal.i))
        return not any(t.lower_ in ("und", "oder", "sondern") or t.pos_ == "AUX" and t.i != modal.i
                       for t in neg.doc[lo + 1 : hi])

    return any(is_negation(t) and negates(t, modal) for modal in modals for t in tokens)


def _clause_opener_before(segments: list[list[Token]], n: int) -> str:
    """The first word of the clause before segment `n`, past the infinitive and relative
    clauses embedded in it ("Wenn ein Hafen beginne, die Lotsen schlechter zu bezahlen, muss
    ..." -> "wenn")."""
    for k in range(n - 1, -1, -1):
        seg = segments[k]
        infinitive = any(a.lower_ == "zu" and b.pos_ in ("VERB", "AUX") for a, b in itertools.pairwise(seg))
        embedded = k > 0 and (_relative_opening(seg) or infinitive)
        if not embedded:
            return str(seg[0].lower_)
    return ""


_COUNTERFACTUAL_FINITES = frozenset({"hätte", "hätten", "hättest", "hättet"})
_PERFECT_FINITES = frozenset({"habe", "hat", "hatte", "hatten", "haben"})
_MODAL_INFINITIVES = frozenset({"sollen", "müssen"})


def _counterfactual(segment: list[Token]) -> bool:
    """A modal in the past subjunctive ("hätte ... sollen", with the infinitive for the
    participle): what should have happened and did not, a reproach or regret, no proposal.
    So is a modal in the perfect ("habe bisher Zinsen zahlen müssen"): what was required
    then, a report or a justification."""
    words = {t.lower_ for t in segment}
    if words & _COUNTERFACTUAL_FINITES and words & _MODAL_INFINITIVES:
        return True
    return bool(words & _PERFECT_FINITES) and any(
        t.lower_ in _MODAL_INFINITIVES and t.i > 0 and t.nbor(-1).pos_ in ("VERB", "AUX")
        and "Inf" in t.nbor(-1).morph.get("VerbForm")
        for t in segment
    )


def _expected_or_forecast(modal: Token) -> bool:
    """ "müsse mit Streiks rechnen", "muss sich auf X einstellen": what is to be expected;
    "wird ... aufbringen müssen": a forecast. Neither demands anything."""
    verb = modal.head if modal.dep_ in ("aux", "aux:pass") else modal
    if verb_lemma(verb) in _EXPECTATION_VERBS or verb.lemma_.lower() in _EXPECTATION_VERBS:
        return True
    if modal.lower_ != "müssen" or modal.i < verb.i:
        return False  # the infinitive "müssen" after its verb: "aufbringen müssen"
    return any(
        c.lemma_ == "werden" and c.dep_ == "aux" and c.i < verb.i and "Fin" in c.morph.get("VerbForm")
        for c in verb.children
    )


def _quote_span(doc: Doc, quote: str, ev: Evidence, offset: int) -> Span | None:
    """The tokens of a statement's quote inside its evidence sentence, or None."""
    at = ev.sentence.find(quote)
    if at < 0:
        return None
    start = ev.sentence_start - offset + at
    return doc.char_span(start, start + len(quote), alignment_mode="expand")


def _has_fuer(verb: Token) -> bool:
    return any(t.lower_ == "für" for t in clause_span(verb))


def _demands_from_statements(
    doc: Doc, actors: ActorLookup, document: Document, proposals: list[Proposal]
) -> None:
    """Reported speech with a deontic modal ("man müsse ...", "die EU muss ...") is a demand
    of its speaker; sentences that already carry a proposal are left alone."""
    # only the statements of the rules: those of the frame engine's source markers ("laut X
    # soll ...", "seinen Angaben nach soll ...") report hearsay and expectations far more often
    # than demands (stop 33: 13 of 21 wrong in news-raw)
    from kg.extract.statements import extract_statements

    taken = {e.sentence_start for p in proposals for e in p.evidence}
    offset = doc_offset(doc, document)
    for st in extract_statements(doc, actors, document):
        if st.speaker is None or not st.evidence or st.evidence[0].method.startswith("learned:"):
            continue  # the learned tagger's statements (kg_speech) leave the proposals as they are
        ev = st.evidence[0]
        if ev.sentence_start in taken:
            continue
        span = _quote_span(doc, st.quote, ev, offset)
        if _deontic_demand(actors, st, span):
            proposer, kind, method = participant_key(st.speaker, actors), "demand", _DEONTIC_DEMAND
        else:
            proposer, kind, method = _stated_goal(actors, st, span), "plan", STATED_GOAL
        if proposer is None:
            continue
        taken.add(ev.sentence_start)
        evidence = Evidence(ev.sentence, ev.sentence_start, ev.sentence_end, ev.start, ev.end, method, 0.5)
        earlier = _restated(span, proposer, ev, proposals)
        if earlier is not None:
            earlier.evidence.append(evidence)  # "X forderte eine Waffenruhe. Diese müsse ...": the same
            continue
        proposals.append(Proposal(key=f"proposal-{ev.sentence_start}", kind=kind, label=st.quote[:160],
                                  proposer=proposer, evidence=[evidence]))
    proposals.sort(key=lambda p: p.evidence[0].start)


_RESTATING = frozenset({"diese", "dieser", "dieses", "diesen"})
_RESTATED_WITHIN = 400  # characters between the proposal's sentence and the restating one


def _restated(span: Span | None, proposer: str, ev: Evidence, proposals: list[Proposal]) -> Proposal | None:
    """ "X sprach sich für eine Waffenruhe aus. Diese müsse sofort gelten, sagte X": reported
    words whose subject is a demonstrative ("diese", "dieser") spell out the proposal of the
    same proposer just before, not a new one."""
    if span is None:
        return None
    subject = next((t for t in span if t.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ not in _RESTATING or subject.i != span.start:
        return None
    before = [p for p in proposals if p.proposer == proposer and p.evidence
              and 0 <= ev.sentence_start - p.evidence[-1].sentence_end < _RESTATED_WITHIN]
    return before[-1] if before else None


def _deontic_demand(actors: ActorLookup, st: Statement, span: Span | None) -> bool:
    """Does a reported statement (`span`: its words in the doc) make a demand? A deontic modal
    or a call of necessity in its words, not held back by a condition, a question, hearsay or
    a rule in force."""
    ev = st.evidence[0]
    words = set(re.findall(r"\w+", st.quote.lower()))
    if _CONDITION_OPENING.search(ev.sentence) and words & _DEONTIC <= _CONDITIONAL_OPENERS:
        return False  # "Sollte die Regierung ... planen, so ...": a condition
    if _hearsay(st.quote, ev.method):
        words -= _HEARSAY_MODALS
    if st.speaker is not None and _reporting_medium(st.speaker, actors):
        words -= _SOLLEN
    needs_only = bool(words & _DEONTIC) and words & _DEONTIC <= _NEEDS
    if needs_only and (words & _DURATIONS or _NOUN_CLAUSE_NEED.search(st.quote)):
        return False  # "die Reform brauche Zeit", "angesichts der Tatsache, dass es X brauche": no demand
    if "?" in st.quote:
        return False
    necessary = span is not None and (_calls_necessary(span) or _obligation(span) or _prohibition(span))
    if not (words & _DEONTIC or necessary):
        return False
    if words & _DEONTIC and not necessary and span is not None and _modals_held_back(span):
        return False  # "unklar, wie groß die Abgabe werden soll", "Würde ich ..., müsste ich ..."
    if span is not None and _required_by_rule(span):
        return False  # "Laut Gesetz müssen alle Gemeinden ...": what a rule in force requires
    if span is not None and words & _DEONTIC <= _SOLLEN and _scheduled_meeting(span):
        return False  # "Die Gespräche sollen im April beginnen": a schedule, asked of no one
    return True


def _scheduled_meeting(span: Span) -> bool:
    """The subject of the reported words is a meeting ("die Gespräche", "das Treffen"): what it
    "soll" do is when and where it takes place."""
    return any(t.dep_.startswith("nsubj") and meeting_noun_kind(t) is not None for t in span)


STATED_GOAL = "rule:stated-goal"  # the method of a goal read from reported words
NOBODYS_NOUN = "rule:proposal-noun-none"  # the method of a proposal noun nobody is said to propose
_DEONTIC_DEMAND = "rule:demand-deontic-speech"  # the method of a demand read from reported words
_GOAL_MODALS: dict[str, str] = vocabulary.kinds("goal_modal")
_GOAL_FORMS = frozenset(_GOAL_MODALS)
_NO_GOAL_VERBS = vocabulary.word_set("no_goal_verb")
_SAYING = verbs_of_saying()
_FIRST_PERSON = frozenset({"ich", "wir"})
_SPEAKER_SUBJECTS = _FIRST_PERSON | {"man"}


def _stated_goal(actors: ActorLookup, st: Statement, span: Span | None) -> str | None:
    """The holder of a goal the reported words state ("man wolle die Verwaltung vereinfachen",
    "Wir wollen die Schulden abbauen"): the subject of "wollen", the speaker where the subject
    is "ich", "wir" or "man", else the actor the subject names ("X wolle ... verkünden",
    reported by someone else). Questions, negations, goals in a condition, a question or a
    relative clause, and declining to comment state none."""
    if span is None or st.speaker is None or "?" in st.quote:
        return None
    for modal in span:
        if modal.lower_ not in _GOAL_FORMS or _modals_held_back(_clause_of(modal), _GOAL_FORMS):
            continue
        holder = _goal_holder(modal, actors, st.speaker)
        if holder is not None:
            return holder
    return None


def _states_no_goal(verb: Token) -> bool:
    lemma = verb_lemma(verb)
    return lemma in _NO_GOAL_VERBS or lemma in _SAYING or verb_in(verb, RESPONSE_VERBS)


def _clause_of(modal: Token) -> Span:
    """The words between the punctuation marks around `modal` and the segment before them
    ("Wenn die Zahlen vorliegen, wollen wir ..."), the units `_modals_held_back` reads."""
    doc, sent = modal.doc, modal.sent

    def segment_start(i: int) -> int:
        while i > sent.start and doc[i - 1].text not in _SEGMENT_MARKS:
            i -= 1
        return i

    start = segment_start(modal.i)
    if start > sent.start:
        start = segment_start(start - 1)
    end = modal.i + 1
    while end < sent.end and doc[end].text not in _SEGMENT_MARKS:
        end += 1
    return doc[start:end]


_SEGMENT_MARKS = frozenset({",", ":", ";", "–"})


def _goal_holder(modal: Token, actors: ActorLookup, speaker: str) -> str | None:
    """The actor whose goal a form of "wollen" states, or None where it states none."""
    person = _GOAL_MODALS.get(modal.lower_)
    if person is None or modal.lemma_ != "wollen":
        return None
    verb = modal.head if modal.dep_ == "aux" else modal
    if verb is modal and (
        modal.dep_ not in ("ROOT", "ccomp", "parataxis", "conj")
        or not any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") for c in modal.children)
    ):
        return None  # "was ich will", "Das will ich nicht hoffen": no goal named
    doings = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB")]
    if verb is not modal and (verb.pos_ != "VERB" or any(_states_no_goal(v) for v in doings)):
        return None  # "wolle sich nicht äußern", "wolle sie prüfen lassen"
    middle = [*modal.doc[min(modal.i, verb.i) : max(modal.i, verb.i) + 1], *modal.children]
    middle += [d for c in verb.children if c.dep_ == "obj" for d in c.children]
    denied = (*middle, *verb.children)
    if any(t.lower_ in NEGATIONS or t.lower_.startswith(("kein", "niemand")) for t in denied):
        return None  # "wolle keine neuen Schulden machen": what is refused is no goal put forward
    subject = next((c for c in (*verb.children, *modal.children) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    word = subject.lower_
    if person == "first" and word not in _FIRST_PERSON:
        return None
    if word in _SPEAKER_SUBJECTS:
        return participant_key(speaker, actors)
    key = actors.key_for_token(subject)
    if key is None and subject.pos_ == "PRON":
        key = speaker  # "sie wolle ...": the speaker's own goal, unless coreference says whose
    if key is None or is_place(key, actors):
        return None
    return participant_key(key, actors)


def _from_noun(
    doc: Doc,
    token: Token,
    kind: str,
    actors: ActorLookup,
    mentions: list[MentionRef],
    proposals: list[Proposal],
    document: Document,
    supporters: dict[str, list[str]] | None = None,
) -> str | None:
    det = determiner_of(token)
    if det is not None and det.startswith("kein"):
        return None
    proposer, how = _proposer_of_noun(doc, token, actors, mentions)
    if proposer is not None:
        proposer = participant_key(proposer, actors)
    points = _number_of_points(token)
    definite = det in ("der", "die", "das", "den", "dem", "des") or (det or "").startswith("dies")
    # a compound without article is as generic as the plain noun ("über zukünftige
    # Gesetzesvorhaben entscheiden", "Zeitpläne mussten verschoben werden")
    bare = det is None
    plain = token.lower_ in PROPOSAL_NOUNS or (det or "").startswith("dies") or bare
    specific = _has_attribute(doc, token)
    same_noun = _antecedent(token, kind, proposals, exact=True) if definite and not plain else None
    anaphor = definite and (plain or same_noun is not None) and not specific
    if proposer is None and points is None and anaphor and proposals:
        # anaphor: "der Plan", "diese Vorschläge", "der Gegenvorschlag" named again
        target = same_noun or _antecedent(token, kind, proposals, exact=False)
        stated = _points_in_sentence(token)
        if target.number_of_points is None and stated is not None:
            target.number_of_points = stated  # "Der Plan sieht zwölf Punkte vor"
        target.events.extend(_events(token, document))  # "Der Plan wurde am Montag vorgestellt"
        return target.key
    if proposer is None and points is None and plain and not specific and not _put_forward(token):
        return None  # a bare mention ("Forderungen", "ein Plan") that nobody puts forward here
    if proposer is None and kind == "condition" and not _put_forward(token, _CONDITION_VERBS):
        return None  # "volatile Finanzierungsbedingungen", "Bedingungen schaffen": circumstances
    if proposer is None and token.lower_ in _GOODS_SENSE and not (_put_forward(token) or _answered(token)):
        return None  # "erweitert sein Angebot an Filmen": goods on offer, not an offer to a party
    again = named_again(token, kind, proposer, proposals, actors)
    if again is not None:
        _add_evidence(doc, again, token, document, f"rule:proposal-noun-{how}")
        again.events.extend(_events(token, document))
        return again.key
    evidence = evidence_for(
        doc,
        document,
        token.idx,
        token.idx + len(token.text),
        f"rule:proposal-noun-{how}",
        0.8 if proposer else 0.6,
    )
    proposal = Proposal(
        key=f"proposal-{evidence.start}",
        kind=kind,
        label=_label(doc, token),
        proposer=proposer,
        number_of_points=points,
        points=_listed_points(token),
        events=_events(token, document),
        evidence=[evidence],
    )
    proposals.append(proposal)
    if how == "subject" and supporters is not None:
        verb = _presenting_verb(token)
        others = _subjects_of(doc, verb, actors, mentions)[1:] if verb is not None else []
        if others:
            supporters[proposal.key] = others  # "X und Y legten einen Plan vor"
    return proposal.key


def named_again(
    token: Token, kind: str, proposer: str | None, proposals: list[Proposal], actors: ActorLookup
) -> Proposal | None:
    """The same proposal named again with its proposer: same party, kind and head noun (the
    frame engine asks it too, for a proposal the rules met only at a later mention)."""
    if not proposer:
        return None
    for p in proposals:
        same_party = _same_party(p.proposer, proposer, actors)
        if same_party and p.kind == kind and _head_noun(p) == _stem(token.lower_):
            return p
    return None


def _antecedent(token: Token, kind: str, proposals: list[Proposal], exact: bool) -> Proposal | None:
    """The proposal a definite noun refers back to: the latest one named with the same noun
    ("der Gegenvorschlag"); unless `exact`, else the latest whose noun ends in it ("der Plan"
    → "Friedensplan") or of the same kind ("die Forderung" → the latest demand, also one
    made by "fordern"), else the latest. An anaphor names what it is: a rejection of "die
    Forderung" is not about the counter-proposal that came after the demand."""
    stem = _stem(token.lower_)
    for p in reversed(proposals):
        if _head_noun(p) == stem:
            return p
    if exact:
        return None
    for p in reversed(proposals):
        head = _head_noun(p)
        if head is not None and head.endswith(stem):
            return p
    for p in reversed(proposals):
        if p.kind == kind:
            return p
    return proposals[-1] if proposals else None


def _same_party(a: str | None, b: str | None, actors: ActorLookup) -> bool:
    """The same actor, or one affiliated with the other (a head of state and the state)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    actor_a, actor_b = get_actor(actors, a), get_actor(actors, b)
    return bool(
        (actor_a is not None and b in actor_a.affiliations)
        or (actor_b is not None and a in actor_b.affiliations)
    )


def _stem(word: str) -> str:
    return word.rstrip("sen") if len(word) > 5 else word


def _head_noun(proposal: Proposal) -> str | None:
    """The head noun of a noun-based proposal's label (None for verb-based ones)."""
    if not proposal.evidence or not proposal.evidence[0].method.startswith("rule:proposal-noun"):
        return None
    ev = proposal.evidence[0]
    word = ev.sentence[ev.start - ev.sentence_start : ev.end - ev.sentence_start]
    return _stem(word.lower())


_ATTRIBUTE_PREPS = frozenset({"zur", "zum", "zu", "über", "für", "gegen", "nach"})


def _has_attribute(doc: Doc, token: Token) -> bool:
    """Does a prepositional or genitive attribute make the noun specific ("der Vorschlag zur
    Schulverwaltung", "die Forderung nach Neuwahlen", "die Forderungen der Gläubiger")?"""
    nxt = doc[token.i + 1] if token.i + 1 < sentence_of(token).end else None
    after = doc[token.i + 2] if token.i + 2 < sentence_of(token).end else None
    if nxt is None or after is None:
        return False
    if nxt.lower_ in _ATTRIBUTE_PREPS and after.pos_ in ("NOUN", "DET", "ADJ"):
        return True
    return nxt.lower_ in ("der", "des") and after.pos_ in ("NOUN", "ADJ") and after.i != token.i


def _answered(token: Token) -> bool:
    """Does a stance cue in the noun's clause answer it ("lehnte das Angebot ab")?"""
    clause = clause_span(token)
    cues = token.doc.spans["kg_cues"]
    return any(cue.label_ in vocabulary.STANCES and clause.start <= cue.start < clause.end for cue in cues)


def _put_forward(token: Token, verbs: frozenset[str] = _PRESENTING) -> bool:
    """Is the noun the object of a presenting/demanding verb or named with an event?"""
    clause = clause_span(token)
    for tok in clause:
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("V"):
            if verb_in(tok, verbs) or tok.lower_ in _EVENTS:
                return True
    return False


def _proposer_of_noun(
    doc: Doc, token: Token, actors: ActorLookup, mentions: list[MentionRef]
) -> tuple[str | None, str]:
    sent = sentence_of(token)
    own = actors.key_for_token(token)  # "US-Plan"
    if own and not is_place(own, actors):
        return own, "prefix"
    for det in token.children:  # "sein Vorschlag", "ihre Forderung" (resolved by kg_coref)
        key = actors.key_for_token(det) if det.dep_ in ("det:poss", "dep") and det.i < token.i else None
        if key and not is_place(key, actors):
            return key, "possessive"
    if token.i > sent.start:  # "Trumps Friedensplan"
        prev = doc[token.i - 1]
        key = actors.key_for_token(prev)
        if key and prev.text.endswith("s") and not is_place(key, actors):
            return key, "possessive"
    # genitive or "von" after the noun, skipping "mit 28 Punkten"-like attributes
    i = token.i + 1
    steps = 0
    while i < sent.end and steps < 8:
        tok = doc[i]
        if tok.text in (",", ".", ";", ":", "(", ")", "–") or tok.pos_ in ("VERB", "AUX"):
            break
        key = actors.key_for_token(tok)
        if key:
            prep, idx = preposition_before(doc, i)
            det = doc[idx].lower_ if idx < i else ""
            if (
                prep in ("von", None)
                and (prep == "von" or det in ("der", "des", "eines", "einer") or tok.text.endswith("s"))
                and not is_place(key, actors)
            ):
                return key, "genitive" if prep is None else "von"
            break
        i += 1
        steps += 1
    # "der von X vorgelegte Plan": a "von"-phrase inside the noun phrase before the noun
    times = {i for t in doc.spans.get("kg_time", []) for i in range(t.start, t.end)}
    for m in mentions:
        if sent.start <= m.start < token.i and token.i - m.end <= 4:
            prep, prep_at = preposition_before(doc, m.start)
            # only attributes between ("vorgelegte", "neue"): "Lob gab es von X für den Plan",
            # "Kritik kam von X: Der Plan ..." name who responds, not who proposes
            between = [t for t in doc[m.end : token.i] if t.i not in times]  # "am Montag vorgelegte"
            attributive = all(t.pos_ in ("ADJ", "ADV", "VERB") for t in between)
            # the phrase hangs inside the noun phrase, not on the verb: "fordert von Norwegen
            # bessere Bedingungen" asks Norway, it does not report Norway's conditions
            phrase = doc[prep_at].head  # the noun "von" governs ("von der Regierung Norwegens")
            inside = phrase.i < phrase.head.i <= token.i
            if prep == "von" and attributive and inside and not is_place(m.key, actors):
                return m.key, "von"
    # "Die Partei hat einen Plan": the plan of whoever has it
    if token.dep_ == "obj" and token.head.lemma_ == "haben":  # "hat keinen Plan": _from_noun stops first
        subj = _subject_of(doc, token.head, actors, mentions, exclude=token)
        if subj:
            return subj, "subject"
    # subject of the presenting verb or of a relative clause that follows the noun
    verb = _presenting_verb(token)
    if verb is not None:
        subj = _subject_of(doc, verb, actors, mentions, exclude=token)
        if subj:
            return subj, "subject"
    return None, "none"


def _presenting_verb(token: Token) -> Token | None:
    clause = clause_span(token)
    candidates = [
        t for t in clause if (t.pos_ in ("VERB",) or t.tag_.startswith("VV")) and verb_in(t, _PRESENTING)
    ]
    if not candidates:
        # relative clause right after the noun: "ein Vorschlag, den X veröffentlichte"
        nxt = token.i + 1
        if nxt < sentence_of(token).end and token.doc[nxt].text == ",":
            rel = clause_span(token.doc[nxt + 1]) if nxt + 1 < sentence_of(token).end else None
            if rel is not None:
                candidates = [
                    t
                    for t in rel
                    if (t.pos_ == "VERB" or t.tag_.startswith("VV")) and verb_in(t, _PRESENTING)
                ]
    responding = {m.trigger for m in token.doc._.kg_frames or () if m.frame == "response"}
    # "stellte den Entwurf infrage": a verb in a fixed expression of responding presents nothing
    candidates = [t for t in candidates if t.i not in responding]
    return candidates[0] if candidates else None


def _subject_of(
    doc: Doc, verb: Token, actors: ActorLookup, mentions: list[MentionRef], exclude: Token | None = None
) -> str | None:
    subjects = _subjects_of(doc, verb, actors, mentions)
    return subjects[0] if subjects else None


def _subjects_of(doc: Doc, verb: Token, actors: ActorLookup, mentions: list[MentionRef]) -> list[str]:
    """The actors that are the subject of `verb`, coordinated ones included, each mapped to the
    party it acts for. A pronoun subject in a reported clause ("X erklärte, sie hätten ...")
    stands for the subject of the reporting clause before it."""
    first: MentionRef | None = None
    unit = sentence_of(verb)
    mentions = [m for m in mentions if unit.start <= m.start and m.end <= unit.end]
    named_subject = False  # the parser found a noun subject that names no actor itself
    urging = any(c.dep_ == "compound:prt" and c.lower_ == "auf" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj" and named_subject and urging and child.i > verb.i:
            break  # "Der Verband forderte X auf, ...": a second "subject" after the verb is the addressee
        if child.dep_ == "nsubj":
            first = next(
                (m for m in mentions if m.start <= child.i < m.end and not is_place(m.key, actors)), None
            )
            if first is None and child.pos_ in ("NOUN", "PROPN"):
                # "Ein Kommentar in der Zeitung X forderte Y auf": the actor inside the subject
                # phrase; never another mention of the clause, which is the addressee
                named_subject = True
                phrase = _phrase_indices(child)
                first = next(
                    (
                        m
                        for m in mentions
                        if m.start in phrase
                        and not is_place(m.key, actors)
                        and not _serving_in(doc, m, child)
                    ),
                    None,
                )
            if first is not None:
                break
    clause = clause_span(verb)
    if first is None and not named_subject:
        for m in mentions:
            if clause.start <= m.start and m.end <= clause.end and not is_place(m.key, actors):
                prep, _ = preposition_before(doc, m.start)
                if prep is None and not _is_genitive(doc, m):
                    first = m
                    break
    if first is None:
        first = _reporting_subject(doc, verb, clause, actors, mentions)
    if first is None:
        return []
    out: list[str] = []
    for k in _with_conjuncts(doc, first, mentions, actors):
        party = participant_key(k, actors)
        if party not in out:
            out.append(party)
    return out


def _serving_in(doc: Doc, m: MentionRef, head: Token) -> bool:
    """ "der Botschafter in Norwegen", "die Vorsitzende im Verband, X": where a person holding
    the role serves does not act (a government or a medium does: "die Regierung in X", "ein
    Kommentar in der Zeitung X")."""
    return preposition_before(doc, m.start)[0] in ("in", "im") and analyse_role(head.text) is not None


def _reporting_subject(
    doc: Doc, verb: Token, clause: Span, actors: ActorLookup, mentions: list[MentionRef]
) -> MentionRef | None:
    """A pronoun subject of a reported clause ("X erklärte, sie hätten ...") stands for the
    unmarked actor before the clause; in an adverbial clause of the content ("..., indem sie
    ...") the pronoun is the content's subject and the clause is not a reported one."""
    opener = next((t for t in clause if not t.is_punct and not t.is_space), None)
    if (
        opener is None
        or not (opener.lower_ in ("sie", "er", "wir", "dass") or aux_info(opener) is not None)
        or not any(t.lower_ in ("sie", "er", "wir") and t.pos_ == "PRON" for t in clause)
    ):
        return None
    for m in mentions:
        if sentence_of(verb).start <= m.start and m.end <= clause.start and not is_place(m.key, actors):
            prep, _ = preposition_before(doc, m.start)
            if prep is None and not _is_genitive(doc, m):
                return m
    return None


_CONJUNCT_WORDS = frozenset({"und", "sowie", ",", "als", "auch", "der", "die", "das", "den", "dem"})


def _with_conjuncts(
    doc: Doc, first: MentionRef, mentions: list[MentionRef], actors: ActorLookup
) -> list[str]:
    """The subject's actor and those coordinated with it ("X und Y", "X sowie auch Y")."""
    keys = [first.key]
    cur = first
    for m in mentions:
        if m.start < cur.end or m.start - cur.end > 4:
            continue
        between = [t.lower_ for t in doc[cur.end : m.start] if not t.is_space]
        linked = between and between[0] in ("und", "sowie", ",", "als")
        if linked and all(w in _CONJUNCT_WORDS for w in between):
            if m.key not in keys and not is_place(m.key, actors):
                keys.append(m.key)
            cur = m
        elif m.start > cur.end:
            break
    return keys


_CLAUSE_RELATIONS = frozenset({"acl", "acl:relcl", "ccomp", "advcl", "parataxis"})


def _phrase_indices(head: Token) -> set[int]:
    """The token indices of a noun phrase, without the clauses it governs."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_RELATIONS)
    return out


def _is_genitive(doc: Doc, m: MentionRef) -> bool:
    i = m.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return i > 0 and doc[i].lower_ in GENITIVE_ARTICLES and doc[i - 1].pos_ == "NOUN"


def _number_of_points(token: Token) -> int | None:
    window = token.doc[max(sentence_of(token).start, token.i - 2) : min(sentence_of(token).end, token.i + 6)]
    m = _POINTS.search(window.text)
    if m:
        return int(m.group(1) or m.group(2))
    return None


def _points_in_sentence(token: Token) -> int | None:
    m = re.search(
        r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+Punkte\b", sentence_of(token).text, re.IGNORECASE
    )
    if not m:
        return None
    value = m.group(1).lower()
    return int(value) if value.isdigit() else _NUMBER_WORDS[value]


def _listed_points(token: Token) -> list[str]:
    """Content points listed after a colon in the noun's sentence ("...: A, B und C")."""
    text = sentence_of(token).text
    rel = token.idx - sentence_of(token).start_char
    colon = text.find(":", rel)
    if colon == -1:
        return []
    tail = text[colon + 1 :].strip().rstrip(".")
    parts = [p.strip() for p in re.split(r",|\bund\b|;", tail) if p.strip()]
    return parts if 2 <= len(parts) <= 30 else []


def _events(token: Token, document: Document) -> list[ProposalEvent]:
    clause = clause_span(token)
    out = []
    for tok in clause:
        kind = _EVENTS.get(tok.lower_)
        if kind:
            times = time_spans_in(clause) or time_spans_in(sentence_of(token))
            time = times[0]._.kg_time if times else None
            ev = evidence_for(
                token.doc, document, tok.idx, tok.idx + len(tok.text), "rule:proposal-event", 0.7
            )
            out.append(ProposalEvent(kind=kind, time=time, evidence=ev))
    return out


def _phrase_end(doc: Doc, token: Token) -> int:
    sent = sentence_of(token)
    end = token.i + 1
    while end < sent.end and end - token.i < 12:
        tok = doc[end]
        if tok.text in (",", ".", ";", ":", "(", ")", "–") or tok.pos_ in ("VERB", "AUX"):
            break
        end += 1
    return end


def _label(doc: Doc, token: Token) -> str:
    """The noun phrase of the proposal as written (determiner to the end of its attributes)."""
    sent = sentence_of(token)
    start = token.i
    while (
        start > sent.start
        and (
            doc[start - 1].pos_ in ("ADJ", "DET", "NUM")
            or (start == token.i and doc[start - 1].text.endswith("s") and doc[start - 2].pos_ != "ADP")
        )
        and doc[start - 1].pos_ not in ("ADP", "VERB", "AUX")
        and doc[start - 1].text not in (",",)
    ):
        start -= 1
    end = token.i + 1
    while end < sent.end and end - token.i < 12:
        tok = doc[end]
        if tok.text in (",", ".", ";", ":", "(", ")", "–") or tok.pos_ in ("VERB", "AUX"):
            break
        nxt = doc[end + 1] if end + 1 < sent.end else None
        if tok.is_lower and tok.lower_ in PARTICLES and (nxt is None or nxt.is_punct):
            break  # "legte einen Gegenvorschlag vor": the verb's particle ends the phrase
        end += 1
    while start < token.i and doc[start].lower_ in _LABEL_ARTICLES:
        start += 1  # a readable label: "Plan mit sechs Punkten", not "einen Plan mit ..."
    return doc[start:end].text.strip(' "„“”')


_LABEL_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
)


def _add_evidence(doc: Doc, proposal: Proposal, token: Token, document: Document, method: str) -> None:
    ev = evidence_for(doc, document, token.idx, token.idx + len(token.text), method, 0.7)
    if ev.sentence_start not in {e.sentence_start for e in proposal.evidence}:
        proposal.evidence.append(ev)


def _aux_of_other_verb(aux: Token, verb: Token) -> bool:
    """ "X hatte gefordert, die Grenzen sollten geschlossen werden": the passive "werden" of
    the demanded clause belongs to its own verb, not to "gefordert"."""
    return aux.head.i != verb.i and aux.head.pos_ == "VERB"


def _from_verb(
    doc: Doc,
    verb: Token,
    actors: ActorLookup,
    mentions: list[MentionRef],
    proposals: list[Proposal],
    document: Document,
    by_token: dict[int, str],
    supporters: dict[str, list[str]],
) -> str | None:
    """ "X fordert Y" / "X fordert, dass ...": a demand or proposal put forward by a verb."""
    lemma = verb_lemma(verb)
    kind = _DEMAND_VERBS.get(lemma) or ("proposal" if lemma == "aussprechen" else None)
    if kind is None:
        return None
    clause = clause_span(verb)
    # a proposal noun as object is handled by the noun (its proposer is this verb's subject)
    if any(
        c.label_ == "proposal" and c.start != verb.i and c.root.pos_ == "NOUN"
        for c in doc.spans["kg_cues"]
        if clause.start <= c.start < clause.end
    ):
        return None
    if any(c.lower_ in _CASUALTIES and not any(g.dep_ == "case" for g in c.children) for c in verb.children):
        return None  # "der Anschlag forderte 20 Tote": lives claimed, nothing demanded
    if _evaluated(doc, verb, clause):
        return None  # "indem sie Ideen vorschlugen, die inakzeptabel seien": a response, not a proposal
    if any(t.pos_ == "AUX" and t.lemma_ in ("können", "dürfen") for t in clause):
        return None  # "sie könne Diskussionen fordern": what someone is able to do, not a demand
    subjects = _subjects_of(doc, verb, actors, mentions)
    # "wurde gefordert", and the state passive "ist gefordert" (demand verbs take "haben" in
    # the perfect, so "sein" with their participle is passive: "die Ministerin sei gefordert")
    passive = is_participle(verb) and any(
        (aux_info(t) or ("", "", ""))[0] in ("werden", "sein") and not _aux_of_other_verb(t, verb)
        for t in clause
    )
    elliptic = not subjects and not passive and _elliptic_participle(verb, clause)
    if elliptic:
        # "..., wie von X gefordert": a passive participle without its auxiliary
        agent = _von_agent(doc, clause, actors, mentions)
        subjects = [participant_key(agent, actors)] if agent else []
    if passive:
        # "Angeregt wurde ein Koordinator", "wurde von X vorgeschlagen": the agent or nobody
        agent = _von_agent(doc, clause, actors, mentions)
        subjects = [participant_key(agent, actors)] if agent else []
    elif not subjects:
        return None
    proposer = subjects[0] if subjects else None
    label = _outside(verb, clause) if elliptic else _verb_label(verb, lemma, passive)
    if not label or passive and proposer is None and set(label.lower().split()) <= _AUXILIARY_FORMS:
        return None  # "Objekte, die auf Auktionen angeboten werden": what is on sale, no one offering
    evidence = evidence_for(
        doc, document, verb.idx, verb.idx + len(verb.text), f"rule:proposal-verb-{lemma}", 0.6
    )
    proposal = Proposal(
        key=f"proposal-{evidence.start}", kind=kind, label=label[:160], proposer=proposer, evidence=[evidence]
    )
    proposals.append(proposal)
    if len(subjects) > 1:
        supporters[proposal.key] = subjects[1:]
    return proposal.key


def _outside(verb: Token, clause: Span) -> str:
    """The sentence without the verb's own clause: what "wie von X gefordert" qualifies."""
    words = [t.text_with_ws for t in sentence_of(verb) if not clause.start <= t.i < clause.end]
    return re.sub(r"\s*,(\s*,)+", ",", " ".join("".join(words).split())).strip(" ,.")


def _elliptic_participle(verb: Token, clause: Span) -> bool:
    """A participle that stands for a passive clause without its auxiliary ("wie von X
    gefordert", "wie von X vorgeschlagen"): no auxiliary or modal anywhere in its clause."""
    return is_participle(verb) and not any(aux_info(t) is not None for t in clause)


def _von_agent(doc: Doc, clause: Span, actors: ActorLookup, mentions: list[MentionRef]) -> str | None:
    """The actor of a "von"-phrase in a passive proposal clause ("wurde von X vorgeschlagen")."""
    return next(
        (
            m.key
            for m in mentions
            if clause.start <= m.start < clause.end
            and preposition_before(doc, m.start)[0] == "von"
            and not is_place(m.key, actors)
        ),
        None,
    )


def _verb_label(verb: Token, lemma: str, passive: bool) -> str:
    """What a proposal verb puts forward, as the text after it up to the next bracket, colon or
    dash, without the passive auxiliary and the separated particle ("schlug vor, ... vor.");
    reported words before the verb ("Die Regierung solle ..., forderte X") are what it puts
    forward when they are its complement, and so is the zu-infinitive after an addressee."""
    complement = [
        c for c in verb.children
        if c.i < verb.i and (c.dep_ in ("ccomp", "parataxis") or c.dep_ == "obj" and _fronted_object(c, verb))
    ]
    # "forderte X auf, die Grenze zu öffnen": what the addressee is to do, from the comma
    # after the addressee to the end of the infinitive (not a purpose: "..., um X zu stoppen")
    addressed = [c for c in verb.children if c.dep_ in ("obj", "iobj") and c.i > verb.i]
    for c in verb.children:
        marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
        if c.dep_ != "xcomp" or not addressed or c.i < addressed[0].i or marks != {"zu"}:
            continue
        commas = [t.i for t in verb.doc[addressed[0].right_edge.i : c.i] if t.text == ","]
        if commas:
            return " ".join(verb.doc[commas[-1] + 1 : c.right_edge.i + 1].text.split())
    if complement:
        words = [t for t in complement[0].subtree if not t.is_space]
        while words and words[0].is_punct:
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        if words:
            return " ".join(verb.doc[words[0].i : words[-1].i + 1].text.split())
    sent = sentence_of(verb)
    # an inverted subject, the verb's adverbs and a time are not what it puts forward ("Am
    # Montag forderte die Gewerkschaft erneut eine Erhöhung", "schlug sie ... vor", "forderte
    # X am Montag ...")
    skipped = {t.i for c in verb.children if c.dep_.startswith("nsubj") and c.i > verb.i for t in c.subtree}
    skipped |= {t.i for span in time_spans_in(sent) if span.start > verb.i for t in span}
    skipped |= {c.i for c in verb.children if c.dep_ == "compound:prt"}  # "schlug am Montag vor, ..."
    k = verb.i + 1
    while k < sent.end and (k in skipped or verb.doc[k].is_space
                            or verb.doc[k].dep_ == "advmod" and verb.doc[k].head.i == verb.i):
        k += 1
    start = verb.doc[k].idx if k < sent.end else sent.end_char
    after = sent.text[start - sent.start_char :].strip()
    if passive:
        after = re.sub(r"^(wurde|wurden|wird|werden)\s+(auch\s+|zudem\s+|außerdem\s+)?", "", after)
    particle = particle_of(verb)
    if particle and after.endswith(particle + "."):
        after = after[: -len(particle) - 1]
    label = re.split(r"[();:–]", after.lstrip(", "))[0].rstrip(".").strip()
    if label and lemma == "aussprechen":
        m = re.search(r"\bfür\b(.*?)(?:\baus\b)?\s*\.?$", after)
        label = m.group(1).strip() if m else label
    return label


def _fronted_object(obj: Token, verb: Token) -> bool:
    """ "Mehr Geld für die Schulen, forderte X": a noun object set off by a comma before the
    verb is what is demanded ("hat sich für X ausgesprochen" has only its "sich" before), and
    so is one in first position with the subject after the verb ("Ein neues Abkommen fordert
    der Verband von den Konzernen")."""
    if obj.pos_ not in ("NOUN", "PROPN"):
        return False
    between = obj.doc[obj.right_edge.i + 1 : verb.i]
    if any(t.text == "," for t in between):
        return True
    return not between and any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)


def _evaluated(doc: Doc, verb: Token, clause: Span) -> bool:
    """Is what the verb puts forward rejected or criticised in the same breath (its clause or
    the relative clause right after it)? Then the sentence responds to proposals under
    discussion; the verb does not make a new one."""
    sent = sentence_of(verb)
    after = next((t for t in doc[clause.end : sent.end] if not t.is_punct and not t.is_space), None)
    nxt = clause_span(after) if after is not None else None
    for cue in doc.spans["kg_cues"]:
        if cue.label_ not in ("reject", "criticise"):
            continue
        if clause.start <= cue.start < clause.end:
            return True
        if nxt is not None and nxt.start <= cue.start < nxt.end:
            opener = next((t for t in nxt if not t.is_punct and not t.is_space), None)
            if opener is not None and opener.lower_ in ("die", "der", "das", "welche", "welcher", "welches"):
                return True
    return False


def _responses(
    doc: Doc,
    cues: list[Span],
    actors: ActorLookup,
    mentions: list[MentionRef],
    proposals: list[Proposal],
    by_token: dict[int, str],
    document: Document,
) -> list[Response]:
    out: list[Response] = []
    seen: set[tuple[str, str, str]] = set()
    speakers, speaker_spans = _statement_speakers(doc, actors, document)
    for cue in cues:
        if cue.label_ not in vocabulary.STANCES:
            continue
        token = cue.root
        if _excludes_someone(token):
            continue
        clause = clause_span(token)
        proposal = _proposal_ref(doc, token, clause, proposals, by_token, actors)
        if cue._.kg_cue_lemma in EVALUATIONS:
            # "ist X zu wenig", "macht aus Xs Sicht keinen Sinn": only with a holder
            holder = _evaluation_holder(doc, token, clause, actors, mentions)
            holder = holder or (speakers.get(sentence_of(token).start_char) or (0, None))[1]
            if holder is None or not proposals:
                continue
            if proposal is None:
                proposal = _discussed_proposal(doc, token, proposals, mentions, actors)
            target = next((p for p in proposals if p.key == proposal), None)
            if target is not None and _same_party(target.proposer, holder, actors):
                target = _others_proposal(token, holder, proposals, actors)  # not their own
            if target is not None:
                _add_response(
                    doc, document, out, seen, token, clause, target.key, participant_key(holder, actors)
                )
            continue
        if proposal is None and proposals and _evaluated_proposing(doc, token):
            proposal = _discussed_proposal(doc, token, proposals, mentions, actors)
        if proposal is None and cue._.kg_cue_lemma in _READINESS and proposals:
            # "X ist verhandlungsbereit": readiness to negotiate the proposal under discussion
            last = proposals[-1]
            if token.idx - max(e.sentence_end for e in last.evidence) < 600:
                proposal = last.key
        if proposal is None:
            continue
        if hypothetical(token):
            continue  # "wenn X den Plan annimmt", "ob X zustimmt", "Lehnt X ab?": none given
        if cue.label_ in ("accept", "reject") and _is_verbal(token) and _obliged(token, clause):
            continue
        stance: Stance = cue.label_  # type: ignore[assignment]
        if _negated(token, clause):
            stance = NEGATED_STANCE[stance]  # type: ignore[assignment]
        if _is_verbal(token) and conditioned(token):
            if stance not in ("accept", "consider"):
                continue  # "lehnt den Plan ab, wenn ...": no rejection yet
            stance = "consider"  # "stimmt zu, wenn ...": agreement on conditions
        actor = _stance_holder(doc, token, clause, actors, mentions, speakers, speaker_spans)
        if actor is None:
            continue
        actor = participant_key(actor, actors)
        target = next((p for p in proposals if p.key == proposal), None)
        if target is not None and _same_party(target.proposer, actor, actors):
            # nobody responds to their own proposal: the response is about the latest earlier
            # proposal of another party ("X legte einen Gegenvorschlag vor und lehnte den Plan ab")
            target = _others_proposal(token, actor, proposals, actors)
            if target is None:
                continue
            proposal = target.key
        _add_response(doc, document, out, seen, token, clause, proposal, actor, stance)
    return out


def _excludes_someone(verb: Token) -> bool:
    """ "X von der Konferenz auszuschließen": "ausschließen" with a "von"-phrase keeps someone
    out of something; only without one does it rule a proposal out ("schloss eine Einigung aus")."""
    return verb_lemma(verb) == "ausschließen" and any(
        c.dep_ in ("obl", "obl:arg") and case_of(c) == "von" for c in verb.children
    )


def _stance_holder(
    doc: Doc,
    token: Token,
    clause: Span,
    actors: ActorLookup,
    mentions: list[MentionRef],
    speakers: dict[int, tuple[int, str]],
    speaker_spans: dict[tuple[int, str], tuple[int, int]],
) -> str | None:
    """Who holds a response's stance: the responding subject, or the speaker whose words
    contain an evaluation, or the holder (else the reporter) of a reported response."""
    actor = _responder(doc, token, clause, actors, mentions)
    speaker = speakers.get(sentence_of(token).start_char)
    evaluation = token.lower_ in RESPONSE_ADJECTIVES or not _is_verbal(token)
    if speaker and evaluation and _in_content(token, speaker_spans.get(speaker)):
        return speaker[1]  # "X sagte, die Ideen seien inakzeptabel": X holds the stance
    if not evaluation and not _passive_agent(doc, clause, actors, mentions):
        reported, holder = _reported_holder(doc, token, actors, mentions)
        if reported and holder is not None:
            return holder  # "X teilte mit, Y habe den Plan akzeptiert": Y holds the stance
        if reported and speaker:
            return speaker[1]  # "X erklärte, man lehne den Plan ab": the reporter
    return actor


def _add_response(
    doc: Doc,
    document: Document,
    out: list[Response],
    seen: set[tuple[str, str, str]],
    token: Token,
    clause: Span,
    proposal: str,
    actor: str,
    stance: Stance = "criticise",
) -> None:
    key = (proposal, actor, stance)
    if key in seen:
        return
    seen.add(key)
    end = token.idx + len(token.text)
    evidence = evidence_for(doc, document, token.idx, end, f"rule:response-{stance}", 0.7)
    times = time_spans_in(clause)
    out.append(
        Response(
            key=f"response-{evidence.start}-{len(out)}",
            proposal=proposal,
            actor=actor,
            stance=stance,
            time=times[0]._.kg_time if times else None,
            evidence=[evidence],
        )
    )


def _evaluation_holder(
    doc: Doc, token: Token, clause: Span, actors: ActorLookup, mentions: list[MentionRef]
) -> str | None:
    """Who holds an evaluation without a response word: a source of the clause ("laut X",
    "X zufolge", "aus Xs Sicht", "aus Sicht von X"), else an actor without preposition in the
    clause, which is the dative experiencer ("ist den Grünen zu wenig") or the subject; never a
    genitive or possessive ("der Plan der USA", "Schwedens Plan"), never a place."""
    inside = [  # an adjective ("nordkoreanische Drohungen") names no holder
        m
        for m in mentions
        if clause.start <= m.start and m.end <= clause.end and not is_place(m.key, actors)
        and not doc[m.start].is_lower
    ]
    for m in inside:
        prep, _ = preposition_before(doc, m.start)
        after = doc[m.end].lower_ if m.end < len(doc) else ""
        before = doc[m.start - 1].lower_ if m.start > 0 else ""
        if prep == "laut" or after == "zufolge" or (before == "aus" and after == "sicht"):
            return m.key
        if prep == "aus" and before in ("von", "vonseiten") or (prep == "von" and "sicht" in before):
            return m.key
    for m in inside:
        prep, _ = preposition_before(doc, m.start)
        if prep is not None or _is_genitive(doc, m):
            continue
        nxt = doc[m.end] if m.end < clause.end else None
        if nxt is not None and nxt.pos_ == "NOUN" and doc[m.end - 1].lower_.endswith("s"):
            continue
        return m.key
    return None


def _others_proposal(
    token: Token, actor: str, proposals: list[Proposal], actors: ActorLookup
) -> Proposal | None:
    """The latest proposal before the token, within about 1,500 characters, that the actor
    did not make itself."""
    for p in reversed(proposals):
        start = min(e.start for e in p.evidence)
        end = max(e.sentence_end for e in p.evidence)
        if start < token.idx and token.idx - end < 1500 and not _same_party(p.proposer, actor, actors):
            return p
    return None


def _evaluated_proposing(doc: Doc, token: Token) -> bool:
    """A rejection of what someone puts forward in the same sentence ("..., indem sie Ideen
    vorschlugen, die inakzeptabel seien")."""
    sent = sentence_of(token)
    for cue in doc.spans["kg_cues"]:
        if cue.label_ == "proposal" and sent.start <= cue.start < token.i and _is_verbal(cue.root):
            if _evaluated(doc, cue.root, clause_span(cue.root)):
                return True
    return False


def _discussed_proposal(
    doc: Doc, token: Token, proposals: list[Proposal], mentions: list[MentionRef], actors: ActorLookup
) -> str | None:
    """The proposal a sentence evaluates without naming it: the latest one of an actor the
    sentence mentions, else the latest one within about 1,500 characters."""
    sent = sentence_of(token)
    named = {participant_key(m.key, actors) for m in mentions if sent.start <= m.start < sent.end}
    recent = [p for p in proposals if token.idx - max(e.sentence_end for e in p.evidence) < 1500]
    for p in reversed(recent):
        if p.proposer and p.proposer in named:
            return p.key
    return recent[-1].key if recent else None


def _statement_speakers(
    doc: Doc, actors: ActorLookup, document: Document
) -> tuple[dict[int, tuple[int, str]], dict[tuple[int, str], tuple[int, int]]]:
    """Sentence start (doc offset) -> (sentence start, speaker) of its reported speech, and the
    speech cue's character span, so that evaluations inside the content go to the speaker."""
    from kg.extract.statements import extract_statements

    offset = 0 if doc_text(doc) == document.text else max(document.text.find(doc_text(doc)[:200]), 0)
    by_sent: dict[int, tuple[int, str]] = {}
    spans: dict[tuple[int, str], tuple[int, int]] = {}
    for st in extract_statements(doc, actors, document):
        if st.speaker and st.evidence and not st.evidence[0].method.endswith("continuation"):
            ev = st.evidence[0]
            key = (ev.sentence_start - offset, st.speaker)
            by_sent.setdefault(ev.sentence_start - offset, key)
            spans[key] = (ev.start - offset, ev.end - offset)
    return by_sent, spans


def _is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V")


def _in_content(token: Token, cue_span: tuple[int, int] | None) -> bool:
    """Is the token outside the speech cue's own clause (i.e. in what is reported)?"""
    if cue_span is None:
        return False
    cue_tok = token.doc.char_span(cue_span[0], cue_span[1], alignment_mode="expand")
    if cue_tok is None:
        return False
    return clause_span(cue_tok[0]).start != clause_span(token).start


def _negated(token: Token, clause: Span) -> bool:
    low = token.lower_
    if low.startswith(("inakzeptabel", "unannehmbar", "unakzeptabel")):
        return False
    def negation(t: Token) -> bool:  # "nicht nur X, sondern auch Y" negates nothing
        return t.lower_ in NEGATIONS and not not_only(t)

    window = token.doc[max(clause.start, token.i - 3) : token.i]
    if any(negation(t) for t in window):
        return True
    return any(negation(t) for t in clause) and token.pos_ in ("VERB",)


def _proposal_ref(
    doc: Doc,
    token: Token,
    clause: Span,
    proposals: list[Proposal],
    by_token: dict[int, str],
    actors: ActorLookup,
) -> str | None:
    """The proposal a response is about: a proposal noun in the clause, else a pronoun or a
    topicalised object standing for the latest proposal."""
    in_clause = [k for i, k in by_token.items() if clause.start <= i < clause.end]
    if in_clause:
        return in_clause[0]
    sent_refs = [k for i, k in by_token.items() if sentence_of(token).start <= i < sentence_of(token).end]
    if sent_refs:
        return sent_refs[-1]
    if not proposals:
        return None
    # a pronoun that is the clause's subject is the responder ("dass sie nur Durchreisende
    # akzeptierten"), not what is answered
    pronouns = [t for t in clause if t.lower_ in _OBJECT_PRONOUNS and _standalone(t) and t.dep_ != "nsubj"]
    if any(person_named_before(t, actors) for t in pronouns):
        return None  # "traf Y und kritisierte sie": the person, not a plan
    if pronouns or any(t.lower_ in _ASSENT_NOUNS for t in clause):
        last = proposals[-1]
        last_end = max(e.sentence_end for e in last.evidence)
        if token.idx - last_end < 600:
            return last.key
    return None


def _standalone(token: Token) -> bool:
    """A pronoun, not an article or demonstrative determiner ("das Verfahren", "diese Frage")."""
    doc = token.doc
    nxt = next((t for t in doc[token.i + 1 : token.sent.end] if not t.is_space), None)
    if nxt is None:
        return True
    return not (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or (nxt.is_title and not nxt.is_sent_start))


def _obliged(token: Token, clause: Span) -> bool:
    """ "X muss zustimmen", "X soll den Plan billigen": an obligation or a report of one, not a
    response yet (wanting to examine, "will prüfen", is one); nor is a response someone is
    urged or advised to give ("drängte X, den Vorschlag anzunehmen", "empfahl, ihn abzulehnen")."""
    for t in clause:
        info = aux_info(t)
        if info is not None and info[0] in ("müssen", "sollen") and t.i < token.i:
            return True
    return token.dep_ == "xcomp" and any(
        m.frame == "proposal" and m.value in URGING_KINDS and m.trigger == token.head.i
        for m in token.doc._.kg_frames or ()
    )


_SOURCE_WORDS = vocabulary.word_set("source_marker")
_PRONOUN_SUBJECTS = frozenset({"er", "sie", "man", "wir", "es", "ich"})


def _reported_holder(
    doc: Doc, token: Token, actors: ActorLookup, mentions: list[MentionRef]
) -> tuple[bool, str | None]:
    """Is the response verb inside the content of reported speech ("X teilte mit, Y habe den
    Plan akzeptiert", "Y habe ihn abgelehnt, erklärte X")? Then its holder is the subject of
    that content clause, an actor in front of the verb with no preposition, not a genitive or
    possessive; the reporter only when the content has no such subject (a pronoun, "man")."""
    sent = sentence_of(token)
    start: int | None = None
    for cue in doc.spans["kg_cues"]:
        if cue.label_ != "speech" or not (sent.start <= cue.start < sent.end):
            continue
        if (cue._.kg_cue_lemma or cue.root.lower_) in _SOURCE_WORDS or not _is_verbal(cue.root):
            continue
        if cue.start < token.i:
            sep = next((t for t in doc[cue.end : token.i] if t.text in (",", ":")), None)
            if sep is not None and not any(t.text in (",", ":") for t in doc[cue.start : sep.i]):
                between = [t for t in doc[cue.end : sep.i] if not t.is_punct]
                if not any(_is_verbal(t) for t in between):
                    start = sep.i + 1  # "teilte (am Montag) mit, ..."
        elif any(t.text == "," for t in doc[token.i : cue.start]):
            start = sent.start
    if start is None:
        return False, None
    for m in mentions:
        if not (start <= m.start and m.end <= token.i) or is_place(m.key, actors) or doc[m.start].is_lower:
            continue
        prep, _ = preposition_before(doc, m.start)
        if prep is not None or _is_genitive(doc, m):
            continue
        nxt = doc[m.end] if m.end < sent.end else None
        if nxt is not None and nxt.pos_ == "NOUN" and doc[m.end - 1].lower_.endswith("s"):
            continue  # possessive: "Schwedens Plan"
        if any(t.text == "," for t in doc[m.end : token.i]) and start == sent.start:
            continue
        return True, m.key
    return True, None


def _passive_agent(
    doc: Doc, clause: Span, actors: ActorLookup, mentions: list[MentionRef]
) -> str | None:
    """ "wurde von X kritisiert": the agent of a passive response."""
    for m in mentions:
        if clause.start <= m.start and m.end <= clause.end:
            prep, _ = preposition_before(doc, m.start)
            if prep == "von" and any(t.lower_ in ("wurde", "wurden", "wird", "werden") for t in clause):
                if not is_place(m.key, actors):
                    return m.key
    return None


def _responder(
    doc: Doc, token: Token, clause: Span, actors: ActorLookup, mentions: list[MentionRef]
) -> str | None:
    agent = _passive_agent(doc, clause, actors, mentions)
    if agent is not None:
        return agent
    # adjectives: "X nannte den Plan inakzeptabel", "für X inakzeptabel"
    if token.pos_ == "ADJ" or token.lower_ in RESPONSE_ADJECTIVES:
        for m in mentions:
            if clause.start <= m.start < token.i:
                prep, _ = preposition_before(doc, m.start)
                if prep == "für":
                    return m.key
    verb = token if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V") else None
    if verb is not None:
        subj = _subject_of(doc, verb, actors, mentions)
        if subj:
            return subj
    for m in mentions:  # the first unprepositioned actor of the clause
        if clause.start <= m.start and m.end <= clause.end and not is_place(m.key, actors):
            prep, _ = preposition_before(doc, m.start)
            if prep is None and not _is_genitive(doc, m):
                return m.key
    return None
