"""The main window's versions controller: Article › Edit text… stores the edited text as the
article's new version (its claims follow the words they quote, one undo step), then says where
the claims went; Article › Check for a newer version fetches its web page again and offers a
changed article as the next version; Article › Versions… lists the versions with what changed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import AnchorState
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.context import WindowContext
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.text_edit_dialog import ArticleTextDialog

if TYPE_CHECKING:
    from claimdesk.core.domain.records import ArticleInfo, ClaimAnchoring
    from claimdesk.gui.newer_version import NewerVersionCheck
    from claimdesk.gui.reader import ArticleReader


class VersionController(QObject):
    """Editing the text of the article in the reader, and showing its versions."""

    def __init__(self, ctx: WindowContext, *, reader: ArticleReader) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.reader = reader
        self.newer_check: NewerVersionCheck | None = None
        """The last check for a newer version (Article › Check for a newer version)."""

    def _article(self) -> ArticleInfo | None:
        article_id = self.reader.article_id
        if article_id is None:
            self.ctx.status(self.tr("Open an article first."), 5000)
            return None
        found: ArticleInfo | None = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.get_article(article_id)
        )
        return found

    def edit_article_text(self) -> list[ClaimAnchoring] | None:
        """Article › Edit text…: the editor over the article's text; Save stores it as a new
        version as one undo step (a colleague's change since it opened is a conflict; if the team
        server cannot be reached, the editor opens again with the edited text)."""
        from claimdesk.gui.versions_dialog import EDITED_SOURCE  # noqa: PLC0415  (on first use)

        article = self._article()
        if article is None:
            return None
        text: str | None = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.get_article_text(article.id)
        )
        if text is None:
            return None
        dialog = ArticleTextDialog(text, article.title, self.ctx.parent_widget)

        def ask() -> str | None:
            if not accepted(dialog):
                return None
            if not dialog.changed():
                self.ctx.status(self.tr("The text is unchanged: nothing to save."), 5000)
                return None
            return dialog.text()

        results: list[ClaimAnchoring] | None = self.ctx.save_keeping_input(
            ask,
            lambda edited: self.ctx.catalogue.new_article_version(
                article.id,
                edited,
                source=EDITED_SOURCE,
                expected_version=article.version,
            ),
            dialog.show_problem,
        )
        dialog.deleteLater()
        if results is not None:
            self.summarise(results)
        return results

    def summarise(self, results: list[ClaimAnchoring]) -> None:
        """Say where the claims went (see :func:`summarise_new_version`)."""
        summarise_new_version(self.ctx, results)

    def check_newer_version(self) -> NewerVersionCheck | None:
        """Article › Check for a newer version: fetch the article's address again off the GUI
        thread; a changed article is offered as its next version (the check under way, or None
        when it could not start)."""
        article = self._article()
        if article is None:
            return None
        if not article.url:
            self.ctx.status(self.tr("This article was not read from a web page."), 5000)
            return None
        found = self.ctx.try_reporting(
            lambda: (
                self.ctx.catalogue.get_article_text(article.id),
                self.ctx.catalogue.list_page_snapshots(article.id),
            )
        )
        if found is None:
            return None
        text, snapshots = found
        from claimdesk.gui.newer_version import NewerVersionCheck  # noqa: PLC0415  (on use)

        try:
            check = NewerVersionCheck(self, article, text, snapshots[-1] if snapshots else None)
        except ClaimDeskError as error:  # an address that cannot be fetched
            self.ctx.report_error(error)
            return None
        self.newer_check = check
        check.start()
        return check

    def show_versions(self) -> None:
        """Article › Versions…: the article's versions, and what changed since each."""
        article = self._article()
        if article is None:
            return
        from claimdesk.gui.versions_dialog import VersionsDialog  # noqa: PLC0415  (on first use)

        versions = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.list_article_versions(article.id)
        )
        if versions is None:
            return
        dialog = VersionsDialog(self.ctx.catalogue, article, versions, self.ctx.parent_widget)
        dialog.exec()
        dialog.deleteLater()


def summarise_new_version(ctx: WindowContext, results: list[ClaimAnchoring]) -> None:
    """After a new version of an article's text is stored: say where the claims went, in the
    status bar, and in a message box when some need the user's eye (orphaned, or placed
    approximately). Edit text, Check for a newer version and an import stored as a version
    all say it this way."""
    NewVersionReport(ctx).say(results)


class NewVersionReport(QObject):
    """Where the claims of a new version went, in words (a QObject for tr()'s plural forms)."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__()
        self.ctx = ctx

    def say(self, results: list[ClaimAnchoring]) -> None:
        counts = Counter(result.state for result in results)
        orphaned = counts[AnchorState.ORPHANED]
        approximate = counts[AnchorState.APPROXIMATE]
        followed = counts[AnchorState.EXACT] + counts[AnchorState.MOVED]
        # each count a clause of its own, so a language can word each one with its number
        parts = []
        if followed:
            parts.append(self.tr("%Ln claim(s) followed the text", "", followed))
        if approximate:
            parts.append(self.tr("%Ln placed approximately", "", approximate))
        if orphaned:
            parts.append(self.tr("%Ln not found (orphaned)", "", orphaned))
        if parts:
            summary = self.tr("Saved the new text: {parts}. Edit › Undo ({key}) restores it.")
        else:
            summary = self.tr("Saved the new text. Edit › Undo ({key}) restores it.")
        said = summary.format(parts=self.tr(", ").join(parts), key=key_in_prose("undo"))
        self.ctx.status(said, 15_000)
        if orphaned or approximate:
            self._ask_to_review(orphaned, approximate)

    def _ask_to_review(self, orphaned: int, approximate: int) -> None:
        lines = []
        if orphaned:
            lines.append(
                self.tr(
                    "%Ln claim(s) not found in the new text. They are kept, marked “not found” "
                    "in the claims panel: choose one there, select where it belongs in the text "
                    "and press {key} (Claim › Move claim here).",
                    "",
                    orphaned,
                ).format(key=key_in_prose("move_claim"))
            )
        if approximate:
            lines.append(
                self.tr(
                    "%Ln claim(s) placed where the text is similar but not the same; the claims "
                    "panel shows each one's match (≈ and a percentage): check them.",
                    "",
                    approximate,
                )
            )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Claims to review"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.ctx.parent_widget,
        )
        box.setObjectName("claimsToReviewMessage")
        box.exec()
