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
