"""A realistic synthetic negotiation graph of about a million triples, for store benchmarks.

    python benchmarks/synthetic_graph.py --triples 1000000 --out /tmp/kg-1m.nq

The graph is made the way `kg build` makes a real one: seeded random *records*
(`kg.records`: actors with mentions, roles and affiliations, meetings with participants,
place and date, proposals with points and events, responses, statements, each with its
evidence) are mapped by kg's own mapping (`kg.rdf.mapping.extraction_to_graph`) into one
named graph per document, and the corpus consolidation (`kg.consolidate`) is computed over
them. So every class and property of the ontology appears as in real output, in the same
proportions a news article gives (about 370 triples per document), and the queries in
queries/ have real joins to do. Actors come from a pool of a few thousand names drawn with
a Zipf-like skew, so a few (heads of government) are in many documents, as in the news.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Anna", "Lars", "Olof", "Marta", "Jonas", "Petra", "Henrik", "Sofia", "Karl", "Ewa", "Miguel",
         "Aiko", "Tomas", "Lea", "Omar", "Ines", "Pavel", "Nora", "Emil", "Rosa"]
LAST = ["Solberg", "Holm", "Berg", "Lind", "Krause", "Novak", "Dahl", "Varga", "Moreau", "Rossi",
        "Tanaka", "Costa", "Nowak", "Meyer", "Haddad", "Silva", "Horvat", "Jensen", "Weber", "Kowalski"]
STATES = ["Norwegen", "Schweden", "Dänemark", "Finnland", "Österreich", "Polen", "Ungarn", "Portugal",
          "Spanien", "Italien", "Japan", "Kanada", "Brasilien", "Ägypten", "Indien", "Kenia"]
CITIES = ["Oslo", "Stockholm", "Kopenhagen", "Helsinki", "Wien", "Warschau", "Budapest", "Lissabon",
          "Madrid", "Rom", "Tokio", "Ottawa", "Brasília", "Kairo", "Neu-Delhi", "Nairobi", "Genf", "Brüssel"]
ORGS = ["Europäische Union", "Vereinte Nationen", "Nato", "Afrikanische Union", "WTO", "OSZE"]
ROLES = ["Außenminister", "Präsidentin", "Regierungschef", "Handelsministerin", "Sondergesandter"]
TOPICS = ["Waffenruhe", "Grenzfonds", "Zollabkommen", "Energiepartnerschaft", "Fischereiquoten"]


SUFFIXES = ["", "sen", "ova", "escu", "mann", "ić", "ez", "ström"]


def _people(n: int) -> list[str]:
    """`n` distinct full names (first name x surname x surname ending), in a seeded order."""
    names = [f"{f} {last}{suffix}" for suffix in SUFFIXES for last in LAST for f in FIRST]
    random.Random(1).shuffle(names)
    return names[:n]


def _pick(rng: random.Random, pool: list[str]) -> str:
    """Skewed: the first names of the pool far more often (the heads of government of the news)."""
    return pool[int(len(pool) * rng.random() ** 3)]


def make_extraction(i: int, people: list[str], rng: random.Random):  # -> kg.records.Extraction
    from kg.document import Document
    from kg.records import (
        Actor,
        Evidence,
        Extraction,
        Meeting,
        Mention,
        Proposal,
        ProposalEvent,
        Response,
        Statement,
        TimeValue,
    )

    date = dt.date(2024, 1, 1) + dt.timedelta(days=i % 900)
    sentences = [f"Satz {k} des Artikels {i} über {rng.choice(TOPICS)} mit Details." for k in range(12)]
    text = " ".join(sentences)
    starts = [sum(len(s) + 1 for s in sentences[:k]) for k in range(len(sentences))]

    def ev(k: int, method: str, conf: float = 0.9) -> Evidence:
        k %= len(sentences)
        return Evidence(sentences[k], starts[k], starts[k] + len(sentences[k]), starts[k], starts[k] + 5,
                        method, conf)

    persons = sorted({_pick(rng, people) for _ in range(6)})
    states = sorted(set(rng.sample(STATES, 3)))
    city, org = rng.choice(CITIES), rng.choice(ORGS)
    actors = [Actor(f"p{k}", name, "Person", mentions=[Mention(name, starts[k], starts[k] + len(name))],
                    roles=[rng.choice(ROLES)], affiliations=[f"s{k % len(states)}"], evidence=[ev(k, "ner")])
              for k, name in enumerate(persons)]
    actors += [Actor(f"s{k}", s, "Country", evidence=[ev(k + 3, "ner")]) for k, s in enumerate(states)]
    actors += [Actor("c", city, "Place", kind="city", stands_for="s0", evidence=[ev(2, "ner")]),
               Actor("o", org, "Organisation", kind="alliance", evidence=[ev(4, "ner")])]
    when = TimeValue("am Dienstag", (date - dt.timedelta(days=rng.randint(0, 6))).isoformat(), "day")
    meetings = [Meeting(f"m{k}", rng.choice(["meeting", "talks", "summit"]), f"Treffen {k}",
                        participants=[a.key for a in rng.sample(actors[:len(persons)], min(3, len(persons)))],
                        location="c", time=when, status=rng.choice(["held", "planned"]),
                        evidence=[ev(5 + k, "rule")])
                for k in range(2)]
    topic = rng.choice(TOPICS)
    proposals = [Proposal(f"q{k}", "plan", f"{topic}-Plan {k}", proposer=actors[k % len(persons)].key,
                          points=[f"Punkt {n}" for n in range(3)], number_of_points=3,
                          events=[ProposalEvent("presented", when, ev(7, "rule"))],
                          evidence=[ev(7 + k, "rule")])
                  for k in range(2)]
    stances = ["accept", "reject", "consider"]
    responses = [Response(f"r{k}", f"q{k % 2}", f"s{k % len(states)}", rng.choice(stances),
                          evidence=[ev(9 + k, "rule")]) for k in range(2)]
    statements = [Statement(f"t{k}", actors[k % len(persons)].key, f"Wir verhandeln weiter über {topic}.",
                            about=["q0"], evidence=[ev(10 + k, "rule:quote")]) for k in range(3)]
    doc = Document(id=f"synthetic-{i:06d}", text=text, date=date, title=f"Artikel {i}")
    return Extraction(doc, actors, meetings, proposals, responses, statements, model="synthetic 1.0")


def generate(triples: int, out: Path) -> tuple[int, int]:
    """Write the graph as N-Quads; (documents, quads)."""
    import pyoxigraph as ox

    from kg.consolidate import CORPUS, corpus_graph
    from kg.iri import graph_iri
    from kg.rdf.mapping import extraction_to_graph
    from kg.rdf.serialize import _nt_lines
    from kg.rdf.spool import quad_line

    rng, people = random.Random(7), _people(3000)
    written, docs = 0, 0
    with tempfile.TemporaryDirectory() as tmp, out.open("w", encoding="utf-8") as f:
        store = ox.Store(tmp)
        while written < triples * 0.93:  # the corpus graph adds the rest
            lines = _nt_lines(extraction_to_graph(make_extraction(docs, people, rng)))
            quads = [quad_line(line, graph_iri(f"synthetic-{docs:06d}")) for line in lines]
            store.load("\n".join(quads).encode(), format=ox.RdfFormat.N_QUADS)
            f.writelines(q + "\n" for q in quads)
            written += len(quads)
            docs += 1
        corpus = _nt_lines(corpus_graph({}, store))
        f.writelines(quad_line(line, CORPUS) + "\n" for line in corpus)
        written += len(corpus)
    return docs, written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-synthetic.nq")
    args = ap.parse_args()
    t0 = time.perf_counter()
    docs, quads = generate(args.triples, args.out)
    seconds = time.perf_counter() - t0
    print(f"{args.out}: {docs:,} documents, {quads:,} quads in {seconds:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
