"""Build ClaimDesk's Linux bundle and its tarball (what `make bundle` runs).

    .venv/bin/python packaging/make_bundle.py [--dist DIR] [--work DIR] [--skip-build]

1. PyInstaller builds the one-folder bundle DIST/claimdesk/ from packaging/claimdesk.spec.
2. The bundled binary is asked for its version (no display needed), which must be the project's.
3. DIST/claimdesk-VERSION-linux-x86_64.tar.gz is packed: one folder holding the bundle, the
   desktop launcher and hicolor icons (share/), install.sh, uninstall.sh and README.txt.
4. The sizes of the bundle and the tarball are printed.

The version is read from pyproject.toml, the one place it is written; the installed package's
metadata (what `claimdesk --version` prints) must agree, or the venv is stale.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"
SPEC = PACKAGING / "claimdesk.spec"
APP_ID = "com.claimdesk.ClaimDesk"
BUNDLE_NAME = "claimdesk"


class BuildError(Exception):
    """The build cannot go on; the message says why."""


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def check_installed_version(version: str) -> None:
    try:
        installed = importlib.metadata.version("claimdesk")
    except importlib.metadata.PackageNotFoundError:
        raise BuildError("claimdesk is not installed in this Python: pip install -e .") from None
    if installed != version:
        raise BuildError(
            f"pyproject.toml says {version} but the installed claimdesk is {installed}: "
            "reinstall it (pip install -e .) so the bundle reports the right version"
        )


def machine() -> str:
    name = platform.machine()
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(name.lower(), name)


def tarball_name(version: str) -> str:
    return f"claimdesk-{version}-linux-{machine()}"


def folder_size(folder: Path) -> int:
    """Bytes in the files under ``folder`` (symbolic links counted as links, not targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def build_bundle(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # type: ignore[import-untyped]  # noqa: F401, PLC0415
    except ImportError:
        raise BuildError(
            "PyInstaller is not installed: pip install -e '.[bundle]' (make bundle does it)"
        ) from None
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("building the bundle:", " ".join(command), flush=True)
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    print(f"PyInstaller took {time.monotonic() - started:.0f} s", flush=True)
    return dist / BUNDLE_NAME


def check_bundle(bundle: Path, version: str) -> None:
    binary = bundle / BUNDLE_NAME
    if not binary.is_file():
        raise BuildError(f"the bundle has no {binary}")
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    answer = subprocess.run(
        [str(binary), "--version"],
        check=False,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    if answer.returncode != 0 or answer.stdout.strip() != f"claimdesk {version}":
        raise BuildError(
            f"{binary} --version answered {answer.stdout.strip()!r} "
            f"(exit {answer.returncode}): {answer.stderr.strip()[-500:]}"
        )


def readme_text(version: str) -> str:
    return f"""ClaimDesk {version} for Linux ({machine()})

Install for yourself (no root needed):   ./install.sh
Start it from the applications menu, or run ~/.local/bin/claimdesk.
Uninstall:                               ~/.local/lib/claimdesk/uninstall.sh

Or run it in place without installing:   ./claimdesk/claimdesk

Your catalogue lives in ~/.local/share/ClaimDesk/catalogue.sqlite, backups made before a schema
upgrade beside it (catalogue.sqlite.before-upgrade-REV-DATE.bak), logs in ~/.cache/ClaimDesk/log/.
Uninstalling keeps them.

Needs a 64-bit Linux with glibc 2.36 or newer (Debian 12, Ubuntu 22.10, Fedora 37 or later), X11
or XWayland, OpenGL/EGL libraries and fonts (any desktop has them).
"""


def pack_tarball(bundle: Path, dist: Path, version: str) -> Path:
    top = tarball_name(version)
    target = dist / f"{top}.tar.gz"
    readme = dist / f"{top}.README.txt"
    readme.write_text(readme_text(version), encoding="utf-8")
    members: list[tuple[Path, str]] = [
        (PACKAGING / "install.sh", "install.sh"),
        (PACKAGING / "uninstall.sh", "uninstall.sh"),
        (readme, "README.txt"),
        (RESOURCES / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (RESOURCES / "icons" / "claimdesk.svg", "share/icons/hicolor/scalable/apps/claimdesk.svg"),
    ]
    for png in sorted((RESOURCES / "icons" / "hicolor").glob("*/apps/claimdesk.png")):
        members.append((png, f"share/icons/{png.relative_to(RESOURCES / 'icons')}"))
    print(f"packing {target}", flush=True)
    partial = target.with_suffix(".gz.partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=f"{top}/{BUNDLE_NAME}")
        for source, name in members:
            archive.add(source, arcname=f"{top}/{name}")
    partial.replace(target)
    readme.unlink()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument(
        "--skip-build", action="store_true", help="pack the bundle already in DIST/claimdesk"
    )
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    try:
        version = project_version()
        check_installed_version(version)
        bundle = dist / BUNDLE_NAME if args.skip_build else build_bundle(dist, args.work.resolve())
        check_bundle(bundle, version)
        tarball = pack_tarball(bundle, dist, version)
    except (BuildError, subprocess.CalledProcessError) as error:
        print(f"make_bundle: {error}", file=sys.stderr)
        return 1
    print(f"bundle:  {bundle}  {megabytes(folder_size(bundle))}")
    print(f"tarball: {tarball}  {megabytes(tarball.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
