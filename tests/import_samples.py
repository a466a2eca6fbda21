"""Small sample files of every format ClaimDesk imports, built in code, and a way to import a
file in a child process under a time and memory limit (for inputs that once hung the importer
or took gigabytes, so that a regression fails the test instead of the machine).

Used by test_importers_hostile.py and test_importers_fuzz.py.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

import claimdesk

PARAGRAPHS = [
    "Байрамов принял посла России",
    "БАКУ, 28 июл - Sputnik. Министр иностранных дел Азербайджана Джейхун Байрамов во вторник "
    "принял посла России Михаила Бочарникова.",
    "«Азербайджан не участвует в переговорах ради переговоров», — сказал Байрамов.",
]
ENGLISH = (
    "The minister said on Thursday that the talks with his counterpart had been constructive "
    "and that the partnership would grow."
)

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def text_sample() -> bytes:
    return "\n".join(PARAGRAPHS).encode("utf-8")


def html_sample(charset: str = "utf-8", body: str = "", title: str = PARAGRAPHS[0]) -> bytes:
    paragraphs = body or "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS[1:], ENGLISH])
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">'
        f"<title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def markdown_sample() -> bytes:
    return (
        f"---\ntitle: {PARAGRAPHS[0]}\ndate: 2024-07-28\n---\n# {PARAGRAPHS[0]}\n\n"
        f"{PARAGRAPHS[1]} **жирный** и _курсив_ [ссылка](https://example.org/a_(b)).\n\n"
        f"> {PARAGRAPHS[2]}\n\n- пункт `код`\n"
    ).encode()


def rtf_escape(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text)


def rtf_sample(body: str = "") -> bytes:
    body = body or "".join(f"{rtf_escape(p)}\\par\n" for p in PARAGRAPHS)
    link = rtf_escape("ссылка")
    return (
        "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fcharset204 Times New Roman;}}"
        f"{{\\info{{\\title {rtf_escape(PARAGRAPHS[0])}}}{{\\author Ivan}}}}\\f0 "
        f'{{\\field{{\\*\\fldinst{{HYPERLINK "https://example.org"}}}}{{\\fldrslt{{{link}}}}}}}'
        f"\\par\n{body}}}"
    ).encode("latin-1")


def odt_content(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content xmlns:office="{OFFICE_NS}" xmlns:text="{TEXT_NS}">'
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    ).encode()


def odt_body() -> str:
    return (
        f"<text:h>{PARAGRAPHS[0]}</text:h>"
        + "".join(f"<text:p>{p.replace(' ', '<text:s/>', 1)}</text:p>" for p in PARAGRAPHS[1:])
        + '<text:p><text:span>ещё <text:span>абзац</text:span></text:span><text:s text:c="3"/>'
        "<text:note><text:note-body><text:p>сноска</text:p></text:note-body></text:note></text:p>"
    )


def odt_sample(content: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content if content is not None else odt_content(odt_body()))
    return out.getvalue()


def docx_document(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def docx_body() -> str:
    heading = (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        f"<w:r><w:t>{PARAGRAPHS[0]}</w:t></w:r></w:p>"
    )
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{p[:20]}</w:t></w:r><w:r><w:tab/>'
        f"<w:t>{p[20:]}</w:t></w:r></w:p>"
        for p in PARAGRAPHS[1:]
    )
    table = (
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ячейка</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>таблицы</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    return heading + paragraphs + table


DOCX_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    "</w:styles>"
)
DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override '
    'PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType='
    '"application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
)
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
    f'{_RELATIONSHIPS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/></Relationships>'
)
DOCX_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
    f'{_RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>'
)
DOCX_CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.'
    'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/'
    'elements/1.1/"><dc:title></dc:title><dc:creator>Иван Петров</dc:creator></cp:coreProperties>'
)


def docx_sample(document: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/_rels/document.xml.rels", DOCX_DOCUMENT_RELS)
        archive.writestr(
            "word/document.xml", document if document is not None else docx_document(docx_body())
        )
        archive.writestr("word/styles.xml", DOCX_STYLES)
        archive.writestr("docProps/core.xml", DOCX_CORE)
    return out.getvalue()


def pdf_file(objects: list[bytes], info: int | None = None) -> bytes:
    """A PDF of ``objects`` (numbered from 1; the first is the catalog) with its xref table;
    ``info`` is the number of its document-information object, if it has one."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    info_entry = b" /Info %d 0 R" % info if info is not None else b""
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, info_entry, xref)
    )
    return out.getvalue()


