"""Realistic web input built from our own articles: pages, syndicated copies, WARCs, feeds.

Six page templates wrap an article in what news sites put around it (navigation, cookie
banners, teasers, newsletter boxes, in-text ads, share buttons, reader comments) and give
the publication date the ways sites do (Open Graph, JSON-LD, <time>, a date in the URL).
Each page comes with the boilerplate snippets it contains, so a test or benchmark can
check that the extracted text has the whole article and none of them. `syndicate` makes
an agency copy of an article as outlets publish it: a new headline, an agency tag, the last
paragraph cut, a word changed. `write_warc` uses warcio, `rss`/`atom` write real feeds,
and `serve` starts an HTTP server on 127.0.0.1 for the fetch tests.
"""

from __future__ import annotations

import html
import io
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.support.webarticles import Article

COOKIE = "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren"
NAV = ("Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Meinung")
TEASERS = ("Lesen Sie auch: Streit um Fischereirechte geht in die nächste Runde",
           "Meistgelesen: Die besten Wanderwege im Herbst",
           "Newsletter: Jeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach")
COMMENT = "Leserkommentar von Kalle77: Das glaube ich erst, wenn der Vertrag unterschrieben ist!"
FOOTER = "Impressum · Datenschutz · Kontakt · Abo kündigen"
AD = "Anzeige: Jetzt Tagesgeld mit 3,5 Prozent Zinsen sichern"
SHARE = "Artikel teilen auf Facebook, X und per E-Mail"


@dataclass(frozen=True)
class Page:
    """An HTML page, the article it carries, and the boilerplate written around it."""

    name: str
    url: str
    site: str
    html: str
    article: Article
    boilerplate: tuple[str, ...]


def _paras(article: Article, tag: str = "p") -> str:
    return "\n".join(f"<{tag}>{html.escape(p)}</{tag}>" for p in article.paragraphs)


def _head(article: Article, site: str, url: str, meta: str) -> str:
    return (f"<head><meta charset='utf-8'><title>{html.escape(article.title)} | {site}</title>"
            f"<link rel='canonical' href='{url}'><meta property='og:site_name' content='{site}'>"
            f"{meta}</head>")


def _nav() -> str:
    return "<nav><ul>" + "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in NAV) + "</ul></nav>"


