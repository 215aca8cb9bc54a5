"""The command line's help names its arguments as the README does: PATH for a
database, and a device to revoke by the end of its id as its export files show it;
and the README's "Command line" section lists every command with the options it takes."""

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from desktop.cli_parser import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"
# What every command that opens a database takes, as the README says once for all of
# them (under the command list and in "Sign-in"), and argparse's own help.
TAKEN_BY_EVERY_DATABASE_COMMAND = {
    "--db", "--create", "--user", "--password-file", "--full-name", "-h", "--help",
}  # fmt: skip
COMMAND_WORD = re.compile(r"^\[?([a-z][a-z-]*)\]?$")
OPTION = re.compile(r"(?<![\w-])--?[a-z][a-z-]*")


def commands() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command of ``hmtn`` (its words, the top level first) and its parser."""
    pending = [((), build_parser())]
    while pending:
        words, parser = pending.pop(0)
        yield words, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                pending += [((*words, name), sub) for name, sub in action.choices.items()]


def parser_of(*words: str) -> argparse.ArgumentParser:
    return dict(commands())[words]


def help_of(*command: str) -> str:
    return " ".join(parser_of(*command).format_help().split())


def options_of(parser: argparse.ArgumentParser) -> set[str]:
    return {name for action in parser._actions for name in action.option_strings}


def documented() -> dict[tuple[str, ...], set[str]]:
    """The README's command list: each command's words and the options written for it
    (a line starting with ``hmtn``, continued by the indented lines after it; what a
    line says about the command stands after two spaces)."""
    text = README.read_text(encoding="utf-8").split("## Command line", 1)[1]
    block = text.split("```text\n", 1)[1].split("```", 1)[0]
    found: dict[tuple[str, ...], set[str]] = {}
    words: tuple[str, ...] = ()
    for line in block.splitlines():
        usage = re.split(r"\s{2,}", line.strip())[0]
        if line.startswith("hmtn"):
            words, optional = (), None
            for token in usage.split()[1:]:
                word = COMMAND_WORD.match(token)
                if word is None:
                    break
                if token.startswith("["):  # hmtn center devices [list]
                    optional = (*words, word[1])
                else:
                    words = (*words, word[1])
            for command in (words, optional):
                if command is not None:
                    found.setdefault(command, set())
            if optional is not None:
                found[optional] = found[words]
        found[words] |= set(OPTION.findall(usage))
    return found


def test_a_database_is_a_path_never_an_internal_name():
    for command in (("export",), ("package", "import"), ("center", "import"), ("device", "enrol"),
                    ("drives",), ("backup",), ("backup", "list"), ("backup", "key"),
                    ("restore",)):  # fmt: skip
        text = help_of(*command)
        assert "--db PATH" in text and "SUB_DB" not in text, command
        assert "center's database" not in text, command  # a laptop's own


def test_revoke_takes_the_end_of_a_device_id_as_its_file_names_show_it():
    assert "the last 8 name it in its export files" in help_of("center", "devices", "revoke")


def test_the_readme_lists_every_command_with_the_options_it_takes():
    readme = documented()
    groups = {words for words, parser in commands() if not options_of(parser) - {"-h", "--help"}}
    assert set(readme) == {words for words, _parser in commands()} - groups
    for words, options in readme.items():
        taken = options_of(parser_of(*words))
        assert options <= taken, (words, options - taken)  # the README's work
        assert taken - options <= TAKEN_BY_EVERY_DATABASE_COMMAND, (words, taken - options)
