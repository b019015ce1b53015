"""`kg_frames`: one argument engine for every predicate of the frame lexicon.

Why: the event layers must work on articles nobody tuned on. Which words evoke a proposal or
a response, and which grammatical argument fills which role, is data
(`kg/data/frames.tsv`); this module only knows syntax, once for all entries:

- the predicate: a verb's lemma with its separated particle ("legte ... vor" -> vorlegen) and
  its reflexive "sich"; a noun by its lemma or the head of a compound ("Friedensplan" ->
  Plan); an adjective; a light verb with its event noun ("übte Kritik", "stieß auf Kritik");
- the voice: in the passive the subject is the object slot and the "von"-phrase the agent;
- coordination: a coordinated verb without a subject shares its head's subject;
- participles used as adjectives ("die geforderte Reform", "der vorgeschlagene Plan"): the
  noun they modify is the content, a "von"-phrase the agent;
- the mood of the clause: conditional ("wenn", "falls"), question ("ob", a question mark) and
  negation are recorded for the extractor to decide.

The result is `doc._.kg_frames`, a list of `FrameMatch` (frame, value, trigger and the token
index of each role's filler head), and `doc.spans["kg_frames"]`, one span per trigger labelled
"frame:value" for display. Actors are not resolved here; that is the
job of `kg.extract.frames`, which sees the document's actor index.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import vocabulary
from kg.nlp.tense import fused_zu_infinitive, is_konjunktiv1

SPAN_KEY = "kg_frames"

if not Doc.has_extension("kg_frames"):
    Doc.set_extension("kg_frames", default=None)

_CONDITIONAL_MARKS = frozenset({"wenn", "falls", "sofern", "ob", "sollte", "ehe"})
#: the conjunctions of a condition proper (not of a question: "ob")
IF_MARKS = frozenset({"wenn", "falls", "sofern"})
#: words after "nicht" that leave nothing negated ("nicht nur ..., sondern auch", "nicht zuletzt")
NOT_ONLY = frozenset({"nur", "bloß", "allein", "zuletzt"})
_NEGATIONS = frozenset({"nicht", "nie", "niemals", "nirgends", "nirgendwo", "keineswegs", "keinesfalls"})
_NEGATIVE_DETS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines"})
_PASSIVE_AGENT_PREPS = frozenset({"von", "vom", "durch"})
_GENITIVE_DETS = frozenset({"des", "der", "eines", "einer"})
_MIN_COMPOUND_HEAD = 4  # a compound matches a noun entry of at least this many letters
# words ending in a proposal noun that name no proposal ("Fahrplan", "Terrorpläne"), shared
# with the cue rules (kg/data/vocabulary.tsv, group not_proposal)
_NOT_PROPOSAL_ENDINGS = tuple(sorted(vocabulary.word_set("not_proposal")))
_OFFER_MODIFIERS = vocabulary.words("offer_modifier")
_OFFERABLE_ACTS = vocabulary.words("offerable_act")
_SHELVING_PLACES = vocabulary.word_set("shelving_place")
_VIEW_NOUNS = vocabulary.words("view_noun")
_CONTRACTIONS = {"vom": "von", "zum": "zu", "zur": "zu", "am": "an", "im": "in", "beim": "bei"}


@dataclass(frozen=True)
class Entry:
    """One line of the frame lexicon."""

    lemma: str
    pos: str
    frame: str
    value: str
    roles: dict[str, tuple[str, ...]]
    requires: tuple[str, ...]
    reflexive: bool
    noun: str | None  # "in Aussicht stellen": the fixed noun ("aussicht")


@dataclass
class FrameMatch:
    """A predicate of the lexicon found in a sentence, with the heads of its role fillers."""

    frame: str
    value: str
    lemma: str
    trigger: int  # token index of the predicate
    roles: dict[str, list[int]] = field(default_factory=dict)
    support: int | None = None  # token index of a light verb carrying an event noun
    passive: bool = False
    negated: bool = False
    hypothetical: bool = False
    conditioned: bool = False  # "wenn ..., werden wir nicht zustimmen"
    modal: str | None = None  # lemma of a modal verb on the predicate ("muss zustimmen")
    participle: bool = False  # "die geforderte Reform"
    inverted: bool = False  # "Die Lage sei ernst, sagte X": the content is the clause it hangs on
    colon: int | None = None  # token index of a colon after a verb of saying ("sagte: ...")


@dataclass(frozen=True)
class Lexicon:
    """The frame lexicon indexed for the engine: verbs by lemma, nouns by lemma (lower case)."""

    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    adjectives: dict[str, tuple[Entry, ...]]
    support: dict[str, tuple[Entry, ...]]
    markers: dict[str, tuple[Entry, ...]]
    entries: tuple[Entry, ...]

    def noun_entries(self, lemma: str) -> tuple[Entry, ...]:
        """Entries of a noun or of the longest lexicon noun its compound ends in; no proposal
        entries for a word that names no proposal ("Terrorpläne", "Bildungsangebot")."""
        low = lemma.lower()
        entries = self._noun_entries(low)
        if entries and (low.replace("-", "").endswith(_NOT_PROPOSAL_ENDINGS) or on_sale(low)):
            return tuple(e for e in entries if e.frame != "proposal")
        return entries

    def names_source(self, noun: Token) -> bool:
        """ "ihrer Meinung nach", "nach seiner Ansicht", "laut seinen Angaben": the noun of a
        source marker in that marker (not "seine Meinung äußern")."""
        low = (noun.lemma_ or noun.text).lower()
        doc = noun.doc
        words = [doc[noun.i + 1].lower_] if noun.i + 1 < len(doc) else []
        words += [doc[i].lower_ for i in range(max(noun.i - 3, 0), noun.i)]
        return any(
            e.noun in (low, noun.lower_) and e.lemma.split()[0] in words
            for entries in self.markers.values()
            for e in entries
        )

    def _noun_entries(self, low: str) -> tuple[Entry, ...]:
        if low in self.nouns:
            return self.nouns[low]
        for cut in range(1, len(low) - _MIN_COMPOUND_HEAD + 1):
            head = low[cut:]
            if head in self.nouns:
                return self.nouns[head]
        return ()


def on_sale(word: str) -> bool:
    """A compound of "Angebot" whose first part names no offer to a party ("Medienangebot",
    "Bildungsangebote"): what is on sale or on offer to use, which news mention far more often
    than offers made in negotiations ("Gesprächsangebot"; group offer_modifier)."""
    low = word.lower().replace("-", "")
    at = low.find("angebot")
    return at > 0 and not low[:at].endswith(_OFFER_MODIFIERS)


def _names_act(token: Token) -> bool:
    """The noun names an act a party can offer ("Gespräche", "eine Waffenruhe"; group
    offerable_act), not goods or services."""
    return token.lower_.endswith(_OFFERABLE_ACTS) or (token.lemma_ or "").lower().endswith(_OFFERABLE_ACTS)


def names_view(token: Token) -> bool:
    """The noun names a judgement ("Grund", "Handlungsbedarf", "Chancen"; group view_noun):
    "sehen" with it as object states a view, and a negation in it is part of that view."""
    return token.pos_ == "NOUN" and token.lower_.endswith(_VIEW_NOUNS)


def _noun_objects(verb: Token) -> list[Token]:
    """The noun objects of a verb; of two, the first is the recipient the parser did not label
    ("bot Polens Präsidenten 50 Soldaten an")."""
    return [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]


def _parse_roles(text: str) -> dict[str, tuple[str, ...]]:
    roles: dict[str, tuple[str, ...]] = {}
    for part in text.split():
        role, _, slots = part.partition(":")
        roles[role] = tuple(s for s in slots.split(",") if s)
    return roles


def parse_lexicon(lines: list[str]) -> Lexicon:
    """Read the TSV lexicon (comment lines start with '#')."""
    rows = csv.DictReader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t")
    by_pos: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    entries = []
    for row in rows:
        words = row["lemma"].split()
        reflexive = words[0] == "sich"
        words = words[1:] if reflexive else words
        noun = None
        if row["pos"] == "MARKER":  # "nach Angaben": the marker word, then the noun it governs
            lemma, noun = words[0].lower(), (words[1].lower() if len(words) > 1 else None)
        else:
            lemma = words[-1].lower()
            if len(words) > 1:  # "in Aussicht stellen", "bereit erklären"
                noun = words[-2].lower()
        entry = Entry(
            lemma=lemma,
            pos=row["pos"],
            frame=row["frame"],
            value=row["value"],
            roles=_parse_roles(row["roles"]),
            requires=tuple(s for s in row["requires"].split(",") if s and s != "-"),
            reflexive=reflexive,
            noun=noun,
        )
        entries.append(entry)
        by_pos[entry.pos][entry.lemma].append(entry)

    def freeze(pos: str) -> dict[str, tuple[Entry, ...]]:
        return {k: tuple(v) for k, v in by_pos[pos].items()}

    return Lexicon(
        freeze("VERB"), freeze("NOUN"), freeze("ADJ"), freeze("SUPPORT"), freeze("MARKER"), tuple(entries)
    )


@cache
def default_lexicon() -> Lexicon:
    text = resources.files("kg.data").joinpath("frames.tsv").read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())


def verbs_of_saying(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Lemmas of the statement verbs: the one list of verbs of saying that every rule reads
    ("verlauten lassen" gives "verlauten", "bekannt geben" "bekanntgeben"); rows marked
    "clause-only" ("festhalten": "an X festhalten" says nothing) are left to the frame engine,
    which checks the content clause."""
    lexicon = lexicon or default_lexicon()
    out: set[str] = set()
    for e in lexicon.entries:
        if e.frame == "statement" and e.pos == "VERB" and e.value != "clause-only":
            out.add(e.lemma if e.noun is None else e.noun + e.lemma)
            if e.noun is not None:
                out.add(e.noun)
    return frozenset(out)


