"""The main window's article controller: paste from the clipboard, open files, show an article,
edit its details and delete it (the Article menu and the article list's right-click menu). It
works through a :class:`~claimdesk.gui.context.WindowContext` and the widgets it is given.

Opening or pasting a text the catalogue already holds offers the stored article's details, with
what the file says filling the blanks, instead of asking for them as if it were new.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox

from claimdesk.core.domain.article_fields import is_http_address
from claimdesk.core.domain.article_text import normalise_article_text
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.gui.actions import key_in_prose
from claimdesk.gui.article_dialog import ArticleDetails, ArticleDialog
from claimdesk.gui.clipboard import text_from_mime
from claimdesk.gui.colours import secondary_text
from claimdesk.gui.context import WindowContext
from claimdesk.gui.empty_state import SAMPLE_DETAILS, SAMPLE_FILE, sample_article_text, sample_hint
from claimdesk.gui.file_dialogs import existing_directory, open_file_names
from claimdesk.gui.keep_input import accepted
from claimdesk.gui.settings import open_folder, remember_open_folder

if TYPE_CHECKING:
    from claimdesk.core.catalogue import ArticleBatch, BatchArticle, BatchResult, NearDuplicate
    from claimdesk.core.domain.records import AddArticleResult, ArticleInfo, ClaimAnchoring
    from claimdesk.core.importers import ImportedArticle
    from claimdesk.core.importers.web import FetchedPage, WebSnapshot
    from claimdesk.gui.article_list import ArticleListPanel
    from claimdesk.gui.claims_panel import ClaimsPanel
    from claimdesk.gui.import_batch import ImportRun, ImportSummaryDialog
    from claimdesk.gui.import_notice import NearDuplicateNotice, NearDuplicateSearch
    from claimdesk.gui.reader import ArticleReader
    from claimdesk.gui.similar_panel import SimilarClaimsPanel
    from claimdesk.gui.url_import import UrlImport

# What needs the core beyond its errors (importers, batches, near-duplicates) is imported where it
# is used: the main window is built and shown before the core is loaded (gui/startup.py).

log = logging.getLogger("claimdesk.gui")


class ArticleController(QObject):
    """Bringing articles in and showing them: the article list, the reader and its header, and
    the claims and similar-claims panels that follow the article shown. ``show_reader`` brings
    the Reader tab forward (the window's navigation)."""

    article_changed = Signal()
    """Another article (or none) is in the reader: what the actions need may have changed."""

    def __init__(
        self,
        ctx: WindowContext,
        *,
        article_panel: ArticleListPanel,
        reader: ArticleReader,
        article_header: QLabel,
        claims_panel: ClaimsPanel,
        similar_panel: SimilarClaimsPanel,
        show_reader: Callable[[], None],
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.article_panel = article_panel
        self.reader = reader
        self.article_header = article_header
        self.claims_panel = claims_panel
        self.similar_panel = similar_panel
        self.show_reader = show_reader
        self.import_run: ImportRun | None = None
        """The import under way, if any."""
        self.import_summary: ImportSummaryDialog | None = None
        """The summary of the last import of several files (kept open beside the window)."""
        self._near_notice: NearDuplicateNotice | None = None
        self._near_search: NearDuplicateSearch | None = None
        self.url_import: UrlImport | None = None
        """The web page being fetched (File › Open URL…), if any."""
        self.last_web_page: FetchedPage | None = None
        self._address_to_retry = ""
        """The address of a web page that could not be opened: the next Open URL starts with
        it, to correct or try again (it had to be typed again)."""
        """The page fetched last (its snapshot is stored with its article)."""
        self._shown_text_hash = ""
        self.shown_url = ""
        """The web address of the article in the reader (empty when it has none)."""
        """The hash of the text in the reader: a change to it (a new version, undone or made by
        a colleague) shows the article again."""
        self._header_article: ArticleInfo | None = None
        """The article whose header is shown (drawn again in a new theme's colours)."""
        article_header.installEventFilter(self)
        article_panel.article_selected.connect(self.show_article)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.article_header
            and event.type() == QEvent.Type.PaletteChange
            and self._header_article is not None
        ):
            self._show_header(self._header_article)  # its details' colour follows the theme
        return super().eventFilter(watched, event)

    def paste_article(self) -> int | None:
        mime = QGuiApplication.clipboard().mimeData()
        text = text_from_mime(mime)
        if not text:
            self.ctx.report_error(self.tr("The clipboard holds no text to make an article from."))
            return None
        # a whole page copied from a browser: keep the article, drop its menus and footer
        from claimdesk.core.importers.html import extract_pasted_html  # noqa: PLC0415

        page = extract_pasted_html(mime.html(), text) if mime.hasHtml() else None
        if page is not None:
            return self.add_article_text(
                page.text,
                _details_of(page),
                source_name="clipboard",
                source_format="clipboard",
                hints=page.hints,
            )
        return self.add_article_text(text, source_name="clipboard", source_format="clipboard")

    def open_file_dialog(self) -> None:
        paths = open_file_names(
            self.ctx.parent_widget,
            self.tr("Open articles"),
            str(open_folder()),
            article_file_filter(),
        )
        if paths:
            remember_open_folder(paths[0])
            self.open_files(paths)

    def import_folder_dialog(self) -> None:
        folder = existing_directory(
            self.ctx.parent_widget, self.tr("Import a folder of articles"), str(open_folder())
        )
        if folder:
            remember_open_folder(folder)
            self.open_files([folder])

    def open_files(self, paths: Sequence[str | Path]) -> list[int]:
        """Import files and folders as articles, reading them off the GUI thread; one file gets
        the details dialog, several (or a folder) go straight in and end with a summary."""
        paths = list(paths)
        single = len(paths) == 1 and not Path(paths[0]).is_dir()

        def store(imported: ImportedArticle, near: NearDuplicate | None) -> tuple[int, bool] | None:
            before = self.ctx.catalogue.history.push_count
            article_id = self.add_imported_article(imported, near, ask=single, show=single)
            if article_id is None:
                return None
            return article_id, self.ctx.catalogue.history.push_count != before

        def store_part(batch: ArticleBatch, items: Sequence[BatchArticle]) -> list[BatchResult]:
            # the first part is an undo step named for the whole import; the rest join it
            return self.ctx.undo_stack.run(lambda: batch.store(items))

        from claimdesk.core.catalogue import ArticleBatch  # noqa: PLC0415  (see the imports)
        from claimdesk.gui.import_batch import ImportRun, ImportSummaryDialog  # noqa: PLC0415

        if single:
            run = ImportRun(self.ctx.catalogue, paths, store, self.ctx.parent_widget)
        else:
            batch = ArticleBatch(self.ctx.catalogue, undo_as=self._import_step_name(paths))
            run = ImportRun(
                self.ctx.catalogue,
                paths,
                store,
                self.ctx.parent_widget,
                batch=batch,
                store_part=store_part,
            )
        self.import_run = run
        outcomes = run.exec()
        self.import_run = None
        for outcome in outcomes:
            # only what is in the catalogue: a file whose details were cancelled is not
            if outcome.article_id is not None:
                self.ctx.settings.add_recent_file(str(Path(outcome.path).resolve()))
        if single:
            errors = [o.error for o in outcomes if o.error]
            if errors:
                self.ctx.report_error(errors[0])
        else:
            opened = [o.article_id for o in outcomes if o.article_id is not None]
            if opened:
                self.show_reader()
                if not self.article_panel.select_article(opened[0]):
                    self.show_article(opened[0])
            previous = self.import_summary
            if previous is not None:
                previous.close()
                previous.deleteLater()
            not_tried = max(0, run.total - len(outcomes)) if run.cancelled else 0
            self.import_summary = ImportSummaryDialog(
                outcomes, run.cancelled, self.ctx.parent_widget, run.left_out, not_tried
            )
            self.import_summary.article_requested.connect(self._open_earlier_article)
            self.import_summary.show()
        return [o.article_id for o in outcomes if o.article_id is not None]

    def add_imported_article(
        self,
        imported: ImportedArticle,
        near: NearDuplicate | bool | None,
        *,
        ask: bool = True,
        show: bool = True,
        snapshot: WebSnapshot | None = None,
    ) -> int | None:
        """Store an article an importer read (a file, a web page) as :meth:`add_article_text`
        does, with what the importer found as its details (and, for a web page, its
        ``snapshot``, stored with it)."""
        return self.add_article_text(
            imported.text,
            _details_of(imported),
            ask=ask,
            source_name=imported.source_name,
            source_format=imported.source_format,
            note=self.tr("Author: {author}").format(author=imported.author)
            if imported.author
            else "",
            hints=imported.hints,
            near=near,
            show=show,
            snapshot=snapshot,
        )

    def open_url_dialog(self) -> None:
        """File › Open URL…: fetch a web page off the GUI thread and import its article."""
        from claimdesk.gui.url_import import open_web_page  # noqa: PLC0415  (see the imports)

        run = open_web_page(self, self._address_to_retry)
        if run is not None:
            self.url_import = run
            run.finished.connect(lambda article_id: self._web_page_done(run, article_id))

    def _web_page_done(self, run: UrlImport, article_id: int | None) -> None:
        self._address_to_retry = run.address if article_id is None else ""
        if run.page is not None:
            self.last_web_page = run.page
        if self.url_import is run:
            self.url_import = None

    def _open_earlier_article(self, article_id: int) -> None:
        self.show_reader()
        if not self.article_panel.select_article(article_id):
            self.show_article(article_id)

    def stop_background_work(self) -> None:
        """Wait for a near-duplicate search under way (the catalogue is about to close)."""
        if self._near_search is not None:
            self._near_search.wait()

    def near_duplicate_notice(self) -> NearDuplicateNotice:
        """The status-bar notice for near-duplicates, made on first use."""
        from claimdesk.gui.import_notice import (  # noqa: PLC0415  (see the imports)
            NearDuplicateNotice,
            NearDuplicateSearch,
        )

        notice = self._near_notice
        if notice is None:
            notice = NearDuplicateNotice(self.ctx.parent_widget)
            notice.article_requested.connect(self._open_earlier_article)
            self.ctx.status_bar.addPermanentWidget(notice)
            self._near_notice = notice
            self._near_search = NearDuplicateSearch(self)
            self._near_search.found.connect(notice.show_near)
        return notice

    def make_article_dialog(
        self, text: str, details: ArticleDetails | None = None, source: str = ""
    ) -> ArticleDialog:
        return ArticleDialog(text, details, self.ctx.parent_widget, source=source)

    def add_article_text(
        self,
        text: str,
        details: ArticleDetails | None = None,
        *,
        ask: bool = True,
        source_name: str = "",
        source_format: str = "",
        note: str = "",
        hints: Sequence[object] = (),
        near: NearDuplicate | bool | None = True,
        show: bool = True,
        snapshot: WebSnapshot | None = None,
    ) -> int | None:
        """Store a new article (asking for its details first) and show it; returns its id.
        ``snapshot`` is the web page the text was read from, stored in the same undo step.
        ``near`` is the near-duplicate already found, or True to look for one afterwards. If the
        team server cannot be reached, nothing is stored and the details dialog opens again with
        what was typed, to try again or cancel. A text already in the catalogue is not stored
        again: when asking, the stored article's details are offered for updating instead."""
        if ask:
            # text that cannot be an article (binary data, blank, too long) is refused before
            # its details are asked for, not after
            if self.ctx.try_reporting(lambda: normalise_article_text(text)) is None:
                return None
            known = self._known_article(text)
            if known is not None:
                return self._offer_known_details(known, text, details, source_name, show=show)

        def store(given: ArticleDetails) -> AddArticleResult:
            return self.ctx.catalogue.add_article(
                text,
                title=given.title,
                outlet=given.outlet,
                url=given.url,
                published=given.published,
                language=given.language,
                source_name=source_name,
                source_format=source_format,
                note=note,
                snapshot=snapshot,
            )

        if ask and near is not None and not isinstance(near, bool):
            # nearly an earlier article: the dialog offers to store it as that one's new version
            return self._add_or_store_version(
                text, details, near, source_name, hints, store, snapshot=snapshot, show=show
            )
        if ask:
            dialog = self.make_article_dialog(text, details, source_name)
            dialog.set_hints(hints)
            result: AddArticleResult | None = self.ctx.save_keeping_input(
                lambda: dialog.details() if accepted(dialog) else None, store, dialog.show_problem
            )
        else:
            chosen = details or ArticleDetails()
            result = self.ctx.try_reporting(lambda: self.ctx.undo_stack.run(lambda: store(chosen)))
        if result is None:
            return None
        if not result.created:
            self.ctx.status(self.tr("This article is already in the catalogue."), 8000)
        elif near is not None and not isinstance(near, bool):  # a NearDuplicate found before
            self.near_duplicate_notice().show_near(result.id, near)
        elif near is True:
            self.near_duplicate_notice()
            assert self._near_search is not None  # made with the notice
            self._near_search.start(self.ctx.catalogue, result.id, text)
        if show:
            self._show_in_reader(result.id)
        return result.id

    def _add_or_store_version(
        self,
        text: str,
        details: ArticleDetails | None,
        near: NearDuplicate,
        source_name: str,
        hints: Sequence[object],
        store: Callable[[ArticleDetails], AddArticleResult],
        *,
        snapshot: WebSnapshot | None,
        show: bool,
    ) -> int | None:
        """The details dialog for a text nearly the same as the article ``near``: OK stores a
        new article (and the notice names the earlier one); "Store as a new version of …"
        stores the text as the earlier article's next version instead (with the page it was read
        from), one undo step, and says where its claims went as Edit text does."""
        from claimdesk.gui.version_actions import summarise_new_version  # noqa: PLC0415

        dialog = ArticleDialog(
            text, details, self.ctx.parent_widget, source=source_name, version_of=near.title
        )
        dialog.set_hints(hints)

        def save(given: ArticleDetails) -> AddArticleResult | list[ClaimAnchoring]:
            if dialog.as_version:
                return self.ctx.catalogue.new_article_version(
                    near.article_id, text, source=source_name, snapshot=snapshot
                )
            return store(given)

        saved: AddArticleResult | list[ClaimAnchoring] | None = self.ctx.save_keeping_input(
            lambda: dialog.details() if accepted(dialog) else None, save, dialog.show_problem
        )
        dialog.deleteLater()
        if saved is None:
            return None
        if isinstance(saved, list):
            if show:
                self._show_in_reader(near.article_id)
            summarise_new_version(self.ctx, saved)
            return near.article_id
        if saved.created:
            self.near_duplicate_notice().show_near(saved.id, near)
        else:
            self.ctx.status(self.tr("This article is already in the catalogue."), 8000)
        if show:
            self._show_in_reader(saved.id)
        return saved.id

    def _known_article(self, text: str) -> ArticleInfo | None:
        """The stored article with this text, if any. A lookup that fails (a text that cannot
        be stored, the server away) counts as none: storing it then says what is wrong."""
        try:
            return self.ctx.catalogue.find_article_by_text(text)
        except ClaimDeskError as error:
            log.info("could not look for the text in the catalogue: %s", error)
            return None

    def _offer_known_details(
        self,
        known: ArticleInfo,
        text: str,
        details: ArticleDetails | None,
        source: str,
        *,
        show: bool,
    ) -> int:
        """The text is already the article ``known``: offer its details to update (what is
        stored wins; what the file says fills the blanks). OK saves them as one undo step;
        Cancel leaves them. Either way the stored article is shown."""
        offered = ArticleDetails.of(known).filled_from(details)
        dialog = ArticleDialog(
            text,
            offered,
            self.ctx.parent_widget,
            source=source,
            guess=False,
            title=self.tr("Article details — already in the catalogue"),
            note=self._known_note(known),
        )
        edited = self.ctx.save_keeping_input(
            lambda: dialog.details() if accepted(dialog) else None,
            lambda given: self._save_details(known, given),
            dialog.show_problem,
        )
        if edited is not None:
            self.ctx.status(
                self.tr("Already in the catalogue: updated the details of “{title}”.").format(
                    title=_elided(edited.title)
                ),
                8000,
            )
        else:
            self.ctx.status(self.tr("This article is already in the catalogue."), 8000)
        if show:
            self._show_in_reader(known.id)
        return known.id

    def _known_note(self, known: ArticleInfo) -> str:
        if known.claim_count:
            note = self.tr(
                "This text is already in the catalogue as “{title}”, with %Ln claim(s). OK "
                "updates its details; Cancel leaves them as they are.",
                "",
                known.claim_count,
            )
        else:
            note = self.tr(
                "This text is already in the catalogue as “{title}”. OK updates its details; "
                "Cancel leaves them as they are."
            )
        return note.format(title=_elided(known.title))

    def _save_details(self, article: ArticleInfo, given: ArticleDetails) -> ArticleInfo:
        # the version shown: a colleague's change since then is a conflict, not overwritten
        return self.ctx.catalogue.update_article(
            article.id,
            title=given.title,
            outlet=given.outlet,
            published=given.published,
            url=given.url,
            language=given.language,
            expected_version=article.version,
        )

    def _article_to_act_on(self, article_id: int | None) -> ArticleInfo | None:
        """The article ``article_id``, else the one in the reader (None, and a note, if none)."""
        article_id = article_id if article_id is not None else self.reader.article_id
        if article_id is None:
            self.ctx.status(self.tr("Open an article first."), 5000)
            return None
        chosen = article_id
        found: ArticleInfo | None = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.get_article(chosen)
        )
        return found

    def edit_article_details(self, article_id: int | None = None) -> ArticleInfo | None:
        """Article › Edit details…: the details dialog over what is stored for the article in
        the reader; OK saves it as one undo step. A colleague's change since the dialog opened
        is a conflict (nothing saved, their version shown); if the team server cannot be
        reached, the dialog opens again with what was typed."""
        article = self._article_to_act_on(article_id)
        if article is None:
            return None
        text: str | None = self.ctx.try_reporting(
            lambda: self.ctx.catalogue.get_article_text(article.id)
        )
        if text is None:
            return None
        dialog = ArticleDialog(
            text,
            ArticleDetails.of(article),
            self.ctx.parent_widget,
            source=article.source_name,
            guess=False,
            title=self.tr("Edit article details"),
        )
        edited: ArticleInfo | None = self.ctx.save_keeping_input(
            lambda: dialog.details() if accepted(dialog) else None,
            lambda given: self._save_details(article, given),
            dialog.show_problem,
        )
        if edited is not None:
            self.ctx.status(
                self.tr("Saved the details of “{title}”.").format(title=_elided(edited.title)), 5000
            )
        return edited

    def delete_article(self, article_id: int | None = None) -> int | None:
        """Article › Delete article…: after a confirmation that names the article and how many
        claims go with it, delete it as one undo step and show the next article in the list;
        returns how many claims went (None if nothing was deleted)."""
        article = self._article_to_act_on(article_id)
        if article is None or not self._confirm_delete(article):
            return None
        row = self.article_panel.model.row_of(article.id)
        deleted: int | None = self.ctx.try_reporting(
            lambda: self.ctx.undo_stack.run(
                # the version confirmed: a colleague's change since then is a conflict
                lambda: self.ctx.catalogue.delete_article(
                    article.id, expected_version=article.version
                )
            )
        )
        if deleted is None:
            return None
        # counted when deleted: a claim a colleague added meanwhile went too (and comes back)
        if deleted:
            said = self.tr(
                "Deleted “{title}” and its %Ln claim(s). Edit › Undo ({key}) brings it back.",
                "",
                deleted,
            )
        else:
            said = self.tr("Deleted “{title}”. Edit › Undo ({key}) brings it back.")
        self.ctx.status(said.format(title=_elided(article.title), key=key_in_prose("undo")), 10_000)
        model = self.article_panel.model
        if row is not None and model.rowCount() > 0:
            self._show_in_reader(model.article(min(row, model.rowCount() - 1)).id)
        return deleted

    def _import_step_name(self, paths: Sequence[str | Path]) -> str:
        """The undo step a batch import is: "Import folder “news”", or "Import 3 files"."""
        if len(paths) == 1:
            name = _elided(Path(paths[0]).name, 40)
            return self.tr("Import folder “{name}”").format(name=name)
        return self.tr("Import %Ln file(s)", "", len(paths))

    def _confirm_delete(self, article: ArticleInfo) -> bool:
        """Ask before deleting ``article``, naming it and how many claims go with it; Cancel is
        the default button, so Enter alone deletes nothing."""
        if article.claim_count:
            question = self.tr(
                "Delete “{title}” and its %Ln claim(s)? You can undo this with Edit › Undo.",
                "",
                article.claim_count,
            )
        else:
            question = self.tr("Delete “{title}”? You can undo this with Edit › Undo.")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete article"),
            question.format(title=_elided(article.title)),
            QMessageBox.StandardButton.Cancel,
            self.ctx.parent_widget,
        )
        box.setObjectName("deleteArticleMessage")
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("deleteArticleButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _show_in_reader(self, article_id: int) -> None:
        self.show_reader()
        if (
            not self.article_panel.select_article(article_id)
            or self.reader.article_id != article_id
        ):
            self.show_article(article_id)

    def _article_info(self, article_id: int) -> ArticleInfo:
        """The article's details: as the list just read them when it lists the article (each
        read measures every listed text, so a second one costs on a long article), else asked."""
        row = self.article_panel.model.row_of(article_id)
        if row is not None:
            return self.article_panel.model.article(row)
        return self.ctx.catalogue.get_article(article_id)

    def show_article(self, article_id: int) -> None:
        try:
            article = self._article_info(article_id)
            text = self.ctx.catalogue.get_article_text(article_id)
            claims = self.ctx.catalogue.claims_for_article(article_id)
        except ClaimDeskError as error:
            self.ctx.report_error(error)
            return
        again = self.reader.article_id == article_id
        self.reader.show_article(article_id, text, claims)
        self._shown_text_hash = article.text_hash
        self.shown_url = article.url
        self._show_header(article)
        self.claims_panel.set_claims(claims)
        self.similar_panel.reset()
        self.similar_panel.set_can_link(False)
        self.article_changed.emit()
        if again and self.claims_panel.current_claim_id() is not None:
            # the same article's text anew (a version, or one undone): the claim still chosen
            # in the list is selected in the text again, and its similar claims shown (the
            # list kept it chosen beside an empty selection and an empty Similar panel)
            self.claims_panel.announce_again()

    def _reload_claims(self) -> None:
        """After a change: the reader's claims and its header (the details may have been
        edited, undone or changed by a colleague)."""
        article_id = self.reader.article_id
        if article_id is None:
            return
        shown = self.ctx.try_reporting(
            lambda: (
                self._article_info(article_id),
                self.ctx.catalogue.claims_for_article(article_id),
            )
        )
        if shown is None:
            return
        article, claims = shown
        if article.url != self.shown_url:  # its details were edited: the actions may change
            self.shown_url = article.url
            self.article_changed.emit()
        if article.text_hash != self._shown_text_hash:
            # a new version of its text (or one undone): the reader shows the text it has now
            self.show_article(article_id)
            return
        self._show_header(article)
        self.reader.set_claims(claims)
        self.claims_panel.set_claims(claims)
        self.similar_panel.set_can_link(self.claims_panel.current_claim_id() is not None)

    def _show_header(self, article: ArticleInfo) -> None:
        self._header_article = article
        details = secondary_text(self.article_header.palette())
        self.article_header.setText(article_header_html(article, details))
        long_title = len(article.title) > HEADER_TITLE_CHARS
        self.article_header.setToolTip(article.title if long_title else "")

    def clear_article(self) -> None:
        """No article in the reader (it was deleted, or another catalogue is open), nor chosen
        in the list: had the list kept it chosen, an undone delete would list it chosen again
        with the reader empty, and a click on it would do nothing."""
        self.article_panel.clear_current()
        self.reader.clear_article()
        self.article_header.clear()
        self._header_article = None
        self.shown_url = ""
        self.claims_panel.set_claims([])
        self.similar_panel.set_results([])
        self.article_changed.emit()

    def on_catalogue_changed(self) -> None:
        """A change was committed (here, by undo, or by a colleague): the list, and the article
        in the reader with its claims and links, as they are now."""
        self.article_panel.reload()
        article_id = self.reader.article_id
        if article_id is None:
            return
        # the list just read says whether the article is still there (unless a filter hides
        # it: then ask), without reading every article again
        listed = self.article_panel.model.row_of(article_id) is not None
        if listed or self.ctx.catalogue.list_articles(article_ids=[article_id]):
            self._reload_claims()
            # links made, undone or made by colleagues show in the similar panel
            chosen = self.claims_panel.current_claim_id()
            claim = next((c for c in self.reader.claims if c.id == chosen), None)
            self.similar_panel.set_linked(claim.linked_claim_ids if claim else ())
        else:
            self.clear_article()

    def open_sample_article(self) -> None:
        """Help › Try the sample article (and the empty reader's button): add the article that
        ships with ClaimDesk, details filled in, or open it if it is here already."""
        article_id = self.add_article_text(
            sample_article_text(),
            SAMPLE_DETAILS,
            ask=False,
            source_name=SAMPLE_FILE,
            source_format="txt",
            near=False,
        )
        if article_id is not None:
            self.ctx.status(sample_hint(), 30_000)


ARTICLE_PATTERNS = "*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.pdf *.odt *.rtf"


def article_file_filter() -> str:
    """The file dialog's filter for article files, in the user's language."""
    articles = QCoreApplication.translate("ArticleActions", "Articles ({patterns})")
    every = QCoreApplication.translate("ArticleActions", "All files (*)")
    return f"{articles.format(patterns=ARTICLE_PATTERNS)};;{every}"


def _details_of(imported: ImportedArticle) -> ArticleDetails:
    return ArticleDetails(
        imported.title, imported.outlet, imported.published, imported.url, imported.language
    )


def _elided(title: str, limit: int = 80) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


HEADER_TITLE_CHARS = 160
"""The most of a title the header above the reader shows."""


def article_header_html(article: ArticleInfo, details_colour: QColor) -> str:
    """The title in bold over outlet, date and link (in ``details_colour``), for the label
    above the reader."""
    details = [escape(p) for p in (article.outlet, article.published or "") if p]
    if article.url and is_http_address(article.url):
        url = escape(article.url, quote=True)
        details.append(f'<a href="{url}">{escape(article.url)}</a>')
    elif article.url:  # an imported file's own idea of an address: shown, not a link
        details.append(escape(article.url))
    line = " · ".join(details)
    # a title of a thousand characters filled the reader with its header: two lines of it at
    # most are shown (the details dialog, Ctrl+I, has it whole)
    shown = _elided(article.title, HEADER_TITLE_CHARS)
    title = f'<span style="font-size: large; font-weight: 600;">{escape(shown)}</span>'
    colour = details_colour.name()
    return f'{title}<br/><span style="color: {colour};">{line}</span>' if line else title
