"""Benchmark: importing hostile and large files stays under 10 s and 500 MB a file.

The script writes a corpus of files of every format ClaimDesk imports, each under 10 MB: the
crashes, hangs and memory blow-ups a reliability probe found (issue 15: a ``<meta
charset="undefined">`` page, ODT repeat counts and 100,000 nested spans, an RTF ``\\u`` overflow
and an unclosed HYPERLINK field, PDFs with a self-referencing /Length, a million text operators
or 200 pages sharing one stream, Markdown that made the old regular expressions backtrack, a .docx
zip bomb, a 9 MB web page, random bytes named .txt, …) and large legitimate files (a 4.5 million
character article as text, Markdown, .docx, .odt and RTF). It imports each one in a child process
of its own, as ``claimdesk-cli import`` does, into a fresh catalogue, and prints for each file its
size, what happened (imported, or the one-line refusal), the child's wall time and its peak RSS.

The same run first imports a plain 1 MB UTF-8 text file: that baseline shows what the machine and
the Python start-up cost (it is printed beside every figure). The last lines give the worst time
and the worst peak RSS over the corpus against the 10 s / 500 MB budget the issue set. It never
judges the timings (nothing fails on a slow machine): it only prints them. A child that runs past
``--timeout`` seconds (default 120) is killed and reported as such, and each child's address
space is capped (``--memory-cap``, 2 GB), so that running this on code without the limits
reports a MemoryError rather than exhausting the machine.

Peak RSS is the rusage ``os.wait4`` returns for that one child (``RUSAGE_CHILDREN`` would mix in
the earlier children); the script itself stays small, so Linux carrying the parent's peak into a
forked child's figure does not matter here (its own peak is printed as the floor).

Run from the repository root::

    .venv/bin/python benchmarks/import_limits.py
    .venv/bin/python benchmarks/import_limits.py --only pdf     # files whose name contains "pdf"
    .venv/bin/python benchmarks/import_limits.py --keep /tmp/corpus   # keep the files written
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BUDGET_SECONDS = 10.0
BUDGET_MB = 500.0
MAX_CORPUS_FILE = 10 * 1024 * 1024

PARAGRAPH_RU = (
    "Министр иностранных дел Азербайджана Джейхун Байрамов во вторник принял чрезвычайного и "
    "полномочного посла России Михаила Бочарникова. «Мы готовы к переговорам», — сказал он."
)
PARAGRAPH_EN = (
    "The minister said on Thursday that the talks with his counterpart had been constructive "
    "and that the partnership would grow, adding that the relations mattered for the region."
)


def article_text(chars: int) -> str:
    """Numbered Russian paragraphs adding up to about ``chars`` characters."""
    lines: list[str] = []
    total = 0
    number = 0
    while total < chars:
        number += 1
        line = f"{number}. {PARAGRAPH_RU}"
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


# -- container formats ------------------------------------------------------------------------

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def odt(body: str | bytes) -> bytes:
    """An .odt whose office:text holds ``body`` (XML)."""
    body_bytes = body.encode() if isinstance(body, str) else body
    content = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<office:document-content xmlns:office="' + OFFICE_NS.encode() + b'" xmlns:text="'
        + TEXT_NS.encode() + b'"><office:body><office:text>' + body_bytes
        + b"</office:text></office:body></office:document-content>"
    )  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
    return out.getvalue()


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
DOCX_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
    '"word/document.xml"/></Relationships>'
)


def docx(body_chunks: Callable[[], Sequence[bytes]] | bytes) -> bytes:
    """A .docx whose w:body holds the XML ``body_chunks`` gives (written piece by piece, so a
    zip bomb's hundreds of megabytes are never held at once)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(
                b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="'
                + W_NS.encode()
                + b'"><w:body>'
            )
            for chunk in body_chunks() if callable(body_chunks) else [body_chunks]:
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return out.getvalue()


