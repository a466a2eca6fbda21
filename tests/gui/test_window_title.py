"""The window title names the catalogue: a file and its folder, or "database on server"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claimdesk.core.storage.db import long_name
from claimdesk.gui.main_window import MainWindow

if TYPE_CHECKING:
    from team_fixtures import TeamDesk

pytest_plugins = ["team_fixtures"]


def test_the_title_of_a_team_catalogue_names_the_database_not_the_url(team_desk: TeamDesk) -> None:
    title = team_desk.window.windowTitle()
    assert title.startswith("ClaimDesk — claimdesk_gui_")
    assert title.endswith(" on this computer (local socket)")
    assert "?" not in title and "host=" not in title


def test_the_title_of_a_file_catalogue_names_its_file_and_folder(main_window: MainWindow) -> None:
    path = Path(main_window.catalogue.location)
    assert main_window.windowTitle() == f"ClaimDesk — {path.name} in {path.parent}"
    # the status bar keeps the short name, with the whole location in its tooltip
    assert main_window.location_label.text() == path.name
    assert main_window.location_label.toolTip() == str(path)


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        ("/home/ann/claims.sqlite", "claims.sqlite in ~"),
        ("/home/ann/Документы/новости/claims.sqlite", "claims.sqlite in ~/Документы/новости"),
        ("sqlite:////home/ann/work/c.sqlite", "c.sqlite in ~/work"),
        ("/srv/desk/claims.sqlite", "claims.sqlite in /srv/desk"),
        ("postgresql+psycopg://ann@db.example/newsroom", "newsroom on db.example"),
    ],
)
def test_long_names_say_where_the_file_is(location: str, shown: str) -> None:
    assert long_name(location, home=Path("/home/ann")) == shown
