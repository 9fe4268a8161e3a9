"""The bundled program's entry point: exactly what the `refugedesk` command runs.

Everything (the window, the subcommands, `--self-test`) goes through refugedesk.cli:main, so a
bundle behaves like the installed package.
"""

import sys

from refugedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
