"""The desktop bundle: built with PyInstaller as `make bundle` does, then run, installed into a
throwaway home, uninstalled, and packed as a .deb.

Slow (the build takes 30–60 s; it is done once per test session and shared), but `make test` runs
it: a bundle that builds yet cannot start is the failure this file is here to catch.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "com.claimdesk.ClaimDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

pytestmark = pytest.mark.slow


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


VERSION = project_version()


def user_environment(home: Path, **extra: str) -> dict[str, str]:
    """A user whose home is ``home``, with no display and no XDG folders set."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "QT_", "CLAIMDESK_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY", "HOME")
    }
    environment.update(HOME=str(home), **extra)
    return environment


def run(
    command: list[str], env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=timeout
    )


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A dist folder with the bundle and tarball, built once per session."""
    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[dev]' (or '.[bundle]')")
    folder = tmp_path_factory.mktemp("dist")
    # PyInstaller's analysis cache lives in build/ so that later runs are quicker
    work = ROOT / "build" / "pyinstaller-tests"
    result = run(
        [
            sys.executable,
            str(PACKAGING / "make_bundle.py"),
            "--dist",
            str(folder),
            "--work",
            str(work),
        ],
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert f"tarball: {folder}" in result.stdout  # it reports the sizes
    return folder


@pytest.fixture(scope="session")
def binary(dist: Path) -> Path:
    return dist / "claimdesk" / "claimdesk"


def test_bundled_binary_reports_the_project_version_without_a_display(
    binary: Path, tmp_path: Path
) -> None:
    result = run([str(binary), "--version"], env=user_environment(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"claimdesk {VERSION}\n"


def test_bundled_binary_passes_the_smoke_test_offscreen(binary: Path, tmp_path: Path) -> None:
    result = run(
        [str(binary), "--smoke"], env=user_environment(tmp_path, QT_QPA_PLATFORM="offscreen")
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    assert "Russian dictionaries loaded" in result.stdout  # pymorphy3's data is in the bundle
    assert "Russian parser models loaded" in result.stdout  # natasha's model files too
    assert list(tmp_path.iterdir()) == []  # nothing written to the user's home


def test_bundled_binary_passes_the_smoke_test_on_x11(binary: Path, tmp_path: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: make sysdeps (xvfb)"
    result = run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", str(binary), "--smoke"],
        env=user_environment(tmp_path, QT_QPA_PLATFORM="xcb"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout


def test_bundle_holds_what_the_app_loads_as_files_and_no_unused_qt(dist: Path) -> None:
    internal = dist / "claimdesk" / "_internal"
    migrations = internal / "claimdesk" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(
        p.name for p in (ROOT / "src" / "claimdesk" / "migrations" / "versions").glob("*.py")
    )
    assert (internal / "claimdesk" / "gui" / "icons" / "claimdesk.svg").is_file()
    assert (internal / "claimdesk" / "gui" / "samples" / "ru-sputnik-baku-ambassador.txt").is_file()
    assert any((internal / "pymorphy3_dicts_ru" / "data").iterdir())
    # the translations (make translations), and Qt's own for the languages ClaimDesk speaks
    translations = internal / "claimdesk" / "translations"
    assert {p.name for p in translations.iterdir()} >= {"claimdesk_en.qm", "claimdesk_ru.qm"}
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert {p.name for p in qt_translations.iterdir()} == {"qtbase_ru.qm"}
    models = internal / "natasha" / "data"
    assert (models / "emb" / "navec_news_v1_1B_250K_300d_100q.tar").is_file()
    assert {p.name for p in (models / "model").iterdir()} == {"slovnet_syntax_news_v1.tar"}
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "platforms").iterdir()} == {
        "libqxcb.so",
        "libqoffscreen.so",
    }
    assert (plugins / "iconengines" / "libqsvgicon.so").is_file()
    assert (plugins / "imageformats" / "libqsvg.so").is_file()
    qt_libraries = {p.name for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
    for unused in ("WebEngine", "Qml", "Quick", "Network", "Multimedia", "3D", "Sql", "Wayland"):
        assert not [name for name in qt_libraries if unused in name], unused
    assert not list(internal.rglob("libgtk-3*"))


def snapshot(home: Path) -> set[str]:
    return {str(p.relative_to(home)) + ("/" if p.is_dir() else "") for p in home.rglob("*")}


def test_tarball_installs_into_home_and_uninstalls_cleanly(dist: Path, tmp_path: Path) -> None:
    tarball = dist / f"claimdesk-{VERSION}-linux-x86_64.tar.gz"
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / f"claimdesk-{VERSION}-linux-x86_64"
    home = tmp_path / "home with space"
    # someone else's launcher and program already there: never touched
    (home / ".local" / "share" / "applications").mkdir(parents=True)
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "other").write_text("#!/bin/sh\n")
    before = snapshot(home)
    environment = user_environment(home)

    installed = run(["sh", str(unpacked / "install.sh")], env=environment)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    lib = home / ".local" / "lib" / "claimdesk"
    launcher = home / ".local" / "bin" / "claimdesk"
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert os.access(lib / "claimdesk", os.X_OK)
    assert (lib / "uninstall.sh").is_file()
    for size in ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / "claimdesk.png").is_file()
    assert (icons / "scalable" / "apps" / "claimdesk.svg").is_file()
    entry = desktop.read_text(encoding="utf-8")
    assert f'Exec="{lib}/claimdesk" %F' in entry.splitlines()
    assert "Icon=claimdesk" in entry.splitlines()
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate is missing: make sysdeps (desktop-file-utils)"
    validated = run([validator, str(desktop)])
    assert validated.returncode == 0, validated.stdout + validated.stderr

    answer = run([str(launcher), "--version"], env=environment)
    assert answer.stdout == f"claimdesk {VERSION}\n"
    smoke = run([str(launcher), "--smoke"], env=user_environment(home, QT_QPA_PLATFORM="offscreen"))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr

    again = run(["sh", str(unpacked / "install.sh")], env=environment)  # an upgrade in place
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Removing the ClaimDesk installed before" in again.stdout

    removed = run([str(lib / "uninstall.sh")], env=environment)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert snapshot(home) == before


def test_install_refuses_to_overwrite_someone_elses_launcher(dist: Path, tmp_path: Path) -> None:
    with tarfile.open(dist / f"claimdesk-{VERSION}-linux-x86_64.tar.gz") as archive:
        names = [
            n for n in archive.getnames() if n.endswith(("install.sh", "/claimdesk/claimdesk"))
        ]
        archive.extractall(tmp_path / "unpacked", members=None, filter="tar")
    assert len(names) == 3  # install.sh, uninstall.sh and the binary
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "claimdesk").write_text("#!/bin/sh\necho mine\n")
    before = snapshot(home)
    script = tmp_path / "unpacked" / f"claimdesk-{VERSION}-linux-x86_64" / "install.sh"
    result = run(["sh", str(script)], env=user_environment(home))
    assert result.returncode == 1
    assert "is not ClaimDesk's" in result.stderr
    assert snapshot(home) == before


def test_deb_holds_the_bundle_launcher_and_icons(dist: Path, tmp_path: Path) -> None:
    dpkg_deb = shutil.which("dpkg-deb")
    assert dpkg_deb, "dpkg-deb is missing (this is not Debian/Ubuntu)"
    built = run([sys.executable, str(PACKAGING / "make_deb.py"), "--dist", str(dist)])
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    package = dist / f"claimdesk_{VERSION}_amd64.deb"
    info = run([dpkg_deb, "--field", str(package), "Package", "Version", "Architecture"])
    assert info.stdout.split("\n")[:3] == [
        "Package: claimdesk",
        f"Version: {VERSION}",
        "Architecture: amd64",
    ]
    contents = run([dpkg_deb, "--contents", str(package)]).stdout
    assert "./usr/bin/claimdesk -> /opt/claimdesk/claimdesk" in contents
    assert "./opt/claimdesk/claimdesk\n" in contents
    assert f"./usr/share/applications/{APP_ID}.desktop\n" in contents
    for size in ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/claimdesk.png\n" in contents
    root = tmp_path / "root"
    extracted = run([dpkg_deb, "-x", str(package), str(root)])
    assert extracted.returncode == 0, extracted.stderr
    answer = run([str(root / "opt" / "claimdesk" / "claimdesk"), "--version"])
    assert answer.stdout == f"claimdesk {VERSION}\n"
