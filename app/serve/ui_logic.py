"""Page logic of the web UI as plain functions (no Streamlit here), so tests call them directly.

Corrections are written as labeled JSONL, one object per text line (format in docs/serve_ui.md):
`{"text", "spans": [{"start", "end", "label"}], "image", "source", "sha256", "page", "bbox", "template"}`;
`docsense train ner` (synth/ner_lines.py) reads `text` + `spans` and ignores the rest.
Key-value corrections (mode kv) are one object per page in FUNSD's shape, which `docsense eval kv --gt` reads:
`{"filename", "sha256", "page", "entities": [{"id", "text", "box", "label"}], "links": [[key_id, value_id]]}`.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import numpy as np
from PIL import Image, ImageDraw

from docsense.core.config import USER_TEMPLATES, Settings
from docsense.core.document import BBox, Document, Entity, Extraction, FieldValue, Line, Page, Pair, Table
from docsense.core.export import BLOCK_COLOURS

Mode = Literal["parse", "extract", "kv"]
LAYERS = ("regions", "lines", "cells", "fields", "kv")
FIELD_COLOUR = "#00a651"
SELECTED_COLOUR = "#ff00ff"
LINE_COLOUR = "#0050ff"
CELL_COLOUR = "#ff7f0e"
# key-value entities by label (FUNSD's four), and the key -> value arrows
KV_COLOURS = {"question": "#1f77b4", "answer": "#2ca02c", "header": "#ff7f0e", "other": "#7f7f7f"}
LINK_COLOUR = "#ff00ff"


# --- settings ---


def base_settings(raw_json: str | None) -> Settings:
    """The settings `docsense ui` was started with (DOCSENSE_SETTINGS), or defaults."""
    return Settings.model_validate_json(raw_json) if raw_json else Settings()


def user_template_dir(settings: Settings) -> Path:
    """Where the template editor saves: the first of `kie.template_dirs`, which the CLI and the API search too."""
    dirs = settings.kie.template_dirs
    return Path(dirs[0] if dirs else USER_TEMPLATES).expanduser()


def ui_settings(base: Settings, knobs: dict[str, Any]) -> Settings:
    """`knobs`: dotted keys from the sidebar (`ocr.det.thresh`: 0.3); the user template folder is always searched."""
    tree = base.model_dump()
    for dotted, value in knobs.items():
        node = tree
        *parents, leaf = dotted.split(".")
        for key in parents:
            node = node[key]
        node[leaf] = value
    if not tree["kie"]["template_dirs"]:
        tree["kie"]["template_dirs"] = [USER_TEMPLATES]
    return Settings.model_validate(tree)


# --- processing ---


@dataclass
class Result:
    name: str
    sha256: str
    document: Document
    images: list[np.ndarray]  # BGR, as loaded; boxes are in original pixels (scale maps them)
    scales: list[float]
    extraction: Extraction | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def process(
    data: bytes,
    name: str,
    mode: Mode,
    template: str,
    extractor: Any,
    on_page: Any = None,
) -> Result:
    """Parse (and extract) one upload; errors come back in `Result.error` as one line, never raised."""
    from docsense.core.errors import DocsenseError

    sha = hashlib.sha256(data).hexdigest()
    try:
        parsed = extractor.pipeline.parse_bytes(data, name, on_page)
        extraction = None
        if mode != "parse":
            extraction = extractor.extract_document(parsed.document, "kv" if mode == "kv" else template, sha)
        return Result(
            name,
            sha,
            parsed.document,
            [p.image for p in parsed.pages],
            [p.scale for p in parsed.pages],
            extraction,
        )
    except DocsenseError as exc:
        return Result(name, sha, Document(source=name), [], [], error=f"{exc.kind}: {exc}")
    except Exception as exc:  # shown as a message in the page, never as a traceback
        return Result(name, sha, Document(source=name), [], [], error=f"{type(exc).__name__}: {exc}")


# --- overlays ---


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def page_fields(extraction: Extraction | None, page: int) -> dict[str, FieldValue]:
    if extraction is None:
        return {}
    return {k: v for k, v in extraction.fields.items() if v.bbox is not None and v.page == page}


def page_kv(extraction: Extraction | None, page: int) -> tuple[list[Entity], list[Pair]]:
    """The page's key-value entities and links."""
    if extraction is None:
        return [], []
    return [e for e in extraction.entities if e.page == page], [p for p in extraction.pairs if p.page == page]


