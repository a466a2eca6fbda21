"""Importing REFI-QDA projects (.qdpx): a project from another program (codes of its own, text
inline or in sources/, Windows line ends), and bad input of every kind, which fails with one line
and leaves the catalogue exactly as it was."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers import qdpx

G = "00000000-0000-0000-0000-{:012d}"
MB = 1024 * 1024
TEXT = "Мэр заявил: «Мост откроют в мае».\r\nThe mayor 🙂 added: “no delays”."


def _project(sources: str, *, codes: str = "", cases: str = "", head: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{head}'
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign">'
        f'<Users><User guid="{G.format(1)}" name="Анна"/></Users>'
        f"<CodeBook><Codes>{codes}</Codes></CodeBook>"
        f'<Variables><Variable guid="{G.format(2)}" name="Role" typeOfVariable="Text"/></Variables>'
        f"{cases}<Sources>{sources}</Sources></Project>"
    ).encode()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _selection(start: object, end: object, *codes: int) -> str:
    codings = "".join(
        f'<Coding guid="{G.format(900 + c)}"><CodeRef targetGUID="{G.format(c)}"/></Coding>'
        for c in codes
    )
    return (
        f'<PlainTextSelection guid="{G.format(500)}" startPosition="{start}" endPosition="{end}"'
        f' creatingUser="{G.format(1)}">{codings}</PlainTextSelection>'
    )


def _source(selections: str = "", *, path: str = "internal://a.txt") -> str:
    return (
        f'<TextSource guid="{G.format(100)}" name="Мост" plainTextPath="{path}">'
        f"{selections}</TextSource>"
    )


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.open(tmp_path / "c.sqlite") as opened:
        opened.add_article("An article already there.\nIt stays.", outlet="Old")
        opened.add_speaker("Someone Known")
        yield opened


def _state(catalogue: Catalogue) -> tuple[object, ...]:
    return (
        [(a.title, a.claim_count) for a in catalogue.list_articles()],
        [(s.name, s.aliases) for s in catalogue.list_speakers()],
        [(c.start, c.end) for c in catalogue.iter_claims()],
        catalogue.history.next_undo().description,  # no new undo step
    )


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.qdpx"
    path.write_bytes(data)
    return path


def test_a_foreign_project_is_imported(catalogue: Catalogue, tmp_path: Path) -> None:
    quote = "Мост откроют в мае"
    start = TEXT.index(quote)
    second = TEXT.index("no delays")
    codes = (
        f'<Code guid="{G.format(10)}" name="Speakers" isCodable="false">'
        f'<Code guid="{G.format(11)}" name="Мэр" isCodable="true"/></Code>'
        f'<Code guid="{G.format(12)}" name="Infrastructure" isCodable="true">'
        f'<Code guid="{G.format(13)}" name="Bridges" isCodable="true"/></Code>'
        f'<Code guid="{G.format(14)}" name="Kinds" isCodable="false">'
        f'<Code guid="{G.format(15)}" name="Direct quote" isCodable="true"/></Code>'
    )
    cases = (
        f'<Cases><Case guid="{G.format(20)}" name="Мэр"><VariableValue><VariableRef '
        f'targetGUID="{G.format(2)}"/><TextValue>мэр города</TextValue></VariableValue></Case>'
        "</Cases>"
    )
    sources = _source(
        _selection(start, start + len(quote), 11, 15, 13)
        + _selection(second, second + len("no delays"), 12)
    )
    data = _zip(
        {
            "project.qde": _project(sources, codes=codes, cases=cases),
            "sources/a.txt": TEXT.encode("utf-8"),
        }
    )
    result = catalogue.import_qdpx(_write(tmp_path, data))
    assert (result.articles_created, result.speakers_created, result.claims) == (1, 1, 2)
    claims = sorted(catalogue.iter_claims(), key=lambda c: c.start)
    # Windows line ends are stored as \n: the offsets after them move back with the text
    assert [c.quote for c in claims] == [quote, "no delays"]
    assert (claims[0].speaker_name, claims[0].kind, claims[0].tags) == (
        "Мэр",
        "direct",
        ("Bridges",),  # the project's code, as it names it
    )
    assert (claims[1].speaker_name, claims[1].kind, claims[1].tags) == (
        "",
        "claim",
        ("Infrastructure",),
    )
    assert claims[0].created_by == "Анна"
    mayor = catalogue.find_speaker("мэр")
    assert mayor is not None and mayor.role == "мэр города"


def test_another_programs_file_names_are_read(catalogue: Catalogue, tmp_path: Path) -> None:
    # the project file named after the project, the folder "Sources"
    data = _zip({"Мост.qde": _project(_source(_selection(0, 3))), "Sources/a.txt": TEXT.encode()})
    catalogue.import_qdpx(_write(tmp_path, data))
    assert [c.quote for c in catalogue.iter_claims()] == [TEXT[:3]]


def test_text_given_inline_is_read(catalogue: Catalogue, tmp_path: Path) -> None:
    source = (
        f'<TextSource guid="{G.format(100)}" name="Inline"><PlainTextContent>Plain words here.'
        f"</PlainTextContent>{_selection(6, 11)}</TextSource>"
    )
    catalogue.import_qdpx(_write(tmp_path, _zip({"project.qde": _project(source)})))
    (claim,) = catalogue.iter_claims()
    assert claim.quote == "words"


def test_a_foreign_projects_links_between_selections_become_links(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """Links named as ClaimDesk's relations (label or value, any case) between two selections
    become links, their Note the link's note; a link of another name, or to a code, is left
    out."""
    text = "Мэр: «мост откроют в мае». Депутат: «не откроют»."

    def selection(number: int, quote: str) -> str:
        start = text.index(quote)
        return (
            f'<PlainTextSelection guid="{G.format(number)}" startPosition="{start}" '
            f'endPosition="{start + len(quote)}"/>'
        )

    def link(number: int, name: str, origin: int, target: int, note: str = "") -> str:
        ref = f'<NoteRef targetGUID="{G.format(note_guid)}"/>' if note else ""
        return (
            f'<Link guid="{G.format(number)}" name="{name}" direction="OneWay" '
            f'originGUID="{G.format(origin)}" targetGUID="{G.format(target)}">{ref}</Link>'
        )

    note_guid = 700
    source = (
        f'<TextSource guid="{G.format(100)}" name="Мост"><PlainTextContent>{text}'
        f"</PlainTextContent>{selection(501, 'мост откроют в мае')}"
        f"{selection(502, 'не откроют')}</TextSource>"
    )
    extra = (
        f'<Notes><Note guid="{G.format(note_guid)}" name="n"><PlainTextContent>спор'
        f"</PlainTextContent></Note></Notes><Links>"
        + link(601, "CONTRADICTS", 501, 502, note="спор")
        + link(602, "causes", 502, 501)  # not a relation ClaimDesk has
        + link(603, "Same claim", 3, 501)  # from a code, not a selection
        + "</Links>"
    )
    data = _project(source).replace(b"</Sources>", b"</Sources>" + extra.encode())
    result = catalogue.import_qdpx(_write(tmp_path, _zip({"project.qde": data})))
    assert (result.claims, result.links) == (2, 1)
    quotes = {c.id: c.quote for c in catalogue.iter_claims()}
    (found,) = catalogue.links_for_claims(sorted(quotes))
    assert (quotes[found.from_claim_id], quotes[found.to_claim_id]) == (
        "мост откроют в мае",
        "не откроют",
    )
    assert (found.relation, found.note) == ("contradicts", "спор")


XXE = (
    '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
)

BAD: dict[str, tuple[bytes, str]] = {
    "not a zip": (b"PK\x03\x04 this is not really a zip", "not a complete ZIP"),
    "plain text": ("Просто текст".encode(), "not a complete ZIP"),
    "no project.qde": (_zip({"sources/a.txt": b"x"}), "has no project.qde"),
    "malformed xml": (_zip({"project.qde": b"<Project><Sources>"}), "not well-formed"),
    "external entity": (
        _zip({"project.qde": _project(_source(), head=XXE[0]), "sources/a.txt": b"text"}),
        "DTD",
    ),
    "entity expansion": (
        _zip({"project.qde": _project(_source(), head=XXE[1]), "sources/a.txt": b"text"}),
        "DTD",
    ),
    "wrong root": (
        _zip({"project.qde": b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>'}),
        "holds <CodeBook>",
    ),
    "wrong namespace": (_zip({"project.qde": b'<Project name="x"/>'}), "outside the namespace"),
    "offset past the text": (
        _zip(
            {
                "project.qde": _project(_source(_selection(5, len(TEXT) + 1))),
                "sources/a.txt": TEXT.encode(),
            }
        ),
        "outside its text",
    ),
    "negative offset": (
        _zip({"project.qde": _project(_source(_selection(-1, 3))), "sources/a.txt": TEXT.encode()}),
        "outside its text",
    ),
    "offset not a number": (
        _zip(
            {"project.qde": _project(_source(_selection("1e3", 4))), "sources/a.txt": TEXT.encode()}
        ),
        "not a whole number",
    ),
    "blank selection": (
        _zip({"project.qde": _project(_source(_selection(0, 3))), "sources/a.txt": b"   text"}),
        "only white space",
    ),
    "missing source file": (_zip({"project.qde": _project(_source())}), "missing"),
    "source outside sources/": (
        _zip({"project.qde": _project(_source(path="internal://../project.qde"))}),
        "missing",
    ),
    "external source": (
        _zip({"project.qde": _project(_source(path="absolute:///etc/passwd"))}),
        "no plain text inside the project",
    ),
    "not utf-8": (
        _zip({"project.qde": _project(_source()), "sources/a.txt": "Текст".encode("cp1251")}),
        "not UTF-8",
    ),
    "bad date": (
        _zip(
            {
                "project.qde": _project(_source())
                .replace(
                    b"</TextSource>",
                    f'<VariableValue><VariableRef targetGUID="{G.format(3)}"/><TextValue>'
                    f"someday</TextValue></VariableValue></TextSource>".encode(),
                )
                .replace(
                    b"</Variables>",
                    f'<Variable guid="{G.format(3)}" name="Published" typeOfVariable="Text"/>'
                    f"</Variables>".encode(),
                ),
                "sources/a.txt": TEXT.encode(),
            }
        ),
        "not a date",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_fails_with_one_line_and_changes_nothing(
    catalogue: Catalogue, tmp_path: Path, case: str
) -> None:
    data, message = BAD[case]
    before = _state(catalogue)
    with pytest.raises(ImportFileError, match=message) as raised:
        catalogue.import_qdpx(_write(tmp_path, data))
    assert "\n" not in str(raised.value)
    assert "in.qdpx" in str(raised.value)
    assert _state(catalogue) == before


def test_a_zip_bomb_is_refused_before_it_is_unpacked(catalogue: Catalogue, tmp_path: Path) -> None:
    # a source that unpacks to more than any article can hold (21 MB of one letter, 20 kB packed)
    data = _zip(
        {"project.qde": _project(_source()), "sources/a.txt": b"a" * (qdpx.MAX_SOURCE_BYTES + MB)}
    )
    assert len(data) < 100_000
    before = _state(catalogue)
    with pytest.raises(ImportFileError, match="zip bomb"):
        catalogue.import_qdpx(_write(tmp_path, data))
    assert _state(catalogue) == before


def test_a_project_failing_half_way_stores_nothing(catalogue: Catalogue, tmp_path: Path) -> None:
    # the first source is fine, the second is not: the first is not stored either
    good = _source(_selection(0, 3))
    bad = (
        _source(_selection(0, 999)).replace(G.format(100), G.format(101)).replace("a.txt", "b.txt")
    )
    data = _zip(
        {
            "project.qde": _project(good + bad),
            "sources/a.txt": TEXT.encode(),
            "sources/b.txt": b"short",
        }
    )
    before = _state(catalogue)
    with pytest.raises(ImportFileError, match="outside its text"):
        catalogue.import_qdpx(_write(tmp_path, data))
    assert _state(catalogue) == before
