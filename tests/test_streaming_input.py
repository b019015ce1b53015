"""Streaming input (kg.corpus): `kg build` reads its inputs twice and never holds them whole.

Real files, the real pipeline and store. The first pass keeps ids, hashes and grouping keys;
the second reads the texts again a batch at a time. Checked here: how many Document objects
are alive while a build runs (counted with the garbage collector, which sees every one),
that grouping and content hashes come out as when every document is read at once, that
inputs which can be read only once (a pipe, a generator) still build the same graph, and
that a file changed between the passes is refused without leaving half a document behind.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import buildstate
from kg.api import read_documents
from kg.document import Document, read_inputs
from kg.errors import InputError
from kg.ingest import Intake
from tests.support.kgcli import run_kg
from tests.support.scale_corpus import article, write_jsonl


def live_documents() -> int:
    """Document objects alive in this process right now."""
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is Document)


def test_documents_held_at_once_are_bounded_by_the_batch_size(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 32)
    before = live_documents()

    docs, _ = read_documents(corpus)  # the instrument sees a corpus read whole
    assert live_documents() - before == 32
    del docs

    peaks: list[int] = []
    report = kg.build(corpus, store=tmp_path / "store", batch_size=4,
                      progress=lambda done, total, last: peaks.append(live_documents() - before))
    assert len(report.documents) == 32
    assert len(peaks) == 8  # one call per batch
    assert max(peaks) <= 2 * 4, peaks  # the batch just built (and at most the next), never the corpus


def _syndicated(tmp_path: Path) -> list[Path]:
    """Two agency reports, each with shortened copies on other sites, and independent items."""
    report_a = ("Die Außenminister der Nordstaaten haben sich am Montag in Bergen auf einen gemeinsamen "
                "Fonds für die Fischerei geeinigt. Der Fonds soll ab dem kommenden Jahr Schäden an "
                "Netzen und Booten ersetzen, die durch Stürme entstehen. Die norwegische Ministerin "
                "Ingrid Solberg sprach von einem guten Tag für die Küstenorte. Ihr schwedischer Kollege "
                "Lars Holm sagte, die Einigung sei nach langen Verhandlungen zustande gekommen und "
                "müsse nun von den Parlamenten bestätigt werden.")
    report_b = ("In Prag haben die Verkehrsminister mehrerer Staaten am Dienstag über neue Regeln für den "
                "Güterverkehr auf der Schiene beraten. Ein Vorschlag der tschechischen Regierung sieht "
                "vor, die Gebühren für lange Güterzüge zu senken. Verkehrsminister Jonas Novak sagte, "
                "man wolle mehr Fracht von der Straße holen. Die österreichische Delegation zeigte sich "
                "offen, verlangte aber eine Prüfung der Kosten für die kleineren Bahnen im Alpenraum.")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "agentur-a.txt").write_text(f"date 2026-03-02 Einigung in Bergen\n{report_a}\n",
                                          encoding="utf-8")
    copy_a = report_a.replace("am Montag", "zu Wochenbeginn").rsplit(". ", 1)[0] + "."
    (folder / "zeitung-a.txt").write_text(f"date 2026-03-03 Fonds für Fischer\n{copy_a}\n", encoding="utf-8")
    (folder / "kurz.txt").write_text(article(3) + "\n", encoding="utf-8")
    rows = [{"id": "agentur-b", "text": report_b, "date": "2026-03-04"},
            {"id": "portal-b", "text": "Bahn: " + report_b.replace("mehrerer", "vieler"),
             "date": "2026-03-04"},
            {"id": "blatt-b", "text": report_b.split(". ", 2)[2], "date": "2026-03-05"},
            {"id": "eigen", "text": article(5) + " " + article(6), "date": "2026-03-05"}]
    corpus = tmp_path / "more.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return [folder, corpus]


def test_streamed_grouping_and_hashes_equal_reading_everything_at_once(tmp_path: Path) -> None:
    from kg.building import _story_lines
    from kg.corpus import scan
    from kg.ingest.stories import group_stories

    inputs = _syndicated(tmp_path)
    eager_intake = Intake()
    eager = read_inputs(inputs, eager_intake)  # the whole corpus in memory
    assert group_stories(eager) == eager_intake.stories
    assert len(eager_intake.stories) == 2  # the fixture exercises grouping

    intake = Intake()
    with scan(inputs, intake=intake) as corpus:
        assert intake.stories == eager_intake.stories
        assert [e.id for e in corpus.entries] == [d.id for d in eager]
        assert list(corpus.documents()) == eager
        lines = _story_lines(intake.stories)
        for entry, doc in zip(corpus.entries, eager, strict=True):
            assert buildstate.finish_hash(entry.prefix, lines.get(doc.id, []), False) == \
                buildstate.content_hash(doc, lines.get(doc.id, []), False)


def test_a_pipe_is_read_once_and_builds_what_the_file_builds(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 3)
    ref = run_kg("build", corpus, "--out", tmp_path / "ref.nq")
    assert ref.returncode == 0, ref.stderr

    pipe_dir = tmp_path / "pipe"
    pipe_dir.mkdir()
    fifo = pipe_dir / "corpus.jsonl"
    os.mkfifo(fifo)

    def feed() -> None:  # a second open of the pipe would wait for a writer that never comes
        with fifo.open("wb") as f:
            f.write(corpus.read_bytes())

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    result = run_kg("build", fifo, "--out", tmp_path / "pipe.nq", timeout=240)
    writer.join(5)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "pipe.nq").read_bytes() == (tmp_path / "ref.nq").read_bytes()


def test_a_generator_of_documents_is_spooled_once(tmp_path: Path) -> None:
    docs = [Document(id=f"g-{i}", text=article(i)) for i in range(3)]
    consumed = []

    def once():
        for d in docs:
            consumed.append(d.id)
            yield d

    streamed = kg.build(once(), out=tmp_path / "gen.nq", batch_size=1)
    listed = kg.build(docs, out=tmp_path / "list.nq")
    assert consumed == ["g-0", "g-1", "g-2"]  # iterated once, in order
    assert streamed.documents == listed.documents == ["g-0", "g-1", "g-2"]
    assert (tmp_path / "gen.nq").read_bytes() == (tmp_path / "list.nq").read_bytes()


def test_a_file_changed_between_the_passes_is_refused_and_whole_documents_stay(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"t{i}.txt").write_text(article(i) + "\n", encoding="utf-8")

    def edit(done: int, total: int, last: str) -> None:  # after the first batch: t2 not read again yet
        if done == 1:
            (folder / "t2.txt").write_text(article(7) + "\n", encoding="utf-8")

    with pytest.raises(InputError, match=r"t2\.txt: changed while kg was reading it"):
        kg.build(folder, store=tmp_path / "store", batch_size=1, progress=edit)
    store = ox.Store.read_only(str(tmp_path / "store"))
    built = set(buildstate.stored_stamps(store))
    assert built and built <= {"t0", "t1"}  # written documents are whole (stamped); t2 absent
    del store
    again = kg.build(folder, store=tmp_path / "store")  # a re-run completes it
    assert "t2" in again.documents and set(again.unchanged) == built


def test_an_archive_piped_to_dev_stdin_builds_what_the_file_builds(tmp_path: Path) -> None:
    """The format of /dev/stdin is recognised by its first bytes: read from the pipe once and
    spooled, they are still there when the archive is read (and read again)."""
    import subprocess
    import sys

    from tests.support.kgcli import LAUNCHER, ROOT
    from tests.support.webarticles import ARTICLES
    from tests.support.webcorpus import page, syndicate, write_warc

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [page(ARTICLES[0], 0), page(syndicate(ARTICLES[0], 1), 1), page(ARTICLES[1], 3)])
    ref = run_kg("build", warc, "--out", tmp_path / "ref.nq")
    assert ref.returncode == 0, ref.stderr
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    piped = subprocess.run([sys.executable, "-c", LAUNCHER, "build", "/dev/stdin", "--out",
                            str(tmp_path / "piped.nq")], input=warc.read_bytes(), capture_output=True,
                           cwd=ROOT, env=env, timeout=240)
    assert piped.returncode == 0, piped.stderr
    assert b"built 3 document(s)" in piped.stderr
    assert (tmp_path / "piped.nq").read_bytes() == (tmp_path / "ref.nq").read_bytes()


def _datasketch_minhash(text: str):
    """datasketch's own LeanMinHash of the shingles of `text` (what kg computed before)."""
    from datasketch import LeanMinHash, MinHash

    from kg.ingest.stories import _WORD, NUM_PERM, SHINGLE

    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return LeanMinHash(mh)