def multiword_speech_verbs(lexicon: Lexicon | None = None) -> dict[str, str]:
    """The fixed word of each multiword verb of saying and its verb ("bedenken" -> "geben"
    for "zu bedenken geben"), so that a rule finding the word can take the verb's place in
    the clause ("..., gab X zu bedenken")."""
    lexicon = lexicon or default_lexicon()
    return {e.noun: e.lemma for e in lexicon.entries
            if e.frame == "statement" and e.pos == "VERB" and e.noun is not None}


def verbs_of_speakers(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Verbs whose subject speaks or takes a stance (saying and responding), each also
    without its separable particle, as a statistical lemmatiser gives separated verbs
    ("teilte ... mit" -> "teilen")."""
    from kg.nlp.cues import PARTICLES

    lexicon = lexicon or default_lexicon()
    lemmas = {
        e.lemma for e in lexicon.entries if e.frame == "statement" and e.pos == "VERB" and e.noun is None
    }
    lemmas |= {e.lemma for e in lexicon.entries if e.frame == "response" and e.pos == "VERB"}
    stems = {
        lemma[len(p) :]
        for lemma in lemmas
        for p in PARTICLES
        if lemma.startswith(p) and len(lemma) > len(p) + 3
    }
    return frozenset(lemmas | stems)


# --------------------------------------------------------------------------- syntax helpers


def case_of(token: Token) -> str | None:
    """The preposition of a phrase ("an" for "an die Regierung", "als" for "als Vermittler");
    "gen" for a genitive attribute without one ("der Plan der Regierung")."""
    for child in token.children:
        if child.dep_ == "case":
            return _CONTRACTIONS.get(child.lower_, child.lower_)
        if child.lower_ == "als" and child.dep_ in ("cc", "mark") and child.i < token.i:
            return "als"  # "bot sich als Vermittler an": the parser reads "als" as a conjunction
    if token.dep_ == "nmod" and token.i > token.head.i:
        det = next((c for c in token.children if c.dep_ == "det"), None)
        if token.pos_ == "PROPN" or (det is not None and det.lower_ in _GENITIVE_DETS):
            return "gen"
    return None


def _slot_fillers(head: Token, slot: str) -> list[Token]:
    """Dependents of `head` in a slot: "obj", "obl@an", "nmod@gen", "det:poss"; "obj>acl" is
    the clause attached to the object ("wies den Vorwurf, dass ..., zurück")."""
    if slot == "pred":
        return _copula_predicate(head)
    if ">" in slot:
        outer, inner = slot.split(">", 1)
        phrases = [p for f in _slot_fillers(head, outer) for p in (f, *_appositions(f))]
        return [g for p in phrases for g in p.children if g.dep_ == inner]
    rel, _, prep = slot.partition("@")
    children = _argument_children(head)
    out = []
    for child in children:
        dep = child.dep_
        if rel == "ccomp" and dep == "advcl" and any(m.lower_ in ("dass", "ob") for m in child.children):
            dep = "ccomp"  # a dass-clause the parser labelled adverbial
        if dep == "dep" and "Yes" in child.morph.get("Poss") and child.i < head.i:
            dep = "det:poss"  # "Sein Ziel": a possessive the parser left unlabelled
        if rel == "ccomp" and dep in ("conj", "xcomp") and _reported_conjunct(head, child):
            dep = "ccomp"  # "gab an, sein Land müsse ... haben" parsed as a second main clause
        if rel == "xcomp" and dep in ("advcl", "dep", "csubj") and child.i > head.i and _zu_infinitive(child):
            dep = "xcomp"  # "gab bekannt, ... zu gehen", "beteuerte, nicht Eigentümer ... zu sein"
        if rel == "nsubj" and dep == "nsubj:pass" and _perfect_active(head):
            dep = "nsubj"  # "Sie hatte empfohlen": the subject of an active perfect
        if dep != rel and not (rel == "obl" and dep in ("obl:arg", "obl:agent") and prep):
            continue
        if prep and (case_of(child) != prep or _in_time(child)):
            continue  # "hielt am Sonntagabend fest": a time, not the thing held on to
        if not prep and rel in ("obl", "nmod") and case_of(child) is not None:
            continue
        out.append(child)
        out.extend(c for c in child.children if c.dep_ == "conj")
    if not out and rel == "obl" and prep:
        out = _correlated_clause(children, prep) or _phrase_on_argument(head, children, prep)
    if rel in ("obj", "nsubj") and not prep:
        out = _two_subjects(children, rel, out)
    return out


_COPULAS = frozenset({"sein", "bleiben"})
_CLAUSAL = frozenset({"xcomp", "ccomp", "csubj", "acl", "acl:relcl", "advcl", "parataxis"})


TIME_SPANS = "kg_time"  # kg.nlp.timex.SPAN_KEY (not imported: timex reads kg.extract, which reads this)


def _in_time(token: Token) -> bool:
    """The token is part of a time expression of `kg_timex` ("am Sonntagabend")."""
    spans = token.doc.spans[TIME_SPANS] if TIME_SPANS in token.doc.spans else ()
    return any(span.start <= token.i < span.end for span in spans)


def _copula_predicate(noun: Token) -> list[Token]:
    """What a noun is said to be in a copula clause (slot "pred"): "Ziel der Partei ist es, ...
    zu senken" (the noun heads the clause: its clause after it), "Sein Ziel bleibt die
    Unabhängigkeit", "Ihr Ziel sei, ... zu überwinden" (the noun is the subject: the other
    nominative or the clause of "sein"/"bleiben"), "Das Ziel ist eine Senkung ..." (the
    predicate noun). Empty where the noun is no part of such a clause ("Die Ziele wurden
    verfehlt")."""
    def clauses(head: Token) -> list[Token]:
        return [c for c in head.children if c.i > noun.i and c.dep_ in _CLAUSAL
                and (c.dep_ != "advcl" or any(m.lower_ in ("zu", "dass") for m in c.children))]

    copulas = [c for c in noun.children if c.dep_ == "cop"]
    if copulas:  # the clause may hang on the noun or on its copula
        return [*clauses(noun), *(c for cop in copulas for c in clauses(cop))][:1]
    if not noun.dep_.startswith("nsubj") or noun.head.i == noun.i:
        return []
    head = noun.head
    if any(c.dep_ in ("cop", "aux") and (c.lemma_ or "").lower() in _COPULAS for c in head.children):
        # "Das Ziel ist eine Senkung ...", "Ziel sei es, ... zu senken" (parsed with "sei" as
        # the auxiliary of the infinitive)
        zu = any(c.dep_ == "mark" and c.lower_ == "zu" for c in head.children) or fused_zu_infinitive(head)
        return [head] if head.pos_ == "NOUN" or zu and head.i > noun.i else []
    if (head.lemma_ or "").lower() not in _COPULAS:
        return []
    # the predicate nominative, which the parser may label as an object of "bleiben"
    others = [c for c in head.children if (c.dep_.startswith("nsubj") or c.dep_ == "obj")
              and c.i != noun.i and c.lower_ != "es"]
    if others:  # a name is a destination ("Ihr erstes Ziel war Oslo"), not a state of affairs
        return [o for o in others if o.pos_ == "NOUN"][:1]
    return clauses(head)[:1]


_PURPOSE_MARKS = vocabulary.word_set("adverbial_infinitive_mark")  # "um ... zu", "ohne ... zu"
# subordinators of an adverbial clause that is no content of a verb of saying before it
_NOT_CONTENT_MARKS = _PURPOSE_MARKS | {
    "wenn", "falls", "als", "nachdem", "bevor", "während", "weil", "da", "obwohl", "sobald", "seit"
}
# words parsed as particles that leave the verb what it is ("sagte ... weiter": went on saying)
_ADVERB_PARTICLES = frozenset({"weiter"})


def _reported_conjunct(head: Token, clause: Token) -> bool:
    """A clause after the predicate's comma, labelled its conjunct (or, with a subject of its
    own, an infinitive complement), whose finite verb is in
    Konjunktiv I: reported speech depending on the predicate, not a second thing its subject
    did ("gab an, sein Land müsse das Recht haben"; not "gab nach, entschuldigte sich")."""
    edge = clause.left_edge
    if clause.i < head.i or not (edge.text == "," or edge.i > 0 and clause.doc[edge.i - 1].text == ","):
        return False
    if any(c.dep_ == "cc" for c in clause.children):
        return False  # "..., und er sei ...": a coordinated clause of its own
    if clause.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj") for c in clause.children):
        return False  # an infinitive without a subject of its own
    return any(is_konjunktiv1(t) for t in (clause, *clause.children) if t.pos_ in ("VERB", "AUX"))


def _zu_infinitive(clause: Token) -> bool:
    """A bare zu-infinitive clause ("nicht Eigentümer der Wohnung zu sein", "einen Weg zu
    gehen"), not a purpose clause ("um ... zu ..."): the complement of a verb of saying or
    demanding, whatever label the parser gave it."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    for c in clause.children:
        if c.dep_ in ("cop", "aux") and c.i > clause.i:
            marks.extend(m for m in c.children if m.dep_ == "mark")
    # "festzulegen": the particle verb's "zu" inside the word
    fused = "Inf" in clause.morph.get("VerbForm") and fused_zu_infinitive(clause)
    purpose = any(m.lower_ in _PURPOSE_MARKS for m in marks)
    return (fused or any(m.lower_ == "zu" for m in marks)) and not purpose


def _appositions(token: Token) -> list[Token]:
    """ "Pilz’ Vorwurf" parsed as "Pilz" with "Vorwurf" in apposition."""
    return [c for c in token.children if c.dep_ == "appos"]


def _accusative(token: Token) -> bool:
    """The article says accusative ("den Vorwurf"); a bare name's case is a guess, not evidence."""
    det = next((c for c in token.children if c.dep_ == "det"), None)
    return det is not None and det.morph.get("Case") == ["Acc"]


def _two_subjects(children: list[Token], rel: str, found: list[Token]) -> list[Token]:
    """ "Den Vorwurf ... wies der Minister zurück" parsed with two subjects (`children`: the
    predicate's arguments): the one in the accusative is the object (German fronts objects
    freely; its article tells the case)."""
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return found
    objects = [c for c in subjects if _accusative(c)]
    if not objects or len(objects) == len(subjects):
        return found
    if rel == "nsubj":
        return [t for t in found if t not in objects]
    return found or objects


def _pronominal_adverb(prep: str) -> str:
    """ "für" -> "dafür", "auf" -> "darauf": the adverb that stands for a "für"/"auf" phrase."""
    return ("dar" if prep[:1] in "aeiouäöü" else "da") + prep


def _correlated_clause(children: list[Token], prep: str) -> list[Token]:
    """ "sprach sich dafür aus, die Zölle zu senken", "pochte darauf, dass ...": a pronominal
    adverb among the predicate's arguments (`children`) holds the place of the prepositional
    phrase and the clause after it fills it."""
    if not any(c.lower_ == _pronominal_adverb(prep) for c in children):
        return []
    return [
        c
        for c in children
        if c.dep_ in ("ccomp", "xcomp")
        or c.dep_ == "advcl" and any(m.lower_ in ("dass", "zu", "ob") for m in c.children)
    ][:1]


# prepositions whose phrase after a noun is as often the noun's own attribute as the verb's
# argument ("die Regierung von Frankreich", "die Gespräche mit X")
_NOUN_PREPOSITIONS = frozenset({"von", "gen", "mit", "durch"})


def _phrase_on_argument(head: Token, children: list[Token], prep: str) -> list[Token]:
    """ "Nun dringt die Industrie auf eine Reform", "trat bei der Pressekonferenz für X ein": the
    parser hung the verb's prepositional object on the subject, object or adverbial phrase
    before it. Taken back only after the verb, where German word order puts the verb's own
    phrases, and for a preposition nouns seldom take."""
    if prep in _NOUN_PREPOSITIONS:
        return []
    return [
        phrase
        for arg in children
        if arg.dep_ in ("nsubj", "obj", "obl") and arg.i > head.i
        for phrase in arg.children
        if phrase.dep_ == "nmod" and case_of(phrase) == prep
    ][:1]


def _argument_children(head: Token) -> list[Token]:
    """The predicate's dependents, and those the parser hung on its auxiliary or copula
    ("hatte die Regierung ... zugesagt" with the subject under "hatte")."""
    out = list(head.children)
    for aux in head.children:
        if aux.dep_ in ("aux", "aux:pass", "cop"):
            out.extend(c for c in aux.children if c.dep_ not in ("punct", "aux", "aux:pass"))
    return out


def _nominative_object(head: Token) -> list[Token]:
    """A subject the parser labelled as an object, told by its nominative case ("hatte die
    Regierung 600.000 Euro zugesagt" with two objects)."""
    objects = [c for c in _argument_children(head) if c.dep_ == "obj"]
    if len(objects) < 2:
        return []
    return [o for o in objects if "Nom" in o.morph.get("Case") and o.pos_ in ("NOUN", "PROPN")][:1]


def _subject_read_as_object(head: Token) -> list[Token]:
    """ "2013 vereinbarten Norwegen und Schweden, ... zu verhandeln", "..., findet die
    Richterin": a noun after the verb, labelled its object, where the verb has no subject and
    its object place is taken by a clause: the noun is the subject."""
    children = _argument_children(head)
    if any(c.dep_.startswith("nsubj") for c in children):
        return []
    after_finite = _first_after_finite(head, children)
    if after_finite is not None:
        return [after_finite]
    objects = [c for c in children if c.dep_ == "obj"]
    if len(objects) != 1 or objects[0].pos_ not in ("PROPN", "NOUN") or objects[0].i < head.i:
        return []
    # the clause after the name ("vereinbarten X, ... zu"), or before the verb ("Die Regel sei
    # überholt, findet die Richterin")
    clause = any(c.dep_ in ("xcomp", "ccomp") and c.i > objects[0].i
                 or c.dep_ in ("ccomp", "parataxis") and c.i < head.i for c in children)
    return objects if clause else []


def _first_after_finite(head: Token, children: list[Token]) -> Token | None:
    """ "Für Montag hat Verdi zu Streiks aufgerufen": the noun right after the finite auxiliary
    of a main clause with a phrase before it stands where German puts the subject, and an
    active clause has one: with none labelled, it is this noun (unless its article is
    accusative, as in a fronted object's clause)."""
    aux = next((c for c in head.children if c.dep_ == "aux" and c.i < head.i), None)
    if aux is None or head.left_edge.i >= aux.i:
        return None
    # what stands before the auxiliary is an adverbial ("Für Montag", "Am Mittwoch"), no
    # argument the parser misplaced
    if any(c.i < aux.i and c.dep_ not in ("obl", "advmod") for c in children):
        return None
    noun = next((c for c in children if c.dep_ in ("obj", "dep") and c.left_edge.i == aux.i + 1), None)
    if noun is None or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    det = next((c for c in noun.children if c.dep_ in ("det", "det:poss")), None)
    return noun if det is None or "Nom" in det.morph.get("Case") else None


def _reflexive(token: Token) -> bool:
    return any(c.lower_ == "sich" or (c.dep_ == "expl" and c.pos_ == "PRON") for c in token.children)


def _other_reflexive_sense(token: Token) -> bool:
    """A proposal verb used with "sich" where its row has none has another sense: "kündigt
    sich an" (is looming), "verspricht sich von X" (expects), "bietet sich dafür an" (lends
    itself) — unless it offers the subject for a task ("bot sich als Vermittler an", "bot
    sich an, zu vermitteln")."""
    if not any(c.lower_ == "sich" for c in token.children):
        return False
    return not any(c.dep_ == "xcomp" or any(g.lower_ == "als" for g in c.children) for c in token.children)


def _passive(token: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in token.children) or (
        any(c.dep_ == "nsubj:pass" for c in token.children) and not _perfect_active(token)
    )


def _shelved(verb: Token) -> bool:
    """ "legte die Pläne auf Eis", "zu den Akten": a phrase of the verb (or one the parser hung
    on its object) names where shelved things go (group shelving_place)."""
    phrases = [*verb.children, *(g for c in verb.children if c.dep_ == "obj" for g in c.children)]
    return any(
        c.dep_.split(":")[0] in ("obl", "nmod") and c.lower_ in _SHELVING_PLACES and case_of(c) is not None
        for c in phrases
    )


def _perfect_active(token: Token) -> bool:
    """ "Sie hatte empfohlen, ...": a participle with "haben" and no passive auxiliary is an
    active perfect, whatever subject label the parser gave it (it reads such subjects as
    passive ones now and then)."""
    children = list(token.children)
    return (
        "Part" in token.morph.get("VerbForm")
        and not any(c.dep_ == "aux:pass" for c in children)
        and any(c.dep_ == "aux" and c.lemma_ == "haben" for c in children)
    )


def _state_passive(token: Token) -> bool:
    """ "Die Mannschaft ist gewarnt": a participle with "sein" and no "haben" says what state
    the subject is in; verbs of saying form their perfect with "haben" ("hat gewarnt"), so
    the subject of "ist gewarnt" is warned, it warns nobody."""
    if "Part" not in token.morph.get("VerbForm"):
        return False
    auxes = {c.lemma_ for c in token.children if c.dep_ in ("aux", "cop")}
    return "sein" in auxes and "haben" not in auxes


def _negated(token: Token, fixed: Token | None = None) -> bool:
    """Whether a negation word depends on the predicate; the fixed word of a multiword
    predicate is none ("hält nichts von X" is its own predicate, not a negated "halten")."""
    for child in token.children:
        if fixed is not None and child.i == fixed.i:
            continue
        if child.lower_ in _NEGATIONS and child.dep_ in ("advmod", "neg", "det") and not not_only(child):
            return True
        if child.lower_ == "nichts" and child.dep_ == "obj":  # "kann dem Plan nichts abgewinnen"
            return True
        if child.dep_ in ("obj", "nsubj:pass") and any(
            d.lower_ in _NEGATIVE_DETS or d.lower_ == "weder" for d in child.children
        ):  # "kein Geld zugesagt", "weder Geld zugesagt noch ..."
            return True
        if child.dep_ == "obl" and case_of(child) and any(d.lower_ in _NEGATIVE_DETS for d in child.children):
            return True  # "auf keinen Fall zustimmen", "in keinem Punkt akzeptieren"
    return False


def not_only(negation: Token) -> bool:
    """ "nicht nur X, sondern auch Y", "nicht zuletzt": the "nicht" negates nothing."""
    doc = negation.doc
    return negation.i + 1 < len(doc) and doc[negation.i + 1].lower_ in NOT_ONLY


def hypothetical(token: Token) -> bool:
    """A conditional or interrogative clause: "wenn X fordert", "ob X zustimmt", "Fordert X ...?"."""
    node = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in node.children):
            return True
        if node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
            continue
        break
    sent = token.sent
    return sent[-1].text == "?" or (len(sent) > 1 and sent[-1].is_space and sent[-2].text == "?")


