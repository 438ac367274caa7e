"""Entry script of the frozen build: PyInstaller starts from a file, not a console-script entry."""

import sys

from barnahus.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
