import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch


def draw_graph(root, names, label):
    """Draw the graph behind `root`: inputs left, output right."""
    order, column = [], {}

    def visit(node):  # the same topological sort as backward()
        if node not in column:
            for value in node._inputs:
                visit(value)
            column[node] = 1 + max((column[v] for v in node._inputs), default=-1)
            order.append(node)

    visit(root)
    _, ax = plt.subplots(figsize=(6.5, 3), layout="constrained", label=label)
    style = {"boxstyle": "round", "fc": "white", "ec": "grey"}
    boxes = {}
    for x in set(column.values()):
        nodes = [node for node in order if column[node] == x]
        for i, node in enumerate(nodes):
            y = (len(nodes) - 1) / 2 - i
            name = names.get(node, f"({node._op})")
            text = f"{name}\ndata {node.data:.4g}\ngrad {node.grad:.4g}"
            box = ax.text(x, y, text, ha="center", va="center", bbox=style)
            boxes[node] = box
    for node in order:
        for value in node._inputs:
            start, end = boxes[value], boxes[node]
            arrow = FancyArrowPatch(
                start.get_position(),
                end.get_position(),
                patchA=start.get_bbox_patch(),  # from box edge to box edge
                patchB=end.get_bbox_patch(),
                arrowstyle="-|>",
                mutation_scale=12,
                color="grey",
            )
            ax.add_patch(arrow)
    ax.set_xlim(-0.5, max(column.values()) + 0.5)
    ax.set_ylim(-1.5, 1.5)
    ax.axis("off")
    plt.show()


# e and d live inside expression(); each Value remembers its inputs, so they
# can be found from L: L = d**2 was computed from d, and d = e + c from e and c.
(d,) = L._inputs
e, _ = d._inputs
names = {a: "a", b: "b", c: "c", e: "e = a·b", d: "d = e + c", L: "L = d²"}
draw_graph(
    L,
    names,
    label="Computational graph of L = (a·b + c)²: the inputs a, b, c on the "
    "left, then the product e = a·b, the sum d = e + c, and the square L = d² "
    "on the right; each node shows its value and its gradient ∂L/∂node",
)
