"""`docsense ui`: the Streamlit web UI. Rendering only; the logic lives in app/serve/ui_logic.py (plain functions).

Run by `docsense ui` (streamlit run on this file). Settings come from DOCSENSE_SETTINGS (set by the command);
the sidebar tunes OCR detection and the layout/table switches per session. Errors are shown as messages.
"""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from docsense.app.serve import ui_logic as logic

st.set_page_config(page_title="docsense", page_icon="📄", layout="wide")


@st.cache_resource(max_entries=4, show_spinner="Loading models...")
def get_extractor(settings_json: str) -> Any:
    """One Extractor (pipeline + KIE) per distinct settings; ONNX sessions are shared process-wide anyway."""
    from docsense.app.extract import Extractor
    from docsense.core.config import Settings

    return Extractor(Settings.model_validate_json(settings_json))


def sidebar(base: Any) -> tuple[dict[str, Any], str, str, set[str]]:
    sb = st.sidebar
    sb.header("Reading")
    modes = ["extract", "parse", "kv"]
    tip = "extract: fields by template; parse: text, layout, tables only; kv: key-value pairs"
    mode = sb.radio("Mode", modes, horizontal=True, key="mode", help=tip)
    knobs: dict[str, Any] = {}
    knobs["layout.enabled"] = sb.toggle("Layout analysis", value=True, key="layout")
    knobs["table.enabled"] = sb.toggle("Table structure", value=base.table.enabled, key="table")
    det = base.ocr.det
    with sb.expander("OCR detection", expanded=False):
        knobs["ocr.det.limit_side_len"] = st.number_input(
            "limit_side_len", 320, 4000, det.limit_side_len, 32, key="limit_side_len"
        )
        knobs["ocr.det.thresh"] = st.slider("thresh", 0.05, 0.9, det.thresh, 0.05, key="thresh")
        knobs["ocr.det.box_thresh"] = st.slider("box_thresh", 0.05, 0.95, det.box_thresh, 0.05, key="box_thresh")
        knobs["ocr.det.unclip_ratio"] = st.slider("unclip_ratio", 1.0, 3.0, det.unclip_ratio, 0.1, key="unclip")
        knobs["ocr.det.score_mode"] = st.selectbox(
            "score_mode", ["fast", "slow"], index=["fast", "slow"].index(det.score_mode), key="score_mode"
        )
        knobs["ocr.det.use_dilation"] = st.checkbox("use_dilation", det.use_dilation, key="use_dilation")
    sb.header("Overlays")
    layers = {layer for layer in logic.LAYERS if sb.checkbox(layer, value=layer != "lines", key=f"layer_{layer}")}
    sb.markdown(
        " ".join(f"<span style='color:{c};font-weight:600'>■ {n}</span>" for n, c in logic.legend()),
        unsafe_allow_html=True,
    )
    return knobs, mode, "auto", layers


def uploads() -> list[tuple[str, bytes]]:
    files = st.file_uploader(
        "Images or PDFs",
        type=["png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp", "gif", "pdf"],
        accept_multiple_files=True,
        key="uploads",
    )
    items = [(f.name, f.getvalue()) for f in files or []]
    # Tests (and links) can hand documents in through the session without the uploader widget.
    items.extend(st.session_state.get("preloaded", []))
    return items


def run_one(name: str, data: bytes, settings_json: str, mode: str, template: str) -> logic.Result:
    key = ("result", name, hash(data), settings_json, mode, template)
    cached = st.session_state.get("results", {})
    if key in cached:
        return cached[key]  # type: ignore[no-any-return]
    try:
        extractor = get_extractor(settings_json)
    except Exception as exc:
        return logic.Result(name, "", logic.Document(source=name), [], [], error=f"cannot load models: {exc}")
    bar = st.progress(0.0, text=f"Reading {name}...")
    counter = {"n": 0}

    def on_page(_: int) -> None:
        counter["n"] += 1
        bar.progress(min(0.95, counter["n"] / (counter["n"] + 1)), text=f"{name}: page {counter['n']} read")

    result = logic.process(data, name, mode, template, extractor, on_page)  # type: ignore[arg-type]
    bar.empty()
    st.session_state.setdefault("results", {})
    if len(st.session_state["results"]) > 16:
        st.session_state["results"].clear()  # bounded: a long session does not grow without end
    st.session_state["results"][key] = result
    return result


