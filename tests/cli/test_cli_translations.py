"""claimdesk-cli in Russian (issue 21): the language from the environment, Russian plural forms,
argparse's own words; English unchanged, and correct ("1 claim", "2 claims")."""

from __future__ import annotations

import json
import logging
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk import i18n_text
from claimdesk.cli import main
from claimdesk.i18n_text import (
    PLURAL,
    Catalogue,
    language_from_environment,
    plural_index,
    set_language,
    translate,
)

CLI_CHILD = "import sys; from claimdesk.cli_entry import main; sys.exit(main())"


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, with the environment's language variables
    replaced by ``env`` (CLAIMDESK_LANG, LANG, LANGUAGE, ...)."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("CLAIMDESK_LANG", "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", CLI_CHILD, *args],
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def russian() -> Iterator[None]:
    """claimdesk-cli speaks Russian in this process for one test."""
    set_language("ru")
    yield
    set_language("en")


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([args[0], "--db", str(db), *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


QUOTES = ("Министр иностранных дел", "Джейхун Байрамов", "принял", "посла России", "Бочарникова")
"""Five places in the sample article's first sentence, each a claim."""


def _catalogue_with_claims(db: Path, sample: Path, counts: tuple[int, ...]) -> None:
    """Articles 1, 2, ... (each the sample article's first sentence, with a number to tell them
    apart) holding ``counts`` claims each."""
    from claimdesk.core.catalogue import Catalogue as Door

    first = sample.read_text(encoding="utf-8").splitlines()[0]
    with Door.open(str(db)) as catalogue:
        for number, count in enumerate(counts, 1):
            article = catalogue.add_article(f"{number}. {first}", title=f"Статья {number}")
            for quote in QUOTES[:count]:
                catalogue.attribute_quote(article.id, quote, "Джейхун Байрамов")


def test_russian_plural_forms_follow_qts_order() -> None:
    # one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 11-14, 25-30, 111)
    assert [plural_index("ru", n) for n in (1, 21, 101)] == [0, 0, 0]
    assert [plural_index("ru", n) for n in (2, 3, 4, 22, 24, 102)] == [1] * 6
    assert [plural_index("ru", n) for n in (0, 5, 11, 12, 14, 19, 25, 111, 112)] == [2] * 9
    assert [plural_index("en", n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]


def test_the_language_comes_from_the_environment_as_gettext_reads_it() -> None:
    assert language_from_environment({}) == "en"
    assert language_from_environment({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert language_from_environment({"LANG": "C.UTF-8"}) == "en"
    assert language_from_environment({"LANG": "de_DE.UTF-8"}) == "en"
    # LC_ALL before LC_MESSAGES before LANG; LANGUAGE (a list) before all of them
    assert language_from_environment({"LC_ALL": "en_GB.UTF-8", "LANG": "ru_RU.UTF-8"}) == "en"
    assert language_from_environment({"LC_MESSAGES": "ru_RU", "LANG": "en_US"}) == "ru"
    assert language_from_environment({"LANGUAGE": "de:ru", "LANG": "en_US.UTF-8"}) == "ru"
    # ... but not when the locale is C
    assert language_from_environment({"LANGUAGE": "ru", "LANG": "C.UTF-8"}) == "en"
    assert language_from_environment({"LANGUAGE": "ru"}) == "en"
    # CLAIMDESK_LANG overrides them all; "system" defers to them
    assert language_from_environment({"CLAIMDESK_LANG": "ru", "LANG": "en_US"}) == "ru"
    assert language_from_environment({"CLAIMDESK_LANG": "en", "LANG": "ru_RU"}) == "en"
    assert language_from_environment({"CLAIMDESK_LANG": "system", "LANG": "ru_RU"}) == "ru"


def test_help_and_a_refused_argument_in_russian_from_lang() -> None:
    shown = run_cli("--help", LANG="ru_RU.UTF-8")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("использование: claimdesk-cli")
    assert "Каталог утверждений ClaimDesk." in shown.stdout
    assert "показать эту справку и выйти" in shown.stdout
    assert "приписать цитату из статьи спикеру" in shown.stdout
    refused = run_cli("claims", "--article", "x", CLAIMDESK_LANG="ru")
    assert refused.returncode == 1
    assert refused.stderr == (
        "claimdesk-cli claims: ошибка: аргумент --article: “x” — не идентификатор: укажите целое "
        "число, например 12 (см. claimdesk-cli claims --help)\n"
    )


def test_english_is_unchanged_without_a_russian_locale() -> None:
    shown = run_cli("--help", LANG="C.UTF-8")
    assert shown.stdout.startswith("usage: claimdesk-cli")
    assert "ClaimDesk's catalogue of claims." in shown.stdout


def _counts(listing: str) -> list[str]:
    """The claim counts of ``articles``' lines, by article id."""
    lines = sorted(listing.splitlines(), key=lambda line: int(line.split("\t")[0]))
    return [line.rsplit("\t", 1)[1] for line in lines]


def test_claim_counts_in_russian_and_english(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "catalogue.sqlite"
    _catalogue_with_claims(db, sample_path, (1, 2, 3, 0))
    code, out, err = cli(db, capsys, "articles")
    assert code == 0, err
    assert _counts(out) == ["1 claim", "2 claims", "3 claims", "0 claims"]
    set_language("ru")
    try:
        code, out, err = cli(db, capsys, "articles")
    finally:
        set_language("en")
    assert code == 0, err
    assert _counts(out) == ["1 утверждение", "2 утверждения", "3 утверждения", "0 утверждений"]


def test_russian_deletion_and_export_say_their_counts(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    db = tmp_path / "catalogue.sqlite"
    _catalogue_with_claims(db, sample_path, (1, 2, 0))
    code, out, err = cli(db, capsys, "export", "--csv", str(tmp_path / "all.csv"))
    assert code == 0, err
    assert err.startswith("3 утверждения записаны в ")
    code, out, err = cli(db, capsys, "export", "--csv", str(tmp_path / "one.csv"), "--article", "1")
    assert err.startswith("1 утверждение записано в ")
    code, out, err = cli(db, capsys, "article-delete", "2", "--yes")
    assert (code, out) == (0, "Удалены статья 2 «Статья 2» и её 2 утверждения.\n")
    code, out, err = cli(db, capsys, "article-delete", "1", "--yes")
    assert out == "Удалены статья 1 «Статья 1» и её 1 утверждение.\n"
    code, out, err = cli(db, capsys, "article-delete", "3", "--yes")
    assert out == "Удалена статья 3 «Статья 3».\n"
    code, out, err = cli(db, capsys, "article-delete", "3", "--yes")
    assert code == 1 and err.startswith("claimdesk-cli: ошибка: ")


def test_five_claims_take_the_many_form(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    db = tmp_path / "catalogue.sqlite"
    _catalogue_with_claims(db, sample_path, (5,))
    code, out, err = cli(db, capsys, "versions", "1")
    assert code == 0, err
    assert "\t5 утверждений\t" in out


def test_a_missing_catalogue_is_english_with_one_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    catalogue = Catalogue("ru", tmp_path)
    with caplog.at_level(logging.WARNING, logger="claimdesk.i18n"):
        assert catalogue.translate("Cli", "list claims") == "list claims"
        assert catalogue.translate("Cli", "%n claim(s)", None, 2) == "2 claim(s)"
    assert len(caplog.records) == 1 and "claimdesk_ru.qm" in caplog.records[0].getMessage()


def test_english_without_a_count_reads_no_catalogue(tmp_path: Path) -> None:
    """Start-up stays cheap: English text that has no count is the source, and nothing is read."""
    catalogue = Catalogue("en")
    assert catalogue.translate("Cli", "list claims") == "list claims"
    assert catalogue._messages is None
    assert catalogue.translate("Cli", "%n claim(s)", None, 1) == "1 claim"
    assert catalogue._messages  # read for the count
    assert i18n_text.TRANSLATIONS_DIR.joinpath("claimdesk_en.qm").exists()


def test_the_cores_errors_in_russian_with_their_plural_forms(
    tmp_path: Path, sample_article_path: Path
) -> None:
    # the core raises them (claimdesk.core.domain.errors); the command line shows them translated
    db = tmp_path / "c.sqlite"
    _catalogue_with_claims(db, sample_article_path, (1,))
    word = "Байрамов"
    first = sample_article_path.read_text(encoding="utf-8").splitlines()[0]
    found = first.count(word)
    assert found >= 1
    refused = run_cli(
        "attribute", "--db", str(db), "1", "--quote", word, "--occurrence", "9",
        "--speaker", "Кто-то", CLAIMDESK_LANG="ru",
    )  # fmt: skip
    assert refused.returncode == 1
    forms = {1: "раз", 2: "раза", 3: "раза", 4: "раза"}
    assert (
        f"Цитата «{word}» встречается в статье {found} {forms.get(found, 'раз')}; "
        "вхождения 9 нет." in refused.stderr
    )
    missing = run_cli("versions", "--db", str(db), "99", CLAIMDESK_LANG="ru")
    assert "В этом каталоге нет статьи с номером 99." in missing.stderr
    # and in English, the same messages as the core words them, with the English plural
    english = run_cli(
        "attribute", "--db", str(db), "1", "--quote", word, "--occurrence", "9",
        "--speaker", "Кто-то", CLAIMDESK_LANG="en",
    )  # fmt: skip
    times = "time" if found == 1 else "times"
    assert f"occurs {found} {times} in the article; occurrence 9 does not exist." in (
        english.stderr
    )


def test_the_catalogues_refusals_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    db = tmp_path / "catalogue.sqlite"
    code, out, err = cli(db, capsys, "claims")
    assert (code, out) == (1, "")
    assert err == (
        f"claimdesk-cli: ошибка: По пути {db} нет каталога: проверьте путь (новый каталог "
        "создаёт import).\n"
    )
    from claimdesk.core.catalogue import Catalogue as ClaimCatalogue

    ClaimCatalogue.open(db).close()  # an empty catalogue: only import makes one
    code, out, err = cli(db, capsys, "claims", "--since", "вчера")
    assert (code, out) == (1, "")
    assert err == (
        "claimdesk-cli: ошибка: «вчера» — не дата: запишите её как ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, "
        "ГГГГ-ММ или ГГГГ.\n"
    )
    code, out, err = cli(db, capsys, "verdict-labels", "--remove", "unchecked")
    assert code == 1
    assert err == (
        "claimdesk-cli: ошибка: Статус «Не проверено» нельзя удалить: он есть у каждого нового "
        "кластера. Его можно переименовать.\n"
    )


def test_stats_name_the_figures_without_a_speaker_outlet_or_date_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    from claimdesk.core.catalogue import Catalogue

    db = tmp_path / "catalogue.sqlite"
    with Catalogue.open(db) as catalogue:
        text = "Министр заявил: «Переговоры продолжатся». Конец."
        article = catalogue.add_article(text).id  # no outlet, no date
        start = text.index("Переговоры")
        catalogue.attribute_span(article, start, start + len("Переговоры продолжатся"))
    code, out, err = cli(db, capsys, "stats")
    assert code == 0, err
    # the core names them in English ("(no speaker)"): the command line in the user's language
    assert "  1\t(без спикера)\n" in out
    assert "  1\t(без издания)\n" in out
    assert "  1\t(без даты)\n" in out
    assert "(no " not in out


def test_a_version_edited_in_the_app_says_so_in_russian(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    from claimdesk.core.catalogue import Catalogue as ClaimCatalogue
    from claimdesk.gui.versions_dialog import EDITED_SOURCE  # what the GUI's editor stores

    db = tmp_path / "catalogue.sqlite"
    with ClaimCatalogue.open(db) as catalogue:
        article = catalogue.add_article("Первый текст статьи.").id
        catalogue.new_article_version(article, "Второй текст статьи.", source=EDITED_SOURCE)
    code, out, err = cli(db, capsys, "versions", str(article))
    assert code == 0, err
    assert out.splitlines()[1].endswith("\tправка в приложении")
    code, out, err = cli(db, capsys, "versions", str(article), "--json")
    assert [v["source"] for v in json.loads(out)][1] == "edited in the app"  # data: English


def test_verdict_statuses_in_russian_as_the_window_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    """The default statuses printed in English under a Russian locale ("Mostly false"), half
    and half once one was renamed; a desk's own label stays as written."""
    from claimdesk.core.catalogue import Catalogue

    db = tmp_path / "catalogue.sqlite"
    with Catalogue.open(db) as catalogue:
        text = (
            "Министр заявил: «Переговоры продолжатся». Потом он повторил: «Переговоры продолжатся»."
        )
        first = catalogue.add_article(text, title="Первая").id
        second = catalogue.add_article(text + " Конец.", title="Вторая").id
        a = catalogue.attribute_quote(first, "Переговоры продолжатся", "Министр").id
        b = catalogue.attribute_quote(second, "Переговоры продолжатся", "Министр").id
        catalogue.link_claims(a, b, "same")
        catalogue.gather_clusters(almost_certain=False)
        cluster = catalogue.cluster_of_claim(a)
        assert cluster is not None
        catalogue.set_verdict(cluster, "mostly_false")
        catalogue.rename_verdict_label("true", "Правда (подтверждено)")
    code, out, err = cli(db, capsys, "verdict-labels")
    assert code == 0, err
    assert "mostly_false\tСкорее неправда\t" in out
    assert "true\tПравда (подтверждено)\t" in out
    assert "Mostly false" not in out and "Unchecked" not in out
    code, out, err = cli(db, capsys, "clusters")
    assert code == 0, err
    assert "Скорее неправда" in out and "Mostly false" not in out


def test_the_cli_names_its_networks_and_counts_suggestions_in_each_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], russian: None
) -> None:
    """A Russian export said "сеть speakers", the kind left in English; in English one
    suggestion stored read "stored 1 of 1 suggestions"."""
    from claimdesk.core.catalogue import Catalogue as ClaimCatalogue

    db = tmp_path / "catalogue.sqlite"
    with ClaimCatalogue.open(db) as catalogue:
        article = catalogue.add_article("Анна Петрова: «Да». Jane Doe: «Нет».").id
        catalogue.attribute_quote(article, "Да", "Анна Петрова")
    code, _, err = cli(db, capsys, "export", "--output", str(tmp_path / "net.graphml"))
    assert code == 0 and err.startswith("сеть спикеров по 1 утверждению записана в ")
    code, _, err = cli(
        db, capsys, "export", "--output", str(tmp_path / "t.gexf"), "--network", "speaker-tag"
    )
    assert code == 0 and err.startswith("сеть спикер–метка по 1 утверждению")
    set_language("en")
    line = translate("Cli", "{prog}: stored {stored} of %n suggestion(s)", None, PLURAL, 1)
    assert line.format(prog="claimdesk-cli", stored=1) == "claimdesk-cli: stored 1 of 1 suggestion"


def test_a_copy_in_a_log_has_no_carriage_returns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Written to a file, copy's progress ran its updates together on one line ("…(14%)copying
    claim_cluster: …") with no newline at the end."""
    from claimdesk.core.catalogue import Catalogue as ClaimCatalogue

    source = tmp_path / "source.sqlite"
    with ClaimCatalogue.open(source) as catalogue:
        catalogue.add_article("Статья для копии.")
    code = main(["copy", str(source), str(tmp_path / "target.sqlite")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "\r" not in err and "copying" not in err
    # on a terminal (a pseudo-terminal here) the progress shows, each update over the last
    primary, secondary = pty.openpty()
    target = tmp_path / "2.sqlite"
    try:
        done = subprocess.run(
            [sys.executable, "-m", "claimdesk.cli", "copy", str(source), str(target)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=secondary,
            timeout=120,
            check=False,
        )
        os.close(secondary)
        shown = b""
        while chunk := _read_some(primary):
            shown += chunk
    finally:
        os.close(primary)
    assert done.returncode == 0
    assert "copying" in shown.decode() and "\r" in shown.decode()


def _read_some(fd: int) -> bytes:
    """What a pseudo-terminal holds, a piece at a time; b"" once it is read out."""
    try:
        return os.read(fd, 65536)
    except OSError:  # EIO: the other end is closed and nothing is left
        return b""
