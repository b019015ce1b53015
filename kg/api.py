"""kg's Python API: build, extract, link, export and validate, as the CLI does them.

The `kg` commands are thin wrappers around these functions (they parse arguments, call
one of them and print), so a notebook gets exactly what `kg build` or `kg export` does.
Everything here is re-exported from `kg` (`kg.build(...)`, `kg.open_store(...)`); see
docs/api/ for the reference and the stability promise. The safety rules of the CLI hold:
all input is read and checked before a store or file is touched (`kg.corpus`: a first pass
that keeps no texts), documents are written whole, files through a temporary file and a rename.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kg.document import Document
from kg.errors import InputError, KgError
from kg.graph import Graph, open_data, open_store
from kg.link.apply import LinkReport
from kg.link.options import LinkOptions

if TYPE_CHECKING:
    import rdflib

    from kg.extract import Extractor
    from kg.graphstats import Stats as StatsReport
    from kg.ingest import Intake
    from kg.records import Extraction
    from kg.remote import RemoteStore
    from kg.store import Store
    from kg.validate import Violation

log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
#: what `build` reads: a path (file or folder), a `Document`, or the text of an article
Input = str | os.PathLike[str] | Document
#: progress callback of `build`: (documents done, documents in all, id of the last one)
Progress = Callable[[int, int, str], None]
INPUT_SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class Failure:
    """An input `build(on_error="skip")` left out, and why."""

    source: str
    message: str


@dataclass
class BuildReport:
    """What `build` did. `graph()` opens the result for querying."""

    documents: list[str] = field(default_factory=list)  # ids built (added or replaced)
    triples: int = 0  # triples in the built document graphs
    skipped: list[str] = field(default_factory=list)  # ids left alone: already in the store
    failed: list[Failure] = field(default_factory=list)  # inputs that could not be read
    unchanged: list[str] = field(default_factory=list)  # ids left alone: stored with the same input
    invalid: list[str] = field(default_factory=list)  # ids left out: not conforming (on_invalid="skip")
    words: int = 0  # words of the documents extracted
    seconds: float = 0.0  # extraction and writing, after reading
    store: Path | None = None
    out: Path | None = None
    endpoint: str | None = None  # the query URL of the remote store written to
    link: LinkReport | None = None
    model: str | None = None  # the spaCy pipeline that extracted the documents
    _graphs: dict[rdflib.URIRef, rdflib.Graph] = field(default_factory=dict, repr=False)

    def graph(self) -> Graph:
        """The built graph: the store (all of it), else the output file, else in memory."""
        if self.store is not None:
            return open_store(self.store)
        if self.out is not None:
            return open_data(self.out)
        if self.endpoint is not None:
            from kg.graph import open_endpoint

            return open_endpoint(self.endpoint)
        import pyoxigraph as ox

        from kg.rdf.serialize import serialize
        from kg.sparql import OxigraphSource

        memory = ox.Store()
        memory.load(serialize(self._graphs, "nquads"), format=ox.RdfFormat.N_QUADS)
        return Graph(OxigraphSource(memory, "built graph (in memory)"))

    def __str__(self) -> str:
        targets = (self.store, self.endpoint, self.out)
        where = " and ".join(str(p) for p in targets if p is not None) or "memory"
        extra = "".join(f", {n} {what}" for n, what in ((len(self.unchanged), "unchanged"),
                                                         (len(self.skipped), "skipped"),
                                                         (len(self.invalid), "invalid"),
                                                         (len(self.failed), "failed")) if n)
        return f"built {len(self.documents)} document(s), {self.triples} triples{extra} -> {where}"


# -- reading -------------------------------------------------------------------------------

def text_document(text: str, date: dt.date | str | None = None, lang: str = "de",
                  doc_id: str | None = None) -> Document:
    """A `Document` for an article given as text; the id is derived from the text unless given."""
    if not text.strip():
        raise InputError("text is empty")
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date[:10])
        except ValueError:
            raise InputError(f"invalid date {date!r} (expected YYYY-MM-DD)") from None
    if doc_id is None:
        doc_id = "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Document(id=doc_id, text=text.replace("\r\n", "\n"), date=date, lang=lang, source=doc_id)


def _is_path(item: str | os.PathLike[str]) -> bool:
    """A str is a path when it names an existing file or folder, ends in .txt/.jsonl or "/",
    or has no whitespace (no article is one word, and a mistyped path must not become one)."""
    if isinstance(item, os.PathLike):
        return True
    if "\n" in item or len(item) > 4096:
        return False
    return item.endswith((*INPUT_SUFFIXES, "/")) or not any(c.isspace() for c in item) or Path(item).exists()


def read_documents(inputs: Input | Iterable[Input], *, on_error: Literal["raise", "skip"] = "raise",
                   intake: Intake | None = None) -> tuple[list[Document], list[Failure]]:
    """Every document of `inputs`, checked; with `on_error="skip"` bad inputs become failures.

    Duplicate ids across inputs are an error (or, skipping, the later one is left out).
    `intake` (kg.ingest) carries the web-input options; after reading it resolves link-only
    feed entries, detects languages and groups syndicated copies over all inputs at once.
    This holds every document in memory; `build` reads the same way but keeps only ids,
    hashes and grouping keys, and reads the texts again a batch at a time (`kg.corpus`).
    """
    from kg.corpus import scan

    with scan(inputs, on_error=on_error, intake=intake) as corpus:
        return list(corpus.documents()), corpus.failed


# -- extracting ----------------------------------------------------------------------------

@functools.lru_cache(maxsize=4)
def _cached_extractor(model: str | None) -> Extractor:
    from kg.extract import Extractor

    return Extractor(model=model)


def extractor(model: str | Extractor | None = None) -> Extractor:
    """The extractor for `model` (None: the bundled German pipeline), loaded once per process.

    Loading a spaCy pipeline takes seconds, so repeated calls in a notebook reuse it.
    """
    if model is None or isinstance(model, str):
        return _cached_extractor(model)
    return model


def extract(text: str | Document, date: dt.date | str | None = None, *, lang: str = "de",
            model: str | Extractor | None = None) -> Extraction:
    """The plain records of one article: actors, meetings, proposals, responses, statements.

    No RDF and no store: `kg.records.Extraction` holds dataclasses with their evidence
    (sentence and character offsets); `dataclasses.asdict(result)` makes it JSON-ready.

    Args:
        text: the article text (or a `kg.document.Document`).
        date: the publication date (ISO string or `datetime.date`); relative time
            expressions ("am Dienstag") are resolved against it.
        lang: "de" (default) or "en".
        model: a spaCy pipeline name or path, or an `Extractor` (default: bundled German).
    """
    document = text if isinstance(text, Document) else text_document(text, date, lang, doc_id="text")
    return extractor(model).extract(document)


def extract_all(docs: Sequence[Document], model: str | Extractor | None = None,
                progress: Progress | None = None) -> list[Extraction]:
    """All extractions in input order, batched like spaCy's `nlp.pipe`."""
    out = []
    for n, extraction in enumerate(extractor(model).pipe(docs), start=1):
        out.append(extraction)
        if progress is not None:
            progress(n, len(docs), extraction.document.id)
    return out


