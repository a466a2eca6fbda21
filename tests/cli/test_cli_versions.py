"""claimdesk-cli import FILE --version-of ARTICLE_ID, versions, and claims that say which version
they stand in and how they followed the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.cli import main

RU = (
    "БАКУ, 3 декабря. Министр иностранных дел Джейхун Байрамов заявил, что «переговоры "
    "продолжатся в январе».\n\n"
    "Посол Михаил Бочарников отметил, что сотрудничество между странами растёт. Он добавил, "
    "что визит готовится давно.\n\n"
    "Пресс-служба МИД сообщила: «переговоры продолжатся в январе», если стороны договорятся.\n"
)
CORRECTED = "Срочно: новость дополнена.\n\n" + RU.replace(
    " Он добавил, что визит готовится давно.", ""
).replace("между странами растёт", "между нашими странами растёт")
EN = (
    "LONDON, Dec 3. The minister said the talks \u201cwill resume in January\u201d.\n\n"
    "Officials later confirmed the talks will resume in January, if both sides agree.\n"
)


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([args[0], "--db", str(self.db), *args[1:]])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(catalogue_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """claimdesk-cli --db on a fresh catalogue: a SQLite file, then a PostgreSQL URL."""
    return Cli(catalogue_url, capsys)


def an_article_with_claims(cli: Cli, tmp_path: Path) -> list[int]:
    """Article 1 from a file, with four claims (two on the same words); their ids."""
    first = tmp_path / "статья.txt"
    first.write_text(RU, encoding="utf-8")
    assert cli.json("import", str(first)) == {"id": 1, "created": True}
    ids = []
    for quote, speaker, more in (
        ("переговоры продолжатся в январе", "Джейхун Байрамов", ()),
        ("сотрудничество между странами растёт", "Михаил Бочарников", ()),
        ("визит готовится давно", "Михаил Бочарников", ()),
        ("переговоры продолжатся в январе", "МИД", ("--occurrence", "2")),
    ):
        claim = cli.json("attribute", "1", "--quote", quote, "--speaker", speaker, *more)
        assert isinstance(claim, dict)
        ids.append(int(claim["claim_id"]))
    return ids


def test_import_version_of_prints_where_each_claim_went_as_json(cli: Cli, tmp_path: Path) -> None:
    minister, ambassador, visit, press = an_article_with_claims(cli, tmp_path)
    corrected = tmp_path / "статья-исправлена.txt"
    corrected.write_text(CORRECTED, encoding="utf-8")
    code, out, err = cli("import", str(corrected), "--version-of", "1", "--json")
    assert code == 0, err
    results = json.loads(out)
    by_id = {r["claim_id"]: r for r in results}
    assert all(list(r) == ["claim_id", "state", "score", "start", "end"] for r in results)
    shift = len("Срочно: новость дополнена.\n\n")
    start = RU.index("переговоры")
    assert by_id[minister] == {
        "claim_id": minister,
        "state": "moved",
        "score": 1.0,
        "start": start + shift,
        "end": start + shift + len("переговоры продолжатся в январе"),
    }
    approximate = by_id[ambassador]
    assert approximate["state"] == "approximate" and 0.7 <= approximate["score"] < 1.0
    assert (
        CORRECTED[approximate["start"] : approximate["end"]]
        == "сотрудничество между нашими странами растёт"
    )
    assert by_id[visit] == {
        "claim_id": visit,
        "state": "orphaned",
        "score": 0.0,
        "start": None,
        "end": None,
    }
    assert by_id[press]["state"] == "moved"
    assert CORRECTED[by_id[press]["start"] :].startswith("переговоры продолжатся в январе», если")
    assert "article 1 is now at version 2" in err
    assert "0 exact, 2 moved, 1 approximate, 1 orphaned" in err
    # claims --json says which version each stands in and how it followed the text
    claims = cli.json("claims")
    assert isinstance(claims, list)
    assert {c["claim_id"]: (c["version"], c["anchor_state"]) for c in claims} == {
        minister: (2, "moved"),
        ambassador: (2, "approximate"),
        visit: (1, "orphaned"),
        press: (2, "moved"),
    }
    # the orphan is kept with its old quote, and the plain listing says what it is
    orphan = next(c for c in claims if c["claim_id"] == visit)
    assert orphan["quote"] == "визит готовится давно"
    code, out, _ = cli("claims")
    assert (
        f"{visit}\tМихаил Бочарников\tdirect\t“визит готовится давно”\t(orphaned, version 1)"
        in (out.splitlines())
    )
    # the orphans, listed for review, alone or narrowed by the other filters
    orphans = cli.json("claims", "--orphaned")
    assert isinstance(orphans, list) and [c["claim_id"] for c in orphans] == [visit]
    assert cli.json("claims", "--orphaned", "--speaker", "Михаил Бочарников") == orphans
    assert cli.json("claims", "--orphaned", "--speaker", "Джейхун Байрамов") == []
    assert cli.json("claims", "--orphaned", "--article", "1", "--limit", "1") == orphans


def test_versions_lists_the_texts_with_their_claims(cli: Cli, tmp_path: Path) -> None:
    an_article_with_claims(cli, tmp_path)
    (only,) = cli.json("versions", "1")  # type: ignore[misc]
    assert {k: v for k, v in only.items() if k not in ("text_hash", "created_at")} == {
        "article_id": 1,
        "version": 1,
        "current": True,
        "length": len(RU),
        "created_by": "",  # not known for the text an article was imported with
        "source": "статья.txt",
        "claim_count": 4,
        "made_count": 4,
    }
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(CORRECTED, encoding="utf-8")
    code, out, err = cli("import", str(corrected), "--version-of", "1")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 4 and lines[2].split("\t")[1:] == ["orphaned", "0.000", "—"]
    versions = cli.json("versions", "1")
    assert isinstance(versions, list)
    assert [
        (v["version"], v["current"], v["length"], v["source"], v["claim_count"]) for v in versions
    ] == [(1, False, len(RU), "статья.txt", 1), (2, True, len(CORRECTED), "corrected.txt", 3)]
    # every claim was made on version 1, wherever it stands now
    assert [(v["version"], v["made_count"]) for v in versions] == [(1, 4), (2, 0)]
    assert versions[1]["created_by"] != "" and versions[0]["text_hash"] != versions[1]["text_hash"]
    code, out, _ = cli("versions", "1")
    assert code == 0
    first, second = out.splitlines()
    assert first.startswith("1 \t") and first.endswith("\t1 claim\tстатья.txt")
    assert second.startswith("2*\t") and second.endswith("\t3 claims\tcorrected.txt")


def test_an_english_version_keeps_a_repeated_phrase_in_its_place(cli: Cli, tmp_path: Path) -> None:
    first = tmp_path / "talks.txt"
    first.write_text(EN, encoding="utf-8")
    cli("import", str(first))
    minister = cli.json(
        "attribute", "1", "--quote", "will resume in January", "--speaker", "The minister"
    )
    officials = cli.json(
        "attribute", "1", "--quote", "will resume in January", "--speaker", "Officials",
        "--occurrence", "2",
    )  # fmt: skip
    assert isinstance(minister, dict) and isinstance(officials, dict)
    new = tmp_path / "talks-2.txt"
    new.write_text(
        EN.replace("the talks \u201cwill resume in January\u201d", "nothing"), encoding="utf-8"
    )
    results = cli.json("import", str(new), "--version-of", "1")
    assert isinstance(results, list)
    by_id = {r["claim_id"]: r["state"] for r in results}
    assert by_id == {minister["claim_id"]: "orphaned", officials["claim_id"]: "moved"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "{same}", "--version-of", "1"), "there is no new version"),
        (("import", "{new}", "--version-of", "7"), "no article with id 7"),
        (("import", "{new}", "--version-of", "1", "--title", "X"), "--title cannot be given"),
        (("import", "{new}", "{same}", "--version-of", "1"), "takes one file"),
        (("import", "{empty}", "--version-of", "1"), "is empty"),
        (("versions", "9"), "no article with id 9"),
    ],
)
def test_mistakes_are_one_readable_line_and_change_nothing(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    an_article_with_claims(cli, tmp_path)
    files = {
        "same": tmp_path / "статья.txt",
        "new": tmp_path / "new.txt",
        "empty": tmp_path / "empty.txt",
    }
    files["new"].write_text("Совсем новый текст.", encoding="utf-8")
    files["empty"].write_bytes(b"")
    code, out, err = cli(*(a.format(**{k: str(v) for k, v in files.items()}) for a in args))
    assert code != 0 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1, err
    versions = cli.json("versions", "1")
    assert isinstance(versions, list) and len(versions) == 1


def test_claims_json_says_which_version_each_claim_was_made_on(cli: Cli, tmp_path: Path) -> None:
    minister, _ambassador, visit, _press = an_article_with_claims(cli, tmp_path)
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(CORRECTED, encoding="utf-8")
    assert cli("import", str(corrected), "--version-of", "1")[0] == 0
    new = cli.json("attribute", "1", "--quote", "Срочно", "--speaker", "Редакция")
    assert isinstance(new, dict)
    assert (new["made_on_version"], new["version"]) == (2, 2)
    claims = cli.json("claims")
    assert isinstance(claims, list)
    made = {c["claim_id"]: (c["made_on_version"], c["version"], c["anchor_state"]) for c in claims}
    # made on version 1, wherever each stands now (the orphan where it was last found)
    assert made[minister] == (1, 2, "moved") and made[visit] == (1, 1, "orphaned")
    assert made[new["claim_id"]] == (2, 2, "exact")
    orphans = cli.json("claims", "--orphaned")
    assert isinstance(orphans, list)
    assert [(c["claim_id"], c["made_on_version"]) for c in orphans] == [(visit, 1)]