def overlay(
    image: np.ndarray,
    page: Page,
    scale: float,
    layers: set[str],
    fields: dict[str, FieldValue] | None = None,
    selected: set[str] | None = None,
    max_side: int = 1400,
    kv: tuple[list[Entity], list[Pair]] | None = None,
) -> Image.Image:
    """The page (RGB) with the chosen layers drawn; selected fields get a thick magenta box; layer `kv` draws the
    page's key-value entities coloured by label and each link as an arrow from key to value."""
    rgb = Image.fromarray(np.ascontiguousarray(image[:, :, ::-1]))
    # Boxes are in the page's own pixels. The kept image is downscaled by `scale`, and a fax page was stretched
    # square for reading, so the drawing is sized from the page itself.
    k = min(1.0 / scale, max_side / max(page.width, page.height))  # original page pixels -> drawn pixels
    size = (max(1, round(page.width * k)), max(1, round(page.height * k)))
    if abs(rgb.width - size[0]) > 1 or abs(rgb.height - size[1]) > 1:
        rgb = rgb.resize(size, Image.Resampling.LANCZOS)
    canvas = rgb.convert("RGBA")
    shade = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(shade)

    def box(b: BBox, colour: str, width: int = 2, fill: int = 0) -> None:
        r, g, bl = _rgb(colour)
        xy = (b[0] * k, b[1] * k, b[2] * k, b[3] * k)
        draw.rectangle(xy, outline=(r, g, bl, 255), width=width, fill=(r, g, bl, fill) if fill else None)

    for block in page.blocks:
        if "regions" in layers:
            box(block.bbox, BLOCK_COLOURS.get(str(block.type), "#333333"), 3, 40)
        if "lines" in layers:
            for line in block.lines:
                r, g, bl = _rgb(LINE_COLOUR)
                draw.polygon([(x * k, y * k) for x, y in line.polygon], outline=(r, g, bl, 255))
        if "cells" in layers and block.table is not None:
            for cell in block.table.cells:
                box(cell.bbox, CELL_COLOUR, 1)
    for name, value in (fields or {}).items():
        chosen = selected is not None and name in selected
        if value.bbox is not None and ("fields" in layers or chosen):
            box(value.bbox, SELECTED_COLOUR if chosen else FIELD_COLOUR, 5 if chosen else 2, 70 if chosen else 30)
    if kv is not None and "kv" in layers:
        entities, pairs = kv
        for e in entities:
            box(e.bbox, KV_COLOURS[e.label], 1 if e.label == "other" else 2, 45)
            r, g, bl = _rgb(KV_COLOURS[e.label])
            draw.text((e.bbox[0] * k + 2, e.bbox[1] * k), e.label[0].upper(), fill=(r, g, bl, 255))
        for p in pairs:
            start, end = _link_ends(p.key_bbox, p.value_bbox)
            # surer links are drawn darker: the colour fades toward white as the confidence drops
            shade_of = 0.4 + 0.6 * max(0.0, min(1.0, p.confidence))
            faded = tuple(int(255 - (255 - c) * shade_of) for c in _rgb(LINK_COLOUR))
            _arrow(draw, np.array(start) * k, np.array(end) * k, (*faded, 255))
    return Image.alpha_composite(canvas, shade).convert("RGB")


def _link_ends(key: BBox, value: BBox) -> tuple[tuple[float, float], tuple[float, float]]:
    """Key's right edge to value's left edge when the value is right of the key, else bottom edge to top edge."""
    if value[0] >= (key[0] + key[2]) / 2 and value[1] < key[3]:
        return (key[2], (key[1] + key[3]) / 2), (value[0], (value[1] + value[3]) / 2)
    return ((key[0] + key[2]) / 2, key[3]), ((value[0] + value[2]) / 2, value[1])


