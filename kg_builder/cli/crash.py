"""The last line of defence of ``kg``: an exception no command turned into a ``KGxxx`` error is a
bug. It is reported in one paragraph — what failed, that it is a bug, where its traceback is —
and ``kg`` exits with :data:`INTERNAL_ERROR`, never with a bare traceback.

``KG_DEBUG=1`` prints the traceback on stderr as well.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback

from ..fields import quoted
from .helptext import HelpTyper

__all__ = ["DEBUG_ENV", "INTERNAL_ERROR", "GuardedTyper", "report_internal_error"]

#: exit status of ``kg`` for an internal error (a bug); 0, 1 and 2 are documented in ``kg --help``
INTERNAL_ERROR = 3
DEBUG_ENV = "KG_DEBUG"


def report_internal_error(exc: BaseException, *, command: str) -> str:
    """Write ``exc``'s traceback to a file under the temp folder and return the paragraph that
    tells the user about it."""
    text = "".join(traceback.format_exception(exc))
    where: str
    try:
        fd, name = tempfile.mkstemp(prefix=f"kg-internal-error-{time.strftime('%Y%m%d-%H%M%S')}-",
                                    suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"kg {command}\n\n{text}")
        where = f"its traceback is in {name}"
    except OSError as write_error:
        where = f"its traceback could not be written ({write_error.strerror or write_error})"
    return (f"internal error: kg {quoted(command, limit=200)} stopped on an unexpected "
            f"{type(exc).__name__}: {quoted(' '.join(str(exc).split()), limit=300)}. This is a bug in kg_builder, not "
            f"a problem with your input or store; {where} (set {DEBUG_ENV}=1 to print it here). "
            "Please report it with that file."
            + (" Articles stored before it happened are kept; running the same command again "
               "skips them." if command.split(" ", 1)[0] == "build" else ""))


class GuardedTyper(HelpTyper):
    """A Typer app whose uncaught exceptions end in :func:`report_internal_error` and exit
    status :data:`INTERNAL_ERROR` instead of a traceback."""

    def __call__(self, *args: object, **kwargs: object) -> object:
        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:
            argv = kwargs.get("args") or sys.argv[1:]
            command = " ".join(str(a) for a in argv)  # type: ignore[union-attr]
            if os.environ.get(DEBUG_ENV, "") not in ("", "0"):
                traceback.print_exception(exc, file=sys.stderr)
            print(report_internal_error(exc, command=command), file=sys.stderr)
            sys.exit(INTERNAL_ERROR)
