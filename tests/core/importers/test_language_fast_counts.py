"""Language detection counts letters by script with C loops (filter, regular expressions): it
must say exactly what the per-character loop it replaced said, ties included."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.core.importers import language
from claimdesk.core.importers.language import detect_language


def per_character_detect_language(text: str) -> str:
    """The earlier implementation: a Python loop over every character."""
    sample = text[: language.SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 3:
        return ""
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f" or c == "ə")
    by_script = Counter[str]()
    for c in letters:
        for (low, high), lang in zip(language._SCRIPTS, language._SCRIPT_LANGUAGE, strict=True):
            if low <= c <= high:
                by_script[lang] += 1
                break
    if by_script:
        lang, count = by_script.most_common(1)[0]
        if count > max(cyrillic, latin):
            if lang == "zh" and by_script["ja"] > 0.05 * len(letters):
                return "ja"
            return lang
    if cyrillic >= latin:
        return language._best_of(sample.lower(), ("ru", "uk", "be", "bg"), minimum=1)
    return language._best_of(
        sample.lower(), ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az"), minimum=2
    )


MIXED = st.sampled_from(
    list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў")
    + list("abcdefghijklmnopqrstuvwxyzßäöüñçœêèàùâîłąęśźżćńğışİə")
    + list("αβγδשלוםمرحباქართՀայかな漢字한글")
    + list("0123456789 .,;!?«»—\n²½Ⅻ_")
    + ["и ", "the ", "не ", "що ", "der ", "що ", "və "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MIXED, max_size=300).map("".join))
def test_the_same_language_as_the_per_character_loop(text: str) -> None:
    assert detect_language(text) == per_character_detect_language(text)


def test_a_tie_between_scripts_goes_to_the_one_seen_first() -> None:
    for text in ("かם글ح2", "글かםح", "αβשל", "שלαβ"):
        assert detect_language(text) == per_character_detect_language(text)


def test_the_sample_article(sample_text: str) -> None:
    assert detect_language(sample_text) == per_character_detect_language(sample_text) == "ru"


def per_word_best_of(sample: str, languages: tuple[str, ...], minimum: int) -> str:
    """The earlier scoring: every distinct word of the text looked up in each stop list."""
    words = Counter(language._WORD.findall(sample))
    letters = Counter(filter(str.isalpha, sample))
    total_words = sum(words.values())
    scores: dict[str, float] = {}
    for lang in languages:
        stop = language._STOP_WORDS[lang]
        score = float(sum(n for word, n in words.items() if word in stop))
        marks = sum(letters[c] for c in EARLIER_MARKS.get(lang, ""))
        score += min(marks, 3 + total_words // 20) * 1.5
        scores[lang] = score
    ranked = sorted(languages, key=lambda lang: -scores[lang])
    best, second = ranked[0], ranked[1]
    if scores[best] < minimum or scores[best] < 1.15 * scores[second]:
        if languages[0] == "ru" and scores["uk"] == 0 and scores["be"] == 0 and total_words:
            return "ru" if scores["bg"] <= scores["ru"] else ""
        return ""
    return best


EARLIER_MARKS = {
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

WORDY = st.sampled_from(
    [f"{word} " for words in language._STOP_WORDS.values() for word in sorted(words)]
    + list("ыэъёіїєґўßäöüñ¿¡çœêèàùâîãõłąęśźżćńğışİə")
    + ["Москва ", "Straße ", "¿Qué ", "garçon ", "İstanbul ", "12 ", "\n"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDY, max_size=200).map("".join))
def test_the_same_scores_as_the_per_word_loop(text: str) -> None:
    for languages, minimum in (
        (("ru", "uk", "be", "bg"), 1),
        (("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "az"), 2),
    ):
        sample = text.lower()
        assert language._best_of(sample, languages, minimum) == per_word_best_of(
            sample, languages, minimum
        )
    assert detect_language(text) == per_character_detect_language(text)


def code_page_alphabet(name: str) -> list[str]:
    """Every character Windows code page ``name`` has (letters, digits, symbols, µ ª ² …)."""
    found = []
    for byte in range(32, 256):
        try:
            found.append(bytes([byte]).decode(name))
        except UnicodeDecodeError:
            continue
    return found


IN_CODE_PAGES = st.sampled_from(
    code_page_alphabet("cp1251")
    + code_page_alphabet("cp1252")
    + [f"{word} " for words in language._STOP_WORDS.values() for word in sorted(words)]
    + [" ", "\n", "’", "'"] * 10
)


@settings(max_examples=600, deadline=None)
@given(st.lists(IN_CODE_PAGES, max_size=300).map("".join))
def test_text_in_a_code_page_gets_the_same_language_counted_in_bytes(text: str) -> None:
    """Samples Windows-1251 or -1252 can encode are counted as bytes (the fast way); the
    language is the one the per-character loop gives."""
    assert detect_language(text) == per_character_detect_language(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(IN_CODE_PAGES, max_size=300).map("".join))
def test_words_counted_in_bytes_are_the_words_of_the_text(text: str) -> None:
    lowered = text.lower()
    for page in language._CODE_PAGES:
        try:
            encoded = lowered.encode(page.name)
        except UnicodeEncodeError:
            continue
        counted = {word.decode(page.name): n for word, n in page.words(encoded).items()}
        assert counted == Counter(language._WORD.findall(lowered))


def test_words_joined_by_apostrophes_are_one_word_each_time() -> None:
    page = language._CODE_PAGES[1]
    text = "l'un d'un d'un rock'n'roll ’tis 'quoted' un un".encode(page.name)
    assert page.words(text) == Counter(
        {b"d'un": 2, b"un": 2, b"l'un": 1, b"rock'n": 1, b"roll": 1, b"tis": 1, b"quoted": 1}
    )


def test_news_in_russian_and_english_is_counted_in_bytes(sample_text: str) -> None:
    english = "The minister said on Thursday that the talks had been constructive. " * 20
    for text, expected in ((sample_text, "ru"), (english, "en"), ("Ёж, ёлка, щит.", "ru")):
        assert language._counted_in_a_code_page(text[: language.SAMPLE_CHARS]) == expected
        assert per_character_detect_language(text) == expected
    # a letter neither Cyrillic nor Latin (µ) and text no code page holds: counted by character
    assert language._counted_in_a_code_page("µg и мг") is None
    assert language._counted_in_a_code_page("Ελληνικά и русский") is None
