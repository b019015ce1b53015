"""Short generated German news items for the corpus-scale tests (texts written for kg).

Each item names two ministers meeting in a city and one of them proposing something, so
every document yields actors, a meeting and a proposal; names vary with the index, so
documents differ and the corpus consolidation has something to merge (the same minister
recurs every few documents).
"""

from __future__ import annotations

import json
from pathlib import Path

FIRST = ["Ingrid", "Lars", "Olof", "Marta", "Jonas", "Petra", "Henrik", "Sofia"]
LAST = ["Solberg", "Holm", "Berg", "Lind", "Krause", "Novak", "Dahl", "Varga"]
CITIES = ["Oslo", "Stockholm", "Kopenhagen", "Helsinki", "Wien", "Prag"]
TOPICS = ["Fischereirechte", "einen Grenzfonds", "die Energiepreise", "ein Handelsabkommen"]


def article(i: int) -> str:
    a = f"{FIRST[i % 8]} {LAST[(i * 3) % 8]}"
    b = f"{FIRST[(i + 3) % 8]} {LAST[(i * 5 + 1) % 8]}"
    city, topic = CITIES[i % len(CITIES)], TOPICS[i % len(TOPICS)]
    return (f"Der Außenminister {a} hat am Montag in {city} die Außenministerin {b} getroffen. "
            f"Die beiden sprachen über {topic}. {a} schlug einen Plan für {topic} vor. "
            f"{b} sagte: „Wir verhandeln weiter.“")


def write_jsonl(path: Path, n: int, changed: dict[int, str] | None = None) -> Path:
    """A .jsonl corpus of `n` items (ids doc-000 ...); `changed` replaces the text of some."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = (changed or {}).get(i, article(i))
            f.write(json.dumps({"id": f"doc-{i:03d}", "text": text, "date": f"2026-03-{1 + i % 28:02d}"},
                               ensure_ascii=False) + "\n")
    return path
