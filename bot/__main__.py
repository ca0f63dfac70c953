"""`python -m bot <command>`: the single entry point."""

import os

# numpy starts one OpenBLAS thread per core when it is imported (about 45 ms of every start on
# two cores); the bot's matrix products are small, so one thread does them as fast. An operator's
# own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from bot.cli import main  # noqa: E402  (after the setting, which numpy reads at import)

raise SystemExit(main())
