"""kg: build a negotiation knowledge graph from news articles, from the shell or from Python.

The data flow is one line, and the package layout follows it:

    text -> kg.document.Document -> spaCy Doc (kg.nlp) -> kg.records (kg.extract)
         -> RDF (kg.rdf) -> store (kg.store) -> SPARQL (kg.sparql, kg.graph) / exports (kg.export)

The public API (`kg.build`, `kg.extract`, `kg.open_store`, `kg.Graph`, ...; listed in
`__all__` and documented in docs/api/) is imported lazily on first use, so `import kg`
and `kg query` stay fast and never import spaCy unless extraction is asked for.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kg.api import (
        BuildReport,
        ExportReport,
        Failure,
        ValidationReport,
        build,
        export,
        extract,
        link,
        remove,
        stats,
        validate,
    )
    from kg.document import Document
    from kg.errors import EndpointError, GraphInvalidError, InputError, KgError, QueryError
    from kg.graph import Graph, open_data, open_endpoint, open_store, query_names
    from kg.link.apply import LinkReport
    from kg.link.options import LinkOptions
    from kg.records import Extraction
    from kg.sparql import Result

#: public name -> the module that defines it
_PUBLIC: dict[str, str] = {
    "build": "kg.api", "remove": "kg.api", "stats": "kg.api", "BuildReport": "kg.api", "Failure": "kg.api",
    "ExportReport": "kg.api", "ValidationReport": "kg.api",
    "Graph": "kg.graph", "open_store": "kg.graph", "open_data": "kg.graph", "open_endpoint": "kg.graph",
    "query_names": "kg.graph", "Result": "kg.sparql",
    "Document": "kg.document", "Extraction": "kg.records",
    "LinkOptions": "kg.link.options", "LinkReport": "kg.link.apply",
    "KgError": "kg.errors", "InputError": "kg.errors", "QueryError": "kg.errors",
    "EndpointError": "kg.errors", "GraphInvalidError": "kg.errors",
}
#: public functions that share their name with a submodule: the module itself is callable
_CALLABLE_MODULES = ("extract", "link", "export", "validate")

__all__ = [
    "BuildReport", "Document", "EndpointError", "ExportReport", "Extraction", "Failure", "Graph",
    "GraphInvalidError", "InputError", "KgError", "LinkOptions", "LinkReport", "QueryError", "Result",
    "ValidationReport", "__version__", "build", "export", "extract", "link", "open_data", "open_endpoint",
    "open_store", "query_names", "remove", "stats", "validate",
]


def __getattr__(name: str) -> Any:
    if name in _CALLABLE_MODULES:
        return importlib.import_module(f"kg.{name}")
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
