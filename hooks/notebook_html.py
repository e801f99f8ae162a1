"""mkdocs-jupyter's HTML for a notebook page, slimmed to what Material needs.

mkdocs-jupyter inlines ~570 KB of JupyterLab CSS and a MathJax loader into each
notebook page; they are dropped: Material styles the code, KaTeX the math.
Figures stay inline SVG, as on the lessons: gzip shrinks them, and dark mode
recolours them (docs/stylesheets/extra.css).
"""

from __future__ import annotations

import base64
import re

_SVG_IMAGE = re.compile(
    r'<img (?:alt="(?P<alt>[^"]*)" )?src="data:image/svg\+xml;base64,(?P<data>[^"]+)"\s*/?>'
)


def _inline_svg(match: re.Match) -> str:
    """An SVG figure as inline `<svg>` with its accessible name (the build's
    figures carry the one they have on the lesson page) as its caption too."""
    svg = base64.b64decode(match["data"]).decode("utf-8")
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype
    label = re.search(r'aria-label="([^"]*)"', svg.partition(">")[0])
    if label is None:
        label = match["alt"] or "Figure"
        svg = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    else:
        label = label[1]
    return f"<figure>{svg}<figcaption>{label}</figcaption></figure>"


def slim_notebook_html(html: str) -> str:
    """mkdocs-jupyter's output without its inlined CSS and scripts, code as code."""
    html = re.sub(r"<style\b.*?</style>", "", html, flags=re.S)
    html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    html = re.sub(
        r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>',
        "",
        html,
        flags=re.S,
    )
    # The copy buttons' hidden copies of each cell's code.
    html = re.sub(r'<div class="clipboard-copy-txt".*?</div>', "", html, flags=re.S)
    # After the <style> purge, so the SVGs keep their own styles.
    html = _SVG_IMAGE.sub(_inline_svg, html)
    html = html.replace('class="highlight-ipynb', 'class="highlight')
    html = html.replace('class="anchor-link"', 'class="headerlink"')
    # Material styles and adds a copy button to `pre > code`.
    return re.sub(
        r"<pre>(?!\s*<code)(.*?)</pre>", r"<pre><code>\1</code></pre>", html, flags=re.S
    )
