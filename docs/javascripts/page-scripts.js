/* Each widget's script, loaded only on pages that show the widget.
 *
 * mkdocs.yml lists this file alone in extra_javascript. On every page Material
 * shows, first load or instant navigation (document$), it looks for each
 * widget below and adds the widget's script to <head> the first time one is
 * on the page. Each script then sets its widgets up itself, on this page and
 * on every later one (document$ replays the page it is on to a late
 * subscriber). A <script> written into a page's content would not do: instant
 * navigation does not run it reliably.
 *
 * A new widget: put its script in this folder and add a line here, its file
 * name and a CSS selector that matches the widget (several: "a, b").
 * tests/site/test_page_scripts.py checks this table against the folder.
 */
(function () {
  "use strict";

  var SCRIPTS = {
    "answer-box.js": ".answer-box",
    "lab.js": ".lr-lab",
    "momentum-lab.js": ".momentum-lab",
    "graph-lab.js": ".graph-lab",
    "run-in-page.js": ".listing[data-run], form.graded"
  };

  var here = document.currentScript.src;
  var added = {};

  function addScripts() {
    Object.keys(SCRIPTS).forEach(function (name) {
      if (added[name] || !document.querySelector(SCRIPTS[name])) return;
      added[name] = true;
      var script = document.createElement("script");
      script.src = new URL(name, here).href;
      document.head.appendChild(script);
    });
  }

  document$.subscribe(addScripts);
})();