_CAUSATIVE = frozenset({"stellen", "machen"})  # verbs that give their object the adjective's state
_MODALS = frozenset({"müssen", "sollen", "können", "dürfen", "wollen", "mögen"})


def _modal(token: Token) -> str | None:
    """The modal verb of the predicate, or of the first of coordinated predicates that share
    it ("könne die Dinge nennen, Diskussionen fordern und ... ermutigen"; the parser may call
    a later conjunct without subject or conjunction a ccomp)."""
    node = token
    while True:
        for child in node.children:
            if child.dep_ == "aux" and child.lemma_.lower() in _MODALS:
                return child.lemma_.lower()
        shared = node.dep_ in ("conj", "xcomp") or node.dep_ == "ccomp" and not any(
            c.dep_ in ("nsubj", "nsubj:pass", "mark") for c in node.children
        )
        if not shared or node.head is node:
            return None
        node = node.head


def _inverted(verb: Token) -> bool:
    """A verb of saying after its content: "Die Lage sei ernst, sagte X" (UD: parataxis or
    ccomp of the content's predicate, to its right; or a conjunct without a conjunction
    right after the comma: "..., ist X überzeugt")."""
    if verb.head.i >= verb.i:
        return False
    if verb.dep_ in ("parataxis", "ccomp"):
        return True
    first = min(verb.subtree, key=lambda t: t.i)
    return (verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.children)
            and first.i > 0 and verb.doc[first.i - 1].text == ",")


