"""Web input quality: main-text extraction from pages and grouping of syndicated copies.

Extraction: every article of tests/support/webarticles.py in each of the six page templates
of tests/support/webcorpus.py (48 pages: navigation, cookie banners, teasers, in-text ads,
share buttons, comments, different date markup) goes through kg.ingest.html.page_document.
A page counts as *complete* when every paragraph of the article is in the extracted text,
*clean* when none of the page's boilerplate snippets is, and the date is checked against
the article's.

Grouping: each article is published once as an original and as 0-4 agency copies (new
headline, agency tag, last paragraph cut, a word changed) on other sites' templates; the
pages are extracted and grouped by kg.ingest.stories. Two documents belong together when
they come from the same article; the two independent reports of each event (same names
and facts, different wording) must stay apart. Precision and recall are over pairs of
documents, for a range of thresholds; the one kg uses is marked.

    python benchmarks/web_ingest.py
    python benchmarks/web_ingest.py --sample eingang/   # also write the mixed input folder
    python benchmarks/web_ingest.py --real ../shared/data/news-raw/10kgnad-test.jsonl.gz

`--real` groups a corpus of real, distinct articles (.jsonl or .jsonl.gz with `id` and
`text`) and prints every group found: on a corpus without syndicated copies, each group
is a false merge to look at.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg.ingest.html import page_document  # noqa: E402
from kg.ingest.stories import THRESHOLD, group_stories  # noqa: E402
from tests.support.webarticles import ARTICLES  # noqa: E402
from tests.support.webcorpus import TEMPLATES, mixed_folder, page, syndicate  # noqa: E402

#: how many agency copies each of the eight articles gets (0: a story of its own)
COPIES = (4, 0, 3, 1, 2, 0, 4, 2)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def extraction() -> None:
    rows: dict[int, list[int]] = {t: [0, 0, 0, 0] for t in range(len(TEMPLATES))}
    start = time.perf_counter()
    for template, article in itertools.product(range(len(TEMPLATES)), ARTICLES):
        p = page(article, template)
        doc = page_document(p.html, p.name, p.name)
        text = _norm(doc.text)
        complete = all(_norm(para) in text for para in article.paragraphs)
        clean = not any(_norm(b) in text for b in p.boilerplate)
        counts = rows[template]
        counts[0] += complete
        counts[1] += clean
        counts[2] += complete and clean
        counts[3] += doc.date == article.date
    seconds = time.perf_counter() - start
    n = len(ARTICLES)
    print(f"extraction: {n * len(TEMPLATES)} pages, {len(TEMPLATES)} templates x {n} articles, "
          f"{seconds:.2f} s ({n * len(TEMPLATES) / seconds:.0f} pages/s incl. checks)")
    print("template              complete  clean  both  date")
    totals = [0, 0, 0, 0]
    for template, counts in rows.items():
        print(f"{TEMPLATES[template].__name__:<20} {counts[0]:>6}/{n} {counts[1]:>4}/{n} "
              f"{counts[2]:>3}/{n} {counts[3]:>3}/{n}")
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    total = n * len(TEMPLATES)
    print("all                  " + "  ".join(f"{c}/{total} ({c / total:.0%})" for c in totals))


def _corpus() -> tuple[list, dict[str, str]]:
    docs, story_of = [], {}
    for number, (article, copies) in enumerate(zip(ARTICLES, COPIES, strict=True)):
        versions = [article] + [syndicate(article, c) for c in range(1, copies + 1)]
        for offset, version in enumerate(versions):
            p = page(version, (number + offset) % len(TEMPLATES), site_no=(number + 2 * offset) % 6)
            doc = page_document(p.html, f"{version.key}@{p.site}", p.name)
            docs.append(doc)
            story_of[doc.id] = article.key
    return docs, story_of


def grouping(thresholds: list[float]) -> None:
    docs, story_of = _corpus()
    start = time.perf_counter()
    group_stories(docs)
    print(f"\ngrouping {len(docs)} documents at the default threshold: {time.perf_counter() - start:.3f} s")
    truth = {frozenset(pair) for pair in itertools.combinations(story_of, 2)
             if story_of[pair[0]] == story_of[pair[1]]}
    print(f"\ngrouping: {len(docs)} documents, {len(set(story_of.values()))} stories, "
          f"{len(truth)} true pairs")
    print("threshold  groups  precision  recall")
    for threshold in thresholds:
        found = set()
        stories = group_stories(docs, threshold=threshold)
        for story in stories:
            found |= {frozenset(p) for p in itertools.combinations((story.original, *story.copies), 2)}
        hits = len(found & truth)
        precision = hits / len(found) if found else 1.0
        recall = hits / len(truth) if truth else 1.0
        mark = "  <- kg" if abs(threshold - THRESHOLD) < 1e-9 else ""
        print(f"{threshold:>9.2f} {len(stories):>7} {precision:>10.3f} {recall:>7.3f}{mark}")


def real(path: Path) -> None:
    from kg.document import Document

    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        docs = [Document(id=str(o["id"]), text=o["text"]) for o in map(json.loads, fh) if o.get("text")]
    start = time.perf_counter()
    stories = group_stories(docs)
    print(f"\nreal corpus {path}: {len(docs)} documents, {len(stories)} group(s) at {THRESHOLD} "
          f"({time.perf_counter() - start:.1f} s)")
    for story in stories:
        print("  ", story.original, "+", ", ".join(story.copies))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thresholds", type=float, nargs="+",
                        default=[0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8])
    parser.add_argument("--real", type=Path, metavar="JSONL",
                        help="also group this corpus of real, distinct articles and list the groups")
    parser.add_argument("--sample", type=Path, metavar="DIR",
                        help="write the mixed input folder of docs/web-input.md to DIR and stop")
    args = parser.parse_args()
    if args.sample is not None:
        for name, what in mixed_folder(args.sample).items():
            print(f"{args.sample / name}: {what}")
        return
    extraction()
    grouping(args.thresholds)
    if args.real is not None:
        real(args.real)


if __name__ == "__main__":
    main()
