"""Time budgets that CPU work cannot ignore: a deadline per request/document, and user regexes bounded by it.

A deadline is set around a unit of work (`with deadline(30): ...`) in the thread doing it; long loops call
`check()` between steps (pages, stages) and stop with a TimeoutError (504) once it has passed, so a request
answered 504 also stops using its worker. User regexes (templates: `re:` keys, `pattern`, classify keywords)
run on the `regex` engine: it has Python's syntax and semantics (lookarounds included, which shipped templates
use and RE2 lacks; RE2's ASCII-only \\b \\w \\d would also change matches on CJK text), releases the GIL while
matching (the event loop and /health keep answering) and stops a match at a timeout, so a backtracking pattern
like `(a|aa)+$` costs at most MATCH_TIMEOUT_S and then fails as a TemplateError naming the pattern.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

import regex

from .errors import DeadlineError, DocsenseError, TemplateError

MATCH_TIMEOUT_S = 0.5  # one search on one line of text: normal patterns take microseconds
_PROBE_TIMEOUT_S = 0.05
_deadline: ContextVar[float | None] = ContextVar("docsense_deadline", default=None)
_regex_left: ContextVar[list[float] | None] = ContextVar("docsense_regex_left", default=None)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Work inside must end within `seconds` (None: no limit); nested deadlines keep the earlier one."""
    if seconds is None:
        yield
        return
    end = time.monotonic() + seconds
    outer = _deadline.get()
    token = _deadline.set(end if outer is None else min(outer, end))
    try:
        yield
    finally:
        _deadline.reset(token)


@contextmanager
def regex_budget(seconds: float) -> Iterator[None]:
    """User regexes inside may take `seconds` in all (one document through one template): many slow-but-not-
    timed-out matches add up too."""
    token = _regex_left.set([seconds])
    try:
        yield
    finally:
        _regex_left.reset(token)


def remaining() -> float | None:
    end = _deadline.get()
    return None if end is None else end - time.monotonic()


def check(what: str = "work") -> None:
    """Raise TimeoutError (504) when the current deadline has passed."""
    left = remaining()
    if left is not None and left <= 0:
        raise DeadlineError(f"{what} stopped: its time budget ran out")


class UserRegex:
    """A compiled user pattern whose every match is bounded in time (see the module doc)."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str, ignore_case: bool = True) -> None:
        self.pattern = pattern
        try:
            self._compiled = regex.compile(pattern, regex.V0 | (regex.IGNORECASE if ignore_case else 0))
        except (regex.error, OverflowError, RecursionError) as exc:
            raise TemplateError(f"bad regex {pattern!r}: {exc}") from exc

    def _call(self, method: str, text: str, pos: int) -> Any:
        left = remaining()
        pool = _regex_left.get()
        timeout = min([MATCH_TIMEOUT_S, *(x for x in (left, pool[0] if pool else None) if x is not None)])
        # the request's deadline bound this match: the regex module's timer can fire a hair before the monotonic
        # clock reaches the deadline, so which budget ran out is read from the limit set, not the clock after
        by_deadline = left is not None and (timeout >= left or left <= 0)
        if timeout <= 0:
            raise self._out_of_time(by_deadline)
        start = time.perf_counter()
        try:
            return getattr(self._compiled, method)(text, pos, concurrent=True, timeout=timeout)
        except TimeoutError as exc:
            if timeout < MATCH_TIMEOUT_S or by_deadline:  # a budget ran out, not this one match's time
                now = remaining()
                raise self._out_of_time(by_deadline or (now is not None and now <= 0)) from exc
            raise TemplateError(
                f"regex {self.pattern!r} took over {timeout:.2g} s on a {len(text)}-character text: it backtracks "
                "(nested repetition such as (a+)+ or (a|aa)*); rewrite it"
            ) from exc
        finally:
            if pool:
                pool[0] -= time.perf_counter() - start

    def _out_of_time(self, by_deadline: bool) -> DocsenseError:
        if by_deadline:
            return DeadlineError(f"stopped at regex {self.pattern!r}: the request's time budget ran out")
        return TemplateError(
            f"the template's regexes ran past kie.regex_budget_s on this document (at {self.pattern!r})"
        )

    def search(self, text: str, pos: int = 0) -> Any:
        return self._call("search", text, pos)

    def match(self, text: str, pos: int = 0) -> Any:
        return self._call("match", text, pos)

    def fullmatch(self, text: str, pos: int = 0) -> Any:
        return self._call("fullmatch", text, pos)


def _probes(pattern: str) -> list[str]:
    """Texts that make a backtracking pattern blow up: long runs of one character it mentions (or a common
    class member), then a character that makes the match fail at the end."""
    chars = {c for c in pattern if c.isalnum() or c in " -_./:"} | {"a", "1", " ", "A"}
    return [c * 48 + tail for c in sorted(chars)[:40] for tail in ("!", "\n", "\x00")]


@lru_cache(maxsize=4096)
def user_regex(pattern: str, ignore_case: bool = True) -> UserRegex:
    """Compile (cached); raises TemplateError saying why a pattern is refused."""
    return UserRegex(pattern, ignore_case)


@lru_cache(maxsize=4096)
def vet_regex(pattern: str) -> None:
    """Refuse, when a template is loaded, a pattern that fails to compile or backtracks on short probe texts
    (most catastrophic patterns do; the match-time timeout catches the rest)."""
    compiled = user_regex(pattern)._compiled
    for text in _probes(pattern):
        try:
            compiled.search(text, concurrent=True, timeout=_PROBE_TIMEOUT_S)
        except TimeoutError as exc:
            raise TemplateError(
                f"regex {pattern!r} backtracks catastrophically (over {_PROBE_TIMEOUT_S} s on a "
                f"{len(text)}-character text): avoid nested repetition such as (a+)+ or (a|aa)*"
            ) from exc
