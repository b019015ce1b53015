"""Packaging shim; everything else is in pyproject.toml.

`ontology/` and `queries/` live at the top of the repository (people and other tools read
them there) but are installed inside the package as `kg.ontology` and `kg.queries`
(pyproject's package-dir maps them). Package discovery cannot find packages whose folders
are outside `kg/`, and an explicit list would have to name every subpackage, so the two
are added to what discovery finds here.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__"]),
        "kg.ontology",
        "kg.queries",
    ]
)