def _arrow(draw: ImageDraw.ImageDraw, start: np.ndarray, end: np.ndarray, rgba: tuple[int, ...]) -> None:
    draw.line([tuple(start), tuple(end)], fill=rgba, width=2)
    d = end - start
    n = float(np.hypot(*d))
    if n < 1:
        return
    u, v = d / n, np.array([-d[1], d[0]]) / n
    head = min(12.0, n / 2)
    draw.polygon([tuple(end), tuple(end - head * u + head / 2 * v), tuple(end - head * u - head / 2 * v)], fill=rgba)


def legend() -> list[tuple[str, str]]:
    return list(BLOCK_COLOURS.items())


# --- fields and corrections ---


def field_rows(extraction: Extraction | None) -> list[dict[str, Any]]:
    """Rows for the editable fields table."""
    if extraction is None:
        return []
    return [
        {
            "show": False,
            "field": name,
            "value": v.value or "",
            "raw": v.raw,
            "confidence": round(v.confidence, 3),
            "page": v.page,
        }
        for name, v in extraction.fields.items()
    ]


def entity_rows(extraction: Extraction | None) -> list[dict[str, Any]]:
    """Rows for the editable key-value entities table (text and label can be corrected)."""
    if extraction is None:
        return []
    return [{"id": i, "text": e.text, "label": e.label, "page": e.page} for i, e in enumerate(extraction.entities)]


def link_rows(extraction: Extraction | None) -> list[dict[str, Any]]:
    """Rows for the links table: untick `keep` to drop a wrong link."""
    if extraction is None:
        return []
    return [
        {"keep": True, "key": p.key, "value": p.value, "confidence": round(p.confidence, 3), "page": p.page}
        for p in extraction.pairs
    ]


def apply_kv_rows(
    extraction: Extraction, entity_edits: list[dict[str, Any]], link_edits: list[dict[str, Any]]
) -> Extraction:
    """The extraction with corrected entity texts and labels, and without the links unticked (by row order); a
    pair whose key or value is a corrected entity (the same box) reads the corrected text."""
    entities = list(extraction.entities)
    texts: dict[tuple[int, BBox], str] = {}
    for row in entity_edits:
        i = int(row.get("id", -1))
        label = str(row.get("label") or "")
        if 0 <= i < len(entities) and label in KV_COLOURS:
            text = str(row.get("text") or "")
            if text != entities[i].text:
                texts[entities[i].page, entities[i].bbox] = text
            entities[i] = entities[i].model_copy(update={"text": text, "label": label})
    pairs = [p for p, row in zip(extraction.pairs, link_edits, strict=False) if row.get("keep", True)]
    pairs += extraction.pairs[len(link_edits) :]
    pairs = [
        p.model_copy(
            update={
                "key": texts.get((p.page, p.key_bbox), p.key),
                "value": texts.get((p.page, p.value_bbox), p.value),
            }
        )
        for p in pairs
    ]
    return extraction.model_copy(update={"entities": entities, "pairs": pairs})


def kv_labels(result: Result, extraction: Extraction) -> list[dict[str, Any]]:
    """One FUNSD-shaped record per page (`docsense eval kv --gt` reads them): entities with ids, and links as
    [key id, value id] found by box. Coordinates are original page pixels."""
    records = []
    for page in result.document.pages:
        ents, links = _linked_entities(*page_kv(extraction, page.index))
        records.append(
            {
                "filename": result.name if len(result.document.pages) == 1 else f"{result.name}#page={page.index}",
                "sha256": result.sha256,
                "page": page.index,
                "entities": [
                    {"id": i, "text": e.text, "box": [round(c, 1) for c in e.bbox], "label": e.label}
                    for i, e in enumerate(ents)
                ],
                "links": links,
            }
        )
    return records


