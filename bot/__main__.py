"""`python -m bot <command>`: the single entry point."""

from bot.cli import main

raise SystemExit(main())