_NARRATING = frozenset(vocabulary.words("narrating_verb"))


def _tells_a_story(verb: Token) -> bool:
    """A narrating verb with content before it and a noun object of its own after it
    ("Als Rückblende gebaut, erzählt der Film die Geschichte ...") tells that object; and a
    fronted free relative ("Was davor geschah, erzählt die Serie") is its object, not words
    reported."""
    subject = any(c.dep_ == "nsubj" for c in verb.children)  # else the "object" may be the subject
    if subject and any(c.dep_ == "obj" and c.pos_ == "NOUN" and c.i > verb.i for c in verb.children):
        return True
    first = verb.sent[0]
    return first.lower_ in ("was", "wer") and not any(
        t.text == "," for t in verb.doc[first.i : verb.i - 1]
    )


def _fronted_content(verb: Token) -> Token | None:
    """ "Wie andere Ämter auch, stehen wir unter Druck, sagte der Minister.": the content
    before a verb of saying that ends its sentence, which the parser took for an adverbial
    clause of the verb (misled by its "wie"); not where a clause follows the verb."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    before = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    if len(before) != 1 or any(m.lower_ in _NOT_CONTENT_MARKS for m in before[0].children):
        return None
    return before[0]


def _colon_after(verb: Token) -> int | None:
    """ "X sagt: ...": a colon right after the verb's own clause."""
    sent_end = verb.sent.end
    for i in range(verb.i + 1, min(verb.i + 12, sent_end)):
        tok = verb.doc[i]
        if tok.text == ":":
            return i
        if tok.text in (",", ";", ".") or tok.pos_ in ("VERB",) and tok.head.i != verb.i:
            return None
    return None


