"""Allow ``python -m cuttings``."""

try:
    from cuttings.cli import main
except KeyboardInterrupt:  # Ctrl-C while starting: nothing was done yet
    raise SystemExit(130) from None

raise SystemExit(main())
