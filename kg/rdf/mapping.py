"""From an `Extraction` (plain records) to the RDF content of one document's named graph.

The mapping is a pure function of the records: no counters, no set iteration order, no
blank nodes. Every node gets an IRI minted by `kg.iri`, so the same extraction always
gives the same triples, and the graph can be replaced in a store as a unit. Records refer
to each other by key; a key that names no record is a bug in the extractor, which is
logged and the link dropped, rather than minting an IRI for a node that has no type.

What the graph holds (see ontology/README.md for a diagram):
- the neg:Document with id, date, title, url, language, site name and byline;
- actors typed by category (and by kind for organisations), with name, mentions, roles,
  affiliations, metonymy (neg:standsFor) and the Wikidata link (owl:sameAs, schema:sameAs);
- meetings, proposals (with their events), responses and statements;
- neg:TimeExpression nodes for times, resolved to an xsd:date where the day is known;
- neg:Evidence nodes (sentence, offsets, method, confidence) behind every assertion.
Every main node also carries neg:inDocument, so queries reach the document id in one hop.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO

from kg import iri
from kg.namespace import NEG
from kg.records import Evidence, Extraction, TimeValue

log = logging.getLogger(__name__)

CATEGORY_CLASS = {
    "Person": NEG.Person,
    "Organisation": NEG.Organisation,
    "Country": NEG.Country,
    "Place": NEG.Place,
}
#: finer classes for organisations, by Actor.kind
KIND_CLASS = {
    "government": NEG.Government,
    "delegation": NEG.Delegation,
    "alliance": NEG.Alliance,
    "media": NEG.MediaOrganisation,
    "group": NEG.Group,
}
STATUS = {"held": NEG.held, "planned": NEG.planned, "ongoing": NEG.ongoing}
STANCE = {"accept": NEG.accept, "reject": NEG.reject, "criticise": NEG.criticise, "consider": NEG.consider}
DEMAND_KINDS = {"demand", "condition"}

_LANG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_YEAR = re.compile(r"^\d{4}$")


def decimal(value: float) -> Literal:
    """A score as xsd:decimal with at most 4 places, in canonical form ("0.9", "1").

    Canonical lexical forms matter: oxigraph canonicalises literals when storing them, so
    anything else would read back differently from what `kg build --out` wrote.
    """
    text = format(Decimal(f"{float(value):.4f}").normalize(), "f")
    return Literal(text, datatype=XSD.decimal)


def count(value: int) -> Literal:
    """An offset or count as xsd:integer (oxigraph stores xsd:nonNegativeInteger as xsd:integer)."""
    return Literal(str(int(value)), datatype=XSD.integer)


def bind_prefixes(graph: Graph) -> Graph:
    """The prefixes Turtle/TriG output uses; fixed so that output does not depend on rdflib defaults."""
    graph.bind("neg", str(NEG), replace=True)
    graph.bind("rdf", str(RDF), replace=True)
    graph.bind("rdfs", str(RDFS), replace=True)
    graph.bind("owl", str(OWL), replace=True)
    graph.bind("xsd", str(XSD), replace=True)
    graph.bind("dcterms", str(DCTERMS), replace=True)
    graph.bind("schema", str(SDO), replace=True)
    graph.bind("wd", iri.WIKIDATA_ENTITY, replace=True)
    graph.bind("kgid", iri.RESOURCE_BASE, replace=True)
    return graph


class _KeyIris:
    """Key -> IRI for one kind of record, keeping distinct keys apart.

    Two keys that differ only in case or punctuation ("A.B" and "AB") slug to the same IRI;
    both then get a hash of the key appended, so neither depends on the order they came in.
    """

    def __init__(self, keys: Iterable[str], mint):  # mint: (key) -> URIRef
        keys = list(dict.fromkeys(keys))
        minted = {k: mint(k) for k in keys}
        by_iri: dict[URIRef, list[str]] = {}
        for k, u in minted.items():
            by_iri.setdefault(u, []).append(k)
        self.map: dict[str, URIRef] = {}
        for u, ks in by_iri.items():
            for k in ks:
                self.map[k] = u if len(ks) == 1 else URIRef(f"{u}-{iri.digest(k, length=8)}")

    def get(self, key: str | None) -> URIRef | None:
        return None if key is None else self.map.get(key)


class _Triples:
    """The triples of one document, de-duplicated, in the order first added: what the mapping
    writes into, without the indexes an rdflib Graph keeps on every add (a third of the
    mapping's time); `extraction_to_graph` and `extraction_to_lines` make the output."""

    def __init__(self) -> None:
        self.triples: dict[tuple[URIRef, URIRef, URIRef | Literal], None] = {}

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> None:
        self.triples[triple] = None


class _Mapper:
    def __init__(self, extraction: Extraction):
        self.x = extraction
        self.doc = extraction.document
        self.doc_id = self.doc.id
        self.lang = self.doc.lang if self.doc.lang and _LANG.match(self.doc.lang) else None
        self.g = _Triples()
        self.doc_node = iri.doc_iri(self.doc_id)
        d = self.doc_id
        self.actors = _KeyIris((a.key for a in extraction.actors), lambda k: iri.actor_iri(d, k))
        self.meetings = _KeyIris((m.key for m in extraction.meetings), lambda k: iri.meeting_iri(d, k))
        self.proposals = _KeyIris((p.key for p in extraction.proposals), lambda k: iri.proposal_iri(d, k))
        self.responses = _KeyIris((r.key for r in extraction.responses), lambda k: iri.response_iri(d, k))
        self.statements = _KeyIris((s.key for s in extraction.statements), lambda k: iri.statement_iri(d, k))

    # -- small helpers -----------------------------------------------------------------
    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal | None) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def text(self, value: str | None) -> Literal | None:
        """Text in the article's language (labels, sentences, quotes)."""
        if value is None or not value.strip():
            return None
        return Literal(value, lang=self.lang) if self.lang else Literal(value)

    def string(self, value: str | None) -> Literal | None:
        if value is None or not str(value).strip():
            return None
        return Literal(str(value))

    def ref(self, table: _KeyIris, key: str | None, what: str, owner: str) -> URIRef | None:
        node = table.get(key)
        if key is not None and node is None:
            log.warning("%s: %s refers to unknown %s %r; link dropped", self.doc_id, owner, what, key)
        return node

    def evidence(self, node: URIRef, items: Iterable[Evidence | None]) -> None:
        for ev in items:
            if ev is None:
                continue
            e = iri.evidence_iri(self.doc_id, ev.sentence_start, ev.sentence_end, ev.start, ev.end,
                                 ev.method, ev.confidence)
            self.g.add((node, NEG.evidence, e))
            self.g.add((e, RDF.type, NEG.Evidence))
            self.g.add((e, NEG.inDocument, self.doc_node))
            self.add(e, NEG.sentence, self.text(ev.sentence))
            self.g.add((e, NEG.sentenceStart, count(ev.sentence_start)))
            self.g.add((e, NEG.sentenceEnd, count(ev.sentence_end)))
            self.g.add((e, NEG.beginIndex, count(ev.start)))
            self.g.add((e, NEG.endIndex, count(ev.end)))
            self.g.add((e, NEG.extractionMethod, Literal(ev.method)))
            self.g.add((e, NEG.confidence, decimal(ev.confidence)))

    def time(self, node: URIRef, tv: TimeValue | None) -> None:
        if tv is None or not (tv.expression or tv.value):
            return
        t = iri.time_iri(self.doc_id, tv.expression, tv.value, tv.precision, tv.start, tv.end)
        self.g.add((node, NEG.time, t))
        self.g.add((t, RDF.type, NEG.TimeExpression))
        self.add(t, NEG.expression, self.string(tv.expression))
        resolved = _resolved(tv)
        if resolved is not None:
            precision, literal = resolved
            self.g.add((t, NEG.precision, Literal(precision)))
            self.g.add((t, NEG.resolvedValue, literal))
            if precision == "day":
                self.g.add((t, NEG.resolvedDate, literal))
        elif tv.value:
            log.warning("%s: time value %r (precision %r) is not ISO 8601; kept unresolved",
                        self.doc_id, tv.value, tv.precision)

    def common(self, node: URIRef, cls: URIRef) -> None:
        self.g.add((node, RDF.type, cls))
        self.g.add((node, NEG.inDocument, self.doc_node))

    # -- the records ---------------------------------------------------------------------
    def document(self) -> None:
        doc, n = self.doc, self.doc_node
        self.g.add((n, RDF.type, NEG.Document))
        self.g.add((n, NEG.documentId, Literal(doc.id)))
        self.add(n, RDFS.label, Literal(doc.title or doc.id))
        if doc.date is not None:
            self.g.add((n, DCTERMS.date, Literal(doc.date.isoformat(), datatype=XSD.date)))
        self.add(n, DCTERMS.title, self.text(doc.title))
        if doc.url:
            self.g.add((n, SDO.url, Literal(doc.url, datatype=XSD.anyURI)))
        if self.lang:
            self.g.add((n, DCTERMS.language, Literal(self.lang, datatype=XSD.language)))
        self.add(n, NEG.siteName, self.string(doc.site))
        self.add(n, NEG.byline, self.string(doc.author))
        self.add(n, NEG.extractedWith, self.string(self.x.model))

    def actor_records(self) -> None:
        for a in self.x.actors:
            node = self.actors.map[a.key]
            cls = CATEGORY_CLASS.get(a.category)
            if cls is None:
                raise ValueError(f"{self.doc_id}: actor {a.key!r} has unknown category {a.category!r}")
            self.common(node, NEG.Actor)
            self.g.add((node, RDF.type, cls))
            if a.category == "Organisation" and a.kind in KIND_CLASS:
                self.g.add((node, RDF.type, KIND_CLASS[a.kind]))
            self.g.add((node, NEG.category, Literal(a.category)))
            self.add(node, NEG.name, self.string(a.name))
            self.add(node, RDFS.label, self.string(a.name))
            self.add(node, NEG.kind, self.string(a.kind))
            for m in a.mentions:
                self.add(node, NEG.mention, self.string(m.text))
            for role in a.roles:
                if not role.strip():
                    continue
                r = iri.role_iri(self.doc_id, role)
                self.g.add((node, NEG.holdsRole, r))
                self.g.add((r, RDF.type, NEG.Role))
                self.g.add((r, NEG.roleLabel, self.text(role)))
                self.g.add((r, RDFS.label, self.text(role)))
            for key in a.affiliations:
                self.add(node, NEG.affiliatedWith, self.ref(self.actors, key, "actor", f"actor {a.key!r}"))
            self.add(node, NEG.standsFor, self.ref(self.actors, a.stands_for, "actor", f"actor {a.key!r}"))
            if a.wikidata:
                wd = iri.wikidata_iri(a.wikidata)
                if wd is None:
                    log.warning("%s: actor %r has an invalid Wikidata id %r; link dropped",
                                self.doc_id, a.key, a.wikidata)
                else:
                    self.g.add((node, OWL.sameAs, wd))
                    self.g.add((node, SDO.sameAs, wd))
                    if a.link_score is not None:
                        self.g.add((node, NEG.linkScore, decimal(a.link_score)))
                    self.add(node, NEG.linkMethod, self.string(a.link_method))
            self.evidence(node, a.evidence)

    def meeting_records(self) -> None:
        for m in self.x.meetings:
            node = self.meetings.map[m.key]
            status = STATUS.get(m.status)
            if status is None:
                raise ValueError(f"{self.doc_id}: meeting {m.key!r} has unknown status {m.status!r}")
            self.common(node, NEG.Meeting)
            self.add(node, NEG.meetingType, self.string(m.kind))
            self.add(node, RDFS.label, self.text(m.label))
            self.g.add((node, NEG.status, status))
            owner = f"meeting {m.key!r}"
            for key in m.participants:
                self.add(node, NEG.participant, self.ref(self.actors, key, "actor", owner))
            self.add(node, NEG.location, self.ref(self.actors, m.location, "actor", owner))
            self.time(node, m.time)
            self.add(node, NEG.duration, self.string(m.duration))
            self.add(node, NEG.outcome, self.text(m.outcome))
            self.evidence(node, m.evidence)

    def proposal_records(self) -> None:
        for p in self.x.proposals:
            node = self.proposals.map[p.key]
            self.common(node, NEG.Proposal)
            if p.kind in DEMAND_KINDS:
                self.g.add((node, RDF.type, NEG.Demand))
            self.add(node, NEG.proposalType, self.string(p.kind))
            self.add(node, RDFS.label, self.text(p.label))
            self.add(node, NEG.proposer, self.ref(self.actors, p.proposer, "actor", f"proposal {p.key!r}"))
            for point in p.points:
                self.add(node, NEG.contentPoint, self.text(point))
            if p.number_of_points is not None and p.number_of_points >= 0:
                self.g.add((node, NEG.numberOfPoints, count(p.number_of_points)))
            for ev in p.events:
                t = ev.time
                e = iri.proposal_event_iri(
                    node, ev.kind,
                    (t.expression, t.value, t.precision, t.start, t.end) if t else None,
                    (ev.evidence.start, ev.evidence.end, ev.evidence.method) if ev.evidence else None,
                )
                self.g.add((node, NEG.hasEvent, e))
                self.common(e, NEG.ProposalEvent)
                self.add(e, NEG.eventType, self.string(ev.kind))
                self.time(e, ev.time)
                self.evidence(e, [ev.evidence])
            self.evidence(node, p.evidence)

    def response_records(self) -> None:
        for r in self.x.responses:
            node = self.responses.map[r.key]
            stance = STANCE.get(r.stance)
            if stance is None:
                raise ValueError(f"{self.doc_id}: response {r.key!r} has unknown stance {r.stance!r}")
            owner = f"response {r.key!r}"
            proposal = self.ref(self.proposals, r.proposal, "proposal", owner)
            actor = self.ref(self.actors, r.actor, "actor", owner)
            if proposal is None or actor is None:
                continue  # a response needs both ends; the warning says which is missing
            self.common(node, NEG.Response)
            self.g.add((node, NEG.respondsTo, proposal))
            self.g.add((node, NEG.respondent, actor))
            self.g.add((node, NEG.stance, stance))
            self.time(node, r.time)
            self.evidence(node, r.evidence)

    def statement_records(self) -> None:
        for s in self.x.statements:
            if self.text(s.quote) is None:  # the shapes require a quote: no statement without one
                log.warning("%s: statement %r has an empty quote; dropped", self.doc_id, s.key)
                continue
            node = self.statements.map[s.key]
            self.common(node, NEG.Statement)
            owner = f"statement {s.key!r}"
            self.add(node, NEG.speaker, self.ref(self.actors, s.speaker, "actor", owner))
            self.add(node, NEG.quote, self.text(s.quote))
            self.g.add((node, NEG.isDirectQuote, Literal(bool(s.direct))))
            self.time(node, s.time)
            for key in s.about:
                target = self.actors.get(key) or self.proposals.get(key)
                if target is None:
                    log.warning("%s: %s is about unknown %r; link dropped", self.doc_id, owner, key)
                self.add(node, NEG.about, target)
            self.evidence(node, s.evidence)


