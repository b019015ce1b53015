"""Proposals, responses and statements from the frame engine (`kg_frames`), for what the
older per-event rules miss.

Why a second source: the noun/verb lists of `kg.extract.proposals` cover the wording of few
articles; on unseen articles most proposal sentences use other predicates ("appellierte an",
"stellte ... in Aussicht", "sprach sich für ... aus") and most responses answer a proposal
that was never found. The frame lexicon (`kg/data/frames.tsv`) names those predicates and
their argument slots; this module turns the engine's role fillers into records:

- role fillers become actors through the document's actor index (a name, a role noun or a
  pronoun that coreference resolved; adjectives such as "russische" never act; a capital
  acting as a party stands for its state);
- a proposal needs an agent slot filled (a verb's subject, a noun's genitive, possessive or
  "von"-phrase, the subject of a light verb); conditionals, questions and negated proposals
  are not proposals;
- a response needs a responder; what it answers is the proposal its theme names (a proposal
  noun, an earlier proposal's trigger, a pronoun or definite noun referring back), else the
  latest proposal of another party before it;
- a statement needs a speaker that the phrase head itself names and a content (a clause, the
  clause a postposed verb of saying hangs on, what follows a colon, or the sentence around a
  source marker);
- sentences the older rules already cover keep their records: frames add, never replace.
"""

from __future__ import annotations

import re
from collections import deque

from spacy.tokens import Doc, Token

from kg.document import Document
from kg.extract.eventsyntax import (
    DEFINITE_DETS,
    INDEFINITE_DETS,
    QUESTION_WORDS,
    QUOTE_MARKS,
    URGING_KINDS,
    ActorLookup,
    appended_name,
    evidence_for,
    get_actor,
    participant_key,
    person_in_apposition,
    person_named_before,
)
from kg.extract.proposals import NOBODYS_NOUN, STATED_GOAL, named_again
from kg.extract.statements import asked_or_seen, first_char, reported_continuation
from kg.nlp import vocabulary
from kg.nlp.actors import is_age_noun
from kg.nlp.cues import NEGATED_STANCE, meeting_noun_kind, verb_lemma
from kg.nlp.frames import FrameMatch, case_of, default_lexicon, names_view
from kg.nlp.roles import analyse_role
from kg.records import Evidence, Extraction, Proposal, Response, Statement

_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "ccomp", "xcomp", "advcl", "parataxis", "conj"})
_NOT_PROPOSALS = vocabulary.word_set("claim_noun") | vocabulary.word_set("welcomed_person")
_CONDUCT = vocabulary.word_set("conduct_noun")
_WISH_VERBS = vocabulary.word_set("wish_verb")  # "will, dass ...": a named party's only
_PERSONAL_STEPS = vocabulary.words("personal_step")
_CLAIM_ENDINGS = tuple(sorted(w for w in vocabulary.word_set("claim_noun") if len(w) >= 6))
_ANAPHORS = frozenset({"das", "dies", "dieses", "diesen", "diese", "ihn", "es", "sie", "ihm", "ihr", "dem"})
_LOOKBACK_CHARS = 1500  # how far back a response without a named theme looks for its proposal
_REACTION_CHARS = 300  # a bare reaction ("reagierte zurückhaltend") answers what was just reported
_BARE_REACTIONS = vocabulary.word_set("bare_reaction_verb")
_LABEL_CHARS = 160
_FIRST_PERSON = frozenset({"ich", "wir", "man"})
_SPEAKING_PERSON = frozenset({"ich", "wir"})  # "man" in a response is too often anyone
_NOT_YET = frozenset({"müssen", "sollen", "können", "dürfen"})  # obligation or possibility
_ABILITY = frozenset({"können", "dürfen"})
_OBLIGATION_MODALS = _NOT_YET - _ABILITY  # "muss erklären, warum ...": not answered yet
_WITH_ABILITY = vocabulary.word_set("ability_idiom")
_OWN_IDEAS = vocabulary.word_set("own_idea_verb")
_OPEN_OUTCOMES = vocabulary.word_set("open_outcome_adjective")
_PLAIN_THEME_NO_PROPOSAL = vocabulary.word_set("plain_theme_verb")
_CASUALTIES = vocabulary.word_set("casualty_noun")


def _actor_of(doc: Doc, indices: list[int], actors: ActorLookup) -> str | None:
    """The actor a role filler names: the filler itself, else the first actor inside its
    phrase (not inside a clause it governs)."""
    for i in indices:
        head = doc[i]
        phrase = _phrase(head)
        if actors.key_for_token(head) is not None and (
            analyse_role(head.text) is not None or person_in_apposition(head, actors)
        ):
            # "vom Präsidenten der Kammer, Karl Lund": the name in apposition says who holds
            # the role, not an earlier holder of a like title that the role noun recalls;
            # "Bundesbank-Vorstand Karl Lund": the person, not the prefix's organisation
            named = [c for c in head.children if appended_name(head, c)]
            phrase = [*named, *(t for t in phrase if t not in named)]
        for tok in phrase:
            key = actors.key_for_token(tok)
            if key is None or tok.is_lower and tok.pos_ == "ADJ":
                continue
            actor = get_actor(actors, key)
            if actor is None or tok is not head and _located(tok) and analyse_role(head.text) is not None:
                continue
            if actor.category == "Place" and not actor.stands_for:
                continue
            return participant_key(key, actors)
    return None


def _located(tok: Token) -> bool:
    """ "der Repräsentant in Bosnien": where a role holder serves does not act (with a role
    noun as head; "die Regierung in X" is X)."""
    return any(c.dep_ == "case" and c.lower_ in ("in", "im") for c in tok.children)


