"""Shared syntax helpers for the event extractors (meetings, proposals, statements).

Why: all three extractors ask "which actors does this clause mention, in which grammatical
role?" The answers combine the dependency tree with linear evidence (the preposition in
front of a name, clause punctuation), because the bundled parser is trained on a small
treebank and misattaches often enough that either source alone loses many events. Actor
identity always comes from the actor engineer's `ActorIndex` (`key_for_token`), never from
here.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.nlp import vocabulary
from kg.nlp.doctext import doc_text
from kg.nlp.tense import CLAUSE_PUNCT, aux_info
from kg.records import Actor, Evidence, TimeValue

# prepositions with their contracted article forms
_PREP_NORMAL = {
    "im": "in",
    "ins": "in",
    "am": "an",
    "ans": "an",
    "zum": "zu",
    "zur": "zu",
    "beim": "bei",
    "vom": "von",
    "aufs": "auf",
    "übers": "über",
}
PREPOSITIONS = frozenset(
    {
        "in",
        "an",
        "zu",
        "bei",
        "von",
        "auf",
        "über",
        "mit",
        "aus",
        "nach",
        "für",
        "gegen",
        "um",
        "unter",
        "zwischen",
        "vor",
        "hinter",
        "neben",
        "durch",
        "ohne",
        "seit",
        "laut",
        "gegenüber",
        "trotz",
        "wegen",
        "vonseiten",
        "seitens",
        "angesichts",
    }
)
# nouns that stand for the party they come from: "Vertreter aus Kiew", "Delegation der Rebellen"
REPRESENTATIVE_NOUNS = (
    "vertreter",
    "delegation",
    "abgesandte",
    "gesandte",
    "unterhändler",
    "verhandler",
    "emissär",
    "regierung",
    "führung",
    "spitze",
    "repräsentant",
    "diplomat",
    "beamte",
    "minister",
    "chef",
    "sprecher",
    "seite",
    "parteien",
)
GENITIVE_DETS = frozenset({"des", "der", "eines", "einer", "dieser", "dieses"})
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
INDEFINITE_DETS = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})
#: words that open an adverbial zu-infinitive ("um ... zu", "ohne ... zu", "statt ... zu")
ADVERBIAL_INFINITIVE_MARKS = vocabulary.word_set("adverbial_infinitive_mark")
#: words that open an indirect question ("wie groß ... werden soll", "ob ... gelten soll")
QUESTION_WORDS = frozenset({
    "ob", "wie", "was", "wer", "wen", "wem", "welche", "welcher", "welches", "welchen", "wo",
    "wann", "warum", "wieso", "weshalb", "wofür", "wozu", "wohin",
})
#: the kinds of proposal that ask someone to act (a response they urge is not given yet)
URGING_KINDS = frozenset({"demand", "appeal", "advocacy", "proposal"})
DEFINITE_DETS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "diese",
        "dieser",
        "diesen",
        "dieses",
        "diesem",
        "jene",
        "jener",
        "jenen",
        "jenes",
    }
)
NEGATIONS = frozenset(
    {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "nirgends", "nirgendwo"}
    | {"weder"}
)
QUOTE_MARKS = ("„", '"', "»", "«", "“", "”")


class ActorLookup(Protocol):
    """The part of `kg.extract.actors.ActorIndex` the event extractors use."""

    def key_for_token(self, token: Token) -> str | None: ...

    def key_for_span(self, span: Span) -> str | None: ...

    def actor(self, key: str) -> Actor | None: ...

    def capital_state(self, key: str) -> str | None: ...

    def holders_of_role(self, role: str) -> list[str]: ...


@dataclass(frozen=True)
class MentionRef:
    """A contiguous run of tokens that the ActorIndex maps to one actor key."""

    key: str
    start: int  # token index
    end: int  # token index (exclusive)

    def tokens(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


def actor_mentions(doc: Doc, actors: ActorLookup) -> list[MentionRef]:
    """All actor mentions of the document in order (runs of tokens with the same key);
    computed once per document and actor index (the meeting, proposal and statement rules
    all read them), each caller getting its own list."""
    kept = doc.user_data.get("kg_actor_mentions")
    if kept is not None and kept[0] is actors:
        return list(kept[1])
    found = _actor_mentions(doc, actors)
    doc.user_data["kg_actor_mentions"] = (actors, found)
    return list(found)


def _actor_mentions(doc: Doc, actors: ActorLookup) -> list[MentionRef]:
    out: list[MentionRef] = []
    run_key: str | None = None
    run_start = 0
    for tok in doc:
        if tok.is_space and "\n" not in tok.text and run_key is not None and tok.i + 1 < len(doc):
            if actors.key_for_token(doc[tok.i + 1]) == run_key:
                continue  # a double space inside a name
        key = actors.key_for_token(tok)
        if key != run_key or (tok.is_punct and key is None):
            if run_key is not None:
                out.append(MentionRef(run_key, run_start, tok.i))
            run_key, run_start = key, tok.i
    if run_key is not None:
        out.append(MentionRef(run_key, run_start, len(doc)))
    return [t for t in (_trim(doc, m) for m in out) if t is not None]


# lower-case words that belong to names ("Abdel-Malek al-Mikhlafi", "Ursula von der Leyen")
_NAME_PARTICLES = frozenset(
    {
        "al",
        "el",
        "von",
        "van",
        "de",
        "da",
        "di",
        "bin",
        "ibn",
        "zu",
        "der",
        "den",
        "la",
        "le",
        "du",
        "ten",
        "ter",
        "y",
    }
)


def _trim(doc: Doc, m: MentionRef) -> MentionRef | None:
    """A mention without a leading lower-case word that is no name particle: a statistical
    tagger sometimes pulls the verb before a title into the name ("nannte Außenminister X")."""
    start = m.start
    while (
        start < m.end - 1 and doc[start].is_lower and doc[start].lower_.split("-")[0] not in _NAME_PARTICLES
    ):
        start += 1
    return MentionRef(m.key, start, m.end)


def norm_prep(text: str) -> str:
    low = text.lower()
    return _PREP_NORMAL.get(low, low)


def preposition_before(doc: Doc, start: int, limit: int = 5) -> tuple[str | None, int]:
    """The preposition governing the noun phrase that starts at or before token `start`.

    Walks left over determiners, adjectives, numbers and title nouns ("mit Kreml-Chef
    Wladimir Putin"), at most `limit` tokens. Returns (normalised preposition or None,
    index of the preposition or of the phrase's first token).
    """
    i = start - 1
    steps = 0
    seen_det = False
    if 0 <= start < len(doc) and (doc[start].pos_ == "DET" or doc[start].tag_ == "ART"):
        limit = 1  # the phrase opens with its article: only the word before it can govern it
    times = doc.spans["kg_time"] if "kg_time" in doc.spans else []
    while i >= 0 and steps < limit:
        tok = doc[i]
        if tok.is_space:
            if "\n" in tok.text:
                return None, i + 1
            i -= 1
            continue
        in_time = any(t.start <= i < t.end for t in times)
        if in_time and not any(t.start <= start < t.end for t in times):
            return None, i + 1  # "traf am Montag Kanzler X": a time adverbial ends the phrase
        if seen_det and tok.pos_ in ("NOUN", "PROPN"):
            return None, i + 1  # "Vorschläge der USA": a genitive attribute, not a PP
        if tok.pos_ == "PROPN" and tok.head.i < i and not in_time:
            return None, i + 1  # "bei seinem Besuch in Warschau Präsidentin X": a name ends a phrase
        if tok.pos_ == "DET" or tok.tag_ == "ART":
            seen_det = True
        if _truncated_conjunct(doc, i):
            i -= 2  # "beim Arbeitsmarkt- und Wirtschaftsgipfel": one noun phrase with a shared head
            continue
        if tok.text in CLAUSE_PUNCT or tok.lower_ in ("und", "oder", "sowie", "als", "wie"):
            return None, i + 1
        low = norm_prep(tok.text)
        if low in PREPOSITIONS and (
            tok.pos_ == "ADP" or tok.tag_.startswith("APP") or low in ("laut", "mit")
        ):
            return low, i
        if tok.pos_ in ("VERB", "AUX") or aux_info(tok):
            return None, i + 1
        if tok.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "ADV") and not tok.is_title:
            return None, i + 1
        i -= 1
        steps += 1
    return None, i + 1


def _truncated_conjunct(doc: Doc, i: int) -> bool:
    """Is token `i` the conjunction after a truncated compound ("Arbeitsmarkt- und", "Landes-
    oder")? The words before it share the noun after it and belong to its phrase."""
    return (
        doc[i].lower_ in ("und", "oder", "sowie")
        and i > 0
        and len(doc[i - 1].text) > 2
        and doc[i - 1].text.endswith("-")
        and doc[i - 1].text[0].isalpha()
    )


def effective_preposition(doc: Doc, mention: MentionRef, actors: ActorLookup) -> str | None:
    """The preposition that relates a mention to its clause, looking through representative
    nouns: in "mit Vertretern aus Kiew" Kiew's relation is "mit", not "aus"."""
    prep, idx = preposition_before(doc, mention.start)
    if prep in ("aus", "von") and idx > 0:
        head = doc[idx - 1]
        if is_representative(head):
            outer, _ = preposition_before(doc, head.i)
            return outer
    if prep is None and idx > 0 and doc[idx - 1].lower_ in GENITIVE_DETS | {"der", "des"}:
        pass
    return prep


def is_representative(token: Token) -> bool:
    low = token.lower_
    return any(low.startswith(n) or low.endswith(n) or n + "n" in low for n in REPRESENTATIVE_NOUNS) and (
        token.pos_ in ("NOUN", "PROPN") or token.is_title
    )


def is_genitive_attribute(doc: Doc, mention: MentionRef) -> bool:
    """Is the mention a genitive attribute of the noun before it ("der Plan der USA")?"""
    return genitive_head(doc, mention) is not None


def genitive_head(doc: Doc, mention: MentionRef) -> Token | None:
    """The noun whose genitive attribute the mention is ("der Plan der USA" -> "Plan", "der
    Präsident Norwegens" -> "Präsident"), or None. The noun right before the name wins over
    the one before the article ("die Regierung des Staates Israel" -> "Staates")."""
    prep, idx = preposition_before(doc, mention.start)
    if prep is not None:
        return None
    # "der Präsident Norwegens": a name in the genitive right after a common noun
    first = doc[mention.start]
    before = doc[mention.start - 1] if mention.start > 0 else None
    if (before is not None and before.pos_ == "NOUN" and first.text.endswith("s")
            and "Gen" in first.morph.get("Case")):
        return before
    if idx == 0:
        return None
    det = doc[idx] if idx < mention.start else None
    prev = doc[idx - 1]
    if det is not None and det.lower_ in GENITIVE_ARTICLES and (prev.pos_ == "NOUN" or prev.is_title):
        return before if before is not None and before.pos_ == "NOUN" else prev
    return None


def get_actor(actors: ActorLookup, key: str | None) -> Actor | None:
    """The actor record for a key, or None (the index's `actor()` raises on unknown keys)."""
    if not key:
        return None
    getter = getattr(actors, "get", None)
    if getter is not None:
        return getter(key)
    try:
        return actors.actor(key)
    except KeyError:
        return None


#: object pronouns that refer to a person as often as to a plan ("kritisierte ihn", "diesen")
PERSONAL_PRONOUNS = frozenset({"diesen", "ihn", "ihm", "diese", "sie", "ihr", "dem"})


def person_named_before(pronoun: Token, actors: ActorLookup, responder: str | None = None) -> bool:
    """Whether a person other than `responder` is named in the pronoun's sentence before it,
    not as a subject or an owner: "X traf Y und kritisierte sie danach" is about Y, and
    criticising a person answers no proposal."""
    if pronoun.lower_ not in PERSONAL_PRONOUNS:
        return False
    for tok in pronoun.sent:
        if tok.i >= pronoun.i:
            return False
        if tok.dep_.startswith("nsubj") or tok.dep_ == "det:poss" or tok.pos_ == "PRON":
            continue
        key = actors.key_for_token(tok)
        if key is not None and key != responder and is_person(key, actors):
            return True
    return False


def participant_key(key: str, actors: ActorLookup) -> str:
    """A capital or seat of power acting as a party stands for its state ("Vertreter aus Kiew")."""
    actor = get_actor(actors, key)
    if actor is not None and actor.category == "Place" and actor.stands_for:
        return state_of_seat(key, actors)
    party = getattr(actors, "party", None)
    return party(key) if party is not None else key


def state_of_seat(key: str, actors: ActorLookup) -> str:
    """The state a capital or seat of power acting as a party or speaker stands for ("Moskau
    lehnte ab", "aus Washington hieß es"); the state only where the article has it as an
    actor, else the capital names the party."""
    actor = get_actor(actors, key)
    if actor is not None and actor.category == "Place" and actor.stands_for:
        if get_actor(actors, actor.stands_for) is not None:
            return actor.stands_for
    return key


def is_place(key: str, actors: ActorLookup) -> bool:
    actor = get_actor(actors, key)
    return actor is not None and actor.category == "Place"


def is_country(key: str, actors: ActorLookup) -> bool:
    actor = get_actor(actors, key)
    return actor is not None and actor.category == "Country"


def is_person(key: str, actors: ActorLookup) -> bool:
    actor = get_actor(actors, key)
    return actor is not None and actor.category == "Person"


def clause_span(token: Token) -> Span:
    """The linear clause around `token`: from the previous to the next clause boundary.

    Boundaries are sentence edges and commas/colons/dashes that open a subordinate or a new
    main clause (followed by a conjunction, relative pronoun or finite verb) ; commas inside a
    coordination or apposition do not end the clause.
    """
    sent = sentence_of(token)
    doc = token.doc
    start = token.i
    while start > sent.start and not _is_boundary(doc, start - 1):
        start -= 1
    end = token.i + 1
    while end < sent.end and not _is_boundary(doc, end):
        end += 1
    return doc[start:end]


_SUBORDINATORS = frozenset(
    {
        "dass",
        "daß",
        "ob",
        "weil",
        "wenn",
        "falls",
        "als",
        "nachdem",
        "während",
        "obwohl",
        "damit",
        "sodass",
        "indem",
        "bevor",
        "seit",
        "seitdem",
        "wie",
        "wo",
        "um",
        "denn",
        "aber",
        "doch",
        "sondern",
        "sagte",
        "so",
        "bis",
        "da",
    }
)
_RELATIVES = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "dessen",
        "deren",
        "denen",
        "welche",
        "welcher",
        "welches",
        "was",
        "wo",
    }
)


