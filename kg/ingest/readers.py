"""Documents from each web format, with one problem line per bad file or record.

Ids: a page file keeps its file name without suffix (like `.txt` input); a page from an
archive or a feed is named by its URL without scheme and fragment
(`zeitung.example/politik/gipfel`), so the same article gets the same id whichever way it
arrives, and rebuilding from a new crawl replaces it in the store instead of doubling it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from kg.document import Document
from kg.errors import InputError
from kg.ingest.html import PageMeta, page_document

if TYPE_CHECKING:
    from kg.ingest import Intake
    from kg.ingest.feed import Entry

_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def url_id(url: str) -> str:
    """The document id of a page at `url`: host, path and query, without scheme and fragment."""
    parts = urlsplit(url)
    doc_id = (parts.netloc + parts.path).rstrip("/") or url
    return f"{doc_id}?{parts.query}" if parts.query else doc_id


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_html(path: Path, intake: Intake) -> list[Document]:
    """One saved page."""
    stem = path.name
    for suffix in _PAGE_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    try:
        return [page_document(_read_bytes(path), stem, str(path))]
    except InputError as exc:
        intake.problem(str(exc))
        return []


def read_warc(path: Path, intake: Intake) -> Iterator[Document]:
    """Every HTML page of an archive, one at a time (an archive can be larger than memory); a
    damaged record or archive end is one problem."""
    from kg.ingest.warc import read_pages

    try:
        for page in read_pages(path):
            where = f"{path}#{page.record} ({page.url})"
            try:
                doc = page_document(page.body, url_id(page.url), where, PageMeta(url=page.url))
            except InputError as exc:
                intake.problem(str(exc))
                continue
            yield doc
    except InputError as exc:  # the archive itself: the pages before the damage are kept
        intake.problem(str(exc))


def _entry_document(path: Path, entry: Entry) -> Document:
    text = entry.text or ""
    if entry.title and not text.startswith(entry.title):
        text = f"{entry.title}\n{text}"
    doc_id = url_id(entry.url) if entry.url else f"{path.stem}-{entry.number}"
    return Document(id=doc_id, text=text, date=entry.date, title=entry.title, url=entry.url,
                    source=f"{path}#{entry.number}", site=entry.site, author=entry.author,
                    lang_given=False)


def read_feed(path: Path, intake: Intake) -> list[Document]:
    """The full-text entries of a feed; link-only entries are handed to `intake.link`."""
    from kg.ingest.feed import read_feed as parse

    try:
        entries = parse(path)
    except InputError as exc:
        intake.problem(str(exc))
        return []
    docs = []
    for entry in entries:
        where = f"{path}#{entry.number}"
        if entry.text is not None:
            docs.append(_entry_document(path, entry))
        elif entry.url:
            intake.link(where, entry)
        else:
            intake.problem(f"{where}: entry has neither the article text nor a link")
    return docs


def read_links(links: list[tuple[str, Entry]], intake: Intake) -> list[Document]:
    """The linked articles: from the pages archive, else (with fetch) from the web."""
    from kg.ingest.fetch import Fetcher
    from kg.ingest.warc import add_pages, page_index

    archived: dict[str, bytes] = {}
    if intake.pages.exists():
        try:
            archived = page_index(intake.pages)
        except InputError as exc:
            intake.problem(str(exc))
    fetcher, fetched, docs = Fetcher(delay=intake.delay), [], []
    for where, entry in links:
        url = entry.url or ""
        if url in intake.seen_urls:  # the page came as input (an archive or a saved page)
            continue
        try:
            if url not in archived:
                if not intake.fetch:
                    raise InputError(f"{where}: {url} is only linked and not in {intake.pages}; "
                                     "run with --fetch or give a WARC of the pages")
                response = fetcher.get(url, where)
                archived[url] = response.body
                fetched.append((url, response.headers, response.body))
            meta = PageMeta(url=url, date=entry.date, title=entry.title)
            doc = page_document(archived[url], url_id(url), f"{where} ({url})", meta)
            docs.append(replace(doc, site=doc.site or entry.site, author=doc.author or entry.author))
        except InputError as exc:
            intake.problem(str(exc))
    if fetched:
        add_pages(intake.pages, fetched)
    return docs