def _speaker_of(doc: Doc, indices: list[int], actors: ActorLookup) -> str | None:
    """The named speaker a subject or source phrase stands for. Stricter than `_actor_of`:
    the phrase's head itself must name the actor (a name, a resolved role noun or pronoun),
    not merely contain one: "ein EU-Diplomat" and "laut der EU-Statistikbehörde" name no
    speaker, and a list ("so Estland, Lettland und Litauen") gives examples, not a source."""
    for i in indices:
        head = doc[i]
        if any(c.dep_ == "conj" for c in head.children):
            return None
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in head.children):
            return None
        for tok in [head, *(c for c in head.children if c.dep_ in ("flat", "flat:name", "appos"))]:
            key = actors.key_for_token(tok)
            actor = get_actor(actors, key) if key else None
            if actor is None or actor.category == "Place" and not actor.stands_for:
                continue
            prefix_only = not is_age_noun(tok) and not any(tok.text in m.text for m in actor.mentions)
            if "-" in tok.text and prefix_only:
                continue  # "EU-Diplomat": the actor is only a prefix of the word
            titled = _titled_after(doc, tok, actors)
            return participant_key(titled or key, actors)
    return None


def _titled_after(doc: Doc, tok: Token, actors: ActorLookup) -> str | None:
    """ "von Norwegens Ministerpräsident Karl Lund": a genitive before a title and
    a name says whose office it is; the person named after the title speaks."""
    if tok.i + 2 >= len(doc) or analyse_role(doc[tok.i + 1].text) is None:
        return None
    key = actors.key_for_token(doc[tok.i + 2])
    actor = get_actor(actors, key) if key else None
    return key if actor is not None and actor.category == "Person" else None


def _phrase(head: Token) -> list[Token]:
    """The head first, then the rest of its phrase in order, without embedded clauses."""
    out = [head]
    queue = deque(c for c in head.children if c.dep_ not in _CLAUSE_DEPS)
    while queue:
        tok = queue.popleft()
        out.append(tok)
        queue.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return out


def _aimed_at_person(noun: Token) -> bool:
    """ "Kritik an Karl Lund", "Kritik an der Ministerin": the response noun's own target is a
    person (or a claim), so it answers no proposal."""
    targets = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) in ("an", "gegen")]
    return bool(targets) and all(_claim_or_person(t) for t in targets)


