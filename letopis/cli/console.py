"""Where output goes: data to stdout, progress, logs and errors to stderr."""

from rich.console import Console

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per message, however long
