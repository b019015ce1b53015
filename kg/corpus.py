"""Streaming input for `kg build`: every input is read twice and never held whole.

Grouping syndicated copies (`kg.ingest.stories`) and the incremental plan (`kg.buildstate`)
need the whole corpus; extraction needs the texts. So the first pass (`scan`) reads every
input and keeps of each document only an `Entry`: its id, where it is (input unit and
position in it), its language, the start of its content hash and its grouping key (128
four-byte MinHash values, 0.5 kB); each text is dropped as soon as it is read. The stories
are grouped over the keys, and `Corpus.documents` reads the inputs a second time, lazily,
yielding only the documents asked for, in input order, so extraction holds a batch at a
time, never the corpus.

Inputs that cannot be read twice are spooled once, in the first pass, to a temporary folder
removed with the corpus: a pipe or other non-regular file named as an input (its bytes, under
its own name, so its ids and format come out as before; messages name the path given), the
Documents and texts of a one-shot iterable (pickled), and the articles link-only feed entries
point to (read together after all input, from the pages archive or the web). A file that
changes between the passes is refused in the second (its content hash no longer matches):
documents already written stay whole, and running the build again completes it.

Errors are those of reading everything first: a bad input stops the build in the first
pass, before anything is written, or with on_error="skip" becomes a `Failure`.
"""

from __future__ import annotations

import os
import pickle
import shutil
import tempfile
from collections.abc import Collection, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from kg.buildstate import content_prefix
from kg.document import SUPPORTED_LANGS, Document
from kg.errors import InputError

if TYPE_CHECKING:
    from kg.api import Failure, Input
    from kg.ingest import Intake
    from kg.ingest.stories import Key

_WEB = ("html", "warc", "feed")


@dataclass(frozen=True)
class Unit:
    """What is read as a whole in both passes: a file, an item given in memory, or a spooled one."""

    path: Path | None = None
    kind: str | None = None  # "txt", "jsonl" or a web kind (kg.ingest.sniff)
    given: Document | str | None = None  # a Document or article text of a re-iterable input
    offset: int | None = None  # a pickled Document in the spool file
    shown: str | None = None  # the path the user gave, for a pipe spooled to `path`
    nested: bool = False  # a file of a folder: its errors are the intake's problems


@dataclass(slots=True)
class Entry:
    """What the first pass keeps of a document."""

    id: str
    unit: int
    position: int  # among the documents the unit's reader yields
    lang: str
    prefix: Any  # kg.buildstate.content_prefix
    source: str  # for messages: the document's source, else its id
    key: Key | None = None  # its grouping key, until the stories are grouped


