"""The report page: server-rendered sections (run overview, charts) around the data the page's script lists.

The page is one file: CSS and JS are inlined from `assets/`, the data travels gzip-compressed and base64-encoded in
a <script type="application/octet-stream"> element, and a Content-Security-Policy forbids every network request
except to the page's own origin: an opened file has none, and `kompetens serve` answers the texts it does not embed.
"""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Callable
from html import escape
from importlib import resources
from typing import Any

from pipeline.report import svg
from pipeline.report.data import ReportData
from pipeline.report.state import Changes

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'"
# The page's sections in order: (key, title). Each key has a renderer in RENDERERS (ReportData -> HTML); a new view
# adds one entry to each (insert it where it belongs in SECTIONS).
SECTIONS = [
    ("run", "The run"),
    ("organisations", "Organisations"),
    ("people", "People and roles"),
    ("heads", "Heads over time"),
    ("timeline", "Timeline"),
    ("topics", "Topics"),
    ("terms", "Terms over time"),
    ("network", "Co-mentions"),
    ("documents", "Documents"),
]
MAX_LISTED_CHANGES = 50


def _asset(name: str) -> str:
    return resources.files("pipeline.report").joinpath("assets", name).read_text(encoding="utf-8")


def encode_blob(blob: dict[str, Any]) -> str:
    """Compact JSON, gzip (fixed mtime, so the same data gives the same bytes), base64.

    Level 3, not 6: on the 8,319-document report it compresses 19.6 MB of JSON in 0.5 s instead of 1.5 s, for a
    page 12 % larger; the report is rebuilt on every added document, so the second matters more than the size."""
    raw = json.dumps(blob, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=3, mtime=0)).decode("ascii")


def _table(head: list[str], rows: list[list[Any]], cls: str = "") -> str:
    if not rows:
        return '<p class="empty">None.</p>'
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _num(x: Any) -> str:
    return "–" if x is None else f"{x:,}".replace(",", " ")


def _entity_href(ent: int) -> str:
    return f"#entity/{ent}"


def _run(data: ReportData, changes: Changes) -> str:
    total = sum(n for _, n in data.statuses)
    parts = [f"<p><b>{_num(total)}</b> files in the corpus.</p>"]
    if data.manifest:
        complete = data.manifest.get("complete")
        parts.append(
            f'<p>Run <code>{escape(str(data.manifest.get("run_id")))}</code>: '
            + ('<span class="ok">complete</span>' if complete else '<span class="bad">incomplete</span>')
            + "</p>"
        )
    else:
        parts.append('<p class="empty">No outputs/manifest.json: run id and completeness unknown.</p>')
    parts.append('<div class="cols"><div><h3>Documents by status</h3>')
    parts.append(svg.hbars([svg.Bar(s, n) for s, n in data.statuses], width=420, label_width=120))
    parts.append("</div><div><h3>Rows per table</h3>")
    rows = []
    for name, info in data.tables.items():
        flags = []
        if info["rows"] is None:
            flags.append('<span class="bad">missing</span>')
        if info["manifest_rows"] is not None and info["manifest_rows"] != info["rows"]:
            flags.append(f'<span class="bad">manifest says {_num(info["manifest_rows"])}</span>')
        if info.get("manifest_stale"):  # the manifest: derived from an older version of a table it read
            flags.append(f'<span class="bad">stale, from run {escape(str(info["manifest_run_id"]))}</span>')
        rows.append([escape(name), _num(info["rows"]), escape(info["stage"] or ""), " ".join(flags)])
    parts.append(_table(["table", "rows", "stage", ""], rows, "num2"))
    parts.append("</div></div>")
    parts.append(f"<h3>Files not processed ({_num(data.n_failed)})</h3>")
    parts.append(
        _table(["path", "status", "reason"], [[escape(p), escape(s), escape(d)] for p, s, d in data.failed], "failed")
    )
    parts.append("<h3>Changes since the previous run</h3>")
    parts.append(_changes(changes))
    return "".join(parts)


def _listed(paths: list[str]) -> str:
    shown = ", ".join(f"<code>{escape(p)}</code>" for p in paths[:MAX_LISTED_CHANGES])
    more = len(paths) - MAX_LISTED_CHANGES
    return shown + (f" and {_num(more)} more" if more > 0 else "")


def _changes(c: Changes) -> str:
    if c.first_run:
        return '<p class="empty">No earlier run recorded (report.state_file); the next run is compared to this.</p>'
    items = []
    if c.previous_run_id:
        items.append(f"<li>Compared with run <code>{escape(str(c.previous_run_id))}</code>.</li>")
    for what, paths in (("added", c.added), ("removed", c.removed), ("changed content", c.changed)):
        if paths:
            items.append(f"<li>{_num(len(paths))} documents {what}: {_listed(paths)}</li>")
    if c.status_changed:
        shown = ", ".join(f"<code>{escape(p)}</code> {escape(a)} → {escape(b)}" for p, a, b in c.status_changed[:50])
        items.append(f"<li>{_num(len(c.status_changed))} status changes: {shown}</li>")
    for name, old, new in c.table_rows:
        items.append(f"<li>{escape(name)}: {_num(old)} → {_num(new)} rows</li>")
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>Nothing changed.</p>"


