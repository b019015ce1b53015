"""`kg_actors`: find every mention of an actor in a German news article.

The NER model alone is not enough for a negotiation graph: it misses names after titles it
has not seen, types "Kreml" or "USA" inconsistently, and knows nothing of the many ways
German refers to a party without naming it. This component therefore combines

* NER spans (PER/ORG/LOC; MISC is dropped), cleaned of leading titles and articles;
* the gazetteer (`kg.nlp.gazetteer`): states, capitals, seats of power, bodies, regions,
  also inflected ("Russlands", "des Kremls") and as compound prefixes ("US-", "EU-");
* title + name patterns ("Kremlchef Boris Malenkow", "Ärztekammerpräsidentin Ida Roth"):
  the title becomes a role, the compound's first part an affiliation;
* head nouns that introduce names ("Partei X", "Nachrichtenagentur X", "Hauptstadt X");
* appositions (", Schwiegersohn von ...") as roles;
* unnamed acting groups ("eine ukrainische Delegation", "US-Vertreter", "europäische
  Mächte") with the state or region they belong to;
* state adjectives ("russische") as affiliations only: an adjective alone is no entity;
* role nouns ("der Präsident", "Kreml-Chef") and subject pronouns ("er", "sie"), which
  `kg_coref` later resolves to a person.

The German words these rules test (name particles, compound heads, reporting verbs, the
prepositions that make a capital a place or an actor) are data: `kg/data/actor_vocabulary.tsv`,
read by `kg.nlp.vocabulary`. It is a file of its own, not more groups in the event vocabulary
(`kg/data/vocabulary.tsv`), because its words are about actors, names and places rather than
events, and the actor and event rules change independently; the reader and the format are the
same. Articles, determiners and pronouns stay in the code that parses with them.

The result is `doc._.kg_mentions`, a list of `ActorMention` sorted by offset. Mentions carry
character offsets (a compound prefix is part of a token), so they are plain records rather
than spaCy spans; `doc.spans["kg_actors"]` additionally holds the named mentions as spans
labelled with their category, for displaCy and for users of the spaCy pipeline.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import vocabulary
from kg.nlp.frames import verbs_of_saying
from kg.nlp.gazetteer import Entry, Gazetteer, gazetteer
from kg.nlp.roles import (
    ORG_HEADS,
    PERSON_GROUP_HEADS,
    PLACE_HEADS,
    RoleWord,
    analyse_role,
    group_head,
    org_head,
)
from kg.nlp.spaces import is_extra_space

SPAN_KEY = "kg_actors"
TIME_SPAN_KEY = "kg_time"  # kg.nlp.timex.SPAN_KEY (timex runs before this component)

if not Doc.has_extension("kg_date"):
    Doc.set_extension("kg_date", default=None)
if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)

MentionType = str  # "name" | "prefix" | "adjective" | "role" | "pronoun" | "group"

#: NER labels of German (GermEval/WikiNER style) and English (OntoNotes) models
_NER_CATEGORY = {
    "PER": "Person",
    "PERSON": "Person",
    "ORG": "Organisation",
    "LOC": "Place",
    "GPE": "Place",
    "FAC": "Place",
    "NORP": None,
    "MISC": None,
}

# the German words around names, from kg/data/actor_vocabulary.tsv (see the module docstring
# and the group notes of the file)
_NAME_PARTICLES = vocabulary.word_set("name_particle")
_NAME_OPENERS = vocabulary.word_set("name_opener")
_COMMON_SUFFIXES = vocabulary.words("common_suffix")
_TREATY_HEADS = vocabulary.words("treaty_head")
_GROUP_COMPOUND_HEADS = vocabulary.word_set("group_compound_head")
_PLACE_COMPOUND_HEADS = vocabulary.word_set("place_compound_head")
_BUILDING_HEADS = vocabulary.words("building_head")
_INSTITUTION_HEADS = vocabulary.word_set("institution_head")
_ADJECTIVE_ENDINGS = vocabulary.words("adjective_ending")
_NOT_TITLES = vocabulary.word_set("not_title")
_MEDIA_VERBS = vocabulary.word_set("media_verb")
_MEDIA_COMPOUND_HEADS = vocabulary.word_set("media_compound_head")
_SOURCE_NAMES = vocabulary.kinds("source_name")
#: the names and their genitives in -s ("des Kuriers"), for a quick first test per token
_SOURCE_FORMS = frozenset(_SOURCE_NAMES) | frozenset(n + "s" for n in _SOURCE_NAMES)
_SOURCE_NOUNS = vocabulary.word_set("source_noun")
_REPORT_VERBS = vocabulary.word_set("report_verb")
_PLACE_PREPS = vocabulary.word_set("place_preposition")
_ACTOR_PREPS = vocabulary.word_set("actor_preposition")
_ACTOR_POSTPOSITIONS = vocabulary.word_set("actor_postposition")
_HEARSAY_VERBS = vocabulary.word_set("hearsay_verb")
_STATE_PLACE_PREPS = vocabulary.word_set("state_place_preposition")
_LEGAL_FORMS = vocabulary.word_set("legal_form")
_SITE_PREPS = vocabulary.word_set("site_preposition")
_PRONOUNS = {"er", "sie"}
# third-person possessives ("sein Vorschlag", "ihre Forderung"), resolved like pronouns
_POSSESSIVES = frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines",
                          "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"})
_ARTICLES = ("der", "die", "das", "des", "dem", "den")


_TOKENS_OF: tuple[weakref.ReferenceType[Doc], list[Token]] | None = None


def _tokens(doc: Doc) -> list[Token]:
    """The doc's tokens as one list, made once per doc: the recogniser's passes each walked
    the doc anew, and spaCy builds a new Token object at every step of every walk. Kept for
    the last doc only (a weak reference: nothing outlives the doc) and never in
    `doc.user_data`, which must stay serialisable."""
    global _TOKENS_OF
    kept = _TOKENS_OF
    if kept is not None and kept[0]() is doc and len(kept[1]) == len(doc):
        return kept[1]
    tokens = list(doc)
    _TOKENS_OF = (weakref.ref(doc), tokens)
    return tokens


@dataclass
class ActorMention:
    """One mention of an actor: a name, a compound prefix, an adjective, a role noun, a pronoun or a group.

    `start`/`end` are character offsets of the mention as written (with a title, if any);
    `name_start`/`name_end` those of the name proper. `ref` is a provisional identity used by
    `kg_coref` (a gazetteer id like "gaz:Q159" or "name:Anna Berg"); `key` is the actor key
    it assigns. `affiliations` are refs as well.
    """

    start: int
    end: int
    text: str
    type: MentionType
    category: str | None = None
    kind: str | None = None
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    ref: str | None = None
    roles: list[str] = field(default_factory=list)
    role_heads: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    actor_use: bool = False
    method: str = "ner"
    tok_start: int = 0
    tok_end: int = 0
    head_i: int = 0
    feminine: bool | None = None
    key: str | None = None
    confidence: float = 1.0


# --------------------------------------------------------------------------------------------
# token helpers


def _cap(token: Token) -> bool:
    t = token.text
    return bool(t) and (t[0].isupper() or t[0].isdigit() and any(c.isalpha() for c in t))


def _is_name_token(token: Token, gaz: Gazetteer) -> bool:
    """Could this token be part of a personal or organisation name?"""
    t = token.text
    if not t or not any(c.isalpha() for c in t):
        return False
    low = t.lower()
    if low.split("-")[0] in _NAME_PARTICLES and "-" in t:  # al-Sharif, bin-Salman
        return True
    if not t[0].isupper():
        return False
    if token.pos_ in ("DET", "ADP", "PRON", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT") and not token.ent_type_:
        return False
    if analyse_role(t) is not None or group_head(t) is not None:
        return False
    return True


def _gaz_id(entry: Entry) -> str:
    return "gaz:" + entry.id


def _sentence_bounds(token: Token) -> tuple[int, int]:
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    return sent.start, sent.end


# --------------------------------------------------------------------------------------------
# the component


@Language.factory(
    "kg_actors",
    default_config={"lang": None, "use_ner": True, "groups": True, "pronouns": True},
)
def make_actors(
    nlp: Language, name: str, lang: str | None, use_ner: bool, groups: bool, pronouns: bool
) -> ActorRecognizer:
    _remember_noun_lexicon(nlp)
    return ActorRecognizer(name, lang or nlp.lang, use_ner=use_ner, groups=groups, pronouns=pronouns)


#: word -> noun-class bits of the base model's lexicon features, per vocab (see kg.nlp.lexicon)
_NOUN_LEXICONS: dict[int, Mapping[str, int]] = {}
_LEXICON_FORMATS: dict[int, int] = {}  # the table's format, per vocab
_COMMON_BIT, _NAME_BITS = 1, 2 | 4 | 8 | 16


def _remember_noun_lexicon(nlp: Language) -> None:
    """Read (never change) the Wiktionary noun classes the base model's tok2vec carries, if any:
    they tell a common noun ("Konzept") from a name ("Merkel") better than capitalisation."""
    from kg.nlp.lexicon import find_lexicon_table, vocab_table_format

    table = find_lexicon_table(nlp)
    if table is not None:
        _NOUN_LEXICONS[id(nlp.vocab)] = table
        _LEXICON_FORMATS[id(nlp.vocab)] = vocab_table_format(nlp.vocab)


def _noun_bits(table: Mapping[str, int], word: str) -> int | None:
    v = table.get(word)
    return None if v is None else v & 31


def _plain_capitalised(word: str) -> bool:
    """Letters only, capitalised, not an acronym: the words the noun lexicon can judge."""
    return word[:1].isupper() and word.isalpha() and not word.isupper()


def _unknown_to_noun_lexicon(tok: Token, compounds: bool = True) -> bool:
    """A capitalised word the noun lexicon does not know as a common noun (nor, with
    `compounds`, its compound head): after a title or head noun ("die Zeitung Nordkurier") it
    is a name even where the tagger calls it NOUN.  Organisation names are often compounds
    of common nouns ("Nordkurier", "Tagesspiegel"), so after organisation heads only the
    word itself is looked up."""
    table = _NOUN_LEXICONS.get(id(tok.doc.vocab))
    word = tok.text
    if not table or not _plain_capitalised(word):
        return False
    bits = _noun_bits(table, word)
    if bits:
        return not bits & _COMMON_BIT
    return not compounds or not _looks_like_common_noun(tok.doc, tok.i, tok.i + 1)


def _only_common_noun(tok: Token) -> bool:
    """The noun lexicon lists the word, and only as a common noun (not as a name)."""
    table = _NOUN_LEXICONS.get(id(tok.doc.vocab))
    if not table or not _plain_capitalised(tok.text):
        return False
    return _noun_bits(table, tok.text) == _COMMON_BIT


def _looks_like_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A one-token person name from NER that the noun lexicon knows only as a common noun, or an
    unknown compound whose head is one ("Bildungskonzept", "Handelskonzerne") — unless the token
    is also part of a longer name elsewhere in the article (a surname after its full name)."""
    table = _NOUN_LEXICONS.get(id(doc.vocab))
    if not table or end - start != 1:
        return False
    word = doc[start].text
    if any(len(e) > 1 and word in e.text.split() for e in doc.ents):
        return False
    return _common_noun_word(doc[start])


def _common_noun_word(tok: Token, min_head: int = 3) -> bool:
    """The noun lexicon knows the word, or the head of its compound (of `min_head` letters or
    more: a short one matches the ending of a foreign name), only as a common noun."""
    table = _NOUN_LEXICONS.get(id(tok.doc.vocab))
    word = tok.text
    if not table or not _plain_capitalised(word):
        return False
    bits = _noun_bits(table, word)
    if bits is not None:
        return bits == _COMMON_BIT
    for k in range(3, len(word) - max(min_head, 4) + 1):
        tail = word[k].upper() + word[k + 1 :]
        tbits = _noun_bits(table, tail)
        if tbits is not None:
            return tbits == _COMMON_BIT
    return False


_PLACE_NAME_ENDINGS = vocabulary.words("place_name_ending")
_MIN_PLACE_HEAD = 5  # shorter heads ("Burg", "Dorf", "Bahn") end many real place names


def _common_compound_no_place(tok: Token) -> bool:
    """A word the NER calls a place that is a compound of common nouns ("Diplomatenkreisen",
    "Autobranche", "Steuervorbescheide"): not known as a noun or name itself, its head of
    five letters or more known only as a common noun, and no GeoNames place ("Traiskirchen",
    "Friedrichshafen" are)."""
    from kg.nlp.lexicon import table_field

    table = _NOUN_LEXICONS.get(id(tok.doc.vocab))
    word = tok.text
    if not table or not _plain_capitalised(word) or _noun_bits(table, word):
        return False
    if word.lower().endswith(_PLACE_NAME_ENDINGS):
        return False
    if word.endswith("s") and _noun_bits(table, word[:-1]) not in (None, 0, _COMMON_BIT):
        return False  # the genitive of a name ("Niederösterreichs")
    if table_field(table, word, _LEXICON_FORMATS.get(id(tok.doc.vocab), 1), "place"):
        return False
    return _head_only_common(table, word)


def _head_only_common(table: Mapping[str, int], word: str) -> bool:
    for k in range(3, len(word) - _MIN_PLACE_HEAD + 1):
        bits = _noun_bits(table, word[k].upper() + word[k + 1 :])
        if bits:  # the longest known noun that ends the word
            return bits == _COMMON_BIT
    return False


class ActorRecognizer:
    """Adds `doc._.kg_mentions` and `doc.spans["kg_actors"]` (see the module docstring)."""

    def __init__(
        self,
        name: str = "kg_actors",
        lang: str = "de",
        *,
        use_ner: bool = True,
        groups: bool = True,
        pronouns: bool = True,
    ) -> None:
        self.name = name
        self.lang = lang
        self.use_ner = use_ner
        self.groups = groups
        self.pronouns = pronouns
        self.gaz = gazetteer(lang)

    def __call__(self, doc: Doc) -> Doc:
        if self.use_ner:
            trim_entities_at_time_expressions(doc)
            extend_one_word_person_names(doc, self.gaz)
        mentions = find_mentions(
            doc, self.gaz, use_ner=self.use_ner, groups=self.groups, pronouns=self.pronouns
        )
        doc._.kg_mentions = mentions
        spans = []
        for m in mentions:
            if m.type == "name" and m.name_start is not None:
                span = doc.char_span(
                    m.name_start, m.name_end, label=m.category or "", alignment_mode="expand"
                )
                if span is not None:
                    spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


