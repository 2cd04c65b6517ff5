"""Script consistency of a page's recognized text: on a simplified Chinese page, the few characters the recognizer
read in their traditional form (`黃` for `黄`) are written simplified again.

The recognizer's dictionary holds both scripts, and now and then picks a character's traditional twin on a
simplified page, which costs exact-match fields (a name). A character is changed only where it is
traditional-only: outside GB2312 (the simplified character set, so `著`, `乾`, `干` stay as printed) and mapped by
OpenCC's traditional-to-simplified character table. The change is one character for one, so word boxes still fit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from docsense.core.document import Line

# A page is simplified when at least this share of its Chinese characters are simplified-compatible. The same
# Chinese KIE pages read 0.993 or more as printed (simplified) and 0.43-0.70 when printed traditional: 0.95 leaves
# Hong Kong / Taiwan pages, and simplified pages quoting a traditional passage, as read.
SIMPLIFIED_SHARE = 0.95


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


@cache
def _converter() -> Callable[[str], str]:
    import opencc  # loaded on the first page holding a character outside GB2312, not at start-up

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


@cache
def simplified_form(ch: str) -> str:
    """`ch`'s simplified form where `ch` is a traditional-only Chinese character, else `ch` itself."""
    if not _is_han(ch):
        return ch
    try:
        ch.encode("gb2312")
        return ch  # in the simplified set, whatever else it may be
    except UnicodeEncodeError:
        pass
    form = _converter()(ch)
    return form if len(form) == 1 else ch


def simplified_share(lines: list[Line]) -> float | None:
    """Share of the page's Chinese characters that are simplified-compatible; None with no Chinese character."""
    han = [ch for line in lines for ch in line.text if _is_han(ch)]
    if not han:
        return None
    return sum(simplified_form(ch) == ch for ch in han) / len(han)


def simplify_page(lines: list[Line]) -> list[Line]:
    """The page's lines with traditional-only characters written simplified, when the page is simplified (at least
    SIMPLIFIED_SHARE of its Chinese characters); other pages' lines are returned as they are."""
    share = simplified_share(lines)
    if share is None or share == 1.0 or share < SIMPLIFIED_SHARE:
        return lines

    def simple(text: str) -> str:
        return "".join(simplified_form(ch) for ch in text)

    return [
        line.model_copy(
            update={
                "text": simple(line.text),
                "words": [w.model_copy(update={"text": simple(w.text)}) for w in line.words],
            }
        )
        for line in lines
    ]
