"""The readable projection of the negotiation graph that every export format writes.

The RDF graph is precise but not something a person can look at in Gephi: every actor is
minted once per document, roles and times are separate resources, provenance hangs off
every assertion. The projection keeps what a reader wants to see as a network:

* nodes: actors (persons, organisations, countries, places), meetings and proposals, each
  with a readable label, its category, roles, Wikidata id (when linked) and the
  documents it comes from;
* edges: ``participant`` (actor → meeting), ``proposed_by`` (proposal → actor),
  ``responded`` (actor → proposal, with the stance), ``affiliated_with`` (actor → actor),
  ``located_in`` (meeting → place), ``said_about`` (speaker → actor or proposal) and
  ``stands_for`` (place → the state it stands for), each weighted by the number of
  documents that support it;
* ``view="actors"``: the co-participation network instead: actors who took part in the
  same meeting are joined by an undirected ``met`` edge weighted by the number of shared
  meetings.

Actors are merged across documents (the RDF mints one IRI per document): by their
Wikidata link when they have one, otherwise by category and case-folded name. A merged
actor's id is its Wikidata entity IRI when linked, otherwise the smallest of its IRIs, so
ids are stable for the same input. Meetings are merged only when they have the same
day-precision date and the same participants; proposals when they have the same proposer
and label. Everything is sorted, so the same graph always gives the same output.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.namespace import DCTERMS, FOAF, OWL, SDO
from rdflib.term import Node as RdfNode

from kg.namespace import NEG, RESOURCE_BASE, WIKIDATA_ENTITY

View = Literal["full", "actors"]
VIEWS: tuple[str, ...] = ("full", "actors")

#: node categories in the order the legend and filters list them
CATEGORIES: tuple[str, ...] = ("Person", "Organisation", "Country", "Place", "Meeting", "Proposal")

#: relation -> (readable label, directed?)
RELATIONS: dict[str, tuple[str, bool]] = {
    "participant": ("took part in", True),
    "proposed_by": ("proposed by", True),
    "responded": ("responded to", True),
    "affiliated_with": ("affiliated with", True),
    "located_in": ("located in", True),
    "said_about": ("said about", True),
    "stands_for": ("stands for", True),
    "met": ("met", False),
}

_ACTOR_CLASSES: dict[URIRef, tuple[str, str | None]] = {
    # class -> (category, kind implied by the class)
    URIRef(NEG.Person): ("Person", None),
    URIRef(NEG.Organisation): ("Organisation", None),
    URIRef(NEG.Government): ("Organisation", "government"),
    URIRef(NEG.Group): ("Organisation", "group"),
    URIRef(NEG.Delegation): ("Organisation", "delegation"),
    URIRef(NEG.Alliance): ("Organisation", "alliance"),
    URIRef(NEG.MediaOrganisation): ("Organisation", "media"),
    URIRef(NEG.Place): ("Place", None),
    URIRef(NEG.Country): ("Country", None),
}
# a resource typed with several classes takes the most specific category
_CATEGORY_RANK = {"Person": 0, "Country": 1, "Organisation": 2, "Place": 3}
_URL_PROPERTIES = (SDO.url, URIRef("http://schema.org/url"), FOAF.page, DCTERMS.source)
_DATE_PROPERTIES = (DCTERMS.date, DCTERMS.issued, SDO.datePublished, URIRef("http://schema.org/datePublished"))
_TITLE_PROPERTIES = (DCTERMS.title, SDO.headline, SDO.name, RDFS.label)
_DOC_IRI = re.compile(re.escape(RESOURCE_BASE) + r"doc/([^/]+)")
#: at most this many source sentences are kept per node (the page stays small)
MAX_EVIDENCE = 25


@dataclass
class Node:
    """One node of the projection; `id` is an IRI."""

    id: str
    label: str
    type: str  # "actor", "meeting", "proposal"
    category: str  # one of CATEGORIES
    kind: str | None = None
    roles: list[str] = field(default_factory=list)
    wikidata: str | None = None  # QID
    documents: list[str] = field(default_factory=list)
    start: str | None = None  # ISO date, first day the node is active
    end: str | None = None  # ISO date, last day
    status: str | None = None  # meetings: held, planned, ongoing
    members: list[str] = field(default_factory=list)  # the RDF IRIs merged into this node

    def attributes(self) -> dict[str, Any]:
        """Flat, typed attributes (no None, no lists) for GraphML, GEXF, CSV and DOT."""
        attrs: dict[str, Any] = {
            "label": self.label,
            "type": self.type,
            "category": self.category,
            "kind": self.kind or "",
            "roles": "; ".join(self.roles),
            "wikidata": self.wikidata or "",
            "documents": len(self.documents),
            "document_ids": "; ".join(self.documents),
            "status": self.status or "",
        }
        if self.start:
            attrs["start"] = self.start
        if self.end:
            attrs["end"] = self.end
        return attrs


@dataclass
class Edge:
    """One edge; `weight` is the number of documents (or, for ``met``, meetings) behind it."""

    source: str
    target: str
    relation: str
    weight: int = 1
    stance: str | None = None
    documents: list[str] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    meetings: list[str] = field(default_factory=list)  # "met" edges: the shared meetings

    @property
    def key(self) -> str:
        """Distinguishes parallel edges between the same nodes (one per relation and stance)."""
        return f"{self.relation}:{self.stance}" if self.stance else self.relation

    @property
    def id(self) -> str:
        """A stable edge id: a hash of its endpoints and key."""
        text = "\x1f".join((self.source, self.target, self.key))
        return "e" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    @property
    def directed(self) -> bool:
        return RELATIONS[self.relation][1]

    @property
    def label(self) -> str:
        text = RELATIONS[self.relation][0]
        return f"{text} ({self.stance})" if self.stance else text

    def attributes(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "relation": self.relation,
            "label": self.label,
            "weight": self.weight,
            "stance": self.stance or "",
            "documents": len(self.documents),
            "document_ids": "; ".join(self.documents),
        }
        if self.start:
            attrs["start"] = self.start
        if self.end:
            attrs["end"] = self.end
        return attrs


@dataclass
class DocumentInfo:
    id: str
    url: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass
class Projection:
    """Nodes and edges of one view, plus per-node details for the HTML explorer."""

    view: str
    nodes: dict[str, Node]
    edges: list[Edge]
    details: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: dict[str, DocumentInfo] = field(default_factory=dict)
    #: every node of the full projection, also those this view or a filter left out, so
    #: that details can still name the meetings and proposals they refer to
    context: dict[str, Node] = field(default_factory=dict)

    def sorted_nodes(self) -> list[Node]:
        return [self.nodes[k] for k in sorted(self.nodes)]

    def sorted_edges(self) -> list[Edge]:
        return sorted(self.edges, key=lambda e: (e.source, e.target, e.key))


# --------------------------------------------------------------------------------------
# reading the RDF graph
# --------------------------------------------------------------------------------------

#: Pulls every triple the projection needs from a GraphSource. The UNION makes the query
#: work whether the source exposes the named graphs as the default graph or not.
CONSTRUCT_ALL = """
CONSTRUCT { ?s ?p ?o }
WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }
"""


#: predicates the projection never reads: provenance details, build stamps, identity keys.
#: Evidence nodes are most of a graph and half of their triples are these, so leaving them in
#: the store cuts what an export copies into rdflib by about a third.
UNREAD = (NEG.beginIndex, NEG.endIndex, NEG.extractionMethod, NEG.confidence, NEG.sentenceEnd,
          NEG.contentHash, NEG.kgVersion, NEG.extractedWith, NEG.identityKey, NEG.linkScore, NEG.linkMethod)


def fetch_graph(source: Any) -> Graph:
    """All triples of a `kg.sparql.GraphSource` as one rdflib graph (union of named graphs)."""
    return source.construct(CONSTRUCT_ALL)


def fetch_for_projection(source: Any) -> Graph:
    """The triples `project` reads, as one rdflib graph: everything but the `UNREAD` predicates,
    filtered by the store (SPARQL), so they are never copied into Python."""
    unread = ", ".join(f"<{p}>" for p in UNREAD)
    return source.construct(f"""CONSTRUCT {{ ?s ?p ?o }}
WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} FILTER(?p NOT IN ({unread})) }}""")


def _text(value: RdfNode | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _local(iri: RdfNode) -> str:
    text = str(iri)
    return unquote(re.split(r"[#/]", text.rstrip("/"))[-1])


def _qid(g: Graph, s: RdfNode) -> str | None:
    for o in sorted(g.objects(s, OWL.sameAs), key=str):
        text = str(o)
        for prefix in (WIKIDATA_ENTITY, "https://www.wikidata.org/entity/", "http://www.wikidata.org/wiki/",
                       "https://www.wikidata.org/wiki/"):
            if text.startswith(prefix) and re.fullmatch(r"Q[1-9][0-9]*", text[len(prefix):]):
                return text[len(prefix):]
    return None


def period(value: str | None) -> tuple[str, str] | None:
    """The first and last day of an ISO date, year-month or year ("2026-09" → 09-01 .. 09-30)."""
    if not value:
        return None
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
            day = dt.date.fromisoformat(value[:10])
            return day.isoformat(), day.isoformat()
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:7])
            last = calendar.monthrange(year, month)[1]
            return f"{value}-01", f"{value}-{last:02d}"
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-01-01", f"{value}-12-31"
    except ValueError:
        return None
    return None


class _Reader:
    """Looks up what the projection needs about one RDF resource."""

    def __init__(self, g: Graph):
        self.g = g
        self._doc_cache: dict[RdfNode, str | None] = {}

    def doc_id_of_document(self, d: RdfNode) -> str | None:
        if d not in self._doc_cache:
            ident = _text(self.g.value(d, NEG.documentId))
            if ident is None:
                m = _DOC_IRI.match(str(d))
                ident = unquote(m.group(1)) if m else None
            self._doc_cache[d] = ident
        return self._doc_cache[d]

    def documents(self, s: RdfNode) -> list[str]:
        """The documents `s` comes from: neg:inDocument, its evidence's documents, or its IRI."""
        found: set[str] = set()
        for d in self.g.objects(s, NEG.inDocument):
            ident = self.doc_id_of_document(d)
            if ident:
                found.add(ident)
        if not found:
            for ev in self.g.objects(s, NEG.evidence):
                for d in self.g.objects(ev, NEG.inDocument):
                    ident = self.doc_id_of_document(d)
                    if ident:
                        found.add(ident)
        if not found:
            m = _DOC_IRI.match(str(s))
            if m:
                found.add(unquote(m.group(1)))
        return sorted(found)

    def evidence(self, s: RdfNode) -> list[dict[str, str]]:
        """Source sentences of `s` as {"doc", "sentence"}, in document and text order."""
        out: list[tuple[str, int, str]] = []
        docs = self.documents(s)
        for ev in self.g.objects(s, NEG.evidence):
            sentence = _text(self.g.value(ev, NEG.sentence))
            if not sentence:
                continue
            evdocs = [i for d in self.g.objects(ev, NEG.inDocument) if (i := self.doc_id_of_document(d))]
            doc = sorted(evdocs)[0] if evdocs else (docs[0] if docs else "")
            start = self.g.value(ev, NEG.sentenceStart)
            try:
                pos = int(start) if start is not None else 0
            except ValueError:
                pos = 0
            out.append((doc, pos, sentence))
        seen: set[tuple[str, str]] = set()
        result = []
        for doc, _, sentence in sorted(out):
            if (doc, sentence) not in seen:
                seen.add((doc, sentence))
                result.append({"doc": doc, "sentence": sentence})
        return result

    def time(self, s: RdfNode) -> tuple[str | None, str | None, str | None]:
        """(resolved value, precision, expression) of the neg:time of `s`."""
        t = self.g.value(s, NEG.time)
        if t is None:
            return None, None, None
        value = _text(self.g.value(t, NEG.resolvedValue)) or _text(self.g.value(t, NEG.resolvedDate))
        return value, _text(self.g.value(t, NEG.precision)), _text(self.g.value(t, NEG.expression))

    def label(self, s: RdfNode, *properties: URIRef) -> str | None:
        for p in properties:
            values = sorted(str(v) for v in self.g.objects(s, p) if str(v).strip())
            if values:
                # prefer a German or untagged label, then the shortest
                return values[0] if len(values) == 1 else self._preferred(s, p)
        return None

    def _preferred(self, s: RdfNode, p: URIRef) -> str:
        values = [v for v in self.g.objects(s, p) if str(v).strip()]

        def rank(v: RdfNode) -> tuple[int, int, str]:
            lang = v.language if isinstance(v, RdfLiteral) else None
            return (0 if lang in (None, "de") else 1, -len(str(v)), str(v))

        return str(sorted(values, key=rank)[0])


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


