"""``kg`` for people at a terminal (issue 18): what the commands print when stdout is piped or
redirected, and ``--help`` at 80 columns."""

from __future__ import annotations

import click
import pytest
import typer
from typer.testing import CliRunner

from kg_builder.cli import app

runner = CliRunner()

ACCUSATION = ("At the time, Lukashenko publicly accused Moscow of pressing him on political "
              "reunification in exchange for cheap oil supplies, after Russia cut oil supplies "
              "by three quarters over a price dispute.")


# --- tables in a pipe ------------------------------------------------------------------------

@pytest.mark.slow
def test_a_piped_query_prints_tsv(seed_store):
    """CliRunner's stdout is no terminal, like `kg query … | cat`: one row a line, TSV."""
    result = runner.invoke(app, ["query", "who-accused-whom", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "accuser\taccused\tsentence\tarticle"
    assert f"Alexander Lukashenko\tRussia\t{ACCUSATION}\t000_5095e6f94f9df535" in lines


@pytest.mark.slow
def test_a_table_asked_for_in_a_pipe_is_not_wrapped(seed_store):
    result = runner.invoke(app, ["query", "who-accused-whom", "--store", str(seed_store),
                                 "--format", "table"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if ACCUSATION in line)
    assert row.startswith("│ Alexander Lukashenko │ Russia ")


# --- --help at 80 columns --------------------------------------------------------------------

def _commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


COMMANDS = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "kg")
def test_help_at_80_columns_cuts_nothing(command):
    """Every option's help and default is shown whole (wrapped, never cut with "…" or split at
    a hyphen), in a pipe at 80 columns."""
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "…" not in result.stdout.replace("/id/…", "").replace("…/graph", "")
    shown = _words(result.stdout)
    ctx = typer.main.get_command(app).make_context("kg", [*command, "--help"],
                                                   resilient_parsing=True)
    target = ctx.command
    for name in command:
        target = target.commands[name]  # type: ignore[attr-defined]
    for param in target.params:
        if param.help:  # type: ignore[attr-defined]
            assert _words(param.help) in shown, param.name  # type: ignore[attr-defined]
        default = param.default
        if getattr(param, "show_default", True) is not False and default not in (None, False) \
                and not callable(default) and not isinstance(default, (list, tuple)):
            assert f"[default: {default}" in shown, (param.name, default)
    if isinstance(target, click.Group):
        for name, sub in target.commands.items():
            first = _words(sub.help or "").split(". ")[0]
            assert first[:60] in shown, name
