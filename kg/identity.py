"""Who is who across documents: the identity rules of the corpus consolidation.

Actors. A mention's identity is, in this order: the Wikidata id it was linked to; the
gazetteer entry its name is (same category: "EU" and "Europäische Union" are both Q458,
"Nato" and "NATO" Q7184); else its category and normalised full name (titles such as
"Präsident" or "US-Außenminister" in front of a person's name are dropped; case, accents
and punctuation do not count). Then what needs the whole corpus:
- a name that some document linked to exactly one Wikidata id takes that id everywhere
  (a link found in one document applies to the corpus node);
- a person named by one word ("Macron", genitive "Macrons") joins the one person in the
  corpus whose full name ends in that word; when several do (namesakes), the one that the
  same document mentions, else none: namesakes are never merged. Across documents only
  when the word is nobody's first name and the two articles share an actor that few
  articles mention (a footballer "Schwab" is not the author Schwab of a book review);
- a full name without its first name ("Tayyip Erdoğan") joins the one longer name it ends
  (and a genitive full name, "Angela Merkels", the name more documents write without -s);
- a one-word name that no full name explains is one node per group of related articles,
  so "Sebastian" in a race report and in a cooking story are two people.

Meetings. Reports in different documents are one meeting when they have the same two or
more participants (corpus nodes), compatible dates (one is a prefix of the other, "2026-05"
and "2026-05-18"; undated reports only when the articles appeared within three days) and
no different places.

Proposals. A named agreement or plan ("Pariser Klimaabkommen", "Abkommen von Minsk",
"Iran-Abkommen": a place adjective, "von" + a known name, or a known name as the first part
of a compound agreement word) is one proposal across documents; generic labels ("der
Plan") stay per document.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO

from kg import iri
from kg.namespace import NEG, WIKIDATA_ENTITY

_Q = re.compile(r"^Q[1-9][0-9]*$")
#: a leading word ending in one of these is a title, not a name ("US-Präsident Biden")
TITLE_ENDINGS = ("präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "chef",
                 "chefin", "sprecher", "sprecherin", "premier", "premierministerin", "sekretär",
                 "sekretärin", "vorsitzende", "vorsitzender", "botschafter", "botschafterin", "general",
                 "könig", "königin", "papst", "senator", "senatorin", "gouverneur", "gouverneurin",
                 "abgeordnete", "abgeordneter", "herr", "frau", "dr.", "prof.", "emir", "prinz", "scheich")
#: a named proposal must be one of these (declarations, resolutions, programmes recur too often)
AGREEMENT_WORDS = ("abkommen", "vertrag", "plan", "deal", "vereinbarung", "pakt", "protokoll")
_CATEGORY_ORDER = {"Person": 0, "Country": 1, "Organisation": 2, "Place": 3}
_MEETING_DAYS = 3

PREFIXES = f"""PREFIX neg: <{NEG}>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
ACTORS = PREFIXES + """SELECT ?g ?m ?doc ?name ?category ?kind ?wd ?surface WHERE { GRAPH ?g {
  ?m a neg:Actor ; neg:name ?name ; neg:category ?category ; neg:inDocument/neg:documentId ?doc .
  OPTIONAL { ?m neg:kind ?kind } OPTIONAL { ?m owl:sameAs ?wd } OPTIONAL { ?m neg:mention ?surface } } }"""
MEETINGS = PREFIXES + """SELECT ?g ?m ?doc ?published ?p ?loc ?value ?label WHERE { GRAPH ?g {
  ?m a neg:Meeting ; neg:inDocument ?d . ?d neg:documentId ?doc .
  OPTIONAL { ?d dcterms:date ?published } OPTIONAL { ?m neg:participant ?p }
  OPTIONAL { ?m neg:location ?loc } OPTIONAL { ?m neg:time/neg:resolvedValue ?value }
  OPTIONAL { ?m rdfs:label ?label } } }"""
PROPOSALS = PREFIXES + """SELECT ?g ?m ?doc ?label ?proposer WHERE { GRAPH ?g {
  ?m a neg:Proposal ; neg:inDocument/neg:documentId ?doc .
  OPTIONAL { ?m rdfs:label ?label } OPTIONAL { ?m neg:proposer ?proposer } } }"""


def _gazetteer():  # the gazetteer needs no model; imported late to keep `kg query` light
    from kg.nlp.gazetteer import gazetteer

    return gazetteer("de")


