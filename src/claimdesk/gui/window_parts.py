"""What MainWindow provides to the action mixins (articles, claims) that are mixed into it: the
declarations their methods type-check against, written once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui.article_list import ArticleListPanel
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.claims_panel import ClaimsPanel
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.similar_panel import SimilarClaimsPanel
from claimdesk.gui.undo import CatalogueUndoStack


class WindowParts:
    """Provided by MainWindow."""

    catalogue: Catalogue
    bridge: CatalogueBridge
    undo_stack: CatalogueUndoStack
    settings: AppSettings
    reader: ArticleReader
    article_list: ArticleListPanel
    claims_panel: ClaimsPanel
    similar_panel: SimilarClaimsPanel
    report_error: Callable[[BaseException | str], None]
    note_server_lost: Callable[..., str]
    save_keeping_input: Callable[..., Any]
    _try: Callable[..., Any]
