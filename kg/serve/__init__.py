"""`kg serve`: a SPARQL 1.1 endpoint and the explorer page over a store, safe to expose.

    formats.py  content negotiation (Accept or ?format=) onto pyoxigraph's serialisers
    worker.py   the worker process: opens the store, runs one job at a time
    pool.py     the pool of worker processes, killed and replaced at a query's deadline
    app.py      the Starlette application: protocol, guards, errors, store watching

See docs/serve.md for the design and its limits.
"""