def clean_name(name: str, category: str) -> str:
    """The name without titles in front ("Präsident Emmanuel Macron" -> "Emmanuel Macron")."""
    words = " ".join(name.split()).split(" ")
    if category == "Person":
        while len(words) > 1 and words[0].casefold().endswith(TITLE_ENDINGS):
            words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The normalised name an identity is keyed on: case and accents do not count
    ("Erdoğan" and "Erdogan", "Dvořák" and "Dvorak"), umlauts are spelled out."""
    text = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace(
        "Ö", "Oe").replace("Ü", "Ue")
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return iri.slug(folded)


def _genitive_stem(word: str) -> str | None:
    for suffix in ("s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)]
    return None


@dataclass(slots=True)
class ActorMention:
    node: str
    doc: str
    name: str
    category: str
    kind: str | None = None
    linked: str | None = None  # the QID a linker gave this mention
    surfaces: set[str] = field(default_factory=set)
    identity: str = ""  # filled by Corpus.resolve


@dataclass(slots=True)
class Report:
    """A meeting or proposal as one document reports it."""

    node: str
    doc: str
    label: str | None = None
    published: str | None = None
    date: str | None = None
    location: str | None = None
    actors: set[str] = field(default_factory=set)  # participants or proposers (mention IRIs)


def _value(term: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value


def _identity_rank(ident: str) -> tuple[int, int, str]:
    """Which identity names a merged group: a Wikidata id, a gazetteer entry, the fullest name."""
    kind = {"wd": 0, "gaz": 1}.get(ident.split(":", 1)[0], 2)
    return kind, -ident.count("-"), ident


class _UnionFind:
    def __init__(self, rank=None) -> None:  # rank: element -> sort key; the smallest is the root
        self.parent: dict[str, str] = {}
        self.rank = rank or (lambda x: x)

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            root, child = sorted((ra, rb), key=self.rank)
            self.parent[child] = root


class Corpus:
    """The mentions of a corpus and, once resolved, their corpus nodes."""

    def __init__(self) -> None:
        self.actors: dict[str, ActorMention] = {}
        self.meetings: dict[str, Report] = {}
        self.proposals: dict[str, Report] = {}
        self.meeting_nodes: dict[str, URIRef] = {}  # report IRI -> corpus meeting, set by `graph`
        self.proposal_nodes: dict[str, URIRef] = {}

    # -- reading ------------------------------------------------------------------------
    def read(self, store: ox.Store, skip: set[str]) -> None:
        """Add the mentions of every named graph of `store` except those in `skip`."""
        for row in store.query(ACTORS):
            if row["g"].value in skip:
                continue
            m = self.actors.setdefault(row["m"].value, ActorMention(
                row["m"].value, row["doc"].value, row["name"].value, row["category"].value,
                _value(row["kind"])))
            wd = _value(row["wd"])
            if wd and wd.startswith(WIKIDATA_ENTITY):
                m.linked = wd[len(WIKIDATA_ENTITY):]
            if row["surface"] is not None:
                m.surfaces.add(row["surface"].value)
        for row in store.query(MEETINGS):
            if row["g"].value in skip:
                continue
            r = self.meetings.setdefault(row["m"].value, Report(
                row["m"].value, row["doc"].value, _value(row["label"]), _value(row["published"]),
                _value(row["value"]), _value(row["loc"])))
            if row["p"] is not None:
                r.actors.add(row["p"].value)
        for row in store.query(PROPOSALS):
            if row["g"].value in skip:
                continue
            r = self.proposals.setdefault(row["m"].value, Report(
                row["m"].value, row["doc"].value, _value(row["label"])))
            if row["proposer"] is not None:
                r.actors.add(row["proposer"].value)

    def counts(self) -> tuple[int, int, int, int]:
        """Mentions, corpus actors, corpus meetings, corpus proposals (after `graph`)."""
        return (len(self.actors), len({m.identity for m in self.actors.values()}),
                len(set(self.meeting_nodes.values())), len(set(self.proposal_nodes.values())))

    # -- actors ---------------------------------------------------------------------------
    def _base_identity(self, m: ActorMention) -> str:
        if m.linked and _Q.match(m.linked):
            return f"wd:{m.linked}"
        name = clean_name(m.name, m.category)
        entry = _gazetteer().lookup(name)
        if entry is not None and entry.category == m.category:
            return f"wd:{entry.qid}" if entry.qid else f"gaz:{entry.id}"
        return f"name:{m.category}:{name_key(name)}"

    def resolve(self) -> None:
        """Give every actor mention its corpus identity (see the module docstring)."""
        base = {m.node: self._base_identity(m) for m in self.actors.values()}
        # a name linked (or gazetteer-resolved) to exactly one id takes it everywhere
        ids_of_name: dict[str, set[str]] = defaultdict(set)
        for m in self.actors.values():
            if not base[m.node].startswith("name:"):
                ids_of_name[f"name:{m.category}:{name_key(clean_name(m.name, m.category))}"].add(base[m.node])
        for node, ident in base.items():
            if ident.startswith("name:") and len(ids_of_name.get(ident, ())) == 1:
                base[node] = next(iter(ids_of_name[ident]))
        for m in self.actors.values():
            m.identity = base[m.node]
        self._resolve_surnames()

    def _resolve_surnames(self) -> None:
        """One-word person names (and genitives) join the one full name that ends in them."""
        facts = _Facts(list(self.actors.values()))
        uf = _UnionFind(rank=_identity_rank)
        moves: dict[str, str] = {}
        for m in self.actors.values():
            target = facts.target(m) if m.category == "Person" else None
            if target is None or target == m.identity:
                continue
            if m.identity.startswith("name:"):
                moves[m.node] = target  # this mention only: another document's "Scholz" may differ
            elif not target.startswith("wd:"):  # never two Wikidata ids: different people
                uf.union(m.identity, target)  # a linked "Macron": his full name joins the id
        for m in self.actors.values():
            m.identity = uf.find(moves.get(m.node, m.identity))
        self._split_bare_names(facts)

    def _split_bare_names(self, facts: _Facts) -> None:
        """A one-word person name that no full name explains ("Sebastian", "Gruber") is one
        node per group of related documents, not one for every article that uses the word."""
        groups: dict[str, list[ActorMention]] = defaultdict(list)
        for m in self.actors.values():
            if m.category == "Person" and m.identity.startswith("name:") and m.identity.count(":") == 2 \
                    and " " not in clean_name(m.name, m.category):
                groups[m.identity].append(m)
        for ident, ms in groups.items():
            docs = sorted({m.doc for m in ms})
            uf = _UnionFind()
            for i, a in enumerate(docs):
                uf.find(a)
                for b in docs[i + 1:]:
                    if facts.shares_rare_actor(a, b, ident):
                        uf.union(a, b)
            if len({uf.find(d) for d in docs}) > 1:
                for m in ms:
                    m.identity = f"{ident}/{iri.segment(uf.find(m.doc))}"

    def _actor_node(self, ident: str, members: list[ActorMention]) -> URIRef:
        if ident.startswith("wd:"):
            return iri.corpus_actor_iri("", "", ident[3:])
        if ident.startswith("gaz:"):
            return iri.corpus_actor_iri(members[0].category, ident[4:])
        _, category, key = ident.split(":", 2)
        return URIRef(f"{iri.RESOURCE_BASE}entity/{iri.slug(category)}/{key}")

    def actor_nodes(self) -> dict[str, URIRef]:
        """Mention IRI -> corpus node IRI."""
        groups: dict[str, list[ActorMention]] = defaultdict(list)
        for m in self.actors.values():
            groups[m.identity].append(m)
        out: dict[str, URIRef] = {}
        for ident, members in groups.items():
            node = self._actor_node(ident, sorted(members, key=lambda x: x.node))
            for m in members:
                out[m.node] = node
        return out

    # -- meetings and proposals -------------------------------------------------------------
    def _meeting_nodes(self) -> dict[str, URIRef]:
        actor = self.actor_nodes()
        buckets: dict[tuple[str, ...], list[Report]] = defaultdict(list)
        for r in self.meetings.values():
            who = tuple(sorted({str(actor[a]) for a in r.actors if a in actor}))
            buckets[who if len(who) >= 2 else ("single", r.node)].append(r)
        out: dict[str, URIRef] = {}
        for who, reports in buckets.items():
            uf = _UnionFind()
            reports.sort(key=lambda r: r.node)
            for i, a in enumerate(reports):
                uf.find(a.node)
                for b in reports[i + 1:]:
                    if a.doc != b.doc and uf.find(a.node) != uf.find(b.node) and _same_meeting(a, b, actor):
                        uf.union(a.node, b.node)
            clusters: dict[str, list[Report]] = defaultdict(list)
            for r in reports:
                clusters[uf.find(r.node)].append(r)
            for root, members in clusters.items():
                date = _best_date(r.date for r in members)
                places = sorted({str(actor[r.location]) for r in members if r.location in actor})
                ident = (who, date, places) if date and who[0] != "single" else (who, root)
                node = iri.corpus_meeting_iri(date, *ident)
                for r in members:
                    out[r.node] = node
        return out

    def _proposal_nodes(self) -> dict[str, URIRef]:
        out: dict[str, URIRef] = {}
        for r in self.proposals.values():
            label = _strip_article(r.label or "")
            if label and is_named_agreement(label):
                key = agreement_key(label)
                out[r.node] = iri.corpus_proposal_iri(key, "named", key)
            else:
                out[r.node] = iri.corpus_proposal_iri(label or "proposal", "report", r.node)
        return out

    # -- output ------------------------------------------------------------------------------
    def graph(self) -> Graph:
        """The consolidation graph: corpus nodes and `neg:mentionOf` from every mention."""
        g = Graph()
        self.emit(g.add)
        return g

    def emit(self, add: Callable[[tuple[URIRef, URIRef, URIRef | Literal]], object]) -> None:
        """Resolve, then hand every triple of the consolidation graph to `add` (one at a time,
        so a large corpus graph can be written in chunks instead of held whole)."""
        self.resolve()
        actors = self.actor_nodes()
        self.meeting_nodes, self.proposal_nodes = self._meeting_nodes(), self._proposal_nodes()
        _write_actors(add, actors, self.actors)
        _write_reports(add, self.meeting_nodes, self.meetings, actors, NEG.CorpusMeeting, NEG.participant)
        _write_reports(add, self.proposal_nodes, self.proposals, actors, NEG.CorpusProposal, NEG.proposer)


class _Facts:
    """What the surname rules need to know about the whole corpus.

    A one-word name found in another document than the full name is resolved only when
    the word is nobody's first name in the corpus ("Stephan", "Gabriel") and the two
    documents share another actor that few documents mention (so a footballer "Schwab"
    in a match report is not the author Schwab of a book review).
    """

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        self.docs_of: dict[str, set[str]] = defaultdict(set)
        self.actors_of: dict[str, set[str]] = defaultdict(set)
        self.first_names: set[str] = set()
        self.by_tail: dict[str, set[str]] = defaultdict(set)  # "tayyip erdoğan" -> Recep Tayyip Erdoğan
        for m in mentions:
            self.docs_of[m.identity].add(m.doc)
            self.actors_of[m.doc].add(m.identity)
            words = clean_name(m.name, m.category).split(" ")
            if m.category == "Person" and len(words) >= 2:
                self.by_surname[name_key(words[-1])].add(m.identity)
                self.first_names.add(name_key(words[0]))
                for k in range(2, len(words)):
                    self.by_tail[name_key(" ".join(words[-k:]))].add(m.identity)
        # "Tayyip Erdoğan" is "Recep Tayyip Erdoğan": one candidate for a bare "Erdoğan", not two
        for key, idents in self.by_surname.items():
            self.by_surname[key] = {self._longer(i) for i in idents}
        self.common = max(5, int(0.02 * len(self.actors_of)))  # more documents than this: uninformative

    def _longer(self, ident: str) -> str:
        if not ident.startswith("name:Person:"):
            return ident
        longer = self.by_tail.get(ident[len("name:Person:"):], set()) - {ident}
        return next(iter(longer)) if len(longer) == 1 else ident

    def related(self, doc: str, target: str, own: str) -> bool:
        """`doc` mentions `target`, or shares a rarely mentioned actor with one that does."""
        if doc in self.docs_of[target]:
            return True
        return any(self.shares_rare_actor(doc, d, own, target) for d in self.docs_of[target])

    def shares_rare_actor(self, a: str, b: str, *besides: str) -> bool:
        shared = (self.actors_of[a] & self.actors_of[b]) - set(besides)
        return any(len(self.docs_of[x]) <= self.common for x in shared)

    def _surname(self, word: str, m: ActorMention) -> str | None:
        key = name_key(word)
        target = _pick(self.by_surname.get(key, set()) - {m.identity}, m.doc, self.docs_of)
        if target is None or m.doc in self.docs_of[target]:
            return target
        return target if key not in self.first_names and self.related(m.doc, target, m.identity) else None

    def target(self, m: ActorMention) -> str | None:
        """The identity a person mention joins: its full name, or None (see the module docstring)."""
        words = clean_name(m.name, m.category).split(" ")
        if len(words) == 1:
            target = self._surname(words[0], m)
            stem = _genitive_stem(words[0])
            if target is not None or not stem or name_key(words[0]) in self.by_surname:
                return target
            if self.by_surname.get(name_key(stem)):
                return self._surname(stem, m)
            bare = f"name:Person:{name_key(stem)}"  # "Macrons" and "Macron", no full name known
            return bare if bare in self.docs_of and self.related(m.doc, bare, m.identity) else None
        stem = _genitive_stem(words[-1])
        if stem:  # "Angela Merkels": the genitive, when more documents write the name without it
            key = f"name:Person:{name_key(' '.join([*words[:-1], stem]))}"
            if len(self.docs_of.get(key, ())) > len(self.docs_of[m.identity]):
                return key
        # a full name without a first name the corpus also writes ("Tayyip Erdoğan")
        return _pick(self.by_tail.get(name_key(" ".join(words)), set()) - {m.identity}, m.doc, self.docs_of)


def _pick(candidates: set[str], doc: str, docs_of: dict[str, set[str]]) -> str | None:
    """The one candidate, or the one the same document mentions; None when ambiguous."""
    if len(candidates) == 1:
        return next(iter(candidates))
    local = [c for c in candidates if doc in docs_of[c]]
    return local[0] if len(local) == 1 else None


def _strip_article(label: str) -> str:
    words = " ".join(label.split()).split(" ")
    while words and words[0].casefold() in {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen"}:
        words = words[1:]
    return " ".join(words)


def agreement_key(label: str) -> str:
    """The label with the genitive of its agreement word dropped ("Friedensplanes" -> "Friedensplan")."""
    words = []
    for w in label.split(" "):
        for ending in ("es", "s"):
            if w.casefold().endswith(tuple(a + ending for a in AGREEMENT_WORDS)):
                w = w[: -len(ending)]
                break
        words.append(w)
    return name_key(" ".join(words))


def is_named_agreement(label: str) -> bool:
    """A label that names one agreement or plan, not a generic one (see the module docstring)."""
    words = label.split(" ")
    if "," in label or len(words) > 6:
        return False
    if not any(w.endswith(AGREEMENT_WORDS) for w in agreement_key(label).split("-")):
        return False
    gaz = _gazetteer()
    for w, nxt in zip(words, words[1:], strict=False):
        if w[:1].isupper() and w.endswith("er") and nxt[:1].isupper() and len(w) > 4:
            stem = w[:-2]
            if gaz.lookup(stem) is not None or gaz.lookup(stem + "e") is not None:
                return True  # Pariser, Minsker, Genfer
        if w in ("von", "aus") and gaz.lookup(nxt.rstrip(".")) is not None:
            return True
    head = words[-1]
    if "-" in head:
        first, _, rest = head.partition("-")
        return gaz.prefix(first) is not None and rest.casefold().endswith(AGREEMENT_WORDS)
    return False


def _dates(value: str | None) -> str | None:
    return value[:10] if value else None


def _compatible_dates(a: Report, b: Report) -> bool:
    da, db = _dates(a.date), _dates(b.date)
    if da and db:
        return da.startswith(db) or db.startswith(da)
    if a.published and b.published:
        try:
            gap = dt.date.fromisoformat(a.published[:10]) - dt.date.fromisoformat(b.published[:10])
        except ValueError:
            return False
        return abs(gap.days) <= _MEETING_DAYS
    return False


def _same_meeting(a: Report, b: Report, actor: dict[str, URIRef]) -> bool:
    if a.location and b.location and actor.get(a.location) != actor.get(b.location):
        return False
    return _compatible_dates(a, b)


def _best_date(values) -> str | None:
    """The most precise date of a cluster (the earliest among equally precise ones)."""
    dates = sorted({d for v in values if (d := _dates(v))}, key=lambda d: (-len(d), d))
    return dates[0] if dates else None


def _date_literal(value: str) -> Literal:
    kind = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}.get(len(value), XSD.string)
    return Literal(value, datatype=kind)


def _write_actors(add: Callable, nodes: dict[str, URIRef], mentions: dict[str, ActorMention]) -> None:
    members: dict[URIRef, list[ActorMention]] = defaultdict(list)
    for node_iri, corpus_node in nodes.items():
        members[corpus_node].append(mentions[node_iri])
        add((URIRef(node_iri), NEG.mentionOf, corpus_node))
    for node, ms in members.items():
        ms.sort(key=lambda m: m.node)
        category = _majority([m.category for m in ms], _CATEGORY_ORDER)
        name = _display_name(ms[0].identity, [m for m in ms if m.category == category])
        add((node, RDF.type, NEG.CorpusActor))
        add((node, NEG.identityKey, Literal(ms[0].identity)))
        add((node, NEG.name, Literal(name)))
        add((node, RDFS.label, Literal(name)))
        add((node, NEG.category, Literal(category)))
        kinds = [m.kind for m in ms if m.kind]
        if kinds:
            add((node, NEG.kind, Literal(_majority(kinds, {}))))
        for alias in _aliases(ms):
            add((node, NEG.alias, Literal(alias)))
        for qid in sorted({m.linked for m in ms if m.linked and _Q.match(m.linked)}):
            add((node, OWL.sameAs, URIRef(WIKIDATA_ENTITY + qid)))
            add((node, SDO.sameAs, URIRef(WIKIDATA_ENTITY + qid)))
        for doc in {m.doc for m in ms}:
            add((node, NEG.inDocument, iri.doc_iri(doc)))


def _aliases(ms: list[ActorMention]) -> set[str]:
    """The names of the mentions and the name part of their surface forms: "kanadische
    Außenministerin Anita Anand" gives "Anita Anand", a bare role noun gives nothing."""
    out = {m.name for m in ms}
    known = {w.casefold() for m in ms for w in m.name.split()}
    for m in ms:
        for surface in m.surfaces:
            words = surface.split()
            tail: list[str] = []
            for w in reversed(words):
                if w.casefold() not in known and (_genitive_stem(w) or "").casefold() not in known:
                    break
                tail.insert(0, w)
            if tail:
                out.add(" ".join(tail))
    return out


