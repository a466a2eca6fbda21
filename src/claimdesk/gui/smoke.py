"""``claimdesk --smoke``: prove an installed or bundled ClaimDesk works, then exit.

Opens the main window on a throwaway catalogue in a temporary folder (never the user's catalogue,
settings or logs), and checks through the same objects the user's clicks go through that the
catalogue takes an article and an attribution and undoes it, that the schema is at the newest
migration, and that the matchers (claims and speakers, with their stemmer and Russian dictionaries)
find what was just added. Exit status 0, or 1 with one line saying what failed.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from claimdesk import APP_NAME, __version__
from claimdesk.core.catalogue import (
    Catalogue,
    base_form,
    head_revision,
    russian_parser_models,
    suggest_attributions,
)
from claimdesk.core.importers.batch import POOL_FROM_FILES, BatchReader
from claimdesk.gui.identity import set_window_icon
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings

TIMEOUT_S = 120
"""A modal dialog or a hang must not keep a smoke test waiting for ever."""

ARTICLE = (
    "БАКУ, 28 июл - Sputnik. Министр иностранных дел Азербайджана Джейхун Байрамов принял посла "
    "России Михаила Бочарникова.\n"
    "Байрамов отметил, что многоплановые азербайджано-российские отношения важны в интересах "
    "обеих стран и для стабильности региона."
)
QUOTE = "многоплановые азербайджано-российские отношения важны в интересах обеих стран"
SPEAKER = "Джейхун Байрамов"


class SmokeCheckError(Exception):
    """A check failed; the message is the one line printed."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeCheckError(message)


def run_checks(window: MainWindow, say: Callable[[str], None]) -> None:
    """The checks, on a window whose catalogue is empty and throwaway."""
    catalogue = window.catalogue
    check(window.isVisible(), "the main window did not show")
    icon = window.windowIcon().pixmap(64).toImage()
    check(
        not icon.isNull() and icon.pixelColor(32, 32).alpha() > 0,
        "the window has no icon (is the SVG icon engine plugin there?)",
    )

    head = head_revision()
    revision = catalogue.schema_revision()
    check(head is not None, "no migrations were found (are they in the bundle?)")
    check(revision == head, f"schema is at {revision}, newest migration is {head}")
    say(f"migrations: schema at head {head}")

    added = window.undo_stack.run(lambda: catalogue.add_article(ARTICLE, title="Smoke test"))
    check(added.created, "the article was not added")
    start = ARTICLE.index(QUOTE)
    claim = window.undo_stack.run(
        lambda: catalogue.attribute_span(
            added.id, start, start + len(QUOTE), kind="indirect", new_speaker=SPEAKER
        )
    )
    check(claim.quote == QUOTE, f"the claim holds {claim.quote!r}")
    check(claim.speaker_name == SPEAKER, f"the claim is attributed to {claim.speaker_name!r}")
    check(len(catalogue.claims_for_article(added.id)) == 1, "the claim was not stored")
    say(f"catalogue: article {added.id}, claim {claim.id} attributed to {SPEAKER}")

    similar = catalogue.similar_claims("Байрамов: отношения важны в интересах обеих стран")
    check(any(s.claim.id == claim.id for s in similar), "similar_claims did not find the new claim")
    speakers = catalogue.match_speakers("Байрамова")
    check(
        speakers and speakers[0].speaker.id == claim.speaker_id,
        "match_speakers did not find the new speaker",
    )
    nominative = base_form("Джейхуна Байрамова", gender="masc")
    check(nominative == SPEAKER, f"Russian dictionaries gave {nominative!r}")
    say("matcher: similar claim and speaker found; Russian dictionaries loaded")

    suggested = [s for s in suggest_attributions(ARTICLE, language="ru") if QUOTE in s.text]
    check(suggested, "no attribution was suggested (are the suggestion data files there?)")
    say(f"suggestions: {len(suggested)} found in the smoke article")
    check(russian_parser_models() is not None, "the Russian parser's models did not load")
    say("suggestions: Russian parser models loaded")

    window.undo_stack.undo()
    check(not catalogue.claims_for_article(added.id), "undo did not remove the claim")
    check(window.undo_stack.canRedo(), "nothing to redo after undo")
    say("undo: the attribution was undone")

    check_import_workers(say)