# --------------------------------------------------------------------------------------------
# detection


def find_mentions(
    doc: Doc, gaz: Gazetteer, *, use_ner: bool = True, groups: bool = True, pronouns: bool = True
) -> list[ActorMention]:
    names = _name_candidates(doc, gaz, use_ner)
    names = _resolve_overlaps(names)
    names += _repeated_organisation_names(doc, names)
    taken = [False] * len(doc)
    for m in names:
        for i in range(m.tok_start, m.tok_end):
            taken[i] = True
    titles = _text_titles(doc, names, gaz)
    for m in names:
        _attach_title(doc, m, gaz, titles)
        _attach_apposition(doc, m, gaz, titles)
        _mark_actor_use(doc, m, gaz)
    extra: list[ActorMention] = []
    extra += _slash_names(doc, gaz, taken)
    extra += _prefix_mentions(doc, gaz, taken)
    extra += _adjective_mentions(doc, gaz, taken)
    if groups:
        extra += _group_mentions(doc, gaz, taken)
    extra += _role_mentions(doc, gaz, taken, names, titles)
    heads = _compound_head_anaphora(doc, names, taken)
    for m in heads:
        taken[m.tok_start] = True
    extra += heads
    extra += _institution_anaphora(doc, names, taken)
    extra += _member_anaphora(doc, names, taken)
    extra += _type_noun_anaphora(doc, names, taken)
    if pronouns:
        extra += _pronoun_mentions(doc)
    out = names + extra
    out.sort(key=lambda m: (m.start, -m.end, m.type))
    return out


def _compound_head_anaphora(doc: Doc, names: list[ActorMention], taken: list[bool]) -> list[ActorMention]:
    """ "die Houthi-Rebellen ... Vertreter der Rebellen", "die Beobachtungsstelle für
    Menschenrechte ... die Beobachtungsstelle": the bare head of an organisation's compound
    name, later in the article, refers to that organisation.  Only when exactly one
    such organisation was named before (two "-Rebellen" groups leave "Rebellen" open)."""
    heads: dict[str, list[ActorMention]] = {}
    for m in names:
        if m.category != "Organisation" or not m.name:
            continue
        head = None
        if "-" in m.name and " " not in m.name:
            head = m.name.rsplit("-", 1)[1]
        else:
            words = m.name.split()
            # "Syrische Beobachtungsstelle für Menschenrechte" -> "die Beobachtungsstelle"
            k = next((i for i, w in enumerate(words) if i and w in ("für", "der", "des", "zur", "zum")), None)
            head = words[k - 1] if k is not None else None
            if k is None and len(words) > 1 and all(_declined_adjective(w) for w in words[:-1]):
                head = words[-1]  # "Österreichischer Naturschutzbund" -> "der Naturschutzbund"
        if head is not None and len(head) > 3 and head[:1].isupper() and head.isalpha():
            heads.setdefault(head, []).append(m)
    out: list[ActorMention] = []
    if not heads:
        return out
    for tok in _tokens(doc):
        if taken[tok.i] or tok.pos_ not in ("NOUN", "PROPN") or tok.text not in heads:
            continue
        before = {m.name for m in heads[tok.text] if m.end <= tok.idx}
        if len(before) != 1:
            continue
        full = before.pop()
        out.append(_mention(doc, tok.i, tok.i + 1, "prefix", name=full, ref="name:" + full,
                            category="Organisation", method="rule:compound-head-anaphora",
                            confidence=0.7))
    return out


def _declined_adjective(word: str) -> bool:
    """A capitalised adjective of a name ("Österreichischer", "Erste", "Neue")."""
    return word[:1].isupper() and word.isalpha() and word.endswith(("er", "e", "es", "en"))


_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "dieser", "diese", "dieses",
                                "diesem", "diesen"})


def _institution_anaphora(doc: Doc, names: list[ActorMention], taken: list[bool]) -> list[ActorMention]:
    """ "das Finanzministerium ... Das Ministerium teilte mit": a definite bare institution
    noun (a tail of `kg/data/institutions.tsv`) refers to the latest institution of that kind
    named before it."""
    kinds = dict(institution_tails())
    named = [m for m in names if m.method == "rule:institution" and m.kind]
    out: list[ActorMention] = []
    if not named:
        return out
    for tok in _tokens(doc):
        kind = kinds.get(tok.lower_)
        if (kind is None or taken[tok.i] or not _cap(tok) or tok.i == 0
                or doc[tok.i - 1].lower_ not in _DEFINITE_ARTICLES):
            continue
        before = [m for m in named if m.kind == kind and m.end <= tok.idx]
        if before:
            full = before[-1].name or before[-1].text
            out.append(_mention(doc, tok.i, tok.i + 1, "prefix", name=full,
                                ref="name:" + _normalise_name(full), category="Organisation",
                                method="rule:institution-anaphora", confidence=0.7))
    return out


_MEMBER_BODIES = frozenset({"chamber", "association", "union"})  # kinds whose members speak for them
_MIN_MEMBER_NOUN = 4


def _member_anaphora(doc: Doc, names: list[ActorMention], taken: list[bool]) -> list[ActorMention]:
    """ "die Richtervereinigung ... kritisieren die Richter", "der Bauernverband ... die
    Bauern warnen": a definite plural noun naming the members of a chamber, association or
    union named before it (the noun is the compound's first part) stands for that body. Only
    when exactly one such body fits: "die Banken" is no member of a bank."""
    bodies: dict[str, str] = {}  # lower-case first part of the body's compound -> its name
    for m in names:
        if m.category != "Organisation" or not m.name:
            continue
        last = m.name.split()[-1]
        found = _institution_tail(last, bare=True)
        if found is not None and found[2] in _MEMBER_BODIES:
            bodies[found[0].lower()[: -len(found[1])]] = m.name
    out: list[ActorMention] = []
    if not bodies:
        return out
    for tok in _tokens(doc):
        if (taken[tok.i] or tok.pos_ != "NOUN" or not _cap(tok) or tok.i == 0
                or doc[tok.i - 1].lower_ != "die" or "Sing" in tok.morph.get("Number")):
            continue
        # the plural's umlaut and ending are not in the compound: "Anwälte" of "Anwaltskammer"
        forms = {_fold_umlauts(w) for w in (tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("e"))}
        forms = {w for w in forms if len(w) >= _MIN_MEMBER_NOUN}
        fits = {name for part, name in bodies.items() if any(w in _fold_umlauts(part) for w in forms)}
        fits = {n for n in fits if any(m.name == n and m.end <= tok.idx for m in names)}
        if len(fits) == 1:
            full = fits.pop()
            out.append(_mention(doc, tok.i, tok.i + 1, "prefix", name=full,
                                ref="name:" + _normalise_name(full), category="Organisation",
                                method="rule:member-anaphora", confidence=0.6))
    return out


def _fold_umlauts(word: str) -> str:
    return word.translate(_UMLAUT_FOLD)


_UMLAUT_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
_TYPE_NOUNS = vocabulary.kinds("type_noun")
_TYPE_NOUN_SENTENCES = 3  # the sentence of the noun and the two before it
_SPOKESPERSON_ARTICLES = _DEFINITE_ARTICLES | {"ein", "eine"}  # "sagte ein Sprecher"


def _fits_type(m: ActorMention, kind: str, category: str | None) -> bool:
    """Whether an organisation named before is what a type noun of `kind` may refer to: a
    medium, a party, or (company, organisation) one without a kind of its own — not a party,
    medium, ministry or court, which have their own nouns. `category` is the name's in the
    whole article (the NER may call one mention of a company a person)."""
    if category != "Organisation" or not m.name:
        return False
    if kind in ("media", "party"):
        return m.kind == kind
    if kind == "spokesperson":
        return True  # any organisation has spokespeople, a ministry as much as a company
    return m.kind is None or (kind == "organisation" and m.kind in _NON_STATE_KINDS)


# kinds of the institutions table (and alliances) that "die Organisation", "der Verband" may
# name: bodies of members or of civil society, not a ministry, court, authority or council
_NON_STATE_KINDS = frozenset({"alliance", "organisation", "association", "union", "foundation",
                              "institute", "office", "agency"})


_SPOKESPERSON_HEADS = vocabulary.words("spokesperson_ending")  # "sprecher", "sprecherin"


def _spokesperson_compound(low: str) -> str | None:
    """The first part of a compound for a spokesperson ("konzern" of "Konzernsprecher",
    "kommission" of "Kommissionssprecherin"), without its linking "s"; None for other words
    and for the bare noun."""
    for head in _SPOKESPERSON_HEADS:
        if low.endswith(head) and len(low) - len(head) >= 4 and "-" not in low:
            first = low[: -len(head)]
            return first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    return None


def _owned_by(m: ActorMention, owner: str, category: str | None) -> bool:
    """An organisation that the first part of a spokesperson compound names: its type
    ("Konzern" for a company) or the last part of its name ("Kommission" for the EU-Kommission)."""
    kind = _TYPE_NOUNS.get(owner)
    if kind is not None and kind != "spokesperson":
        return _fits_type(m, kind, category)
    last = (m.name or "").lower().replace("-", " ").split()
    return bool(last) and last[-1] == owner


def _type_noun_anaphora(doc: Doc, names: list[ActorMention], taken: list[bool]) -> list[ActorMention]:
    """ "Der Tagesspiegel ... schrieb die Zeitung", "Amnesty International ... Die Organisation
    teilte mit": a definite singular noun for the type of an organisation (`type_noun` in
    kg/data/actor_vocabulary.tsv), the subject of its clause, refers to the one organisation of
    that type named in its sentence or the two before it; with two in view it stays open."""
    if not names:
        return []
    # a name the article once calls an organisation is one where the NER calls it a person
    organisations = {m.ref or m.name or "" for m in names if m.category == "Organisation"}
    introduced = {m.ref or m.name or "": "Organisation" if (m.ref or m.name or "") in organisations
                  else m.category for m in names}
    starts: list[int] | None = None  # sentence starts, read once a type noun needs them
    introduced_at: dict[str, int] | None = None  # read once a spokesperson noun needs it
    out: list[ActorMention] = []
    # a spokesperson named in the article ("Regierungssprecher X") is who "der Sprecher" is
    named_speaker = any(h.endswith("sprecher") for m in names for h in m.role_heads)
    for tok in _tokens(doc):
        kind = _TYPE_NOUNS.get(tok.lower_) or _TYPE_NOUNS.get((tok.lemma_ or "").lower())
        owner = _spokesperson_compound(tok.lower_)
        if kind is None and owner is not None:
            kind = "spokesperson"  # "ein Konzernsprecher", "eine Kommissionssprecherin"
        articles = _SPOKESPERSON_ARTICLES if kind == "spokesperson" else _DEFINITE_ARTICLES
        if (kind is None or taken[tok.i] or not _cap(tok) or tok.i == 0 or not tok.dep_.startswith("nsubj")
                or doc[tok.i - 1].lower_ not in articles or "Plur" in tok.morph.get("Number")):
            continue  # "Manche halten der Partei vor, ...": an object is no speaker
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # "die Organisation Amnesty International": a head noun before a name
        attributed = any(c.dep_ in ("nmod", "appos") for c in tok.children)
        if kind == "spokesperson":
            if introduced_at is None:
                introduced_at = _first_attributed(doc)
            if named_speaker or attributed or introduced_at.get(tok.lower_, len(doc)) < tok.i:
                continue  # "ein Sprecher der Polizei": the genitive names whose
        if any(c.dep_ == "nmod" and "Gen" in c.morph.get("Case") for c in tok.children):
            continue  # "der Verband der Kaufleute": a body of its own, named by the genitive
        if starts is None:
            starts = [t.i for t in doc if t.is_sent_start] if doc.has_annotation("SENT_START") else [0]
        k = bisect.bisect_right(starts, tok.i) - _TYPE_NOUN_SENTENCES
        since = doc[starts[max(k, 0)]].idx
        before = [m for m in names if since <= m.start and m.end <= tok.idx
                  and _fits_type(m, kind, introduced[m.ref or m.name or ""])]
        if owner is not None:  # the first part of the compound names the type or the body
            before = [m for m in before if _owned_by(m, owner, introduced[m.ref or m.name or ""])]
        ends = {m.tok_end for m in before}
        # "Ärzte ohne Grenzen (MSF)": a short name in brackets right after a name is that name
        before = [m for m in before if not (m.tok_start >= 2 and doc[m.tok_start - 1].text == "("
                                            and m.tok_start - 1 in ends)]
        if len({m.ref or m.name for m in before}) > 1:
            # "der Glücksspielkonzern X ... Y ... der Konzern": the one introduced by the noun
            before = _introduced_as(doc, names, before, tok) or before
        if len({m.ref or m.name for m in before}) != 1:
            continue  # none, or two of the type in view: "die Zeitung" of two papers is either
        target = max(before, key=lambda m: m.end)
        out.append(_mention(doc, tok.i, tok.i + 1, "prefix", name=target.name,
                            ref=target.ref or "name:" + _normalise_name(target.name or ""),
                            category="Organisation", kind=target.kind,
                            method="rule:type-noun-anaphora", confidence=0.6))
    return out


def _first_attributed(doc: Doc) -> dict[str, int]:
    """Each word's first position with a genitive or apposition of its own: "ein Sprecher der
    Präfektur ... sagte der Sprecher": the spokesperson introduced with the body they speak
    for is the one meant again, whatever organisation is named between. One pass per doc."""
    first: dict[str, int] = {}
    for t in doc:
        if t.lower_ not in first and any(c.dep_ in ("nmod", "appos") for c in t.children):
            first[t.lower_] = t.i
    return first