#: labels longer than this are replaced (meetings) or shortened (proposals) on the node; the
#: full text stays in the details as "description"
MAX_LABEL = 60


def _shorten(text: str, limit: int = MAX_LABEL) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return (cut or text[:limit]) + "…"


def _readable(labels: list[str], fallback: str) -> str:
    """The longest label that is still short enough to read on a node, else `fallback`.

    Extractors sometimes label a meeting with its whole sentence; such a label is useless
    as a node name, so the node gets a composed one ("Talks in Genf 2026-03-10").
    """
    short = sorted((x for x in labels if len(x) <= MAX_LABEL), key=lambda n: (-len(n), n))
    return short[0] if short else fallback


def _longest_if_not(labels: list[str], label: str) -> str | None:
    longest = sorted(labels, key=lambda n: (-len(n), n))[0]
    return longest if longest != label else None


def _norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _actor_category(g: Graph, s: RdfNode) -> tuple[str, str | None] | None:
    best: tuple[str, str | None] | None = None
    kind: str | None = None
    is_actor = False
    for t in sorted(g.objects(s, RDF.type), key=str):
        if t == NEG.Actor:
            is_actor = True
            continue
        hit = _ACTOR_CLASSES.get(t)  # type: ignore[call-overload]
        if hit is None:
            continue
        kind = kind or hit[1]
        if best is None or _CATEGORY_RANK[hit[0]] < _CATEGORY_RANK[best[0]]:
            best = hit
    literal = _text(g.value(s, NEG.category))
    if literal in _CATEGORY_RANK:
        return literal, kind
    if best is None:
        # typed only as neg:Actor: an actor all the same, of unknown category
        return ("Organisation", kind) if is_actor else None
    return best[0], kind


