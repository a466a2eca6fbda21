"""claimdesk-cli: the catalogue from the command line, a thin layer over the service layer.

Every command takes ``--db PATH`` (or a database URL), prints JSON with ``--json`` where it prints
records, and on an error prints one line on stderr and exits 1 (a mistake in the arguments too).

Arguments are checked as they are parsed: ids are whole numbers a database can hold, text is valid
in the locale's encoding (a byte that is not, from a file name pasted in, is refused rather than
stored), search text has a bounded length. File names are taken as the system gives them, so a
file whose name is not valid text still opens. Plain-text output shows control characters
(a name holding a terminal escape sequence, a tab, a line break) escaped, as ``\\x1b``.
"""

from __future__ import annotations

import argparse
import json
import locale
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from claimdesk import __version__
from claimdesk.cli_clusters import Output
from claimdesk.cli_clusters import add_commands as add_cluster_commands
from claimdesk.cli_export import add_commands as add_export_commands
from claimdesk.cli_qdpx import add_qdpx_commands
from claimdesk.cli_verdicts import add_verdict_label_commands
from claimdesk.core.domain.errors import CatalogueOpenError, ClaimDeskError, InvalidValueError
from claimdesk.core.domain.values import SEARCH_MAX_LENGTH, ClaimKind, confidence_text
from claimdesk.i18n_core import install_core_translations
from claimdesk.i18n_text import (
    PLURAL,
    QT_TRANSLATE_NOOP,
    install_argparse_translations,
    translate,
)

if TYPE_CHECKING:
    from claimdesk.core.catalogue import ArticleBatch, BatchResult, Catalogue, Suggestion
    from claimdesk.core.domain.records import (
        ArticleInfo,
        ArticleVersionInfo,
        ClaimAnchoring,
        ClaimFilter,
        PageSnapshotInfo,
        SpeakerInfo,
    )
    from claimdesk.core.importers.batch import BatchReader, FileRead

# Each command imports the parts of the core it uses, in the command: parsing the arguments (and
# --version, --help) imports none of it but the errors and core.values, and a command that only
# lists or edits records does not load the matching modules (numpy, rapidfuzz, stemmers), the
# importers or Alembic. ``articles``, ``claims`` and ``speakers`` without filters on a SQLite
# catalogue do not even load SQLAlchemy: core/storage/quick_read.py answers them with the standard
# library's sqlite3, and ``attribute`` is written the same way (core/storage/quick_attribute.py);
# anything unusual falls back to the full path.

PROG = "claimdesk-cli"
EXIT_ERROR = 1


MAX_ID = 2**63 - 1
"""The largest id a catalogue can hold (SQLite's INTEGER; a team catalogue's is smaller, and the
server says so)."""
MAX_SEARCH_CHARS = SEARCH_MAX_LENGTH
"""Search text (--text, --filter, --match, …) is at most this long: SQLite refuses LIKE patterns
over 50,000 bytes ("pattern too complex"), and no search needs more."""
MAX_SIMILAR_CHARS = 20_000
"""The text ``similar`` compares is a claim, at most a few paragraphs."""


class CliError(Exception):
    """A mistake in the command's arguments that argparse cannot see."""