def show_result(i: int, result: logic.Result, layers: set[str], settings: Any) -> None:
    if result.error:
        st.error(f"{result.name}: {result.error}")
        return
    extraction = result.extraction
    loaded = st.session_state.get("loaded_corrections", [])
    if extraction is not None and loaded:
        labeled = logic.fields_from_records(loaded, result.sha256)
        if labeled:
            extraction = logic.restore(extraction, labeled)
            st.info(f"Loaded corrections for {len(labeled)} field(s).")

    selected: set[str] = set()
    edited_rows: list[dict[str, Any]] = []
    if extraction is not None:
        st.subheader("Fields" if extraction.fields else "Key-value pairs")
        st.caption(f"template: {extraction.template or '-'} · type: {extraction.doc_type or '-'}")
        for w in extraction.warnings:
            st.warning(w)
        if extraction.fields:
            import pandas as pd

            frame = pd.DataFrame(logic.field_rows(extraction))
            edited = st.data_editor(
                frame,
                key=f"fields_{i}_{result.sha256[:12]}",
                hide_index=True,
                width="stretch",
                disabled=["field", "confidence", "page"],
                column_config={
                    "show": st.column_config.CheckboxColumn("show", help="Highlight this field's box on the page"),
                    "value": st.column_config.TextColumn("value", help="Normalized value (edit to correct)"),
                    "raw": st.column_config.TextColumn("raw", help="As printed (edit to correct)"),
                },
            )
            edited_rows = edited.to_dict("records")
            selected = {str(r["field"]) for r in edited_rows if r.get("show")}
            types = logic.field_types(settings, extraction.template)
            extraction = logic.apply_rows(extraction, edited_rows, result.document, types)
        if extraction.entities or extraction.pairs:
            extraction = kv_editors(i, result, extraction)

    for page, image, scale in zip(result.document.pages, result.images, result.scales, strict=False):
        left, right = st.columns([3, 2])
        with left:
            st.markdown(f"**Page {page.index + 1}** · {page.width}×{page.height} · rotation {page.rotation}°")
            fields = logic.page_fields(extraction, page.index)
            kv = logic.page_kv(extraction, page.index)
            st.image(logic.overlay(image, page, scale, layers, fields, selected, kv=kv), width="stretch")
        with right:
            st.markdown("**Text (reading order)**")
            st.text_area("text", page.render(), height=420, key=f"text_{i}_{page.index}", label_visibility="collapsed")
            for w in page.warnings:
                st.caption(w)

    found = logic.tables(result.document)
    if found:
        st.subheader(f"Tables ({len(found)})")
        import pandas as pd

        for name, _, table in found:
            st.markdown(f"`{name}` · {table.n_rows}×{table.n_cols}")
            st.dataframe(pd.DataFrame(table.grid()), hide_index=True, width="stretch", key=f"table_{i}_{name}")
            st.download_button(
                f"CSV {name}", logic.table_csv(table).encode(), f"{name}.csv", "text/csv", key=f"csv_{i}_{name}"
            )

    st.subheader("Downloads")
    cols = st.columns(3)
    for n, (label, (data, mime)) in enumerate(logic.downloads(result, extraction).items()):
        cols[n % 3].download_button(label, data, label, mime, key=f"dl_{i}_{label}")
    if extraction is not None and extraction.fields:
        jsonl = logic.to_jsonl(logic.corrections(result, extraction))
        st.download_button(
            "Save corrections (labeled JSONL)",
            jsonl.encode(),
            f"{result.name.rsplit('.', 1)[0]}.labels.jsonl",
            "application/jsonl",
            key=f"corr_{i}",
            help="One record per page: lines with field spans, for `docsense train ner`",
        )