# -- building ------------------------------------------------------------------------------

def _link_options(link: bool | LinkOptions) -> LinkOptions | None:
    if isinstance(link, LinkOptions):
        return link
    return LinkOptions() if link else None


def _open_store(store: PathLike | None) -> Store | None:
    """Open (and lock) the store before the long extraction, so a locked store fails fast."""
    if store is None:
        return None
    from kg.store import Store

    return Store(Path(store))


def build(inputs: Input | Iterable[Input], store: PathLike | None = None, out: PathLike | None = None, *,
          model: str | Extractor | None = None, link: bool | LinkOptions = False, validate: bool = False,
          skip_existing: bool = False, on_error: Literal["raise", "skip"] = "raise",
          progress: Progress | None = None, intake: Intake | None = None,
          on_invalid: Literal["skip", "fail"] | None = None, force: bool = False, workers: int = 1,
          dask: str | None = None, batch_size: int = 64,
          endpoint: str | RemoteStore | None = None) -> BuildReport:
    """Extract articles into a graph: a store folder, an RDF file, both, or only memory.

    Documents are extracted and written in batches (memory holds a few batches, not the
    corpus), each document atomically: a build stopped at any point leaves every document
    either wholly in the store or absent, and running it again completes it. A document
    whose input, pipeline and kg version are unchanged since it was stored is skipped
    (`unchanged`); a changed one is replaced.

    Args:
        inputs: paths (`.txt` files, folders, `.jsonl` corpora), `kg.document.Document`s or
            article texts, or a list mixing them. A `str` is read as a path when it names an
            existing file or folder, ends in .txt, .jsonl or "/", or has no whitespace;
            otherwise it is the text of an article (its id: "text-" and a hash of the text).
        store: a pyoxigraph store folder (created if missing); documents already there
            are replaced when changed, others kept, so builds can add to a store bit by bit.
        out: an RDF file; its suffix picks the format (.ttl .nt .nq .trig .jsonld). Written
            through a temporary file renamed at the end; N-Quads, N-Triples, TriG and JSON-LD
            are streamed (Turtle is assembled in memory).
        model: spaCy pipeline name or path, or an `Extractor` (default: bundled German).
        link: link actors to Wikidata: True (query.wikidata.org) or `LinkOptions`.
        validate: check each document against the SHACL shapes; raise `GraphInvalidError`
            and write nothing if one does not conform (same as `on_invalid="fail"`).
        skip_existing: leave documents whose id is already in `store` alone (`skipped`),
            changed or not.
        on_error: "raise" stops at the first unreadable input before anything is written;
            "skip" reports such inputs in `failed` and builds the rest.
        progress: called after each batch with (done, total to build, last document id).
        on_invalid: validate each document graph against the SHACL shapes; "skip" leaves out
            (and reports) the documents that do not conform, "fail" writes nothing if one
            does not.
        intake: web-input options (`kg.ingest.Intake`: keep going past bad pages, fetch linked
            articles, group syndicated copies); its `summary()` says afterwards what was read,
            skipped and grouped.
        force: rebuild every document, unchanged or not.
        workers: extraction processes (each loads the model once); the output is the same
            for any number. `model` must then be a name or path, not an `Extractor`.
        dask: address of a Dask scheduler ("tcp://host:8786"): extract as tasks on that
            cluster (`pip install 'kg[dask]'` on every machine); same output as a local run.
        batch_size: documents per batch (one task of a worker, one write to the store).
        endpoint: a remote SPARQL 1.1 store to write to: its query URL (Oxigraph's layout
            assumed for the update and graph-store URLs) or a `kg.remote.RemoteStore`.
            Unchanged documents are skipped there too; credentials from KG_ENDPOINT_USER and
            KG_ENDPOINT_PASSWORD; transient errors are retried.

    Returns:
        A `BuildReport`; `report.graph()` opens the result for queries.

    Raises:
        kg.errors.InputError: an input is missing or malformed (`on_error="raise"`).
        kg.errors.GraphInvalidError: `validate` found violations.
        kg.errors.KgError: the store or the output file cannot be written.
    """
    from kg.building import Options
    from kg.ingest import Intake
    from kg.rdf.serialize import format_for

    out_format = format_for(Path(out)) if out is not None else None
    if (workers > 1 or dask is not None) and not (model is None or isinstance(model, str)):
        raise KgError("build: with workers or dask, give the model as a name or path, not an Extractor")
    if workers < 1 or batch_size < 1:
        raise KgError("build: workers and batch size must be at least 1")
    from kg.corpus import scan

    intake = intake if intake is not None else Intake()
    with scan(inputs, on_error=on_error, intake=intake) as corpus:  # the first pass: no texts kept
        target = _open_store(store)
        try:
            skipped = corpus.without(set(target.documents())) if skip_existing and target is not None else []
            log.info("read %d document(s); %d skipped, %d failed", len(corpus), len(skipped),
                     len(corpus.failed))
            options = Options(model=model, link=_link_options(link), force=force, workers=workers, dask=dask,
                              batch_size=batch_size,
                              on_invalid=on_invalid or ("fail" if validate else None), progress=progress,
                              stories=intake.stories)
            remote = _remote(endpoint)
            run = _run(options, target, Path(out) if out is not None else None, out_format, remote)
            outcome = run.execute(corpus)  # the second pass: texts read again, a batch at a time
        finally:
            if target is not None:
                target.close()
    failed = corpus.failed
    return BuildReport(documents=outcome.documents, triples=outcome.triples, skipped=skipped, failed=failed,
                       unchanged=outcome.unchanged, invalid=sorted(outcome.invalid), words=outcome.words,
                       seconds=outcome.seconds, store=Path(store) if store is not None else None,
                       out=Path(out) if out is not None else None, link=outcome.link,
                       endpoint=remote.query_url if remote is not None else None,
                       model=outcome.model, _graphs=outcome.graphs)


