"""Web input (kg.ingest): pages, WARC archives, feeds, fetching, languages, copies, bad input.

Everything is built here from our own articles (tests/support/webarticles.py) wrapped in
realistic page templates (tests/support/webcorpus.py); archives are written with warcio and
linked pages are served by an HTTP server on 127.0.0.1 that the tests start. These tests
read input only; the end-to-end build (spaCy, RDF, queries) is in test_web_build.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from kg.document import read_inputs
from kg.errors import InputError
from kg.ingest import Intake
from kg.ingest.warc import page_index
from tests.support.webarticles import ARTICLES, ENGLISH, FRENCH, by_key
from tests.support.webcorpus import COOKIE, atom, page, rss, serve, syndicate, write_warc


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _save(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_page_main_text_and_metadata(tmp_path):
    article = by_key("grenzvertrag-a")
    p = page(article, 0)
    (doc,) = read_inputs([_save(tmp_path, "gipfel.html", p.html)])
    text = _norm(doc.text)
    assert all(_norm(para) in text for para in article.paragraphs)
    assert not any(_norm(b) in text for b in p.boilerplate)  # cookie banner, teaser, comment, footer
    assert doc.id == "gipfel" and doc.title == article.title and text.startswith(article.title)
    assert doc.date == dt.date(2025, 3, 11)  # from article:published_time, by htmldate
    assert (doc.url, doc.site, doc.author) == (p.url, "Nordkurier", "Anna Beispiel")
    assert doc.lang == "de"


@pytest.mark.parametrize("template", range(1, 6))
def test_dates_from_every_kind_of_markup(tmp_path, template):
    article = ARTICLES[template]
    (doc,) = read_inputs([_save(tmp_path, "x.htm", page(article, template).html)])
    assert doc.date == article.date


def test_formats_found_by_content_in_a_folder(tmp_path):
    folder = tmp_path / "crawl"
    folder.mkdir()
    _save(folder, "artikel-17", page(ARTICLES[0], 1).html)  # a page saved without suffix
    write_warc(folder / "segment-00001", [page(ARTICLES[2], 2)])  # gzipped WARC, no suffix
    _save(folder, "nachrichten", atom("Tagesblatt", [(ARTICLES[4], "https://tb.test/tarif")]))
    _save(folder, "notes.md", "# crawl notes\nnothing to read here\n")
    _save(folder, "sitemap.xml", "<?xml version='1.0'?><urlset><url><loc>https://x.test/</loc></url></urlset>")
    _save(folder, "kurz.xml", rss("Kurz", [(ARTICLES[5], "https://kurz.test/a", True)]))
    docs = read_inputs([folder])
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"artikel-17", "stadtanzeiger.test/2025/06/04/haushalt-a.html", "tb.test/tarif",
                          "kurz.test/a"}  # sitemap.xml and notes.md are not news
    entry = by_id["tb.test/tarif"]
    assert entry.date == ARTICLES[4].date and entry.author == "Jan Muster" and entry.site == "Tagesblatt"
    assert _norm(ARTICLES[4].paragraphs[-1]) in _norm(entry.text)


def test_warc_pages_skip_other_records(tmp_path):
    pages = [page(a, i) for i, a in enumerate(ARTICLES[:3])]
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, pages, extra=[("https://x.test/logo.png", "image/png", b"\x89PNG....")])
    docs = read_inputs([warc])
    assert [d.url for d in docs] == [p.url for p in pages]
    assert [d.source for d in docs] == [f"{warc}#{i} ({p.url})" for i, p in enumerate(pages, start=1)]
    assert [d.site for d in docs] == ["Nordkurier", "Der Morgen", "Stadtanzeiger"]


def test_truncated_warc_names_the_file_and_keeps_the_intact_records(tmp_path):
    warc = tmp_path / "cut.warc.gz"
    write_warc(warc, [page(a, 0) for a in ARTICLES[:3]])
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) - 700])  # the last record cut short
    with pytest.raises(InputError, match=r"cut\.warc\.gz: archive truncated in record 3 \(https://"):
        read_inputs([warc])
    intake = Intake(keep_going=True)
    docs = read_inputs([warc], intake)
    assert len(docs) == 2 and len(intake.problems) == 1 and str(warc) in intake.problems[0]


def test_feed_full_text_entries_and_links_read_offline(tmp_path):
    linked = page(ARTICLES[6], 3)
    items = [(ARTICLES[0], "https://feed.test/a", True), (ARTICLES[2], "https://feed.test/b", True),
             (ARTICLES[6], linked.url, False)]
    feed = _save(tmp_path, "feed.rss", rss("Westpost", items))
    with pytest.raises(InputError, match=re.escape(f"{feed}#3: {linked.url} is only linked")):
        read_inputs([feed], Intake(pages=tmp_path / "none.warc.gz"))
    pages = tmp_path / "pages.warc.gz"
    write_warc(pages, [linked])
    docs = read_inputs([feed], Intake(pages=pages))
    assert [d.url for d in docs] == ["https://feed.test/a", "https://feed.test/b", linked.url]
    assert docs[2].date == ARTICLES[6].date and docs[2].site == "Neue Presse"
    assert not any(_norm(b) in _norm(docs[2].text) for b in ("Leserkommentar", "Impressum"))


def test_fetch_is_polite_and_archives_what_it_fetched(tmp_path):
    site = tmp_path / "site"
    (site / "privat").mkdir(parents=True)
    _save(site, "robots.txt", "User-agent: *\nDisallow: /privat/\n")
    _save(site, "a.html", page(ARTICLES[0], 0).html)
    _save(site, "b.html", page(ARTICLES[2], 2).html)
    _save(site / "privat", "c.html", page(ARTICLES[4], 1).html)
    pages = tmp_path / "cache" / "pages.warc.gz"
    with serve(site) as (base, requested):
        links = [(ARTICLES[0], f"{base}/a.html", False), (ARTICLES[2], f"{base}/b.html", False),
                 (ARTICLES[4], f"{base}/privat/c.html", False), (ARTICLES[6], f"{base}/gone.html", False)]
        feed = _save(tmp_path, "feed.xml", rss("Testseite", links))
        intake = Intake(fetch=True, keep_going=True, pages=pages, delay=0.3)
        docs = read_inputs([feed], intake)
    assert [d.url for d in docs] == [f"{base}/a.html", f"{base}/b.html"]
    paths = [p for _, p in requested]
    assert paths == ["/robots.txt", "/a.html", "/b.html", "/gone.html"]  # /privat/ never asked
    times = [t for t, _ in requested]
    # one request per 0.3 s; the server notes arrival times, which a loaded machine delays by
    # a few tens of milliseconds (without the delay the gaps are a few milliseconds)
    assert all(b - a >= 0.25 for a, b in itertools.pairwise(times))
    assert intake.problems == [f"{feed}#3: {base}/privat/c.html is disallowed by the site's robots.txt",
                               f"{feed}#4: cannot fetch {base}/gone.html (HTTP 404)"]
    assert set(page_index(pages)) == {f"{base}/a.html", f"{base}/b.html"}
    # the server is gone: a second build reads the fetched pages from the archive
    again = read_inputs([feed], Intake(keep_going=True, pages=pages))
    assert [d.text for d in again] == [d.text for d in docs]


def test_languages_detected_and_others_skipped(tmp_path):
    files = [_save(tmp_path, f"{a.key}.html", page(a, 0).html) for a in (ARTICLES[1], ENGLISH, FRENCH)]
    plain = _save(tmp_path, "plain.txt", ENGLISH.text)  # no .en suffix: detected too
    intake = Intake()
    docs = read_inputs([*files, plain], intake)
    assert {d.id: d.lang for d in docs} == {"grenzvertrag-b": "de", "trade-en": "en", "plain": "en"}
    assert intake.skipped_langs == {"fr": 1}
    assert "skipped 1 document(s) in other languages (fr: 1)" in intake.summary()
    given = _save(tmp_path, "given.de.txt", ENGLISH.text)  # the user said German: kept as given
    assert read_inputs([given])[0].lang == "de"


def test_bad_inputs_one_line_each_and_the_rest_is_read(tmp_path):
    good = _save(tmp_path, "gut.html", page(ARTICLES[3], 4).html)
    bad = {
        "binaer.html": b"\x00\x01\x02\xff\xfe" * 50,
        "leer.html": b"",
        "cookies.html": f"<html><body><nav>Start</nav><div>{COOKIE}</div></body></html>".encode(),
        "kaputt.rss": b"<?xml version='1.0'?><rss><channel><title>x</title><item><title>A",
    }
    paths = [good] + [tmp_path / n for n in bad]
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    with pytest.raises(InputError, match="binaer.html"):
        read_inputs(paths)
    intake = Intake(keep_going=True)
    docs = read_inputs(paths, intake)
    assert [d.id for d in docs] == ["gut"]
    assert len(intake.problems) == 4
    for name, problem in zip(bad, intake.problems, strict=True):
        assert problem.startswith(str(tmp_path / name) + ": ") and "\n" not in problem
    assert "feed does not parse" in intake.problems[3]
    assert intake.summary()[-5] == "left out 4 bad input(s):"


def test_syndicated_copies_grouped_and_other_reports_kept_apart(tmp_path):
    original, other_report = by_key("haushalt-a"), by_key("haushalt-b")
    versions = [original, syndicate(original, 1), syndicate(original, 3), syndicate(original, 4)]
    files = [_save(tmp_path, f"{v.key}.html", page(v, i % 6, site_no=i).html)
             for i, v in enumerate([*versions, other_report, ARTICLES[0]])]
    intake = Intake()
    docs = read_inputs(files, intake)
    assert len(docs) == 6
    (story,) = intake.stories
    assert story.original == "haushalt-a"
    assert set(story.copies) == {"haushalt-a-copy1", "haushalt-a-copy3", "haushalt-a-copy4"}
    assert "found 1 group(s) of syndicated copies (3 copy/copies of 1 original(s))" in intake.summary()
    assert Intake(group_copies=False).stories == []


def test_same_url_in_two_inputs_is_read_once(tmp_path):
    p = page(ARTICLES[5], 2)
    write_warc(tmp_path / "a.warc.gz", [p])
    write_warc(tmp_path / "b.warc.gz", [p])
    intake = Intake()
    docs = read_inputs([tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"], intake)
    assert len(docs) == 1 and intake.repeated_urls == 1


def test_stubs_sharing_a_notice_are_not_one_story():
    from kg.document import Document
    from kg.ingest.stories import group_stories

    notice = "Der Volltext dieses Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung."
    stubs = [Document(id=f"stub{i}", text=f"{a.paragraphs[0].split('.')[0]}. {notice}")
             for i, a in enumerate(ARTICLES)]
    full = [Document(id=a.key, text=a.text) for a in ARTICLES[:2]]
    copy = Document(id="copy", text=syndicate(ARTICLES[0], 1).text)
    (story,) = group_stories(stubs + full + [copy])
    assert (story.original, story.copies) == ("grenzvertrag-a", ("copy",))
