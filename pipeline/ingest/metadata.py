"""Document metadata: dates, title/publisher/published read from the text, and the optional metadata.csv.

Text rules (used only when the format gave no value and metadata.csv has none):
- published, with `published_source` and `published_precision` (day | month | year; a month or year is stored as
  the first day of the period):
  1. text, day precision: a first line that is a date, optionally with a label ("2019-05-15 | Nyhet"); a dateline
     at the start of one of the first lines ("Umeå, 15 mars 2022", "Falun den 4 april 2023"); or a line
     "Publicerad: 15 maj 2019" / "Publicerad 2023-09-12" anywhere in the text;
  2. path: a full date ("2023-05-17" in a file name, ".../2019/05/15/...") is a day; ".../2023/05/..." folders
     (the press releases' layout) a month; a lone "2023" folder a year.
- publisher: one of the first lines when it is a lone organisation name ("Tillväxtverket", "Region Skåne",
  "Haninge kommun", "SKR") and a headline follows it.
- title: the first heading-like line among the first lines that is not the publisher line, a date line, a genre
  label ("Nyhet", "Pressmeddelande"), boilerplate, or a sentence (an image caption such as "Svetsare i arbete."
  ends with a full stop); searching stops at the first body paragraph, so a subheading never becomes the title.

metadata.csv (`load_metadata_csv`) is forgiving: UTF-8 or Windows-1252 (Swedish Excel), comma, semicolon or tab
separated (guessed from the header line), ISO or Swedish dates ("8 november 2022", "november 2022", "2022-11").
A bad row is skipped with one warning naming the line and the column; a header without `path` is one warning and
no metadata. It never raises.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date
from pathlib import Path

from pipeline.ingest.decode import DecodeFailure, decode_bytes

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERN = (
    r"(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+(?P<y2>(?:19|20)\d\d))"
)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)
# "2019-05-15 | Nyhet", "15 maj 2019", "2019-05-15 – Pressmeddelande"
DATE_LINE = re.compile(rf"{DATE_PATTERN}(?:[ \t]*[|·•–—-][ \t]*[^\W\d][\w ]{{0,40}})?[ \t]*", re.IGNORECASE)
PUBLISHED_LINE = re.compile(
    rf"[ \t]*(?:publicerad|publicerat|publiceringsdatum|datum)(?:[ \t]+den)?[ \t]*:?[ \t]*{DATE_PATTERN}",
    re.IGNORECASE,
)
# "2019-05-15" / "2019_05_15" in a name, or ".../2019/05/15/..." folders ("2022/11/19-miljarder" is a month and a slug)
PATH_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_])(?P<m>\d\d)(?P=sep)(?P<d>\d\d)(?!\d)"
    r"|(?:^|/)(?P<y2>(?:19|20)\d\d)/(?P<m2>\d\d)/(?P<d2>\d\d)/"
)
PATH_MONTH = re.compile(r"(?<![\d])((?:19|20)\d\d)[-/_](0[1-9]|1[0-2])(?![\d])")
PATH_YEAR = re.compile(r"(?:^|/)((?:19|20)\d\d)/")
# "Umeå, 15 mars 2022", "Falun den 4 april 2023", "Västerås 2023-05-17 – Regionen ...": a place name, a date, then
# the end of the line or a dash. Case-sensitive (a place name is capitalised: "Rapporten publicerad 2018-03-01" is
# not a dateline), and a sentence that goes on ("Sedan den 14 mars 2020 avråder UD ...") is not one either.
DATELINE = re.compile(
    rf"[A-ZÅÄÖ][\w-]+(?:[ -][A-ZÅÄÖ][\w-]+){{0,2}},?[ \t]+(?:den[ \t]+)?{DATE_PATTERN}[ \t]*(?:[–—-][ \t].*)?"
)
DATELINE_LINES = 15  # how many non-blank lines at the top may hold a dateline

ORG_LINE = re.compile(
    r"(?:[A-ZÅÄÖ][\wåäöé-]*(?:verket|myndigheten|styrelsen|departementet|rådet|inspektionen|nämnden|regionen"
    r"|förmedlingen|kassan|banken|institutet|universitetet|högskolan|förbundet|akademien|byrån|ombudsmannen"
    r"|delegationen|fonden|kommunerna|länsstyrelsen)"
    r"|Region [A-ZÅÄÖ][\wåäö-]+(?: län)?|[A-ZÅÄÖ][\wåäö-]+ (?:kommun|stad|län)"
    r"|Länsstyrelsen(?: i)? [A-ZÅÄÖ][\wåäö ]+|Sveriges [A-ZÅÄÖ][\wåäö ]+|[A-ZÅÄÖ]{2,6})"
)

HEAD_LINES = 10  # how many non-blank lines at the top are searched for publisher/title/date
MAX_TITLE_CHARS = 150
MAX_TITLE_WORDS = 20
# Genre labels that head a page but are not its title ("Nyhet", "Pressmeddelande").
GENRE_LINE = re.compile(
    r"(?:nyhet(?:er)?|pressmeddelande|artikel|debattartikel|reportage|notis|blogginlägg|krönika|evenemang"
    r"|kalendarium|nyhetsbrev|faktablad|publikation|start(?:sida)?|hem)",
    re.IGNORECASE,
)
_NOT_TITLE_START = re.compile(r"(?:foto|bild|kontakt|e-post|tel|telefon|publicerad|uppdaterad)\b", re.IGNORECASE)

METADATA_COLUMNS = ("path", "title", "publisher", "published", "url")
CSV_DELIMITERS = (",", ";", "\t")

_VALUE_DATE = (
    # (pattern matched against the whole stripped value, precision)
    (re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)-(?P<d>\d\d?)(?:[T ][\d:.+\-Z]*)?"), "day"),
    (
        re.compile(
            rf"(?:\w+dag(?:en)?,?\s+)?(?:den\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?\s+(?P<y>(?:19|20)\d\d)",
            re.I,
        ),
        "day",
    ),
    (re.compile(rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<y>(?:19|20)\d\d)", re.I), "month"),
    (re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d?)"), "month"),
    (re.compile(r"(?P<y>(?:19|20)\d\d)"), "year"),
)


def parse_date_value(value: str | None) -> tuple[date, str] | None:
    """A whole cell value -> (date, precision): '2022-11-08', '8 november 2022', 'tisdag 8 nov. 2022' (day),
    'november 2022', '2022-11' (month), '2022' (year); a month or year is its first day. Else None."""
    value = " ".join((value or "").split())
    for pattern, precision in _VALUE_DATE:
        match = pattern.fullmatch(value)
        if not match:
            continue
        parts = match.groupdict()
        month = MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts.get("m") or 1)
        try:
            return date(int(parts["y"]), month, int(parts.get("d") or 1)), precision
        except ValueError:
            return None
    return None


def parse_date(value: str | None) -> date | None:
    """'2019-05-15', '2019-05-15T10:00:00+02:00', '15 maj 2019' -> date; anything else -> None."""
    if not value:
        return None
    match = _DATE.search(value.strip())
    if not match:
        return None
    if match.group("y"):
        y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    else:
        y, m, d = int(match.group("y2")), MONTHS[match.group("mon").lower()], int(match.group("d2"))
    try:
        return date(y, m, d)
    except ValueError:
        return None


def is_heading_like(line: str) -> bool:
    from pipeline.ingest.clean import is_boilerplate

    s = line.strip()
    return (
        2 <= len(s) <= MAX_TITLE_CHARS
        and len(s.split()) <= MAX_TITLE_WORDS
        and (s[0].isupper() or s[0].isdigit())
        and not s.endswith((".", ",", ";", ":"))
        and not s.startswith(("- ", "* ", "• ", "– "))
        and not DATE_LINE.fullmatch(s)
        and not GENRE_LINE.fullmatch(s)
        and not _NOT_TITLE_START.match(s)
        and not is_boilerplate(s)
    )


def path_date(relpath: str) -> tuple[date, str] | None:
    """(date, precision) from a file's path: a full date is a day, YYYY/MM or YYYY-MM a month, a YYYY folder a year."""
    match = PATH_DATE.search(relpath)
    if match:
        parts = [match.group(k) or match.group(k + "2") for k in ("y", "m", "d")]
        found = parse_date("-".join(parts))
        if found:
            return found, "day"
    match = PATH_MONTH.search(relpath)
    if match:
        return date(int(match.group(1)), int(match.group(2)), 1), "month"
    match = PATH_YEAR.search(relpath)
    if match:
        return date(int(match.group(1)), 1, 1), "year"
    return None


