// Typesets TeX for engine/typeset.py with the KaTeX pinned in package-lock.json.
// Protocol: one JSON request per line on stdin, a list of [tex, display];
// one JSON reply per line on stdout, a list of {html} or {error}, in order.
"use strict";
const katex = require(process.argv[2]); // the project's node_modules/katex
const readline = require("node:readline");

function typeset([tex, display]) {
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      output: "htmlAndMathml", // MathML: screen readers read the formula
      throwOnError: true,
      strict: "error", // a quirk KaTeX would only warn about fails the build
    });
    return { html };
  } catch (error) {
    return { error: error.message };
  }
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
  process.stdout.write(JSON.stringify(JSON.parse(line).map(typeset)) + "\n");
});