def _remote(endpoint: str | RemoteStore | None) -> RemoteStore | None:
    from kg.remote import RemoteStore

    return RemoteStore(endpoint) if isinstance(endpoint, str) else endpoint


def _run(options: Any, target: Store | None, out: Path | None, out_format: str | None,
         remote: RemoteStore | None = None) -> Any:
    """The build run with its targets: the store, the remote store, the file spool, or memory."""
    from kg.building import Run, Staged, StoreTarget
    from kg.rdf.spool import FileSpool

    targets: list[Any] = [StoreTarget(target)] if target is not None else []
    targets += [remote] if remote is not None else []
    if options.on_invalid == "fail":
        targets = [Staged(t) for t in targets]
    spool = FileSpool(out, out_format) if out is not None and out_format is not None else None
    return Run(targets, spool, memory=not targets and out is None, options=options)


# -- linking, removing, exporting, validating -----------------------------------------------

def link(store: PathLike | None = None, *, data: PathLike | Sequence[PathLike] | None = None,
         out: PathLike | None = None, options: LinkOptions | None = None) -> LinkReport:
    """Link the actors of a built graph to Wikidata (owl:sameAs), in place.

    Give a `store` (updated in one transaction) or RDF files as `data` with an `out` file
    for the linked graph. Linking again replaces earlier links: it is idempotent. The corpus
    nodes are recomputed with the new links in the same write (a link found in one document
    applies to the corpus node of every mention of that actor). Endpoint trouble never
    raises; it leaves entities unlinked and is counted in `report.causes`.

    Returns:
        The `kg.link.apply.LinkReport`: `linked`, `nil`, `errors` entries, `links` written.
    """
    from kg.link.update import link_files, link_store

    if (store is None) == (data is None):
        raise KgError("link: give either --store DIR or --data FILE... --out FILE")
    if data is not None and out is None:
        raise KgError("link: --data needs --out FILE for the linked graph")
    options = options or LinkOptions()
    if store is not None:
        report, n = link_store(Path(store), options)
    else:
        assert data is not None and out is not None
        files = [Path(data)] if isinstance(data, str | os.PathLike) else [Path(p) for p in data]
        report, n = link_files(files, Path(out), options)
    report.links = n
    return report


