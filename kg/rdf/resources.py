"""The ontology, shapes and canned queries shipped with kg.

Installed, they live in the packages `kg.ontology` and `kg.queries` (pyproject maps the
top-level folders `ontology/` and `queries/` there); in a source checkout that is not
installed they are read from those folders directly. Code never hard-codes either path.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent.parent


def _folder(package: str, folder: str) -> Traversable:
    try:
        found = resources.files(package)
        if found.is_dir():
            return found
    except ModuleNotFoundError:
        pass
    return _REPO / folder


def ontology_file(name: str = "negotiation.ttl") -> Traversable:
    """A file of the ontology folder: `negotiation.ttl` or `shapes.ttl`."""
    return _folder("kg.ontology", "ontology") / name


def queries_folder() -> Traversable:
    return _folder("kg.queries", "queries")


def query_text(name: str) -> str:
    """The text of a canned query by name (`actors` or `actors.rq`)."""
    if not name.endswith(".rq"):
        name += ".rq"
    return (queries_folder() / name).read_text(encoding="utf-8")


def query_names() -> list[str]:
    return sorted(p.name[:-3] for p in queries_folder().iterdir() if p.name.endswith(".rq"))
