"""Run an extraction step once per document, however many rules ask for its result.

Why: some steps are inputs of others as well as results of their own (the statements feed
the proposal rules twice: demands in reported speech, and the speakers of evaluations),
and recomputing them was a large part of the extraction profile.  The result is kept on
the spaCy doc (`doc.user_data`) together with the actor index and document it was computed
for, and every caller gets its own deep copy, so that a caller that edits the records it
got (the extractor adds interview statements and frame events) cannot change what the next
caller sees.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from spacy.tokens import Doc

R = TypeVar("R")


def once_per_doc(key: str) -> Callable[[Callable[[Doc, Any, Any], R]], Callable[[Doc, Any, Any], R]]:
    """Decorate `fn(doc, actors, document)`; `key` names its entry in `doc.user_data`."""

    def wrap(fn: Callable[[Doc, Any, Any], R]) -> Callable[[Doc, Any, Any], R]:
        @functools.wraps(fn)
        def run(doc: Doc, actors: Any, document: Any) -> R:
            kept = doc.user_data.get(key)
            if kept is not None and kept[0] is actors and kept[1] is document:
                return copy.deepcopy(kept[2])
            result = fn(doc, actors, document)
            doc.user_data[key] = (actors, document, copy.deepcopy(result))
            return result

        return run

    return wrap
