"""Which language an article is written in: a small, deterministic, offline guess.

The script decides most cases (Greek, Arabic, Georgian, …). Cyrillic texts are told apart by the
letters only one language uses (і ї є ґ for Ukrainian, ы э ъ ё for Russian, ў for Belarusian)
and by their commonest short words; Latin-script texts by their commonest short words, with
letters such as ß, ñ or ł as tie-breakers. Returns "" rather than a wild guess.
"""

from __future__ import annotations

import re
from collections import Counter

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


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("ru", "uk", "en", "de", "fr", "es", …) or "" when unsure."""
    sample = text[:SAMPLE_CHARS]
    # This runs for every imported file, so nothing loops over the characters in Python: the
    # sample's characters are counted once (in C), and the scripts are then told apart by
    # looking at each distinct letter (a few dozen) with its count.
    letter_counts = [(c, n) for c, n in Counter(sample).items() if c.isalpha()]
    letters = sum(n for _c, n in letter_counts)
    if letters < 3:
        return ""
    cyrillic = sum(n for c, n in letter_counts if "\u0400" <= c <= "\u04ff")
    latin = sum(n for c, n in letter_counts if c <= "\x7f" or "\u00c0" <= c <= "\u024f" or c == "ə")
    if cyrillic + latin < letters:  # letters of other scripts: rare, so counted the long way
        by_script = _by_script("".join(filter(str.isalpha, sample)))
        if by_script:
            lang, count = by_script.most_common(1)[0]
            if count > max(cyrillic, latin):
                if lang == "zh" and by_script["ja"] > 0.05 * letters:
                    return "ja"  # Japanese mixes kana into its kanji
                return lang
    if cyrillic >= latin:
        return _best_of(sample.lower(), ("ru", "uk", "be", "bg"), minimum=1)
    return _best_of(
        sample.lower(), ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az"), minimum=2
    )


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
    found = _WORD.findall(sample)
    words = Counter(found)
    chars = Counter(sample)
    total_words = len(found)
    scores: dict[str, float] = {}
    for lang in languages:
        # each stop word looked up in the text's words (not each word of the text in the list)
        score = float(sum(words[word] for word in _STOP_WORDS[lang] if word in words))
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
