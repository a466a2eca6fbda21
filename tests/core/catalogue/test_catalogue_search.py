"""The Catalogue tab's search and sort through the indexes of migration 0005, on SQLite and
PostgreSQL: the same claims as a plain reading of every claim would find, in the same order, kept
right through every kind of edit, undo and redo."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue import claims as claims_module
from claimdesk.core.catalogue.claims import _conditions
from claimdesk.core.catalogue.transfer import copy_catalogue
from claimdesk.core.domain.errors import ClaimDeskError, NotFoundError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.records import CLAIM_SORT_KEYS, ClaimFilter, ClaimInfo
from claimdesk.core.domain.search_text import MAX_SEARCH_TERMS, search_terms, words_left_out
from claimdesk.core.storage import claim_query
from claimdesk.core.storage.models import claim_table

ARTICLE = (
    "Глава МИД Азербайджана Джейхун Байрамов заявил: «Всё решено, ёлки зелёные». "
    "Пётр Ёлкин отметил, что ЕС поддержит переговоры. "
    'John O\'Neil said the "50% rule" stays, 100_000 jobs_ and C:\\path are fine. '
    "Мария Захарова: «Ёмкость рынка выросла вдвое». Ёж. Ё. "
)


def _fill(catalogue: Catalogue) -> dict[str, int]:
    """Three speakers (one with aliases), two articles, claims of every length, one claim with
    no speaker; returns the ids by a short name."""
    article = catalogue.add_article(
        ARTICLE, title="Зелёная ЭНЕРГЕТИКА и ёлки", outlet="Sputnik Азербайджан"
    ).id
    other = catalogue.add_article(
        "Мэр сказал: бюджет вырастет на 5%. Ещё он сказал: «Ё-моё».",
        title="Budget News",
        outlet="ТАСС",
        published="2024-07",
    ).id
    bayramov = catalogue.add_speaker("Джейхун Байрамов", aliases=["Глава МИД АР", "Bayramov"])
    elkin = catalogue.add_speaker("Пётр Ёлкин")
    catalogue.add_speaker("Мария Захарова")
    quotes = [
        ("Всё решено, ёлки зелёные", "Джейхун Байрамов"),
        ("ЕС поддержит переговоры", "Пётр Ёлкин"),
        ('the "50% rule" stays', "John O'Neil"),
        ("100_000 jobs_", None),
        ("C:\\path", "John O'Neil"),
        ("Ёмкость рынка выросла вдвое", "Мария Захарова"),
        ("Ёж", "Пётр Ёлкин"),
        ("Ё", None),
    ]
    for quote, speaker in quotes:
        catalogue.attribute_quote(article, quote, speaker)
    catalogue.attribute_quote(other, "бюджет вырастет на 5%", "Мэр")
    catalogue.attribute_quote(other, "Ё-моё", None)
    return {"article": article, "other": other, "bayramov": bayramov.id, "elkin": elkin.id}


def _reference(catalogue: Catalogue, query: str) -> list[int]:
    """The claims a plain reading finds: each search term of the query (its words, or the
    phrase in quotation marks), folded, anywhere in the folded quote, speaker's name or alias,
    or article title."""
    terms = [fold(term) for term in search_terms(query)]
    aliases = {s.id: s.aliases for s in catalogue.list_speakers()}

    def found(claim: ClaimInfo) -> bool:
        names = (claim.speaker_name, *aliases.get(claim.speaker_id or 0, ()))
        places = [fold(place) for place in (claim.quote, claim.article_title, *names) if place]
        return all(any(term in place for place in places) for term in terms)

    return [c.id for c in catalogue.list_claims() if found(c)] if terms else []


QUERIES = [
    "ВСЕ РЕШЕНО", "всё решено", "ЁЛКИ", "елки", "ёлкин", "ЕЛКИН", "глава мид", "BAYRAMOV",
    "зеленая энергетика", "ЗЕЛЁНЫЕ", "переговоры", "50%", '"50%', "% r", "_000", "jobs_",
    "c:\\path", "\\", "o'neil", "budget", "ёмкость рынка", "ё-моё", "е-мое", "ее",
    "Ёж", "еж", "ё", "е", "Е", "ес", "%", "_", "x", "несуществующее",
    # several words: each anywhere, punctuation around them left out; a phrase in quotes
    "решено зелёные", "ЗЕЛЁНЫЕ, решено", "байрамов ЁЛКИ", "переговоры Ёлкин", "budget 5%",
    "ё ж", "«ёлки зелёные»", '"решено, ёлки"', "“решено ёлки”", "ёлки —", "... ,",
    "переговоры несуществующее",
]  # fmt: skip


@pytest.mark.parametrize(
    ("typed", "terms"),
    [
        ("worldwide America", ["worldwide", "America"]),
        ("fight, and", ["fight", "and"]),
        ("  Syria   Iraq  ", ["Syria", "Iraq"]),
        ("«в то же время»", ["в то же время"]),
        ('"fight and"', ["fight and"]),
        ("“fight  and”", ["fight and"]),
        ("Ё-моё (ёлки)", ["Ё-моё", "ёлки"]),
        ("ёлки Ёлки елки", ["ёлки"]),  # the same word folded: once
        ("U.S. 5%", ["U.S", "5%"]),
        ("Clinton — economy", ["Clinton", "economy"]),
        ("—", ["—"]),  # only punctuation: as typed
        ('""', ['""']),
        ("   ", []),
    ],
)
def test_search_terms_are_the_words_or_a_phrase_in_quotes(typed: str, terms: list[str]) -> None:
    assert search_terms(typed) == terms


@pytest.mark.parametrize(
    ("typed", "left_out"),
    [
        (" ".join(f"w{n}" for n in range(16)), 0),
        (" ".join(f"w{n}" for n in range(20)), 4),
        (" ".join(f"w{n % 16}" for n in range(40)), 0),  # repeated words count once
        (" ".join(f"w{n}," for n in range(18)), 2),
        ("«" + " ".join(f"w{n}" for n in range(30)) + "»", 0),  # a phrase: all of it
        ("", 0),
    ],
)
def test_the_words_a_search_leaves_out_are_counted(typed: str, left_out: int) -> None:
    assert words_left_out(typed) == left_out


def test_a_pasted_paragraph_searches_its_first_words(catalogue: Catalogue) -> None:
    """Thousands of words pasted into the search made one condition each: SQLite refused the
    query ("Expression tree is too large") and the window said the catalogue could not be
    used. The first MAX_SEARCH_TERMS words are looked for."""
    _fill(catalogue)
    words = [f"слово{n}" for n in range(5000)]
    assert search_terms(" ".join(words)) == words[:MAX_SEARCH_TERMS]
    pasted = "ёлки зелёные решено " + " ".join(words)
    found = catalogue.list_claims(ClaimFilter(text=pasted))
    assert found == []  # "слово0"… are in no claim
    assert catalogue.count_claims(ClaimFilter(text=pasted), at_most=1000) == 0
    # a word repeated counts once: the claim its three words name is found, however often
    repeated = " ".join(["решено ёлки зелёные"] * 2000)
    assert [c.quote for c in catalogue.list_claims(ClaimFilter(text=repeated))] == [
        "Всё решено, ёлки зелёные"
    ]


def test_search_finds_what_a_plain_reading_finds(catalogue: Catalogue) -> None:
    _fill(catalogue)
    for query in QUERIES:
        expected = _reference(catalogue, query)
        claims = catalogue.list_claims(ClaimFilter(text=query))
        assert [c.id for c in claims] == expected, query
        assert catalogue.count_claims(ClaimFilter(text=query)) == len(expected), query
    # the reference itself finds what it should
    assert len(_reference(catalogue, "глава мид")) == 1  # by an alias
    assert len(_reference(catalogue, "%")) == 2  # "50%" and "5%"
    assert len(_reference(catalogue, "ЗЕЛЕНАЯ")) == 8  # the first article's title
    # several words: each anywhere, in one place or another; a phrase only as it stands
    assert len(_reference(catalogue, "решено зелёные")) == 1  # not side by side
    assert len(_reference(catalogue, "байрамов ЁЛКИ")) == 1  # the speaker and the quote
    assert len(_reference(catalogue, '"решено, ёлки"')) == 1
    assert _reference(catalogue, "“решено ёлки”") == []  # no comma: not this phrase
    assert _reference(catalogue, "переговоры несуществующее") == []


def test_a_count_stops_past_at_most(catalogue: Catalogue) -> None:
    """count_claims(at_most=n) is the exact count up to n and n + 1 ("more") past it, for
    searches found by quote, speaker or title, and for the other filters."""
    ids = _fill(catalogue)
    filters = [ClaimFilter(text=query) for query in QUERIES] + [
        ClaimFilter(text="ёлк", speaker_id=ids["elkin"]),
        ClaimFilter(outlet="тасс"),
        ClaimFilter(kind="claim"),
        ClaimFilter(unattributed=True),
    ]
    for wanted in filters:
        exact = catalogue.count_claims(wanted)
        for at_most in (0, 1, 2, 3, 5, 8, 50):
            counted = catalogue.count_claims(wanted, at_most=at_most)
            assert counted == min(exact, at_most + 1), (wanted, at_most)
            # and what a page lists after a bounded count is the same as after an exact one
            listed = [c.id for c in catalogue.list_claims(wanted, limit=2)]
            assert listed == [c.id for c in catalogue.list_claims(wanted)][:2], wanted


def test_search_finds_speakers_by_alias_in_any_case(catalogue: Catalogue) -> None:
    ids = _fill(catalogue)
    # "Глава МИД АР" is an alias, not the name: the name search alone found nothing
    found = catalogue.list_claims(ClaimFilter(text="ГЛАВА мид ар"))
    assert [c.speaker_id for c in found] == [ids["bayramov"]]
    assert catalogue.count_claims(ClaimFilter(text="глава МИД")) == 1
    assert [c.quote for c in catalogue.list_claims(ClaimFilter(text="bayramov"))] == [
        "Всё решено, ёлки зелёные"
    ]


def test_short_queries_search_without_trigrams(catalogue: Catalogue) -> None:
    _fill(catalogue)
    # one and two characters: no trigram to look up, still every claim that has them
    assert {c.quote for c in catalogue.list_claims(ClaimFilter(text="Ё"))} >= {"Ё", "Ёж", "Ё-моё"}
    assert catalogue.count_claims(ClaimFilter(text="ЕЖ")) == 1
    assert [c.quote for c in catalogue.list_claims(ClaimFilter(text="ес"))] == [
        "ЕС поддержит переговоры"
    ]
    assert catalogue.list_claims(ClaimFilter(text="_")) != []  # "100_000 jobs_" has one


SHORT_QUERIES = [q for q in QUERIES if 0 < len(fold(q)) < claim_query.TRIGRAM] + [
    "ь", ".", "»", "«", "2", "y", "ые", "е.", "ё,", "a ", " и", "%.", "д", "5%", "ж",
]  # fmt: skip


@pytest.mark.parametrize("walk_rows", [0, 2, 20_000])
def test_short_text_is_found_through_the_trigram_index_as_by_reading(
    catalogue: Catalogue, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One or two characters: the claims (at the start, middle and end of a quote, and quotes
    of one or two characters) and bounded counts are those a plain reading finds, whether the
    count reads the first claims or goes to the index at once."""
    ids = _fill(catalogue)
    catalogue.attribute_quote(ids["article"], "ж", None)  # a quote of one character
    monkeypatch.setattr(claim_query, "COUNT_WALK_ROWS", walk_rows)
    for query in SHORT_QUERIES:
        expected = _reference(catalogue, query)
        assert [c.id for c in catalogue.list_claims(ClaimFilter(text=query))] == expected, query
        assert catalogue.count_claims(ClaimFilter(text=query)) == len(expected), query
        for at_most in (0, 1, 3, 50):
            counted = catalogue.count_claims(ClaimFilter(text=query), at_most=at_most)
            assert counted == min(len(expected), at_most + 1), (query, at_most)


