"""A damaged catalogue file (issue 15): found on opening and on any read that meets the damage,
never written into, and what is readable recovered into a new catalogue.

The damage is real: a catalogue is built, closed, and then pages in the middle of its file are
overwritten with noise, or the file is cut short, or a stored timestamp loses a digit.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import Message
from pathlib import Path

import pytest
from alembic import command

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import CatalogueDamagedError, InvalidValueError
from claimdesk.core.domain.folding import fold
from claimdesk.core.domain.messages import set_translator
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.importers.web import WebSnapshot
from claimdesk.core.storage import db
from claimdesk.core.storage.recovery import RecoveryError
from claimdesk.core.storage.store import storage_errors
from claimdesk.i18n_core import install_core_translations
from claimdesk.i18n_text import set_language

ARTICLES = 30
CLAIMS_PER_ARTICLE = 8
WORDS = "министр заявил что переговоры продолжатся Байрамов отметил визит Баку делегация".split()


def _article_text(number: int) -> str:
    rng = random.Random(number)
    sentences = [
        f"Фраза {number}-{k}: " + " ".join(rng.choice(WORDS) for _ in range(40)) + "."
        for k in range(CLAIMS_PER_ARTICLE)
    ]
    return f"Статья номер {number}\n\n" + "\n".join(sentences)


def _quote(number: int, k: int) -> str:
    return f"Фраза {number}-{k}:"


def _in_claim_row(number: int, k: int) -> str:
    """Text found only in the claim's own row: its quote and, in the next column, the quote
    folded to lower case (the article holds the quote alone; the sort keys and their index,
    migration 0005, the folded quote alone)."""
    quote = _quote(number, k)
    return quote + quote.casefold()


def _page(text: str) -> WebSnapshot:
    headers = Message()
    headers["Content-Type"] = "text/html; charset=utf-8"
    return WebSnapshot.of(
        f"<html><body><p>{text}</p></body></html>".encode(),
        address="https://example.ru/1",
        url="https://example.ru/статья/1",
        redirects=(),
        status=200,
        headers=headers,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed catalogue of 30 articles with 8 claims each (some tagged), by 10 speakers."""
    path = tmp_path_factory.mktemp("built") / "catalogue.sqlite"
    with Catalogue.open(path) as catalogue:
        speakers = [catalogue.add_speaker(f"Докладчик {i}").name for i in range(10)]
        catalogue.add_alias(1, "Глава МИД")
        for number in range(1, ARTICLES + 1):
            # the first came from the web: its page is kept (a compressed body, a BLOB)
            page = _page(_article_text(number)) if number == 1 else None
            article = catalogue.add_article(
                _article_text(number), title=f"Статья {number}", snapshot=page
            ).id
            for k in range(CLAIMS_PER_ARTICLE):
                catalogue.attribute_quote(
                    article, _quote(number, k), speakers[(number + k) % 10], tags=["визит"]
                )
    assert not path.with_name(path.name + "-wal").exists()  # all in the one file
    return path


@pytest.fixture
def catalogue_copy(built: Path, tmp_path: Path) -> Path:
    path = tmp_path / "catalogue.sqlite"
    shutil.copyfile(built, path)
    return path


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def overwrite_pages_holding(path: Path, *texts: str) -> None:
    """Overwrite with noise each page of the file that holds one of ``texts`` (the rows on it,
    and nothing else, are lost)."""
    data = bytearray(path.read_bytes())
    page = _page_size(path)
    noise = random.Random(15)
    for text in texts:
        at = data.find(text.encode())
        assert at > 0, text
        first = at // page * page
        data[first : first + page] = bytes(noise.randrange(256) for _ in range(page))
    path.write_bytes(bytes(data))


def cut_short(path: Path, fraction: float = 0.8) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])


def spoil_a_timestamp(path: Path, article: int, k: int) -> None:
    """Change one digit of a claim's stored updated_at into a letter: a damaged value that no
    structural check can see (no index holds updated_at; created_at's index would differ from
    the row, which integrity_check reports)."""
    data = bytearray(path.read_bytes())
    at = data.find(_in_claim_row(article, k).encode())
    assert at > 0
    stamp = at
    for _ in range(2):  # the claim's created_at, then its updated_at: YYYY-MM-DD …
        stamp = data.find(b"-", stamp + 1)
        while not data[stamp - 4 : stamp].isdigit():
            stamp = data.find(b"-", stamp + 1)
    data[stamp - 3] = ord("X")
    path.write_bytes(bytes(data))


