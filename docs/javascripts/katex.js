// Typeset math with the KaTeX the site serves itself (vendor/katex/). Material
// emits document$ on the first load and after every instant navigation, so
// math on pages reached by a click is typeset too.
const DISPLAY = { display: true };
const INLINE = { display: false };

// pymdownx.arithmatex (generic) wraps lesson math in .arithmatex as \( \) or \[ \].
const ARITHMATEX = [
  { left: "\\[", right: "\\]", ...DISPLAY },
  { left: "\\(", right: "\\)", ...INLINE },
];

// Notebook pages (mkdocs-jupyter) keep Jupyter's $ and $$ in markdown cells.
const JUPYTER = [
  { left: "$$", right: "$$", ...DISPLAY },
  { left: "$", right: "$", ...INLINE },
];

// A page holds dozens of formulas: typeset them in slices of about 30 ms,
// letting the browser respond in between, rather than in one long task.
async function typeset(elements, delimiters) {
  await new Promise((resume) => setTimeout(resume)); // not in the page-load task
  let sliceStart = performance.now();
  for (const element of elements) {
    renderMathInElement(element, { delimiters });
    if (performance.now() - sliceStart > 30) {
      await new Promise((resume) => setTimeout(resume));
      sliceStart = performance.now();
    }
  }
}

document$.subscribe(async () => {
  const root = document.documentElement;
  delete root.dataset.math;
  await typeset(document.querySelectorAll(".arithmatex"), ARITHMATEX);
  await typeset(document.querySelectorAll(".jp-MarkdownCell"), JUPYTER);
  root.dataset.math = "typeset"; // all math on this page is done
});
