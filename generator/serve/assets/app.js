// pleadkit serve: live reload over Server-Sent Events, and sortable tables.
"use strict";
(function () {
  var body = document.body;
  var live = body.getAttribute("data-live");
  var gen = Number(body.getAttribute("data-gen") || "0");
  var key = "pleadkit-scroll:" + location.pathname;
  var frame = document.getElementById("product");

  function reload() {
    try {
      if (frame && frame.contentWindow) {
        sessionStorage.setItem(key, String(frame.contentWindow.scrollY));
      } else {
        sessionStorage.setItem(key, String(window.scrollY));
      }
    } catch (e) {}
    location.reload();
  }

  function restore() {
    var y = Number(sessionStorage.getItem(key) || "0");
    sessionStorage.removeItem(key);
    if (!y) return;
    if (frame) {
      frame.addEventListener("load", function () {
        try { frame.contentWindow.scrollTo(0, y); } catch (e) {}
      });
    } else {
      window.scrollTo(0, y);
    }
  }
  restore();

  // current returns this page's generation from a map of case → generation.
  function current(gens) {
    if (live === "*") {
      var sum = 0;
      for (var k in gens) sum += gens[k];
      return sum;
    }
    return gens[live] || 0;
  }

  if (live && window.EventSource) {
    var es = new EventSource("/_pleadkit/events");
    es.addEventListener("state", function (ev) {
      var gens = JSON.parse(ev.data);
      if (current(gens) > gen) reload();
    });
    es.addEventListener("build", function (ev) {
      var e = JSON.parse(ev.data);
      if (live === "*" || live === e.case) reload();
    });
  }

  // Sortable tables: click a header to sort by it, again to reverse.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, col) {
      var type = th.getAttribute("data-type");
      if (!type) return;
      th.tabIndex = 0;
      th.classList.add("sort");
      function sort() {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var tbody = table.tBodies[0];
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
          var c = type === "num" ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
  });
})();
