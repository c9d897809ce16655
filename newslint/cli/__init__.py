"""The `newslint` command (app.py)."""


def main(argv=None) -> int:
    """The command, for console scripts installed before it moved to app.py (newslint.cli:main)."""
    from newslint.cli.app import main as run

    return run(argv)
