"""RDF mapping, serialisation, ontology and shapes."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, SDO

from kg import iri
from kg.namespace import NEG, ONTOLOGY_IRI, ONTOLOGY_VERSION
from kg.rdf import serialize
from kg.rdf.mapping import extraction_to_graph, extraction_to_lines
from kg.records import Actor, Evidence, Meeting, TimeValue
from kg.validate import validate_graph
from tests.support.extractions import geneva_extraction, second_extraction

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "negotiation.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def graphs() -> dict[URIRef, Graph]:
    return {iri.graph_iri("genf-2025"): extraction_to_graph(geneva_extraction()),
            iri.graph_iri("ostburg"): extraction_to_graph(second_extraction())}


# -- mapping -------------------------------------------------------------------------

def test_mapping_content():
    g = extraction_to_graph(geneva_extraction())
    doc = iri.doc_iri("genf-2025")
    sandberg = iri.actor_iri("genf-2025", "erik-sandberg")
    meeting = iri.meeting_iri("genf-2025", "m-genf")
    assert (doc, NEG.documentId, Literal("genf-2025")) in g
    assert (doc, DCTERMS.date, Literal("2025-03-06", datatype=XSD.date)) in g
    assert (sandberg, RDF.type, NEG.Person) in g and (sandberg, RDF.type, NEG.Actor) in g
    assert (sandberg, NEG.category, Literal("Person")) in g
    assert (sandberg, NEG.affiliatedWith, iri.actor_iri("genf-2025", "nordland")) in g
    role = g.value(sandberg, NEG.holdsRole)
    assert g.value(role, NEG.roleLabel) == Literal("Außenminister", lang="de")
    assert (meeting, NEG.status, NEG.held) in g
    assert set(g.objects(meeting, NEG.participant)) == {sandberg, iri.actor_iri("genf-2025", "lena-vogt")}
    time = g.value(meeting, NEG.time)
    assert g.value(time, NEG.resolvedDate) == Literal("2025-03-04", datatype=XSD.date)
    assert g.value(time, NEG.expression) == Literal("am Dienstag")
    # month precision: a value and precision, but no day
    planned = iri.meeting_iri("genf-2025", "m-maerz")
    month = g.value(planned, NEG.time)
    assert g.value(month, NEG.resolvedValue) == Literal("2025-03", datatype=XSD.gYearMonth)
    assert g.value(month, NEG.precision) == Literal("month")
    assert g.value(month, NEG.resolvedDate) is None
    # Wikidata link, given as a QID or as an entity IRI
    nordland = iri.actor_iri("genf-2025", "nordland")
    assert (nordland, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q111111")) in g
    assert (nordland, SDO.sameAs, URIRef("http://www.wikidata.org/entity/Q111111")) in g
    assert g.value(nordland, NEG.linkScore) == Literal("0.8765", datatype=XSD.decimal)
    assert (iri.actor_iri("genf-2025", "genf"), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q71")) in g


def test_lines_written_directly_are_the_lines_of_the_graph():
    """`kg build` writes a document's N-Triples lines straight from the records: the same
    lines as serialising the rdflib graph of `extraction_to_graph` (in the order the mapping
    added them, where rdflib's store has an order of its own; the build sorts them)."""
    from dataclasses import replace

    from kg.rdf.serialize import _nt_lines

    x = geneva_extraction()
    odd = replace(x.actors[0], name='Eva "Evi" Lind\\Oslo\nzweite Zeile\r', mentions=x.actors[0].mentions * 2)
    for extraction in (x, second_extraction(), replace(x, actors=[odd, *x.actors[1:]])):
        lines = extraction_to_lines(extraction)
        assert sorted(lines) == sorted(_nt_lines(extraction_to_graph(extraction)))
        assert len(lines) == len(set(lines)) == len(extraction_to_graph(extraction))


def test_provenance_of_every_assertion():
    x = geneva_extraction()
    g = extraction_to_graph(x)
    for cls in (NEG.Actor, NEG.Meeting, NEG.Proposal, NEG.Response, NEG.Statement):
        nodes = set(g.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            ev = g.value(node, NEG.evidence)
            assert ev is not None, node
            start, end = int(g.value(ev, NEG.beginIndex)), int(g.value(ev, NEG.endIndex))
            s0, s1 = int(g.value(ev, NEG.sentenceStart)), int(g.value(ev, NEG.sentenceEnd))
            assert x.document.text[s0:s1] == str(g.value(ev, NEG.sentence))
            assert s0 <= start < end <= s1
            assert g.value(ev, NEG.inDocument) == iri.doc_iri("genf-2025")
            assert g.value(ev, NEG.extractionMethod) is not None
            assert 0 <= float(g.value(ev, NEG.confidence)) <= 1


def test_no_blank_nodes_and_everything_in_the_document_namespace():
    for g in graphs().values():
        for triple in g:
            assert not any(isinstance(t, BNode) for t in triple)
        for s in g.subjects():
            assert str(s).startswith(iri.RESOURCE_BASE + "doc/")


def test_dangling_keys_are_dropped_with_a_warning(caplog):
    x = second_extraction()
    x.meetings.append(Meeting(key="m2", kind="talks", label="x", participants=["ada-kern", "nobody"],
                              evidence=[Evidence("Der Gipfel.", 0, 10, 4, 10, "test")]))
    with caplog.at_level(logging.WARNING):
        g = extraction_to_graph(x)
    assert "nobody" in caplog.text
    m2 = iri.meeting_iri("ostburg", "m2")
    assert list(g.objects(m2, NEG.participant)) == [iri.actor_iri("ostburg", "ada-kern")]
    assert validate_graph(g)[0]


def test_keys_that_slug_alike_get_distinct_iris():
    x = second_extraction()
    ev = x.actors[0].evidence
    x.actors += [Actor(key="A.B", name="A. B.", category="Person", evidence=ev),
                 Actor(key="AB", name="AB", category="Organisation", evidence=ev)]
    g = extraction_to_graph(x)
    names = {str(g.value(s, NEG.name)) for s in g.subjects(RDF.type, NEG.Actor)}
    assert {"A. B.", "AB"} <= names
    assert len(set(g.subjects(RDF.type, NEG.Actor))) == 4
    reordered = second_extraction()
    reordered.actors += [Actor(key="AB", name="AB", category="Organisation", evidence=ev),
                         Actor(key="A.B", name="A. B.", category="Person", evidence=ev)]
    assert set(extraction_to_graph(reordered)) == set(g)  # order of records does not matter


def test_unresolvable_time_values_stay_unresolved():
    x = second_extraction()
    x.meetings[0].time = TimeValue("am 31. Februar", "2025-02-31", "day")
    g = extraction_to_graph(x)
    t = g.value(iri.meeting_iri("ostburg", "gipfel"), NEG.time)
    assert g.value(t, NEG.expression) == Literal("am 31. Februar")
    assert g.value(t, NEG.resolvedDate) is None
    assert validate_graph(g)[0]


def test_invalid_category_is_a_bug_not_silently_mapped():
    x = second_extraction()
    x.actors[0].category = "Alien"  # type: ignore[assignment]
    with pytest.raises(ValueError, match="category"):
        extraction_to_graph(x)


# -- SHACL ---------------------------------------------------------------------------

def test_mapped_graphs_conform_to_the_shapes():
    for g in graphs().values():
        conforms, violations = validate_graph(g)
        assert conforms, "\n".join(map(str, violations))


def test_shapes_catch_broken_graphs():
    g = extraction_to_graph(geneva_extraction())
    meeting = iri.meeting_iri("genf-2025", "m-genf")
    g.remove((meeting, NEG.status, None))
    g.add((meeting, NEG.location, iri.actor_iri("genf-2025", "erik-sandberg")))  # a person is no place
    ev = g.value(meeting, NEG.evidence)
    g.set((ev, NEG.confidence, Literal("1.5", datatype=XSD.decimal)))
    g.set((iri.actor_iri("genf-2025", "genf"), NEG.category, Literal("Person")))
    conforms, violations = validate_graph(g)
    assert not conforms
    text = "\n".join(map(str, violations))
    assert "neg:status" in text and "neg:location" in text and "neg:confidence" in text
    assert "does not match" in text


# -- serialisation ---------------------------------------------------------------------

@pytest.mark.parametrize("suffix", sorted(serialize.FORMATS))
def test_every_format_round_trips_through_rdflib(tmp_path, suffix):
    gs = graphs()
    path = tmp_path / f"graph{suffix}"
    serialize.write(gs, path)
    fmt = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}[suffix]
    expected = {t for g in gs.values() for t in g}
    if suffix in (".nq", ".trig", ".jsonld"):
        ds = Dataset()
        ds.parse(path, format=fmt)
        for name, g in gs.items():
            assert set(ds.graph(name)) == set(g), f"graph {name} differs after {suffix}"
    else:
        back = Graph().parse(path, format=fmt)
        assert set(back) == expected


def test_unknown_suffix_is_a_user_error(tmp_path):
    from kg.errors import KgError

    with pytest.raises(KgError, match="unknown RDF format"):
        serialize.format_for(tmp_path / "graph.xml")


def test_atomic_write_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out.nq"
    target.write_text("old")

    class Boom(Exception):
        pass

    def failing_replace(*a):  # the rename is the last step: fail there
        raise Boom

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(Boom):
        serialize.atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]