def remove(store: PathLike, ids: str | Iterable[str]) -> list[str]:
    """Take documents out of a store, and their mentions out of the corpus nodes.

    Dropping a document's named graph alone would leave the corpus consolidation pointing
    at mentions that no longer exist, so it is recomputed over the remaining documents and
    written in the same transaction as the drop.

    Args:
        store: the store folder.
        ids: the document ids to remove (as `documents.rq` lists them).

    Returns:
        The ids of the documents the store still holds, sorted.

    Raises:
        kg.errors.KgError: the store does not exist or lacks one of the ids; nothing is removed.
    """
    from kg.consolidate import CORPUS, corpus_graph
    from kg.store import Store

    wanted = sorted({ids} if isinstance(ids, str) else set(ids))
    if not Path(store).is_dir():
        raise KgError(f"{store}: no such store")
    with Store(Path(store)) as target:
        present = set(target.documents())
        missing = [i for i in wanted if i not in present]
        if missing:
            raise KgError(f"remove: {store} has no document {', '.join(repr(m) for m in missing)}; "
                          "nothing was removed")
        corpus = corpus_graph({}, target.oxigraph, removed=wanted)
        target.remove_documents(wanted, replace={CORPUS: corpus})
        return target.documents()


def consolidate(store: PathLike | RemoteStore) -> tuple[int, int]:
    """Recompute the corpus nodes of a store (built before they existed, or to time it).

    `build`, `link` and `remove` do this on every change. `store` is a store folder or a
    remote store (`kg.remote.RemoteStore`, e.g. after bulk-loading N-Quads shards into it).
    Returns (documents, triples of the corpus graph). Raises `kg.errors.KgError` when the
    store does not exist.
    """
    from kg.consolidate import write_corpus_graph
    from kg.remote import RemoteStore
    from kg.store import Store

    if isinstance(store, RemoteStore):
        return store.consolidate()
    if not Path(store).is_dir():
        raise KgError(f"{store}: no such store")
    with Store(Path(store)) as target:
        triples = write_corpus_graph(target)
        return len(target.documents()), triples