def check_import_workers(say: Callable[[str], None]) -> None:
    """A batch import's worker processes start (in a frozen bundle too: they run the bundle's
    executable again) and read files."""
    with tempfile.TemporaryDirectory(prefix="claimdesk-smoke-import-") as name:
        files = []
        for number in range(POOL_FROM_FILES):
            path = Path(name) / f"{number}.txt"
            path.write_bytes(f"{ARTICLE}\n{number}".encode("cp1251" if number % 2 else "utf-8"))
            files.append(path)
        with BatchReader(files, workers=2) as reader:
            check(reader.workers == 2, "a batch import would not use worker processes")
            reads = list(reader)
        errors = [str(r.error) for r in reads if r.error is not None]
        check(not errors, f"import workers failed: {errors[:1]}")
        check(
            [r.text.rsplit("\n", 1)[-1] for r in reads] == [str(n) for n in range(len(files))],
            "import workers did not read the files in order",
        )
    say(f"import: {len(files)} files read by 2 worker processes")


def run_smoke(app: QApplication, out: TextIO | None = None) -> int:
    """Run the smoke test in ``app``'s event loop; returns the exit status."""
    out = out or sys.stdout
    set_window_icon(app)  # as main() does; checked below, as a bundle may lack the SVG plugins
    folder = Path(tempfile.mkdtemp(prefix="claimdesk-smoke-"))
    watchdog = threading.Timer(TIMEOUT_S, _give_up)
    watchdog.daemon = True
    watchdog.start()
    status = 1
    window: MainWindow | None = None
    # Closing the last window would post a Quit event that the next event loop (a later dialog
    # in the same process, e.g. in tests) would act on; the smoke test quits by itself.
    quit_on_last_window_closed = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        # a throwaway catalogue: nothing of it is remembered in the user's cache folder
        catalogue = Catalogue.open(str(folder / "smoke.sqlite"), remember_check=False)
        window = MainWindow(
            catalogue, AppSettings(settings), index_cache=lambda _location: folder / "index.npz"
        )
        window.show_errors = False
        window.show()
        result: list[BaseException | None] = []

        def checks() -> None:
            try:
                assert window is not None
                run_checks(window, lambda line: print(f"smoke: {line}", file=out))
                result.append(None)
            except BaseException as error:  # reported as one line below
                result.append(error)
            finally:
                if window is not None:
                    window.close()
                app.quit()

        QTimer.singleShot(0, checks)
        app.exec()
        if not result:
            raise SmokeCheckError("the event loop ended before the checks ran")
        if result[0] is not None:
            raise result[0]
        status = 0
        print(f"{APP_NAME} {__version__}: smoke test passed", file=out)
    except SmokeCheckError as failure:
        print(f"claimdesk --smoke: FAILED: {failure}", file=sys.stderr)
    except Exception as error:
        where = traceback.extract_tb(error.__traceback__)[-1]
        print(
            f"claimdesk --smoke: FAILED: {type(error).__name__}: {error} "
            f"({Path(where.filename).name}:{where.lineno})",
            file=sys.stderr,
        )
    finally:
        watchdog.cancel()
        app.setQuitOnLastWindowClosed(quit_on_last_window_closed)
        if window is not None:
            window.close()  # closes the catalogue
            window.deleteLater()
        shutil.rmtree(folder, ignore_errors=True)
    return status


def _give_up() -> None:
    print(f"claimdesk --smoke: FAILED: no result after {TIMEOUT_S} s", file=sys.stderr, flush=True)
    os._exit(1)