def _majority(values: list[str], order: dict[str, int]) -> str:
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], order.get(v, 9), v))[0]


def _display_name(identity: str, ms: list[ActorMention]) -> str:
    """The gazetteer's name for gazetteer entries, else the full name most documents use."""
    if identity.startswith(("wd:", "gaz:")):
        gid = identity.split(":", 1)[1]
        entry = _gazetteer().entries.get(gid)
        if entry is not None:
            return entry.name
    names = [clean_name(m.name, m.category) for m in ms]
    docs: dict[str, set[str]] = defaultdict(set)
    for m, n in zip(ms, names, strict=True):
        docs[n].add(m.doc)
    return sorted(docs, key=lambda n: (-(" " in n), -len(docs[n]), -len(n), n))[0]


def _write_reports(add: Callable, nodes: dict[str, URIRef], reports: dict[str, Report],
                   actors: dict[str, URIRef], cls: URIRef, role: URIRef) -> None:
    members: dict[URIRef, list[Report]] = defaultdict(list)
    for node_iri, corpus_node in nodes.items():
        members[corpus_node].append(reports[node_iri])
        add((URIRef(node_iri), NEG.mentionOf, corpus_node))
    for node, rs in members.items():
        rs.sort(key=lambda r: r.node)
        add((node, RDF.type, cls))
        labels = sorted({r.label for r in rs if r.label}, key=lambda v: (len(v), v))
        if labels:
            add((node, RDFS.label, Literal(labels[0])))
        for who in {str(actors[a]) for r in rs for a in r.actors if a in actors}:
            add((node, role, URIRef(who)))
        places = sorted({str(actors[r.location]) for r in rs if r.location in actors})
        if places and cls == NEG.CorpusMeeting:
            add((node, NEG.location, URIRef(places[0])))
        date = _best_date(r.date for r in rs)
        if date and cls == NEG.CorpusMeeting:
            add((node, DCTERMS.date, _date_literal(date)))
        for doc in {r.doc for r in rs}:
            add((node, NEG.inDocument, iri.doc_iri(doc)))
