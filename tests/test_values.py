"""The one value parser (kie/values.py): printed numbers, money, percents and dates.

A table of printed forms (each must read to its value) and property tests: any amount, printed in any of the
conventions, reads back exactly; 大写 amounts and dates round-trip too.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docsense.kie import values as vl

# (printed, kind, value, currency)
FORMS = [
    ("1,234.56", "money", "1234.56", None),
    ("1.234,56", "money", "1234.56", None),
    ("1 234,56", "money", "1234.56", None),
    ("1'234.56", "money", "1234.56", None),
    ("12 345 678,90", "money", "12345678.90", None),
    ("1,234,567", "money", "1234567.00", None),
    ("1.234.567", "money", "1234567.00", None),
    ("1,234", "money", "1234.00", None),
    ("29,99", "money", "29.99", None),
    ("0,50", "money", "0.50", None),
    (".50", "money", "0.50", None),
    ("1,250.5", "number", "1250.5", None),
    ("1.234", "number", "1.234", None),
    ("0.5", "number", "0.5", None),
    ("20", "number", "20", None),
    ("$1,234.56", "money", "1234.56", "USD"),
    ("$ 12", "money", "12.00", "USD"),
    ("US$ 1,000", "money", "1000.00", "USD"),
    ("HK$12.50", "money", "12.50", "HKD"),
    ("1.234,56 €", "money", "1234.56", "EUR"),
    ("€ 1.234,56", "money", "1234.56", "EUR"),
    ("EUR 12.00", "money", "12.00", "EUR"),
    ("12.00 USD", "money", "12.00", "USD"),
    ("£7.99", "money", "7.99", "GBP"),
    ("RM 5.00", "money", "5.00", "MYR"),
    ("RM5", "money", "5.00", "MYR"),
    ("Rs.500", "money", "500.00", "INR"),
    ("₹ 2,50,000", None, None, None),  # Indian lakh grouping is not read as one amount
    ("¥38704.14", "money", "38704.14", "CNY"),
    ("￥3483.37", "money", "3483.37", "CNY"),
    ("38.00元", "money", "38.00", "CNY"),
    ("人民币100元", "money", "100.00", "CNY"),
    ("3.5万元", "money", "35000.00", "CNY"),
    ("1.2亿", "money", "120000000.00", None),
    ("(1,234.00)", "money", "-1234.00", None),
    ("($5.00)", "money", "-5.00", "USD"),
    ("-12.30", "money", "-12.30", None),
    ("−7.25", "money", "-7.25", None),
    ("-$5.00", "money", "-5.00", "USD"),
    ("$-5.00", "money", "-5.00", "USD"),
    ("-RM0.02", "money", "-0.02", "MYR"),
    ("5.00-", "money", "-5.00", None),
    ("13%", "percent", "13", None),
    ("6 %", "percent", "6", None),
    ("0.5%", "percent", "0.5", None),
    ("免税", "percent", "0", None),
    ("５，０００．００", "money", "5000.00", None),  # full-width digits
    ("170. 00", "money", "170.00", None),  # OCR split a line-end amount at its point
]


@pytest.mark.parametrize(("printed", "kind", "value", "currency"), FORMS)
def test_printed_forms(printed: str, kind: str | None, value: str | None, currency: str | None) -> None:
    if kind is None:
        assert vl.parse_amount(printed) is None
        return
    got = vl.find_percent(vl.clean(printed)) if kind == "percent" else vl.parse_amount(printed, kind)  # type: ignore[arg-type]
    assert got is not None, printed
    assert (vl.money_str(got.value) if kind == "money" else vl.number_str(got.value)) == value
    assert got.currency == currency
    assert got.percent == (kind == "percent")


def test_enough_forms() -> None:
    assert len(FORMS) >= 40


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("Total: $1,234.56 due 2019-01-02", ["1234.56"]),
        ("合计 ¥38704.14 ¥3483.37", ["38704.14", "3483.37"]),
        ("Qty 10 100.00", ["10", "100.00"]),  # a space between numbers does not group thousands
        ("INV-0012 A4 12kg v2.1", []),  # codes are not numbers
        ("25/12/2018 10:30 Total 12.50", ["12.50"]),  # nor dates and times
        ("Tax (8%): 10.20", ["8", "10.20"]),
        ("5.90SR", ["5.90"]),  # a GST code glued after an amount
        ("TEL (2366) NO.12 JOHOR,81200", ["2366"]),
        ("2019-2020 10-20", ["2019", "2020", "10", "20"]),  # ranges, not negatives
    ],
)
def test_amounts_in_text(text: str, amounts: list[str]) -> None:
    assert [vl.number_str(a.value) for a in vl.find_amounts(vl.clean(text))] == amounts


def test_positions_point_at_the_printed_amount() -> None:
    t = "Subtotal: USD 1,234.50 Tax: 8% 98.76"
    found = vl.find_amounts(t)
    assert [t[a.start : a.end] for a in found] == ["USD 1,234.50", "8%", "98.76"]
    assert vl.find_money(t) is not None and vl.find_money(t).raw == "98.76"  # type: ignore[union-attr]


# --- property tests -------------------------------------------------------------------------------------------------

CONVENTIONS = [  # (group separator, decimal mark)
    (",", "."), (".", ","), (" ", ","), ("'", "."), ("", "."), ("", ","),
]  # fmt: skip


def printed(v: Decimal, group: str, mark: str, cur: str, where: str, neg: str) -> str:
    q = abs(v).quantize(Decimal("0.01"))
    whole, frac = f"{q:f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    body = group.join(groups) + mark + frac
    if cur:
        body = f"{cur}{body}" if where == "before" else f"{body} {cur}"
    if v < 0:
        body = f"({body})" if neg == "parens" else f"-{body}" if neg == "minus" else f"{body}-"
    return body


@settings(max_examples=400, deadline=None)
@given(
    cents=st.integers(min_value=-(10**11), max_value=10**11),
    conv=st.sampled_from(CONVENTIONS),
    cur=st.sampled_from(["", "$", "€", "¥", "EUR", "RM", "元"]),
    where=st.sampled_from(["before", "after"]),
    neg=st.sampled_from(["minus", "parens", "trailing"]),
)
def test_money_round_trips(cents: int, conv: tuple[str, str], cur: str, where: str, neg: str) -> None:
    v = Decimal(cents) / 100
    text = printed(v, *conv, cur, where, neg)
    got = vl.parse_amount(text, "money", mark=conv[1])  # type: ignore[arg-type]
    assert got is not None, text
    assert got.value == v, text
    # also found inside a sentence
    found = vl.find_amounts(f"Amount due: {text} (thank you)", "money", mark=conv[1])  # type: ignore[arg-type]
    assert [a.value for a in found] == [v], text


@settings(max_examples=300, deadline=None)
@given(cents=st.integers(min_value=1, max_value=10**13))
def test_cn_upper_round_trips(cents: int) -> None:
    v = Decimal(cents) / 100
    assert vl.cn_upper_to_decimal(vl.decimal_to_cn_upper(v)) == v


DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %b %Y", "%B %d, %Y", "%Y年%m月%d日", "%d-%b-%y", "%Y%m%d"]


@settings(max_examples=300, deadline=None)
@given(d=st.dates(min_value=date(1971, 1, 1), max_value=date(2060, 12, 31)), fmt=st.sampled_from(DATE_FORMATS))
def test_dates_round_trip(d: date, fmt: str) -> None:
    text = d.strftime(fmt)
    got = vl.find_date(f"Date: {text}", "dmy")
    assert got is not None and got[1] == d.isoformat(), text


def test_other_readings_an_ocr_slip_could_have_made() -> None:
    assert vl.flipped("%6") == "9%"
    assert Decimal(9) in vl.alternatives("%6", "percent")
    assert Decimal("1.00") in vl.alternatives("100.00")  # the point lost
    assert Decimal("0.001") not in vl.alternatives("100.00")  # `00.001` (turned) is no printed amount
    assert Decimal("758.70") in vl.alternatives("753.70")  # 3 read for 8
    assert Decimal("12.34") not in vl.alternatives("12.34")
