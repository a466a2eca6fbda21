"""Which language an article is written in: a small, deterministic, offline guess.

The script decides most cases (Greek, Arabic, Georgian, …). Cyrillic texts are told apart by the
letters only one language uses (і ї є ґ for Ukrainian, ы э ъ ё for Russian, ў for Belarusian)
and by their commonest short words; Latin-script texts by their commonest short words, with
letters such as ß, ñ or ł as tie-breakers. Returns "" rather than a wild guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

SAMPLE_CHARS = 6000

_STOP_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "ru": "и в не на что с по это как от для он она они из к за о но его её же бы был была "
        "было были уже также который которые чтобы если или при только так году",
        "uk": "і й в у не на що з із по це як від для він вона вони до за але його її же б був "
        "була було були вже також який які щоб якщо або при тільки так році та між",
        "be": "і ў не на што з па гэта як ад для ён яна яны да за але яго яе ж быў была было "
        "былі ужо таксама які якія каб калі або пры толькі так годзе",
        "bg": "и в не на че с по това как от за той тя те да се са е ще във със който които "
        "но или при само така година",
        "en": "the and of to in is that for it was on with as are by this be at from has have "
        "not but or an said which were will would their they he she his her its",
        "de": "der die das und ist nicht ein eine in zu den mit von sich auf für des dem im auch "
        "es an als wie bei nach aus er sie wird wurde sind hat oder aber noch",
        "fr": "le la les et est des en un une du que qui dans pour pas sur au il elle ne se par "
        "plus avec ce sont été aux cette mais ont son sa ses nous vous",
        "es": "el la los las y es de en un una que del por con para no se su al lo como más pero "
        "sus le ya fue este esta son ha entre sin sobre también",
        "it": "il la le gli e è di in un una che del della per con non si al lo come più ma "
        "sono dei nel alla anche questo questa ha stato dalla",
        "pt": "o a os as e é de em um uma que do da por com para não se no na ao como mais mas "
        "dos das foi este esta são pelo pela também",
        "nl": "de het een en is van in dat op te voor met niet zijn er aan ook als maar om dan "
        "door bij naar hij zij werd wordt heeft",
        "pl": "i w nie na że z się do to jest o jak od za po dla ale co tak jego jej był była "
        "było są przez który które oraz także",
        "tr": "ve bir bu da de için ile mi ne olarak daha çok gibi ama olan var yok sonra kadar "
        "değil ise her şey",
        "az": "və bir bu da də üçün ilə ki olaraq daha çox kimi amma olan var yox sonra qədər "
        "deyil isə hər",
    }.items()
}

# letters that point to one language among those sharing a script (only letters are counted:
# the ¿ and ¡ below never were)
_MARK_LETTERS: dict[str, str] = {
    "uk": "іїєґ",
    "ru": "ыэъё",
    "be": "ў",
    "de": "ßäöü",
    "es": "ñ¿¡",
    "fr": "çœêèàùâî",
    "pt": "ãõç",
    "pl": "łąęśźżćń",
    "tr": "ğışİ",
    "az": "əğış",
    "it": "àèìòù",
}
_MARK_LETTERS = {lang: "".join(filter(str.isalpha, marks)) for lang, marks in _MARK_LETTERS.items()}

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("\u0370", "\u03ff"),  # Greek
    ("\u0590", "\u05ff"),  # Hebrew
    ("\u0600", "\u06ff"),  # Arabic (and Persian, Urdu: told apart below)
    ("\u10a0", "\u10ff"),  # Georgian
    ("\u0530", "\u058f"),  # Armenian
    ("\u3040", "\u30ff"),  # Japanese kana
    ("\u4e00", "\u9fff"),  # CJK ideographs
    ("\uac00", "\ud7af"),  # Hangul
)
_SCRIPT_LANGUAGE = ("el", "he", "ar", "ka", "hy", "ja", "zh", "ko")
# the ranges do not overlap, so a letter counts for at most one of them
_SCRIPT_PATTERNS = tuple(re.compile(f"[{low}-{high}]") for low, high in _SCRIPTS)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_Word = TypeVar("_Word", str, bytes)


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("ru", "uk", "en", "de", "fr", "es", …) or "" when unsure."""
    sample = text[:SAMPLE_CHARS]
    fast = _counted_in_a_code_page(sample)
    if fast is not None:
        return fast
    # This runs for every imported file, so nothing loops over the characters in Python: the
    # sample's characters are counted once (in C), and the scripts are then told apart by
    # looking at each distinct letter (a few dozen) with its count.
    letter_counts = [(c, n) for c, n in Counter(sample).items() if c.isalpha()]
    letters = sum(n for _c, n in letter_counts)
    if letters < 3:
        return ""
    cyrillic = sum(n for c, n in letter_counts if "\u0400" <= c <= "\u04ff")
    latin = sum(n for c, n in letter_counts if _is_latin(c))
    if cyrillic + latin < letters:  # letters of other scripts: rare, so counted the long way
        by_script = _by_script("".join(filter(str.isalpha, sample)))
        if by_script:
            lang, count = by_script.most_common(1)[0]
            if count > max(cyrillic, latin):
                if lang == "zh" and by_script["ja"] > 0.05 * letters:
                    return "ja"  # Japanese mixes kana into its kanji
                return lang
    languages, minimum = _CYRILLIC_GROUP if cyrillic >= latin else _LATIN_GROUP
    return _best_of(sample.lower(), languages, minimum)


