"""The learned line tagger: the receipt generator's families, the ONNX conversion of LightGBM trees, the shipped
receipt model on the SROIE dev receipts (their printed line boxes, no OCR), fusion with the template rules, and
`docsense train kie` producing a model that loads."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import numpy as np
import pytest

from docsense.core.config import load_settings
from docsense.eval.kie import score
from docsense.kie import fusion
from docsense.kie.runner import MODELS, KieStage
from docsense.kie.schema import compile_alias
from docsense.kie.tagger import FEATURE_NAMES, LineTagger, Pick, line_features, name_starts_above, not_part
from docsense.kie.templates import load_template
from docsense.kie.view import View
from docsense.synth import receipts
from docsense.train import kie as tk


def test_every_family_prints_its_fields_and_labels_them() -> None:
    for fam in receipts.FAMILIES:
        for i in range(5):
            r = receipts.make_receipt(random.Random(f"t-{fam}-{i}"), fam)
            lines, x = line_features(View(r.document()))
            assert x.shape == (len(lines), len(FEATURE_NAMES))
            labels = set(tk.label_lines(lines, r.fields, tk.RECEIPT_KINDS))
            assert {"company", "address", "date", "total"} <= labels, (fam, i, r.fields)


def test_degraded_receipts_keep_their_ground_truth_and_change_lines() -> None:
    r = receipts.make_receipt(random.Random(3), "supermarket")
    d = receipts.degrade(r, random.Random(4), level=3.0)
    assert d.fields == r.fields and [t for t, _ in d.lines] != [t for t, _ in r.lines]


def test_onnx_trees_match_lightgbm() -> None:
    lgb = pytest.importorskip("lightgbm")
    ort = pytest.importorskip("onnxruntime")
    from docsense.train.onnx_trees import lightgbm_to_onnx

    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 5)).astype(np.float32)
    y = (x[:, 0] > 0).astype(int) + (x[:, 1] + x[:, 2] > 1).astype(int)
    booster = lgb.train({"objective": "multiclass", "num_class": 3, "verbose": -1, "num_threads": 1},
                        lgb.Dataset(x, y), 20)  # fmt: skip
    sess = ort.InferenceSession(lightgbm_to_onnx(booster.dump_model(), 5), providers=["CPUExecutionProvider"])
    got = sess.run(None, {"x": x})[0]
    assert np.abs(got - booster.predict(x)).max() < 1e-5


def _dev(data_dir: Path) -> list[tk.Example]:
    return tk.from_sroie(data_dir / "receipts_sroie")


def test_shipped_tagger_reads_sroie_dev_receipts(data_dir: Path) -> None:
    """Trained on generated receipts only: the SROIE receipts are unseen by it."""
    model = LineTagger(MODELS / "tagger_receipt")
    card = model.card
    assert card["labels"][0] == "O" and all("generated" in d for d in card["data"])
    examples = _dev(data_dir)
    preds = []
    for e in examples:
        picks = model(View(tk.boxes_document(data_dir / "receipts_sroie" / "boxes" / f"{e.name}.csv")))
        preds.append({k: p.text for k, p in picks.items()})
    res = tk.score_fields(examples, preds)
    assert res["fields"]["date"]["f1"] >= 0.95 and res["fields"]["total"]["f1"] >= 0.8, res["fields"]
    assert res["overall"]["f1"] >= 0.75, res["fields"]


def test_fusion_beats_the_rules_on_sroie_train_shops(data_dir: Path) -> None:
    """Every third SROIE-train receipt (printed line boxes): the rules with the tagger fused in against the rules
    alone (the key-value fallback off in both, so only the tagger differs)."""
    root = data_dir / "receipts_sroie_train"
    gt = tk.read_gt(root)[::3]
    base = ["kie.kv_fallback=false"]
    fused = KieStage(load_settings(overrides=base).kie)
    rules = KieStage(load_settings(overrides=[*base, "kie.use_tagger=false"]).kie)
    rows: dict[str, list[dict[str, object]]] = {"fused": [], "rules": []}
    sources: set[str] = set()
    for g in gt:
        doc = tk.boxes_document(root / "boxes" / f"{g['id']}.csv")
        for key, stage in (("fused", fused), ("rules", rules)):
            fields = stage(doc, "receipt").fields
            rows[key].append({"source": g["id"], "fields": {k: {"value": v.value} for k, v in fields.items()}})
            if key == "fused":
                sources |= {v.source for v in fields.values() if v.value is not None}
                assert all(0 <= v.confidence <= 1 for v in fields.values())
    want = [{**{k: g[k] for k in tk.RECEIPT_KINDS}, "filename": g["id"]} for g in gt]
    f_fused, f_rules = score(want, rows["fused"])["overall"]["f1"], score(want, rows["rules"])["overall"]["f1"]
    assert "tagger" in sources
    assert f_fused >= 0.88 and f_fused >= f_rules + 0.02, (f_fused, f_rules)


def test_train_command_writes_a_model_that_loads(tmp_path: Path, data_dir: Path) -> None:
    pytest.importorskip("lightgbm")
    from typer.testing import CliRunner

    from docsense.app.cli.main import app

    out = tmp_path / "tagger"
    res = CliRunner().invoke(
        app, ["train", "kie", "--data", str(data_dir / "receipts_sroie"), "--generated", "60", "--rounds", "15",
              "--out", str(out), "--no-cv"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    card = json.loads((out / "card.json").read_text())
    assert card["sha256"] == hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest()
    assert len(card["data"]) == 2 and card["features"] == FEATURE_NAMES
    stage = KieStage(
        load_settings(overrides={"kie": {"tagger_models": {"receipt": str(out)}, "kv_fallback": False}}).kie
    )
    doc = tk.boxes_document(data_dir / "receipts_sroie" / "boxes" / "000.csv")
    result = stage(doc, "receipt")
    assert result.fields["date"].value == "2018-12-25"


def test_train_reads_ui_corrections(tmp_path: Path) -> None:
    # a receipt whose company is printed on a line of its own (some print it over two lines or with its number)
    r = next(
        r
        for r in (receipts.make_receipt(random.Random(seed), "retail") for seed in range(9, 60))
        if any(text == r.fields["company"] for text, _ in r.lines)
    )
    recs = []
    for text, box in r.lines:
        label = next((k for k in ("company", "total") if text == r.fields[k]), None)
        spans = [{"start": 0, "end": len(text), "label": label}] if label else []
        recs.append({"text": text, "spans": spans, "bbox": list(box), "source": "a.png", "page": 0,
                     "template": "receipt"})  # fmt: skip
    path = tmp_path / "corrections.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in recs))
    (ex,) = tk.from_corrections(path)
    assert ex.y.count("company") == 1 and len(ex.y) == len(r.lines)


def test_outlet_lines_are_neither_company_nor_address() -> None:
    """The generator prints brand / outlet lines over and under the company (`MAJU MART SRI MUDA`) and companies over
    two lines; the labels keep the outlet out of both fields and both company lines in."""
    outlets = two_line = 0
    for i in range(300):
        r = receipts.make_receipt(random.Random(f"outlet-{i}"), "retail")
        lines, _ = line_features(View(r.document()))
        labels = tk.label_lines(lines, r.fields, tk.RECEIPT_KINDS)
        company = [t.text for t, lab in zip(lines, labels, strict=True) if lab == "company"]
        two_line += len(company) == 2 and " ".join(company) == r.fields["company"]
        head = [t.text for t in lines[: lines.index(next(t for t in lines if t.text in r.fields["address"]))]]
        outlets += any(t.startswith(("OUTLET:", "(")) or " - " in t or " @ " in t for t in head)
    assert outlets >= 15 and two_line >= 10, (outlets, two_line)


def test_company_lines_join_only_as_one_name(data_dir: Path) -> None:
    """A company line with words of its own before `SDN BHD` stands alone (the line over it is a brand or outlet);
    `SDN BHD` or `CO. (M) SDN BHD` alone, or a connector, continues the line above. SROIE-train 061 prints
    `Nando's Chickenland Malaysia` / `Sdn Bhd`: the tagger tags only the second line, the decoding adds the first."""
    hints = [compile_alias(h) for h in load_template("receipt").fields["company"].hints]
    assert name_starts_above("POPULAR BOOK", "CO. (M) SDN BHD", hints)
    assert name_starts_above("THE COFFEE BEAN", "& TEA LEAF (M) SDN. BHD.", hints)
    assert name_starts_above("TEO HENG STATIONERY &", "BOOKS SDN BHD", hints)
    assert not name_starts_above("MYDIN", "TRI SHAAS SDN BHD (728515-M)", hints)
    assert not name_starts_above("AL MENDIS-THE MINES", "ZAWIAJAYA FOOD N BEVERAGE SDN BHD", hints)
    root = data_dir / "receipts_sroie_train"
    if not (root / "boxes" / "061.csv").exists():
        pytest.skip("SROIE-train 061 not in the data folder")
    fields = KieStage(load_settings().kie)(tk.boxes_document(root / "boxes" / "061.csv"), "receipt").fields
    assert fields["company"].value.upper() == "NANDO'S CHICKENLAND MALAYSIA SDN BHD", fields["company"]


@pytest.mark.parametrize("receipt", ["052", "215", "326", "337", "400", "612"])
def test_no_title_or_greeting_line_in_the_company(data_dir: Path, receipt: str) -> None:
    """A document title, copy mark or greeting over the company (`TAX INVOICE`, `CASH SALE`, `ACCOUNT'S COPY`,
    `TQ FOR SHOPPING WITH ...`) is not part of it (`tagger.not_part`): SROIE-train tune shops' printed boxes, where
    the decoding had run into it (tune sub-split A company 0.903 -> 0.927)."""
    root = data_dir / "receipts_sroie_train"
    if not (root / "boxes" / f"{receipt}.csv").exists():
        pytest.skip(f"SROIE-train {receipt} not in the data folder")
    gt = next(g for g in tk.read_gt(root) if g["id"] == receipt)
    fields = KieStage(load_settings(overrides=["kie.kv_fallback=false"]).kie)(
        tk.boxes_document(root / "boxes" / f"{receipt}.csv"), "receipt"
    ).fields
    assert tk.alnum(fields["company"].value or "") == tk.alnum(gt["company"]), fields["company"]


def test_an_address_ends_before_an_item_row() -> None:
    """The rules' lines after the company run on into an item row (`22241 WS CUT SCISSORS 18.00`, SROIE-train 152
    read by OCR): the trimmed address stops before the row holding an amount."""
    lines = [("USJ SUMMIT, SUBANG (SS)", (50, 80, 350, 100)), ("22241", (10, 110, 60, 130)),
             ("WS CUT SCISSORS", (80, 110, 250, 130)), ("18.00", (350, 110, 400, 130))]  # fmt: skip
    view = View(tk._document(lines, "r.png"))
    probs = {id(t): {"address": 0.5} for t in view.lines}
    pick = Pick(view.lines[0].text, view.lines[:1], 0.5)
    got = fusion.trimmed(view.lines, pick, probs, "address", "address")
    assert got.text == "USJ SUMMIT, SUBANG (SS)" and not_part("TAX INVOICE", "text")


def test_a_date_whose_separators_ocr_lost() -> None:
    # SROIE-train tune-A receipts read by OCR: `2703/2018`, `27032018`, `0502-18`; a registration number is no date
    from docsense.kie.tagger import squeezed_date

    assert squeezed_date("2703/2018") == squeezed_date("27032018") == "27/03/2018"
    assert squeezed_date("0502-18") == "05/02/2018" and squeezed_date("25032018 13:11:54") == "25/03/2018"
    assert squeezed_date("31803014") is None and squeezed_date("27/03/2018") is None
    lines = [("KEDAI MAJU SDN BHD", (50, 10, 400, 30)), ("(123456-X)", (100, 40, 250, 60)),
             ("CS-20242", (10, 80, 120, 100)), ("27032018", (300, 80, 400, 100)), ("TOTAL", (10, 150, 100, 170)),
             ("12.50", (300, 150, 400, 170))]  # fmt: skip
    picks = LineTagger(MODELS / "tagger_receipt")(View(tk._document(lines, "r.png")))
    assert picks["date"].text == "27/03/2018"


def test_holdout_shops_printed_boxes(data_dir: Path) -> None:
    """SROIE-train receipts of the holdout shops (by company: sha1 of the company group % 10 < 3, docs/receipts.md),
    their printed line boxes (no OCR), the receipt template with the tagger fused in: 0.933 at commit f3b2a92
    (0.932 before the round's stops); every second one here: 0.933, rules alone 0.830."""
    root = data_dir / "receipts_sroie_train"
    if not (root / "gt.jsonl").exists():
        pytest.skip("SROIE-train not in the data folder")

    def holdout(company: str) -> bool:
        return int(hashlib.sha1(tk.company_group(company).encode()).hexdigest(), 16) % 10 < 3

    gt = [g for g in tk.read_gt(root) if holdout(str(g.get("company") or ""))][::2]
    stage = KieStage(load_settings(overrides=["kie.kv_fallback=false"]).kie)
    rows = []
    for g in gt:
        fields = stage(tk.boxes_document(root / "boxes" / f"{g['id']}.csv"), "receipt").fields
        rows.append({"source": g["id"], "fields": {k: {"value": v.value} for k, v in fields.items()}})
    want = [{**{k: g[k] for k in tk.RECEIPT_KINDS}, "filename": g["id"]} for g in gt]
    res = score(want, rows)
    assert len(gt) >= 90 and res["overall"]["f1"] >= 0.91, res["fields"]


def test_lenient_match_compares_letters_and_digits_of_value_or_printed_form(data_dir: Path) -> None:
    """`docsense eval kie --match lenient` (SROIE's: letters and digits only): a truth kept without separators
    (`25032018`, SROIE-train) matches a date printed `25/03/2018` whose value is ISO; strict keeps the printed form.
    The dev 40's printed boxes score the same lenient as normalized (0.878 both, strict 0.734)."""
    from docsense.eval.kie import compared

    pred = {"value": "2018-03-25", "raw": "25/03/2018"}
    for match, hit in (("normalized", False), ("lenient", True), ("strict", False)):
        gn, pn = compared("date", "25032018", pred, match)
        assert (gn == pn) is hit, match
    gn, pn = compared("date", "25/03/2018", pred, "strict")
    assert gn == pn and compared("company", "ABC  SDN. BHD.", {"value": "abc sdn bhd"}, "lenient")[1] == "abcsdnbhd"
    root = data_dir / "receipts_sroie"
    if not (root / "gt.jsonl").exists():
        pytest.skip("SROIE dev receipts not in the data folder")
    gt = tk.read_gt(root)
    stage = KieStage(load_settings(overrides=["kie.kv_fallback=false"]).kie)
    rows = []
    for g in gt:
        fields = stage(tk.boxes_document(root / "boxes" / f"{g['id']}.csv"), "receipt").fields
        rows.append({"source": g["id"], "fields": {k: {"value": v.value, "raw": v.raw} for k, v in fields.items()}})
    want = [{**{k: g[k] for k in tk.RECEIPT_KINDS}, "filename": g["id"]} for g in gt]
    f1 = {m: score(want, rows, m)["overall"]["f1"] for m in ("normalized", "lenient", "strict")}
    assert f1["lenient"] >= 0.86 and f1["lenient"] >= f1["normalized"] - 0.005 and f1["strict"] >= 0.70, f1


def test_an_accent_ocr_put_on_a_shop_name_is_dropped() -> None:
    # SROIE-train tune-A receipts read by OCR: `Restäurants`, `HARDWÀRE` (no SROIE truth holds an accented letter);
    # fused, real OCR: tune A 0.885 -> 0.888, tune B 0.841 -> 0.847 (company 0.876 -> 0.899)
    from docsense.kie.tagger import latin_plain

    assert latin_plain("Gerbang Alaf Restäurants Sdn Bhd") == "Gerbang Alaf Restaurants Sdn Bhd"
    assert latin_plain("TSH POWER HARDWÀRE") == "TSH POWER HARDWARE" and latin_plain("食品公司 ß") == "食品公司 ß"
    lines = [("TSH POWER HARDWÀRE TRADING", (50, 10, 400, 30)), ("(123456-X)", (100, 40, 250, 60)),
             ("NO 5, JALAN MAJU, 43000 KAJANG", (40, 70, 420, 90)), ("27/03/2018", (300, 110, 400, 130)),
             ("TOTAL", (10, 150, 100, 170)), ("12.50", (300, 150, 400, 170))]  # fmt: skip
    picks = LineTagger(MODELS / "tagger_receipt")(View(tk._document(lines, "r.png")))
    assert picks["company"].text == "TSH POWER HARDWARE TRADING"


def test_the_legal_form_with_one_ocr_slip_is_mended() -> None:
    # OCR of SROIE receipts: `SON BHD`, `Sdn Bnd`, `5/B`, `S/D` (no SROIE truth holds such a slip);
    # fused, real OCR: tune A (seen) 0.888 -> 0.890, tune B and the dev 40 unchanged
    from docsense.kie.tagger import legal_form

    assert legal_form("AMANO MALAYSIA SON BHD") == "AMANO MALAYSIA SDN BHD"
    assert legal_form("Golden Arches Restaurants Sdn Bnd") == "Golden Arches Restaurants Sdn Bhd"
    assert legal_form("99 SPEED MART 5/B (S") == "99 SPEED MART S/B (S"
    assert legal_form("99 SPEED MART S/D") == "99 SPEED MART S/B"
    assert legal_form("BATU 5/8 SON") == "BATU 5/8 SON" and legal_form("ABC SDN. BHD") == "ABC SDN. BHD"


def test_the_address_lexicon_keeps_laman() -> None:
    # `LAMAN` (a Malay address word, SROIE tune-A truth: `LAMAN RIMBUNAN`) was "mended" to TAMAN; in the lexicon it
    # stays. Real OCR, fused: tune A (seen) 0.890 -> 0.893, tune B unchanged; printed boxes tune A 0.943 -> 0.946
    from docsense.kie import normalize as nz

    spec = load_template("receipt").fields["address"]
    assert nz.fix_words("145G, LAMAN RIMBUNAN, Jaian", spec.lexicon) == "145G, LAMAN RIMBUNAN, Jalan"


def test_a_pick_rebuilt_from_the_rules_lines_is_mended_too() -> None:
    # Where the fusion trims the rules' lines (`fusion.trimmed`) it rebuilt the text from them, so the accent and
    # legal-form mending of the tagger's own picks was lost (SROIE-train, real OCR, `TSH POWER HARDWÀRE TRADING`).
    # Fused, real OCR: tune A (seen) 0.893 -> 0.895, tune B 0.847 -> 0.852 (address 0.511 -> 0.533), dev 40 unchanged
    model = LineTagger(MODELS / "tagger_receipt")
    pick = model.mended(Pick("TSH POWER HARDWÀRE TRADING 5/B", [], 0.4), "text")
    assert pick.text == "TSH POWER HARDWARE TRADING S/B" and pick.confidence == 0.4
    assert model.mended(Pick("JALAN SÉRI, SON BHD", [], 0.4), "address").text == "JALAN SERI, SON BHD"


def test_an_ampersand_read_as_g_in_a_shop_name() -> None:
    # OCR of SROIE-train tune A: `TEO HENG STATIONERY G BOOKS`; of SROIE-train's 525 companies none holds a lone G,
    # 37 an `&`. Fused, real OCR: tune A (seen) 0.895 -> 0.898, tune B, dev 40 and printed boxes unchanged
    model = LineTagger(MODELS / "tagger_receipt")
    assert model.mended(Pick("TEO HENG STATIONERY G BOOKS", [], 0.5), "text").text == "TEO HENG STATIONERY & BOOKS"
    assert model.mended(Pick("G-MART G2 ENTERPRISE", [], 0.5), "text").text == "G-MART G2 ENTERPRISE"
    assert model.mended(Pick("JALAN DINAR G U3/G", [], 0.5), "address").text == "JALAN DINAR G U3/G"


def test_the_rules_company_is_mended_like_the_taggers() -> None:
    # OCR of SROIE-train tune A: the rules' `99 SPEED MART S/D` stayed (the tagger had no company pick); it is
    # mended as the tagger's own picks. Fused, real OCR: tune A (seen) 0.898 -> 0.901, tune B, dev 40, boxes unchanged
    lines = [("99 SPEED MART S/D", (50, 10, 400, 30)), ("(519537-X)", (100, 40, 250, 60)),
             ("LOT P.T. 2811, JALAN ANGSA,", (40, 70, 420, 90)), ("41150 KLANG, SELANGOR", (60, 95, 400, 115)),
             ("05-02-18", (300, 130, 400, 150)), ("TOTAL", (10, 170, 100, 190)),
             ("12.50", (300, 170, 400, 190))]  # fmt: skip
    fields = KieStage(load_settings().kie)(tk._document(lines, "r.png"), "receipt").fields
    assert fields["company"].value == "99 SPEED MART S/B", fields["company"]
