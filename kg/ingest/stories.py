"""Syndicated copies: documents that carry the same story, found by MinHash LSH.

An agency report reaches many outlets with a new headline, a cut last paragraph, a changed
sentence and the site's own boilerplate; word-for-word comparison misses it and title
comparison misses it. Each document becomes the set of its word 5-shingles (case-folded
word 5-grams), hashed into a 128-permutation MinHash; LSH (datasketch's band layout,
buckets found by sorting, `_bands`) proposes pairs whose estimated
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
import functools
import hashlib
import re
from dataclasses import dataclass

import numpy as np

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
    (128 hash values of 4 bytes) per document between reading and grouping."""

    id: str
    date: dt.date | None
    words: int
    hashvalues: np.ndarray  # the MinHash: NUM_PERM uint32 values


# datasketch's MinHashLSH(threshold, NUM_PERM) band layout (bands, rows per band), which it
# finds by numerical integration after importing scipy (about 1.2 s of a build's start-up);
# tests/test_streaming_input.py checks these against datasketch. Other thresholds ask it.
_BAND_LAYOUTS = {(0.3, 128): (37, 3), (0.4, 128): (32, 4), (0.5, 128): (25, 5)}


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a, b) of datasketch's `MinHash(num_perm=NUM_PERM, seed=1)`
    (its default "affine32" scheme): the same random draws, without importing datasketch."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies before the permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def _minhash(text: str) -> np.ndarray:
    """The hash values datasketch's `MinHash(num_perm=NUM_PERM, seed=1).update_batch` gives for
    the shingles of `text` (SHA-1's first 4 bytes, little-endian, mixed and permuted; the
    minimum per permutation), computed here so that a build need not import datasketch."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    digests = b"".join(hashlib.sha1(g.encode("utf-8")).digest()[:4] for g in grams)
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1))
    a, b = _permutations()
    return (hv * a + b).min(axis=0)


def _band_layout(threshold: float) -> tuple[int, int]:
    """(bands, rows per band) of datasketch's `MinHashLSH(threshold, NUM_PERM)`."""
    layout = _BAND_LAYOUTS.get((threshold, NUM_PERM))
    if layout is None:
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        layout = lsh.b, lsh.r
    return layout


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


Bands = list[tuple[np.ndarray, np.ndarray, np.ndarray]]


def _bands(signatures: np.ndarray, threshold: float) -> Bands:
    """The buckets of `MinHashLSH(threshold, NUM_PERM)`'s bands (rows equal in every value of
    the band's slice), as sorted arrays: per band, the rows in bucket order and each row's
    bucket as a start and end in that order. 12 bytes a document and band, where datasketch's
    index of byte strings, sets and dicts took about 10 kB a document (37 bands at 0.3)."""
    bands = []
    count, rows = _band_layout(threshold)
    for start, end in [(i * rows, (i + 1) * rows) for i in range(count)]:
        _, labels = np.unique(signatures[:, start:end], axis=0, return_inverse=True)
        labels = labels.ravel()
        counts = np.bincount(labels)
        first = np.concatenate(([0], np.cumsum(counts)[:-1]))
        bands.append((np.argsort(labels, kind="stable").astype(np.int32), first[labels].astype(np.int32),
                      (first + counts)[labels].astype(np.int32)))
    return bands


def _earlier(bands: Bands, row: int) -> np.ndarray:
    """The rows before `row` that share a bucket with it: what the LSH index, holding the
    documents before it, answers to its query."""
    parts = [order[first[row]:end[row]] for order, first, end in bands if end[row] - first[row] > 1]
    if not parts:
        return np.empty(0, dtype=np.int32)
    rows = np.unique(np.concatenate(parts))
    return rows[rows < row]


def group_keys(keys: list[Key], threshold: float = THRESHOLD) -> list[Story]:
    """The groups of two or more documents (given by their keys, in input order) that carry
    one story, sorted by original id."""
    if len(keys) < 2:
        return []
    signatures = np.stack([k.hashvalues for k in keys])
    bands = _bands(signatures, threshold)
    parent = {k.id: k.id for k in keys}
    for row, key in enumerate(keys):
        rows = _earlier(bands, row)
        same = np.count_nonzero(signatures[rows] == signatures[row], axis=1) / float(NUM_PERM)  # .jaccard
        for other in rows[same >= threshold]:
            parent[_find(parent, key.id)] = _find(parent, keys[int(other)].id)
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