def _text_date(text: str, head: list[str]) -> date | None:
    for line in head:
        if DATE_LINE.fullmatch(line):
            found = parse_date(line)
            if found:
                return found
    for line in head[:DATELINE_LINES]:
        match = DATELINE.fullmatch(line)
        if match:
            found = parse_date(match.group(0))
            if found:
                return found
    for line in text.split("\n"):
        match = PUBLISHED_LINE.match(line)
        if match:
            found = parse_date(match.group(0))
            if found:
                return found
    return None


def text_metadata(text: str, relpath: str = "") -> dict:
    """Title, publisher and published date (with its source and precision) as the clean text and the path state
    them; None where they don't."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    head = lines[:HEAD_LINES]
    title = publisher = None
    for i, line in enumerate(head):
        if DATE_LINE.fullmatch(line):
            continue
        if (
            publisher is None
            and title is None
            and i < 3
            and ORG_LINE.fullmatch(line)
            and any(is_heading_like(nxt) for nxt in head[i + 1 : i + 4])
        ):
            publisher = line
            continue
        if title is None and is_heading_like(line):
            title = line
        elif title is None and (len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS):
            break  # body text has started: a later short line is a subheading, not the title
    published = _text_date(text, lines[: max(HEAD_LINES, DATELINE_LINES)])
    source = precision = None
    if published is not None:
        source, precision = "text", "day"
    else:
        from_path = path_date(relpath) if relpath else None
        if from_path:
            published, precision = from_path
            source = "path"
    return {
        "title": title,
        "publisher": publisher,
        "published": published,
        "published_source": source,
        "published_precision": precision,
    }


def _norm_path(value: str) -> str:
    """A metadata.csv path as the corpus's paths are written: POSIX separators, no "./", Unicode NFC."""
    value = unicodedata.normalize("NFC", value.strip().replace("\\", "/"))
    while value.startswith("./"):
        value = value[2:]
    return value


