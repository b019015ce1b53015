"""The HTML explorer in a real browser: Debian's chromium, driven by Playwright for Python.

The page of the example graph must load with no console errors and no network request,
show every node, find an actor by search, open its details on a click on the canvas, and
show the injected name `<script>alert(1)</script>` as text without running it. A
screenshot is written to the test's temporary folder (and to $KG_SCREENSHOT_DIR if set),
so a person can look at it.

Skipped when Playwright or chromium is missing (scripts/test.sh installs both).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.export import html
from kg.export.projection import Edge, Node, Projection, project
from tests.test_export_data import EVIL_NAME, example_graph

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A loaded explorer page with everything the browser reported."""

    def __init__(self, browser: Any, path: Path):
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 850})
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def on_dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready=true]", timeout=30_000)

    def eval(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


@pytest.fixture(scope="module")
def full_page(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    folder = tmp_path_factory.mktemp("explorer")
    path = folder / "explorer.html"
    path.write_bytes(html.render(project(example_graph(), "full")))
    page = Page(browser, path)
    yield page
    page.page.close()


def test_loads_without_errors_or_network(full_page: Page) -> None:
    errors = [text for kind, text in full_page.console if kind == "error"]
    assert errors == [] and full_page.errors == []
    # the only request is the page itself: the library and data are inlined
    assert full_page.requests == [full_page.url]


def test_shows_every_node(full_page: Page) -> None:
    expected = len(project(example_graph(), "full").nodes)
    assert full_page.eval("window.kgExplorer.cy.nodes().length") == expected
    assert full_page.page.get_attribute("#stats", "data-nodes") == str(expected)
    visible = full_page.eval("window.kgExplorer.cy.nodes().filter(n => n.visible()).length")
    assert visible == expected
    # every node lies inside the viewport after the initial fit
    inside = full_page.eval("""() => { const cy = window.kgExplorer.cy, w = cy.width(), h = cy.height();
        return cy.nodes().every(n => { const p = n.renderedPosition();
            return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }); }""")
    assert inside


def test_search_and_click_open_details(full_page: Page, tmp_path: Path) -> None:
    page = full_page.page
    page.fill("#search", "mendes")
    results = page.locator("#results button")
    assert results.count() >= 1
    assert results.first.inner_text().strip() == "Paulo Mendes"
    # click the node itself on the canvas, where Cytoscape draws it
    node_id = full_page.eval(
        "window.kgExplorer.cy.nodes().filter(n => n.data('label') === 'Paulo Mendes')[0].id()")
    box = page.locator("#cy").bounding_box()
    pos = full_page.eval("id => window.kgExplorer.cy.getElementById(id).renderedPosition()", node_id)
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function("document.querySelector('#details h3') !== null")
    details = page.inner_text("#details")
    assert "Paulo Mendes" in page.inner_text("#details h3")
    assert "Außenminister" in details  # role
    assert "Treffen Albers–Mendes in Bergstadt" in details and "Zweite Gesprächsrunde in Seehafen" in details
    assert "südländischen Außenminister Paulo Mendes" in details  # a source sentence
    # the document with a URL is a link; the search result click works too
    results.first.click()
    link = page.locator("#details a[href^='https://example.org/']").first
    assert link.get_attribute("rel") == "noopener noreferrer"
    shot = _screenshot(page, tmp_path, "explorer-details.png")
    assert shot.stat().st_size > 10_000


def test_injected_name_stays_inert(full_page: Page, tmp_path: Path) -> None:
    page = full_page.page
    page.fill("#search", "alert")
    button = page.locator("#results button").filter(has_text=EVIL_NAME).first
    assert button.inner_text().strip() == EVIL_NAME  # shown literally
    button.click()
    page.wait_for_function("document.querySelector('#details h3') !== null")
    assert page.inner_text("#details h3") == EVIL_NAME
    details = page.inner_text("#details")
    assert '"; DROP TABLE akteure; --' in details
    assert "</script> kein" in details and "<b>Fehler</b>" in details
    # nothing from the data became an element or ran
    injected = "document.querySelectorAll('#details script, #details b, #results script').length"
    assert full_page.eval(injected) == 0
    assert full_page.eval("document.scripts.length") == 3
    assert full_page.dialogs == []
    assert [t for k, t in full_page.console if k == "error"] == [] and full_page.errors == []
    _screenshot(page, tmp_path, "explorer-injection.png")


def test_filters_hide_nodes(full_page: Page) -> None:
    page = full_page.page
    page.click("#reset")
    total = int(page.get_attribute("#stats", "data-nodes") or 0)
    page.uncheck("#cat-Meeting")
    assert int(page.get_attribute("#stats", "data-nodes") or 0) == total - 3
    page.check("#cat-Meeting")
    page.fill("#since", "2026-05-01")
    page.dispatch_event("#since", "change")
    page.uncheck("#undated")
    shown = full_page.eval("window.kgExplorer.cy.nodes().not('.hidden').map(n => n.data('label'))")
    assert "Treffen mit " + EVIL_NAME in shown and "Treffen Albers–Mendes in Bergstadt" not in shown
    page.click("#reset")
    assert int(page.get_attribute("#stats", "data-nodes") or 0) == total


def test_actor_view_page(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "actors.html"
    p = project(example_graph(), "actors")
    path.write_bytes(html.render(p))
    page = Page(browser, path)
    try:
        assert page.eval("window.kgExplorer.cy.nodes().length") == len(p.nodes)
        assert page.eval("window.kgExplorer.cy.edges().length") == len(p.edges)
        page.page.fill("#search", "Albers")
        page.page.locator("#results button").first.click()
        # meetings are not nodes of this view, but the panel still names them
        assert "Zweite Gesprächsrunde in Seehafen" in page.page.inner_text("#details")
        assert [t for k, t in page.console if k == "error"] == [] and page.errors == []
    finally:
        page.page.close()


def _screenshot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path))
    target = os.environ.get("KG_SCREENSHOT_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / name)
    return path


def synthetic(n_actors: int = 2400, n_meetings: int = 600) -> Projection:
    """A projection of a few thousand nodes: actors meeting in threes, with affiliations."""
    import random

    rng = random.Random(5)
    nodes: dict[str, Node] = {}
    edges: list[Edge] = []
    cats = ["Person", "Organisation", "Country", "Place"]
    for i in range(n_actors):
        nid = f"https://example.org/actor/{i}"
        nodes[nid] = Node(nid, f"Akteur {i}", "actor", cats[i % 4], documents=[f"d{i % 50}"])
    for j in range(n_meetings):
        mid = f"https://example.org/meeting/{j}"
        day = f"2026-{1 + j % 12:02d}-{1 + j % 28:02d}"
        nodes[mid] = Node(mid, f"Treffen {j}", "meeting", "Meeting", start=day, end=day,
                          documents=[f"d{j % 50}"])
        for a in rng.sample(range(n_actors), 3):
            edges.append(Edge(f"https://example.org/actor/{a}", mid, "participant", start=day, end=day))
    for i in range(0, n_actors, 3):
        target = f"https://example.org/actor/{(i * 7 + 1) % n_actors}"
        edges.append(Edge(f"https://example.org/actor/{i}", target, "affiliated_with"))
    return Projection("full", nodes, edges)


def test_few_thousand_nodes_stay_usable(browser: Any, tmp_path: Path) -> None:
    p = synthetic()
    started = time.monotonic()
    data = html.render(p)
    render_s = time.monotonic() - started
    path = tmp_path / "large.html"
    path.write_bytes(data)
    started = time.monotonic()
    page = Page(browser, path)
    load_s = time.monotonic() - started
    try:
        assert page.eval("window.kgExplorer.cy.nodes().length") == 3000
        assert page.eval("window.kgExplorer.cy.edges().length") == len(p.edges)
        started = time.monotonic()
        page.page.fill("#search", "Akteur 1234")
        page.page.locator("#results button").first.click()
        page.page.wait_for_function("document.querySelector('#details h3') !== null")
        click_s = time.monotonic() - started
        assert page.page.inner_text("#details h3") == "Akteur 1234"
        assert [t for k, t in page.console if k == "error"] == [] and page.errors == []
    finally:
        page.page.close()
    # generous bounds for a shared CI machine; typical: ~3 s, ~2 s, < 1 s
    assert render_s < 30, render_s
    assert load_s < 30, load_s
    assert click_s < 5, click_s
