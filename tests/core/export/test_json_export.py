"""JSON, JSON Lines and W3C Web Annotation exports, and the annotations' import: every field,
valid against the shipped JSON Schema and the W3C model's shape, filters, atomic writing, and a
round trip into another catalogue holding the same articles."""

from __future__ import annotations

import fnmatch
import json
import tomllib
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from web_annotation_shape import annotation_problems, collection_problems

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ExportCancelledError, ImportFileError, InvalidValueError
from claimdesk.core.domain.records import ClaimFilter

REPO = Path(__file__).resolve().parents[3]
SCHEMA_PATH = "schemas/claims-v1.schema.json"
EMOJI = "Глава МИД 🙂 Джейхун Байрамов заявил: «Мы готовы к переговорам». Точка."


def schema() -> dict[str, Any]:
    text = resources.files("claimdesk.core.export").joinpath(SCHEMA_PATH).read_text("utf-8")
    return dict(json.loads(text))


def fill(catalogue: Catalogue, sample_text: str) -> dict[str, int]:
    """Claims on the sample article and on a short one with an emoji (offsets past it count
    code points), a speaker with aliases, tags, a note, a link, one claim unattributed."""
    c = catalogue
    ru = c.add_article(
        sample_text,
        title="Посол в Баку",
        outlet="Sputnik Азербайджан",
        published="2024-07-28",
        url="https://example.org/ru/ambassador",
        language="ru",
    ).id
    emoji = c.add_article(EMOJI, title="Эмодзи", outlet="ТАСС", language="ru").id
    bayramov = c.add_speaker(
        "Джейхун Байрамов", role="Министр", organisation="МИД", aliases=["Байрамов"]
    ).id
    first = c.attribute_span(ru, 10, 60, bayramov, kind="direct", tags=["мир", "баку"], note="н")
    second = c.attribute_span(ru, 100, 140, kind="claim")
    third = c.attribute_quote(emoji, "Мы готовы к переговорам", "Байрамов", kind="indirect")
    c.link_claims(first.id, third.id, "contradicts", note="спор")
    return {
        "ru": ru,
        "emoji": emoji,
        "bayramov": bayramov,
        "first": first.id,
        "second": second.id,
        "third": third.id,
    }


def test_the_schema_is_shipped_as_package_data() -> None:
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["claimdesk"]
    shipped = f"core/export/{SCHEMA_PATH}"
    assert any(fnmatch.fnmatch(shipped, pattern) for pattern in patterns)
    jsonschema.Draft202012Validator.check_schema(schema())


