/* timeline report runtime: tooltips, lane switch and the events table.
   All document text comes from the JSON data block and is either escaped
   (tooltips, which ECharts renders as HTML) or set with textContent. */
"use strict";
window.TimelineReport = window.TimelineReport || (function () {
  var reports = {};

  /* load parses a report's data block once; the charts may need it (for
     labels) before init runs. */
  function load(prefix) {
    if (!reports[prefix]) {
      var block = document.getElementById(prefix + "-data");
      if (!block) { return null; }
      reports[prefix] = {prefix: prefix, data: JSON.parse(block.textContent), mode: "type"};
    }
    return reports[prefix];
  }

  function esc(s) {
    return String(s == null ? "" : s)
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  function cut(s, n) {
    s = String(s || "");
    return s.length > n ? s.slice(0, n - 1) + "…" : s;
  }

  function docName(r, i) {
    var d = r.data.docs[i];
    if (!d) { return ""; }
    return d.title ? d.title + " (" + d.id + ")" : d.id;
  }

  function safeHref(u) {
    return /^https?:\/\//i.test(u || "") ? u : "";
  }

  /* tip builds the tooltip of a timeline item or marker line. */
  function tip(prefix, p) {
    var r = reports[prefix];
    if (!r || !p) { return ""; }
    if (p.componentType === "markLine") { return esc(p.name); }
    var v = p.value;
    if (!v || v.length < 6 || !r.data.events[v[5]]) { return esc(p.seriesName); }
    var e = r.data.events[v[5]], t = r.data.types[e.t] || {};
    var h = '<div class="tl-tip"><div class="tl-tip-date">' + esc(e.d);
    if (e.inf) { h += ' <span class="tl-tip-inf">year inferred</span>'; }
    h += '</div><div><span class="tl-tip-type" style="color:' + esc(t.color) + '">&#9679; ' +
      esc(t.label) + "</span>";
    if (e.st && e.st !== "reported") { h += " · " + esc(e.st); }
    h += "</div>";
    if (e.su) { h += '<div class="tl-tip-sum">' + esc(e.su) + "</div>"; }
    if (e.a && e.a.length) { h += "<div><b>Actors:</b> " + esc(e.a.join(", ")) + "</div>"; }
    if (e.l) { h += "<div><b>Location:</b> " + esc(e.l) + "</div>"; }
    h += '<div class="tl-tip-sent">“' + esc(cut(e.se, 600)) + "”</div>";
    h += '<div class="tl-tip-doc">' + esc(docName(r, e.doc));
    if (e.more) {
      h += "<br>+ " + e.more + " more sentence" + (e.more > 1 ? "s" : "");
      if (e.also && e.also.length) {
        h += " (also in " + esc(e.also.map(function (d) { return docName(r, d); }).join("; ")) + ")";
      }
    }
    h += "</div></div>";
    return h;
  }

  /* label is the text written beside a timeline item (canvas text). */
  function label(prefix, idx) {
    var r = load(prefix), e = r && r.data.events[idx];
    if (!e) { return ""; }
    return (e.inf ? "≈ " : "") + (e.su || (r.data.types[e.t] || {}).label || "");
  }

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text != null) { n.textContent = text; }
    return n;
  }

  /* sentenceCell writes the sentence with its trigger marked, as text nodes. */
  function sentenceCell(e) {
    var td = el("td", "tl-sent"), s = e.se || "", tr = e.tr || "";
    var i = tr ? s.toLowerCase().indexOf(tr.toLowerCase()) : -1;
    if (i < 0) { td.textContent = s; return td; }
    td.appendChild(document.createTextNode(s.slice(0, i)));
    td.appendChild(el("mark", null, s.slice(i, i + tr.length)));
    td.appendChild(document.createTextNode(s.slice(i + tr.length)));
    return td;
  }

  function row(r, idx) {
    var e = r.data.events[idx], t = r.data.types[e.t] || {};
    var tr = el("tr");
    tr.setAttribute("data-event", String(idx));
    var date = el("td", "tl-date", e.d);
    if (e.inf) { date.className += " tl-inferred"; date.title = "year inferred, not stated in the text"; }
    tr.appendChild(date);
    var type = el("td", "tl-type");
    var sw = el("span", "tl-swatch");
    sw.style.background = t.color || "#999";
    type.appendChild(sw);
    type.appendChild(document.createTextNode(t.label || ""));
    tr.appendChild(type);
    tr.appendChild(el("td", "tl-status", e.st || ""));
    tr.appendChild(el("td", "tl-event", e.su || ""));
    tr.appendChild(el("td", "tl-actors", (e.a || []).join(", ")));
    tr.appendChild(el("td", "tl-loc", e.l || ""));
    tr.appendChild(sentenceCell(e));
    var doc = el("td", "tl-doc"), d = r.data.docs[e.doc], href = d ? safeHref(d.url) : "";
    var label = d ? (d.title || d.id) : "";
    if (d && d.title) { doc.title = d.id; }
    if (href) {
      var a = el("a", null, label);
      a.href = href;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      doc.appendChild(a);
    } else {
      doc.textContent = label;
    }
    if (e.more) {
      var also = (e.also || []).map(function (k) { var o = r.data.docs[k]; return o ? (o.title || o.id) : ""; });
      var more = el("div", "tl-more", "+ " + e.more + " more sentence" + (e.more > 1 ? "s" : ""));
      if (also.length) { more.title = "also in: " + also.join("; "); more.textContent += ", " + also.length + " more document" + (also.length > 1 ? "s" : ""); }
      doc.appendChild(more);
    }
    tr.appendChild(doc);
    return tr;
  }

  var sortKeys = {
    date: function (r, e) { return e.k; },
    type: function (r, e) { return (r.data.types[e.t] || {}).label || ""; },
    status: function (r, e) { return e.st || ""; },
    summary: function (r, e) { return (e.su || "").toLowerCase(); },
    actors: function (r, e) { return (e.a || []).join(", ").toLowerCase(); },
    location: function (r, e) { return (e.l || "").toLowerCase(); },
    doc: function (r, e) { return docName(r, e.doc).toLowerCase(); }
  };

  /* Table is one paginated table over a list of event indexes. */
  function Table(r, table, pager, all) {
    this.r = r; this.table = table; this.pager = pager;
    this.all = all; this.rows = all; this.page = 0;
    var self = this;
    if (pager) {
      pager.querySelector(".tl-prev").addEventListener("click", function () { self.go(self.page - 1); });
      pager.querySelector(".tl-next").addEventListener("click", function () { self.go(self.page + 1); });
    }
  }
  Table.prototype.pages = function () {
    return Math.max(1, Math.ceil(this.rows.length / this.r.data.pageSize));
  };
  Table.prototype.go = function (page) {
    var size = this.r.data.pageSize;
    this.page = Math.max(0, Math.min(page, this.pages() - 1));
    var body = this.table.tBodies[0], frag = document.createDocumentFragment();
    var from = this.page * size, to = Math.min(this.rows.length, from + size);
    for (var i = from; i < to; i++) { frag.appendChild(row(this.r, this.rows[i])); }
    body.textContent = "";
    body.appendChild(frag);
    if (this.pager) {
      this.pager.querySelector(".tl-page").textContent = this.rows.length ?
        "rows " + (from + 1) + "–" + to + " of " + this.rows.length + " · page " + (this.page + 1) + " of " + this.pages() :
        this.all.length ? "no matching events" : "none";
      this.pager.querySelector(".tl-prev").disabled = this.page === 0;
      this.pager.querySelector(".tl-next").disabled = this.page >= this.pages() - 1;
    }
  };
  Table.prototype.filter = function (match) {
    this.rows = match ? this.all.filter(match) : this.all;
    this.go(0);
  };
  Table.prototype.sort = function (key, dir) {
    var r = this.r, f = sortKeys[key], ev = r.data.events;
    var cmp = function (a, b) {
      var x = f(r, ev[a]), y = f(r, ev[b]);
      if (x < y) { return -dir; }
      if (x > y) { return dir; }
      return a - b;
    };
    this.all = this.all.slice().sort(cmp);
    this.rows = this.rows.slice().sort(cmp);
    this.go(0);
  };
  Table.prototype.show = function (idx) {
    var pos = this.rows.indexOf(idx);
    if (pos < 0) { return false; }
    this.go(Math.floor(pos / this.r.data.pageSize));
    var tr = this.table.querySelector('tr[data-event="' + idx + '"]');
    if (tr) {
      var old = this.table.querySelector("tr.tl-hit");
      if (old) { old.classList.remove("tl-hit"); }
      tr.classList.add("tl-hit");
      tr.scrollIntoView({block: "center"});
    }
    return true;
  };

  function haystack(r, e) {
    var t = r.data.types[e.t] || {};
    var also = (e.also || []).map(function (d) { return docName(r, d); }).join(" ");
    return [e.d, e.v, t.label, t.key, e.st, e.su, (e.a || []).join(" "), e.l, e.se, docName(r, e.doc), also]
      .join("\n").toLowerCase();
  }

  function setupTable(r) {
    var root = r.root, data = r.data;
    var dated = [], undated = [];
    r.hay = new Array(data.events.length);
    for (var i = 0; i < data.events.length; i++) {
      r.hay[i] = haystack(r, data.events[i]);
      (data.events[i].dt ? dated : undated).push(i);
    }
    var dt = root.querySelector("table.tl-dated"), ut = root.querySelector("table.tl-undated");
    r.dated = new Table(r, dt, root.querySelector(".tl-dated-pager"), dated);
    r.undated = ut ? new Table(r, ut, root.querySelector(".tl-undated-pager"), undated) : null;
    var input = root.querySelector(".tl-filter"), count = root.querySelector(".tl-count");
    var apply = function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var match = words.length ? function (i) {
        for (var w = 0; w < words.length; w++) {
          if (r.hay[i].indexOf(words[w]) < 0) { return false; }
        }
        return true;
      } : null;
      r.dated.filter(match);
      if (r.undated) { r.undated.filter(match); }
      var shown = r.dated.rows.length + (r.undated ? r.undated.rows.length : 0);
      var n = data.events.length;
      count.textContent = words.length ? shown + " of " + n + (n === 1 ? " event matches" : " events match") :
        n + (n === 1 ? " event" : " events");
    };
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(apply, data.events.length > 2000 ? 150 : 0);
    });
    r.applyFilter = apply;
    var sortState = {key: "date", dir: 1};
    var buttons = dt.querySelectorAll("th button[data-sort]");
    Array.prototype.forEach.call(buttons, function (b) {
      b.addEventListener("click", function () {
        var key = b.getAttribute("data-sort");
        sortState.dir = sortState.key === key ? -sortState.dir : 1;
        sortState.key = key;
        Array.prototype.forEach.call(buttons, function (o) { o.removeAttribute("aria-sort"); o.parentNode.removeAttribute("aria-sort"); });
        b.parentNode.setAttribute("aria-sort", sortState.dir > 0 ? "ascending" : "descending");
        r.dated.sort(key, sortState.dir);
        if (r.undated && key !== "date") { r.undated.sort(key, sortState.dir); }
      });
    });
    dt.querySelector('th button[data-sort="date"]').parentNode.setAttribute("aria-sort", "ascending");
    apply();
  }

  /* setLanes switches the timeline between lanes by type and by actor. */
  function setLanes(r, mode) {
    var view = mode === "actor" ? r.data.byActor : r.byType;
    var series = view.series.map(function (d) { return {data: d}; });
    r.chart.getDom().style.height = view.height + "px";
    r.chart.resize();
    r.chart.setOption({yAxis: {data: view.lanes}, series: series});
    r.mode = mode;
    Array.prototype.forEach.call(r.root.querySelectorAll(".tl-lane-btn"), function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-lanes") === mode));
    });
  }

  function init(prefix) {
    var root = document.getElementById(prefix), r = load(prefix);
    if (!root || !r) { return; }
    r.root = root;
    if (typeof echarts === "undefined") {
      var note = el("p", "tl-error", "ECharts is not loaded: add echarts.min.js 5.4.3 to the page before this report.");
      root.insertBefore(note, root.firstChild);
      return;
    }
    var main = document.getElementById(prefix + "0"), months = document.getElementById(prefix + "1");
    r.chart = main ? echarts.getInstanceByDom(main) : null;
    r.months = months ? echarts.getInstanceByDom(months) : null;
    if (r.chart) {
      var opt = r.chart.getOption();
      r.byType = {lanes: opt.yAxis[0].data, height: r.data.typeHeight, series: []};
      for (var i = 0; i < r.data.byActor.series.length; i++) { r.byType.series.push(opt.series[i].data); }
      Array.prototype.forEach.call(root.querySelectorAll(".tl-lane-btn"), function (b) {
        b.addEventListener("click", function () { setLanes(r, b.getAttribute("data-lanes")); });
      });
      var all = root.querySelector(".tl-all-btn");
      if (all) {
        all.addEventListener("click", function () {
          r.chart.dispatchAction({type: "dataZoom", start: 0, end: 100});
        });
      }
      r.chart.on("click", function (p) {
        if (!r.dated || !p.value || p.value.length < 6) { return; }
        var idx = p.value[5];
        if (!r.dated.show(idx)) {
          root.querySelector(".tl-filter").value = "";
          r.applyFilter();
          r.dated.show(idx);
        }
      });
    }
    if (r.data.table) {
      setupTable(r);
      if (r.months) {
        /* A click on a month (or year) shows its events in the table. */
        r.months.on("click", function (p) {
          var input = root.querySelector(".tl-filter");
          input.value = p.name;
          r.applyFilter();
          input.scrollIntoView({block: "start"});
        });
      }
    }
    root.setAttribute("data-ready", "true");
  }

  window.addEventListener("resize", function () {
    Object.keys(reports).forEach(function (k) {
      var r = reports[k];
      if (r.chart) { r.chart.resize(); }
      if (r.months) { r.months.resize(); }
    });
  });

  return {init: init, tip: tip, label: label, esc: esc, reports: reports, setLanes: setLanes};
})();
