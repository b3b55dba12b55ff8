// The report's lists, document viewer and evidence panel. Plain JS, no libraries: the data is a gzip-compressed JSON
// object in #report-data (see pipeline/report/page.py), decompressed with the browser's DecompressionStream.
(function () {
  "use strict";
  const PAGE = 25;
  let D = null;
  let entMentions = null; // entity index -> mention indices, built on first use
  let mentionDoc = null; // mention index -> document index

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }
  const fmt = (x) => (x === null || x === undefined ? "–" : String(x));
  const entName = (e) => (e >= 0 ? D.ents.name[e] : "");
  const entLabel = (e) => (e >= 0 && D.ents.label[e] >= 0 ? D.labels[D.ents.label[e]] : "");
  const entLink = (e, text) => (e >= 0 ? el("a", { href: "#entity/" + e, class: "entlink" }, text || entName(e)) : fmt(text));
  const docTitle = (d) => D.docs.title[d] || D.docs.path[d];
  const docLink = (d, s) => el("a", { href: "#doc/" + d + (s === null || s === undefined ? "" : "/" + s) }, docTitle(d));

  async function loadData() {
    const b64 = document.getElementById("report-data").textContent.trim();
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    if (typeof DecompressionStream === "undefined") {
      throw new Error("this browser lacks DecompressionStream; open the report in a current Chrome, Edge, Firefox or Safari");
    }
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }

  // Lists by name, so other parts of the page can set their filters (a topic click filters the documents).
  const LISTS = {};

  function csvCell(v) {
    const t = v === null || v === undefined ? "" : String(v);
    return /[",\n\r]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }

  // Offers `text` as a file download (a blob: URL, which the CSP allows without any network request) and keeps
  // it on window.lastExport, where the browser test reads it.
  function download(name, text) {
    window.lastExport = { name, text };
    const url = URL.createObjectURL(new Blob(["\ufeff" + text], { type: "text/csv;charset=utf-8" }));
    const a = el("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function filterControl(f, onChange) {
    if (f.kind === "date") {
      const input = el("input", { type: "date", "aria-label": f.label, title: f.label });
      input.addEventListener("change", () => onChange(input.value || null));
      return { node: el("label", { class: "filter" }, f.label + " ", input), input };
    }
    const select = el("select", { "aria-label": f.label }, el("option", { value: "" }, f.label + ": all"));
    for (const [value, text] of f.options) select.append(el("option", { value: String(value) }, text));
    select.addEventListener("change", () => onChange(select.value === "" ? null : select.value));
    return { node: select, input: select };
  }

  // A searchable, filterable, paged table over n rows; cells are built only for the page shown. "CSV" exports
  // every row the search and filters leave (all pages), with the columns shown.
  function list(container, spec, key) {
    const input = el("input", { type: "search", placeholder: "Search " + spec.name + "…", "aria-label": "search " + spec.name });
    const info = el("span", { class: "info" });
    const prev = el("button", { type: "button" }, "‹ previous");
    const next = el("button", { type: "button" }, "next ›");
    const exportButton = el("button", { type: "button", class: "export" }, "CSV");
    const tbody = el("tbody");
    const heads = spec.cols.map((c) => el("th", { class: (c.num ? "num " : "") + (c.key ? "sortable" : ""), title: c.key ? "sort" : null }, c.h));
    const thead = el("thead", {}, el("tr", {}, ...heads));
    const values = {};
    const controls = {};
    const filterBar = el("div", { class: "filters" });
    for (const f of spec.filters || []) {
      const c = filterControl(f, (v) => { values[f.id] = v; apply(); });
      controls[f.id] = c.input;
      filterBar.append(c.node);
    }
    container.append(el("div", { class: "controls" }, input, prev, next, exportButton, info));
    if ((spec.filters || []).length) container.append(filterBar);
    container.append(el("table", {}, thead, tbody));
    let hay = null;
    let rows = [...Array(spec.n).keys()];
    let page = 0;
    let sortCol = -1, sortDir = 1;
    function draw() {
      tbody.replaceChildren();
      const start = page * PAGE;
      for (const i of rows.slice(start, start + PAGE)) {
        tbody.append(el("tr", {}, ...spec.cols.map((c) => el("td", { class: c.num ? "num" : null }, c.cell(i)))));
      }
      const end = Math.min(start + PAGE, rows.length);
      info.textContent = rows.length ? `${start + 1}–${end} of ${rows.length}` : "no matches";
      container.dataset.rows = String(rows.length);
      prev.disabled = page === 0;
      next.disabled = end >= rows.length;
    }
    function sortRows() {
      if (sortCol < 0) return;
      const keyOf = spec.cols[sortCol].key;
      rows.sort((a, b) => {
        const x = keyOf(a), y = keyOf(b);
        if (x === y) return a - b;
        if (x === null || x === undefined) return 1;
        if (y === null || y === undefined) return -1;
        return (x < y ? -1 : 1) * sortDir;
      });
    }
    function apply() {
      const q = input.value.trim().toLowerCase();
      if (q && !hay) hay = [...Array(spec.n).keys()].map((i) => spec.text(i).toLowerCase());
      const active = (spec.filters || []).filter((f) => values[f.id] !== null && values[f.id] !== undefined);
      rows = [...Array(spec.n).keys()].filter((i) => (!q || hay[i].includes(q)) && active.every((f) => f.test(i, values[f.id])));
      sortRows();
      page = 0;
      draw();
    }
    input.addEventListener("input", apply);
    heads.forEach((th, ci) => {
      if (!spec.cols[ci].key) return;
      th.addEventListener("click", () => {
        sortDir = sortCol === ci ? -sortDir : (spec.cols[ci].num ? -1 : 1);
        sortCol = ci;
        sortRows();
        heads.forEach((h) => h.removeAttribute("data-sort"));
        th.dataset.sort = sortDir > 0 ? "asc" : "desc";
        page = 0;
        draw();
      });
    });
    prev.addEventListener("click", () => { page = Math.max(0, page - 1); draw(); });
    next.addEventListener("click", () => { page += 1; draw(); });
    exportButton.addEventListener("click", () => {
      const cols = spec.cols.filter((c) => c.value);
      const lines = [cols.map((c) => csvCell(c.h)).join(",")];
      for (const i of rows) lines.push(cols.map((c) => csvCell(c.value(i))).join(","));
      download(key + ".csv", lines.join("\r\n") + "\r\n");
    });
    LISTS[key] = {
      setFilter(id, value) {
        values[id] = value;
        if (controls[id]) controls[id].value = value === null ? "" : String(value);
        apply();
      },
    };
    draw();
  }

  const cellText = (v) => (Array.isArray(v) ? v.join(" · ") : v);
  const distinct = (arr) => [...new Set(arr.filter((x) => x !== null && x !== undefined && x !== ""))].sort();
  const topicOptions = () => Object.keys(D.topics || {}).map((t) => [t, t + ": " + D.topics[t]]);
  const hasAny = (arr) => Array.isArray(arr) && arr.some((x) => x !== null && x !== undefined);

  // Filters of an entity list: type, registry-linked, Swedish or foreign, active in a date range, topic.
  function entityFilters(t) {
    const out = [];
    if (t.type) out.push({ id: "type", label: "type", options: distinct(t.type).map((x) => [x, x]), test: (i, v) => t.type[i] === v });
    if (hasAny(t.registry)) {
      out.push({ id: "registry", label: "registry", options: [["yes", "registry-linked"], ["no", "not in the registry"]],
        test: (i, v) => (v === "yes") === Boolean(t.registry[i]) });
    }
    if (hasAny(t.scope)) {
      out.push({ id: "scope", label: "Swedish/foreign", options: [["se", "Swedish"], ["foreign", "foreign"], ["unknown", "unknown"]],
        test: (i, v) => (t.scope[i] || "unknown") === v });
    }
    out.push({ id: "from", label: "last seen from", kind: "date", test: (i, v) => t.last[i] !== null && t.last[i] >= v });
    out.push({ id: "to", label: "first seen until", kind: "date", test: (i, v) => t.first[i] !== null && t.first[i] <= v });
    if (D.topics && t.topics) {
      out.push({ id: "topic", label: "topic", options: topicOptions(), test: (i, v) => (t.topics[i] || []).includes(Number(v)) });
    }
    return out;
  }

  function entityList(name, t, extraCols) {
    return {
      name, n: t.ent.length, filters: entityFilters(t),
      text: (i) => [entName(t.ent[i]), t.aliases[i], t.type ? t.type[i] : "", t.roles ? t.roles[i] : "", t.orgs ? t.orgs[i] : ""].join(" "),
      cols: [
        { h: "name", cell: (i) => entLink(t.ent[i]), key: (i) => entName(t.ent[i]).toLowerCase(), value: (i) => entName(t.ent[i]) },
        ...extraCols,
        { h: "aliases", cell: (i) => t.aliases[i] || "", value: (i) => t.aliases[i] },
        { h: "documents", num: true, cell: (i) => fmt(t.n_documents[i]), key: (i) => t.n_documents[i], value: (i) => t.n_documents[i] },
        { h: "mentions", num: true, cell: (i) => fmt(t.n_mentions[i]), key: (i) => t.n_mentions[i], value: (i) => t.n_mentions[i] },
        { h: "first", cell: (i) => fmt(t.first[i]), key: (i) => t.first[i], value: (i) => t.first[i] },
        { h: "last", cell: (i) => fmt(t.last[i]), key: (i) => t.last[i], value: (i) => t.last[i] },
        ...(hasAny(t.registry) ? [{ h: "registry", cell: (i) => (t.registry[i] ? "yes" : "no"), value: (i) => (t.registry[i] ? "yes" : "no") }] : []),
        ...(hasAny(t.scope) ? [{ h: "Swedish/foreign", cell: (i) => fmt(t.scope[i] === "se" ? "Swedish" : t.scope[i]), value: (i) => t.scope[i] }] : []),
      ],
    };
  }

  function specs() {
    const out = {};
    const typeCol = (t) => ({ h: "type", cell: (i) => fmt(t.type[i]), key: (i) => t.type[i], value: (i) => t.type[i] });
    if (D.organisations) out.organisations = entityList("organisations", D.organisations, [typeCol(D.organisations)]);
    if (D.places) out.places = entityList("places", D.places, [typeCol(D.places)]);
    if (D.people) {
      out.people = entityList("people", D.people, [
        { h: "roles", cell: (i) => D.people.roles[i] || "", value: (i) => cellText(D.people.roles[i]) },
        { h: "organisations", cell: (i) => D.people.orgs[i] || "", value: (i) => cellText(D.people.orgs[i]) },
      ]);
    }
    const r = D.roles;
    if (r) {
      out.roles = {
        name: "roles", n: r.doc.length,
        text: (i) => [r.person_name[i], r.role[i], r.role_text[i], r.org_name[i], docTitle(r.doc[i])].join(" "),
        cols: [
          { h: "person", cell: (i) => entLink(r.person[i], r.person_name[i]), key: (i) => r.person_name[i], value: (i) => r.person_name[i] },
          { h: "role", cell: (i) => fmt(r.role[i]), key: (i) => r.role[i], value: (i) => r.role[i] },
          { h: "as written", cell: (i) => fmt(r.role_text[i]), value: (i) => r.role_text[i] },
          { h: "organisation", cell: (i) => (r.org_name[i] ? entLink(r.org[i], r.org_name[i]) : "–"), value: (i) => r.org_name[i] },
          { h: "source sentence", cell: (i) => docLink(r.doc[i], r.sent[i]), value: (i) => docTitle(r.doc[i]) },
        ],
      };
    }
    const t = D.dates;
    if (t) {
      out.dates = {
        name: "dated events", n: t.doc.length,
        filters: [
          { id: "from", label: "from", kind: "date", test: (i, v) => t.start[i] !== null && t.start[i] >= v },
          { id: "to", label: "until", kind: "date", test: (i, v) => t.start[i] !== null && t.start[i] <= v },
        ],
        text: (i) => [t.text[i], t.value[i], t.start[i], t.gran[i], docTitle(t.doc[i])].join(" "),
        cols: [
          { h: "start", cell: (i) => fmt(t.start[i]), key: (i) => t.start[i], value: (i) => t.start[i] },
          { h: "end", cell: (i) => fmt(t.end[i]), value: (i) => t.end[i] },
          { h: "as written", cell: (i) => fmt(t.text[i]), value: (i) => t.text[i] },
          { h: "value", cell: (i) => fmt(t.value[i]), value: (i) => t.value[i] },
          { h: "granularity", cell: (i) => fmt(t.gran[i]), key: (i) => t.gran[i], value: (i) => t.gran[i] },
          { h: "source sentence", cell: (i) => docLink(t.doc[i], t.sent[i]), value: (i) => docTitle(t.doc[i]) },
        ],
      };
    }
    const d = D.docs;
    const topicLabel = (i) => (d.topic[i] === null || !D.topics ? "" : D.topics[d.topic[i]] || String(d.topic[i]));
    const docFilters = [];
    if (hasAny(d.genre)) docFilters.push({ id: "genre", label: "genre", options: distinct(d.genre).map((g) => [g, g.replace(/_/g, " ")]), test: (i, v) => d.genre[i] === v });
    if (D.topics) docFilters.push({ id: "topic", label: "main topic", options: topicOptions(), test: (i, v) => d.topic[i] === Number(v) });
    docFilters.push({ id: "from", label: "published from", kind: "date", test: (i, v) => d.published[i] !== null && d.published[i] >= v });
    docFilters.push({ id: "to", label: "until", kind: "date", test: (i, v) => d.published[i] !== null && d.published[i] <= v });
    docFilters.push({ id: "status", label: "status", options: distinct(d.status).map((x) => [x, x]), test: (i, v) => d.status[i] === v });
    out.docs = {
      name: "documents (title, keywords, text)", n: d.id.length, filters: docFilters,
      text: (i) => [d.title[i], d.path[i], d.status[i], d.publisher[i], (d.kw[i] || []).join(" "), topicLabel(i), d.text[i] || ""].join(" "),
      cols: [
        { h: "title", cell: (i) => docLink(i), value: (i) => docTitle(i) },
        { h: "published", cell: (i) => fmt(d.published[i]), key: (i) => d.published[i], value: (i) => d.published[i] },
        { h: "status", cell: (i) => d.status[i], key: (i) => d.status[i], value: (i) => d.status[i] },
        ...(hasAny(d.genre) ? [{ h: "genre", cell: (i) => fmt(d.genre[i]), key: (i) => d.genre[i], value: (i) => d.genre[i] }] : []),
        { h: "keywords", cell: (i) => (d.kw[i] || []).slice(0, 5).join(", "), value: (i) => (d.kw[i] || []).join(" · ") },
        { h: "main topic", cell: (i) => topicLabel(i), value: (i) => topicLabel(i) },
        { h: "path", cell: (i) => el("code", {}, d.path[i]), value: (i) => d.path[i] },
      ],
    };
    return out;
  }

  // Sentence row (index into D.sent arrays) of sentence number s in document d, or -1.
  function sentenceRow(d, s) {
    if (!D.sent || s === null || s === undefined) return -1;
    const lo = D.sent.off[d], hi = D.sent.off[d + 1];
    if (lo + s < hi && D.sent.num[lo + s] === s) return lo + s;
    for (let k = lo; k < hi; k++) if (D.sent.num[k] === s) return k;
    return -1;
  }

  function mark(text, e) {
    const label = entLabel(e);
    const node = el("mark", { class: "ent", "data-label": label || "?", "data-ent": e >= 0 ? String(e) : null, title: entName(e) }, text);
    node.append(el("span", { class: "lbl" }, label || "?"));
    return node;
  }

  // Text [from, to) of document d with its mentions highlighted (overlapping mentions: the first one wins).
  function highlighted(d, from, to) {
    const text = D.docs.text[d];
    const frag = document.createDocumentFragment();
    let pos = from;
    if (D.ment) {
      for (let k = D.ment.off[d]; k < D.ment.off[d + 1]; k++) {
        const s = D.ment.start[k], e = D.ment.end[k];
        if (s < pos || e > to) continue;
        if (s >= to) break;
        if (s > pos) frag.append(text.slice(pos, s));
        frag.append(mark(text.slice(s, e), D.ment.ent[k]));
        pos = e;
      }
    }
    if (pos < to) frag.append(text.slice(pos, to));
    return frag;
  }

  function showDoc(d, s, scroll = true) {
    const view = document.getElementById("doc-view");
    const docs = D.docs;
    const head = el("div", { class: "doc-head" },
      el("h3", {}, docTitle(d)),
      el("p", { class: "meta" }, [docs.path[d], docs.published[d] || "undated", docs.publisher[d] || "", docs.status[d]].filter(Boolean).join(" · ")),
      docs.url[d] ? el("p", { class: "meta" }, "source: ", el("code", {}, docs.url[d])) : null,
      el("p", { class: "kw" }, ...(docs.kw[d] || []).map((k) => el("span", { class: "chip" }, k))));
    const body = el("div", { class: "doc-text" });
    const text = docs.text[d];
    if (text === null) {
      missingText(d, body);
    } else {
      let pos = 0;
      const hasSent = D.sent && D.sent.off[d + 1] > D.sent.off[d];
      if (hasSent) {
        for (let k = D.sent.off[d]; k < D.sent.off[d + 1]; k++) {
          const a = D.sent.start[k], b = D.sent.end[k];
          if (a < pos) continue;
          if (a > pos) body.append(text.slice(pos, a));
          const span = el("span", { class: "sent", id: "s-" + D.sent.num[k] });
          span.append(highlighted(d, a, b));
          body.append(span);
          pos = b;
        }
      }
      if (pos < text.length) body.append(highlighted(d, pos, text.length));
    }
    view.replaceChildren(head, body);
    let target = view;
    if (s !== undefined && s !== null) {
      const sent = document.getElementById("s-" + s);
      if (sent) { sent.classList.add("focus"); target = sent; }
    }
    if (scroll) target.scrollIntoView({ block: "center" });
  }

  // A document whose text the report does not embed (report.max_text_chars): fetched from `kompetens serve` when
  // the page came from it, else the command that prints it.
  function missingText(d, body) {
    const docs = D.docs;
    if (docs.status[d] !== "ok") {
      body.append(el("p", { class: "empty" }, docs.detail[d] || "No text for this document."));
      return;
    }
    const command = el("code", {}, "kompetens doc " + docs.id[d]);
    body.append(el("p", { class: "empty" }, "Text not embedded in this file. Read it with ", command,
      ", or open the report through ", el("code", {}, "kompetens serve"), "."));
    if (!location.protocol.startsWith("http")) return;
    fetch("doc/" + encodeURIComponent(docs.id[d]) + ".json").then((r) => (r.ok ? r.json() : null)).then((j) => {
      if (!j || j.text === null) return;
      const frag = document.createDocumentFragment();
      let pos = 0;
      for (const [s, e, label, name] of j.mentions) {
        if (s < pos || e > j.text.length) continue;
        if (s > pos) frag.append(j.text.slice(pos, s));
        const node = el("mark", { class: "ent", "data-label": label, title: name }, j.text.slice(s, e));
        node.append(el("span", { class: "lbl" }, label));
        frag.append(node);
        pos = e;
      }
      frag.append(j.text.slice(pos));
      body.replaceChildren(frag);
    }).catch(() => {});
  }

  function buildMentionIndex() {
    entMentions = new Map();
    mentionDoc = new Int32Array(D.ment ? D.ment.ent.length : 0);
    if (!D.ment) return;
    for (let d = 0; d + 1 < D.ment.off.length; d++) {
      for (let k = D.ment.off[d]; k < D.ment.off[d + 1]; k++) mentionDoc[k] = d;
    }
    D.ment.ent.forEach((e, k) => {
      if (!entMentions.has(e)) entMentions.set(e, []);
      entMentions.get(e).push(k);
    });
  }

  function showEntity(e) {
    if (!entMentions) buildMentionIndex();
    const panel = document.getElementById("evidence");
    const found = entMentions.get(e) || [];
    const close = el("button", { type: "button", class: "close" }, "×");
    close.addEventListener("click", () => { panel.hidden = true; });
    const items = el("ol", { class: "sentences" });
    const more = el("button", { type: "button" }, "more");
    let shown = 0;
    function drawMore() {
      for (const k of found.slice(shown, shown + PAGE)) {
        const d = mentionDoc[k];
        const row = sentenceRow(d, D.ment.sent[k]);
        const a = row >= 0 ? D.sent.start[row] : Math.max(0, D.ment.start[k] - 120);
        const b = row >= 0 ? D.sent.end[row] : D.ment.end[k] + 120;
        items.append(el("li", {}, el("p", { class: "src" }, docLink(d, D.ment.sent[k])), el("p", {}, highlighted(d, a, b))));
      }
      shown = Math.min(found.length, shown + PAGE);
      more.hidden = shown >= found.length;
    }
    more.addEventListener("click", drawMore);
    panel.replaceChildren(close, el("h3", {}, entName(e)),
      el("p", { class: "meta" }, `${entLabel(e)} · ${found.length} mentions in the documents shown in this report`),
      items, more);
    drawMore();
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  // --- Terms over time -------------------------------------------------------------------------------------
  const SVGNS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs, text) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function termDocs(term) {
    const deltas = (D.terms || {})[term];
    if (!deltas) return null;
    let last = 0;
    return deltas.map((x) => (last += x));
  }

  // A dated ok document's period ("2023" or "2023-05"); null when it has none (a month is unknown for a date
  // known only to its year), as `kompetens trend` counts.
  function periodOf(i, unit) {
    const p = D.docs.published[i];
    if (!p || D.docs.status[i] !== "ok") return null;
    if (unit === "month") return D.docs.prec[i] === "year" ? null : p.slice(0, 7);
    return p.slice(0, 4);
  }

  function allPeriods(unit) {
    const seen = [];
    for (let i = 0; i < D.docs.id.length; i++) { const p = periodOf(i, unit); if (p) seen.push(p); }
    if (!seen.length) return [];
    seen.sort();
    const out = [];
    let [y, m] = seen[0].split("-").map(Number);
    const last = seen[seen.length - 1];
    for (;;) {
      const p = unit === "month" ? `${y}-${String(m).padStart(2, "0")}` : String(y);
      out.push(p);
      if (p >= last) break;
      if (unit === "month") { m += 1; if (m > 12) { m = 1; y += 1; } } else y += 1;
    }
    return out;
  }

  function termTrend(term, unit) {
    const docs = termDocs(term) || [];
    const periods = allPeriods(unit);
    const at = new Map(periods.map((p, k) => [p, k]));
    const rows = periods.map((p) => ({ period: p, n: 0, dated: 0, docs: [] }));
    for (let i = 0; i < D.docs.id.length; i++) { const p = periodOf(i, unit); if (p) rows[at.get(p)].dated += 1; }
    for (const i of docs) { const p = periodOf(i, unit); if (p) { rows[at.get(p)].n += 1; rows[at.get(p)].docs.push(i); } }
    return rows;
  }

  function drawTrend(rows, term, onPick) {
    const W = 900, H = 220, L = 44, B = 34, T = 16, R = 10;
    const top = Math.max(1, ...rows.map((r) => r.n));
    const svg = svgEl("svg", { class: "chart trend", width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img" });
    const plotW = W - L - R, plotH = H - B - T, step = plotW / Math.max(rows.length, 1);
    svg.append(svgEl("line", { x1: L, y1: T, x2: L, y2: T + plotH, class: "axis" }));
    svg.append(svgEl("line", { x1: L, y1: T + plotH, x2: W - R, y2: T + plotH, class: "axis" }));
    for (const v of [0, Math.round(top / 2), top]) {
      const y = T + plotH - (plotH * v) / top;
      svg.append(svgEl("text", { x: L - 4, y: y + 4, "text-anchor": "end", class: "tick" }, String(v)));
    }
    svg.append(svgEl("text", { x: 4, y: 10, class: "tick" }, "documents"));
    const every = Math.max(1, Math.ceil(rows.length / 14));
    rows.forEach((r, k) => {
      const h = (plotH * r.n) / top, x = L + k * step;
      const bar = svgEl("rect", { x: x + step * 0.1, y: T + plotH - h, width: Math.max(step * 0.8, 1), height: Math.max(h, 0), class: "bar", "data-period": r.period });
      const share = r.dated ? (100 * r.n) / r.dated : 0;
      bar.append(svgEl("title", {}, `${r.period}: ${r.n} of ${r.dated} dated documents contain “${term}” (${share.toFixed(1)} %)`));
      const hit = svgEl("rect", { x, y: T, width: step, height: plotH, class: "hit", "data-period": r.period });
      hit.append(svgEl("title", {}, `${r.period}: ${r.n} of ${r.dated} documents (${share.toFixed(1)} %)`));
      for (const node of [bar, hit]) node.addEventListener("click", () => onPick(r));
      svg.append(hit, bar);
      if (r.n && step >= 14) svg.append(svgEl("text", { x: x + step / 2, y: T + plotH - h - 3, "text-anchor": "middle", class: "val" }, String(r.n)));
      if (k % every === 0) svg.append(svgEl("text", { x: x + step / 2, y: H - B + 14, "text-anchor": "middle", class: "tick" }, r.period));
    });
    svg.append(svgEl("text", { x: L + plotW / 2, y: H - 4, "text-anchor": "middle", class: "tick" }, "share of the period's dated documents in each column's tooltip; click a column for its documents"));
    return svg;
  }

  function setupTerms() {
    const input = document.getElementById("term-input");
    if (!input) return;
    const unitSel = document.getElementById("term-unit");
    const chart = document.getElementById("term-chart");
    const docsBox = document.getElementById("term-docs");
    const info = document.getElementById("term-info");
    const suggest = document.getElementById("term-suggest");
    const terms = Object.keys(D.terms || {});
    let current = [];
    function pick(r) {
      const items = r.docs.map((i) => el("li", {}, docLink(i), " ", el("span", { class: "meta" }, D.docs.published[i] || "")));
      docsBox.replaceChildren(el("h3", {}, `${r.period}: ${r.n} documents containing “${input.value.trim().toLowerCase()}”`), el("ol", { class: "term-docs" }, ...items));
      docsBox.dataset.period = r.period;
    }
    function update() {
      const term = input.value.trim().toLowerCase();
      docsBox.replaceChildren();
      if (term.length >= 2) {
        const near = terms.filter((t) => t.startsWith(term)).slice(0, 20);
        suggest.replaceChildren(...near.map((t) => el("option", { value: t })));
      }
      if (!term) { chart.replaceChildren(); info.textContent = ""; current = []; return; }
      if (!termDocs(term)) {
        chart.replaceChildren(el("p", { class: "empty" }, `“${term}” is not among the indexed terms (it is in fewer than two documents, or is not a lemma or keyword).`));
        info.textContent = "";
        current = [];
        return;
      }
      current = termTrend(term, unitSel.value);
      const total = current.reduce((a, r) => a + r.n, 0);
      info.textContent = `${total} dated documents contain “${term}”`;
      chart.replaceChildren(drawTrend(current, term, pick));
    }
    input.addEventListener("input", update);
    unitSel.addEventListener("change", update);
    document.getElementById("term-csv").addEventListener("click", () => {
      const term = input.value.trim().toLowerCase();
      const lines = ["period,term,n_documents,n_dated,share"];
      for (const r of current) lines.push([r.period, csvCell(term), r.n, r.dated, r.dated ? (r.n / r.dated).toFixed(6) : 0].join(","));
      download("trend-" + term + ".csv", lines.join("\r\n") + "\r\n");
    });
  }

  // --- Co-mention network: an organisation's own neighbourhood on click ----------------------------------------
  function setupNetwork() {
    const svg = document.querySelector("#network svg.network");
    const panel = document.getElementById("network-panel");
    if (!svg || !panel) return;
    const nodes = [...svg.querySelectorAll("g[data-node]")];
    const edges = [...svg.querySelectorAll("path.edge")];
    const name = (i) => nodes[i].querySelector("title").textContent.replace(/ \([^)]*\): .*$/, "");
    function reset() {
      svg.classList.remove("focused");
      for (const n of [...nodes, ...edges]) n.classList.remove("on", "chosen");
      panel.replaceChildren(el("p", { class: "empty" }, "No organisation chosen."));
      delete panel.dataset.node;
    }
    function choose(i) {
      if (panel.dataset.node === String(i)) { reset(); return; }
      svg.classList.add("focused");
      for (const n of [...nodes, ...edges]) n.classList.remove("on", "chosen");
      nodes[i].classList.add("on", "chosen");
      const neighbours = [];
      for (const e of edges) {
        const a = Number(e.dataset.a), b = Number(e.dataset.b);
        if (a !== i && b !== i) continue;
        e.classList.add("on");
        const other = a === i ? b : a;
        nodes[other].classList.add("on");
        neighbours.push([other, Number(e.dataset.w)]);
      }
      neighbours.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      const href = nodes[i].dataset.href;
      panel.replaceChildren(
        el("h3", {}, name(i)),
        el("p", { class: "meta" }, `${neighbours.length} co-mentioned organisations among those shown`, " · ", href ? el("a", { href }, "sentences") : ""),
        el("ol", { class: "neighbours" }, ...neighbours.map(([o, w]) => {
          const li = el("li", {}, el("a", { href: "#network", "data-node": String(o) }, name(o)), ` — ${w} documents`);
          li.querySelector("a").addEventListener("click", (ev) => { ev.preventDefault(); choose(o); });
          return li;
        })));
      panel.dataset.node = String(i);
    }
    nodes.forEach((g, i) => g.addEventListener("click", () => choose(i)));
    svg.addEventListener("click", (ev) => { if (!ev.target.closest("g[data-node]")) reset(); });
  }

  function notFound(message) {
    const view = document.getElementById("doc-view");
    view.replaceChildren(el("p", { class: "bad" }, message));
    view.scrollIntoView({ block: "center" });
  }

  function route() {
    if (!D) return;
    const m = location.hash.match(/^#(entity|doc|topic)\/(\d+)(?:\/(\d+))?$/);
    if (!m) return;
    const n = Number(m[2]);
    if (m[1] === "entity") {
      if (n < D.ents.id.length) showEntity(n);
      else notFound(`No entity ${n} in this report (it has ${D.ents.id.length}).`);
    } else if (m[1] === "doc") {
      if (n < D.docs.id.length) showDoc(n, m[3] === undefined ? null : Number(m[3]));
      else notFound(`No document ${n} in this report (it has ${D.docs.id.length}).`);
    } else if (LISTS.docs) {
      if (!D.topics || !(String(n) in D.topics)) { notFound(`No topic ${n} in this report.`); return; }
      LISTS.docs.setFilter("topic", String(n));
      document.getElementById("documents").scrollIntoView();
    }
  }

  async function main() {
    try {
      D = await loadData();
    } catch (err) {
      document.body.dataset.error = String(err);
      document.querySelector("main").prepend(el("p", { class: "bad banner" }, "The report's data could not be read: " + err.message));
      return;
    }
    const all = specs();
    document.querySelectorAll("[data-list]").forEach((node) => {
      const spec = all[node.dataset.list];
      if (spec) list(node, spec, node.dataset.list);
      else node.append(el("p", { class: "empty" }, "No " + node.dataset.list + " table."));
    });
    document.body.addEventListener("click", (ev) => {
      const m = ev.target.closest("mark.ent[data-ent]");
      if (m) location.hash = "#entity/" + m.dataset.ent;
    });
    setupTerms();
    setupNetwork();
    window.addEventListener("hashchange", route);
    if (/^#(entity|doc|topic)\//.test(location.hash)) route();
    else {
      // Open the first document that has highlighted entities, so the viewer is never empty.
      const first = D.ment ? D.docs.id.findIndex((_, d) => D.ment.off[d + 1] > D.ment.off[d]) : -1;
      const d = first >= 0 ? first : D.docs.text.findIndex((t) => t !== null);
      if (d >= 0) showDoc(d, null, false);
      if (location.hash.length > 1) document.getElementById(location.hash.slice(1))?.scrollIntoView();
    }
    // For the browser test: how many resources the page fetched (the CSP forbids any; this shows none was tried).
    document.body.dataset.resources = String(performance.getEntriesByType("resource").length);
    document.body.dataset.ready = "1";
  }
  main();
})();
