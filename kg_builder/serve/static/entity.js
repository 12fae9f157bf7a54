// Entity page: the timeline filters the event list (brushing).
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  if (!box) return;
  var months = JSON.parse(box.getAttribute("data-months") || "[]");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#event-list tbody tr"));
  var note = document.getElementById("brush-note");
  var chart;
  function apply(from, to) {
    var shown = 0;
    rows.forEach(function (row) {
      var m = row.getAttribute("data-month");
      var on = !from || (m && m >= from && m <= to);
      row.classList.toggle("hidden", !on);
      if (on) shown++;
    });
    note.hidden = !from;
    note.textContent = from ? shown + " events from " + from + " to " + to + " " : "";
    if (from) {
      var clear = document.createElement("button");
      clear.type = "button"; clear.textContent = "show all";
      clear.addEventListener("click", function () { apply(null, null); chart.select(null, null); });
      note.appendChild(clear);
    }
  }
  chart = window.kgTimeline(box, months, apply);
})();
