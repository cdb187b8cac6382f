"""Folding of names for search and duplicate detection, in Latin and Arabic script.

Counsellors type "mohamed" for "Mohammed", "Mohamed" or "محمد", and Arabic spellings vary
(أحمد / احمد, فاطمة / فاطمه, tatweel, harakat). Everything indexed or compared goes through
:func:`fold`; :func:`skeleton` gives a consonant key shared by Latin and Arabic spellings.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# After NFKD the hamza/madda carriers (أ إ آ ؤ ئ) are already split into a base letter and a mark.
_ARABIC_FOLD = str.maketrans(
    {
        "ٱ": "ا",  # alef wasla
        "ى": "ي",  # alef maqsura
        "ـ": None,  # tatweel
        "ء": None,  # lone hamza, often omitted in writing
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
    }
)
_SEPARATORS = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, Arabic-variant-free text with single spaces between words."""
    return _fold(text).replace("ة", "ه")  # ta marbuta


def _fold(text: str) -> str:
    if text.isascii():  # most names: nothing to decompose, and casefold is lower
        folded = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        folded = no_marks.translate(_ARABIC_DIGITS).translate(_ARABIC_FOLD).casefold()
        folded = folded.replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o")
    return " ".join(_SEPARATORS.split(folded)).strip()


def words(text: str) -> list[str]:
    return [w for w in fold(text).split(" ") if w]


def _skeleton_words(text: str) -> list[str]:
    return [w for w in _fold(text).split(" ") if w]


# Consonant classes shared by both scripts. Vowels, و and ي (often vowels) and ع are dropped.
_ARABIC_TO_KEY = {
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "ح": "h",
    "خ": "k",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "غ": "g",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ة": "",
    "ڤ": "v",
    "پ": "b",
    "گ": "g",
}
_LATIN_DIGRAPHS = (
    ("kh", "k"),
    ("gh", "g"),
    ("ch", "s"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("ph", "f"),
    ("ck", "k"),
    ("dj", "j"),
    ("q", "k"),
    ("c", "k"),
    ("x", "ks"),
    ("p", "b"),
    ("w", ""),
    ("v", "f"),
)
_LATIN_VOWELS = re.compile(r"[aeiouy]")
_NOT_LATIN_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


def _word_skeleton(word: str) -> str:
    if any("\u0600" <= ch <= "\u06ff" for ch in word):
        key = "".join(_ARABIC_TO_KEY.get(ch, "") for ch in word)
    else:
        key = word
        for digraph, replacement in _LATIN_DIGRAPHS:
            key = key.replace(digraph, replacement)
        key = _LATIN_VOWELS.sub("", key)
        key = _NOT_LATIN_LETTER.sub("", key)
    return _DOUBLED.sub(r"\1", key)


def skeleton(text: str) -> str:
    """Consonant key of a whole name: 'Mohammed', 'Mohamed' and 'محمد' all give 'mhmd'.

    Words are joined before doubled letters collapse, so 'Abdellah' and 'عبد الله' agree.
    """
    return _DOUBLED.sub(r"\1", "".join(_word_skeleton(w) for w in _skeleton_words(text)))


def word_skeletons(text: str) -> list[str]:
    return [s for s in (_word_skeleton(w) for w in _skeleton_words(text)) if s]


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text.translate(_ARABIC_DIGITS))


def document_key(number: str) -> str:
    """Identity-document numbers compared without spaces, dashes or case: 'ab 12-345' = 'AB12345'."""
    return re.sub(r"[^0-9A-Z]", "", fold(number).upper())
