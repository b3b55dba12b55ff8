"""Raw bytes -> text: BOM-aware strict UTF-8 first, then UTF-16 sniffing, then a legacy single-byte encoding.

Pure functions only; no file I/O. `decode_bytes` returns the text and the encoding's name, or raises
`DecodeFailure` whose `status` is ``binary`` (the bytes are not text) or ``decode_error`` (the bytes claim an
encoding, e.g. through a byte-order mark, but are not valid in it).

Binary is decided by content, never by one stray byte: a file that starts with another format's signature (a PNG,
a ZIP, a PDF renamed .txt), or whose NUL and control characters exceed MAX_CONTROL_SHARE. A text with a few such
characters (a NUL from a broken export, a bell, an escape) is text: `strip_controls` removes them and the caller
notes how many in status_detail.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Legacy encodings a Swedish text plausibly arrives in, most likely first (used to break ties).
# charset-normalizer adds its own candidates; each candidate is scored on how Swedish-plausible its result is,
# because charset-normalizer's own "best" is unreliable for short Latin-1 texts (it often says hp_roman8).
LEGACY_CANDIDATES = ("cp1252", "iso8859-15", "latin-1", "cp850", "mac-roman")

# Characters expected in Swedish prose besides ASCII; anything else non-ASCII counts against a candidate.
SWEDISH_LETTERS = frozenset("åäöÅÄÖ")
COMMON_EXTRA = frozenset("éÉüÜèàáíóúæøÆØ–—“”‘’…«»€§°½\u00a0\u00ad")

# Share of control characters (other than tab, LF, CR, FF) above which decoded "text" is called binary. Random
# bytes hold about 12 % of them; a text with a few stray ones (a NUL from a broken export) stays far below.
MAX_CONTROL_SHARE = 0.05

# File signatures of formats that are never plain text, whatever the file's extension says.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP package (.docx, .odt, .xlsx, .zip ...)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc, .xls)"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ\x90\x00", "a Windows program"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


@dataclass(frozen=True)
class DecodeFailure(Exception):
    status: str  # "binary" or "decode_error"
    detail: str

    def __str__(self) -> str:
        return self.detail


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def signature(raw: bytes) -> str | None:
    """The binary format whose signature `raw` starts with, or None."""
    return next((what for magic, what in SIGNATURES if raw.startswith(magic)), None)


def strip_controls(text: str) -> tuple[str, int]:
    """Remove NUL and other control characters (tab, LF, CR and FF stay); returns (text, number removed)."""
    clean, removed = _CONTROL.subn("", text)
    return clean, removed


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def plausibility(text: str) -> int:
    """Higher for text that looks like Swedish prose; used to choose between legacy decodings."""
    score = 0
    for ch in text:
        if ch.isascii():
            if ord(ch) < 32 and ch not in "\t\n\r\f":
                score -= 10
        elif ch in SWEDISH_LETTERS:
            score += 2
        elif ch in COMMON_EXTRA:
            score += 1
        else:
            score -= 3
    return score


def _looks_utf16(raw: bytes) -> str | None:
    """Detect BOM-less UTF-16 from the pattern of NUL bytes in ASCII-heavy text."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _canonical(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises DecodeFailure for binary or undecodable input."""
    for bom, name in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(name)
            except UnicodeDecodeError as err:
                raise DecodeFailure(
                    "decode_error",
                    f"starts with a {name} byte-order mark but is not valid {name} (byte {err.start}: {err.reason})",
                ) from err
            return text.lstrip("\ufeff"), name

    if b"\x00" in raw:
        utf16 = _looks_utf16(raw)
        if utf16:
            try:
                return raw.decode(utf16), utf16
            except UnicodeDecodeError as err:
                raise DecodeFailure(
                    "decode_error", f"looks like {utf16} without a byte-order mark but is not valid {utf16}"
                ) from err
        if raw.count(0) > MAX_CONTROL_SHARE * len(raw):
            raise DecodeFailure("binary", f"contains {raw.count(0)} NUL bytes in {len(raw)} bytes: not a text file")

    found = signature(raw)
    if found:
        raise DecodeFailure("binary", f"the file starts with the signature of {found}: not a text file")

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _control_share(text) > MAX_CONTROL_SHARE:
            raise DecodeFailure("binary", "valid UTF-8 but mostly control characters: not a text file")
        return text, "utf-8"

    candidates = list(LEGACY_CANDIDATES)
    for match in charset_normalizer.from_bytes(raw):
        name = _canonical(match.encoding)
        if name not in candidates:
            candidates.append(name)
    best: tuple[int, int, str, str] | None = None
    for rank, name in enumerate(candidates):
        try:
            text = raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_share(text) > MAX_CONTROL_SHARE:
            continue
        key = (plausibility(text), -rank, name, text)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        raise DecodeFailure("binary", "not valid UTF-8 and no text encoding decodes it without control characters")
    return best[3], _canonical(best[2])
