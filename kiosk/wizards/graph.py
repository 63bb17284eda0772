"""A wizard's navigation as a plain-Python graph, testable without Qt (after Electrum's wizard).

Each view names the view that follows it, either directly or through a function of the flow's data.
The navigator keeps the path taken so "Quay lại" retraces it exactly.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

D = TypeVar("D")


@dataclass(frozen=True)
class Step[D]:
    """`next` is the following view id, a function choosing it from the data, or None for the last view."""

    next: str | Callable[[D], str] | None = None


@dataclass
class Navigator[D]:
    graph: Mapping[str, Step[D]]
    start: str
    history: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.history = [self.start]

    @property
    def current(self) -> str:
        return self.history[-1]

    def resolve_next(self, data: D) -> str | None:
        nxt = self._step(self.current).next
        return nxt(data) if callable(nxt) else nxt

    def _step(self, view: str) -> Step[D]:
        if view in self.graph:
            return self.graph[view]
        prefix = view.split(":", 1)[0] + ":*"  # "question:child_name" matches "question:*"
        return self.graph[prefix]

    def forward(self, data: D) -> str:
        nxt = self.resolve_next(data)
        if nxt is None:
            raise LookupError(f"{self.current} is the last view")
        self.history.append(nxt)
        return nxt

    def jump(self, view: str) -> str:
        """Goes to `view` directly (a "Sửa" link), keeping the way back."""
        self.history.append(view)
        return view

    def restart(self, view: str) -> str:
        """Starts the path again at `view`: what came before cannot be gone back to."""
        self.history = [view]
        return view

    def drop(self, view: str) -> str:
        """Leaves `view` out of the way back (a login page once logged in)."""
        self.history = [v for v in self.history if v != view] or [self.start]
        return self.current

    def back(self) -> str | None:
        if len(self.history) < 2:
            return None
        self.history.pop()
        return self.current

    def can_go_back(self) -> bool:
        return len(self.history) > 1
