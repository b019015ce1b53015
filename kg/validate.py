"""SHACL validation of kg graphs against ontology/shapes.ttl.

Used by `kg validate` and by the tests that check every graph `kg build` writes. The
ontology is mixed into the data graph so that `sh:class` constraints follow the class
hierarchy (a neg:Country satisfies `sh:class neg:Place`). pyshacl is imported here only,
so commands that do not validate do not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.namespace import NEG, RESOURCE_BASE
from kg.rdf.resources import ontology_file


@dataclass(frozen=True)
class Violation:
    """One validation result, ready to print."""

    severity: str
    focus: str
    path: str
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


def _load(name: str) -> Graph:
    return Graph().parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")


def _short(graph: Graph, term: object) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{term}>"
    return str(term)


def validate_graph(data: Graph) -> tuple[bool, list[Violation]]:
    """(conforms, violations sorted by focus node and path) for `data`."""
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=_load("shapes.ttl"), ont_graph=_load("negotiation.ttl"),
        inference="none", advanced=True, allow_warnings=False, abort_on_first=False,
    )
    names = Graph()
    names.bind("neg", str(NEG))
    names.bind("kgid", RESOURCE_BASE)
    violations = []
    for r in results.subjects(predicate=SH.focusNode):
        severity = results.value(r, SH.resultSeverity)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        violations.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(names, results.value(r, SH.focusNode)),
            path=_short(names, path) if path is not None else "",
            message=str(results.value(r, SH.resultMessage) or "constraint not met"),
            value=_short(names, value) if value is not None else None,
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return bool(conforms), violations


from kg._callable import make_callable  # noqa: E402 - last: see kg/_callable.py

make_callable(__name__)
