// The learning-rate lab (snippets/gradient_descent/lab.py). Python ran every
// setting at build time and put the printed values in the page (data-frames); this
// only shows the run the reader picks. Material emits document$ after every
// instant navigation, so the lab works on pages reached by a click too.
const short = (value) => +value.toPrecision(6);

function onCurve(values) {
  return values.map(Number).map((x) => `${short(x)} ${short(x * x)}`);
}

function showRun(lab, frames) {
  const slider = lab.querySelector("input[type=range]");
  const start = lab.querySelector("input[name=lab-start]:checked");
  const rate = frames.rates[slider.value];
  const x0 = frames.starts[start.value];
  const printed = frames.runs[start.value][slider.value].split(" ");
  const points = onCurve([x0, ...printed]);

  lab.querySelector(".lr-lab__rate-value").value = rate;
  slider.setAttribute("aria-valuetext", rate);
  lab.querySelector(".lr-lab__steps").setAttribute("d", "M" + points.join("L"));
  lab.querySelector(".lr-lab__points").setAttribute("d", points.map((p) => `M${p}h0`).join(""));
  lab.querySelector(".lr-lab__printed code").textContent =
    printed.map((x) => `Updated x: ${x}`).join("\n");
  lab.querySelector(".lr-lab__plot").setAttribute(
    "aria-label",
    `Ten gradient-descent steps on f(x) = x² from x₀ = ${x0} with learning rate ${rate}`,
  );
}

// The page arrives showing the lesson's own run (printed by Python); the
// frames are read on the first change only, to keep page load light.
document$.subscribe(() => {
  for (const lab of document.querySelectorAll(".lr-lab")) {
    let frames;
    lab.addEventListener("input", () => {
      frames ??= JSON.parse(lab.dataset.frames);
      showRun(lab, frames);
    });
  }
});
