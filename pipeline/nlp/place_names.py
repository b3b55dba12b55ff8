"""Which one-word LOC spans are common words, not places: "Ange namn ...", "Asbest är förbjudet ...".

The model takes a capitalised word at the start of a sentence or a list line for a place when its shape looks like
one. Read against the document, such a word is a common word when the document also writes it in lower case, or
when it only ever appears capitalised where every word is (sentence and line starts) and the gazetteer does not
know it. A real place that opens a sentence ("Kiruna är ...") is known to the gazetteer or written again mid-sentence.
Pure functions over token texts.
"""

from __future__ import annotations

from collections.abc import Sequence

LINE_MARKS = {"*", "-", "–", "—", "•", "#", "|", ":", "(", '"', "”", "“", "»"}


def capitalised_mid_sentence(words: Sequence[str], sent_starts: Sequence[bool]) -> set[str]:
    """Capitalised words that stand where a common word would be written in lower case: not opening a sentence
    and not right after a line mark ("* Asbest", "– Pool")."""
    out = set()
    for i, w in enumerate(words):
        if i == 0 or sent_starts[i] or not w[:1].isupper():
            continue
        prev = words[i - 1]
        if prev in LINE_MARKS or "\n" in prev or prev.endswith((".", "!", "?")):
            continue
        out.add(w)
    return out


def common_word_place(word: str, known: bool, lower_words: set[str], mid_caps: set[str]) -> bool:
    """True when a one-word LOC `word` is a common word: the gazetteer does not know it, and the document writes
    it in lower case or never capitalises it mid-sentence. Genitives count as the word ("Asbestens")."""
    if known or not word[:1].isupper() or word.isupper():
        return False
    low = word.lower()
    if low in lower_words:
        return True
    return word not in mid_caps and word.removesuffix("s") not in mid_caps
