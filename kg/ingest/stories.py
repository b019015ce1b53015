"""Syndicated copies: documents that carry the same story, found by MinHash LSH (datasketch).

An agency report reaches many outlets with a new headline, a cut last paragraph, a changed
sentence and the site's own boilerplate; word-for-word comparison misses it and title
comparison misses it. Each document becomes the set of its word 5-shingles (case-folded
word 5-grams), hashed into a 128-permutation MinHash; LSH (datasketch's band layout,
buckets found by sorting, `_candidates`) proposes pairs whose estimated
Jaccard similarity may reach `THRESHOLD`, a pair is kept when the estimate does, and kept
pairs are joined transitively into groups. At 0.3, benchmarks/web_ingest.py groups all
agency copies (new headline, cut to half, own lead, edited words) with their original and
keeps independent reports of the same event apart; at 0.4 it already misses short
versions (Jaccard of a half-length copy with its original is about 0.5 at best, less after
edits), and grouping copies of different stories needs shared wording that two reports
of one event rarely have.

Documents under `MIN_WORDS` words are never grouped: in a stub, one shared sentence ("Der
Volltext dieses auf Agenturmeldungen basierenden Artikels steht … nicht mehr zur
Verfügung") is most of the text, and on the 1,010 real articles of the 10kGNAD test split
such stubs were the only group found (8 unrelated stubs of 22-29 words at 0.3).

In each group, the document published first is the original (on the same day the longest,
as cut versions derive from full ones; then the smallest id); the others are its copies.
Grouping covers the documents of one build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from kg.document import Document

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.3
MIN_WORDS = 40
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Story:
    """One story and the documents that carry it: `original` first, then the copies."""

    original: str
    copies: tuple[str, ...]


@dataclass(frozen=True)
class Key:
    """What grouping needs of one document, without its text: a streaming build keeps this
    (about 1 kB: 128 hash values) per document between reading and grouping."""

    id: str
    date: dt.date | None
    words: int
    minhash: LeanMinHash


def _minhash(text: str) -> LeanMinHash:
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return LeanMinHash(mh)  # without the permutation tables each MinHash carries


def story_key(doc: Document) -> Key | None:
    """The grouping key of `doc`, or None for a document too short to be grouped (`MIN_WORDS`)."""
    words = len(doc.text.split())
    if words < MIN_WORDS:
        return None
    return Key(doc.id, doc.date, words, _minhash(doc.text))


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _candidates(signatures: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """The pairs (i < j) of rows that `MinHashLSH(threshold, NUM_PERM)` would propose: equal in
    every value of at least one of its bands. Found by sorting each band's column block
    instead of an index of every band of every document, which took about 10 kB a document
    (37 bands of 3 values at 0.3): the groups are the same, the memory is the signatures'."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)  # only its band layout
    pairs: set[tuple[int, int]] = set()
    for start, end in lsh.hashranges:
        _, labels = np.unique(signatures[:, start:end], axis=0, return_inverse=True)
        labels = labels.ravel()
        order = np.argsort(labels, kind="stable")
        bounds = np.flatnonzero(np.diff(labels[order])) + 1
        for bucket in np.split(order, bounds):
            if len(bucket) > 1:
                rows = sorted(int(i) for i in bucket)
                pairs.update((a, b) for n, a in enumerate(rows) for b in rows[n + 1:])
    return sorted(pairs)


def group_keys(keys: list[Key], threshold: float = THRESHOLD) -> list[Story]:
    """The groups of two or more documents (given by their keys, in input order) that carry
    one story, sorted by original id."""
    if len(keys) < 2:
        return []
    signatures = np.stack([k.minhash.hashvalues for k in keys])
    parent = {k.id: k.id for k in keys}
    for i, j in _candidates(signatures, threshold):
        same = float(np.count_nonzero(signatures[i] == signatures[j])) / float(NUM_PERM)  # as MinHash.jaccard
        if same >= threshold:
            parent[_find(parent, keys[j].id)] = _find(parent, keys[i].id)
    members: dict[str, list[Key]] = {}
    for key in keys:
        members.setdefault(_find(parent, key.id), []).append(key)
    stories = []
    for group in members.values():
        if len(group) > 1:
            group.sort(key=lambda k: (k.date or dt.date.max, -k.words, k.id))
            stories.append(Story(original=group[0].id, copies=tuple(k.id for k in group[1:])))
    return sorted(stories, key=lambda s: s.original)


def group_stories(docs: list[Document], threshold: float = THRESHOLD) -> list[Story]:
    """The groups of two or more documents that carry one story, sorted by original id."""
    return group_keys([k for k in map(story_key, docs) if k is not None], threshold)
