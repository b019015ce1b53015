"""RDF terms of query answers, the same whether they come over HTTP or from pyoxigraph.

The linker needs more than strings: enrichment rebuilds triples (IRI vs literal, language,
datatype), and candidate scoring needs the language of a label. `Term` keeps exactly that,
and converts to the SPARQL 1.1 JSON results shape (for the cache) and to rdflib terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node


@dataclass(frozen=True)
class Term:
    value: str
    type: str = "uri"  # "uri" | "literal" | "bnode"
    lang: str | None = None
    datatype: str | None = None

    def to_rdflib(self) -> Node:
        if self.type == "uri":
            return URIRef(self.value)
        if self.type == "bnode":
            return BNode(self.value)
        if self.lang:
            return Literal(self.value, lang=self.lang)
        if self.datatype:
            return Literal(self.value, datatype=URIRef(self.datatype))
        return Literal(self.value)


Row = dict[str, Term]


def term_from_json(binding: dict[str, Any]) -> Term:
    """A SPARQL 1.1 JSON results binding (`{"type": ..., "value": ...}`) as a Term."""
    kind = binding.get("type", "literal")
    if kind == "typed-literal":  # SPARQL XML-era JSON, still sent by some endpoints
        kind = "literal"
    if kind not in ("uri", "literal", "bnode"):
        raise ValueError(f"unknown term type {kind!r}")
    value = binding["value"]
    if not isinstance(value, str):
        raise ValueError("term value is not a string")
    return Term(value, kind, binding.get("xml:lang"), binding.get("datatype"))


def rows_from_json(bindings: list[dict[str, Any]]) -> list[Row]:
    return [{var: term_from_json(b) for var, b in row.items()} for row in bindings]


def rows_to_json(rows: list[Row]) -> list[dict[str, dict[str, str]]]:
    out = []
    for row in rows:
        encoded = {}
        for var, t in row.items():
            b = {"type": t.type, "value": t.value}
            if t.lang:
                b["xml:lang"] = t.lang
            if t.datatype:
                b["datatype"] = t.datatype
            encoded[var] = b
        out.append(encoded)
    return out