def stream(content: bytes, *, compress: bool = False, length: bytes | None = None) -> bytes:
    data = zlib.compress(content) if compress else content
    filters = b" /Filter /FlateDecode" if compress else b""
    size = length if length is not None else b"%d" % len(data)
    return b"<< /Length " + size + filters + b" >>\nstream\n" + data + b"\nendstream"


def pdf_pages(contents: list[bytes], pages: list[int]) -> bytes:
    """A PDF whose pages show ``contents`` (stream objects, numbered from 4): page i shows
    stream ``pages[i]`` (an index into ``contents``; pages may share one)."""
    first_page = 4 + len(contents)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *contents,
    ]
    for content in pages:
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + content} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
    return pdf_file(objects)


def text_operators(lines: list[str]) -> bytes:
    ops = ["BT /F1 11 Tf 14 TL 50 800 Td"]
    ops += [f"({line}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("cp1252")


def pdf_sample() -> bytes:
    lines = [ENGLISH[:60], ENGLISH[60:], "", "A second paragraph of the article, short."]
    return pdf_pages([stream(text_operators(lines))], [0, 0])


SAMPLES = {
    "txt": text_sample,
    "html": html_sample,
    "md": markdown_sample,
    "rtf": rtf_sample,
    "odt": odt_sample,
    "docx": docx_sample,
    "pdf": pdf_sample,
}
"""A valid sample of each format, by extension."""


# -- importing in a child process ---------------------------------------------------------------

_CHILD = """
import json, resource, sys, time
limit = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
cpu = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.importers import read_article_file
started = time.perf_counter()
try:
    article = read_article_file(sys.argv[1])
    result = {"text": article.text, "title": article.title,
              "warnings": [str(w) for w in article.warnings], "encoding": article.encoding}
except ClaimDeskError as error:
    result = {"error": str(error), "type": type(error).__name__}
result["seconds"] = time.perf_counter() - started
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking process (a test runner
# that has grown to hundreds of MB), while VmHWM belongs to this program's own memory
with open("/proc/self/status", encoding="ascii") as status:
    hwm = next(line for line in status if line.startswith("VmHWM:"))
result["peak_mb"] = int(hwm.split()[1]) / 1024
print(json.dumps(result))
"""


def import_in_child(path: Path, *, timeout: float = 30, memory_mb: int = 1500) -> dict[str, Any]:
    """``read_article_file(path)`` in a child limited to ``memory_mb`` of address space and
    ``timeout`` seconds of CPU time: its text (or error), seconds, peak RSS and stderr.

    The limit is on CPU time, not on the clock, so a machine busy with other work does not fail
    an import that is merely slowed down; a child that waits without working (it cannot read its
    file, say) is stopped by a clock limit several times longer."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(claimdesk.__file__).resolve().parents[1]), env.get("PYTHONPATH", "")]
    )
    cpu_seconds = max(1, round(timeout))
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), str(memory_mb), str(cpu_seconds)],
            capture_output=True,
            text=True,
            timeout=max(120.0, 8 * timeout),
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"importing {path.name} did not finish (it waited without working)")
    if done.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        pytest.fail(f"importing {path.name} took over {cpu_seconds} s of CPU time")
    if done.returncode != 0 or not done.stdout.strip():
        pytest.fail(f"importing {path.name} crashed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["stderr"] = done.stderr
    return result
