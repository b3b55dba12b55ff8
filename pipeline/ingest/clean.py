"""Text -> clean text: mojibake repair, Unicode normalisation, whitespace rules and web boilerplate removal.

`clean_text(text) -> (clean, n_removed_lines)` is a pure function; every offset in later tables indexes into its
result. `clean_document(text or pages)` also reports repairs and, for paged formats, where each page starts in the
clean text (computed after cleaning, so the offsets are exact). The steps, in order:

1. ftfy repairs mojibake ("KompetensfÃ¶rsÃ¶rjning" -> "Kompetensförsörjning"), terminal escapes and line
   breaks (CRLF/CR/U+2028 -> LF) and applies Unicode NFC. Curly quotes are kept as they are.
2. Soft hyphens, zero-width characters and bidirectional controls (U+202A-U+202E, U+2066-U+2069, LRM, RLM, ALM:
   a right-to-left override shows a name reversed and hides it from a search) are removed; NBSP and the other
   Unicode spaces become a plain space; runs of spaces inside a line collapse to one; trailing spaces are stripped
   (leading indentation is kept).
3. Inline link artefacts are cut out of lines ("Reglab.selänk till annan webbplats, öppnas i nytt fönster"
   -> "Reglab.se").
4. Whole lines that are page furniture (BOILERPLATE_LINES) are dropped and counted; so are the buttons
   ("Ja"/"Nej") right after a feedback question, and a line left empty by step 3. A paragraph that repeats is
   content and stays (page chrome that repeats is removed by the format's extractor: HTML menus by trafilatura,
   PDF running headers by pipeline/ingest/pages.py).
5. Three or more line breaks collapse to one blank line; leading and trailing blank lines are dropped.

The patterns are data: add to the tuples below, each with a comment saying what furniture it catches.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy
import ftfy.chardata
from ftfy.badness import is_bad

FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC", explain=False)
# The same without the mojibake step: a text whose result differs from this one had mojibake repaired.
FTFY_NO_ENCODING_FIX = FTFY_CONFIG._replace(fix_encoding=False)
MOJIBAKE_NOTE = "mojibake repaired by ftfy (UTF-8 text that had been decoded as Latin-1/Windows-1252)"
# What UTF-8 read as Windows-1252/Latin-1 (or MacRoman) looks like: a lead byte's character ("Ã", "Â", "â", "√")
# followed by a continuation byte's (0x80-0xBF, as Latin-1 or as Windows-1252's specials). Without such a pair ftfy
# has no mojibake to repair, so its expensive mojibake search (about half of its time) is skipped; its other fixes
# (HTML entities, ligatures, control characters, NFC) always run.
MOJIBAKE_HINT = re.compile(
    "[ÃÂâ√ƒ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u2260-\u2265≈∆∂∑∏π∫Ωμ]"
)

# Characters deleted outright.
# (Regular expressions rather than str.translate: a dict-based translate costs ~0.2 s per MB of non-ASCII text.)
BIDI_CHARS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
DELETE_CHARS = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Unicode spaces mapped to a plain space (NBSP, narrow NBSP, figure space, en/em spaces, ideographic space ...).
SPACE_CHARS = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

_I = re.IGNORECASE

# Inline artefacts: text glued into a line by scraping a link's screen-reader label. Removed, line kept.
INLINE_ARTEFACTS: tuple[re.Pattern[str], ...] = (
    # "Reglab.selänk till annan webbplats, öppnas i nytt fönster" -> "Reglab.se"
    re.compile(
        r"[ \t]*\(?länk till (?:en )?(?:annan|extern) webbplats(?:,? ?öppnas i (?:ett )?nytt fönster)?\)?\.?", _I
    ),
    # "... (öppnas i nytt fönster)" / ", öppnas i ett nytt fönster"
    re.compile(r"[ \t]*[,(]?[ \t]*öppnas i (?:ett )?nytt (?:fönster|flik)\)?\.?", _I),
    # "Extern länk" label glued to a link text
    re.compile(r"[ \t]*\(?extern länk\)?(?=$|[ \t.,])", _I),
    # "(pdf, 1,2 MB)" style file labels are kept: they are content-bearing for analysts.
)

# Feedback questions ("Fick du hjälp av informationen på sidan?"); the buttons after one are dropped too.
FEEDBACK_QUESTIONS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, _I)
    for p in (
        r"fick du (den )?hjälp (av|med) (informationen|innehållet) på (den här )?sidan\??",
        r"(var|är) (informationen|innehållet) på (den här )?sidan (till )?hjälp(sam)?\??",
        r"(var|är) (den här )?sidan (till )?hjälp(sam)?\??",
        r"hittade du (det |den information )?(du|som du) (sökte|letade efter)\??",
    )
)

# Whole-line page furniture, matched against the stripped line (case-insensitive, full match).
BOILERPLATE_LINES: tuple[re.Pattern[str], ...] = (
    tuple(
        re.compile(p, _I)
        for p in (
            # Outdated-browser notices.
            r"(denna|den här) (webbplats|webbsida|sida|sajt) använder teknik som (troligen |kanske )?inte stöds"
            r" (i|av) din webbläsare.*",
            r"din webbläsare (är (föråldrad|gammal|inte uppdaterad)|stöds inte).*",
            r"vi rekommenderar att du (byter till|uppdaterar till|använder) en (modern|nyare|annan) webbläsare.*",
            # Cookie banners and their buttons.
            r"(denna|den här|vår) (webbplats|webbsida|sida|sajt) använder (kakor|cookies).*",
            r"vi använder (kakor|cookies).*",
            r"(jag )?(godkänn|godkänner|acceptera|accepterar|tillåt|neka|avvisa)( alla| nödvändiga)?"
            r" (kakor|cookies)\.?",
            r"(inställningar för|hantera|om) (kakor|cookies)( och personuppgifter)?\.?",
            r"(kakor|cookies)( och personuppgifter)?",
            r"läs mer om (hur vi använder )?(kakor|cookies).*",
            # Skip links, navigation and page tools.
            r"(gå|hoppa) (direkt )?till (huvud)?innehåll(et)?",
            r"(gå |hoppa )?(direkt )?till (sidans )?(huvud)?(innehåll|innehållet|toppen|början)",
            r"(hoppa över|gå förbi) (navigering(en)?|menyn?)",
            r"(tillbaka )?till toppen( av sidan)?",
            r"(visa |öppna |stäng )?(huvud)?meny(n)?",
            r"du är här:?.*",
            r"(dela|dela sidan|dela artikeln|skriv ut|skriv ut sidan|lyssna|lyssna på sidan|läs upp|läs upp sidan)",
            r"dela (på|via) (facebook|twitter|x|linkedin|e-post|mejl)",
            r"(facebook|twitter|linkedin|instagram|youtube)",
            r"följ oss (på|i) (sociala medier|facebook|twitter|linkedin|instagram)\.?",
            # What follows a feedback question (FEEDBACK_QUESTIONS above): thanks and form instructions.
            r"tack för (att du hjälper oss|din hjälp|ditt svar|din återkoppling|dina synpunkter)"
            r"( (att|med att) förbättra (webbplatsen|sidan))?.*",
            r"berätta gärna (vad|vilken information|hur).*",
            r"tänk på att (webbredaktionen|vi) inte kan svara.*",
            r"(vad|hur) kan vi (göra |förbättra ).*(bättre|sidan)\??",
            r"(skicka|lämna) (en )?(synpunkt|återkoppling)( på sidan)?",
            # "Publicerad: Uppdaterad:" date labels whose dates were lost (only labels, no digits).
            r"((senast )?(publicerad|uppdaterad|ändrad|granskad)( den)?:?[ \t]*)+",
            # A link artefact left alone on its own line.
            r"länk till (en )?(annan|extern) webbplats(,? ?öppnas i (ett )?nytt (fönster|flik))?\.?",
            r"\(?öppnas i (ett )?nytt (fönster|flik)\)?\.?",
        )
    )
    + FEEDBACK_QUESTIONS
)

# Lines removed only directly after a feedback question (the form's buttons).
FEEDBACK_BUTTONS = re.compile(r"(ja|nej|skicka|avbryt)", _I)

_SPACES_RUN = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _char_class(table: dict[int, object]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")


# ftfy's character-table fixes (ligatures, full-width forms, control characters) are str.translate passes over every
# segment, which cost more than all its other steps together; a step whose table has no character in the text changes
# nothing, so it is switched off for that text. Entities ("&#xFB01;") and escape sequences can produce such
# characters, so a text with "&", ESC or a C1 control always gets every step: the result is ftfy's either way.
_TABLE_STEPS = (
    ("fix_latin_ligatures", _char_class(ftfy.chardata.LIGATURES)),
    ("fix_character_width", _char_class(ftfy.chardata.WIDTH_MAP)),
    ("remove_control_chars", _char_class(ftfy.chardata.CONTROL_CHARS)),
)
_PRODUCES_CHARS = re.compile("[&\x1b\x80-\x9f]")


def ftfy_config(text: str) -> ftfy.TextFixerConfig:
    """FTFY_CONFIG with the steps that cannot change `text` switched off (same result, less time)."""
    config = FTFY_CONFIG if MOJIBAKE_HINT.search(text) else FTFY_NO_ENCODING_FIX
    if _PRODUCES_CHARS.search(text):
        return config
    return config._replace(**{step: False for step, chars in _TABLE_STEPS if not chars.search(text)})


def repairs_mojibake(text: str) -> bool:
    """True when ftfy's encoding repair changes `text` (cheap unless the text looks like mojibake)."""
    if not MOJIBAKE_HINT.search(text) or not is_bad(text):
        return False
    return ftfy.fix_text(text, config=FTFY_CONFIG) != ftfy.fix_text(text, config=FTFY_NO_ENCODING_FIX)