def _org_bars(rows: list[dict[str, Any]], key: str) -> str:
    return svg.hbars(
        [svg.Bar(r["name"], r[key], _entity_href(r["ent"]), r["type"] or "") for r in rows], colour=svg.SERIES[0]
    )


def _organisations(data: ReportData) -> str:
    if not data.org_top_documents:
        return '<p class="empty">No organisations table.</p>'
    return (
        '<div class="cols"><div><h3>Top by documents</h3>' + _org_bars(data.org_top_documents, "n_documents")
        + "</div><div><h3>Top by mentions</h3>" + _org_bars(data.org_top_mentions, "n_mentions") + "</div></div>"
        + "<h3>By type</h3>"
        + svg.hbars([svg.Bar(t, n, note=f"{m} mentions") for t, n, m in data.org_types], width=420, label_width=140)
        + '<h3>All organisations</h3><p class="hint">Click a name for the sentences it was found in.</p>'
        + '<div class="list" data-list="organisations"></div>'
        + '<h3>Places</h3><div class="list" data-list="places"></div>'
    )


def _people(data: ReportData) -> str:
    bars = svg.hbars(
        [svg.Bar(r["name"], r["n_documents"], _entity_href(r["ent"]), r["roles"] or "") for r in data.people_top],
        colour=svg.SERIES[4],
    )
    return (
        "<h3>Most mentioned people (documents)</h3>" + bars
        + '<h3>All people</h3><div class="list" data-list="people"></div>'
        + '<h3>Roles at organisations</h3><p class="hint">Each row links to the sentence it was read from.</p>'
        + '<div class="list" data-list="roles"></div>'
    )


def _heads(data: ReportData) -> str:
    """Per organisation, its heads on one time axis: a bar from the start (appointment day, else first document)
    to the last document naming them."""
    if not data.heads:
        return '<p class="empty">No heads in the tenures table.</p>'
    lo = min(h["since"] for h in data.heads)
    hi = max(h["until"] for h in data.heads)
    span = max((hi - lo).days, 1)
    out = [f'<p class="hint">{escape(str(lo))} – {escape(str(hi))}: from the appointment day (else the first '
           "document naming the person in the post) to the last document that does; tenures table.</p>"]
    by_org: dict[str, list[dict[str, Any]]] = {}
    for h in data.heads:
        by_org.setdefault(h["organisation"], []).append(h)
    for org, rows in by_org.items():
        body = []
        for h in rows:
            left = 100 * (h["since"] - lo).days / span
            width = max(100 * (h["until"] - h["since"]).days / span, 0.8)
            bar = (f'<span class="tenure" style="margin-left:{left:.1f}%;width:{width:.1f}%" '
                   f'title="{escape(str(h["since"]))} – {escape(str(h["until"]))}"></span>')
            who = escape(h["person"] or "")
            name = f'<a href="{_entity_href(h["ent"])}">{who}</a>' if h["ent"] >= 0 else who
            body.append([name, escape(h["role"] or ""), escape(str(h["since"])), escape(str(h["until"])),
                         escape(h["statuses"] or ""), _num(h["n_documents"]), f'<div class="tenure-axis">{bar}</div>'])
        out.append(f"<h3>{escape(org)}</h3>" + _table(["person", "post", "since", "last seen", "status",
                                                        "documents", "timeline"], body, "heads"))
    return "".join(out)


def _timeline(data: ReportData) -> str:
    earlier, later, undated = data.timeline_outside
    note = (
        f'<p class="hint">Dated events (dates.start_date) per period, from the earliest document date on; '
        f"{_num(earlier)} earlier events (history, below) and {_num(later)} later ones fall outside the chart, "
        f"{_num(undated)} have no calendar date (e.g. durations).</p>"
    )
    history = ""
    if data.timeline_history:
        history = (
            f"<details><summary>History: {_num(earlier)} dated events before the documents' own period, "
            "per decade</summary>" + svg.columns(data.timeline_history, colour=svg.SERIES[2]) + "</details>"
        )
    return note + svg.columns(data.timeline, colour=svg.SERIES[2]) + history + \
        '<div class="list" data-list="dates"></div>'


