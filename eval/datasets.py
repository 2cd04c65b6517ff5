"""Dataset readers shared by `docsense eval` and bench/: where a ground-truth file's image lies."""

from __future__ import annotations

from pathlib import Path

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp", ".pdf"}


def find_image(images: Path, name: str) -> Path | None:
    """`name` as given, or by its base name, or any image of the same stem (GT files often name another suffix)."""
    for candidate in (images / name, images / Path(name).name):
        if candidate.is_file():
            return candidate
    for candidate in sorted(images.glob(Path(name).stem + ".*")):
        if candidate.suffix.lower() in IMAGE_SUFFIXES:
            return candidate
    return None
