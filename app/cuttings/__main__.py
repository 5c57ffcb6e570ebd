"""Allow ``python -m cuttings``."""

from cuttings.cli import main

raise SystemExit(main())