def normalise(text: str) -> str:
    """Steps 1–2 of the module docstring: encoding repair, NFC, special spaces, line endings."""
    text = ftfy.fix_text(text, config=ftfy_config(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = SPACE_CHARS.sub(" ", DELETE_CHARS.sub("", text))
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES_RUN.sub(" ", line).rstrip() for line in text.split("\n")]
    return "\n".join(lines)


# Every inline artefact mentions one of these words; a line without them is left alone (cheap test first).
_ARTEFACT_HINT = re.compile(r"länk|öppnas", _I)
# All whole-line patterns as one alternation: one regex call per line instead of one per pattern.
_ANY_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE_LINES), _I)


def strip_artefacts(line: str) -> str:
    if not _ARTEFACT_HINT.search(line):
        return line.rstrip()
    for pattern in INLINE_ARTEFACTS:
        line = pattern.sub("", line)
    return line.rstrip()


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and _ANY_BOILERPLATE.fullmatch(stripped) is not None


def clean_text(text: str) -> tuple[str, int]:
    """Return (clean text, number of non-blank lines removed as boilerplate)."""
    kept: list[str] = []
    removed = 0
    in_feedback = False
    for raw_line in normalise(text).split("\n"):
        if not raw_line.strip():
            kept.append("")
            continue
        line = strip_artefacts(raw_line)
        stripped = line.strip()
        if not stripped or is_boilerplate(stripped):
            removed += 1
            in_feedback = in_feedback or any(p.fullmatch(stripped) for p in FEEDBACK_QUESTIONS)
            continue
        if in_feedback and FEEDBACK_BUTTONS.fullmatch(stripped):
            removed += 1
            continue
        in_feedback = False
        kept.append(line)
    clean = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")
    return clean, removed


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: int  # non-blank lines removed as boilerplate
    page_starts: list[int] | None  # paged input: offset in `text` where page i+1 begins
    notes: list[str]  # repairs made ("mojibake repaired ...")


