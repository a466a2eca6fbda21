"""What MainWindow provides to the action mixins (articles, claims) that are mixed into it: the
declarations their methods type-check against, written once.

For the type checker the mixins derive from QMainWindow (which MainWindow is), so they may use
its methods (``statusBar()``, being a dialog's parent); at run time they derive from ``object``
and MainWindow puts QMainWindow last in its bases.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer

T = TypeVar("T")

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow as _WindowBase

    from claimdesk.core.catalogue import Catalogue
    from claimdesk.gui.article_list import ArticleListPanel
    from claimdesk.gui.bridge import CatalogueBridge
    from claimdesk.gui.claims_panel import ClaimsPanel
    from claimdesk.gui.reader import ArticleReader
    from claimdesk.gui.settings import AppSettings
    from claimdesk.gui.similar_panel import SimilarClaimsPanel
    from claimdesk.gui.undo import CatalogueUndoStack
    from claimdesk.gui.workers import SimilarClaimsSearch
else:
    _WindowBase = object


class WindowParts(_WindowBase):
    """Provided by MainWindow."""

    catalogue: Catalogue
    bridge: CatalogueBridge
    undo_stack: CatalogueUndoStack
    settings: AppSettings
    reader: ArticleReader
    article_panel: ArticleListPanel
    claims_panel: ClaimsPanel
    similar_panel: SimilarClaimsPanel
    similar_search: SimilarClaimsSearch
    _similar_timer: QTimer
    _similar_text: str
    _syncing: bool
    report_error: Callable[[BaseException | str], None]
    note_server_lost: Callable[..., str]
    save_keeping_input: Callable[..., Any]
    show_reader: Callable[[], None]
    _update_actions: Callable[[], None]

    if TYPE_CHECKING:

        def try_reporting(self, action: Callable[[], T]) -> T | None:
            """Run ``action``; a ClaimDeskError is shown to the user and gives None."""
