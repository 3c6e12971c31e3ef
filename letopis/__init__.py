"""Letopis: a sourced chronicle of political and diplomatic events from raw Russian news.

    import letopis
    with letopis.open("letopis.db") as chronicle:
        chronicle.timeline(actor="Россия", with_actor="КНДР")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from letopis.api import Letopis, open

__all__ = ["Letopis", "__version__", "open"]


def __getattr__(name: str) -> Any:
    # the API pulls in the store and networkx; `import letopis` for the version alone stays cheap
    if name in ("open", "Letopis"):
        from letopis import api

        return getattr(api, name)
    raise AttributeError(f"module 'letopis' has no attribute {name!r}")
