"""The momentum lab (its source is not shown on the page).

It continues the page's listings: at build time, `momentum_descent` and `rate`
as the lesson defines them run every setting of the two sliders from the
lesson's start (10, 1), and this prints the lab: two sliders, one SVG of the
valley's contours with the path, the rate, and the last lines the run prints.
The browser only picks a precomputed run (docs/javascripts/momentum-lab.js
draws it); no Python runs there.

To keep the page small, each path is rounded to 2 decimals (a fraction of a
pixel) and stops where it leaves the picture; the printed lines are exact.
"""

import html
import json

LAB_RATES = [round(0.01 + 0.02 * k, 2) for k in range(10)]  # η = 0.01, 0.03, …, 0.19
LAB_MOMENTA = [k / 10 for k in range(10)]  # β = 0, 0.1, …, 0.9
LAB_STEPS = 40
LAB_SETTING = (0.09, 0.5)  # the setting of the listings above
LAB_TAIL = 3  # printed lines shown under the picture

# The picture: x from −11 to 11, y from −3.3 to 3.3, one scale for both.
LAB_X, LAB_Y = 11, 3.3
LAB_SCALE, LAB_MARGIN = 25, 20  # pixels per unit, pixels around the picture
LAB_WIDTH = 2 * LAB_X * LAB_SCALE + 2 * LAB_MARGIN
LAB_HEIGHT = round(2 * LAB_Y * LAB_SCALE) + 2 * LAB_MARGIN


def lab_line(k, p):
    x, y = p
    return f"step {k:2d}: x = {x: .3e}   y = {y: .3e}"


def lab_run(eta, beta):
    """[the path's points inside the picture, rounded ("+ 0" turns −0 into 0),
    the printed tail, the rate, the step at which the path leaves the picture
    (0 if it never does)]."""
    path = momentum_descent(gradient, start, eta, beta, LAB_STEPS)
    inside = (abs(path[:, 0]) <= LAB_X) & (abs(path[:, 1]) <= LAB_Y)
    leaves = 0 if inside.all() else int(np.argmin(inside))
    shown = path if not leaves else path[:leaves]
    points = "L".join(f"{round(x, 2) + 0:g} {round(y, 2) + 0:g}" for x, y in shown)
    tail = "\n".join(
        lab_line(k, path[k]) for k in range(LAB_STEPS - LAB_TAIL + 1, LAB_STEPS + 1)
    )
    return [points, tail, f"{rate(eta, beta):.4f}", leaves]


def lab_describe(eta, beta):
    return (
        f"{LAB_STEPS} steps of gradient descent with momentum on f(x, y) = x² + 10y² "
        f"from (10, 1), learning rate {eta}, momentum {beta}"
    )


def lab_slider(name, label, values, value):
    # for= names the slider: without it the label would name the <output>,
    # the first labelable element inside it.
    return (
        f'<label class="lr-lab__rate momentum-lab__{name}" for="momentum-lab-{name}">'
        f"{label} = <output>{value}</output>"
        f'<input id="momentum-lab-{name}" type="range" min="0" max="{len(values) - 1}" '
        f'step="1" value="{values.index(value)}" aria-valuetext="{value}"></label>'
    )


def lab_html():
    eta, beta = LAB_SETTING
    points, tail, lab_rate, _ = lab_run(eta, beta)
    frames = {
        "steps": LAB_STEPS,
        "rates": LAB_RATES,
        "betas": LAB_MOMENTA,
        "runs": [[lab_run(r, b) for r in LAB_RATES] for b in LAB_MOMENTA],
    }
    contours = "".join(
        f'<ellipse rx="{np.sqrt(c):.3g}" ry="{np.sqrt(c / 10):.3g}"/>'
        for c in (1, 4, 10, 25, 50, 100)
    )
    ticks = "".join(
        f'<text x="{LAB_WIDTH / 2 + x * LAB_SCALE:g}" y="{LAB_HEIGHT - 4}">{x}</text>'
        for x in range(-10, 11, 5)
    )
    to_pixels = (
        f"matrix({LAB_SCALE} 0 0 {-LAB_SCALE} {LAB_WIDTH / 2:g} {LAB_HEIGHT / 2:g})"
    )
    # An attribute, not a <script>: Material's instant navigation re-creates
    # scripts in the page without their type, and would run the data as code.
    data = html.escape(json.dumps(frames, separators=(",", ":")))
    return (
        f'<figure class="momentum-lab" data-frames="{data}">'
        '<div class="lr-lab__controls">'
        + lab_slider("eta", "Learning rate η", LAB_RATES, eta)
        + lab_slider("beta", "Momentum β", LAB_MOMENTA, beta)
        + f'<p class="momentum-lab__rate">Rate per step: <output>{lab_rate}</output></p>'
        "</div>"
        f'<svg class="lr-lab__plot" viewBox="0 0 {LAB_WIDTH} {LAB_HEIGHT}" role="img" '
        f'aria-label="{lab_describe(eta, beta)}">'
        f'<g transform="{to_pixels}">'
        f'<path class="lr-lab__axis" d="M{-LAB_X} 0H{LAB_X}M0 {-LAB_Y}V{LAB_Y}"/>'
        f'<g class="momentum-lab__contours">{contours}</g>'
        f'<path class="lr-lab__steps" d="M{points}"/>'
        f'<path class="lr-lab__points" d="'
        + "".join(f"M{point}h0" for point in points.split("L"))
        + f'"/></g>{ticks}</svg>'
        '<p class="lr-lab__note" aria-live="polite" hidden></p>'
        f'<pre class="lr-lab__printed"><code>{tail}</code></pre>'
        "<figcaption>Each setting of the sliders shows a run computed when this page "
        f"was built: the listings above, {LAB_STEPS} steps from (10, 1), and the last "
        f"{LAB_TAIL} lines the run prints.</figcaption></figure>"
    )


print(lab_html())
