"""Worker processes: each loads the register once and builds chunks of articles in memory."""
from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Iterator

from ..build import Built, Job, build_one
from ..errors import TeiError
from ..options import Options


_WORKER: dict = {}


#: how often a worker looks whether its parent still runs (seconds).
PARENT_CHECK_SECONDS = 0.5


def _init_worker(options: Options, parent: int, input_limit: int) -> None:
    """Once per worker process: ignore Ctrl-C (the parent handles it and stops us), take
    SIGTERM's default action, watch the parent, read inputs within the parent's limit,
    and load the register (inherited already under ``fork``)."""
    from ..files import set_input_limit

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), name="tei-parent-watch", daemon=True).start()
    set_input_limit(input_limit)
    _load_options(options)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed with SIGKILL: no cleanup ran) exits too,
    instead of living on as an orphan: the parent changes when it dies."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _load_options(options: Options) -> None:
    if _WORKER.get("options") != options:
        from ..pipeline import load_register

        _WORKER["options"] = options
        _WORKER["register"] = load_register(options.register)


def _build_in_worker(job: Job):
    """Build one article; never raises (a bug in one article must not stop the run)."""
    try:
        built = build_one(job, _WORKER["options"], _WORKER["register"])
        return built, None
    except TeiError as error:
        return None, error
    except RecursionError as error:
        return None, caused_by(TeiError("internal error: nesting too deep", str(job.source)), error)
    except Exception as error:  # a toolkit bug: report it against the article, go on
        return None, caused_by(TeiError(f"internal error: {type(error).__name__}: {error}", str(job.source)), error)


def caused_by(error: TeiError, cause: BaseException) -> TeiError:
    """``error`` chained to ``cause``, as ``raise error from cause`` would: ``tei
    --traceback`` then shows the frame that failed, not only the report of it."""
    error.__cause__ = cause
    error.__traceback__ = None
    return error


def _build_chunk(jobs: list[Job]) -> list:
    return [_build_in_worker(job) for job in jobs]


def _portable(error: TeiError) -> TeiError:
    """Errors cross process boundaries by their text: subclasses' extra ``__init__``
    arguments do not survive pickling."""
    plain = TeiError(error.message, error.path, error.line)
    plain.status = error.status
    return plain


def _build_chunk_portable(jobs: list[Job]) -> list:
    return [(built, _portable(error) if error is not None else None) for built, error in _build_chunk(jobs)]


def _stop_workers(executor: ProcessPoolExecutor) -> None:
    """Cancel the chunks not started and wait for the running ones (a few articles each).

    Not terminate(): a worker killed while it writes its result to the pool's pipe leaves
    half a message there, the pool's manager thread waits for the rest forever, and so
    does the process at exit (py-spy showed it: Ctrl-C hung about one run in twelve).
    While it waits, a second Ctrl-C (or SIGTERM) ends the process at once: the workers
    are killed and the process exits 130 without running exit handlers (which would wait
    for the pool again). Files are written with the signals held back
    (:func:`tei.output.signals_deferred`), so this never leaves half a file."""
    processes = list((getattr(executor, "_processes", None) or {}).values())

    def end_now(signum, frame):
        for process in processes:
            try:
                process.kill()
            except (OSError, ValueError, AttributeError):
                pass
        os.write(2, b"tei: interrupted again: stopped at once\n")
        os._exit(130)

    if threading.current_thread() is not threading.main_thread():
        executor.shutdown(wait=True, cancel_futures=True)
        return
    previous = {number: signal.signal(number, end_now) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        executor.shutdown(wait=True, cancel_futures=True)
    finally:  # the caller (the CLI, or a program using the API) gets its handlers back
        for number, handler in previous.items():
            signal.signal(number, handler)


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def run_builds(jobs: list[Job], options: Options, workers: int) -> Iterator[tuple[Job, Built | None, TeiError | None]]:
    """Build the jobs, yielding each result as it arrives (any order)."""
    if not jobs:
        return
    if workers <= 1 or len(jobs) == 1:
        _load_options(options)
        for job in jobs:
            built, error = _build_in_worker(job)
            yield job, built, error
        return
    size = max(1, min(8, len(jobs) // (workers * 4)))
    from ..files import input_limit

    workers = min(workers, len(jobs))
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                   initargs=(options, os.getpid(), input_limit()))
    try:
        pending = {executor.submit(_build_chunk_portable, chunk): chunk for chunk in chunked(jobs, size)}
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                for job, (built, error) in zip(chunk, future.result()):
                    yield job, built, error
    except BaseException:
        _stop_workers(executor)
        raise
    executor.shutdown(wait=True)