def _linked_entities(ents: list[Entity], pairs: list[Pair]) -> tuple[list[Entity], list[list[int]]]:
    """A page's entities and its links as [key index, value index]; a key or value that is no entity of its own
    (a ticked box drawn inside its label's box: "☑ P.O.") is added as one, so no link is lost."""
    ents = list(ents)

    def find(bbox: BBox) -> int | None:
        """The entity covering most of the box (a link's boxes are its entities' boxes)."""
        area = max((bbox[2] - bbox[0]) * (bbox[3] - bbox[1]), 1e-6)
        best = max(range(len(ents)), key=lambda i: _overlap(ents[i].bbox, bbox), default=None)
        return best if best is not None and _overlap(ents[best].bbox, bbox) > 0.5 * area else None

    links = []
    for p in pairs:
        k = find(p.key_bbox)
        if k is None:
            ents.append(Entity(text=p.key, bbox=p.key_bbox, label="question", page=p.page))
            k = len(ents) - 1
        v = find(p.value_bbox)
        if v is None or v == k:
            ents.append(Entity(text=p.value, bbox=p.value_bbox, label="answer", page=p.page))
            v = len(ents) - 1
        links.append([k, v])
    return ents, links


def field_types(settings: Settings, template: str) -> dict[str, str]:
    """{field: value type} of a template (empty when it is not one: `kv`, a deleted file)."""
    from docsense.core.errors import DocsenseError
    from docsense.kie.templates import load_template

    try:
        tpl = load_template(template, settings.kie.template_dirs)
    except (DocsenseError, OSError, ValueError):
        return {}
    return {name: spec.type for name, spec in tpl.fields.items()}


def apply_rows(
    extraction: Extraction,
    rows: list[dict[str, Any]],
    document: Document | None = None,
    types: dict[str, str] | None = None,
) -> Extraction:
    """The extraction with the edited values; an edited field gets confidence 1 (it was checked).

    Editing `raw` (what is printed) normalizes it again into `value` by the field's type; editing `value` looks
    for a printed form of it (`1250.00` printed `1,250.00`). Either way the box moves to where that is printed on
    the page (nearest the old box), or is dropped when it is printed nowhere."""
    from docsense.kie import normalize as nz
    from docsense.kie.printed import find_raw, find_value
    from docsense.kie.view import View

    view = View(document) if document is not None else None
    fields = dict(extraction.fields)
    for row in rows:
        name = str(row.get("field") or "").strip()
        if not name:
            continue
        old = fields.get(name, FieldValue(value=None))
        value = str(row.get("value") or "").strip() or None
        raw = str(row.get("raw") or "").strip()
        if value == old.value and raw == old.raw:
            fields[name] = old
            continue
        vtype = (types or {}).get(name, "text")
        update: dict[str, Any] = {"value": value, "raw": raw or (value or ""), "confidence": 1.0}
        if raw and raw != old.raw:
            got = nz.find_typed(vtype, raw)
            update["value"] = value if value != old.value else (got[1] if got else raw)
            where = find_raw(view, raw, old.bbox, old.page) if view else None
            update["bbox"], update["page"] = (where[1], where[0]) if where else (None, old.page)
        elif value:
            found = find_value(view, vtype, value, old.bbox, old.page) if view else None
            update["raw"] = found[0] if found else value
            update["bbox"], update["page"] = (found[2], found[1]) if found else (None, old.page)
        else:
            update.update(raw="", bbox=None)
        if view is None:
            update.pop("bbox", None)
        fields[name] = old.model_copy(update=update)
    return extraction.model_copy(update={"fields": fields})


def _overlap(a: BBox, b: BBox) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0.0, w) * max(0.0, h)


def _candidates(lines: list[Line], text: str, near: BBox | None) -> list[tuple[int, int, int]]:
    """(line index, start, end) of every place `text` is printed; lines under the field's box come first."""
    if not text.strip():
        return []
    order = list(range(len(lines)))
    if near is not None:
        order.sort(key=lambda i: -_overlap(lines[i].bbox, near))
    # OCR may drop or add spaces: match the characters with any spacing between them
    needle = re.compile(r"\s*".join(re.escape(c) for c in text.replace(" ", "")), re.IGNORECASE)
    return [(i, m.start(), m.end()) for i in order for m in needle.finditer(lines[i].text)]