def docx_paragraphs(text: str) -> bytes:
    return b"".join(
        b"<w:p><w:r><w:t>" + line.encode() + b"</w:t></w:r></w:p>" for line in text.split("\n")
    )


def docx_bomb() -> bytes:
    """About 387 MB of empty paragraphs in a ~1.7 MB file: no text, all expansion."""
    block = b'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>' * 20_000

    def chunks() -> list[bytes]:
        return [block] * 387  # each block ~1 MB

    return docx(chunks)


def rtf(body: str) -> bytes:
    return ("{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times;}}\\f0 " + body + "}").encode(
        "latin-1"
    )


def rtf_escaped(text: str) -> str:
    """``text`` as RTF: cp1251 bytes as \\'xx escapes, paragraphs as \\par."""
    out: list[str] = []
    for line in text.split("\n"):
        encoded = line.encode("cp1251", "replace")
        out.append("".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in encoded) + "\\par\n")
    return "".join(out)


def pdf(objects: Sequence[bytes], root: int = 1) -> bytes:
    """A PDF of ``objects`` (numbered from 1) with a correct cross-reference table."""
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
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


def pdf_pages(contents: Sequence[int], extra: Sequence[bytes], pages: int) -> bytes:
    """A PDF whose ``pages`` pages take their /Contents from the objects ``contents`` (cycled);
    objects 1–3 are the catalog, the page tree and the font, ``extra`` follow from 4."""
    first_page = 4 + len(extra)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *extra,
    ]
    for index in range(pages):
        content = contents[index % len(contents)]
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
    return pdf(objects)


def flate_stream(content: bytes) -> bytes:
    packed = zlib.compress(content, 9)
    return (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + (b"\nendstream")
    )


