"""Cost of the corpus consolidation on a large store, and what it merged.

    python benchmarks/bench_consolidate.py --store kg-store [--copies 1 5 10] [--sample 30]

The consolidation (`kg.consolidate.corpus_graph`) runs after every `kg build --store`,
`kg link --store` and `kg remove`, over the whole store, so its time per 1,000 documents
is what a large store pays on every change. For `--copies K` the store's document graphs
are copied K times under new document ids into an in-memory store (the same names again
in every copy, so identity resolution has K times the mentions to group) and consolidated
there; the figures are seconds per run and per 1,000 documents.

It also prints what the consolidation did on the store as it is: actor mentions before,
corpus actors after, the largest merged nodes, meetings and proposals reported by several
documents, and a seeded random sample of merges (corpus actors whose mentions were written
differently) for judging by hand.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg import identity  # noqa: E402
from kg.consolidate import CORPUS, corpus_graph  # noqa: E402
from kg.namespace import CORPUS_GRAPH, GRAPH_BASE, RESOURCE_BASE  # noqa: E402
from kg.store import Store, _insert_block  # noqa: E402


def copied(store: ox.Store, copies: int) -> ox.Store:
    """The document graphs of `store`, `copies` times, under ids suffixed `~c{i}`."""
    data = ox.serialize((q for q in store.quads_for_pattern(None, None, None, None)
                         if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != CORPUS_GRAPH),
                        format=ox.RdfFormat.N_QUADS).decode("utf-8")
    out = ox.Store()
    doc = re.compile(re.escape(RESOURCE_BASE + "doc/") + r"([^/>]+)")
    graph = re.compile(re.escape(GRAPH_BASE) + r"([^/>]+)>")
    doc_id = re.compile(r'(ontology#documentId> ")([^"]*)"')
    for i in range(copies):
        text = doc.sub(lambda m, i=i: f"{RESOURCE_BASE}doc/{m.group(1)}~c{i}", data)
        text = graph.sub(lambda m, i=i: f"{GRAPH_BASE}{m.group(1)}~c{i}>", text)
        text = doc_id.sub(lambda m, i=i: f'{m.group(1)}{m.group(2)}~c{i}"', text)
        out.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return out


def timing(store: ox.Store, copies: list[int], n_docs: int) -> None:
    """Compute (read mentions, resolve, build the graph) and write (one SPARQL update, as
    `kg.store.Store.replace_graphs` does), on an in-memory copy of the store."""
    print("documents  compute s  write s  total s/1000 docs  corpus triples")
    for k in copies:
        target = copied(store, k)
        t0 = time.perf_counter()
        g = corpus_graph({}, target)
        t1 = time.perf_counter()
        target.update(_insert_block(CORPUS, g))
        t2 = time.perf_counter()
        print(f"{n_docs * k:9d}  {t1 - t0:9.2f}  {t2 - t1:7.2f}  {(t2 - t0) / (n_docs * k) * 1000:17.2f}"
              f"  {len(g):14d}")


def figures(store: ox.Store, sample: int, seed: int) -> None:
    corpus = identity.Corpus()
    corpus.read(store, {CORPUS_GRAPH})
    corpus.graph()  # resolves identities
    nodes = corpus.actor_nodes()
    members: dict[str, list[identity.ActorMention]] = defaultdict(list)
    for m in corpus.actors.values():
        members[str(nodes[m.node])].append(m)
    print(f"actor mentions (per-document nodes, before): {len(corpus.actors)}")
    print(f"corpus actors (after): {len(members)}")
    by_cat = Counter(ms[0].category for ms in members.values())
    before_cat = Counter(m.category for m in corpus.actors.values())
    for cat in sorted(before_cat):
        print(f"  {cat:13s} {before_cat[cat]:6d} -> {by_cat.get(cat, 0):6d}")
    print("\nlargest corpus actors (documents, mentions, names as written):")
    ranked = sorted(members.items(), key=lambda kv: (-len({m.doc for m in kv[1]}), kv[0]))
    for node, ms in ranked[:15]:
        names = Counter(m.name for m in ms)
        print(f"  {len({m.doc for m in ms}):4d} {len(ms):4d}  {node.rsplit('/id/', 1)[-1]:40s} "
              + "; ".join(f"{n} ({c})" for n, c in names.most_common(6)))
    merges = sorted(node for node, ms in members.items()
                    if len({identity.name_key(identity.clean_name(m.name, m.category)) for m in ms}) > 1)
    print(f"\nmerges (corpus actors whose mentions are written differently): {len(merges)}")
    for node in random.Random(seed).sample(merges, min(sample, len(merges))):
        ms = members[node]
        print(f"  {node.rsplit('/id/', 1)[-1]:40s} {ms[0].identity:32s} "
              + " | ".join(sorted({f'{m.name} [{m.category}]' for m in ms})))
    people = sorted(node for node, ms in members.items()
                    if ms[0].category == "Person" and len({m.doc for m in ms}) > 1)
    print(f"\npersons mentioned in several documents: {len(people)}; a sample:")
    for node in random.Random(seed).sample(people, min(sample, len(people))):
        ms = members[node]
        print(f"  {len({m.doc for m in ms}):3d} docs  {node.rsplit('/id/', 1)[-1]:40s} "
              + " | ".join(sorted({m.name for m in ms})))
    meetings = Counter(corpus.meeting_nodes.values())
    proposals = Counter(corpus.proposal_nodes.values())
    print(f"\nmeeting reports {len(corpus.meetings)} -> corpus meetings {len(meetings)} "
          f"({sum(1 for c in meetings.values() if c > 1)} reported by several documents)")
    print(f"proposal reports {len(corpus.proposals)} -> corpus proposals {len(proposals)} "
          f"({sum(1 for c in proposals.values() if c > 1)} discussed in several documents)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--copies", type=int, nargs="*", default=[1])
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    with Store(args.store, read_only=True) as s:
        n_docs = len(s.documents())
        print(f"store {args.store}: {n_docs} documents")
        figures(s.oxigraph, args.sample, args.seed)
        print()
        timing(s.oxigraph, args.copies, n_docs)


if __name__ == "__main__":
    main()
