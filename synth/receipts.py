"""Shop receipts from Malaysia and Singapore, made up here: ten layout families (retail Sdn Bhd till, restaurant,
fast-food licensee, hardware cash bill, Singapore Pte Ltd, supermarket, petrol station, pharmacy, cafe with
service charge, small shop with a proprietor line), each with its own order of company / branch / registration
number / GST or SST id / address over two to four lines / phone, item lines, and a payment block (subtotal, tax,
rounding, total, cash, change) under varied keys.

A receipt is made as printed lines with boxes (a thermal printer's fixed-width font), which is what the line tagger
learns from (`docsense train kie`); `render` draws it for end-to-end tests and `degrade` perturbs the lines the way
OCR does (split and merged boxes, misread characters, jitter).

Ground truth uses the SROIE conventions: company without its registration number, address lines joined with
spaces, date and total as printed (the total after rounding).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from docsense.core.document import Block, Document, Line, Page, union_bbox

FAMILIES = (
    "retail", "restaurant", "licensee", "hardware", "singapore", "supermarket", "petrol", "pharmacy", "cafe",
    "proprietor",
)  # fmt: skip

_A = ("MAJU", "JAYA", "SENTOSA", "HARMONI", "BERJAYA", "CAHAYA", "MUTIARA", "GEMILANG", "SINAR", "WAWASAN", "KIM",
      "SOON", "HUAT", "SENG", "LEONG", "TECK", "HENG", "HOCK", "LEE", "TAN", "LIM", "ONG", "CHUAN", "GUAN", "YEW",
      "FOOK", "WAH", "KENG", "MEI", "AIK", "BEE", "GOLDEN", "EVERGREEN", "PERFECT", "UNIQUE", "ROYAL", "STAR",
      "SUNRISE", "HAPPY", "NEW", "BEST", "SRI", "AL-AMIN", "RAHMAT", "ZAINAL", "MUTHU", "RAJ", "KAMAL")  # fmt: skip
_TRADE = {
    "retail": ("TRADING", "ENTERPRISE", "MARKETING", "GIFT & HOME DECO", "STATIONERY", "BOOK STORE", "ELECTRICAL"),
    "restaurant": ("RESTAURANT", "RESTORAN", "KOPITIAM", "SEAFOOD RESTAURANT", "CORNER", "NASI KANDAR"),
    "licensee": ("RESTAURANTS", "FOOD INDUSTRIES", "QSR BRANDS", "FRIED CHICKEN", "BURGERS"),
    "hardware": ("HARDWARE", "HARDWARE & MACHINERY", "BUILDING MATERIAL", "ELECTRICAL & HARDWARE", "PAINT CENTRE"),
    "singapore": ("TRADING", "FOOD", "MINIMART", "CONFECTIONERY", "BAKERY", "SUPPLIES"),
    "supermarket": ("SUPERMARKET", "HYPERMARKET", "MART", "STORES", "RETAIL"),
    "petrol": ("SERVICE STATION", "PETROL STATION", "STATION", "ENERGY"),
    "pharmacy": ("PHARMACY", "FARMASI", "MEDICAL HALL", "HEALTHCARE", "DISPENSARY"),
    "cafe": ("CAFE", "BAKERY", "BISTRO", "DESSERT HOUSE", "TEA HOUSE", "COFFEE"),
    "proprietor": ("KEDAI RUNCIT", "PERNIAGAAN", "KEDAI MAKAN", "FRUITS", "PRINTING", "LAUNDRY"),
}
_SUFFIX_MY = ("SDN BHD", "SDN. BHD.", "(M) SDN BHD", "S/B", "ENTERPRISE", "TRADING", "", "BHD", "SDN BHD")
_STREETS = ("JALAN", "JLN", "JALAN", "LORONG", "PERSIARAN", "LEBUH", "JALAN")
_STREET_NAMES = ("MAJU", "SAGU", "DEDAP", "MEWAH", "SETIA INDAH", "PERMAS", "TEBRAU", "PUCHONG", "KUCHAI LAMA",
                 "BUKIT BINTANG", "SS 2", "USJ 10", "PJU 5", "KENARI", "MERANTI", "CEMPAKA", "PANDAN", "BESAR",
                 "MUTIARA", "RIA", "IMPIAN", "SENTOSA", "IDAMAN", "PERDANA", "DAMAI", "BAYU")  # fmt: skip
_AREAS = ("TAMAN DAYA", "TAMAN JOHOR JAYA", "TAMAN SRI MUDA", "TMN MOLEK", "BANDAR PUCHONG JAYA", "TAMAN PELANGI",
          "KAWASAN PERINDUSTRIAN", "TAMAN UNIVERSITI", "BANDAR BARU", "TAMAN MELAWATI", "SEKSYEN 13", "DESA PETALING",
          "TAMAN CONNAUGHT", "BANDAR SUNWAY", "TAMAN BUKIT INDAH", "KAMPUNG BARU", "TAMAN SENTOSA",
          "PUSAT PERDAGANGAN")  # fmt: skip
_TOWNS = (("81100", "JOHOR BAHRU", "JOHOR"), ("40400", "SHAH ALAM", "SELANGOR"), ("47100", "PUCHONG", "SELANGOR"),
          ("47400", "PETALING JAYA", "SELANGOR"), ("56000", "KUALA LUMPUR", "W.P. KUALA LUMPUR"),
          ("43300", "SERI KEMBANGAN", "SELANGOR"), ("81300", "SKUDAI", "JOHOR"), ("41050", "KLANG", "SELANGOR"),
          ("53100", "KUALA LUMPUR", ""), ("10450", "GEORGETOWN", "PULAU PINANG"), ("30450", "IPOH", "PERAK"),
          ("75200", "MELAKA", "MELAKA"), ("68000", "AMPANG", "SELANGOR"), ("43000", "KAJANG", "SELANGOR"),
          ("81750", "MASAI", "JOHOR"), ("52100", "KEPONG", "KUALA LUMPUR"))  # fmt: skip
_SG_STREETS = (
    "ANG MO KIO AVE 3",
    "TAMPINES ST 81",
    "BEDOK NORTH RD",
    "JURONG WEST ST 52",
    "ORCHARD ROAD",
    "TOA PAYOH LOR 1",
    "YISHUN RING RD",
    "CLEMENTI AVE 2",
    "SERANGOON CENTRAL",
    "BUKIT BATOK ST 21",
)
_GOODS = ("MILO 1KG", "NESCAFE CLASSIC", "MAGGI CURRY 5S", "GARDENIA BREAD", "DUTCH LADY 1L", "SUGAR 1KG",
          "A4 PAPER 80GSM", "PILOT PEN BLUE", "GLUE STICK", "FILE CLIP", "PVC PIPE 1/2\"", "SCREW 2\" (100)",
          "CEMENT 50KG", "PAINT 5L WHITE", "NASI LEMAK", "TEH TARIK", "KOPI O", "ROTI CANAI", "MEE GORENG",
          "CHICKEN RICE", "ICE LEMON TEA", "CHIC MCMUFFIN", "L COKE", "HOTCAKES", "PANADOL 10S", "VITAMIN C",
          "FACE MASK 50S", "RON95", "DIESEL", "CAR WASH", "LATTE", "CHEESE CAKE", "CROISSANT", "AMERICANO",
          "APPLE 1KG", "ORANGE", "RICE 5KG", "EGG GRADE A", "TISSUE 10S", "DETERGENT 2KG", "BATTERY AA",
          "SPRING ROLL", "FRIED RICE", "TOM YAM", "WHITE COFFEE", "BOOK: MATHS", "CALCULATOR", "STAPLER")  # fmt: skip
# a brand or outlet name printed above the company, or a branch line between it and the address (neither is the
# company nor the address in SROIE's ground truth): made-up brands, areas and malls
_BRAND_WORDS = (
    "MART",
    "SUSHI",
    "KITCHEN",
    "BOOKS",
    "NOODLE HOUSE",
    "GRILL",
    "BAKERY",
    "HOME",
    "DECO",
    "PARKING",
    "SPEEDMART",
    "FRESH",
    "CHICKEN",
    "SCOOP",
    "TOAST",
    "PIE",
    "THEME PARK",
    "MOTOR",
    "OPTICAL",
    "CURRY",
)
_MALLS = (
    "PLAZA DANAU",
    "MID VALLEY",
    "SUNWAY PYRAMID",
    "ONE UTAMA",
    "KLCC",
    "IOI CITY MALL",
    "PAVILION",
    "TESCO EXTRA",
    "MONT KIARA",
    "SRI MUDA",
    "DESA PARK CITY",
    "SETIA ALAM",
    "PANDAN INDAH",
    "KOTA DAMANSARA",
    "WANGSA WALK",
    "AEON MALL",
    "SUBANG PARADE",
    "CHERAS",
    "AMPANG POINT",
    "BUKIT JALIL",
    "SEREMBAN 2",
)
_NAMES = ("ANN", "JOHN", "SITI", "AHMAD", "MEI LING", "KUMAR", "NUR", "WEI", "FARAH", "RAJ", "LILY", "ALI")


@dataclass
class Receipt:
    family: str
    lines: list[tuple[str, tuple[float, float, float, float]]]
    fields: dict[str, str]
    width: int
    height: int
    char: float = 12.0  # character width in pixels (the printer's font)
    extra: dict[str, Any] = field(default_factory=dict)

    def document(self, source: str = "receipt.png") -> Document:
        """The receipt as a perfectly read Document (one line per printed box)."""
        out = []
        for text, b in self.lines:
            poly = [(b[0], b[1]), (b[2], b[1]), (b[2], b[3]), (b[0], b[3])]
            out.append(Line(text=text, bbox=b, polygon=poly, score=0.99))
        page = Page(index=0, width=self.width, height=self.height, blocks=[])
        if out:
            page.blocks.append(Block(type="text", bbox=union_bbox([ln.bbox for ln in out]), lines=out))
        return Document(source=source, pages=[page])

    def gt(self, filename: str) -> dict[str, Any]:
        return {"filename": filename, "doc_type": "receipt", "template": "receipt", "family": self.family,
                **self.fields}  # fmt: skip


class _Printer:
    """Places fixed-width text on a receipt `cols` characters wide."""

    def __init__(self, rng: random.Random, cols: int) -> None:
        self.rng = rng
        self.cols = cols
        self.cw = rng.uniform(9.0, 15.0)
        self.lh = self.cw * rng.uniform(2.1, 2.8)
        self.margin = rng.uniform(10, 60)
        self.y = rng.uniform(20, 120)
        self.lines: list[tuple[str, tuple[float, float, float, float]]] = []
        self.centered = rng.random() < 0.7

    def _box(self, col: float, text: str, scale: float = 1.0) -> tuple[float, float, float, float]:
        x0 = self.margin + col * self.cw + self.rng.uniform(-2, 2)
        h = self.lh * 0.62 * scale
        y0 = self.y + self.rng.uniform(-1.5, 1.5)
        return (x0, y0, x0 + len(text) * self.cw * scale, y0 + h)

    def put(self, text: str, align: str | None = None, scale: float = 1.0) -> None:
        """One line; long text wraps at the receipt's width."""
        if not text:
            return
        align = align or ("center" if self.centered else "left")
        width = int(self.cols / scale)
        for part in _wrap(text, width):
            col = (self.cols - len(part) * scale) / 2 if align == "center" else 0.0
            if align == "right":
                col = self.cols - len(part) * scale
            self.lines.append((part, self._box(col, part, scale)))
            self.y += self.lh * scale
        if self.rng.random() < 0.05:
            self.y += self.lh * 0.5

    def row(self, *cells: tuple[str, float]) -> None:
        """Several boxes on one printed row: (text, column); a negative column right-aligns the text there."""
        for text, col in cells:
            if text:
                c = (-col - len(text)) if col < 0 else col
                self.lines.append((text, self._box(max(0.0, c), text)))
        self.y += self.lh

    def kv(self, key: str, value: str, glued: bool = False) -> None:
        """`KEY   value` across the row: two boxes, or one when printed close together (OCR reads one line)."""
        if glued or len(key) + len(value) + 2 > self.cols:
            self.put(f"{key} {value}", "left")
        else:
            self.row((key, 0), (value, -self.cols))

    def gap(self, k: float = 1.0) -> None:
        self.y += self.lh * k


