"""The bad-input matrix: every case gets one clear line, a non-zero exit, and loses nothing.

Inputs (encodings, binary, JSONL defects, a 200 MB file), stores (corrupted, locked) and a
full disk (a file-size limit, RLIMIT_FSIZE, on the writing process). Misbehaving endpoints
are in test_query_failures.py, hostile names in test_properties.py; docs/robustness.md has
the whole matrix with the expected behaviour.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgcli import LAUNCHER, ROOT, run_kg

GERMAN = "Die Außenministerin traf in Genf ihren Amtskollegen. Gespräche über Zölle folgen.\n"


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode != 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: ") and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


CASES: dict[str, tuple[str, bytes, tuple[str, ...]]] = {
    "latin-1": ("a.txt", GERMAN.encode("latin-1"), ("not valid UTF-8", "Latin-1")),
    "binary": ("b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("binary file",)),
    "utf-16 without BOM": ("c.txt", GERMAN.encode("utf-16-le"), ("binary file",)),
    "broken utf-16": ("d.txt", b"\xff\xfe" + b"\x00\xd8" + b"a\x00", ("UTF-16",)),
    "jsonl not json": ("e.jsonl", jsonl({"id": "a", "text": "ok"}, "{id: b}").encode(),
                       ("e.jsonl:2", "JSON")),
    "jsonl array": ("f.jsonl", jsonl([1, 2]).encode(), ("f.jsonl:1", "JSON object")),
    "jsonl text not a string": ("g.jsonl", jsonl({"id": "a", "text": 5}).encode(), ("g.jsonl:1", "'text'")),
    "jsonl without text": ("h.jsonl", jsonl({"id": "a", "title": "x"}).encode(), ("h.jsonl:1", "'text'")),
    "jsonl duplicate ids": ("i.jsonl", jsonl({"id": "a", "text": "x"}, {"id": "a", "text": "y"}).encode(),
                            ("i.jsonl:2", "duplicate document id 'a'")),
    "jsonl blank only": ("j.jsonl", b"\n\n  \n", ("empty",)),
    "empty txt": ("k.txt", b"", ("empty",)),
    "header without text": ("l.txt", b"date 2025-01-02\n\n", ("no text",)),
    "bad date": ("m.jsonl", jsonl({"id": "a", "text": "x", "date": "2025-13-45"}).encode(),
                 ("invalid date",)),
}


@pytest.fixture(scope="module")
def populated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("store") / "store"
    with Store(path) as s:
        s.replace_documents({"ostburg": extraction_to_graph(second_extraction())})
        return path, s.dump()


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_refused_and_the_store_is_untouched(tmp_path: Path, populated: tuple[Path, bytes],
                                                         case: str) -> None:
    name, content, words = CASES[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    store, before = populated
    one_line(run_kg("build", bad, "--store", store), name, *words)
    with Store(store, read_only=True) as s:
        assert s.dump() == before


def test_utf16_with_bom_and_control_characters_are_read(tmp_path: Path) -> None:
    from kg.document import read_inputs

    bom = tmp_path / "bom.txt"
    bom.write_bytes(GERMAN.encode("utf-16"))
    control = tmp_path / "ctl.jsonl"
    control.write_text(jsonl({"id": "x\u202e<\"'\\>", "text": "Ein\x07 Text\x00 mit\x1b Steuerzeichen"}),
                       encoding="utf-8")
    docs = read_inputs([bom, control])
    assert docs[0].text == GERMAN and docs[1].id == "x\u202e<\"'\\>" and "\x00" in docs[1].text


def test_a_200_mb_file_is_refused_before_extraction(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        line = (GERMAN * 12).encode("utf-8")
        for _ in range(200 * 1024 * 1024 // len(line)):
            f.write(line)
    out = tmp_path / "g.nt"
    try:
        one_line(run_kg("build", big, "--out", out, timeout=120), "big.txt", "at most 1,000,000")
        assert not out.exists()
    finally:
        big.unlink()  # pytest keeps the last runs' folders


def test_corrupted_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Store(store) as s:
        s.replace_documents({"genf": extraction_to_graph(geneva_extraction())})
    (store / "CURRENT").write_bytes(b"\x00garbage\n")
    one_line(run_kg("query", "ASK {}", "--store", store), str(store), "cannot open store")
    one_line(run_kg("validate", "--store", store), "cannot open store")


def test_locked_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    article = tmp_path / "a.txt"
    article.write_text(GERMAN, encoding="utf-8")
    with Store(store) as s:
        s.replace_documents({"genf": extraction_to_graph(geneva_extraction())})
        before = s.dump()
        one_line(run_kg("build", article, "--store", store), str(store), "cannot open store")
    with Store(store, read_only=True) as s:
        assert s.dump() == before


def _limited(code: str, limit: int) -> subprocess.CompletedProcess[str]:
    """Run `code` in a Python whose files cannot grow past `limit` bytes: a full disk."""
    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          preexec_fn=preexec, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"})


def test_full_disk_while_writing_a_file(tmp_path: Path) -> None:
    from kg.iri import graph_iri
    from kg.rdf.serialize import write

    data = tmp_path / "g.trig"
    write({graph_iri("genf"): extraction_to_graph(geneva_extraction())}, data)
    out = tmp_path / "out.jsonld"
    out.write_text("previous\n", encoding="utf-8")
    code = LAUNCHER.replace("sys.argv[1:]", repr(["export", "--to", "jsonld", "--data", str(data),
                                                  "--out", str(out)]))
    one_line(_limited(code, 4096), str(out), "cannot write")
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_full_disk_while_writing_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with Store(store) as s:
        s.replace_documents({"ostburg": extraction_to_graph(second_extraction())})
        before = s.dump()
    code = (
        "import sys\n"
        "from kg.store import Store, StoreError\n"
        "from kg.rdf.mapping import extraction_to_graph\n"
        "from tests.support.extractions import geneva_extraction\n"
        "try:\n"
        f"    s = Store({str(store)!r})\n"
        "    s.replace_documents({f'g{i}': extraction_to_graph(geneva_extraction(doc_id=f'g{i}')) "
        "for i in range(40)})\n"
        "except StoreError as exc:\n"
        "    print('kg:', exc, file=sys.stderr); sys.exit(2)\n"
    )
    result = _limited(code, 64 * 1024)
    one_line(result, str(store))
    with Store(store, read_only=True) as s:
        assert s.dump() == before


def test_a_document_reads_its_date_from_an_iso_string_or_refuses_it_in_one_line() -> None:
    """`Document(date="2025-12-02")` is a date from the start; a string that is no date, or a
    number, is refused with the document named, not left to fail in the time resolver."""
    import datetime as dt

    from kg.document import Document
    from kg.errors import InputError

    assert Document(id="a", text="Text.", date="2025-12-02").date == dt.date(2025, 12, 2)
    assert Document(id="a", text="Text.", date=dt.datetime(2025, 12, 2, 9, 30)).date == dt.date(2025, 12, 2)
    for bad in ("gestern", 20251202):
        with pytest.raises(InputError, match="document a: .*date"):
            Document(id="a", text="Text.", date=bad)  # type: ignore[arg-type]