def _is_latin(letter: str) -> bool:
    return letter <= "\x7f" or "\u00c0" <= letter <= "\u024f" or letter == "ə"


_CYRILLIC_GROUP = (("ru", "uk", "be", "bg"), 1)
_LATIN_GROUP = (("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az"), 2)
"""The languages a text of each script may be in, and the score the best must reach."""


@dataclass(frozen=True, slots=True)
class _CodePage:
    """A single-byte code page most Russian or Western European text can be written in, with
    the bytes of each class of character, so that a text encoded in it is counted in C
    (``bytes.translate`` deletes a class or splits the words, ``bytes.count`` counts a letter)
    rather than as one Python string per character. Every class is worked out from the
    characters themselves (``str.isalpha``, the ranges :func:`detect_language` uses, what
    :data:`_WORD` takes for a letter), so the counts are exactly those of the characters."""

    name: str
    not_letters: bytes
    not_cyrillic: bytes
    not_latin: bytes
    marks: tuple[tuple[str, bytes], ...]
    """Each marked letter of :data:`_MARK_LETTERS` the code page has, and its byte."""
    split_words: bytes
    """A translate table: a byte of a word's letters stays, an apostrophe too, the rest is a
    space."""
    apostrophes: tuple[bytes, ...]
    word: re.Pattern[bytes]
    """:data:`_WORD` for the encoded text."""
    stop_words: dict[str, frozenset[bytes]]

    @classmethod
    def of(cls, name: str) -> _CodePage:
        chars = {byte: _char(byte, name) for byte in range(256)}

        def without(keep: Callable[[str], bool]) -> bytes:
            return bytes(b for b, c in chars.items() if not (c.isalpha() and keep(c)))

        marks = {c for letters in _MARK_LETTERS.values() for c in letters}
        word_letters = bytes(b for b, c in chars.items() if c and _WORD_LETTER.fullmatch(c))
        apostrophes = tuple(c.encode(name) for c in "'’" if _encodes(c, name))
        letters_class = b"[" + b"".join(re.escape(bytes([b])) for b in word_letters) + b"]"
        apostrophe_class = b"[" + b"".join(re.escape(a) for a in apostrophes) + b"]"
        kept = set(word_letters) | {a[0] for a in apostrophes}
        return cls(
            name=name,
            not_letters=without(lambda _c: True),
            not_cyrillic=without(lambda c: "\u0400" <= c <= "\u04ff"),
            not_latin=without(_is_latin),
            marks=tuple((c, bytes([b])) for b, c in chars.items() if c in marks),
            split_words=bytes(b if b in kept else 32 for b in range(256)),
            apostrophes=apostrophes,
            word=re.compile(letters_class + b"+(?:" + apostrophe_class + letters_class + b"+)?"),
            stop_words={
                lang: frozenset(w.encode(name) for w in words if _encodes(w, name))
                for lang, words in _STOP_WORDS.items()
            },
        )

    def words(self, lowered: bytes) -> Counter[bytes]:
        """How often each word (as :data:`_WORD` finds them) occurs in ``lowered``: the text
        split at every byte that is neither a letter nor an apostrophe; the few pieces with
        an apostrophe in them ("city's", "l'un") are then split as :data:`_WORD` splits them."""
        words = Counter(lowered.translate(self.split_words).split())
        if any(a in lowered for a in self.apostrophes):
            joined = [w for w in words if any(a in w for a in self.apostrophes)]
            for piece in joined:
                times = words.pop(piece)
                for word in self.word.findall(piece):
                    words[word] += times
        return words