_NOT_A_SOURCE = frozenset(
    {"dass", "wie", "lange", "viel", "viele", "weit", "genannt", "genannte", "sehr", "gut"}
)


def _source_after(token: Token) -> Token | None:
    """The noun phrase right after ", so" that names a source, ending the sentence."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != ",":
        return None
    for i in range(token.i + 1, min(token.i + 5, token.sent.end)):
        tok = doc[i]
        if tok.lower_ in _NOT_A_SOURCE or tok.pos_ in ("VERB", "AUX", "SCONJ"):
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok
    return None


def conditioned(token: Token) -> bool:
    """The predicate holds only under a condition: it governs a "wenn"/"falls" clause, or a
    clause before it that opens with its finite verb ("Sollten die Gespräche scheitern,
    fordert X ...": German's conditional without a conjunction; the parser may call it ccomp
    or leave it unlabelled)."""
    # the parser may hang the clause on the predicate's copula or auxiliary ("Sollte X
    # nachbessern, wäre Y zufrieden")
    own = [token, *(c for c in token.children if c.dep_ in ("cop", "aux", "aux:pass"))]
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in IF_MARKS for m in c.children)
        or c.dep_ in ("advcl", "ccomp", "dep") and c.i < token.i and _verb_first(c)
        for head in own
        for c in head.children
    )


def _verb_first(clause: Token) -> bool:
    """The clause's first word is its finite verb or auxiliary, at the start of the sentence."""
    first = min(clause.subtree, key=lambda t: t.i)
    # the tagger marks some finite forms only by their mood ("Sollte": Mood=Sub, no VerbForm)
    finite = "Fin" in first.morph.get("VerbForm") or bool(first.morph.get("Mood"))
    return first.is_sent_start and first.pos_ in ("AUX", "VERB") and finite and not first.text.endswith("?")


_RELATIVE_CLAUSES = frozenset({"acl:relcl", "acl"})
_RELATIVE_DEPTH = 3  # a relative pronoun's path to its clause head: verb, auxiliary, conjunct


def _antecedent(token: Token) -> Token:
    """ "der Minister, der eine Senkung fordert", "die Kommission, die Vorschläge präsentiert
    hat": a relative pronoun in a role stands for the noun its clause is attached to."""
    if "Rel" not in token.morph.get("PronType"):
        return token
    node = token
    for _ in range(_RELATIVE_DEPTH):
        if node.head.i == node.i:
            return token
        node = node.head
        if node.dep_ in _RELATIVE_CLAUSES and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
    return token


def _object_read_as_subject(head: Token) -> list[Token]:
    """ "Die Grünen begrüßten die Verordnung, fordern aber eine Änderung": the parser made the
    second conjunct's object, with its accusative article, the subject; the conjunct shares
    the first one's subject, and this noun is its object."""
    if head.dep_ != "conj" or any(c.dep_ == "obj" for c in head.children):
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i < head.i or not _accusative(subjects[0]):
        return []
    return subjects if _subject_via_coordination(head) else []


