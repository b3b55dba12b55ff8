"""Charts as inline SVG strings: pure functions from small lists to markup, so the report needs no chart library.

Every label goes through `html.escape`; links are in-page fragments (`#entity/…`), never URLs.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np

# displaCy's palette, so highlighted spans look as spaCy users expect.
LABEL_COLOURS = {
    "ORG": "#7aecec",
    "PER": "#aa9cfc",
    "LOC": "#ff9561",
    "DATE": "#bfe1d9",
    "MISC": "#e4e7d2",
}
SERIES = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    href: str | None = None
    note: str = ""


def hbars(bars: Sequence[Bar], width: int = 560, row: int = 18, label_width: int = 220, colour: str = "#4c78a8") -> str:
    """Horizontal bar chart, one row per item, value printed after the bar."""
    if not bars:
        return '<p class="empty">Nothing to show.</p>'
    top = max(b.value for b in bars) or 1
    plot = width - label_width - 60
    height = row * len(bars) + 4
    parts = [f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">']
    for i, b in enumerate(bars):
        y = i * row + 2
        w = max(1.0, plot * b.value / top)
        text = escape(b.label if len(b.label) <= 34 else b.label[:33] + "…")
        label = f'<text x="{label_width - 6}" y="{y + row * 0.7:.1f}" text-anchor="end">{text}</text>'
        if b.href:
            label = f'<a href="{escape(b.href)}">{label}</a>'
        title = escape(f"{b.label}: {_fmt(b.value)}{(' — ' + b.note) if b.note else ''}")
        parts.append(
            f"<g><title>{title}</title>{label}"
            f'<rect x="{label_width}" y="{y + 2}" width="{w:.1f}" height="{row - 5}" fill="{colour}"/>'
            f'<text x="{label_width + w + 4:.1f}" y="{y + row * 0.7:.1f}" class="val">{_fmt(b.value)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def columns(points: Sequence[tuple[str, float]], width: int = 900, height: int = 160, colour: str = "#4c78a8") -> str:
    """Vertical bars over ordered periods (a histogram of a timeline); a few period labels on the axis."""
    if not points:
        return '<p class="empty">Nothing to show.</p>'
    top = max(v for _, v in points) or 1
    pad_l, pad_b, pad_t = 40, 22, 8
    plot_w, plot_h = width - pad_l - 8, height - pad_b - pad_t
    step = plot_w / len(points)
    parts = [f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">']
    parts.append(
        f'<text x="{pad_l - 4}" y="{pad_t + 8}" text-anchor="end" class="val">{_fmt(top)}</text>'
        f'<line x1="{pad_l}" y1="{pad_t + plot_h}" x2="{width - 8}" y2="{pad_t + plot_h}" class="axis"/>'
    )
    every = max(1, math.ceil(len(points) / 12))
    for i, (period, value) in enumerate(points):
        h = plot_h * value / top
        x = pad_l + i * step
        parts.append(
            f'<rect x="{x + step * 0.1:.1f}" y="{pad_t + plot_h - h:.1f}" width="{max(step * 0.8, 0.5):.1f}" '
            f'height="{h:.1f}" fill="{colour}"><title>{escape(period)}: {_fmt(value)}</title></rect>'
        )
        if i % every == 0:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" class="tick">{escape(period)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def sparkline(values: Sequence[float], top: float, width: int = 260, height: int = 36, colour: str = SERIES[0]) -> str:
    """A small line of a series against a shared maximum `top`, so sparklines in one table compare."""
    if len(values) < 2:
        return '<span class="empty">too few dated documents</span>'
    top = top or 1
    step = (width - 4) / (len(values) - 1)
    pts = " ".join(f"{2 + i * step:.1f},{height - 2 - (height - 4) * v / top:.1f}" for i, v in enumerate(values))
    return (
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">'
        f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="1.5"/></svg>'
    )


def spark_axes(values: Sequence[float], counts: Sequence[int], periods: Sequence[str], top: float,
               width: int = 300, height: int = 64, colour: str = SERIES[0]) -> str:
    """A sparkline with axes: the shared maximum `top` (as a percentage) and 0 on the y axis, the first and last
    period on the x axis, and a point per period whose tooltip gives its share and document count."""
    if len(values) < 2:
        return '<span class="empty">too few dated documents</span>'
    top = top or 1
    left, bottom, pad = 34, 14, 4
    plot_w, plot_h = width - left - pad, height - bottom - pad
    step = plot_w / (len(values) - 1)
    xy = [(left + i * step, pad + plot_h - plot_h * v / top) for i, v in enumerate(values)]
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    parts = [
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">',
        f'<line x1="{left}" y1="{pad}" x2="{left}" y2="{pad + plot_h}" class="axis"/>',
        f'<line x1="{left}" y1="{pad + plot_h}" x2="{width - pad}" y2="{pad + plot_h}" class="axis"/>',
        f'<text x="{left - 3}" y="{pad + 8}" text-anchor="end" class="tick">{_fmt(100 * top)} %</text>',
        f'<text x="{left - 3}" y="{pad + plot_h}" text-anchor="end" class="tick">0</text>',
        f'<text x="{left}" y="{height - 2}" class="tick">{escape(periods[0])}</text>',
        f'<text x="{width - pad}" y="{height - 2}" text-anchor="end" class="tick">{escape(periods[-1])}</text>',
        f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="1.5"/>',
    ]
    for (x, y), value, count, period in zip(xy, values, counts, periods, strict=False):
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{2.5 if count else 1.5}" fill="{colour}">'
            f"<title>{escape(period)}: {_fmt(100 * value)} % of the weight, {count} documents with this main topic"
            "</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    size: float
    group: str
    href: str | None = None


def force_layout(n: int, edges: Sequence[tuple[int, int, float]], iterations: int = 300) -> np.ndarray:
    """Fruchterman–Reingold positions in [0, 1]², started on a circle: the same graph always gives the same picture."""
    if n == 0:
        return np.zeros((0, 2))
    angle = 2 * math.pi * np.arange(n) / n
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) * 0.5
    if n == 1:
        return pos * 0 + 0.5
    k = math.sqrt(1.0 / n)
    adj = np.zeros((n, n))
    for a, b, w in edges:
        adj[a, b] = adj[b, a] = max(adj[a, b], w)
    if adj.max() > 0:
        adj = adj / adj.max()
    temp = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=-1)
        np.fill_diagonal(dist, 1.0)
        dist = np.maximum(dist, 1e-3)
        force = (k * k / dist**2 - adj * dist / k)[:, :, None] * delta
        disp = force.sum(axis=1)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(temp * 0.98, 0.002)
    pos -= pos.min(axis=0)
    pos /= np.maximum(pos.max(axis=0), 1e-9)
    return pos


def network(nodes: Sequence[Node], edges: Sequence[tuple[int, int, float]], width: int = 900, height: int = 640) -> str:
    """Co-mention graph: node area ~ size, edge width ~ weight, colour by group, labels beside nodes."""
    if not nodes:
        return '<p class="empty">No co-mentioned organisations.</p>'
    pos = force_layout(len(nodes), edges)
    margin = 70
    xy = [(margin + p[0] * (width - 2 * margin), 30 + p[1] * (height - 60)) for p in pos]
    groups = sorted({n.group for n in nodes})
    colour = {g: SERIES[i % len(SERIES)] for i, g in enumerate(groups)}
    top_size = max(n.size for n in nodes) or 1
    top_w = max((w for _, _, w in edges), default=1) or 1
    parts = [f'<svg class="chart network" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">']
    for a, b, w in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#888" '
            f'stroke-opacity="{0.15 + 0.6 * w / top_w:.2f}" stroke-width="{0.5 + 4 * w / top_w:.1f}">'
            f"<title>{escape(nodes[a].label)} — {escape(nodes[b].label)}: {_fmt(w)} documents</title></line>"
        )
    for node, (x, y) in zip(nodes, xy, strict=True):
        r = 4 + 14 * math.sqrt(node.size / top_size)
        dot = (
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour[node.group]}" fill-opacity="0.85">'
            f"<title>{escape(node.label)} ({escape(node.group)}): {_fmt(node.size)} documents</title></circle>"
            f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" class="node">{escape(node.label)}</text>'
        )
        parts.append(f'<a href="{escape(node.href)}">{dot}</a>' if node.href else dot)
    legend_y = height - 8
    for i, g in enumerate(groups):
        parts.append(
            f'<circle cx="{10 + i * 130}" cy="{legend_y - 4}" r="5" fill="{colour[g]}"/>'
            f'<text x="{18 + i * 130}" y="{legend_y}" class="tick">{escape(g)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


LABEL_CHARS = 28  # longest label drawn; a longer name is cut with "…" (the full name is in the tooltip)
CHAR_WIDTH = 6.2  # px per character at the network's 11 px labels (system-ui), a safe upper bound for Swedish names
LABEL_FONT = 11  # px
LABEL_HEIGHT = 12  # px a label needs across its direction, so adjacent labels on the ring never touch


def ring_order(nodes: Sequence[Node]) -> list[int]:
    """Nodes around the ring grouped by type, largest first within a group: neighbours of one kind sit together."""
    groups: dict[str, float] = {}
    for n in nodes:
        groups[n.group] = groups.get(n.group, 0) + n.size
    return sorted(range(len(nodes)), key=lambda i: (-groups[nodes[i].group], nodes[i].group, -nodes[i].size, i))


def ring_label(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def ring_network(nodes: Sequence[Node], edges: Sequence[tuple[int, int, float]], max_radius: float = 14) -> str:
    """Co-mention graph on a ring: nodes on a circle, labels radial and outside it, edges as curves through the
    middle. The radius makes room for one label height per node along the ring, and the frame for the longest
    label, so labels never overlap each other or leave the picture. Each node is a <g data-node> the page's script
    makes clickable (its own neighbourhood); edges carry data-a/data-b."""
    if not nodes:
        return '<p class="empty">No co-mentioned organisations.</p>'
    n = len(nodes)
    radius = max(180.0, (LABEL_HEIGHT + 2) * n / (2 * math.pi) + max_radius, 0.0)
    reach = radius + max_radius + 6 + CHAR_WIDTH * max(len(ring_label(x.label)) for x in nodes)
    size = 2 * math.ceil(reach + 8)
    centre = size / 2
    slots, x, row = [], 6.0, 0
    for g in sorted({x.group for x in nodes}):
        w = 20 + CHAR_WIDTH * len(g)
        if x + w > size and x > 6:
            x, row = 6.0, row + 1
        slots.append((g, x, row))
        x += w
    legend = 16 * (row + 1) + 4
    order = ring_order(nodes)
    angle = {i: 2 * math.pi * k / n - math.pi / 2 for k, i in enumerate(order)}
    xy = {i: (centre + radius * math.cos(a), centre + radius * math.sin(a)) for i, a in angle.items()}
    groups = sorted({x.group for x in nodes})
    colour = {g: SERIES[i % len(SERIES)] for i, g in enumerate(groups)}
    top_size = max(x.size for x in nodes) or 1
    top_w = max((w for _, _, w in edges), default=1) or 1
    # The label size is fixed here, not left to the page's CSS, because the layout's room for labels assumes it.
    parts = [f'<svg class="chart network" width="{size}" height="{size + legend}" '
             f'viewBox="0 0 {size} {size + legend}" role="img" font-size="{LABEL_FONT}">']
    for a, b, w in edges:
        (x1, y1), (x2, y2) = xy[a], xy[b]
        cx, cy = centre + 0.25 * ((x1 + x2) / 2 - centre), centre + 0.25 * ((y1 + y2) / 2 - centre)
        parts.append(
            f'<path class="edge" data-a="{a}" data-b="{b}" data-w="{_fmt(w)}" '
            f'd="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}" fill="none" stroke="#888" '
            f'stroke-opacity="{0.15 + 0.5 * w / top_w:.2f}" stroke-width="{0.5 + 3.5 * w / top_w:.1f}">'
            f"<title>{escape(nodes[a].label)} — {escape(nodes[b].label)}: {_fmt(w)} documents</title></path>"
        )
    for i, node in enumerate(nodes):
        x, y = xy[i]
        r = 3 + (max_radius - 3) * math.sqrt(node.size / top_size)
        deg = math.degrees(angle[i])
        left = math.cos(angle[i]) < -1e-9  # on the left half the text reads outwards from right to left
        lx, ly = centre + (radius + max_radius + 4) * math.cos(angle[i]), centre + (radius + max_radius + 4) * \
            math.sin(angle[i])
        rotate = deg + 180 if left else deg
        anchor = "end" if left else "start"
        parts.append(
            f'<g class="node" data-node="{i}" data-key="{escape(node.key)}"'
            + (f' data-href="{escape(node.href)}"' if node.href else "") + ">"
            f"<title>{escape(node.label)} ({escape(node.group)}): {_fmt(node.size)} documents</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour[node.group]}" fill-opacity="0.85"/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" dy="0.35em" text-anchor="{anchor}" class="node" '
            f'transform="rotate({rotate:.2f} {lx:.1f} {ly:.1f})">{escape(ring_label(node.label))}</text></g>'
        )
    for g, lx, row in slots:
        y = size + 12 + 16 * row
        parts.append(f'<circle cx="{lx + 5:.1f}" cy="{y - 4}" r="5" fill="{colour[g]}"/>'
                     f'<text x="{lx + 13:.1f}" y="{y}" class="tick">{escape(g)}</text>')
    parts.append("</svg>")
    return "".join(parts)
