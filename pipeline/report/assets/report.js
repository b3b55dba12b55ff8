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

  // A searchable, paged table over n rows; cells are built only for the page shown.
  function list(container, spec) {
    const input = el("input", { type: "search", placeholder: "Search " + spec.name + "…", "aria-label": "search " + spec.name });
    const info = el("span", { class: "info" });
    const prev = el("button", { type: "button" }, "‹ previous");
    const next = el("button", { type: "button" }, "next ›");
    const tbody = el("tbody");
    const heads = spec.cols.map((c) => el("th", { class: (c.num ? "num " : "") + (c.key ? "sortable" : ""), title: c.key ? "sort" : null }, c.h));
    const thead = el("thead", {}, el("tr", {}, ...heads));
    container.append(el("div", { class: "controls" }, input, prev, next, info), el("table", {}, thead, tbody));
    let hay = null;
    let rows = [...Array(spec.n).keys()];
    let page = 0;
    function draw() {
      tbody.replaceChildren();
      const start = page * PAGE;
      for (const i of rows.slice(start, start + PAGE)) {
        tbody.append(el("tr", {}, ...spec.cols.map((c) => el("td", { class: c.num ? "num" : null }, c.cell(i)))));
      }
      const end = Math.min(start + PAGE, rows.length);
      info.textContent = rows.length ? `${start + 1}–${end} of ${rows.length}` : "no matches";
      prev.disabled = page === 0;
      next.disabled = end >= rows.length;
    }
    input.addEventListener("input", () => {
      const q = input.value.trim().toLowerCase();
      if (!hay) hay = [...Array(spec.n).keys()].map((i) => spec.text(i).toLowerCase());
      rows = [...Array(spec.n).keys()].filter((i) => !q || hay[i].includes(q));
      page = 0;
      draw();
    });
    let sortCol = -1, sortDir = 1;
    heads.forEach((th, ci) => {
      const key = spec.cols[ci].key;
      if (!key) return;
      th.addEventListener("click", () => {
        sortDir = sortCol === ci ? -sortDir : (spec.cols[ci].num ? -1 : 1);
        sortCol = ci;
        const cmp = (a, b) => {
          const x = key(a), y = key(b);
          if (x === y) return a - b;
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          return (x < y ? -1 : 1) * sortDir;
        };
        rows.sort(cmp);
        heads.forEach((h) => h.removeAttribute("data-sort"));
        th.dataset.sort = sortDir > 0 ? "asc" : "desc";
        page = 0;
        draw();
      });
    });
    prev.addEventListener("click", () => { page = Math.max(0, page - 1); draw(); });
    next.addEventListener("click", () => { page += 1; draw(); });
    draw();
  }

  function entityList(name, t, extraCols) {
    return {
      name, n: t.ent.length,
      text: (i) => [entName(t.ent[i]), t.aliases[i], t.type ? t.type[i] : "", t.roles ? t.roles[i] : "", t.orgs ? t.orgs[i] : ""].join(" "),
      cols: [
        { h: "name", cell: (i) => entLink(t.ent[i]), key: (i) => entName(t.ent[i]).toLowerCase() },
        ...extraCols,
        { h: "aliases", cell: (i) => t.aliases[i] || "" },
        { h: "documents", num: true, cell: (i) => fmt(t.n_documents[i]), key: (i) => t.n_documents[i] },
        { h: "mentions", num: true, cell: (i) => fmt(t.n_mentions[i]), key: (i) => t.n_mentions[i] },
        { h: "first", cell: (i) => fmt(t.first[i]), key: (i) => t.first[i] },
        { h: "last", cell: (i) => fmt(t.last[i]), key: (i) => t.last[i] },
      ],
    };
  }

  function specs() {
    const out = {};
    if (D.organisations) out.organisations = entityList("organisations", D.organisations, [{ h: "type", cell: (i) => fmt(D.organisations.type[i]), key: (i) => D.organisations.type[i] }]);
    if (D.places) out.places = entityList("places", D.places, [{ h: "type", cell: (i) => fmt(D.places.type[i]), key: (i) => D.places.type[i] }]);
    if (D.people) {
      out.people = entityList("people", D.people, [
        { h: "roles", cell: (i) => D.people.roles[i] || "" },
        { h: "organisations", cell: (i) => D.people.orgs[i] || "" },
      ]);
    }
    const r = D.roles;
    if (r) {
      out.roles = {
        name: "roles", n: r.doc.length,
        text: (i) => [r.person_name[i], r.role[i], r.role_text[i], r.org_name[i], docTitle(r.doc[i])].join(" "),
        cols: [
          { h: "person", cell: (i) => entLink(r.person[i], r.person_name[i]), key: (i) => r.person_name[i] },
          { h: "role", cell: (i) => fmt(r.role[i]), key: (i) => r.role[i] },
          { h: "as written", cell: (i) => fmt(r.role_text[i]) },
          { h: "organisation", cell: (i) => (r.org_name[i] ? entLink(r.org[i], r.org_name[i]) : "–") },
          { h: "source sentence", cell: (i) => docLink(r.doc[i], r.sent[i]) },
        ],
      };
    }
    const t = D.dates;
    if (t) {
      out.dates = {
        name: "dated events", n: t.doc.length,
        text: (i) => [t.text[i], t.value[i], t.start[i], t.gran[i], docTitle(t.doc[i])].join(" "),
        cols: [
          { h: "start", cell: (i) => fmt(t.start[i]), key: (i) => t.start[i] },
          { h: "end", cell: (i) => fmt(t.end[i]) },
          { h: "as written", cell: (i) => fmt(t.text[i]) },
          { h: "value", cell: (i) => fmt(t.value[i]) },
          { h: "granularity", cell: (i) => fmt(t.gran[i]), key: (i) => t.gran[i] },
          { h: "source sentence", cell: (i) => docLink(t.doc[i], t.sent[i]) },
        ],
      };
    }
    const d = D.docs;
    const topicLabel = (i) => (d.topic[i] === null || !D.topics ? "" : D.topics[d.topic[i]] || String(d.topic[i]));
    out.docs = {
      name: "documents (title, keywords, text)", n: d.id.length,
      text: (i) => [d.title[i], d.path[i], d.status[i], d.publisher[i], (d.kw[i] || []).join(" "), topicLabel(i), d.text[i] || ""].join(" "),
      cols: [
        { h: "title", cell: (i) => docLink(i) },
        { h: "published", cell: (i) => fmt(d.published[i]), key: (i) => d.published[i] },
        { h: "status", cell: (i) => d.status[i], key: (i) => d.status[i] },
        { h: "keywords", cell: (i) => (d.kw[i] || []).slice(0, 5).join(", ") },
        { h: "main topic", cell: (i) => topicLabel(i) },
        { h: "path", cell: (i) => el("code", {}, d.path[i]) },
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

  function route() {
    const m = location.hash.match(/^#(entity|doc)\/(\d+)(?:\/(\d+))?$/);
    if (!m || !D) return;
    if (m[1] === "entity") showEntity(Number(m[2]));
    else showDoc(Number(m[2]), m[3] === undefined ? null : Number(m[3]));
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
      if (spec) list(node, spec);
      else node.append(el("p", { class: "empty" }, "No " + node.dataset.list + " table."));
    });
    document.body.addEventListener("click", (ev) => {
      const m = ev.target.closest("mark.ent[data-ent]");
      if (m) location.hash = "#entity/" + m.dataset.ent;
    });
    window.addEventListener("hashchange", route);
    if (/^#(entity|doc)\//.test(location.hash)) route();
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
