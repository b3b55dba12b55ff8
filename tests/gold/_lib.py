"""Helpers for the hand-written gold annotations (see GUIDELINES.md).

Annotations are written compactly in build_gold.py; this module parses them,
computes character offsets by matching every mention in reading order, derives
start_date/end_date from the TIMEX3-style value, and reports anything suspicious.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
import os  # noqa: E402

# ../shared/data next to the repository; SHARED_DATA overrides it (a git worktree lives elsewhere).
SHARED = Path(os.environ.get("SHARED_DATA", REPO.parent / "shared" / "data"))


def source_path(source: str) -> Path:
    if source.startswith("shared:"):
        return SHARED / source[len("shared:"):]
    return REPO / source


def source_text(source: str) -> str:
    """The document's text, also for regeringen-raw records (pipeline.evaluate_gold.read_source)."""
    from pipeline.evaluate_gold import read_source

    text = read_source(source, REPO, SHARED)
    if text is None:
        raise FileNotFoundError(f"{source}: not found (SHARED_DATA={SHARED})")
    return text


SEASONS = {"SP": (3, 1, 5, 31), "SU": (6, 1, 8, 31), "FA": (9, 1, 11, 30)}


def _last(y, m):
    return calendar.monthrange(y, m)[1]


def span_of(value: str):
    """ISO start/end dates for a TIMEX3-style value, or (None, None)."""
    if value is None or "X" in value or value.startswith("P") or value.endswith("_REF"):
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return span_of(a)[0], span_of(b)[1]
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        y = int(value)
        return f"{y}-01-01", f"{y}-12-31"
    m = re.fullmatch(r"(\d{3})X", value)  # decade
    if m:
        d = int(m.group(1)) * 10
        return f"{d}-01-01", f"{d+9}-12-31"
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{_last(y, mo):02d}"
    m = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
    if m:
        return value, value
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        m1, m2 = 3 * q - 2, 3 * q
        return f"{y}-{m1:02d}-01", f"{y}-{m2:02d}-{_last(y, m2):02d}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, s = int(m.group(1)), m.group(2)
        if s == "WI":
            return f"{y}-12-01", f"{y+1}-02-{_last(y+1, 2):02d}"
        a, b, c, d = SEASONS[s]
        return f"{y}-{a:02d}-{b:02d}", f"{y}-{c:02d}-{d:02d}"
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        mon = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return mon.isoformat(), (mon + dt.timedelta(days=6)).isoformat()
    raise ValueError(f"unknown value {value!r}")


GRANS = {"day", "week", "month", "quarter", "half", "season", "year", "decade", "range", "duration"}
LABELS = {"PER", "ORG", "LOC"}
STATUSES = {"current", "acting", "former", "incoming", "outgoing"}


def _lines(block: str):
    for ln in block.strip("\n").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            yield [p.strip() for p in ln.split("|")]


def _find(text: str, needle: str, start: int) -> int:
    """Next occurrence of needle at a token boundary at/after start."""
    pat = re.compile(r"(?<![\w])" + re.escape(needle) + r"(?![\w])")
    m = pat.search(text, start)
    return m.start() if m else -1


def _skip(text: str, needle: str, pos: int, source: str, problems: list[str]) -> int:
    """The reading position after the next occurrence of needle (a skip line), or pos when there is none."""
    i = _find(text, needle, pos)
    if i < 0:
        problems.append(f"{source}: skipped {needle!r} not found after offset {pos}")
        return pos
    return i + len(needle)