_WORD_LETTER = re.compile(r"[^\W\d_]")


def _char(byte: int, code_page: str) -> str:
    """The character ``byte`` stands for in ``code_page`` ("" for a byte it leaves undefined,
    which an encoded text never holds)."""
    try:
        return bytes([byte]).decode(code_page)
    except UnicodeDecodeError:
        return ""


def _encodes(text: str, code_page: str) -> bool:
    try:
        text.encode(code_page)
    except UnicodeEncodeError:
        return False
    return True


_CODE_PAGES = tuple(_CodePage.of(name) for name in ("cp1251", "cp1252"))


def _counted_in_a_code_page(sample: str) -> str | None:
    """:func:`detect_language` for a sample that Windows-1251 or -1252 can encode (nearly all
    Russian, Ukrainian, English, German, French, Spanish… news), with every letter Cyrillic or
    Latin; None for any other sample, which is counted character by character."""
    for page in _CODE_PAGES:
        try:
            data = sample.encode(page.name)
            lowered = sample.lower().encode(page.name)
        except UnicodeEncodeError:
            continue
        letters = len(data.translate(None, page.not_letters))
        if letters < 3:
            return ""
        cyrillic = len(data.translate(None, page.not_cyrillic))
        latin = len(data.translate(None, page.not_latin))
        if cyrillic + latin < letters:
            return None  # a letter of neither (µ, ª): counted the long way, by script
        languages, minimum = _CYRILLIC_GROUP if cyrillic >= latin else _LATIN_GROUP
        words = page.words(lowered)
        marks = {c: lowered.count(byte) for c, byte in page.marks}
        return _choose(words, marks, languages, minimum, page.stop_words)
    return None


def _by_script(letters: str) -> Counter[str]:
    """Letters per script other than Cyrillic and Latin, in the order the scripts first appear
    (which settles a tie in most_common)."""
    found: list[tuple[int, str, int]] = []
    for pattern, lang in zip(_SCRIPT_PATTERNS, _SCRIPT_LANGUAGE, strict=True):
        first = pattern.search(letters)
        if first is not None:
            found.append((first.start(), lang, len(pattern.findall(letters))))
    return Counter[str]({lang: count for _start, lang, count in sorted(found)})


def _best_of(sample: str, languages: tuple[str, ...], minimum: int) -> str:
    """The language of ``sample`` (lower-cased) by its stop words and marked letters."""
    words = Counter(_WORD.findall(sample))
    return _choose(words, Counter(sample), languages, minimum, _STOP_WORDS)


def _choose(
    words: Mapping[_Word, int],
    chars: Mapping[str, int],
    languages: tuple[str, ...],
    minimum: int,
    stop_words: Mapping[str, frozenset[_Word]],
) -> str:
    """The language among ``languages`` whose stop words are most of ``words`` (a count of
    each word, as strings or as encoded bytes: ``stop_words`` are the same) and whose marked
    letters ``chars`` counts; "" when none stands out."""
    total_words = sum(words.values())
    scores: dict[str, float] = {}
    for lang in languages:
        # each stop word looked up in the text's words (not each word of the text in the list)
        score = float(sum(words[word] for word in stop_words[lang] if word in words))
        marks = sum(chars[c] for c in _MARK_LETTERS.get(lang, "") if c in chars)
        # a handful of marked letters is strong evidence; many cannot outweigh the words alone
        score += min(marks, 3 + total_words // 20) * 1.5
        scores[lang] = score
    ranked = sorted(languages, key=lambda lang: -scores[lang])
    best, second = ranked[0], ranked[1]
    if scores[best] < minimum or scores[best] < 1.15 * scores[second]:
        # a very short Cyrillic text without marked letters is far likelier Russian than not
        if languages[0] == "ru" and scores["uk"] == 0 and scores["be"] == 0 and total_words:
            return "ru" if scores["bg"] <= scores["ru"] else ""
        return ""
    return best
