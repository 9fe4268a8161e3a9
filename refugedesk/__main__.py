"""`python -m refugedesk`: the same as the `refugedesk` command."""

import sys


def _run() -> int:
    from refugedesk.cli import main  # lazily: importing this module must stay cheap

    return main()


if __name__ == "__main__":
    sys.exit(_run())
