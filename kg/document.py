"""Reading articles into `Document` records.

Inputs are `.txt` files (optionally starting with a header line `date YYYY-MM-DD Headline`),
folders of them, and `.jsonl` corpora (one object per line with `id`, `text` and optional
`date`, `lang`, `title`, `url`). Web pages, WARC archives and feeds (found by suffix or by
content) are read by `kg.ingest`, which also detects languages and groups syndicated copies.
All input is read and checked before anything is written, so a bad file stops a build
before the store is touched (or, with `Intake(keep_going=True)`, is listed and left out).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from kg.ingest import Intake

_HEADER = re.compile(r"^date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$")
SUPPORTED_LANGS = ("de", "en")
#: longest document text: spaCy's default `max_length`, beyond which its parser refuses a text
MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class Document:
    """One article: the unit of extraction and of a named graph in the store."""

    id: str
    text: str
    date: dt.date | None = None
    lang: str = "de"
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the file the document came from, for messages
    site: str | None = None  # the publishing site's name (web input)
    author: str | None = None  # the byline as written (web input)
    lang_given: bool = True  # False: `lang` is a default that language detection may replace

    def __post_init__(self) -> None:
        # "2025-12-02" is what callers have at hand; a string left here would fail deep in
        # the time resolver, so it is read (or refused with the one-line error) right away
        if isinstance(self.date, str):
            object.__setattr__(self, "date", _parse_date(self.date, f"document {self.id}"))
        elif isinstance(self.date, dt.datetime):
            object.__setattr__(self, "date", self.date.date())
        elif self.date is not None and not isinstance(self.date, dt.date):
            raise InputError(f"document {self.id}: 'date' must be a date or YYYY-MM-DD, got {self.date!r}")


def _parse_date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: 'date' must be a string YYYY-MM-DD, got {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from None


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode(raw, path)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), or UTF-16 with a BOM; anything else is refused, saying what
    it looks like (binary, Latin-1/Windows-1252) so the user knows how to convert it."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: starts like UTF-16 but is not (byte {exc.start})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in raw:
            raise InputError(f"{path}: a binary file, not text (NUL bytes)") from None
        hint = ""
        if all(b >= 0x20 or b in b"\t\n\r" for b in raw[:4096]):
            hint = "; it looks like Latin-1/Windows-1252: convert it with iconv -f WINDOWS-1252 -t UTF-8"
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}){hint}") from None


def read_txt(path: Path) -> Document:
    """A plain-text article; the id is the file stem (`x.de.txt` -> `x.de` minus language)."""
    text = _read_text(path)
    date = title = None
    first, _, rest = text.partition("\n")
    match = _HEADER.match(first.strip())
    if match:
        date = _parse_date(match.group(1), str(path))
        title = match.group(2).strip() or None
        # the headline is part of the article; the `date` keyword is not
        text = (title + "\n" + rest) if title else rest
        if not text.strip():
            raise InputError(f"{path}: file has a date header but no text")
    stem = path.name[: -len(".txt")] if path.name.endswith(".txt") else path.stem
    lang, given = "de", False
    for code in SUPPORTED_LANGS:
        if stem.endswith("." + code):
            stem, lang, given = stem[: -len(code) - 1], code, True
    return Document(id=stem, text=text, date=date, lang=lang, title=title, source=str(path),
                    lang_given=given)


def _jsonl_object(line: str, where: str) -> Document:
    """One line of a `.jsonl` corpus as a Document; a malformed line is an InputError naming it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object")
    doc_id, body = obj.get("id"), obj.get("text")
    if not isinstance(doc_id, str | int) or str(doc_id).strip() == "":
        raise InputError(f"{where}: missing 'id'")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: missing or empty 'text'")
    lang = obj.get("lang") or "de"
    if not isinstance(lang, str):
        raise InputError(f"{where}: 'lang' must be a string")
    return Document(
        id=str(doc_id),
        text=body.replace("\r\n", "\n"),
        date=_parse_date(obj.get("date"), where),
        lang=lang.lower()[:2],
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        source=where,
        lang_given=bool(obj.get("lang")),
    )


