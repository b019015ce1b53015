# %% [markdown]
# # Three research questions over the example articles, with kg, pandas and networkx
#
# Run it as a script (`python examples/research_questions.py --out out/research`) or open it
# as a notebook: the `# %%` cells are understood by Jupyter (with jupytext), VS Code and
# PyCharm. Needs `pip install 'kg[examples]'` (pandas, matplotlib).

# %%
"""Build the example articles into a graph, ask three questions with pandas, draw who met whom."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # draw to files; no display needed
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

import kg  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent  # the .txt articles next to this file


def build_graph() -> kg.Graph:
    """Extract the example articles into an in-memory graph (no store, no files)."""
    report = kg.build(EXAMPLES)
    print(report)
    return report.graph()


# %% [markdown]
# ## 1. Who took part in the most meetings?
# `meetings` (a ready-made query) has one row per meeting and participant (a meeting whose
# parties are unnamed has one row without a participant, which the grouping leaves out).


# %%
def most_meetings(graph: kg.Graph) -> Any:
    meetings = graph.query("meetings").to_dataframe()
    return (meetings.groupby("participantName")["meeting"].nunique()
            .rename("meetings").sort_values(ascending=False, kind="stable").reset_index())


# %% [markdown]
# ## 2. How did each actor respond to proposals?
# One row per response, with its stance: accept, reject, criticise or consider.


# %%
def stances(graph: kg.Graph) -> Any:
    import pandas as pd

    responses = graph.query("responses").to_dataframe()
    return pd.crosstab(responses["actorName"], responses["stance"]).reset_index()


# %% [markdown]
# ## 3. Who is quoted, and in how many articles?
# Statements with a speaker, counted per speaker and per document.


# %%
def quoted(graph: kg.Graph) -> Any:
    statements = graph.query("statements").to_dataframe().dropna(subset=["speakerName"])
    return (statements.groupby("speakerName")
            .agg(statements=("statement", "nunique"), articles=("doc", "nunique"))
            .sort_values(["statements", "articles"], ascending=False, kind="stable").reset_index())


# %% [markdown]
# ## The co-participation network
# Actors joined when they took part in the same meeting; edge width = shared meetings.


# %%
def draw_network(graph: kg.Graph, path: Path) -> Any:
    network = graph.to_networkx(view="actors")
    simple = nx.Graph()
    for a, b, data in network.edges(data=True):
        simple.add_edge(a, b, weight=simple.get_edge_data(a, b, {"weight": 0})["weight"] + data["weight"])
    labels = {node: network.nodes[node]["label"] for node in simple.nodes}
    position = nx.spring_layout(simple, k=0.8, seed=7)  # seeded: the same picture every run
    fig, ax = plt.subplots(figsize=(10, 7))
    nx.draw_networkx_edges(simple, position, ax=ax, width=[d["weight"] for _, _, d in simple.edges(data=True)])
    nx.draw_networkx_nodes(simple, position, ax=ax, node_size=300)
    nx.draw_networkx_labels(simple, position, labels, ax=ax, font_size=8)
    ax.set_axis_off()
    fig.savefig(path, dpi=100, bbox_inches="tight")
    plt.close(fig)
    return network


# %%
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("out/research"), help="folder for the answers")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with build_graph() as graph:
        for title, answer in (("most-meetings", most_meetings(graph)), ("stances", stances(graph)),
                              ("quoted", quoted(graph))):
            print(f"\n## {title}\n{answer.to_string(index=False)}")
            answer.to_csv(args.out / f"{title}.csv", index=False)
        network = draw_network(graph, args.out / "network.png")
    print(f"\nnetwork: {network.number_of_nodes()} actors, {network.number_of_edges()} met-edges "
          f"-> {args.out / 'network.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
