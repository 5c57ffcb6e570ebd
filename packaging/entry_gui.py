"""PyInstaller entry point of the windowed program ``cuttings-gui``."""

import sys

from cuttings.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
