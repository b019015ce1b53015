"""Linking actors, organisations and places to Wikidata items."""


from kg._callable import make_callable  # noqa: E402 - last: see kg/_callable.py

make_callable(__name__)
