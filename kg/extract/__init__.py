"""From a `Document` to an `Extraction`: the one entry point of kg's information extraction.

    from kg.extract import Extractor
    ex = Extractor()                 # the bundled German model; Extractor("path/or/package")
    extraction = ex.extract(doc)     # or: for e in ex.pipe(docs): ...

The extractor runs the spaCy pipeline of `kg.nlp.pipeline` (base model + kg components)
with the article date in `doc._.kg_date`, builds the `ActorIndex` (kg.extract.actors), hands
it to the event extractors (meetings, proposals and responses, statements), and finally
drops actors that nothing supports (unnamed groups no event refers to) while keeping every
named entity. All lists are sorted by text offset, so the same input gives the same output.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.document import Document
from kg.errors import KgError
from kg.extract.actors import ActorIndex, build_actor_index
from kg.extract.frames import extract_frame_events
from kg.extract.headlines import join_headline_proposals
from kg.extract.interviews import extract_interview_statements
from kg.records import Extraction

__all__ = ["Extractor", "ActorIndex"]


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """An event extractor function if its module exists (import errors inside it are real errors)."""
    if importlib.util.find_spec(module) is None:
        return None
    return getattr(importlib.import_module(module), name, None)


def _first_offset(evidence: list) -> int:
    return min((e.start for e in evidence), default=10**9)


class Extractor:
    """Extracts actors, meetings, proposals, responses and statements from documents."""

    def __init__(self, model: str | None = None, batch_size: int = 64) -> None:
        """`batch_size`: articles per `nlp.pipe` batch. 64 (was 16): the statistical components
        run their matrix products on the whole batch, and 64 articles made the German pipeline
        markedly faster on 2 cores than 16 (benchmarks/build_ratio.py), with the same output."""
        from kg.nlp.pipeline import load_pipeline, model_name

        self._model = model
        self.batch_size = batch_size
        self._nlp: dict[str, Language] = {"de": load_pipeline(model, "de")}
        self.model_name: str = model_name(self._nlp["de"])
        self._meetings = _optional("kg.extract.meetings", "extract_meetings")
        self._proposals = _optional("kg.extract.proposals", "extract_proposals")
        self._statements = _optional("kg.extract.statements", "extract_statements")

    @property
    def nlp(self) -> Language:
        """The German pipeline (for inspection and for tests)."""
        return self._nlp["de"]

    def _pipeline(self, lang: str) -> Language:
        if lang not in self._nlp:
            from kg.nlp.pipeline import load_pipeline

            if lang != "en":
                raise KgError(f"unsupported language {lang!r} (kg reads de and en)")
            self._nlp[lang] = load_pipeline(None, lang)
        return self._nlp[lang]

    def _make_doc(self, document: Document) -> Doc:
        nlp = self._pipeline(document.lang)
        doc = nlp.make_doc(document.text)
        doc._.kg_date = document.date
        return doc

    def extract(self, document: Document) -> Extraction:
        nlp = self._pipeline(document.lang)
        return self._finish(nlp(self._make_doc(document)), document)

    def pipe(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in input order; consecutive documents of one language are batched."""
        batch: list[Document] = []
        for document in documents:
            if batch and batch[-1].lang != document.lang:
                yield from self._run_batch(batch)
                batch = []
            batch.append(document)
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> Iterator[Extraction]:
        nlp = self._pipeline(batch[0].lang)
        docs = [self._make_doc(d) for d in batch]
        for doc, document in zip(nlp.pipe(docs, batch_size=self.batch_size), batch, strict=True):
            yield self._finish(doc, document)

    def _finish(self, doc: Doc, document: Document) -> Extraction:
        index = build_actor_index(doc, document)
        extraction = Extraction(document=document, model=self.model_name)
        if self._meetings is not None:
            extraction.meetings = list(self._meetings(doc, index, document))
        if self._proposals is not None:
            proposals, responses = self._proposals(doc, index, document)
            extraction.proposals, extraction.responses = list(proposals), list(responses)
        if self._statements is not None:
            extraction.statements = list(self._statements(doc, index, document))
            extract_interview_statements(doc, index, document, extraction.statements)
        extract_frame_events(doc, index, document, extraction)
        join_headline_proposals(extraction)
        for m in extraction.meetings:
            for k in [*m.participants, m.location]:
                index.mark_used(k)
        for p in extraction.proposals:
            index.mark_used(p.proposer)
        for r in extraction.responses:
            index.mark_used(r.actor)
        for s in extraction.statements:
            index.mark_used(s.speaker)
            for k in s.about:
                index.mark_used(k)
        extraction.actors = index.final_actors()
        extraction.meetings.sort(key=lambda m: (_first_offset(m.evidence), m.key))
        extraction.proposals.sort(key=lambda p: (_first_offset(p.evidence), p.key))
        extraction.responses.sort(key=lambda r: (_first_offset(r.evidence), r.key))
        extraction.statements.sort(key=lambda s: (_first_offset(s.evidence), s.key))
        return extraction


from kg._callable import make_callable  # noqa: E402 - last: see kg/_callable.py

make_callable(__name__)