def _is_boundary(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text in (";", ":", "–", "—", "(", ")"):
        return True  # quotation marks are not boundaries: quoted phrases sit inside clauses
    if tok.is_space and "\n" in tok.text:
        return True
    if tok.text != ",":
        return False
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if (
        nxt.lower_ in _SUBORDINATORS
        or nxt.pos_ in ("VERB", "AUX")
        or aux_info(nxt)
        or nxt.tag_.endswith("FIN")
    ):
        return True
    if nxt.lower_ in _RELATIVES and i + 2 < len(doc) and doc[i + 2].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return True
    if (
        nxt.pos_ == "ADP"
        and nxt.lower_ in ("mit", "von", "in")
        and i + 2 < len(doc)
        and doc[i + 2].lower_ in (_RELATIVES)
    ):
        return True
    if nxt.pos_ == "ADV" and i + 2 < len(doc) and (aux_info(doc[i + 2]) or doc[i + 2].tag_.endswith("FIN")):
        return True  # ", dennoch war sie ...", ", trotzdem lehnte X ab": an adverb opens a new main clause
    if nxt.pos_ == "DET" and i + 2 < len(doc) and _own_subject(doc[i + 2], i):
        return True  # "X ist empfangen worden, der Präsident (ist) vom Gipfel zurückgekommen"
    # a comma before a finite verb two tokens on ("..., erklärte X"): handled by the verb rule
    return False


def _own_subject(noun: Token, comma: int) -> bool:
    """After a comma, the subject of a verb that follows it and has no subject before the
    comma: the first words of a new clause with a subject of its own (its auxiliary may be
    left out: "..., der Präsident kurz vom Gipfel zurückgekommen"), not an apposition."""
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or verb.i <= comma or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_.startswith("nsubj") and c.i < comma for c in verb.children)


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, split again at line breaks: a headline or a cross-heading is
    never part of the sentence after it, whatever the sentence splitter thinks."""
    out: list[Span] = []
    units: list[Span] = []
    for sent in doc.sents:
        if units and not _ends_sentence(_last_word(doc, units[-1].end)) and not _line_break(sent[0]):
            units[-1] = doc[units[-1].start : sent.end]  # a parser break inside a sentence
        else:
            units.append(sent)
    for sent in units:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if s.text.strip()]


_FINAL = frozenset({".", "!", "?", "…", ":", "“", "”", '"', "»", "«", ")", ";"})


def _ends_sentence(tok: Token) -> bool:
    return tok.text in _FINAL or (tok.is_space and "\n" in tok.text)


def _line_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _last_word(doc: Doc, end: int) -> Token:
    """The last token before `end` that is not plain inline whitespace: sentence splitters differ
    in whether the spaces after a full stop ("Er ging.  Dann ...") end the sentence or begin
    the next, and a sentence ending in such spaces is still closed by its full stop."""
    i = end - 1
    while i > 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    return doc[i]


def sentence_of(token: Token) -> Span:
    """The sentence unit (see `sentences`) that contains `token`."""
    doc = token.doc
    start, end, breaks = _joined_sentence(doc, token.sent)
    # a line break inside the joined sentence ends the unit (a headline, a cross-heading)
    at = bisect_left(breaks, token.i)
    if at > 0:
        start = breaks[at - 1] + 1
    after = at + 1 if at < len(breaks) and breaks[at] == token.i else at
    if after < len(breaks):
        end = breaks[after]
    return doc[start:end]


def _joined_sentence(doc: Doc, sent: Span) -> tuple[int, int, list[int]]:
    """The bounds of the parser sentence `sent` joined with its neighbours on the same line
    where it does not end in final punctuation ("Mohammed | bin Salman"), and the line breaks
    inside them; kept per document, as the rules ask for the sentence of many tokens."""
    cache: dict[int, tuple[int, int, list[int]]] = doc.user_data.setdefault("kg_joined_sentences", {})
    kept = cache.get(sent.start)
    if kept is not None:
        return kept
    start, end = sent.start, sent.end
    while end < len(doc) and not _ends_sentence(_last_word(doc, end)) and not _line_break(doc[end]):
        end = doc[end].sent.end
    while start > 0 and not _ends_sentence(_last_word(doc, start)) and not _line_break(doc[start - 1]):
        start = doc[start - 1].sent.start
    breaks = [tok.i for tok in doc[start:end] if tok.is_space and "\n" in tok.text]
    cache[sent.start] = (start, end, breaks)
    return start, end, breaks




def evidence_for(
    doc: Doc,
    document: Document,
    start_char: int,
    end_char: int,
    method: str,
    confidence: float = 0.7,
    until: Span | None = None,
) -> Evidence:
    """Evidence anchored in the sentence that contains the character span (and running on to
    the end of `until`, a later sentence, for a quotation over several sentences)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    sent = sentence_of(span[0]) if span is not None and len(span) else next(iter(doc.sents))
    if until is not None and until.end > sent.end:
        sent = doc[sent.start : until.end]
    offset = doc_offset(doc, document)
    text = sent.text
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(
        sentence=text,
        sentence_start=sent.start_char + lead + offset,
        sentence_end=sent.start_char + lead + len(text) + offset,
        start=start_char + offset,
        end=end_char + offset,
        method=method,
        confidence=confidence,
    )


