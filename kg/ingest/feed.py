"""RSS and Atom feeds (feedparser): entries with the full article, and entries that only link.

Many feeds carry the whole article in `content:encoded` or Atom `content`; others give a
teaser and a link. An entry whose own text has at least `html.MIN_WORDS` words is read as
an article; the others are returned as links to be read from an archive or fetched. A feed
that is not well-formed XML is refused as a whole (feedparser would guess at the rest,
and a guessed entry is worse than a missing one).
"""

from __future__ import annotations

import datetime as dt
import xml.sax
from dataclasses import dataclass
from pathlib import Path

import feedparser
import trafilatura

from kg.errors import InputError
from kg.ingest.html import MIN_WORDS


class FeedError(InputError):
    """A feed that cannot be parsed."""


@dataclass(frozen=True)
class Entry:
    """One feed item: its text when the feed carries the article, else only the link."""

    number: int  # 1-based position in the feed, for messages
    url: str | None
    title: str | None
    date: dt.date | None
    text: str | None
    site: str | None
    author: str | None


def _text(entry: feedparser.FeedParserDict) -> str | None:
    """The entry's article text: the longest of its content blocks and summary, as plain text."""
    blocks = [c.get("value", "") for c in entry.get("content", [])] + [entry.get("summary", "")]
    best = max(blocks, key=len)
    if not best.strip():
        return None
    text = trafilatura.extract(f"<html><body><article>{best}</article></body></html>",
                               include_comments=False) or ""
    return text.strip() if len(text.split()) >= MIN_WORDS else None


def _date(entry: feedparser.FeedParserDict) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def read_feed(path: Path) -> list[Entry]:
    """The entries of a feed file, in feed order."""
    parsed = feedparser.parse(path.read_bytes())
    problem = parsed.get("bozo_exception")
    if not parsed.get("version") or isinstance(problem, xml.sax.SAXException):
        reason = str(problem).split(":")[-1].strip() if problem else "not an RSS or Atom feed"
        raise FeedError(f"{path}: feed does not parse ({reason})")
    site = parsed.feed.get("title")
    entries = []
    for number, entry in enumerate(parsed.entries, start=1):
        title = entry.get("title")
        entries.append(Entry(number=number, url=entry.get("link"), title=title, date=_date(entry),
                             text=_text(entry), site=site, author=entry.get("author")))
    if not entries:
        raise FeedError(f"{path}: feed has no entries")
    return entries
