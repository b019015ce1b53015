"""Linking actors, organisations and places to Wikidata items."""