def _second_subject_named(verb: Token, actors: ActorLookup) -> bool:
    """A verb with two subjects, both names ("Senator X unterstützt Donald Trump"): the parser
    read the object as a second subject, and a person or state is no proposal to answer."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [c for c in subjects if c.pos_ == "PROPN" or actors.key_for_token(c) is not None]
    return len(subjects) == len(named) == 2 and not any(c.dep_ == "obj" for c in verb.children)


def _person_after(trigger: Token, agents: list[int]) -> bool:
    """A person named after the predicate in its own clause, outside its agent ("kritisierte im
    Zusammenhang mit der Politik Minister X", "Lob kam von Y für Z"): with no theme found, the
    parser left the person who is praised or criticised unattached, and no proposal is answered."""
    own = {t.i for i in agents for t in trigger.doc[i].subtree}
    return any(t.ent_type_ == "PER" and t.i > trigger.i and t.i not in own for t in _phrase(trigger))


def _opening_word(clause: Token) -> str:
    """The first word of a clause, lower-cased (its punctuation skipped)."""
    return next((t.lower_ for t in clause.subtree if not t.is_punct and not t.is_space), "")


def _claim_or_person(theme: Token) -> bool:
    """ "wies Pilz' Vorwurf zurück", "begrüßte den Besucher", "empfing Präsident X": a claim,
    a report or a person is the theme, and nobody put it forward as a proposal."""
    heads = [theme, *(c for c in theme.children if c.dep_ in ("appos", "flat", "flat:name"))]
    for tok in heads:
        if tok.ent_type_ == "PER" or analyse_role(tok.text) is not None:
            return True
        if tok.lower_ in _NOT_PROPOSALS or (tok.lemma_ or "").lower() in _NOT_PROPOSALS:
            return True
        if tok.lower_.endswith(_CLAIM_ENDINGS):
            return True  # "Pressebericht", "Medienberichte": a compound on a claim noun
    return False


def _text_of(doc: Doc, index: int) -> str:
    """The phrase of a role filler, without the punctuation and the preposition at its edges
    ("gegen eine Koalition" -> "eine Koalition")."""
    head = doc[index]
    # "gegen eine Koalition", "(forderte) aber Nachbesserungen": preposition and conjunction
    # at the left edge belong to the clause, not to the phrase
    edges = {c.i for c in head.children if c.dep_ in ("case", "cc") and c.i < head.i}
    tokens = sorted(
        (t for t in _phrase(head) if (not t.is_punct or t.i == index) and t.i not in edges), key=lambda t: t.i
    )
    end = tokens[-1].i + 1
    # "ein Zoll- und Handelsabkommen": the parser cuts the phrase after the truncated part of
    # a compound; the coordinated noun that completes it belongs to the phrase
    while (end + 1 < len(doc) and len(doc[end - 1].text) > 1 and doc[end - 1].text.endswith("-")
           and doc[end].pos_ == "CCONJ" and doc[end + 1].pos_ in ("NOUN", "PROPN")):
        end = max(end + 2, doc[end + 1].right_edge.i + 1)
    text = doc[tokens[0].i : end].text
    return " ".join(text.split())[:_LABEL_CHARS]


def _clausal(doc: Doc, content: list[int]) -> bool:
    """The content is a clause of its own ("Ziel der X sei es, die Y zu senken"): it, not the
    noun's phrase around it, says what is put forward."""
    return any(doc[i].pos_ in ("VERB", "AUX") for i in content)


def _yields(proposal: Proposal) -> bool:
    """A goal read from reported words, or a proposal noun the rules found nobody for ("will,
    dass der Sozialplan verlängert wird"), which a frame proposal of its sentence supersedes."""
    method = proposal.evidence[0].method
    return method == STATED_GOAL or proposal.proposer is None and method == NOBODYS_NOUN


class FrameEvents:
    """Collects proposals and responses from one document's frame matches."""

    def __init__(
        self,
        doc: Doc,
        actors: ActorLookup,
        document: Document,
        proposals: list[Proposal],
        responses: list[Response],
        statements: list[Statement],
    ) -> None:
        self.doc, self.actors, self.document = doc, actors, document
        self.proposals, self.responses = proposals, responses
        # "X sagte: Wir sind bereit, ...": the first person of a quotation is its speaker
        self.speaker_at = {e.sentence_start: s.speaker for s in statements for e in s.evidence if s.speaker}
        self.statements = statements
        self.stated = [(e.sentence_start, e.sentence_end) for s in statements for e in s.evidence]
        # a goal read from reported words ("man wolle ...") gives way to a frame of its sentence
        # ("wolle für X eintreten", "kündigte an, dass er ... abhalten wolle"), which names more
        self.covered = {e.sentence_start for p in proposals for e in p.evidence if not _yields(p)}
        self.answered = {(e.sentence_start, r.actor, r.stance) for r in responses for e in r.evidence}
        self.trigger_of: dict[int, str] = {}  # token index of a proposal trigger -> key
        self.speech_triggers: set[int] = set()  # token indices of the document's verbs of saying
        for p in proposals:
            for e in p.evidence if not _yields(p) else ():
                span = doc.char_span(e.start, e.end, alignment_mode="expand")
                if span is not None:
                    for tok in span:
                        self.trigger_of[tok.i] = p.key

    def run(self) -> None:
        matches = self.doc._.kg_frames or []
        self.negative_at = {
            m.trigger for m in matches if m.frame == "response" and m.value in ("reject", "criticise")
        }
        # "drängte X, den Vorschlag anzunehmen", "empfiehlt, ihn abzulehnen": urged, not given
        self.urging = {m.trigger for m in matches if m.frame == "proposal" and m.value in URGING_KINDS}
        for m in matches:
            if m.frame == "proposal":
                self._proposal(m)
        for m in matches:
            if m.frame == "response":
                self._response(m)
        self.speech_triggers = {m.trigger for m in matches if m.frame == "statement"}
        for m in matches:
            if m.frame == "statement":
                self._statement(m)
        for m in matches:
            if m.frame == "response":
                self._stance_continued(m)
        for p in list(self.proposals):
            self._demand_continued(p)
        self.proposals.sort(key=lambda p: (p.evidence[0].start, p.key))
        self.statements.sort(key=lambda s: (s.evidence[0].start, s.key))

    # proposals -----------------------------------------------------------------------------

    def _proposal(self, m: FrameMatch) -> None:
        if m.hypothetical or m.conditioned or m.negated:
            return
        if m.trigger in self.trigger_of:
            self._complete_proposer(m, self.trigger_of[m.trigger])
            return
        if m.modal in _ABILITY and m.value in URGING_KINDS:
            return  # "sie könne Diskussionen fordern": what someone is able to do, not a demand
        if m.support is None and m.passive and not m.roles.get("content") and not m.roles.get("agent"):
            return  # "werden weitere Einstellungen aufgerufen": by nobody, for nothing, no appeal
        trigger_args = [  # the verb's bare noun phrases ("forderte zwölf Todesopfer")
            c.i for c in self.doc[m.trigger].children if not any(g.dep_ == "case" for g in c.children)
        ]
        if any(self.doc[i].lower_ in _CASUALTIES for i in [*m.roles.get("content", []), *trigger_args]):
            return  # "der Anschlag forderte 20 Tote": lives claimed, nothing demanded
        doc = self.doc
        trigger = doc[m.trigger]  # a step the parser hangs as an apposition on a phrase of the verb
        steps = [*m.roles.get("content", []), *trigger_args,
                 *(g.i for c in trigger.children for g in c.children if g.dep_ == "appos")]
        if trigger.dep_ == "advmod" and trigger.head.pos_ == "VERB":
            steps.append(trigger.head.i)  # "bereit zu kandidieren" parsed with "bereit" on the verb
        if m.value in ("plan", "readiness") and any(_personal_step(doc[i]) for i in steps):
            return  # "kündigte seinen Rückzug an", "bereit zu kandidieren": a career step, put to nobody
        verbal = m.support is not None or trigger.pos_ in ("VERB", "AUX", "ADJ", "ADV") and not m.participle
        evidence = evidence_for(
            doc, self.document, trigger.idx, trigger.idx + len(trigger.text), f"frame:{m.lemma}", 0.6
        )
        if evidence.sentence_start in self.covered:
            return
        if trigger.pos_ in ("NOUN", "PROPN") and _refers_back(trigger) and self._before(trigger.idx):
            return  # "Der Vorschlag wurde am Montag vorgestellt": the proposal named before
        proposer = self._agent(m, evidence.sentence_start, _FIRST_PERSON)
        content = m.roles.get("content", [])
        if (proposer is None and not verbal and not m.roles.get("agent") and _clausal(doc, content)
                and not any(doc[i].dep_.startswith("acl") for i in content)):
            # "Ziel sei es, die Flüge auszulasten, sagte X": a goal nobody's own in the words of
            # a speaker is the speaker's
            proposer = self.speaker_at.get(evidence.sentence_start)
        if proposer is None and not (verbal and (m.roles.get("agent") or m.passive)):
            return  # a bare noun ("Forderungen") or a participle nobody is said to put forward
        if m.lemma in _WISH_VERBS and (proposer is None or any(
            c.dep_ == "cop" for i in content for c in doc[i].children
        )):
            # "die Leute wollen, dass ...": a wish of nobody named demands nothing; nor does a
            # wished state ("wir wollen, dass der Vertrag fair ist") ask anyone to act
            return
        if proposer is None and m.value == "readiness":
            return  # "73 Prozent sind bereit", "die Mittel stehen bereit": a readiness is a party's
        if proposer is None and any(p.evidence[0].method == NOBODYS_NOUN
                                    and p.evidence[0].sentence_start == evidence.sentence_start
                                    for p in self.proposals):
            return  # the rules' proposal of the sentence, nobody's either, stays
        if proposer is not None and self._advocates_known(m, proposer, evidence):
            return
        if proposer is not None and trigger.pos_ in ("NOUN", "PROPN"):
            known = named_again(trigger, m.value, proposer, self.proposals, self.actors)
            if known is not None:
                # "X legte ein Angebot ... Y will das Angebot von X annehmen": the rules met the
                # offer at its later mention; this is where it was put forward
                known.evidence.append(evidence)
                self.covered.add(evidence.sentence_start)
                self.trigger_of[m.trigger] = known.key
                return
        if proposer is None and m.passive and m.support is None and _described(trigger):
            return  # "Objekte, die auf Auktionen angeboten werden": on sale, nobody offering
        if proposer is None and _kind_of_agent(doc, m):
            return  # "Vereine, die zur Gewalt aufrufen, ...": a kind described, no one's call
        scope = [m.trigger] if verbal and m.support is None else content
        # the content itself may be a protest called for ("rief zu Protesten auf"): only a
        # negative word around it evaluates what is put forward
        called_for = {i for i in content if doc[i].pos_ == "NOUN"}
        if any(t.i in self.negative_at and t.i not in called_for for i in scope for t in doc[i].subtree):
            return  # "indem sie Ideen vorschlugen, die inakzeptabel seien": evaluated, not put forward
        outside = [i for i in content if not trigger.left_edge.i <= i <= trigger.right_edge.i]
        noun_trigger = trigger.pos_ in ("NOUN", "PROPN")
        if m.support is None and noun_trigger and not outside and not _clausal(doc, content):
            label = _text_of(doc, m.trigger)
        elif outside and trigger.pos_ in ("NOUN", "PROPN"):
            label = _predicate_text(doc, trigger, doc[outside[0]])
        elif content:
            label = _text_of(doc, content[0])
        elif trigger.pos_ in ("NOUN", "PROPN"):
            label = _text_of(doc, m.trigger)  # "stellte ihre Reform vor": the noun's phrase
        else:
            label = evidence.sentence[:_LABEL_CHARS]
        proposal = Proposal(
            key=f"proposal-{evidence.start}",
            kind=m.value,
            label=label,
            proposer=proposer,
            evidence=[evidence],
        )
        self._supersede_goal(evidence.sentence_start, proposal)
        self.proposals.append(proposal)
        self.covered.add(evidence.sentence_start)
        self.trigger_of[m.trigger] = proposal.key
        for i in content:
            self.trigger_of.setdefault(i, proposal.key)

    def _advocates_known(self, m: FrameMatch, proposer: str, evidence: Evidence) -> bool:
        """ "Die SPD sprach sich für den Plan aus", "setzt sich für den Vorschlag ein": to
        advocate a proposal named before is to accept it, not to put a new one forward."""
        if m.value != "advocacy" or m.support is not None:
            return False
        content = m.roles.get("content", [])
        if len(content) != 1:
            return False
        head = self.doc[content[0]]
        if head.pos_ not in ("NOUN", "PROPN") or not _refers_back(head):
            return False
        entries = default_lexicon().noun_entries(head.lemma_ or head.text)
        if not any(e.frame == "proposal" for e in entries):
            return False
        target = self._latest_other(proposer, head.idx)
        if target is None:
            return False
        if (evidence.sentence_start, proposer, "accept") not in self.answered:
            self.answered.add((evidence.sentence_start, proposer, "accept"))
            self.responses.append(
                Response(
                    key=f"response-{evidence.start}-{len(self.responses)}",
                    proposal=target.key,
                    actor=proposer,
                    stance="accept",
                    evidence=[evidence],
                )
            )
        self.covered.add(evidence.sentence_start)
        return True

    def _said_nothing(self, m: FrameMatch) -> bool:
        """ "äußerte sich nicht zu ...": a negated verb of saying without a clause, or with only
        an indirect question, says nothing ("bestritt nicht, dass ..." still reports what was
        conceded); so does one that must or should answer an indirect question."""
        content = [self.doc[i] for i in m.roles.get("content", [])]
        if any(t.dep_ == "obj" and names_view(t) for t in content):
            return False  # "sieht keinen Grund zur Sorge": the negation is the judgement stated
        clauses = [t for t in content if t.dep_ in ("ccomp", "parataxis", "xcomp")]
        if clauses:
            # "sagte nicht, wann ...", "wollte sich nicht äußern, ob ...", "muss erklären,
            # warum ...": a question left open, or one someone has yet to answer
            obliged = m.modal in _OBLIGATION_MODALS
            return (m.negated or obliged) and all(_opening_word(t) in QUESTION_WORDS for t in clauses)
        return m.negated or any(t.left_edge.lower_ == "nicht" for t in content)

    def _complete_proposer(self, m: FrameMatch, key: str) -> None:
        """ "Die SPD vertritt die Forderung nach ...": the older noun rules found the proposal
        without a proposer; the light verb's subject is the proposer."""
        if m.support is None:
            return
        proposal = next((p for p in self.proposals if p.key == key and p.proposer is None), None)
        if proposal is not None and proposal.evidence:
            proposal.proposer = self._agent(m, proposal.evidence[0].sentence_start, _FIRST_PERSON)

    def _supersede_goal(self, sentence_start: int, proposal: Proposal) -> None:
        """Drop the stated goal of the sentence: its responses answer the frame's proposal, and
        its holder proposes it where the frame found no agent."""
        goals = [p for p in self.proposals if _yields(p) and p.evidence[0].sentence_start == sentence_start]
        if not goals:
            return
        keys = {p.key for p in goals}
        self.proposals[:] = [p for p in self.proposals if p.key not in keys]
        for r in self.responses:
            if r.proposal in keys:
                r.proposal = proposal.key
        if proposal.proposer is None:
            proposal.proposer = goals[0].proposer

    def _agent(self, m: FrameMatch, sentence_start: int, speaker_words: frozenset[str]) -> str | None:
        agents = m.roles.get("agent", [])
        actor = _actor_of(self.doc, agents, self.actors)
        if actor is None and any(self.doc[i].lower_ in speaker_words for i in agents):
            actor = self.speaker_at.get(sentence_start)
        if actor is None and not agents and m.support is None:
            actor = self._subject_with(self.doc[m.trigger])
        return actor

    def _subject_with(self, noun: Token) -> str | None:
        """ "begann seine Amtszeit mit einem Aufruf zur Versöhnung", "eröffnete die Sitzung mit
        der Forderung nach X": the subject of the verb a proposal noun is the instrument of puts it
        forward."""
        verb = noun.head
        if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "case" and c.lower_ == "mit" for c in noun.children
        ):
            return None
        subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
        return _actor_of(self.doc, subjects, self.actors) if subjects else None

    # responses -----------------------------------------------------------------------------

    def _response(self, m: FrameMatch) -> None:
        # "kann dem Plan etwas abgewinnen": there "können" belongs to the idiom
        idiomatic_modal = m.modal in _ABILITY and m.lemma in _WITH_ABILITY
        if m.hypothetical or (m.modal in _NOT_YET and not idiomatic_modal):
            return  # "wenn ...", "ob ...", "muss zustimmen": no response has been given
        doc = self.doc
        stance = NEGATED_STANCE[m.value] if m.negated else m.value
        if m.conditioned:
            if stance not in ("accept", "consider"):
                return
            stance = "consider"  # "stimmt zu, aber nur, wenn ...": agreement on conditions
        trigger = doc[m.trigger]
        if trigger.dep_ == "xcomp" and trigger.head.i in self.urging:
            return  # "drängte Griechenland, den Vorschlag anzunehmen": a response asked for
        evidence = evidence_for(
            doc, self.document, trigger.idx, trigger.idx + len(trigger.text), f"frame:{m.lemma}", 0.6
        )
        nominal = m.support is None and trigger.pos_ in ("NOUN", "PROPN")
        if nominal and trigger.dep_ not in ("nsubj", "nsubj:pass"):
            return  # "braucht die Zustimmung von X": a response named, not given
        if nominal and trigger.head.lemma_.lower() in _OPEN_OUTCOMES:
            return  # "ein Veto der USA ist unsicher": not given either
        if m.support is not None and _aimed_at_person(trigger):
            return  # "Kritik an der Ministerin kam von X": a person criticised, no proposal
        for actor in self._responders(m, evidence.sentence_start):
            if (evidence.sentence_start, actor, stance) in self.answered:
                continue
            proposal = self._answered_proposal(m, actor, trigger.idx)
            if proposal is None:
                return
            self.answered.add((evidence.sentence_start, actor, stance))
            self.responses.append(
                Response(
                    key=f"response-{evidence.start}-{len(self.responses)}",
                    proposal=proposal.key,
                    actor=actor,
                    stance=stance,  # type: ignore[arg-type]
                    evidence=[evidence],
                )
            )

    def _responders(self, m: FrameMatch, sentence_start: int) -> list[str]:
        """Every actor of a coordinated agent responds ("Kritik kam von X, Y und Z")."""
        first = self._agent(m, sentence_start, _SPEAKING_PERSON)
        if first is None:
            return []
        out = [first]
        for i in m.roles.get("agent", [])[1:]:
            tok = self.doc[i]
            if tok.dep_ != "conj" or tok.pos_ != "PROPN" or self.actors.key_for_token(tok) is None:
                continue  # "und mehreren EU-Staaten" names no actor of its own
            if i + 1 < len(self.doc) and self.doc[i + 1].text in ("–", "—"):
                continue  # a dateline ("Kiew/Moskau – ..."), not a second responder
            actor = _actor_of(self.doc, [i], self.actors)
            known = get_actor(self.actors, actor) if actor is not None else None
            if known is None or actor in out:
                continue
            if "-" in tok.text and tok.text.rsplit("-", 1)[-1] not in known.name:
                continue  # "EU-Staaten": members of the EU, not the EU
            out.append(actor)
        return out

    def _answered_proposal(self, m: FrameMatch, actor: str, at: int) -> Proposal | None:
        themes = m.roles.get("theme", [])
        for i in themes:
            for tok in _phrase(self.doc[i]):
                key = self.trigger_of.get(tok.i)
                if key is not None:
                    return self._own(key, actor)
        for i in themes:
            theme = self.doc[i]
            if theme.lower_ in _CONDUCT or (theme.lemma_ or "").lower() in _CONDUCT:
                return None  # "lobte die Hilfsbereitschaft der Bürger": conduct praised, no proposal
            entries = default_lexicon().noun_entries(theme.lemma_ or theme.text)
            if entries and not any(e.frame == "proposal" for e in entries):
                continue  # "wies Kritik zurück": a response answered is a claim denied, no proposal
            if entries and _refers_back(theme):
                return self._latest_other(actor, at) or self._named_before(theme, actor)
            if theme.lower_ in _ANAPHORS and theme.pos_ in ("PRON", "DET"):
                if person_named_before(theme, self.actors, actor):
                    return None  # "X, der Kern mehrfach kritisiert hatte" with "diesen" for Kern
                return self._latest_other(actor, at)
            if entries:
                return self._new_from_theme(theme)
            if theme.pos_ not in ("NOUN", "PROPN") or _claim_or_person(theme):
                continue
            if m.value == "consider" and meeting_noun_kind(theme) is not None:
                # "zeigte sich offen für ein Treffen mit X": readiness to meet, the subject's own
                # offer, not an answer to someone else's (and no meeting yet)
                kind = "plan" if m.lemma in _OWN_IDEAS else "readiness"
                self._new_from_theme(theme, proposer=actor, kind=kind)
                return None
            if m.lemma in _OWN_IDEAS:
                # "erwägt eine Senkung der Gebühren", "denkt über eine Steuer nach": the idea is the
                # subject's own plan, not an answer to someone else's
                self._new_from_theme(theme, proposer=actor, kind="plan")
                return None
            if m.value != "criticise" and m.lemma not in _PLAIN_THEME_NO_PROPOSAL:
                # "lehnte die Erhöhung der Steuern ab": what is accepted or rejected was put
                # forward by someone, even where the article does not say by whom
                return self._new_from_theme(theme)
        if not themes:
            if _person_after(self.doc[m.trigger], m.roles.get("agent", [])):
                return None  # "kritisierte ... Minister X": the parser missed a person as object
            if _second_subject_named(self.doc[m.trigger], self.actors):
                return None  # "Senator X unterstützt Donald Trump", parsed with two subjects
            if _answers_question(self.doc[m.trigger]):
                return None  # "Kommt die Steuer? Zu früh, winkt X ab": a question answered
            # "X reagierte zurückhaltend" names nothing it reacts to: only a proposal just
            # reported, not one from paragraphs before (another event may lie between)
            window = _REACTION_CHARS if m.lemma in _BARE_REACTIONS else _LOOKBACK_CHARS
            return self._latest_other(actor, at, window)
        return None

    def _before(self, at: int) -> bool:
        return any(p.evidence[0].start < at for p in self.proposals)

    def _own(self, key: str, actor: str) -> Proposal | None:
        proposal = next(p for p in self.proposals if p.key == key)
        return None if proposal.proposer == actor else proposal

    def _latest_other(self, actor: str, at: int, window: int = _LOOKBACK_CHARS) -> Proposal | None:
        for p in sorted(self.proposals, key=lambda p: p.evidence[0].start, reverse=True):
            start = p.evidence[0].start
            if start < at and at - start < window and p.proposer != actor:
                return p
        return None

    def _named_before(self, theme: Token, actor: str) -> Proposal | None:
        """ "Die Grünen begrüßten die Verordnung": with no proposal in the sentences before, a
        definite noun refers to the latest proposal the article named with the same noun,
        however long ago (its topic), not answered by its own proposer."""
        lemma = (theme.lemma_ or theme.text).lower()
        for i in sorted(self.trigger_of, reverse=True):
            key = self.trigger_of[i]
            if i < theme.i and (self.doc[i].lemma_ or self.doc[i].text).lower() == lemma:
                proposal = next((p for p in self.proposals if p.key == key), None)
                if proposal is not None and proposal.proposer != actor:
                    return proposal
        return None

    def _new_from_theme(self, theme: Token, proposer: str | None = None, kind: str | None = None) -> Proposal:
        """A proposal known only from the response to it ("lehnte den Plan der Regierung ab"),
        or from its proposer's considering it (`proposer`, `kind` given)."""
        same = next((p for p in self.proposals if p.evidence[0].method == NOBODYS_NOUN
                     and p.evidence[0].start == theme.idx), None)
        if same is not None:  # the rules found the noun, with nobody proposing it
            same.proposer = same.proposer or proposer
            return same
        entries = default_lexicon().noun_entries(theme.lemma_ or theme.text)
        found, lemma = (entries[0].value, entries[0].lemma) if entries else ("proposal", theme.lemma_.lower())
        proposer_slots = [  # "der Plan der Regierung", "ihr Plan"; not "eine Koalition mit X"
            c.i
            for c in theme.children
            if c.dep_ in ("nmod:poss", "det:poss")
            or c.dep_ == "nmod" and case_of(c) in (None, "gen", "von")
        ]
        evidence = evidence_for(
            self.doc, self.document, theme.idx, theme.idx + len(theme.text), f"frame:{lemma}-theme", 0.5
        )
        proposal = Proposal(
            key=f"proposal-{evidence.start}",
            kind=kind or found,
            label=_text_of(self.doc, theme.i),
            proposer=(proposer or _actor_of(self.doc, proposer_slots, self.actors)
                      or self._from_capital(theme)),
            evidence=[evidence],
        )
        self.proposals.append(proposal)
        self.covered.add(evidence.sentence_start)
        self.trigger_of[theme.i] = proposal.key
        return proposal

    def _from_capital(self, theme: Token) -> str | None:
        """ "der Vorschlag aus Stockholm": a proposal from a capital is its state's, where the
        article names that state (a place alone puts nothing forward)."""
        for c in theme.children:
            key = self.actors.key_for_token(c) if c.dep_ == "nmod" and case_of(c) == "aus" else None
            state = self.actors.capital_state(key) if key is not None else None
            if state is not None:
                return state
        return None

    # statements ----------------------------------------------------------------------------

    def _statement(self, m: FrameMatch) -> None:
        doc = self.doc
        trigger = doc[m.trigger]
        if m.hypothetical or self._said_nothing(m) or asked_or_seen(trigger, m.lemma):
            return  # ... or "war im Fernsehen zu sehen": being seen says nothing
        if _reported_within(trigger, self.speech_triggers):
            return  # "X sagte, Y wolle ... verkünden": nested speech belongs to the outer reporter
        evidence = evidence_for(
            doc, self.document, trigger.idx, trigger.idx + len(trigger.text), f"frame:{m.lemma}", 0.6
        )
        if any(a <= evidence.start < b for a, b in self.stated):
            return  # a statement of the older rules (perhaps over several sentences) covers it
        speaker = _speaker_of(doc, _before_content(doc, m), self.actors)
        if speaker is None:
            return
        quote = _quote(doc, m)
        if not quote:
            return
        self.stated.append((evidence.sentence_start, evidence.sentence_end))
        self.statements.append(
            Statement(
                key=f"statement-{evidence.start}-frame",
                speaker=speaker,
                quote=quote,
                direct=any(c in evidence.sentence for c in QUOTE_MARKS),
                evidence=[evidence],
            )
        )
        self._continued(trigger, speaker, m.lemma)

    def _stance_continued(self, m: FrameMatch) -> None:
        """ "X zeigte sich zufrieden mit dem Abschluss. Der Verkauf sei ein richtiger Schritt.":
        reported speech right after a stance is the words of whoever took it, whether or not
        the stance answers a proposal that the article names."""
        if m.hypothetical or m.conditioned:
            return
        trigger = self.doc[m.trigger]
        if m.support is None and trigger.pos_ in ("NOUN", "PROPN"):
            return  # "die Kritik der Opposition": a stance named, nobody speaking
        actor = _speaker_of(self.doc, m.roles.get("agent", []), self.actors)
        if actor is not None:
            self._continued(trigger, actor, m.lemma)

    def _demand_continued(self, proposal: Proposal) -> None:
        """ "X plädierte für eine Reform. Es sei höchste Zeit, ...": reported speech right after
        a demand, appeal or proposal made by a verb (a speech act) is the words of whoever
        made it; a noun ("die Forderung der Opposition") names a demand, nobody speaking."""
        if proposal.kind not in URGING_KINDS or proposal.proposer is None or not proposal.evidence:
            return
        actor = get_actor(self.actors, proposal.proposer)
        if actor is None or actor.category not in ("Person", "Organisation"):
            return
        ev = proposal.evidence[0]
        span = self.doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].pos_ not in ("VERB", "AUX"):
            return
        self._continued(span[0], proposal.proposer, span[0].lemma_, strict=True)

    def _continued(self, trigger: Token, speaker: str, lemma: str, strict: bool = False) -> None:
        """ "X zeigte sich überzeugt, dass ... . Y sei egal.": the reported speech that goes on
        after a frame statement is the same speaker's, as after a verb of saying."""
        for sent, content in reported_continuation(self.doc, self.actors, trigger.i, [speaker], strict):
            start = first_char(sent)
            if any(a <= start < b for a, b in self.stated):
                return
            evidence = evidence_for(
                self.doc, self.document, sent[0].idx, sent[0].idx + len(sent[0].text),
                f"frame:{lemma}+continuation", 0.5,
            )
            self.stated.append((evidence.sentence_start, evidence.sentence_end))
            self.statements.append(
                Statement(key=f"statement-{start}-frame", speaker=speaker, quote=content,
                          direct=any(c in evidence.sentence for c in QUOTE_MARKS), evidence=[evidence])
            )


