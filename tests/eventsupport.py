"""Shared fixture logic for the event-extraction tests: the shipped model or a skip.

The event tests run the real pipeline on sentences written for these tests; they are
skipped only while the bundled model (kg/models/de_kg_news) has not been trained yet.
`KG_TEST_MODEL=/path/to/pipeline` runs them on another spaCy pipeline directory instead.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path

import pytest

from kg.document import Document
from kg.records import Extraction

MODEL_DIR = Path(__file__).resolve().parent.parent / "kg" / "models" / "de_kg_news"
TEST_MODEL = os.environ.get("KG_TEST_MODEL") or None
needs_model = pytest.mark.skipif(
    TEST_MODEL is None and not (MODEL_DIR / "meta.json").is_file(),
    reason="bundled model kg/models/de_kg_news not trained yet",
)


@lru_cache(maxsize=1)
def _extractor():  # type: ignore[no-untyped-def]
    from kg.extract import Extractor

    return Extractor(TEST_MODEL)


def extract(text: str, date: str | None = "2025-03-13", doc_id: str = "t") -> Extraction:
    """Run the full extractor on `text` (the default date is a Thursday)."""
    document = Document(id=doc_id, text=text, date=dt.date.fromisoformat(date) if date else None)
    return _extractor().extract(document)


def analyse(text: str, date: str | None = "2025-03-13"):  # type: ignore[no-untyped-def]
    """The spaCy Doc of the full pipeline, with the article date set."""
    nlp = _extractor().nlp
    doc = nlp.make_doc(text)
    doc._.kg_date = dt.date.fromisoformat(date) if date else None
    return nlp(doc)


def name(extraction: Extraction, key: str | None) -> str | None:
    actor = extraction.actor(key) if key else None
    return actor.name if actor else None
