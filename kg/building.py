"""The streaming build behind `kg.api.build`: documents in batches, graphs written and dropped.

All input is read and checked first (a bad file stops the build before anything is
written, and the total is known for the progress bar), keeping only ids, hashes and
grouping keys (`kg.corpus`); then the documents are read again and go through
extraction a batch at a time (`kg.batches`: this process, worker processes or a Dask
cluster), each batch's graphs are written to the targets (store, endpoint, file spool)
and dropped, so memory holds a few batches, not the corpus. Documents whose stamp in the
store is unchanged (`kg.buildstate`) are not extracted at all. The corpus consolidation
is recomputed once, after the last batch, and written to a store in chunks
(`kg.consolidate.write_corpus_graph`), so its graph is never held whole.

Writes are atomic per document. When validation must be able to stop the whole build
(`validate` / `on_invalid="fail"`), batches are staged in a temporary file and written
only once every document has passed, so a failing build still writes nothing.
"""

from __future__ import annotations

import logging
import pickle
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Protocol

from rdflib import Graph, URIRef

from kg import buildstate
from kg.batches import BATCH_SIZE, Result, chunks, results
from kg.iri import graph_iri

if TYPE_CHECKING:
    from kg.corpus import Corpus
    from kg.document import Document
    from kg.ingest.stories import Story
    from kg.link.options import LinkOptions
    from kg.rdf.spool import FileSpool
    from kg.store import Store

log = logging.getLogger(__name__)

Lines = dict[str, list[str]]  # doc id -> N-Triples lines of its graph


class Target(Protocol):
    """Where document graphs go: a store, a remote endpoint."""

    def stamps(self) -> dict[str, buildstate.Stamp]: ...
    def pending(self) -> bool: ...
    def write(self, docs: Lines, merge: Mapping[URIRef, list[str]], pending: bool) -> None: ...
    def consolidate(self) -> None: ...
    def document_lines(self, doc_ids: list[str]) -> Lines: ...


