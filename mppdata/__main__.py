"""``python -m mppdata`` runs the command line."""

from mppdata.cli import main

raise SystemExit(main())