def stats(graph: Graph | PathLike, top: int = 10) -> StatsReport:
    """Documents, triples, actors, meetings, proposals, statements and the top actors by degree.

    Args:
        graph: a `kg.Graph` (a store, RDF files or an endpoint: `open_store`, `open_data`,
            `open_endpoint`) or a store folder.
        top: how many of the most connected corpus actors to list (0: none).

    Returns:
        A `kg.graphstats.Stats`: `counts` (label -> number) and `top_actors` (iri, name, category,
        degree: the distinct meetings, proposals, responses and statements the actor is in).
    """
    from kg.graphstats import graph_stats

    if isinstance(graph, Graph):
        return graph_stats(graph.source, top)
    if not Path(graph).is_dir():
        raise KgError(f"{graph}: no such store")
    with open_store(graph) as opened:
        return graph_stats(opened.source, top)


@dataclass
class ExportReport:
    """What `export` wrote: the files (or, without `out`, the bytes) and the network's size."""

    format: str
    paths: list[Path]
    nodes: int
    edges: int
    triples: int
    data: bytes | None = None


def export(graph: Graph | PathLike, to: str, out: PathLike | None = None, *, view: str = "full",
           categories: Iterable[str] | None = None, since: str | None = None, until: str | None = None,
           min_weight: int = 1, drop_isolated: bool = False, title: str | None = None) -> ExportReport:
    """Write the graph for a graph tool: graphml, gexf, cytoscape, dot, csv, jsonld or html.

    Args:
        graph: a `kg.Graph` or a store folder.
        to: the format (see `kg.export.FORMATS`).
        out: the file (csv: a folder or a name prefix); None returns the bytes in
            `report.data` instead (not for csv).
        view: "full" (actors, meetings, proposals) or "actors" (who met whom).
        categories: keep only nodes of these categories (Person, Organisation, Country,
            Place, Meeting, Proposal).
        since: drop nodes and edges dated wholly before this ISO date.
        until: drop nodes and edges dated wholly after this ISO date.
        min_weight: drop edges supported by fewer documents (actor view: shared meetings).
        drop_isolated: drop nodes left without edges.
        title: the title of the html page.

    Raises:
        kg.errors.KgError: bad options, or the output folder does not exist.
    """
    from kg.export import FORMATS, render, write
    from kg.export.projection import filter_projection, project

    if to not in FORMATS:
        raise KgError(f"unknown export format {to!r} (use {', '.join(FORMATS)})")
    if since and until and since > until:
        raise KgError(f"--since {since} is after --until {until}")
    if min_weight < 1:
        raise KgError("--min-weight must be at least 1")
    if out is None and to == "csv":
        raise KgError("csv writes several files: give a folder or a prefix as --out")
    rdf = _export_source(graph, full=to == "jsonld")

    projection = project(rdf, view=view)
    if categories or since or until or min_weight > 1 or drop_isolated:
        projection = filter_projection(projection, categories=categories, since=since, until=until,
                                       min_weight=min_weight, drop_isolated=drop_isolated)
    if not projection.nodes and to != "jsonld":
        log.warning("the graph has no actors, meetings or proposals to export")
    if to == "jsonld" and (categories or since or until or view != "full"):
        log.warning("jsonld exports the RDF graph itself: --view and the filters do not apply")
    report = ExportReport(to, [], len(projection.nodes), len(projection.edges), len(rdf))
    if out is None:
        report.data = render(to, projection, rdf, title)
        return report
    target = Path(out)
    if to != "csv" and str(target.parent) and not target.parent.is_dir():
        raise KgError(f"{target}: folder {target.parent} does not exist")
    report.paths = write(to, projection, os.fspath(out), rdf, title)
    return report


