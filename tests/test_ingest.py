"""Reading input and `kg build`'s handling of bad input.

Bad input must give exit status != 0, ONE line on stderr naming the file, and leave both
the store and the --out file exactly as they were. The extractor is not needed for these
(input is read and checked before it is loaded); the end-to-end build at the bottom needs
it and is skipped only while `kg.extract` does not exist.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
from pathlib import Path

import pytest

from kg.document import read_inputs
from kg.errors import InputError
from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import second_extraction
from tests.support.kgcli import run_kg

HAS_EXTRACTOR = importlib.util.find_spec("kg.extract") is not None
#: a pipeline other than the bundled one for the end-to-end build (e.g. while it is being trained)
MODEL_ARGS = ["--model", os.environ["KG_TEST_MODEL"]] if os.environ.get("KG_TEST_MODEL") else []


# -- reading ---------------------------------------------------------------------------

def test_txt_with_date_header(tmp_path):
    f = tmp_path / "gipfel-2025.de.txt"
    f.write_text("date 2025-05-20 Gipfel in Ostburg\nDie Delegationen trafen sich am Dienstag.\n",
                 encoding="utf-8")
    (doc,) = read_inputs([f])
    assert doc.id == "gipfel-2025" and doc.lang == "de"
    assert doc.date == dt.date(2025, 5, 20)
    assert doc.title == "Gipfel in Ostburg"
    assert doc.text.startswith("Gipfel in Ostburg\nDie Delegationen")  # the headline stays in the text


def test_txt_without_header_and_crlf(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_bytes(b"Erste Zeile.\r\nZweite Zeile.")
    (doc,) = read_inputs([f])
    assert doc.date is None and doc.text == "Erste Zeile.\nZweite Zeile."


def test_folder_and_jsonl(tmp_path):
    folder = tmp_path / "artikel"
    folder.mkdir()
    (folder / "b.txt").write_text("Text B.", encoding="utf-8")
    (folder / "a.txt").write_text("Text A.", encoding="utf-8")
    corpus = tmp_path / "korpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "j1", "text": "Text J.", "date": "2025-01-02", "lang": "de", "url": "https://x.test/1"})
        + "\n\n" + json.dumps({"id": 7, "text": "Text sieben."}) + "\n", encoding="utf-8")
    docs = read_inputs([folder, corpus])
    assert [d.id for d in docs] == ["a", "b", "j1", "7"]
    assert docs[2].date == dt.date(2025, 1, 2) and docs[2].url == "https://x.test/1"


@pytest.mark.parametrize("content,message", [
    (b"", "file is empty"),
    (b"  \n\t\n", "file is empty"),
    (b"Gut \xff\xfe kaputt", "not valid UTF-8"),
])
def test_bad_txt_files(tmp_path, content, message):
    f = tmp_path / "x.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_inputs([f])


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    f = tmp_path / "k.jsonl"
    f.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=rf"{f}:2: malformed JSON"):
        read_inputs([f])


# -- kg build with bad input ----------------------------------------------------------------

@pytest.fixture
def populated(tmp_path) -> tuple[Path, bytes, Path]:
    """A store with one document and an --out file, and their bytes before the failing build."""
    store_dir = tmp_path / "store"
    with Store(store_dir) as s:
        s.replace_documents({"ostburg": extraction_to_graph(second_extraction())})
        dump = s.dump()
    out = tmp_path / "graph.nq"
    out.write_text("previous output\n", encoding="utf-8")
    return store_dir, dump, out


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text('{"id": "a", "text": "ok"}\nnot json\n', encoding="utf-8")
    no_text = tmp_path / "notext.jsonl"
    no_text.write_text('{"id": "a"}\n', encoding="utf-8")
    odd = tmp_path / "article.pdf"
    odd.write_bytes(b"%PDF")
    return {
        "missing": (tmp_path / "missing.txt", "no such file"),
        "empty": (empty, "file is empty"),
        "undecodable": (binary, "a binary file, not text"),
        "malformed-jsonl": (jsonl, "corpus.jsonl:2: malformed JSON"),
        "jsonl-without-text": (no_text, "notext.jsonl:1: missing or empty 'text'"),
        "unsupported": (odd, "unsupported input"),
    }


@pytest.mark.parametrize("case", ["missing", "empty", "undecodable", "malformed-jsonl", "jsonl-without-text",
                                  "unsupported"])
def test_build_rejects_bad_input_and_writes_nothing(tmp_path, populated, case):
    store_dir, dump, out = populated
    bad, message = _bad_inputs(tmp_path)[case]
    good = tmp_path / "good.txt"
    good.write_text("Ein guter Artikel über Gespräche.", encoding="utf-8")
    result = run_kg("build", good, bad, "--store", store_dir, "--out", out)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: ") and str(bad.name) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr
    with Store(store_dir, read_only=True) as s:
        assert s.dump() == dump
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".graph.nq.")]  # no temp file left


def test_build_rejects_duplicate_ids(tmp_path):
    a, b = tmp_path / "one", tmp_path / "two"
    a.mkdir(), b.mkdir()
    (a / "same.txt").write_text("Text eins.", encoding="utf-8")
    (b / "same.txt").write_text("Text zwei.", encoding="utf-8")
    result = run_kg("build", a, b, "--out", tmp_path / "g.nq")
    assert result.returncode == 2
    assert "duplicate document id 'same'" in result.stderr
    assert not (tmp_path / "g.nq").exists()


def test_build_needs_a_destination_and_a_known_format(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Text.", encoding="utf-8")
    no_dest = run_kg("build", f)
    assert no_dest.returncode != 0 and "--store DIR and/or --out FILE" in no_dest.stderr
    bad_suffix = run_kg("build", f, "--out", tmp_path / "g.xml")
    assert bad_suffix.returncode != 0 and "unknown RDF format '.xml'" in bad_suffix.stderr


# -- end to end (needs the extractor) --------------------------------------------------------

ARTICLE = (
    "date 2025-05-20 Gespräche in Ostburg\n"
    "Der Außenminister von Nordland, Erik Sandberg, hat sich am Montag in Ostburg mit der "
    "Premierministerin von Südmark, Ada Kern, getroffen. "
    "„Wir wollen den Waffenstillstand sichern“, sagte Sandberg. "
    "Südmark legte einen Friedensplan vor, den Nordland ablehnte.\n"
)


@pytest.mark.skipif(not HAS_EXTRACTOR, reason="kg.extract is not written yet")
def test_build_end_to_end_store_and_every_format(tmp_path):
    f = tmp_path / "ostburg-2025.de.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    store_dir = tmp_path / "store"
    outs = [tmp_path / f"g{suffix}" for suffix in (".nq", ".trig", ".ttl", ".nt", ".jsonld")]
    first = run_kg("build", f, "--store", store_dir, "--out", outs[0], *MODEL_ARGS, timeout=900)
    assert first.returncode == 0, first.stderr
    for out in outs[1:]:
        r = run_kg("build", f, "--out", out, *MODEL_ARGS, timeout=900)
        assert r.returncode == 0, r.stderr
    again = tmp_path / "again.nq"
    assert run_kg("build", f, "--out", again, *MODEL_ARGS, timeout=900).returncode == 0
    assert again.read_bytes() == outs[0].read_bytes()  # deterministic end to end
    with Store(store_dir, read_only=True) as s:
        assert s.documents() == ["ostburg-2025"]
    ok = run_kg("validate", outs[1])
    assert ok.returncode == 0, ok.stdout + ok.stderr
    rows = json.loads(run_kg("query", "actors", "--data", outs[1], "--format", "json").stdout)
    names = {b["name"]["value"] for b in rows["results"]["bindings"]}
    assert "Erik Sandberg" in names or "Sandberg" in names
