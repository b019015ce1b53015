"""`kg build`: articles in, graph out (a store folder and/or an RDF file).

The order of work is what keeps the store safe: read and check ALL input, extract ALL
documents, map them to RDF, and only then write — the file through a temporary file and a
rename, the store in one transaction. A bad input file stops the build with a one-line
error before anything is written, so nothing already in the store is lost or half-written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from kg.link.options import add_link_arguments

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                        help=".txt articles (optional first line 'date YYYY-MM-DD Headline'), "
                             "folders of them, or .jsonl corpora (id, text, date, lang, title, url)")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="add the documents to this persistent store (created if missing); "
                             "a document already there is replaced")
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="write the graph to FILE; the suffix picks the format: "
                             ".ttl, .nt, .nq, .trig, .jsonld (.nq/.trig/.jsonld keep one named graph "
                             "per document)")
    parser.add_argument("--model", metavar="NAME_OR_PATH", default=None,
                        help="spaCy pipeline to use (default: the bundled German pipeline)")
    parser.add_argument("--validate", action="store_true",
                        help="check each document's graph against the SHACL shapes before writing; "
                             "write nothing if one does not conform (see --on-invalid)")
    parser.add_argument("--on-invalid", choices=("fail", "skip"), default=None,
                        help="with validation (implied): fail (default) writes nothing if a document does "
                             "not conform; skip writes the conforming ones and names the others")
    add_link_arguments(parser, with_switch=True)


def _extract(docs, args: argparse.Namespace):
    """All extractions, with a progress bar on stderr when -v is given."""
    from kg.extract import Extractor

    extractor = Extractor(model=args.model)
    if not getattr(args, "verbose", False):
        return list(extractor.pipe(docs))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    out = []
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), transient=False,
                  console=_stderr_console()) as progress:
        task = progress.add_task("", total=len(docs))
        for extraction in extractor.pipe(docs):
            out.append(extraction)
            progress.update(task, advance=1, description=extraction.document.id)
    return out


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def run(args: argparse.Namespace) -> int:
    from kg.document import read_inputs
    from kg.errors import KgError
    from kg.iri import graph_iri
    from kg.rdf.mapping import extraction_to_graph
    from kg.rdf.serialize import format_for, serialize, write_bytes

    if args.store is None and args.out is None:
        raise KgError("build: say where the graph goes: --store DIR and/or --out FILE")
    out_format = format_for(args.out) if args.out is not None else None

    docs = read_inputs(args.inputs)  # raises InputError naming the file before anything is written
    log.info("read %d document(s) from %d input(s)", len(docs), len(args.inputs))

    store = None
    if args.store is not None:  # open (and lock) the store before the long extraction
        from kg.store import Store

        store = Store(args.store)

    extractions = _extract(docs, args)
    extra: dict = {}  # named graphs other than documents: the Wikidata facts of --link --enrich
    if getattr(args, "link", False):
        from kg.link.apply import link_extractions
        from kg.namespace import WIKIDATA_GRAPH

        report = link_extractions(extractions, args)
        enrichment = getattr(report, "enrichment", None)
        if enrichment is not None and len(enrichment):
            from rdflib import URIRef

            extra[URIRef(WIKIDATA_GRAPH)] = enrichment

    graphs = {x.document.id: extraction_to_graph(x) for x in extractions}
    if args.validate or args.on_invalid:
        from kg.validate import keep_conforming

        graphs = keep_conforming(graphs, args.on_invalid or "fail")
    triples = sum(len(g) for g in graphs.values())

    if args.out is not None:
        named = {graph_iri(doc_id): g for doc_id, g in graphs.items()}
        data = serialize({**named, **extra}, out_format)
        write_bytes(args.out, data)
        log.info("wrote %s (%d triples)", args.out, triples)
    if store is not None:
        store.replace_documents(graphs, merge=extra)
        log.info("stored %d document(s) in %s (now %d documents)", len(graphs), args.store,
                 len(store.documents()))
    where = " and ".join(str(p) for p in (args.store, args.out) if p is not None)
    print(f"kg: built {len(graphs)} document(s), {triples} triples -> {where}", file=sys.stderr)
    return 0
