// The actor network: cytoscape.js over /api/network; click a node to expand its neighbours,
// click an edge to read its sentences (/api/edge); the timeline (brushing) sets the date range.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var container = document.getElementById("cy");
  var statusLine = document.getElementById("status");
  var details = document.getElementById("details");
  var note = document.getElementById("brush-note");
  var chart = null;
  var KIND_COLORS = { Person: "#f4a261", State: "#4d8fe0", Group: "#b0b7c3" };
  function kindColor(kind) {
    if (KIND_COLORS[kind]) return KIND_COLORS[kind];
    if (/Organization|Company|Body|Party/.test(kind)) return "#5bb36a";
    if (/Place|City|Region/.test(kind)) return "#a77be0";
    return "#98a2b3";
  }

  var cy = cytoscape({
    container: container,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "data(color)", "width": "data(size)", "height": "data(size)",
          "text-outline-color": "#fff", "text-outline-width": 2, "color": "#1d2330" } },
      { selector: "node.expanded", style: { "border-width": 3, "border-color": "#1d2330" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#2f5bea" } },
      { selector: "edge", style: {
          "width": "data(width)", "line-color": "#c5cbd6", "target-arrow-color": "#c5cbd6",
          "target-arrow-shape": "triangle", "curve-style": "bezier", "arrow-scale": 0.9 } },
      { selector: "edge:selected", style: { "line-color": "#2f5bea", "target-arrow-color": "#2f5bea" } }
    ]
  });
  window.kgNetwork = { cy: cy, state: "loading" };

  function params(extra) {
    var data = new FormData(form), out = new URLSearchParams();
    var types = data.getAll("types");
    out.set("types", types.join(","));
    ["since", "until", "min_confidence"].forEach(function (k) { if (data.get(k)) out.set(k, data.get(k)); });
    Object.keys(extra || {}).forEach(function (k) { out.set(k, extra[k]); });
    return out;
  }
  function setState(state, text) {
    window.kgNetwork.state = state;
    container.setAttribute("data-state", state);
    statusLine.textContent = text;
  }
  function nodeData(n) {
    return { id: n.id, label: n.label, kind: n.kind, href: n.href, reports: n.reports,
             color: kindColor(n.kind), size: Math.min(60, 14 + 4 * Math.sqrt(n.reports)) };
  }
  function edgeData(e) {
    return { id: e.id, source: e.source, target: e.target, reports: e.reports,
             events: e.events, types: e.types, width: Math.min(14, 1 + 1.5 * Math.sqrt(e.reports)) };
  }
  function add(data) {
    var added = [];
    data.nodes.forEach(function (n) { if (cy.getElementById(n.id).empty()) added.push({ group: "nodes", data: nodeData(n) }); });
    data.edges.forEach(function (e) { if (cy.getElementById(e.id).empty()) added.push({ group: "edges", data: edgeData(e) }); });
    return cy.add(added);
  }
  function layout(fresh) {
    cy.layout({ name: "cose", animate: false, randomize: !!fresh, nodeRepulsion: function () { return 400000; },
                idealEdgeLength: function () { return 110; }, nodeOverlap: 20, padding: 30 }).run();
  }
  function clearDetails(text) {
    details.textContent = "";
    var p = document.createElement("p"); p.textContent = text; details.appendChild(p);
  }

  function load(pushUrl) {
    setState("loading", "Loading…");
    var query = params({ limit: 200 });
    if (pushUrl) history.replaceState(null, "", "/network?" + query.toString());
    return fetch("/api/network?" + query.toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status + " " + r.statusText); return r.json(); })
      .then(function (data) {
        cy.elements().remove();
        add(data);
        layout(true);
        cy.fit(undefined, 30);
        var f = data.filters;
        chart = window.kgTimeline(document.getElementById("timeline"), data.timeline, function (from, to) {
          form.elements.since.value = from; form.elements.until.value = to; load(true);
        });
        chart.select(f.since, f.until);
        note.hidden = !(f.since || f.until);
        note.textContent = (f.since || f.until) ? "Showing " + (f.since || "…") + " to " + (f.until || "…") + " " : "";
        if (f.since || f.until) {
          var clear = document.createElement("button"); clear.type = "button"; clear.textContent = "all dates";
          clear.addEventListener("click", function () { form.elements.since.value = ""; form.elements.until.value = ""; load(true); });
          note.appendChild(clear);
        }
        // the timeline and the note above the graph have moved it: read its place again, or a
        // click is hit-tested against where the graph was before they were drawn
        cy.resize();
        cy.fit(undefined, 30);
        setState("ready", data.nodes.length + " actors, " + data.edges.length + " edges (top 200 by reports)");
        clearDetails("Click a node to expand its neighbours; click an edge to read its sentences.");
      })
      .catch(function (err) { setState("error", "Could not load the network: " + err.message); });
  }

  function showNode(node, added) {
    details.textContent = "";
    var h = document.createElement("h3"), a = document.createElement("a");
    a.href = node.data("href"); a.textContent = node.data("label"); h.appendChild(a);
    var p = document.createElement("p"); p.className = "meta";
    p.textContent = node.data("kind") + " · " + node.neighborhood("node").length + " neighbours shown (" + added + " new)";
    details.appendChild(h); details.appendChild(p);
  }

  cy.on("tap", "node", function (evt) {
    var node = evt.target;
    setState("loading", "Expanding " + node.data("label") + "…");
    fetch("/api/network?" + params({ node: node.id(), limit: 50 }).toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        var added = add(data);
        node.addClass("expanded");
        if (added.length) {
          added.nodes().positions(function () {
            var p = node.position();
            return { x: p.x + (Math.random() - 0.5) * 160, y: p.y + (Math.random() - 0.5) * 160 };
          });
          layout();
        }
        showNode(node, added.nodes().length);
        cy.resize();  // the panel beside the graph may have changed the page around it
        setState("ready", cy.nodes().length + " actors, " + cy.edges().length + " edges");
      })
      .catch(function (err) { setState("error", "Could not expand: " + err.message); });
  });

  cy.on("tap", "edge", function (evt) {
    var edge = evt.target;
    setState("loading", "Reading sentences…");
    fetch("/api/edge?" + params({ agent: edge.data("source"), target: edge.data("target") }).toString(), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        details.textContent = "";
        var h = document.createElement("h3");
        h.textContent = cy.getElementById(edge.data("source")).data("label") + " → " + cy.getElementById(edge.data("target")).data("label");
        details.appendChild(h);
        var list = document.createElement("ol"); list.className = "edge-events";
        data.events.forEach(function (ev) {
          var li = document.createElement("li"), a = document.createElement("a");
          a.href = ev.href; a.textContent = ev.label + (ev.date ? " · " + ev.date : "");
          li.appendChild(a);
          ev.sentences.forEach(function (s) {
            var q = document.createElement("blockquote"); q.textContent = s.text; li.appendChild(q);
            var src = document.createElement("a"); src.className = "meta";
            src.href = "/id/article/" + encodeURIComponent(s.article); src.textContent = s.title || s.article;
            li.appendChild(src);
          });
          list.appendChild(li);
        });
        details.appendChild(list);
        setState("ready", data.events.length + " events on this edge");
      })
      .catch(function (err) { setState("error", "Could not read the edge: " + err.message); });
  });

  form.addEventListener("submit", function (evt) { evt.preventDefault(); load(true); });
  load(false);
})();
