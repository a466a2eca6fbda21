"""Reading a SQLite catalogue's export lines in id ranges, on one thread or several.

The database builds every line (:mod:`claimdesk.core.export.lines`); what is left is SQLite's own
work. The claim ids are cut into ranges of a few hundred, and a thread, on its own connection,
asks for whole ranges at a time: one result row holding a range's lines concatenated, so Python
touches a few hundred objects an export, not a million. With several threads (``threads=``)
each takes the next range; SQLite lets go of Python's lock while it works, so they run at once;
the caller gets the ranges back in order, and never more than a few per thread are held in
memory. (One thread is the default: see :data:`DEFAULT_THREADS`.)

One moment: every thread reads in its own transaction, and two transactions begun at different
moments may see different catalogues. So while the threads begin theirs, another connection
holds the write lock (``BEGIN IMMEDIATE``): no edit can be committed in between, and every
thread sees the catalogue as it was at one moment. It is held only until the threads have read
their first rows (well under a second); an edit made meanwhile waits for it. If the lock cannot
be had at once (another edit is under way, or the file is read-only), one thread does all.

Each thread builds the speaker and article cells once, into temporary tables of its own
connection, which its transaction's rollback drops.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    Text,
    bindparam,
    func,
    insert,
    select,
)

from claimdesk.core.export.lines import (
    article_cells,
    as_bytes,
    as_one_piece,
    export_lines_query,
    line_cell,
    speaker_cells,
)
from claimdesk.core.export.query import export_query
from claimdesk.core.storage.db import sqlite_path
from claimdesk.core.storage.models import claim_table

DEFAULT_THREADS = 1
"""Threads an export reads on unless told otherwise. Measured on a 2-core machine, 1,000,000
claims, otherwise idle: one thread 12.3-12.7 s (13-14 s CPU), two threads 16.2 s (25 s CPU).
The two contend somewhere inside SQLite or the allocator (not found out; Python's lock is let
go while SQLite works), so one it is; more threads stay available (``threads=``) for a machine
where they pay. The ranges still pay on one thread: SQLite joins a range's lines into one
result, so Python handles a few hundred objects an export, not a million."""
RANGES_AHEAD = 4
"""Ranges each thread may have read ahead of the caller (the memory an export holds)."""
GATE_WAIT = 0.5
"""Seconds the export waits for the write lock before reading on one thread instead."""

Batch = tuple[int, list[bytes | None], list[Sequence[Any]]]
"""``(rows, pieces, fallback)``: how many claims, their lines as pieces of bytes (a piece holds
one line or many) where None marks a line SQL left to Python, and for those, in order, the flat
rows of :func:`claimdesk.core.export.query.export_query`."""

_cells_metadata = MetaData()
SPEAKER_CELLS = Table(
    "claimdesk_export_speaker",
    _cells_metadata,
    Column("id", Integer, primary_key=True),
    Column("cells", Text),
    prefixes=["TEMPORARY"],
)
ARTICLE_CELLS = Table(
    "claimdesk_export_article",
    _cells_metadata,
    Column("id", Integer, primary_key=True),
    Column("cells", Text),
    prefixes=["TEMPORARY"],
)


@dataclass(slots=True)
class _Statement:
    """A query compiled for the driver, its parameters in order (some filled in per range)."""

    sql: str
    names: tuple[str, ...]
    values: dict[str, Any]

    @classmethod
    def of(cls, query: Any, engine: Engine, **placeholders: Any) -> _Statement:
        compiled = query.compile(
            dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
        )
        values = dict(compiled.construct_params(placeholders))
        return cls(str(compiled), tuple(compiled.positiontup or ()), values)

    def arguments(self, **values: Any) -> tuple[Any, ...]:
        merged = {**self.values, **values}
        return tuple(merged[name] for name in self.names)


@dataclass(slots=True)
class _Plan:
    setup: list[_Statement]
    bounds: _Statement
    piece: _Statement
    lines: _Statement
    conditions: list[Any]
    engine: Engine


@dataclass(slots=True)
class _Shared:
    """What the threads and the caller share, under ``lock``."""

    lock: threading.Condition = field(default_factory=threading.Condition)
    ready: int = 0
    bounds: tuple[int, int] | None = None
    go: bool = False
    stop: bool = False
    error: BaseException | None = None
    next_range: int = 0
    taken_up_to: int = 0  # ranges the caller has taken
    ranges: int = 0
    done: dict[int, Batch] = field(default_factory=dict)


def _plan(engine: Engine, conditions: list[Any], neutralise_formulas: bool) -> _Plan:
    cell = line_cell(neutralise_formulas)
    lines = export_lines_query(
        neutralise_formulas=neutralise_formulas, speakers=SPEAKER_CELLS, articles=ARTICLE_CELLS
    ).where(*conditions)
    c = claim_table.c
    in_range = lines.where(c.id >= bindparam("low"), c.id < bindparam("high"))
    setup = []
    for table, cells in (
        (SPEAKER_CELLS, speaker_cells(cell)),
        (ARTICLE_CELLS, article_cells(cell)),
    ):
        setup.append(_Statement(f"DROP TABLE IF EXISTS temp.{table.name}", (), {}))
        setup.append(
            _Statement(
                f"CREATE TEMPORARY TABLE {table.name} (id INTEGER PRIMARY KEY, cells TEXT)",
                (),
                {},
            )
        )
        setup.append(_Statement.of(insert(table).from_select(["id", "cells"], cells), engine))
    placeholders = {"low": 0, "high": 0}
    return _Plan(
        setup=setup,
        bounds=_Statement.of(select(func.min(c.id), func.max(c.id)), engine),
        piece=_Statement.of(as_one_piece(in_range.order_by(c.id)), engine, **placeholders),
        lines=_Statement.of(as_bytes(in_range), engine, **placeholders),
        conditions=conditions,
        engine=engine,
    )


def thread_count() -> int:
    """How many threads an export reads on by default: :data:`DEFAULT_THREADS`, never more
    than the machine has cores."""
    return max(1, min(DEFAULT_THREADS, os.cpu_count() or 1))


def reads_in_ranges(engine: Engine) -> bool:
    """Whether this catalogue is a SQLite file, which each thread opens on its own connection
    (an in-memory catalogue has one connection, which the caller holds)."""
    return sqlite_path(engine.url.render_as_string(hide_password=False)) is not None


def _take_gate(engine: Engine) -> sqlite3.Connection | None:
    """A connection holding the catalogue's write lock, or None if it cannot be had at once
    (or the catalogue is not a plain file path another connection can open)."""
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    try:
        gate = sqlite3.connect(path, timeout=GATE_WAIT, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        gate.execute("BEGIN IMMEDIATE")
    except sqlite3.Error:
        gate.close()
        return None
    return gate


def read_export_lines(
    engine: Engine,
    conditions: list[Any],
    *,
    neutralise_formulas: bool,
    range_size: int,
    threads: int | None = None,
) -> Iterator[Batch]:
    """The matching claims' lines in id order, a range of ``range_size`` ids at a time (empty
    ranges are skipped), read on ``threads`` threads (default: :func:`thread_count`).
    ``conditions`` name only the claim table. Stopping the iteration stops the threads."""
    plan = _plan(engine, conditions, neutralise_formulas)
    wanted = thread_count() if threads is None else max(1, threads)
    gate = _take_gate(engine) if wanted > 1 else None
    count = wanted if gate is not None else 1
    shared = _Shared()
    workers = [
        threading.Thread(
            target=_read_ranges,
            args=(plan, shared, count, range_size),
            name=f"claimdesk-export-{number}",
            daemon=True,
        )
        for number in range(count)
    ]
    try:
        for worker in workers:
            worker.start()
        with shared.lock:
            shared.lock.wait_for(lambda: shared.ready == count or shared.error is not None)
        if gate is not None:  # every thread has its snapshot: edits may go on
            gate.close()
            gate = None
        with shared.lock:
            if shared.error is not None:
                raise shared.error
            shared.go = True
            shared.lock.notify_all()
        for number in range(shared.ranges):
            with shared.lock:
                shared.lock.wait_for(partial(_range_read, shared, number))
                if shared.error is not None:
                    raise shared.error
                batch = shared.done.pop(number)
                shared.taken_up_to = number + 1
                shared.lock.notify_all()
            if batch[0]:
                yield batch
    finally:
        with shared.lock:
            shared.stop = True
            shared.lock.notify_all()
        for worker in workers:
            if worker.is_alive():
                worker.join()
        if gate is not None:
            gate.close()


def _range_read(shared: _Shared, number: int) -> bool:
    return number in shared.done or shared.error is not None


def _read_ranges(plan: _Plan, shared: _Shared, count: int, range_size: int) -> None:
    """One thread: begin a read transaction, build the cell tables, then read ranges until
    there are none left or the caller stops."""
    connection: Any = None
    cursor: Any = None
    began = False
    try:
        # inside the try: a thread that cannot connect (a locked or vanished file, a server
        # gone) reports it, or the caller waits for it for ever (the export hung, window too)
        connection = plan.engine.raw_connection()
        cursor = connection.cursor()
        cursor.execute("BEGIN")
        began = True
        for statement in plan.setup:
            cursor.execute(statement.sql, statement.arguments())
        low, high = cursor.execute(plan.bounds.sql, plan.bounds.arguments()).fetchone()
        with shared.lock:
            if shared.bounds is None:
                low, high = low or 1, high or 0
                shared.bounds = (low, high)
                shared.ranges = max(0, (high - low) // range_size + 1)
            shared.ready += 1
            shared.lock.notify_all()
            shared.lock.wait_for(lambda: shared.go or shared.stop or shared.error is not None)
        first = shared.bounds[0]
        while True:
            with shared.lock:
                shared.lock.wait_for(
                    lambda: (
                        shared.stop
                        or shared.error is not None
                        or shared.next_range >= shared.ranges
                        or shared.next_range < shared.taken_up_to + RANGES_AHEAD * count
                    )
                )
                if shared.stop or shared.error is not None or shared.next_range >= shared.ranges:
                    return
                number = shared.next_range
                shared.next_range += 1
            low = first + number * range_size
            batch = _read_range(plan, cursor, low, low + range_size)
            with shared.lock:
                shared.done[number] = batch
                shared.lock.notify_all()
    except BaseException as error:  # handed to the caller, who raises it
        with shared.lock:
            if shared.error is None:
                shared.error = error
            shared.lock.notify_all()
    finally:
        try:
            if began:
                cursor.execute("ROLLBACK")  # also drops the cell tables
            if cursor is not None:
                cursor.close()
        finally:
            if connection is not None:
                connection.close()


def _read_range(plan: _Plan, cursor: Any, low: int, high: int) -> Batch:
    rows, built, piece = cursor.execute(
        plan.piece.sql, plan.piece.arguments(low=low, high=high)
    ).fetchone()
    if built == rows:
        return rows, [piece] if rows else [], []
    # rare: a cell SQL could not judge; this range line by line, those rows built in Python
    lines = cursor.execute(plan.lines.sql, plan.lines.arguments(low=low, high=high)).fetchall()
    missing = [claim_id for claim_id, line in lines if line is None]
    c = claim_table.c
    query = export_query("sqlite").where(*plan.conditions, c.id.in_(missing)).order_by(c.id)
    by_id = _Statement.of(query, plan.engine)
    fallback = cursor.execute(by_id.sql, by_id.arguments()).fetchall()
    return len(lines), [line for _claim_id, line in lines], fallback