def _delimiter(header_line: str) -> str:
    """The separator that splits the header line most often (comma on a tie or when none does)."""
    counts = {d: header_line.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def load_metadata_csv(path: Path) -> tuple[dict[str, dict], list[str]]:
    """Read metadata.csv (columns path,title,publisher,published,url; only path is required).

    Returns ({relative path: {column: value}}, warnings). Bad rows are skipped with a warning naming the line and
    the column; nothing here raises, because a mistake in metadata.csv must not cost the run its documents.
    `published` values come back as dates, with `published_precision` and `published_source` = "metadata".
    """
    warnings: list[str] = []
    try:
        raw = path.read_bytes()
    except OSError as err:
        return {}, [f"{path}: cannot be read ({err.strerror or err}); no metadata applied"]
    try:
        text, _encoding = decode_bytes(raw)
    except DecodeFailure as err:
        return {}, [f"{path}: not a text file ({err}); no metadata applied"]
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as err:
        return {}, [f"{path}: line 1: {err}; no metadata applied"]
    if not header or not any(h.strip() for h in header):
        return {}, [f"{path}: empty; expected a header line {','.join(METADATA_COLUMNS)}; no metadata applied"]
    names = [h.strip().lower() for h in header]
    if "path" not in names:
        return {}, [
            f"{path}: header {first_line.strip()!r} has no 'path' column (separator read as {delimiter!r}; "
            f"expected columns {', '.join(METADATA_COLUMNS)}); no metadata applied"
        ]
    unknown = [h for h in names if h not in METADATA_COLUMNS]
    if unknown:
        warnings.append(f"{path}: unknown column(s) {unknown} ignored; allowed: {', '.join(METADATA_COLUMNS)}")
    columns: dict[str, int] = {}
    for index, name in enumerate(names):
        if name in METADATA_COLUMNS:
            if name in columns:
                warnings.append(f"{path}: column {name!r} appears twice in the header; the first one is used")
            else:
                columns[name] = index
    out: dict[str, dict] = {}
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            warnings.append(f"{path}: line {line}: {err}; row skipped")
            continue
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(names):
            side = "more" if len(fields) > len(names) else "fewer"
            warnings.append(
                f"{path}: line {line}: {len(fields)} fields, {side} than the header's {len(names)} "
                f"(separator {delimiter!r}); row skipped"
            )
            continue
        rel = _norm_path(fields[columns["path"]])
        if not rel:
            warnings.append(f"{path}: line {line}, column 'path': empty; row skipped")
            continue
        if rel in out:
            warnings.append(f"{path}: line {line}, column 'path': {rel!r} is listed twice; row skipped")
            continue
        values = {name: (fields[i].strip() or None) for name, i in columns.items() if name != "path"}
        if values.get("published"):
            parsed = parse_date_value(values["published"])
            if parsed is None:
                warnings.append(
                    f"{path}: line {line}, column 'published': {values['published']!r} is not a date "
                    "(use 2022-11-08 or 8 november 2022); row skipped"
                )
                continue
            values["published"], values["published_precision"] = parsed
            values["published_source"] = "metadata"
        out[rel] = values
    return out, warnings
