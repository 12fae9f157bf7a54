"""The ``kg`` command (the script ``pip`` installs calls :func:`main`) and ``python -m kg_builder``.

Spawned worker processes (a bounded query's, a build's) import the main module again — the
``kg`` script, or this module as ``__mp_main__`` — before they run their task. So this module
imports the CLI only inside :func:`main`: a worker starts without Typer, Rich and the modules of
every command.
"""

from __future__ import annotations

__all__ = ["main"]


def main() -> None:
    """Run ``kg`` on the command line's arguments (exits with the command's status)."""
    from .cli import app

    app(prog_name="kg")


if __name__ == "__main__":
    main()
