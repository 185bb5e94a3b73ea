"""Entry point of the desktop bundle: the same ``stemlead`` command as a pip install."""

from stemlead.cli import main

raise SystemExit(main())
