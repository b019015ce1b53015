"""Validation one document at a time, naming document and record; the mapping's own guard."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
from rdflib import RDF

from kg import iri
from kg.errors import KgError
from kg.namespace import NEG
from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from kg.validate import keep_conforming, validate_graph
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgcli import run_kg


@pytest.mark.parametrize("quote", ["", "   ", "„“"])
def test_a_statement_without_quote_is_never_emitted(quote: str, caplog: pytest.LogCaptureFixture) -> None:
    """The news corpus had one: a quotation of nothing but quotation marks, stripped to ""."""
    from kg.extract.statements import _strip_quotes

    x = geneva_extraction()
    assert x.statements, "the fixture needs a statement"
    bad = dataclasses.replace(x.statements[0], key="leer", quote=_strip_quotes(quote))
    x.statements.append(bad)
    with caplog.at_level(logging.WARNING):
        g = extraction_to_graph(x)
    assert (iri.statement_iri(x.document.id, "leer"), RDF.type, NEG.Statement) not in g
    assert len(list(g.subjects(RDF.type, NEG.Statement))) == len(x.statements) - 1
    assert validate_graph(g)[0]
    assert any("genf-2025" in r.message and "leer" in r.message for r in caplog.records)


def broken_and_good() -> dict:
    good, broken = second_extraction(), geneva_extraction()
    g = extraction_to_graph(broken)
    g.remove((iri.meeting_iri(broken.document.id, "m-genf"), NEG.status, None))
    return {broken.document.id: g, good.document.id: extraction_to_graph(good)}


def test_skip_keeps_the_conforming_documents(capsys: pytest.CaptureFixture[str]) -> None:
    kept = keep_conforming(broken_and_good(), "skip")
    assert list(kept) == ["ostburg"]
    err = capsys.readouterr().err
    assert "neg:status" in err and "[document genf-2025]" in err and "skipped 1 document(s)" in err


def test_fail_writes_nothing_and_names_the_document() -> None:
    with pytest.raises(KgError, match=r"1 of 2 document\(s\).*genf-2025.*nothing was written"):
        keep_conforming(broken_and_good(), "fail")


def test_kg_validate_store_names_only_the_bad_document(tmp_path: Path) -> None:
    with Store(tmp_path / "store") as s:
        s.replace_documents(broken_and_good())
    result = run_kg("validate", "--store", tmp_path / "store")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines and all(line.endswith("[document genf-2025]") for line in lines)
    assert "in 1 graph(s)" in result.stderr


def test_kg_build_on_invalid_skip_end_to_end(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Der Außenminister Erik Sandberg sagte: „Wir verhandeln weiter.“\n", encoding="utf-8")
    result = run_kg("build", article, "--store", tmp_path / "store", "--on-invalid", "skip")
    assert result.returncode == 0, result.stderr
    assert "built 1 document(s)" in result.stderr
    assert run_kg("validate", "--store", tmp_path / "store").returncode == 0


def test_streaming_build_with_fail_writes_nothing_even_after_good_batches(tmp_path: Path) -> None:
    """The first batch conforms, the second does not: the store, the file and the folder are
    as before (the batches waited in a temporary file; the file's runs are removed)."""
    from kg.batches import Result
    from kg.building import Options, Run, Staged, StoreTarget
    from kg.document import Document
    from kg.errors import GraphInvalidError
    from kg.rdf.serialize import _nt_lines
    from kg.rdf.spool import FileSpool

    graphs = broken_and_good()

    class Fixed(Run):  # the extraction of the two fixture documents, one batch each
        def _results(self, docs):
            return ([Result(d.id, 3, lines=_nt_lines(graphs[d.id]))] for d in docs)

    docs = [Document(id="ostburg", text="a b c"), Document(id="genf-2025", text="d e f")]
    (tmp_path / "out").mkdir()
    with Store(tmp_path / "store") as store:
        spool = FileSpool(tmp_path / "out" / "g.nq", "nquads")
        run = Fixed([Staged(StoreTarget(store))], spool, memory=False, options=Options(on_invalid="fail"))
        with pytest.raises(GraphInvalidError, match="genf-2025"):
            run.execute(docs)
        assert len(store) == 0
    assert list((tmp_path / "out").iterdir()) == []


def test_the_corpus_graph_checked_on_its_own_has_no_false_violations(tmp_path: Path, monkeypatch) -> None:
    """Large stores validate the corpus graph in a batch without the documents it points to
    (here forced by a batch size of one triple); its links must not count as violations."""
    import kg.validate as validation
    from kg.consolidate import consolidated
    from kg.validate import validate_store

    graphs = {x.document.id: extraction_to_graph(x) for x in (geneva_extraction(), second_extraction())}
    with Store(tmp_path / "store") as s:
        s.replace_documents(graphs, replace=consolidated(graphs, s))
        monkeypatch.setattr(validation, "BATCH_TRIPLES", 1)
        checked = list(validate_store(s.oxigraph))
    assert [label for label, _, _ in checked][-1].endswith("corpus/consolidation")
    assert all(size > 0 for _, size, _ in checked)
    assert [v for _, _, found in checked for v in found] == []
