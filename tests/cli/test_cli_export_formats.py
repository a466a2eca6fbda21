"""claimdesk-cli export --format/--output (JSON Lines, JSON, Web Annotation) with the claims
command's filters, --csv as before, and import-annotations: a round trip between catalogues and
one-line refusals that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue


def run(db: Path | str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([args[0], "--db", str(db), *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "source.sqlite"
    with Catalogue.open(path) as catalogue:
        article = catalogue.add_article(sample_text, url="https://example.org/a", language="ru")
        catalogue.attribute_quote(
            article.id, "Байрамов отметил", "Джейхун Байрамов", kind="indirect"
        )
        catalogue.attribute_span(article.id, 0, 24, kind="claim", tags=["место"])
    return path


def test_each_format_by_name_or_by_suffix(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "out.jsonl"
    code, _, err = run(filled, capsys, "export", "--format", "jsonl", "--output", str(jsonl))
    assert code == 0, err
    assert err.startswith("2 claims written to")
    assert len(jsonl.read_text("utf-8").splitlines()) == 2
    by_suffix = tmp_path / "out.json"
    assert run(filled, capsys, "export", "-o", str(by_suffix), "--kind", "indirect")[0] == 0
    document = json.loads(by_suffix.read_text("utf-8"))
    assert document["count"] == 1
    assert document["claims"][0]["speaker"]["name"] == "Джейхун Байрамов"
    annotations = tmp_path / "out.jsonld"
    assert run(filled, capsys, "export", "--output", str(annotations), "--tag", "место")[0] == 0
    assert json.loads(annotations.read_text("utf-8"))["total"] == 1
    csv_file = tmp_path / "old.csv"
    assert run(filled, capsys, "export", "--csv", str(csv_file), "--excel")[0] == 0
    assert csv_file.read_bytes().startswith(b"\xef\xbb\xbfclaim_id,")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--output", "x.txt"), "Which format is x.txt?"),
        (("--csv", "x.csv", "--format", "json"), "--csv writes CSV"),
        (("--output", "x.json", "--excel"), "concern CSV exports only"),
        (("--format", "json"), "one of the arguments --output/-o --csv is required"),
    ],
)
def test_mistakes_are_one_line(
    filled: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(filled, capsys, "export", *args)
    assert code == 1 and message in err and err.count("\n") == 1


def test_annotations_round_trip_through_the_cli(
    filled: Path, tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "claims.jsonld"
    assert run(filled, capsys, "export", "--format", "webannotation", "-o", str(exported))[0] == 0
    target = tmp_path / "target.sqlite"
    with Catalogue.open(target) as catalogue:
        catalogue.add_article("Другая статья.")
        catalogue.add_article(sample_text)  # no url: found by its text
    code, out, err = run(target, capsys, "import-annotations", str(exported))
    assert code == 0, err
    assert out.startswith("2 claims imported from") and out.endswith("(1 new speaker)\n")
    code, out, err = run(target, capsys, "import-annotations", str(exported))
    assert code == 0, err
    assert out.startswith("0 claims imported") and "(0 new speakers, 2 already there)" in out
    with Catalogue.open(filled) as source, Catalogue.open(target) as restored:

        def places(c: Catalogue) -> list[tuple[int, int, str, str]]:
            return sorted((x.start, x.end, x.speaker_name, x.kind) for x in c.list_claims())

        assert places(restored) == places(source)


def test_a_bad_annotation_file_is_one_line_and_stores_nothing(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"type": "AnnotationPage", "items": [', "utf-8")
    code, _, err = run(filled, capsys, "import-annotations", str(bad))
    assert code == 1 and "is not valid JSON" in err and err.count("\n") == 1
    with Catalogue.open(filled) as catalogue:
        assert catalogue.count_claims() == 2


def test_annotations_restore_their_articles_into_an_empty_catalogue(
    filled: Path, catalogue_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The exported file carries the articles: claimdesk-cli import-annotations into an empty
    catalogue (SQLite and PostgreSQL) stores them with the claims; a second run adds nothing."""
    with Catalogue.open(filled) as source:
        english = source.add_article(
            "Zoë said the “new bridge” opens in March.", title="Bridge", language="en"
        ).id
        source.attribute_quote(english, "new bridge", "Zoë Øster", kind="direct", note="en")
    exported = tmp_path / "claims.jsonld"
    assert run(filled, capsys, "export", "--format", "webannotation", "-o", str(exported))[0] == 0
    code, out, err = run(catalogue_url, capsys, "import-annotations", str(exported))
    assert code == 0, err
    assert out.startswith("3 claims imported from") and out.endswith(
        "(2 new articles, 2 new speakers)\n"
    )
    code, out, err = run(catalogue_url, capsys, "import-annotations", "--json", str(exported))
    assert code == 0, err
    assert json.loads(out) | {"claim_ids": []} == {
        "claim_ids": [],
        "new_articles": 0,
        "new_speakers": 0,
        "skipped": 3,
    }

    def everything(c: Catalogue) -> list[tuple[object, ...]]:
        return sorted(
            (x.quote, x.start, x.end, x.speaker_name, x.kind, x.tags, x.note, x.article_title,
             x.outlet, x.url, x.published, x.language, c.get_article_text(x.article_id))
            for x in c.list_claims()
        )  # fmt: skip

    with Catalogue.open(filled) as source, Catalogue.open(catalogue_url) as restored:
        assert everything(restored) == everything(source)