def _kind_of_agent(doc: Doc, m: FrameMatch) -> bool:
    """The agent is the noun a relative clause around the trigger describes, and that noun is
    bare or indefinite ("für Vereine, die zur Gewalt aufrufen", "ein Land, das Hilfe anbietet"):
    the clause says what kind of agent is meant, it reports no one putting anything forward."""
    agents = m.roles.get("agent", [])
    if not agents:
        return False
    noun = doc[agents[0]]
    if noun.pos_ != "NOUN" or not noun.left_edge.i <= m.trigger <= noun.right_edge.i:
        return False
    if not any(c.dep_ in ("acl", "acl:relcl") and c.left_edge.i <= m.trigger <= c.right_edge.i
               for c in noun.children):
        return False
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return not dets or dets[0] in INDEFINITE_DETS or dets[0].startswith("kein")


def _described(verb: Token) -> bool:
    """The verb stands in a relative clause ("Objekte, die ... angeboten werden") or an
    indirect question ("prüfen, welche Objekte angeboten werden"): it describes what
    happens to something, no one puts anything forward. The parser hangs such clauses in
    many ways (conj, advcl, dep), so the clauses above the verb are looked at too."""
    node = verb
    while True:
        first = next((t for t in node.subtree if not t.is_punct), node)
        if node.dep_ in ("ccomp", "advcl", "dep") and first.lower_ in QUESTION_WORDS:
            return True
        if node.dep_ in ("acl", "acl:relcl"):
            return any("Rel" in c.morph.get("PronType") for c in node.children)
        if node.dep_ not in ("conj", "advcl", "dep") or node.head is node:
            return False
        node = node.head


