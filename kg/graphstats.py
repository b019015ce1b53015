"""`kg stats`: how big a graph is and who is most connected in it, by SPARQL alone.

Every figure is one SPARQL query, so it works the same on a store folder, RDF files and a
remote endpoint, and on a store costs index lookups rather than a copy into Python. The
IRIs come from `kg.namespace` only.

Counted: documents (neg:Document), quads (triples in all named graphs), corpus actors
(neg:CorpusActor, one per real-world actor) and their mentions in documents, meetings,
proposals, responses and statements as the documents report them, and the corpus meetings
and proposals (one per real-world event). An actor's *degree* is the number of distinct
reported events (meetings, proposals, responses, statements) in which one of its mentions
takes part (as participant, proposer, respondent or speaker).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.namespace import NEG

if TYPE_CHECKING:
    from kg.sparql import GraphSource

#: label -> class whose instances are counted
COUNTED = {
    "documents": NEG.Document,
    "actors": NEG.CorpusActor,
    "meetings": NEG.Meeting,
    "corpus meetings": NEG.CorpusMeeting,
    "proposals": NEG.Proposal,
    "corpus proposals": NEG.CorpusProposal,
    "responses": NEG.Response,
    "statements": NEG.Statement,
}
ROLES = (NEG.participant, NEG.proposer, NEG.respondent, NEG.speaker)
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@dataclass
class TopActor:
    """One corpus actor and its degree."""

    iri: str
    name: str
    category: str
    degree: int


@dataclass
class Stats:
    """The figures of `kg stats` (see the module docstring for what each counts)."""

    counts: dict[str, int] = field(default_factory=dict)
    top_actors: list[TopActor] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"counts": self.counts, "top_actors": [vars(a) for a in self.top_actors]}


def _count(source: GraphSource, query: str) -> int:
    rows = source.select(query)
    return int(rows[0]["n"]) if rows and rows[0].get("n") not in (None, "") else 0


def _counts(source: GraphSource) -> dict[str, int]:
    counts = {label: _count(source, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}")
              for label, cls in COUNTED.items()}
    counts["actor mentions"] = _count(source, f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ "
                                              f"?m <{NEG.mentionOf}> ?a . ?a a <{NEG.CorpusActor}> }}")
    counts["triples"] = _count(source, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return counts


def top_actors_query(limit: int) -> str:
    roles = " ".join(f"<{r}>" for r in ROLES)
    return f"""SELECT ?actor (SAMPLE(?label) AS ?name) (SAMPLE(?cat) AS ?category)
       (COUNT(DISTINCT ?event) AS ?degree) WHERE {{
  ?actor a <{NEG.CorpusActor}> .
  ?mention <{NEG.mentionOf}> ?actor .
  ?event ?role ?mention . VALUES ?role {{ {roles} }}
  OPTIONAL {{ ?actor <{NEG.name}> ?label }}
  OPTIONAL {{ ?actor <{NEG.category}> ?cat }}
}} GROUP BY ?actor ORDER BY DESC(?degree) ?actor LIMIT {int(limit)}"""


def graph_stats(source: GraphSource, top: int = 10) -> Stats:
    """Counts and the `top` actors by degree of the graph behind `source`."""
    stats = Stats(counts=_counts(source))
    if top > 0:
        for row in source.select(top_actors_query(top)):
            stats.top_actors.append(TopActor(row["actor"], row.get("name") or "", row.get("category") or "",
                                             int(row["degree"])))
    return stats


__all__ = ["Stats", "TopActor", "graph_stats", "top_actors_query"]