def _introduced_as(doc: Doc, names: list[ActorMention], candidates: list[ActorMention],
                   noun: Token) -> list[ActorMention]:
    """The candidates whose organisation the article named, before `noun`, right after a noun
    ending in it ("der Glücksspielkonzern X", "die Organisation Y"): the descriptor tells
    which of several organisations in view "der Konzern" is."""
    word = noun.lower_
    described = {
        m.ref or m.name
        for m in names
        if m.tok_start > 0 and m.end <= noun.idx and doc[m.tok_start - 1].pos_ == "NOUN"
        and doc[m.tok_start - 1].lower_.endswith(word)
    }
    return [m for m in candidates if (m.ref or m.name) in described]


def _mention(doc: Doc, start_tok: int, end_tok: int, mtype: str, **kw: object) -> ActorMention:
    span = doc[start_tok:end_tok]
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        type=mtype,
        tok_start=start_tok,
        tok_end=end_tok,
        head_i=span.root.i,
        **kw,
    )  # type: ignore[arg-type]


def _gaz_match(doc: Doc, i: int, gaz: Gazetteer) -> tuple[int, Entry] | None:
    """The longest gazetteer name starting at token i: (end token, entry).

    Names are capitalised, except the few that the gazetteer itself writes in lower case
    ("dpa", "al-Kaida"); those match only as written.
    """
    first = doc[i]
    cap = _cap(first)
    lower_name = not cap and first.text in gaz.by_form
    if not cap and not lower_name:
        return None
    # every name of several words starts with the token's text (a quick "no" for the others)
    longest = min(5, len(doc) - i) if first.text in gaz.multiword_starts else 1
    for n in range(longest, 0, -1):
        if lower_name and n > 1:
            continue
        toks = [first] if n == 1 else list(doc[i : i + n])
        if any(t.is_punct and t.text not in ("-", ".") for t in toks) or not (
            (cap if n == 1 else _cap(toks[-1])) or lower_name
        ):
            continue
        text = " ".join(t.text for t in toks)
        entry = gaz.lookup(text) if n > 1 or len(text) > 1 else None
        if entry is None:
            entry = gaz.lookup_inflected(text)
            # a genitive form must not turn a different word into a name ("Uns" -> "Un")
            if entry is not None and toks[-1].text not in entry.forms and len(toks[-1].text) <= 4:
                entry = None
        if entry is not None:
            return i + n, entry
    return None


def _name_candidates(doc: Doc, gaz: Gazetteer, use_ner: bool) -> list[ActorMention]:
    """Every name candidate of the article, overlapping ones included (`_resolve_overlaps`
    picks among them): gazetteer names first, then NER names and the rules that find names
    NER misses, names after titles and head nouns, and last the surnames of persons found so far."""
    out = _gazetteer_names(doc, gaz)
    if use_ner:
        for ent in _join_across_spaces(doc, gaz):
            m = _from_ner(doc, ent, gaz)
            if m is not None:
                out.append(m)
        out += _media_names(doc, gaz)
        out += _capitalised_media_names(doc, gaz)
        out += _source_names(doc)
        out += _compound_names(doc, gaz)
        out += _legal_form_names(doc)
        out += _apposition_names(doc, gaz)
    out += _located_names(doc, gaz)
    out += _institution_names(doc, gaz)
    for tok in _tokens(doc):
        hm = _name_after_head(doc, tok, gaz)
        if hm is not None:
            out.append(hm)
    out += _surname_mentions(doc, gaz, out)
    out += _acronym_long_forms(doc, out)
    for m in out:
        if m.name_start is None:
            m.name_start, m.name_end = m.start, m.end
        if m.name is None:
            m.name = m.text
        if m.ref is None:
            m.ref = "name:" + _normalise_name(m.name)
    return out


def abbreviates(acronym: str, name: str) -> bool:
    """Do the letters of `acronym` start every word of `name`, in order, with the rest found
    inside those words ("VCN": Verkehrs-Club Norwegen, "ÖVP": Österreichische Volks-Partei)?"""
    words = [w.lower() for w in name.replace("-", " ").split() if w[:1].isupper()]
    letters = acronym.lower()

    def match(i: int, w: int) -> bool:
        if w == len(words):
            return i == len(letters)
        if i >= len(letters) or words[w][0] != letters[i]:
            return False
        word, j = words[w], i + 1
        # the next letters may come from inside this word (its later compound parts)
        pos = 1
        while True:
            if match(j, w + 1):
                return True
            if j >= len(letters):
                return False
            found = word.find(letters[j], pos)
            if found < 0:
                return False
            j, pos = j + 1, found + 1

    return bool(words) and len(words) <= len(letters) and match(0, 0)


_LONG_FORM_LINKS = frozenset({"für", "der", "des", "von", "und", "zur", "zum", "am", "an"})
_MAX_LONG_FORM = 8


def _acronym_long_forms(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """ "Österreichischer Naturschutzbund (ÖNB)", "Institut für Höhere Studien (IHS)": the
    capitalised words right before an acronym in brackets whose letters they spell name the
    same organisation, in full, where NER found only the acronym or a part of the name."""
    out: list[ActorMention] = []
    for m in found:
        if m.category != "Organisation" or m.tok_end - m.tok_start != 1 or m.tok_start < 2:
            continue
        acronym = doc[m.tok_start]
        if doc[m.tok_start - 1].text != "(" or m.tok_end >= len(doc) or doc[m.tok_end].text != ")":
            continue
        if not acronym.text[:1].isupper() or sum(ch.isupper() for ch in acronym.text) < 2:
            continue
        end = m.tok_start - 1
        if end > 0 and doc[end - 1].text in _CLOSING_QUOTES:
            end -= 1  # „Nordic Space Science Institute“ (NSSI): the name in quotation marks
        best = None
        for start in range(end - 1, max(end - _MAX_LONG_FORM, 0) - 1, -1):
            tok = doc[start]
            if not (_cap(tok) or tok.lower_ in _LONG_FORM_LINKS or tok.text.endswith("-")):
                break
            if _cap(tok) and tok.pos_ != "DET" and abbreviates(acronym.text, doc[start:end].text):
                best = start
        if best is not None:
            out.append(_mention(doc, best, end, "name", category="Organisation", kind=m.kind,
                                name=_nominative_name(doc[best:end]), method="rule:acronym-long-form",
                                confidence=0.8))
    return out


_CLOSING_QUOTES = frozenset({"“", "”", "\"", "«", "»", "‘", "’"})


def _genitive_institution(tok: Token, noun: Token | None, genitive: bool) -> str | None:
    """The head noun of a name in the genitive singular, without its ending ("des Deutschen
    Fußballbundes" -> "Fußballbund", "Bundeskriminalamts" -> "Bundeskriminalamt"); masculine
    and neuter nouns end in -s or -es there, weak nouns ("des Präsidenten") in neither."""
    if noun is None or tok.i != noun.i or not (genitive or tok.morph.get("Case") == ["Gen"]):
        return None
    after_adjective = tok.i > 0 and _name_adjective(tok.doc[tok.i - 1].text)
    found = _institution_tail(tok.text, bare=True, fuer=after_adjective)  # "Auswärtigen Amtes"
    if found is not None:
        return found[0]
    text = tok.text
    if text.endswith("es") and len(text) > 6 and text[-3] not in "aeiouäöüs":
        return text[:-2]
    feminine = "Fem" in tok.morph.get("Gender")
    if text.endswith("s") and len(text) > 5 and text[-2] not in "sxz" and not feminine:
        return text[:-1]
    return None


def _nominative_name(span: Span) -> str:
    """The name with its leading adjectives in the nominative without article ("des
    Österreichischen Naturschutzbundes" -> "Österreichischer ..."), as institutions write it."""
    words_only = [t for t in span if not t.is_space]
    leading_count = next(
        (k for k, t in enumerate(words_only) if not _name_adjective(t.text)), len(words_only)
    )
    noun = words_only[leading_count] if leading_count < len(words_only) else None
    genitive = _after_genitive_article(span)
    words = []
    for k, tok in enumerate(words_only):
        if k < leading_count and noun is not None:
            words.append(_strong_nominative(tok.text, noun))
        elif (tail := _genitive_institution(tok, noun, genitive)) is not None:
            words.append(tail)  # "des ... Rechtsanwaltskammertages" -> "...kammertag"
        else:
            words.append(tok.text)
    return " ".join(words)


def _gazetteer_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """The longest gazetteer names, left to right without overlap; a capital or seat is
    affiliated with its state, a region or body with what it is part of."""
    out: list[ActorMention] = []
    i = 0
    while i < len(doc):
        hit = _gaz_match(doc, i, gaz)
        if hit is None:
            i += 1
            continue
        end, entry = hit
        text = doc[i:end].text
        out.append(
            _mention(
                doc,
                i,
                end,
                "name",
                category=entry.category,
                kind=entry.kind,
                name=entry.name,
                name_start=doc[i].idx,
                name_end=doc[end - 1].idx + len(doc[end - 1].text),
                ref=_gaz_id(entry),
                method="gazetteer",
                affiliations=[_gaz_id(gaz.entries[entry.state])]
                if entry.state and entry.seat
                else ([_gaz_id(gaz.entries[entry.part_of])] if entry.part_of else []),
            )
        )
        out[-1].text = text
        i = end
    return out


def _name_after_head(doc: Doc, tok: Token, gaz: Gazetteer) -> ActorMention | None:
    """The name a title or head noun introduces: a person after a title ("Kremlchef Boris
    Malenkow"), an organisation or place after its head noun ("Partei X", "Hauptstadt X"),
    or an institution whose head noun is part of its name ("Uni Leipzig")."""
    role = analyse_role(tok.text)
    low = tok.text.lower()
    if role is not None:
        return _head_name_mention(doc, tok.i + 1, gaz, category="Person", method="rule:title")
    if (
        low in _INSTITUTION_HEADS
        and _cap(tok)
        and tok.i + 1 < len(doc)
        and (_gaz_match(doc, tok.i + 1, gaz) is not None or doc[tok.i + 1].ent_type_ in ("LOC", "GPE"))
    ):
        hit = _gaz_match(doc, tok.i + 1, gaz)
        end = hit[0] if hit is not None else tok.i + 2
        return _mention(
            doc,
            tok.i,
            end,
            "name",
            category="Organisation",
            method="rule:org-head",
            name=doc[tok.i : end].text,
            confidence=0.8,
        )
    org = org_head(tok.text)
    if org is not None and _cap(tok):
        return _head_name_mention(
            doc, tok.i + 1, gaz, org=True, category="Organisation", kind=org[1], method="rule:org-head",
        )
    if low in PLACE_HEADS and _cap(tok):
        return _head_name_mention(
            doc, tok.i + 1, gaz, org=True, category="Place", kind=PLACE_HEADS[low], method="rule:place-head"
        )
    return None




def _head_name_mention(
    doc: Doc, i: int, gaz: Gazetteer, org: bool = False, **kw: object
) -> ActorMention | None:
    """A name mention for the name starting at token i after a title or head noun, or None."""
    m = _name_after(doc, i, gaz, org=org)
    if m is None:
        return None
    return _mention(doc, m[0], m[1], "name", name=doc[m[0] : m[1]].text, confidence=0.8, **kw)


def _surname_mentions(doc: Doc, gaz: Gazetteer, found: list[ActorMention]) -> list[ActorMention]:
    """Once "Boris Malenkow" is known as a person, every other "Malenkow(s)" of the article is a mention.

    The NER model often misses a bare surname it has not seen; the article itself says it is a name.
    """
    surnames: set[str] = set()
    phrases: dict[tuple[str, ...], tuple[str, ...]] = {}  # lower-case words -> as the name spells them
    for m in found:
        if m.category != "Person":
            continue
        words = [t for t in doc[m.tok_start : m.tok_end] if not t.is_space]
        if len(words) >= 2 and (_cap(words[-1]) or _particle_compound(words[-1])) and len(words[-1].text) > 2:
            surnames.add(words[-1].text)  # "Malenkow", "al-Sisi"
        # "Ursula von der Leyen" -> "von der Leyen" (also "Von der Leyen" opening a sentence)
        opener = next((k for k, t in enumerate(words[1:], 1) if t.lower_ in _NAME_OPENERS), None)
        if opener is not None and len(words) - opener >= 2:
            phrases.setdefault(tuple(t.lower_ for t in words[opener:]), tuple(t.text for t in words[opener:]))
    covered = {i for m in found for i in range(m.tok_start, m.tok_end)}
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.i in covered and not phrases:
            continue
        phrase = next((p for p in phrases if tuple(t.lower_ for t in doc[tok.i : tok.i + len(p)]) == p), None)
        # the surname alone, or the first word ("Van" of "Van der Bellen"), may already be a
        # (shorter) candidate: the longer phrase wins later; a longer name around it keeps it
        if phrase is not None and not any(
            i in covered and not _inside_candidate(found, i, tok.i, tok.i + len(phrase))
            for i in range(tok.i, tok.i + len(phrase) - 1)
        ):
            end = tok.i + len(phrase)
            out.append(
                _mention(
                    doc,
                    tok.i,
                    end,
                    "name",
                    category="Person",
                    method="rule:surname",
                    name=" ".join(phrases[phrase][:-1] + (doc[end - 1].text,)),
                    confidence=0.8,
                )
            )
            covered.update(range(tok.i, end))
            continue
        if tok.i in covered or not (_cap(tok) or _particle_compound(tok)):
            continue
        base = tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1] in surnames else tok.text
        if base in surnames and gaz.lookup(base) is None:
            out.append(
                _mention(
                    doc,
                    tok.i,
                    tok.i + 1,
                    "name",
                    category="Person",
                    method="rule:surname",
                    name=tok.text,
                    confidence=0.8,
                )
            )
    return out