def test_json_export_has_every_field_and_is_valid(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    ids = fill(catalogue, sample_text)
    target = tmp_path / "claims.json"
    assert catalogue.export_claims(target, "json") == 3
    document = json.loads(target.read_text("utf-8"))
    jsonschema.validate(document, schema(), cls=jsonschema.Draft202012Validator)
    assert document["count"] == 3
    by_id = {c["id"]: c for c in document["claims"]}
    first = by_id[ids["first"]]
    text = catalogue.get_article_text(ids["ru"])
    assert first["quote"] == text[10:60] and (first["start"], first["end"]) == (10, 60)
    assert first["speaker"]["name"] == "Джейхун Байрамов"
    assert first["speaker"]["aliases"] == ["Байрамов"]
    assert (first["speaker"]["role"], first["speaker"]["organisation"]) == ("Министр", "МИД")
    assert first["article"]["url"] == "https://example.org/ru/ambassador"
    assert first["article"]["published"] == "2024-07-28"
    assert first["article"]["language"] == "ru"
    assert first["tags"] == ["баку", "мир"] and first["note"] == "н"
    assert first["links"] == [
        {
            "id": first["links"][0]["id"],
            "claim_id": ids["third"],
            "direction": "to",
            "relation": "contradicts",
            "note": "спор",
        }
    ]
    assert by_id[ids["third"]]["links"][0]["direction"] == "from"
    assert first["anchor"] == {
        "state": "exact",
        "score": 1.0,
        "text_version": 1,
        "made_on_version": 1,
    }
    assert by_id[ids["second"]]["speaker"] is None
    third = by_id[ids["third"]]
    assert EMOJI[third["start"] : third["end"]] == "Мы готовы к переговорам"


def test_jsonl_lines_each_follow_the_claim_schema_and_filters_apply(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    ids = fill(catalogue, sample_text)
    target = tmp_path / "claims.jsonl"
    count = catalogue.export_claims(target, "jsonl", ClaimFilter(speaker_id=ids["bayramov"]))
    lines = target.read_text("utf-8").splitlines()
    assert count == len(lines) == 2
    line_schema = {"$defs": schema()["$defs"], "$ref": "#/$defs/claim"}
    for line in lines:
        jsonschema.validate(json.loads(line), line_schema, cls=jsonschema.Draft202012Validator)
    assert [json.loads(line)["id"] for line in lines] == [ids["first"], ids["third"]]


def test_a_broken_record_fails_the_schema() -> None:
    """The check can fail: a record without its article, or with a wrong kind, is refused."""
    claim_schema = {"$defs": schema()["$defs"], "$ref": "#/$defs/claim"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": 1, "kind": "rumour"}, claim_schema)


def test_web_annotations_have_the_w3c_shape(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    ids = fill(catalogue, sample_text)
    target = tmp_path / "claims.jsonld"
    assert catalogue.export_claims(target, "webannotation") == 3
    document = json.loads(target.read_text("utf-8"))
    assert collection_problems(document) == []
    items = document["first"]["items"]
    assert document["total"] == len(items) == 3
    for annotation in items:
        assert annotation_problems(annotation) == []
    first = next(a for a in items if a["id"].endswith(f":{ids['first']}"))
    assert first["target"]["source"] == "https://example.org/ru/ambassador"
    quote, position = first["target"]["selector"]
    text = catalogue.get_article_text(ids["ru"])
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": text[10:60],
        "prefix": text[:10],
        "suffix": text[60:92],
    }
    assert position == {"type": "TextPositionSelector", "start": 10, "end": 60}
    purposes = {b["purpose"]: b["value"] for b in first["body"]}
    assert purposes["classifying"] == "direct" and purposes["identifying"] == "Джейхун Байрамов"
    emoji = next(a for a in items if a["id"].endswith(f":{ids['third']}"))
    assert emoji["target"]["source"].startswith("urn:claimdesk:text:sha256:")  # no url
    # code points: the emoji before the quote counts one
    assert emoji["target"]["selector"][1]["start"] == EMOJI.index("Мы")


def test_the_shape_check_finds_what_is_missing() -> None:
    assert annotation_problems({"@context": "x", "type": "Note"}) == [
        "@context is not the anno.jsonld context",
        "id is not an IRI",
        "type is not Annotation",
        "no target",
    ]


def same_articles(source: Catalogue, target: Catalogue) -> None:
    target.add_article("Другая статья, чтобы номера статей не совпадали.")
    for article in reversed(source.list_articles()):
        target.add_article(
            source.get_article_text(article.id), title=article.title, url=article.url
        )


def claims_by_place(catalogue: Catalogue) -> set[tuple[str, int, int, str, str, tuple[str, ...]]]:
    return {
        (
            catalogue.get_article(c.article_id).text_hash,
            c.start,
            c.end,
            c.speaker_name,
            c.kind,
            c.tags,
        )
        for c in catalogue.list_claims()
    }


def test_annotations_round_trip_into_a_catalogue_with_the_same_articles(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    fill(catalogue, sample_text)
    exported = tmp_path / "claims.jsonld"
    catalogue.export_claims(exported, "webannotation")
    with Catalogue.open(tmp_path / "other.sqlite") as other:
        same_articles(catalogue, other)
        other.add_speaker("Джейхун Байрамов")  # found by name, not made again
        result = other.import_annotations(exported)
        assert len(result.claims) == 3 and result.new_speakers == 0
        assert claims_by_place(other) == claims_by_place(catalogue)
        assert sorted(c.note for c in other.list_claims()) == ["", "", "н"]
        again = other.import_annotations(exported)  # run twice: nothing stored again
        assert (again.claims, again.skipped) == ((), 3)
        assert other.count_claims() == 3
        other.undo()  # one edit
        assert other.count_claims() == 0


def test_new_speakers_come_with_their_role(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    fill(catalogue, sample_text)
    exported = tmp_path / "claims.jsonld"
    catalogue.export_claims(exported, "webannotation")
    with Catalogue.open(tmp_path / "other.sqlite") as other:
        same_articles(catalogue, other)
        result = other.import_annotations(exported)
        assert result.new_speakers == 1
        (speaker,) = other.list_speakers()
        assert (speaker.name, speaker.role, speaker.organisation) == (
            "Джейхун Байрамов",
            "Министр",
            "МИД",
        )


def test_imported_claims_keep_who_made_them_and_when(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    """Imported annotations took the importer's name and the time of the import: a team's
    record of who marked what, and when, was lost on the way between catalogues."""
    catalogue.user_name = "Анна Смирнова"
    fill(catalogue, sample_text)
    exported = tmp_path / "claims.jsonld"
    catalogue.export_claims(exported, "webannotation")
    document = json.loads(exported.read_text("utf-8"))
    first, second, third = document["first"]["items"]
    first["created"] = "2021-03-20T10:15:00+03:00"  # a zone: stored in UTC
    second["created"] = "2021-03-21T08:00:00"  # none: taken as UTC
    second["creator"] = "Пётр  Иванов"  # the creator as text
    third["created"] = "20 марта"  # not a time: made now
    third["creator"] = {"type": "Person", "name": "\x07"}  # not a readable name
    exported.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with Catalogue.open(tmp_path / "other.sqlite") as other:
        other.user_name = "Ольга"
        same_articles(catalogue, other)
        before = datetime.now(UTC)
        other.import_annotations(exported)
        made = {c.quote: (c.created_at, c.created_by, c.updated_by) for c in other.list_claims()}
    quotes = [item["target"]["selector"][0]["exact"] for item in (first, second, third)]
    assert made[quotes[0]][:2] == (datetime(2021, 3, 20, 7, 15, tzinfo=UTC), "Анна Смирнова")
    assert made[quotes[1]][:2] == (datetime(2021, 3, 21, 8, 0, tzinfo=UTC), "Пётр Иванов")
    assert made[quotes[2]][0] >= before.replace(microsecond=0)
    assert made[quotes[2]][1] == "Ольга"
    assert {updated_by for _at, _by, updated_by in made.values()} == {"Ольга"}


def broken(document: dict[str, Any], how: str) -> Any:
    items = document["first"]["items"]
    last = items[-1]
    if how == "out of range":
        last["target"]["selector"][1].update(start=10**6, end=10**6 + 5)
    elif how == "quote differs":
        last["target"]["selector"][0]["exact"] = "не та цитата"
    elif how == "no context":
        del last["@context"]
    elif how == "bad kind":
        last["body"][0]["value"] = "rumour"
    elif how == "unknown article":
        last["target"]["source"] = "https://example.org/nowhere"
        last["target"]["claimdesk:textHash"] = "0" * 64
    elif how == "wrong shape":
        return {"type": "AnnotationCollection", "first": "https://example.org/page2"}
    return document


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("out of range", "past the end of article"),
        ("quote differs", "is not at"),
        ("no context", "@context does not include"),
        ("bad kind", "is not one of"),
        ("unknown article", "is neither in this catalogue"),
        ("wrong shape", "first page is not in the file"),
        ("malformed", "is not valid JSON"),
    ],
)
def test_bad_annotations_fail_in_one_line_and_change_nothing(
    catalogue: Catalogue, sample_text: str, tmp_path: Path, how: str, message: str
) -> None:
    fill(catalogue, sample_text)
    exported = tmp_path / "claims.jsonld"
    catalogue.export_claims(exported, "webannotation")
    bad = tmp_path / "bad.jsonld"
    if how == "malformed":
        bad.write_text(exported.read_text("utf-8")[:-20], "utf-8")
    else:
        bad.write_text(json.dumps(broken(json.loads(exported.read_text("utf-8")), how)), "utf-8")
    with Catalogue.open(tmp_path / "other.sqlite") as other:
        same_articles(catalogue, other)
        with pytest.raises(ImportFileError) as raised:
            other.import_annotations(bad)
        assert message in str(raised.value) and "\n" not in str(raised.value)
        # the good annotations before the bad one were not stored either
        assert other.count_claims() == 0 and other.list_speakers() == []


def test_a_huge_file_is_refused_before_it_is_read(catalogue: Catalogue, tmp_path: Path) -> None:
    """A file past the limit (sparse: it takes no room on the disk) is refused by its size."""
    from claimdesk.core.importers.limits import MAX_ANNOTATION_FILE_BYTES

    huge = tmp_path / "huge.jsonld"
    with huge.open("wb") as stream:
        stream.truncate(MAX_ANNOTATION_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="annotation files of up to 50 MB") as raised:
        catalogue.import_annotations(huge)
    assert "\n" not in str(raised.value)
    assert catalogue.count_claims() == 0


def test_exports_are_atomic_and_unknown_formats_refused(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    fill(catalogue, sample_text)
    target = tmp_path / "claims.jsonl"
    target.write_text("previous", "utf-8")

    def cancel(written: int, total: int) -> bool:
        return False

    with pytest.raises(ExportCancelledError):
        catalogue.export_claims(target, "jsonl", progress=cancel)
    assert target.read_text("utf-8") == "previous"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    with pytest.raises(InvalidValueError, match="choose one of: csv, jsonl"):
        catalogue.export_claims(target, "xml")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
        (b'{"type": "Annotation", "x": NaN}', "is not valid JSON"),
        (b"\xff\xfe[]", "is not UTF-8"),
        (b"[]", "holds no annotations"),
        (b"", "is empty"),
        (b" \n\t", "is empty"),
        (b'"text"', "is not an annotation"),
        (b'{"type": "Note"}', "is not an Annotation, AnnotationPage or AnnotationCollection"),
    ],
)
def test_hostile_json_is_refused_in_one_line(data: bytes, message: str) -> None:
    from claimdesk.core.importers.web_annotation import parse_annotations

    with pytest.raises(ImportFileError, match=message) as raised:
        parse_annotations(data, "bad.jsonld")
    assert "\n" not in str(raised.value)


def test_orphaned_claims_keep_their_version_in_json_and_stay_out_of_annotations(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """An orphan's span is in an earlier text: JSON says so (anchor and text_version); the
    annotations, whose selectors would name the current text, leave it out."""
    article = catalogue.add_article("Первая фраза. Вторая фраза, которую потом уберут.").id
    kept = catalogue.attribute_quote(article, "Первая фраза", "Иван Петров")
    gone = catalogue.attribute_quote(article, "которую потом уберут", "Иван Петров")
    catalogue.new_article_version(article, "Первая фраза. Совсем другой текст дальше.")
    catalogue.export_claims(tmp_path / "c.json", "json")
    by_id = {c["id"]: c for c in json.loads((tmp_path / "c.json").read_text("utf-8"))["claims"]}
    assert by_id[gone.id]["anchor"]["state"] == "orphaned"
    assert by_id[gone.id]["anchor"]["text_version"] == 1
    assert by_id[gone.id]["article"]["text_version"] == 2
    assert by_id[kept.id]["anchor"]["text_version"] == 2
    assert by_id[kept.id]["anchor"]["made_on_version"] == 1  # made before the new text
    progress: list[tuple[int, int]] = []

    def report(written: int, total: int) -> bool:
        progress.append((written, total))
        return True

    assert catalogue.export_claims(tmp_path / "c.jsonld", "webannotation", progress=report) == 1
    items = json.loads((tmp_path / "c.jsonld").read_text("utf-8"))["first"]["items"]
    assert [a["id"] for a in items] == [f"urn:claimdesk:claim:{kept.id}"]
    assert progress[-1] == (2, 2)  # every claim read, though one was left out
