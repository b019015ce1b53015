"""JSON-LD of the RDF graph itself, compacted with a `@context` derived from the ontology.

The other formats write the projection, which is lossy on purpose; JSON-LD is for
linked-data tools and keeps every triple. The context maps each ontology term to its local
name (`"name"`, `"participant"`, `"Person"`), declares object properties as `@id`-typed so
their values are plain IRIs, and adds the prefixes kg uses (`neg`, `kgid` for minted
resources, `wd` for Wikidata ...), so the output reads like ordinary JSON and expands back
to exactly the same triples. The ontology is read from the packaged `negotiation.ttl`, so
the context follows the ontology when terms are added.
"""

from __future__ import annotations

import json
from typing import Any

from rdflib import OWL, RDF, RDFS, XSD, Graph
from rdflib.namespace import DCTERMS, SDO

from kg.namespace import NEG, RESOURCE_BASE, WIKIDATA_ENTITY


def context() -> dict[str, Any]:
    """The compact `@context`: prefixes plus one term per class and property of the ontology."""
    from kg.rdf.resources import ontology_file

    onto = Graph()
    onto.parse(data=ontology_file().read_text(encoding="utf-8"), format="turtle")
    ns = str(NEG)
    ctx: dict[str, Any] = {
        "neg": ns, "kgid": RESOURCE_BASE, "wd": WIKIDATA_ENTITY, "rdf": str(RDF), "rdfs": str(RDFS),
        "owl": str(OWL), "xsd": str(XSD), "dcterms": str(DCTERMS), "schema": str(SDO),
    }
    terms: dict[str, Any] = {}
    for cls in sorted(set(onto.subjects(RDF.type, OWL.Class)), key=str):
        if str(cls).startswith(ns):
            terms[str(cls)[len(ns):]] = "neg:" + str(cls)[len(ns):]
    for prop in sorted(set(onto.subjects(RDF.type, OWL.ObjectProperty)), key=str):
        if str(prop).startswith(ns):
            local = str(prop)[len(ns):]
            terms[local] = {"@id": "neg:" + local, "@type": "@id"}
    for prop in sorted(set(onto.subjects(RDF.type, OWL.DatatypeProperty)), key=str):
        if str(prop).startswith(ns):
            local = str(prop)[len(ns):]
            terms.setdefault(local, "neg:" + local)
    # a term must not shadow a prefix
    for prefix in list(ctx):
        terms.pop(prefix, None)
    ctx.update(dict(sorted(terms.items())))
    return ctx


def _sort(value: Any) -> Any:
    """Lists of nodes and values in a fixed order, so the same graph gives the same file."""
    if isinstance(value, dict):
        # an RDF collection's order is meaningful
        return {k: (v if k == "@list" else _sort(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sort(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def render(g: Graph) -> bytes:
    ctx = context()
    data = json.loads(g.serialize(format="json-ld", context=ctx, auto_compact=True))
    if isinstance(data, dict) and "@graph" not in data and "@context" in data:
        body = {k: v for k, v in data.items() if k != "@context"}
        data = {"@context": data["@context"], "@graph": [body] if body else []}
    if isinstance(data, dict):
        data = {"@context": ctx, "@graph": _sort(data.get("@graph", []))}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