def _lsh_groups(docs: list[Document], threshold: float) -> set[frozenset[str]]:
    """The groups datasketch's own MinHash and MinHashLSH index find (how kg grouped before), as sets."""
    from datasketch import MinHashLSH

    from kg.ingest.stories import MIN_WORDS, NUM_PERM

    minhashes = {d.id: _datasketch_minhash(d.text) for d in docs if len(d.text.split()) >= MIN_WORDS}
    lsh, parent = MinHashLSH(threshold=threshold, num_perm=NUM_PERM), {i: i for i in minhashes}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for doc_id, minhash in minhashes.items():
        for other in lsh.query(minhash):
            if minhash.jaccard(minhashes[other]) >= threshold:
                parent[find(doc_id)] = find(other)
        lsh.insert(doc_id, minhash)
    groups: dict[str, set[str]] = {}
    for doc_id in minhashes:
        groups.setdefault(find(doc_id), set()).add(doc_id)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.6])
def test_grouping_by_sorted_bands_finds_what_the_lsh_index_finds(threshold: float) -> None:
    import random

    from kg.ingest.stories import group_keys, story_key

    words = ("Minister Gipfel Vertrag Grenze Fonds Hafen Zoll Bahn Strom Netz Fischer Küste Rat Plan "
             "Kommission Gespräch Einigung Streit Frist Bericht Antrag Gesetz Steuer Quote Markt Preis "
             "Vorschlag Treffen Delegation Abkommen Regierung Partei Wahl Haushalt Schulden Hilfe").split()
    rng = random.Random(13)
    docs = []
    for g in range(30):  # 30 stories; some with copies that cut the end and change words
        text = [rng.choice(words) for _ in range(70)]
        docs.append(Document(id=f"s{g:02d}", text=" ".join(text)))
        for c in range(g % 4):
            copy = text[: 70 - 10 * c]
            for _ in range(2 + c):
                copy[rng.randrange(len(copy))] = rng.choice(words)
            docs.append(Document(id=f"s{g:02d}-{c}", text=" ".join(copy)))
    keys = [k for k in map(story_key, docs) if k is not None]
    assert len(keys) == len(docs) == 73
    stories = group_keys(keys, threshold)
    assert {frozenset((s.original, *s.copies)) for s in stories} == _lsh_groups(docs, threshold)
    assert 10 <= len(stories) <= 30