def _resolved(tv: TimeValue) -> tuple[str, Literal] | None:
    """(precision, typed literal) for a well-formed resolved value, else None."""
    value = (tv.value or "").strip()
    if not value:
        return None
    precision = tv.precision or {10: "day", 7: "month", 4: "year"}.get(len(value))
    try:
        if precision == "day":
            return "day", Literal(dt.date.fromisoformat(value[:10]).isoformat(), datatype=XSD.date)
        if precision == "month" and _MONTH.match(value[:7]):
            return "month", Literal(value[:7], datatype=XSD.gYearMonth)
        if precision == "year" and _YEAR.match(value[:4]):
            return "year", Literal(value[:4], datatype=XSD.gYear)
    except ValueError:
        return None
    return None


def _mapped(extraction: Extraction) -> Iterable[tuple[URIRef, URIRef, URIRef | Literal]]:
    m = _Mapper(extraction)
    m.document()
    m.actor_records()
    m.meeting_records()
    m.proposal_records()
    m.response_records()
    m.statement_records()
    return m.g.triples


def extraction_to_graph(extraction: Extraction) -> Graph:
    """The triples of one document: the content of its named graph `kg.iri.graph_iri(doc.id)`."""
    g = bind_prefixes(Graph())
    for triple in _mapped(extraction):
        g.add(triple)
    return g


def extraction_to_lines(extraction: Extraction) -> list[str]:
    """The triples of one document as N-Triples lines: the lines `kg.rdf.serialize._nt_lines`
    gives for `extraction_to_graph(extraction)` (rdflib's own row writer), in the order the
    mapping added them rather than rdflib's store order, without building and indexing the
    rdflib Graph. What `kg build` writes (it sorts each document's lines)."""
    from rdflib.plugins.serializers.nt import _nt_row

    text = "".join(_nt_row(t) for t in _mapped(extraction)).encode("utf-8").decode("utf-8")
    return [line for line in text.split("\n") if line.strip()]