def _predicate_text(doc: Doc, noun: Token, predicate: Token) -> str:
    """What a copula clause says a noun is ("Ziel der Partei ist es, die Steuern zu senken" ->
    "die Steuern zu senken"): the predicate's phrase without the noun's, the copula, "es"."""
    own = {t.i for t in noun.subtree}
    skip = ("cop", "aux", "expl", "punct")
    # "es" may hang on the copula itself ("sei es, ... zu erschließen")
    tokens = [t for t in predicate.subtree if t.i not in own and t.dep_ not in skip
              and not (t.lower_ == "es" and t.head.dep_ in skip)]
    if not tokens:
        return _text_of(doc, predicate.i)
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).strip(" ,")[:_LABEL_CHARS]


def _reported_within(trigger: Token, speech_triggers: set[int]) -> bool:
    """Whether a verb of saying is part of what another verb of saying reports: it hangs,
    through a complement or a parataxis, below that verb.  The guidelines give nested speech
    to the outer reporter, so the inner verb makes no statement of its own."""
    tok = trigger
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.i in speech_triggers:
            return True
        tok = tok.head
    return False


def _before_content(doc: Doc, m: FrameMatch) -> list[int]:
    """The agent slots of a verb of saying, without a second "subject" behind a comma after the
    verb: "Ein US-Vertreter sagte, Li Wei wolle ...": the parser may hang the content clause's
    subject on the verb of saying; it is not the speaker."""
    agents = m.roles.get("agent", [])
    if not any(i < m.trigger for i in agents):
        return agents
    return [i for i in agents if i < m.trigger or not any(t.text == "," for t in doc[m.trigger : i])]


