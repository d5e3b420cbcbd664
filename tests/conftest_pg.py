"""A real PostgreSQL server for the tests that need one (pytest plugin: ``pg_url``).

Where the server comes from, in order:

1. ``$BITGEUL_TEST_PG``: a SQLAlchemy URL of a server we may create databases on
   (``postgresql+psycopg://user:pw@host:5432/postgres``);
2. the Debian ``postgresql`` binaries (``/usr/lib/postgresql/*/bin/initdb``): a throwaway cluster
   in a temporary folder on a free localhost port, for this test session only. ``initdb``
   refuses to run as root, so as root the cluster runs as the ``postgres`` system user;
3. neither (or no ``psycopg`` driver): the tests that ask for ``pg_url`` are skipped.

Each test gets a fresh, empty database, dropped afterwards. ``PgCluster`` is also used by the
benchmarks in ``tests/bench``.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ENV_TEST_PG = "BITGEUL_TEST_PG"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pg_bin_dir() -> Path | None:
    """The newest installed PostgreSQL server binaries, if any."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(found[-1]).parent if found else None


class PgCluster:
    """A private PostgreSQL cluster: initdb, start, stop. Trust auth on 127.0.0.1 only."""

    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        self.durable = durable  # False: fsync off, fine for tests, not for benchmarks
        self.root = Path(tempfile.mkdtemp(prefix="bitgeul-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = "postgres"
        self._as_postgres = os.geteuid() == 0
        self.started = False

    def _run(self, *cmd: str) -> None:
        args = list(cmd)
        if self._as_postgres:
            args = ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       cwd=self.root)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", self.user,
                  "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8")
        opts = [f"-p {self.port}", "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={self.root}", "-c max_connections=100"]
        if not self.durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "server.log"), "-w", "-t", "60", "-o", " ".join(opts), "start")
        self.started = True
        atexit.register(self.stop)

    def stop(self) -> None:
        if self.started:
            self.started = False
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast",
                          "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"


class PgServer:
    """Creates and drops throwaway databases on a server given by an admin URL."""

    def __init__(self, admin_url: str, cluster: PgCluster | None = None) -> None:
        from sqlalchemy import create_engine

        self.admin_url = admin_url
        self.cluster = cluster
        self.engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())

    def create_database(self) -> str:
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = "bitgeul_test_" + uuid.uuid4().hex[:12]
        with self.engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
            # A server in Korea: times must not depend on the server's zone (SQLite has none).
            conn.execute(text(f'ALTER DATABASE "{name}" SET timezone TO \'Asia/Seoul\''))
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        from sqlalchemy import text
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        with self.engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        self.engine.dispose()
        if self.cluster is not None:
            self.cluster.stop()


def _null_pool() -> type:
    from sqlalchemy.pool import NullPool

    return NullPool


def start_server(*, durable: bool = False) -> PgServer | None:
    """A server to test against, or None when there is none (see the module docstring)."""
    if importlib.util.find_spec("psycopg") is None:
        return None
    env = os.environ.get(ENV_TEST_PG)
    if env:
        from models.store.db import postgres_driver

        return PgServer(postgres_driver(env))
    bindir = pg_bin_dir()
    if bindir is None:
        return None
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return None
    cluster = PgCluster(bindir, durable=durable)
    try:
        cluster.start()
    except (OSError, subprocess.CalledProcessError) as exc:
        cluster.stop()
        detail = getattr(exc, "stderr", b"") or b""
        raise RuntimeError(f"could not start PostgreSQL: {exc} {detail.decode(errors='replace')}"
                           ) from exc
    # The server may accept connections a moment after pg_ctl -w returns on slow machines.
    server = PgServer(cluster.url(), cluster)
    for _ in range(50):
        try:
            with server.engine.connect():
                break
        except Exception:  # noqa: BLE001 - any connection error: wait and retry
            time.sleep(0.1)
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = start_server()
    if server is None:
        pytest.skip("no PostgreSQL: set $BITGEUL_TEST_PG or install the postgresql package "
                    "(and psycopg)")
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on a real SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "project.sqlite3")
    return str(request.getfixturevalue("pg_url"))