# -- showing text safely -------------------------------------------------------------------

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Control characters, bidirectional embeddings, overrides and isolates (which can make a line
read differently from what it holds), and lone surrogates (the undecodable bytes of a file name,
as Python's surrogateescape gives them). Right-to-left text and its marks are left as they are."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte: shown as the byte, as a shell does
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """``text`` safe to print on one line of a terminal: control characters, bidi overrides and
    undecodable bytes escaped (``\\x1b``, ``\\u202e``, ``\\xe9``)."""
    return _UNSAFE.sub(_escape, text)


def file_name_text(name: str) -> str:
    """A file name (or text holding one) as text that can be stored: each byte the locale's
    encoding cannot decode becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", name)


# -- argument types --------------------------------------------------------------------------


def _quoted_argument(text: str, limit: int = 40) -> str:
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"“{shown(short)}”"


def _checked_url(text: str) -> str:
    """--url: an http or https address, or empty."""
    from claimdesk.core.domain.article_fields import check_article_url  # noqa: PLC0415

    return _checked(check_article_url, text)


def _checked_language(text: str) -> str:
    """--language: a language code such as ru or en, or empty."""
    from claimdesk.core.domain.article_fields import check_language  # noqa: PLC0415

    return _checked(check_language, text)


def _checked(check: Callable[[str], str], text: str) -> str:
    try:
        return check(_text(text))
    except InvalidValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _text(text: str) -> str:
    """Text an argument carries: refused if it holds bytes the locale's encoding cannot decode
    (Python hands them over as lone surrogates, which no database can store)."""
    if _SURROGATE.search(text):
        encoding = locale.getpreferredencoding(False) or sys.getfilesystemencoding()
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "{argument} is not valid text in the locale's encoding ({encoding}): "
                "retype it, or set the terminal's or the script's encoding to match",
            ).format(argument=_quoted_argument(text), encoding=encoding)
        )
    return text


def _name(text: str) -> str:
    """A name an option needs: text, not blank (``--speaker ""`` stored the claim with no
    speaker, as if the option were not required)."""
    text = _text(text)
    if not text.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "the name is blank: give one (at least a letter)")
        )
    return text


def _search_text(text: str) -> str:
    text = _text(text)
    if len(text) > MAX_SEARCH_CHARS:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "the search text is {length:,} characters long; search for at most {limit:,} "
                "(a few distinctive words find a claim)",
            ).format(length=len(text), limit=MAX_SEARCH_CHARS)
        )
    return text


def _similar_text(text: str) -> str:
    text = _text(text)
    if len(text) > MAX_SIMILAR_CHARS:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "the text is {length:,} characters long; compare at most {limit:,} "
                "(the text of one claim)",
            ).format(length=len(text), limit=MAX_SIMILAR_CHARS)
        )
    return text


def _whole_number(text: str, *, is_id: bool) -> int:
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit()):
        raise argparse.ArgumentTypeError(
            (
                translate("Cli", "{argument} is not an id: give a whole number such as 12")
                if is_id
                else translate("Cli", "{argument} is not a count: give a whole number such as 12")
            ).format(argument=_quoted_argument(text))
        )
    value = int(stripped) if len(stripped) <= 20 else MAX_ID + 1
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            (
                translate("Cli", "{argument} is not an id: it must be from 1 to {largest}")
                if is_id
                else translate("Cli", "{argument} is not a count: it must be from 1 to {largest}")
            ).format(argument=_quoted_argument(text), largest=MAX_ID)
        )
    return value


def _id(text: str) -> int:
    return _whole_number(text, is_id=True)


def _count(text: str) -> int:
    return _whole_number(text, is_id=False)


def _as_id(text: str) -> int | None:
    """``text`` as an id if it is one (a speaker named "2024" is still found by name)."""
    try:
        return _whole_number(text, is_id=True)
    except argparse.ArgumentTypeError:
        return None


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line on stderr and exit 1, as every other
    error of claimdesk-cli (argparse's own print the usage and exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_ERROR,
            translate("Cli", "{prog}: error: {message} (see {prog} --help)").format(
                prog=self.prog, message=shown(message)
            )
            + "\n",
        )


def _print_json(value: Any) -> None:
    if isinstance(value, list) and value:
        # a list is written an item at a time (the same text as json.dumps of the whole list:
        # an item's lines indented two more), so 100,000 claims are never one string in memory
        sys.stdout.write("[\n")
        for number, item in enumerate(value):
            text = json.dumps(item, ensure_ascii=False, indent=2, default=str)
            _write_json(("  " if number == 0 else ",\n  ") + text.replace("\n", "\n  "))
        sys.stdout.write("\n]\n")
        return
    _write_json(json.dumps(value, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def _write_json(text: str) -> None:
    # a file name's undecodable bytes cannot be written as UTF-8: U+FFFD stands for each
    sys.stdout.write(file_name_text(text) if _SURROGATE.search(text) else text)


def _speaker_record(speaker: SpeakerInfo) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "organisation": speaker.organisation,
        "aliases": list(speaker.aliases),
        "claim_count": speaker.claim_count,
        "note": speaker.note,
    }


def _resolve_speaker(catalogue: Catalogue, name_or_id: str) -> SpeakerInfo:
    speaker_id = _as_id(name_or_id)
    if speaker_id is not None:
        return catalogue.get_speaker(speaker_id)
    found = catalogue.find_speaker(name_or_id)
    if found is None:
        raise CliError(
            translate("Cli", "No speaker is named “{name}” (by name or alias).").format(
                name=name_or_id
            )
        )
    return found


def _claim_filter(catalogue: Catalogue, args: argparse.Namespace) -> ClaimFilter:
    from claimdesk.core.domain.records import ClaimFilter  # noqa: PLC0415  (see the imports)

    speaker_id = None
    if args.speaker:
        speaker_id = _resolve_speaker(catalogue, args.speaker).id
    if args.article is not None:
        # an article that is not there is a mistake, as an unknown speaker is (it listed
        # nothing, exit 0, as if the article had no claims)
        catalogue.get_article(args.article)
    return ClaimFilter(
        speaker_id=speaker_id,
        article_id=args.article,
        outlet=args.outlet or "",
        kind=args.kind,
        tag=args.tag,
        since=args.since,
        until=args.until,
        text=getattr(args, "text", "") or "",
        # a status's key or label, as the catalogue names it (its own statuses too)
        status=catalogue.verdict_label(args.status).key if args.status else None,
    )


# -- commands --------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> None:
    """Import files and folders: a bad file is reported and skipped, the rest imported, and a
    summary line ends a batch. A catalogue that cannot be written stops the batch, and so does
    Ctrl-C: what was stored before stays, and the summary says how much that was. The files
    are read on every core (worker processes), and the workers start on them before the
    catalogue is opened (a third of a second of the command's own start-up they no longer
    wait for)."""
    from claimdesk.core.importers import (  # noqa: PLC0415  (see the imports)
        article_files,
        describe_left_out,
    )
    from claimdesk.core.importers.batch import BatchReader  # noqa: PLC0415

    if getattr(args, "pages", None) is not None:  # web addresses, fetched already
        from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

        with Catalogue.open(args.db) as catalogue:
            if args.version_of is not None:
                _import_version(catalogue, args)
            else:
                _import_pages(catalogue, args)
        return
    if args.version_of is not None:
        from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

        with Catalogue.open(args.db) as catalogue:
            _import_version(catalogue, args)
        return
    left_out: Counter[str] = Counter()
    files = list(article_files(args.file, left_out))
    if left_out:
        print(f"{PROG}: {describe_left_out(left_out)}.", file=sys.stderr)
    if not files:
        raise CliError(
            translate("Cli", "No article files found (.txt, .md, .html, .docx, .pdf, .odt, .rtf).")
        )
    if args.title and len(files) > 1:
        raise CliError(translate("Cli", "--title names one article: give it with a single file."))
    with BatchReader(files, workers=args.workers) as reader:
        reader.start()
        from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

        with Catalogue.open(args.db) as catalogue:
            _import_files(catalogue, args, reader)


def _import_files(catalogue: Catalogue, args: argparse.Namespace, reader: BatchReader) -> None:
    """Store what ``reader`` reads, in file order, a few dozen per transaction."""
    from claimdesk.core.catalogue import STORE_EVERY, ArticleBatch  # noqa: PLC0415

    files = reader.files
    single = len(args.file) == 1 and not args.file[0].is_dir()
    results: list[dict[str, Any]] = []
    batch = ArticleBatch(catalogue)
    # a batch's ids are printed as each part is stored, so a script that stops the import
    # (Ctrl-C) has the ids of what is in the catalogue; with --json, the records so far
    streaming = not single and not args.json

    def store(part: list[FileRead]) -> None:
        nonlocal results
        # counted and printed before a Ctrl-C pressed meanwhile stops the import (it is
        # raised as the block ends): a part stored is a part reported
        with _ctrl_c_after_this():
            stored = _import_part(batch, part, args, report_error=not single)
            results += stored
            if streaming:
                for result in stored:
                    if result["id"] is not None:
                        print(result["id"], flush=True)

    try:
        waiting: list[FileRead] = []
        for read in reader:
            waiting.append(read)
            if len(waiting) >= STORE_EVERY:
                store(waiting)
                waiting = []
        store(waiting)
    except (CatalogueOpenError, KeyboardInterrupt):
        if not single:
            if args.json:
                _print_json(results)
            _import_summary(results, stopped=len(files) - len(results))
        raise
    failed = [r for r in results if r["error"]]
    if single:
        result = results[0]
        if result["error"]:
            raise ImportFailedError(result["error"])
        if args.json:
            record = {"id": result["id"], "created": result["created"]}
            if result.get("warnings"):
                record["warnings"] = result["warnings"]
            if result["near_duplicate_of"] is not None:
                record["near_duplicate_of"] = result["near_duplicate_of"]
            _print_json(record)
        else:
            print(result["id"])
        return
    if args.json:
        _print_json(results)
    _import_summary(results)
    if failed:
        raise ImportFailedError("")


_DETAIL_OPTIONS = ("title", "outlet", "date", "url", "language")
"""import's options that set an article's details, which a new version of one leaves alone."""


def _import_version(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """``import FILE --version-of ARTICLE_ID``: FILE (or a web page, fetched already), read as
    an import reads it, becomes the article's new text; its claims follow the text (one line,
    or JSON record, each)."""
    from claimdesk.core.domain.article_text import normalise_article_text  # noqa: PLC0415
    from claimdesk.core.importers.batch import read_one  # noqa: PLC0415  (see the imports)

    pages = getattr(args, "pages", None)
    if len(pages if pages is not None else args.file) != 1 or (
        pages is None and args.file[0].is_dir()
    ):
        raise CliError(
            translate("Cli", "--version-of takes one file or web address: the article's new text.")
        )
    given = [f"--{name}" for name in _DETAIL_OPTIONS if getattr(args, name)]
    if given:
        raise CliError(
            translate(
                "Cli",
                "{options} cannot be given with --version-of: a new version changes "
                "the article's text, not its details (use article-edit).",
            ).format(options=", ".join(given))
        )
    if pages is not None:
        page = pages[0]["page"]
        article, text = page.article, normalise_article_text(page.article.text)
        name, source = page.snapshot.url, page.snapshot.url
    else:
        path = args.file[0]
        read, text, _fingerprint, error = read_one(path)
        if read is None:
            raise ImportFailedError(str(error))
        article, name = read, path.name
        source = file_name_text(read.source_name or path.name)
    for warning in article.warnings:
        _warn(name, warning)
    results = catalogue.new_article_version(
        args.version_of, text, source=source, snapshot=page.snapshot if pages else None
    )
    version = catalogue.get_article(args.version_of).text_version
    if args.json:
        _print_json([_anchoring_record(r) for r in results])
    else:
        for r in results:
            place = "—" if r.start is None else f"{r.start}-{r.end}"
            print(f"{r.claim_id}\t{r.state.value}\t{r.score:.3f}\t{place}")
    counts = Counter(r.state.value for r in results)
    states = ", ".join(
        translate("Cli", _ANCHOR_STATES[state]).format(count=counts[state])
        for state in ("exact", "moved", "approximate", "orphaned")
    )
    print(
        translate(
            "Cli", "{prog}: article {article} is now at version {version}; its claims: {states}"
        ).format(prog=PROG, article=args.version_of, version=version, states=states),
        file=sys.stderr,
    )


_ANCHOR_STATES = {
    "exact": QT_TRANSLATE_NOOP("Cli", "{count} exact"),
    "moved": QT_TRANSLATE_NOOP("Cli", "{count} moved"),
    "approximate": QT_TRANSLATE_NOOP("Cli", "{count} approximate"),
    "orphaned": QT_TRANSLATE_NOOP("Cli", "{count} orphaned"),
}
"""How many of an article's claims each state of following a new version has, in the summary."""


