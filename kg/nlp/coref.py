"""`kg_coref`: group the mentions of `kg_actors` into one entity per real-world actor.

A negotiation graph is only useful if "Frankreichs Präsidentin Anne Moreau", "Moreau", "die
Präsidentin" and "er sagte" are one node. The rules are deliberately simple and precise,
because a wrong merge (two people made one) does more harm than a missed one:

* the same gazetteer entry is the same entity, whatever the surface form ("USA", "US-",
  "amerikanische");
* a name and its genitive ("Moreaus") are one; a person's surname alone, or a shorter tail
  of the name ("Moreau", "Ali Hassan" of "Omar Ali Hassan"), joins the full name; when two
  people share a surname the nearest preceding one wins;
* a compound prefix that is a name of the article ("Likud-Fraktion") joins that name;
* a definite role noun ("der Präsident", "Kreml-Chef") joins the most recent person who was
  given that role (with a compatible affiliation); if there was none before, the only person
  with that role anywhere in the article; otherwise it stays unresolved;
* "er"/"sie" as the subject of a verb of saying joins the most recent person mentioned as a
  subject in the same or the previous two sentences; where no name or role noun is in view,
  a pronoun resolved there does ("Sie fordert ... . Außerdem wünscht sie sich ...");
* unnamed groups with the same kind and affiliation ("ukrainische Delegation", "Vertreter
  aus Kiew") are one group.

The result is `doc._.kg_entities` (key -> `EntityInfo`), each mention's `key`, and the
getters `token._.kg_actor` / `span._.kg_actor` that return the key an expression refers to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import vocabulary
from kg.nlp.actors import ActorMention, abbreviates
from kg.nlp.doctext import doc_text
from kg.nlp.frames import default_lexicon
from kg.nlp.gazetteer import Entry, Gazetteer, gazetteer, inflection_key, slug
from kg.nlp.roles import SPEECH_VERBS, analyse_role

if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)
if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


@dataclass
class EntityInfo:
    """One actor of the article as seen by the pipeline (converted to `kg.records.Actor` by kg.extract)."""

    key: str
    name: str
    category: str
    kind: str | None = None
    entry: str | None = None  # gazetteer id
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # keys
    stands_for: str | None = None  # key
    mentions: list[ActorMention] = field(default_factory=list)
    named: bool = True  # False for unnamed groups and for states known only from adjectives
    method: str = "ner"
    confidence: float = 1.0


# --------------------------------------------------------------------------------------------


def _mention_for_chars(doc: Doc, start: int, end: int, whole_token: bool) -> ActorMention | None:
    best: ActorMention | None = None
    for m in doc._.kg_mentions or []:
        if m.key is None or m.end <= start or m.start >= end:
            continue
        if m.type == "adjective" and whole_token:
            pass
        # prefer the mention that covers the whole expression over a compound prefix
        rank = (m.type == "prefix", m.type == "adjective", -(min(end, m.end) - max(start, m.start)))
        if best is None or rank < (
            best.type == "prefix",
            best.type == "adjective",
            -(min(end, best.end) - max(start, best.start)),
        ):
            best = m
    return best


def _token_actor(token: Token) -> str | None:
    m = _mention_for_chars(token.doc, token.idx, token.idx + len(token.text), True)
    return m.key if m else None


def _span_actor(span: Span) -> str | None:
    m = _mention_for_chars(span.doc, span.start_char, span.end_char, False)
    return m.key if m else None


if not Token.has_extension("kg_actor"):
    Token.set_extension("kg_actor", getter=_token_actor)
if not Span.has_extension("kg_actor"):
    Span.set_extension("kg_actor", getter=_span_actor)


@Language.factory("kg_coref", default_config={"lang": None, "pronouns": True, "role_nouns": True})
def make_coref(nlp: Language, name: str, lang: str | None, pronouns: bool, role_nouns: bool) -> ActorCoref:
    return ActorCoref(name, lang or nlp.lang, pronouns=pronouns, role_nouns=role_nouns)


class ActorCoref:
    """Adds `doc._.kg_entities` and sets `ActorMention.key` (see the module docstring)."""

    def __init__(
        self, name: str = "kg_coref", lang: str = "de", *, pronouns: bool = True, role_nouns: bool = True
    ) -> None:
        self.name = name
        self.gaz = gazetteer(lang)
        self.pronouns = pronouns
        self.role_nouns = role_nouns

    def __call__(self, doc: Doc) -> Doc:
        if doc._.kg_mentions is None:
            raise ValueError("kg_coref needs kg_actors before it in the pipeline")
        doc._.kg_entities = resolve(
            doc, doc._.kg_mentions, self.gaz, pronouns=self.pronouns, role_nouns=self.role_nouns
        )
        return doc


# --------------------------------------------------------------------------------------------


class _Clusters:
    """Union-find over provisional refs."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, r: str) -> str:
        self.parent.setdefault(r, r)
        while self.parent[r] != r:
            self.parent[r] = self.parent[self.parent[r]]
            r = self.parent[r]
        return r

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # gazetteer refs stay representatives, so that the entity keeps its entry
            if rb.startswith("gaz:") and not ra.startswith("gaz:"):
                ra, rb = rb, ra
            self.parent[rb] = ra


