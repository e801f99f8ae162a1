"""The live graph of L = (ab + c)² (its source is not shown on the page).

It continues the page's listings: `L` and the `names` of its nodes come from
the session, so every value and gradient printed here is what the course's
Value engine computed for the page's own inputs. This prints the graph as SVG,
inputs at the top and L at the bottom (narrow enough for a phone), each node
with its value (plain text) and its gradient (in a dashed pill). Each node
carries its operation and inputs, so docs/javascripts/graph-lab.js can redo
the forward and backward pass in the browser when the reader changes an input
or steps back one node at a time. Without JavaScript the controls stay hidden
and the graph still shows the build's numbers.
"""

import html

BOX_W, BOX_H = 116, 80  # one node, in SVG pixels
GAP_X, GAP_Y, MARGIN = 28, 40, 8


def lab_order(root):
    """Every node once, each after its inputs (the order backward() reverses)."""
    order = []

    def visit(node):
        if node not in order:
            for value in node._inputs:
                visit(value)
            order.append(node)

    visit(root)
    return order


def lab_rows(order):
    """Row of each node: an input sits one row above the lowest node using it,
    so L is alone in the last row and no edge points up."""
    below = {order[-1]: 0}  # rows from the bottom
    for node in reversed(order):
        for value in node._inputs:
            below[value] = max(below.get(value, 0), below[node] + 1)
    top = max(below.values())
    return {node: top - below[node] for node in order}


def lab_number(x):
    return f"{x:.4g}"  # graph-lab.js's `format` writes the same


def lab_node(i, node, order, name, x, y):
    inputs = " ".join(str(order.index(value)) for value in node._inputs)
    return (
        f'<g class="graph-lab__node" data-node="{i}" data-op="{node._op}" '
        f'data-inputs="{inputs}" data-name="{html.escape(name)}" '
        f'transform="translate({x} {y})">'
        f'<rect class="graph-lab__box" width="{BOX_W}" height="{BOX_H}" rx="6"/>'
        f'<text class="graph-lab__name" x="{BOX_W / 2:g}" y="20">{html.escape(name)}</text>'
        f'<text class="graph-lab__value" x="{BOX_W / 2:g}" y="42">value '
        f'<tspan class="graph-lab__number">{lab_number(node.data)}</tspan></text>'
        f'<rect class="graph-lab__pill" x="6" y="50" width="{BOX_W - 12}" height="24" rx="12"/>'
        f'<text class="graph-lab__grad" x="{BOX_W / 2:g}" y="67">grad '
        f'<tspan class="graph-lab__number">{lab_number(node.grad)}</tspan></text></g>'
    )


def lab_svg(root, names):
    order = lab_order(root)
    rows = lab_rows(order)
    widest = max(list(rows.values()).count(r) for r in set(rows.values()))
    width = widest * BOX_W + (widest - 1) * GAP_X + 2 * MARGIN
    height = (max(rows.values()) + 1) * (BOX_H + GAP_Y) - GAP_Y + 2 * MARGIN
    place = {}
    for row in set(rows.values()):
        in_row = [node for node in order if rows[node] == row]
        for k, node in enumerate(in_row):
            offset = (k - (len(in_row) - 1) / 2) * (BOX_W + GAP_X)
            place[node] = (
                width / 2 + offset - BOX_W / 2,
                MARGIN + row * (BOX_H + GAP_Y),
            )
    edges = "".join(
        f'<path d="M{place[value][0] + BOX_W / 2:g} {place[value][1] + BOX_H:g}'
        f"L{place[node][0] + BOX_W / 2 + 24 * (k - (len(node._inputs) - 1) / 2):g} "
        f'{place[node][1] - 3:g}"/>'  # two arrows into one node land apart
        for node in order
        for k, value in enumerate(node._inputs)
    )
    nodes = "".join(
        lab_node(
            i, node, order, names[node], f"{place[node][0]:g}", f"{place[node][1]:g}"
        )
        for i, node in enumerate(order)
    )
    return (
        f'<svg class="graph-lab__graph" viewBox="0 0 {width:g} {height:g}" role="group" '
        'aria-labelledby="graph-lab-caption">'
        '<defs><marker id="graph-lab-arrow" viewBox="0 0 8 8" refX="7" refY="4" '
        'markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L8 4L0 8z"/></marker></defs>'
        f'<g class="graph-lab__edges">{edges}</g>{nodes}</svg>'
    )


def lab_controls(root, names):
    """A number input for each input of the graph, and the two step buttons;
    hidden until graph-lab.js wires them (dead controls help nobody)."""
    order = lab_order(root)
    fields = "".join(
        f'<label class="graph-lab__input">{html.escape(names[node])} = '
        f'<input type="number" step="0.5" value="{lab_number(node.data)}" '
        f'data-node="{i}"></label>'
        for i, node in enumerate(order)
        if not node._inputs
    )
    return (
        '<div class="graph-lab__controls" hidden>'
        f'<fieldset class="graph-lab__inputs"><legend>Inputs</legend>{fields}</fieldset>'
        '<div class="graph-lab__buttons">'
        '<button type="button" class="md-button" data-action="step">Step back</button> '
        '<button type="button" class="md-button" data-action="reset">Reset</button>'
        "</div></div>"
    )


def graph_lab(root, names):
    return (
        '<figure class="graph-lab">'
        + lab_controls(root, names)
        + lab_svg(root, names)
        + '<p class="graph-lab__status" role="status" aria-live="polite">'
        "Backward pass complete: every grad is ∂L/∂(node).</p>"
        '<figcaption id="graph-lab-caption">The graph of L = (a·b + c)²: each node shows '
        "its value from the forward pass and its grad, ∂L/∂(node), from the backward "
        "pass. The numbers first shown are the Value engine's, computed when this page "
        "was built.</figcaption></figure>"
    )


print(graph_lab(L, names))
