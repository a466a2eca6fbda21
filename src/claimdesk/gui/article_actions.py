"""Main-window actions on articles: paste from the clipboard, open files, show an article."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.importers import read_article_file
from claimdesk.core.records import ArticleInfo
from claimdesk.gui.article_dialog import ArticleDetails, ArticleDialog
from claimdesk.gui.article_list import ArticleListPanel
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.claims_panel import ClaimsPanel
from claimdesk.gui.clipboard import text_from_mime
from claimdesk.gui.reader import ArticleReader
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.similar_panel import SimilarClaimsPanel
from claimdesk.gui.undo import CatalogueUndoStack

log = logging.getLogger("claimdesk.gui")


class ArticleActions:
    """Mixed into MainWindow: bringing articles in and showing them."""

    # Provided by MainWindow.
    catalogue: Catalogue
    bridge: CatalogueBridge
    undo_stack: CatalogueUndoStack
    settings: AppSettings
    reader: ArticleReader
    article_list: ArticleListPanel
    claims_panel: ClaimsPanel
    similar_panel: SimilarClaimsPanel
    article_header: QLabel
    report_error: Callable[[BaseException | str], None]
    _try: Callable[..., Any]

    def paste_article(self) -> int | None:
        text = text_from_mime(QGuiApplication.clipboard().mimeData())
        if not text:
            self.report_error("The clipboard holds no text to make an article from.")
            return None
        return self.add_article_text(text, source_name="clipboard", source_format="clipboard")

    def open_file_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Open articles", str(Path.home()), "Text files (*.txt);;All files (*)"
        )
        if paths:
            self.open_files(paths)

    def open_files(self, paths: Sequence[str | Path]) -> list[int]:
        """Import files as articles; one file gets the details dialog, several go straight in."""
        opened: list[int] = []
        for path in paths:
            imported = self._try(lambda p=path: read_article_file(p))  # type: ignore[misc]
            if imported is None:
                continue
            details = ArticleDetails(
                imported.title,
                imported.outlet,
                imported.published,
                imported.url,
                imported.language,
            )
            article_id = self.add_article_text(
                imported.text,
                details,
                ask=len(paths) == 1,
                source_name=imported.source_name,
                source_format=imported.source_format,
            )
            self.settings.add_recent_file(str(Path(path).resolve()))
            if article_id is not None:
                opened.append(article_id)
        return opened

    def make_article_dialog(
        self, text: str, details: ArticleDetails | None = None, source: str = ""
    ) -> ArticleDialog:
        return ArticleDialog(text, details, self, source=source)

    def add_article_text(
        self,
        text: str,
        details: ArticleDetails | None = None,
        *,
        ask: bool = True,
        source_name: str = "",
        source_format: str = "",
    ) -> int | None:
        """Store a new article (asking for its details first) and show it; returns its id."""
        if ask:
            dialog = self.make_article_dialog(text, details, source_name)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            details = dialog.details()
        details = details or ArticleDetails()
        result = self._try(
            lambda: self.undo_stack.run(
                lambda: self.catalogue.add_article(
                    text,
                    title=details.title,
                    outlet=details.outlet,
                    url=details.url,
                    published=details.published,
                    language=details.language,
                    source_name=source_name,
                    source_format=source_format,
                )
            )
        )
        if result is None:
            return None
        if not result.created:
            self.statusBar().showMessage("This article is already in the catalogue.", 8000)
        self.show_reader()
        if not self.article_panel.select_article(result.id):
            self.show_article(result.id)
        return result.id

    def show_article(self, article_id: int) -> None:
        try:
            article = self.catalogue.get_article(article_id)
            text = self.catalogue.get_article_text(article_id)
            claims = self.catalogue.claims_for_article(article_id)
        except ClaimDeskError as error:
            self.report_error(error)
            return
        self.reader.show_article(article_id, text, claims)
        self.article_header.setText(article_header_html(article))
        self.claims_panel.set_claims(claims)
        self.similar_panel.reset()
        self.similar_panel.set_can_link(False)
        self._update_actions()

    def _reload_claims(self) -> None:
        if self.reader.article_id is None:
            return
        claims = self._try(lambda: self.catalogue.claims_for_article(self.reader.article_id or 0))
        if claims is None:
            return
        self.reader.set_claims(claims)
        self.claims_panel.set_claims(claims)
        self.similar_panel.set_can_link(self.claims_panel.current_claim_id() is not None)

    def _clear_article(self) -> None:
        self.reader.clear_article()
        self.article_header.clear()
        self.claims_panel.set_claims([])
        self.similar_panel.set_results([])


def article_header_html(article: ArticleInfo) -> str:
    """The title in bold over outlet, date and link, for the label above the reader."""
    details = [escape(p) for p in (article.outlet, article.published or "") if p]
    if article.url:
        url = escape(article.url, quote=True)
        details.append(f'<a href="{url}">{escape(article.url)}</a>')
    line = " · ".join(details)
    title = f'<span style="font-size: large; font-weight: 600;">{escape(article.title)}</span>'
    return f'{title}<br/><span style="color: #5f6368;">{line}</span>' if line else title
