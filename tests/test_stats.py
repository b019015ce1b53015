"""`kg stats`: the figures are checked against counts made independently with rdflib in Python."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, Dataset

import kg
from kg.namespace import NEG
from tests.support.kgcli import run_kg
from tests.support.scale_corpus import write_jsonl


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("stats")
    corpus = write_jsonl(folder / "c.jsonl", 8)
    kg.build(corpus, store=folder / "store", out=folder / "all.nq")
    return folder / "store", folder / "all.nq"


def test_counts_and_degrees_agree_with_python(built: tuple[Path, Path]) -> None:
    store, nq = built
    data = Dataset()
    data.parse(nq, format="nquads")
    union = list(data.quads((None, None, None, None)))
    typed = defaultdict(set)
    for s, p, o, _g in union:
        if p == RDF.type:
            typed[o].add(s)
    figures = kg.stats(store, top=3)
    assert figures.counts["documents"] == len(typed[NEG.Document]) == 8
    assert figures.counts["actors"] == len(typed[NEG.CorpusActor]) > 0
    assert figures.counts["meetings"] == len(typed[NEG.Meeting]) > 0
    assert figures.counts["proposals"] == len(typed[NEG.Proposal])
    assert figures.counts["statements"] == len(typed[NEG.Statement])
    assert figures.counts["triples"] == len(union)

    corpus_of = {s: o for s, p, o, _ in union if p == NEG.mentionOf}
    roles = {NEG.participant, NEG.proposer, NEG.respondent, NEG.speaker}
    events = defaultdict(set)
    for s, p, o, _ in union:
        if p in roles and o in corpus_of:
            events[corpus_of[o]].add(s)
    degrees = sorted((len(v) for v in events.values()), reverse=True)
    assert [a.degree for a in figures.top_actors] == degrees[:3]
    assert all(a.name and a.category for a in figures.top_actors)


def test_cli_prints_the_same_figures_for_store_and_file(built: tuple[Path, Path]) -> None:
    store, nq = built
    from_store = run_kg("stats", "--store", store, "--format", "json")
    from_file = run_kg("stats", "--data", nq, "--format", "json")
    assert from_store.returncode == 0, from_store.stderr
    assert json.loads(from_store.stdout) == json.loads(from_file.stdout)
    table = run_kg("stats", "--store", store, "--top", "2")
    assert "documents" in table.stdout and "top 2 actors by degree" in table.stdout
