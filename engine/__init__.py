"""The course engine: pages, listings, their execution, cache and notebooks.

Plain Python with no MkDocs imports, so the course does not depend on the site
generator that renders it: `hooks/` adapts it to MkDocs, the tests and the
benchmarks import it directly.

- `pages`: the page model (lesson folders, URLs, fences, listings and chains).
- `runner`: runs session chains, each in a fresh process, on every core.
- `cache`: a content-addressed store of what each listing printed.
- `execute`: ties them together, one call per build.
- `notebooks`: a lesson page as a Jupyter notebook, outputs included.
- `svg_backend`: the matplotlib backend that prints figures into the page.
"""