def plain_stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def pdf_text_page(lines: Sequence[str]) -> bytes:
    ops = ["BT /F1 11 Tf 14 TL 50 800 Td"]
    ops += [f"({line}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("cp1252", "replace")


def pdf_self_length() -> bytes:
    content = pdf_text_page([PARAGRAPH_EN[:60]])
    stream = b"<< /Length 4 0 R >>\nstream\n" + content + b"\nendstream"
    return pdf_pages([4], [stream], 1)


def pdf_many_operators() -> bytes:
    content = b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * 1_000_000 + b"ET"
    return pdf_pages([4], [flate_stream(content)], 1)


def pdf_shared_stream() -> bytes:
    content = b"BT /F1 1 Tf 10 10 Td " + b"(ab) Tj 1 0 Td " * 60_000 + b"ET"
    return pdf_pages([4], [flate_stream(content)], 200)


def pdf_broken_xref() -> bytes:
    """Ten thousand objects whose cross-reference offsets are all wrong: pypdf repairs each one
    and used to print a warning line for each."""
    lines = [PARAGRAPH_EN[:70]] * 40
    good = pdf_pages([4], [plain_stream(pdf_text_page(lines))], 1)
    head, _, _ = good.partition(b"xref\n")
    filler = b"".join(b"%d 0 obj\n(x)\nendobj\n" % n for n in range(6, 10_006))
    body = head + filler
    xref = len(body)
    entries = b"0000000000 65535 f \n" + b"0000000001 00000 n \n" * 10_005
    return (
        body
        + b"xref\n0 10006\n"
        + entries
        + b"trailer\n<< /Size 10006 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    )


def pdf_article(pages: int) -> bytes:
    lines = [f"{PARAGRAPH_EN[:80]}"] * 50
    stream_ids = list(range(4, 4 + pages))
    streams = [flate_stream(pdf_text_page(lines)) for _ in range(pages)]
    return pdf_pages(stream_ids, streams, pages)


# -- the corpus -------------------------------------------------------------------------------


def page_html(body: str, charset: str = "utf-8") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Article</title></head>'
        f"<body><article>{body}</article></body></html>"
    ).encode()


def big_html() -> bytes:
    """A 9 MB page: the article, then inline scripts and a long comment section."""
    article = "".join(f"<p>{PARAGRAPH_RU}</p>" for _ in range(20))
    script = "<script>var data = " + json.dumps(["x" * 80] * 2000) + ";</script>"
    comments = "".join(
        f'<div class="comment"><span>user{i}</span><p>{PARAGRAPH_EN}</p></div>' for i in range(20)
    )
    unit = script + comments
    return page_html(article + unit * (9 * 1024 * 1024 // len(unit)))


def stray_byte_text() -> bytes:
    data = article_text(20_000).encode()
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:
        middle += 1
    return data[:middle] + b"\xff" + data[middle:]


def repeated(text: str, times: int, *, start: str = "", end: str = "") -> Callable[[], bytes]:
    """A file of ``text`` written ``times`` times (built when the corpus is written)."""

    def build() -> bytes:
        return (start + text * times + end).encode()

    return build


def random_bytes(size: int, low: int = 0) -> bytes:
    import random

    rng = random.Random(15)
    return bytes(rng.randrange(low, 256) for _ in range(size))


CORPUS: dict[str, Callable[[], bytes]] = {
    # a few legitimate large files, to show the limits leave room for real work
    "article-4.5m-chars.txt": lambda: article_text(4_500_000).encode(),
    "article-4.5m-chars.md": lambda: article_text(4_500_000).encode(),
    "article-2m-chars.docx": lambda: docx(docx_paragraphs(article_text(2_000_000))),
    "article-2m-chars.odt": lambda: odt(
        "".join(f"<text:p>{line}</text:p>" for line in article_text(2_000_000).split("\n"))
    ),
    "article-1m-chars.rtf": lambda: rtf(rtf_escaped(article_text(1_000_000))),
    "article-300-pages.pdf": lambda: pdf_article(300),
    "page-9mb.html": big_html,
    "text-9m-chars.txt": lambda: (PARAGRAPH_EN + "\n").encode() * 50_000,
    # decoding
    "random-4kb.txt": lambda: random_bytes(4096),
    "random-high-bytes-4kb.txt": lambda: random_bytes(4096, low=128),
    "stray-byte-utf8.txt": stray_byte_text,
    "utf16-no-bom.txt": lambda: article_text(5000).encode("utf-16-le"),
    "utf32-no-bom.txt": lambda: article_text(5000).encode("utf-32-le"),
    # HTML
    "meta-charset-undefined.html": lambda: page_html(f"<p>{PARAGRAPH_EN}</p>" * 2, "undefined"),
    "meta-charset-punycode.html": lambda: page_html(f"<p>{PARAGRAPH_EN}</p>" * 2, "punycode"),
    "page-200k-elements.html": lambda: page_html(
        f"<p>{PARAGRAPH_RU}</p>" + "<div><span>a</span><i>b</i></div>" * 70_000
    ),
    # ODT
    "odt-repeat-abc.odt": lambda: odt(f'<text:p>{PARAGRAPH_EN}<text:s text:c="abc"/>x</text:p>'),
    "odt-repeat-3e9.odt": lambda: odt(
        f'<text:p>{PARAGRAPH_EN}<text:s text:c="3000000000"/>x</text:p>'
    ),
    "odt-nested-100k-spans.odt": lambda: odt(
        "<text:p>" + "<text:span>" * 100_000 + PARAGRAPH_EN + "</text:span>" * 100_000 + "</text:p>"
    ),
    # RTF
    "rtf-unicode-overflow.rtf": lambda: rtf(PARAGRAPH_EN + " \\u9999999999? end\\par"),
    "rtf-unclosed-hyperlink.rtf": lambda: rtf(
        '{\\field{\\*\\fldinst{HYPERLINK "http://example.org/"}}{\\fldrslt ' + "word " * 80_000
    ),
    "rtf-20k-hyperlinks.rtf": lambda: rtf(
        '{\\field{\\*\\fldinst{HYPERLINK "http://x/"}}{\\fldrslt{HYPERLINK a}}}' * 20_000
    ),
    "rtf-deep-groups.rtf": lambda: rtf("{" * 2_000_000 + PARAGRAPH_EN),
    # PDF
    "pdf-self-length.pdf": pdf_self_length,
    "pdf-1m-operators.pdf": pdf_many_operators,
    "pdf-200-pages-one-stream.pdf": pdf_shared_stream,
    "pdf-10k-bad-offsets.pdf": pdf_broken_xref,
    # Markdown
    "md-bold-runs.md": repeated("**a ", 12_500),
    "md-heading-spaces.md": repeated(" ", 12_500, start="# a", end="b"),
    "md-italic-100kb-line.md": repeated("*a ", 33_000, end="\n"),
    "md-underscores-100kb-line.md": repeated("_a_", 33_000, end="\n"),
    "md-open-brackets.md": repeated("[a](", 25_000, end="\n" + "![" * 25_000),
    "md-open-comments.md": repeated("<!-- a ", 15_000),
    "md-rules.md": repeated("- ", 50_000, end="x\n"),
    # DOCX
    "docx-bomb-387mb-xml.docx": docx_bomb,
    "docx-deep-nesting.docx": lambda: docx(
        b"<w:p><w:r>"
        + b"<w:x>" * 100_000
        + b"<w:t>deep</w:t>"
        + b"</w:x>" * 100_000
        + b"</w:r></w:p>"
    ),
}

BASELINE = "baseline-1mb.txt"


# -- measuring --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    name: str
    size: int
    outcome: str
    seconds: float
    peak_mb: float
    timed_out: bool
    stderr_lines: int


def run_child(path: Path, db: Path, timeout: float, memory_mb: int) -> Result:
    """Import ``path`` in a child process; its wall time and peak RSS."""
    command = [
        sys.executable, str(Path(__file__).resolve()), "--child", str(path), str(db),
        "--memory-cap", str(memory_mb),
    ]  # fmt: skip
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, start_new_session=True)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                timed_out = True
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if timed_out:
        outcome = f"KILLED after {timeout:.0f} s"
    else:
        outcome = _outcome(stdout, stderr, process.returncode)
    return Result(
        name=path.name,
        size=path.stat().st_size,
        outcome=outcome,
        seconds=seconds,
        peak_mb=usage.ru_maxrss / 1024,
        timed_out=timed_out,
        stderr_lines=len(stderr.splitlines()),
    )


def _outcome(stdout: str, stderr: str, code: int) -> str:
    lines = stdout.strip().splitlines()
    if lines:
        try:
            record = json.loads(lines[-1])
        except ValueError:
            record = None
        if isinstance(record, dict):
            if record.get("error"):
                return f"refused: {record['error']}"
            return f"imported, {record.get('chars', 0):,} characters"
    last = stderr.strip().splitlines()[-1:] or [f"exit {code}"]
    return f"CRASHED: {last[0][:150]}"


def child(path: str, db: str, memory_mb: int) -> None:
    """Read and store one file as ``claimdesk-cli import`` does; print one JSON line. The
    child's address space is capped, so that a file that blows up memory (as some did before
    the import limits) fails with MemoryError instead of taking the machine down."""
    cap = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.catalogue.articles import normalise_article_text
    from claimdesk.core.domain.errors import ClaimDeskError
    from claimdesk.core.importers import read_article_file

    try:
        imported = read_article_file(path)
        text = normalise_article_text(imported.text)
        with Catalogue.open(db) as catalogue:
            catalogue.add_article(
                text,
                title=imported.title,
                outlet=imported.outlet,
                published=imported.published,
                language=imported.language,
                source_name=imported.source_name,
                source_format=imported.source_format,
            )
    except ClaimDeskError as error:
        print(json.dumps({"error": str(error)}))
        return
    print(json.dumps({"chars": len(text)}))


def print_table(results: Sequence[Result], baseline: Result) -> None:
    width = max(len(r.name) for r in results)
    print(f"{'file':<{width}}  {'size':>9}  {'seconds':>7}  {'peak MB':>7}  {'stderr':>6}  outcome")
    for r in results:
        size = f"{r.size / 1024 / 1024:.2f} MB" if r.size >= 1024 * 1024 else f"{r.size:,} B"
        outcome = r.outcome if len(r.outcome) <= 110 else r.outcome[:107] + "…"
        print(
            f"{r.name:<{width}}  {size:>9}  {r.seconds:7.2f}  {r.peak_mb:7.1f}  "
            f"{r.stderr_lines:>6}  {outcome}"
        )
    print("stderr: lines the child printed there (pypdf's repair warnings once ran to 10,000)")
    print(
        f"\nbaseline ({baseline.name}, the same run): {baseline.seconds:.2f} s, "
        f"{baseline.peak_mb:.1f} MB peak RSS (Python start-up, ClaimDesk's imports, one import)"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", metavar="TEXT", help="only the files whose name contains TEXT")
    parser.add_argument("--timeout", type=float, default=120.0, help="kill a child after this")
    parser.add_argument("--keep", metavar="DIR", help="write the corpus into DIR and keep it")
    parser.add_argument(
        "--memory-cap", type=int, default=2048, metavar="MB", help="address space of a child"
    )
    parser.add_argument("--child", nargs=2, metavar=("FILE", "DB"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        child(*args.child, args.memory_cap)
        return 0
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    print(
        f"ClaimDesk import limits benchmark (Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs); budget per file: {BUDGET_SECONDS:.0f} s, {BUDGET_MB:.0f} MB"
    )
    names = [n for n in CORPUS if not args.only or args.only in n]
    with tempfile.TemporaryDirectory(prefix="claimdesk-import-bench-") as scratch:
        folder = Path(args.keep) if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        baseline_path = folder / BASELINE
        baseline_path.write_bytes(article_text(1024 * 1024 // 2).encode()[: 1024 * 1024])
        paths = []
        for name in names:
            data = CORPUS[name]()
            if len(data) >= MAX_CORPUS_FILE:
                raise SystemExit(f"{name} is {len(data):,} bytes: the corpus is for files < 10 MB")
            path = folder / name
            path.write_bytes(data)
            paths.append(path)
        print(f"corpus: {len(paths)} files written in {time.perf_counter() - started:.1f} s\n")
        cap = args.memory_cap
        baseline = run_child(baseline_path, Path(scratch) / "baseline.sqlite", args.timeout, cap)
        results = []
        for index, path in enumerate(paths):
            db = Path(scratch) / f"c{index}.sqlite"
            results.append(run_child(path, db, args.timeout, cap))
        print_table([baseline, *results], baseline)
    if not results:
        return 0
    slowest = max(results, key=lambda r: r.seconds)
    largest = max(results, key=lambda r: r.peak_mb)
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"worst time: {slowest.seconds:.2f} s ({slowest.name}); baseline {baseline.seconds:.2f}")
    print(
        f"worst peak RSS: {largest.peak_mb:.1f} MB ({largest.name}); baseline "
        f"{baseline.peak_mb:.1f} MB (this script's own peak, which a child cannot read below: "
        f"{floor:.1f} MB)"
    )
    over = [r.name for r in results if r.seconds >= BUDGET_SECONDS or r.peak_mb >= BUDGET_MB]
    crashed = [r.name for r in results if r.outcome.startswith(("CRASHED", "KILLED"))]
    print(
        f"within {BUDGET_SECONDS:.0f} s and {BUDGET_MB:.0f} MB: "
        + ("every file" if not over else f"all but {', '.join(over)}")
    )
    print("crashes or kills: " + (", ".join(crashed) if crashed else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
