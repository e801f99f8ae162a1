/* The Python behind run-in-page.js: Pyodide's core interpreter, served by the
 * site (vendor/pyodide/, pinned in package-lock.json), in a Web Worker so that a
 * long run never freezes the page. The page stops a run by ending this worker.
 *
 * In:  {run, prelude, code}: run the listings a listing continues (quietly, as
 *      the build did before it), then the listing's code, in one namespace.
 *      {run, code, helper, grader}: a graded exercise (snippets/graded.py):
 *      make `helper` the module snippets.grading, then run the reader's code
 *      and grade it with `grader`'s grade() (grading.run_and_grade).
 * Out: {kind: "ready"} once Python has started,
 *      {run, kind: "started"} when the listing's code starts,
 *      {run, kind: "out" | "err", text} as it prints,
 *      {run, kind: "done", ok} at the end (ok: no exception),
 *      {run, kind: "verdict", ok, text} instead, for a graded exercise,
 *      {kind: "broken", text} when Python itself cannot start.
 */
import { loadPyodide } from "../vendor/pyodide/pyodide.mjs";

/* A traceback reads as Python's own for a file named lesson.py: the runner's
 * frame is dropped and the lines of the code are shown. */
const RUNNER = `
import linecache, os, sys, traceback
os.environ["NO_COLOR"] = "1"  # plain tracebacks

def run_source(source, namespace, filename):
    lines = source.splitlines(True)
    linecache.cache[filename] = (len(source), None, lines, filename)
    try:
        exec(compile(source, filename, "exec"), namespace)
    except SystemExit as stop:
        return stop.code in (None, 0)
    except BaseException as error:
        traceback.print_exception(error.__class__, error, error.__traceback__.tb_next)
        return False
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return True

def grade_source(code, helper_source, grader_source):
    import json, types
    helper = types.ModuleType("snippets.grading")
    exec(compile(helper_source, "grading.py", "exec"), helper.__dict__)
    sys.modules["snippets"] = types.ModuleType("snippets")
    sys.modules["snippets.grading"] = sys.modules["snippets"].grading = helper
    grader = types.ModuleType("grader")
    exec(compile(grader_source, "grader.py", "exec"), grader.__dict__)
    verdict = helper.run_and_grade(code, grader.grade)
    return json.dumps({"ok": verdict.ok, "text": verdict.message})
`;

let current = null; /* the run whose output is being printed */
let quiet = false; /* the earlier listings print nothing: the page shows theirs */
const decoders = { out: new TextDecoder(), err: new TextDecoder() };

function stream(kind) {
  return {
    isatty: false,
    write(bytes) {
      const text = decoders[kind].decode(bytes, { stream: true });
      if (!quiet && text) self.postMessage({ run: current, kind, text });
      return bytes.length;
    },
  };
}

const ready = loadPyodide({
  indexURL: new URL("../vendor/pyodide/", import.meta.url).href,
}).then((python) => {
  python.setStdout(stream("out"));
  python.setStderr(stream("err"));
  python.runPython(RUNNER);
  self.postMessage({ kind: "ready" });
  return python;
});

ready.catch((error) => self.postMessage({ kind: "broken", text: String(error) }));

/* A graded exercise: the verdict, or why grading itself failed. */
function grade(python, data) {
  const gradeSource = python.globals.get("grade_source");
  try {
    return JSON.parse(gradeSource(data.code, data.helper, data.grader));
  } catch (error) {
    return { ok: false, text: "The grader failed: " + String(error) };
  } finally {
    gradeSource.destroy();
  }
}

self.onmessage = async ({ data }) => {
  const python = await ready;
  current = data.run;
  if (data.grader) {
    self.postMessage({ run: current, kind: "started" });
    self.postMessage({ run: current, kind: "verdict", ...grade(python, data) });
    return;
  }
  const runSource = python.globals.get("run_source");
  const namespace = python.globals.get("dict")();
  namespace.set("__name__", "__main__");
  quiet = true;
  let ok = data.prelude ? runSource(data.prelude, namespace, "earlier.py") : true;
  quiet = false;
  self.postMessage({ run: current, kind: "started" });
  if (ok) ok = runSource(data.code, namespace, "lesson.py");
  namespace.destroy();
  runSource.destroy();
  self.postMessage({ run: current, kind: "done", ok });
};
