(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.bead"));
  var slider = document.getElementById("min-score");
  var shown = document.getElementById("shown");
  function apply() {
    if (!slider) { return; }
    var min = parseFloat(slider.value);
    var n = 0;
    rows.forEach(function (r) {
      var hide = parseFloat(r.getAttribute("data-score")) < min;
      r.classList.toggle("hidden", hide);
      if (!hide) { n++; }
    });
    document.getElementById("min-score-value").textContent = min.toFixed(2);
    shown.textContent = n + " of " + rows.length + " beads shown";
  }
  if (slider) { slider.addEventListener("input", apply); apply(); }
  function visible() { return rows.filter(function (r) { return !r.classList.contains("hidden"); }); }
  function move(step, from) {
    var v = visible();
    var at = v.indexOf(from);
    var next = v[Math.max(0, Math.min(v.length - 1, at < 0 ? 0 : at + step))];
    if (next) { next.focus(); }
  }
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target && e.target.tagName === "INPUT")) { return; }
    var row = document.activeElement && document.activeElement.classList && document.activeElement.classList.contains("bead") ? document.activeElement : null;
    if (e.key === "j" || (row && e.key === "ArrowDown")) { move(1, row); e.preventDefault(); }
    else if (e.key === "k" || (row && e.key === "ArrowUp")) { move(-1, row); e.preventDefault(); }
    else if (e.key === "n") {
      var v = visible();
      var start = row ? v.indexOf(row) + 1 : 0;
      for (var i = start; i < v.length; i++) {
        if (parseFloat(v[i].getAttribute("data-score")) < 0.8) { v[i].focus(); break; }
      }
      e.preventDefault();
    }
  });
  var table = document.querySelector("table.index");
  if (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.querySelectorAll("th button"), function (button, col) {
      button.addEventListener("click", function () {
        var th = button.parentNode;
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.querySelectorAll("th"), function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var index = Array.prototype.indexOf.call(th.parentNode.children, th);
        var trs = Array.prototype.slice.call(body.rows);
        trs.sort(function (a, b) {
          var x = a.cells[index].getAttribute("data-sort");
          var y = b.cells[index].getAttribute("data-sort");
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return ascending ? c : -c;
        });
        trs.forEach(function (tr) { body.appendChild(tr); });
      });
    });
  }
}());