def _quote(doc: Doc, m: FrameMatch) -> str:
    """What is said: the content clause, the clause a postposed verb of saying hangs on, what
    follows a colon, or the sentence around a source marker."""
    trigger = doc[m.trigger]
    sent = trigger.sent
    if m.colon is not None:
        tokens = list(doc[m.colon + 1 : sent.end])
    elif m.inverted:
        skip = {t.i for t in trigger.subtree}
        tokens = [t for t in trigger.head.subtree if t.i not in skip]
    elif m.roles.get("content"):
        tokens = sorted({t for i in m.roles["content"] for t in doc[i].subtree}, key=lambda t: t.i)
    elif trigger.lower_ == "so":  # "..., so der Minister": what comes before
        tokens = list(doc[sent.start : trigger.i])
    elif trigger.lower_ == "nach" and m.roles.get("agent", [trigger.i])[0] < trigger.i:
        # "ihrer Meinung nach": the sentence without the possessive, its noun and "nach"
        skip = set(range(m.roles["agent"][0], trigger.i + 1))
        tokens = [t for t in sent if t.i not in skip]
    elif trigger.pos_ == "ADP":  # "laut X", "nach Angaben von X": the sentence without the source
        skip = {trigger.i} | {t.i for t in trigger.head.subtree}
        tokens = [t for t in sent if t.i not in skip]
    else:
        return ""
    if not tokens:
        return ""
    pieces = []
    for tok, nxt in zip(tokens, [*tokens[1:], None], strict=True):
        pieces.append(tok.text + (tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " "))
    text = " ".join("".join(pieces).split())
    text = re.sub(r"\s*,\s*([.!?])$", r"\1", text)  # "Die Lage sei ernst, ." once the verb is cut out
    return text.strip(' ,:;"„“”»«').strip()


