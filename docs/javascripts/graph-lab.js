/* The live computational graph (snippets/chain_rule_and_backpropagation/graph_lab.py).
 *
 * Python drew the graph with the Value engine's numbers for the page's inputs;
 * each node carries its operation (data-op) and inputs (data-inputs, indexes of
 * nodes before it). This redoes what value.py does, in the same order: the
 * forward pass when the reader changes an input, and the backward pass either
 * whole or one node at a time (Step back), so the reader sees each node hand
 * its gradient to its inputs. Set up on every page Material's instant
 * navigation loads (document$), once per lab.
 */
(function () {
  "use strict";

  /* Python's f"{x:.4g}", which graph_lab.py prints (ties may round apart). */
  function format(x) {
    if (x === 0) return Object.is(x, -0) ? "-0" : "0";
    if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
    var strip = function (s) {
      return s.indexOf(".") < 0 ? s : s.replace(/0+$/, "").replace(/\.$/, "");
    };
    var exponent = Number(x.toExponential(3).split("e")[1]);
    if (exponent < -4 || exponent >= 4) {
      var mantissa = strip(x.toExponential(3).split("e")[0]);
      var digits = String(Math.abs(exponent)).padStart(2, "0");
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + digits;
    }
    return strip(x.toFixed(3 - exponent));
  }

  /* Each operation of value.py: its forward value, and what its _backward adds
   * to each input's grad (g is the node's own grad). */
  function forward(op, x, y) {
    if (op === "+") return x + y;
    if (op === "*") return x * y;
    if (op === "tanh") return Math.tanh(x);
    if (op === "exp") return Math.exp(x);
    return Math.pow(x, Number(op.slice(2))); /* "**n" */
  }

  function local(op, x, y, out, g) {
    if (op === "+") return [g, g];
    if (op === "*") return [y * g, x * g];
    if (op === "tanh") return [(1 - out * out) * g];
    if (op === "exp") return [out * g];
    var n = Number(op.slice(2));
    return [n * Math.pow(x, n - 1) * g];
  }

  function short(node) {
    return node.name.split(" = ")[0]; /* "e" of "e = a·b" */
  }

  function rule(node, nodes) {
    if (node.op === "+") return "× 1";
    if (node.op === "*") return "× the other factor";
    if (node.op === "tanh") return "× (1 − tanh²)";
    if (node.op === "exp") return "× exp";
    var n = Number(node.op.slice(2));
    return "× " + n + "·" + short(nodes[node.inputs[0]]) + (n === 2 ? "" : "^" + (n - 1));
  }

  /* The graph after the forward pass and the first `done` steps of the backward
   * pass (step 1 seeds the output's grad with 1, each next step runs one node's
   * _backward, from the output back). */
  function run(lab, done) {
    var nodes = lab.nodes;
    var data = nodes.map(function () { return 0; });
    var grad = data.slice();
    var reached = data.map(function () { return false; });
    nodes.forEach(function (node, i) {
      data[i] = node.inputs.length
        ? forward(node.op, data[node.inputs[0]], data[node.inputs[1]])
        : node.field.valueAsNumber;
    });
    var last = nodes.length - 1;
    var steps = lab.steps.slice(0, done);
    var said = "";
    steps.forEach(function (i, k) {
      if (k === 0) {
        grad[last] = 1;
        reached[last] = true;
        var root = short(nodes[last]);
        said = nodes[last].name + ": grad = 1, since ∂" + root + "/∂" + root + " = 1.";
        return;
      }
      var node = nodes[i];
      var gets = local(node.op, data[node.inputs[0]], data[node.inputs[1]], data[i], grad[i]);
      node.inputs.forEach(function (input, j) {
        grad[input] += gets[j];
        reached[input] = true;
      });
      said = node.name + " passes back its grad " + format(grad[i]) + " (" + rule(node, nodes) +
        "): " + node.inputs.map(function (input, j) {
          return short(nodes[input]) + " gets " + format(gets[j]);
        }).join(", ") + ".";
    });
    return { data: data, grad: grad, reached: reached, now: steps[done - 1], said: said };
  }

  function show(lab, state) {
    lab.nodes.forEach(function (node, i) {
      var numbers = node.element.querySelectorAll(".graph-lab__number");
      numbers[0].textContent = format(state.data[i]);
      numbers[1].textContent = format(state.grad[i]);
      node.element.classList.toggle("is-pending", !state.reached[i]);
      node.element.classList.toggle("is-now", state.now === i);
    });
  }

  function setUp(lab) {
    if (lab.dataset.ready) return;
    lab.dataset.ready = "1";
    var status = lab.querySelector(".graph-lab__status");
    lab.nodes = Array.prototype.map.call(lab.querySelectorAll(".graph-lab__node"), function (g) {
      return {
        element: g,
        name: g.dataset.name,
        op: g.dataset.op,
        inputs: g.dataset.inputs.split(" ").filter(Boolean).map(Number),
        field: lab.querySelector('input[data-node="' + g.dataset.node + '"]'),
      };
    });
    /* The backward pass: the seed, then every node with inputs, output first. */
    lab.steps = [lab.nodes.length - 1];
    for (var i = lab.nodes.length - 1; i >= 0; i--) {
      if (lab.nodes[i].inputs.length) lab.steps.push(i);
    }
    var total = lab.steps.length;
    var output = lab.nodes[lab.nodes.length - 1];
    var done = total; /* the page arrives with the whole backward pass done */

    function update(message) {
      var state = run(lab, done);
      show(lab, state);
      status.textContent = message(state);
    }

    lab.querySelector(".graph-lab__inputs").addEventListener("input", function (event) {
      var field = event.target;
      var name = lab.nodes[field.dataset.node].name;
      if (!Number.isFinite(field.valueAsNumber)) {
        status.textContent = "Type a number for " + name + ".";
        return;
      }
      update(function (state) {
        return name + " = " + format(field.valueAsNumber) + ": " + short(output) + " = " +
          format(state.data[lab.nodes.length - 1]) + ". " +
          (done === total ? "Every grad recomputed." : "Grads as after step " + done + " of " + total + ".");
      });
    });
    lab.querySelector('[data-action="step"]').addEventListener("click", function () {
      if (done === total) {
        status.textContent = "The backward pass is complete. Press Reset to step through it again.";
        return;
      }
      done += 1;
      update(function (state) {
        return "Step " + done + " of " + total + ": " + state.said +
          (done === total ? " Backward pass complete." : "");
      });
    });
    lab.querySelector('[data-action="reset"]').addEventListener("click", function () {
      done = 0;
      update(function () {
        return "Every grad is 0 again, as before backward(). Press Step back to start at " +
          short(output) + ".";
      });
    });
    lab.querySelector(".graph-lab__controls").hidden = false;
  }

  document$.subscribe(function () {
    document.querySelectorAll(".graph-lab").forEach(setUp);
  });
})();