@dataclass
class Corpus:
    """The documents of a build, known by their entries; texts read on demand (`documents`)."""

    entries: list[Entry] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    _folder: Path | None = None
    _spool: IO[bytes] | None = None

    @classmethod
    def of(cls, docs: Iterable[Document]) -> Corpus:
        """A corpus of Documents already in memory, as they are (no detection, no grouping)."""
        corpus = cls()
        for doc in docs:
            corpus.units.append(Unit(given=doc))
            corpus.entries.append(Entry(doc.id, len(corpus.units) - 1, 0, doc.lang, content_prefix(doc),
                                        doc.source or doc.id))
        return corpus

    def __len__(self) -> int:
        return len(self.entries)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Remove the spooled inputs."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def without(self, ids: Collection[str]) -> list[str]:
        """Drop the entries of `ids` (left alone by the build); their ids, in input order."""
        dropped = [e.id for e in self.entries if e.id in ids]
        self.entries = [e for e in self.entries if e.id not in ids]
        return dropped

    def documents(self, ids: Collection[str] | None = None) -> Iterator[Document]:
        """The second pass: the documents of `ids` (default all), in input order, read lazily."""
        from kg.ingest import Intake

        wanted: dict[int, dict[int, Entry]] = {}
        for entry in self.entries:
            if ids is None or entry.id in ids:
                wanted.setdefault(entry.unit, {})[entry.position] = entry
        quiet = Intake(keep_going=True, group_copies=False)  # problems were reported in the first pass
        for index in sorted(wanted):
            positions = wanted[index]
            reader = self._read(index, quiet)
            try:
                for position, doc in enumerate(reader):
                    if position in positions:
                        yield _same(doc, positions.pop(position))
                    if not positions:
                        break
            finally:
                reader.close()
            if positions:
                raise InputError(f"{next(iter(positions.values())).source}: changed while kg was "
                                 "reading it (run the build again)")

    # -- reading one unit ------------------------------------------------------------------

    def _read(self, index: int, intake: Intake) -> Generator[Document, None, None]:
        """The documents of a unit as its reader yields them (a pipe's under the name given)."""
        unit = self.units[index]
        try:
            for doc in self._raw(unit, intake):
                yield doc if unit.shown is None else replace(doc, source=_shown(doc.source or "", unit))
        except InputError as exc:
            raise InputError(_shown(str(exc), unit)) from None

    def _raw(self, unit: Unit, intake: Intake) -> Iterator[Document]:
        from kg.document import iter_jsonl, read_txt

        if unit.offset is not None:
            assert self._spool is not None
            self._spool.seek(unit.offset)
            yield pickle.load(self._spool)
        elif unit.given is not None:
            yield unit.given if isinstance(unit.given, Document) else _text(unit.given)
        elif unit.kind == "jsonl":
            assert unit.path is not None
            yield from iter_jsonl(unit.path)
        elif unit.kind == "txt":
            assert unit.path is not None
            yield read_txt(unit.path)
        else:
            assert unit.path is not None and unit.kind is not None
            yield from intake.raw(unit.path, unit.kind)

    # -- spooling --------------------------------------------------------------------------

    def spool(self, doc: Document) -> Unit:
        """A unit for a Document that cannot be had again (a one-shot iterable, a linked article)."""
        if self._spool is None:
            self._spool = tempfile.TemporaryFile()
        self._spool.seek(0, os.SEEK_END)
        offset = self._spool.tell()
        pickle.dump(doc, self._spool, protocol=pickle.HIGHEST_PROTOCOL)
        return Unit(offset=offset)

    def spool_file(self, path: Path) -> Path:
        """A copy of a pipe (or other non-regular file) under its own name, read once."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="kg-input-"))
        copy = self._folder / str(len(self.units)) / path.name
        copy.parent.mkdir()
        try:
            with path.open("rb") as src, copy.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        return copy


def _text(text: str) -> Document:
    from kg.api import text_document

    return text_document(text)


def _shown(message: str, unit: Unit) -> str:
    """`message` naming the path the user gave instead of the spooled copy."""
    if unit.shown is None or unit.path is None:
        return message
    return message.replace(str(unit.path), unit.shown)


def _same(doc: Document, entry: Entry) -> Document:
    """The document of the second pass, checked against the first (a file changed in between)."""
    if doc.lang != entry.lang:
        doc = replace(doc, lang=entry.lang)  # as detected in the first pass
    if doc.id != entry.id or content_prefix(doc).digest() != entry.prefix.digest():
        raise InputError(f"{entry.source}: changed while kg was reading it (run the build again)")
    return doc


# -- the first pass -----------------------------------------------------------------------

def scan(inputs: Input | Iterable[Input], *, on_error: Literal["raise", "skip"] = "raise",
         intake: Intake | None = None) -> Corpus:
    """The first pass over `inputs` (see `kg.api.read_documents` for what is checked); the
    stories found are in `intake.stories`. Close the corpus (or use `with`) when done."""
    from kg.api import Failure
    from kg.ingest import Intake

    intake = intake if intake is not None else Intake()
    corpus = Corpus()
    try:
        one_shot = not isinstance(inputs, str | os.PathLike | Document | Sequence)
        items: Iterable[Input] = [inputs] if isinstance(inputs, str | os.PathLike | Document) else inputs
        seen: dict[str, str] = {}
        for item in items:
            try:
                found = _scan_item(corpus, item, intake, one_shot)
                _check(found, seen)
            except InputError as exc:
                if on_error == "raise":
                    raise
                corpus.failed.append(Failure(str(item) if not isinstance(item, Document) else item.id,
                                             str(exc)))
                continue
            corpus.entries.extend(entry for entry, _ in found)
        _finish(corpus, intake)
    except BaseException:
        corpus.close()
        raise
    return corpus


def _check(found: list[tuple[Entry, str | None]], seen: dict[str, str]) -> None:
    """An item's documents: none too long, no id twice (the item fails as a whole)."""
    for entry, too_long in found:
        if too_long is not None:
            raise InputError(too_long)
        if entry.id in seen:
            raise InputError(f"{entry.source}: duplicate document id {entry.id!r} (also in {seen[entry.id]})")
        seen[entry.id] = entry.source