def _answers_question(trigger: Token) -> bool:
    """The sentence before ends with a question mark: a stance without an object there answers
    that question (an interviewer's, or one the article asks), not a proposal."""
    sent = trigger.sent
    if sent.start == 0:
        return False
    before = [t for t in trigger.doc[sent.start - 1].sent if not t.is_space]
    return bool(before) and before[-1].text == "?"


def _personal_step(head: Token) -> bool:
    """A step in someone's own career or vote ("seinen Rücktritt", "nicht mehr anzutreten",
    "X zu wählen"; group personal_step): announced, it is put to nobody to accept."""
    word = head.lemma_.lower() if head.pos_ == "VERB" else head.lower_
    return word.endswith(_PERSONAL_STEPS) or verb_lemma(head) in _PERSONAL_STEPS


def _refers_back(noun: Token) -> bool:
    """A definite or demonstrative noun without an attribute of its own refers to a proposal
    named before ("der Plan", "diesen Vorschlag")."""
    det = next((c for c in noun.children if c.dep_ == "det"), None)
    attributes = [c for c in noun.children if c.dep_ in ("nmod", "nmod:poss", "det:poss", "acl", "acl:relcl")]
    return det is not None and det.lower_ in DEFINITE_DETS and not attributes


def extract_frame_events(doc: Doc, actors: ActorLookup, document: Document, extraction: Extraction) -> None:
    """Add the frame engine's proposals and responses to the extraction (in place)."""
    if not Doc.has_extension("kg_frames") or doc._.kg_frames is None:
        return
    FrameEvents(
        doc, actors, document, extraction.proposals, extraction.responses, extraction.statements
    ).run()