PAGE_SEPARATOR = "\n\n"


def clean_document(text: str | None = None, pages: list[str] | None = None) -> Cleaned:
    """Clean one text, or each page of a paged document and join the pages with a blank line.

    page_starts[i] is where page i+1's clean text begins; a page left empty starts where the next text would.
    """
    if pages is None:
        clean, removed = clean_text(text or "")
        notes = [MOJIBAKE_NOTE] if repairs_mojibake(text or "") else []
        return Cleaned(clean, removed, None, notes + _bidi_note([text or ""]))
    parts: list[str] = []
    starts: list[int] = []
    removed = 0
    offset = 0
    for page in pages:
        clean, page_removed = clean_text(page)
        removed += page_removed
        if clean and parts:
            offset += len(PAGE_SEPARATOR)
        starts.append(offset)
        if clean:
            parts.append(clean)
            offset += len(clean)
    notes = [MOJIBAKE_NOTE] if any(repairs_mojibake(page) for page in pages) else []
    return Cleaned(PAGE_SEPARATOR.join(parts), removed, starts, notes + _bidi_note(pages))


def _bidi_note(texts: list[str]) -> list[str]:
    count = sum(len(BIDI_CHARS.findall(text)) for text in texts)
    return [f"{count} bidirectional control character(s) (U+202E ...) removed"] if count else []