class StoreTarget:
    """A local pyoxigraph store (`kg.store.Store`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def stamps(self) -> dict[str, buildstate.Stamp]:
        present = set(self.store.documents())
        return {d: s for d, s in buildstate.stored_stamps(self.store.oxigraph).items() if d in present}

    def pending(self) -> bool:
        return buildstate.is_pending(self.store.oxigraph)

    def write(self, docs: Lines, merge: Mapping[URIRef, list[str]], pending: bool) -> None:
        self.store.write_documents(docs, merge, pending=pending)

    def document_lines(self, doc_ids: list[str]) -> Lines:
        from kg.rdf.serialize import _nt_lines

        return {d: _nt_lines(self.store.document_graph(d)) for d in doc_ids}

    def consolidate(self) -> None:
        from kg.consolidate import write_corpus_graph

        write_corpus_graph(self.store)


class Staged:
    """A target whose writes wait in a temporary file until `release` (validation that may fail)."""

    def __init__(self, inner: Target) -> None:
        self.inner = inner
        self.file: IO[bytes] = tempfile.TemporaryFile()
        self.batches = 0

    def stamps(self) -> dict[str, buildstate.Stamp]:
        return self.inner.stamps()

    def pending(self) -> bool:
        return self.inner.pending()

    def write(self, docs: Lines, merge: Mapping[URIRef, list[str]], pending: bool) -> None:
        pickle.dump((docs, dict(merge), pending), self.file)
        self.batches += 1

    def release(self) -> None:
        self.file.seek(0)
        for _ in range(self.batches):
            self.inner.write(*pickle.load(self.file))
        self.file.close()

    def document_lines(self, doc_ids: list[str]) -> Lines:
        return self.inner.document_lines(doc_ids)

    def consolidate(self) -> None:
        self.release()
        self.inner.consolidate()


@dataclass
class Options:
    """What `build` was asked to do beyond reading and writing."""

    model: Any = None  # a pipeline name or path, an Extractor (this process only), or None
    link: LinkOptions | None = None
    on_invalid: str | None = None  # "skip" | "fail" | None
    force: bool = False
    batch_size: int = BATCH_SIZE
    workers: int = 1
    dask: str | None = None
    progress: Callable[[int, int, str], None] | None = None
    stories: list[Story] = field(default_factory=list)


@dataclass
class Outcome:
    """What happened, for the `BuildReport`."""

    documents: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    invalid: dict[str, list[Any]] = field(default_factory=dict)
    triples: int = 0
    words: int = 0
    seconds: float = 0.0
    model: str | None = None
    link: Any = None
    graphs: dict[URIRef, Graph] = field(default_factory=dict)  # kept only for an in-memory build


def _story_lines(stories: list[Story]) -> dict[str, list[str]]:
    """The syndication triples each document of a group gets (kg.ingest.graph), as lines."""
    from kg.ingest.graph import add_stories
    from kg.rdf.serialize import _nt_lines

    members = {d for s in stories for d in (s.original, *s.copies)}
    graphs = {d: Graph() for d in members}
    add_stories(graphs, stories)
    return {d: sorted(_nt_lines(g)) for d, g in graphs.items()}  # sorted: part of the stamp's hash


def plan(corpus: Corpus, target: Target | None, options: Options,
         stories: dict[str, list[str]]) -> tuple[list[tuple[str, buildstate.Stamp]], list[str]]:
    """(ids of the documents to build with their stamps, ids of unchanged documents left alone).

    Works on the first pass's entries (`kg.corpus`): the content hash is completed with the
    syndication context without the text, which is read again only for the documents to build."""
    from kg import __version__

    model = getattr(options.model, "model_name", None) or buildstate.model_key(options.model)

    stored = target.stamps() if target is not None and not options.force else {}
    todo, unchanged = [], []
    for entry in corpus.entries:
        digest = buildstate.finish_hash(entry.prefix, stories.get(entry.id, []), options.link is not None)
        stamp = buildstate.Stamp(digest, model, __version__)
        if stored.get(entry.id) == stamp:
            unchanged.append(entry.id)
        else:
            todo.append((entry.id, stamp))
    return todo, unchanged


class Run:
    """One build: extraction results in, document graphs out to the targets."""

    def __init__(self, targets: list[Target], spool: FileSpool | None, memory: bool,
                 options: Options) -> None:
        self.targets, self.spool, self.memory, self.options = targets, spool, memory, options
        self.outcome = Outcome()
        self.stories = _story_lines(options.stories) if options.stories else {}
        self.started = time.monotonic()
        self._pending_written = False

    def execute(self, docs: Corpus | Sequence[Document]) -> Outcome:
        """Build `docs` (minus the unchanged ones), then recompute the corpus consolidation.
        On any error the output file's temporary files are removed (the target is untouched).
        A `kg.corpus.Corpus` is read again document by document, a batch at a time."""
        from kg.corpus import Corpus

        try:
            return self._execute(docs if isinstance(docs, Corpus) else Corpus.of(docs))
        except BaseException:
            if self.spool is not None:
                self.spool.discard()
            raise

    def _execute(self, corpus: Corpus) -> Outcome:
        main = self.targets[0] if self.targets else None
        todo, self.outcome.unchanged = plan(corpus, main, self.options, self.stories)
        stamps = dict(todo)
        total = len(todo)
        done = 0
        if self.outcome.unchanged and (self.spool is not None or self.memory) and main is not None:
            self._copy_unchanged(main)
        for batch in self._results(corpus.documents(stamps) if todo else iter(())):
            self.outcome.model = stamps[batch[0].doc_id].model
            lines, merge = self._graphs(batch, stamps)
            lines = self._valid(lines)
            self._write(lines, merge)
            done += len(batch)
            log.info("wrote %d document(s) (%d of %d)", len(lines), done, total)
            self.outcome.words += sum(r.words for r in batch)
            if self.options.progress is not None:
                if hasattr(self.options.progress, "words"):
                    self.options.progress.words = self.outcome.words  # type: ignore[attr-defined]
                self.options.progress(done, total, batch[-1].doc_id)
        self._finish(main)
        self.outcome.seconds = time.monotonic() - self.started
        return self.outcome

    def _copy_unchanged(self, main: Target) -> None:
        """The file (or memory) holds every input document: unchanged ones are read from the store."""
        for ids in chunks(self.outcome.unchanged):
            lines = main.document_lines(ids)
            if self.spool is not None:
                self.spool.add({graph_iri(d): ls for d, ls in lines.items()})
            if self.memory:
                self._remember(lines, {})

    def _remember(self, lines: Lines, merge: Mapping[URIRef, list[str]]) -> None:
        from kg.rdf.spool import _graph_of

        for name, ls in {**{graph_iri(d): ls for d, ls in lines.items()}, **merge}.items():
            self.outcome.graphs.setdefault(name, Graph()).__iadd__(_graph_of(ls))

    def _results(self, docs: Iterator[Document]) -> Iterator[list[Result]]:
        options = self.options
        return results(chunks(docs, options.batch_size), options.model, records=options.link is not None,
                       workers=options.workers, dask=options.dask)

    def _graphs(self, batch: list[Result],
                stamps: Mapping[str, buildstate.Stamp]) -> tuple[Lines, dict[URIRef, list[str]]]:
        """Each document's lines with its syndication triples and stamp; linked first if asked."""
        merge: dict[URIRef, list[str]] = {}
        if self.options.link is not None:
            batch, merge = self._linked(batch)
        lines = {}
        for r in batch:
            assert r.lines is not None
            extra = self.stories.get(r.doc_id, []) + buildstate.stamp_lines(r.doc_id, stamps[r.doc_id])
            lines[r.doc_id] = sorted(set(r.lines + extra))
        return lines, merge

    def _linked(self, batch: list[Result]) -> tuple[list[Result], dict[URIRef, list[str]]]:
        from kg.link.apply import link_extractions
        from kg.namespace import WIKIDATA_GRAPH
        from kg.rdf.mapping import extraction_to_lines
        from kg.rdf.serialize import _nt_lines

        assert self.options.link is not None
        extractions = [r.extraction for r in batch if r.extraction is not None]
        report = link_extractions(extractions, self.options.link)
        self.outcome.link = _merge_link_reports(self.outcome.link, report)
        merge = {}
        if report.enrichment is not None and len(report.enrichment):
            merge[URIRef(WIKIDATA_GRAPH)] = _nt_lines(report.enrichment)
        return [Result(x.document.id, r.words, lines=extraction_to_lines(x))
                for r, x in zip(batch, extractions, strict=True)], merge

    def _valid(self, lines: Lines) -> Lines:
        """The documents that conform to the shapes (all of them without validation)."""
        if self.options.on_invalid is None:
            return lines
        import sys

        from kg.errors import GraphInvalidError
        from kg.rdf.spool import _graph_of
        from kg.validate import validate_documents

        invalid = validate_documents({d: _graph_of(ls) for d, ls in lines.items()})
        for violations in invalid.values():
            for v in violations[:20]:
                print(f"kg: {v}", file=sys.stderr)
        if invalid and self.options.on_invalid == "fail":
            found = [v for vs in invalid.values() for v in vs]
            raise GraphInvalidError(f"build: {len(invalid)} document(s) do not conform to the shapes "
                                    f"({', '.join(invalid)}); nothing was written", found)
        self.outcome.invalid.update(invalid)
        return {d: ls for d, ls in lines.items() if d not in invalid}

    def _write(self, lines: Lines, merge: dict[URIRef, list[str]]) -> None:
        for target in self.targets:
            target.write(lines, merge, pending=not self._pending_written)
        self._pending_written = self._pending_written or bool(self.targets)
        if self.spool is not None:
            self.spool.add({**{graph_iri(d): ls for d, ls in lines.items()}, **merge})
        if self.memory:
            self._remember(lines, merge)
        self.outcome.documents.extend(lines)
        self.outcome.triples += sum(len(ls) for ls in lines.values())

    def _finish(self, main: Target | None) -> None:
        """The corpus consolidation: over the store(s) when anything changed or an earlier run
        stopped before it; over the file's or the memory's own documents."""
        from kg.consolidate import consolidated, corpus_graph

        if self.options.on_invalid is not None and self.outcome.invalid and not self.outcome.documents:
            from kg.errors import KgError

            raise KgError(f"build: none of the {len(self.outcome.invalid)} document(s) conform to the "
                          "shapes; nothing was written")
        for target in self.targets:
            if self.outcome.documents or target.pending():
                target.consolidate()
            elif isinstance(target, Staged):
                target.release()
        if self.spool is not None:
            from kg.consolidate import CORPUS

            self.spool.finish({CORPUS: corpus_graph({}, self.spool.documents)})
        if self.memory:
            docs = {d: self.outcome.graphs[graph_iri(d)] for d in self.outcome.documents}
            self.outcome.graphs.update(consolidated(docs))
        if self.outcome.invalid:
            import sys

            print(f"kg: build: skipped {len(self.outcome.invalid)} document(s) that do not conform: "
                  f"{', '.join(self.outcome.invalid)}", file=sys.stderr)


def _merge_link_reports(total: Any, report: Any) -> Any:
    """One `LinkReport` for the whole build from the reports of its batches."""
    if total is None:
        return report
    total.entries.extend(report.entries)
    for cause, n in report.causes.items():
        total.causes[cause] = total.causes.get(cause, 0) + n
    total.requests += report.requests
    total.cache_hits += report.cache_hits
    if report.enrichment is not None:
        before = total.enrichment
        total.enrichment = report.enrichment if before is None else before + report.enrichment
    return total


__all__ = ["Options", "Outcome", "Run", "StoreTarget", "Staged", "Target", "plan"]
