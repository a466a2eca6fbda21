"""The window title names the catalogue briefly: a file name, or "database on server"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.gui.main_window import MainWindow

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]


def test_the_title_of_a_team_catalogue_names_the_database_not_the_url(team_desk: TeamDesk) -> None:
    title = team_desk.window.windowTitle()
    assert title.startswith("ClaimDesk — claimdesk_gui_")
    assert title.endswith(" on this computer (local socket)")
    assert "?" not in title and "host=" not in title


def test_the_title_of_a_file_catalogue_is_its_file_name(main_window: MainWindow) -> None:
    assert (
        main_window.windowTitle() == f"ClaimDesk — {main_window.catalogue.location.split('/')[-1]}"
    )
