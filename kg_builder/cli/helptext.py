"""How ``kg --help`` is laid out: click's plain help (no boxes, paragraphs re-wrapped to the
width of the terminal, 80 columns in a pipe), wrapped at spaces only, so a default such as
``kg-store`` or an option such as ``--max-rows`` is never split at its hyphen, and the list of
commands shows each one's first sentence whole (wrapped, not cut with "...")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

__all__ = ["HelpTyper"]

#: stands in for "-" while the help is wrapped (textwrap breaks after an ASCII hyphen only)
_HOLD = "\u2011"
#: the end of a sentence: a full stop before a capital (not "e.g. ../shared")
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")


class _Formatter(typer.Context.formatter_class):  # click's, as Typer ships it
    @contextmanager
    def _held(self) -> Iterator[None]:
        start = len(self.buffer)
        yield
        self.buffer[start:] = [part.replace(_HOLD, "-") for part in self.buffer[start:]]

    def write_text(self, text: str) -> None:
        with self._held():
            super().write_text(text.replace("-", _HOLD))

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        with self._held():
            super().write_dl([(term, text.replace("-", _HOLD)) for term, text in rows],
                             col_max=col_max, col_spacing=col_spacing)


class _Context(typer.Context):
    formatter_class = _Formatter


def _first_sentence(help_text: str | None) -> str:
    """The first sentence of a command's help, whole (click cuts it to fit one line, with
    "..."; the list of commands wraps it instead)."""
    text = " ".join((help_text or "").split("\n\n", 1)[0].split())
    end = _SENTENCE_END.search(text)
    return text if end is None else text[:end.start() + 1]


class _Command(TyperCommand):
    context_class = _Context

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.short_help or _first_sentence(self.help)


class _Group(TyperGroup):
    context_class = _Context

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.short_help or _first_sentence(self.help)


class HelpTyper(typer.Typer):
    """A Typer app (and its commands) with the help laid out as this module says."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", _Group)
        kwargs.setdefault("rich_markup_mode", None)
        super().__init__(**kwargs)

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)