def _merge_interval(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> tuple[
        str | None, str | None]:
    starts = [x for x in (a[0], b[0]) if x]
    ends = [x for x in (a[1], b[1]) if x]
    return (min(starts) if starts else None, max(ends) if ends else None)


def _corpus_id(g: Graph, members: list[str]) -> str:
    """The corpus node of merged reports (kg.consolidate), else the first report's IRI."""
    corpus = g.value(URIRef(members[0]), NEG.mentionOf)
    return str(corpus) if corpus is not None else members[0]


def project(g: Graph, view: str = "full") -> Projection:
    """The readable projection of RDF graph `g` (see the module docstring)."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    r = _Reader(g)

    # ---- documents
    documents: dict[str, DocumentInfo] = {}
    for d in set(g.subjects(RDF.type, NEG.Document)) | set(g.objects(None, NEG.inDocument)):
        ident = r.doc_id_of_document(d)
        if not ident:
            continue
        url = next((str(v) for p in _URL_PROPERTIES for v in sorted(g.objects(d, p), key=str)), None)
        date = next((str(v)[:10] for p in _DATE_PROPERTIES for v in sorted(g.objects(d, p), key=str)), None)
        documents[ident] = DocumentInfo(ident, url=url, title=r.label(d, *_TITLE_PROPERTIES), date=date)

    # ---- actors, merged across documents
    actor_cat: dict[str, tuple[str, str | None]] = {}
    for s in set(g.subjects(RDF.type, None)):
        if not isinstance(s, URIRef):
            continue
        cat = _actor_category(g, s) if (s, RDF.type, NEG.CorpusActor) not in g else None
        if cat is not None:
            actor_cat[str(s)] = cat
    uf = _UnionFind()
    qids: dict[str, str | None] = {}
    names: dict[str, str] = {}
    for iri in sorted(actor_cat):
        s = URIRef(iri)
        name = r.label(s, NEG.name, RDFS.label, FOAF.name, SDO.name) or _local(s)
        names[iri] = name
        qids[iri] = _qid(g, s)
        uf.find(iri)
        corpus = g.value(s, NEG.mentionOf)
        if corpus is not None:  # the corpus consolidation decided already (kg.identity)
            uf.union(iri, f"corpus:{corpus}")
            continue
        if qids[iri]:
            uf.union(iri, "wd:" + qids[iri])  # type: ignore[operator]
        uf.union(iri, f"name:{actor_cat[iri][0]}:{_norm_name(name)}")
    groups: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(actor_cat):
        groups[uf.find(iri)].append(iri)

    nodes: dict[str, Node] = {}
    node_of: dict[str, str] = {}  # RDF IRI -> node id
    details: dict[str, dict[str, Any]] = {}
    for members in groups.values():
        members = sorted(members)
        qid = next((qids[m] for m in members if qids[m]), None)
        corpus = g.value(URIRef(members[0]), NEG.mentionOf)
        node_id = str(corpus) if corpus is not None else WIKIDATA_ENTITY + qid if qid else members[0]
        # the corpus name, else the longest name (the fullest form; ties broken alphabetically)
        label = (r.label(corpus, NEG.name) if corpus is not None else None) or sorted(
            (names[m] for m in members), key=lambda n: (-len(n), n))[0]
        cats = sorted({actor_cat[m][0] for m in members}, key=_CATEGORY_RANK.__getitem__)
        kinds = sorted({k for m in members
                        for k in [_text(g.value(URIRef(m), NEG.kind)) or actor_cat[m][1]] if k})
        roles = sorted({str(lbl).strip() for m in members for role in g.objects(URIRef(m), NEG.holdsRole)
                        for lbl in g.objects(role, NEG.roleLabel) if str(lbl).strip()}
                       | {str(lbl).strip() for m in members for lbl in g.objects(URIRef(m), NEG.roleLabel)})
        docs = sorted({d for m in members for d in r.documents(URIRef(m))})
        nodes[node_id] = Node(node_id, label, "actor", cats[0], kind=", ".join(kinds) or None, roles=roles,
                              wikidata=qid, documents=docs, members=members)
        for m in members:
            node_of[m] = node_id
        evidence = sorted({(e["doc"], e["sentence"]) for m in members for e in r.evidence(URIRef(m))})
        mentions = sorted({str(v) for m in members for v in g.objects(URIRef(m), NEG.mention)})
        details[node_id] = {"evidence": [{"doc": d, "sentence": s} for d, s in evidence[:MAX_EVIDENCE]],
                            "mentions": mentions, "meetings": [], "proposals": [], "responses": [],
                            "statements": [], "affiliations": [], "iris": members}

    # ---- meetings
    meeting_key: dict[str, tuple[Any, ...]] = {}
    meeting_info: dict[str, dict[str, Any]] = {}
    for s in sorted(set(g.subjects(RDF.type, NEG.Meeting)), key=str):
        iri = str(s)
        value, precision, expression = r.time(s)
        participants = sorted({node_of[str(p)] for p in g.objects(s, NEG.participant) if str(p) in node_of})
        location = next((node_of[str(p)] for p in sorted(g.objects(s, NEG.location), key=str)
                         if str(p) in node_of), None)
        status_iri = g.value(s, NEG.status)
        mtype = _text(g.value(s, NEG.meetingType))
        label = r.label(s, RDFS.label, SDO.name) or (mtype or "meeting").capitalize()
        interval = period(value)
        meeting_info[iri] = {
            "label": label, "participants": participants, "location": location,
            "status": _local(status_iri) if status_iri is not None else None, "type": mtype,
            "date": value, "precision": precision, "time": expression, "interval": interval,
            "duration": _text(g.value(s, NEG.duration)), "outcome": _text(g.value(s, NEG.outcome)),
        }
        if (corpus := g.value(s, NEG.mentionOf)) is not None:
            meeting_key[iri] = ("corpus", str(corpus))
        elif value and len(value) == 10 and len(participants) >= 2:
            meeting_key[iri] = ("m", value, tuple(participants))
        else:
            meeting_key[iri] = ("iri", iri)
    mgroups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for iri, k in meeting_key.items():
        mgroups[k].append(iri)
    for members in mgroups.values():
        members = sorted(members)
        node_id = _corpus_id(g, members)
        info = meeting_info[members[0]]
        docs = sorted({d for m in members for d in r.documents(URIRef(m))})
        labels = [meeting_info[m]["label"] for m in members]
        place = nodes[info["location"]].label if info["location"] else None
        parts = ((info["type"] or "meeting").capitalize(), f"in {place}" if place else "", info["date"] or "")
        composed = " ".join(x for x in parts if x)
        label = _readable(labels, composed)
        interval = info["interval"]
        nodes[node_id] = Node(node_id, label, "meeting", "Meeting", kind=info["type"], documents=docs,
                              start=interval[0] if interval else None, end=interval[1] if interval else None,
                              status=info["status"], members=members)
        for m in members:
            node_of[m] = node_id
        evidence = sorted({(e["doc"], e["sentence"]) for m in members for e in r.evidence(URIRef(m))})
        details[node_id] = {
            "evidence": [{"doc": d, "sentence": s} for d, s in evidence[:MAX_EVIDENCE]],
            "date": info["date"], "time": info["time"], "status": info["status"], "type": info["type"],
            "duration": info["duration"], "outcome": info["outcome"], "iris": members,
            "description": _longest_if_not(labels, label),
        }

    # ---- proposals
    proposal_key: dict[str, tuple[Any, ...]] = {}
    proposal_info: dict[str, dict[str, Any]] = {}
    for s in sorted(set(g.subjects(RDF.type, NEG.Proposal)) | set(g.subjects(RDF.type, NEG.Demand)), key=str):
        iri = str(s)
        proposer_iri = g.value(s, NEG.proposer)
        proposer = node_of.get(str(proposer_iri)) if proposer_iri is not None else None
        ptype = _text(g.value(s, NEG.proposalType))
        label = r.label(s, RDFS.label, SDO.name) or (ptype or "proposal").capitalize()
        events = []
        for ev in g.objects(s, NEG.hasEvent):
            value, _, expression = r.time(ev)
            events.append({"type": _text(g.value(ev, NEG.eventType)) or "",
                           "date": value or expression or ""})
        n_points = g.value(s, NEG.numberOfPoints)
        proposal_info[iri] = {
            "label": label, "proposer": proposer, "type": ptype,
            "points": sorted({str(p) for p in g.objects(s, NEG.contentPoint)}),
            "number_of_points": int(n_points) if n_points is not None and str(n_points).isdigit() else None,
            "events": sorted(events, key=lambda e: (e["date"], e["type"])),
        }
        corpus = g.value(s, NEG.mentionOf)
        proposal_key[iri] = (("corpus", str(corpus)) if corpus is not None
                             else ("p", proposer, _norm_name(label)) if proposer else ("iri", iri))
    pgroups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for iri, k in proposal_key.items():
        pgroups[k].append(iri)
    for members in pgroups.values():
        members = sorted(members)
        node_id = _corpus_id(g, members)
        info = proposal_info[members[0]]
        docs = sorted({d for m in members for d in r.documents(URIRef(m))})
        labels = [proposal_info[m]["label"] for m in members]
        label = _readable(labels, _shorten(sorted(labels, key=lambda n: (len(n), n))[0]))
        nodes[node_id] = Node(node_id, label, "proposal", "Proposal", kind=info["type"], documents=docs,
                              members=members)
        for m in members:
            node_of[m] = node_id
        evidence = sorted({(e["doc"], e["sentence"]) for m in members for e in r.evidence(URIRef(m))})
        details[node_id] = {
            "evidence": [{"doc": d, "sentence": s} for d, s in evidence[:MAX_EVIDENCE]],
            "type": info["type"], "points": sorted({p for m in members for p in proposal_info[m]["points"]}),
            "number_of_points": info["number_of_points"],
            "events": [e for m in members for e in proposal_info[m]["events"]],
            "responses": [], "statements": [], "iris": members,
            "description": _longest_if_not(labels, label),
        }

    # ---- edges, aggregated: (source, target, relation, stance) -> documents, interval
    agg: dict[tuple[str, str, str, str | None], dict[str, Any]] = {}

    def add(source: str, target: str, relation: str, docs: Iterable[str], stance: str | None = None,
            interval: tuple[str, str] | None = None) -> None:
        if source == target:
            return
        entry = agg.setdefault((source, target, relation, stance), {"docs": set(), "interval": (None, None)})
        entry["docs"].update(docs)
        if interval:
            entry["interval"] = _merge_interval(entry["interval"], interval)

    for iri, info in meeting_info.items():
        mnode = node_of[iri]
        docs = r.documents(URIRef(iri))
        for p in info["participants"]:
            add(p, mnode, "participant", docs, interval=info["interval"])
        if info["location"]:
            add(mnode, info["location"], "located_in", docs, interval=info["interval"])
    for iri, info in proposal_info.items():
        if info["proposer"]:
            add(node_of[iri], info["proposer"], "proposed_by", r.documents(URIRef(iri)))
    for iri in sorted(actor_cat):
        s = URIRef(iri)
        docs = r.documents(s)
        for o in g.objects(s, NEG.affiliatedWith):
            if str(o) in node_of:
                add(node_of[iri], node_of[str(o)], "affiliated_with", docs)
        for o in g.objects(s, NEG.standsFor):
            if str(o) in node_of:
                add(node_of[iri], node_of[str(o)], "stands_for", docs)
    for s in sorted(set(g.subjects(RDF.type, NEG.Response)), key=str):
        actor, proposal = g.value(s, NEG.respondent), g.value(s, NEG.respondsTo)
        if actor is None or proposal is None or str(actor) not in node_of or str(proposal) not in node_of:
            continue
        stance_iri = g.value(s, NEG.stance)
        stance = _local(stance_iri) if stance_iri is not None else None
        value, _, expression = r.time(s)
        docs = r.documents(s)
        a, p = node_of[str(actor)], node_of[str(proposal)]
        add(a, p, "responded", docs, stance=stance, interval=period(value))
        entry = {"actor": a, "proposal": p, "stance": stance or "", "date": value or expression or "",
                 "documents": docs, "evidence": r.evidence(s)}
        details[a]["responses"].append(entry)
        details[p]["responses"].append(entry)
    for s in sorted(set(g.subjects(RDF.type, NEG.Statement)) | set(g.subjects(NEG.quote, None)), key=str):
        quote = _text(g.value(s, NEG.quote))
        speaker_iri = g.value(s, NEG.speaker)
        speaker = node_of.get(str(speaker_iri)) if speaker_iri is not None else None
        about = sorted({node_of[str(o)] for o in g.objects(s, NEG.about) if str(o) in node_of})
        value, _, expression = r.time(s)
        docs = r.documents(s)
        direct = g.value(s, NEG.isDirectQuote)
        entry = {"speaker": speaker or "", "quote": quote or "", "about": about,
                 "direct": str(direct).lower() in ("true", "1") if direct is not None else True,
                 "date": value or expression or "", "documents": docs, "evidence": r.evidence(s)}
        for target in ([speaker] if speaker else []) + about:
            if "statements" in details[target]:
                details[target]["statements"].append(entry)
        if speaker:
            for target in about:
                add(speaker, target, "said_about", docs, interval=period(value))

    doc_dates = {d: info.date for d, info in documents.items() if info.date}
    edges: list[Edge] = []
    for (source, target, relation, stance), entry in agg.items():
        docs = sorted(entry["docs"])
        start, end = entry["interval"]
        if not start:
            # undated assertions are placed at the dates of the articles reporting them, so
            # that Gephi's timeline shows them when they became known
            dates = sorted(doc_dates[d] for d in docs if d in doc_dates)
            start, end = (dates[0], dates[-1]) if dates else (None, None)
        edges.append(Edge(source, target, relation, weight=max(1, len(docs)), stance=stance, documents=docs,
                          start=start, end=end))

    # ---- node intervals: a node without a date of its own (actors, proposals, undated
    # meetings) is active from its first to its last dated edge
    own_date = {k for k, n in nodes.items() if n.start}
    for e in edges:
        if not e.start:
            continue
        for n in (e.source, e.target):
            if n not in own_date:
                node = nodes[n]
                node.start, node.end = _merge_interval((node.start, node.end), (e.start, e.end))

    # ---- actor details: meetings, proposals and affiliations by id
    for e in edges:
        if e.relation == "participant":
            details[e.source]["meetings"].append(e.target)
        elif e.relation == "proposed_by":
            details[e.target]["proposals"].append(e.source)
        elif e.relation == "affiliated_with":
            details[e.source]["affiliations"].append(e.target)
    for d in details.values():
        for k in ("meetings", "proposals", "affiliations"):
            if k in d:
                d[k] = sorted(set(d[k]))
        for k in ("responses", "statements"):
            if k in d:
                d[k] = sorted(d[k], key=lambda x: (x.get("date", ""), x.get("quote", ""),
                                                    x.get("proposal", ""), x.get("actor", ""),
                                                    x.get("stance", ""), tuple(x.get("documents", []))))
    for node_id, node in nodes.items():
        if node.type == "meeting":
            info = meeting_info[node.members[0]]
            details[node_id]["participants"] = sorted({p for m in node.members
                                                       for p in meeting_info[m]["participants"]})
            details[node_id]["location"] = info["location"]
        elif node.type == "proposal":
            details[node_id]["proposer"] = proposal_info[node.members[0]]["proposer"]

    projection = Projection("full", nodes, edges, details, dict(sorted(documents.items())), context=nodes)
    for docs in (n.documents for n in nodes.values()):
        for d in docs:
            projection.documents.setdefault(d, DocumentInfo(d))
    projection.documents = dict(sorted(projection.documents.items()))
    if view == "actors":
        projection = actor_view(projection)
    return projection


def actor_view(full: Projection) -> Projection:
    """Who met whom: actors that took part in a meeting, joined by the meetings they shared."""
    participants: dict[str, list[str]] = defaultdict(list)
    for e in full.edges:
        if e.relation == "participant":
            participants[e.target].append(e.source)
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    members: set[str] = set()
    for meeting, actors in sorted(participants.items()):
        actors = sorted(set(actors))
        members.update(actors)
        mnode = full.nodes[meeting]
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                entry = pairs.setdefault((a, b), {"meetings": set(), "docs": set(), "interval": (None, None)})
                entry["meetings"].add(meeting)
                entry["docs"].update(mnode.documents)
                entry["interval"] = _merge_interval(entry["interval"], (mnode.start, mnode.end))
    nodes = {k: full.nodes[k] for k in sorted(members)}
    edges = [Edge(a, b, "met", weight=len(v["meetings"]), documents=sorted(v["docs"]), start=v["interval"][0],
                  end=v["interval"][1], meetings=sorted(v["meetings"]))
             for (a, b), v in sorted(pairs.items())]
    # details still name meetings and proposals: keep those nodes' labels reachable
    return Projection("actors", nodes, edges, full.details, full.documents,
                      context=full.context or full.nodes)


def filter_projection(p: Projection, categories: Iterable[str] | None = None, since: str | None = None,
                      until: str | None = None, min_weight: int = 1,
                      drop_isolated: bool = False) -> Projection:
    """A copy of `p` with only the given categories, dates and edge weights.

    A node or edge whose interval lies wholly outside [since, until] is dropped; undated
    ones are kept, because most actors carry no date of their own.
    """
    cats = set(categories) if categories else None

    def in_range(start: str | None, end: str | None) -> bool:
        if since and end and end < since:
            return False
        if until and start and start > until:
            return False
        return True

    nodes = {k: n for k, n in p.nodes.items()
             if (cats is None or n.category in cats) and in_range(n.start, n.end)}
    edges = [e for e in p.edges if e.source in nodes and e.target in nodes and e.weight >= min_weight
             and in_range(e.start, e.end)]
    if drop_isolated:
        used = {e.source for e in edges} | {e.target for e in edges}
        nodes = {k: n for k, n in nodes.items() if k in used}
    return Projection(p.view, nodes, edges, p.details, p.documents, context=p.context or p.nodes)


def to_networkx(p: Projection) -> Any:
    """The projection as a networkx multigraph (directed for the full view) with flat attributes.

    Nodes and edges are added in sorted order so that writers that follow insertion order
    (GraphML) produce the same file for the same graph.
    """
    import networkx as nx

    graph: Any = nx.MultiDiGraph() if p.view == "full" else nx.MultiGraph()
    graph.graph["view"] = p.view
    for node in p.sorted_nodes():
        graph.add_node(node.id, **node.attributes())
    for edge in p.sorted_edges():
        graph.add_edge(edge.source, edge.target, key=edge.key, id=edge.id, **edge.attributes())
    return graph