@pytest.mark.parametrize("walk_rows", [0, 2, 5, 20_000])
def test_bounded_counts_of_longer_text_agree_however_far_the_first_claims_are_read(
    catalogue: Catalogue, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text of three characters or more: a bounded count is the exact count up to at_most and
    at_most + 1 past it, whether the first claims (on PostgreSQL) hold enough matches to tell
    it, hold too few and the indexes count it, or are every claim; and the first page after it
    is the same."""
    _fill(catalogue)
    monkeypatch.setattr(claim_query, "TEXT_COUNT_WALK_ROWS", walk_rows)
    for query in [q for q in QUERIES if len(fold(q)) >= claim_query.TRIGRAM] + ["ело", "рын"]:
        expected = _reference(catalogue, query)
        wanted = ClaimFilter(text=query)
        for at_most in (0, 1, 2, 5, 50):
            counted = catalogue.count_claims(wanted, at_most=at_most)
            assert counted == min(len(expected), at_most + 1), (query, walk_rows, at_most)
            listed = [c.id for c in catalogue.list_claims(wanted, limit=3)]
            assert listed == expected[:3], (query, walk_rows, at_most)


def test_a_common_word_is_counted_in_the_first_claims_on_postgresql(catalogue: Catalogue) -> None:
    """On PostgreSQL a bounded count of a word found in many of the first claims reads those
    claims (a range of the claim table's ids) and does not ask pg_trgm's index, which would
    give every match of the catalogue first."""
    if catalogue.engine.dialect.name != "postgresql":
        pytest.skip("SQLite's FTS5 index stops at the LIMIT by itself")
    ids = _fill(catalogue)
    for number in range(12):
        catalogue.attribute_quote(ids["other"], "бюджет вырастет на 5%", None if number else "Мэр")
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement)

    event.listen(catalogue.engine, "before_cursor_execute", seen)
    try:
        assert catalogue.count_claims(ClaimFilter(text="БЮДЖЕТ"), at_most=5) == 6
    finally:
        event.remove(catalogue.engine, "before_cursor_execute", seen)
    counts = [s for s in statements if "count(" in s]
    assert counts, statements
    assert all("strpos(claim.quote_folded" in s for s in counts), counts
    assert not any("quote_folded LIKE" in s for s in counts), counts


def test_short_text_reads_no_quote_on_sqlite(catalogue: Catalogue) -> None:
    """On SQLite one or two characters are looked up in the trigram index and the quote-end
    indexes (migration 0006), not by reading every claim."""
    if catalogue.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's FTS5 vocabulary: PostgreSQL's trigrams are hashed")
    _fill(catalogue)
    for query in ("я", "xq"):
        with catalogue.engine.connect() as connection:
            search = claim_query.SearchIndexes.of(connection)
            assert search.terms
            condition = claim_query.text_condition(query, search)
            ids = select(claim_table.c.id).where(condition)
            compiled = ids.compile(connection, compile_kwargs={"literal_binds": True})
            plan = " | ".join(
                str(row[-1]) for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
        assert "SCAN claim" not in plan.replace("SCAN claim_search", ""), plan
        assert claim_query.TAIL_INDEXES[2] in plan, plan
        assert claim_query.TERMS_TABLE in plan, plan


def test_search_combines_with_the_other_filters(catalogue: Catalogue) -> None:
    ids = _fill(catalogue)
    both = ClaimFilter(text="ёлк", speaker_id=ids["elkin"])
    assert {c.quote for c in catalogue.list_claims(both)} == {"ЕС поддержит переговоры", "Ёж"}
    assert catalogue.count_claims(both) == 2
    taken = ClaimFilter(text="е", outlet="тасс", kind="direct")
    expected = [
        c.id
        for c in catalogue.list_claims(ClaimFilter(outlet="тасс", kind="direct"))
        if c.id in _reference(catalogue, "е")
    ]
    assert [c.id for c in catalogue.list_claims(taken)] == expected != []
    assert catalogue.count_claims(taken) == len(expected)


def _sort_value(claim: ClaimInfo, key: str) -> tuple[object, ...]:
    values: dict[str, object] = {
        "id": (),
        "speaker": claim_query.sort_text(claim.speaker_name or ""),
        "kind": claim.kind,
        "quote": fold(claim.quote),
        "article": claim_query.sort_text(claim.article_title),
        "outlet": claim_query.sort_text(claim.outlet),
        "published": claim.published or "",
        "tags": fold(claim.tags[0]) if claim.tags else "",  # shown as typed, kept folded
        "created_at": claim.created_at,
        "created_by": claim.created_by,
        "updated_by": claim.updated_by,
    }
    return (values[key], claim.id)


def _random_catalogue(catalogue: Catalogue, n: int = 60) -> None:
    rng = random.Random(7)
    words = ["Ёлка", "ель", "Ежи", "бюджет", "МИД", "санкции", "Talks", "talk", "zebra", "Åsa"]
    speakers = [catalogue.add_speaker(name).id for name in ("Ёлкин", "елкин б", "Ann", "Åsa")]
    articles = []
    for number in range(4):
        body = " ".join(rng.choice(words) for _ in range(400))
        articles.append(
            catalogue.add_article(
                f"{number} {body}",
                title=rng.choice(words) + f" {number}",
                outlet=rng.choice(["ТАСС", "", "Reuters", "тасс"]),
                published=rng.choice([None, "2024", "2024-07", "2024-07-28"]),
            ).id
        )
    made = 0
    while made < n:
        start = rng.randrange(0, 1500)
        try:
            catalogue.attribute_span(
                rng.choice(articles),
                start,
                start + rng.randint(1, 60),
                rng.choice([*speakers, None]),
                kind=rng.choice(["direct", "indirect", "claim"]),
                tags=rng.choice([[], [], ["Ёлка"], ["бюджет", "МИД"], ["ель", "ёж"], ["zebra"]]),
            )
        except ClaimDeskError:  # a span of spaces alone, or one taken already
            continue
        made += 1


@pytest.mark.parametrize("order_by", CLAIM_SORT_KEYS)
def test_every_sort_key_orders_as_the_folded_values_and_pages_the_same_way(
    catalogue: Catalogue, order_by: str
) -> None:
    _random_catalogue(catalogue)
    every = catalogue.list_claims()
    for descending in (False, True):
        listed = catalogue.list_claims(order_by=order_by, descending=descending)
        expected = sorted(every, key=lambda c: _sort_value(c, order_by), reverse=descending)
        assert [c.id for c in listed] == [c.id for c in expected], (order_by, descending)
        # keyset pages (after the last claim of the page before) and offset pages agree
        pages: list[int] = []
        after: int | None = None
        while True:
            page = catalogue.list_claims(
                order_by=order_by, descending=descending, limit=7, after=after
            )
            if not page:
                break
            pages += [c.id for c in page]
            after = page[-1].id
        assert pages == [c.id for c in listed]
        offsets = [
            c.id
            for start in range(0, len(listed), 7)
            for c in catalogue.list_claims(
                order_by=order_by, descending=descending, limit=7, offset=start
            )
        ]
        assert offsets == pages
    with pytest.raises(NotFoundError):
        catalogue.list_claims(order_by=order_by, after=10**9)


TITLES = [
    '"Да потому что он с нами контракт не стал подписывать", - объясняет Писеев.',
    "«Наше непримиримое соперничество в прошлом», — говорил Анатолий Карпов.",
    "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.",
    "Вряд ли стоит поступать на экономиста с прицелом на бизнес.",
    "Обращаясь к корреспонденту Forbes, Бекмамбетов замечает…",
    "ёлки и палки",
    "Елена Прекрасная",
    "— Ежи, — сказал он",
    "charles Barkley takes on Donald Trump",
]
"""Titles as real articles have them: opening with quotation marks or a dash, Russian and
English, capitals or not, ё and е."""
TITLES_SORTED = [
    "charles Barkley takes on Donald Trump",
    "NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.",
    "Вряд ли стоит поступать на экономиста с прицелом на бизнес.",
    '"Да потому что он с нами контракт не стал подписывать", - объясняет Писеев.',
    "— Ежи, — сказал он",
    "Елена Прекрасная",
    "ёлки и палки",
    "«Наше непримиримое соперничество в прошлом», — говорил Анатолий Карпов.",
    "Обращаясь к корреспонденту Forbes, Бекмамбетов замечает…",
]
"""As a person sorts them: by their words, case folded, ё as е, quotation marks left out
(Latin before Cyrillic, as every text column sorts)."""
KINDS_IN_RUSSIAN = ("indirect", "direct", "claim")
"""Косвенная цитата, Прямая цитата, Утверждение: the kinds as their Russian names sort."""


def _titled_catalogue(catalogue: Catalogue) -> None:
    """A claim or two in an article of each of TITLES, of every kind, some with outlets in
    quotation marks, some tagged (Russian and English, capitals, ё)."""
    tag_sets = [["Экономика", "бюджет"], [], ["Санкции"], ["ёлки"], ["Budget"], ["елена", "Zoo"]]
    kinds = ["direct", "indirect", "claim"]
    outlets = ["«Коммерсантъ»", "Reuters", '"Новая газета"', "ТАСС", ""]
    for number, title in enumerate(TITLES):
        body = f"Он сказал: первое {number}. Она сказала: второе {number}."
        article = catalogue.add_article(body, title=title, outlet=outlets[number % 5]).id
        catalogue.attribute_quote(
            article, f"первое {number}", None, kind=kinds[number % 3], tags=tag_sets[number % 6]
        )
        if number % 2:
            catalogue.attribute_quote(
                article,
                f"второе {number}",
                "«Газпром»" if number % 4 == 1 else "Алексей Миллер",
                kind=kinds[(number + 1) % 3],
            )


def _paged(
    catalogue: Catalogue, claim_filter: ClaimFilter | None = None, **order: object
) -> list[int]:
    pages: list[int] = []
    after: int | None = None
    while page := catalogue.list_claims(claim_filter, limit=2, after=after, **order):  # type: ignore[arg-type]
        pages += [c.id for c in page]
        after = page[-1].id
    return pages


def test_articles_sort_by_their_titles_as_shown_without_leading_quotation_marks(
    catalogue: Catalogue,
) -> None:
    """Sorted by article, titles that open with a quotation mark or a dash sort by their first
    word, Russian and English case folded, ё with е; then by claim id; down the reverse; page
    by page the same. So do outlets written in quotation marks, and speakers."""
    _titled_catalogue(catalogue)
    every = catalogue.list_claims()
    for descending in (False, True):
        listed = catalogue.list_claims(order_by="article", descending=descending)
        titles = list(dict.fromkeys(c.article_title for c in listed))
        assert titles == (TITLES_SORTED[::-1] if descending else TITLES_SORTED)
        expected = sorted(every, key=lambda c: _sort_value(c, "article"), reverse=descending)
        assert [c.id for c in listed] == [c.id for c in expected]
        assert _paged(catalogue, order_by="article", descending=descending) == [
            c.id for c in listed
        ]
        outlets = [
            c.outlet for c in catalogue.list_claims(order_by="outlet", descending=descending)
        ]
        firsts = list(dict.fromkeys(outlets))
        wanted = ["", "Reuters", "«Коммерсантъ»", '"Новая газета"', "ТАСС"]
        assert firsts == (wanted[::-1] if descending else wanted)
        speakers = [
            c.speaker_name for c in catalogue.list_claims(order_by="speaker", descending=descending)
        ]
        names = ["", "Алексей Миллер", "«Газпром»"]
        assert list(dict.fromkeys(speakers)) == (names[::-1] if descending else names)
    # a title edited to open with a quotation mark is sorted by its words at once (trigger)
    vryad = next(c for c in every if c.article_title.startswith("Вряд"))
    catalogue.update_article(vryad.article_id, title="«Ябеда» и другие")
    titles = list(dict.fromkeys(c.article_title for c in catalogue.list_claims(order_by="article")))
    assert titles[-1] == "«Ябеда» и другие"


def test_migration_0016_rewrites_the_keys_of_names_and_titles_in_quotation_marks(
    catalogue: Catalogue,
) -> None:
    """Upgraded from 0015, whose keys kept the quotation marks (titles in quotes sorted first),
    the speaker, article and outlet keys leave them out, as the triggers write them from then
    on; its downgrade puts them back."""
    _titled_catalogue(catalogue)
    _migrate(catalogue, "0015", down=True)
    with catalogue.engine.connect() as connection:
        titles = set(connection.execute(text("SELECT article FROM claim_sort_keys")).scalars())
        columns = connection.execute(text("SELECT * FROM claim_sort_keys")).keys()
    assert fold(TITLES[0]) in titles  # the quotation mark kept at 0015
    assert "tag" not in columns
    _migrate(catalogue, "head", down=False)
    stored, expected = _sort_keys(catalogue)
    assert stored == expected
    listed = catalogue.list_claims(order_by="article")
    assert list(dict.fromkeys(c.article_title for c in listed)) == TITLES_SORTED


@pytest.mark.parametrize("text", ["", "первое"])
def test_claims_sort_by_their_first_tag_as_shown(catalogue: Catalogue, text: str) -> None:
    """Sorted by tags: claims without tags first (as those without a speaker or a date), then by
    the first tag the column shows (tags are kept folded: case folded, ё as е), then by id;
    down the reverse; page by page the same, searched or not; kept as tags are added,
    removed and undone."""
    _titled_catalogue(catalogue)
    wanted = ClaimFilter(text=text)

    def check() -> None:
        every = catalogue.list_claims(wanted)
        assert any(c.tags for c in every) and any(not c.tags for c in every)
        for descending in (False, True):
            expected = [
                c.id
                for c in sorted(every, key=lambda c: _sort_value(c, "tags"), reverse=descending)
            ]
            listed = catalogue.list_claims(wanted, order_by="tags", descending=descending)
            assert [c.id for c in listed] == expected, descending
            assert _paged(catalogue, wanted, order_by="tags", descending=descending) == expected
        firsts = [c.tags[0] for c in catalogue.list_claims(wanted, order_by="tags") if c.tags]
        assert [fold(t) for t in firsts] == sorted(fold(t) for t in firsts)

    check()
    shown = [", ".join(c.tags) for c in catalogue.list_claims(order_by="tags")]
    assert list(dict.fromkeys(shown)) == [
        "",
        "Budget",
        "Zoo, елена",
        "бюджет, Экономика",
        "ёлки",
        "Санкции",
    ]  # fmt: skip  (as typed, in the order of the folded tags)
    untagged = next(c for c in catalogue.list_claims(wanted) if not c.tags)
    catalogue.update_claim(untagged.id, tags=["Аист", "Ель"])
    assert catalogue.list_claims(wanted, order_by="tags", descending=False)[-1].id != untagged.id
    check()
    tagged = next(c for c in catalogue.list_claims(wanted) if len(c.tags) == 2)
    catalogue.update_claim(tagged.id, tags=[tagged.tags[1]])  # its first tag removed
    check()
    catalogue.undo()
    check()
    catalogue.delete_claims([untagged.id])
    check()
    stored, expected = _sort_keys(catalogue)
    assert stored == expected


@pytest.mark.parametrize("text", ["", "первое", "второе"])
@pytest.mark.parametrize(
    ("kind_order", "ids_forwards"),
    [
        (KINDS_IN_RUSSIAN, False),  # against the stored values: the index walked backwards
        (("claim", "direct", "indirect"), True),  # English: the stored values' own order
        (("direct", "claim", "indirect"), True),  # any other: a CASE over the kind
        (("direct",), True),  # the kinds left out after it
    ],
)
def test_kinds_sort_in_the_order_of_their_names_as_shown(
    catalogue: Catalogue, text: str, kind_order: tuple[str, ...], ids_forwards: bool
) -> None:
    """Given the kinds in the order of their names in the interface's language (Russian:
    indirect, direct, claim), the claims come in that order, then by id (the kind's index is
    walked: backwards where the names run against the stored values, ids too); down the
    reverse; page by page the same, searched or not."""
    _titled_catalogue(catalogue)
    wanted = ClaimFilter(text=text)
    every = catalogue.list_claims(wanted)
    rank = {kind: place for place, kind in enumerate(kind_order)}
    assert len({c.kind for c in every}) == 3
    for descending in (False, True):
        ascending = sorted(
            every, key=lambda c: (rank.get(c.kind, len(rank)), c.id if ids_forwards else -c.id)
        )
        expected = [c.id for c in (ascending[::-1] if descending else ascending)]
        order = {"order_by": "kind", "descending": descending, "kind_order": kind_order}
        listed = catalogue.list_claims(wanted, **order)  # type: ignore[arg-type]
        assert [c.id for c in listed] == expected, descending
        assert _paged(catalogue, wanted, **order) == expected
        kinds = list(dict.fromkeys(c.kind for c in listed))
        in_order = kinds[::-1] if descending else kinds
        assert in_order[: len(kind_order)] == list(kind_order)


@pytest.mark.parametrize("walk_rows", [0, 10_000])
def test_quotes_alike_in_their_first_characters_page_in_order_while_searched(
    catalogue: Catalogue, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sorted by quote while searched, the matches are ordered by their sort keys (the first 80
    characters) before their whole quotes are read: quotes that share their first 80 characters
    and differ after them, and quotes that differ sooner, come in the order of the whole folded
    quote, page after page (by the claim before, or by position), up and down, whether the
    sort order is walked or the matches are sorted."""
    monkeypatch.setattr(claim_query, "WALK_ROWS", walk_rows)
    opening = "Ёмкость рынка, по нашим оценкам, вырастет вдвое за три года, если переговоры " * 2
    rng = random.Random(5)
    endings = ["я", "а", "Ё", "б", "е", "ж", "Z", "a", "", "ёё", "ее", "аа"]
    text = ""
    quotes: list[str] = []
    for number in range(40):
        head = opening if number % 3 else rng.choice(["Б ", "а ", "Я ", "z ", ""]) + opening[:50]
        quote = f"{head}{rng.choice(endings)}{rng.choice(endings)} конец"
        quotes.append(quote)
        text += quote + ". "
    article = catalogue.add_article(text, title="Рынок", outlet="ТАСС").id
    position = 0
    for quote in quotes:
        start = text.index(quote, position)
        catalogue.attribute_span(article, start, start + len(quote), None)
        position = start + len(quote)
    other = catalogue.add_article("Совсем другое дело.", title="Другое").id
    catalogue.attribute_span(other, 0, 6, None)
    wanted = ClaimFilter(text="ЕМКОСТЬ")
    every = catalogue.list_claims(wanted)
    assert len(every) == 40
    for descending in (False, True):
        expected = [
            c.id for c in sorted(every, key=lambda c: _sort_value(c, "quote"), reverse=descending)
        ]
        listed = catalogue.list_claims(wanted, order_by="quote", descending=descending)
        assert [c.id for c in listed] == expected, descending
        for size in (1, 3, 7):
            pages: list[int] = []
            after: int | None = None
            while page := catalogue.list_claims(
                wanted, order_by="quote", descending=descending, limit=size, after=after
            ):
                pages += [c.id for c in page]
                after = page[-1].id
            assert pages == expected, (descending, size)
            by_position = [
                c.id
                for start in range(0, 40, size)
                for c in catalogue.list_claims(
                    wanted, order_by="quote", descending=descending, limit=size, offset=start
                )
            ]
            assert by_position == expected, (descending, size)


def test_short_walks_page_every_order_without_losing_or_repeating_a_claim(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walks shorter than a run of claims sharing a sort key (an outlet, a speaker, a kind) end
    at a whole row of the order's index, not at the first key: the pages, read after the claim
    before, are the plain sort of the matches, each once, in every order, up and down."""
    monkeypatch.setattr(claim_query, "WALK_ROWS", 6)
    words = ["Ёлка", "ель", "бюджет", "МИД", "Talks", "zebra"]
    rng = random.Random(11)
    quotes = [
        f"{rng.choice(words)} {'ель ' if number % 2 else ''}{number} {rng.choice(words)}"
        for number in range(70)
    ]
    text = ". ".join(quotes) + "."
    speakers = [catalogue.add_speaker(name).id for name in ("Ёлкин", "Ann")] + [None]
    article = catalogue.add_article(text, title="Лес", outlet="РИА").id
    position = 0
    for number, quote in enumerate(quotes):
        start = text.index(quote, position)
        speaker = rng.choice(speakers)
        catalogue.attribute_span(article, start, start + len(quote), speaker)
        position = start + len(quote)
        if number == 30:
            article = catalogue.add_article(text, title="Поле", outlet="ТАСС").id
            position = 0
    wanted = ClaimFilter(text="ЕЛЬ")
    every = catalogue.list_claims(wanted)
    assert len(every) >= 35
    for order_by, descending, limit in itertools.product(
        ("id", "quote", "outlet", "speaker", "kind"), (False, True), (5, 8, 12)
    ):
        expected = [
            c.id for c in sorted(every, key=lambda c: _sort_value(c, order_by), reverse=descending)
        ]
        pages: list[int] = []
        after: int | None = None
        while page := catalogue.list_claims(
            wanted, order_by=order_by, descending=descending, limit=limit, after=after
        ):
            pages += [c.id for c in page]
            after = page[-1].id
        assert pages == expected, (order_by, descending, limit)


def test_only_an_array_of_integers_is_written_into_a_statement() -> None:
    assert claim_query.id_array([3, 1, 20]) == "{3,1,20}"
    assert claim_query.id_array([]) == "{}"
    assert str(claim_query._array_of([5, 7])) == "'{5,7}'::integer[]"
    for bad in ("{1,2}'; DROP TABLE claim; --", "{1,,2}", "1,2", "{1.5}", "{a}"):
        with pytest.raises(ValueError, match="not an integer array"):
            claim_query._array_of(bad)


@pytest.mark.parametrize("walk_rows", [10_000, 40, 3])
def test_filtered_pages_walk_or_sort_and_agree(
    catalogue: Catalogue, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A filtered page is read by walking the sort order (with the quote test no index answers)
    or from the matches (through the indexes): both give the same rows, after any claim. A
    walk cut short (``walk_rows``) before the page is complete gives way to the matches."""
    monkeypatch.setattr(claim_query, "WALK_ROWS", walk_rows)
    _random_catalogue(catalogue, 80)
    for query, order_by in itertools.product(("е", "ел", "ёлк", "talk", "zebra", "МИД"), ORDERS):
        wanted = ClaimFilter(text=query)
        order = claim_query.order_for(order_by)
        expected = [c.id for c in catalogue.list_claims(wanted, order_by=order_by)]
        by_key = sorted(catalogue.list_claims(wanted), key=lambda c: _sort_value(c, order_by))
        assert expected == [c.id for c in by_key]
        assert catalogue.count_claims(wanted) == len(expected)
        with catalogue.engine.connect() as connection:
            search = claim_query.SearchIndexes.of(connection)
            for after in (None, *expected[:3]):
                for walk in (False, True):
                    page = claim_query.page_ids(
                        connection,
                        _conditions(wanted, search),
                        order,
                        descending=False,
                        offset=1,
                        limit=4,
                        after=after,
                        walk_conditions=_conditions(wanted, search, walk=True) if walk else None,
                    )
                    start = expected.index(after) + 1 if after is not None else 0
                    assert page == expected[start + 1 : start + 5], (query, order_by, after, walk)
    monkeypatch.undo()
    assert claim_query.should_walk(50_000, 10**6, 0, 200)  # many match: walk
    assert not claim_query.should_walk(5_000, 10**6, 0, 200)  # few: sort them
    assert claim_query.should_walk(None, 10**6, 0, 200)  # not counted: a short walk first
    assert not claim_query.should_walk(0, 10**6, 0, 200)


ORDERS = ("speaker", "quote", "kind", "created_at", "id")


Keys = dict[int, tuple[str, ...]]


def _sort_keys(catalogue: Catalogue) -> tuple[Keys, Keys]:
    """claim_sort_keys as stored, and as the claims, speakers and articles say it should be."""
    with catalogue.engine.connect() as connection:
        stored = {
            int(row[0]): tuple(row[1:])
            for row in connection.execute(
                text(
                    "SELECT claim_id, speaker, article, outlet, published, quote, tag "
                    "FROM claim_sort_keys"
                )
            )
        }
        lead = claim_query.SORT_KEY_LEADING
        expected = {
            int(row[0]): (row[1].lstrip(lead), row[2].lstrip(lead), row[3].lstrip(lead), *row[4:])
            for row in connection.execute(
                text(
                    "SELECT c.id, coalesce(s.name_folded, ''), a.title_folded, a.outlet_folded,"
                    " coalesce(a.published, ''), substr(c.quote_folded, 1, 80),"
                    " coalesce((SELECT min(t.tag) FROM claim_tag t WHERE t.claim_id = c.id), '')"
                    " FROM claim c"
                    " JOIN article a ON a.id = c.article_id"
                    " LEFT JOIN speaker s ON s.id = c.speaker_id"
                )
            )
        }
    return stored, expected


def test_sort_keys_and_search_follow_every_edit_undo_and_redo(catalogue: Catalogue) -> None:
    ids = _fill(catalogue)

    def check(step: str) -> None:
        stored, expected = _sort_keys(catalogue)
        assert stored == expected, step
        for query in ("ёлк", "бюджет", "новое название", "ГЛАВА", "глава минфина", "рынок"):
            found = [c.id for c in catalogue.list_claims(ClaimFilter(text=query))]
            assert found == _reference(catalogue, query), (step, query)

    check("filled")
    claim = catalogue.list_claims(ClaimFilter(text="ёмкость"))[0]
    steps: list[tuple[str, Callable[[], object]]] = [
        ("rename a speaker", lambda: catalogue.update_speaker(ids["elkin"], name="Глава Минфина")),
        ("retitle an article",
         lambda: catalogue.update_article(ids["other"], title="Новое название")),
        ("new outlet and date",
         lambda: catalogue.update_article(ids["article"], outlet="РБК", published="2023")),
        ("move a claim", lambda: catalogue.move_claim(claim.id, claim.start, claim.start + 12)),
        ("reattribute", lambda: catalogue.reattribute(claim.id, ids["bayramov"])),
        ("add an alias", lambda: catalogue.add_alias(ids["bayramov"], "Рынок")),
        ("merge speakers", lambda: catalogue.merge_speakers(ids["bayramov"], ids["elkin"])),
        ("delete a speaker", lambda: catalogue.delete_speaker(ids["bayramov"])),
        ("delete a claim", lambda: catalogue.delete_claim(claim.id)),
        ("delete an article", lambda: catalogue.delete_article(ids["article"])),
    ]  # fmt: skip
    for step, edit in steps:
        edit()
        check(step)
    for step, _edit in reversed(steps):
        catalogue.undo()
        check(f"undo {step}")
    assert catalogue.count_claims() == 10
    for step, _edit in steps:
        catalogue.redo()
        check(f"redo {step}")


def test_a_copied_catalogue_searches_and_sorts_the_same(
    catalogue: Catalogue, catalogue_url: str, tmp_path: Path
) -> None:
    _fill(catalogue)
    copy = tmp_path / "copy.sqlite"
    copy_catalogue(catalogue_url, copy)
    with Catalogue.open(copy) as copied:
        stored, expected = _sort_keys(copied)
        assert stored == expected
        for query in ("ёлк", "глава мид", "бюджет"):
            assert [c.id for c in copied.list_claims(ClaimFilter(text=query))] == [
                c.id for c in catalogue.list_claims(ClaimFilter(text=query))
            ]
        assert [c.id for c in copied.list_claims(order_by="article", descending=True)] == [
            c.id for c in catalogue.list_claims(order_by="article", descending=True)
        ]


def test_the_trigram_index_is_there_and_used(catalogue: Catalogue) -> None:
    with catalogue.engine.connect() as connection:
        found = claim_query.SearchIndexes.of(connection)
    if catalogue.engine.dialect.name == "sqlite":
        assert found.fts
    else:
        assert found.trigram
        _fill(catalogue)
        with catalogue.engine.connect() as connection:
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = connection.execute(
                text("EXPLAIN SELECT id FROM claim WHERE quote_folded LIKE :p"), {"p": "%зелен%"}
            ).all()
        # the GIN index answers LIKE for Cyrillic text too (the server's locale knows letters)
        assert claim_query.TRIGRAM_INDEX in " ".join(str(row[0]) for row in plan)


def test_a_whole_list_is_read_a_few_thousand_claims_at_a_time(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    _random_catalogue(catalogue, 20)
    every = catalogue.list_claims(order_by="quote", descending=True)
    monkeypatch.setattr(claims_module, "ROWS_AT_ONCE", 3)  # seven reads of three claims
    assert catalogue.list_claims(order_by="quote", descending=True) == every
    assert len(every) == 20


def _migrate(catalogue: Catalogue, target: str, *, down: bool) -> None:
    from alembic import command

    from claimdesk.core.storage import db

    config = db.alembic_config()
    with catalogue.engine.connect().execution_options(claimdesk_write=True) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
        if connection.in_transaction():
            connection.commit()


def _insert_claim_at_0005(catalogue: Catalogue, article_id: int, quote: str) -> None:
    """A claim stored as ClaimDesk stored it at schema 0005 (the service layer writes the
    columns of today's schema: article versions, 0007)."""
    from sqlalchemy import column, insert, table

    from claimdesk.core.storage.models import UTCDateTime, utc_now

    old_claim = table(
        "claim",
        *(column(name) for name in ("article_id", "start", "end", "quote", "quote_folded")),
        *(column(name) for name in ("context_before", "context_after", "kind", "note")),
        column("created_at", UTCDateTime()),
        column("updated_at", UTCDateTime()),
    )
    now = utc_now()
    with catalogue.engine.begin() as connection:
        connection.execute(
            insert(old_claim).values(
                article_id=article_id,
                start=0,
                end=len(quote),
                quote=quote,
                quote_folded=fold(quote),
                context_before="",
                context_after="",
                kind="claim",
                note="",
                created_at=now,
                updated_at=now,
            )
        )


def test_quote_sort_keys_go_back_to_40_characters_and_up_to_80(catalogue: Catalogue) -> None:
    """Migration 0006 keeps 80 characters of each quote as its sort key (40 made groups of
    tens of thousands of claims that open alike), and its downgrade goes back to 40; the
    triggers write the same length as the migration."""
    _fill(catalogue)
    opening = "Мы рассчитываем, что правительство добьётся того, чтобы " * 2
    article = catalogue.add_article(opening + "бюджет вырос.", title="Длинные цитаты").id

    def key_lengths() -> set[int]:
        with catalogue.engine.connect() as connection:
            rows = connection.execute(text("SELECT length(quote) FROM claim_sort_keys"))
            return {int(length) for (length,) in rows}

    catalogue.attribute_quote(article, opening.strip(), None)
    assert max(key_lengths()) == 80
    _migrate(catalogue, "0005", down=True)
    assert max(key_lengths()) == 40
    _insert_claim_at_0005(catalogue, article, opening[:70])  # written by 0005's trigger
    assert max(key_lengths()) == 40
    _migrate(catalogue, "head", down=False)
    assert max(key_lengths()) == 80
    stored, expected = _sort_keys(catalogue)
    assert stored == expected
    listed = catalogue.list_claims(order_by="quote")
    assert [c.id for c in listed] == [
        c.id for c in sorted(listed, key=lambda c: (fold(c.quote), c.id))
    ]


# -- short text on PostgreSQL (migration 0008) and text no index may hold ----------------------

EDGE_ARTICLE = (
    "Сказал: «Ёж, ёлка и ЕЛЬ». Wrote: 'it''s \\ fine: a|b & c!*'. Ж. "
    "Знак \uffff внутри: «а\uffffб». Ещё: «q'x». "
)
EDGE_QUOTES = ["Ёж, ёлка и ЕЛЬ", "'it''s \\ fine: a|b & c!*'", "Ж", "а\uffffб", "q'x"]
EDGE_QUERIES = [
    "ж", "Ж", "ё", "е", "ЁЖ", "еж", "ел", "ЕЛЬ", "'", "''", "s'", "\\", "\\ ", ":", "*", "|",
    "&", "!", ":*", "a|", "&c", "\uffff", "а\uffff", "\uffffб", "q'", "'x", "x", "ь", "»", "ьк",
]  # fmt: skip


def _edge_catalogue(catalogue: Catalogue) -> None:
    """The small catalogue of ``_fill``, plus quotes with what a tsquery or LIKE treats
    specially, U+FFFF (the lexeme 0008 gives quotes it does not index), and a quote longer than
    0008 indexes the pairs of."""
    _fill(catalogue)
    article = catalogue.add_article(EDGE_ARTICLE, title="Знаки: ' и \\", outlet="РИА").id
    for quote in EDGE_QUOTES:
        catalogue.attribute_quote(article, quote, "Ёлкин-Пётр")
    words = ["Ёлочка", "ветер", "жук", "Zq", "ель"]
    rng = random.Random(3)
    long_text = " ".join(rng.choice(words) for _ in range(5_000)) + " конецъ"
    long_article = catalogue.add_article(long_text, title="Длинная").id
    catalogue.attribute_span(long_article, 0, len(long_text), None)  # > 20,000 characters


@pytest.mark.parametrize("walk_rows", [0, 20_000])
def test_short_and_special_text_is_found_as_a_plain_reading_finds(
    catalogue: Catalogue, walk_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every query, short or special (quotes, backslashes, tsquery operators, U+FFFF), finds the
    claims a plain Python reading finds, on both backends, whether a bounded count reads the
    first claims or goes to the indexes at once; and a page sorted by any key is the plain
    sort of those claims."""
    _edge_catalogue(catalogue)
    monkeypatch.setattr(claim_query, "COUNT_WALK_ROWS", walk_rows)
    assert len(max((c.quote for c in catalogue.list_claims()), key=len)) > 20_000
    for query in EDGE_QUERIES + SHORT_QUERIES:
        expected = _reference(catalogue, query)
        wanted = ClaimFilter(text=query)
        assert [c.id for c in catalogue.list_claims(wanted)] == expected, query
        assert catalogue.count_claims(wanted) == len(expected), query
        for at_most in (0, 2, 50):
            counted = catalogue.count_claims(wanted, at_most=at_most)
            assert counted == min(len(expected), at_most + 1), (query, at_most)
    by_id = {c.id: c for c in catalogue.list_claims()}
    for query, order_by in itertools.product(("ж", "е", "'", "\uffff", "zq"), ORDERS):
        for descending in (False, True):
            found = [by_id[i] for i in _reference(catalogue, query)]
            expected = sorted(found, key=lambda c: _sort_value(c, order_by), reverse=descending)
            listed = catalogue.list_claims(
                ClaimFilter(text=query), order_by=order_by, descending=descending
            )
            assert [c.id for c in listed] == [c.id for c in expected], (query, order_by)


def test_short_text_is_found_through_the_pairs_index_on_postgresql(catalogue: Catalogue) -> None:
    """On PostgreSQL one or two characters are looked up in migration 0008's index of the
    quotes' pairs of characters, not by reading every claim; text holding U+FFFF (what the
    index gives quotes it leaves out) is read."""
    if catalogue.engine.dialect.name != "postgresql":
        pytest.skip("SQLite finds short text through its FTS5 vocabulary (0006)")
    _edge_catalogue(catalogue)
    with catalogue.engine.connect() as connection:
        search = claim_query.SearchIndexes.of(connection)
        assert search.grams
        connection.exec_driver_sql("SET enable_seqscan = off")
        for query, indexed in (("я", True), ("xq", True), ("'", True), ("а\uffff", False)):
            condition = claim_query.text_condition(query, search)
            ids = select(claim_table.c.id).where(condition)
            compiled = ids.compile(connection, compile_kwargs={"literal_binds": True})
            plan = " | ".join(
                str(row[0]) for row in connection.exec_driver_sql(f"EXPLAIN {compiled}")
            )
            assert (claim_query.GRAMS_INDEX in plan) == indexed, (query, plan)
            assert ("Seq Scan on claim " in plan + " ") != indexed, (query, plan)


def test_the_pairs_index_goes_with_a_downgrade_and_comes_back(catalogue: Catalogue) -> None:
    """Migration 0008 down and up: on PostgreSQL its index and function go and come back, on
    SQLite nothing changes; searches find the same claims before and after."""
    _edge_catalogue(catalogue)
    postgresql = catalogue.engine.dialect.name == "postgresql"

    def indexed() -> bool:
        with catalogue.engine.connect() as connection:
            return claim_query.SearchIndexes.of(connection).grams

    def found() -> list[list[int]]:
        return [
            [c.id for c in catalogue.list_claims(ClaimFilter(text=query))] for query in EDGE_QUERIES
        ]

    before = found()
    assert before == [_reference(catalogue, query) for query in EDGE_QUERIES]
    assert indexed() == postgresql
    _migrate(catalogue, "0007", down=True)
    catalogue._search = None  # looked up again, as a newly opened catalogue does (opening
    # it would upgrade it)
    assert not indexed()
    # (not searched at 0007: the claims' columns of later migrations are not there yet, and
    # opening such a catalogue upgrades it first)
    _migrate(catalogue, "head", down=False)
    catalogue._search = None
    assert indexed() == postgresql
    assert found() == before


def test_a_searchs_matches_are_kept_for_its_pages_and_sorts_until_the_next_edit(
    catalogue: Catalogue, catalogue_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages read from a search's matches (every walk cut short here) find the matches once
    and keep them: every page of every order, up and down, is the plain sort of what a reading
    finds, with the search index asked once. An edit here, its undo, an edit in another window
    of the same catalogue and a new claim each have them found again, and the pages follow."""
    monkeypatch.setattr(claim_query, "WALK_ROWS", 2)
    searched: list[str] = []
    among: list[str] = []

    def note(_connection: object, _cursor: object, statement: str, *_args: object) -> None:
        if "found_ids" in statement:  # claim_query.found_ids: the search index asked
            searched.append("ЕЛЬ")
        if "= ANY ('{" in statement:  # claim_query.page_among_kept and OrderedMatches.read
            among.append(statement)

    _random_catalogue(catalogue, 60)
    event.listen(catalogue.engine, "before_cursor_execute", note)
    wanted = ClaimFilter(text="ЕЛЬ")
    every_order = ("quote", "outlet", "article", "speaker")

    def check(step: str, orders: tuple[str, ...] = every_order) -> None:
        matching = set(_reference(catalogue, "ЕЛЬ"))
        claims = [c for c in catalogue.list_claims() if c.id in matching]
        assert catalogue.count_claims(wanted) == len(claims), step
        for order_by, descending in itertools.product(orders, (False, True)):
            expected = sorted(claims, key=lambda c: _sort_value(c, order_by), reverse=descending)
            pages: list[int] = []
            after: int | None = None
            while page := catalogue.list_claims(
                wanted, order_by=order_by, descending=descending, limit=4, after=after
            ):
                pages += [c.id for c in page]
                after = page[-1].id
            assert pages == [c.id for c in expected], (step, order_by, descending)

    # both keep the matches: SQLite sorts them once per order, PostgreSQL reads each page
    # among them but by quote (sorted once, as on SQLite)
    once = ["ЕЛЬ"]
    check("first search")
    assert searched == once  # once, for every page and sort
    # PostgreSQL passes the kept ids back as one array; SQLite tests them as it walks
    assert bool(among) == (catalogue.engine.dialect.name == "postgresql")
    monkeypatch.setattr(claim_query, "WALK_ROWS", 10_000)  # pages met by walking the order
    check("walked, testing against the kept matches", ("kind", "published", "id"))
    assert searched == once
    monkeypatch.setattr(claim_query, "WALK_ROWS", 2)
    some = next(c for c in catalogue.list_claims(wanted) if "ель" in fold(c.quote))
    steps: list[tuple[str, Callable[[], object]]] = [
        ("delete a claim", lambda: catalogue.delete_claim(some.id)),
        ("undo", catalogue.undo),
        ("rename a speaker", lambda: catalogue.update_speaker(some.speaker_id or 1, name="Ель")),
        ("retitle an article", lambda: catalogue.update_article(some.article_id, title="Поле")),
    ]
    for step, edit in steps:
        searched.clear()
        edit()
        check(step, ("quote", "speaker"))
        assert searched == once, step
    with Catalogue.open(catalogue_url) as other:
        other.delete_claim(some.id)  # another window: the change count tells
    searched.clear()
    check("deleted elsewhere", ("article",))
    assert searched == once
    assert catalogue.list_claims(ClaimFilter(text="talk"), order_by="quote", limit=3)
    check("another search between", ("outlet",))
    monkeypatch.setattr(claim_query, "KEPT_MATCHES", 2)  # too many to keep: read each time
    check("not kept", ("quote",))


def test_sorted_by_a_key_of_the_article_a_kept_search_pages_from_its_first_match(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word found only in the articles whose outlet, title and date sort in the middle
    (others before and after them, some opening with quotation marks): every page of its
    matches by outlet, title and date, up and down, is the plain sort of them. On PostgreSQL
    the walk starts at their least (or greatest) key, looked up once for the three orders."""
    monkeypatch.setattr(claim_query, "WALK_ROWS", 2)  # pages read from the kept matches
    bounded: list[str] = []
    looked_up: list[str] = []

    def note(_connection: object, _cursor: object, statement: str, *_args: object) -> None:
        if "unnest(" in statement and "min(" in statement:
            looked_up.append(statement)
        elif "= ANY ('{" in statement and ("<=" in statement or ">=" in statement):
            bounded.append(statement)

    papers = [
        ("Reuters", "Aid talks", "2023-01-02", False),
        ("«Ведомости»", "«Бюджет» на год", "2024-05", True),
        ("ТАСС", "Переговоры в Баку", None, True),
        ("Новая газета", "…и снова", "2024", True),
        ("Яндекс", "ясно", "2025-12-31", False),
        ("", "Zebra", "2022", False),
    ]
    found: set[int] = set()
    for number, (outlet, title, published, with_word) in enumerate(papers):
        words = "переговоры идут" if with_word else "погода хорошая"
        text = f"{number}. Министр сказал: {words}. Посол: {words} снова.\n"
        article = catalogue.add_article(text, title=title, outlet=outlet, published=published)
        for at in (text.index(words), text.rindex(words)):
            claim = catalogue.attribute_span(article.id, at, at + len(words), None)
            if with_word:
                found.add(claim.id)
    event.listen(catalogue.engine, "before_cursor_execute", note)
    wanted = ClaimFilter(text="переговоры")
    claims = [c for c in catalogue.list_claims() if c.id in found]
    assert sorted(_reference(catalogue, "переговоры")) == sorted(found) and len(found) == 6
    for order_by, descending in itertools.product(sorted(claim_query.ARTICLE_ORDERS), (0, 1)):
        expected = sorted(claims, key=lambda c: _sort_value(c, order_by), reverse=bool(descending))
        pages: list[int] = []
        after: int | None = None
        while page := catalogue.list_claims(
            wanted, order_by=order_by, descending=bool(descending), limit=2, after=after
        ):
            pages += [c.id for c in page]
            after = page[-1].id
        assert pages == [c.id for c in expected], (order_by, descending)
    postgresql = catalogue.engine.dialect.name == "postgresql"
    assert len(looked_up) == postgresql  # once for the three orders, on PostgreSQL only
    assert bool(bounded) == postgresql
    if postgresql:  # made from the articles as the triggers make each claim's sort keys
        k = claim_query.sort_keys_table.c
        articles = claim_query.id_array(sorted({c.article_id for c in claims}))
        with catalogue.engine.connect() as connection:
            made = claim_query.first_key_bounds(connection, articles)
            for name in claim_query.ARTICLE_ORDERS:
                keys = select(func.min(k[name]), func.max(k[name])).where(k.claim_id.in_(found))
                assert made[name] == tuple(connection.execute(keys).one()), name


def test_names_aliases_and_titles_are_looked_up_by_trigrams_on_postgresql(
    catalogue: Catalogue,
) -> None:
    """Migration 0015: on PostgreSQL a search's LIKE on speakers' names, aliases and article
    titles is answered by their trigram indexes (each search read those tables whole), down
    and up again they go and come back, and searches find the same claims throughout; on
    SQLite nothing changes."""
    ids = _fill(catalogue)
    postgresql = catalogue.engine.dialect.name == "postgresql"
    queries = ["BAYRAMOV", "глава мид", "зеленая энергетика", "budget", "ёлкин", "ес", "x"]

    def plans() -> dict[str, str]:
        found = {}
        with catalogue.engine.connect() as connection:
            if postgresql:
                connection.exec_driver_sql("SET enable_seqscan = off")
            for name, (table, column) in (
                ("ix_speaker_name_trgm", ("speaker", "name_folded")),
                ("ix_speaker_alias_trgm", ("speaker_alias", "alias_folded")),
                ("ix_article_title_trgm", ("article", "title_folded")),
            ):
                rows = connection.execute(
                    text(f"EXPLAIN SELECT id FROM {table} WHERE {column} LIKE :p"),
                    {"p": "%елки%"},
                ).all()
                found[name] = " ".join(str(row[-1]) for row in rows)
        return found

    def searched() -> list[list[int]]:
        return [[c.id for c in catalogue.list_claims(ClaimFilter(text=q))] for q in queries]

    before = searched()
    assert before == [_reference(catalogue, q) for q in queries]
    assert ids["bayramov"] in {
        c.speaker_id for c in catalogue.list_claims(ClaimFilter(text="глава мид"))
    }
    assert all((name in plan) == postgresql for name, plan in plans().items()), plans()
    assert set(plans()) == claim_query.NAME_TRIGRAM_INDEXES
    if postgresql:
        # the search's own query: three characters or more through the indexes; one or two
        # (no trigram to look up) each name and title tested, not the whole index read
        with catalogue.engine.connect() as connection:
            search = claim_query.SearchIndexes.of(connection)
            connection.exec_driver_sql("SET enable_seqscan = off")
            for query, indexed in (("лавров", True), ("ЕЛКИН", True), ("ес", False), ("x", False)):
                ids = select(claim_table.c.id).where(claim_query.text_condition(query, search))
                compiled = ids.compile(connection, compile_kwargs={"literal_binds": True})
                plan = " ".join(
                    str(row[0]) for row in connection.exec_driver_sql(f"EXPLAIN {compiled}")
                )
                used = {name for name in claim_query.NAME_TRIGRAM_INDEXES if name in plan}
                # (a few rows: which index the planner takes for each table is its choice)
                assert bool(used) == indexed, plan
    _migrate(catalogue, "0014", down=True)
    assert not any(name in plan for name, plan in plans().items()), plans()
    _migrate(catalogue, "head", down=False)
    assert all((name in plan) == postgresql for name, plan in plans().items()), plans()
    assert searched() == before
