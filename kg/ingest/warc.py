"""WARC archives: reading the pages in them and writing fetched pages into one (warcio).

A WARC holds the HTTP responses of a crawl; the pages are the `response` (and `resource`)
records whose content type is HTML. An archive cut short (an interrupted download, a
truncated `.warc.gz`) yields its intact records and then a `WarcError` naming the file and
the record where reading stopped, so the caller can keep what was read or stop.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kg.errors import InputError

_PAGE_TYPES = ("text/html", "application/xhtml+xml")


class WarcError(InputError):
    """An archive that cannot be read (to its end)."""


@dataclass(frozen=True)
class Page:
    """One archived HTML response."""

    url: str
    body: bytes
    record: int  # 1-based number of the record in the archive, for messages


def _is_page(record: ArcWarcRecord) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None or not record.http_headers.get_statuscode().startswith("2"):
            return False
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return ctype.split(";")[0].strip().lower() in _PAGE_TYPES


def read_pages(path: Path) -> Iterator[Page]:
    """The HTML pages of an archive in record order; `WarcError` where reading fails."""
    number = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                number += 1
                if _is_page(record):
                    url = record.rec_headers.get_header("WARC-Target-URI") or ""
                    body = record.content_stream().read()
                    if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than announced
                        raise WarcError(f"{path}: archive truncated in record {number} ({url})")
                    yield Page(url=url, body=body, record=number)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise WarcError(f"{path}: archive damaged or truncated after record {number} ({reason})") from None


def page_index(path: Path) -> dict[str, bytes]:
    """url -> body of every page in an archive (the first response per url)."""
    pages: dict[str, bytes] = {}
    for page in read_pages(path):
        pages.setdefault(page.url, page.body)
    return pages


def add_pages(path: Path, pages: list[tuple[str, list[tuple[str, str]], bytes]]) -> None:
    """Append (url, response headers, body) records to the archive at `path`.

    The old archive and the new records are written to a temporary file that replaces the
    archive in one rename, so an interrupted run never leaves a half-written archive.
    """
    old = path.read_bytes() if path.exists() else b""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, headers, body in pages:
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=http))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(old + buf.getvalue())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