def _t_article(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    meta = f"<meta property='article:published_time' content='{a.date}T08:15:00+01:00'>"
    body = (f"{_nav()}<div class='cookie-banner'><p>{COOKIE}</p><button>OK</button></div>"
            f"<article><h1>{html.escape(a.title)}</h1><p class='byline'>Von Anna Beispiel</p>"
            f"{_paras(a)}</article><aside><h3>Mehr zum Thema</h3><p>{TEASERS[0]}</p></aside>"
            f"<section id='comments'><h3>Kommentare</h3><p>{COMMENT}</p></section>"
            f"<footer><p>{FOOTER}</p></footer>")
    return f"<!DOCTYPE html><html lang='de'>{_head(a, site, url, meta)}<body>{body}</body></html>", (
        COOKIE, TEASERS[0], COMMENT, FOOTER)


def _t_divs(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    meta = f"<meta name='date' content='{a.date}'>"
    body = (f"<div id='header'>{_nav()}</div><div id='consent'>{COOKIE}</div>"
            f"<div class='content'><div class='headline'><h1>{html.escape(a.title)}</h1></div>"
            f"<div class='article-text'>{_paras(a)}</div></div>"
            f"<div class='sidebar'><h4>Meistgelesen</h4><ul><li>{TEASERS[1]}</li></ul>"
            f"<div class='newsletter'>{TEASERS[2]}</div></div><div id='footer'>{FOOTER}</div>")
    return f"<html>{_head(a, site, url, meta)}<body>{body}</body></html>", (
        COOKIE, TEASERS[1], TEASERS[2], FOOTER)


def _t_jsonld(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{a.date}T06:00:00Z", "author": {"@type": "Person", "name": "Jan Muster"},
          "publisher": {"@type": "Organization", "name": site}}
    meta = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    body = (f"<header>{_nav()}</header><main><h1>{html.escape(a.title)}</h1>"
            f"<div class='share'>{SHARE}</div><div class='story'>{_paras(a)}</div></main>"
            f"<section class='related'><h2>Weitere Artikel</h2><ul><li><a href='/x'>{TEASERS[0]}</a>"
            f"</li></ul></section><div class='gdpr'>{COOKIE}</div><footer>{FOOTER}</footer>")
    return f"<!doctype html><html lang='de'>{_head(a, site, url, meta)}<body>{body}</body></html>", (
        SHARE, TEASERS[0], COOKIE, FOOTER)


def _t_ads(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    meta = f"<meta property='og:title' content='{html.escape(a.title)}'>"
    paras = [f"<p>{html.escape(p)}</p>" for p in a.paragraphs]
    paras.insert(2, f"<div class='ad'><span>{AD}</span></div>")
    body = (f"{_nav()}<div class='wrapper'><article class='post'>"
            f"<h1 class='entry-title'>{html.escape(a.title)}</h1>"
            f"<time datetime='{a.date}' class='published'>{a.date:%d.%m.%Y}</time>"
            f"<div class='entry-content'>{''.join(paras)}</div></article>"
            f"<div class='comments'><div class='comment'>{COMMENT}</div></div></div>"
            f"<div class='cookie'>{COOKIE}</div><footer>{FOOTER}</footer>")
    return f"<!DOCTYPE html><html>{_head(a, site, url, meta)}<body>{body}</body></html>", (
        AD, COMMENT, COOKIE, FOOTER)


def _t_table(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    body = (f"<table width='100%'><tr><td class='menu'>{' | '.join(NAV)}</td></tr>"
            f"<tr><td><div id='cookie'>{COOKIE}</div></td></tr><tr><td class='main'>"
            f"<h2>{html.escape(a.title)}</h2>{_paras(a)}</td><td class='right'>"
            f"<p>{TEASERS[1]}</p></td></tr><tr><td>{FOOTER}</td></tr></table>")
    return f"<html>{_head(a, site, url, '')}<body>{body}</body></html>", (COOKIE, TEASERS[1], FOOTER)


def _t_teasers_inside(a: Article, site: str, url: str) -> tuple[str, tuple[str, ...]]:
    meta = f"<meta itemprop='datePublished' content='{a.date}'>"
    paras = [f"<p>{html.escape(p)}</p>" for p in a.paragraphs]
    paras.insert(1, f"<aside class='teaser'><a href='/y'>{TEASERS[0]}</a></aside>")
    body = (f"{_nav()}<div class='consent-layer'>{COOKIE}</div><main><article>"
            f"<header><h1>{html.escape(a.title)}</h1><p class='meta'>Von Jan Muster</p></header>"
            f"{''.join(paras)}<div class='share'>{SHARE}</div></article></main>"
            f"<div class='newsletter'>{TEASERS[2]}</div><footer>{FOOTER}</footer>")
    return f"<!DOCTYPE html><html lang='de'>{_head(a, site, url, meta)}<body>{body}</body></html>", (
        TEASERS[0], SHARE, TEASERS[2], COOKIE, FOOTER)


TEMPLATES = (_t_article, _t_divs, _t_jsonld, _t_ads, _t_table, _t_teasers_inside)
SITES = ("Nordkurier", "Der Morgen", "Stadtanzeiger", "Neue Presse", "Tagesblatt", "Westpost")


def page(article: Article, template: int, site_no: int | None = None) -> Page:
    """`article` on site `site_no` (default: the template's) in template `template`."""
    site = SITES[template if site_no is None else site_no]
    host = site.lower().replace(" ", "-") + ".test"
    url = f"https://{host}/{article.date:%Y/%m/%d}/{article.key}.html"
    markup, boiler = TEMPLATES[template](article, site, url)
    return Page(name=f"{host}-{article.key}", url=url, site=site, html=markup, article=article,
                boilerplate=boiler)


HEADLINES = ("{0}", "Agenturmeldung: {0}", "{0} – die Einzelheiten", "Nach Treffen: {0}",
             "Überblick: {0}")


def syndicate(article: Article, copy_no: int) -> Article:
    """Copy `copy_no` (1-4) of an agency report as an outlet runs it.

    Every copy gets a new headline and the agency tag; 1 drops the last paragraph, 2 changes
    a word, 3 keeps only the first two paragraphs (a short version), 4 replaces the lead
    with the outlet's own sentence, drops the last paragraph and changes a word.
    """
    paras = list(article.paragraphs)
    paras[0] = "(kna) " + paras[0]
    if copy_no in (2, 4):
        paras[1] = paras[1].replace(" sagte ", " erklärte ", 1).replace(" am ", " an diesem ", 1)
    if copy_no in (1, 4):
        paras = paras[:-1]
    if copy_no == 3:
        paras = paras[:2]
    if copy_no == 4:
        paras[0] = ("Wie die Nachrichtenagentur meldet, gibt es Neuigkeiten in einer Sache, die unsere "
                    "Leser seit Wochen beschäftigt.")
    title = HEADLINES[copy_no % len(HEADLINES)].format(article.title)
    return replace(article, key=f"{article.key}-copy{copy_no}", title=title, paragraphs=tuple(paras))


def write_warc(path: Path, pages: list[Page], extra: list[tuple[str, str, bytes]] = ()) -> None:
    """A gzipped WARC of response records (warcio), one per page, plus `extra` (url, type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        items = [(p.url, "text/html; charset=utf-8", p.html.encode("utf-8")) for p in pages] + list(extra)
        for url, ctype, body in items:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


def rss(title: str, items: list[tuple[Article, str, bool]]) -> str:
    """An RSS 2.0 feed; each item is (article, link, carries the full text)."""
    out = [f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
           f"xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>{title}</title>"
           "<link>https://feed.test/</link><description>Nachrichten</description>"]
    for article, link, full in items:
        teaser = html.escape(article.paragraphs[0][:120] + " …")
        body = (f"<content:encoded><![CDATA[{_paras(article)}]]></content:encoded>" if full else "")
        out.append(f"<item><title>{html.escape(article.title)}</title><link>{link}</link>"
                   f"<pubDate>{article.date:%a, %d %b %Y} 07:00:00 +0100</pubDate>"
                   f"<description>{teaser}</description>{body}</item>")
    return "".join(out) + "</channel></rss>"


def atom(title: str, items: list[tuple[Article, str]]) -> str:
    """An Atom feed whose entries carry the full text as HTML content."""
    out = [f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
           f"<title>{title}</title><id>urn:feed:test</id><updated>2025-12-01T00:00:00Z</updated>"]
    for article, link in items:
        out.append(f"<entry><title>{html.escape(article.title)}</title><link href='{link}'/>"
                   f"<id>{link}</id><published>{article.date}T07:00:00Z</published>"
                   f"<updated>{article.date}T07:00:00Z</updated><author><name>Jan Muster</name></author>"
                   f"<content type='html'>{html.escape(_paras(article))}</content></entry>")
    return "".join(out) + "</feed>"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        return


@contextmanager
def serve(root: Path) -> Iterator[tuple[str, list[tuple[float, str]]]]:
    """An HTTP server on 127.0.0.1 serving `root`; yields (base URL, (time, path) requested)."""
    requested: list[tuple[float, str]] = []

    class Handler(_QuietHandler):
        def do_GET(self) -> None:  # noqa: N802 - stdlib name
            requested.append((time.monotonic(), self.path))
            super().do_GET()

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requested
    finally:
        server.shutdown()
        server.server_close()


def mixed_folder(root: Path) -> dict[str, str]:
    """A folder of every kind of input, good and bad, for end-to-end builds and the README.

    Returns name -> what it is. The linked feed entry is in `pages.warc.gz` (found there
    because the archive is itself an input), one article comes with two agency copies, one
    page is French, three inputs are broken, and a report of a meeting comes in three outlets.
    """
    from tests.support.webarticles import ARTICLES, FRENCH, by_key

    root.mkdir(parents=True, exist_ok=True)
    grenz, haushalt, tarif_b, klima_b = (by_key(k) for k in ("grenzvertrag-a", "haushalt-a",
                                                              "tarif-b", "klima-b"))
    (root / "grenzvertrag.html").write_text(page(grenz, 0).html, encoding="utf-8")
    (root / "commerce.html").write_text(page(FRENCH, 1).html, encoding="utf-8")
    write_warc(root / "crawl.warc.gz", [page(haushalt, 2), page(syndicate(haushalt, 1), 3, site_no=4),
                                        page(syndicate(haushalt, 2), 5), page(ARTICLES[4], 1)])
    linked = page(tarif_b, 4)
    write_warc(root / "pages.warc.gz", [linked])
    (root / "feed.rss").write_text(rss("Westpost", [(klima_b, "https://westpost.test/klima", True),
                                                     (tarif_b, linked.url, False)]), encoding="utf-8")
    (root / "notiz.txt").write_text(f"date 2025-11-22 {ARTICLES[6].title}\n{ARTICLES[6].text}\n",
                                    encoding="utf-8")
    (root / "cookie-wall.html").write_text(f"<html><body><div>{COOKIE}</div></body></html>",
                                           encoding="utf-8")
    cut = root / "cut.warc.gz"
    write_warc(cut, [page(ARTICLES[1], 0), page(ARTICLES[3], 1)])
    cut.write_bytes(cut.read_bytes()[:-600])
    (root / "broken.xml").write_text("<?xml version='1.0'?><rss><channel><item><title>A",
                                     encoding="utf-8")
    report = by_key("grenzvertrag-b")  # a meeting of two ministers, in three outlets
    write_warc(root / "agentur.warc.gz", [page(report, 0), page(syndicate(report, 1), 2, site_no=2),
                                          page(syndicate(report, 3), 5, site_no=5)])
    return {"grenzvertrag.html": "German page", "commerce.html": "French page",
            "crawl.warc.gz": "archive: an article, two agency copies, another article",
            "pages.warc.gz": "archive: the page a feed entry links to",
            "feed.rss": "feed: one full-text entry, one link-only entry",
            "notiz.txt": "plain text with a date header", "cookie-wall.html": "bad: boilerplate only",
            "cut.warc.gz": "bad: truncated archive (first record intact)", "broken.xml": "bad: feed cut off",
            "agentur.warc.gz": "archive: a report and two agency copies (one shared with cut.warc.gz)"}
