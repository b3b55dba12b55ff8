"""A small offline language check: distinctive function words per language, with a letter fallback.

Each language has a list of very frequent function words. Swedish words that occur in another list count for
neither, so only *distinctive* words decide (Swedish "och", "är", "inte" against Norwegian/Danish "og", "er",
"ikke"); other languages may share words among themselves (Norwegian and Danish share many).
`swedish_score` is the Swedish share of all distinctive hits (0..1). Texts with too few hits fall back to
letters: å/ä/ö without æ/ø is taken as Swedish evidence.

A document can mix languages (a Swedish report with an English summary). `paragraph_languages` decides each
paragraph (a block between blank lines) on its own; a paragraph with too few distinctive words to tell is counted
as Swedish. The stage keeps a mixed document whose Swedish paragraphs make up enough of it and records the other
paragraphs' spans so that they are left out of NER (a Swedish model tags English text badly).
"""

from __future__ import annotations

import re
from collections import Counter

FUNCTION_WORDS: dict[str, str] = {
    "sv": "och att är inte jag från ska skulle också när vad hur där här sig mycket bara varit blev dem denna "
    "detta dessa vår våra mellan utan sina sitt hade kommer redan genom upp eller någon något några andra "
    "efter även både samt vilka vilket hos alla eftersom därför ju än dock själv sedan mot vid "
    # shared with other languages: listed so that they count for none of them
    "den det de som en ett på för med av till om har kan vi man men så i an under var",
    "no": "og er ikke jeg fra skal skulle også når hva hvordan der her seg mye bare vært ble dem denne dette "
    "disse vår våre mellom uten sine sitt hadde kommer allerede gjennom opp eller noen noe andre etter både "
    "hvilke hos alle fordi derfor enn selv siden mot ved til",
    "da": "og er ikke jeg fra skal skulle også når hvad hvordan der her sig meget bare været blev dem denne dette "
    "disse vores mellem uden sine sit havde kommer allerede gennem op eller nogen noget nogle andre efter "
    "både hvilke hos alle fordi derfor end selv siden mod ved til",
    "en": "the and of to is in that it was for on are with as be at by this have from or an but not what all "
    "were we when your can said there which their will would about if has been who more also",
    "de": "der die das und ist nicht ich von zu den mit sich des auf für ein eine dem auch es an werden aus er "
    "hat dass sie nach wird bei einer um noch wie über so zum war haben nur oder aber vor zur bis mehr",
    "fi": "ja on ei se että hän oli ole kun mutta niin kuin myös jos tai mitä minä sen ovat olla joka vain "
    "sitä tämä siitä nyt sekä kanssa hänen voi mukaan",
    "fr": "le la les et est pas je de des du un une que qui dans pour sur avec ce il elle sont au aux par plus "
    "mais ou son ses nous vous leur",
    "es": "el la los las y es no yo de del que en un una por con para se su al lo como más pero sus le ya o "
    "este sí porque esta entre cuando muy sin",
}

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Fewer distinctive hits than this and the letter fallback decides.
MIN_HITS = 3


def _distinctive(words: dict[str, str], home: str = "sv") -> dict[str, frozenset[str]]:
    sets = {lang: set(text.split()) for lang, text in words.items()}
    others = set().union(*(s for lang, s in sets.items() if lang != home))
    out = {lang: frozenset(s - sets[home]) for lang, s in sets.items()}
    out[home] = frozenset(sets[home] - others)
    return out


DISTINCTIVE = _distinctive(FUNCTION_WORDS)


# word -> the languages it is distinctive for (one dict lookup per word instead of one set test per language)
WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in DISTINCTIVE.items():
    for _word in _words:
        WORD_LANGUAGES[_word] = (*WORD_LANGUAGES.get(_word, ()), _lang)


def language_hits(text: str) -> dict[str, int]:
    hits = dict.fromkeys(DISTINCTIVE, 0)
    counts = Counter(_WORD.findall(text.lower()))
    for word, count in counts.items():
        for lang in WORD_LANGUAGES.get(word, ()):
            hits[lang] += count
    return hits


def detect_language(text: str) -> tuple[str, float]:
    """Return (ISO 639-1 code or 'und', Swedish score in 0..1)."""
    hits = language_hits(text)
    total = sum(hits.values())
    if total >= MIN_HITS:
        best = max(sorted(hits), key=lambda lang: hits[lang])
        return best, round(hits["sv"] / total, 4)
    swedish_letters = sum(text.count(ch) for ch in "åäöÅÄÖ")
    nordic_other = sum(text.count(ch) for ch in "æøÆØ")
    if swedish_letters and not nordic_other:
        return "sv", 0.75
    if total:
        best = max(sorted(hits), key=lambda lang: hits[lang])
        return best, round(hits["sv"] / total, 4)
    return "und", 0.0


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each block of text between blank lines."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def paragraph_languages(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) per paragraph: another language only where its distinctive words outnumber
    Swedish ones and there are enough of them to tell (MIN_HITS); else "sv"."""
    out = []
    for start, end in paragraphs(text):
        hits = language_hits(text[start:end])
        total = sum(hits.values())
        best = max(sorted(hits), key=lambda lang: hits[lang])
        foreign = total >= MIN_HITS and best != "sv" and hits["sv"] / total < 0.5
        out.append((start, end, best if foreign else "sv"))
    return out


def swedish_share(parts: list[tuple[int, int, str]]) -> float:
    """Share of the paragraphs' characters that are in Swedish paragraphs."""
    total = sum(end - start for start, end, _ in parts)
    return sum(end - start for start, end, lang in parts if lang == "sv") / total if total else 0.0