def test_minhash_and_band_layout_are_datasketchs() -> None:
    """kg computes datasketch's MinHash values and LSH band layout itself (so that a build does
    not import datasketch and scipy): they must stay the same numbers."""
    import numpy as np
    from datasketch import MinHashLSH

    from kg.ingest.stories import _BAND_LAYOUTS, NUM_PERM, _minhash

    texts = ["", "Eva Lind", "Karl Lund traf in Oslo die Ministerin. Über Zölle wurde gesprochen, "
             "Ärger über Gebühren blieb.", " ".join(f"Wort{i}" for i in range(500))]
    for text in texts:
        ours, theirs = _minhash(text), _datasketch_minhash(text).hashvalues
        assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)
    for (threshold, num_perm), layout in _BAND_LAYOUTS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert num_perm == NUM_PERM and (lsh.b, lsh.r) == layout


def test_grouping_at_the_default_threshold_imports_neither_datasketch_nor_scipy() -> None:
    import subprocess
    import sys

    code = ("import sys\n"
            "from kg.document import Document\n"
            "from kg.ingest.stories import group_stories\n"
            "text = ' '.join(f'Wort{i}' for i in range(80))\n"
            "docs = [Document(id='a', text=text), Document(id='b', text=text + ' Ende')]\n"
            "(story,) = group_stories(docs)\n"
            "assert (story.original, story.copies) == ('b', ('a',)), story\n"
            "assert not {'datasketch', 'scipy'} & set(sys.modules), 'imported'\n")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
