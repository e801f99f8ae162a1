/* Answer boxes under exercises (printed by snippets/answer_box.py).
 *
 * Each <form class="answer-box" data-answer="…"> holds base64 of {"v": answer,
 * "t": tolerance}, both computed at build time by the solution code. The reader's
 * number is accepted when |typed − v| ≤ t. Encoded so it is not in plain sight;
 * it is not a secret. No dependencies; re-initialised on every page Material's
 * instant navigation loads (document$).
 */
(function () {
  "use strict";

  /* "1.5", "-2", "−2", "1e-3", "3/4", "1,5" → a number, or NaN. */
  function parseNumber(text) {
    var cleaned = text.trim().replace(/[\u2212\u2013]/g, "-").replace(/\s+/g, "");
    if (/^[-+]?\d+,\d+$/.test(cleaned)) cleaned = cleaned.replace(",", ".");
    var parts = cleaned.split("/");
    if (cleaned === "" || parts.length > 2) return NaN;
    var numbers = parts.map(function (part) {
      return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(part) ? Number(part) : NaN;
    });
    return parts.length === 2 ? numbers[0] / numbers[1] : numbers[0];
  }

  function setUp(form) {
    if (form.dataset.ready) return;
    var expected;
    try {
      expected = JSON.parse(atob(form.dataset.answer));
    } catch (error) {
      return; /* leave the box hidden: the solution is still on the page */
    }
    var input = form.querySelector("input");
    var result = form.querySelector("output");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var typed = parseNumber(input.value);
      var state, message;
      if (!isFinite(typed)) {
        state = "invalid";
        message = "Type a number, such as 0.25, -3 or 1e-4.";
      } else if (Math.abs(typed - expected.v) <= expected.t) {
        state = "correct";
        message = "✓ Correct!";
      } else {
        state = "wrong";
        message = "✗ Not quite. Try again, or open the solution above.";
      }
      form.dataset.state = state;
      input.setAttribute("aria-invalid", state === "correct" ? "false" : "true");
      /* Clear first so screen readers announce a repeated message again. */
      result.textContent = "";
      window.setTimeout(function () {
        result.textContent = message;
      }, 50);
    });
    input.addEventListener("input", function () {
      delete form.dataset.state;
      input.removeAttribute("aria-invalid");
      result.textContent = "";
    });
    form.hidden = false;
    form.dataset.ready = "1";
  }

  function setUpAll() {
    document.querySelectorAll("form.answer-box[data-answer]").forEach(setUp);
  }

  /* Set up now (Material may not emit document$ on a file:// page), and again on
   * every page that Material's instant navigation swaps in. setUp runs once per box. */
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUpAll);
  }
})();