def _warn(name: str, warning: object) -> None:
    """A warning about the file or page ``name``, on stderr (``warning``: text, or a message of
    the core, shown in the command's language)."""
    print(
        translate("Cli", "{prog}: warning: {name}: {warning}").format(
            prog=PROG, name=shown(name), warning=shown(str(warning))
        ),
        file=sys.stderr,
    )


def _error_line(message: str) -> str:
    """The one line an error is reported in, on stderr."""
    return translate("Cli", "{prog}: error: {message}").format(prog=PROG, message=shown(message))


def _anchoring_record(result: ClaimAnchoring) -> dict[str, Any]:
    return {
        "claim_id": result.claim_id,
        "state": result.state.value,
        "score": result.score,
        "start": result.start,
        "end": result.end,
    }


def prepare_import(args: argparse.Namespace) -> None:
    """Set web addresses apart from files, and fetch them before the catalogue is opened: an
    address that fails is one line and exit 1, and a catalogue is not even created for it."""
    from claimdesk.core.importers.addresses import is_web_address  # noqa: PLC0415

    given: list[str] = args.file
    addresses = [a for a in given if is_web_address(a) and not Path(a).exists()]
    args.pages = None
    if not addresses:
        args.file = [Path(a) for a in given]
        return
    from claimdesk.core.importers.web import fetch_page  # noqa: PLC0415  (urllib3: only now)

    if len(addresses) < len(given):
        raise CliError(translate("Cli", "Give web addresses or files, not both, in one import."))
    if args.title and len(addresses) > 1:
        raise CliError(
            translate("Cli", "--title names one article: give it with a single web address.")
        )
    pages: list[dict[str, Any]] = []
    for address in addresses:
        record: dict[str, Any] = {"address": address, "page": None, "error": None}
        try:
            record["page"] = fetch_page(address)
        except ClaimDeskError as error:
            if len(addresses) == 1:
                raise
            message = str(error)
            record["error"] = message if address in message else f"{address}: {message}"
            print(_error_line(record["error"]), file=sys.stderr)
        pages.append(record)
    if not any(record["page"] for record in pages):
        _import_summary([{"id": None, "created": False, "error": r["error"]} for r in pages])
        raise ImportFailedError("")
    args.pages = pages


