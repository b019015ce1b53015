"""Reading news as researchers hold it: web pages, WARC archives and RSS/Atom feeds.

`Intake` is the state of one build's reading: the options (go on after bad input, fetch
linked articles, where fetched pages are archived), the problems met (one line each, naming
the file and record), the link-only feed entries still to be read, the documents skipped
for their language, and the stories found among the documents. `kg.document.read_inputs`
hands web files to `Intake.read` and, once all input is read, calls `Intake.finish`; the
streaming build (`kg.corpus`) calls its steps one document at a time (`raw`, `detected`,
`supported`, `linked`, `group`), keeping only a grouping key per document.
The web libraries are imported only when a web input or the finishing steps need them, so
plain `.txt`/`.jsonl` builds work without the `web` extra.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.document import SUPPORTED_LANGS, Document
from kg.errors import InputError

if TYPE_CHECKING:
    from kg.ingest.feed import Entry
    from kg.ingest.stories import Key as StoryKey
    from kg.ingest.stories import Story

log = logging.getLogger(__name__)

#: where `--fetch` keeps fetched pages and link-only feed entries are looked up offline
DEFAULT_PAGES = Path("kg-pages.warc.gz")


@dataclass
class Intake:
    """One build's reading of its inputs (see the module docstring)."""

    keep_going: bool = False
    fetch: bool = False
    pages: Path = DEFAULT_PAGES
    delay: float = 1.0
    group_copies: bool = True
    problems: list[str] = field(default_factory=list)
    skipped_langs: Counter[str] = field(default_factory=Counter)
    repeated_urls: int = 0
    read_counts: Counter[str] = field(default_factory=Counter)
    stories: list[Story] = field(default_factory=list)
    _links: list[tuple[str, Entry]] = field(default_factory=list)
    seen_urls: set[str] = field(default_factory=set)

    def problem(self, message: str) -> None:
        """A bad input: stops the build, or with keep_going is listed and left out."""
        if not self.keep_going:
            raise InputError(message)
        log.info("left out: %s", message)
        self.problems.append(message)

    def read(self, path: Path, kind: str) -> list[Document]:
        """The documents of one page, archive or feed file."""
        docs = [d for d in self.raw(path, kind) if self._first_url(d.url)]
        self.read_counts[kind] += len(docs)
        return docs

    def raw(self, path: Path, kind: str) -> Iterator[Document]:
        """The documents of one web file as its reader yields them, pages already read under
        the same URL included (a streaming build finds them again by position)."""
        from kg.ingest import readers

        yield from {"html": readers.read_html, "warc": readers.read_warc, "feed": readers.read_feed}[kind](
            path, self)

    def _first_url(self, url: str | None) -> bool:
        """False for a page already read under the same URL (two crawls, feed and archive)."""
        if url is None:
            return True
        if url in self.seen_urls:
            self.repeated_urls += 1
            return False
        self.seen_urls.add(url)
        return True

    def link(self, where: str, entry: Entry) -> None:
        """A feed entry that only links to its article: read in `finish`."""
        self._links.append((where, entry))

    def finish(self, docs: list[Document]) -> list[Document]:
        """Linked articles read, languages detected, other languages skipped, copies grouped."""
        kept = [d for d in map(self.detected, docs + self.linked()) if self.supported(d.lang, d.source)]
        if self.grouping():
            from kg.ingest.stories import story_key

            self.group([k for k in map(story_key, kept) if k is not None], len(kept))
        return kept

    def linked(self) -> list[Document]:
        """The articles link-only feed entries point to (from the pages archive or fetched)."""
        if not self._links:
            return []
        from kg.ingest.readers import read_links

        linked = [d for d in read_links(self._links, self) if self._first_url(d.url)]
        self.read_counts["link"] += len(linked)
        return linked

    def detected(self, doc: Document) -> Document:
        """`doc` with its language detected, unless it was given (needs the `web` extra)."""
        if doc.lang_given or not _has_web_libraries():
            return doc
        from kg.ingest.lang import detect

        return _with_lang(doc, detect(doc.text, doc.lang))

    def supported(self, lang: str, source: str | None) -> bool:
        """Whether a document in `lang` is analysed; the others are counted and skipped."""
        if lang in SUPPORTED_LANGS:
            return True
        self.skipped_langs[lang] += 1
        log.info("%s: skipped, language %r is not analysed", source, lang)
        return False

    def grouping(self) -> bool:
        """Whether syndicated copies are grouped (asked for, and the `web` extra is there)."""
        return self.group_copies and _has_web_libraries()

    def group(self, keys: list[StoryKey], kept: int) -> None:
        """Group the documents of these keys (`kg.ingest.stories`) over `kept` documents read."""
        if self.grouping() and kept > 1:
            from kg.ingest.stories import group_keys

            self.stories = group_keys(keys)

    def summary(self) -> list[str]:
        """Lines for the build summary: what was left out and what was grouped."""
        lines = []
        kinds = {"html": "page(s)", "warc": "archived page(s)", "feed": "feed entry/entries with text",
                 "link": "linked article(s)"}
        if self.read_counts:
            lines.append("read from the web: " + ", ".join(f"{self.read_counts[k]} {label}"
                                                           for k, label in kinds.items()))
        if self.skipped_langs:
            langs = ", ".join(f"{k}: {v}" for k, v in sorted(self.skipped_langs.items()))
            lines.append(f"skipped {sum(self.skipped_langs.values())} document(s) in other languages "
                         f"({langs})")
        if self.repeated_urls:
            lines.append(f"read {self.repeated_urls} repeated URL(s) once")
        if self.stories:
            copies = sum(len(s.copies) for s in self.stories)
            lines.append(f"found {len(self.stories)} group(s) of syndicated copies "
                         f"({copies} copy/copies of {len(self.stories)} original(s))")
        if self.problems:
            lines.append(f"left out {len(self.problems)} bad input(s):")
            lines.extend(f"  {p}" for p in self.problems)
        return lines


def _with_lang(doc: Document, lang: str) -> Document:
    from dataclasses import replace

    return replace(doc, lang=lang)


def _has_web_libraries() -> bool:
    """Whether the `web` extra is installed (plain-text builds work without it)."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("py3langid", "datasketch"))
