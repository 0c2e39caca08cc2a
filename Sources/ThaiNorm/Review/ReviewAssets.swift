/// The review page's style sheet and script, inlined into every page (the page loads
/// nothing). Neither contains any text of the input.
///
/// The script counts the applied edits it finds highlighted and writes the count into
/// `#counts[data-highlighted]` (what the browser test reads), moves a selection from
/// highlight to highlight with the keys the page lists, and shows the selected place's
/// edits in the detail bar. `#keys=jjk` in the page's address replays keys on load (→ and ←
/// for the arrow keys; what the navigation test uses). `window.thainormReview` exposes the places and the moves.
///
/// ```swift
/// "<style>\(ReviewAssets.css)</style>"
/// ```
///
/// Complexity: constant (fixed text).
enum ReviewAssets {
    static let css = """
        :root { color-scheme: light; --ink: #1a1a1a; --muted: #666; --rule: #ddd; }
        html {
          font-family: "Noto Sans Thai", "Loma", "Garuda", "Norasi", "TlwgTypo", sans-serif; color: var(--ink);
          background: #fff;
        }
        body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 40vh; line-height: 1.6; }
        h1 { font-size: 1.35rem; margin: .4rem 0; } h2 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        .source { font-family: "TlwgTypo", monospace; font-weight: normal; }
        #counts { margin: .3rem 0; } .keys { margin: .3rem 0; color: var(--muted); font-size: .9rem; }
        kbd {
          font-family: "TlwgTypo", monospace; border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 3px;
          padding: 0 .3em; background: #f6f6f6; font-size: .85em;
        }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td {
          padding: .1rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top;
          line-height: 1.9;
        }
        th { font-weight: 600; background: #f4f4f4; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        tfoot td { font-weight: 600; } p.idle { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
        .swatch {
          display: inline-block; width: 1.6em; height: .9em; vertical-align: middle; border-radius: 2px;
          background: rgb(var(--rgb));
        }
        .legend { font-size: .9rem; color: #333; line-height: 2.4; }
        #text {
          font-size: 1.2rem; line-height: 2.3; border-top: 1px solid var(--rule);
          border-bottom: 1px solid var(--rule); padding: .3rem 0;
        }
        .line {
          display: grid; grid-template-columns: 3.5rem 1fr; column-gap: .8rem; align-items: baseline;
          min-height: 2.3em;
        }
        .line:target { background: #fffbe6; }
        .ln { color: #aaa; text-align: right; font-size: .75em; user-select: none; font-family: "TlwgTypo", monospace; }
        .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
        #text [tabindex] { scroll-margin: 3rem 0 36vh; }
        mark.edit {
          color: inherit; background: rgb(var(--rgb) / calc(.1 + .45 * var(--c, 1)));
          box-shadow: inset 1px 0 0 #fff, inset 0 -.16em 0 rgb(var(--rgb)); border-radius: 2px; cursor: pointer;
        }
        mark.edit del {
          display: none; color: #7a1f1f; font-size: .78em; margin-right: .15em; text-decoration-thickness: 1.5px;
        }
        body.show-before mark.edit del, mark.edit.gone del { display: inline; }
        mark.edit.gone { padding: 0 .1em; }
        mark.edit.multi {
          box-shadow: inset 1px 0 0 #fff, inset 0 -.16em 0 rgb(var(--rgb)), inset 0 -.28em 0 #fff, inset 0 -.36em 0 rgb(var(--rgb));
        }
        .held-only {
          text-decoration: underline dashed rgb(var(--rgb)) 2px; text-underline-offset: .42em; cursor: pointer;
        }
        .finding-only { text-decoration: underline wavy #c0392b 1.5px; text-underline-offset: .45em; cursor: pointer; }
        mark.has-held { outline: 1.5px dashed #b45309; outline-offset: 1px; }
        mark.has-finding, .held-only.has-finding {
          text-decoration: underline wavy #c0392b 1.5px; text-underline-offset: .45em;
        }
        .point::after { content: "‸"; color: #c0392b; font-weight: bold; }
        .sample { cursor: default; }
        .current, .current:focus { outline: 2.5px solid #111 !important; outline-offset: 2px; }
        :focus { outline: none; }
        details { margin: 1rem 0; } summary { cursor: pointer; font-weight: 600; }
        td.th { font-size: 1.05rem; }
        tr[data-edit], tr[data-finding] { cursor: pointer; } tr.held td { color: #8a5a00; }
        tr.selected td { background: #fff3c4; }
        #detail {
          position: fixed; left: 0; right: 0; bottom: 0; max-height: 32vh; overflow: auto; background: #fcfcfc;
          border-top: 2px solid #333; padding: .4rem 1.5rem; box-shadow: 0 -2px 8px rgb(0 0 0 / .12);
          font-size: .95rem;
        }
        #detail p { margin: .2rem 0; } #detail .hint { color: var(--muted); }
        #detail table { width: 100%; }
        @media print { #detail { display: none; } body { padding-bottom: 1rem; } }

        """

