"""The corpus graph written in chunks (kg.store.ChunkedGraph): the same triples as the
one-update path, and a stop half-way leaves the flag that makes the next build redo it.

Real pyoxigraph stores built from our own corpus articles (tests/support/corpus_docs.py).
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import buildstate, identity
from kg.consolidate import write_corpus_graph
from kg.store import Store
from tests.test_corpus import ALL, build, corpus_triples


def test_chunks_write_the_same_triples_as_one_update(tmp_path):
    path = build(tmp_path / "s", [ALL])  # consolidated in one update, as before
    before = corpus_triples(path)
    with Store(path) as s:
        written = write_corpus_graph(s, chunk=7)
        assert not buildstate.is_pending(s.oxigraph)
    assert corpus_triples(path) == before
    assert written == len(before) > 50  # many chunks of 7


def test_a_stop_half_way_leaves_the_pending_flag_and_a_rerun_completes(tmp_path, monkeypatch):
    path = build(tmp_path / "s", [ALL])
    before = corpus_triples(path)
    emit = identity.Corpus.emit

    def stopped(self, add):
        calls = []

        def some(triple):
            calls.append(triple)
            if len(calls) > 20:
                raise KeyboardInterrupt
            add(triple)

        emit(self, some)

    monkeypatch.setattr(identity.Corpus, "emit", stopped)
    with Store(path) as s, pytest.raises(KeyboardInterrupt):
        write_corpus_graph(s, chunk=5)
    with Store(path, read_only=True) as s:
        assert buildstate.is_pending(s.oxigraph)
        assert ox.NamedNode(buildstate.PENDING) in set(s.oxigraph.named_graphs())
    assert 0 < len(corpus_triples(path)) < len(before)  # partial: the flag says so
    monkeypatch.setattr(identity.Corpus, "emit", emit)
    with Store(path) as s:
        write_corpus_graph(s)
        assert not buildstate.is_pending(s.oxigraph)
    assert corpus_triples(path) == before
