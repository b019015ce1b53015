"""Data files shipped with kg (gazetteer built by tools/build_gazetteer.py)."""
