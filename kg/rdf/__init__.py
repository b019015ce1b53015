"""RDF side of kg: records -> triples (`mapping`) and deterministic files (`serialize`)."""
