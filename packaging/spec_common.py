"""What every ClaimDesk PyInstaller spec (Linux, Windows, macOS) shares.

The specs add ``packaging/`` to ``sys.path`` and import this module; PyInstaller runs them from
the repository's ``packaging/`` folder (``SPECPATH``). Paths here are absolute, so the specs work
from any current directory.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

from PyInstaller.utils.hooks import collect_submodules, copy_metadata

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
PACKAGE = ROOT / "src" / "claimdesk"
ENTRY_SCRIPT = str(PACKAGING / "claimdesk_main.py")
ICON_SVG = ROOT / "resources" / "icons" / "claimdesk.svg"
ICON_PNG_256 = ROOT / "resources" / "icons" / "hicolor" / "256x256" / "apps" / "claimdesk.png"
ICON_PNG_512 = ROOT / "resources" / "icons" / "hicolor" / "512x512" / "apps" / "claimdesk.png"
APP_ID = "com.claimdesk.ClaimDesk"


def _natasha_data() -> Path:
    """natasha's data folder, found without importing natasha (it imports pymorphy2)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("natasha is not installed: the Russian models cannot be bundled")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


NATASHA_DATA = _natasha_data()


def project_version() -> str:
    """The version, from the one place it is written: pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


# Files the app opens by path at run time, so they must stay files (not modules in the archive):
# Alembic loads env.py, script.py.mako and versions/*.py from the migrations folder, and the
# window icon is read from claimdesk/gui/icons/, the suggestion patterns from core/suggest_data/,
# the sample article from gui/samples/.
DATAS = [
    (str(PACKAGE / "migrations" / "env.py"), "claimdesk/migrations"),
    (str(PACKAGE / "migrations" / "script.py.mako"), "claimdesk/migrations"),
    (str(PACKAGE / "migrations" / "versions" / "*.py"), "claimdesk/migrations/versions"),
    # the schema a new SQLite catalogue is made from (core/storage/sqlite_snapshot.py reads it
    # by path; without it the migrations build the catalogue, half a second slower)
    (str(PACKAGE / "core" / "storage" / "sqlite_schema.sql"), "claimdesk/core/storage"),
    (str(PACKAGE / "gui" / "icons" / "claimdesk.svg"), "claimdesk/gui/icons"),
    # the per-language patterns of suggested attributions, read with importlib.resources
    (str(PACKAGE / "core" / "suggest_data" / "*.json"), "claimdesk/core/suggest_data"),
    # the JSON Schema of the JSON and JSON Lines exports, beside the code that writes them (the
    # app does not read it: it is there for whoever reads the exports, as in an installed package)
    (str(PACKAGE / "core" / "export" / "schemas" / "*.json"), "claimdesk/core/export/schemas"),
    # the compiled translations (make translations): the GUI's QTranslator and the command line's
    # claimdesk.i18n_text read them by path
    (str(PACKAGE / "translations" / "*.qm"), "claimdesk/translations"),
    # the sample article of the empty reader's "Try it on a sample article", read the same way
    (str(PACKAGE / "gui" / "samples" / "*.txt"), "claimdesk/gui/samples"),
    # the Russian parser's models (claimdesk.core.suggest.russian_nlp reads them by path from
    # natasha/data/ in the bundle): navec embeddings and the slovnet syntax model; natasha's
    # morphology and NER models and its name dictionaries are not used
    *(
        (str(NATASHA_DATA / folder / name), f"natasha/data/{folder}")
        for folder, name in (
            ("emb", "navec_news_v1_1B_250K_300d_100q.tar"),
            ("model", "slovnet_syntax_news_v1.tar"),
        )
    ),
    # the package metadata (pip show claimdesk); __version__ itself is a constant in the code
    *copy_metadata("claimdesk"),
]

MIGRATIONS_PACKAGE = "claimdesk.migrations"  # files, not modules: see DATAS
HIDDEN_IMPORTS = [
    # every module of the app, including ones only imported lazily (the door,
    # claimdesk.core.catalogue, loads its names by module path; claimdesk.core.matching.names loads
    # pymorphy3 and its dictionaries on first use; the pymorphy3 hook adds the dictionary data)
    *collect_submodules("claimdesk", filter=lambda name: not name.startswith(MIGRATIONS_PACKAGE)),
    "pymorphy3",
    "pymorphy3_dicts_ru",
    # the Russian parser (imported lazily by claimdesk.core.suggest.russian_nlp)
    "navec",
    "slovnet",
    "razdel",
    "threadpoolctl",
    # what env.py and the migration scripts import: they are loaded from files, not analysed
    "alembic.context",
    "alembic.op",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlmodel",
    "sqlalchemy.dialects.sqlite",
]

# Qt modules ClaimDesk does not use (it imports QtCore, QtGui and QtWidgets, and QtSvg to save a
# chart as SVG, gui/charts.py), and development tools that are in the venv but not in the app.
# pyqtgraph (the charts) needs no listing: its imports are found, and the hook that
# pyinstaller-hooks-contrib has for it collects its data files.
EXCLUDES = [
    *(
        f"PySide6.{name}"
        for name in (
            "QtConcurrent",
            "QtDBus",
            "QtDesigner",
            "QtHelp",
            "QtNetwork",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtPdf",
            "QtPdfWidgets",
            "QtPrintSupport",
            "QtQml",
            "QtQuick",
            "QtQuick3D",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtSql",
            "QtStateMachine",
            "QtSvgWidgets",
            "QtTest",
            "QtUiTools",
            "QtXml",
            "QtMultimedia",
            "QtMultimediaWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtWebEngineQuick",
            "QtWebChannel",
            "QtWebSockets",
            "Qt3DCore",
            "QtCharts",
            "QtGraphs",
        )
    ),
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "IPython",
    "PyInstaller",
    "alembic.testing",
    "sqlalchemy.testing",
    "psycopg",
    "psycopg2",
]
