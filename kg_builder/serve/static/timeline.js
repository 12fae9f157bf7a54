// A bar chart of events per month; drag across it to choose a range of months (brushing).
// kgTimeline(element, [[month, count], ...], onBrush(fromMonth|null, toMonth|null))
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  function el(name, attrs) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  window.kgTimeline = function (container, months, onBrush) {
    container.textContent = "";
    if (!months.length) {
      var p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No dated events.";
      container.appendChild(p);
      return { select: function () {} };
    }
    var width = Math.max(container.clientWidth || 600, 200), height = 110, pad = 18;
    var max = Math.max.apply(null, months.map(function (m) { return m[1]; }));
    var step = (width - 2 * pad) / months.length;
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, "aria-label": "events per month" });
    var bars = months.map(function (m, i) {
      var h = m[1] ? Math.max(2, (height - 2 * pad) * m[1] / max) : 0;
      var bar = el("rect", { x: pad + i * step + 1, y: height - pad - h, width: Math.max(1, step - 2),
                             height: h, "class": "bar on", "data-month": m[0] });
      var title = el("title", {}); title.textContent = m[0] + ": " + m[1] + " events";
      bar.appendChild(title);
      svg.appendChild(bar);
      return bar;
    });
    var labelEvery = Math.ceil(months.length / 12);
    months.forEach(function (m, i) {
      if (i % labelEvery === 0) {
        var t = el("text", { x: pad + i * step, y: height - 4 }); t.textContent = m[0]; svg.appendChild(t);
      }
    });
    container.appendChild(svg);
    function indexAt(evt) {
      var box = svg.getBoundingClientRect();
      var x = (evt.clientX - box.left) * width / box.width;
      return Math.min(months.length - 1, Math.max(0, Math.floor((x - pad) / step)));
    }
    function paint(a, b) {
      bars.forEach(function (bar, i) { bar.setAttribute("class", (a === null || (i >= a && i <= b)) ? "bar on" : "bar"); });
    }
    var start = null;
    svg.addEventListener("pointerdown", function (evt) { start = indexAt(evt); paint(start, start); svg.setPointerCapture(evt.pointerId); });
    svg.addEventListener("pointermove", function (evt) {
      if (start === null) return;
      var i = indexAt(evt); paint(Math.min(start, i), Math.max(start, i));
    });
    svg.addEventListener("pointerup", function (evt) {
      if (start === null) return;
      var i = indexAt(evt), a = Math.min(start, i), b = Math.max(start, i);
      start = null;
      onBrush(months[a][0], months[b][0]);
    });
    return {
      select: function (from, to) {
        if (!from && !to) { paint(null); return; }
        var a = 0, b = months.length - 1;
        months.forEach(function (m, i) { if (from && m[0] < from) a = i + 1; if (to && m[0] <= to) b = i; });
        paint(a, b);
      }
    };
  };
})();