def _stranded_subject(verb: Token) -> list[Token]:
    """ "X unterstützten den Vorschlag, Italien äußerte Bedenken": a name right before a
    coordinated verb without a subject, after a comma, that the parser hung on the clause
    before (as an apposition or a conjunct) is that verb's own subject, not the first clause's."""
    if verb.dep_ != "conj" or verb.i == 0:
        return []
    name = verb.doc[verb.i - 1]
    while name.dep_ in ("flat", "flat:name") and name.head.i < name.i:
        name = name.head
    start = min((t.i for t in name.subtree if not t.is_punct), default=name.i)
    if name.pos_ != "PROPN" or name.head.i == verb.i or start == 0 or verb.doc[start - 1].text != ",":
        return []
    return [name] if name.dep_ in ("appos", "conj") else []


def _subject_via_coordination(token: Token) -> list[Token]:
    """A coordinated predicate without its own subject shares the first conjunct's. The parser
    often hangs the second verb on the first one's object ("verkündete ihre Kandidatur und trat
    für X ein" with "trat" a conjunct of "Kandidatur"): then the verb governing that noun is
    the first conjunct."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and token.pos_ in ("VERB", "AUX") and node.head is not node:
            node = node.head  # the noun's own verb
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if subj:
            return subj
    return []


# --------------------------------------------------------------------------- the engine


class FrameEngine:
    """Finds lexicon predicates in a parsed Doc and fills their roles."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def __call__(self, doc: Doc) -> list[FrameMatch]:
        matches: list[FrameMatch] = []
        markers = self.lexicon.markers
        for token in doc:
            if token.lower_ in markers:
                matches.extend(self._marker(token, markers[token.lower_]))
            if token.pos_ in ("VERB", "AUX"):
                matches.extend(self._verb(token))
            elif token.pos_ in ("NOUN", "PROPN"):
                matches.extend(self._noun(token))
            elif token.pos_ in ("ADJ", "ADV"):
                matches.extend(self._adjective(token))
        return matches

    # verbs ---------------------------------------------------------------------------------

    def _verb_entries(
        self, token: Token, lemmas: list[str], table: dict[str, tuple[Entry, ...]]
    ) -> list[Entry]:
        # a separated particle makes another verb ("schreibt ... vor" is "vorschreiben", not
        # "schreiben"): without it only a fixed expression of that word fits ("gab ... bekannt")
        particles = {c.lower_ for c in token.children if c.dep_ == "compound:prt" and c.i > token.i
                     and c.lower_ not in _ADVERB_PARTICLES}
        for cand in lemmas:
            entries = [e for e in table.get(cand, ()) if self._fits(token, e)]
            if any(e.reflexive for e in entries):  # "bot sich an, zu vermitteln": the reflexive row
                entries = [e for e in entries if e.reflexive]
            if particles and not any(cand.startswith(p) for p in particles):
                entries = [e for e in entries if e.noun and e.noun.lower() in particles]
            if entries:
                return entries
        return []

    def _fits(self, token: Token, entry: Entry) -> bool:
        if entry.reflexive and not _reflexive(token):
            return False
        if entry.frame == "proposal" and not entry.reflexive and _other_reflexive_sense(token):
            return False
        return entry.noun is None or _fixed_word(token, entry.noun) is not None

    def _verb(self, token: Token) -> list[FrameMatch]:
        lemmas = _verb_lemmas(token)  # once: the verb rows and the light-verb rows read them
        entries = self._verb_entries(token, lemmas, self.lexicon.verbs)
        found = [
            self._fill(token, e, token, own=_fixed_word(token, e.noun) if e.noun else None) for e in entries
        ]
        out = [m for m in found if m is not None]
        if not any(e.noun for e in entries):
            # in a fixed expression ("stellte den Entwurf infrage") the verb is no light verb
            # of the noun after it ("stellte Bedingungen")
            out.extend(self._support(token, lemmas))
        if not out and token.dep_ in ("xcomp", "advmod"):
            out.extend(self._adjective(token))  # "zeigte sich verhandlungsbereit" tagged VERB
        elif not out and any(c.dep_ == "cop" for c in token.children):
            # "..., ist X überzeugt": a participle the tagger calls a verb, used as an adjective
            out.extend(m for m in self._adjective(token) if m.frame == "statement")
        return out

    def _fill(
        self, token: Token, entry: Entry, clause_head: Token, own: Token | None = None
    ) -> FrameMatch | None:
        """Fill the roles of a verbal or adjectival predicate through voice and coordination;
        `own` is a predicative adjective whose own dependents count too ("zeigte sich
        überzeugt, dass ..." with the dass-clause under "überzeugt")."""
        heads = [clause_head] if own is None or own.i == clause_head.i else [clause_head, own]
        passive = _passive(clause_head) or entry.frame == "statement" and _state_passive(clause_head)
        match = FrameMatch(
            entry.frame,
            entry.value,
            entry.lemma,
            token.i,
            passive=passive,
            negated=any(_negated(h, own) for h in heads),  # "zeigte sich nicht zufrieden"
            hypothetical=hypothetical(clause_head),
            conditioned=conditioned(clause_head),
            modal=_modal(clause_head),
        )
        match.roles = self._roles(entry, heads, passive)
        if entry.frame == "statement":
            if "content" not in match.roles and "content" in entry.roles:
                fronted = _fronted_content(clause_head)
                if fronted is not None:
                    match.roles["content"] = [fronted.i]
            match.inverted = _inverted(clause_head)
            content = match.roles.get("content", [])
            if content and max(content) < clause_head.i and entry.lemma in _NARRATING and _tells_a_story(
                clause_head
            ):
                return None  # "..., erzählt X die Geschichte der beiden": a story told, no words
            match.colon = _colon_after(clause_head)
            if match.inverted or match.colon is not None:
                return match
        own = frozenset(h.i for h in heads)  # "gab bekannt": the fixed word fills no slot of its verb
        if entry.requires and not any(
            self._required(h, s, passive, own) for s in entry.requires for h in heads
        ):
            return None  # "bestehen" is a demand only with "auf ...": one of the slots is needed
        return match

    def _required(self, head: Token, slot: str, passive: bool, own: frozenset[int] = frozenset()) -> bool:
        """A required slot is filled; "obj=act" only by a noun of an offerable act ("bot
        Gespräche an", not "bietet Internet an"), "obl@in=common" only by a common noun ("sieht
        in der Reform einen Fehler", not "sah in Wien einen Film"), "obj=view" only by a noun
        of a judgement ("sieht keinen Grund zur Sorge", not "sah einen Film")."""
        rel, _, kind = slot.partition("=")
        fillers = [f for f in self._voiced(head, rel, passive) if f.i not in own]
        if rel == "iobj" and not fillers and not passive:
            # "bot Ungarns Innenminister 80 Polizisten an": of two noun objects one is the
            # recipient, whatever the parser calls it
            fillers = _noun_objects(head)[1:]
        if kind == "act":
            return any(_names_act(f) for f in fillers)
        if kind == "common":
            return any(f.pos_ == "NOUN" for f in fillers)
        if kind == "view":
            return any(names_view(f) for f in fillers)
        return bool(fillers)

    def _roles(self, entry: Entry, heads: list[Token], passive: bool) -> dict[str, list[int]]:
        """Token indices of each role's fillers, read through voice from the heads' slots; an
        agent missing in a coordinated clause is the first conjunct's subject. The "event"
        slot of a light verb is its noun, not a role."""
        roles: dict[str, list[int]] = {}
        for role, slots in entry.roles.items():
            if role == "event":
                continue
            fillers = [f for slot in slots for head in heads for f in self._voiced(head, slot, passive)]
            if entry.reflexive:  # "wünscht sich X": the reflexive pronoun fills no role
                fillers = [f for f in fillers if f.lower_ != "sich"]
            # "gab bekannt, ... zu kündigen": the separated word of the lemma is no argument
            fillers = [
                f for f in fillers if not _part_of_lemma(f, heads[0], entry.lemma) and f.i != heads[-1].i
            ]
            if role == "agent" and not fillers and "nsubj" in slots:
                fillers = _stranded_subject(heads[0]) or _subject_via_coordination(heads[0])
            fillers = [_antecedent(f) for f in fillers]
            if fillers:
                roles[role] = sorted({f.i for f in fillers})
        # a subject the parser labelled as an object fills the agent only, not also the content
        agent = {t.i for i in roles.get("agent", ()) for t in (heads[0].doc[i], *heads[0].doc[i].conjuncts)}
        for role in [r for r in roles if r != "agent"]:
            roles[role] = [i for i in roles[role] if i not in agent]
            if not roles[role]:
                del roles[role]
        if "obj" in entry.roles.get("addressee", ()) and "addressee" not in roles and not passive:
            doc, verb = heads[0].doc, heads[0]
            subjects = [i for i in roles.get("agent", []) if doc[i].dep_ == "nsubj" and doc[i].head == verb]
            before, after = [i for i in subjects if i < verb.i], [i for i in subjects if i > verb.i]
            if before and after:
                # "Der Verband forderte X auf, ...": of the two subjects the parser guessed, the
                # one after the verb is who is addressed (a fronted accusative is told apart earlier)
                roles["agent"] = [i for i in roles["agent"] if i not in after]
                roles["addressee"] = after[:1]
        if "iobj" in entry.roles.get("addressee", ()) and "addressee" not in roles and not passive:
            objects = [c.i for c in _noun_objects(heads[0])]
            if len(objects) > 1 and roles.get("content", [])[:2] == objects[:2]:
                # "bot Polens Präsidenten 50 Soldaten an": the first of two noun objects is the
                # recipient the parser did not label, the second what is offered
                roles["addressee"], roles["content"] = objects[:1], roles["content"][1:]
        return roles

    @staticmethod
    def _voiced(head: Token, slot: str, passive: bool) -> list[Token]:
        if not passive:
            found = _slot_fillers(head, slot)
            misread = _object_read_as_subject(head) if slot in ("nsubj", "obj") else []
            if slot == "nsubj" and misread:
                return [f for f in found if f not in misread]  # the shared subject fills it
            if slot == "obj" and misread and not found:
                return misread
            if not found and slot == "nsubj":
                found = _nominative_object(head) or _subject_read_as_object(head)
            return found
        if slot == "nsubj":  # the agent of a passive: "von X", "durch X"
            return [
                c
                for c in head.children
                if c.dep_ in ("obl", "obl:agent") and (case_of(c) or "") in _PASSIVE_AGENT_PREPS
            ]
        if slot == "obj":  # the subject of a passive; a parser slip may leave it "obj"
            return [c for c in _argument_children(head) if c.dep_ == "nsubj:pass"] or _slot_fillers(
                head, "obj"
            )
        return _slot_fillers(head, slot)

    # source markers ------------------------------------------------------------------------

    def _marker(self, token: Token, entries: tuple[Entry, ...]) -> list[FrameMatch]:
        """ "..., so der Minister", "laut der Polizei", "der Polizei zufolge"."""
        out = []
        for entry in entries:
            slots = entry.roles.get("agent", ())
            source: Token | None = None
            if "next" in slots:
                source = _source_after(token)
            elif entry.noun is not None and (owner := _possessive_before(token, entry.noun)) is not None:
                source = owner  # "ihrer Meinung nach"
            elif token.dep_ != "case" or token.head.pos_ not in ("NOUN", "PROPN"):
                source = None
            elif entry.noun is None:
                source = token.head
            elif token.head.lower_ == entry.noun or token.head.lemma_.lower() == entry.noun:
                # "nach Angaben der Polizei": the attribute of the noun names the source
                found = [f for slot in slots for f in _slot_fillers(token.head, slot)]
                source = found[0] if found else None
            if source is not None:
                out.append(
                    FrameMatch(entry.frame, entry.value, entry.lemma, token.i, roles={"agent": [source.i]})
                )
        return out

    # light verbs ---------------------------------------------------------------------------

    def _support(self, verb: Token, lemmas: list[str]) -> list[FrameMatch]:
        """ "legte einen Plan vor", "übte Kritik an X", "stieß auf Widerstand": the event noun
        takes its agent (and theme) from the light verb's arguments."""
        entries = self._verb_entries(verb, lemmas, self.lexicon.support)
        if any(c.lower_ == "sich" for c in verb.children):
            # "zeigte sich kritisch gegenüber den Plänen", "stellte sich hinter den Plan": the
            # reflexive verb has another sense than the light verb of its row
            entries = [e for e in entries if e.reflexive]
        if not entries or _shelved(verb):
            return []  # "legte die Pläne auf Eis": shelved, not put forward
        out: list[FrameMatch] = []
        passive = _passive(verb)
        for entry in entries:
            for slot in entry.roles.get("event", ()):
                nouns = self._voiced(verb, slot, passive) or _nested(verb, slot)
                swapped = None if passive or slot != "obj" else self._fronted_event(verb, nouns)
                for noun in [swapped[0]] if swapped else nouns:
                    for noun_entry in self.lexicon.noun_entries(noun.lemma_ or noun.text):
                        if entry.value not in ("any", noun_entry.frame) or noun_entry.frame == "statement":
                            continue  # "seine Meinung äußern": the verb speaks, if it has words
                        match = FrameMatch(
                            noun_entry.frame,
                            noun_entry.value,
                            noun_entry.lemma,
                            noun.i,
                            support=verb.i,
                            passive=passive,
                            negated=_negated(verb) or _negated(noun),
                            hypothetical=hypothetical(verb),
                            conditioned=conditioned(verb),
                            modal=_modal(verb),
                        )
                        match.roles = self._roles(entry, [verb], passive)
                        if swapped:  # the agent after the verb; the theme the noun's own ("an X")
                            match.roles["agent"] = [swapped[1].i]
                            own = self._roles(noun_entry, [noun], passive=False)
                            if own.get("theme") and not match.roles.get("theme"):
                                match.roles["theme"] = own["theme"]
                        out.append(match)
        return out

    def _fronted_event(self, verb: Token, objects: list[Token]) -> tuple[Token, Token] | None:
        """ "Scharfe Kritik an dem Plan übte X": with the event noun fronted, the parser makes
        it the subject and the agent after the verb the object. Returns (event noun, agent)
        where the object names no event and the subject does."""
        if not objects or any(self.lexicon.noun_entries(o.lemma_ or o.text) for o in objects):
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < verb.i]
        event = next((s for s in subjects if self.lexicon.noun_entries(s.lemma_ or s.text)), None)
        agent = next((o for o in objects if o.i > verb.i and o.pos_ in ("NOUN", "PROPN")), None)
        return (event, agent) if event is not None and agent is not None else None

    # nouns ---------------------------------------------------------------------------------

    def _noun(self, token: Token) -> list[FrameMatch]:
        out = []
        for entry in self.lexicon.noun_entries(token.lemma_ or token.text):
            match = FrameMatch(
                entry.frame,
                entry.value,
                entry.lemma,
                token.i,
                negated=any(c.lower_ in _NEGATIVE_DETS for c in token.children),
            )
            match.roles = self._roles(entry, [token], passive=False)
            if entry.requires and not any(_slot_fillers(token, slot) for slot in entry.requires):
                continue  # "Ziel" only as what a copula clause says it is
            out.append(match)
        return out

    # adjectives ----------------------------------------------------------------------------

    def _adjective(self, token: Token) -> list[FrameMatch]:
        lemma = token.lemma_.lower()
        out: list[FrameMatch] = []
        # a predicative adjective of a verb ("zeigte sich enttäuscht über", "erklärte sich
        # bereit") takes its arguments from that verb; with a copula UD hangs them on itself
        predicative = token.dep_ in ("xcomp", "advmod", "obj", "obl:arg") and token.head.pos_ in (
            "VERB",
            "AUX",
        )
        clause_head = token.head if predicative else token
        if predicative and clause_head.lemma_.lower() in _CAUSATIVE:
            return []  # "X stellte Y zufrieden": Y is the one satisfied, not X
        for entry in self.lexicon.adjectives.get(lemma, ()) or self.lexicon.adjectives.get(token.lower_, ()):
            match = self._fill(token, entry, clause_head, own=token)
            if match is None:
                continue
            out.append(match)
        if token.dep_ == "amod" and not out:
            out.extend(self._participle(token))
        return out

    def _participle(self, token: Token) -> list[FrameMatch]:
        """ "die geforderte Reform", "der vorgeschlagene Kompromiss": a participle of a
        lexicon verb makes the noun it modifies the content; "von X" is the agent."""
        from kg.nlp.cues import lemma_candidates  # kg.nlp.cues imports this module

        for lemma in lemma_candidates(token.lemma_.lower()):
            for entry in self.lexicon.verbs.get(lemma, ()):
                if entry.frame != "proposal":
                    continue
                if entry.noun is not None and not _with_fixed_word(token, entry.noun):
                    continue  # "die in Auftrag gegebene Studie" is no "bekannt gegebene" one
                match = FrameMatch(entry.frame, entry.value, entry.lemma, token.i, participle=True)
                match.roles["content"] = [token.head.i]
                agents = [c for c in token.children if (case_of(c) or "") in _PASSIVE_AGENT_PREPS]
                if not agents:
                    # "der von X angekündigte Umbau": the parser may hang the "von"-phrase on
                    # the article or the noun; it still stands between them and the participle
                    agents = [
                        t
                        for t in token.head.subtree
                        if t.i < token.i
                        and t.dep_ in ("nmod", "obl")
                        and (case_of(t) or "") in _PASSIVE_AGENT_PREPS
                    ]
                if agents:
                    match.roles["agent"] = [a.i for a in agents]
                return [match]
        return []