def doc_offset(doc: Doc, document: Document) -> int:
    """Character offset of the spaCy doc inside `Document.text` (0 unless the pipeline was run on
    a slice)."""
    text = doc_text(doc)
    if text == document.text or not text:
        return 0
    found = document.text.find(text[:200])
    return max(found, 0)


def times_in(span: Span) -> list[TimeValue]:
    """The resolved time expressions (`kg_timex` spans) inside a span."""
    doc = span.doc
    if "kg_time" not in doc.spans:
        return []
    out = []
    for t in doc.spans["kg_time"]:
        if t.start >= span.start and t.end <= span.end and t._.kg_time is not None:
            out.append(t._.kg_time)
    return out


def time_spans_in(span: Span) -> list[Span]:
    doc = span.doc
    if "kg_time" not in doc.spans:
        return []
    return [t for t in doc.spans["kg_time"] if t.start >= span.start and t.end <= span.end]




def negated(span: Span) -> bool:
    return any(t.lower_ in NEGATIONS for t in span)


def determiner_of(token: Token) -> str | None:
    """The article or demonstrative in front of a noun, looking over adjectives and
    participial attributes ("das mehrere Stunden dauernde Gespräch"), at most six tokens."""
    skip = 0
    for i in range(token.i - 1, max(token.sent.start, token.i - 7) - 1, -1):
        tok = token.doc[i]
        low = tok.lower_
        if skip or _truncated_conjunct(token.doc, i):
            skip = 0 if skip else 1  # "das Arbeitsmarkt- und Wirtschaftstreffen": over both words
            continue
        if tok.pos_ == "DET" or tok.tag_ in ("ART", "PDAT", "PPOSAT", "PIAT") or low in DEFINITE_DETS:
            if low in ("mehrere", "einige", "viele", "wenige") and i > token.sent.start:
                continue
            return low
        norm = norm_prep(tok.text)
        if tok.text.lower() != norm and norm in PREPOSITIONS:  # "beim", "zum", "vom": article inside
            return "der"
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
            return None
        if tok.pos_ in ("NOUN", "PROPN") and token.doc[token.i - 1].pos_ != "ADJ":
            return None
    return None


def person_in_apposition(head: Token, actors: ActorLookup) -> bool:
    """A person named in apposition to the noun ("Bundesbank-Vorstand Karl Lund", "Firmenchef
    Karl Lund"): the noun describes that person, whatever its first part names."""
    for c in head.children:
        if appended_name(head, c):
            key = actors.key_for_token(c)
            actor = get_actor(actors, key) if key is not None else None
            if actor is not None and actor.category == "Person":
                return True
    return False


def appended_name(noun: Token, child: Token) -> bool:
    """The name after a noun that describes its bearer: in apposition, or right after it
    (the parser's "dep" in "Bundesbank-Vorstand Karl Lund")."""
    if child.dep_ == "appos":
        return True
    return bool(child.i == noun.i + 1 and child.pos_ == "PROPN" and noun.pos_ != "PRON")


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause describes when its relative pronoun is the verb's subject
    ("Bürgermeister X, der seit Monaten mit Y verhandelt": X is who negotiates)."""
    if not verb.dep_.startswith("acl") or verb.head is verb:
        return None
    if any(c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType") for c in verb.children):
        return verb.head
    return None
