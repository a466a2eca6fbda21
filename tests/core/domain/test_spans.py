"""Span offsets, snapping to words, finding quotes and re-anchoring."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core.domain.errors import EmptySpanError, QuoteNotFoundError, SpanOutOfRangeError
from claimdesk.core.domain.spans import (
    find_all,
    find_quote,
    guess_kind,
    make_span,
    snap_to_words,
)

TEXT = "Глава МИД 🙂 Джейхун Байрамов сказал: «Мы готовы к диалогу», — подчеркнул он."


def test_make_span_keeps_exact_text_and_context() -> None:
    start = TEXT.index("Джейхун")
    span = make_span(TEXT, start, start + len("Джейхун Байрамов"), context=5)
    assert span.text == "Джейхун Байрамов"
    assert span.prefix == "ИД 🙂 "  # five code points, the emoji counts once
    assert span.suffix == " сказ"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (0, 10_000), (5, 5), (6, 2)])
def test_make_span_rejects_bad_offsets(start: int, end: int) -> None:
    with pytest.raises((SpanOutOfRangeError, EmptySpanError)):
        make_span(TEXT, start, end)


def test_make_span_rejects_white_space_only() -> None:
    with pytest.raises(EmptySpanError):
        make_span("a    b", 1, 4)


def test_snap_widens_to_words_and_drops_quotes_and_spaces() -> None:
    start = TEXT.index("«") - 1  # " «Мы ...»," from the space before the quote mark
    end = TEXT.index("»") + 1
    assert TEXT[slice(*snap_to_words(TEXT, start, end))] == "Мы готовы к диалогу"
    inside = TEXT.index("ейхун")  # cut through "Джейхун" and "Байрамов"
    s, e = snap_to_words(TEXT, inside, TEXT.index("рамов"))
    assert TEXT[s:e] == "Джейхун Байрамов"


def test_snap_keeps_combining_marks_with_their_letter() -> None:
    text = "Он сказал: cafe\u0301 au lait."
    start = text.index("af")
    s, e = snap_to_words(text, start, start + 2)
    assert text[s:e] == "cafe\u0301"


@given(st.text(min_size=1, max_size=60), st.data())
def test_snap_always_returns_a_range_inside_the_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    assert 0 <= s <= e <= len(text)


def test_find_quote_occurrences_and_white_space_tolerance() -> None:
    text = "Он сказал: да.\nОна сказала: да.\nОни   сказали\nнет."
    assert find_quote(text, "да", occurrence=2) == (text.index("да", 12), text.index("да", 12) + 2)
    s, e = find_quote(text, "Они сказали нет")
    assert text[s:e] == "Они   сказали\nнет"
    with pytest.raises(QuoteNotFoundError, match="occurs 2 time"):
        find_quote(text, "да", occurrence=3)
    with pytest.raises(QuoteNotFoundError, match="does not occur"):
        find_quote(text, "возможно")


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("Министр заявил: «Мы готовы к диалогу», — подчеркнул он.", "Мы готовы к диалогу",
         "direct"),
        ("Байрамов отметил, что отношения важны для региона.", "отношения важны для региона",
         "indirect"),
        ("По словам Захаровой, Москва следит за ситуацией.", "Москва следит за ситуацией",
         "indirect"),
        ('The mayor said that the budget will grow.', "the budget will grow", "indirect"),
        ('"We are ready," the minister said.', "We are ready", "direct"),
        ("According to the ministry, prices fell by 5%.", "prices fell by 5%", "indirect"),
        ("Цены на бензин выросли на три процента.", "Цены на бензин выросли", "claim"),
        # a span at the very start or end of the text, or with only spaces beyond it: no mark
        ("Prices fell. The mayor stayed on.", "The mayor stayed on.", "claim"),
        ("Prices fell. The mayor stayed on. \n  ", "The mayor stayed on.", "claim"),
        ("Цены выросли. Мэр остался", "Цены выросли.", "claim"),
        ("Prices fell. “The mayor stayed on.”", "The mayor stayed on.", "direct"),
    ],
)  # fmt: skip
def test_guess_kind_reads_quotation_marks_and_reporting_clauses(
    text: str, quote: str, kind: str
) -> None:
    start = text.index(quote)
    assert guess_kind(text, start, start + len(quote)).value == kind


# -- finding in the reader (find_all) ---------------------------------------------------------


def folded(text: str) -> str:
    """What find_all treats as equal, written plainly: case folded, ё as е, white space runs as
    one space."""
    out: list[str] = []
    for char in text.casefold().replace("ё", "е"):
        if char.isspace():
            if out[-1:] != [" "]:
                out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def test_find_all_folds_case_yo_and_white_space() -> None:
    text = (
        "Мария Захарова сказала.\nЗАХАРОВА\nповторила: Ёлка, ёлка, ЕЛКА и елка.\nМария\n  Захарова"
    )
    hits = [text[s:e] for s, e in find_all(text, "ЗАХАРОВА")]
    assert hits == ["Захарова", "ЗАХАРОВА", "Захарова"]
    assert [text[s:e] for s, e in find_all(text, "ёлка")] == ["Ёлка", "ёлка", "ЕЛКА", "елка"]
    assert find_all(text, "елка") == find_all(text, "ЁЛКА")
    # a line break (and a run of spaces) in the text matches one space in the query
    assert [text[s:e] for s, e in find_all(text, "мария захарова")] == [
        "Мария Захарова",
        "Мария\n  Захарова",
    ]
    assert find_all(text, "") == find_all(text, " \n") == []
    assert find_all(text, "Лавров") == []


def test_find_all_takes_whole_characters_and_a_separate_diaeresis() -> None:
    assert find_all("Straße", "STRASSE") == [(0, 6)]
    assert find_all("Straße", "s") == [(0, 1)]  # not half of ß
    text = "Е\u0308лка и е\u0308ж"  # ё as е plus a combining diaeresis
    assert [text[s:e] for s, e in find_all(text, "ёлка")] == ["Е\u0308лка"]
    assert [text[s:e] for s, e in find_all(text, "е")] == ["Е\u0308", "е\u0308"]


def test_find_all_offsets_are_code_points_past_emoji() -> None:
    hits = find_all(TEXT, "🙂 джейхун")
    assert [TEXT[s:e] for s, e in hits] == ["🙂 Джейхун"]
    assert hits[0][0] == TEXT.index("🙂")


# texts without a lone combining diaeresis: after е it folds away, which the plain oracle
# above does not model (tested on its own just above)
ANY_TEXT = st.text(st.characters(exclude_characters="\u0308", exclude_categories=("Cs",)))


@given(ANY_TEXT, st.data())
def test_every_hit_folds_equal_to_the_query(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    query = data.draw(st.sampled_from([text[start:end], text[start:end].upper(), "е", " "]))
    hits = find_all(text, query)
    for (s, e), (next_start, _) in pairwise([*hits, (len(text), len(text))]):
        assert 0 <= s < e <= next_start <= len(text)
        assert folded(text[s:e]) == folded(query)


@given(ANY_TEXT, ANY_TEXT.filter(str.strip), ANY_TEXT)
def test_an_inserted_occurrence_is_found(before: str, query: str, after: str) -> None:
    text = before + query + after
    hits = find_all(text, query)
    inserted = (len(before), len(before) + len(query))
    assert any(s < inserted[1] and e > inserted[0] for s, e in hits), hits


RUSSIAN_WORD = st.text(st.sampled_from("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"), min_size=1, max_size=8)


@given(st.lists(RUSSIAN_WORD, min_size=1, max_size=4), st.data())
def test_russian_case_yo_and_spacing_variants_find_each_other(
    words: list[str], data: st.DataObject
) -> None:
    def variant(word: str) -> str:
        chars = [
            data.draw(st.sampled_from([c, c.upper()] + (["е", "ё", "Е", "Ё"] if c in "её" else [])))
            for c in word
        ]
        return "".join(chars)

    spaces = st.sampled_from([" ", "\n", "  ", "\u00a0", " \n\t"])
    in_text = "".join(variant(w) + data.draw(spaces) for w in words).rstrip()
    query = " ".join(variant(w) for w in words)
    text = "Начало 🙂 текста. " + in_text + " Конец."
    assert (text.index(in_text), text.index(in_text) + len(in_text)) in find_all(text, query)


# -- snapping: what a claim neither starts nor ends with ---------------------------------------

SNAP_CASES = [
    # the reported case: quotation marks and the comma after them go, the words stay
    ('Он сказал: "Азербайджан добился результат", и ушёл.', '"Азербайджан добился результат",',
     "Азербайджан добился результат"),
    ("Министр: «Мы готовы к диалогу», — подчеркнул он.", "«Мы готовы к диалогу», —",
     "Мы готовы к диалогу"),
    ("Министр: «Мы готовы к диалогу»: так он сказал.", "готовы к диалогу»:", "готовы к диалогу"),
    ("Он сказал: „Wir sind bereit“, dann ging er.", "„Wir sind bereit“,", "Wir sind bereit"),
    ("Er sagte: ‚ja‘ und ging.", "‚ja‘", "ja"),
    ("She said “we are ready”; then left.", "“we are ready”;", "we are ready"),
    ("She said ‘we are ready’, then left.", "said ‘we are ready’,", "said ‘we are ready’"),
    ("Il a dit ‹ oui › hier.", "‹ oui ›", "oui"),
    ("He said 'yes', twice.", "'yes',", "yes"),
    ("「東京は安全だ」と彼は言った。", "「東京は安全だ」", "東京は安全だ"),
    # sentence-final punctuation of the claim's own sentence stays
    ("Цены выросли на три процента. Потом упали.", "Цены выросли на три процента. ",
     "Цены выросли на три процента."),
    ('"We are ready!" the minister said.', '"We are ready!"', "We are ready!"),
    ("Он спросил: «Кто виноват?..» и замолчал.", "«Кто виноват?..»", "Кто виноват?.."),
    ("«Это конец…»", "«Это конец…»", "Это конец…"),
    # …unless it ends the sentence around the quote
    ("Он сказал: «Мы готовы». Потом ушёл.", "Мы готовы».", "Мы готовы"),
    ("He said: “we are ready”. Then left.", "“we are ready”.", "we are ready"),
    # a quote that opens and closes inside the span is part of the claim
    ("Он назвал это «провокацией», добавив детали.", "Он назвал это «провокацией»,",
     "Он назвал это «провокацией»"),
    ("«Провокация», по его словам, продолжается.", "«Провокация», по его словам",
     "«Провокация», по его словам"),
    # a quote opened before the span, or closed after it, is not
    ("Он сказал: «Мы готовы, но не сейчас».", "но не сейчас»", "но не сейчас"),
    ("Он сказал: «Мы готовы, но не сейчас».", ": «Мы готовы", "Мы готовы"),
    # brackets pair up the same way
    ("Рост (по данным ТАСС) продолжится.", "по данным ТАСС)", "по данным ТАСС"),
    ("Рост (по данным ТАСС) продолжится.", "Рост (по данным ТАСС)", "Рост (по данным ТАСС)"),
    # apostrophes inside words are letters; dashes and minus signs
    ("They don't know, he said.", "n't know,", "don't know"),
    ("Он сказал — и ушёл.", "— и ушёл", "и ушёл"),
    ("Температура -5 градусов, сказал он.", "-5 градусов,", "-5 градусов"),
    # a mark just outside the selection that pairs with one inside it is taken in
    # from the first letter inside the marks to past the closing one: both marks
    (
        "The advisers want “flexibility” for their troops, he said.",
        "flexibility” for their troops",
        "“flexibility” for their troops",
    ),
    (
        "Министр назвал это «провокацией» и потребовал ответа.",
        "провокацией» и потребовал ответа",
        "«провокацией» и потребовал ответа",
    ),
    # and the other way: from before the opening mark to the last letter inside
    (
        "Он сказал, что это (по его словам) неизбежно.",
        "это (по его словам",
        "это (по его словам)",
    ),
    # a mark that pairs with nothing inside is still left out
    ("She said “we are ready” today.", "we are ready", "we are ready"),
    # straight quotes face no way: left as they were
    ('He called it "a plan" and more.', 'a plan" and more', 'a plan" and more'),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "selected", "snapped"), SNAP_CASES, ids=[f"case{i}" for i in range(len(SNAP_CASES))]
)
def test_snap_drops_edge_punctuation_and_keeps_the_claims_own(
    text: str, selected: str, snapped: str
) -> None:
    start = text.index(selected)
    s, e = snap_to_words(text, start, start + len(selected))
    assert text[s:e] == snapped


_QUOTES = "«»“”„‟\"'‘’‚‹›「」『』"
_LETTERS = "аяёЖzZé\u0301ß1٣"
# text that is mostly what snapping decides on (letters, spaces, quotes and punctuation), or any
_SNAP_TEXT = st.text(
    alphabet=st.sampled_from(list(_QUOTES + ",;:.!?…—-()[]  \n\t\u200b🙂" + _LETTERS)),
    max_size=40,
) | st.text(max_size=40)


def _only_marks(selection: str) -> bool:
    """Nothing but punctuation, spaces and invisible characters: snapping keeps it as it is."""
    return all(unicodedata.category(c)[0] in "PZC" for c in selection)


def _completes_a_word(added: str) -> bool:
    return all(unicodedata.category(c)[0] in "LMN" or c in "'’_" for c in added)


@given(_SNAP_TEXT, st.data())
def test_snap_properties(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = snap_to_words(text, start, end)
    assert 0 <= s <= e <= len(text)
    assert snap_to_words(text, s, e) == (s, e)  # idempotent
    if start == end or ((s, e) == (start, end) and _only_marks(text[start:end])):
        return  # nothing to keep: the selection is given back as it was
    # inside the selection, or wider only to complete a word it cut through, and to take in
    # the quotation mark or bracket next to it that pairs with one inside
    before, after = text[s:start], text[end:e]
    assert (
        s >= start
        or _completes_a_word(before)
        or (before[:1] in _QUOTES + "([{" and _completes_a_word(before[1:]))
    )
    assert (
        e <= end
        or _completes_a_word(after)
        or (after[-1:] in _QUOTES + ")]}" and _completes_a_word(after[:-1]))
    )
    snapped = text[s:e]
    for edge in (snapped[0], snapped[-1]):
        assert not edge.isspace() and unicodedata.category(edge) not in ("Cc", "Cf")
        assert edge not in ",;:"
    # a quotation mark at an edge stays only when another one in the span pairs with it
    if snapped[0] in _QUOTES:
        assert any(c in _QUOTES for c in snapped[1:]), snapped
    if snapped[-1] in _QUOTES:
        assert any(c in _QUOTES for c in snapped[:-1]), snapped
