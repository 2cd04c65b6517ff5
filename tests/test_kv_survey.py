"""Session 25 (issue 18, twenty-third pass): what the held-out `grid_app` and `survey` families (synth/kv_forms.py)
showed the kv stage missing, as small hand-made pages (no OCR). Each test fails on the code before its fix."""

from __future__ import annotations

from test_kv_rules import line, page

from docsense.core.config import KvSettings, Settings
from docsense.kie.kv import KeyValueExtractor


def test_ticked_box_read_with_a_multiplication_sign_or_braces() -> None:
    # The recognizer reads a printed `[x]` as `[×]`, and a bracket as a brace (`{x}`, `[ }`).
    doc = page(line("[×] 朋友介绍", 100, 100), line("{x} Good", 100, 200), line("[ } Poor", 300, 200))
    segs = KeyValueExtractor(KvSettings(method="rules")).segments(doc.pages[0])
    assert {s.text: s.checkbox for s in segs} == {"朋友介绍": "x", "Good": "x", "Poor": " "}


def test_ticked_option_read_as_times_sign_is_the_questions_value() -> None:
    st = Settings()
    doc = page(
        line("8. 您对我们的售后服务满意吗？", 100, 100),
        line("[ ] 网络", 140, 150),
        line("[×] 朋友介绍", 500, 150),
        line("[ ] 报纸", 140, 200),
    )
    pairs, _ = KeyValueExtractor(st.kie.kv, st.engine)(doc)
    assert ("8. 您对我们的售后服务满意吗？", "朋友介绍") in {(p.key, p.value) for p in pairs}


def test_key_word_wrapped_in_a_narrow_label_cell_is_one_key() -> None:
    # `政治面` / `貌：` and `FULL` / `NAME:` in narrow label cells: only the two lines together read as a key.
    st = Settings()
    ext = KeyValueExtractor(st.kie.kv, st.engine)
    doc = page(line("政治面", 100, 100, h=36), line("貌：", 100, 137, h=36), line("共青团员", 300, 100, h=36))
    texts = {s.text for s in ext.segments(doc.pages[0])}
    assert "政治面貌：" in texts and "政治面" not in texts
    doc = page(line("FULL", 100, 100), line("NAME:", 100, 131), line("P. Smith", 300, 100))
    texts = {s.text for s in ext.segments(doc.pages[0])}
    assert "FULL NAME:" in texts
    # A first line that is a key of its own stays apart (`Name` / `Address` is a list of two keys).
    doc = page(line("Name", 100, 100), line("Address", 100, 131), line("P. Smith", 300, 100))
    assert {"Name", "Address"} <= {s.text for s in ext.segments(doc.pages[0])}


def test_question_takes_the_sentence_written_under_it() -> None:
    st = Settings()
    doc = page(
        line("9. What could we do to improve your experience?", 66, 955, h=23),
        line("The first box was damaged and two items were missing, which we reported by phone", 97, 982, h=23),
        line("10. Did the instructor explain the material clearly?", 66, 1079, h=23),
        line("Definitely", 97, 1105, h=23),
    )
    pairs = {(p.key, p.value) for p in KeyValueExtractor(st.kie.kv, st.engine)(doc)[0]}
    assert ("9. What could we do to improve your experience?", doc.pages[0].blocks[0].lines[1].text) in pairs


def test_question_wrapped_onto_a_short_last_line_is_one_question() -> None:
    ext = KeyValueExtractor(KvSettings(method="rules"))
    doc = page(
        line("4. Which of the following services have you used in the past twelve", 66, 683, h=20),
        line("months?", 66, 707, h=20),
        line("Very satisfied", 95, 740, h=20),
    )
    texts = {s.text for s in ext.segments(doc.pages[0])}
    assert "4. Which of the following services have you used in the past twelve months?" in texts


def test_label_cell_wrapping_before_its_key_word() -> None:
    # `Spouse` / `Name:` set tight in a label cell, the value right of the first line: one key. Two keys of a list
    # (`Analyst` over `Account:`, a row apart) and a complete key over another (`Ship Date` / `Company`) stay apart.
    st = Settings()
    ext = KeyValueExtractor(st.kie.kv, st.engine)
    doc = page(line("Spouse", 100, 100, h=22), line("Name:", 100, 121, h=22), line("M. E. Clark", 230, 100, h=22))
    assert "Spouse Name:" in {s.text for s in ext.segments(doc.pages[0])}
    doc = page(line("紧急联系", 100, 100, h=22), line("电话", 100, 120, h=22), line("张伟", 250, 100, h=22))
    assert "紧急联系电话" in {s.text for s in ext.segments(doc.pages[0])}
    doc = page(line("Analyst", 100, 100, h=27), line("Account:", 100, 139, h=27), line("K. Hall", 250, 100, h=27))
    assert {"Analyst", "Account:"} <= {s.text for s in ext.segments(doc.pages[0])}
    doc = page(line("Ship Date", 100, 100, h=22), line("Company", 100, 121, h=22), line("Nov. 25", 260, 100, h=22))
    assert {"Ship Date", "Company"} <= {s.text for s in ext.segments(doc.pages[0])}


def test_key_cell_takes_the_value_cell_far_right_on_its_table_row() -> None:
    # A wide grid: `Arrival Date:` in the first cell, its value in the next cell of the row, 9 line heights away.
    from docsense.kie.kv import _colon_cells_beside_values
    from docsense.kie.kv_text import Seg

    segs = [
        Seg("Arrival Date:", (107, 617, 262, 644), 0, 28, colon=True, cell=(1, 4, 0)),
        Seg("04/08/2016", (524, 616, 668, 646), 0, 28, cell=(1, 4, 3)),
        Seg("Division:", (107, 660, 230, 688), 0, 28, colon=True, cell=(1, 5, 0)),
        Seg("PARTIAL", (524, 660, 640, 688), 0, 28, cell=(1, 5, 3)),  # reads as no value: left alone
    ]
    labels = ["answer", "other", "other", "other"]
    links = _colon_cells_beside_values(segs, [], labels)
    assert [(i, j) for i, j, _ in links] == [(0, 1)] and labels[:2] == ["question", "answer"]


def test_questions_with_yes_no_boxes_far_right_are_not_one_paragraph() -> None:
    # Session 26 (twenty-fourth pass): a medical history, each condition with its Yes / No boxes far right on its
    # row; the stacking joined the conditions into one text, and no condition kept its ticked answer.
    st = Settings()
    rows = [("Any surgery in the last 5 years", 1), ("Heart disease", 0), ("High blood pressure", 1)]
    lines = []
    for n, (cond, tick) in enumerate(rows):
        y = 100 + 35 * n
        lines += [line(cond, 100, y), line(("☐", "☑")[tick == 0] + " Yes", 700, y)]
        lines.append(line(("☐", "☑")[tick == 1] + " No", 820, y))
    doc = page(*lines)
    pairs, entities = KeyValueExtractor(st.kie.kv, st.engine)(doc)
    assert {c for c, _ in rows} <= {e.text for e in entities}
    got = {(p.key, p.value) for p in pairs}
    assert {(c, ("Yes", "No")[t]) for c, t in rows} <= got