def _base(name: str, known: set[str]) -> str:
    """A genitive name without its -s when the base form is also in the article ("Moreaus")."""
    for suffix in ("s", "es", "'"):
        if name.endswith(suffix) and name[: -len(suffix)] in known:
            return name[: -len(suffix)]
    return name


#: articles dropped from the name of an unnamed group ("eine ukrainische Delegation");
#: words of syntax, so they stay beside the code (see kg/data/actor_vocabulary.tsv)
_GROUP_NAME_ARTICLES = (
    "ein", "eine", "einer", "einen", "einem", "eines", "der", "die", "das", "den", "dem", "des"
)
#: what may stand between an organisation and its apposition: a comma, an article, two small words
_APPOSITION_GAP = re.compile(r",\s*(?:(?:der|die|das|des|dem|den)\s+)?(?:[a-zäöüß]+\s+){0,2}")


def resolve(
    doc: Doc, mentions: list[ActorMention], gaz: Gazetteer, *, pronouns: bool = True, role_nouns: bool = True
) -> dict[str, EntityInfo]:
    """Group the mentions into entities (see the module docstring); the steps run in this order
    because each one works on the provisional refs the previous ones left."""
    uf = _Clusters()
    named = [m for m in mentions if m.type == "name"]
    _merge_genitive_names(named, uf)
    _join_inflected_names(named, uf)
    _join_name_tails(named, uf)
    _join_short_forms_and_appositions(doc, named, uf)
    _join_acronyms(named, uf)
    _join_official_name_tails(mentions, gaz, uf)
    _resolve_article_names(named, mentions)
    for m in mentions:  # groups: one per kind and affiliation
        if m.type == "group":
            m.ref = f"group:{m.kind}:" + "|".join(sorted(uf.find(a) for a in m.affiliations))
    clusters: dict[str, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        if m.type in ("name", "prefix", "adjective", "group") and m.ref:
            clusters[uf.find(m.ref)].append(m)
    book = _EntityBook(gaz, uf)
    for root in sorted(clusters, key=lambda r: min(m.start for m in clusters[r])):
        book.add_cluster(root, sorted(clusters[root], key=lambda m: m.start))
    entities = book.entities
    for ent in entities.values():  # the roles of named mentions
        for m in ent.mentions:
            for r in m.roles:
                if r not in ent.roles:
                    ent.roles.append(r)
    # role nouns and pronouns refer to persons
    if role_nouns:
        _resolve_role_nouns(mentions, entities, gaz, doc)
    if pronouns:
        _resolve_pronouns(doc, mentions, entities)
    for ent in list(entities.values()):
        book.link_affiliations(ent)
    for ent in entities.values():
        ent.mentions.sort(key=lambda m: (m.start, m.end))
    return dict(
        sorted(
            entities.items(), key=lambda kv: (min((m.start for m in kv[1].mentions), default=10**9), kv[0])
        )
    )


def _merge_genitive_names(named: list[ActorMention], uf: _Clusters) -> None:
    """A name and its genitive ("Moreaus", "Mittermaiers" after "Jakob Mittermaier") are one:
    the genitive's ref becomes the base form's, so that the later steps see one name."""
    name_texts = {m.name for m in named if m.ref and m.ref.startswith("name:") and m.name}
    name_texts |= {
        n.split()[-1] for m in named if m.category == "Person" and (n := m.name or "") and " " in n
    }
    for m in named:
        if m.ref and m.ref.startswith("name:") and m.name:
            base = _base(m.name, name_texts)
            if base != m.name:
                m.ref = "name:" + base
                m.name = base
        uf.find(m.ref or "")


def _join_inflected_names(named: list[ActorMention], uf: _Clusters) -> None:
    """An organisation or place named in several cases ("der Oberste Gerichtshof", "des
    Obersten Gerichtshofs", "die Deutsche Bank", "der Deutschen Bank") is one entity. Only
    names of two or more words: a single word's ending may tell different names apart."""
    first: dict[tuple[str, ...], str] = {}
    for m in named:
        name = m.name or ""
        if m.category == "Person" or " " not in name or not (m.ref or "").startswith("name:"):
            continue
        key = inflection_key(name)
        if key in first:
            uf.union(first[key], m.ref or "")
        else:
            first[key] = m.ref or ""


def _join_name_tails(named: list[ActorMention], uf: _Clusters) -> None:
    """A shorter tail of a person's full name ("Moreau", "Ali Hassan") joins that name; when
    several full names end in it, the nearest one before it wins, and a tail that comes before
    all of them stays alone (it could be anyone of them)."""
    persons = [m for m in named if m.category == "Person" and m.ref and m.ref.startswith("name:")]
    full = [m for m in persons if len((m.name or "").split()) >= 2]
    for m in named:
        if not m.ref or not m.ref.startswith("name:"):
            continue
        words = (m.name or "").split()
        cands = [
            f
            for f in full
            if f.ref != m.ref
            and len((f.name or "").split()) > len(words)
            and (f.name or "").split()[-len(words) :] == words
        ]
        if not cands:
            continue
        before = [f for f in cands if f.start < m.start]
        target = max(before, key=lambda f: f.start) if before else min(cands, key=lambda f: f.start)
        if len({uf.find(f.ref or "") for f in cands}) > 1 and not before:
            continue  # ambiguous surname before any full name: leave it alone
        uf.union(target.ref or "", m.ref)
    _join_family_names_first(persons, full, uf)


def _join_family_names_first(persons: list[ActorMention], full: list[ActorMention], uf: _Clusters) -> None:
    """ "Li" and "Li Wenhao", "Kim" and "Kim Jong-un": where the family name comes first, the
    one word joins the only full name of the article that begins with it, unless the word also
    ends a full name (then it is that person's surname, see `_join_name_tails`)."""
    lasts = {(f.name or "").split()[-1] for f in full}
    for m in persons:
        word = m.name or ""
        if " " in word or word in lasts:
            continue
        owners = {uf.find(f.ref or "") for f in full if (f.name or "").split()[0] == word}
        if len(owners) == 1 and uf.find(m.ref or "") not in owners:
            uf.union(owners.pop(), m.ref or "")


def _join_official_name_tails(mentions: list[ActorMention], gaz: Gazetteer, uf: _Clusters) -> None:
    """ "Die ÖVP ... die Volkspartei": a one-word name that ends the official name of exactly one
    organisation the article names ("Österreichische Volkspartei") is a short mention of it."""
    present = {m.ref[4:] for m in mentions if m.ref and m.ref.startswith("gaz:")}
    for m in mentions:
        word = m.name or ""
        if m.type != "name" or not (m.ref or "").startswith("name:") or " " in word or len(word) < 5:
            continue
        owners = [
            e for e in present
            if gaz.entries[e].category == "Organisation"
            and any(f.endswith(" " + word) for f in gaz.entries[e].forms)
        ]
        if len(owners) == 1:
            uf.union("gaz:" + owners[0], m.ref or "")


def _join_short_forms_and_appositions(doc: Doc, named: list[ActorMention], uf: _Clusters) -> None:
    """Neighbouring names that the text itself equates: a name and its short form in brackets
    ("Grüne Liste (GL)", "GL (Grüne Liste)"), and an organisation and the named apposition
    after it ("VfB, dem kleinen Verein Blau-Weiß Nord")."""
    ordered = sorted(named, key=lambda m: m.start)
    text = doc_text(doc)
    for a, b in zip(ordered, ordered[1:], strict=False):
        between = text[a.end : b.start].strip()
        after = text[b.end : b.end + 2].strip()[:1]
        if between == "(" and after == ")" and a.category != "Person" and a.ref and b.ref:
            uf.union(a.ref, b.ref)
        if (
            a.category == b.category == "Organisation"
            and _APPOSITION_GAP.fullmatch(between + " ")
            and b.name_start is not None
            and b.start < b.name_start
            and a.ref
            and b.ref
        ):
            uf.union(a.ref, b.ref)


def _resolve_article_names(named: list[ActorMention], mentions: list[ActorMention]) -> None:
    """Compound prefixes and affiliations known only as a name of this article ("Likud-Fraktion",
    "name:Likud") take the ref of that name, or its last word; a prefix that names nothing of
    the article ("Hightech-") is no actor, and such an affiliation is dropped."""
    by_name: dict[str, str] = {}
    for m in named:
        if m.name:
            by_name.setdefault(m.name, m.ref or "")
            by_name.setdefault((m.name or "").split()[-1], m.ref or "")
    organisations = [m for m in named if m.category == "Organisation" and m.name and m.ref]
    for m in mentions:
        if m.type == "prefix" and m.ref and m.ref.startswith("name:"):
            m.ref = by_name.get(m.name or "") or _acronym_of(m.name or "", organisations)
    for m in mentions:
        fixed = []
        for a in m.affiliations:
            if a.startswith("name:"):
                t = by_name.get(a[5:])
                if t:
                    fixed.append(t)
            else:
                fixed.append(a)
        m.affiliations = fixed


def _join_acronyms(named: list[ActorMention], uf: _Clusters) -> None:
    """ "der VCN" after "Verkehrsclub Norwegen": an acronym that abbreviates exactly one
    organisation named in the article is that organisation (gazetteer names keep their own)."""
    organisations = [m for m in named if m.category == "Organisation" and m.name and m.ref]
    for m in named:
        if m.ref and m.ref.startswith("name:"):
            ref = _acronym_of(m.name or "", organisations)
            if ref is not None and ref != m.ref:
                uf.union(ref, m.ref)


def _acronym_of(word: str, organisations: list[ActorMention]) -> str | None:
    """The ref of the one organisation of the article that an acronym abbreviates ("VCN-Expertin"
    after "Verkehrsclub Norwegen"), or None."""
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return None
    refs = {m.ref for m in organisations if " " in (m.name or "") and abbreviates(word, m.name or "")}
    return refs.pop() if len(refs) == 1 else None


class _EntityBook:
    """The entities of one article under construction, with the cluster root -> key map and
    the keys already given out (a key is unique in the article: "berg", "berg-2")."""

    def __init__(self, gaz: Gazetteer, uf: _Clusters) -> None:
        self.gaz = gaz
        self.uf = uf
        self.entities: dict[str, EntityInfo] = {}
        self.ref_key: dict[str, str] = {}
        self.used_keys: set[str] = set()

    def make_key(self, base: str) -> str:
        key, n = base, 2
        while key in self.used_keys:
            key, n = f"{base}-{n}", n + 1
        self.used_keys.add(key)
        return key

    def ensure_gaz(self, ref: str) -> str:
        """The key of a gazetteer entity, creating an unnamed one (known only by reference) if needed."""
        root = self.uf.find(ref)
        if root in self.ref_key:
            return self.ref_key[root]
        entry = self.gaz.entries[root[4:]]
        key = self.make_key(slug(entry.name))
        self.entities[key] = EntityInfo(
            key=key,
            name=entry.name,
            category=entry.category,
            kind=entry.kind,
            entry=entry.id,
            named=False,
            method="gazetteer",
        )
        self.ref_key[root] = key
        return key

    def add_cluster(self, root: str, ms: list[ActorMention]) -> None:
        """One entity for the mentions of a cluster (sorted by offset); a cluster of prefixes
        and adjectives with no name and no gazetteer entry gives none."""
        entry = self.gaz.entries.get(root[4:]) if root.startswith("gaz:") else None
        if root.startswith("group:"):
            ent = self._group_entity(ms[0])
        elif entry is not None:
            ent = self._gazetteer_entity(entry, ms)
        else:
            names = [m for m in ms if m.type == "name"]
            if not names:
                return
            ent = self._name_entity(names)
        self.entities[ent.key] = ent
        self.ref_key[root] = ent.key
        for m in ms:
            m.key = ent.key
        ent.mentions.extend(ms)

    def _group_entity(self, first: ActorMention) -> EntityInfo:
        """An unnamed group, keyed by its affiliations and kind ("ukraine-delegation")."""
        words = (first.name or first.text).split()
        text = " ".join(w for w in words if w.lower() not in _GROUP_NAME_ARTICLES)
        aff_names = [
            self.gaz.entries[a[4:]].name if a.startswith("gaz:") else a.split(":", 1)[-1]
            for a in sorted(set(self.uf.find(a) for a in first.affiliations))
        ]
        key = self.make_key(slug(" ".join(aff_names + [first.kind or "group"])))
        return EntityInfo(
            key=key, name=text, category="Organisation", kind=first.kind, named=False,
            method="rule:group", confidence=0.7,
        )

    def _gazetteer_entity(self, entry: Entry, ms: list[ActorMention]) -> EntityInfo:
        """A gazetteer entity, named as the article names it most fully (a seat by its entry
        name), keyed by the state's name for a state; unnamed when only adjectives refer to it."""
        texts = [m.text for m in ms if m.type == "name" and m.text in entry.forms]
        if not texts and entry.category != "Country":
            # "FPÖ-Chef X": the party as the article writes it, not its long official name
            texts = [m.text for m in ms if m.type == "prefix" and m.text in entry.forms]
        name = entry.name if entry.seat or not texts else max(texts, key=lambda t: (len(t.split()), len(t)))
        key = self.make_key(slug(entry.name if entry.category == "Country" else name))
        return EntityInfo(
            key=key, name=name, category=entry.category, kind=entry.kind, entry=entry.id,
            named=any(m.type in ("name", "prefix") for m in ms), method="gazetteer",
        )

    def _name_entity(self, names: list[ActorMention]) -> EntityInfo:
        """An entity known only from the article: its longest name (of the case forms of one
        name the shortest, mostly the nominative: "Oberste Gerichtshof", not "Obersten
        Gerichtshofs"), the category its methods vote for."""
        def rank(m: ActorMention) -> tuple[int, int, int, int]:
            name = m.name or ""
            return (len(name.split()), len("".join(inflection_key(name))), -len(name), -m.start)

        best = max(names, key=rank)
        key = self.make_key(slug(best.name or best.text))
        return EntityInfo(
            key=key,
            name=best.name or best.text,
            category=_vote(names),
            kind=next((m.kind for m in names if m.kind), None),
            named=True,
            method=names[0].method,
            confidence=max(m.confidence for m in names),
        )

    def link_affiliations(self, ent: EntityInfo) -> None:
        """The keys of the entity's mentions' affiliations, and for a seat of power or an acting
        capital the state it stands for; a region or body falls back on what it is part of.
        Gazetteer entries not mentioned themselves become unnamed entities here."""
        for m in ent.mentions:
            for a in m.affiliations:
                root = self.uf.find(a)
                if root in self.ref_key:
                    k = self.ref_key[root]
                elif root.startswith("gaz:") and root[4:] in self.gaz.entries:
                    k = self.ensure_gaz(root)
                else:
                    continue
                if k != ent.key and k not in ent.affiliations:
                    ent.affiliations.append(k)
        if not ent.entry:
            return
        entry = self.gaz.entries[ent.entry]
        state = f"gaz:{entry.state}" if entry.state else None
        if state and entry.seat:
            sk = self.ensure_gaz(state)
            ent.stands_for = sk
            if sk not in ent.affiliations:
                ent.affiliations.append(sk)
        elif state and entry.capital_of and any(m.actor_use for m in ent.mentions):
            ent.stands_for = self.ensure_gaz(state)
        # a party's country is background knowledge, not stated by the article: not added
        if entry.part_of and not ent.affiliations:
            ent.affiliations.append(self.ensure_gaz("gaz:" + entry.part_of))


def _vote(names: list[ActorMention]) -> str:
    weight = {
        "gazetteer": 5.0,
        "rule:title": 3.0,
        "rule:apposition": 3.0,
        "rule:org-head": 3.0,
        "rule:place-head": 3.0,
        "rule:surname": 2.0,
        "ner": 1.0,
    }
    full_names = [  # person names of two words or more, letters only (not "G7 Elmau")
        n for m in names
        if m.category == "Person" and len((n := m.name or "").split()) >= 2
        and n.replace(" ", "").replace("-", "").isalpha()
    ]
    score: dict[str, float] = defaultdict(float)
    for m in names:
        category = m.category
        if category != "Person" and m.method == "ner" and _ends_a_name(m.name or m.text, full_names):
            # "Irmgard Griss ... Griss": NER reads a bare surname as a place or organisation
            # far more often than an article names a person after one
            category = "Person"
        if category:
            score[category] += weight.get(m.method, 1.5)
    return max(sorted(score), key=lambda c: score[c]) if score else "Organisation"


def _ends_a_name(name: str, full_names: list[str]) -> bool:
    """`name` (or its genitive), a single word or words after a name particle ("Van der
    Bellen"), is the end of one of the person names `full_names`."""
    words = name.split()
    if len(words) > 1 and words[0].lower() not in _NAME_OPENERS or name.isupper():
        return False  # "Nationale Front", "NF": a name of its own
    forms = {name, name[:-1] if name.endswith("s") else name}
    return any(full.endswith(" " + form) for full in full_names for form in forms)


def _person_roles(ent: EntityInfo, before: int | None = None) -> list[tuple[int, str, list[str]]]:
    out = []
    for m in ent.mentions:
        if before is not None and m.start >= before:
            continue
        for h in m.role_heads:
            out.append((m.start, h, m.affiliations))
    return out


def _compatible(affs: list[str], others: list[str]) -> bool:
    """Affiliations do not contradict: one side has none, or they share one."""
    return not affs or not others or bool(set(affs) & set(others))


def _apposed_person(doc: Doc, m: ActorMention, persons: list[EntityInfo]) -> EntityInfo | None:
    """ "Der Vizepräsident der Kammer, Karl Lund, ...": the person named in apposition to a
    role noun holds that role."""
    if m.head_i is None or not doc.has_annotation("DEP"):
        return None
    head = doc[m.head_i]
    # the parser may hang the name on the genitive between ("der Kammer, Karl Lund")
    near = [head, *(c for c in head.children if c.dep_ == "nmod" and c.i > head.i)]
    for child in (c for n in near for c in n.children):
        # "der Sprecher im Parlament, Karl Lund, ...": a name between commas read as a conjunct
        loose = child.dep_ == "conj" and doc[child.i - 1].text == "," and not any(
            c.dep_ == "cc" for c in child.children)
        if child.dep_ != "appos" and not loose:
            continue
        for e in persons:
            if any(pm.type == "name" and pm.tok_start <= child.i < pm.tok_end for pm in e.mentions):
                return e
    return None


def _plural_role(noun: Token) -> bool:
    """A role noun in the plural by its article as well as its form ("die Minister"): the
    tagger's number for the noun alone is unsure ("der Volvo-Chef" tagged plural)."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    return (
        noun.morph.get("Number") == ["Plur"]
        and bool(dets)
        and all(d.morph.get("Number") == ["Plur"] for d in dets)
    )


def _resolve_role_nouns(
    mentions: list[ActorMention], entities: dict[str, EntityInfo], gaz: Gazetteer, doc: Doc
) -> None:
    persons = [e for e in entities.values() if e.category == "Person" and e.named]
    for m in sorted((m for m in mentions if m.type == "role"), key=lambda m: m.start):
        if _plural_role(doc[m.head_i]):
            continue  # "traf die Ministerpräsidenten": several holders, not the one named before
        head = m.role_heads[0]
        apposed = _apposed_person(doc, m, persons)
        if apposed is not None:  # the holder is named right here; later role nouns find it
            m.key = apposed.key
            apposed.mentions.append(m)
            continue

        best: tuple[int, EntityInfo] | None = None
        for e in persons:
            for pos, h, aff in _person_roles(e, before=m.start):
                if h == head and _compatible(m.affiliations, aff) and (best is None or pos > best[0]):
                    best = (pos, e)
        if best is None:
            cands = {
                e.key: e
                for e in persons
                for _, h, aff in _person_roles(e)
                if h == head and _compatible(m.affiliations, aff)
            }
            if len(cands) == 1:
                best = (0, next(iter(cands.values())))
        if best is None:
            best = _holder_of_same_office(m, persons, gaz)
        if best is not None:
            m.key = best[1].key
            best[1].mentions.append(m)
            for r in m.roles:
                if r not in best[1].roles and "-" in r:
                    best[1].roles.append(r)


_ROLE_CLASSES = vocabulary.kinds("role_class")
_NAME_OPENERS = vocabulary.word_set("name_opener")


def role_class(role_text: str, head: str) -> str | None:
    """The office a role names ("Ministerpräsident", "Regierungschef" -> government), from the
    role word whose head is `head`; a hyphenated prefix ("US-Präsident") leaves the head's
    office, a compound prefix only its own entry ("Kommissionspräsident": none)."""
    for word in role_text.split():
        role = analyse_role(word)
        if role is None or role.head != head:
            continue
        own = _ROLE_CLASSES.get((role.prefix.replace("-", "") + role.head).lower())
        if own is not None:
            return own
        hyphenated = not role.prefix or word[len(role.prefix) : len(role.prefix) + 1] == "-"
        return _ROLE_CLASSES.get(role.head) if hyphenated else None
    return None


def _states_of(refs: list[str], gaz: Gazetteer) -> set[str]:
    """Affiliations with the states their seats and capitals stand for ("Kreml" -> Russia)."""
    out = set(refs)
    for ref in refs:
        entry = gaz.entries.get(ref.removeprefix("gaz:")) if ref.startswith("gaz:") else None
        if entry is not None and entry.state:
            out.add("gaz:" + entry.state)
    return out


def _no_party(refs: set[str], gaz: Gazetteer) -> bool:
    """Shared affiliations none of which is a party (whose secretary-general is not its head)."""
    entries = [gaz.entries.get(r.removeprefix("gaz:")) for r in refs if r.startswith("gaz:")]
    known = len(entries) == len(refs)
    return bool(refs) and known and all(e is not None and e.kind != "party" for e in entries)


def _holder_of_same_office(
    m: ActorMention, persons: list[EntityInfo], gaz: Gazetteer
) -> tuple[int, EntityInfo] | None:
    """The latest person introduced before `m` with another word for the same office ("der
    türkische Regierungschef" after "Premier X"); a leader of something ("der PiS-Chef") only
    with a shared affiliation."""
    office = role_class(m.roles[0], m.role_heads[0]) if m.roles and m.role_heads else None
    if office is None:
        return None
    mine = _states_of(m.affiliations, gaz)
    best: tuple[int, EntityInfo] | None = None
    for e in persons:
        for pm in e.mentions:
            if pm.start >= m.start or pm.type != "name" or not pm.role_heads:
                continue
            theirs = _states_of(pm.affiliations, gaz)
            shared = mine & theirs
            for text, head in zip(pm.roles, pm.role_heads, strict=False):
                other, mine_office = role_class(text, head), office
                if {mine_office, other} == {"secretary", "leader"}:
                    # the very organisation (not only its state), and no party: a party's
                    # secretary-general is not its leader
                    if not _no_party(set(m.affiliations) & set(pm.affiliations), gaz):
                        continue
                    other = mine_office = "leader"  # the secretary-general heads the UN
                same = other == mine_office and mine_office != "leader" and (
                    not mine or not theirs or bool(shared))
                if (same or other is not None and "leader" in (mine_office, other) and shared) and (
                    best is None or pm.start > best[0]
                ):
                    best = (pm.start, e)
    return best


# verbs whose pronoun subject is resolved: speakers and the parties of a meeting ("Dort traf
# sie X": a traveller's next meeting)
_PRONOUN_VERBS = (
    frozenset(SPEECH_VERBS)
    | frozenset(vocabulary.kinds("meeting_verb"))
    # "Sie fordert Transparenz", "wolle sie für ... eintreten": proposers and responders too
    | frozenset(e.lemma for e in default_lexicon().entries if e.pos == "VERB" and e.frame != "statement")
)


def _plural_subject(tok: Token, verb: Token) -> bool:
    """Whether a "sie" is "they": the finite verb's number decides ("Sie habe", "sie sagten"),
    the tagger's guess for the pronoun only where no verb form shows a number."""
    finite = [v for v in (verb, *(c for c in verb.children if c.dep_ == "aux")) if v.morph.get("Number")]
    if finite and tok.dep_.startswith("nsubj"):
        return any("Plur" in v.morph.get("Number") for v in finite)
    return "Plur" in tok.morph.get("Number") or "Plur" in verb.morph.get("Number")


def _feminine_organisation(
    doc: Doc, mentions: list[ActorMention], entities: dict[str, EntityInfo], lo: int, hi: int
) -> list[ActorMention]:
    """The latest organisation in view that was a subject and whose head noun is feminine ("die
    Kommission", "die Generalprokuratur"): what a singular "sie" can stand for where no person is."""
    out = []
    for m in mentions:
        entity = entities.get(m.key or "")
        if entity is None or entity.category != "Organisation" or not lo <= m.start < hi:
            continue
        head = doc[m.head_i]
        while head.dep_ in ("appos", "flat", "flat:name", "nmod") and head.head.i < head.i:
            head = head.head  # "die Gewerkschaft Verdi": the noun the name is attached to
        feminine = "Fem" in head.morph.get("Gender") and "Sing" in head.morph.get("Number")
        if head.dep_.startswith("nsubj") and feminine:
            out.append(m)
    return out[-1:]


def _resolve_pronouns(doc: Doc, mentions: list[ActorMention], entities: dict[str, EntityInfo]) -> None:
    has_sents = doc.has_annotation("SENT_START")
    person_keys = {e.key for e in entities.values() if e.category == "Person"}
    feminine = {e.key for e in entities.values() if any(m.feminine for m in e.mentions)}
    # a masculine role noun said of them ("der Minister", "Präsident X"); a title only the
    # article knows ("Soziologe X") may be either ("Expertin", "Vorsitzende")
    masculine = {
        e.key
        for e in entities.values()
        if e.key not in feminine
        and any(analyse_role(h.capitalize()) for m in e.mentions for h in m.role_heads)
    }
    resolved = sorted(
        (m for m in mentions if m.key in person_keys and m.type in ("name", "role")), key=lambda m: m.start
    )
    chained: list[ActorMention] = []
    for p in (m for m in mentions if m.type == "pronoun"):
        tok = doc[p.tok_start]
        verb = tok.head
        possessive = p.method == "rule:possessive"
        if possessive:
            # "sein Vorschlag", "ihre Forderung", "sein Ziel": the owner of a proposal or stance
            # or the source of "ihrer Meinung nach", "seiner Ansicht nach"
            lexicon = default_lexicon()
            source = lexicon.names_source(verb)
            owned = [e for e in lexicon.noun_entries(verb.lemma_ or verb.text) if e.frame != "statement"]
            if not source and not owned:
                continue  # "seine Meinung äußern": an opinion noun owns nothing outside "seiner Meinung nach"
            if "Plur" in tok.morph.get("Number[psor]") and not source:
                continue  # the tagger's "their" is a guess; a source needs a woman in view anyway
        else:
            lemmas = {verb.lemma_.lower(), verb.lower_}
            if verb.pos_ == "AUX":  # "wolle sie für X eintreten" with the subject on the modal
                lemmas |= {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
            if not lemmas & _PRONOUN_VERBS and not tok.dep_.startswith("nsubj"):
                continue
        sent_start = tok.sent.start if has_sents else 0
        prev_sents = []
        if has_sents:
            s = tok.sent
            for _ in range(2):
                if s.start == 0:
                    break
                s = doc[s.start - 1].sent
                prev_sents.append(s.start)
        window_start = doc[min([sent_start, *prev_sents])].idx
        cands = [m for m in resolved if window_start <= m.start < p.start] or [
            m for m in chained if window_start <= m.start < p.start
        ]
        if p.feminine:
            if not possessive and _plural_subject(tok, verb):
                continue  # "sie fordern": they, not she
            if tok.text == "Sie" and tok.i > tok.sent.start:
                continue  # the polite "Sie" of an interview question
            # she: a woman known as such, else the one person in view of whom nothing
            # masculine is known (a name alone, "Eva Lind", says nothing to kg about gender)
            unknown = [m for m in cands if m.key not in masculine]
            cands = [m for m in cands if m.key in feminine] or (
                unknown if len({m.key for m in unknown}) == 1 and not possessive else []
            )  # "ihre Pläne" is as often theirs as hers: a possessive needs a woman known as such
            if (not cands and not possessive and p.method != "rule:demonstrative"
                    and not any(window_start <= m.start < p.start for m in resolved)):
                # no person in view: "Die Kommission prüft den Fall. Sie fordert ...": the
                # organisation named by a feminine noun that was the subject just before
                cands = _feminine_organisation(doc, mentions, entities, window_start, p.start)
        else:
            cands = [m for m in cands if m.key not in feminine]
        if not cands:
            continue
        subjects = [
            m
            for m in cands
            if doc[m.head_i].dep_.startswith("nsubj")
            or any(doc[i].dep_.startswith("nsubj") for i in range(m.tok_start, m.tok_end))
        ]
        # a possessive refers to the latest person ("warfen dem Präsidenten vor ... seinem Plan"),
        # a subject pronoun to the latest subject, a demonstrative to the latest other person
        if p.method == "rule:demonstrative":
            others = [m for m in cands if m not in subjects]
            if not others:
                continue
            target = others[-1]
        else:
            target = cands[-1] if possessive else (subjects or cands)[-1]
        p.key = target.key
        entities[target.key].mentions.append(p)
        # "X sagte ... . Sie fordert ... . Außerdem wünscht sie sich ...": a resolved pronoun
        # keeps its person in view for the next one, however far back the name was (only
        # where no name or role noun is in view: an error is not carried on past one)
        if target.key in person_keys:
            chained.append(p)  # an organisation's "sie" carries no person on to the next pronoun
