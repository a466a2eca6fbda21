"""The windows of findings (issue 19): the catalogue's statistics, a speaker's profile and a
cluster's timeline. Each opens beside the main window (not modal), one per speaker or cluster:
asked again, the open one comes to the front. They close when another catalogue is opened.

The controller gets the window's context, its navigation (``open_claim``) and the browse tabs
(which speaker and which cluster are chosen there); the dialogs get plain records.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from claimdesk.gui.browse_tabs import BrowseTabs
from claimdesk.gui.context import WindowContext


class ChartWindows(QObject):
    """Opens, keeps and closes the statistics, profile and timeline windows."""

    def __init__(
        self, ctx: WindowContext, browse: BrowseTabs, open_claim: Callable[[int, int], None]
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.browse = browse
        self._open_claim_in_window = open_claim
        self.windows: dict[tuple[str, int], QDialog] = {}
        """The windows open, by kind and id (0 for the statistics)."""
        browse.speaker_profile_requested.connect(self.show_speaker_profile)

    def _open_claim(self, article_id: int, claim_id: int) -> None:
        """Show the claim in the main window, brought in front of the window it was chosen in."""
        self._open_claim_in_window(article_id, claim_id)
        main = self.ctx.parent_widget.window()
        main.raise_()
        main.activateWindow()

    def _front(self, key: tuple[str, int]) -> bool:
        window = self.windows.get(key)
        if window is None:
            return False
        window.show()
        window.raise_()
        window.activateWindow()
        return True

    def _keep(self, key: tuple[str, int], window: QDialog) -> None:
        # a window of its own, not a dialog over the main window: a claim opened from it is
        # shown in the main window brought to the front (a dialog stayed above it, covering
        # the claim, and Enter seemed to do nothing)
        window.setWindowFlags((window.windowFlags() & ~Qt.WindowType.Dialog) | Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda _result: self.windows.pop(key, None))
        self.windows[key] = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_statistics(self) -> None:
        """View › Statistics: claims per speaker, outlet, tag, kind and month."""
        if self._front(("statistics", 0)):
            return
        from claimdesk.gui.statistics_dialog import StatisticsDialog  # noqa: PLC0415

        ctx = self.ctx
        made = ctx.try_reporting(
            lambda: StatisticsDialog(ctx.catalogue, ctx.bridge, ctx.parent_widget)
        )
        if made is not None:
            self._keep(("statistics", 0), made)

    def show_speaker_profile(self, speaker_id: int | None = None) -> None:
        """The profile of ``speaker_id``, or of the speaker chosen on the Speakers tab."""
        if speaker_id is None:
            speaker_id = self.browse.chosen_speaker_id()
        if speaker_id is None:
            self.browse.show_speakers()
            self.ctx.status(
                self.tr("Choose a speaker on the Speakers tab to see their profile."), 8000
            )
            return
        if self._front(("speaker", speaker_id)):
            return
        from claimdesk.gui.speaker_profile_dialog import SpeakerProfileDialog  # noqa: PLC0415

        profile = self.ctx.try_reporting(lambda: self.ctx.catalogue.speaker_profile(speaker_id))
        if profile is None:
            return
        dialog = SpeakerProfileDialog(profile, self.ctx.parent_widget)
        dialog.open_claim_requested.connect(self._open_claim)
        self._keep(("speaker", speaker_id), dialog)

    def show_cluster_timeline(self, cluster_id: int | None = None) -> None:
        """The timeline of ``cluster_id``, or of the cluster chosen on the Clusters tab."""
        if cluster_id is None:
            cluster_id = self.browse.chosen_cluster_id()
        if cluster_id is None:
            self.ctx.status(
                self.tr("Choose a cluster on the Clusters tab to see its timeline."), 8000
            )
            return
        if self._front(("cluster", cluster_id)):
            return
        from claimdesk.gui.cluster_timeline_dialog import ClusterTimelineDialog  # noqa: PLC0415

        detail = self.ctx.try_reporting(lambda: self.ctx.catalogue.get_cluster(cluster_id))
        if detail is None:
            return
        self._keep(("cluster", cluster_id), ClusterTimelineDialog(detail, self.ctx.parent_widget))

    def close_all(self) -> None:
        """Close every window (another catalogue is opened)."""
        for window in list(self.windows.values()):
            window.close()
        self.windows.clear()
