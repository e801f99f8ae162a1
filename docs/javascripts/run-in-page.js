/* Edit and run a listing in the page (the bar printed by engine/in_page.py
 * under every listing whose program needs only Python's standard library).
 *
 * Run sends the listing's code, after the listings it continues (the same
 * program the copy button copies: data-copy), to one Web Worker per page that
 * runs Pyodide (run-in-page-worker.mjs). Pyodide is fetched from this site on
 * the first Run only. Runs pressed while Python starts wait for it, and a Run
 * pressed again before then sends the code in the editor at that press. Stop,
 * or a run longer than LIMIT_MS, ends the worker; the next Run starts a fresh one. Re-initialised on every page Material's instant
 * navigation loads (document$).
 *
 * Graded exercises (<form class="graded">, printed by snippets/graded.py) use
 * the same worker: Check sends the reader's code with the grader's sources
 * the form embeds, and the verdict (or the time limit) is announced.
 */
(function () {
  "use strict";

  var LIMIT_MS = 10000;
  var MAX_OUTPUT = 200000; /* characters shown; an endless print is cut */
  var WORKER_URL = new URL("run-in-page-worker.mjs", document.currentScript.src);

  var worker = null;
  var waiting = null; /* runs pressed while Python starts, sent once it is ready */
  var runs = {}; /* run number → its listing's controls, while queued or running */
  var counter = 0;

  function startWorker() {
    worker = new Worker(WORKER_URL, { type: "module" });
    waiting = [];
    worker.onmessage = function (event) {
      var message = event.data;
      if (message.kind === "ready") {
        waiting.forEach(function (run) {
          worker.postMessage(run);
        });
        waiting = null;
        return;
      }
      if (message.kind === "broken") {
        stopAll("Python could not start: " + message.text);
        return;
      }
      var run = runs[message.run];
      if (run) run.receive(message);
    };
    worker.onerror = function (event) {
      stopAll("Python could not start: " + (event.message || "the worker failed"));
    };
  }

  /* End the worker and every run it holds; the next Run starts afresh. */
  function stopAll(reason) {
    if (worker) worker.terminate();
    worker = null;
    waiting = null;
    Object.keys(runs).forEach(function (key) {
      runs[key].end(reason);
    });
  }

  /* Stop the worker if a run is still going after LIMIT_MS; `advice` ends the message. */
  function timeLimit(advice) {
    return window.setTimeout(function () {
      stopAll("Stopped: still running after " + LIMIT_MS / 1000 + " s. " + advice);
    }, LIMIT_MS);
  }

  /* The listing's own code, and the code of the listings it continues: the copy
   * (engine/copies.py) up to the comment that heads the listing itself. */
  function programOf(listing) {
    var code = listing.querySelector(".highlight code").textContent;
    var copy = listing.dataset.copy;
    if (!copy) return { prelude: "", code: code };
    var start = copy.lastIndexOf('# ── listing "' + listing.id + '" ──\n');
    return { prelude: copy.slice(0, start), code: code };
  }

  function setUp(listing) {
    var bar = listing.querySelector(".run-in-page");
    if (!bar || bar.dataset.ready) return;
    bar.dataset.ready = "1";
    var button = function (action) {
      return bar.querySelector('[data-action="' + action + '"]');
    };
    var status = bar.querySelector(".run-in-page__status");
    var source = listing.querySelector(".highlight");
    var original = programOf(listing);
    var editor = null;
    var output = null;
    var active = null; /* this listing's run in progress */

    function edit() {
      if (!editor) {
        editor = document.createElement("textarea");
        editor.className = "run-in-page__editor";
        editor.spellcheck = false;
        editor.setAttribute("autocapitalize", "off");
        editor.setAttribute("aria-label", "Code of " + listing.id + ", editable");
        editor.addEventListener("keydown", function (event) {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            run();
          }
        });
      }
      editor.value = original.code;
      editor.rows = original.code.split("\n").length;
      source.hidden = true;
      source.after(editor);
      button("edit").hidden = true;
      button("reset").hidden = false;
      editor.focus();
    }

    function reset() {
      editor.remove();
      source.hidden = false;
      button("reset").hidden = true;
      button("edit").hidden = false;
      button("edit").focus();
    }

    function show(kind, text) {
      var code = output.querySelector("code");
      if (code.textContent.length > MAX_OUTPUT) return;
      var span = document.createElement("span");
      if (kind === "err") span.className = "run-in-page__stderr";
      span.textContent = text;
      code.appendChild(span);
    }

    function run() {
      var code = editor && editor.isConnected ? editor.value : original.code;
      if (active) {
        /* Pressed again before Python started: run the code as it is now. */
        if (waiting && waiting.indexOf(active.message) >= 0) active.message.code = code;
        return;
      }
      if (!output) {
        output = document.createElement("div");
        output.className = "run-in-page__output";
        output.innerHTML =
          '<p class="run-in-page__label">Output of your run</p>' +
          '<div class="language-text highlight"><pre><code></code></pre></div>';
        bar.after(output);
      }
      output.querySelector("code").textContent = "";
      var started = null;
      var timer = null;
      var number = ++counter;
      var first = !worker;
      status.textContent = first ? "Starting Python…" : "Running…";
      button("stop").hidden = false;
      active = runs[number] = {
        receive: function (message) {
          if (message.kind === "started") {
            started = performance.now();
            status.textContent = "Running…";
            timer = timeLimit("The next Run starts Python afresh.");
          } else if (message.kind === "done") {
            var took = Math.round(performance.now() - started);
            this.end(
              (message.ok ? "Finished" : "Stopped by an exception") +
                " in " + took + " ms."
            );
          } else {
            show(message.kind, message.text);
          }
        },
        end: function (reason) {
          window.clearTimeout(timer);
          delete runs[number];
          active = null;
          status.textContent = reason;
          button("stop").hidden = true;
        },
      };
      active.message = { run: number, prelude: original.prelude, code: code };
      if (!worker) startWorker();
      if (waiting) waiting.push(active.message);
      else worker.postMessage(active.message);
    }

    button("edit").addEventListener("click", edit);
    button("reset").addEventListener("click", reset);
    button("run").addEventListener("click", run);
    button("stop").addEventListener("click", function () {
      stopAll("Stopped. The next Run starts Python afresh.");
    });
  }

  /* A graded exercise: Check (or Ctrl+Enter) grades the editor's code. */
  function setUpGraded(form) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    var editor = form.querySelector("textarea");
    var verdict = form.querySelector("output");
    var active = null;
    var saying = null; /* the pending text: a later one replaces it */

    function say(state, text) {
      form.dataset.state = state;
      /* Clear first so screen readers announce a repeated verdict again. */
      verdict.textContent = "";
      window.clearTimeout(saying);
      saying = window.setTimeout(function () {
        verdict.textContent = text;
      }, 50);
    }

    function check() {
      if (active) {
        if (waiting && waiting.indexOf(active.message) >= 0) active.message.code = editor.value;
        return;
      }
      var timer = null;
      var number = ++counter;
      say("checking", worker ? "Checking…" : "Starting Python…");
      active = runs[number] = {
        receive: function (message) {
          if (message.kind === "started") {
            timer = timeLimit("Is there an endless loop?");
          } else if (message.kind === "verdict") {
            this.end(message.text, message.ok ? "passed" : "failed");
          }
        },
        end: function (text, state) {
          window.clearTimeout(timer);
          delete runs[number];
          active = null;
          say(state || "failed", (state === "passed" ? "✓ " : "✗ ") + text);
        },
      };
      active.message = {
        run: number,
        code: editor.value,
        helper: form.dataset.helper,
        grader: form.dataset.grader,
      };
      if (!worker) startWorker();
      if (waiting) waiting.push(active.message);
      else worker.postMessage(active.message);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      check();
    });
    editor.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        check();
      }
    });
    form.querySelector('[data-action="reset"]').addEventListener("click", function () {
      editor.value = editor.defaultValue;
      window.clearTimeout(saying);
      delete form.dataset.state;
      verdict.textContent = "";
      editor.focus();
    });
    form.hidden = false;
  }

  function setUpAll() {
    document.querySelectorAll(".listing[data-run]").forEach(setUp);
    document.querySelectorAll("form.graded").forEach(setUpGraded);
  }

  /* Now, and on every page Material's instant navigation swaps in; once per bar. */
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
  if (typeof document$ !== "undefined") {
    document$.subscribe(setUpAll);
  }
})();
