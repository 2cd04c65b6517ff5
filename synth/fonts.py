"""The one set of fonts generated pages are drawn with, from Debian packages.

Every generator and test draws with these files only, so a page renders the same on every machine: a missing font
is reported (with the package that brings it), never replaced by whatever else is installed. `make test` installs
the missing packages where it runs as root (`python -m docsense.synth.fonts` prints them).
"""

from __future__ import annotations

import sys
from pathlib import Path

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/truetype/liberation"),
)

# file -> Debian package
FONTS = {
    "DejaVuSans.ttf": "fonts-dejavu-core",
    "DejaVuSans-Bold.ttf": "fonts-dejavu-core",
    "DejaVuSerif.ttf": "fonts-dejavu-core",
    "DejaVuSansMono.ttf": "fonts-dejavu-core",
    "DejaVuSansCondensed.ttf": "fonts-dejavu-extra",
    "wqy-microhei.ttc": "fonts-wqy-microhei",
    "wqy-zenhei.ttc": "fonts-wqy-zenhei",
    # Times- and Arial-metric faces: what journals and office documents are set in (browser pages, synth/browser.py)
    "LiberationSerif-Regular.ttf": "fonts-liberation",
    "LiberationSans-Regular.ttf": "fonts-liberation",
}


class FontMissing(FileNotFoundError):
    pass


def find(name: str) -> Path | None:
    for folder in FONT_DIRS:
        path = folder / name
        if path.is_file():
            return path
    return None


def path(name: str) -> Path:
    """The file of one of FONTS; FontMissing (naming its package) when it is not installed."""
    if name not in FONTS:
        raise KeyError(f"{name} is not one of the project's fonts ({', '.join(FONTS)})")
    found = find(name)
    if found is None:
        raise FontMissing(f"font {name} is not installed (Debian package {FONTS[name]})")
    return found


def missing() -> dict[str, str]:
    """Fonts of the set that are not installed -> their Debian package."""
    return {name: package for name, package in FONTS.items() if find(name) is None}


def missing_reason() -> str | None:
    """Why page rendering cannot run here, or None when the whole set is installed."""
    gone = missing()
    if not gone:
        return None
    packages = " ".join(sorted(set(gone.values())))
    return (
        f"fonts not installed: {', '.join(gone)} (as root: apt-get install {packages}; `make test` does this "
        "where it runs as root)"
    )


if __name__ == "__main__":
    # The Debian packages still to install, one line, empty when none (read by the Makefile).
    sys.stdout.write(" ".join(sorted(set(missing().values()))) + "\n")
