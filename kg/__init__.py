"""kg: build a negotiation knowledge graph from news articles.

The data flow is one line, and the package layout follows it:

    text -> kg.document.Document -> spaCy Doc (kg.nlp) -> kg.records (kg.extract)
         -> RDF (kg.rdf) -> store (kg.store) -> SPARQL / exports (kg.query, kg.export)
"""

__version__ = "0.1.0"