_DUMP = """
import sys
from kg.iri import graph_iri
from kg.rdf.mapping import extraction_to_graph, extraction_to_lines
from kg.rdf.serialize import serialize
from tests.support.extractions import geneva_extraction, second_extraction
gs = {graph_iri(x.document.id): extraction_to_graph(x) for x in (second_extraction(), geneva_extraction())}
sys.stdout.buffer.write(serialize(gs, sys.argv[1]))
"""


@pytest.mark.parametrize("fmt", ["nquads", "trig", "turtle", "nt", "json-ld"])
def test_output_is_byte_identical_across_runs(fmt):
    """Two fresh interpreters with different hash seeds write exactly the same bytes."""
    outs = []
    for seed in ("1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        outs.append(subprocess.run([sys.executable, "-c", _DUMP, fmt], cwd=ROOT, env=env,
                                   capture_output=True, check=True).stdout)
    assert outs[0] == outs[1]
    assert len(outs[0]) > 1000


def test_nquads_are_sorted_lines_one_graph_per_document():
    text = serialize.serialize(graphs(), "nquads").decode()
    lines = text.splitlines()
    assert lines == sorted(lines)
    graphs_named = {line.rsplit(" ", 2)[-2] for line in lines}
    assert graphs_named == {f"<{iri.graph_iri('genf-2025')}>", f"<{iri.graph_iri('ostburg')}>"}


