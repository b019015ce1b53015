"""What a store remembers about its builds, so that re-running a build does only what changed.

Every document graph `kg build` writes carries, on its neg:Document node, a *stamp*: the
SHA-256 of the input it was built from (`neg:contentHash`), the pipeline
(`neg:extractedWith`, written by the mapping) and the kg version (`neg:kgVersion`). The
stamp is part of the document's own named graph, so it is written in the same transaction
as the rest of the graph: a document is in the store with its stamp or not at all, and a
build killed at any point leaves only whole documents behind. A re-run skips a document
whose stamp matches and builds the others.

The corpus consolidation is recomputed once at the end of a build; until then the store
holds the `PENDING_GRAPH` flag, written before the first document. A build interrupted in
between leaves the flag, and the next run recomputes the consolidation even when every
document is unchanged.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef

from kg import iri
from kg.namespace import NEG, PENDING_GRAPH

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.document import Document

PENDING = URIRef(PENDING_GRAPH)


@dataclass(frozen=True)
class Stamp:
    """What a document graph was built from."""

    content_hash: str
    model: str
    version: str


def content_prefix(doc: Document) -> Any:
    """The SHA-256 state after the fields of `doc` (everything of it that reaches its graph).

    A streaming build keeps this small object per document instead of the text: the
    syndication context that completes the hash is known only after every input was read
    (`finish_hash`). Hashing the prefix and then the context gives the same digest as one
    `content_hash` call, so stores built either way carry the same stamps."""
    fields = [doc.id, doc.text, doc.date.isoformat() if doc.date else None, doc.lang, doc.title,
              doc.url, doc.site, doc.author]
    prefix = json.dumps(fields, ensure_ascii=False)[:-1] + ", "  # the list, open for the context
    return hashlib.sha256(prefix.encode("utf-8"))


def finish_hash(prefix: Any, *context: object) -> str:
    """The content hash from a `content_prefix` and the context (left unchanged for reuse)."""
    digest = prefix.copy()
    digest.update((json.dumps([str(c) for c in context], ensure_ascii=False) + "]").encode("utf-8"))
    return str(digest.hexdigest())


def content_hash(doc: Document, *context: object) -> str:
    """SHA-256 over everything of `doc` that reaches its graph, plus `context` (the syndication
    group it is in, whether it was linked): a change of any of them rebuilds the document.
    The file it came from (`source`) is left out, so moving a corpus does not rebuild it.
    (The JSON list [id, text, date, lang, title, url, site, author, [context...]], hashed in
    two steps, see `content_prefix`.)"""
    return finish_hash(content_prefix(doc), *context)


def model_key(model: str | None) -> str:
    """The pipeline's "name version" as the mapping writes it (`neg:extractedWith`), read from
    its meta.json without loading it, so that a build with nothing to do loads no model."""
    from importlib import resources

    folder = Path(model) if model is not None else Path(str(resources.files("kg") / "models" / "de_kg_news"))
    meta_file = folder / "meta.json"
    if not meta_file.is_file():
        return str(model)  # an installed package name: compared as given
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    name, lang = str(meta.get("name") or "pipeline"), str(meta.get("lang") or "de")
    if not name.startswith(lang + "_"):
        name = f"{lang}_{name}"
    return f"{name} {meta['version']}" if meta.get("version") else name


def stamp_lines(doc_id: str, stamp: Stamp) -> list[str]:
    """The stamp's triples (hash and kg version; the model is in the mapping) as N-Triples lines."""
    from kg.rdf.serialize import _nt_lines

    g = Graph()
    node = iri.doc_iri(doc_id)
    g.add((node, NEG.contentHash, Literal(stamp.content_hash)))
    g.add((node, NEG.kgVersion, Literal(stamp.version)))
    return _nt_lines(g)


def stored_stamps(store: ox.Store) -> dict[str, Stamp]:
    """The stamp of every complete document graph in the store, by document id."""
    query = (f"SELECT ?g ?h ?m ?v WHERE {{ GRAPH ?g {{ ?d <{NEG.contentHash}> ?h ; "
             f"<{NEG.kgVersion}> ?v ; <{NEG.extractedWith}> ?m }} }}")
    stamps = {}
    for row in store.query(query):  # type: ignore[union-attr]
        doc_id = iri.doc_id_from_graph(row["g"].value)
        if doc_id is not None:
            stamps[doc_id] = Stamp(row["h"].value, row["m"].value, row["v"].value)
    return stamps


def is_pending(store: ox.Store) -> bool:
    """Whether an earlier build stopped before recomputing the corpus consolidation."""
    import pyoxigraph as ox

    return any(g == ox.NamedNode(PENDING_GRAPH) for g in store.named_graphs())


__all__ = ["PENDING", "Stamp", "content_hash", "content_prefix", "finish_hash", "is_pending", "model_key",
           "stamp_lines", "stored_stamps"]
