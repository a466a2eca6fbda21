"""A throwaway PostgreSQL server for the tests: its own data folder, a unix socket, no TCP.

Started once per test session, only when a test asks for the PostgreSQL backend, and stopped at
the end. The server binaries are found with ``pg_config --bindir`` or under
/usr/lib/postgresql/*/bin (``make test`` installs the ``postgresql`` package when missing).
initdb refuses to run as root, so as root the server runs as the ``postgres`` system user.
If the server cannot start, the tests that need it fail loudly: they are never skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

DATABASE = "claimdesk_test"


def find_bindir() -> Path | None:
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            candidates.append(Path(out))
        except (OSError, subprocess.SubprocessError):
            pass
    # Newest version first.
    found = glob.glob("/usr/lib/postgresql/*/bin")
    found.sort(key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    candidates += [Path(p) for p in reversed(found)]
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


class PostgresServer:
    """One server in a temporary folder; ``url(db)`` is the SQLAlchemy URL of a database on it."""

    def __init__(self, port_offset: int = 0) -> None:
        bindir = find_bindir()
        if bindir is None:
            pytest.fail(
                "PostgreSQL is not installed (no initdb/pg_ctl found via pg_config --bindir or "
                "/usr/lib/postgresql/*/bin): run `make test`, which installs it, or "
                "`apt-get install postgresql`.",
                pytrace=False,
            )
        self.bindir = bindir
        # /tmp when it can: a unix socket path must stay under ~100 bytes, and the postgres user
        # must be able to reach the folder (a private $TMPDIR may not let it).
        base = "/tmp" if os.access("/tmp", os.W_OK) else None
        self.folder = Path(tempfile.mkdtemp(prefix="claimdesk-pg-", dir=base))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.port = 54000 + (os.getpid() % 1000) * 2 + port_offset
        self.user = "postgres"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.folder, user="postgres", group=None)
        self._started = False

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(
            command, check=False, capture_output=True, text=True, timeout=timeout, cwd=self.folder
        )

    def start(self) -> None:
        steps = [
            (
                "initdb",
                "-D",
                str(self.data),
                "-U",
                self.user,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ),
            (
                "pg_ctl",
                "-D",
                str(self.data),
                "-w",
                "-l",
                str(self.folder / "server.log"),
                "-o",
                f"-p {self.port} -k {self.socket_dir} -c listen_addresses='' -c fsync=off "
                "-c max_connections=100",
                "start",
            ),
        ]
        for step in steps:
            try:
                done = self._run(*step)
            except (OSError, subprocess.SubprocessError) as error:
                self.stop()
                pytest.fail(f"Could not start the test PostgreSQL server: {error}", pytrace=False)
            if done.returncode != 0:
                log = self.folder / "server.log"
                tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                self.stop()
                pytest.fail(
                    f"Could not start the test PostgreSQL server ({step[0]} exited with "
                    f"{done.returncode}):\n{done.stdout}\n{done.stderr}\n{tail}",
                    pytrace=False,
                )
            if step[0] == "pg_ctl":
                self._started = True

    def pause(self) -> None:
        """Stop the server as a crash or an administrator would, keeping its data."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        done = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.folder / "server.log"),
            "-o",
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses='' -c fsync=off",
            "start",
        )
        if done.returncode != 0:
            pytest.fail(f"Could not restart the test PostgreSQL server: {done.stderr}")

    def stop(self) -> None:
        if self._started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = DATABASE) -> str:
        return (
            f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"
        )

    def create_database(self, name: str) -> str:
        """A new empty database on the server; returns its URL."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=self.user,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)
