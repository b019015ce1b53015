"""`kg_cues`: words that announce negotiation events (meetings, proposals, responses, speech).

The event extractors start from cue words, never from the whole sentence: a meeting needs a
meeting noun or verb, a response a response verb. Cues are found on lemmas and on lower-cased
forms (a small model lemmatises rare compounds badly), nouns by suffix so that German
compounds count ("Friedensplan", "Verhandlungsrunde", "Westbalkangipfel"), and verbs with
their separated particle ("legte ... vor" is "vorlegen"). The result is
`doc.spans["kg_cues"]`, one span per cue with label `meeting`, `proposal`, `accept`,
`reject`, `criticise`, `consider` or `speech`, and `span._.kg_cue_lemma` the normalised
lemma. The lexicons are domain vocabulary of German news, not phrases of any article.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import vocabulary
from kg.nlp.frames import on_sale, verbs_of_saying
from kg.nlp.tense import CLAUSE_PUNCT, aux_info

SPAN_KEY = "kg_cues"

if not Span.has_extension("kg_cue_lemma"):
    Span.set_extension("kg_cue_lemma", default=None)

# The word lists are kg/data/vocabulary.tsv (one group each; the file says what each is for).
#: meeting noun (lower case, all forms) -> kind of meeting; compounds ending in one count
MEETING_NOUNS: dict[str, str] = vocabulary.kinds("meeting_noun")
_NOT_MEETING = vocabulary.word_set("not_meeting")
#: meeting verb (lemma with particle) -> kind of meeting
MEETING_VERBS: dict[str, str] = vocabulary.kinds("meeting_verb")
PROPOSAL_NOUNS: dict[str, str] = vocabulary.kinds("proposal_noun")
_NOT_PROPOSAL = vocabulary.word_set("not_proposal")
PROPOSAL_VERBS: dict[str, str] = vocabulary.kinds("proposal_verb")
RESPONSE_VERBS: dict[str, str] = vocabulary.kinds("response_verb")
# predicative adjectives: "X nannte den Plan inakzeptabel", "der Plan sei nicht akzeptabel"
RESPONSE_ADJECTIVES: dict[str, str] = vocabulary.kinds("response_adjective")
RESPONSE_NOUNS: dict[str, str] = vocabulary.kinds("response_noun")
_QUALIFIED_NOUNS: dict[str, str] = vocabulary.kinds("qualified_response_noun")
_APPROVING = vocabulary.words("approving_adjective")
_CALLING_VERBS = vocabulary.word_set("calling_verb")
# predicative adjectives that take their object with "für"/"gegenüber" ("zeigte sich offen für
# den Plan", "skeptisch gegenüber dem Vorschlag"); without such an object they are no response
# ("offene Fragen", "offen gesagt")
OBJECT_ADJECTIVES: dict[str, str] = vocabulary.kinds("object_adjective")
NEGATED_STANCE = {"accept": "reject", "reject": "accept", "consider": "reject", "criticise": "criticise"}

#: verbs of saying: the statement rows of the frame lexicon (kg/data/frames.tsv)
SPEECH_VERBS = verbs_of_saying()
# prepositions/particles that introduce a source: "laut X", "X zufolge", "so X", "nach Angaben von X"
SOURCE_MARKERS = vocabulary.word_set("source_marker")

PARTICLES = frozenset(
    {
        "vor",
        "ab",
        "zu",
        "an",
        "mit",
        "aus",
        "zurück",
        "hinzu",
        "fest",
        "ein",
        "zusammen",
        "bekannt",
        "dar",
        "hin",
        "gegenüber",
        "vorbei",
        "los",
        "fort",
        "weiter",
        "nach",
    }
)


def particle_of(verb: Token) -> str | None:
    """The separated particle of a finite verb ("legten ... vor" -> "vor"), if any."""
    for child in verb.children:
        if (child.dep_ == "compound:prt" or child.tag_ == "PTKVZ") and child.lower_ in PARTICLES:
            return child.lower_
    if verb.tag_ not in ("VVFIN", "VVIMP") and verb.pos_ != "VERB":
        return None
    # linear fallback: the particle closes the clause ("lehnte den Plan ab.")
    sent_end = verb.sent.end
    j = verb.i + 1
    while (
        j < sent_end
        and verb.doc[j].text not in CLAUSE_PUNCT
        and verb.doc[j].lower_ not in ("und", "aber", "oder")
        and not (verb.doc[j].is_space and "\n" in verb.doc[j].text)
    ):
        if j > verb.i + 1 and (verb.doc[j].pos_ == "VERB" or verb.doc[j].tag_.startswith("VV")):
            return None
        j += 1
    last = verb.doc[j - 1]
    if last.i > verb.i and last.lower_ in PARTICLES and last.pos_ not in ("NOUN", "PROPN", "DET"):
        prev = verb.doc[last.i - 1]
        if prev.pos_ != "ADP":
            return last.lower_
    return None


# strong and irregular forms of the cue verbs (stem without particle), which neither the
# regular endings below nor a small statistical lemmatiser get right
_STRONG_FORMS: dict[str, str] = vocabulary.kinds("strong_form")
_PREFIXES = (
    "zusammen",
    "gegenüber",
    "zurück",
    "hinzu",
    "bekannt",
    "vor",
    "ab",
    "zu",
    "an",
    "mit",
    "aus",
    "ein",
    "fest",
    "dar",
    "hin",
    "fort",
    "weiter",
    "nach",
)
_REGULAR_ENDINGS = ("test", "tet", "ten", "te", "est", "et", "st", "en", "t", "e", "")


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    """Every cue verb's lemma (built once: the tables are constants)."""
    return frozenset(MEETING_VERBS) | frozenset(PROPOSAL_VERBS) | frozenset(RESPONSE_VERBS) | SPEECH_VERBS


