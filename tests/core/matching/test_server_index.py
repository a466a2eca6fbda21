"""The claim index kept on a PostgreSQL server (core/matching/server_index.py): exact results, kept
in step by every edit from every desk, merged without losing claims, rebuilt after a copy."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import OperationalError

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.transfer import copy_catalogue
from claimdesk.core.matching import server_index
from claimdesk.core.matching.server_index import TABLES, ServerClaimIndex
from claimdesk.core.matching.similarity import SUGGEST_THRESHOLD, claim_similarity

SUBJECTS = ["Министр финансов", "Мэр Баку", "The minister", "Губернатор Ёлкин", "Посол Турции"]
VERBS = ["заявил, что", "said that", "подчеркнул, что", "напомнил, что"]
CLAIMS = [
    "переговоры продолжатся в {n} году",
    "бюджет не вырастет до {n} года",
    "the talks will go on until {n}",
    "граница останется открытой ещё {n} дней",
    "инфляция составит {n}% по итогам года",
    "the budget will not grow before {n}",
    "стороны подпишут соглашение о мире в {n} году",
    "ЁЛКИ на площади поставят к {n} декабря",
]


def _quotes(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    quotes = []
    for _ in range(count):
        claim = rng.choice(CLAIMS).format(n=rng.randint(2, 40))
        words = claim.split()
        if rng.random() < 0.3:  # a reworded or shortened quote of the same claim
            words = words[: max(3, len(words) - rng.randint(1, 2))]
        quotes.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {' '.join(words)}")
    return quotes


def _fill(catalogue: Catalogue, quotes: list[str]) -> dict[int, str]:
    body = ". ".join(quotes) + "."
    article = catalogue.add_article(body, title="Сводка").id
    stored = {}
    position = 0
    for quote in quotes:
        start = body.index(quote, position)
        claim = catalogue.attribute_span(article, start, start + len(quote))
        stored[claim.id] = quote
        position = start + len(quote)
    return stored


def _exhaustive(query: str, stored: dict[int, str], limit: int = 10) -> list[tuple[int, float]]:
    scored = [(i, round(claim_similarity(query, q), 2)) for i, q in stored.items()]
    ranked = sorted((m for m in scored if m[1] >= SUGGEST_THRESHOLD), key=lambda m: (-m[1], m[0]))
    return ranked[:limit]


def _found(index: ServerClaimIndex, query: str) -> list[tuple[int, float]]:
    return [(m.claim_id, m.score) for m in index.search(query, limit=10)]


def test_server_search_gives_exactly_the_exhaustive_scan(pg_database: str) -> None:
    with Catalogue.open(pg_database) as catalogue:
        stored = _fill(catalogue, _quotes(150))
        index = catalogue.server_index
        assert index is not None and index.state() == "missing"
        catalogue.index.build()  # at start-up the GUI builds it on a worker thread
        assert index.state() == "ready"
        assert index.status().claims == len(stored)
        queries = [*_quotes(25, seed=11), *list(stored.values())[:10], "ёлки на площади"]
        for query in queries:
            assert _found(index, query) == _exhaustive(query, stored), query
        # the service layer answers from the server index with the stored claims attached
        similar = catalogue.similar_claims(queries[0])
        assert [(s.claim.id, s.score) for s in similar] == _exhaustive(queries[0], stored)
        assert index.search("") == [] and index.search("— «…» —") == []


def test_every_desks_edits_and_undo_keep_the_server_index_in_step(pg_database: str) -> None:
    with Catalogue.open(pg_database) as mine, Catalogue.open(pg_database) as theirs:
        _fill(mine, _quotes(20))
        mine.index.build()
        index = mine.server_index
        assert index is not None
        article = theirs.add_article("Посол заявил, что энергетический мост через Каспий готов.").id
        quote = "энергетический мост через Каспий готов"
        added = theirs.attribute_quote(article, quote, "Посол")
        # the other desk's claim is found by mine at once: the index lives on the server
        assert _found(index, quote) == [(added.id, 100.0)]
        theirs.delete_claim(added.id)
        assert _found(index, quote) == []
        theirs.undo()  # the claim comes back with its id, and into the index
        assert _found(index, quote) == [(added.id, 100.0)]
        theirs.redo()
        assert _found(index, quote) == []
        assert index.status().claims == 20


def test_merging_keeps_results_drops_deleted_claims_and_heals_missing_ones(
    pg_database: str,
) -> None:
    with Catalogue.open(pg_database) as catalogue:
        stored = _fill(catalogue, _quotes(60))
        index = catalogue.server_index
        assert index is not None
        # claims written while the index does not exist yet get no index rows...
        assert index.status().delta_rows == 0 and index.status().claims == 0
        assert index.rebuild()
        more = _fill(catalogue, _quotes(30, seed=3))  # ...claims written after go to the delta
        stored.update(more)
        assert index.status().delta_rows > 0
        for claim_id in list(more)[:10]:
            catalogue.delete_claim(claim_id)
            del stored[claim_id]
        with catalogue.engine.begin() as connection:  # as if a desk with another stemmer wrote it
            connection.execute(text("DELETE FROM match_keys WHERE claim_id = :i"), {"i": 5})
        queries = [*_quotes(15, seed=5), stored[5]]
        without_5 = {i: q for i, q in stored.items() if i != 5}
        for query in queries:  # searches read the delta too; a claim without a key is not found
            assert _found(index, query) == _exhaustive(query, without_5)
        assert index.compact()
        status = index.status()
        assert status.delta_rows == 0 and status.claims == len(stored)
        with catalogue.engine.connect() as connection:
            packed = connection.execute(text("SELECT claim_ids FROM match_postings")).scalars()
            posted = {
                int.from_bytes(bytes(ids)[i : i + 4], "big")
                for ids in packed
                for i in range(0, len(ids), 4)
            }
        assert posted == set(stored)  # deleted claims left the postings, claim 5 came back
        for query in queries:
            assert _found(index, query) == _exhaustive(query, stored)


def test_a_desk_with_another_stemmer_searches_its_own_index(pg_database: str) -> None:
    with Catalogue.open(pg_database) as catalogue:
        stored = _fill(catalogue, _quotes(30))
        catalogue.index.build()
        with catalogue.engine.begin() as connection:
            connection.execute(text("UPDATE match_state SET fingerprint = 'elsewhere'"))
        index = catalogue.server_index
        assert index is not None and index.state() == "other"
        query = next(iter(stored.values()))
        article = catalogue.add_article("Мэр сказал, что мост откроют весной.").id
        catalogue.attribute_quote(article, "мост откроют весной", "Мэр")
        assert index.status().delta_rows == 0  # it writes nothing into an index it cannot read
        similar = catalogue.similar_claims(query)  # answered by an index of its own
        assert [(s.claim.id, s.score) for s in similar] == _exhaustive(query, stored)


def test_a_copy_into_postgresql_is_found_by_the_server_index(
    tmp_path: Path, pg_database: str
) -> None:
    source = str(tmp_path / "desk.sqlite")
    with Catalogue.open(source) as desk:
        stored = _fill(desk, _quotes(40))
    with Catalogue.open(pg_database) as team:
        team.index.build()  # an empty team catalogue whose index is built and ready...
    copy_catalogue(source, pg_database)
    with Catalogue.open(pg_database) as team:
        index = team.server_index
        assert index is not None and index.state() == "missing"  # ...is built again
        query = stored[7]
        assert [(s.claim.id, s.score) for s in team.similar_claims(query)] == _exhaustive(
            query, stored
        )
        assert index.state() == "ready"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_only_postgresql_catalogues_get_the_server_index_tables(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = str(tmp_path / "c.sqlite") if kind == "sqlite" else request.getfixturevalue("pg_database")
    with Catalogue.open(url) as catalogue:
        names = set(inspect(catalogue.engine).get_table_names())
        assert (set(TABLES) <= names) == (kind == "postgresql")
        assert (catalogue.server_index is not None) == (kind == "postgresql")


def test_a_search_that_reads_a_big_delta_merges_it_in_the_background(
    pg_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Catalogue.open(pg_database) as catalogue:
        stored = _fill(catalogue, _quotes(20))
        catalogue.index.build()
        stored.update(_fill(catalogue, _quotes(20, seed=9)))
        index = catalogue.server_index
        assert index is not None and index.status().delta_rows > 0
        query = stored[25]
        index.search(query)  # a delta this small is left alone...
        assert index.compactions == 0 and not index.merging
        monkeypatch.setattr(server_index, "COMPACT_DELTA_ROWS", 1)
        index.search(query)  # ...one past the limit is merged after the search answered
        for _ in range(100):
            if index.compactions:
                break
            time.sleep(0.05)
        assert index.compactions == 1 and index.status().delta_rows == 0
        assert _found(index, query) == _exhaustive(query, stored)


class _AbortedError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"aborted ({sqlstate})")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(("sqlstate", "calls"), [("40001", 2), ("40P01", 2), ("42P01", 1)])
def test_a_merge_aborted_by_a_concurrent_edit_runs_again(sqlstate: str, calls: int) -> None:
    attempts: list[int] = []

    def work() -> bool:
        attempts.append(1)
        if len(attempts) == 1:
            raise OperationalError("DELETE FROM match_keys", {}, _AbortedError(sqlstate))
        return True

    if calls == 1:  # any other error is not retried
        with pytest.raises(OperationalError):
            server_index._retrying(work)
    else:
        assert server_index._retrying(work) is True
    assert len(attempts) == calls


def test_a_merge_that_keeps_failing_gives_up_with_the_error() -> None:
    def work() -> bool:
        raise OperationalError("DELETE", {}, _AbortedError("40001"))

    with pytest.raises(OperationalError):
        server_index._retrying(work)


@pytest.mark.parametrize(
    "query",
    [
        "\x00\x00",
        "\ud800 переговоры \udfff",  # lone surrogates, as a broken paste may carry
        "👩‍👩‍👧 שלום переговоры ٣٤ 🇦🇿",
        "'; DROP TABLE match_postings; --",
        "переговоры продолжатся " * 50_000,  # 1.2 MB
        "".join(chr(c) for c in range(0x20, 0x3000)),
    ],
)
def test_odd_queries_get_ordinary_answers_and_change_nothing(pg_database: str, query: str) -> None:
    with Catalogue.open(pg_database) as catalogue:
        stored = _fill(catalogue, _quotes(30))
        catalogue.index.build()
        index = catalogue.server_index
        assert index is not None
        before = index.status()
        found = _found(index, query)
        assert found == _exhaustive(query, stored)
        assert index.status() == before


def test_the_postings_read_in_binary_are_those_the_text_format_gives(pg_database: str) -> None:
    """Searches read the packed postings in PostgreSQL's binary format (half the bytes, no hex
    to decode); the rows are the same as the text format's, and another driver's path (no
    psycopg 3: SQLAlchemy with ``:name`` parameters) gives them too."""
    with Catalogue.open(pg_database) as catalogue:
        _fill(catalogue, _quotes(60))
        catalogue.index.build()
        with catalogue.engine.connect() as connection:
            codes = [
                int(t) for (t,) in connection.execute(text("SELECT term FROM match_postings"))
            ][:40]
            assert codes
            as_text = connection.execute(
                text(
                    "SELECT term, claim_ids FROM match_postings WHERE term = ANY(:codes) "
                    "ORDER BY term"
                ),
                {"codes": codes},
            ).all()
            sql = (
                "SELECT term, claim_ids FROM match_postings WHERE term = ANY(%(codes)s) "
                "ORDER BY term"
            )
            binary = server_index._binary_rows(connection, sql, {"codes": codes})
        assert [(int(t), bytes(b)) for t, b in binary] == [(int(t), bytes(b)) for t, b in as_text]
    with create_engine("sqlite://").connect() as other:  # a driver that is not psycopg 3
        assert server_index._binary_rows(other, "SELECT %(x)s + 1", {"x": 41}) == [(42,)]