def _wrap(text: str, width: int) -> list[str]:
    words, out, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return [*out, cur] if cur else out


def _money(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01"), ROUND_HALF_UP))


def _company(rng: random.Random, family: str) -> str:
    words = " ".join(rng.sample(_A, rng.choice((1, 2, 2, 3))))
    trade = rng.choice(_TRADE[family])
    if family == "singapore":
        return f"{words} {trade} PTE LTD" if rng.random() < 0.8 else f"{words} {trade} PTE. LTD."
    if family == "proprietor":
        return f"{trade} {words}"
    suffix = rng.choice(_SUFFIX_MY)
    if suffix in ("ENTERPRISE", "TRADING") and suffix in trade:
        suffix = "SDN BHD"
    return " ".join(x for x in (words, trade, suffix) if x)


def _regno(rng: random.Random) -> str:
    n = f"{rng.randint(1000, 1299999)}-{rng.choice('AHKPMUVWDXT')}"
    if rng.random() < 0.25:  # printed bare: `JM0325955-V`, `001234567-X`
        return (
            f"{rng.choice(('', 'JM', 'SA', 'IP', 'CA', '00'))}{rng.randint(100000, 9999999)}-{rng.choice('AHKPUVWXT')}"
        )
    return rng.choice(
        (f"({n})", f"CO. REG. NO: {n}", f"({rng.randint(2000, 2019)}0{rng.randint(10000000, 99999999)} ({n}))",
         f"ROC NO. {n}", f"COMPANY NO: {n}", f"CO NO : {n}", f"(CO.NO.{n.replace('-', ' ')})", f"({n}) ")
    )  # fmt: skip


def _gst(rng: random.Random, sg: bool = False) -> str:
    if sg:
        return (
            rng.choice(("GST REG NO: ", "GST NO. ", "UEN/GST: "))
            + f"M{rng.randint(2, 9)}-{rng.randint(1000000, 9999999)}-{rng.randint(0, 9)}"
        )
    num = f"{rng.randint(0, 2099999999):012d}"
    return rng.choice(("GST ID: ", "GST REG NO: ", "(GST ID NO: ", "GST NO: ", "SST ID: W10-1808-", "GST ID NO : ")) + (
        num if rng.random() < 0.9 else num[:6]) + ("" if rng.random() < 0.7 else ")")  # fmt: skip


def _address(rng: random.Random, sg: bool = False) -> list[str]:
    if sg:
        parts = [f"BLK {rng.randint(1, 999)} {rng.choice(_SG_STREETS)}",
                 f"#{rng.randint(1, 12):02d}-{rng.randint(1, 150):02d}",
                 f"SINGAPORE {rng.randint(100000, 829999)}"]  # fmt: skip
        if rng.random() < 0.4:
            parts.insert(1, rng.choice(("HDB HUB", "CENTRAL PLAZA", "JUNCTION 8", "NORTHPOINT", "WEST MALL")))
    else:
        no = rng.choice((f"NO. {rng.randint(1, 200)}",
                         f"NO.{rng.randint(1, 99)}, {rng.randint(1, 99)} & {rng.randint(1, 99)}",
                         f"LOT {rng.randint(100, 9999)}", f"{rng.randint(1, 120)}", f"NO {rng.randint(1, 60)}-G",
                         f"G-{rng.randint(1, 40)}", f"LEVEL {rng.randint(1, 6)}"))  # fmt: skip
        street = f"{rng.choice(_STREETS)} {rng.choice(_STREET_NAMES)}" + (
            f" {rng.randint(1, 30)}" if rng.random() < 0.5 else f" {rng.randint(1, 9)}/{rng.randint(1, 99)}"
            if rng.random() < 0.3 else "")  # fmt: skip
        postcode, town, state = rng.choice(_TOWNS)
        parts = [no, street, rng.choice(_AREAS), f"{postcode} {town}"]
        if state and rng.random() < 0.7:
            parts.append(state)
        if rng.random() < 0.3:
            parts.append("MALAYSIA")
        if rng.random() < 0.2:
            parts.insert(0, rng.choice(("WISMA", "PLAZA", "MENARA", "KOMPLEKS")) + " " + rng.choice(_A))
    # group the parts into 2-4 printed lines, commas between parts; the state often stands alone on the last
    n = rng.randint(2, min(4, len(parts)))
    cuts = sorted(rng.sample(range(1, len(parts)), n - 1))
    if not sg and rng.random() < 0.3 and len(parts) - 1 not in cuts:
        cuts = sorted([*cuts[1:], len(parts) - 1])
    groups = [parts[a:b] for a, b in zip([0, *cuts], [*cuts, len(parts)], strict=True)]
    sep = rng.choice((", ", ",", " "))
    end = rng.choice((",", ".", "", ""))
    printed = [sep.join(g) + sep.strip() for g in groups[:-1]]
    return [*printed, sep.join(groups[-1]) + end]


def _phone(rng: random.Random, sg: bool = False) -> str:
    num = f"6{rng.randint(1000, 9999)} {rng.randint(1000, 9999)}" if sg else (
        f"0{rng.randint(3, 9)}-{rng.randint(100, 999)} {rng.randint(1000, 9999)}")  # fmt: skip
    return rng.choice(("TEL: ", "TEL NO. ", "TEL : ", "PHONE: ", "TEL/FAX: ", "H/P: ", "Tel:")) + num


def _brand(rng: random.Random) -> str:
    return (
        f"{rng.choice(_A)} {rng.choice(_BRAND_WORDS)}"
        if rng.random() < 0.7
        else rng.choice(_A) + rng.choice(("MART", "CO", "MAX", "TECH", "LAND"))
    )


def _branch(rng: random.Random, brand: str, address: list[str]) -> str:
    """An outlet line: the brand and its mall or area (`MAJU MART SRI MUDA`, `(PLAZA DANAU)`, `OUTLET: KLCC`),
    never a part of the address it stands above."""
    place = rng.choice(_MALLS + _AREAS)
    line = rng.choice(
        (
            f"{brand} {place}",
            f"{brand} - {place}",
            f"({place})",
            f"OUTLET: {place}",
            f"{place} BRANCH",
            f"{brand} {place} (#{rng.randint(10, 999)})",
            f"{brand} @ {place}",
        )
    )
    flat = "".join(ch for ch in " ".join(address) if ch.isalnum())
    return line if "".join(ch for ch in line if ch.isalnum()) not in flat else f"{brand} {place}"


def _company_lines(rng: random.Random, company: str, cols: int) -> list[str]:
    """The company as printed: one line, or two (`... HARDWARE &` / `ELECTRICAL`, `... MALAYSIA` / `SDN BHD`)."""
    words = company.split()
    if len(words) < 3 or rng.random() < 0.8:
        return [company]
    cut = len(words) - (2 if company.endswith(("SDN BHD", "SDN. BHD.", "PTE LTD")) else 1)
    cut = max(1, cut if rng.random() < 0.7 else rng.randint(1, len(words) - 1))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def _date(rng: random.Random) -> tuple[str, str]:
    """-> (printed date, time)."""
    y, m, d = rng.randint(2016, 2019), rng.randint(1, 12), rng.randint(1, 28)
    mon = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")[m - 1]
    fmt = rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                      f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d:02d} {mon} {y}", f"{d:02d}.{m:02d}.{y}",
                      f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}", f"{d:02d}-{mon}-{y % 100:02d}"))  # fmt: skip
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    tm = rng.choice((f"{hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                     f"{(hh - 1) % 12 + 1}:{mm:02d} {'PM' if hh >= 12 else 'AM'}"))  # fmt: skip
    return fmt, tm


def make_receipt(rng: random.Random, family: str | None = None) -> Receipt:
    family = family or rng.choice(FAMILIES)
    sg = family == "singapore"
    p = _Printer(rng, rng.randint(32, 48))
    company = _company(rng, family)
    address = _address(rng, sg)
    date, tm = _date(rng)
    head_scale = rng.choice((1.0, 1.0, 1.2, 1.5))
    # --- header: the order of its parts is what tells the families apart
    if rng.random() < 0.08:
        p.put(rng.choice(("*** COPY ***", "WELCOME", "SELAMAT DATANG", "REPRINT")))
    if rng.random() < 0.2:  # a name stamped or written above the header (whose receipt it is)
        name = f"{rng.choice(_A)} {rng.choice(_A)} {rng.choice(_A)}"
        p.put(name.lower() if rng.random() < 0.5 else name, "left" if rng.random() < 0.5 else None)
    if family == "licensee":
        p.put(company, scale=head_scale)
        p.put(_regno(rng))
        p.put(rng.choice(("FORMERLY KNOWN AS", "LICENSEE OF", "A FRANCHISEE OF", "OPERATED BY")))
        p.put(f"{rng.choice(_A)} {rng.choice(_TRADE['licensee'])} SDN BHD")
        for a in address:
            p.put(a)
        p.put(_gst(rng))
        p.put(f"{rng.choice(('MCD', 'KFC', 'BURGER'))} {rng.choice(_AREAS)} (#{rng.randint(100, 999)})")
        p.put(_phone(rng))
    elif family == "petrol":
        p.put(f"{rng.choice(('PETRON', 'SHELL', 'BHPETROL', 'CALTEX'))} {rng.choice(_AREAS)}", scale=head_scale)
        p.put(company)
        p.put(_regno(rng))
        for a in address:
            p.put(a)
        p.put(_phone(rng))
        p.put(_gst(rng))
    elif family == "proprietor":
        p.put(company, scale=head_scale)
        if rng.random() < 0.6:
            p.put(f"(OWNED BY {rng.choice(_A)} {rng.choice(_A)} SDN BHD)")
        p.put(_regno(rng))
        for a in address:
            p.put(a)
        p.put(_phone(rng))
    elif family == "supermarket":
        p.put(company, scale=head_scale)
        p.put(
            f"{rng.choice(('GST REG', 'GST ID'))}: {rng.randint(0, 999999999):012d}"
            if rng.random() < 0.5
            else _regno(rng)
        )
        p.put(f"{rng.choice(('BRANCH', 'STORE', 'OUTLET'))}: {rng.choice(_AREAS)}")
        for a in address:
            p.put(a)
        p.put(_phone(rng))
    else:
        brand = _brand(rng)
        if family in ("restaurant", "cafe") and rng.random() < 0.4:
            p.put(rng.choice(_A) + " " + rng.choice(_TRADE[family]), scale=head_scale * 1.2)
        elif rng.random() < 0.25:  # the brand (a logo's words) over the company that runs the shop
            p.put(brand if rng.random() < 0.6 else _branch(rng, brand, address), scale=head_scale * 1.2)
        if rng.random() < 0.08:
            p.put(rng.choice(("OWNED BY:", "OWN BY:", "OPERATED BY:", "A MEMBER OF")))
        reg_same_line = rng.random() < 0.25
        printed = _company_lines(rng, company, p.cols)
        printed[-1] = f"{printed[-1]} {_regno(rng)}" if reg_same_line else printed[-1]
        for part in printed:
            p.put(part, scale=head_scale)
        if not reg_same_line and rng.random() < 0.8:
            p.put(_regno(rng))
        if family == "hardware" and rng.random() < 0.5:
            p.put(_gst(rng))
        if rng.random() < 0.25:  # the outlet between the company and its address
            p.put(_branch(rng, brand, address))
        for a in address:
            p.put(a)
        if rng.random() < 0.5:
            p.put(
                _phone(rng)
                + ("" if rng.random() < 0.5 else f"  FAX: 0{rng.randint(3, 9)}-{rng.randint(1000000, 9999999)}")
            )
        else:
            p.put(_phone(rng))
        if family != "hardware" and rng.random() < 0.8:
            p.put(_gst(rng, sg))
        if rng.random() < 0.2:
            p.put(f"www.{company.split()[0].lower()}.com.{'sg' if sg else 'my'}")
    p.gap(rng.uniform(0.3, 1.0))
    p.put(rng.choice(("TAX INVOICE", "SIMPLIFIED TAX INVOICE", "CASH BILL", "RECEIPT", "OFFICIAL RECEIPT", "INVOICE",
                      "CASH SALES", "")), "center")  # fmt: skip
    # --- meta: number, date, cashier
    inv = (
        rng.choice(("INV NO: ", "RECEIPT #: ", "BILL NO: ", "DOC NO.: ", "NO: ", "INVOICE NO : "))
        + rng.choice(("CS", "", "T", "OR", "INV"))
        + str(rng.randint(10000, 99999999))
    )
    dkey = rng.choice(("DATE: ", "DATE : ", "Date:", "TARIKH: ", "", "", "DATE "))
    style = rng.randint(0, 3)
    if style == 0:
        p.put(inv, "left")
        p.kv(dkey + date, tm)
    elif style == 1:
        p.row((dkey + date, 0), (tm, -p.cols))
        p.put(inv, "left")
    elif style == 2 and len(f"{inv}  {date} {tm}") <= p.cols:  # (a date wrapped over two lines is not printed)
        p.put(f"{inv}  {date} {tm}", "left")
    else:
        p.put(f"{dkey}{date} {tm}", "left")
        p.put(inv, "left")
    if rng.random() < 0.6:
        p.put(rng.choice(("CASHIER: ", "SERVED BY: ", "STAFF: ", "OPERATOR: ")) + rng.choice(_NAMES), "left")
    if family in ("restaurant", "cafe") and rng.random() < 0.6:
        p.kv(f"TABLE: {rng.randint(1, 40)}", f"PAX: {rng.randint(1, 8)}")
    # --- items
    p.gap(0.5)
    if rng.random() < 0.6:
        p.row(
            ("QTY", 0),
            ("ITEM" if rng.random() < 0.5 else "DESCRIPTION", 5),
            ("AMOUNT" if rng.random() < 0.5 else "RM", -p.cols),
        )
    subtotal = Decimal(0)
    for _ in range(rng.randint(1, 9)):
        name = rng.choice(_GOODS)
        qty = rng.choice((1, 1, 1, 2, 3, 5))
        price = Decimal(rng.randint(50, 9000 if family in ("hardware", "petrol") else 3000)) / 100
        amt = price * qty
        subtotal += amt
        code = f"{rng.randint(10**11, 10**13 - 1)}" if family == "supermarket" and rng.random() < 0.6 else ""
        if code:
            p.put(code, "left")
        if rng.random() < 0.5:
            p.row((str(qty), 0), (name, 5), (_money(amt), -p.cols))
        else:
            p.put(name, "left")
            p.row((f"{qty} X {_money(price)}", 2), (_money(amt) + rng.choice(("", " SR", " S", " Z")), -p.cols))
    p.gap(0.5)
    # --- payment block
    tax_rate = Decimal("0.07") if sg else Decimal("0.06") if rng.random() < 0.7 else Decimal(0)
    service = subtotal * Decimal("0.10") if family in ("cafe", "restaurant") and rng.random() < 0.5 else Decimal(0)
    tax = ((subtotal + service) * tax_rate).quantize(Decimal("0.01"), ROUND_HALF_UP)
    raw_total = (subtotal + service + tax).quantize(Decimal("0.01"))
    rounded = (raw_total * 20).quantize(Decimal(1), ROUND_HALF_UP) / 20 if not sg else raw_total
    rounded = rounded.quantize(Decimal("0.01"))
    adj = rounded - raw_total
    glued = rng.random() < 0.3
    rm = rng.choice(("", "", "RM ", "RM")) if not sg else rng.choice(("", "$", "S$ "))
    if rng.random() < 0.7:
        p.kv(
            rng.choice(("SUB TOTAL", "SUBTOTAL", "Sub-total", "TOTAL EXCL GST", "SUB-TOTAL (RM)")),
            _money(subtotal),
            glued,
        )
    if service:
        p.kv("SERVICE CHARGE 10%", _money(service), glued)
    if tax_rate:
        p.kv(
            rng.choice((f"GST {int(tax_rate * 100)}%", f"SST {int(tax_rate * 100)}%", "GST", "TOTAL GST")),
            _money(tax),
            glued,
        )
    total_keys = ("TOTAL", "TOTAL:", "GRAND TOTAL", "NET TOTAL", "TOTAL (RM)", "TOTAL AMOUNT", "JUMLAH",
                  "TOTAL INCL GST", "Total Sales (Inclusive of GST)", "AMOUNT DUE", "TOTAL PAYABLE")  # fmt: skip
    if adj and rng.random() < 0.8:
        style = rng.randint(0, 2)
        if style == 0:  # total, rounding, rounded total
            p.kv(rng.choice(total_keys), rm + _money(raw_total), glued)
            p.kv(rng.choice(("ROUNDING ADJ", "ROUNDING", "Rounding Adjustment", "PELARASAN")), _money(adj), glued)
            p.kv(rng.choice(("TOTAL ROUNDED", "ROUNDED TOTAL", "NETT TOTAL", "TOTAL AFTER ADJ", "GRAND TOTAL")),
                 rm + _money(rounded), glued)  # fmt: skip
        elif style == 1:  # rounding before the one total
            p.kv(rng.choice(("ROUNDING ADJ", "ROUNDING")), _money(adj), glued)
            p.kv(rng.choice(total_keys), rm + _money(rounded), glued)
        else:  # the total as computed, rounding only applied to cash
            p.kv(rng.choice(("TOTAL INCL GST", "TOTAL SALES")), _money(raw_total), glued)
            p.kv("ROUNDING", _money(adj), glued)
            p.kv(rng.choice(total_keys), rm + _money(rounded), glued)
    else:
        p.kv(rng.choice(total_keys), rm + _money(rounded), glued)
    paid = rounded if rng.random() < 0.3 else (rounded / 10 + 1).quantize(Decimal(1)) * 10
    pay_key = rng.choice(
        ("CASH", "CASH TENDERED", "TUNAI", "PAID", "CASH:", "VISA", "MASTER CARD", "NETS" if sg else "CASH")
    )
    card = pay_key in ("VISA", "MASTER CARD", "NETS")
    p.kv(pay_key, _money(rounded if card else paid), glued)
    if not card:
        p.kv(rng.choice(("CHANGE", "CHANGE DUE", "BAKI", "CHANGE:")), _money(paid - rounded), glued)
    if tax_rate and rng.random() < 0.5:
        p.gap(0.5)
        p.row(("GST SUMMARY", 0), ("AMOUNT", p.cols // 2), ("TAX", -p.cols))
        p.row((f"SR @ {int(tax_rate * 100)}%", 0), (_money(subtotal + service), p.cols // 2), (_money(tax), -p.cols))
    if rng.random() < 0.3:
        p.put(f"TOTAL QTY: {rng.randint(1, 12)}", "left")
    p.gap(0.5)
    if rng.random() < 0.12:
        p.put(rng.choice(("TQ FOR SHOPPING WITH ", "THANK YOU FOR SHOPPING AT ", "VISIT US AT WWW.")) + _brand(rng))
    for _ in range(rng.randint(0, 3)):
        p.put(rng.choice(("THANK YOU", "PLEASE COME AGAIN", "GOODS SOLD ARE NOT RETURNABLE", "TERIMA KASIH",
                          "THANK YOU & PLEASE COME AGAIN", "EXCHANGE WITHIN 7 DAYS WITH RECEIPT",
                          "POWERED BY QUBE POS", "** HAVE A NICE DAY **")))  # fmt: skip
    width = int(2 * p.margin + p.cols * p.cw * 1.6)
    fields = {"company": company, "date": date, "address": " ".join(address), "total": _money(rounded)}
    return Receipt(family, p.lines, fields, width, int(p.y + 60), p.cw)


_MISREAD = str.maketrans({"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8", "l": "1"})


def degrade(receipt: Receipt, rng: random.Random, level: float = 1.0) -> Receipt:
    """What OCR does to printed lines: a line split in two boxes, neighbouring boxes of a row read as one, a
    character misread or lost, boxes a little off. Ground truth is unchanged (so a misread field is a lesson in
    reading through noise)."""
    out: list[tuple[str, tuple[float, float, float, float]]] = []
    lines = sorted(receipt.lines, key=lambda t: (round(t[1][1] / 4), t[1][0]))
    i = 0
    while i < len(lines):
        text, b = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt and abs(nxt[1][1] - b[1]) < 3 and rng.random() < 0.15 * level:
            out.append((f"{text} {nxt[0]}", (b[0], min(b[1], nxt[1][1]), nxt[1][2], max(b[3], nxt[1][3]))))
            i += 2
            continue
        if len(text) > 6 and " " in text and rng.random() < 0.12 * level:
            cut = rng.choice([k for k, ch in enumerate(text) if ch == " "])
            xm = b[0] + (b[2] - b[0]) * cut / len(text)
            out.append((text[:cut], (b[0], b[1], xm, b[3])))
            out.append((text[cut + 1 :], (xm + receipt.char, b[1], b[2], b[3])))
            i += 1
            continue
        if rng.random() < 0.15 * level:
            chars = list(text)
            k = rng.randrange(len(chars))
            chars[k] = chars[k].translate(_MISREAD) if rng.random() < 0.7 else ""
            text = "".join(chars) or text
        j = receipt.char * 0.3 * level
        out.append(
            (
                text,
                (
                    b[0] + rng.uniform(-j, j),
                    b[1] + rng.uniform(-j, j),
                    b[2] + rng.uniform(-j, j),
                    b[3] + rng.uniform(-j, j),
                ),
            )
        )
        i += 1
    return Receipt(receipt.family, out, receipt.fields, receipt.width, receipt.height, receipt.char, receipt.extra)


def render(receipt: Receipt) -> Any:
    """The receipt drawn in DejaVu Sans Mono (a PIL image), for end-to-end tests through OCR."""
    from PIL import Image, ImageDraw, ImageFont

    from .fonts import path

    img = Image.new("RGB", (receipt.width, receipt.height), "white")
    draw = ImageDraw.Draw(img)
    for text, b in receipt.lines:
        size = max(8, round((b[2] - b[0]) / max(1, len(text)) / 0.602))
        fnt = ImageFont.truetype(str(path("DejaVuSansMono.ttf")), size)
        draw.text((b[0], b[1]), text, font=fnt, fill="black")
    return img


def generate(n: int, seed: int = 0, families: tuple[str, ...] = FAMILIES, noisy: float = 0.5) -> list[Receipt]:
    """n receipts spread over `families`; a share `noisy` of them degraded as OCR would read them."""
    out = []
    for i in range(n):
        rng = random.Random(f"{seed}-receipt-{i}")
        r = make_receipt(rng, families[i % len(families)])
        out.append(degrade(r, rng) if rng.random() < noisy else r)
    return out
