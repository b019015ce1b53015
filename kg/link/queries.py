"""The SPARQL the linker sends: plain SPARQL 1.1 over Wikidata's RDF shape.

The Wikidata Query Service offers `wikibase:label` and `mwapi` services, but local mirrors
(Oxigraph, QLever, Fuseki) do not, so kg only uses triple patterns every store answers:
`rdfs:label` / `skos:altLabel` with language-tagged literals, `wdt:` direct claims, and
`p:`/`ps:`/`pq:` statement nodes for qualifiers. Label lookups use `VALUES` with exact
literals (`"Putin"@de "Putin"@en`), which both WDQS and Oxigraph answer from an index.

Queries are deterministic functions of their inputs (sorted, de-duplicated), so the SQLite
cache keyed on query text recognises a question it has seen before.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.link.escape import lang_literal, lang_tag, pid, qid

LANGS = ("de", "en")
CAPITAL_OF = "urn:kg:link:capital-of"  # pseudo-property for `?country wdt:P36 ?item`

PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX wikibase: <http://wikiba.se/ontology#>
"""

#: facts fetched with every candidate: type, citizenship, country
CANDIDATE_FACTS = ("P31", "P27", "P17")


def candidates_query(labels: Iterable[str], langs: Iterable[str] = LANGS) -> str:
    """Items whose label or alias is exactly one of `labels` in one of `langs`, with facts.

    One row per (item, matched label, fact); `?how` is "label" or "alias"; `?p`/`?o` carry
    P31/P27/P17 values and, as CAPITAL_OF, the countries whose capital the item is (a
    cheap, general prominence signal for places); `?sitelinks` is only there on WDQS.
    """
    literals = sorted({lang_literal(label, lang) for label in labels if label for lang in langs})
    if not literals:
        raise ValueError("no labels to look up")
    facts = " ".join(f"wdt:{pid(p)}" for p in CANDIDATE_FACTS)
    values = "\n    ".join(literals)
    return f"""{PREFIXES}SELECT ?item ?label ?how ?p ?o ?sitelinks WHERE {{
  VALUES ?label {{
    {values}
  }}
  {{ ?item rdfs:label ?label . BIND("label" AS ?how) }}
  UNION
  {{ ?item skos:altLabel ?label . BIND("alias" AS ?how) }}
  FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))
  OPTIONAL {{
    {{ VALUES ?p {{ {facts} }} ?item ?p ?o . }}
    UNION
    {{ ?o wdt:P36 ?item . BIND(<{CAPITAL_OF}> AS ?p) }}
  }}
  OPTIONAL {{ ?item wikibase:sitelinks ?sitelinks . }}
}}"""


def capitals_query(states: Iterable[str], langs: Iterable[str] = LANGS) -> str:
    """The capitals (P36) of `states` with their labels and facts, in `candidates_query`'s shape.

    A city named in the text as the seat of a state's power ("Washington" for the USA) is
    most likely that state's capital, even when its label is longer ("Washington, D.C.").
    """
    values = " ".join(sorted({f"wd:{qid(s)}" for s in states}))
    lang_list = ", ".join(f'"{lang_tag(lang)}"' for lang in langs)
    facts = " ".join(f"wdt:{pid(p)}" for p in CANDIDATE_FACTS)
    return f"""{PREFIXES}SELECT ?item ?label ?how ?p ?o ?sitelinks WHERE {{
  VALUES ?state {{ {values} }}
  ?state wdt:P36 ?item .
  ?item rdfs:label ?label . FILTER(LANG(?label) IN ({lang_list}))
  BIND("capital" AS ?how)
  OPTIONAL {{
    {{ VALUES ?p {{ {facts} }} ?item ?p ?o . }}
    UNION
    {{ ?o wdt:P36 ?item . BIND(<{CAPITAL_OF}> AS ?p) }}
  }}
  OPTIONAL {{ ?item wikibase:sitelinks ?sitelinks . }}
}}"""


def offices_query(items: Iterable[str], lang: str = "de") -> str:
    """Positions held (P39) by `items`, with start/end qualifiers and a label where present.

    Full statement nodes (`p:P39`) carry the dates; a truthy-only mirror still answers the
    second branch (`wdt:P39`) without dates.
    """
    values = " ".join(sorted({f"wd:{qid(i)}" for i in items}))
    label = lang_tag(lang)
    return f"""{PREFIXES}SELECT ?item ?position ?positionLabel ?start ?end WHERE {{
  VALUES ?item {{ {values} }}
  {{ ?item p:P39 ?st . ?st ps:P39 ?position .
    OPTIONAL {{ ?st pq:P580 ?start . }}
    OPTIONAL {{ ?st pq:P582 ?end . }} }}
  UNION
  {{ ?item wdt:P39 ?position . FILTER NOT EXISTS {{ ?item p:P39 ?anyStatement . }} }}
  OPTIONAL {{ ?position rdfs:label ?positionLabel . FILTER(LANG(?positionLabel) = "{label}") }}
}}"""


def enrichment_query(items: Iterable[str], properties: Iterable[str], langs: Iterable[str] = LANGS) -> str:
    """Triples (?s ?p ?o) about `items` for the Wikidata named graph.

    Direct claims for `properties`, labels in `langs`, and for P39 the statement nodes with
    start/end qualifiers plus the positions' labels, so "who held which office when" can be
    asked without going back to Wikidata.
    """
    values = " ".join(sorted({f"wd:{qid(i)}" for i in items}))
    props = sorted({pid(p) for p in properties})
    lang_list = ", ".join(f'"{lang_tag(lang)}"' for lang in langs)
    branches = [
        f"{{ ?item rdfs:label ?o . FILTER(LANG(?o) IN ({lang_list})) "
        "BIND(?item AS ?s) BIND(rdfs:label AS ?p) }",
    ]
    if props:
        direct = " ".join(f"wdt:{p}" for p in props)
        branches.append(f"{{ VALUES ?p {{ {direct} }} ?item ?p ?o . BIND(?item AS ?s) }}")
    if "P39" in props:
        branches.append("{ ?item p:P39 ?o . BIND(?item AS ?s) BIND(p:P39 AS ?p) }")
        branches.append("{ ?item p:P39 ?s . VALUES ?p { ps:P39 pq:P580 pq:P582 } ?s ?p ?o . }")
        branches.append(f"{{ ?item wdt:P39 ?s . ?s rdfs:label ?o . FILTER(LANG(?o) IN ({lang_list})) "
                        "BIND(rdfs:label AS ?p) }")
    body = "\n  UNION\n  ".join(branches)
    return f"""{PREFIXES}SELECT ?s ?p ?o WHERE {{
  VALUES ?item {{ {values} }}
  {body}
}}"""
