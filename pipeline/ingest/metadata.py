"""Document metadata: dates, title/publisher/published read from the text, and the optional metadata.csv.

Text rules (used only when the format gave no value and metadata.csv has none):
- published: a first line that is a date, optionally with a label ("2019-05-15 | Nyhet"), or a line
  "Publicerad: 15 maj 2019" / "Publicerad 2019-05-15" anywhere in the text; otherwise a full date in the file's
  path (".../2019-05-15-..." or ".../2019/05/15/..."). A year/month in the path alone is NOT used: a month is not
  a publication date, and a made-up day would look exact in the `published` column.
- publisher: one of the first lines when it is a lone organisation name ("Tillväxtverket", "Region Skåne",
  "Haninge kommun", "SKR") and a headline follows it.
- title: the first heading-like line among the first lines that is not the publisher line, a date line, a genre
  label ("Nyhet", "Pressmeddelande"), boilerplate, or a sentence (an image caption such as "Svetsare i arbete."
  ends with a full stop); searching stops at the first body paragraph, so a subheading never becomes the title.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from pipeline.config import ConfigError

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
PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_](\d\d)[-/_](\d\d)(?!\d)")

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


class MetadataError(ConfigError):
    """corpus/metadata.csv is malformed."""


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


def text_metadata(text: str, relpath: str = "") -> dict:
    """Title, publisher and published date as the clean text (and path) state them; None where they don't."""
    head = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    title = publisher = published = None
    for i, line in enumerate(head):
        if published is None and DATE_LINE.fullmatch(line):
            published = parse_date(line)
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
    if published is None:
        for line in text.split("\n"):
            match = PUBLISHED_LINE.match(line)
            if match:
                published = parse_date(match.group(0))
                if published:
                    break
    if published is None and relpath:
        match = PATH_DATE.search(relpath)
        if match:
            published = parse_date("-".join(match.groups()))
    return {"title": title, "publisher": publisher, "published": published}


def _norm_path(value: str) -> str:
    value = value.strip().replace("\\", "/")
    while value.startswith("./"):
        value = value[2:]
    return value


def load_metadata_csv(path: Path) -> dict[str, dict]:
    """Read metadata.csv (columns path,title,publisher,published,url; only path is required).

    Returns {relative path: {column: value or None}}. Raises MetadataError naming the file, line and problem.
    """
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise MetadataError(f"{path}: cannot be read: {err.strerror or err}") from err
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise MetadataError(f"{path}: not UTF-8 (byte {err.start}); save it as UTF-8 CSV") from err
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames
        if not header:
            raise MetadataError(f"{path}: empty; expected a header line {','.join(METADATA_COLUMNS)}")
        names = [h.strip().lower() for h in header]
        if "path" not in names:
            raise MetadataError(f"{path}: header {header} has no 'path' column")
        unknown = [h for h in names if h not in METADATA_COLUMNS]
        if unknown:
            raise MetadataError(f"{path}: unknown column(s) {unknown}; allowed: {', '.join(METADATA_COLUMNS)}")
        if len(set(names)) != len(names):
            raise MetadataError(f"{path}: duplicate column names in header {header}")
        reader.fieldnames = names
        out: dict[str, dict] = {}
        for row in reader:
            line = reader.line_num
            if None in row:
                raise MetadataError(f"{path}: line {line} has more fields than the header")
            if any(v is None for v in row.values()):
                raise MetadataError(f"{path}: line {line} has fewer fields than the header")
            if not any(v.strip() for v in row.values()):
                continue
            rel = _norm_path(row["path"])
            if not rel:
                raise MetadataError(f"{path}: line {line} has an empty path")
            if rel in out:
                raise MetadataError(f"{path}: line {line}: path {rel!r} is listed twice")
            values = {k: (v.strip() or None) for k, v in row.items() if k != "path"}
            if values.get("published"):
                parsed = parse_date(values["published"])
                if parsed is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", values["published"]):
                    raise MetadataError(
                        f"{path}: line {line}: published {values['published']!r} is not a date YYYY-MM-DD"
                    )
                values["published"] = parsed
            out[rel] = values
    except csv.Error as err:
        raise MetadataError(f"{path}: line {reader.line_num}: {err}") from err
    return out
