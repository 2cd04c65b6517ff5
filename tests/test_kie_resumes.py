"""Resumes of layout families the template was not tuned on (synth/resumes.py HELD_OUT): typed as resumes by
`auto`, fields scored against the generator's ground truth; without OCR (every line read right) and through the
real pipeline on degraded scans."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from held_out import family_scores
from held_out import lines_page as _page

from docsense.core.config import load_settings
from docsense.eval.kie import score
from docsense.kie import KieStage
from docsense.synth import documents as synth
from docsense.synth import resumes

pytestmark = pytest.mark.skipif(not synth.cjk_available(), reason="no CJK font (fonts-wqy-microhei) installed")


def test_held_out_families_are_not_dev_families() -> None:
    held_out = set(resumes.HELD_OUT + resumes.HELD_OUT_2)
    assert len(resumes.HELD_OUT) >= 2 and not held_out & set(resumes.DEV) and held_out <= set(resumes.FAMILIES)
    assert {f.split("_")[0] for f in resumes.HELD_OUT} == {"en", "zh"}


@pytest.mark.parametrize("family", resumes.HELD_OUT + resumes.HELD_OUT_2)
def test_held_out_family_fields(kie: KieStage, family: str) -> None:
    res, kinds = family_scores(kie, family, 20)
    assert kinds == ["resume"] * 20  # never `kv` (form)
    floor = 0.98 if family.startswith("zh") else 0.95
    assert res["overall"]["f1"] >= floor, res["wrong"][:10]
    for name in ("city", "degree", "major", "name"):
        assert res["fields"][name]["f1"] >= 0.9, (name, res["wrong"][:10])


@pytest.mark.parametrize(
    ("line", "degree", "major"),
    [
        ("B.S. in Computer Science", "B.S.", "Computer Science"),
        ("Master of Science, Mechanical Engineering", "Master of Science", "Mechanical Engineering"),
        ("Bachelor of Arts in Economics", "Bachelor of Arts", "Economics"),
        ("MSc Data Science", "MSc", "Data Science"),
        ("Ph.D., Physics", "Ph.D.", "Physics"),
        ("MBA", "MBA", None),
        ("BACHELOR OF SCIENCE IN COMPUTER SCIENCE", "BACHELOR OF SCIENCE", "COMPUTER SCIENCE"),
        ("Bachelor's Degree in Economics", "Bachelor's Degree", "Economics"),
        ("Master of Science (M.S.), Statistics", "Master of Science", "Statistics"),
    ],
)
def test_common_english_resume(kie: KieStage, line: str, degree: str, major: str | None) -> None:
    doc = _page(
        [
            ("Jane Doe", (480, 80, 760, 140)),
            ("(555) 123-4567 | jane.doe@example.com | Austin, TX", (330, 170, 910, 192)),
            ("SUMMARY", (110, 250, 240, 276)),
            ("Analyst with five years in operations.", (110, 300, 600, 322)),
            ("EXPERIENCE", (110, 360, 280, 386)),
            ("Data Analyst", (110, 410, 300, 432)),
            ("2019 - Present", (960, 410, 1130, 432)),
            ("EDUCATION", (110, 480, 270, 506)),
            (line, (110, 530, 700, 552)),
            ("2012 - 2016", (990, 530, 1130, 552)),
            ("University of Michigan, Ann Arbor, MI", (110, 566, 560, 588)),
            ("SKILLS", (110, 630, 210, 656)),
            ("Python, SQL, Excel", (110, 680, 400, 702)),
        ]
    )
    result = kie(doc, "auto")
    assert result.template == "resume"
    got = {k: v.value for k, v in result.fields.items()}
    assert (got["name"], got["city"], got["school"]) == ("Jane Doe", "Austin, TX", "University of Michigan")
    assert (got["degree"], got["major"]) == (degree, major)
    assert got["email"] == "jane.doe@example.com" and got["phone"] == "5551234567"
    city = result.fields["city"]
    assert city.source == "template" and city.bbox is not None and city.bbox[0] > 700  # the city's part of the line


@pytest.mark.model
@pytest.mark.parametrize(
    ("family", "variant"),
    [("en_banner", "rot90"), ("en_banner", "gray"), ("en_right_column", "skew"), ("en_right_column", "rgba"),
     ("zh_sidebar", "noise"), ("en_split_header", "rot90"), ("en_academic_cv", "rgba"), ("zh_info_grid", "gray"),
     ("en_contact_footer", "rgba")],
)  # fmt: skip
def test_held_out_scan_real_pipeline(pipeline, tmp_path: Path, family: str, variant: str) -> None:  # type: ignore[no-untyped-def]
    from docsense.app.extract import Extractor

    extractor = Extractor(load_settings(), pipeline)
    gts, preds = [], []
    for i in range(2):
        sample = resumes.make_family(family, random.Random(f"scan-{family}-{i}"))
        path = tmp_path / f"{family}_{i}_{variant}.png"
        synth.scan_variant(sample.image, variant, random.Random(i)).save(path)
        result = extractor.extract_file(path, "auto")
        assert result.error is None and result.template == "resume"
        gts.append(sample.gt(path.name))
        preds.append(result.model_dump(mode="json"))
    res = score(gts, preds)
    assert res["overall"]["f1"] >= (0.98 if family.startswith("zh") else 0.9), res["wrong"]


def test_zh_contact_line_read_without_separators(kie: KieStage) -> None:
    # OCR drops the `|` between the parts of a contact line: each key still ends the value before it
    doc = _page(
        [
            ("郑梓", (562, 87, 679, 152)),
            ("电话：15883176072邮箱：li775@qq.com现居：重庆", (325, 170, 914, 196)),
            ("教育背景", (106, 259, 223, 293)),
            ("2017.09 - 2021.06", (108, 324, 286, 346)),
            ("上海财经大学", (409, 322, 543, 348)),
            ("软件工程", (665, 320, 761, 350)),
            ("本科", (1078, 317, 1135, 353)),
        ]
    )
    result = kie(doc, "resume")
    got = {k: v.value for k, v in result.fields.items()}
    assert (got["phone"], got["email"], got["city"]) == ("15883176072", "li775@qq.com", "重庆")
    assert (got["school"], got["major"], got["degree"], got["name"]) == ("上海财经大学", "软件工程", "本科", "郑梓")


def test_email_label_without_colon_is_not_the_address() -> None:
    from docsense.kie.normalize import find_typed_at

    # `Email jo@x.org` (an academic CV's contact line): the label is no part of the address; a space that OCR put
    # inside an address (`john. smith@`, `john.smith @ gmail.com`) still joins
    assert find_typed_at("email", "Phone (365) 885-7258 · Email rachel88@mail.org")[:2] == ("rachel88@mail.org",) * 2  # type: ignore[index]
    assert find_typed_at("email", "john. smith@gmail.com")[1] == "john.smith@gmail.com"  # type: ignore[index]
    assert find_typed_at("email", "john.smith @ gmail.com")[1] == "john.smith@gmail.com"  # type: ignore[index]


def test_year_range_is_no_phone_and_cjk_dot_splits_entry(kie: KieStage) -> None:
    # round 4 (seen): contact details only in a footer, the years `2017 - 2020` above them are no phone number;
    # OCR reads `武汉大学 · 金融学 · 大专` without the spaces, the `·` between Chinese words still cuts the entry
    from docsense.kie.normalize import find_phone

    assert find_phone("2017 - 2020") is None and find_phone("(212) 555-2020") == ("(212) 555-2020", "2125552020")
    doc = _page(
        [
            ("邓浩", (100, 80, 200, 130)),
            ("手机 18959629280 |邮箱li181@163.com |现居上海", (100, 160, 700, 185)),
            ("教育经历", (100, 240, 230, 270)),
            ("武汉大学·金融学·大专", (100, 300, 400, 325)),
            ("2011.09 - 2015.06", (900, 300, 1140, 325)),
            ("个人技能", (100, 380, 230, 410)),
            ("熟练使用 Excel、SQL;英语六级。", (100, 440, 500, 465)),
        ]
    )
    got = {k: v.value for k, v in kie(doc, "resume").fields.items()}
    assert (got["school"], got["major"], got["degree"]) == ("武汉大学", "金融学", "大专")
