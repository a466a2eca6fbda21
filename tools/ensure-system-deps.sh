#!/usr/bin/env bash
# Make sure the Debian/Ubuntu packages ClaimDesk needs are installed.
#
#   bash tools/ensure-system-deps.sh run    # what `make run` needs (Qt runtime libraries, fonts)
#   bash tools/ensure-system-deps.sh test   # ... plus Xvfb, openbox, xdotool, xclip, setxkbmap,
#                                           # ImageMagick, the sqlite3 shell, binutils and
#                                           # desktop-file-utils (bundle and its tests),
#                                           # and the PostgreSQL server the core tests also run on
#   bash tools/ensure-system-deps.sh --check test   # only report, install nothing
#
# Fast when nothing is missing (one dpkg-query, no apt-get update). Installs missing packages with
# apt-get when run as root or when passwordless sudo works; otherwise prints the command to run and
# exits 1. Never reads standard input. On a machine without dpkg it only prints a warning.
#
# Environment: PYTHON (interpreter the Makefile will use, default python3);
#              CLAIMDESK_SKIP_SYSDEPS=1 skips every check.
set -euo pipefail

CHECK_ONLY=0
if [[ "${1:-}" == "--check" ]]; then
    CHECK_ONLY=1
    shift
fi
SET="${1:-run}"
case "$SET" in
    run | test) ;;
    *)
        echo "usage: $0 [--check] run|test" >&2
        exit 2
        ;;
esac

if [[ "${CLAIMDESK_SKIP_SYSDEPS:-}" == "1" ]]; then
    echo "sysdeps: skipped (CLAIMDESK_SKIP_SYSDEPS=1)"
    exit 0
fi

PYTHON="${PYTHON:-python3}"

# Qt (PySide6 wheels) runtime libraries for a bare Debian 12, offscreen and xcb, plus a font:
# without one every glyph is a box. See /work/shared/FACTS.md ("Qt / PySide6").
QT_PACKAGES=(
    libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xkb1 fonts-dejavu-core
)
# X11 end-to-end tests and screenshots: tests/e2e/test_first_day.py drives the app under Xvfb with
# the openbox window manager, keys and mouse through xdotool, the clipboard through xclip, a us+ru
# keymap set with setxkbmap (x11-xkb-utils), screenshots with ImageMagick. The sqlite3 shell is
# used by a benchmark. For the desktop bundle (make bundle, tests/e2e/test_bundle.py): binutils
# (PyInstaller reads binaries with objdump), desktop-file-utils (desktop-file-validate,
# update-desktop-database). dpkg-deb (make deb) is part of dpkg, on every Debian/Ubuntu system.
# postgresql: the core tests also run against a throwaway PostgreSQL server (tests/core/pgserver.py
# finds initdb with pg_config --bindir; the distribution's own cluster is not used), and fail when
# it cannot start.
TEST_PACKAGES=(
    xvfb xauth xdotool openbox xclip x11-xkb-utils imagemagick sqlite3 binutils desktop-file-utils
    postgresql
)
# Installed when the distribution has them; never a reason to fail.
OPTIONAL_PACKAGES=(fonts-noto-color-emoji)

REQUIRED=("${QT_PACKAGES[@]}")
if [[ "$SET" == "test" ]]; then
    REQUIRED+=("${TEST_PACKAGES[@]}")
fi

# `python3 -m venv` needs ensurepip, which Debian/Ubuntu ship separately (python3-venv).
if command -v "$PYTHON" >/dev/null 2>&1; then
    if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        py_ver="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        default_ver="$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)"
        if [[ "$py_ver" == "$default_ver" ]]; then
            REQUIRED+=(python3-venv)
        else
            REQUIRED+=("python${py_ver}-venv")
        fi
    fi
elif [[ "$PYTHON" == "python3" ]]; then
    REQUIRED+=(python3 python3-venv)
else
    echo "sysdeps: error: the Python interpreter '$PYTHON' was not found." >&2
    exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "sysdeps: warning: no dpkg here (not Debian/Ubuntu); cannot check system packages." >&2
    echo "sysdeps: make sure the equivalents of these Debian packages are installed:" >&2
    echo "  ${REQUIRED[*]} ${OPTIONAL_PACKAGES[*]}" >&2
    echo "sysdeps: continuing." >&2
    exit 0
fi

