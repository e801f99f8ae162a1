// The learning-rate lab (snippets/gradient_descent/lab.py). Python ran every
// setting at build time and put the printed values in the page (data-frames); this
// only shows the run the reader picks. Material emits document$ after every
// instant navigation, so the lab works on pages reached by a click too.
//
// The setting lives in the URL (?lr=0.7&x0=10), so a reader can link to a run:
// opening such a link shows that run.
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
  // The picture holds |x| up to data-x-limit; a run that goes further says so.
  const furthest = printed.reduce((far, x) => (Math.abs(x) > Math.abs(far) ? x : far), x0);
  const note = lab.querySelector(".lr-lab__note");
  note.hidden = Math.abs(furthest) <= Number(lab.dataset.xLimit);
  note.textContent = note.hidden
    ? ""
    : `This run leaves the picture: it reaches x = ${furthest}. ` +
      "The printed values below show all of it.";
}

// The run named by the URL's ?lr=…&x0=…, if it is one the lab has.
function setFromUrl(lab, frames) {
  const query = new URLSearchParams(location.search);
  const rate = frames.rates.indexOf(Number(query.get("lr")));
  const start = frames.starts.indexOf(Number(query.get("x0")));
  if (!query.has("lr") || rate < 0 || !query.has("x0") || start < 0) return false;
  lab.querySelector("input[type=range]").value = rate;
  lab.querySelector(`input[name=lab-start][value="${start}"]`).checked = true;
  return true;
}

function keepInUrl(lab, frames) {
  const slider = lab.querySelector("input[type=range]");
  const start = lab.querySelector("input[name=lab-start]:checked");
  const url = new URL(location.href);
  url.searchParams.set("lr", frames.rates[slider.value]);
  url.searchParams.set("x0", frames.starts[start.value]);
  history.replaceState(history.state, "", url);
}

// The page arrives showing the lesson's own run (printed by Python); the
// frames are read on the first change, or at once for a link to another run.
document$.subscribe(() => {
  for (const lab of document.querySelectorAll(".lr-lab")) {
    let frames;
    const load = () => (frames ??= JSON.parse(lab.dataset.frames));
    if (location.search && setFromUrl(lab, load())) showRun(lab, frames);
    lab.addEventListener("input", () => {
      showRun(lab, load());
      keepInUrl(lab, frames);
    });
  }
});
