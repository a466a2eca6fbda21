"""CSV export: columns, round trip, formula neutralising, Excel BOM, atomic writes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.export import (
    CSV_COLUMNS,
    ExportCancelledError,
    claim_record,
    export_claims_csv,
    write_claims_csv,
)
from claimdesk.core.records import ClaimFilter

REQUIRED = (
    "claim_id speaker speaker_role speaker_organisation kind quote context_before context_after "
    "start end article_id article_title outlet published url language tags note "
    "linked_claim_ids created_at"
).split()

AWKWARD = [
    'Он сказал: "да, конечно", а потом — «нет»',
    "строка один\nстрока два\n\nтри",
    "эмодзи 🙂👍🏽 и флаг 🇦🇿",
    "עברית: הוא אמר שלום",
    "العربية: قال الوزير",
    '=HYPERLINK("http://evil")',
]


def _read(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream))


def _fill(catalogue: Catalogue, quotes: list[str]) -> int:
    text = "\n\n".join(f"{i}. {q} ." for i, q in enumerate(quotes))
    article = catalogue.add_article(
        text, title="Тест, «кавычки»", outlet="Outlet, Inc.", url="https://example.org/a?b=1",
        published="2024-07-28", language="ru",
    ).id  # fmt: skip
    speaker = catalogue.add_speaker("Джейхун Байрамов", role="министр, МИД", organisation="АР")
    for i, quote in enumerate(quotes):
        start = text.index(f"{i}. ") + len(f"{i}. ")
        catalogue.attribute_span(
            article, start, start + len(quote), speaker.id, kind="direct",
            tags=["тег", "two words"], note=f"заметка {i}, \"q\"",
        )  # fmt: skip
    return article


def test_header_has_every_required_column(catalogue: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_claims_csv(catalogue, out) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(CSV_COLUMNS)
    assert set(REQUIRED) <= set(header)


def test_round_trip_with_awkward_text(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, AWKWARD)
    first, second = catalogue.list_claims()[:2]
    catalogue.link_claims(first.id, second.id)
    out = tmp_path / "out.csv"
    assert export_claims_csv(catalogue, out, neutralise_formulas=False) == len(AWKWARD)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw  # RFC 4180 record separator
    rows = _read(out)
    expected = [{k: str(v) for k, v in claim_record(c).items()} for c in catalogue.list_claims()]
    assert rows == expected
    assert [r["quote"] for r in rows] == AWKWARD
    assert rows[0]["linked_claim_ids"] == str(second.id)
    assert rows[0]["tags"] == "two words; тег"  # sorted


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
            min_size=1,
            max_size=40,
        ).filter(lambda s: s.strip() != ""),
        min_size=1,
        max_size=5,
        unique=True,
    )
)
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, quotes: list[str]) -> None:
    path = tmp_path_factory.mktemp("prop") / "c.sqlite"
    with Catalogue.open(path) as catalogue:
        article = catalogue.add_article("\n".join(["x", *quotes])).id
        text = catalogue.get_article_text(article)
        stored = []
        position = 2
        for quote in quotes:
            claim = catalogue.attribute_span(article, position, position + len(quote))
            stored.append(claim.quote)
            position += len(quote) + 1
        buffer = io.StringIO(newline="")
        write_claims_csv(catalogue.iter_claims(), buffer, neutralise_formulas=False)
        rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
        assert [r["quote"] for r in rows] == stored
        assert all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)


def test_formulas_are_neutralised_by_default_and_kept_on_request(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    dangerous = ["=1+1", "+7 (495) 123", "-5%", "@SUM(A1)", "\tTAB"]
    _fill(catalogue, dangerous)
    safe = tmp_path / "safe.csv"
    raw = tmp_path / "raw.csv"
    export_claims_csv(catalogue, safe)
    export_claims_csv(catalogue, raw, neutralise_formulas=False)
    assert [r["quote"] for r in _read(safe)] == ["'" + q for q in dangerous]
    assert [r["quote"] for r in _read(raw)] == dangerous
    assert all(not r["context_before"].startswith(("=", "+", "-", "@")) for r in _read(safe))


def test_excel_option_writes_a_bom(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, ["Байрамов отметил"])
    out = tmp_path / "excel.csv"
    export_claims_csv(catalogue, out, excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _read(out, "utf-8-sig")[0]["speaker"] == "Джейхун Байрамов"


def test_filters_apply_to_the_export(catalogue: Catalogue, tmp_path: Path) -> None:
    article = _fill(catalogue, ["первая цитата", "вторая цитата"])
    catalogue.attribute_quote(article, "вторая", "Мария Захарова", kind="indirect")
    out = tmp_path / "f.csv"
    speaker = catalogue.find_speaker("мария захарова")
    assert speaker is not None
    assert export_claims_csv(catalogue, out, ClaimFilter(speaker_id=speaker.id)) == 1
    assert [r["speaker"] for r in _read(out)] == ["Мария Захарова"]
    assert export_claims_csv(catalogue, out, ClaimFilter(kind="direct")) == 2


def test_cancelled_export_leaves_no_file(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, [f"цитата номер {i}" for i in range(600)])
    out = tmp_path / "cancel.csv"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 500

    with pytest.raises(ExportCancelledError):
        export_claims_csv(catalogue, out, progress=progress)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert seen[0] == (500, 600)


def test_failed_export_keeps_the_previous_file(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, ["одна цитата"])
    out = tmp_path / "keep.csv"
    out.write_text("previous export", encoding="utf-8")

    def explode(done: int, total: int) -> bool:
        raise OSError(28, "No space left on device")

    with pytest.raises(ClaimDeskError, match="No space left"):
        export_claims_csv(catalogue, out, progress=explode)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_unwritable_folder_gives_a_readable_error(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(ClaimDeskError, match="Cannot write"):
        export_claims_csv(catalogue, tmp_path / "missing-folder" / "out.csv")
