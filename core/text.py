"""Words two stages must agree on, so that layout and tables read a page the same way."""

from __future__ import annotations

import re

# The first word of a totals row under a Chinese item table: these rows sum the items and are no items.
CJK_TOTALS = ("价税合计", "合计金额", "合计", "小计", "总计")


def spaced(word: str) -> str:
    """A regex for `word` with letter-spacing allowed between its characters (`合　　计` read as one line)."""
    return r"\s*".join(map(re.escape, word))