def _possessive_before(postposition: Token, noun: str) -> Token | None:
    """ "ihrer Meinung nach", "seiner Ansicht nach": the possessive of the source noun right
    before the postposition (the parser seldom hangs a postposition on its noun)."""
    i = postposition.i
    if i < 2:
        return None
    before, owner = postposition.doc[i - 1], postposition.doc[i - 2]
    if before.lower_ != noun and (before.lemma_ or "").lower() != noun:
        return None
    return owner if "Yes" in owner.morph.get("Poss") or owner.dep_ == "det:poss" else None


def _with_fixed_word(participle: Token, word: str) -> bool:
    """A participle of a multiword predicate has its fixed word among its dependents or right
    before it ("die in Aussicht gestellte Hilfe", "die bekannt gegebene Liste")."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return _fixed_word(participle, word) is not None or before is not None and (
        before.lower_ == word or before.lemma_.lower() == word
    )


def _fixed_word(verb: Token, word: str) -> Token | None:
    """The fixed word of a multiword predicate ("die Ansicht vertreten", "in Aussicht
    stellen") among the verb's dependents or theirs; its own dependents count as the
    predicate's ("vertrat die Ansicht, dass ...")."""
    for child in verb.children:
        for tok in (child, *child.children):
            if tok.lower_ == word or tok.lemma_.lower() == word:
                return tok
    return None


def _verb_lemmas(token: Token) -> list[str]:
    """Lemma candidates of a verb, most trusted first: with its separated particle (or a
    separable word such as "gut" in "hieß ... gut"), the statistical lemma, then the lemmas
    its form allows (the small lemmatiser misses rare verbs: "unterbreiteten")."""
    from kg.nlp.cues import lemma_candidates

    bases = [token.lemma_.lower(), *lemma_candidates(token.lower_)]
    prefixes = [  # "machte sich für X stark": a predicative adjective may be the particle
        c.lower_
        for c in token.children
        if (c.dep_ in ("compound:prt", "advmod") or c.dep_ == "xcomp" and c.pos_ == "ADJ") and c.i > token.i
    ]
    out: list[str] = []
    for base in bases:
        for prefix in prefixes:
            if prefix + base not in out:
                out.append(prefix + base)
    out.extend(b for b in bases if b not in out)
    return out


def _part_of_lemma(filler: Token, verb: Token, lemma: str) -> bool:
    """Whether `filler` is the separated first part of the verb's lemma ("bekannt" of
    "bekanntgeben"), which the parser may label like an argument."""
    word = filler.lower_
    return filler.head.i == verb.i and filler.i > verb.i and lemma != word and lemma.startswith(word)


def _nested(verb: Token, slot: str) -> list[Token]:
    """An event noun the parser hung one level too deep ("stieß bei X auf Kritik" with "auf
    Kritik" attached to X)."""
    rel, _, prep = slot.partition("@")
    if rel != "obl" or not prep:
        return []
    return [
        g
        for c in verb.children
        if c.dep_ == "obl"
        for g in c.children
        if g.dep_ == "nmod" and case_of(g) == prep
    ]


@Language.factory(
    "kg_frames",
    assigns=["doc.spans", "doc._.kg_frames"],
    requires=["token.dep", "token.lemma", "token.pos"],
)
def make_frames(nlp: Language, name: str) -> FrameComponent:
    return FrameComponent(name)


class FrameComponent:
    """Adds `doc.spans["kg_frames"]` (see the module docstring)."""

    def __init__(self, name: str = "kg_frames", lexicon: Lexicon | None = None) -> None:
        self.name = name
        self.engine = FrameEngine(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.engine(doc)
        doc._.kg_frames = matches
        doc.spans[SPAN_KEY] = [
            Span(doc, m.trigger, m.trigger + 1, label=f"{m.frame}:{m.value}") for m in matches
        ]
        return doc
