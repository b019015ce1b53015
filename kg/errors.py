"""Errors that reach the user as one clear line.

Every failure caused by the user's input (a file, a query, an endpoint) is raised as a
`KgError` subclass; the CLI prints `kg: <message>` and exits non-zero, so scripts can rely
on the exit code and people get one line that names the file and the problem.
"""

from __future__ import annotations


class KgError(Exception):
    """A problem the user can fix; its message is shown as is."""

    exit_code = 1


class InputError(KgError):
    """An input file is missing, empty, undecodable or malformed."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query could not be parsed or evaluated."""

    exit_code = 3


class EndpointError(KgError):
    """A remote SPARQL endpoint failed or answered something unusable."""

    exit_code = 4


class GraphInvalidError(KgError):
    """A graph does not conform to the ontology's SHACL shapes; `violations` lists why."""

    def __init__(self, message: str, violations: list | None = None) -> None:
        super().__init__(message)
        self.violations = list(violations or [])
