"""The stories of a build in the graph: which documents carry the same story.

Each member of a group gets, in its own named graph, `neg:story` to the story node and
(for all but the original) `neg:copyOf` the original document. The triples live in the
documents' graphs so that replacing or removing a document in the store takes its share
along. The story is named after its original document (`…/id/story/<original id>`), so a
rebuild names it the same way.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import RDF, Graph, URIRef

from kg.ingest.stories import Story
from kg.iri import doc_iri, segment
from kg.namespace import NEG, RESOURCE_BASE


def story_iri(original: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}story/{segment(original)}")


def add_stories(graphs: Mapping[str, Graph], stories: list[Story]) -> None:
    """Record the groups in the documents' graphs (documents not in `graphs` are skipped)."""
    for story in stories:
        node = story_iri(story.original)
        for doc_id in (story.original, *story.copies):
            graph = graphs.get(doc_id)
            if graph is None:
                continue
            graph.add((node, RDF.type, NEG.Story))
            graph.add((doc_iri(doc_id), NEG.story, node))
            if doc_id != story.original:
                graph.add((doc_iri(doc_id), NEG.copyOf, doc_iri(story.original)))
