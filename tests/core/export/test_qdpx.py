"""REFI-QDA export (.qdpx): every export is valid against the REFI-QDA project schema, its
positions are code points, its GUIDs are stable, and it comes back whole through our importer.

QualCoder cannot be installed here (it is not on the package index this machine reaches, and it
needs PyQt6), so the round trip goes through ClaimDesk's own importer into an empty catalogue.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ExportFileError
from claimdesk.core.domain.records import ClaimFilter

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "data" / "refi-qda" / "Project-mrt2019.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}

ENGLISH = (
    "LONDON, 3 March (Wire) 🙂 The minister said on Tuesday that “talks will resume next week”.\n"
    "Critics, including opposition leader Jane Roe, argued the plan was too slow.\r\n"
    "Roe said: “We have waited long enough.”"
)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_FILE)))


def _fill(catalogue: Catalogue, sample_text: str) -> dict[str, int]:
    """Russian and English articles, speakers with aliases and roles, claims of every kind,
    tags, notes, an unattributed claim and claims added by two people."""
    ru = catalogue.add_article(
        sample_text, outlet="Sputnik", published="2020-07-28", language="ru", url="https://x.test/a"
    ).id
    en = catalogue.add_article(
        ENGLISH, title="Talks", outlet="Wire", published="2024-03", language="en"
    ).id
    catalogue.update_article(en, note="checked against the print edition")
    minister = catalogue.add_speaker(
        "Джейхун Байрамов",
        role="министр иностранных дел",
        organisation="МИД Азербайджана",
        aliases=["Байрамов", "глава МИД АР"],
        note="не путать с однофамильцем",
    )
    envoy = catalogue.add_speaker("Михаил Бочарников", role="посол", aliases=["Бочарников"])
    roe = catalogue.add_speaker("Jane Roe", role="opposition leader", organisation="Party")
    catalogue.add_speaker("Nobody Quoted")  # a speaker with no claims is still a case
    text = catalogue.get_article_text(ru)
    start = text.index("Азербайджан не участвует")
    catalogue.attribute_span(
        ru, start, start + 60, minister.id, kind="indirect", tags=["ОБСЕ", "переговоры"]
    )
    start = text.index("урегулирование нагорно")
    catalogue.attribute_span(ru, start, start + 40, envoy.id, kind="claim", note="важно")
    catalogue.user_name = "Second Coder"
    english = catalogue.get_article_text(en)
    start = english.index("talks will")
    catalogue.attribute_span(
        en, start, start + len("talks will resume next week"), None, kind="direct"
    )
    start = english.index("We have")
    catalogue.attribute_span(
        en, start, start + len("We have waited long enough."), roe.id, kind="direct", tags=["delay"]
    )
    return {"ru": ru, "en": en}


def _claims(catalogue: Catalogue) -> list[tuple[Any, ...]]:
    texts = {a.id: catalogue.get_article_text(a.id) for a in catalogue.list_articles()}
    return sorted(
        (
            texts[c.article_id][:40],
            c.start,
            c.end,
            c.quote,
            c.speaker_name,
            c.kind,
            c.tags,
            c.note,
            c.created_by,
        )
        for c in catalogue.iter_claims()
    )


def _articles(catalogue: Catalogue) -> list[tuple[Any, ...]]:
    return sorted(
        (
            a.title,
            catalogue.get_article_text(a.id),
            a.outlet,
            a.url,
            a.published,
            a.language,
            a.note,
        )
        for a in catalogue.list_articles()
    )


def _speakers(catalogue: Catalogue) -> list[tuple[Any, ...]]:
    return sorted(
        (s.name, s.role, s.organisation, s.note, sorted(s.aliases), s.claim_count)
        for s in catalogue.list_speakers()
    )


def test_the_export_is_valid_refi_qda_with_code_point_positions(
    catalogue: Catalogue, sample_text: str, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    catalogue.user_name = "First Coder"
    _fill(catalogue, sample_text)
    out = tmp_path / "project.qdpx"
    result = catalogue.export_qdpx(out, project_name="Проект")
    assert (result.articles, result.claims, result.speakers, result.left_out) == (2, 4, 4, 0)

    with zipfile.ZipFile(out) as archive:
        qde = archive.read("project.qde")
        project = etree.fromstring(qde)
        schema.assertValid(project)
        sources = project.findall("q:Sources/q:TextSource", NS)
        assert len(sources) == 2
        quotes = {c.id: c.quote for c in catalogue.iter_claims()}
        selections = 0
        for source in sources:
            path = source.get("plainTextPath")
            assert path == f"internal://{source.get('guid')}.txt"
            text = archive.read("sources/" + path.removeprefix("internal://")).decode("utf-8")
            for selection in source.findall("q:PlainTextSelection", NS):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                # code points, end exclusive: the text between them is the claim's quote
                assert text[start:end] in quotes.values()
                selections += 1
        assert selections == 4
    english = next(s for s in sources if s.get("name") == "Talks")
    en_text = catalogue.get_article_text(
        next(a.id for a in catalogue.list_articles() if a.title == "Talks")
    )
    roe = next(
        s
        for s in english.findall("q:PlainTextSelection", NS)
        if s.get("name").startswith("We have")
    )
    # after the emoji (two UTF-16 units, one code point): Python's offset, not Qt's
    assert int(roe.get("startPosition")) == en_text.index("We have")
    users = {u.get("name") for u in project.findall("q:Users/q:User", NS)}
    assert users == {"Second Coder", "First Coder"}
    assert project.get("name") == "Проект"
    top = [c.get("name") for c in project.findall("q:CodeBook/q:Codes/q:Code", NS)]
    assert top == ["Speakers", "Kinds", "Tags"]
    cases = {c.get("name"): c for c in project.findall("q:Cases/q:Case", NS)}
    assert set(cases) == {"Джейхун Байрамов", "Михаил Бочарников", "Jane Roe", "Nobody Quoted"}
    assert len(cases["Jane Roe"].findall("q:SelectionRef", NS)) == 1


def test_the_schema_check_has_teeth(schema: etree.XMLSchema) -> None:
    bad = etree.fromstring(
        b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="'
        b'00000000-0000-0000-0000-000000000000"><PlainTextSelection guid="00000000-0000-0000-0000'
        b'-000000000001" startPosition="0"/></TextSource></Sources></Project>'
    )
    assert not schema.validate(bad)  # no endPosition


def test_guids_are_the_same_on_every_export(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    _fill(catalogue, sample_text)

    def guids(path: Path) -> list[str]:
        catalogue.export_qdpx(path)
        with zipfile.ZipFile(path) as archive:
            project = etree.fromstring(archive.read("project.qde"))
        return [e.get("guid") for e in project.iter() if e.get("guid")]

    first, second = guids(tmp_path / "a.qdpx"), guids(tmp_path / "b.qdpx")
    assert first == second
    assert len(set(first)) == len(first)


def test_round_trip_into_an_empty_catalogue(
    catalogue: Catalogue, sample_text: str, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    catalogue.user_name = "First Coder"
    _fill(catalogue, sample_text)
    out = tmp_path / "project.qdpx"
    catalogue.export_qdpx(out)
    with Catalogue.open(tmp_path / "empty.sqlite") as target:
        result = target.import_qdpx(out)
        assert (result.articles_created, result.speakers_created, result.claims) == (2, 4, 4)
        assert _articles(target) == _articles(catalogue)
        assert _speakers(target) == _speakers(catalogue)
        assert _claims(target) == _claims(catalogue)
        # one undo step takes the whole import back
        target.undo()
        assert target.list_articles() == [] and target.list_speakers() == []
        target.redo()
        # importing the same project again adds nothing
        again = target.import_qdpx(out)
        assert (again.articles_found, again.speakers_found, again.claims) == (2, 4, 0)
        assert again.claims_skipped == 4
        assert _claims(target) == _claims(catalogue)


def test_imported_selections_keep_when_they_were_made(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    """A selection's creationDateTime was read past: every imported claim was dated the
    import, and its maker recorded as its last editor too."""
    catalogue.user_name = "First Coder"
    _fill(catalogue, sample_text)
    out = tmp_path / "project.qdpx"
    catalogue.export_qdpx(out)
    made = sorted(
        (c.quote, c.created_at.replace(microsecond=0), c.created_by)
        for c in catalogue.list_claims()
    )
    assert {by for _quote, _at, by in made} == {"First Coder", "Second Coder"}
    with Catalogue.open(tmp_path / "empty.sqlite") as target:
        target.user_name = "Третий кодировщик"
        target.import_qdpx(out)
        claims = target.list_claims()
        assert sorted((c.quote, c.created_at, c.created_by) for c in claims) == made
        assert {c.updated_by for c in claims} == {"Третий кодировщик"}


def test_an_export_that_cannot_be_written_leaves_the_target_alone(
    catalogue: Catalogue, sample_text: str, tmp_path: Path
) -> None:
    _fill(catalogue, sample_text)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    folder = tmp_path / "folder.qdpx"
    folder.mkdir()
    with pytest.raises(ExportFileError, match="folder"):
        catalogue.export_qdpx(folder)
    link = tmp_path / "link.qdpx"
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(ExportFileError, match="symbolic link"):
        catalogue.export_qdpx(link)
    assert not (tmp_path / "elsewhere").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.qdpx", "link.qdpx"]


def test_an_empty_catalogue_exports_a_valid_empty_project(
    catalogue: Catalogue, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    out = tmp_path / "empty.qdpx"
    assert catalogue.export_qdpx(out).articles == 0
    with zipfile.ZipFile(out) as archive:
        schema.assertValid(etree.fromstring(archive.read("project.qde")))
    with Catalogue.open(tmp_path / "target.sqlite") as target:
        assert target.import_qdpx(out).claims == 0
        assert target.list_articles() == []


def test_orphaned_claims_are_left_out_and_moved_ones_follow_the_new_text(
    catalogue: Catalogue, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    article = catalogue.add_article("First words. The minister said “yes”. Last words.").id
    speaker = catalogue.add_speaker("The Minister").id
    text = catalogue.get_article_text(article)
    kept = text.index("“yes”")
    catalogue.attribute_span(article, kept, kept + 5, speaker)
    gone = text.index("Last words")
    catalogue.attribute_span(article, gone, gone + 10, speaker)
    catalogue.new_article_version(article, "Новое начало. The minister said “yes”. Конец.")
    out = tmp_path / "versions.qdpx"
    result = catalogue.export_qdpx(out)
    assert (result.claims, result.left_out) == (1, 1)
    with zipfile.ZipFile(out) as archive:
        project = etree.fromstring(archive.read("project.qde"))
        schema.assertValid(project)
        (selection,) = project.iterfind(".//q:PlainTextSelection", NS)
        (source,) = project.iterfind(".//q:TextSource", NS)
        text = archive.read(f"sources/{source.get('guid')}.txt").decode()
    assert text == catalogue.get_article_text(article)
    start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
    assert text[start:end] == "“yes”"
    # the case refers to the claim written, not to the orphan
    (case,) = project.iterfind(".//q:Case", NS)
    assert [r.get("targetGUID") for r in case.iterfind("q:SelectionRef", NS)] == [
        selection.get("guid")
    ]


def test_the_export_format_list_writes_a_filtered_project(
    catalogue: Catalogue, sample_text: str, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    # export --format qdpx (and the export dialog) with the Catalogue tab's filters: only the
    # chosen claims and the articles they are in; every speaker stays a case
    _fill(catalogue, sample_text)
    roe = next(s.id for s in catalogue.list_speakers() if s.name == "Jane Roe")
    out = tmp_path / "roe.qdpx"
    assert catalogue.export_claims(out, "qdpx", ClaimFilter(speaker_id=roe)) == 1
    with zipfile.ZipFile(out) as archive:
        project = etree.fromstring(archive.read("project.qde"))
        schema.assertValid(project)
        assert len(archive.namelist()) == 2  # project.qde and the one article's text
    sources = project.findall("q:Sources/q:TextSource", NS)
    assert [s.get("name") for s in sources] == ["Talks"]
    selections = sources[0].findall("q:PlainTextSelection", NS)
    assert [s.get("name") for s in selections] == ["We have waited long enough."]
    assert len(project.findall("q:Cases/q:Case", NS)) == 4


LINKED = (
    "Министр Ёлкин заявил: «Мост откроют в марте».\n"
    "Мэр Щукина возразила: «Мост не откроют до лета».\n"
    "The mayor, Zoë Øster, repeated: “the bridge opens in March”.\n"
)


def _linked_source(folder: Path) -> Path:
    """A catalogue (SQLite) whose claims are linked every way, one link with a note, and two
    speakers of one name (Иван Петров of two organisations), exported as a project."""
    with Catalogue.open(folder / "source.sqlite") as c:
        article = c.add_article(LINKED, title="Мост", language="ru").id

        def claim(quote: str, speaker: int) -> int:
            start = LINKED.index(quote)
            return c.attribute_span(article, start, start + len(quote), speaker).id

        first = c.add_speaker("Иван Петров", organisation="Мэрия").id
        second = c.add_speaker("Иван Петров", organisation="Министерство").id
        opens = claim("Мост откроют в марте", first)
        later = claim("Мост не откроют до лета", second)
        again = claim("the bridge opens in March", second)
        c.link_claims(opens, later, "contradicts", note="спор о сроках 🙂")
        c.link_claims(again, opens, "same")
        c.link_claims(later, again, "similar")
        out = folder / "linked.qdpx"
        c.export_qdpx(out)
    return out


def _links(catalogue: Catalogue) -> list[tuple[str, str, str, str]]:
    quotes = {c.id: c.quote for c in catalogue.list_claims()}
    links = catalogue.links_for_claims(sorted(quotes))
    return sorted(
        (quotes[k.from_claim_id], quotes[k.to_claim_id], k.relation, k.note) for k in links
    )


def _said_by(catalogue: Catalogue) -> list[tuple[str, str, str]]:
    return sorted(
        (c.quote, c.speaker_name, c.speaker_organisation) for c in catalogue.list_claims()
    )


def test_links_between_claims_are_refi_qda_links_and_come_back(
    catalogue: Catalogue, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    out = _linked_source(tmp_path)
    with zipfile.ZipFile(out) as archive:
        project = etree.fromstring(archive.read("project.qde"))
    schema.assertValid(project)
    selections = {
        s.get("guid"): s.get("name") for s in project.iter(f"{{{NS['q']}}}PlainTextSelection")
    }
    links = project.findall("q:Links/q:Link", NS)
    assert sorted(
        (selections[k.get("originGUID")], selections[k.get("targetGUID")], k.get("name"))
        for k in links
    ) == sorted(
        [
            ("Мост не откроют до лета", "the bridge opens in March", "Similar"),
            ("Мост откроют в марте", "Мост не откроют до лета", "Contradicts"),
            ("the bridge opens in March", "Мост откроют в марте", "Same claim"),
        ]
    )
    (with_note,) = [k for k in links if k.find("q:NoteRef", NS) is not None]
    (note,) = project.findall("q:Notes/q:Note", NS)
    assert with_note.find("q:NoteRef", NS).get("targetGUID") == note.get("guid")
    assert note.findtext("q:PlainTextContent", namespaces=NS) == "спор о сроках 🙂"

    result = catalogue.import_qdpx(out)  # an empty catalogue, SQLite and PostgreSQL
    assert (result.claims, result.links) == (3, 3)
    with Catalogue.open(tmp_path / "source.sqlite") as source:
        assert _links(catalogue) == _links(source)
    again = catalogue.import_qdpx(out)  # the same project again: no link doubled
    assert (again.claims, again.claims_skipped, again.links) == (0, 3, 0)
    assert len(_links(catalogue)) == 3
    catalogue.undo()  # the second import stored nothing; one undo takes the first back whole
    assert catalogue.list_claims() == [] and catalogue.list_articles() == []


def test_two_speakers_of_one_name_stay_two(catalogue: Catalogue, tmp_path: Path) -> None:
    out = _linked_source(tmp_path)
    result = catalogue.import_qdpx(out)
    assert result.speakers_created == 2
    speakers = sorted((s.name, s.organisation) for s in catalogue.list_speakers())
    assert speakers == [("Иван Петров", "Министерство"), ("Иван Петров", "Мэрия")]
    with Catalogue.open(tmp_path / "source.sqlite") as source:
        assert _said_by(catalogue) == _said_by(source)
    # again: each found as itself, nothing new, no claim doubled
    again = catalogue.import_qdpx(out)
    assert (again.speakers_created, again.speakers_found, again.claims_skipped) == (0, 2, 3)
    assert len(catalogue.list_speakers()) == 2 and catalogue.count_claims() == 3
