"""A web page to a `Document`: main text and metadata by trafilatura, the date by htmldate.

Pages are full of navigation, cookie banners, teasers and reader comments; trafilatura
keeps the article body (headline included, comments excluded), and htmldate reads the
publication date from the page's metadata and markup (`original_date`: the first
publication, not the last edit). A page whose main text is missing or shorter than
`MIN_WORDS` is refused: such a "page" is a section front, a paywall teaser or a cookie
wall, and analysing it would put boilerplate into the graph.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import htmldate
import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from kg.document import Document
from kg.errors import InputError

#: fewer words of main text than this and a page is not taken for an article
MIN_WORDS = 40


class PageError(InputError):
    """A page that holds no usable article."""


@dataclass(frozen=True)
class PageMeta:
    """What the container (WARC record, feed entry) knows about a page before it is read."""

    url: str | None = None
    date: dt.date | None = None
    title: str | None = None


def _date(tree: HtmlElement, url: str | None) -> dt.date | None:
    found = htmldate.find_date(tree, url=url, original_date=True, extensive_search=False,
                               outputformat="%Y-%m-%d")
    return dt.date.fromisoformat(found) if found else None


def page_document(raw: bytes | str, doc_id: str, where: str, meta: PageMeta | None = None) -> Document:
    """The article in one HTML page; `where` names the file (and record) in messages."""
    meta = meta or PageMeta()
    tree = load_html(raw)
    if tree is None:
        raise PageError(f"{where}: not an HTML page that can be parsed")
    date = _date(tree, meta.url) or meta.date  # before trafilatura, which prunes the tree
    found = trafilatura.bare_extraction(tree, url=meta.url, with_metadata=True, include_comments=False,
                                        include_tables=False)
    text = (found.text or "").strip() if found is not None else ""
    if not text:
        raise PageError(f"{where}: no main text found (empty or boilerplate-only page)")
    if len(text.split()) < MIN_WORDS:
        raise PageError(f"{where}: main text too short for an article ({len(text.split())} words, "
                        f"at least {MIN_WORDS} needed)")
    title = found.title or meta.title
    if title and not text.startswith(title):
        text = f"{title}\n{text}"  # the headline is part of the article, as in .txt input
    return Document(id=doc_id, text=text, date=date, lang="de", lang_given=False,
                    title=title, url=meta.url or found.url, source=where,
                    site=found.sitename or found.hostname, author=found.author)
