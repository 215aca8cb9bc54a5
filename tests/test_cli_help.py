"""The command line's help names its arguments as the README does: PATH for a
database, and a device to revoke by the end of its id as its export files show it."""

from desktop.cli_parser import build_parser


def help_of(*command: str) -> str:
    parser = build_parser()
    action = parser._subparsers._group_actions[0]  # argparse keeps sub-commands here
    for name in command:
        parser = action.choices[name]
        subs = parser._subparsers
        action = subs._group_actions[0] if subs is not None else None
    return " ".join(parser.format_help().split())


def test_a_database_is_a_path_never_an_internal_name():
    for command in (("export",), ("package", "import"), ("center", "import"), ("device", "enrol"),
                    ("drives",)):  # fmt: skip
        text = help_of(*command)
        assert "--db PATH" in text and "SUB_DB" not in text, command


def test_revoke_takes_the_end_of_a_device_id_as_its_file_names_show_it():
    assert "the last 8 name it in its export files" in help_of("center", "devices", "revoke")
