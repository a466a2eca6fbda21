"""Fuzzing the importers: mutated versions of a small sample of each format (text, HTML,
Markdown, RTF, ODT, DOCX, PDF) are imported into a catalogue as ``claimdesk-cli import`` does.

Every import must end in an article or in one of the app's own errors (a ClaimDeskError, which
the CLI and the GUI show as a message), never another exception; each must take under
:data:`CALL_SECONDS`; and when it fails, the catalogue must be as it was. ZIP-based documents
are mutated both as bytes (a damaged archive) and inside their XML part, re-packed, so that the
XML reader sees the damage too. The whole module runs in about a minute (:data:`EXAMPLES` per
format); it is marked slow, and ``make test`` runs it.
"""

from __future__ import annotations

import io
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.articles import normalise_article_text
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.importers import read_article_file
from import_samples import SAMPLES

EXAMPLES = 800
CALL_SECONDS = 10.0
_XML_PART = {"odt": "content.xml", "docx": "word/document.xml"}

# one edit: (kind, where as a fraction of the length, how many bytes, bytes to put in)
edits = st.tuples(
    st.sampled_from(["flip", "delete", "insert", "duplicate", "truncate", "splice"]),
    st.floats(min_value=0.0, max_value=1.0),
    st.integers(min_value=1, max_value=200),
    st.binary(min_size=1, max_size=24)
    | st.sampled_from([b"<", b">", b"{", b"}", b"\\", b"\x00", b"\xff", b"\xe2\x80", b"%%EOF"]),
)


Change = tuple[str, float, int, bytes]


def mutate(data: bytes, changes: list[Change]) -> bytes:
    for kind, where, count, inserted in changes:
        at = int(where * len(data))
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << (count % 8))]) + data[at + 1 :]
        elif kind == "delete":
            data = data[:at] + data[at + count :]
        elif kind == "insert":
            data = data[:at] + inserted * (1 + count // 50) + data[at:]
        elif kind == "duplicate":
            data = data[:at] + data[at : at + count] * 3 + data[at:]
        elif kind == "truncate":
            data = data[: max(at, 1)]
        elif kind == "splice":  # a piece of the file moved elsewhere
            piece = data[at : at + count]
            data = data[:at] + data[at + count :]
            middle = len(data) // 2
            data = data[:middle] + piece + data[middle:]
    return data


def mutate_inside(
    archive_bytes: bytes, part: str, changes: list[tuple[str, float, int, bytes]]
) -> bytes:
    """The ZIP document with ``part`` mutated and the archive re-packed (so it is whole)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item.filename, mutate(data, changes) if item.filename == part else data)
    return out.getvalue()


def snapshot(catalogue: Catalogue) -> list[tuple[int, str, str]]:
    return [(a.id, a.title, a.text_hash) for a in catalogue.list_articles()]


def import_like_the_cli(catalogue: Catalogue, path: Path) -> None:
    imported = read_article_file(path)
    catalogue.add_article(
        normalise_article_text(imported.text),
        title=imported.title,
        outlet=imported.outlet,
        url=imported.url,
        published=imported.published,
        language=imported.language,
        source_name=imported.source_name,
        source_format=imported.source_format,
    )


@pytest.mark.slow
@pytest.mark.parametrize("extension", sorted(SAMPLES))
def test_mutated_files_import_or_fail_with_the_apps_own_error(
    extension: str, db_path: Path
) -> None:
    sample = SAMPLES[extension]()
    with Catalogue.open(db_path) as catalogue, tempfile.TemporaryDirectory() as folder:
        import_like_the_cli(
            catalogue, _write(Path(folder), extension, sample)
        )  # the sample is good

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(changes=st.lists(edits, min_size=1, max_size=5), inside=st.booleans())
        def check(changes: list[Change], inside: bool) -> None:
            part = _XML_PART.get(extension)
            data = (
                mutate_inside(sample, part, changes) if part and inside else mutate(sample, changes)
            )
            path = _write(Path(folder), extension, data)
            before = snapshot(catalogue)
            started = time.perf_counter()
            try:
                import_like_the_cli(catalogue, path)
            except ClaimDeskError as error:
                assert str(error).strip() and "\n" not in str(error).strip()
                assert snapshot(catalogue) == before  # nothing half-written
            elapsed = time.perf_counter() - started
            assert elapsed < CALL_SECONDS, f"{path.name} took {elapsed:.1f} s"

        check()


def _write(folder: Path, extension: str, data: bytes) -> Path:
    path = folder / f"mutated.{extension}"
    path.write_bytes(data)
    return path
