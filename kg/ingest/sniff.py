"""Which web format a file holds, by its suffix and, failing that, by its first bytes.

Crawlers save pages as `index`, `article?id=3` or `.gz` files, so a suffix is a hint, not a
promise: a file with an unknown suffix is recognised by what it starts with (a WARC version
line, an RSS/Atom/RDF root element, an HTML document), and an unrecognised one is skipped
in folders and refused when named on the command line. `.xml` files are judged by content.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Literal

Kind = Literal["html", "warc", "feed"]

SUFFIXES: dict[str, Kind] = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed",
}
_HEAD = 4096
_FEED = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b", re.IGNORECASE)
_HTML = re.compile(rb"<!doctype\s+html|<html\b|<head\b|<body\b", re.IGNORECASE)


def _head(path: Path) -> bytes:
    """The first bytes of the file, gunzipped when it is gzip (WARC files usually are)."""
    with path.open("rb") as fh:
        raw = fh.read(_HEAD)
    if raw[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(raw)
        except zlib.error:
            return b""
    return raw


def sniff(head: bytes) -> Kind | None:
    """The format of a file that starts with `head`, or None."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    # an XML declaration or comments may come first; the root element decides
    if _FEED.search(text[:_HEAD]) and not _HTML.search(text[:200]):
        return "feed"
    if _HTML.search(text[:_HEAD]):
        return "html"
    return None


def kind_of(path: Path) -> Kind | None:
    """The web format of `path`: by suffix (`x.warc.gz` counts as .warc), else by content.

    `.xml` is too general a suffix to trust (sitemaps, TEI, metadata): such a file is a feed
    when its content says so, like a file without suffix.
    """
    name = path.name.lower()
    stem_suffix = Path(name[:-3]).suffix if name.endswith(".gz") else Path(name).suffix
    if stem_suffix in SUFFIXES:
        return SUFFIXES[stem_suffix]
    try:
        return sniff(_head(path))
    except (OSError, EOFError):
        return None
