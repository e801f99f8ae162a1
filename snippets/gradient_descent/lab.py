"""The learning-rate lab of the gradient-descent lesson (source not shown on the page).

At build time this runs the lesson's descent loop for every learning rate on the
slider and every start point, and prints the lab: a slider, a choice of start,
one SVG of the parabola and the lines the loop printed. The browser only
picks a precomputed run (docs/javascripts/lab.js draws it); no Python runs there.

Each run's printed lines are kept exactly as Python printed them, so the lab
shows the same digits, float tails included, as the listings above it.
"""

from __future__ import annotations

import html
import json
import math

LEARNING_RATES = [k / 100 for k in range(1, 106)]  # 0.01, 0.02, …, 1.05
STARTS = [10, -6, 3]
STEPS = 10
DEFAULT_RATE, DEFAULT_START = 0.1, 10  # the lesson's first listing

# The picture: x from −11 to 11, f(x) from 0 to 110, in a 600 × 300 box.
WIDTH, HEIGHT = 600, 300
X_MAX, Y_MAX = 11, 110
SCALE_X, SCALE_Y = (WIDTH - 40) / (2 * X_MAX), (HEIGHT - 40) / Y_MAX
X_LIMIT = min(X_MAX, math.sqrt(Y_MAX))  # a point with |x| beyond is off the picture
ORIGIN_X, ORIGIN_Y = WIDTH / 2, HEIGHT - 20


def derivative(x):
    return 2 * x


def descend(x, learning_rate, steps=STEPS):
    """The lesson's loop, returning what it prints instead of printing it."""
    printed = []
    for _ in range(steps):
        gradient = derivative(x)
        x = x - learning_rate * gradient
        printed.append(f"{x}")
    return printed


def frames() -> dict:
    """Every run the slider can show: runs[start][rate] = the printed values,
    separated by spaces (one string per run keeps the page small)."""
    return {
        "rates": LEARNING_RATES,
        "starts": STARTS,
        "runs": [
            [" ".join(descend(x0, rate)) for rate in LEARNING_RATES] for x0 in STARTS
        ],
    }


def parabola_path() -> str:
    """f(x) = x² in the picture's own units (the SVG group maps them to pixels)."""
    xs = [k / 4 - X_MAX for k in range(8 * X_MAX + 1)]
    return "M" + "L".join(f"{x:g} {x * x:g}" for x in xs)


def _on_curve(x0, printed) -> list[str]:
    xs = [float(x0)] + [float(x) for x in printed]
    return [f"{x:.6g} {x * x:.6g}" for x in xs]


def steps_path(x0, printed) -> str:
    """The run as a zig-zag on the curve (lab.js draws the others the same way)."""
    return "M" + "L".join(_on_curve(x0, printed))


def points_path(x0, printed) -> str:
    """One dot per position: zero-length segments drawn with round caps."""
    return "".join(f"M{point}h0" for point in _on_curve(x0, printed))


def describe(rate: float, x0: float) -> str:
    return f"Ten gradient-descent steps on f(x) = x² from x₀ = {x0} with learning rate {rate}"


def lab_html() -> str:
    rate_index = LEARNING_RATES.index(DEFAULT_RATE)
    start_index = STARTS.index(DEFAULT_START)
    printed = descend(DEFAULT_START, DEFAULT_RATE)
    starts = "".join(
        f'<label><input type="radio" name="lab-start" value="{i}"'
        f"{' checked' if i == start_index else ''}> {x0}</label>"
        for i, x0 in enumerate(STARTS)
    )
    ticks = "".join(
        f'<text x="{ORIGIN_X + x * SCALE_X:g}" y="{HEIGHT - 4}">{x}</text>'
        for x in range(-10, 11, 5)
    )
    to_pixels = f"matrix({SCALE_X:g} 0 0 {-SCALE_Y:g} {ORIGIN_X:g} {ORIGIN_Y:g})"
    # An attribute, not a <script>: Material's instant navigation re-creates
    # scripts in the page without their type, and would run the data as code.
    data = html.escape(json.dumps(frames(), separators=(",", ":")))
    return (
        f'<figure class="lr-lab" data-x-limit="{X_LIMIT:.6g}" data-frames="{data}">'
        '<div class="lr-lab__controls">'
        # for=: a label wrapping an <output> would otherwise name the output, not the slider
        '<label class="lr-lab__rate" for="lr-lab-rate">Learning rate η = '
        f'<output class="lr-lab__rate-value">{DEFAULT_RATE}</output>'
        f'<input type="range" id="lr-lab-rate" min="0" max="{len(LEARNING_RATES) - 1}" step="1" '
        f'value="{rate_index}" aria-valuetext="{DEFAULT_RATE}"></label>'
        f'<fieldset class="lr-lab__starts"><legend>Start x₀</legend>{starts}</fieldset>'
        "</div>"
        f'<svg class="lr-lab__plot" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{describe(DEFAULT_RATE, DEFAULT_START)}">'
        f'<g transform="{to_pixels}">'
        f'<path class="lr-lab__axis" d="M{-X_MAX} 0H{X_MAX}M0 0V{Y_MAX}"/>'
        f'<path class="lr-lab__parabola" d="{parabola_path()}"/>'
        f'<path class="lr-lab__steps" d="{steps_path(DEFAULT_START, printed)}"/>'
        f'<path class="lr-lab__points" d="{points_path(DEFAULT_START, printed)}"/>'
        f"</g>{ticks}</svg>"
        '<p class="lr-lab__note" aria-live="polite" hidden></p>'
        '<pre class="lr-lab__printed"><code>'
        + "\n".join(f"Updated x: {value}" for value in printed)
        + "</code></pre>"
        "<figcaption>Each position of the slider shows a run computed when this page "
        "was built: the loop above, run with that learning rate and start."
        "</figcaption></figure>"
    )


print(lab_html())
