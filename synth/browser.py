"""Pages typeset by a real browser: HTML + CSS in, a page image and the box of every marked element out.

Pages drawn with PIL (synth/documents.py) place every word where the generator says; a browser breaks, justifies and
hyphenates lines, floats figures and lays tables out itself, as publishers' tools do, so its pages test the stages
on typesetting nobody wrote rules against. Debian's `chromium` driven by playwright (dev dependencies only: never
imported at run time). Elements carry `data-gt="<label>"`; each comes back with the tight box of its ink: the union
of its text's line boxes, or the element's own box for images and rules-only elements.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from types import TracebackType
from typing import Any

from PIL import Image

CHROMIUM = Path("/usr/bin/chromium")

# Tight boxes, in CSS pixels: text elements by a Range over their contents (a <p> is as wide as its column, its
# text often is not: a title's box must hug the title), cut into one box per column or page part the text flows
# through (a paragraph continued in the next column is two regions, as PubLayNet annotates it); images, tables and
# empty elements by their own rectangle. The cut is decided on the text's own rects: a line wholly above the line
# before it starts a new column. Element boxes (an inline span's padding, an absolutely placed equation number whose
# box is as tall as a wide line spacing) do not cut: each joins the part it overlaps most.
_BOXES_JS = """
() => Array.from(document.querySelectorAll('[data-gt]')).flatMap((el, i) => {
  const meta = {index: i, label: el.dataset.gt, id: el.id || null, text: (el.innerText || '').trim()};
  const sx = window.scrollX, sy = window.scrollY;
  const own = el.getBoundingClientRect();
  let parts = [[own.left, own.top, own.right, own.bottom]];
  if (el.tagName !== 'IMG' && el.tagName !== 'TABLE' && meta.text) {
    const seen = (r) => r.width > 0 && r.height > 0;
    const range = document.createRange();
    const found = [];
    let prev = null;
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walk.nextNode(); node; node = walk.nextNode()) {
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (!seen(r)) continue;
        // text flows down a column: a line wholly above the one before it starts the next column
        if (!prev || r.bottom <= prev.top + 2) found.push([r.left, r.top, r.right, r.bottom]);
        const cur = found[found.length - 1];
        cur[0] = Math.min(cur[0], r.left); cur[1] = Math.min(cur[1], r.top);
        cur[2] = Math.max(cur[2], r.right); cur[3] = Math.max(cur[3], r.bottom);
        prev = r;
      }
    }
    const area = (b, r) => Math.max(0, Math.min(b[2], r.right) - Math.max(b[0], r.left))
      * Math.max(0, Math.min(b[3], r.bottom) - Math.max(b[1], r.top));
    // every rect of the contents (text and element boxes) joins the part it overlaps most, else the last one's
    const boxes = found.map((b) => b.slice());
    let last = 0;
    range.selectNodeContents(el);
    for (const r of range.getClientRects()) {
      if (!seen(r) || !found.length) continue;
      let k = last, best = 0;
      found.forEach((b, j) => { const a = area(b, r); if (a > best) { best = a; k = j; } });
      const b = boxes[k];
      b[0] = Math.min(b[0], r.left); b[1] = Math.min(b[1], r.top);
      b[2] = Math.max(b[2], r.right); b[3] = Math.max(b[3], r.bottom);
      last = k;
    }
    if (found.length) parts = boxes;
  }
  return parts.map((b, k) => ({...meta, part: k, bbox: [b[0] + sx, b[1] + sy, b[2] + sx, b[3] + sy]}));
})
"""


def unavailable_reason() -> str | None:
    """Why browser pages cannot be made here, or None."""
    if not CHROMIUM.is_file() and shutil.which("chromium") is None:
        return "chromium is not installed (Debian package chromium; .ci/run installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (requirements/dev.txt)"
    return None


class Browser:
    """One headless chromium for many pages (starting it costs ~1 s). Use as a context manager."""

    def __init__(self) -> None:
        self._pw: Any = None
        self._browser: Any = None

    def __enter__(self) -> Browser:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        exe = str(CHROMIUM) if CHROMIUM.is_file() else shutil.which("chromium")
        args = ["--no-sandbox", "--font-render-hinting=none"]
        self._browser = self._pw.chromium.launch(executable_path=exe, args=args)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._pw is not None:
            self._pw.stop()

    def render(
        self, html: str, width: int, height: int, scale: float = 1.0, base: Path | None = None
    ) -> tuple[Image.Image, list[dict[str, Any]]]:
        """The page (width x height CSS px, times `scale` in pixels; content past the height is cut) and the boxes of
        its `data-gt` elements in image pixels, clipped to the page; elements wholly outside it are dropped.
        `base`: folder that relative URLs (images) resolve against."""
        from playwright.sync_api import Error

        for attempt in range(3):
            # a busy machine sometimes fails a screenshot ("Unable to capture screenshot"): a fresh page redoes it
            page = self._browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale)
            try:
                if base is not None:
                    html_path = base / "_page.html"
                    html_path.write_text(html, encoding="utf-8")
                    page.goto(html_path.resolve().as_uri())
                else:
                    page.set_content(html)
                page.wait_for_load_state("load")
                boxes = page.evaluate(_BOXES_JS)
                png = page.screenshot(clip={"x": 0, "y": 0, "width": width, "height": height})
                break
            except Error:
                if attempt == 2:
                    raise
            finally:
                page.close()
        image = Image.open(io.BytesIO(png)).convert("RGB")
        out = []
        for box in boxes:
            x0, y0, x1, y1 = (v * scale for v in box["bbox"])
            x0, y0, x1, y1 = max(0.0, x0), max(0.0, y0), min(image.width, x1), min(image.height, y1)
            if x1 - x0 >= 1 and y1 - y0 >= 1:
                out.append({**box, "bbox": [x0, y0, x1, y1]})
        return image, out
