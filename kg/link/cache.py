"""A persistent SQLite cache of endpoint answers, keyed by endpoint and query text.

Linking a corpus asks the same questions again and again (every article mentions "USA"),
and the Wikidata Query Service asks clients to be frugal. Queries are built
deterministically from the names (see `kg.link.queries`), so the query text is a good key:
a name asked once is never asked again, across runs and corpora, until the cache file is
deleted. Only successful answers are stored; an error is retried on the next run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

from kg.link.terms import Row, rows_from_json, rows_to_json


def default_cache_path() -> Path:
    """`$XDG_CACHE_HOME/kg/wikidata.sqlite`, i.e. `~/.cache/kg/wikidata.sqlite` by default."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg" / "wikidata.sqlite"


class QueryCache:
    """`get(endpoint, query)` / `put(endpoint, query, rows)` over one SQLite file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # one connection per process is enough: linking is sequential
        self._db = sqlite3.connect(str(self.path))
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS answers ("
            " key TEXT PRIMARY KEY, endpoint TEXT NOT NULL, query TEXT NOT NULL,"
            " rows TEXT NOT NULL, stored REAL NOT NULL)"
        )
        self._db.commit()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(endpoint: str, query: str) -> str:
        return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()

    def get(self, endpoint: str, query: str) -> list[Row] | None:
        cur = self._db.execute("SELECT rows FROM answers WHERE key = ?", (self.key(endpoint, query),))
        found = cur.fetchone()
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        return rows_from_json(json.loads(found[0]))

    def put(self, endpoint: str, query: str, rows: list[Row]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO answers (key, endpoint, query, rows, stored) VALUES (?, ?, ?, ?, ?)",
            (self.key(endpoint, query), endpoint, query, json.dumps(rows_to_json(rows)), time.time()),
        )
        self._db.commit()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        self._db.close()