def corrections(result: Result, extraction: Extraction) -> list[dict[str, Any]]:
    """Labeled JSONL records for `docsense train ner`, one per text line: `{"text", "spans", ...context}`.

    Each field value becomes a span where it is printed (near the field's box first); spans never overlap. A value
    printed nowhere in the OCR text becomes its own record (`"bbox": null`), so a correction is never lost.
    """
    records: list[dict[str, Any]] = []
    for page in result.document.pages:
        lines = list(page.lines())
        spans: dict[int, list[dict[str, Any]]] = {}
        extra = []
        for name, v in extraction.fields.items():
            text = v.raw or v.value or ""
            if v.page != page.index or not text.strip():
                continue
            hit = None
            for i, start, end in _candidates(lines, text, v.bbox) + _candidates(lines, v.value or "", v.bbox):
                if all(end <= s["start"] or start >= s["end"] for s in spans.get(i, [])):
                    hit = (i, start, end)
                    break
            if hit is None:
                span = {"start": 0, "end": len(text), "label": name, "value": v.value, "bbox": None}
                extra.append({"text": text, "spans": [span], "bbox": None})
                continue
            i, start, end = hit
            box = list(v.bbox) if v.bbox is not None else None
            spans.setdefault(i, []).append({"start": start, "end": end, "label": name, "value": v.value, "bbox": box})
        context = {
            "image": f"{result.name}#page={page.index}",
            "source": result.name,
            "sha256": result.sha256,
            "page": page.index,
            "template": extraction.template,
        }
        for i, ln in enumerate(lines):
            found = sorted(spans.get(i, []), key=lambda s: s["start"])
            records.append({"text": ln.text, "spans": found, **context, "bbox": list(ln.bbox)})
        records.extend({**r, **context, "bbox": None} for r in extra)
    return records


def to_jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def read_jsonl(text: str) -> list[dict[str, Any]]:
    """Corrections back from JSONL; a bad line raises ValueError naming it."""
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {n}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise ValueError(f"line {n}: not a labeled record (needs `text` and `spans`)")
        for span in record.get("spans", []):
            if not (isinstance(span, dict) and {"start", "end", "label"} <= set(span)):
                raise ValueError(f"line {n}: span {span!r} needs start, end, label")
        out.append(record)
    return out


def fields_from_records(records: list[dict[str, Any]], sha256: str) -> dict[str, tuple[int, str]]:
    """{field: (page, text)} labeled for the document with this sha256 (the first span of each label)."""
    found: dict[str, tuple[int, str]] = {}
    for record in records:
        if record.get("sha256") != sha256:
            continue
        for span in record.get("spans", []):
            text = record["text"][int(span["start"]) : int(span["end"])]
            found.setdefault(str(span["label"]), (int(record.get("page", 0)), text))
    return found


def restore(extraction: Extraction, labeled: dict[str, tuple[int, str]]) -> Extraction:
    """The extraction with values taken from loaded corrections."""
    fields = dict(extraction.fields)
    for name, (page, text) in labeled.items():
        old = fields.get(name, FieldValue(value=None, page=page))
        fields[name] = old.model_copy(update={"value": text, "raw": text, "confidence": 1.0, "page": page})
    return extraction.model_copy(update={"fields": fields})


# --- tables and downloads ---


def tables(doc: Document) -> list[tuple[str, int, Table]]:
    out = []
    for page in doc.pages:
        n = 0
        for block in sorted(page.blocks, key=lambda b: b.order):
            if block.table is not None and block.table.cells:
                n += 1
                out.append((f"p{page.index + 1}_t{n}", page.index, block.table))
    return out


def table_csv(table: Table) -> str:
    try:
        from docsense.core import tables_io

        return tables_io.to_csv(table)
    except ImportError:
        import csv

        buf = io.StringIO()
        csv.writer(buf).writerows(table.grid())
        return buf.getvalue()


