"""Find and normalise Swedish temporal expressions (plain functions; the spaCy component is in dates.py).

`find_dates(text, anchor, words)` returns non-overlapping `DateMatch`es with character offsets into `text` and a
TIMEX3-style normalisation:
    value        "2019-05-15", "XXXX-06-19", "2019-05", "2022", "2018/2020", "2024-H1", "2024-Q2", "2023-FA",
                 "2019-W16", "199" (decade), "P5Y" (duration), "PRESENT_REF" (i dag without a document date)
    start_date / end_date   datetime.date spanning the value (None when the year is unknown or for durations)
    granularity  day | week | month | quarter | half | season | year | decade | range | duration
    anchored_to  the anchor date when it was needed to resolve the expression, else None

Why regular expressions over the text rather than token patterns: Swedish date forms mix digits and
punctuation ("15/5-19", "25-26 oktober", "2010 - 2012") that tokenizers split differently; matching on the
characters keeps the normaliser independent of the tokenizer, and the component aligns the offsets to tokens.
The vocabulary (months, seasons, number words, relative expressions, count nouns) is data, see
resources/date_words.json, so it travels with the saved pipeline.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

RESOURCE = Path(__file__).parent / "resources" / "date_words.json"

def load_date_words(path: Path = RESOURCE) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


RANK = {"day": 0, "week": 1, "month": 2, "year": 3}  # units and anchor precisions, finest first


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    timex: dict[str, Any]
    kind: str = field(default="")


# --------------------------------------------------------------------------------------------- date arithmetic
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _season_bounds(y: int, code: str) -> tuple[date, date]:
    if code == "SP":
        return date(y, 3, 1), date(y, 5, 31)
    if code == "SU":
        return date(y, 6, 1), date(y, 8, 31)
    if code == "FA":
        return date(y, 9, 1), date(y, 11, 30)
    # Winter Y: December of Y-1 through February of Y ("vintern 2019" is mostly read as Jan-Feb 2019).
    return date(y - 1, 12, 1), _month_end(y, 2)


def _week_bounds(y: int, w: int) -> tuple[date, date] | None:
    try:
        monday = date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def _add_months(d: date, n: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + n
    return idx // 12, idx % 12 + 1


def _tx(value: str | None, start: date | None, end: date | None, gran: str, anchor: date | None,
        used_anchor: bool) -> dict[str, Any]:
    return {
        "value": value,
        "start_date": start,
        "end_date": end,
        "granularity": gran,
        "anchored_to": anchor if used_anchor else None,
    }


def _year_value(y: int) -> dict[str, Any]:
    return {"value": f"{y:04d}", "start_date": date(y, 1, 1), "end_date": date(y, 12, 31), "granularity": "year"}


# --------------------------------------------------------------------------------------------------- matcher
class DateFinder:
    """Compiled patterns for one vocabulary; `find(text, anchor)` is the entry point."""

    def __init__(self, words: dict[str, Any] | None = None) -> None:
        self.words = words if words is not None else load_date_words()
        w = self.words
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in w["months"].items()}
        self.seasons: dict[str, str] = {k.lower(): v for k, v in w["seasons"].items()}
        self.past_seasons: dict[str, str] = {k.lower(): v for k, v in w["past_seasons"].items()}
        self.numbers: dict[str, int] = {k.lower(): int(v) for k, v in w["numbers"].items()}
        self.ordinals: dict[str, int] = {k.lower(): int(v) for k, v in w["ordinals"].items()}
        self.units: dict[str, str] = {k.lower(): v for k, v in w["duration_units"].items()}
        self.relative: dict[str, tuple[str, int]] = {k.lower(): (v[0], int(v[1])) for k, v in w["relative"].items()}
        self.year_before = {s.lower() for s in w["year_context_before"]}
        self.not_year_before = {s.lower() for s in w["not_year_before"]} | {
            "ca", "ca.", "cirka", "drygt", "knappt", "nästan", "omkring", "totalt", "ungefär", "runt", "minst"}
        self.count_nouns = {s.lower() for s in w["count_nouns"]}
        self.past_cues = {s.lower() for s in w.get("past_cues", [])}
        self.future_cues = {s.lower() for s in w.get("future_cues", [])}
        self.deadline_cues = tuple(sorted({s.lower() for s in w.get("deadline_cues", [])}))
        self._precision = "day"
        self._anchor: date | None = None
        self._compile()

    # Regex building blocks. Longer alternatives first so "september" wins over "sep".
    @staticmethod
    def _alt(keys) -> str:
        return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))

    def _compile(self) -> None:
        full_months = [m for m in self.months if len(m) > 3 or m == "maj"]
        abbrev = [m for m in self.months if m not in full_months]
        # Only abbreviations take a full stop: "25-26 oktober." must not swallow the sentence's period.
        mon = rf"(?:{self._alt(full_months)}|(?:{self._alt(abbrev)})\.?)"
        monf = rf"(?:{self._alt(full_months)})"
        y4 = r"(?:19\d\d|20\d\d|2100)"
        d = r"(?:[12]\d|3[01]|0?[1-9])(?::[ae])?"
        dash = r"\s*[-–—]\s*"
        num = rf"(?:\d{{1,3}}|{self._alt(self.numbers)})"
        unit = self._alt(self.units)
        lead = self._alt(self.words["duration_lead"])
        ordn = self._alt(self.ordinals)
        rel = self._alt(self.relative)
        seas = self._alt(self.seasons)
        past = self._alt(self.past_seasons)
        wd = self._alt(self.words.get("weekdays", []))
        # A weekday directly before a date belongs to it ("måndag 10 juni 2019"); "den" does not.
        den = rf"(?:(?P<wd>{wd})\s+)?(?:(?P<den>den|fr\.o\.m\.|t\.o\.m\.)\s+)?"
        rely = r"(?:\s+(?P<rely>i år|i fjol|nästa år|förra året))"
        flags = re.IGNORECASE
        # (name, pattern, priority): priority breaks ties between equally long candidates.
        specs = [
            ("iso_range", rf"(?<![\d-])(?P<y1>{y4})-(?P<m1>\d\d)-(?P<d1>\d\d){dash}"
                          rf"(?P<y2>{y4})-(?P<m2>\d\d)-(?P<d2>\d\d)(?!\d)", 0),
            ("iso_day", rf"(?<![\d-])(?P<y>{y4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?![\d])", 0),
            ("iso_month", rf"(?<![\d-])(?P<y>{y4})-(?P<m>0[1-9]|1[0-2])(?![\d-])", 5),
            ("dot_day", rf"(?<![\d.])(?P<d>{d})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>{y4})(?!\d)", 0),
            ("day_range_2m", rf"\b{den}(?P<d1>{d})\s+(?P<m1>{mon}){dash}"
                             rf"(?P<d2>{d})\s+(?P<m2>{mon})(?:,?\s+(?P<y>{y4}))?(?!\w)", 0),
            ("day_range", rf"\b{den}(?P<d1>{d}){dash}(?P<d2>{d})\s+(?P<m>{mon})(?:,?\s+(?P<y>{y4}))?(?!\w)", 0),
            ("day_month", rf"\b{den}(?P<d>{d})\s+(?P<m>{mon})(?:,?\s+(?P<y>{y4})|{rely})?(?![\w-])", 1),
            ("numeric", rf"(?<![\d/.])(?:(?P<pre>den|från|till|senast|före|efter|fr\.o\.m\.|t\.o\.m\.|per|den)\s+)?"
                        rf"(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>1[0-2]|0?[1-9])"
                        rf"(?:(?:\s+|\s*-\s*)(?P<y>{y4}))?(?![\d/])", 2),
            ("month_range", rf"\b(?P<m1>{monf}){dash}(?P<m2>{monf})(?:\s+(?P<y>{y4}))?(?!\w)", 3),
            ("month_year", rf"\b(?P<m>{mon})\s+(?P<y>{y4})(?!\w)", 3),
            ("bare_month", rf"\b(?:i|under|från|till|sedan|före|efter|inför|början\s+av|slutet\s+av|mitten\s+av|"
                           rf"i\s+början\s+av|i\s+slutet\s+av|i\s+mitten\s+av)\s+(?P<m>{monf})(?![\w-])(?!\s+\d)", 6),
            ("season", rf"\b(?P<s>{seas})(?:\s+(?P<y>{y4}))?(?![\w-])", 4),
            ("past_season", rf"\b(?P<s>{past})\b", 4),
            ("half", rf"\b(?P<o>första|andra|1:a|2:a)\s+(?:halvan|halvåret|halvår)"
                     rf"(?:\s+(?:av|under|på))?(?:\s+(?P<y>{y4}))?(?![\w-])", 2),
            ("quarter", rf"\b(?P<o>{ordn})\s+kvartalet(?:\s+(?:av|under|på))?(?:\s+(?P<y>{y4}))?(?![\w-])", 2),
            ("quarter_n", rf"\b(?:kvartal\s+|Q)(?P<q>[1-4])(?:\s+(?P<y>{y4}))?(?![\w-])", 2),
            ("week", rf"\b(?:vecka|v\.)\s*(?P<w1>[1-4]\d|5[0-3]|0?[1-9])"
                     rf"(?:{dash}(?P<w2>[1-4]\d|5[0-3]|0?[1-9]))?(?:,?\s+(?P<y>{y4}))?(?![\w-])", 2),
            ("decade", r"\b(?P<dec>(?:19|20)\d)0-talets?\b", 2),
            ("year_range", rf"(?<![\d./:-])(?P<y1>{y4})(?:{dash}|\s*/\s*)(?P<y2>{y4}|\d\d)(?![\d]|[.,:]\d|-\d)", 3),
            # A year opening a hyphenated compound ("Natura 2000-områden", "2030-målen") is part of a name or noun.
            ("year", rf"(?<![\d./:-])(?P<y>{y4})(?![\d]|[.,:]\d|-\d|/\d|-[a-zåäö])", 9),
            ("relative", rf"\b(?P<r>{rel})\b", 4),
            ("duration_lead", rf"\b(?P<det>de|dom|det)?\s*(?P<lead>{lead})\s+(?:(?P<n>{num})\s+)?(?P<u>{unit})\b", 2),
            # "60 år av diplomatiska förbindelser", "tre år framåt": a quantity of time before these words is one
            ("duration_tail", rf"(?<![\d,.])(?<!\d\s)\b(?P<n>{num})\s+(?P<u>{unit})"
                              rf"(?=\s+(?:framåt|bakåt|av|till|i\s+rad|i\s+följd)\b)", 6),
            ("duration", rf"\b(?:i|under|på|inom|efter|om|för|ytterligare|drygt|knappt|cirka|ca|närmare|nästan|"
                         rf"minst|högst|bara|endast|hela|sedan|än|omkring|runt)\s+"
                         # a possessive between ("under sina två år i säkerhetsrådet")
                         rf"(?:(?:sina|sin|sitt|mina|mitt|våra|vårt|era|ert|hans|hennes|dess|deras)\s+)?"
                         rf"(?P<n>{num})\s+(?P<u>{unit})\b", 5),
        ]
        self.patterns = [(name, re.compile(p, flags), prio) for name, p, prio in specs]

    # --------------------------------------------------------------------------------------- context checks
    @staticmethod
    def _prev_word(text: str, start: int) -> str:
        m = re.search(r"(\S+)\s*$", text[max(0, start - 40):start])
        return m.group(1).lower() if m else ""

    @staticmethod
    def _next_word(text: str, end: int) -> str:
        m = re.match(r"\s*([^\s.,;:!?()]+)", text[end:end + 40])
        return m.group(1).lower() if m else ""

    def _plausible_year(self, text: str, start: int, end: int) -> bool:
        prev, nxt = self._prev_word(text, start), self._next_word(text, end)
        if prev.rstrip(",") in self.not_year_before or prev.endswith(("kr", "€", "$")):
            return False
        if nxt in self.count_nouns:
            return False
        # A number glued to a thousands group ("12 2019") is a count, not a year.
        return not re.search(r"\d\s$", text[max(0, start - 2):start])

    def _num(self, s: str | None) -> int | None:
        if s is None:
            return None
        s = s.lower()
        return int(s) if s.isdigit() else self.numbers.get(s)

    # ---------------------------------------------------------------------------------------------- find
    def find(self, text: str, anchor: date | None = None, precision: str | None = None) -> list[DateMatch]:
        """All expressions in `text`; `precision` says how much of `anchor` is known (day, month or year)."""
        self._precision = precision or "day"
        self._anchor = anchor
        cands: list[tuple[int, int, int, str, re.Match]] = []
        for name, rx, prio in self.patterns:
            for m in rx.finditer(text):
                span = self._span(name, m)
                if span is None:
                    continue
                cands.append((span[0], span[1], prio, name, m))
        # Longest first, then priority: "15 maj 2019" beats "maj 2019" beats "2019".
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[tuple[int, int]] = []
        out: list[DateMatch] = []
        for s, e, _prio, name, m in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            tx = self._normalise(name, m, text, anchor)
            if tx is None:
                continue
            taken.append((s, e))
            out.append(DateMatch(s, e, text[s:e], tx, name))
        out.sort(key=lambda x: x.start)
        return out

    def _span(self, name: str, m: re.Match) -> tuple[int, int] | None:
        """Character span of the expression, without leading prepositions ("den 15 mars" -> "15 mars")."""
        s, e = m.start(), m.end()
        gd = m.groupdict()
        if gd.get("den") and not gd.get("wd"):
            s = m.start("den") + len(gd["den"])
            s += len(m.string[s:]) - len(m.string[s:].lstrip())
        if name == "numeric" and gd.get("pre"):
            s = m.start("d")
        if name == "bare_month":
            s = m.start("m")
        if name == "duration":
            s = m.start("n")
        if name == "duration_lead" and gd.get("n"):
            s = m.start("n")  # "de närmaste fem åren" -> "fem åren": the quantity, not the vague lead (guidelines)
        elif name == "duration_lead" and not gd.get("det"):
            s = m.start("lead")
        return s, e

    # -------------------------------------------------------------------------------------------- normalise
    def _normalise(self, name: str, m: re.Match, text: str, anchor: date | None) -> dict[str, Any] | None:
        g = m.groupdict()
        ay = anchor.year if anchor else None

        def year_or_anchor(y: str | None) -> tuple[int | None, bool]:
            if y:
                return int(y), False
            if g.get("rely") and ay:
                off = {"i år": 0, "i fjol": -1, "nästa år": 1, "förra året": -1}[g["rely"].lower()]
                return ay + off, True
            if not ay:
                return None, False
            if self._narrates_past(text, m, name, g):
                return ay - 1, True
            return (ay + 1 if self._deadline_ahead(text, m, name, g) else ay), True

        def mon(s: str) -> int:
            return self.months[s.lower().rstrip(".")]

        if name in ("iso_day", "dot_day"):
            dd = _safe_date(int(g["y"]), int(g["m"]), int(g["d"].split(":")[0]))
            return _tx(dd.isoformat(), dd, dd, "day", anchor, False) if dd else None
        if name == "iso_range":
            a = _safe_date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
            b = _safe_date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
            if not a or not b or b < a:
                return None
            return _tx(f"{a.isoformat()}/{b.isoformat()}", a, b, "range", anchor, False)
        if name == "iso_month":
            y, mo = int(g["y"]), int(g["m"])
            return _tx(f"{y:04d}-{mo:02d}", date(y, mo, 1), _month_end(y, mo), "month", anchor, False)
        if name in ("day_month", "numeric"):
            if name == "numeric" and not g.get("y") and not g.get("pre"):
                return None  # "3/4" alone is as likely a fraction as a date
            day = int(g["d"].split(":")[0])
            mo = mon(g["m"]) if name == "day_month" else int(g["m"])
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                if not 1 <= day <= 31:
                    return None
                return _tx(f"XXXX-{mo:02d}-{day:02d}", None, None, "day", anchor, False)
            dd = _safe_date(y, mo, day)
            return _tx(dd.isoformat(), dd, dd, "day", anchor, used) if dd else None
        if name in ("day_range", "day_range_2m"):
            d1, d2 = int(g["d1"].split(":")[0]), int(g["d2"].split(":")[0])
            m1 = mon(g["m1"]) if name == "day_range_2m" else mon(g["m"])
            m2 = mon(g["m2"]) if name == "day_range_2m" else m1
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                if (m2, d2) <= (m1, d1):
                    return None
                return _tx(f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", None, None, "range", anchor, False)
            a = _safe_date(y, m1, d1)
            b = _safe_date(y + (1 if m2 < m1 else 0), m2, d2)
            if not a or not b or b <= a:
                return None
            return _tx(f"{a.isoformat()}/{b.isoformat()}", a, b, "range", anchor, used)
        if name == "month_range":
            m1, m2 = mon(g["m1"]), mon(g["m2"])
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                return _tx(f"XXXX-{m1:02d}/XXXX-{m2:02d}", None, None, "range", anchor, False)
            y2 = y + (1 if m2 < m1 else 0)
            return _tx(f"{y:04d}-{m1:02d}/{y2:04d}-{m2:02d}", date(y, m1, 1), _month_end(y2, m2), "range", anchor, used)
        if name in ("month_year", "bare_month"):
            mo = mon(g["m"])
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                return _tx(f"XXXX-{mo:02d}", None, None, "month", anchor, False)
            return _tx(f"{y:04d}-{mo:02d}", date(y, mo, 1), _month_end(y, mo), "month", anchor, used)
        if name == "season":
            code = self.seasons[g["s"].lower()]
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                return _tx(f"XXXX-{code}", None, None, "season", anchor, False)
            a, b = _season_bounds(y, code)
            return _tx(f"{y:04d}-{code}", a, b, "season", anchor, used)
        if name == "past_season":
            code = self.past_seasons[g["s"].lower()]
            if anchor is None:
                return _tx(f"XXXX-{code}", None, None, "season", anchor, False)
            y = anchor.year
            # The most recent such season that has begun before the anchor date.
            while _season_bounds(y, code)[0] >= anchor:
                y -= 1
            a, b = _season_bounds(y, code)
            return _tx(f"{y:04d}-{code}", a, b, "season", anchor, True)
        if name == "half":
            h = 1 if g["o"].lower() in ("första", "1:a") else 2
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                return _tx(f"XXXX-H{h}", None, None, "half", anchor, False)
            a, b = (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
            return _tx(f"{y:04d}-H{h}", a, b, "half", anchor, used)
        if name in ("quarter", "quarter_n"):
            q = self.ordinals[g["o"].lower()] if name == "quarter" else int(g["q"])
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                return _tx(f"XXXX-Q{q}", None, None, "quarter", anchor, False)
            a, b = date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
            return _tx(f"{y:04d}-Q{q}", a, b, "quarter", anchor, used)
        if name == "week":
            w1 = int(g["w1"])
            w2 = int(g["w2"]) if g.get("w2") else None
            y, used = year_or_anchor(g.get("y"))
            if y is None:
                v = f"XXXX-W{w1:02d}" + (f"/XXXX-W{w2:02d}" if w2 else "")
                return _tx(v, None, None, "range" if w2 else "week", anchor, False)
            b1 = _week_bounds(y, w1)
            b2 = _week_bounds(y, w2) if w2 else b1
            if not b1 or not b2 or (w2 and w2 <= w1):
                return None
            v = f"{y:04d}-W{w1:02d}" + (f"/{y:04d}-W{w2:02d}" if w2 else "")
            return _tx(v, b1[0], b2[1], "range" if w2 else "week", anchor, used)
        if name == "decade":
            dec = int(g["dec"])
            return _tx(f"{dec:03d}", date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), "decade", anchor, False)
        if name == "year_range":
            y1 = int(g["y1"])
            y2s = g["y2"]
            y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
            if y2 <= y1 or y2 - y1 > 100:
                return None
            return _tx(f"{y1:04d}/{y2:04d}", date(y1, 1, 1), date(y2, 12, 31), "range", anchor, False)
        if name == "year":
            if not self._plausible_year(text, m.start(), m.end()):
                return None
            return {**_year_value(int(g["y"])), "anchored_to": None}
        if name == "relative":
            unit, off = self.relative[g["r"].lower()]
            return self._relative(unit, off, anchor)
        if name in ("duration_lead", "duration", "duration_tail"):
            n = self._num(g.get("n"))
            u = self.units[g["u"].lower()]
            if name in ("duration", "duration_tail") and n is None:
                return None
            if n is None:
                # "det senaste decenniet" = one decade; "de kommande åren" is too vague to normalise.
                if g["u"].lower() in ("decenniet", "året", "månaden", "veckan"):
                    n = 1
                else:
                    return None
            if u == "DE":
                return _tx(f"P{n * 10}Y" if n else "PXDE", None, None, "duration", anchor, False)
            return _tx(f"P{n}{u}" if n else f"PX{u}", None, None, "duration", anchor, False)
        return None

    def _first_day(self, name: str, g: dict[str, Any], year: int) -> date | None:
        """The first day of a year-less expression placed in `year` (None for kinds without a calendar place)."""
        try:
            if name in ("day_month", "day_range", "day_range_2m", "numeric"):
                mo = self.months[(g.get("m") or g.get("m1")).lower().rstrip(".")] if name != "numeric" \
                    else int(g["m"])
                return date(year, mo, int((g.get("d") or g.get("d1")).split(":")[0]))
            if name in ("bare_month", "month_range"):
                return date(year, self.months[(g.get("m") or g.get("m1")).lower()], 1)
            if name == "season":
                return _season_bounds(year, self.seasons[g["s"].lower()])[0]
        except (ValueError, KeyError, TypeError, AttributeError):
            return None
        return None

    def _deadline_ahead(self, text: str, m: re.Match, name: str, g: dict[str, Any]) -> bool:
        """A year-less date in a deadline or future frame ("senast den 17 mars", "sista ansökningsdag 2 februari",
        "ska redovisas den 1 juni") that would fall before the document's date belongs to the coming year: a
        deadline or a plan points forward. Before means before the anchor's day, or its month when the document is
        dated to the month only."""
        anchor = self._anchor
        if anchor is None or self._precision == "year":
            return False
        first = self._first_day(name, g, anchor.year)
        horizon = anchor if self._precision == "day" else date(anchor.year, anchor.month, 1)
        if first is None or first >= horizon:
            return False
        left = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        lead = " ".join(x for x in (g.get("pre"), g.get("den")) if x)
        window = " " + " ".join((text[left + 1:m.start()] + " " + lead).lower().split()) + " "
        return any(f" {cue} " in window for cue in self.deadline_cues)

    def _narrates_past(self, text: str, m: re.Match, name: str, g: dict[str, Any]) -> bool:
        """A year-less date that would fall after the document date, in a sentence told in the past tense,
        belongs to the previous year ("Regeringen beslutade den 20 december" in a February text)."""
        anchor = self._anchor
        if anchor is None:
            return False
        first = self._first_day(name, g, anchor.year)
        if first is None:
            return False
        horizon = anchor if self._precision == "day" else _month_end(anchor.year, anchor.month)
        if first <= horizon:
            return False
        # The clause up to just after the date: "Regeringen beslutade den 20 december", "har under hösten
        # vikarierat". Later clauses ("... som ska utreda") do not change when the date was.
        left = max(text.rfind(c, 0, m.start()) for c in ".!?\n")
        window = text[left + 1: m.end() + 25].lower()
        words = re.findall(r"\w+", window)
        if set(words) & self.future_cues or "kommer att" in window or re.search(r"\b(?:19|20)\d\d\b", window):
            return False  # future, or the sentence names its own year
        perfect = bool({"har", "hade"} & set(words)) and any(w.endswith(("at", "it", "tt")) for w in words)
        return perfect or bool(set(words) & self.past_cues) or any(w.endswith("ade") and len(w) > 5 for w in words)

    def _relative(self, unit: str, off: int, anchor: date | None) -> dict[str, Any]:
        if anchor is None:
            if unit == "day" and off == 0:
                return _tx("PRESENT_REF", None, None, "day", None, False)
            gran = unit
            v = {"day": "XXXX-XX-XX", "year": "XXXX", "week": "XXXX-WXX", "month": "XXXX-XX"}[unit]
            return _tx(v, None, None, gran, None, False)
        if RANK[unit] < RANK.get(self._precision, 0):
            # "i dag", "i går", "nästa vecka" in a text dated only "2016-02" are known to the month, not the day or
            # the week: the expression carries the precision of the date it is anchored to.
            if self._precision == "year":
                return {**_year_value(anchor.year), "anchored_to": anchor}
            a, b = date(anchor.year, anchor.month, 1), _month_end(anchor.year, anchor.month)
            return _tx(f"{anchor.year:04d}-{anchor.month:02d}", a, b, "month", anchor, True)
        if unit == "day":
            d = anchor + timedelta(days=off)
            return _tx(d.isoformat(), d, d, "day", anchor, True)
        if unit == "year":
            y = anchor.year + off
            return {**_year_value(y), "anchored_to": anchor}
        if unit == "month":
            y, mo = _add_months(anchor, off)
            return _tx(f"{y:04d}-{mo:02d}", date(y, mo, 1), _month_end(y, mo), "month", anchor, True)
        # week
        d = anchor + timedelta(weeks=off)
        iy, iw, _ = d.isocalendar()
        a, b = _week_bounds(iy, iw)  # type: ignore[misc]
        return _tx(f"{iy:04d}-W{iw:02d}", a, b, "week", anchor, True)


@lru_cache(maxsize=1)
def default_finder() -> DateFinder:
    return DateFinder()


def find_dates(text: str, anchor: date | None = None, finder: DateFinder | None = None,
               precision: str | None = None) -> list[DateMatch]:
    return (finder or default_finder()).find(text, anchor, precision)