Damage = Callable[[Path], None]
DAMAGE: dict[str, Damage] = {
    "pages overwritten": lambda path: overwrite_pages_holding(
        path, _in_claim_row(12, 3), _in_claim_row(20, 5), "Статья номер 17"
    ),
    "file cut short": cut_short,
}


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _integrity(path: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_catalogue_is_refused_on_opening_and_left_as_it_was(
    catalogue_copy: Path, damage: str
) -> None:
    DAMAGE[damage](catalogue_copy)
    before, files = catalogue_copy.read_bytes(), _beside(catalogue_copy)
    with pytest.raises(CatalogueDamagedError) as raised:
        Catalogue.open(catalogue_copy)
    message = str(raised.value)
    assert message.startswith(f"The catalogue {catalogue_copy} is damaged (")
    assert "ClaimDesk will not write into it. Recover what is readable" in message
    assert "\n" not in message
    assert catalogue_copy.read_bytes() == before
    assert _beside(catalogue_copy) == files  # not even a -wal or -shm beside it


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_the_cli_on_a_damaged_catalogue_says_so_in_one_line_and_changes_nothing(
    catalogue_copy: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    DAMAGE[damage](catalogue_copy)
    before = catalogue_copy.read_bytes()
    for args in (
        ["claims"],
        ["speakers"],
        ["attribute", "1", "--quote", _quote(1, 0), "--speaker", "Новый"],
        ["export", "--csv", str(catalogue_copy.parent / "out.csv")],
    ):
        code = main([args[0], "--db", str(catalogue_copy), *args[1:]])
        out, err = capsys.readouterr()
        assert (code, out) == (1, "")
        assert err.startswith("claimdesk-cli: error: The catalogue ") and err.count("\n") == 1
        assert "is damaged" in err and "claimdesk-cli recover" in err and "Traceback" not in err
    assert catalogue_copy.read_bytes() == before
    assert not (catalogue_copy.parent / "out.csv").exists()


def test_damage_a_read_meets_refuses_every_edit_after_it(catalogue_copy: Path) -> None:
    """Damage no check on opening can see (a timestamp's digit): the read that meets it says
    the catalogue is damaged, and from then on nothing is written."""
    spoil_a_timestamp(catalogue_copy, 7, 2)
    assert _integrity(catalogue_copy) == [("ok",)]
    before = catalogue_copy.read_bytes()
    with Catalogue.open(catalogue_copy) as catalogue:
        assert len(catalogue.list_articles()) == ARTICLES  # what is intact still reads
        with pytest.raises(CatalogueDamagedError, match="a stored value cannot be read"):
            catalogue.list_claims()
        assert catalogue.damaged is not None
        for edit in (
            lambda: catalogue.add_speaker("Мария Захарова"),
            lambda: catalogue.attribute_quote(1, _quote(1, 1), "Мария Захарова"),
            lambda: catalogue.add_alias(1, "Ещё имя"),
        ):
            with pytest.raises(CatalogueDamagedError, match="will not write into it"):
                edit()
    assert catalogue_copy.read_bytes() == before


def test_damage_that_appears_while_the_catalogue_is_open_is_caught_on_the_next_read(
    catalogue_copy: Path,
) -> None:
    with Catalogue.open(catalogue_copy) as catalogue:
        assert catalogue.count_claims() == ARTICLES * CLAIMS_PER_ARTICLE
        overwrite_pages_holding(catalogue_copy, _in_claim_row(12, 3))  # a failing disk, say
        catalogue.engine.dispose()  # connections opened from now on read the file afresh
        damaged = catalogue_copy.read_bytes()
        with pytest.raises(CatalogueDamagedError, match="database disk image is malformed"):
            catalogue.list_claims()
        with pytest.raises(CatalogueDamagedError):
            catalogue.add_article("Новая статья: её не должно быть в файле.")
    assert catalogue_copy.read_bytes() == damaged


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_recovery_copies_what_is_readable_into_a_new_valid_catalogue(
    catalogue_copy: Path, damage: str, built: Path
) -> None:
    DAMAGE[damage](catalogue_copy)
    before = catalogue_copy.read_bytes()
    new = catalogue_copy.parent / "recovered.sqlite"
    result = Catalogue.recover_into(catalogue_copy, new)
    assert catalogue_copy.read_bytes() == before  # only ever read
    assert _integrity(new) == [("ok",)]
    assert sorted(p for p in _beside(new) if "recover" in p) == ["recovered.sqlite"]
    tables = {t.table: t for t in result.tables}
    with Catalogue.open(new) as recovered, Catalogue.open(built) as original:
        claims = recovered.list_claims()
        assert tables["claim"].recovered == len(claims) > 0
        assert len(claims) < original.count_claims()  # some were on the damaged pages
        # every claim recovered is the original one, its text still matching its article's
        by_id = {c.id: c for c in original.list_claims()}
        for claim in claims:
            assert claim.quote == by_id[claim.id].quote
            assert claim.speaker_name == by_id[claim.id].speaker_name
            text = recovered.get_article_text(claim.article_id)
            assert text[claim.start : claim.end] == claim.quote
        lost = original.count_claims() - len(claims)
        claim_table = tables["claim"]
        assert claim_table.lost is not None and claim_table.lost >= lost
        if claim_table.lost_exact:
            assert claim_table.lost == lost
        assert not claim_table.complete or claim_table.refused
        # the recovered catalogue is a working one: ids go on after the highest there was
        highest = max(by_id)
        article = claims[0].article_id
        quote = recovered.get_article_text(article).split("\n")[0]
        added = recovered.attribute_quote(article, quote, "Мария Захарова")
        assert added.id > highest
        if tables["page_snapshot"].recovered:  # the kept page, byte for byte
            assert recovered.page_snapshot_html(1) == original.page_snapshot_html(1)
    assert result.recovered == sum(t.recovered for t in result.tables)
    assert "rows were lost" in result.summary() or "could not be read" in result.summary()


def test_recovery_counts_exactly_what_was_lost_on_overwritten_pages(
    catalogue_copy: Path, built: Path
) -> None:
    overwrite_pages_holding(catalogue_copy, _in_claim_row(12, 3))
    new = catalogue_copy.parent / "recovered.sqlite"
    result = Catalogue.recover_into(catalogue_copy, new)
    tables = {t.table: t for t in result.tables}
    with Catalogue.open(new) as recovered:
        left = recovered.count_claims()
        tags = sum(len(c.tags) for c in recovered.list_claims())
    lost = ARTICLES * CLAIMS_PER_ARTICLE - left
    assert lost > 0
    assert (tables["claim"].lost, tables["claim"].lost_exact) == (lost, True)
    assert tables["claim_tag"].recovered == tags == left  # a lost claim's tag is refused
    assert tables["article"].lost == tables["speaker"].lost == 0
    assert tables["article"].recovered == ARTICLES
    assert "claim: " in tables["claim"].describe() and f"{lost} lost" in tables["claim"].describe()


def test_a_recovered_catalogue_searches_and_sorts_by_its_own_indexes(
    catalogue_copy: Path,
) -> None:
    """The new catalogue's search index and sort keys (migration 0005) hold exactly the rows
    recovered: the searches read the index, so a claim missing there would not be found."""
    overwrite_pages_holding(catalogue_copy, _in_claim_row(12, 3))
    new = catalogue_copy.parent / "recovered.sqlite"
    Catalogue.recover_into(catalogue_copy, new)
    with Catalogue.open(new) as recovered:
        claims = recovered.list_claims()
        assert 0 < len(claims) < ARTICLES * CLAIMS_PER_ARTICLE
        assert recovered.count_claims(ClaimFilter(text="ФРАЗА")) == len(claims)
        assert [c.id for c in recovered.list_claims(ClaimFilter(text="ФРАЗА"))] == [
            c.id for c in claims
        ]
        assert recovered.list_claims(ClaimFilter(text=_quote(12, 3).upper())) == []  # lost
        kept = claims[len(claims) // 2]
        assert [c.id for c in recovered.list_claims(ClaimFilter(text=kept.quote.upper()))] == [
            kept.id
        ]
        by_speaker = recovered.list_claims(order_by="speaker", descending=True)
        assert [c.id for c in by_speaker] == [
            c.id for c in sorted(claims, key=lambda c: (fold(c.speaker_name), c.id), reverse=True)
        ]
    connection = sqlite3.connect(new)
    try:
        keys = connection.execute(
            "SELECT k.claim_id, k.speaker, k.article, k.quote FROM claim_sort_keys k"
            " ORDER BY k.claim_id"
        ).fetchall()
        derived = connection.execute(
            "SELECT c.id, coalesce(s.name_folded, ''), a.title_folded, substr(c.quote_folded, 1,"
            " 40) FROM claim c JOIN article a ON a.id = c.article_id"
            " LEFT JOIN speaker s ON s.id = c.speaker_id ORDER BY c.id"
        ).fetchall()
        assert keys == derived
        indexed = connection.execute(
            "SELECT count(*) FROM claim_search WHERE claim_search MATCH '\"фраза\"'"
        ).fetchone()[0]
        assert indexed == len(claims)
    finally:
        connection.close()


def test_recovery_mends_a_damaged_value_instead_of_losing_the_row(
    catalogue_copy: Path,
) -> None:
    spoil_a_timestamp(catalogue_copy, 7, 2)
    new = catalogue_copy.parent / "recovered.sqlite"
    result = Catalogue.recover_into(catalogue_copy, new)
    claims = {t.table: t for t in result.tables}["claim"]
    assert (claims.recovered, claims.lost, claims.repaired) == (ARTICLES * CLAIMS_PER_ARTICLE, 0, 1)
    with Catalogue.open(new) as recovered:
        assert recovered.count_claims() == ARTICLES * CLAIMS_PER_ARTICLE
        assert len(recovered.list_claims()) == ARTICLES * CLAIMS_PER_ARTICLE  # all read


def _downgrade(path: Path, revision: str) -> None:
    """Take the catalogue at ``path`` back to ``revision`` by its migrations' own downgrades."""
    engine = db.create_catalogue_engine(db.resolve_database_url(path))
    try:
        with engine.connect().execution_options(claimdesk_write=True) as connection:
            config = db.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_recovery_of_a_catalogue_from_an_older_schema(catalogue_copy: Path) -> None:
    """Columns are copied by name: those added since the damaged file's schema get their
    defaults (here the layout before revision 0002, without versions and claim authors)."""
    _downgrade(catalogue_copy, "0004")  # 0005's indexes and triggers name the dropped columns
    connection = sqlite3.connect(catalogue_copy)
    for table, column in (("claim", "created_by"), ("claim", "updated_by"), ("claim", "version"),
                          ("article", "version"), ("speaker", "version")):  # fmt: skip
        connection.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    connection.execute("DROP TABLE catalogue_state")
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.execute("VACUUM")
    connection.close()
    overwrite_pages_holding(catalogue_copy, _in_claim_row(20, 5))
    new = catalogue_copy.parent / "recovered.sqlite"
    result = Catalogue.recover_into(catalogue_copy, new)
    assert {t.table: t for t in result.tables}["claim"].recovered > 0
    with Catalogue.open(new) as recovered:
        claim = recovered.list_claims()[0]
        assert (claim.created_by, claim.version) == ("", 1)
        assert recovered.schema_revision() is not None


def test_recovery_never_overwrites_a_file(catalogue_copy: Path, tmp_path: Path) -> None:
    cut_short(catalogue_copy)
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"someone's work")
    with pytest.raises(InvalidValueError, match="already exists: recover into a new file"):
        Catalogue.recover_into(catalogue_copy, existing)
    assert existing.read_bytes() == b"someone's work"
    with pytest.raises(InvalidValueError, match="not into the damaged catalogue itself"):
        Catalogue.recover_into(catalogue_copy, catalogue_copy)
    with pytest.raises(InvalidValueError, match="There is no catalogue file"):
        Catalogue.recover_into(tmp_path / "missing.sqlite", tmp_path / "new.sqlite")


def test_a_file_with_nothing_readable_gives_a_readable_error_and_no_new_file(
    tmp_path: Path,
) -> None:
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(os.urandom(64 * 1024))
    new = tmp_path / "new.sqlite"
    with pytest.raises(RecoveryError, match="not even its first page reads as a SQLite"):
        Catalogue.recover_into(noise, new)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["noise.sqlite"]


def test_claimdesk_cli_recover(catalogue_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overwrite_pages_holding(catalogue_copy, _in_claim_row(12, 3))
    new = catalogue_copy.parent / "recovered.sqlite"
    code = main(["recover", str(catalogue_copy), str(new)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"article: {ARTICLES} recovered"
    assert any(line.startswith("claim: ") and " lost" in line for line in lines)
    assert lines[-1].startswith("Recovered ") and f"into {new};" in lines[-1]
    code = main(["claims", "--db", str(new), "--json"])
    claims = json.loads(capsys.readouterr()[0])
    assert code == 0 and 0 < len(claims) < ARTICLES * CLAIMS_PER_ARTICLE
    again = catalogue_copy.parent / "again.sqlite"
    assert main(["recover", str(catalogue_copy), str(again), "--json"]) == 0
    report = json.loads(capsys.readouterr()[0])
    assert report["recovered"] > 0 and report["lost"] > 0
    assert {t["table"] for t in report["tables"]} >= {"article", "claim", "speaker"}
    code = main(["recover", str(catalogue_copy), str(again)])  # exists now
    out, err = capsys.readouterr()
    assert (code, out) == (1, "") and "already exists" in err and err.count("\n") == 1


@pytest.fixture
def russian() -> Iterator[None]:
    """The core's messages in Russian for one test, as claimdesk-cli shows them with
    CLAIMDESK_LANG=ru."""
    set_language("ru")
    install_core_translations()
    yield
    set_language("en")
    set_translator(None)


def test_claimdesk_cli_recover_reports_in_russian(
    catalogue_copy: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    overwrite_pages_holding(catalogue_copy, _in_claim_row(12, 3))
    new = catalogue_copy.parent / "recovered.sqlite"
    assert main(["recover", str(catalogue_copy), str(new)]) == 0
    lines = capsys.readouterr()[0].splitlines()
    assert lines[0] == f"article: восстановлено {ARTICLES}"
    assert any(line.startswith("claim: ") and "потеряно" in line for line in lines)
    assert lines[-1].startswith(f"В {new} восстановлено строк: ")
    assert "; потеряно строк: " in lines[-1] or "; потеряна 1 строка." in lines[-1]
    code = main(["recover", str(catalogue_copy), str(new)])  # exists now
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert f"{new} уже существует: восстанавливайте в новый файл" in err


def test_a_damaged_catalogues_detail_is_in_the_users_language(russian: None) -> None:
    """The detail a damaged catalogue's error gives (text that does not decode) is a message of
    its own, translated with the error; the error's English stays English."""
    with pytest.raises(CatalogueDamagedError) as raised, storage_errors("/tmp/catalogue.sqlite"):
        b"\xff\xfe text".decode("utf-8")
    assert str(raised.value).startswith(
        "Каталог /tmp/catalogue.sqlite повреждён (в нём есть текст с байтами, недопустимыми в "
        "UTF-8): ClaimDesk не будет в него записывать."
    )
    assert raised.value.english.startswith(
        "The catalogue /tmp/catalogue.sqlite is damaged (it holds text that is not valid UTF-8)"
    )


def test_a_file_with_nothing_readable_is_refused_in_russian(tmp_path: Path, russian: None) -> None:
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(os.urandom(64 * 1024))
    with pytest.raises(RecoveryError) as raised:
        Catalogue.recover_into(noise, tmp_path / "new.sqlite")
    assert str(raised.value) == (
        f"{noise} не удаётся восстановить: даже его первая страница не читается как база данных "
        "SQLite. Откройте вместо него резервную копию."
    )


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Fail, instead of hanging, if the block runs longer than ``seconds`` (a loop in Python)."""

    def expired(_signal: int, _frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_recovery_ends_on_any_damage(built: Path, tmp_path: Path) -> None:
    """Damage of every kind at random places (seeded): recovery ends quickly, with a valid
    catalogue or a readable error, and never changes the damaged file."""
    data = built.read_bytes()
    page = _page_size(built)
    rng = random.Random(1510)  # (a seed whose damage once sent the reading round in circles)
    cases: list[bytes] = []
    for _ in range(12):
        cases.append(data[: rng.randrange(page, len(data))])
        spoiled = bytearray(data)
        for _ in range(2):
            first = rng.randrange(1, len(data) // page) * page
            spoiled[first : first + page] = rng.randbytes(page)
        cases.append(bytes(spoiled))
        scribbled = bytearray(data)
        for _ in range(8):
            scribbled[rng.randrange(100, len(data))] = rng.randrange(256)
        cases.append(bytes(scribbled))
    outcomes = {"recovered": 0, "refused": 0}
    connection = sqlite3.connect(built)
    held = {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in (
            "article",
            "article_version",
            "page_snapshot",
            "speaker",
            "speaker_alias",
            "claim",
            "claim_tag",
            "tag_label",
            "claim_link",
            "claim_cluster",
            "claim_cluster_member",
            "verdict_status",
        )
    }
    connection.close()
    for number, damaged_bytes in enumerate(cases):
        damaged = tmp_path / f"damaged-{number}.sqlite"
        damaged.write_bytes(damaged_bytes)
        new = tmp_path / f"new-{number}.sqlite"
        with time_limit(20):
            try:
                result = Catalogue.recover_into(damaged, new)
            except RecoveryError as error:
                assert "Open a backup instead" in str(error)
                assert not new.exists()
                outcomes["refused"] += 1
            else:
                assert _integrity(new) == [("ok",)]
                assert result.recovered > 0
                for table in result.tables:  # each row read once, not again and again
                    assert table.recovered + table.refused <= held[table.table], table
                outcomes["recovered"] += 1
        assert damaged.read_bytes() == damaged_bytes
    assert outcomes["recovered"] >= len(cases) // 2, outcomes