def _topics(data: ReportData) -> str:
    if not data.topics:
        return '<p class="empty">No topics table.</p>'
    top = max((max(t["series"]) for t in data.topics if t["series"]), default=0)
    periods = data.topic_periods
    span = f"{escape(periods[0])} – {escape(periods[-1])}" if periods else "no dated documents"
    rows = []
    for i, t in enumerate(data.topics):
        weights = t["weights"] or []
        terms = " ".join(
            f'<span class="chip" title="weight {w:.2f}">{escape(term)}</span>' if w is not None
            else f'<span class="chip">{escape(term)}</span>'
            for term, w in zip(t["terms"] or [], [*weights, *[None] * len(t["terms"] or [])], strict=False)
        )
        colour = svg.SERIES[i % len(svg.SERIES)]
        spark = svg.spark_axes(t["series"], t.get("counts") or [], periods, top, colour=colour)
        label = f'<a href="#topic/{int(t["topic_id"])}" class="topic-link">{escape(t["label"] or "")}</a>'
        rows.append([str(t["topic_id"]), label, terms, _num(t.get("n_documents")), spark])
    return (
        f'<p class="hint">Click a topic for its documents. Weight over time: {escape(data.topic_trends_source)}; '
        f"{span}; shared scale; a point's tooltip gives its share and how many documents have the topic as their "
        "main one.</p>"
        + _table(["id", "label", "terms", "documents", f"weight per {escape(data.topic_unit)}"], rows, "topics")
    )


def _terms(data: ReportData) -> str:
    n_terms = len(data.blob.get("terms", {}))
    return (
        '<p class="hint">Type a term (a lemma or keyword, e.g. <i>kompetensförsörjning</i>): documents per period '
        "that contain it, and their share of the period's dated documents. Click a column for its documents. "
        f"{_num(n_terms)} terms found in at least two documents are indexed; "
        "<code>kompetens trend TERM --csv</code> gives the same counts for any term.</p>"
        '<div id="term-trend" class="term-trend"><div class="controls">'
        '<input type="search" id="term-input" placeholder="Term…" aria-label="term" list="term-suggest">'
        '<datalist id="term-suggest"></datalist>'
        '<select id="term-unit" aria-label="period"><option value="year">per year</option>'
        '<option value="month">per month</option></select>'
        '<button type="button" id="term-csv">CSV</button><span class="info" id="term-info"></span></div>'
        '<div id="term-chart"></div><div id="term-docs"></div></div>'
    )


def _network(data: ReportData) -> str:
    nodes = [svg.Node(n["entity_id"], n["name"], n["n_documents"], n["type"], _entity_href(n["ent"]))
             for n in data.network_nodes]
    return (
        f'<p class="hint">The {len(nodes)} organisations mentioned in most documents that share a document with '
        "another; edges: documents mentioning both (cooccurrence). Click an organisation for its own neighbourhood."
        '</p><div class="network-wrap">' + svg.ring_network(nodes, data.network_edges)
        + '<div id="network-panel" class="network-panel"><p class="empty">No organisation chosen.</p></div></div>'
    )


def _documents(data: ReportData) -> str:
    n_docs = len(data.blob.get("docs", {}).get("id", []))
    note = ""
    if data.n_text_documents < n_docs:
        note = (f'<p class="hint">Texts embedded for {_num(data.n_text_documents)} of {_num(n_docs)} documents '
                "(failed files have none; the rest are over report.max_text_chars: open one to see how to read it, "
                "<code>kompetens doc ID</code> or the report served by <code>kompetens serve</code>).</p>")
    return (
        note + '<div class="list" data-list="docs"></div>'
        '<div id="doc-view" class="doc-view"><p class="empty">Choose a document.</p></div>'
    )


RENDERERS: dict[str, Callable[[ReportData], str]] = {
    "organisations": _organisations,
    "people": _people,
    "heads": _heads,
    "timeline": _timeline,
    "topics": _topics,
    "terms": _terms,
    "network": _network,
    "documents": _documents,
}


def render(data: ReportData, changes: Changes, title: str) -> str:
    bodies = {key: _run(data, changes) if key == "run" else RENDERERS[key](data) for key, _ in SECTIONS}
    nav = "".join(f'<a href="#{key}">{escape(name)}</a>' for key, name in SECTIONS)
    sections = "".join(
        f'<section id="{key}"><h2>{escape(name)}</h2>{bodies[key]}</section>' for key, name in SECTIONS
    )
    colours = "".join(
        f'.ent[data-label="{label}"]{{background:{colour}}}' for label, colour in svg.LABEL_COLOURS.items()
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_asset('report.css')}{colours}</style></head><body>"
        f'<header><h1>{escape(title)}</h1><nav>{nav}</nav></header><main>{sections}</main>'
        '<aside id="evidence" class="evidence" hidden></aside>'
        f'<script id="report-data" type="application/octet-stream">{encode_blob(data.blob)}</script>'
        f"<script>{_asset('report.js')}</script></body></html>\n"
    )