# Installed packages among the ones we care about (name -> 1). Ubuntu 24.04 / Debian 13 renamed some
# libraries with a t64 suffix (libglib2.0-0 -> libglib2.0-0t64): either name counts as installed.
declare -A INSTALLED=()
query=()
for p in "${REQUIRED[@]}" "${OPTIONAL_PACKAGES[@]}"; do
    query+=("$p" "${p}t64")
done
while IFS=$'\t' read -r name status; do
    # ${Status} is "want flag state"; only state "installed" counts (not unpacked/config-files).
    if [[ "$status" == *" installed" ]]; then
        INSTALLED["$name"]=1
    fi
done < <(dpkg-query -W -f='${Package}\t${Status}\n' "${query[@]}" 2>/dev/null || true)

is_installed() { [[ -n "${INSTALLED[$1]:-}" || -n "${INSTALLED[${1}t64]:-}" ]]; }

MISSING=()
for p in "${REQUIRED[@]}"; do
    is_installed "$p" || MISSING+=("$p")
done
MISSING_OPTIONAL=()
for p in "${OPTIONAL_PACKAGES[@]}"; do
    is_installed "$p" || MISSING_OPTIONAL+=("$p")
done

if ((${#MISSING[@]} == 0 && ${#MISSING_OPTIONAL[@]} == 0)); then
    echo "sysdeps: all system packages for '$SET' are installed."
    exit 0
fi

# Does apt know an installable version of this package (from the current package lists)?
has_candidate() {
    local cand
    cand="$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2; exit}')"
    [[ -n "$cand" && "$cand" != "(none)" ]]
}

# Name to hand to apt-get: the t64 variant when only that one exists.
apt_name() {
    if ! has_candidate "$1" && has_candidate "${1}t64"; then
        echo "${1}t64"
    else
        echo "$1"
    fi
}

# Optional packages the distribution does not have are dropped without a word, so that a machine
# where they do not exist stays fast (no apt-get update on every run).
WANTED_OPTIONAL=()
for p in "${MISSING_OPTIONAL[@]}"; do
    if has_candidate "$p" || ((${#MISSING[@]} > 0)); then
        WANTED_OPTIONAL+=("$p")
    fi
done

if ((${#MISSING[@]} == 0 && ${#WANTED_OPTIONAL[@]} == 0)); then
    echo "sysdeps: all required system packages for '$SET' are installed."
    exit 0
fi

echo "sysdeps: missing required packages: ${MISSING[*]:-(none)}"
if ((${#WANTED_OPTIONAL[@]} > 0)); then
    echo "sysdeps: missing optional packages: ${WANTED_OPTIONAL[*]}"
fi

if ((CHECK_ONLY)); then
    ((${#MISSING[@]} == 0)) || exit 1
    exit 0
fi

SUDO=()
if [[ "$(id -u)" != "0" ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true </dev/null >/dev/null 2>&1; then
        SUDO=(sudo -n)
    else
        if ((${#MISSING[@]} == 0)); then
            echo "sysdeps: not root and no passwordless sudo; skipping optional packages. To add them:"
            echo "  sudo apt-get install -y --no-install-recommends ${WANTED_OPTIONAL[*]}"
            exit 0
        fi
        echo >&2
        echo "sysdeps: error: ClaimDesk needs system packages that are not installed, and this" >&2
        echo "sysdeps: script cannot install them (not root, and sudo asks for a password)." >&2
        echo "sysdeps: install them yourself, then run make again:" >&2
        echo >&2
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${MISSING[*]} ${WANTED_OPTIONAL[*]}" >&2
        echo >&2
        exit 1
    fi
fi

APT_OPTS=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
run_apt() { "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${APT_OPTS[@]}" "$@" </dev/null; }

echo "sysdeps: running apt-get update"
if ! run_apt update -qq; then
    echo "sysdeps: warning: apt-get update failed; trying to install from the current lists." >&2
fi

TO_INSTALL=()
for p in "${MISSING[@]}"; do
    TO_INSTALL+=("$(apt_name "$p")")
done
for p in "${WANTED_OPTIONAL[@]}"; do
    if has_candidate "$p"; then
        TO_INSTALL+=("$p")
    else
        echo "sysdeps: note: optional package $p is not available here; skipping it."
    fi
done

if ((${#TO_INSTALL[@]} == 0)); then
    exit 0
fi
echo "sysdeps: installing: ${TO_INSTALL[*]}"
if ! run_apt install -y --no-install-recommends "${TO_INSTALL[@]}"; then
    echo "sysdeps: error: apt-get install failed. Try by hand:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${TO_INSTALL[*]}" >&2
    exit 1
fi
echo "sysdeps: done."
