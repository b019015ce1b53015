/* kg explorer: an interactive view of one exported negotiation graph.
 *
 * All data comes from the JSON block #kg-data. Text from the data is only ever put into the
 * page with textContent (or as a Cytoscape canvas label), never as HTML, so names such as
 * "<script>…" are shown literally. Links to documents are made only for http(s) URLs.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var details = data.details || {};
  var documents = data.documents || {};
  var categories = data.categories || [];
  var colours = data.colours || {};
  var relationLabels = data.relations || {};

  // ---------------------------------------------------------------- helpers
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  // ---------------------------------------------------------------- the network
  var large = data.elements.nodes.length > 1500;
  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: data.elements,
    style: data.style.concat([
      { selector: ".hidden", style: { display: "none" } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#111" } },
      // a small graph shows every label at any zoom; a large one only when zoomed in
      { selector: "node", style: { "min-zoomed-font-size": data.elements.nodes.length > 250 ? 7 : 0 } },
      // straight edges are much cheaper to draw than bundled bezier curves
      { selector: "edge", style: large ? { "curve-style": "straight" } : {} },
    ]),
    layout: { name: "preset", fit: true, padding: 30 },
    minZoom: 0.02,
    maxZoom: 6,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    pixelRatio: large ? 1 : "auto",
  });

  var byId = {};
  cy.nodes().forEach(function (n) { byId[n.id()] = n; });
  var others = data.labels || {};  // nodes named in details but not part of this view
  function labelOf(id) { var n = byId[id]; return n ? n.data("label") : (others[id] ? others[id].label : id); }

  // ---------------------------------------------------------------- stats and legends
  var stats = document.getElementById("stats");
  function updateStats() {
    var nodes = cy.nodes().not(".hidden").length;
    var edges = cy.edges().filter(function (e) {
      return !e.hasClass("hidden") && !e.source().hasClass("hidden") && !e.target().hasClass("hidden");
    }).length;
    stats.textContent = nodes + " of " + cy.nodes().length + " nodes · " + edges + " of " + cy.edges().length +
      " edges shown · " + (data.view === "actors" ? "actor view: who met whom" : "full view");
    stats.dataset.nodes = String(nodes);
  }

  var catBox = document.getElementById("categories");
  var counts = {};
  cy.nodes().forEach(function (n) { var c = n.data("category"); counts[c] = (counts[c] || 0) + 1; });
  categories.forEach(function (c) {
    if (!counts[c]) return;
    var row = el("div", null, "row");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.id = "cat-" + c; box.value = c;
    box.addEventListener("change", applyFilters);
    var lab = el("label");
    lab.htmlFor = box.id;
    var sw = el("span", null, "swatch");
    sw.style.background = colours[c] || "#999";
    lab.appendChild(sw);
    lab.appendChild(document.createTextNode(c));
    row.appendChild(box); row.appendChild(lab); row.appendChild(el("span", counts[c], "count"));
    catBox.appendChild(row);
  });

  var edgeLegend = document.getElementById("edge-legend");
  var relCounts = {};
  cy.edges().forEach(function (e) { var r = e.data("label"); relCounts[r] = (relCounts[r] || 0) + 1; });
  Object.keys(relCounts).sort().forEach(function (r) {
    var row = el("div", null, "row");
    var sw = el("span", null, "swatch");
    var sample = cy.edges().filter(function (e) { return e.data("label") === r; })[0];
    sw.style.background = sample.style("line-color");
    var lab = el("label");
    lab.appendChild(sw); lab.appendChild(document.createTextNode(r));
    row.appendChild(lab); row.appendChild(el("span", relCounts[r], "count"));
    edgeLegend.appendChild(row);
  });
  document.getElementById("documents").textContent = Object.keys(documents).length + " documents";

  // ---------------------------------------------------------------- filters
  var since = document.getElementById("since");
  var until = document.getElementById("until");
  var undated = document.getElementById("undated");
  if (data.dateRange) {
    since.min = until.min = data.dateRange[0];
    since.max = until.max = data.dateRange[1];
  }
  [since, until, undated].forEach(function (i) { i.addEventListener("change", applyFilters); });
  document.getElementById("reset").addEventListener("click", function () {
    since.value = ""; until.value = ""; undated.checked = true;
    catBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    applyFilters();
  });

  function inRange(start, end) {
    if (!start && !end) return undated.checked;
    if (since.value && end && end < since.value) return false;
    if (until.value && start && start > until.value) return false;
    return true;
  }

  function applyFilters() {
    var shown = {};
    catBox.querySelectorAll("input").forEach(function (b) { shown[b.value] = b.checked; });
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var ok = shown[n.data("category")] !== false && inRange(n.data("start"), n.data("end"));
        n.toggleClass("hidden", !ok);
      });
      cy.edges().forEach(function (e) {
        var dated = e.data("start") || e.data("end");
        var ok = dated ? inRange(e.data("start"), e.data("end")) : true;
        e.toggleClass("hidden", !ok);
      });
    });
    updateStats();
  }

  // ---------------------------------------------------------------- search
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var index = cy.nodes().map(function (n) {
    return { id: n.id(), text: fold([n.data("label"), n.data("roles"), n.data("wikidata"), n.data("kind")].join(" ")) };
  });
  function runSearch() {
    var q = fold(search.value.trim());
    clear(results);
    if (!q) return;
    var hits = index.filter(function (x) { return x.text.indexOf(q) !== -1; });
    hits.sort(function (a, b) {
      var la = fold(labelOf(a.id)), lb = fold(labelOf(b.id));
      var pa = la.indexOf(q) === 0 ? 0 : 1, pb = lb.indexOf(q) === 0 ? 0 : 1;
      return pa - pb || (la < lb ? -1 : la > lb ? 1 : 0);
    });
    hits.slice(0, 50).forEach(function (h) {
      var li = el("li");
      var b = el("button", labelOf(h.id));
      b.type = "button";
      b.title = byId[h.id].data("category") + ": " + labelOf(h.id);
      var sw = el("span", null, "swatch");
      sw.style.background = colours[byId[h.id].data("category")] || "#999";
      b.insertBefore(sw, b.firstChild);
      b.addEventListener("click", function () { select(h.id, true); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (hits.length > 50) results.appendChild(el("li", (hits.length - 50) + " more…", "muted"));
    if (!hits.length) results.appendChild(el("li", "nothing found", "muted"));
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = results.querySelector("button");
      if (first) first.click();
    }
  });

  // ---------------------------------------------------------------- details
  var panel = document.getElementById("details");

  function nodeLink(id) {
    if (!byId[id]) {
      var o = others[id];
      return o ? el("span", o.label + (o.start ? " " + o.start : "") + " (not in this view)") : el("span", id);
    }
    var b = el("button", labelOf(id), "link");
    b.type = "button";
    b.addEventListener("click", function () { select(id, true); });
    return b;
  }
  function docLink(docId) {
    var info = documents[docId] || {};
    var text = info.title ? info.title + " (" + docId + ")" : docId;
    var url = safeUrl(info.url);
    if (!url) return el("span", text);
    var a = el("a", text);
    a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
    return a;
  }
  function section(title, items, render) {
    if (!items || !items.length) return;
    panel.appendChild(el("h2", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (it) { var li = el("li"); render(li, it); ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function field(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function evidenceItem(li, ev) {
    li.appendChild(el("span", ev.sentence, "sentence"));
    li.appendChild(document.createTextNode(" — "));
    li.appendChild(docLink(ev.doc));
  }

  function show(id) {
    var n = byId[id];
    var d = details[id] || {};
    clear(panel);
    var badge = el("span", n.data("category"), "badge");
    badge.style.background = colours[n.data("category")] || "#999";
    panel.appendChild(badge);
    panel.appendChild(el("h3", n.data("label")));
    var dl = el("dl");
    field(dl, "description", d.description);
    field(dl, "kind", n.data("kind"));
    field(dl, "roles", n.data("roles"));
    var qid = n.data("wikidata");
    if (qid && /^Q[1-9][0-9]*$/.test(qid)) {
      var a = el("a", qid);
      a.href = "https://www.wikidata.org/wiki/" + qid; a.target = "_blank"; a.rel = "noopener noreferrer";
      field(dl, "Wikidata", a);
    }
    var when = [n.data("start"), n.data("end")].filter(Boolean);
    if (when.length) field(dl, "active", when[0] === when[1] || when.length === 1 ? when[0] : when[0] + " – " + when[1]);
    field(dl, "date", d.date);
    field(dl, "time", d.time);
    field(dl, "status", d.status);
    field(dl, "type", d.type);
    field(dl, "duration", d.duration);
    field(dl, "outcome", d.outcome);
    if (d.location) field(dl, "location", nodeLink(d.location));
    if (d.proposer) field(dl, "proposer", nodeLink(d.proposer));
    field(dl, "points", d.number_of_points);
    field(dl, "degree", n.degree());
    panel.appendChild(dl);

    section("Participants", d.participants, function (li, x) { li.appendChild(nodeLink(x)); });
    section("Meetings", d.meetings, function (li, x) {
      li.appendChild(nodeLink(x));
      var m = byId[x];
      if (m && m.data("start") && m.data("label").indexOf(m.data("start")) === -1) {
        li.appendChild(el("span", " " + m.data("start"), "muted"));
      }
    });
    section("Proposals", d.proposals, function (li, x) { li.appendChild(nodeLink(x)); });
    section("Affiliations", d.affiliations, function (li, x) { li.appendChild(nodeLink(x)); });
    section("Content points", d.points, function (li, x) { li.textContent = x; });
    section("Responses", d.responses, function (li, r) {
      li.appendChild(r.actor === id ? el("span", "→ ") : nodeLink(r.actor));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", r.stance, "stance-" + r.stance));
      li.appendChild(document.createTextNode(" "));
      if (r.proposal !== id) li.appendChild(nodeLink(r.proposal));
      if (r.date) li.appendChild(el("span", " " + r.date, "muted"));
      (r.evidence || []).forEach(function (ev) { var q = el("div"); evidenceItem(q, ev); li.appendChild(q); });
    });
    section("Statements", d.statements, function (li, s) {
      if (s.speaker && s.speaker !== id) { li.appendChild(nodeLink(s.speaker)); li.appendChild(document.createTextNode(": ")); }
      li.appendChild(el("blockquote", s.direct ? "„" + s.quote + "“" : s.quote + " (reported)"));
      if (s.about && s.about.length) {
        li.appendChild(document.createTextNode("about "));
        s.about.forEach(function (x, i) { if (i) li.appendChild(document.createTextNode(", ")); li.appendChild(nodeLink(x)); });
        li.appendChild(document.createTextNode(" "));
      }
      (s.documents || []).forEach(function (doc) { li.appendChild(el("span", " — ")); li.appendChild(docLink(doc)); });
    });
    section("Source sentences", d.evidence, evidenceItem);
    var docs = String(n.data("document_ids") || "").split("; ").filter(Boolean);
    section("Documents", docs, function (li, x) { li.appendChild(docLink(x)); });
    var iri = el("p", n.id(), "muted");
    iri.style.fontSize = "11px";
    iri.style.wordBreak = "break-all";
    panel.appendChild(iri);
  }

  function select(id, centre) {
    var n = byId[id];
    if (!n) return;
    cy.nodes(".focus").removeClass("focus");
    cy.elements().unselect();
    n.addClass("focus");
    n.select();
    if (centre) cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    show(id);
  }

  cy.on("tap", "node", function (ev) { select(ev.target.id(), false); });
  cy.on("mouseover", "node", function (ev) { ev.target.connectedEdges().addClass("hover"); });

  applyFilters();
  // for scripted use (and the browser test): the Cytoscape instance and the actions
  window.kgExplorer = { cy: cy, select: select, search: runSearch, applyFilters: applyFilters };
  document.body.dataset.ready = "true";
})();