def _scan_item(corpus: Corpus, item: Input, intake: Intake,
               one_shot: bool) -> list[tuple[Entry, str | None]]:
    """The entries of one input (a folder: of each readable file in it, in name order)."""
    found = []
    for unit in _units(corpus, item, one_shot):
        corpus.units.append(unit)
        try:
            found.extend(_scan_unit(corpus, len(corpus.units) - 1, intake))
        except InputError as exc:
            if not unit.nested:
                raise
            intake.problem(str(exc))  # a bad file in a folder: stops, or is listed and left out
    return found


def _units(corpus: Corpus, item: Input, one_shot: bool) -> Iterator[Unit]:
    """What to read of one input, found as `kg.document.read_path` finds it."""
    from kg.api import _is_path
    from kg.document import _readable

    if isinstance(item, Document) or not _is_path(item):
        assert isinstance(item, Document | str)
        if not one_shot:
            yield Unit(given=item)
        else:
            yield corpus.spool(item if isinstance(item, Document) else _text(item))
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _readable(p))
        if not files:
            raise InputError(f"{path}: folder holds no readable input (.txt, .jsonl, pages, "
                             "archives or feeds)")
        for f in files:
            yield Unit(path=f, kind=_kind(f), nested=True)
        return
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_file():
        yield Unit(path=path, kind=_kind(path))
        return
    copy = corpus.spool_file(path)
    yield Unit(path=copy, kind=_kind(copy, shown=path), shown=str(path))


def _kind(path: Path, shown: Path | None = None) -> str:
    """How a file is read: by its suffix, else by its content (`kg.ingest.sniff`)."""
    from kg.ingest.sniff import kind_of

    if path.suffix in (".jsonl", ".txt"):
        return path.suffix[1:]
    kind = kind_of(path)
    if kind is None:
        raise InputError(f"{shown or path}: unsupported input (expected .txt, .jsonl, .html, .warc(.gz), "
                         ".xml/.rss/.atom or a folder)")
    return kind


def _scan_unit(corpus: Corpus, index: int, intake: Intake) -> list[tuple[Entry, str | None]]:
    """The entries of one unit, each with its size problem; pages of a URL already read are
    left out (their position is skipped in the second pass)."""
    unit = corpus.units[index]
    web, problems = unit.kind in _WEB, len(intake.problems)
    found = []
    try:
        for position, doc in enumerate(corpus._read(index, intake)):
            if web and not intake._first_url(doc.url):
                continue
            found.append(_entry(intake.detected(doc), index, position, intake))
    finally:
        intake.problems[problems:] = [_shown(p, unit) for p in intake.problems[problems:]]
    if web:
        assert unit.kind is not None
        intake.read_counts[unit.kind] += len(found)
    return found


def _entry(doc: Document, index: int, position: int, intake: Intake) -> tuple[Entry, str | None]:
    """What the first pass keeps of `doc`, and the message if it is too long to extract."""
    from kg.document import size_problem
    from kg.ingest.stories import story_key

    key = story_key(doc) if intake.grouping() and doc.lang in SUPPORTED_LANGS else None
    entry = Entry(doc.id, index, position, doc.lang, content_prefix(doc), doc.source or doc.id, key)
    return entry, size_problem(doc)


def _finish(corpus: Corpus, intake: Intake) -> None:
    """After all input: the linked articles (spooled), other languages left out, copies grouped."""
    for doc in intake.linked():
        corpus.units.append(corpus.spool(doc))
        entry, _ = _entry(intake.detected(doc), len(corpus.units) - 1, 0, intake)
        corpus.entries.append(entry)  # (as when reading all first: no size or id check here)
    corpus.entries = [e for e in corpus.entries if intake.supported(e.lang, e.source)]
    intake.group([e.key for e in corpus.entries if e.key is not None], len(corpus.entries))
    for entry in corpus.entries:
        entry.key = None  # grouped: the keys are not needed any more


__all__ = ["Corpus", "Entry", "Unit", "scan"]
