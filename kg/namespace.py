"""The IRIs of kg's ontology and of the resources it mints.

This module is the only place in the code that spells ontology IRIs; the terms themselves
are defined (with labels, comments and alignments) in `ontology/negotiation.ttl`, and a test
checks that every term used here is declared there.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-negotiation/ontology"
ONTOLOGY_VERSION = "0.1.0"
#: base of the IRIs minted for documents, actors, meetings ... (see kg.iri)
RESOURCE_BASE = "https://w3id.org/kg-negotiation/id/"
#: base of the named graphs, one per document
GRAPH_BASE = "https://w3id.org/kg-negotiation/graph/"
#: the named graph that holds facts pulled from Wikidata (kg link --enrich)
WIKIDATA_GRAPH = GRAPH_BASE + "wikidata"
#: the named graph of the corpus consolidation (kg.consolidate): corpus-level actors, meetings
#: and proposals and the links from every document's mentions to them. Its IRI has a "/" after
#: the base, which no document graph can have (document ids are percent-encoded).
CORPUS_GRAPH = GRAPH_BASE + "corpus/consolidation"
#: a named graph that exists only while a build has written documents but not yet recomputed
#: the corpus consolidation (kg.buildstate): an interrupted build leaves it, the next run sees it
PENDING_GRAPH = GRAPH_BASE + "build/pending"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"


class NEG(DefinedNamespace):
    """kg's negotiation ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes: actors
    Actor: object
    Person: object
    Organisation: object
    Country: object
    Government: object
    Delegation: object
    Alliance: object
    MediaOrganisation: object
    Group: object
    Place: object
    Role: object
    # classes: events and content
    Meeting: object
    Proposal: object
    Demand: object
    ProposalEvent: object
    Response: object
    Statement: object
    Document: object
    Evidence: object
    TimeExpression: object
    # controlled values
    MeetingStatus: object
    held: object
    planned: object
    ongoing: object
    Stance: object
    accept: object
    reject: object
    criticise: object
    consider: object
    # actor properties
    name: object
    category: object
    kind: object
    holdsRole: object
    roleLabel: object
    affiliatedWith: object
    standsFor: object
    mention: object
    # meeting properties
    participant: object
    location: object
    time: object
    status: object
    duration: object
    outcome: object
    meetingType: object
    # proposal / response / statement properties
    proposer: object
    contentPoint: object
    numberOfPoints: object
    proposalType: object
    hasEvent: object
    eventType: object
    respondsTo: object
    respondent: object
    stance: object
    speaker: object
    quote: object
    isDirectQuote: object
    about: object
    # time
    expression: object
    resolvedDate: object
    resolvedValue: object
    precision: object
    # provenance
    inDocument: object
    evidence: object
    sentence: object
    sentenceStart: object
    sentenceEnd: object
    beginIndex: object
    endIndex: object
    extractionMethod: object
    confidence: object
    documentId: object
    linkScore: object
    linkMethod: object
    # added by the graph side: which pipeline produced a document's assertions
    extractedWith: object
    # added by kg build: what a store remembers to skip unchanged documents (kg.buildstate)
    contentHash: object
    kgVersion: object
    # corpus level (kg.consolidate): one node per real-world actor, meeting, proposal
    CorpusActor: object
    CorpusMeeting: object
    CorpusProposal: object
    mentionOf: object
    alias: object
    identityKey: object
    # web sources and syndicated copies (kg.ingest)
    Story: object
    story: object
    copyOf: object
    siteName: object
    byline: object
