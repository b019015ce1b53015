"""Linking the actors of an existing graph (a store or RDF files) to Wikidata, in place.

The graph is read through SPARQL (`kg.sparql`), so the linker sees exactly what queries see:
each actor's name, category, kind, mentions, role labels, affiliations, the capital-for-
state relation and the document date. The links (owl:sameAs and schema:sameAs to the
Wikidata entity, neg:linkScore, neg:linkMethod) are written into the named graph of the
actor's document, replacing earlier links of the same actors, so linking again is
idempotent. A store is updated in one transaction (`Store.replace_graphs`); files are
rewritten to `out` atomically. With `enrich` the Wikidata statements go into the separate
graph `kg.namespace.WIKIDATA_GRAPH` (added to what a store already holds there). The corpus
consolidation (`kg.consolidate`) is recomputed with the new links and written with them.
Used by `kg.link` (the Python API) and so by `kg link`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from kg.link.apply import LinkReport, link_extractions
from kg.link.options import LinkOptions
from kg.namespace import ONTOLOGY_IRI

ACTORS_QUERY = f"PREFIX neg: <{ONTOLOGY_IRI}#>\n" + """PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?g ?doc ?date ?entity ?name ?category ?kind ?mention ?role ?affiliation ?standsFor WHERE {
  GRAPH ?g {
    ?entity a neg:Actor ; neg:name ?name ; neg:category ?category ; neg:inDocument ?d .
    ?d neg:documentId ?doc .
    OPTIONAL { ?d dcterms:date ?date }
    OPTIONAL { ?entity neg:kind ?kind }
    OPTIONAL { ?entity neg:mention ?mention }
    OPTIONAL { ?entity neg:holdsRole/neg:roleLabel ?role }
    OPTIONAL { ?entity neg:affiliatedWith ?affiliation }
    OPTIONAL { ?entity neg:standsFor ?standsFor }
  }
}"""

# the same, for files without named graphs (kg build --out graph.ttl)
ACTORS_QUERY_DEFAULT = ACTORS_QUERY.replace("GRAPH ?g {", "{")


def read_extractions(source, *, named_graphs: bool = True):  # -> (extractions, graph of each actor)
    """Actors of a graph as `Extraction`s (one per document), keyed by their IRIs."""
    import datetime as dt

    from rdflib import URIRef

    from kg.document import Document
    from kg.records import Actor, Extraction, Mention

    rows = source.select_terms(ACTORS_QUERY if named_graphs else ACTORS_QUERY_DEFAULT)
    docs: dict[str, Extraction] = {}
    actors: dict[tuple[str, str], Actor] = {}
    where: dict[str, URIRef | None] = {}
    for row in rows:
        doc_id = str(row["doc"])
        ex = docs.get(doc_id)
        if ex is None:
            date = None
            if "date" in row:
                try:
                    date = dt.date.fromisoformat(str(row["date"])[:10])
                except ValueError:
                    date = None
            ex = docs[doc_id] = Extraction(document=Document(id=doc_id, text="", date=date))
        key = str(row["entity"])
        actor = actors.get((doc_id, key))
        if actor is None:
            actor = Actor(key=key, name=str(row["name"]), category=str(row["category"]))  # type: ignore[arg-type]
            actors[(doc_id, key)] = actor
            ex.actors.append(actor)
            where[key] = row.get("g")  # type: ignore[assignment]
        if "kind" in row and actor.kind is None:
            actor.kind = str(row["kind"])
        if "mention" in row and str(row["mention"]) not in {m.text for m in actor.mentions}:
            actor.mentions.append(Mention(str(row["mention"]), 0, 0))
        if "role" in row and str(row["role"]) not in actor.roles:
            actor.roles.append(str(row["role"]))
        if "affiliation" in row and str(row["affiliation"]) not in actor.affiliations:
            actor.affiliations.append(str(row["affiliation"]))
        if "standsFor" in row:
            actor.stands_for = str(row["standsFor"])
    for ex in docs.values():  # deterministic order: the query gives none
        ex.actors.sort(key=lambda a: a.key)
        for a in ex.actors:
            a.mentions.sort(key=lambda m: m.text)
            a.roles.sort()
            a.affiliations.sort()
    return [docs[d] for d in sorted(docs)], where


def apply_links(graphs, extractions, where) -> int:
    """Replace the link triples of every actor in its graph; returns the number of links."""
    from rdflib import OWL, Literal, URIRef

    from kg.iri import wikidata_iri
    from kg.namespace import NEG
    from kg.rdf.mapping import decimal

    schema_same_as = URIRef("https://schema.org/sameAs")
    n = 0
    for ex in extractions:
        for actor in ex.actors:
            g = graphs[where[actor.key]]
            node = URIRef(actor.key)
            for p in (OWL.sameAs, schema_same_as, NEG.linkScore, NEG.linkMethod):
                for o in list(g.objects(node, p)):
                    if p in (OWL.sameAs, schema_same_as) and not str(o).startswith("http://www.wikidata.org/"):
                        continue  # keep sameAs links to elsewhere
                    g.remove((node, p, o))
            if not actor.wikidata:
                continue
            wd = wikidata_iri(actor.wikidata)
            if wd is None:
                continue
            g.add((node, OWL.sameAs, wd))
            g.add((node, schema_same_as, wd))
            if actor.link_score is not None:
                g.add((node, NEG.linkScore, decimal(actor.link_score)))
            if actor.link_method:
                g.add((node, NEG.linkMethod, Literal(actor.link_method)))
            n += 1
    return n


def _reconsolidated(graphs, store) -> dict:
    """The corpus graph recomputed with the new links (a link found in one document moves
    every mention of that name to the Wikidata-keyed corpus node)."""
    from kg.consolidate import CORPUS, corpus_graph
    from kg.iri import doc_id_from_graph

    docs = {d: g for name, g in graphs.items() if name is not None and (d := doc_id_from_graph(str(name)))}
    return {CORPUS: corpus_graph(docs, store)}


def _graphs_of(store) -> dict:
    """Every graph of a pyoxigraph store as rdflib Graphs; the default graph under None."""
    import pyoxigraph as ox
    from rdflib import Graph, URIRef

    graphs: dict[URIRef | None, Graph] = {}
    by_name: dict[object, list] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        name = None if isinstance(q.graph_name, ox.DefaultGraph) else URIRef(q.graph_name.value)
        by_name.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    for name, triples in by_name.items():
        g = Graph()
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        if data:
            g.parse(data=data.decode("utf-8"), format="nt")
        graphs[name] = g
    return graphs


def link_store(path: Path, options: LinkOptions | argparse.Namespace) -> tuple[LinkReport, int]:
    """Link the actors of a store in place, in one transaction; (report, number of links)."""
    from rdflib import URIRef

    from kg.namespace import WIKIDATA_GRAPH
    from kg.sparql import open_source
    from kg.store import Store

    with open_source(store=path) as source:
        extractions, where = read_extractions(source)
    report = link_extractions(extractions, options)
    with Store(path) as store:
        names = sorted({w for w in where.values() if w is not None})
        graphs = {name: store.graph(name) for name in names}
        n = apply_links(graphs, extractions, where)
        # merged, not replaced: facts fetched by earlier runs survive a run whose endpoint failed
        merge = {URIRef(WIKIDATA_GRAPH): report.enrichment} if report.enrichment is not None else None
        store.replace_graphs({**graphs, **_reconsolidated(graphs, store.oxigraph)}, merge)
    return report, n


def link_files(data: Sequence[Path], out: Path,
               options: LinkOptions | argparse.Namespace) -> tuple[LinkReport, int]:
    """Link the actors of RDF files and write the linked graph to `out`; (report, links)."""
    from rdflib import URIRef

    from kg.errors import KgError
    from kg.namespace import GRAPH_BASE, WIKIDATA_GRAPH
    from kg.rdf.serialize import DATASET_FORMATS, atomic_write, format_for, serialize
    from kg.sparql import OxigraphSource, load_files

    fmt = format_for(out)
    ox_store = load_files(data)
    graphs_all = _graphs_of(ox_store)
    named = any(name is not None for name in graphs_all)
    source = OxigraphSource(ox_store, ", ".join(str(p) for p in data))
    extractions, where = read_extractions(source, named_graphs=named)
    if None in graphs_all and fmt in DATASET_FORMATS:
        raise KgError(f"link: {data[0]} has triples outside document graphs, so {Path(out).suffix} "
                      "cannot keep them apart; write .ttl or .nt, or give kg build's TriG/N-Quads output")
    report = link_extractions(extractions, options)
    n = apply_links(graphs_all, extractions, where)
    if report.enrichment is not None:
        graphs_all[URIRef(WIKIDATA_GRAPH)] = report.enrichment
    if named:
        graphs_all.update(_reconsolidated(graphs_all, None))
    # only .ttl/.nt output can get here with a default graph, and they merge all graphs
    out_graphs = {name if name is not None else URIRef(GRAPH_BASE + "default"): g
                  for name, g in graphs_all.items()}
    atomic_write(out, serialize(out_graphs, fmt))
    return report, n