def _import_pages(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """Store the pages :func:`prepare_import` fetched, in one transaction, with their final
    addresses as their URLs; notes on stderr as for files."""
    from claimdesk.core.catalogue import ArticleBatch, BatchArticle  # noqa: PLC0415
    from claimdesk.core.domain.article_text import (  # noqa: PLC0415
        Fingerprint,
        normalise_article_text,
    )
    from claimdesk.core.domain.records import NewArticle  # noqa: PLC0415

    fetched = [r for r in args.pages if r["page"] is not None]
    items: list[BatchArticle] = []
    for record in fetched:
        imported = record["page"].article
        text = normalise_article_text(imported.text)
        fingerprint = Fingerprint.of(text)
        new = NewArticle(
            text,
            title=args.title or imported.title,
            outlet=args.outlet or imported.outlet,
            url=args.url or imported.url,
            published=args.date or imported.published,
            language=args.language or imported.language,
            source_name=imported.source_name,
            source_format=imported.source_format,
            note=_author_note(imported.author),
            text_hash=fingerprint.digest,
        )
        # the page as fetched goes in with its article (in the same transaction)
        items.append(BatchArticle(new, fingerprint, record["page"].snapshot))
    stored = iter(ArticleBatch(catalogue).store(items))
    results = [
        _page_result(record, next(stored)) if record["page"] is not None else
        {"url": record["address"], "id": None, "created": False, "error": record["error"]}
        for record in args.pages
    ]  # fmt: skip
    if len(results) == 1:
        (only,) = results
        if only["error"]:
            raise ImportFailedError(only["error"])
        if args.json:
            _print_json({k: v for k, v in only.items() if k != "error"})
        else:
            print(only["id"])
        return
    if args.json:
        _print_json(results)
    else:
        for out in results:
            if out["id"] is not None:
                print(out["id"])
    _import_summary(results)
    if any(out["error"] for out in results):
        raise ImportFailedError("")


def _page_result(record: dict[str, Any], stored: BatchResult) -> dict[str, Any]:
    """What became of one fetched page, reported on stderr (as for a file) and as a record."""
    page = record["page"]
    url = page.snapshot.url
    if stored.error:
        reason = str(stored.error)
        print(_error_line(f"{url}: {reason}"), file=sys.stderr)
        return {"url": url, "id": None, "created": False, "error": reason}
    out: dict[str, Any] = {
        "url": url,
        "id": stored.article_id,
        "created": stored.created,
        "sha256": page.snapshot.sha256,
        "error": None,
    }
    for warning in page.article.warnings:
        _warn(url, warning)
    if page.article.warnings:
        out["warnings"] = [str(w) for w in page.article.warnings]
    if not stored.created:
        _already_there(url, stored.article_id)
    elif stored.near is not None:
        out["near_duplicate_of"] = stored.near.article_id
        _near_duplicate(url, stored.article_id, stored.near.describe())
    return out


def _already_there(name: str, article_id: int | None) -> None:
    print(
        translate("Cli", "{prog}: {name}: the same text is already article {article}").format(
            prog=PROG, name=shown(name), article=article_id
        ),
        file=sys.stderr,
    )


def _near_duplicate(name: str, article_id: int | None, near: str) -> None:
    print(
        translate(
            "Cli", "{prog}: {name}: imported as article {article}, a near-duplicate of {near}"
        ).format(prog=PROG, name=shown(name), article=article_id, near=shown(near)),
        file=sys.stderr,
    )


def _author_note(author: str) -> str:
    """An imported article's note naming its author: data in the catalogue, the same for every
    desk whatever its language (the GUI writes the same), so not translated."""
    return f"Author: {author}" if author else ""


@contextmanager
def _ctrl_c_after_this() -> Iterator[None]:
    """Ctrl+C (SIGINT) waits until the block is done: a part stored and its results counted go
    together, so the summary of an interrupted import counts every article it stored (it missed
    a part whose transaction had committed when the interrupt came before its results were kept).
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread
        return
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        yield  # started with Ctrl+C ignored (a shell's background job): it stays ignored
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


def _import_summary(results: list[dict[str, Any]], stopped: int = 0) -> None:
    created = sum(1 for r in results if r["created"])
    there = sum(1 for r in results if r["id"] and not r["created"])
    failed = sum(1 for r in results if r["error"])
    summary = (
        translate(
            "Cli",
            "{prog}: {created} imported, {there} already there, {failed} failed, "
            "{stopped} not tried",
        )
        if stopped
        else translate("Cli", "{prog}: {created} imported, {there} already there, {failed} failed")
    )
    print(
        summary.format(prog=PROG, created=created, there=there, failed=failed, stopped=stopped),
        file=sys.stderr,
    )


class ImportFailedError(Exception):
    """Some files could not be imported (each was reported); the message may add one more."""


def _import_part(
    batch: ArticleBatch, reads: list[FileRead], args: argparse.Namespace, *, report_error: bool
) -> list[dict[str, Any]]:
    """Store a few files read, in one transaction; reports notes (and errors) on stderr and
    returns a JSON-ready record per file."""
    from claimdesk.core.catalogue import BatchArticle  # noqa: PLC0415
    from claimdesk.core.domain.records import NewArticle  # noqa: PLC0415

    records: list[dict[str, Any]] = [
        {
            "file": str(r.path),
            "id": None,
            "created": False,
            "near_duplicate_of": None,
            "error": None,
        }
        for r in reads
    ]
    items: list[BatchArticle] = []
    where: list[int] = []
    for number, read in enumerate(reads):
        imported = read.article
        if imported is None or read.fingerprint is None:
            records[number]["error"] = str(read.error)  # in the language of the command
            continue
        new = NewArticle(
            read.text,
            title=args.title or imported.title,
            outlet=args.outlet or imported.outlet,
            url=args.url or imported.url,
            published=args.date or imported.published,
            language=args.language or imported.language,
            source_name=file_name_text(imported.source_name),
            source_format=imported.source_format,
            note=_author_note(imported.author),
            text_hash=read.fingerprint.digest,
        )
        items.append(BatchArticle(new, read.fingerprint))
        where.append(number)
    try:
        stored = batch.store(items) if items else []
    except CatalogueOpenError:
        raise  # the catalogue, not the files: damaged, full, locked, read-only
    except ClaimDeskError as error:  # none of these files was stored
        for number in where:
            records[number]["error"] = str(error)
        stored = []
    for number, result in zip(where, stored, strict=False):
        record = records[number]
        if result.error:
            record["error"] = str(result.error)
            continue
        assert result.article_id is not None
        record.update(id=result.article_id, created=result.created)
        imported = reads[number].article
        assert imported is not None  # only files read are stored
        record["warnings"] = [str(w) for w in imported.warnings]
        if result.near is not None:
            record["near_duplicate_of"] = result.near.article_id
            record["near"] = result.near.describe()
    for read, record in zip(reads, records, strict=True):
        _report_import(read, record, report_error=report_error)
        record.pop("near", None)
    return records


def _report_import(read: FileRead, record: dict[str, Any], *, report_error: bool) -> None:
    """The notes on one file, on stderr: its error, or its warnings and what it duplicates."""
    name = read.path.name  # undecodable bytes and all: escaped when printed
    if record["error"]:
        message = str(record["error"])
        if name not in message:
            message = record["error"] = f"{name}: {message}"
        if report_error:
            print(_error_line(message), file=sys.stderr)
        return
    for warning in record.get("warnings", ()):  # e.g. bytes that were not valid UTF-8, and where
        _warn(name, warning)
    if not record["created"]:
        _already_there(name, record["id"])
    elif record.get("near") is not None:
        _near_duplicate(name, record["id"], record["near"])


def quick_attribute(args: argparse.Namespace) -> bool:
    """``attribute`` on a SQLite catalogue without SQLAlchemy when it can be (see
    :mod:`claimdesk.core.storage.quick_attribute`); False: nothing was changed or printed, run
    :func:`cmd_attribute`."""
    from claimdesk.core.catalogue import quick_attribute_quote  # noqa: PLC0415  (see the imports)

    done = quick_attribute_quote(
        args.db, args.article_id, args.quote, args.speaker, **_claim_options(args), record=args.json
    )
    if done is None:
        return False
    if not done.created:
        _claim_already_there(done.claim_id)
    if args.json:
        _print_json(done.record)
    else:
        print(done.claim_id)
    return True


def _claim_options(args: argparse.Namespace) -> dict[str, Any]:
    """``attribute``'s options for the claim, as both ways of storing it take them."""
    return {
        "occurrence": args.occurrence,
        "kind": args.kind,
        "tags": args.tag or (),
        "note": args.note or "",
    }


def _claim_already_there(claim_id: int) -> None:
    print(
        translate(
            "Cli",
            "{prog}: claim {claim} is already there (this quote, speaker and kind): nothing stored",
        ).format(prog=PROG, claim=claim_id),
        file=sys.stderr,
    )


def cmd_attribute(catalogue: Catalogue, args: argparse.Namespace) -> None:
    claim = catalogue.claim_there(
        args.article_id, args.quote, args.speaker, args.occurrence, args.kind
    )
    if claim is not None:
        _claim_already_there(claim.id)
    else:
        claim = catalogue.attribute_quote(
            args.article_id, args.quote, args.speaker, **_claim_options(args)
        )
    if args.json:
        from claimdesk.core.catalogue import claim_record  # noqa: PLC0415  (see the imports)

        _print_json(claim_record(claim))
    else:
        print(claim.id)


def _suggestion_record(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "start": suggestion.start,
        "end": suggestion.end,
        "text": suggestion.text,
        "speaker": suggestion.speaker,
        "speaker_id": suggestion.speaker_id,
        "speaker_role": suggestion.role,
        "kind": suggestion.kind,
        "confidence": suggestion.confidence,
        "mention": suggestion.mention,
        "mention_start": suggestion.mention_start,
        "mention_end": suggestion.mention_end,
    }


_LANGUAGE_DEFAULT = -1.0
"""``--accept-min`` given without a value: the article language's default least confidence."""


def cmd_suggest(catalogue: Catalogue, args: argparse.Namespace) -> None:
    from claimdesk.core.catalogue import suggestion_min_confidence  # noqa: PLC0415

    suggestions = catalogue.pending_suggestions(args.article_id)
    if args.accept_min is not None:
        least = args.accept_min
        if least == _LANGUAGE_DEFAULT:  # "--accept-min" alone: the article language's default
            least = suggestion_min_confidence(suggestions[0].language if suggestions else None)
        elif not 0.0 <= least <= 1.0:
            raise CliError(translate("Cli", "--accept-min is a confidence between 0 and 1."))
        # one undo step; storing some can bring others up to the confidence (their speaker
        # is in the catalogue now): those are stored too
        accepted = catalogue.accept_suggestions_at_least(args.article_id, least, first=suggestions)
        stored = [{**_suggestion_record(suggestion), "claim_id": claim.id,
                   "speaker_id": claim.speaker_id} for suggestion, claim in accepted]  # fmt: skip
        if args.json:
            _print_json(stored)
        else:
            for record in stored:
                print(record["claim_id"])
            print(
                translate(
                    "Cli",
                    "{prog}: stored {stored} of %n suggestion(s)",
                    None,
                    PLURAL,
                    len(suggestions),
                ).format(prog=PROG, stored=len(stored)),
                file=sys.stderr,
            )
        return
    if args.json:
        _print_json([_suggestion_record(s) for s in suggestions])
        return
    for s in suggestions:
        print(
            f"{confidence_text(s.confidence)}\t{s.kind}\t{s.start}-{s.end}\t"
            f"{shown(s.speaker or '?')}\t{shown(s.text)}"
        )


def cmd_alias(catalogue: Catalogue, args: argparse.Namespace) -> None:
    speaker = _resolve_speaker(catalogue, args.speaker)
    speaker = catalogue.add_alias(speaker.id, args.alias)
    if args.json:
        _print_json(_speaker_record(speaker))
    else:
        print(f"{shown(speaker.name)}: {shown(', '.join(speaker.aliases))}")


MATCH_LIMIT = 10
"""How many speakers ``speakers --match`` lists unless --limit says."""


def cmd_speakers(catalogue: Catalogue, args: argparse.Namespace) -> None:
    if args.match:
        matches = catalogue.match_speakers(args.match, limit=args.limit or MATCH_LIMIT)
        if args.json:
            _print_json(
                [
                    {**_speaker_record(m.speaker), "score": m.score, "matched_name": m.matched_name}
                    for m in matches
                ]
            )
            return
        for m in matches:
            matched = translate("Cli", "(matched “{name}”)").format(name=shown(m.matched_name))
            print(f"{m.score:6.1f}\t{m.speaker.id}\t{shown(m.speaker.name)}\t{matched}")
        return
    _print_speakers(catalogue.list_speakers(args.filter or ""), args)


def quick_speakers(args: argparse.Namespace) -> bool:
    """``speakers`` without --filter or --match, and without SQLAlchemy when it can be (see
    :mod:`claimdesk.core.storage.quick_read`); False: nothing was printed, run
    :func:`cmd_speakers`."""
    if args.filter or args.match:
        return False
    from claimdesk.core.catalogue import quick_read_speakers  # noqa: PLC0415  (see the imports)

    speakers = quick_read_speakers(args.db)
    if speakers is None:
        return False
    _print_speakers(speakers, args)
    return True


def _print_speakers(speakers: list[SpeakerInfo], args: argparse.Namespace) -> None:
    # --limit without --match lists that many (it was ignored, every speaker listed)
    speakers = speakers[: args.limit] if args.limit is not None else speakers
    if args.json:
        _print_json([_speaker_record(s) for s in speakers])
        return
    for s in speakers:
        details = ", ".join(part for part in (s.role, s.organisation) if part)
        aliases = f" [{'; '.join(s.aliases)}]" if s.aliases else ""
        print(
            f"{s.id}\t{shown(s.name)}{shown(f' ({details})') if details else ''}{shown(aliases)}"
            f"\t{_claims(s.claim_count)}"
        )


def _claims(count: int) -> str:
    """ "1 claim", "2 claims": a count in a listing."""
    return translate("Cli", "%n claim(s)", None, PLURAL, count)


def cmd_similar(catalogue: Catalogue, args: argparse.Namespace) -> None:
    from claimdesk.core.catalogue import claim_record  # noqa: PLC0415  (see the imports)

    if not args.text.strip():
        raise CliError(translate("Cli", 'Give the text of a claim to compare, e.g. similar "…".'))
    found = catalogue.similar_claims(args.text, limit=args.limit)
    if args.json:
        _print_json(
            [
                {**claim_record(s.claim), "score": s.score, "almost_certain": s.certain}
                for s in found
            ]
        )
        return
    for s in found:
        mark = "≈" if s.certain else "~"
        speaker = s.claim.speaker_name or translate("Cli", "(unattributed)")
        print(f"{s.score:6.1f} {mark}\t{s.claim.id}\t{shown(speaker)}\t“{shown(s.claim.quote)}”")


def cmd_server_index(catalogue: Catalogue, args: argparse.Namespace) -> None:
    if args.rebuild or args.merge:
        shown = {"percent": -1}

        def progress(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent != shown["percent"]:
                shown["percent"] = percent
                line = translate("Cli", "indexing claims: {done}/{total} ({percent}%)")
                line = line.format(done=done, total=total, percent=percent)
                print(f"\r{line}\x1b[K", end="", file=sys.stderr)

        # progress on a terminal only: in a log, each update ran into the next on one line
        terminal = sys.stderr.isatty()
        done = (
            catalogue.rebuild_server_index(progress if terminal else None)
            if args.rebuild
            else catalogue.merge_server_index()
        )
        if args.rebuild and terminal:
            print(file=sys.stderr)
        if not done:
            raise CliError(
                translate(
                    "Cli",
                    "Another desk is building or merging the server's claim index right now, or "
                    "it was built with another version of the word stemmer: try again in a "
                    "minute.",
                )
            )
    status = catalogue.server_index_status()
    if args.json:
        _print_json(
            {
                "state": status.state,
                "claims": status.claims,
                "postings": status.postings,
                "delta_rows": status.delta_rows,
            }
        )
        return
    meaning = {
        "ready": QT_TRANSLATE_NOOP("Cli", "ready: searches use it"),
        "missing": QT_TRANSLATE_NOOP(
            "Cli", "not built yet: the first search builds it (or use --rebuild)"
        ),
        "building": QT_TRANSLATE_NOOP(
            "Cli", "being built (or a build stopped half-way: --rebuild finishes it)"
        ),
        "other": QT_TRANSLATE_NOOP(
            "Cli", "built by a desk with another word stemmer: this desk indexes claims itself"
        ),
    }[status.state]
    print(translate("Cli", "server claim index: {meaning}").format(
        meaning=translate("Cli", meaning)))  # fmt: skip
    n_claims = status.claims
    n_postings = status.postings
    n_delta_rows = status.delta_rows
    print(
        ", ".join(
            (
                translate("Cli", "%n claim(s) indexed", None, PLURAL, n_claims),
                translate("Cli", "%n posting(s)", None, PLURAL, n_postings),
                translate("Cli", "%n row(s) waiting to be merged", None, PLURAL, n_delta_rows),
            )
        )
    )


def _article_record(a: ArticleInfo) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": a.published,
        "url": a.url,
        "language": a.language,
        "source_name": a.source_name,
        "claim_count": a.claim_count,
        "imported_at": a.imported_at.isoformat(timespec="seconds"),
    }


def _article_line(a: ArticleInfo) -> str:
    return (
        f"{a.id}\t{shown(a.published or '—')}\t{shown(a.outlet or '—')}\t{shown(a.title)}\t"
        f"{_claims(a.claim_count)}"
    )


def cmd_articles(catalogue: Catalogue, args: argparse.Namespace) -> None:
    _print_articles(catalogue.list_articles(args.filter or ""), args)


def quick_articles(args: argparse.Namespace) -> bool:
    """``articles`` without SQLAlchemy when it can be (see
    :mod:`claimdesk.core.storage.quick_read`); False: nothing was printed, run
    :func:`cmd_articles`."""
    if args.filter:
        return False
    from claimdesk.core.catalogue import quick_read_articles  # noqa: PLC0415  (see the imports)

    articles = quick_read_articles(args.db)
    if articles is None:
        return False
    _print_articles(articles, args)
    return True


def _print_articles(articles: list[ArticleInfo], args: argparse.Namespace) -> None:
    if args.json:
        _print_json([_article_record(a) for a in articles])
        return
    for a in articles:
        print(_article_line(a))


def cmd_versions(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """An article's versions, oldest first (the current one marked), with the claims whose
    span stands in each: all placed claims in the current one, orphans in earlier ones."""
    versions = catalogue.list_article_versions(args.article_id)
    if args.json:
        _print_json([_version_record(v) for v in versions])
        return
    for v in versions:
        mark = "*" if v.current else " "
        n_length = v.length
        length = translate("Cli", "%n character(s)", None, PLURAL, n_length)
        print(
            f"{v.number}{mark}\t{v.created_at.isoformat(timespec='seconds')}\t"
            f"{shown(v.created_by or '—')}\t{length}\t{_claims(v.claim_count)}\t"
            f"{shown(_version_source(v.source))}"
        )


EDITED_IN_THE_APP = "edited in the app"
"""The source the app's text editor stores a version with (gui/versions_dialog.EDITED_SOURCE):
stored in English, shown in the user's language."""


def _version_source(source: str) -> str:
    if source == EDITED_IN_THE_APP:
        return translate("Cli", "edited in the app")
    return source or "—"


def _version_record(v: ArticleVersionInfo) -> dict[str, Any]:
    return {
        "article_id": v.article_id,
        "version": v.number,
        "current": v.current,
        "text_hash": v.text_hash,
        "length": v.length,
        "created_at": v.created_at.isoformat(timespec="seconds"),
        "created_by": v.created_by,
        "source": v.source,
        "claim_count": v.claim_count,
        "made_count": v.made_count,
    }


def cmd_snapshots(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """The web pages an article (and each new version of its text) was read from, oldest
    first; ``snapshot ID --html FILE`` writes one out as fetched."""
    snapshots = catalogue.list_page_snapshots(args.article_id)
    if args.json:
        _print_json([_snapshot_record(s) for s in snapshots])
        return
    for s in snapshots:
        version = translate("Cli", "version {number}").format(number=s.text_version)
        n_size = s.size
        size = translate("Cli", "%n byte(s)", None, PLURAL, n_size)
        print(
            f"{s.id}\t{version}\t{s.fetched_at.isoformat(timespec='seconds')}\t"
            f"{s.status}\t{size}\t{s.sha256}\t{shown(s.url)}"
        )


def _snapshot_record(s: PageSnapshotInfo) -> dict[str, Any]:
    return {
        "id": s.id,
        "article_id": s.article_id,
        "version": s.text_version,
        "address": s.address,
        "url": s.url,
        "redirects": list(s.redirects),
        "status": s.status,
        "content_type": s.content_type,
        "last_modified": s.last_modified,
        "etag": s.etag,
        "fetched_at": s.fetched_at.isoformat(timespec="seconds"),
        "size": s.size,
        "sha256": s.sha256,
    }


def cmd_snapshot(catalogue: Catalogue, args: argparse.Namespace) -> None:
    """``snapshot ID --html FILE``: the page as it was fetched, byte for byte, into FILE."""
    body = catalogue.page_snapshot_html(args.snapshot_id)
    path = Path(args.html)
    try:
        path.write_bytes(body)
    except OSError as error:
        raise CliError(
            translate("Cli", "{path} could not be written: {reason}").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    n_body = len(body)
    print(
        translate("Cli", "%n byte(s) written to {path}", None, PLURAL, n_body).format(
            path=shown(str(path.resolve()))
        ),
        file=sys.stderr,
    )


_ARTICLE_FIELDS = {
    "title": "title",
    "outlet": "outlet",
    "date": "published",
    "url": "url",
    "language": "language",
}
"""article-edit's options and the update_article keyword each sets."""


def cmd_article_edit(catalogue: Catalogue, args: argparse.Namespace) -> None:
    changes = {
        keyword: getattr(args, option)
        for option, keyword in _ARTICLE_FIELDS.items()
        if getattr(args, option) is not None
    }
    if not changes:
        raise CliError(
            translate(
                "Cli",
                "Nothing to change: give --title, --outlet, --date, --url or --language "
                '(an empty value such as --date "" clears it).',
            )
        )
    seen = catalogue.get_article(args.article_id)
    article = catalogue.update_article(seen.id, expected_version=seen.version, **changes)
    if args.json:
        _print_json(_article_record(article))
    else:
        print(_article_line(article))


def _no_terminal(count: int) -> str:
    """Why an article with ``count`` claims is not deleted without --yes (a template)."""
    if not count:
        return translate(
            "Cli", "Deleting article {article} “{title}” needs --yes: there is no terminal to ask."
        )
    # on one line, with no comma after the count: lupdate skips a plural call that ends in one
    return translate("Cli", "Deleting article {article} “{title}” and its %n claim(s) needs "
                     "--yes: there is no terminal to ask.", None, PLURAL, count)  # fmt: skip


def _delete_question(count: int) -> str:
    """Whether to delete an article with ``count`` claims (a template)."""
    if not count:
        return translate(
            "Cli",
            "Delete article {article} “{title}”? This cannot be undone from the command line. "
            "[y/N] ",
        )
    return translate("Cli", "Delete article {article} “{title}” and its %n claim(s)? This "
                     "cannot be undone from the command line. [y/N] ", None, PLURAL,
                     count)  # fmt: skip


def cmd_article_delete(catalogue: Catalogue, args: argparse.Namespace) -> None:
    article = catalogue.get_article(args.article_id)
    count = article.claim_count
    names = {"article": article.id, "title": shown(article.title)}
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(_no_terminal(count).format(**names))
        print(_delete_question(count).format(**names), end="", file=sys.stderr, flush=True)
        answer = sys.stdin.readline().strip().casefold()
        # "y" and "yes" answer in any language; the translation may add its own word for yes
        yes = {"y", "yes", *translate("Cli", "y|yes").casefold().split("|")}
        if answer not in yes:
            raise CliError(translate("Cli", "Not confirmed: nothing was deleted."))
    # the version shown: a colleague's change since then is a conflict, nothing is deleted
    deleted = catalogue.delete_article(article.id, expected_version=article.version)
    if args.json:
        _print_json({"id": article.id, "title": article.title, "deleted_claims": deleted})
    else:
        done = (
            translate("Cli", "Deleted article {article} “{title}” and its %n claim(s).", None,
                      PLURAL, deleted)
            if deleted
            else translate("Cli", "Deleted article {article} “{title}”.")
        )  # fmt: skip
        print(done.format(**names))


def cmd_claims(catalogue: Catalogue, args: argparse.Namespace) -> None:
    from claimdesk.core.catalogue import claim_record  # noqa: PLC0415  (see the imports)

    if args.orphaned:
        # the claims waiting to be placed, in the catalogue's review order, narrowed by the
        # other filters
        claims = catalogue.orphaned_claims(args.article)
        if any(getattr(args, name, None) for name in _FILTERS if name != "orphaned"):
            kept = {c.id for c in catalogue.list_claims(_claim_filter(catalogue, args))}
            claims = [c for c in claims if c.id in kept]
        claims = claims[: args.limit] if args.limit is not None else claims
    else:
        claims = catalogue.list_claims(_claim_filter(catalogue, args), limit=args.limit)
    _print_claims([claim_record(c) for c in claims], args)


_FILTERS = (
    "speaker",
    "article",
    "outlet",
    "kind",
    "tag",
    "status",
    "since",
    "until",
    "text",
    "orphaned",
)
"""The options of ``claims`` that narrow the list (see _add_filters)."""


def quick_claims(args: argparse.Namespace) -> bool:
    """``claims`` without a filter, and without SQLAlchemy when it can be (see
    :mod:`claimdesk.core.storage.quick_read`); False: nothing was printed, run
    :func:`cmd_claims`."""
    if any(getattr(args, name, None) for name in _FILTERS):
        return False
    from claimdesk.core.catalogue import quick_read_claims  # noqa: PLC0415  (see the imports)

    records = quick_read_claims(args.db, args.limit)
    if records is None:
        return False
    _print_claims(records, args)
    return True


def _print_claims(records: list[dict[str, Any]], args: argparse.Namespace) -> None:
    """Claims as ``claim_record`` makes them: that JSON, or a line each."""
    if args.json:
        _print_json(records)
        return
    for r in records:
        speaker = shown(r["speaker"] or translate("Cli", "(unattributed)"))
        # an orphan's quote is from an earlier version of its article: said so
        orphan = (
            "\t" + translate("Cli", "(orphaned, version {number})").format(number=r["version"])
            if r["anchor_state"] == "orphaned"
            else ""
        )
        print(f"{r['claim_id']}\t{speaker}\t{r['kind']}\t“{shown(r['quote'])}”{orphan}")


def cmd_copy(args: argparse.Namespace) -> None:
    """Copy a whole catalogue into a new, empty one (SQLite <-> PostgreSQL), ids preserved."""
    from claimdesk.core.catalogue import copy_catalogue  # noqa: PLC0415  (see the imports)

    shown = {"percent": -1}

    def progress(table: str, done: int, total: int) -> bool:
        percent = done * 100 // max(total, 1)
        if percent != shown["percent"]:
            shown["percent"] = percent
            line = translate(
                "Cli", "copying {table}: {done}/%n row(s) ({percent}%)", None, PLURAL, total
            )
            line = line.format(table=table, done=done, percent=percent)
            print(f"\r{line}\x1b[K", end="", file=sys.stderr)
        return True

    # progress on a terminal only: in a log, each update ran into the next on one line
    terminal = sys.stderr.isatty()
    result = copy_catalogue(args.source, args.target, progress=progress if terminal else None)
    if terminal:
        print(file=sys.stderr)
    if args.json:
        _print_json({"source": result.source, "target": result.target, "rows": result.rows})
    else:
        counts = ", ".join(f"{n} {table}" for table, n in result.rows.items())
        n_total = result.total
        print(
            translate("Cli", "copied %n row(s) ({counts}) from {source} to {target}", None,
                      PLURAL, n_total).format(counts=counts, source=result.source,
                                           target=result.target)
        )  # fmt: skip


def cmd_check(args: argparse.Namespace) -> None:
    """Run the full integrity check on a SQLite catalogue now (opening it skips the check while
    the file is as ClaimDesk last closed it: core/storage/checked.py)."""
    from claimdesk.core.catalogue import (  # noqa: PLC0415  (see the imports)
        catalogue_file,
        check_now,
    )

    path = catalogue_file(args.db)
    if path is None:
        raise CliError(
            translate(
                "Cli",
                "check reads a catalogue file; a team catalogue's PostgreSQL server checks its "
                "own data (its administrator runs its tools).",
            )
        )
    check_now(path)  # a damaged file raises CatalogueDamagedError: one line, exit 1
    if args.json:
        _print_json({"catalogue": str(path), "ok": True})
    else:
        print(
            translate("Cli", "{path}: passed the full integrity check").format(
                path=shown(str(path))
            )
        )


def cmd_recover(args: argparse.Namespace) -> None:
    """Copy what is readable of a damaged catalogue into a new one, counting what was lost."""
    from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

    terminal = sys.stderr.isatty()

    def progress(table: str, done: int) -> None:
        line = translate("Cli", "reading {table}: %n row(s)", None, PLURAL, done).format(
            table=table
        )
        print(f"\r{line}\x1b[K", end="", file=sys.stderr)

    result = Catalogue.recover_into(args.damaged, args.new, progress if terminal else None)
    if terminal:
        print("\r\x1b[K", end="", file=sys.stderr)
    if args.json:
        _print_json(
            {
                "source": result.source,
                "target": result.target,
                "recovered": result.recovered,
                "lost": result.lost,
                "tables": [
                    {
                        "table": t.table,
                        "recovered": t.recovered,
                        "lost": t.lost,
                        "lost_exact": t.lost_exact,
                        "refused": t.refused,
                        "unattributed": t.unattributed,
                        "repaired": t.repaired,
                        "complete": t.complete,
                    }
                    for t in result.tables
                ],
            }
        )
        return
    for table in result.tables:
        print(shown(table.describe()))
    print(shown(result.summary()))


# -- argument parsing ----------------------------------------------------------------------


def _add_filters(parser: argparse.ArgumentParser, *, text: bool) -> None:
    parser.add_argument(
        "--speaker", type=_search_text, help=translate("Cli", "speaker name, alias or id")
    )
    parser.add_argument(
        "--article", type=_id, metavar="ID", help=translate("Cli", "only claims in this article")
    )
    parser.add_argument(
        "--outlet", type=_search_text, help=translate("Cli", "outlet name (or part of it)")
    )
    parser.add_argument("--kind", choices=[k.value for k in ClaimKind])
    parser.add_argument("--tag", type=_search_text)
    parser.add_argument(
        "--status",
        type=_text,
        metavar="STATUS",
        help=translate(
            "Cli",
            "only claims of clusters with this verdict status (key or label; see "
            "verdict-labels; unchecked: also the claims in no cluster)",
        ),
    )
    parser.add_argument(
        "--since",
        type=_text,
        metavar="DATE",
        help=translate("Cli", "published on or after (YYYY[-MM[-DD]] or [DD.]MM.YYYY)"),
    )
    parser.add_argument(
        "--until", type=_text, metavar="DATE", help=translate("Cli", "published on or before")
    )
    if text:
        parser.add_argument(
            "--text",
            type=_search_text,
            help=translate("Cli", "words in the quote, speaker or article title"),
        )


def build_parser() -> argparse.ArgumentParser:
    install_core_translations()  # the core's errors, as the command line's own messages
    install_argparse_translations()  # argparse's own words: "usage:", "options", its errors
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help=translate(
            "Cli",
            "catalogue file or database URL (default: $CLAIMDESK_DATABASE_URL, else the "
            "catalogue in the user data folder)",
        ),
    )
    parser = _Parser(prog=PROG, description=translate("Cli", "ClaimDesk's catalogue of claims."))
    parser.add_argument("--db", default=None, help=argparse.SUPPRESS)
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("Argparse", "show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Callable[..., None], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command(
        "import",
        cmd_import,
        translate(
            "Cli",
            "import files (.txt .md .html .docx .pdf .odt .rtf), folders of them or web pages as "
            "articles and print their ids",
        ),
    )
    p.set_defaults(handler=None, standalone=cmd_import, prepare=prepare_import)
    p.add_argument(
        "file",
        nargs="+",
        metavar="FILE_OR_DIR_OR_URL",
        help=translate(
            "Cli",
            "files, folders, or web addresses (http:// or https://, fetched before the "
            "catalogue is opened)",
        ),
    )
    p.add_argument("--title", type=_text)
    p.add_argument("--outlet", type=_text)
    p.add_argument(
        "--date",
        type=_text,
        help=translate("Cli", "publication date, YYYY-MM-DD or DD.MM.YYYY (or YYYY-MM, YYYY)"),
    )
    p.add_argument("--url", type=_checked_url)
    p.add_argument(
        "--language",
        type=_checked_language,
        help=translate("Cli", "language code such as ru or en"),
    )
    p.add_argument(
        "--version-of",
        type=_id,
        metavar="ARTICLE_ID",
        help=translate(
            "Cli",
            "store the one FILE as a new version of this article's text; its claims follow "
            "the text (printed per claim: exact, moved, approximate with a score, or orphaned)",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help=translate(
            "Cli", "processes reading files at once (default: one per core; 1 reads them here)"
        ),
    )

    p = command(
        "attribute", cmd_attribute, translate("Cli", "attribute a quote in an article to a speaker")
    )
    p.set_defaults(quick=quick_attribute)
    p.add_argument("article_id", type=_id, metavar="ARTICLE_ID")
    p.add_argument(
        "--quote", required=True, type=_text, help=translate("Cli", "the exact text of the quote")
    )
    # a speaker, or none said so (a blank --speaker stored no speaker without a word)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--speaker",
        type=_name,
        help=translate("Cli", "name or alias; created if unknown"),
    )
    who.add_argument(
        "--unattributed",
        action="store_true",
        help=translate("Cli", "store the claim with no speaker"),
    )
    p.add_argument("--kind", choices=[k.value for k in ClaimKind], default=ClaimKind.DIRECT.value)
    p.add_argument(
        "--occurrence",
        type=_count,
        default=1,
        help=translate("Cli", "which repeat of the quote (1 = first)"),
    )
    p.add_argument(
        "--tag", action="append", type=_text, help=translate("Cli", "a tag (repeat for several)")
    )
    p.add_argument("--note", type=_text)
    p.add_argument("--json", action="store_true")

    p = command(
        "suggest",
        cmd_suggest,
        translate(
            "Cli",
            "suggest quotes and their speakers in an article (stores nothing without --accept-min)",
        ),
    )
    p.add_argument("article_id", type=_id, metavar="ARTICLE_ID")
    p.add_argument(
        "--accept-min",
        type=float,
        nargs="?",
        const=_LANGUAGE_DEFAULT,
        metavar="CONFIDENCE",
        help=translate(
            "Cli",
            "store the suggestions at or above this confidence (0-1), creating speakers; "
            "without a value, the confidence of those the app shows by default for the article's "
            "language",
        ),
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "alias", cmd_alias, translate("Cli", "add another name under which a speaker appears")
    )
    p.add_argument(
        "speaker",
        metavar="SPEAKER",
        type=_search_text,
        help=translate("Cli", "speaker name, alias or id"),
    )
    p.add_argument("alias", metavar="ALIAS", type=_text)
    p.add_argument("--json", action="store_true")

    p = command(
        "speakers", cmd_speakers, translate("Cli", "list speakers, or find one by a fuzzy name")
    )
    p.set_defaults(quick=quick_speakers)
    p.add_argument("--filter", type=_search_text, help=translate("Cli", "part of a name or alias"))
    p.add_argument(
        "--match",
        type=_search_text,
        metavar="NAME",
        help=translate("Cli", "fuzzy search: any case, spelling, script or typo"),
    )
    p.add_argument(
        "--limit",
        type=_count,
        help=translate("Cli", "how many (with --match the best, 10 by default; else all)"),
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "similar",
        cmd_similar,
        translate("Cli", "find stored claims similar to a text, with scores"),
    )
    p.add_argument("text", metavar="TEXT", type=_similar_text)
    p.add_argument("--limit", type=_count, default=10)
    p.add_argument("--json", action="store_true")

    p = command(
        "server-index",
        cmd_server_index,
        translate(
            "Cli",
            "show, rebuild or merge the claim index a team catalogue keeps on its PostgreSQL "
            "server",
        ),
    )
    action = p.add_mutually_exclusive_group()
    action.add_argument(
        "--rebuild", action="store_true", help=translate("Cli", "index every claim afresh")
    )
    action.add_argument(
        "--merge",
        action="store_true",
        help=translate("Cli", "merge the claims written since into the postings"),
    )
    p.add_argument("--json", action="store_true")

    p = command("articles", cmd_articles, translate("Cli", "list articles"))
    p.set_defaults(quick=quick_articles)
    p.add_argument(
        "--filter", type=_search_text, help=translate("Cli", "part of a title or outlet")
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "versions",
        cmd_versions,
        translate(
            "Cli",
            "list the versions of an article's text (the current one marked *), with their claims",
        ),
    )
    p.add_argument("article_id", type=_id, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")

    p = command(
        "snapshots",
        cmd_snapshots,
        translate(
            "Cli",
            "list the web pages an article was read from, as fetched (one per version of its text)",
        ),
    )
    p.add_argument("article_id", type=_id, metavar="ARTICLE_ID")
    p.add_argument("--json", action="store_true")

    p = command(
        "snapshot",
        cmd_snapshot,
        translate("Cli", "write a web page an article was read from, as fetched"),
    )
    p.add_argument("snapshot_id", type=_id, metavar="SNAPSHOT_ID")
    p.add_argument(
        "--html",
        required=True,
        metavar="FILE",
        help=translate("Cli", "the file to write the page to"),
    )

    p = command(
        "article-edit",
        cmd_article_edit,
        translate(
            "Cli",
            "change an article's details (an empty value clears one; an empty title becomes the "
            "text's first line)",
        ),
    )
    p.add_argument("article_id", type=_id, metavar="ID")
    p.add_argument("--title", type=_text)
    p.add_argument("--outlet", type=_text)
    p.add_argument(
        "--date",
        type=_text,
        help=translate("Cli", "publication date, YYYY-MM-DD or DD.MM.YYYY (or YYYY-MM, YYYY)"),
    )
    p.add_argument("--url", type=_checked_url)
    p.add_argument(
        "--language",
        type=_checked_language,
        help=translate("Cli", "language code such as ru or en"),
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "article-delete",
        cmd_article_delete,
        translate(
            "Cli", "delete an article and its claims (asks first at a terminal; --yes in scripts)"
        ),
    )
    p.add_argument("article_id", type=_id, metavar="ID")
    p.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask: delete it"))
    p.add_argument("--json", action="store_true")

    p = command("claims", cmd_claims, translate("Cli", "list claims"))
    p.set_defaults(quick=quick_claims)
    _add_filters(p, text=True)
    p.add_argument(
        "--orphaned",
        action="store_true",
        help=translate(
            "Cli", "only claims not found in their article's newest text, waiting to be placed"
        ),
    )
    p.add_argument("--limit", type=_count)
    p.add_argument("--json", action="store_true")

    p = command(
        "copy",
        cmd_copy,
        translate(
            "Cli",
            "copy a whole catalogue into a new, empty one (SQLite to PostgreSQL and back), "
            "ids kept",
        ),
    )
    p.add_argument(
        "source", metavar="SRC", help=translate("Cli", "catalogue file or database URL to copy")
    )
    p.add_argument(
        "target",
        metavar="DST",
        help=translate("Cli", "new or empty catalogue file or database URL"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=None, standalone=cmd_copy)

    p = command(
        "check",
        cmd_check,
        translate(
            "Cli",
            "run the full integrity check on a catalogue file now (opening one runs it only when "
            "the file may have changed since ClaimDesk last closed it)",
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=None, standalone=cmd_check)

    p = command(
        "recover",
        cmd_recover,
        translate(
            "Cli",
            "copy what is readable of a damaged catalogue into a new one (the damaged file is only "
            "read), counting the rows recovered and lost in each table",
        ),
    )
    p.add_argument(
        "damaged", type=Path, metavar="DAMAGED", help=translate("Cli", "the damaged catalogue file")
    )
    p.add_argument(
        "new", type=Path, metavar="NEW", help=translate("Cli", "the new catalogue file to make")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=None, standalone=cmd_recover)

    add_export_commands(command, _add_filters, _claim_filter, shown)
    # clusters, verdicts and statistics (issue 19): their handlers are in cli_clusters.py
    add_cluster_commands(command, Output(shown, _print_json, _id, _text))
    add_verdict_label_commands(command, Output(shown, _print_json, _id, _text))
    add_qdpx_commands(command)
    return parser


CREATING_COMMANDS = frozenset({"import", "import-annotations", "import-qdpx"})
"""The commands that make the catalogue ``--db`` names when there is none yet: every other
one needs it to be there."""


def _refuse_a_missing_catalogue(args: argparse.Namespace) -> None:
    """A command that reads or changes a catalogue, given a file (``--db``) that is not there or
    is empty, stops with one line: it made a new, empty catalogue there (folders and all, or in
    a user's empty text file), and a mistyped path read as "the catalogue is empty"."""
    db = getattr(args, "db", None)
    if db is None or args.command in CREATING_COMMANDS or "://" in str(db):
        return  # the default catalogue, a command that makes one, or a server
    path = Path(str(db)).expanduser()
    if not path.exists():
        raise CliError(
            translate(
                "Cli",
                "There is no catalogue at {path}: check the path (import makes a new one).",
            ).format(path=path)
        )
    if path.is_file() and path.stat().st_size == 0:
        raise CliError(
            translate("Cli", "{path} is an empty file, not a ClaimDesk catalogue.").format(
                path=path
            )
        )


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # a frozen build's batch-import workers start the executable again: run them as such
        import multiprocessing  # noqa: PLC0415

        multiprocessing.freeze_support()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a mistake already reported on one line
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    try:
        _refuse_a_missing_catalogue(args)
        if getattr(args, "prepare", None) is not None:  # before the catalogue is opened
            args.prepare(args)
        if getattr(args, "standalone", None) is not None:  # opens what it needs itself
            args.standalone(args)
        elif getattr(args, "quick", None) is not None and args.quick(args):
            pass  # done without the database layer (core/storage/quick_read.py, quick_attribute.py)
        else:
            from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

            with Catalogue.open(args.db) as catalogue:
                args.handler(catalogue, args)
    except (ClaimDeskError, CliError) as error:
        print(_error_line(str(error)), file=sys.stderr)
        return EXIT_ERROR
    except ImportFailedError as error:
        if str(error):
            print(_error_line(str(error)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(translate("Cli", "{prog}: interrupted").format(prog=PROG), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
