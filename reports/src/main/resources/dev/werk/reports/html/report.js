/* werk report: sortable tables and the lazily rendered alignment view. Every number shown comes
   from the embedded results; this script only lays out tokens and reorders rows. Text from input
   files is only ever set with textContent, never parsed as HTML. */
(function () {
  "use strict";

  function byId(id) { return document.getElementById(id); }
  function json(id) { var e = byId(id); return e ? JSON.parse(e.textContent) : null; }

  /* ---------------------------------------------------------------- sortable tables */
  function cellKey(td) {
    if (!td) { return null; }
    var v = td.getAttribute("data-value");
    if (v !== null) { return v === "" ? null : parseFloat(v); }
    return td.textContent;
  }
  function sortTable(table, col, th) {
    var asc = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.querySelectorAll("th"), function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    Array.prototype.forEach.call(table.tBodies, function (tb) {
      var rows = Array.prototype.filter.call(tb.rows, function (r) { return !r.classList.contains("gh"); });
      var head = Array.prototype.filter.call(tb.rows, function (r) { return r.classList.contains("gh"); });
      rows.sort(function (a, b) {
        var x = cellKey(a.cells[col]), y = cellKey(b.cells[col]);
        if (x === y) { return 0; }
        if (x === null) { return 1; }           /* undefined values last either way */
        if (y === null) { return -1; }
        var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
        return asc ? c : -c;
      });
      head.concat(rows).forEach(function (r) { tb.appendChild(r); });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[table.tHead.rows.length - 1].cells, function (th, col) {
      th.addEventListener("click", function () { sortTable(table, col, th); });
    });
  });

  /* ---------------------------------------------------------------- alignment view */
  var page = json("werk-page");
  if (!page) { return; }
  var vocab = page.vocab, names = page.systems, base = page.baseline;
  var LINE = page.line;   /* reference tokens per alignment line */
  var PAGE = page.page;   /* lines rendered per "show more" */
  var filterSel = byId("werk-filter"), candSel = byId("werk-cand");
  var cache = {};

  function shownSystems() {
    var v = candSel ? candSel.value : "all";
    if (v === "all") { return names.map(function (n, i) { return i; }); }
    var c = parseInt(v, 10);
    return c === base ? [base] : [base, c];
  }

  /* Per reference position k: the insertions before it and the step on it; slot n holds the trailing insertions. */
  function slots(ops, hyp, refLen) {
    var ins = [], at = [], k = 0, h = 0, i;
    for (i = 0; i <= refLen; i++) { ins.push([]); at.push(null); }
    for (i = 0; i < ops.length; i++) {
      var o = ops.charAt(i);
      if (o === "I") { ins[k].push(h); h++; }
      else if (o === "D") { at[k] = ["D", -1]; k++; }
      else { at[k] = [o, h]; k++; h++; }
    }
    return { ins: ins, at: at };
  }

  function marks(spans, len) {
    var m = new Int32Array(len + 1).fill(-1);
    (spans || []).forEach(function (sp, n) { for (var j = sp[0]; j < sp[1]; j++) { m[j] = n; } });
    return m;
  }

  function buildLines(item) {
    var lines = [];
    item.u.forEach(function (u, ui) {
      var n = u.r.length;
      var per = u.s.map(function (s) {
        var ref = s.r || u.r;
        return { sl: slots(s.o, s.h, ref.length), h: s.h, ref: ref, fa: marks(s.fa, s.h.length), tm: s.tm || [] };
      });
      var term = marks(u.t, n);
      var a = 0;
      do {
        var b = Math.min(n, a + LINE);
        lines.push({ u: ui, a: a, b: b, last: b === n });
        a = b;
      } while (a < n);
      u._per = per; u._term = term;
    });
    return lines;
  }

  function span(cls, text) {
    var e = document.createElement("span");
    e.className = cls;
    e.textContent = text;
    return e;
  }

  function renderLine(item, ln, sys) {
    var u = item.u[ln.u], per = u._per, term = u._term;
    var div = document.createElement("div");
    div.className = "line";
    var lab = document.createElement("span");
    lab.className = "lab";
    lab.appendChild(span("", "ref"));
    sys.forEach(function (s) { lab.appendChild(span("", names[s])); });
    div.appendChild(lab);
    var err = false, hasTerm = false;
    function col(refText, refCls, cells) {
      var c = document.createElement("span");
      c.className = "col";
      c.appendChild(span("c " + refCls, refText));
      cells.forEach(function (x) { c.appendChild(span("c " + x[1], x[0])); });
      div.appendChild(c);
    }
    function insCols(k) {
      var w = 0;
      sys.forEach(function (s) { w = Math.max(w, per[s].sl.ins[k] ? per[s].sl.ins[k].length : 0); });
      for (var j = 0; j < w; j++) {
        col("", "g", sys.map(function (s) {
          var p = per[s], list = p.sl.ins[k] || [];
          if (j >= list.length) { return ["", "g"]; }
          err = true;
          var h = list[j], fa = p.fa[h] >= 0;
          if (fa) { hasTerm = true; }
          return [vocab[p.h[h]], "I" + (fa ? " fa" : "")];
        }));
      }
    }
    for (var k = ln.a; k < ln.b; k++) {
      insCols(k);
      var occ = term[k], isTerm = occ >= 0;
      if (isTerm) { hasTerm = true; }
      col(vocab[u.r[k]], "r" + (isTerm ? " term" : ""), sys.map(function (s) {
        var p = per[s], st = p.sl.at[k];
        if (!st) { return ["", "g"]; }
        var miss = isTerm && p.tm[occ] === "x" ? " miss" : "";
        if (st[0] !== "C") { err = true; }
        if (st[0] === "D") { return ["*".repeat(Math.max(1, vocab[u.r[k]].length)), "D" + miss]; }
        var fa = p.fa[st[1]] >= 0 ? " fa" : "";
        if (fa) { hasTerm = true; }
        return [vocab[p.h[st[1]]], st[0] + (isTerm ? " term" : "") + miss + fa];
      }));
    }
    if (ln.last) { insCols(u.r.length); }
    div.setAttribute("data-err", err ? "1" : "0");
    div.setAttribute("data-term", hasTerm ? "1" : "0");
    return div;
  }

  function render(det) {
    var k = det.getAttribute("data-item");
    var box = det.querySelector(".lines");
    var item = cache[k];
    if (!item) {
      item = json("werk-item-" + k);
      item._lines = buildLines(item);
      cache[k] = item;
    }
    box.textContent = "";
    box._shown = 0;
    box._lastU = undefined;
    more(det);
  }

  function more(det) {
    var k = det.getAttribute("data-item"), item = cache[k], box = det.querySelector(".lines");
    var sys = shownSystems(), lines = item._lines, end = Math.min(lines.length, box._shown + PAGE);
    var old = box.querySelector("button.more");
    if (old) { old.remove(); }
    var frag = document.createDocumentFragment(), lastU = box._lastU;
    for (var i = box._shown; i < end; i++) {
      var ln = lines[i];
      if (ln.u !== lastU && item.u.length > 1) { frag.appendChild(span("uttid", "utterance " + item.u[ln.u].id)); }
      lastU = ln.u;
      frag.appendChild(renderLine(item, ln, sys));
    }
    box._lastU = lastU;
    box._shown = end;
    box.appendChild(frag);
    if (end < lines.length) {
      var b = document.createElement("button");
      b.className = "more";
      b.textContent = "show " + Math.min(PAGE, lines.length - end) + " more of " + (lines.length - end) + " remaining lines";
      b.addEventListener("click", function () { more(det); });
      box.appendChild(b);
    }
  }

  function applyFilter() {
    var f = filterSel ? filterSel.value : "all";
    Array.prototype.forEach.call(document.querySelectorAll(".lines"), function (box) {
      box.classList.remove("f-err", "f-term", "f-any");
      if (f !== "all") { box.classList.add("f-" + f); }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("details.item"), function (det) {
    det.addEventListener("toggle", function () {
      if (det.open && !det._done) { det._done = true; render(det); applyFilter(); }
    });
  });
  if (filterSel) { filterSel.addEventListener("change", applyFilter); }
  if (candSel) {
    candSel.addEventListener("change", function () {
      Array.prototype.forEach.call(document.querySelectorAll("details.item"), function (det) {
        if (det._done) { render(det); }
      });
      applyFilter();
    });
  }
  document.documentElement.setAttribute("data-werk-ready", "1");
})();