def _export_source(graph: Graph | PathLike, full: bool) -> rdflib.Graph:
    """What an export reads, copied out of the store: every triple for JSON-LD, else only
    the triples the projection uses (kg.export.projection.fetch_for_projection)."""
    from kg.export.projection import fetch_for_projection, fetch_graph

    fetch = fetch_graph if full else fetch_for_projection
    if isinstance(graph, Graph):
        return fetch(graph.source)
    with open_store(graph) as opened:
        return fetch(opened.source)


@dataclass
class ValidationReport:
    """The SHACL verdict: `conforms`, the `violations` (sorted), and what was checked."""

    conforms: bool
    violations: list[Violation]
    triples: int
    description: str

    def __bool__(self) -> bool:
        return self.conforms


def _rdf_to_validate(data: Graph | rdflib.Graph | PathLike | Sequence[PathLike] | None,
                     store: PathLike | None) -> tuple[rdflib.Graph | None, Any, str]:
    """(an rdflib graph, or None and a pyoxigraph store to stream from, what it is)."""
    import rdflib as rl

    from kg.sparql import load_files
    from kg.store import Store

    if (data is None) == (store is None):
        raise KgError("validate: give either FILE... or --store DIR")
    if store is not None:
        if not Path(store).is_dir():
            raise KgError(f"{store}: no such store")
        return None, Store(Path(store), read_only=True).oxigraph, f"store {store}"
    if isinstance(data, rl.Graph):
        return data, None, "graph"
    if isinstance(data, Graph):
        return data.to_rdflib(), None, data.source.description
    files = [Path(data)] if isinstance(data, str | os.PathLike) else [Path(p) for p in data or []]
    return None, load_files(files), ", ".join(str(f) for f in files)


def validate(data: Graph | rdflib.Graph | PathLike | Sequence[PathLike] | None = None, *,
             store: PathLike | None = None) -> ValidationReport:
    """Check a graph against the ontology's SHACL shapes (`ontology/shapes.ttl`).

    Give RDF files, a `kg.Graph` or an rdflib Graph as `data`, or a `store` folder. A store
    and files are checked one named graph (document) at a time, a batch in memory at once,
    and each violation names its document. A graph that does not conform is not an error:
    look at `report.conforms` / `report.violations`.
    """
    from kg.validate import validate_graph, validate_store

    graph, source, what = _rdf_to_validate(data, store)
    if graph is not None:
        if len(graph) == 0:
            raise KgError(f"validate: {what} holds no triples")
        conforms, violations = validate_graph(graph)
        return ValidationReport(conforms, violations, len(graph), what)
    triples, violations = 0, []
    for _label, size, found in validate_store(source):
        triples += size
        violations.extend(found)
    if triples == 0:
        raise KgError(f"validate: {what} holds no triples")
    return ValidationReport(not violations, violations, triples, what)