# -- ontology ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_ontology_header(ontology):
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) == Literal(ONTOLOGY_VERSION)
    assert ontology.value(onto, OWL.versionIRI) == URIRef(f"{ONTOLOGY_IRI}/{ONTOLOGY_VERSION}")


def test_ontology_declares_every_term_of_the_namespace(ontology):
    declared_types = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    for name in NEG.__annotations__:
        term = NEG[name]
        types = set(ontology.objects(term, RDF.type))
        assert types & declared_types, f"neg:{name} is not declared"
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop)}
            assert {"en", "de"} <= langs, f"neg:{name} lacks an English or German {prop}"
    # and nothing in the ontology's namespace is missing from the code
    in_file = {s for s in ontology.subjects() if str(s).startswith(str(NEG))}
    assert {URIRef(str(s)) for s in in_file} <= {NEG[n] for n in NEG.__annotations__}


def test_properties_have_domains_or_ranges(ontology):
    for prop in set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
            ontology.subjects(RDF.type, OWL.DatatypeProperty)):
        assert ontology.value(prop, RDFS.domain) or ontology.value(prop, RDFS.range), prop


@pytest.mark.parametrize("sub,sup", [
    (NEG.Person, FOAF.Person), (NEG.Person, SDO.Person), (NEG.Organisation, URIRef(ORG + "Organization")),
    (NEG.Meeting, URIRef(SEM + "Event")), (NEG.Meeting, SDO.Event), (NEG.Statement, SDO.Quotation),
    (NEG.Document, FOAF.Document), (NEG.Evidence, URIRef(PROV + "Entity")),
])
def test_class_alignments(ontology, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize("sub,sup", [
    (NEG.participant, URIRef(SEM + "hasActor")), (NEG.location, URIRef(SEM + "hasPlace")),
    (NEG.beginIndex, URIRef(NIF + "beginIndex")), (NEG.endIndex, URIRef(NIF + "endIndex")),
    (NEG.evidence, URIRef(PROV + "wasDerivedFrom")),
])
def test_property_alignments(ontology, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in ontology


def test_controlled_values(ontology):
    for value in (NEG.held, NEG.planned, NEG.ongoing):
        assert (value, RDF.type, NEG.MeetingStatus) in ontology
    for value in (NEG.accept, NEG.reject, NEG.criticise, NEG.consider):
        assert (value, RDF.type, NEG.Stance) in ontology


def test_shapes_parse_and_target_the_main_classes():
    from rdflib.namespace import SH

    shapes = Graph().parse(SHAPES, format="turtle")
    targets = set(shapes.objects(None, SH.targetClass))
    assert {NEG.Document, NEG.Actor, NEG.Meeting, NEG.Proposal, NEG.Response, NEG.Statement,
            NEG.Evidence, NEG.TimeExpression} <= targets


def test_document_without_optional_fields():
    x = second_extraction()
    assert x.document.date is None
    g = extraction_to_graph(x)
    assert g.value(iri.doc_iri("ostburg"), DCTERMS.date) is None
    assert validate_graph(g)[0]


# -- kg validate ----------------------------------------------------------------------------

def test_kg_validate_files_and_store(tmp_path):
    from kg.store import Store
    from tests.support.kgcli import run_kg

    good = tmp_path / "good.trig"
    serialize.write(graphs(), good)
    ok = run_kg("validate", good)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "conforms" in ok.stderr

    broken = graphs()
    g = broken[iri.graph_iri("genf-2025")]
    g.remove((iri.meeting_iri("genf-2025", "m-genf"), NEG.status, None))
    bad = tmp_path / "bad.nq"
    serialize.write(broken, bad)
    result = run_kg("validate", bad)
    assert result.returncode == 1
    (line,) = result.stdout.strip().splitlines()
    meeting = iri.meeting_iri("genf-2025", "m-genf")
    assert line.startswith(f"Violation: <{meeting}> neg:status")
    assert line.endswith("[document genf-2025]")
    assert "does not conform (1 violation(s) in 1 graph(s))" in result.stderr

    with Store(tmp_path / "store") as s:
        s.replace_documents({"genf-2025": g})
    from_store = run_kg("validate", "--store", tmp_path / "store")
    assert from_store.returncode == 1 and "neg:status" in from_store.stdout
