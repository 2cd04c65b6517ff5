"""Red seals: found, masked so the black text beneath reads, and their ring / inner text read.

The pages are drawn here: black invoice lines, then an oval red seal (ring, company name along the arc, tax id and
发票专用章 inside) stamped over some of them, with the WenQuanYi CJK font.
"""

from __future__ import annotations

import difflib
import math
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from docsense.core.config import Settings
from docsense.ocr import OcrPipeline
from docsense.ocr.seal import SealReader, find_seals

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
COMPANY = "北京华泰科技有限公司"
TAX_ID = "91110108MA01ABCD2X"
LINES = [
    "销售方名称：北京华泰科技有限公司",
    "纳税人识别号：91110108MA01ABCD2X",
    "地址、电话：北京市海淀区中关村大街1号",
    "开户行及账号：中国银行北京分行 6222021234",
    "备注：本发票已加盖发票专用章",
    "收款人：李娜 复核：王强 开票人：张伟",
]

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="WenQuanYi font not installed")


def draw_seal(img: Image.Image, cx: int, cy: int, rx: int, ry: int, ring: str, turn: float = 0.0) -> None:
    """An oval seal: border, `ring` along the upper arc (tops outward), tax id and 发票专用章 inside.
    `turn` rotates the ring text around the centre (degrees clockwise), as a seal stamped at an angle."""
    color = (220, 30, 40)
    d = ImageDraw.Draw(img)
    d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=color, width=max(3, int(rx * 0.04)))
    size = int(min(rx, ry) * 0.26)
    font = ImageFont.truetype(str(FONT), size)
    span = math.radians(min(250, 20 * len(ring)))
    for i, ch in enumerate(ring):
        phi = -span / 2 + span * (i + 0.5) / len(ring) + math.radians(turn)  # 0 = top, clockwise
        tile = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((size // 2, size // 2), ch, font=font, fill=(*color, 255))
        tile = tile.rotate(-math.degrees(phi), resample=Image.Resampling.BICUBIC)
        x, y = cx + 0.74 * rx * math.sin(phi), cy - 0.74 * ry * math.cos(phi)
        img.paste(tile, (int(x - size), int(y - size)), tile)
    small = ImageFont.truetype(str(FONT), int(size * 0.62))
    d.text((cx - d.textlength(TAX_ID, font=small) / 2, cy - size * 0.3), TAX_ID, font=small, fill=color)
    mid = ImageFont.truetype(str(FONT), int(size * 0.8))
    d.text((cx - d.textlength("发票专用章", font=mid) / 2, cy + ry * 0.45), "发票专用章", font=mid, fill=color)


def page(seal: bool = True) -> np.ndarray:
    img = Image.new("RGB", (1000, 700), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 30)
    for i, text in enumerate(LINES):
        d.text((60, 80 + i * 80), text, font=font, fill=(0, 0, 0))
    out = np.asarray(img).astype(np.float32)
    if seal:
        # stamp ink is translucent: multiply the seal layer onto the page (black text stays black under it)
        layer = Image.new("RGB", img.size, "white")
        draw_seal(layer, 560, 330, 170, 120, COMPANY)
        out = out * np.asarray(layer).astype(np.float32) / 255.0
    return cv2.cvtColor(out.astype(np.uint8), cv2.COLOR_RGB2BGR)


@pytest.fixture(scope="module")
def parts() -> tuple[Settings, OcrPipeline, SealReader]:
    s = Settings()
    ocr = OcrPipeline(s.ocr, s.engine)
    return s, ocr, SealReader(s.ocr.seal, ocr.recognizer, ocr.detector, s.engine)


def similarity(lines: list[str]) -> float:
    norm = lambda t: t.replace(" ", "")  # noqa: E731
    return difflib.SequenceMatcher(None, norm("".join(LINES)), norm("".join(lines))).ratio()


def test_no_red_no_seal(parts: tuple[Settings, OcrPipeline, SealReader]) -> None:
    s, _, reader = parts
    clean = page(seal=False)
    seals, mask = find_seals(clean, s.ocr.seal)
    assert seals == [] and mask is None  # the quick check stopped before the full-resolution mask
    result = reader(clean)
    assert result.seals == [] and result.image is clean


def test_red_text_that_is_not_a_seal_is_left_alone(parts: tuple[Settings, OcrPipeline, SealReader]) -> None:
    s, _, _ = parts
    img = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(img).text(
        (40, 100), "增值税专用发票 红字标题", font=ImageFont.truetype(str(FONT), 60), fill=(220, 30, 40)
    )
    seals, _ = find_seals(cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR), s.ocr.seal)
    assert seals == []


def test_seal_masked_and_read(parts: tuple[Settings, OcrPipeline, SealReader]) -> None:
    _, ocr, reader = parts
    img = page()
    result = reader(img)
    assert len(result.seals) == 1
    seal = result.seals[0]
    x0, y0, x1, y1 = seal.bbox
    assert abs((x0 + x1) / 2 - 560) < 10 and abs((y0 + y1) / 2 - 330) < 10
    assert seal.ring_text == COMPANY
    inner = [t for t, _, _ in seal.inner]
    assert TAX_ID in inner and "发票专用章" in inner
    block = seal.block()
    assert block.type == "seal" and block.lines[0].text == COMPANY
    # the black text under the seal reads better once the seal ink is masked
    plain = similarity([ln.text for ln in ocr(img).lines])
    masked = similarity([ln.text for ln in ocr(result.image).lines])
    assert masked > plain + 0.05
    assert masked > 0.95
    # masking keeps black pixels: the text under the seal is still there
    assert (result.image[250:450, 400:700] < 80).sum() > 0.8 * (page(seal=False)[250:450, 400:700] < 80).sum()


def test_turned_seal_is_read(parts: tuple[Settings, OcrPipeline, SealReader]) -> None:
    """A seal stamped at an angle (and a round one): the unwarp starts in the gap wherever it is."""
    _, _, reader = parts
    img = Image.new("RGB", (500, 500), "white")
    draw_seal(img, 250, 250, 150, 150, "上海恒达贸易有限公司", turn=35)
    result = reader(cv2.cvtColor(np.asarray(img), cv2.COLOR_RGB2BGR))
    assert len(result.seals) == 1
    got = result.seals[0].ring_text
    assert difflib.SequenceMatcher(None, "上海恒达贸易有限公司", got).ratio() >= 0.8, got


def test_pipeline_adds_seal_block(ocr_only) -> None:  # type: ignore[no-untyped-def]
    ok, data = cv2.imencode(".png", page())
    assert ok
    parsed = ocr_only.parse_bytes(data.tobytes(), "seal.png")
    blocks = parsed.document.pages[0].blocks
    seals = [b for b in blocks if b.type == "seal"]
    assert len(seals) == 1 and seals[0].lines[0].text == COMPANY
    text = "".join(ln.text for b in blocks if b.type != "seal" for ln in b.lines).replace(" ", "")
    assert "中关村大街1号" in text and "6222021234" in text


def test_no_seals_on_real_pages_without_seals(data_dir: Path) -> None:
    """Receipts, articles and photos (some with red logos, figures and headings): no seal is found."""
    s = Settings()
    files = sorted(data_dir.glob("*/images/*")) + sorted((data_dir / "samples").glob("*"))
    checked = 0
    for f in files:
        img = cv2.imread(str(f))
        if img is None:
            continue
        seals, _ = find_seals(img, s.ocr.seal)
        assert seals == [], f
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize("turn", [cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_180])
def test_seal_on_turned_page(parts: tuple[Settings, OcrPipeline, SealReader], turn: int) -> None:
    """A page scanned a quarter or half turn: the ring is read from its gap, inner lines after turning the seal."""
    _, _, reader = parts
    result = reader(cv2.rotate(page(), turn))
    assert len(result.seals) == 1
    assert result.seals[0].ring_text == COMPANY
    assert "发票专用章" in [t for t, _, _ in result.seals[0].inner]
