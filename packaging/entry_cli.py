"""PyInstaller entry point of the console program ``cuttings``."""

import sys

from cuttings.cli import main

if __name__ == "__main__":
    sys.exit(main())