@lru_cache(maxsize=1 << 16)
def lemma_candidates(form: str) -> tuple[str, ...]:
    """Possible infinitives of a German verb form, from the strong-form table and the regular
    endings (participles with and without a separable prefix: "vorgelegt" -> "vorlegen").

    Cached per form: the cue, frame and proposal rules ask about the same forms repeatedly.
    """
    low = form.lower()
    out: list[str] = []
    if low in _STRONG_FORMS:
        out.append(_STRONG_FORMS[low])
    prefix = ""
    for p in _PREFIXES:
        if low.startswith(p) and len(low) > len(p) + 3:
            prefix, rest = p, low[len(p) :]
            if rest in _STRONG_FORMS:
                out.append(p + _STRONG_FORMS[rest])
            if rest.startswith("ge") and rest[2:] in _STRONG_FORMS:
                out.append(p + _STRONG_FORMS[rest[2:]])
            break
    for stem_form in {low, low[2:] if low.startswith("ge") else low}:
        for ending in _REGULAR_ENDINGS:
            if ending and not stem_form.endswith(ending):
                continue
            stem = stem_form[: len(stem_form) - len(ending)] if ending else stem_form
            if len(stem) < 2:  # "übt" -> "üben"; callers keep only verbs they know
                continue
            out.extend([stem + "en", stem + "n"])
    if prefix:
        rest = low[len(prefix) :]
        if rest.startswith("ge"):
            rest = rest[2:]
        for ending in _REGULAR_ENDINGS:
            if ending and not rest.endswith(ending):
                continue
            stem = rest[: len(rest) - len(ending)] if ending else rest
            if len(stem) >= 3:
                out.extend([prefix + stem + "en", prefix + stem + "n"])
    return tuple(out)


def verb_in(verb: Token, verbs: frozenset[str]) -> bool:
    """Is the verb (with its particle) one of `verbs`, judged from its form as well as its
    lemma ("ausgearbeitet" -> "ausarbeiten", "vereinbarten" -> "vereinbaren")?"""
    if verb_lemma(verb) in verbs:
        return True
    particle = particle_of(verb) or ""
    return any(c in verbs or particle + c in verbs for c in lemma_candidates(verb.lower_))