    static let script = #"""
        (function () {
          "use strict";
          var body = document.body, text = document.getElementById("text"), detail = document.getElementById("detail");
          var toArray = function (list) { return Array.prototype.slice.call(list); };
          var edits = toArray(text.querySelectorAll("mark.edit"));
          var others = toArray(text.querySelectorAll(".held-only, .finding-only"));
          var ids = function (element, name) {
            var value = element.getAttribute(name);
            return value ? value.split(" ") : [];
          };
          // The applied edits the page highlights: the count the tests compare with --explain.
          var seen = {}, highlighted = 0;
          edits.forEach(function (element) {
            ids(element, "data-edits").forEach(function (id) { if (!seen[id]) { seen[id] = true; highlighted += 1; } });
          });
          var counts = document.getElementById("counts");
          counts.setAttribute("data-highlighted", String(highlighted));
          counts.setAttribute("data-places", String(edits.length));
          document.getElementById("highlighted").textContent = highlighted + " highlighted in " + edits.length + " places";

          var current = null;
          var hint = detail.innerHTML;
          var rowsOf = function (element) {
            var rows = [];
            ids(element, "data-edits").concat(ids(element, "data-held")).forEach(function (id) {
              var row = document.getElementById("edit-" + id);
              if (row) rows.push(row);
            });
            ids(element, "data-findings").forEach(function (id) {
              var row = document.getElementById("finding-" + id);
              if (row) rows.push(row);
            });
            return rows;
          };
          var showDetail = function (element) {
            toArray(document.querySelectorAll("tr.selected")).forEach(function (row) { row.classList.remove("selected"); });
            if (!element) { detail.innerHTML = hint; return; }
            var position = edits.indexOf(element);
            var where = position >= 0 ? "edit place " + (position + 1) + " of " + edits.length : "held back / finding";
            var html = "<p><b>line " + element.getAttribute("data-line") + "</b> · " + where + "</p>";
            var editRows = [], findingRows = [];
            rowsOf(element).forEach(function (row) {
              row.classList.add("selected");
              var copy = row.cloneNode(true);
              copy.removeAttribute("id");
              copy.classList.remove("selected");
              (row.hasAttribute("data-edit") ? editRows : findingRows).push(copy.outerHTML);
            });
            if (editRows.length) {
              html += "<table class=\"list\">" + document.querySelector("#all-edits thead").outerHTML +
                "<tbody>" + editRows.join("") + "</tbody></table>";
            }
            if (findingRows.length) {
              html += "<table class=\"list\">" + document.querySelector("#all-findings thead").outerHTML +
                "<tbody>" + findingRows.join("") + "</tbody></table>";
            }
            detail.innerHTML = html;
          };
          var select = function (element, scroll) {
            if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
            current = element;
            if (!element) { body.removeAttribute("data-current"); showDetail(null); return; }
            element.classList.add("current");
            element.setAttribute("aria-current", "true");
            body.setAttribute("data-current", element.id);
            if (document.activeElement !== element) element.focus({ preventScroll: true });
            if (scroll) element.scrollIntoView({ block: "nearest", inline: "nearest" });
            showDetail(element);
          };
          // The next (delta 1) or previous (-1) element of `list` from the selection.
          var step = function (list, delta) {
            if (!list.length) return;
            var k = current ? list.indexOf(current) : -1;
            if (k >= 0) {
              k = Math.max(0, Math.min(list.length - 1, k + delta));
            } else if (!current) {
              k = delta > 0 ? 0 : list.length - 1;
            } else {
              var following = Node.DOCUMENT_POSITION_FOLLOWING, preceding = Node.DOCUMENT_POSITION_PRECEDING;
              k = delta > 0 ? list.findIndex(function (e) { return current.compareDocumentPosition(e) & following; })
                            : list.map(function (e) { return !!(current.compareDocumentPosition(e) & preceding); }).lastIndexOf(true);
              if (k < 0) k = delta > 0 ? list.length - 1 : 0;
            }
            select(list[k], true);
          };
          var next = function () { step(edits, 1); }, previous = function () { step(edits, -1); };
          var first = function () { if (edits.length) select(edits[0], true); };
          var last = function () { if (edits.length) select(edits[edits.length - 1], true); };
          var keys = {
            "j": next, "n": next, "ArrowRight": next, "k": previous, "p": previous, "ArrowLeft": previous,
            "g": first, "Home": first, "G": last, "End": last,
            "]": function () { step(others, 1); }, "[": function () { step(others, -1); },
            "b": function () { body.classList.toggle("show-before"); },
            "Escape": function () { if (current) current.blur(); select(null, false); }
          };
          document.addEventListener("keydown", function (event) {
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            var action = keys[event.key];
            if (!action) return;
            event.preventDefault();
            action();
          });
          edits.concat(others).forEach(function (element) {
            element.addEventListener("click", function () { select(element, false); });
            element.addEventListener("focus", function () { if (current !== element) select(element, false); });
          });
          // A row of the lists selects the place that shows its edit or finding.
          var placeOf = {};
          edits.concat(others).forEach(function (element) {
            ids(element, "data-edits").concat(ids(element, "data-held")).forEach(function (id) { placeOf["edit-" + id] = element; });
            ids(element, "data-findings").forEach(function (id) { placeOf["finding-" + id] = element; });
          });
          document.addEventListener("click", function (event) {
            var row = event.target.closest && event.target.closest("tr[data-edit], tr[data-finding]");
            if (row && placeOf[row.id]) select(placeOf[row.id], true);
          });
          window.thainormReview = {
            places: edits.length, highlighted: highlighted, others: others.length,
            next: function () { step(edits, 1); return current && current.id; },
            previous: function () { step(edits, -1); return current && current.id; }
          };
          // "#keys=jjk" in the address: press these keys now (→ and ← for the arrow keys), for
          // tests and for links to a place.
          var replay = /(?:^#|&)keys=([^&]*)/.exec(location.hash);
          if (replay) {
            var names = { "→": "ArrowRight", "←": "ArrowLeft" };
            Array.from(decodeURIComponent(replay[1])).forEach(function (key) {
              document.dispatchEvent(new KeyboardEvent("keydown", { key: names[key] || key, bubbles: true }));
            });
          }
        })();

        """#
}