def _repeated_organisation_names(doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
    """Once an organisation name has won its place ("Finavo", "die Nordbund AG"), every other
    occurrence of the same words in the article is a mention, also in the genitive ("Finavos").

    The NER model tags a rare company or agency name in one sentence and misses it in the next
    ("Ziel der Finavo sei es, ..."), and the event rules then see no proposer or speaker there.
    A one-word name the noun lexicon knows only as a common noun is not spread ("Bund", "Linke").
    """
    names: dict[tuple[str, ...], ActorMention] = {}
    short_forms: dict[tuple[str, ...], ActorMention] = {}
    for m in found:
        if m.category != "Organisation":
            continue
        words = tuple(t.text for t in doc[m.tok_start : m.tok_end] if not t.is_space)
        if not words or not words[0][:1].isupper() or len(words) > _MAX_REPEATED_NAME:
            continue
        common = _only_common_noun(doc[m.tok_start])
        if len(words) == 1 and (common or len(words[0]) < 3):
            continue
        names.setdefault(words, m)
        if len(words) > 1 and words[-1].lower() in _LEGAL_FORMS and not common:
            short_forms.setdefault(words[:-1], m)  # "die Nordbund AG", later "die Nordbund"
    # "BIG Business" beside "BIG": the longer name is a product or part named after the shorter
    # one, and spreading it would merge the two
    for words in [w for w in names if any(len(o) < len(w) and w[: len(o)] == o for o in names)]:
        del names[words]
    for words, m in short_forms.items():
        names.setdefault(words, m)
    if not names:
        return []
    covered = {i for m in found for i in range(m.tok_start, m.tok_end)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.i in covered or tok.pos_ != "PROPN":
            continue  # the tagger reads a common noun ("200.000 SMS") where NER saw a name once
        first = tok.text[:-1] if tok.text.endswith("s") and (tok.text[:-1],) in names else tok.text
        for words in by_first.get(first, ()):
            end = tok.i + len(words)
            tail = [t.text for t in doc[tok.i + 1 : end]]
            if end > len(doc) or tail != list(words[1:]) or any(i in covered for i in range(tok.i, end)):
                continue
            if end < len(doc) and doc[end].text == ":":
                break  # "STANDARD: Sie fordern ...": the interviewer's label, not the paper acting
            model, last = names[words], doc[end - 1]
            out.append(_mention(doc, tok.i, end, "name", category="Organisation", kind=model.kind,
                                name=model.name, name_start=tok.idx, name_end=last.idx + len(last),
                                ref=model.ref, method="rule:repeated-name", confidence=0.8))
            covered.update(range(tok.i, end))
            break
    return out


_MAX_REPEATED_NAME = 4  # words; longer names are written out again in full, and found again


def _inside_candidate(found: list[ActorMention], i: int, start: int, end: int) -> bool:
    """Token i is covered only by candidates that lie inside [start, end)."""
    return all(start <= m.tok_start and m.tok_end <= end for m in found if m.tok_start <= i < m.tok_end)


def _normalise_name(name: str) -> str:
    return " ".join(name.replace("  ", " ").split())


def _name_after(doc: Doc, i: int, gaz: Gazetteer, org: bool = False) -> tuple[int, int] | None:
    """Name tokens right after a title/head noun, or None if what follows is no name."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = i
    while j < len(doc) and j - i < 6:
        tok = doc[j]
        if tok.text in ("-",):
            break
        if tok.is_space and j > i and j + 1 < len(doc) and _cap(doc[j + 1]):
            j += 1  # "Jonas  Weber": a doubled space inside a name
            continue
        if tok.ent_type_ in ("PER", "PERSON", "ORG", "LOC", "GPE") or _is_name_token(tok, gaz):
            if tok.is_sent_start and j > i and _real_boundary(doc, j):
                break
            if _gaz_match(doc, j, gaz) is not None and not org:
                break
            j += 1
            continue
        if tok.lower_ in _NAME_PARTICLES and j > i and _name_goes_on(doc, j + 1):
            j += 1
            continue
        break
    if j == i:
        return None
    toks = doc[i:j]
    # the name must look like one: a name-tagged or proper-noun token, not a common noun phrase
    if not any(t.ent_type_ or t.pos_ in ("PROPN", "X") or _unknown_to_noun_lexicon(t, compounds=not org)
               for t in toks):
        return None
    while j > i and doc[j - 1].lower_ in _NAME_PARTICLES:
        j -= 1
    # a genitive attribute after the name is no part of it ("Präsident Malenkow Russlands")
    return (i, j) if j > i else None


def _name_goes_on(doc: Doc, k: int) -> bool:
    """Whether a name particle before token k is inside a name ("von der Leyen"), not the
    article of an object after it ("kommentiert Firmenchef Hans Maier den Verkauf"): the
    word after the particle is capitalised and not a common noun, unless NER marks it."""
    if k >= len(doc) or not _cap(doc[k]):
        return False
    return bool(doc[k].ent_type_) or not _common_noun_word(doc[k])


def _real_boundary(doc: Doc, i: int) -> bool:
    """Whether a sentence start at token i is believable: it follows punctuation or a line break.

    Small parsers sometimes open a sentence in the middle of a name after a title ("Minister
    Anna Berg lehnte ab" split before "Berg"); German sentences end with punctuation, so a
    boundary after a word is treated as the parser's error.
    """
    if i == 0:
        return True
    prev = doc[i - 1]
    return prev.is_punct or prev.is_space or "\n" in prev.whitespace_


def _join_across_spaces(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """NER spans, with a person's name split by a doubled space ("Jonas  Weber") joined again."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        core_end = ent.end
        while core_end > ent.start + 1 and doc[core_end - 1].is_space:
            core_end -= 1
        end = core_end
        while end < len(doc) and doc[end].is_space:
            end += 1
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        person = ent.label_ in ("PER", "PERSON") and core_end - ent.start == 1 and end > core_end
        if person and nxt is not None and nxt.start == end and len(nxt) <= 2:
            out.append(Span(doc, ent.start, nxt.end, label=ent.label_))
            i += 2
            continue
        if (
            person
            and end < len(doc)
            and doc[end].pos_ in ("PROPN", "NOUN", "X")
            and gaz.lookup_inflected(doc[end].text) is None
            and group_head(doc[end].text) is None
            and _cap(doc[end])
            and analyse_role(doc[end].text) is None
        ):
            out.append(Span(doc, ent.start, end + 1, label=ent.label_))
            i += 1
            continue
        if ent.label_ in ("PER", "PERSON"):
            joined = _join_particles(doc, ent.start, core_end, gaz)
            if joined > core_end:
                out.append(Span(doc, ent.start, joined, label=ent.label_))
                i += 1
                while i < len(ents) and ents[i].start < joined:
                    i += 1  # the surname the NER tagged separately ("Leyen" as LOC)
                continue
        out.append(ent)
        i += 1
    return out




def _join_particles(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """The end of a person's name that continues after `end` with name particles and a
    capitalised name part ("Faisal bin Salman", "Ursula von der Leyen", "bin Zayed al Nahyan"),
    which a small NER model cuts at the particle. A known name after "von" is an affiliation
    ("Merkel von der CDU"), not a name part."""
    j = end
    if end - start >= 2 and doc[end - 1].lower_ in _NAME_OPENERS and _cap(doc[end - 1]):
        # "Alexander Van der Bellen", "Maggie De Block": NER stopped after a capitalised
        # particle, which only occurs inside a name, so the next capitalised word is the rest
        # of it even where it is also a common noun ("Bellen")
        k = _after_particles(doc, end)
        if (
            k < len(doc) and _cap(doc[k]) and doc[k].is_alpha and not doc[k].is_sent_start
            and not _known_name_at(doc, k, gaz) and analyse_role(doc[k].text) is None
        ):
            j = k + 1
    if j < len(doc) and j == end and _particle_compound(doc[j]) and not doc[j].is_sent_start:
        j += 1  # "Said Raad Al-Hussein", "Abdel Fattah al-Sisi": NER stopped before the last part
    while j < len(doc) and doc[j].lower_ in _NAME_OPENERS and doc[j].is_lower:
        k = _after_particles(doc, j + 1)
        if k >= len(doc) or not _cap(doc[k]) or not doc[k].is_alpha:
            break
        tok = doc[k]
        if (
            _known_name_at(doc, k, gaz)
            or analyse_role(tok.text) is not None
            or group_head(tok.text) is not None
            or (tok.ent_type_ in ("ORG", "MISC") and not _lone_surname(doc, k))
            or (tok.is_sent_start and _real_boundary(doc, k))
            or _only_common_noun(tok)  # "ruft Verdi zu Streiks auf": a noun after "zu" is no name part
        ):
            break
        j = k + 1
    return j


def _particle_compound(token: Token) -> bool:
    """ "Al-Hussein", "al-Sisi", "Abu-Bakr": a name particle joined by a hyphen to a
    capitalised name part, one token, which only occurs inside a name."""
    particle, dash, rest = token.text.partition("-")
    return bool(dash) and particle.lower() in _NAME_OPENERS and rest[:1].isupper() and rest.isalpha()


def _after_particles(doc: Doc, k: int) -> int:
    """The index after at most two lower-case name particles from k on ("der" of "von der")."""
    start = k
    while k < len(doc) and k - start < 2 and doc[k].lower_ in _NAME_PARTICLES and doc[k].is_lower:
        k += 1
    return k


def _lone_surname(doc: Doc, k: int) -> bool:
    """Whether a token the NER tagged ORG/MISC after "von der" can still be a surname ("Ursula
    von der Leyen"): a single proper-noun token, no acronym, with no further capitalised word
    after it. Organisations after a particle are mostly gazetteer names, acronyms, compounds the
    tagger calls nouns ("Bundesbank") or several words ("Deutschen Bank")."""
    tok = doc[k]
    if tok.pos_ != "PROPN" or tok.text.isupper() or (len(tok.text) > 1 and tok.text[1:].isupper()):
        return False
    if tok.ent_iob_ != "B" or (k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I"):
        return False
    return not (k + 1 < len(doc) and _cap(doc[k + 1]) and doc[k + 1].pos_ in ("PROPN", "NOUN"))


def _end_before_time_expression(doc: Doc, start: int, end: int) -> int:
    """Cut a name where a time expression begins inside it: NER models sometimes run a
    name on into "am Sonntag" or "im Juli"; the preposition before the time goes too."""
    if TIME_SPAN_KEY not in doc.spans:
        return end
    cut = min((t.start for t in doc.spans[TIME_SPAN_KEY] if start < t.start < end), default=end)
    if cut == end:
        return end
    while cut > start + 1 and doc[cut - 1].pos_ in ("ADP", "DET") and not _cap(doc[cut - 1]):
        cut -= 1
    return cut


def trim_entities_at_time_expressions(doc: Doc) -> None:
    """Cut NER spans where a time expression (``kg_timex``) begins inside them."""
    ents = []
    changed = False
    for ent in doc.ents:
        end = _end_before_time_expression(doc, ent.start, ent.end)
        if end != ent.end:
            changed = True
            if end <= ent.start:
                continue
            ent = Span(doc, ent.start, end, label=ent.label)
        ents.append(ent)
    if changed:
        doc.ents = ents


def extend_one_word_person_names(doc: Doc, gaz: Gazetteer) -> None:
    """Join a one-word person entity and the capitalised word after it when that word is
    no common noun, place or role the lexicons know ("Antony" + "Blinken", where the NER
    model stopped early); "Putin Truppen" stays apart because "Truppen" is a common noun."""
    table = _NOUN_LEXICONS.get(id(doc.vocab))
    if not table:
        return
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ not in ("PER", "PERSON") or len(ent) != 1 or ent.end >= len(doc):
            continue
        nxt = doc[ent.end]
        word = nxt.text
        if (
            nxt.ent_type_
            or nxt.is_sent_start
            or not _plain_capitalised(word)
            or nxt.pos_ not in ("NOUN", "PROPN", "X")
            or (_noun_bits(table, word) or 0) & _COMMON_BIT
            or _looks_like_common_noun(doc, nxt.i, nxt.i + 1)
            or gaz.lookup_inflected(word) is not None
            or analyse_role(word) is not None
            or group_head(word) is not None
        ):
            continue
        ents[k] = Span(doc, ent.start, ent.end + 1, label=ent.label)
        changed = True
    if changed:
        doc.ents = ents


def _from_ner(doc: Doc, ent: Span, gaz: Gazetteer) -> ActorMention | None:
    """A name mention for an NER span, cleaned of titles, articles and what follows the name;
    a gazetteer name keeps its entry. None where the span is no actor's name (see the helpers)."""
    category = _NER_CATEGORY.get(ent.label_)
    start, end, titled = _strip_ner_span(doc, ent, category)
    if category == "Person":
        end = _end_before_known_origin(doc, start, end, gaz)
    if end <= start:
        return None
    span = doc[start:end]
    text = span.text
    if _not_a_name(doc, start, end, gaz):
        return None
    entry = gaz.lookup_inflected(text)
    if entry is None and end - start > 1 and _known_name_in_common_nouns(doc, start, end, gaz):
        return None
    if entry is not None:
        return _mention(
            doc,
            start,
            end,
            "name",
            category=entry.category,
            kind=entry.kind,
            name=entry.name,
            ref=_gaz_id(entry),
            method="gazetteer",
        )
    if end - start == 1 and "-" in text and _hyphenated_no_name(text, category, gaz):
        return None
    if category is None:
        return None
    if titled and all(_cap(t) or t.is_space for t in span):
        category = "Person"  # a title before a name marks a person, whatever the NER label
    head = _institution_head(span)
    if head is not None and category in ("Place", "Person") and not titled:
        category = "Organisation"  # "des Auswärtigen Amtes", "das Robert Koch-Institut"
    if _ner_misreading(doc, start, end, category, titled, gaz):
        return None
    if category == "Organisation" and len(span) > 1 and _name_adjective(span[0].text):
        text = _nominative_name(span)  # "der Nordischen Fischereiunion": one name in every case
    elif category == "Organisation" and head is not None:
        text = doc[start : end - 1].text_with_ws + head  # "des Robert Koch-Instituts"
    return _mention(
        doc,
        start,
        end,
        "name",
        category=category,
        method="ner",
        name=text,
        kind="media" if _media_context(doc, start, end) else None,
    )


def _institution_head(span: Span) -> str | None:
    """The last word of a name of several words without its genitive ending where it is an
    institution noun ("Robert Koch-Instituts" -> "Koch-Institut"; "Amt" after a name adjective:
    "Auswärtigen Amtes" -> "Amt"), else None: the name is an organisation's."""
    if len(span) < 2 or not all(_cap(t) or t.is_space for t in span):
        return None  # "Karl Lund von der Staatsanwaltschaft": a person of the institution
    last = span[-1]
    after_adjective = _name_adjective(span[-2].text)
    found = _institution_tail(last.text, bare=after_adjective, fuer=after_adjective)
    if found is None:
        return None
    if found[0] == last.text:
        return last.text
    return found[0] if _genitive_context(span) else None


def _genitive_context(span: Span) -> bool:
    """Is the name in the genitive ("des Robert Koch-Instituts", "eines ... Amtes")?"""
    return _after_genitive_article(span) or span[-1].morph.get("Case") == ["Gen"]


def _after_genitive_article(span: Span) -> bool:
    """Does "des" or "eines" stand right before the name?"""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("des", "eines")


def _end_before_known_origin(doc: Doc, start: int, end: int, gaz: Gazetteer) -> int:
    """ "reiste Bischof Matteo von Ecuador aus weiter", "Merkel von der CDU": a known place or organisation
    after "von" says where someone comes from or belongs, it is no part of the name (as in
    `_join_particles`), even where NER ran the name on into it."""
    for j in range(start + 1, end - 1):
        if doc[j].lower_ in _NAME_OPENERS and doc[j].is_lower:
            k = j + 1
            while k < end - 1 and doc[k].lower_ in _NAME_PARTICLES and doc[k].is_lower:
                k += 1
            if _known_name_at(doc, k, gaz):
                return j
    return end


def _known_name_at(doc: Doc, k: int, gaz: Gazetteer) -> bool:
    """Does a gazetteer name (a word in any case, or several words) begin at token k?"""
    return gaz.lookup_inflected(doc[k].text) is not None or _gaz_match(doc, k, gaz) is not None


def _strip_ner_span(doc: Doc, ent: Span, category: str | None) -> tuple[int, int, bool]:
    """(start, end, titled) of the name proper inside an NER span: leading articles,
    adjectives, titles and head nouns go ("Kanzlerin Angela Merkel" -> "Angela Merkel";
    `titled` says a title went), and so do trailing punctuation and a common noun the
    model ran on into."""
    start, end = ent.start, ent.end
    titled = False
    while start < end:
        tok = doc[start]
        if (tok.pos_ in ("DET", "ADP", "ADJ", "NUM") and not _cap(tok)) or tok.lower_ in _ARTICLES:
            start += 1
        elif analyse_role(tok.text) is not None and end - start > 1:
            start += 1
            titled = True
        elif tok.lower_ in ORG_HEADS and end - start > 1:
            start += 1
        elif tok.lower_ in PLACE_HEADS and end - start > 1:
            start += 1
        else:
            break
    # "Oslo – Norwegens Premier ...": a dash between words (after a dateline, in a
    # heading) ends a name
    dash = next((t.i for t in doc[start:end] if t.text in ("–", "—") and t.i > start), None)
    if dash is not None:
        end = dash
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    # "Skourletis  Entlassung" (scraped text, a genitive that lost its apostrophe): a double
    # space inside a person's name before a word the noun lexicon knows only as a common noun
    # ends the name there
    while (category == "Person" and end - start > 2 and doc[end - 2].is_space
           and _only_common_noun(doc[end - 1])):
        end -= 2
    # "verteilten Jan Borg und Tom Lake Ansteckabzeichen": a word the noun lexicon knows
    # (or whose compound head it knows) only as a common noun after a first name and a surname,
    # or after a double space, is the object the model ran into
    words = sum(not t.is_space for t in doc[start:end])
    if (category == "Person" and (words >= 3 or words == 2 and doc[end - 2].is_space)
            and _common_noun_word(doc[end - 1], min_head=6) and doc[end - 1].lower_ not in ORG_HEADS
            and doc[end - 2].lower_ not in _NAME_PARTICLES):
        end -= 1
        while end > start and doc[end - 1].is_space:
            end -= 1
    # "Mittermaiers Neujahrsrede": a name in the genitive before a common noun is the
    # noun's possessor; the noun is no part of the name
    if (category == "Person" and end - start == 2 and doc[start].text.endswith("s")
            and doc[start + 1].pos_ == "NOUN" and _common_noun_word(doc[start + 1])):
        end -= 1
    return start, end, titled


def _not_a_name(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """Spans that look like no name whatever their label: too short or not capitalised, a
    role or group noun alone, a heading in capitals, places joined by a slash, or a known
    name or state adjective before a role noun."""
    text = doc[start:end].text
    if len(text) < 2 or not (text[0].isupper() or text[0].isdigit()) or not any(c.isalpha() for c in text):
        return True
    if end - start == 1 and (analyse_role(text) is not None or group_head(text) is not None):
        return True
    if _shouted_heading(doc[start:end]) or _slash_parts(text) is not None:
        return True  # headings are no names; "Prag/Wien" is two places (`_slash_names`)
    # "Japans Chefunterhändler", "Brüsseler Sprecher": a known name or adjective before a role
    # noun is an affiliation of an unnamed person, not a name (the role-noun rule handles it)
    return (
        end - start > 1
        and (analyse_role(doc[end - 1].text) is not None or group_head(doc[end - 1].text) is not None)
        and all(
            gaz.lookup_inflected(t.text) is not None or gaz.adjective(t.text) is not None
            for t in doc[start : end - 1]
        )
    )


def _known_name_in_common_nouns(doc: Doc, start: int, end: int, gaz: Gazetteer) -> bool:
    """A gazetteer name inside the span with only common nouns around it: the span is a
    description ("Russland Sanktionen"), and the gazetteer rule has the name already."""
    for i in range(start, end):
        hit = _gaz_match(doc, i, gaz)
        rest = [t for t in doc[start:end] if not (i <= t.i < (hit[0] if hit else i))]
        if hit is not None and hit[0] <= end and rest and all(t.pos_ == "NOUN" for t in rest):
            return True
    return False


def _hyphenated_no_name(text: str, category: str | None, gaz: Gazetteer) -> bool:
    """A hyphenated token is no name when its first part is a known name before a common
    noun ("NATO-Mitgliedschaft", "Ukraine-Krieg": a prefix mention) or its second part is
    in lower case."""
    first, _, rest = text.partition("-")
    head = text.rsplit("-", 1)[-1].lower()
    if gaz.prefix(first) is not None and (category is None or head.endswith(_COMMON_SUFFIXES)):
        return True
    return not rest[:1].isupper() and not rest[:1].isdigit()


def _ner_misreading(doc: Doc, start: int, end: int, category: str, titled: bool, gaz: Gazetteer) -> bool:
    """Spans the NER model labels that are common words: a short acronym as a person, a
    common noun with an article or in the plural, a compound of common nouns as a person
    ("Bildungskonzept"), state adjectives and demonyms ("Russische", "Europäer")."""
    text = doc[start:end].text
    if text.isupper() and len(text) <= 3 and category == "Person":
        return True
    if (
        end - start == 1
        and _common_noun(doc[start])
        and not titled
        and not _place_after_adjective(doc, start, gaz)
    ):
        return True
    if category == "Person" and not titled and _looks_like_common_noun(doc, start, end):
        return True
    if (category == "Place" and end - start == 1 and gaz.lookup(text) is None
            and gaz.lookup(text[:-1]) is None and _common_compound_no_place(doc[start])):
        return True
    if gaz.adjective(doc[start].text) is not None and gaz.lookup(text) is None:
        return not _capitalised_adjective_in_name(doc, start, end)
    return text in gaz.demonyms


def _capitalised_adjective_in_name(doc: Doc, start: int, end: int) -> bool:
    """"die Deutsche Bank", "der Syrischen Beobachtungsstelle": a state adjective written with
    a capital after an article or preposition (not where the sentence makes every word capital)
    is the first word of the name of the noun after it."""
    if end - start < 2 or start == 0 or doc[start].is_sent_start:
        return False
    tail = _institution_tail(doc[end - 1].text, bare=True)
    if tail is not None and tail[2] == "ministry":
        return False  # "das Russische Außenministerium": Russia's ministry, described
    return doc[start - 1].pos_ in ("DET", "ADP") and doc[end - 1].text[:1].isupper()




def _shouted_heading(span: Span) -> bool:
    """ "SCHULTYPEN", "SONDERPÄDAGOGISCHER FÖRDERBEDARF": words in capitals that the noun lexicon
    knows as common nouns (or adjectives) are a section heading, not an acronym or a name."""
    words = []
    for t in span:  # the leading words in capitals ("FÖRDERBEDARF Mehr Kinder": a heading ran on)
        if not t.is_alpha or not t.text.isupper():
            break
        words.append(t.text)
    if not words or max(len(w) for w in words) < 6:
        return False
    table = _NOUN_LEXICONS.get(id(span.doc.vocab))
    for w in words:
        low = w.lower()
        if low.endswith(_ADJECTIVE_ENDINGS) and len(low) > 6:
            return True
        title = w[0] + low[1:]
        if table and (bits := _noun_bits(table, title)) is not None and bits & _COMMON_BIT:
            return True
        if table and any((b := _noun_bits(table, title[k].upper() + title[k + 1:])) is not None
                         and b & _COMMON_BIT for k in range(3, len(title) - 3)):
            return True  # a compound whose head is a common noun ("COMPUTERAUSSTATTUNG")
    return False


def _slash_parts(text: str) -> list[str] | None:
    """ "Jerusalem/Ramallah" (a dateline of two places): the capitalised words around slashes."""
    parts = text.split("/")
    if len(parts) < 2 or not all(len(p) > 1 and p[0].isupper() and p.replace("-", "").isalpha()
                                 for p in parts):
        return None
    return parts


def _slash_names(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[ActorMention]:
    """One mention per place of a token like "Prag/Wien", where the gazetteer knows a part or
    the NER model tagged the token as a place; offsets are those of each part."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        parts = _slash_parts(tok.text) if not taken[tok.i] and "/" in tok.text else None
        if parts is None:
            continue
        entries = [gaz.lookup_inflected(p) for p in parts]
        if tok.ent_type_ not in ("LOC", "GPE") and not any(entries):
            continue
        pos = tok.idx
        for part, entry in zip(parts, entries, strict=True):
            out.append(ActorMention(
                start=pos, end=pos + len(part), text=part, type="name",
                category=entry.category if entry else "Place", kind=entry.kind if entry else None,
                name=entry.name if entry else part, name_start=pos, name_end=pos + len(part),
                ref=_gaz_id(entry) if entry else "name:" + part,
                method="gazetteer" if entry else "rule:slash", tok_start=tok.i, tok_end=tok.i + 1,
                head_i=tok.i, confidence=0.8))
            pos += len(part) + 1
    return out


def _place_after_adjective(doc: Doc, i: int, gaz: Gazetteer, tagged: bool = True) -> bool:
    """ "im norwegischen Tromsø", "in der spanischen Stadt Vigo" no: a capitalised token the NER
    calls a place, right after a state adjective that follows in/im/nach/aus, is the name of a
    place in that state, though the adjective makes it look like a common noun."""
    if i < 2 or (tagged and doc[i].ent_type_ not in ("LOC", "GPE")) or not _cap(doc[i]):
        return False
    adj, prep = doc[i - 1], doc[i - 2]
    if gaz.adjective(adj.text) is None:
        return False
    if prep.lower_ in ("der", "dem", "den") and i >= 3:
        prep = doc[i - 3]
    return prep.lower_ in _STATE_PLACE_PREPS




def _located_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """Places the NER model may leave untagged, recognised by their syntax instead:

    * a proper noun right after a state adjective after a locative preposition ("im
      norwegischen Tromsø"): the adjective makes taggers and NER read it as an attribute;
    * a one-word compound on a building head after a locative preposition and article ("in der
      Hofburg", "im Elyseepalast"). A head after a linking -en/-s ("Präsidentenpalast",
      "Regierungsschloss") is a generic building, not a name.
    """
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        i = tok.i
        if i < 2 or tok.ent_type_ or not _cap(tok) or not tok.is_alpha or tok.is_sent_start:
            continue
        if gaz.lookup_inflected(tok.text) is not None or analyse_role(tok.text) is not None:
            continue
        if group_head(tok.text) is not None or tok.lower_ in ORG_HEADS or tok.lower_ in PLACE_HEADS:
            continue
        low = tok.lower_
        head = next((h for h in _BUILDING_HEADS if low.endswith(h)), None)
        site = False
        if head is not None:
            stem = low[: -len(head)]
            prev = doc[i - 1]
            prep = doc[i - 2] if prev.lower_ in ("der", "dem", "den", "die") else prev
            site = (
                len(stem) >= 3
                and not stem.endswith(("en", "s"))
                and prep.lower_ in _SITE_PREPS
            )
        after_adj = tok.pos_ in ("PROPN", "X") and _place_after_adjective(doc, i, gaz, tagged=False)
        if site or after_adj:
            out.append(
                _mention(
                    doc,
                    i,
                    i + 1,
                    "name",
                    category="Place",
                    kind="site" if site else None,
                    method="rule:place",
                    name=tok.text,
                    confidence=0.7,
                )
            )
    return out


def _common_noun(tok: Token) -> bool:
    """A single capitalised token that behaves like a common noun: the tagger says NOUN and it has
    an article or is plural ("den Kredit", "Beitrittsverhandlungen"). Names rarely take articles."""
    if tok.pos_ != "NOUN" or tok.text.isupper() or (len(tok.text) > 1 and tok.text[1:].isupper()):
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ in ("DET", "ADJ") and prev.lower_ not in ("die", "der", "den"):
        return True
    if prev is not None and prev.lower_ in ("im", "vom", "zum", "beim", "ins", "am"):
        return True
    return "Plur" in tok.morph.get("Number") and tok.lower_.endswith(("ungen", "ien", "en", "nen"))




def _capitalised_media_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """ "sagte X dem STANDARD", "im STANDARD-Gespräch", "STANDARD: Wie geht es weiter?":
    newspapers write their own and their rivals' names in capitals; a word in capitals that
    names nothing the gazetteer knows is a news medium after the dative article, before the
    head of an interview compound, or as the label of an interviewer's question (a section
    heading in capitals, "ALLTAGSSPRACHE: In den Schulen ...", is none)."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        text, _, head = tok.text.partition("-")
        if len(text) < 4 or not text.isalpha() or not text.isupper() or gaz.lookup(text) is not None:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if head:
            media = head.lower() in _MEDIA_COMPOUND_HEADS  # "im STANDARD-Gespräch"
        else:
            after_dative = prev is not None and prev.lower_ == "dem"
            opens = prev is None or "\n" in prev.text or prev.text in (".", "?", "!")
            label = opens and nxt is not None and nxt.text == ":" and _asks(doc, nxt.i + 1)
            media = after_dative or label
        if not media:
            continue
        start = tok.idx
        out.append(
            ActorMention(
                start=start, end=start + len(text), text=text, type="name", category="Organisation",
                kind="media", name=text, name_start=start, name_end=start + len(text), ref="name:" + text,
                method="rule:media", tok_start=tok.i, tok_end=tok.i + 1, head_i=tok.i, confidence=0.7,
            )
        )
    return out


def _asks(doc: Doc, start: int) -> bool:
    """Does the sentence that starts at `start` end with a question mark (an interviewer's
    question after "STANDARD:", not the text of a section heading in capitals)?"""
    for tok in doc[start : start + 80]:
        if tok.text in (".", "!", "?") or "\n" in tok.text:
            return tok.text == "?"
    return False


def _source_names(doc: Doc) -> list[ActorMention]:
    """ "laut Wifo", "dem Kurier zufolge", "berichtete der Spiegel": news media and institutes
    whose names are also common words ("Kurier", "Falter") are names where the text cites them
    as a source, and only there ("ein Kurier brachte die Post" names nothing)."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.lower_ not in _SOURCE_FORMS:
            continue
        word = tok.text
        base = word[:-1] if word.endswith("s") and word[:-1].lower() in _SOURCE_NAMES else word
        kind = _SOURCE_NAMES.get(base.lower())
        if kind is None or not word[:1].isupper() or not _cited_as_source(doc, tok):
            continue
        out.append(
            _mention(
                doc, tok.i, tok.i + 1, "name", category="Organisation", kind=kind,
                method="rule:source-name", name=base, confidence=0.7,
            )
        )
    return out


def _cited_as_source(doc: Doc, tok: Token) -> bool:
    """Is the word (with its article) the source of a citation: after "laut" or a reporting
    verb, before "zufolge" or a reporting verb, or the genitive of "Angaben"/"Bericht"?"""
    i = tok.i - 1
    if i >= 1 and doc[i].pos_ == "ADJ" and doc[i - 1].pos_ == "DET":
        i -= 1  # "des Berliner Tagesspiegels"
    article = i >= 0 and doc[i].pos_ == "DET"
    before = doc[i - 1] if article and i >= 1 else doc[i] if i >= 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and (before.lower_ == "laut" or before.lower_ in _MEDIA_VERBS and article):
        return True
    if before is not None and not article and before.i > 0 and doc[before.i - 1].text == ",":
        # "..., sagt Wifo": an institute (named without article, unlike a paper) as the subject
        # of a verb of saying after what it said
        institute = _SOURCE_NAMES.get(tok.lower_) == "institute"
        if institute and (before.lemma_ or "").lower() in verbs_of_saying():
            return True
    if before is not None and article and before.lower_ in _SOURCE_NOUNS:
        return True
    return after is not None and (after.lower_ == "zufolge" or after.lower_ in _MEDIA_VERBS)


def _media_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """ "Wie X berichtet(e)/meldet/schreibt": X is a news medium (a common pattern of attribution)."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.lower_ != "wie":
            continue
        j = k = tok.i + 1
        while k < len(doc) and k - j < 4 and _cap(doc[k]) and not doc[k].is_punct:
            k += 1
        if (
            k == j
            or k >= len(doc)
            or (doc[k].lower_ not in _MEDIA_VERBS and doc[k].lemma_ not in _MEDIA_VERBS)
        ):
            continue
        if analyse_role(doc[j].text) or group_head(doc[j].text) or doc[j].lower_ in ORG_HEADS:
            continue
        if doc[j].pos_ in ("DET", "PRON") or gaz.lookup(doc[j:k].text) is not None:
            continue
        out.append(
            _mention(
                doc,
                j,
                k,
                "name",
                category="Organisation",
                kind="media",
                method="rule:media",
                name=doc[j:k].text,
                confidence=0.7,
            )
        )
    return out




def _compound_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """Hyphenated names whose head says what they are: armed groups and named sites."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if "-" not in tok.text or not _cap(tok):
            continue
        first, _, rest = tok.text.rpartition("-")
        head = rest.lower()
        if not first[:1].isupper() or gaz.adjective(first.split("-")[0]) is not None:
            continue
        if gaz.prefix(first) is not None:
            continue
        if head in _GROUP_COMPOUND_HEADS:
            out.append(
                _mention(
                    doc,
                    tok.i,
                    tok.i + 1,
                    "name",
                    category="Organisation",
                    kind="group",
                    method="rule:compound",
                    name=tok.text,
                    confidence=0.7,
                )
            )
        elif head in _PLACE_COMPOUND_HEADS:
            out.append(
                _mention(
                    doc,
                    tok.i,
                    tok.i + 1,
                    "name",
                    category="Place",
                    kind="site",
                    method="rule:compound",
                    name=tok.text,
                    confidence=0.7,
                )
            )
    return out


def _legal_form_names(doc: Doc) -> list[ActorMention]:
    """ "an der Nordlicht Beteiligungs GmbH", "die Deutsche Bank AG": a legal form closes a
    company's name, and the capitalised words before it in the sentence belong to it, even
    where the model reads one as an adjective or tags only the last ones. The longer span
    wins over the NER span inside it (`_resolve_overlaps`)."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.lower_ not in _LEGAL_FORMS or tok.text == tok.lower_ or tok.i == 0:
            continue
        sent_start = tok.sent.start if doc.has_annotation("SENT_START") else 0
        start = tok.i
        while start - 1 >= sent_start:
            if _company_name_word(doc[start - 1]):
                start -= 1
            elif (doc[start - 1].lower_ == "und" and start - 2 >= sent_start
                  and doc[start - 2].text.endswith("-")):
                start -= 2  # "Hafen- und Lagerbetriebe GmbH": a truncated compound
            else:
                break
        if start < tok.i:
            out.append(_mention(doc, start, tok.i + 1, "name", category="Organisation",
                                method="rule:legal-form", name=doc[start : tok.i + 1].text))
    return out


def _company_name_word(tok: Token) -> bool:
    """A word of a company's name before its legal form: capitalised, or "&" ("Schelhammer &
    Schattera AG"), never an article, preposition or a word opening the sentence that is one."""
    if tok.text == "&":
        return True
    closed = ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "ADV")
    return _cap(tok) and tok.pos_ not in closed and tok.lower_ not in _ARTICLES


@functools.cache
def _institution_rows() -> tuple[tuple[str, str, str], ...]:
    """(compound tail, kind, needs: "-", "für" or "alone") from `kg/data/institutions.tsv`,
    longest tail first."""
    text = resources.files("kg.data").joinpath("institutions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(sorted(((r[0], r[1], r[2]) for r in rows), key=lambda r: -len(r[0])))


def institution_tails() -> tuple[tuple[str, str], ...]:
    """(compound tail, kind) of the tails that name an institution without a für-phrase."""
    return tuple((tail, kind) for tail, kind, needs in _institution_rows() if needs != "für")


_NOT_NAMING = frozenset({"ein", "eine", "einem", "einen", "einer", "eines", "kein", "keine", "keinem",
                         "keinen", "keiner", "keines", "jedes", "jeder", "jede", "jedem", "solche",
                         "solches", "solchen"})


@functools.cache
def _institution_endings() -> tuple[str, ...]:
    """Every institution tail with every genitive ending it may carry."""
    return tuple(tail + ending for tail, _kind, _needs in _institution_rows() for ending in ("", "s", "es"))


def _institution_tail(word: str, bare: bool = False, fuer: bool = False) -> tuple[str, str, str] | None:
    """(name without genitive ending, tail, kind) when `word` is a compound ending in an
    institution tail with something before it ("Finanzministeriums" -> "Finanzministerium"),
    or, with `bare`, the tail alone (after a capitalised adjective or before a "für"-phrase:
    "Statistisches Bundesamt", "Bundesamt für Statistik")."""
    low = word.lower()
    if not low.endswith(_institution_endings()):
        return None  # the common case, told by one test
    for tail, kind, needs in _institution_rows():
        if needs == "für" and not fuer:
            continue
        for ending in ("", "s", "es"):
            rest = len(low) - len(tail) - len(ending)
            if low.endswith(tail + ending) and (rest >= 3 or (bare or needs == "alone") and rest == 0):
                base = word[: len(word) - len(ending)] if ending else word
                return base, tail, kind
    return None


_ADJECTIVE_CASE_ENDINGS = ("en", "em", "er", "es", "e")
_STRONG_NOMINATIVE = {"Masc": "er", "Fem": "e", "Neut": "es"}
_NAME_ADJECTIVE_SUFFIXES = vocabulary.words("name_adjective_suffix")
_NAME_ADJECTIVES = vocabulary.word_set("name_adjective")


def _name_adjective(word: str) -> bool:
    """A capitalised German adjective in a name ("Pädagogischen", "Neue", "Obersten"), told
    by its stem; a foreign word ("Supreme") or a participle ("Umgebautes") is not one."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.lower()
    stem = next((low[: -len(e)] for e in _ADJECTIVE_CASE_ENDINGS if low.endswith(e)), None)
    return stem is not None and (stem in _NAME_ADJECTIVES or stem.endswith(_NAME_ADJECTIVE_SUFFIXES))


def _strong_nominative(adjective: str, noun: Token) -> str:
    """An institution's adjective as its name is written ("des Obersten Gerichtshofs" ->
    "Oberster", "dem Statistischen Bundesamt" -> "Statistisches"): the stem with the ending of
    the nominative without article for the noun's gender (unchanged where the gender is not
    known, or the word has none of the endings)."""
    if adjective.endswith("er"):
        return adjective  # nominative already ("Oberster"), or a place's ("Pariser", "Moskauer")
    genders = noun.morph.get("Gender")
    ending = _STRONG_NOMINATIVE.get(genders[0]) if len(genders) == 1 else None
    stem = next((adjective[: -len(e)] for e in _ADJECTIVE_CASE_ENDINGS if adjective.endswith(e)), None)
    if ending is None or stem is None or len(stem) < 3:
        return adjective
    return stem + ending


def _institution_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """Institutions named by a compound common noun: "das Finanzministerium", "der Rechnungshof",
    "das Bundesamt für Statistik". The NER model rarely tags them, yet they speak and act in
    the news as organisations do."""
    out: list[ActorMention] = []
    endings = _institution_endings()
    for tok in _tokens(doc):
        # a capitalised "adjective" inside a sentence is a noun the tagger missed ("laut Verkehrsclub")
        nounlike = tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and not tok.is_sent_start
        if not nounlike or not _cap(tok) or tok.text.isupper() or not tok.lower_.endswith(endings):
            continue  # (no institution tail: nothing below can name an institution)
        if "Plur" in tok.morph.get("Number") or analyse_role(tok.text) is not None:
            continue
        fuer = (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "für" and _cap(doc[tok.i + 2])
                and doc[tok.i + 2].pos_ in ("NOUN", "PROPN"))
        if tok.lower_ in ORG_HEADS and not fuer:
            continue  # "Agentur X": a head noun before a name (the head-noun rule); "Agentur für X" is one
        adjective = tok.i > 0 and doc[tok.i - 1].pos_ == "ADJ" and _cap(doc[tok.i - 1])
        found = _institution_tail(tok.text, bare=fuer or adjective, fuer=fuer)
        if found is None or (tok.i > 0 and doc[tok.i - 1].lower_ in _NOT_NAMING):
            continue
        name, _tail, kind = found
        first = tok.text.split("-", 1)[0] if "-" in tok.text else None
        if first is not None and kind != "ministry" and gaz.prefix(first) is not None:
            continue  # "EU-Statistikbehörde": a description by state or union, not a name
        start, end = tok.i, tok.i + 1
        before = doc[tok.i - 1] if tok.i > 0 else None
        state_adjective = before is not None and gaz.adjective(before.text) is not None
        if (before is not None and (before.pos_ == "ADJ" or before.pos_ == "PROPN" and state_adjective)
                and _cap(before) and not before.is_sent_start
                and (not state_adjective
                     or _capitalised_adjective_in_name(doc, before.i, end))):
            # "das Statistische Bundesamt", "der Syrischen Beobachtungsstelle": a capitalised
            # adjective is part of the name (a state's ministry is described: "das Russische
            # Außenministerium" is Russia's)
            start = before.i
            name = f"{_strong_nominative(before.text, tok)} {name}"
        if fuer:
            end += 2  # "Bundesamt für Migration und Flüchtlinge"
            if end + 1 < len(doc) and doc[end].lower_ == "und" and _cap(doc[end + 1]):
                end += 2
            name = f"{name} {doc[tok.i + 1 : end].text}"
        elif (place_end := _place_in_name(doc, end, gaz)) is not None:
            name = f"{name} {doc[end:place_end].text}"  # "Wirtschaftskammer Österreich"
            end = place_end
        out.append(_mention(doc, start, end, "name", category="Organisation", kind=kind,
                            method="rule:institution", name=name, confidence=0.7))
    return out


def _place_in_name(doc: Doc, i: int, gaz: Gazetteer) -> int | None:
    """The end of a state or city named right after an institution in its own (nominative)
    form: "die Ärztekammer Wien", "laut Verkehrsclub Österreich" name one organisation of that
    place; a genitive ("Österreichs") or anything between them does not."""
    hit = _gaz_match(doc, i, gaz) if i < len(doc) else None
    if hit is None:
        return None
    end, entry = hit
    if entry.category not in ("Country", "Place") or doc[i:end].text != entry.name:
        return None
    return end


def _apposition_names(doc: Doc, gaz: Gazetteer) -> list[ActorMention]:
    """Two or three proper nouns followed by a role apposition: "X Y, der stellvertretende Außenminister"."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if tok.text != "," or tok.i < 2:
            continue
        j = tok.i
        while j > 0 and tok.i - j < 3 and doc[j - 1].pos_ == "PROPN" and _cap(doc[j - 1]):
            j -= 1
        if tok.i - j < 2 or any(gaz.lookup_inflected(t.text) for t in doc[j : tok.i]):
            continue
        if any(analyse_role(t.text) for t in doc[j : tok.i]):
            continue
        k = tok.i + 1
        while (
            k < len(doc)
            and k - tok.i <= 4
            and (doc[k].is_space or (doc[k].pos_ in ("DET", "ADJ", "PRON") and not _cap(doc[k])))
        ):
            k += 1
        if k < len(doc) and analyse_role(doc[k].text) is not None:
            out.append(
                _mention(
                    doc,
                    j,
                    tok.i,
                    "name",
                    category="Person",
                    method="rule:apposition",
                    name=doc[j : tok.i].text,
                    confidence=0.7,
                )
            )
    return out


def _media_context(doc: Doc, start: int, end: int) -> bool:
    """ "Wie X berichtet(e)", "X berichtete", "laut X" with a report verb: X is a news medium."""
    window = [t.lemma_.lower() for t in doc[max(0, start - 3) : min(len(doc), end + 3)]]
    return any(w in _REPORT_VERBS for w in window) and "wie" in window


def _resolve_overlaps(cands: list[ActorMention]) -> list[ActorMention]:
    """Keep the best of overlapping name candidates: longer first, then gazetteer > NER > rules."""
    prio = {"gazetteer": 0, "ner": 1, "rule:title": 2, "rule:org-head": 2, "rule:place-head": 2}

    def score(m: ActorMention) -> tuple[int, int, int]:
        n = m.tok_end - m.tok_start
        # a gazetteer name inside a longer NER name of another kind ("Washington Post") loses,
        # but an NER span that merely adds a genitive or a title does not beat the gazetteer
        return (-n, prio.get(m.method, 3), m.tok_start)

    kept: list[ActorMention] = []
    used: set[int] = set()
    for m in sorted(cands, key=score):
        toks = set(range(m.tok_start, m.tok_end))
        if toks & used:
            continue
        # a title or a role apposition marks a person, whatever the NER label of the same name
        if m.method == "ner" and any(
            c.method in ("rule:title", "rule:apposition")
            and (c.tok_start, c.tok_end) == (m.tok_start, m.tok_end)
            for c in cands
        ):
            m.category = "Person"
        # "Organisation Foodwatch", "Hauptstadt Bamako": the head noun says what the name is
        head_rule = next(
            (
                c
                for c in cands
                if c.method in ("rule:org-head", "rule:place-head")
                and (c.tok_start, c.tok_end) == (m.tok_start, m.tok_end)
            ),
            None,
        )
        if m.method == "ner" and head_rule is not None:
            m.category, m.kind, m.method = head_rule.category, head_rule.kind, head_rule.method
        kept.append(m)
        used |= toks
    # NER persons inside which the gazetteer found a place ("Georgia Meloni") are kept as persons;
    # a rule-found person that is really a known org/place is dropped by the gazetteer priority above.
    kept.sort(key=lambda m: m.tok_start)
    return kept


def _affiliation_of_prefix(prefix: str, gaz: Gazetteer, hyphen: bool) -> str | None:
    """The actor a compound's first part names: a gazetteer entry or (hyphenated) a capitalised name."""
    if not prefix:
        return None
    first = prefix.split("-")[0]
    entry = gaz.prefix(first)
    if entry is not None:
        return _gaz_id(entry)
    if first[:1].isupper() and len(first) >= 2 and hyphen and first.isalpha():
        return "name:" + first  # a name known only from this article ("Likud-", "Berg-"); coref checks it
    return None


def _text_titles(doc: Doc, names: list[ActorMention], gaz: Gazetteer) -> dict[str, RoleWord]:
    """Nouns that this article puts as a title before a person's name ("die Psychotherapeutin
    Eva Lind", "der Bischof Karl Lund"), though no role list knows them: the article says
    they name a person, so "die Psychotherapeutin" later refers back to her. Keyed by the
    lower-cased word and its lemma; singular common nouns only, not honorifics or kinship
    words that also stand alone (`not_title`), nor heads of organisations and places."""
    out: dict[str, RoleWord] = {}
    for m in names:
        if m.category != "Person" or m.tok_start == 0:
            continue
        tok = doc[m.tok_start - 1]
        low = tok.lower_
        if (tok.pos_ != "NOUN" or not _cap(tok) or not tok.is_alpha or len(low) < 4
                or "Plur" in tok.morph.get("Number") or analyse_role(tok.text) is not None
                or low in _NOT_TITLES or low in ORG_HEADS or low in PLACE_HEADS
                or low.endswith(_COMMON_SUFFIXES)
                or gaz.lookup(tok.text) is not None or _institution_tail(tok.text) is not None):
            continue
        first = doc[m.tok_start]
        if first.head.i != tok.i or first.dep_ not in ("appos", "flat", "flat:name", "compound"):
            continue  # "nach Ansicht Lunds": a genitive name is no title's holder
        if "Neut" in tok.morph.get("Gender") or _genitive_of_role(tok):
            continue  # "des Parlaments", "der Vorsitzende des Ausschusses Karl Lund": no title
        role = RoleWord(text=tok.text, head=low, prefix="", feminine=low.endswith("in"))
        out.setdefault(low, role)
        out.setdefault(tok.lemma_.lower(), role)
    return out


def _genitive_of_role(tok: Token) -> bool:
    """Whether a noun is a genitive attribute, directly or in a chain of them, of a known
    role noun: the name after it then names the holder of that role, not of this noun."""
    while tok.dep_ == "nmod" and tok.head.i != tok.i:
        tok = tok.head
        if analyse_role(tok.text) is not None:
            return True
    return False


def _role_info(
    doc: Doc, tok: Token, gaz: Gazetteer, titles: Mapping[str, RoleWord] | None = None
) -> tuple[RoleWord, list[str]] | None:
    """The role a token names and the affiliations (refs) the text gives it, in this order:
    the compound's first part ("US-Präsident", "Kremlchef"), a state adjective before it,
    a genitive or "aus"-phrase after it, a bare genitive name next to it. None for no role."""
    role = analyse_role(tok.text)
    if role is None and titles:
        role = titles.get(tok.lower_) or titles.get(tok.lemma_.lower())
    if role is None:
        return None
    affs: list[str] = []
    prefix_aff = _affiliation_of_prefix(role.prefix, gaz, "-" in tok.text)
    if role.prefix and prefix_aff is None:
        # solid compound: "Kremlchef" -> "Kreml"
        entry = gaz.prefix(role.prefix)
        if entry is not None:
            prefix_aff = _gaz_id(entry)
    if prefix_aff:
        affs.append(prefix_aff)
    affs += _adjective_before_title(doc, tok, gaz)
    # a genitive or "aus"-phrase after the title: "Präsident der USA", "Sprecher des Kremls"
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("der", "des", "aus", "von"):
        hit = _gaz_match(doc, k + 1, gaz)
        if hit is not None:
            affs.append(_gaz_id(hit[1]))
    # a genitive name without article, before or after the title: "Kanadas Premierminister",
    # "die Außenministerin Chiles" (proper names take the genitive -s and no article)
    for g in (tok.i - 1, tok.i + 1):
        if 0 <= g < len(doc):
            entry = _genitive_name(doc[g], gaz)
            if entry is not None and _gaz_id(entry) not in affs:
                affs.append(_gaz_id(entry))
    return role, affs


#: words of syntax that end the search for a state adjective before a title
_NO_TITLE_ADJECTIVE = ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "eines",
                       "einer", "und", "von", "mit")


def _adjective_before_title(doc: Doc, tok: Token, gaz: Gazetteer) -> list[str]:
    """The state a lower-case adjective right before the title names ("die deutsche
    Kanzlerin", "des russischen Präsidenten"), looking back over at most one other adjective
    ("der russische stellvertretende Außenminister"); [] when there is none."""
    j = tok.i - 1
    while (
        j >= 0
        and doc[j].pos_ == "ADJ"
        or (
            j >= 0
            and not _cap(doc[j])
            and doc[j].is_alpha
            and doc[j].lower_ not in _NO_TITLE_ADJECTIVE
            and gaz.adjective(doc[j].text) is not None
        )
    ):
        entry = gaz.adjective(doc[j].text)
        if entry is not None and not _cap(doc[j]):
            return [_gaz_id(entry)]
        j -= 1
        if tok.i - j > 2:
            break
    return []


def _genitive_name(tok: Token, gaz: Gazetteer) -> Entry | None:
    """The state, body or capital a bare genitive token names ("Kanadas", "Moskaus"), else None."""
    t = tok.text
    if not _cap(tok) or not t.endswith("s") or len(t) < 4 or gaz.lookup(t) is not None:
        return None
    entry = gaz.lookup(t[:-1])
    if entry is None or entry.category == "Person":
        return None
    return entry


def _attach_title(
    doc: Doc, m: ActorMention, gaz: Gazetteer, titles: Mapping[str, RoleWord] | None = None
) -> None:
    """Titles before a person's name become roles and affiliations; the mention grows to include them."""
    if m.category != "Person":
        # head nouns before organisations/places are part of the mention as written
        if (
            m.tok_start > 0
            and doc[m.tok_start - 1].lower_ in (*ORG_HEADS, *PLACE_HEADS)
            and _cap(doc[m.tok_start - 1])
        ):
            t = doc[m.tok_start - 1]
            m.start, m.text = t.idx, doc[t.i : m.tok_end].text
            m.tok_start = t.i
        return
    i = m.tok_start - 1
    while i >= 0 and is_extra_space(doc[i]):
        i -= 1  # "Innenministerin  Johanna X": a run of spaces of scraped text between them
    if i < 0:
        return
    info = _role_info(doc, doc[i], gaz, titles)
    if info is None:
        return
    role, affs = info
    first = i
    # include an adjective that is part of the title ("deutsche Kanzlerin", "stellvertretende Außenminister")
    if i > 0 and doc[i - 1].pos_ == "ADJ" and not _cap(doc[i - 1]) and doc[i - 1].is_alpha:
        first = i - 1
    title = doc[first : i + 1].text
    m.roles.append(title if first < i and gaz.adjective(doc[first].text) is not None else doc[i].text)
    m.role_heads.append(role.head)
    m.feminine = role.feminine or None
    for a in affs:
        if a not in m.affiliations:
            m.affiliations.append(a)
    m.start, m.tok_start = doc[first].idx, first
    m.text = doc[first : m.tok_end].text


def _attach_apposition(
    doc: Doc, m: ActorMention, gaz: Gazetteer, titles: Mapping[str, RoleWord] | None = None
) -> None:
    """ ", Schwiegersohn von Präsident X," / "(Sprecher der Partei)" after a person name -> role."""
    if m.category != "Person":
        return
    j = m.tok_end
    if j + 1 >= len(doc) or doc[j].text not in (",", "("):
        return
    k = j + 1
    while k < len(doc) and k - j <= 3 and doc[k].pos_ in ("DET", "ADJ") and not _cap(doc[k]):
        k += 1
    if k >= len(doc):
        return
    info = _role_info(doc, doc[k], gaz, titles)
    if info is None:
        return
    role, affs = info
    end = k + 1
    stop = {",", ")", ".", ";", ":", "!", "?", '"', "„", "“"}
    while (
        end < len(doc) and end - k < 8 and doc[end].text not in stop and doc[end].pos_ not in ("VERB", "AUX")
    ):
        end += 1
    if end < len(doc) and doc[end].text not in stop:
        end = k + 1  # no clean end of the apposition: keep just the role noun
    first = k
    if k > j + 1 and doc[k - 1].pos_ == "ADJ":
        first = k - 1
    text = doc[first:end].text
    m.roles.append(text)
    m.role_heads.append(role.head)
    if m.feminine is None and role.feminine:
        m.feminine = True
    for a in affs:
        if a not in m.affiliations:
            m.affiliations.append(a)


def _mark_actor_use(doc: Doc, m: ActorMention, gaz: Gazetteer) -> None:
    """Does a capital or seat of power act ("Moskau lehnt ab", "Forderungen Moskaus") rather than locate?"""
    if not m.ref or not m.ref.startswith("gaz:"):
        return
    entry = gaz.entries[m.ref[4:]]
    if entry.seat:
        m.actor_use = True
        return
    if not entry.capital_of:
        return
    m.actor_use = capital_acts(doc, m.tok_start, m.tok_end)


_DATELINE_DASHES = ("–", "—", "-")
_DATELINE_PART = 3  # words of one place in a slash dateline ("New York/Washington –")


def is_dateline(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] a news dateline, or one place of a slash dateline: a name that opens
    the text, a line or a sentence and is followed directly by a dash ("Genf – Die
    Delegationen ...", "Prag/Wien – Der Minister ...": where the report is from, then where
    it was edited)?"""
    end = _slash_parts_after(doc, end)
    if end >= len(doc) or doc[end].text not in _DATELINE_DASHES:
        return False
    start = _slash_parts_before(doc, start)
    if start == 0:
        return True
    prev = doc[start - 1]
    return (
        (prev.is_space and "\n" in prev.text)
        or prev.text in (".", "!", "?")
        or (prev.is_space and start >= 2 and doc[start - 2].text in (".", "!", "?"))
    )


def _slash_parts_after(doc: Doc, end: int) -> int:
    """The end of the "/Name" parts that follow a dateline name (`end` itself if none)."""
    while end + 1 < len(doc) and doc[end].text == "/" and _cap(doc[end + 1]):
        j = end + 1
        while (j < len(doc) and j - end <= _DATELINE_PART and _cap(doc[j])
               and doc[j].text not in _DATELINE_DASHES):
            j += 1
        end = j
    return end


def _slash_parts_before(doc: Doc, start: int) -> int:
    """The start of the "Name/" parts before a dateline name (`start` itself if none)."""
    while start >= 2 and doc[start - 1].text == "/" and _cap(doc[start - 2]):
        i = start - 2
        while i > 0 and start - i < _DATELINE_PART + 1 and _cap(doc[i - 1]) and not doc[i - 1].is_space:
            i -= 1
        start = i
    return start


def capital_acts(doc: Doc, start: int, end: int) -> bool:
    """Whether the place name doc[start:end] is used for the government that sits there."""
    last = doc[end - 1]
    prev = doc[start - 1] if start > 0 else None
    nxt = doc[end] if end < len(doc) else None
    if is_dateline(doc, start, end):
        return False  # "Kairo – Der Minister sagte ...": the dateline names where the report is from
    if prev is not None and prev.lower_ in _PLACE_PREPS:
        # "Vertreter aus Kiew": origin of a group or person names the state, not the place
        if (
            prev.lower_ == "aus"
            and start >= 2
            and (group_head(doc[start - 2].text) or analyse_role(doc[start - 2].text))
        ):
            return True
        if prev.lower_ == "aus" and last.head.lemma_ in _HEARSAY_VERBS:
            return True  # "aus Washington hieß es": the government speaks
        governing = start >= 2 and (group_head(doc[start - 2].text) or ("",))[0] == "government"
        if prev.lower_ == "in" and governing:
            return True  # "die Regierung in Oslo", "die Führung in Peking": the state's government
        return False
    if prev is not None and prev.lower_ in _ACTOR_PREPS:
        return True
    if nxt is not None and nxt.lower_ in _ACTOR_POSTPOSITIONS:
        return True
    if last.dep_ in ("nsubj", "nsubj:pass", "sb", "csubj") or last.dep_.startswith("nsubj"):
        return True
    if last.dep_ == "conj" and last.head.dep_.startswith("nsubj"):
        return True  # the second of coordinated subjects
    # coordinated names share their use: "zwischen Ottawa und Rom", "Paris und Berlin einigten sich"
    if prev is not None and prev.lower_ in ("und", "sowie", "oder") and start >= 2:
        j = start - 2
        while j > 0 and doc[j - 1].is_alpha and _cap(doc[j - 1]) and start - 1 - j < 3:
            j -= 1
        if _cap(doc[start - 2]) and capital_acts(doc, j, start - 1):
            return True
    if _sentence_subject(doc, start, end):
        return True
    # a genitive attribute of a noun: "Forderungen Moskaus", "die Haltung Washingtons"
    if last.text.endswith("s") and prev is not None and prev.pos_ == "NOUN":
        return True
    if (
        last.dep_ in ("nmod", "ag", "nmod:poss")
        and last.text.endswith("s")
        and prev is not None
        and prev.lower_ in ("des",)
    ):
        return True
    return False


def _finite(tok: Token) -> bool:
    """A finite verb, or a verb whose form the tagger left open."""
    form = tok.morph.get("VerbForm")
    return tok.pos_ in ("VERB", "AUX") and ("Fin" in form or not form)


def _sentence_subject(doc: Doc, start: int, end: int) -> bool:
    """A name that opens a sentence and is followed by the finite verb is its subject.

    German puts the finite verb second; "Rom lehnt ab" or "Paris und Berlin hatten sich
    geeinigt" need no parser to see the subject. Parsers often miss it in coordinations,
    so the verb may also follow a coordinated second name ("und Berlin").
    """
    if start > 0 and not _real_boundary(doc, start) and doc[start - 1].text not in ("–", "-", ":"):
        return False
    k = end
    if k < len(doc) and doc[k].lower_ in ("und", "sowie"):
        k += 1
        while k < len(doc) and _cap(doc[k]) and k - end <= 3:
            k += 1
    return k < len(doc) and _finite(doc[k])


def _prefix_mentions(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[ActorMention]:
    """Names used as the first part of a compound: "US-Präsident", "NATO-Mitgliedschaft", "Kremlchef"."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if taken[tok.i] or not _cap(tok):
            continue
        part = _compound_first_part(tok.text, gaz)
        if not part:
            continue
        m = _prefix_mention(tok, part, gaz)
        if m is not None:
            out.append(m)
    return out


def _compound_first_part(text: str, gaz: Gazetteer) -> str | None:
    """The part of a compound before its head: before the hyphen ("US-Präsident"), before a
    role noun ("Kremlchef") or before a group noun, without a linking -(e)n that is no part
    of a known name ("Rebellendelegation" -> "Rebell"). None for a name particle ("al-")."""
    if "-" in text:
        part = text.split("-")[0]
        if len(part) < 2 or part.lower() in _NAME_PARTICLES:
            return None
        return part
    role = analyse_role(text)
    if role is not None and role.prefix:
        return role.prefix
    g = group_head(text)
    if g is not None and len(text) > len(g[1]):
        part = text[: len(text) - len(g[1])]
        return re.sub(r"(e?n)$", "", part) if part.endswith(("n",)) and gaz.prefix(part) is None else part
    return None


def _prefix_mention(tok: Token, part: str, gaz: Gazetteer) -> ActorMention | None:
    """The mention of a compound's first part: a gazetteer entry, or a capitalised hyphenated
    name of the article (which coref checks). "Vize" or "Sonder" are no names; a place before
    a treaty head ("Minsk-Abkommen") names the treaty, not the place."""
    text = tok.text
    entry = gaz.prefix(part)
    if (
        entry is not None
        and entry.category == "Place"
        and "-" in text
        and text.rsplit("-", 1)[-1].lower().endswith(_TREATY_HEADS)
    ):
        return None
    start, end = tok.idx, tok.idx + len(part)
    if entry is not None:
        m = ActorMention(
            start=start,
            end=end,
            text=part,
            type="prefix",
            category=entry.category,
            kind=entry.kind,
            name=entry.name,
            name_start=start,
            name_end=end,
            ref=_gaz_id(entry),
            method="gazetteer:prefix",
            tok_start=tok.i,
            tok_end=tok.i + 1,
            head_i=tok.i,
        )
        if entry.seat:
            m.actor_use = True
        return m
    if "-" in text and part[0].isupper() and part.isalpha() and analyse_role(part) is None:
        return ActorMention(
            start=start,
            end=end,
            text=part,
            type="prefix",
            name=part,
            name_start=start,
            name_end=end,
            ref="name:" + part,
            method="rule:prefix",
            tok_start=tok.i,
            tok_end=tok.i + 1,
            head_i=tok.i,
            confidence=0.6,
        )
    return None




def _adjective_mentions(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[ActorMention]:
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if taken[tok.i] or not tok.is_alpha:
            continue
        if _cap(tok) and not (tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in ('"', "„", "("))):
            continue
        entry = gaz.adjective(tok.text)
        if entry is None:
            continue
        out.append(_mention(doc, tok.i, tok.i + 1, "adjective", category=entry.category, kind=entry.kind,
                            name=entry.name, ref=_gaz_id(entry), method="gazetteer:adjective"))
    return out


def _plural(tok: Token) -> bool:
    if "Plur" in tok.morph.get("Number"):
        return True
    if "Sing" in tok.morph.get("Number"):
        low = tok.lower_
        return low.endswith("n") and not low.endswith(("ion", "ton"))  # dative plural "Vertretern"
    return tok.lower_.endswith("n")


def _group_mentions(doc: Doc, gaz: Gazetteer, taken: list[bool]) -> list[ActorMention]:
    """Unnamed collective actors with the state or region they belong to; a group noun with
    no such affiliation is no actor of its own ("die Delegation")."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if taken[tok.i] or not _cap(tok):
            continue
        g = group_head(tok.text)
        demonym = gaz.demonyms.get(tok.text)
        if g is None and demonym is None:
            continue
        kind, head = g if g is not None else ("group", "")
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        indefinite_sing = det is not None and det.lower_ in ("ein", "einen", "einem", "eines")
        if head in PERSON_GROUP_HEADS and (indefinite_sing or not _plural(tok)):
            continue  # "ein Regierungsvertreter": an unnamed person, not a group
        affs, start = _group_affiliations(doc, tok, g is not None, demonym, gaz)
        if not affs:
            continue
        if det is not None and det.i < start and tok.i - det.i <= 3:
            start = det.i
        m = _mention(
            doc,
            start,
            tok.i + 1,
            "group",
            category="Organisation",
            kind=kind,
            method="rule:group",
            affiliations=list(dict.fromkeys(affs)),
            confidence=0.7,
        )
        m.head_i = tok.i
        m.name = doc[start : tok.i + 1].text
        out.append(m)
    return out


def _group_affiliations(
    doc: Doc, tok: Token, is_group_noun: bool, demonym: str | None, gaz: Gazetteer
) -> tuple[list[str], int]:
    """(refs, first token) of what a group noun belongs to: the state of a demonym
    ("Ukrainer"), a compound's first part ("US-Vertreter"), state adjectives before it
    ("eine ukrainische Delegation", which then start the mention) and a genitive or
    "aus"-phrase after it ("Vertreter aus Kiew": a capital stands for its state)."""
    affs: list[str] = []
    if demonym is not None:
        affs.append(_gaz_id(gaz.entries[demonym]))
    if is_group_noun and "-" in tok.text:
        a = _affiliation_of_prefix(tok.text.split("-")[0], gaz, True)
        if a:
            affs.append(a)
    start = tok.i
    j = tok.i - 1
    while (
        j >= 0
        and tok.i - j <= 3
        and (doc[j].pos_ == "ADJ" or gaz.adjective(doc[j].text))
        and (not _cap(doc[j]) or doc[j].is_sent_start)
    ):
        entry = gaz.adjective(doc[j].text)
        if entry is not None:
            affs.append(_gaz_id(entry))
            start = j
        j -= 1
    k = tok.i + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("aus", "der", "des", "von"):
        hit = _gaz_match(doc, k + 1, gaz)
        if hit is not None:
            entry = hit[1]
            affs.append(_gaz_id(gaz.entries[entry.capital_of]) if entry.capital_of else _gaz_id(entry))
    return affs, start


def _role_mentions(
    doc: Doc,
    gaz: Gazetteer,
    taken: list[bool],
    names: list[ActorMention],
    titles: Mapping[str, RoleWord] | None = None,
) -> list[ActorMention]:
    """Role nouns without a name that refer to a person ("der Präsident", "Kreml-Chef")."""
    titled = {m.tok_start for m in names if m.category == "Person"}
    person_starts = {m.tok_start for m in names}
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        if taken[tok.i] or tok.i in titled:
            continue
        if tok.i + 1 in person_starts:
            continue  # a title before a name: already a role of that person
        info = _role_info(doc, tok, gaz, titles)
        if info is None:
            continue
        role, affs = info
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        prev = doc[tok.i - 1] if tok.i > 0 else None
        # ("das Staatsoberhaupt": the one neuter role head)
        definite = (det is not None and det.lower_ in _ARTICLES) or (
            prev is not None and prev.lower_ in (*_ARTICLES, "vom", "beim", "zum")
        )
        if det is not None and det.lower_ in (
            "ein",
            "eine",
            "einen",
            "einem",
            "eines",
            "einer",
            "kein",
            "keine",
        ):
            continue
        # plural role nouns are groups; with a prefix ("US-Präsidenten") the tagger's plural is
        # often a weak noun's singular, but "-s" ("der Eurozonenchefs") is a real plural
        if "Plur" in tok.morph.get("Number") and (not role.prefix or tok.lower_.endswith("s")):
            continue
        if not (definite or affs):
            continue
        start = prev.i if prev is not None and prev.lower_ in _ARTICLES else tok.i
        m = _mention(
            doc,
            start,
            tok.i + 1,
            "role",
            category="Person",
            method="rule:role-noun",
            roles=[tok.text],
            role_heads=[role.head],
            affiliations=affs,
            feminine=role.feminine or None,
            confidence=0.7,
        )
        m.head_i = tok.i
        out.append(m)
    return out


_AGE_NOUN = re.compile(r"^\d{1,3}-[Jj]ährige[rn]?$")


def is_age_noun(tok: Token) -> bool:
    """ "der 61-Jährige": a noun that refers back to a person, though it has a hyphen."""
    return _AGE_NOUN.match(tok.text) is not None


def _age_noun(tok: Token) -> bool | None:
    """ "der 61-Jährige", "die 45-Jährige": an age noun after a definite article refers back to
    a person named before, as a pronoun does; True for a woman, False for a man, None if none."""
    if not _AGE_NOUN.match(tok.text) or tok.i == 0:
        return None
    det = tok.doc[tok.i - 1].lower_
    if det == "der" and not tok.text.endswith(("n", "r")):
        return False
    if det == "die" and tok.text.endswith("e"):
        return True
    return None


def _pronoun_mentions(doc: Doc) -> list[ActorMention]:
    """Subject pronouns ("er", "sie"), age nouns ("der 61-Jährige") and possessives ("sein
    Vorschlag") that stand for a person named before; `kg_coref` resolves them (possessives
    only of the nouns of the frame lexicon, whose owner is a proposer or responder)."""
    out: list[ActorMention] = []
    for tok in _tokens(doc):
        possessive = tok.dep_ == "det:poss" or tok.dep_ == "dep" and "Yes" in tok.morph.get("Poss")
        if not tok.dep_.startswith("nsubj") and not possessive:
            continue
        age = _age_noun(tok) if tok.dep_.startswith("nsubj") else None
        if possessive:
            if tok.lower_ not in _POSSESSIVES or tok.text[:1].isupper() and not tok.is_sent_start:
                continue  # "Ihr Plan" inside a sentence: the polite form of an interview question
            method, feminine = "rule:possessive", tok.lower_.startswith("ihr")
        elif age is not None:
            method, feminine = "rule:age-noun", age
        elif tok.lower_ in _PRONOUNS:
            if tok.lower_ == "sie" and "Plur" in tok.head.morph.get("Number"):
                continue
            method, feminine = "rule:pronoun", tok.lower_ == "sie"
        elif tok.lower_ == "dieser":  # a subject, so a pronoun whatever its tag
            # "griff Konzernchef X an: Dieser verspreche ...": the man named last, not the subject
            method, feminine = "rule:demonstrative", False
        elif tok.lower_ == "diese" and not list(tok.children):
            # "Diese sagte ...": she (kg_coref drops it where the verb is plural, as for "sie")
            method, feminine = "rule:demonstrative", True
        else:
            continue
        out.append(_mention(doc, tok.i, tok.i + 1, "pronoun", category="Person", method=method,
                            feminine=feminine, confidence=0.6))
    return out