def verb_lemma(verb: Token) -> str:
    """Lemma of a cue verb with its particle: "legten ... vor" -> "vorlegen".

    Known cue verbs are recognised from the form itself first (strong forms, regular endings,
    participles), the statistical lemma second.
    """
    known = _known_verbs()
    particle = particle_of(verb)
    if particle is None and verb.i > 0 and not verb.lower_.startswith(_PREFIXES):
        prev = verb.doc[verb.i - 1]
        # a prefix written apart from a participle or infinitive ("gegenüber gesessen")
        if prev.is_lower and prev.lower_ in PARTICLES and prev.lower_ in ("gegenüber", "zusammen", "zurück"):
            particle = prev.lower_
    lemma = ""
    for cand in lemma_candidates(verb.lower_):
        full = particle + cand if particle and not cand.startswith(particle) else cand
        if full in known:
            return full
        if not lemma and cand in known:
            lemma = cand
    if not lemma:
        lemma = verb.lemma_.lower() if verb.lemma_ and verb.lemma_.lower().endswith("n") else verb.lower_
    if particle and not lemma.startswith(particle):
        return particle + lemma
    return lemma


# compounds that name press events and interviews, not meetings between parties (a compound
# ending in a blocked word is blocked too: "Antrittspressekonferenz")
_BLOCKED_PREFIXES = vocabulary.words("blocked_prefix")


def _noun_kind(token: Token, table: dict[str, str], blocked: frozenset[str]) -> str | None:
    """Kind of a cue noun: the form or lemma in `table`, or a compound ending in a table entry."""
    low = token.lower_.replace("-", "")
    lemma = (token.lemma_ or "").lower().replace("-", "")
    ends = _as_tuple(blocked)
    if low.endswith(ends) or lemma.endswith(ends) or low.startswith(_BLOCKED_PREFIXES):
        return None
    for cand in (low, lemma):
        if cand in table:
            return table[cand]
    head = token.lower_.rsplit("-", 1)[-1]
    if head != token.lower_ and head in table:
        return table[head]  # "EU-Gipfel", "G7-Treffen", "UN-Plan": the part after the last hyphen
    # the longest table entry that ends the word after at least 3 letters of its own
    for k in range(3, len(low) + 1):
        if low[k:] in table:
            return table[low[k:]]
    return None


