"""Plain domain records: what the extractor found, independent of spaCy and of RDF.

The extractor (`kg.extract`) produces an `Extraction` per document; the RDF mapping
(`kg.rdf.mapping`) turns it into triples. Records refer to each other by `key` (a stable,
normalised identifier unique within the document), never by Python identity, so that the
mapping can mint deterministic IRIs from them. Every record carries the `Evidence` that
supports it: the sentence and the character offsets in the document text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kg.document import Document

Category = Literal["Person", "Organisation", "Country", "Place"]
MeetingStatus = Literal["held", "planned", "ongoing"]
Stance = Literal["accept", "reject", "criticise", "consider"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Evidence:
    """Where in the document an assertion comes from.

    `start`/`end` are character offsets of the span that triggered the assertion (a name, a
    cue word, a quote) in `Document.text`; `sentence_start`/`sentence_end` delimit the
    sentence, whose text is `sentence`.
    """

    sentence: str
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    method: str  # e.g. "ner", "rule:meeting-noun", "rule:quote"
    confidence: float = 1.0


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TimeValue:
    """A time expression as written and, when the article date allows, resolved.

    `value` is ISO 8601 with the given precision ("2025-12-02", "2025-12", "2025"); it is
    None when the expression cannot be resolved (e.g. "am Dienstag" in an undated article).
    """

    expression: str
    value: str | None = None
    precision: Precision | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Actor:
    """A person, organisation, country or place: one record per real-world entity per document."""

    key: str
    name: str  # the fullest form in the text
    category: Category
    kind: str | None = None  # finer type: government, delegation, alliance, media, group, city, region ...
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "US-Präsident", "Kreml-Sprecher"
    affiliations: list[str] = field(default_factory=list)  # keys of other actors
    stands_for: str | None = None  # key of the state a capital/seat of power stands for
    evidence: list[Evidence] = field(default_factory=list)
    wikidata: str | None = None  # QID, filled by the linker
    link_score: float | None = None
    link_method: str | None = None


@dataclass
class Meeting:
    key: str
    kind: str  # meeting, talks, phone call, summit, visit, negotiation
    label: str  # a short readable description
    participants: list[str] = field(default_factory=list)  # actor keys
    location: str | None = None  # actor key (a Place or Country)
    time: TimeValue | None = None
    status: MeetingStatus = "held"
    duration: str | None = None
    outcome: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class ProposalEvent:
    """Something that happened to a proposal: leaked, presented, revised."""

    kind: str
    time: TimeValue | None = None
    evidence: Evidence | None = None


@dataclass
class Proposal:
    key: str
    kind: str  # proposal, plan, draft, counter-proposal, framework, offer, demand, condition
    label: str
    proposer: str | None = None  # actor key
    points: list[str] = field(default_factory=list)
    number_of_points: int | None = None
    events: list[ProposalEvent] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Response:
    key: str
    proposal: str  # proposal key
    actor: str  # actor key
    stance: Stance
    time: TimeValue | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statement:
    key: str
    speaker: str | None  # actor key; None when no speaker could be found
    quote: str
    direct: bool = True  # a quotation in quotation marks, or reported speech
    time: TimeValue | None = None
    about: list[str] = field(default_factory=list)  # actor/proposal keys the statement is about
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    model: str | None = None  # name and version of the pipeline that produced it

    def actor(self, key: str) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)
