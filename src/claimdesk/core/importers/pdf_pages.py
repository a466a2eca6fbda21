"""The text of a PDF's pages through pypdf, within limits, with pypdf's own errors and warnings
turned into ClaimDesk's.

pypdf parses a page's whole content stream before it extracts anything, and extraction runs at
tens of thousands of operators a second, so a 13 KB PDF with a million text operators, or 200
pages sharing one large stream, kept it busy for minutes. Here the page count is checked first
(:data:`MAX_PDF_PAGES`), pypdf's parsing budget per stream is lowered to match
:data:`MAX_PDF_OPERATORS`, and every operator run on any page counts against that total and
against the clock. Whatever pypdf raises on a damaged file (it has many exception types, and
some plain ``ValueError``, ``KeyError`` …) becomes an ImportFileError.

pypdf reports each repair it makes to a damaged file through logging (a PDF with bad
cross-references gave 10,097 lines on stderr): while a PDF is read those records are counted,
not printed, and one summary line is logged instead.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import warnings
from collections.abc import Iterator
from typing import Any

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP
from claimdesk.core.importers.base import Deadline, too_long
from claimdesk.core.importers.limits import MAX_ARTICLE_CHARS, MAX_PDF_OPERATORS, MAX_PDF_PAGES

log = logging.getLogger("claimdesk.importers")

_PYPDF_LOGGER = "pypdf"
_QUIET = threading.Lock()
"""pypdf's logger is shared: one PDF is read at a time while its records are diverted."""

_PARSING_WORK_PER_OPERATOR = 3
"""pypdf's parsing budget counts operands too: about three units an operator in text."""


class _Repairs(logging.Handler):
    """Counts pypdf's log records and keeps the first, instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0
        self.first = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if not self.first:
            with contextlib.suppress(Exception):  # a record whose arguments do not format
                self.first = record.getMessage()[:200]


@contextlib.contextmanager
def _quiet_pypdf(name: str) -> Iterator[None]:
    logger = logging.getLogger(_PYPDF_LOGGER)
    repairs = _Repairs()
    with _QUIET:
        propagate = logger.propagate
        logger.addHandler(repairs)
        logger.propagate = False
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                yield
        finally:
            logger.removeHandler(repairs)
            logger.propagate = propagate
    if repairs.count:
        log.warning(
            "%s: pypdf worked around %d problem(s) in the file (the first: %s)",
            name,
            repairs.count,
            repairs.first,
        )


class _Work:
    """Counts the operators pypdf runs, over all pages, against the limit and the clock."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.operators = 0
        self.deadline = Deadline(name)

    def __call__(self, operator: Any, arguments: Any, matrix: Any, text_matrix: Any) -> None:
        self.operators += 1
        if self.operators > MAX_PDF_OPERATORS:
            raise too_complex(self.name)
        if self.operators % 1000 == 0:
            self.deadline.check()


def too_complex(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is too complex to read: its pages draw more than {limit:,} operations "
            "(ClaimDesk's limit). Split it into smaller PDFs, or copy its text from a viewer "
            "and paste it.",
        ),
        file=name,
        limit=MAX_PDF_OPERATORS,
    )


def read_pages(data: bytes, name: str) -> tuple[list[str], str, str]:
    """(the text of each page, title, author) of the PDF in ``data``."""
    # loaded on first use, as pypdf takes a tenth of a second
    import pypdf  # noqa: PLC0415
    from pypdf.errors import FileNotDecryptedError, LimitReachedError  # noqa: PLC0415

    configured: contextlib.AbstractContextManager[Any] = contextlib.nullcontext()
    if hasattr(pypdf, "apply_configuration"):  # pypdf 6.10 and later
        configured = pypdf.apply_configuration(
            stream_parsing_work_maximum_count=_PARSING_WORK_PER_OPERATOR * MAX_PDF_OPERATORS
        )
    with _quiet_pypdf(name), configured:
        try:
            return _read(pypdf.PdfReader(io.BytesIO(data), strict=False), name)
        except ImportFileError:
            raise
        except FileNotDecryptedError as error:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file} is password-protected."), file=name
            ) from error
        except LimitReachedError as error:
            log.info("pypdf stopped at a limit in %s: %s", name, error)
            if "token" in str(error):
                raise too_complex(name) from error
            raise _damaged(name, error) from error
        except MemoryError:
            raise
        except Exception as error:  # pypdf raises many kinds of error on a damaged file
            log.info("pypdf could not read %s: %r", name, error)
            raise _damaged(name, error) from error


def _damaged(name: str, error: BaseException) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is damaged: its pages cannot be read ({kind}). Open it in a PDF viewer and "
            "save or print it to a new PDF, then import that.",
        ),
        file=name,
        kind=type(error).__name__,
    )


def _read(reader: Any, name: str) -> tuple[list[str], str, str]:
    from pypdf.errors import PdfReadError  # noqa: PLC0415

    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs restrict printing, not opening
        except (NotImplementedError, PdfReadError, ValueError) as error:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{file} is encrypted in a way ClaimDesk cannot open ({reason})."
                ),
                file=name,
                reason=str(error),
            ) from error
        if not opened:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} is password-protected: open it with its password and save an "
                    "unprotected copy (or print it to PDF), then import that.",
                ),
                file=name,
            )
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} has {count:,} pages; ClaimDesk reads PDFs of at most {limit:,} pages. "
                "Split it (for example with qpdf --split-pages) and import the parts.",
            ),
            file=name,
            count=count,
            limit=MAX_PDF_PAGES,
        )
    work = _Work(name)
    pages: list[str] = []
    chars = 0
    for page in reader.pages:
        text = page.extract_text(visitor_operand_before=work) or ""
        chars += len(text)
        if chars > 2 * MAX_ARTICLE_CHARS:  # white space and page furniture go later
            raise too_long(name)
        pages.append(text)
        work.deadline.check()
    info = reader.metadata
    title = str(info.title or "") if info is not None else ""
    author = str(info.author or "") if info is not None else ""
    return pages, " ".join(title.split()), " ".join(author.split())
