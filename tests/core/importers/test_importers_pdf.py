"""PDF import on PDFs the test writes byte by byte: lines wrapped by the layout become paragraphs,
hyphenation is undone, running heads go; scans, password protection and truncation are refused.
(The GUI tests add a Cyrillic PDF written by Qt's QPdfWriter.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers import read_article_file
from claimdesk.core.importers.pdf import pdf_text_to_paragraphs
from import_samples import pdf_file


def pdf_bytes(pages: list[list[str]], title: str = "") -> bytes:
    """A minimal PDF: each page's lines in Helvetica, one below the other (empty = a gap)."""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    font_id = 3 + 2 * len(pages)
    for index, lines in enumerate(pages):
        stream = ["BT /F1 11 Tf 14 TL 50 800 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream.append(f"({escaped}) Tj T*")
        stream.append("ET")
        content = "\n".join(stream).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {page_ids[index] + 1}"
            f" 0 R /Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    info_id = len(objects) + 1
    objects.append(f"<< /Title ({title}) >>".encode())
    return pdf_file(objects, info=info_id)


ARTICLE_PAGES = [
    [
        "Page header of the paper",
        "Minister says talks were useful",
        "",
        "WASHINGTON, May 12 (Reuters) - The minister said on Thursday that the",
        "talks with his counterpart had been constructive and that the strate-",
        "gic partnership would grow, adding that the Russian-Azerbaijani",
        "relations were important for the region.",
        "A second paragraph starts here and runs on to the end of this line of",
        "text, then ends.",
        "1",
    ],
    [
        "Page header of the paper",
        "\u201cWe are ready to talk without conditions,\u201d he told reporters in the",
        "capital, describing the Russian-Azerbaijani talks as open.",
        "2",
    ],
    [
        "Page header of the paper",
        "Last paragraph on the third page, short.",
        "3",
    ],
]


def test_a_text_pdf_becomes_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(pdf_bytes(ARTICLE_PAGES, title="Talks were useful"))
    article = read_article_file(path)
    assert article.text.splitlines() == [
        "Minister says talks were useful",
        "WASHINGTON, May 12 (Reuters) - The minister said on Thursday that the talks with his "
        "counterpart had been constructive and that the strategic partnership would grow, "
        "adding that the Russian-Azerbaijani relations were important for the region.",
        "A second paragraph starts here and runs on to the end of this line of text, then ends.",
        "\u201cWe are ready to talk without conditions,\u201d he told reporters in the capital, "
        "describing the Russian-Azerbaijani talks as open.",
        "Last paragraph on the third page, short.",
    ]
    assert article.title == "Talks were useful"
    assert article.outlet == "Reuters"
    assert article.language == "en"
    assert article.source_format == "pdf"


def test_whitespace_and_broken_lines_are_normalised() -> None:
    # pypdf gives tabs between words of a Qt-written PDF, and breaks a visual line where the
    # font changes, leaving white space at the end of the piece
    page = "БАКУ,\t28\tиюл\t-\t\nSputnik.\t\nМинистр\tиностранных\tдел\nпринял\tпосла.\n"
    assert (
        pdf_text_to_paragraphs([page])
        == "БАКУ, 28 июл - Sputnik. Министр иностранных дел принял посла."
    )


def test_a_hyphen_the_document_writes_elsewhere_is_kept() -> None:
    lines = [
        "азербайджано-российские отношения развиваются на уровне стратегического",
        "партнерства, и многоплановые азербайджано-",
        "российские связи важны, сказал министр, а также отметил стратеги-",
        "ческое значение встречи для всего региона и для обеих стран сразу.",
    ]
    text = pdf_text_to_paragraphs(["\n".join(lines)])
    assert "азербайджано-российские связи" in text
    assert "стратегическое значение" in text


def test_a_pdf_without_a_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([[], []]))
    with pytest.raises(ImportFileError, match=r"no text layer \(is it a scan\?\).*OCR"):
        read_article_file(path)


def test_a_password_protected_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(ARTICLE_PAGES))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    with pytest.raises(ImportFileError, match="password-protected") as error:
        read_article_file(path)
    assert "\n" not in str(error.value)


def test_a_pdf_that_only_restricts_printing_opens(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(ARTICLE_PAGES))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as stream:
        writer.write(stream)
    assert "strategic partnership" in read_article_file(path).text


@pytest.mark.parametrize("keep", [0.3, 0.7, 0.95])
def test_a_truncated_pdf_is_refused(tmp_path: Path, keep: float) -> None:
    data = pdf_bytes(ARTICLE_PAGES)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(ImportFileError, match="incomplete"):
        read_article_file(path)


def test_a_corrupt_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n%%EOF\n")
    with pytest.raises(ImportFileError, match=r"corrupt\.pdf is damaged") as error:
        read_article_file(path)
    assert "\n" not in str(error.value)
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("Просто текст, а не PDF.", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a PDF document: it holds plain text"):
        read_article_file(not_pdf)
