import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch


def draw_graph(root, names, label):
    """Draw the graph behind `root`: inputs left, output right."""
    order, column = [], {}

    def visit(node):  # the same topological sort as backward()
        if node not in column:
            for child in node._prev:
                visit(child)
            column[node] = 1 + max((column[c] for c in node._prev), default=-1)
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
        for child in node._prev:
            start, end = boxes[child], boxes[node]
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


draw_graph(
    L,
    {a: "a", b: "b", c: "c", L: "L = d**2"},
    label="Computational graph of L = (a·b + c)²: inputs a, b, c on the "
    "left, a multiplication node, an addition node d, and the square L on the "
    "right; each node shows its value and its gradient ∂L/∂node",
)
