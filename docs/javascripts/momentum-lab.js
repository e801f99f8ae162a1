// The momentum lab (snippets/momentum/lab.py). Python ran every setting of the
// two sliders at build time and put the runs in the page (data-frames); this
// only shows the run the reader picks, as lab.js does for the learning-rate
// lab. Material emits document$ after every instant navigation, so the lab
// works on pages reached by a click too.
//
// The setting lives in the URL (?lr=0.09&beta=0.5), so a reader can link to a
// run: opening such a link shows that run.
function showMomentumRun(lab, frames) {
  const [etaSlider, betaSlider] = lab.querySelectorAll("input[type=range]");
  const eta = frames.rates[etaSlider.value];
  const beta = frames.betas[betaSlider.value];
  const [points, tail, rate, leaves] = frames.runs[betaSlider.value][etaSlider.value];

  lab.querySelector(".momentum-lab__eta output").value = eta;
  lab.querySelector(".momentum-lab__beta output").value = beta;
  etaSlider.setAttribute("aria-valuetext", eta);
  betaSlider.setAttribute("aria-valuetext", beta);
  lab.querySelector(".momentum-lab__rate output").value = rate;
  lab.querySelector(".lr-lab__steps").setAttribute("d", "M" + points);
  lab.querySelector(".lr-lab__points").setAttribute(
    "d",
    points.split("L").map((p) => `M${p}h0`).join(""),
  );
  lab.querySelector(".lr-lab__printed code").textContent = tail;
  lab.querySelector(".lr-lab__plot").setAttribute(
    "aria-label",
    `${frames.steps} steps of gradient descent with momentum on f(x, y) = x² + 10y² ` +
      `from (10, 1), learning rate ${eta}, momentum ${beta}`,
  );
  const note = lab.querySelector(".lr-lab__note");
  note.hidden = !leaves;
  note.textContent = leaves
    ? `This run leaves the picture at step ${leaves}. The printed lines below show where it goes.`
    : "";
}

// The run named by the URL's ?lr=…&beta=…, if it is one the lab has.
function setMomentumFromUrl(lab, frames) {
  const query = new URLSearchParams(location.search);
  const eta = frames.rates.indexOf(Number(query.get("lr")));
  const beta = frames.betas.indexOf(Number(query.get("beta")));
  if (!query.has("lr") || eta < 0 || !query.has("beta") || beta < 0) return false;
  const [etaSlider, betaSlider] = lab.querySelectorAll("input[type=range]");
  etaSlider.value = eta;
  betaSlider.value = beta;
  return true;
}

function keepMomentumInUrl(lab, frames) {
  const [etaSlider, betaSlider] = lab.querySelectorAll("input[type=range]");
  const url = new URL(location.href);
  url.searchParams.set("lr", frames.rates[etaSlider.value]);
  url.searchParams.set("beta", frames.betas[betaSlider.value]);
  history.replaceState(history.state, "", url);
}

// The page arrives showing the lesson's own run (printed by Python); the
// frames are read on the first change, or at once for a link to another run.
document$.subscribe(() => {
  for (const lab of document.querySelectorAll(".momentum-lab")) {
    let frames;
    const load = () => (frames ??= JSON.parse(lab.dataset.frames));
    if (location.search && setMomentumFromUrl(lab, load())) showMomentumRun(lab, frames);
    lab.addEventListener("input", () => {
      showMomentumRun(lab, load());
      keepMomentumInUrl(lab, frames);
    });
  }
});