@lru_cache(maxsize=8)
def _as_tuple(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(words)


def is_nounlike(token: Token) -> bool:
    """German nouns are capitalised; the parser's POS is a second opinion."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    # (`is_sent_start` is what `token.sent` is built from, without walking the sentence)
    return token.is_title and not token.is_sent_start and token.pos_ not in ("VERB", "AUX")


def meeting_noun_kind(token: Token) -> str | None:
    if not is_nounlike(token):
        return None
    if token.lower_ == "treffen" and not _has_determiner(token) and token.pos_ == "VERB":
        return None
    if token.lower_ in ("runde", "runden"):
        return "round"  # a meeting only with a genitive of participants (checked by the extractor)
    return _noun_kind(token, MEETING_NOUNS, _NOT_MEETING)


def _has_determiner(token: Token) -> bool:
    if any(c.dep_ == "det" for c in token.children):
        return True
    prev = token.doc[token.i - 1] if token.i > 0 else None
    return prev is not None and (prev.pos_ in ("DET", "ADJ") or prev.tag_ in ("ART", "APPRART", "APPR_ART"))


def proposal_noun_kind(token: Token) -> str | None:
    if not is_nounlike(token):
        return None
    low = token.lower_.replace("-", "")
    if low.endswith(("rahmen", "rahmens")) and not _rahmen_is_framework(token):
        return None
    if on_sale(low):
        return None  # "Medienangebot": what is on offer to buy or use
    kind = _noun_kind(token, PROPOSAL_NOUNS, _NOT_PROPOSAL)
    if kind and low.startswith("gegen"):
        return "counter-proposal"
    return kind


def _rahmen_is_framework(token: Token) -> bool:
    """ "im Rahmen von", "im Rahmen der Hilfe", "in diesem Rahmen" are preposition-like phrases,
    not a framework (runs of spaces between the words are skipped)."""
    doc = token.doc
    before = [t for t in doc[max(token.i - 4, 0) : token.i] if not t.is_space][-2:]
    nxt = next((t for t in doc[token.i + 1 : token.i + 4] if not t.is_space), None)
    prev = before[-1] if before else None
    if (
        prev is not None
        and prev.lower_ in ("im", "in", "den", "dem")
        and nxt is not None
        and nxt.lower_ in ("von", "des", "der", "eines", "einer")
    ):
        return False
    # "in diesem Rahmen"
    return not (len(before) == 2 and before[0].lower_ == "in" and before[1].lower_ in _RAHMEN_DETS)


_RAHMEN_DETS = frozenset({"diesem", "einem", "jenem"})


def _topicalised_participle(token: Token) -> bool:
    """A cue verb's participle opening the sentence ("Vorgeschlagen wurde ...")."""
    if not token.is_title or not (token.is_sent_start or token.doc[token.i - 1].is_space):
        return False
    low = token.lower_
    known = _known_verbs()
    return "ge" in low[:12] and low.endswith(("t", "en")) and any(c in known for c in lemma_candidates(low))


def _is_verb(token: Token) -> bool:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V"):
        return True
    # a small tagger calls rare finite forms adjectives ("trafen", "kritisierte"); a lower-case
    # strong form or preterite of a cue verb is a verb wherever it stands
    low = token.lower_
    if _topicalised_participle(token):
        return True
    if not token.is_lower or token.pos_ in ("NOUN", "PROPN", "DET", "ADP"):
        return False
    return low in _STRONG_FORMS or (low.endswith(("te", "ten")) and not low.startswith("ge"))


def _has_object_phrase(token: Token) -> bool:
    """ "offen für den Plan" / "dem Plan gegenüber skeptisch": the adjective's prepositional
    object right after it, or a postposed "gegenüber" right before it."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    prev = doc[token.i - 1] if token.i > 0 else None
    return (nxt is not None and nxt.lower_ in ("für", "gegenüber")) or (
        prev is not None and prev.lower_ == "gegenüber"
    )


@Language.factory("kg_cues")
def make_cues(nlp: Language, name: str) -> CueComponent:
    return CueComponent(name)


class CueComponent:
    """Adds `doc.spans["kg_cues"]` (see the module docstring)."""

    def __init__(self, name: str = "kg_cues") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPAN_KEY] = find_cues(doc)
        return doc


def _span(doc: Doc, token: Token, label: str, lemma: str) -> Span:
    span = Span(doc, token.i, token.i + 1, label=label)
    span._.kg_cue_lemma = lemma
    return span


_COPULA = frozenset({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})
_GO = frozenset({"geht", "gehen", "ging", "gingen", "gehe"})
_MAKE_SENSE = frozenset({"macht", "machen", "machte", "machten", "mache", "ergibt", "ergeben", "ergebe"})
_LITTLE = frozenset({"keinen", "wenig", "kaum"})
EVALUATIONS = frozenset({"zu wenig", "nicht weit genug", "Drohung", "kein Sinn"})
#: the words `_evaluation` can anchor on (a quick exit for every other token)
_EVALUATION_WORDS = frozenset({"wenig", "genug", "drohung", "drohungen", "sinn"})


def _evaluation(token: Token) -> str | None:
    """Criticism said without a response word: "ist X zu wenig", "geht X nicht weit genug",
    "ist eine gefährliche Drohung", "macht keinen Sinn". Each needs its verb (copula, gehen,
    machen/ergeben) in the sentence, so that "zu wenig Geld", "die Drohung des Militärs" or
    "der Sinn des Plans" are none."""
    if token.lower_ not in _EVALUATION_WORDS:
        return None
    sent = token.sent
    words = [t.lower_ for t in sent]
    before = [t.lower_ for t in token.doc[sent.start : token.i]]
    low = token.lower_
    prev = token.doc[token.i - 1].lower_ if token.i > sent.start else ""
    nxt = token.doc[token.i + 1] if token.i + 1 < sent.end else None
    if low == "wenig" and prev == "zu" and _COPULA & set(words):
        if nxt is None or nxt.pos_ not in ("NOUN", "PROPN"):
            return "zu wenig"
    if low == "genug" and prev == "weit" and "nicht" in before[-5:] and _GO & set(words):
        return "nicht weit genug"
    if low in ("drohung", "drohungen") and _COPULA & set(before):
        i = token.i - 1
        while i > sent.start and token.doc[i].pos_ == "ADJ":
            i -= 1
        if token.doc[i].lower_ in ("eine", *_COPULA) or (i < token.i - 1 and low == "drohungen"):
            return "Drohung"
    if low == "sinn" and _LITTLE & set(before[-3:]) and _MAKE_SENSE & set(words):
        return "kein Sinn"
    return None


def _called(noun: Token) -> bool:
    """The noun is what something is called: the predicate of a copula ("sei ein Fehler"), an
    "als" phrase or second object of a verb of calling ("bezeichnete X als Provokation",
    "nannte X einen Rückschritt")."""
    if any(c.dep_ == "cop" for c in noun.children):
        return True
    head = noun.head
    as_phrase = any(c.lower_ == "als" for c in noun.children)
    if as_phrase and head.dep_ == "obj" and head.head.i != head.i:
        head = head.head  # "bezeichnete den Plan als Provokation", parsed with "als" on the object
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX") or verb_lemma(head) not in _CALLING_VERBS:
        return False
    if as_phrase:
        return True
    objects = [c for c in head.children if c.dep_ in ("obj", "xcomp") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return verb_lemma(head) == "nennen" and len(objects) >= 2 and objects[-1].i == noun.i


def _approved(noun: Token) -> bool:
    """An approving adjective in the noun's phrase ("eine gute Grundlage", "ein Schritt in die
    richtige Richtung")."""
    return any(t.pos_ == "ADJ" and t.lower_.startswith(_APPROVING) for t in noun.subtree)


def _wordlike(token: Token) -> bool:
    """A word, or a hyphenated compound whose head is one ("EU-Gipfel", "G7-Treffen")."""
    if token.is_alpha:
        return True
    head = token.text.rsplit("-", 1)[-1]
    return head != token.text and len(head) > 2 and head.isalpha()


def find_cues(doc: Doc) -> list[Span]:
    spans: list[Span] = []
    for token in doc:
        if not _wordlike(token):
            continue
        evaluation = _evaluation(token)
        if evaluation:
            spans.append(_span(doc, token, "criticise", evaluation))
            continue
        kind = meeting_noun_kind(token)
        if kind:
            spans.append(_span(doc, token, "meeting", kind))
            continue
        kind = proposal_noun_kind(token)
        if kind:
            spans.append(_span(doc, token, "proposal", kind))
            continue
        low = token.lower_
        if low in OBJECT_ADJECTIVES and _has_object_phrase(token):
            spans.append(_span(doc, token, OBJECT_ADJECTIVES[low], low))
            continue
        if low in RESPONSE_ADJECTIVES:
            stance = RESPONSE_ADJECTIVES[low]
            spans.append(_span(doc, token, stance, low))
            continue
        if low in RESPONSE_NOUNS and _called(token):
            spans.append(_span(doc, token, RESPONSE_NOUNS[low], low))
            continue
        if low in _QUALIFIED_NOUNS and _called(token) and _approved(token):
            spans.append(_span(doc, token, _QUALIFIED_NOUNS[low], low))
            continue
        nounlike = is_nounlike(token) and token.pos_ != "VERB" and not _topicalised_participle(token)
        if not _is_verb(token) or aux_info(token) is not None or nounlike:
            continue
        lemma = verb_lemma(token)
        if lemma in MEETING_VERBS:
            spans.append(_span(doc, token, "meeting", lemma))
        if lemma in PROPOSAL_VERBS:
            spans.append(_span(doc, token, "proposal", lemma))
        if lemma in RESPONSE_VERBS:
            spans.append(_span(doc, token, RESPONSE_VERBS[lemma], lemma))
        if lemma in SPEECH_VERBS or lemma.removesuffix("n") in SPEECH_VERBS:
            spans.append(_span(doc, token, "speech", lemma))
    for token in doc:
        if token.lower_ in SOURCE_MARKERS:
            spans.append(_span(doc, token, "speech", token.lower_))
    return sorted(spans, key=lambda s: (s.start, s.label_))