def build_doc(source, doc_date, ents="", dates="", roles="", problems=None):
    problems = problems if problems is not None else []
    text = source_text(source)
    out_e, out_d, out_r = [], [], []
    # entities and dates are matched in one merged reading order each
    pos = 0
    for parts in _lines(ents):
        if parts[0].startswith("~"):  # "~text": the next occurrence of text is not a mention; step over it
            pos = _skip(text, parts[0][1:], pos, source, problems)
            continue
        t, lab = parts[0], parts[1]
        can = parts[2] if len(parts) > 2 and parts[2] else t
        if lab not in LABELS:
            problems.append(f"{source}: bad label {lab} for {t}")
        i = _find(text, t, pos)
        if i < 0:
            n = len(re.findall(r"(?<![\w])" + re.escape(t) + r"(?![\w])", text))
            problems.append(f"{source}: entity {t!r} not found after offset {pos} (occurs {n}x in file)")
            continue
        out_e.append({"text": t, "label": lab, "canonical": can, "start": i, "end": i + len(t)})
        pos = i + len(t)
    pos = 0
    for parts in _lines(dates):
        if parts[0].startswith("~"):  # "~text": the next occurrence of text is not a mention; step over it
            pos = _skip(text, parts[0][1:], pos, source, problems)
            continue
        t, val, gran = parts[0], parts[1], parts[2]
        if gran not in GRANS:
            problems.append(f"{source}: bad granularity {gran} for {t}")
        s, e = span_of(val)
        i = _find(text, t, pos)
        if i < 0:
            problems.append(f"{source}: date {t!r} not found after offset {pos}")
            continue
        out_d.append({"text": t, "value": val, "start_date": s, "end_date": e,
                      "granularity": gran, "start": i, "end": i + len(t)})
        pos = i + len(t)
    for parts in _lines(roles):
        per, role, rtext = parts[0], parts[1], parts[2]
        org = parts[3] if len(parts) > 3 and parts[3] else None
        if rtext not in text:
            problems.append(f"{source}: role_text {rtext!r} not in text")
        if per not in {e["canonical"] for e in out_e if e["label"] == "PER"}:
            problems.append(f"{source}: role person {per!r} not a PER canonical")
        if org and org not in {e["canonical"] for e in out_e if e["label"] == "ORG"}:
            problems.append(f"{source}: role org {org!r} not an ORG canonical in doc")
        flags = parts[4:]
        implicit = "implicit" in flags
        status, country = "current", "SE"
        for f in flags:
            if f.startswith("status="):
                status = f[len("status="):]
            elif f.startswith("country="):
                country = f[len("country="):]
            elif f and f != "implicit":
                problems.append(f"{source}: unknown role flag {f!r} for {per}")
        if status not in STATUSES:
            problems.append(f"{source}: bad status {status!r} for {per}")
        if not re.fullmatch(r"[A-Z]{2}", country):
            problems.append(f"{source}: bad country {country!r} for {per}")
        out_r.append({"person": per, "role": role, "role_text": rtext, "organisation": org,
                      "implicit": implicit, "status": status, "country": country})
    if len({(r["person"], r["role"], r["organisation"]) for r in out_r}) != len(out_r):
        problems.append(f"{source}: duplicate role triples")
    # exhaustiveness hints: surface forms / canonicals / years occurring outside gold spans
    covered = [(e["start"], e["end"]) for e in out_e] + [(d["start"], d["end"]) for d in out_d]

    def is_cov(a, b):
        return any(a >= s and b <= e for s, e in covered)

    forms = {e["text"] for e in out_e} | {e["canonical"] for e in out_e}
    for f in sorted(forms):
        for m in re.finditer(r"(?<![\w])" + re.escape(f) + r"(?![\w])", text):
            if not is_cov(m.start(), m.end()):
                problems.append(f"{source}: HINT uncovered {f!r} at {m.start()}: "
                                f"...{text[max(0, m.start()-30):m.end()+30]!r}")
    for m in re.finditer(r"(?<![\w/.-])(19\d\d|20\d\d)(?![\w])|(?i:\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|idag|i dag|i fjol|i år|vecka|hösten|våren|sommaren|vintern)\b)", text):
        if not is_cov(m.start(), m.end()):
            problems.append(f"{source}: HINT date-like {m.group(0)!r} at {m.start()}: "
                            f"...{text[max(0, m.start()-30):m.end()+30]!r}")
    return {"source": source, "doc_date": doc_date, "entities": out_e, "dates": out_d, "roles": out_r}