def _check_utf8(path: Path) -> None:
    """Refuse a file that is not UTF-8 before its first document is handed on, in pieces (the
    file is never held whole), with `_decode`'s message (which then reads the bad file whole)."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with path.open("rb") as fh:
            while piece := fh.read(1 << 20):
                decoder.decode(piece)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        _decode(path.read_bytes(), path)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def _jsonl_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file one at a time, line ends normalised as `_read_text` does."""
    with path.open("rb") as fh:
        first = True
        for raw in fh:
            text = raw.decode("utf-8-sig" if first else "utf-8")
            first = False
            text = text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith("\n") else text
            yield from text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _starts_utf16(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(2) in (b"\xff\xfe", b"\xfe\xff")
    except OSError:
        return True  # read whole, for the eager message


def iter_jsonl(path: Path) -> Iterator[Document]:
    """A corpus, one JSON object per line (blank lines allowed), read one line at a time.

    A streaming build reads a corpus twice and must never hold it whole. Errors are those of
    reading the file whole: a file that is not UTF-8 (checked first), then the first bad line.
    UTF-16 files (rare) and what is not a regular file (a pipe) are read whole."""
    if not path.is_file() or _starts_utf16(path):
        lines: Iterable[str] = _read_text(path).split("\n")
    else:
        _check_utf8(path)
        lines = _jsonl_lines(path)
    seen_text = found = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen_text = True
        yield _jsonl_object(line, f"{path}:{lineno}")
        found = True
    if not seen_text:
        raise InputError(f"{path}: file is empty")
    if not found:
        raise InputError(f"{path}: no documents in file")


def read_jsonl(path: Path) -> list[Document]:
    """A corpus, one JSON object per line; blank lines are allowed."""
    return list(iter_jsonl(path))


def _readable(path: Path) -> bool:
    from kg.ingest.sniff import kind_of

    return path.suffix in (".txt", ".jsonl") or kind_of(path) is not None


def read_path(path: Path, intake: Intake | None = None) -> list[Document]:
    """The documents of one input; web formats go to `intake` (kg.ingest)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        if not files:
            raise InputError(f"{path}: folder holds no readable input (.txt, .jsonl, pages, "
                             "archives or feeds)")
        return [d for f in files for d in _read_one(f, intake)]
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix == ".jsonl":
        return read_jsonl(path)
    if path.suffix == ".txt":
        return [read_txt(path)]
    from kg.ingest.sniff import kind_of

    kind = kind_of(path)
    if kind is None:
        raise InputError(f"{path}: unsupported input (expected .txt, .jsonl, .html, .warc(.gz), "
                         ".xml/.rss/.atom or a folder)")
    return _intake(intake).read(path, kind)


def _read_one(path: Path, intake: Intake | None) -> list[Document]:
    """One file of a folder: with keep-going, a bad file is listed and the folder read on."""
    try:
        return read_path(path, intake)
    except InputError as exc:
        _intake(intake).problem(str(exc))
        return []


def _intake(intake: Intake | None) -> Intake:
    from kg.ingest import Intake

    return intake if intake is not None else Intake()


def size_problem(doc: Document) -> str | None:
    """Why `doc` is refused before extraction (the parser's memory grows with the text), or None."""
    if len(doc.text) > MAX_CHARS:
        return (f"{doc.source or doc.id}: document {doc.id!r} has {len(doc.text):,} characters; "
                f"kg extracts at most {MAX_CHARS:,} per document (split it)")
    return None


def check_size(doc: Document) -> None:
    """A document over MAX_CHARS is refused before extraction."""
    problem = size_problem(doc)
    if problem is not None:
        raise InputError(problem)


def read_inputs(paths: Iterable[Path], intake: Intake | None = None) -> list[Document]:
    """All documents of all inputs, checked; duplicate ids are an error, not a silent overwrite.

    `intake` (kg.ingest) carries the web options and collects what was left out; after
    reading, it resolves link-only feed entries, detects languages and groups copies.
    """
    intake = _intake(intake)
    docs: list[Document] = []
    seen: dict[str, str] = {}
    for path in paths:
        for doc in _read_one(Path(path), intake):
            check_size(doc)
            if doc.id in seen:
                raise InputError(f"{doc.source}: duplicate document id {doc.id!r} (also in {seen[doc.id]})")
            seen[doc.id] = doc.source or ""
            docs.append(doc)
    return intake.finish(docs)