def tables_xlsx(found: list[tuple[str, int, Table]]) -> bytes:
    try:
        from docsense.core import tables_io

        return tables_io.to_xlsx_bytes(found)
    except ImportError:
        import pandas as pd

        buf = io.BytesIO()
        with pd.ExcelWriter(buf, engine="openpyxl") as writer:
            for name, _, table in found:
                pd.DataFrame(table.grid()).to_excel(writer, sheet_name=name, index=False, header=False)
        return buf.getvalue()


def fields_xlsx(extraction: Extraction) -> bytes:
    import pandas as pd

    buf = io.BytesIO()
    rows = [{"field": k, **v.model_dump(mode="json")} for k, v in extraction.fields.items()]
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        pd.DataFrame(rows).to_excel(writer, sheet_name="fields", index=False)
        if extraction.items:
            from docsense.kie.items import flat_item

            pd.DataFrame([flat_item(it) for it in extraction.items]).to_excel(writer, sheet_name="items", index=False)
    return buf.getvalue()


def downloads(result: Result, extraction: Extraction | None) -> dict[str, tuple[bytes, str]]:
    """{label: (data, mime)} for the download buttons."""
    from docsense.core import export

    stem = Path(result.name).stem or "document"
    out: dict[str, tuple[bytes, str]] = {
        f"{stem}.json": (export.to_json(result.document).encode(), "application/json"),
        f"{stem}.md": (export.to_markdown(result.document).encode(), "text/markdown"),
        f"{stem}.html": (
            export.to_html(
                result.document, result.images, extraction.model_dump(mode="json") if extraction else None
            ).encode(),
            "text/html",
        ),
    }
    found = tables(result.document)
    xlsx_mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if found:
        out[f"{stem}_tables.xlsx"] = (tables_xlsx(found), xlsx_mime)
    if extraction is not None:
        out[f"{stem}.extraction.json"] = (extraction.model_dump_json(indent=2).encode(), "application/json")
        out[f"{stem}_fields.xlsx"] = (fields_xlsx(extraction), xlsx_mime)
    return out


# --- template editor ---

SKELETON = """name: my_invoice
doc_type: invoice
description: What documents this template reads.
classify:
  min_score: 2
  keywords:
    invoice: 1
    total: 1
fields:
  invoice_number:
    keys: [Invoice No, Invoice number]
    pattern: "([A-Z0-9][A-Z0-9/-]{3,})"
    strategy: [right, below]
  total:
    keys: [Total, Amount due]
    type: money
    strategy: [right, table_cell]
    prefer: last
"""


def template_text(name: str, settings: Settings) -> str:
    """The YAML of a known template (user folders first, then shipped), or the skeleton."""
    folders = [Path(d).expanduser() for d in settings.kie.template_dirs]
    folders.append(Path(str(resources.files("docsense.templates"))))
    for folder in folders:
        p = folder / f"{name}.yaml"
        if p.is_file():
            return p.read_text(encoding="utf-8")
    return SKELETON


def validate_template(text: str) -> tuple[str | None, str]:
    """(template name, "") when valid; (None, message naming the bad key) when not."""
    from docsense.core.errors import TemplateError
    from docsense.core.safeload import LoadError, load_yaml
    from docsense.kie.schema import parse_template

    try:
        data = load_yaml(text, "the template")  # size, depth and alias limits
    except LoadError as exc:
        return None, str(exc)
    try:
        tpl = parse_template(data, "editor")
    except TemplateError as exc:
        return None, str(exc)
    name = str(getattr(tpl, "name", "") or "")
    if not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_-]{0,63}", name) or name in ("auto", "kv"):
        return None, f"template name {name!r}: use letters, digits, _ and - (not auto/kv)"
    return name, ""


def save_template(text: str, settings: Settings) -> Path:
    """Validate and write `<name>.yaml` into the user template folder; ValueError with the reason when invalid."""
    name, message = validate_template(text)
    if name is None:
        raise ValueError(message)
    folder = user_template_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