def kv_editors(i: int, result: logic.Result, extraction: logic.Extraction) -> logic.Extraction:
    """Entities (text and label editable) and links (untick to drop), saved as FUNSD-shaped labeled JSONL."""
    import pandas as pd

    st.caption("Entities: " + " · ".join(f"{label} ({colour})" for label, colour in logic.KV_COLOURS.items()))
    entities = st.data_editor(
        pd.DataFrame(logic.entity_rows(extraction)),
        key=f"entities_{i}_{result.sha256[:12]}",
        hide_index=True,
        width="stretch",
        disabled=["id", "page"],
        column_config={"label": st.column_config.SelectboxColumn("label", options=list(logic.KV_COLOURS))},
    )
    links = st.data_editor(
        pd.DataFrame(logic.link_rows(extraction)),
        key=f"links_{i}_{result.sha256[:12]}",
        hide_index=True,
        width="stretch",
        disabled=["key", "value", "confidence", "page"],
        column_config={"keep": st.column_config.CheckboxColumn("keep", help="Untick a wrong link")},
    )
    extraction = logic.apply_kv_rows(extraction, entities.to_dict("records"), links.to_dict("records"))
    st.download_button(
        "Save key-value corrections (labeled JSONL)",
        logic.to_jsonl(logic.kv_labels(result, extraction)).encode(),
        f"{result.name.rsplit('.', 1)[0]}.kv.jsonl",
        "application/jsonl",
        key=f"kvcorr_{i}",
        help="One record per page in FUNSD's shape: `docsense eval kv --gt` reads it",
    )
    return extraction


def corrections_loader() -> None:
    with st.expander("Load corrections (labeled JSONL)"):
        f = st.file_uploader("corrections", type=["jsonl", "json"], key="corrections_file")
        if f is not None:
            try:
                st.session_state["loaded_corrections"] = logic.read_jsonl(f.getvalue().decode("utf-8"))
                st.success(f"{len(st.session_state['loaded_corrections'])} record(s) loaded")
            except (ValueError, UnicodeDecodeError) as exc:
                st.error(f"cannot load corrections: {exc}")


def template_editor(settings: Any, names: list[str]) -> None:
    st.subheader("Template editor")
    start = st.selectbox("Start from", ["(new)", *[n for n in names if n not in ("auto", "kv")]], key="tpl_start")
    text = st.text_area(
        "YAML",
        logic.template_text(start, settings) if start != "(new)" else logic.SKELETON,
        height=380,
        key=f"tpl_text_{start}",
    )
    c1, c2 = st.columns(2)
    if c1.button("Validate", key="tpl_validate"):
        name, message = logic.validate_template(text)
        if name:
            st.success(f"template {name!r} is valid")
        else:
            st.error(message)
    if c2.button("Save and use", key="tpl_save"):
        try:
            path = logic.save_template(text, settings)
        except ValueError as exc:
            st.error(str(exc))
        else:
            get_extractor.clear()  # the new template is listed at once
            # the sidebar's selectbox exists already in this run: it takes the template at the start of the next
            st.session_state["template_next"] = path.stem
            st.session_state["template_saved"] = f"saved {path}; selected as the template"
            st.rerun()
    if "template_saved" in st.session_state:
        st.success(st.session_state.pop("template_saved"))
    st.caption(f"User templates: {logic.user_template_dir(settings)}")


def main() -> None:
    st.title("docsense")
    base = logic.base_settings(os.environ.get("DOCSENSE_SETTINGS"))
    knobs, mode, _, layers = sidebar(base)
    try:
        settings = logic.ui_settings(base, knobs)
    except Exception as exc:
        st.error(f"settings: {exc}")
        return
    settings_json = settings.model_dump_json()
    try:
        names = list(get_extractor(settings_json).templates())
    except Exception as exc:
        st.error(f"cannot load models: {type(exc).__name__}: {exc}")
        return
    if "template_next" in st.session_state:
        st.session_state["template"] = st.session_state.pop("template_next")
    if st.session_state.get("template") not in names:
        st.session_state["template"] = "auto"
    template = st.sidebar.selectbox("Template", names, key="template", disabled=mode != "extract")

    read_tab, editor_tab = st.tabs(["Documents", "Template editor"])
    with read_tab:
        items = uploads()
        corrections_loader()
        if not items:
            st.info("Upload one or more images or PDFs.")
        results = [run_one(name, data, settings_json, mode, template) for name, data in items]
        if results:
            tabs = st.tabs([r.name for r in results]) if len(results) > 1 else [st.container()]
            for i, (tab, result) in enumerate(zip(tabs, results, strict=True)):
                with tab:
                    show_result(i, result, layers, settings)
    with editor_tab:
        template_editor(settings, names)


main()
