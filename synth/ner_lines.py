"""Labelled NER text: generated resume / invoice / receipt lines (zh + en), and the JSONL users export.

JSONL format (one example per line, UTF-8), the same for generated data, users' exports and the UI's export:
    {"text": "姓名：张伟  电话：13812345678", "spans": [{"start": 3, "end": 5, "label": "PER"}]}
`start`/`end` are character offsets into `text` (end exclusive, Python slicing); labels are upper-case names
(PER, ORG, LOC, TIME, TITLE, or new ones: the trainer takes its label set from the data). Overlapping spans are
an error. `read_jsonl` checks every line and names the bad one.

The generator draws every string itself (name parts, company-name parts, places, dates in many printed forms) so a
model trained on it learns the patterns, not a fixed list of entities.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docsense.core.errors import InputError

Example = dict[str, Any]
Part = tuple[str, str | None]  # (text, label or None)

ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容", "令狐", "皇甫")
ZH_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文辉鹏玲飞鑫波宇浩凯斌俊帆晨阳欣怡婷雪琳梅颖佳琪睿轩"
    "子涵梓萱博文思源晓燕慧云海峰振东亮成德利春秋冬荣新雨露婉清嘉豪宏毅天翔雅静蕾倩璐瑶晶莹志远永福宁安康乐诗琦若曦"
)
ZH_PROVINCES = (
    "广东省",
    "浙江省",
    "江苏省",
    "山东省",
    "河南省",
    "四川省",
    "湖北省",
    "湖南省",
    "福建省",
    "安徽省",
    "河北省",
    "陕西省",
    "辽宁省",
    "江西省",
    "云南省",
    "广西壮族自治区",
    "山西省",
    "吉林省",
    "黑龙江省",
    "贵州省",
    "甘肃省",
)
ZH_CITIES = (
    "北京",
    "上海",
    "天津",
    "重庆",
    "广州",
    "深圳",
    "杭州",
    "南京",
    "苏州",
    "成都",
    "武汉",
    "西安",
    "长沙",
    "郑州",
    "济南",
    "青岛",
    "厦门",
    "福州",
    "合肥",
    "宁波",
    "无锡",
    "东莞",
    "佛山",
    "沈阳",
    "大连",
    "昆明",
    "南昌",
    "石家庄",
    "太原",
    "哈尔滨",
    "长春",
    "贵阳",
    "南宁",
    "兰州",
    "温州",
    "珠海",
    "中山",
    "惠州",
    "烟台",
    "徐州",
    "常州",
    "绍兴",
)
ZH_DISTRICTS = (
    "朝阳区",
    "海淀区",
    "浦东新区",
    "南山区",
    "福田区",
    "天河区",
    "西湖区",
    "鼓楼区",
    "武侯区",
    "江汉区",
    "高新区",
    "经济开发区",
    "滨江区",
    "黄浦区",
    "越秀区",
    "雨花台区",
    "金水区",
    "历下区",
    "思明区",
)
ZH_ROADS = (
    "中山路",
    "人民路",
    "解放路",
    "建设路",
    "科技园路",
    "长江路",
    "黄河路",
    "文化路",
    "和平路",
    "新华路",
    "学府路",
)
ZH_BRAND = "华泰恒达鑫源盛宏信通远瑞丰鼎天宇东方金海新嘉明创联合安诚德佳星辰博锐智汇润中科云腾飞凯越威龙海川立讯"
ZH_INDUSTRY = (
    "科技",
    "网络科技",
    "信息技术",
    "电子商务",
    "贸易",
    "商贸",
    "建筑工程",
    "餐饮管理",
    "物流",
    "医药",
    "文化传媒",
    "电子",
    "机械设备",
    "新能源",
    "生物科技",
    "教育咨询",
    "实业",
    "食品",
    "服装",
    "软件",
    "智能科技",
    "供应链管理",
)
ZH_SUFFIX = ("有限公司", "有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "集团")
ZH_ORG_OTHER = ("大学", "师范大学", "理工大学", "财经大学", "医科大学", "职业技术学院", "学院", "人民医院", "中学")
ZH_BANKS = ("中国工商银行", "中国建设银行", "中国银行", "中国农业银行", "招商银行", "交通银行", "兴业银行", "浦发银行")
ZH_TITLES = (
    "软件工程师",
    "高级软件工程师",
    "Java开发工程师",
    "前端开发工程师",
    "产品经理",
    "项目经理",
    "销售经理",
    "销售代表",
    "会计",
    "财务经理",
    "出纳",
    "人事专员",
    "人力资源经理",
    "行政助理",
    "数据分析师",
    "算法工程师",
    "测试工程师",
    "运营专员",
    "市场总监",
    "客服主管",
    "采购专员",
    "架构师",
    "技术总监",
    "总经理",
    "副总经理",
    "UI设计师",
    "法务专员",
    "教师",
)
ZH_MAJORS = (
    "计算机科学与技术",
    "软件工程",
    "会计学",
    "金融学",
    "市场营销",
    "机械工程",
    "汉语言文学",
    "电子信息工程",
    "人力资源管理",
    "国际经济与贸易",
    "法学",
    "临床医学",
    "数学与应用数学",
    "英语",
)
ZH_DEGREES = ("本科", "硕士", "博士", "大专", "学士", "研究生")
ZH_FILLER = (
    "本人性格开朗，工作认真负责，具有良好的沟通能力。",
    "熟练掌握Python、Java、SQL等编程语言。",
    "负责公司核心业务系统的设计与开发。",
    "带领团队完成多个重点项目，获得客户好评。",
    "熟悉办公软件操作，善于学习新知识。",
    "专业技能",
    "工作经历",
    "教育背景",
    "项目经验",
    "自我评价",
    "个人信息",
    "货物或应税劳务、服务名称",
    "规格型号",
    "单位",
    "数量",
    "单价",
    "金额",
    "税率",
    "税额",
    "价税合计（大写）",
    "备注",
    "密码区",
    "合计",
    "增值税专用发票",
    "增值税普通发票",
    "发票联",
    "抵扣联",
)

EN_FIRST = (
    "John",
    "Mary",
    "James",
    "Linda",
    "Robert",
    "Susan",
    "David",
    "Karen",
    "Michael",
    "Emily",
    "Daniel",
    "Sarah",
    "William",
    "Jessica",
    "Thomas",
    "Laura",
    "Kevin",
    "Anna",
    "Brian",
    "Olivia",
    "George",
    "Sophia",
    "Eric",
    "Grace",
    "Peter",
    "Rachel",
    "Mark",
    "Nancy",
    "Paul",
    "Helen",
    "Steven",
    "Julia",
    "Andrew",
    "Megan",
    "Joseph",
    "Chloe",
    "Richard",
    "Hannah",
    "Charles",
    "Lucy",
    "Wei",
    "Li",
    "Raj",
    "Priya",
    "Ahmed",
    "Fatima",
    "Carlos",
    "Maria",
    "Ivan",
)
EN_LAST = (
    "Smith",
    "Johnson",
    "Brown",
    "Taylor",
    "Miller",
    "Wilson",
    "Moore",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Carter",
    "Mitchell",
    "Roberts",
    "Turner",
    "Phillips",
    "Campbell",
    "Parker",
    "Evans",
    "Edwards",
    "Collins",
    "Stewart",
    "Morris",
    "Murphy",
    "Cook",
    "Rogers",
    "Chen",
    "Wang",
    "Patel",
    "Kumar",
    "Garcia",
    "Martinez",
    "Lopez",
    "Nguyen",
    "Kim",
    "O'Brien",
    "MacDonald",
)
EN_CITIES = (
    "Springfield, IL",
    "Austin, TX",
    "Denver, CO",
    "Portland, OR",
    "Madison, WI",
    "Columbus, OH",
    "Seattle, WA",
    "Boston, MA",
    "San Jose, CA",
    "New York, NY",
    "Chicago, IL",
    "Atlanta, GA",
    "Phoenix, AZ",
    "Miami, FL",
    "London",
    "Manchester",
    "Toronto, ON",
    "Sydney",
    "Singapore",
    "Kuala Lumpur",
    "Berlin",
    "Dublin",
)
EN_STREETS = (
    "Main St",
    "Oak Avenue",
    "Park Road",
    "Maple Drive",
    "High Street",
    "Elm St",
    "Cedar Lane",
    "Jalan Ampang",
)
EN_WORDS = (
    "Acme",
    "Global",
    "Blue",
    "River",
    "Summit",
    "Pioneer",
    "Apex",
    "Northwind",
    "Silver",
    "Bright",
    "Evergreen",
    "Atlas",
    "Horizon",
    "Sterling",
    "Quantum",
    "Harbor",
    "Crescent",
    "Liberty",
    "Falcon",
    "Vertex",
    "Redwood",
    "Nova",
)
EN_INDUSTRY = (
    "Technologies",
    "Solutions",
    "Systems",
    "Logistics",
    "Trading",
    "Consulting",
    "Software",
    "Foods",
    "Industries",
    "Media",
    "Supplies",
    "Services",
    "Analytics",
    "Electronics",
    "Holdings",
    "Partners",
)
EN_SUFFIX = ("Inc.", "LLC", "Ltd.", "Corp.", "Co., Ltd.", "GmbH", "Pte Ltd", "Sdn Bhd", "Group", "plc")
EN_TITLES = (
    "Software Engineer",
    "Senior Software Engineer",
    "Product Manager",
    "Data Analyst",
    "Accountant",
    "Sales Manager",
    "Marketing Coordinator",
    "Project Manager",
    "HR Specialist",
    "Financial Analyst",
    "Operations Manager",
    "UX Designer",
    "DevOps Engineer",
    "Research Assistant",
    "Customer Service Representative",
    "Chief Financial Officer",
)
EN_DEGREES = (
    "Bachelor of Science",
    "Master of Science",
    "Bachelor of Arts",
    "Master of Business Administration",
    "B.S.",
    "M.S.",
    "Ph.D.",
    "MBA",
    "B.A.",
)
EN_MAJORS = ("Computer Science", "Accounting", "Marketing", "Economics", "Mechanical Engineering", "Finance", "Biology")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_FILLER = (
    "Summary",
    "Experience",
    "Education",
    "Skills",
    "References available upon request",
    "Professional Experience",
    "Description",
    "Quantity",
    "Unit Price",
    "Amount",
    "Subtotal",
    "Tax",
    "Total",
    "Thank you for your business!",
    "Payment is due within 30 days",
    "Proficient in Python, SQL and Excel",
    "Led a team of five engineers",
    "Managed accounts payable and month-end close",
    "Page 1 of 1",
    "GST Summary",
    "CASH",
    "CHANGE",
    "Terms & Conditions",
)


class Gen:
    """Random entity and line makers; `line()` returns one labelled example."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, seq: tuple[str, ...] | str) -> str:
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    # --- entities ---
    def zh_name(self) -> str:
        sur = self.pick(ZH_COMPOUND) if self.r.random() < 0.05 else self.pick(ZH_SURNAMES)
        return sur + "".join(self.pick(ZH_GIVEN) for _ in range(self.r.choice((1, 2, 2))))

    def en_name(self) -> str:
        first, last = self.pick(EN_FIRST), self.pick(EN_LAST)
        style = self.r.random()
        if style < 0.6:
            return f"{first} {last}"
        if style < 0.7:
            return f"{first} {self.pick('ABCDEFGHJKLMNPRSTW')}. {last}"
        if style < 0.8:
            return f"{first} {last}".upper()
        if style < 0.9:
            return f"{last}, {first}"
        return f"{first[0]}. {last}"

    def zh_brand(self) -> str:
        return "".join(self.pick(ZH_BRAND) for _ in range(self.r.choice((2, 2, 3))))

    def zh_org(self) -> str:
        x = self.r.random()
        city = self.pick(ZH_CITIES)
        if x < 0.65:
            lead = city + ("市" if self.r.random() < 0.4 else "") if self.r.random() < 0.8 else ""
            return lead + self.zh_brand() + self.pick(ZH_INDUSTRY) + self.pick(ZH_SUFFIX)
        if x < 0.85:
            return (city if self.r.random() < 0.6 else self.zh_brand()) + self.pick(ZH_ORG_OTHER)
        return self.pick(ZH_BANKS) + (city + "分行" if self.r.random() < 0.6 else "")

    def en_org(self) -> str:
        x = self.r.random()
        if x < 0.7:
            words = " ".join(self.pick(EN_WORDS) for _ in range(self.r.choice((1, 1, 2))))
            org = f"{words} {self.pick(EN_INDUSTRY)} {self.pick(EN_SUFFIX)}"
            return org.upper() if self.r.random() < 0.2 else org
        if x < 0.85:
            return f"University of {self.pick(EN_CITIES).split(',')[0]}"
        return f"{self.pick(EN_CITIES).split(',')[0]} State University"

    def zh_loc(self) -> str:
        x = self.r.random()
        if x < 0.4:
            return self.pick(ZH_CITIES)
        if x < 0.7:
            return self.pick(ZH_CITIES) + "市" + self.pick(ZH_DISTRICTS)
        return self.pick(ZH_PROVINCES) + self.pick(ZH_CITIES) + "市"

    def year(self) -> int:
        return self.r.randint(1975, 2026)

    def zh_date(self) -> str:
        y, m, d = self.year(), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.pick(
            (
                f"{y}年{m}月{d}日",
                f"{y}年{m:02d}月{d:02d}日",
                f"{y}.{m:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}年{m}月",
                f"{y}/{m:02d}/{d:02d}",
                f"{y}.{m}",
                f"{y}年",
            )
        )

    def en_date(self) -> str:
        y, m, d = self.year(), self.r.randint(1, 12), self.r.randint(1, 28)
        mon = EN_MONTHS[m - 1]
        return self.pick(
            (
                f"{mon} {y}",
                f"{mon[:3]} {y}",
                f"{mon} {d}, {y}",
                f"{d} {mon[:3]} {y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}-{m:02d}-{y % 100:02d}",
                f"{m}/{y}",
                str(y),
            )
        )

    def phone(self) -> str:
        return self.pick(("1" + self.pick("3578") + self.digits(9), f"0{self.digits(2)}-{self.digits(8)}"))

    def en_phone(self) -> str:
        return f"({self.digits(3)}) {self.digits(3)}-{self.digits(4)}"

    # --- lines ---
    def zh_parts(self) -> list[Part]:
        name, org, loc = (self.zh_name(), "PER"), (self.zh_org(), "ORG"), (self.zh_loc(), "LOC")
        title = (self.pick(ZH_TITLES), "TITLE")
        d1, d2 = (self.zh_date(), "TIME"), (self.zh_date(), "TIME")
        end = (self.pick(("至今", "现在")), "TIME") if self.r.random() < 0.3 else d2
        sep = self.pick(("：", ":", "： ", " "))
        gap = self.pick(("  ", " ", "   ", " | ", "，"))
        kinds: list[list[Part]] = [
            [name],
            [("姓名" + sep, None), name],
            [("姓  名" + sep, None), name, (gap + "性别" + sep + self.pick("男女"), None)],
            [name, (gap + self.pick(("男", "女")) + gap + f"{self.r.randint(20, 55)}岁" + gap, None), title],
            [name, (gap + "电话" + sep + self.phone(), None)],
            [("求职意向" + sep, None), title],
            [("应聘职位" + sep, None), title, (gap + "期望城市" + sep, None), (self.pick(ZH_CITIES), "LOC")],
            [("现居住地" + sep, None), loc],
            [("籍贯" + sep, None), (self.pick(ZH_PROVINCES) + self.pick(ZH_CITIES), "LOC")],
            [("出生日期" + sep, None), d1],
            [d1, ("-" if self.r.random() < 0.5 else " - ", None), end, (gap, None), org, (gap, None), title],
            [d1, ("—", None), end, (gap, None), org, (gap + self.pick(ZH_MAJORS) + gap + self.pick(ZH_DEGREES), None)],
            [("毕业院校" + sep, None), (self.pick(ZH_CITIES) + self.pick(ZH_ORG_OTHER[:6]), "ORG")],
            [("工作单位" + sep, None), org],
            [("任职于", None), org, ("，担任", None), title, ("一职。", None)],
            [name, ("于", None), d1, ("加入", None), org, ("。", None)],
            [("名" + self.pick(("    ", "  ", "")) + "称" + sep, None), org],
            [(self.pick(("销售方", "购买方", "销售方名称", "购买方名称", "购方名称", "销方名称")) + sep, None), org],
            [("开票日期" + sep, None), d1],
            [
                ("地址、电话" + sep, None),
                loc,
                (self.pick(ZH_ROADS) + f"{self.r.randint(1, 999)}号 " + self.phone(), None),
            ],
            [
                ("开户行及账号" + sep, None),
                (self.pick(ZH_BANKS) + self.pick(ZH_CITIES) + "分行", "ORG"),
                (" " + self.digits(16), None),
            ],
            [
                ("收款人" + sep, None),
                name,
                (gap + "复核" + sep, None),
                (self.zh_name(), "PER"),
                (gap + "开票人" + sep, None),
                (self.zh_name(), "PER"),
            ],
            [("纳税人识别号" + sep + "91" + self.digits(16), None)],
            [("电话" + sep + self.phone() + gap + "邮箱" + sep + f"user{self.digits(3)}@example.com", None)],
            [(self.pick(ZH_FILLER), None)],
        ]
        return self.r.choice(kinds)

    def en_parts(self) -> list[Part]:
        name, org = (self.en_name(), "PER"), (self.en_org(), "ORG")
        loc = (self.pick(EN_CITIES), "LOC")
        title = (self.pick(EN_TITLES), "TITLE")
        d1, d2 = (self.en_date(), "TIME"), (self.en_date(), "TIME")
        end = (self.pick(("Present", "Current", "Now")), "TIME") if self.r.random() < 0.3 else d2
        sep = self.pick((": ", ":", " "))
        dash = self.pick((" - ", " – ", "-", " to "))
        kinds: list[list[Part]] = [
            [name],
            [("Name" + sep, None), name],
            [name, (" | " + self.en_phone() + " | ", None), (f"{self.pick(EN_FIRST).lower()}@example.com", None)],
            [title, (" at ", None), org, (", ", None), loc],
            [org, (", ", None), loc, ("  ", None), d1, (dash, None), end],
            [title, (self.pick(("  ", ", ", " | ")), None), org, ("  ", None), d1, (dash, None), end],
            [(self.pick(EN_DEGREES) + " in " + self.pick(EN_MAJORS) + ", ", None), org, (", ", None), d1],
            [(f"Address{sep}{self.r.randint(1, 9999)} {self.pick(EN_STREETS)}, ", None), loc],
            [(self.pick(("Objective", "Position", "Desired position")) + sep, None), title],
            [
                (
                    self.pick(("Bill To", "Sold To", "Customer", "Buyer", "Seller", "Vendor", "From", "Ship To")) + sep,
                    None,
                ),
                org,
            ],
            [org],
            [(self.pick(("Invoice Date", "Date", "Due Date", "Issue Date", "Date of issue")) + sep, None), d1],
            [(self.pick(("Attn", "Contact", "Prepared by", "Cashier", "Sales Person")) + sep, None), name],
            [(f"Invoice No{sep}INV-{self.digits(6)}  Date{sep}", None), d1],
            [(f"{self.r.randint(1, 999)}, {self.pick(EN_STREETS)}, ", None), loc],
            [(f"Tel{sep}{self.en_phone()}  Fax{sep}{self.en_phone()}", None)],
            [(self.pick(EN_FILLER), None)],
            [(f"{self.r.randint(1, 20)} x Item {self.digits(4)} {self.r.randint(1, 500)}.{self.digits(2)}", None)],
        ]
        return self.r.choice(kinds)

    def line(self, lang: str | None = None) -> Example:
        lang = lang or ("zh" if self.r.random() < 0.55 else "en")
        parts = self.zh_parts() if lang == "zh" else self.en_parts()
        return from_parts(parts)


def from_parts(parts: list[Part]) -> Example:
    text, spans = "", []
    for piece, label in parts:
        if label:
            spans.append({"start": len(text), "end": len(text) + len(piece), "label": label})
        text += piece
    return {"text": text, "spans": spans}


def generate(n: int, seed: int = 0, lang: str | None = None) -> list[Example]:
    gen = Gen(seed)
    return [gen.line(lang) for _ in range(n)]


def validate(example: Any, where: str = "example") -> Example:
    """A checked `{"text", "spans"}` example (labels upper-cased, spans sorted); InputError names the problem."""
    if not isinstance(example, dict) or not isinstance(example.get("text"), str):
        raise InputError(f"{where}: needs a string `text`")
    text = example["text"]
    spans = example.get("spans", [])
    if not isinstance(spans, list):
        raise InputError(f"{where}: `spans` must be a list")
    out: list[dict[str, Any]] = []
    for s in spans:
        try:
            start, end, label = int(s["start"]), int(s["end"]), str(s["label"]).strip().upper()
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{where}: span {s!r} needs integer start/end and a label") from exc
        if not (0 <= start < end <= len(text)) or not label or label == "O":
            raise InputError(f"{where}: span {s!r} is outside the text or unlabelled")
        out.append({"start": start, "end": end, "label": label})
    out.sort(key=lambda s: s["start"])
    for a, b in itertools.pairwise(out):
        if b["start"] < a["end"]:
            raise InputError(f"{where}: spans {a} and {b} overlap")
    return {"text": text, "spans": out}


def read_jsonl(path: str | Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            out.append(validate(obj, f"{path}:{n}"))
    return out


def write_jsonl(examples: list[Example], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for ex in examples:
            f.write(json.dumps(ex, ensure_ascii=False) + "\n")


def iter_entities(example: Example) -> Iterator[tuple[str, str]]:
    for s in example["spans"]:
        yield example["text"][s["start"] : s["end"]], s["label"]


# Field names of the KIE document generator (synth/documents.py) that are entities, and their NER labels.
SYNTH_LABELS = {
    "name": "PER",
    "school": "ORG",
    "company": "ORG",
    "seller_name": "ORG",
    "buyer_name": "ORG",
    "city": "LOC",
    "date": "TIME",
    "birth_date": "TIME",
    "due_date": "TIME",
    "position": "TITLE",
    "target_position": "TITLE",
}


_RANGE = re.compile(r"^(.*\d.*?)(\s+(?:-|–|—|~|to)\s+|\s*[—~至]\s*)(.+)$")


def synth_examples(n_docs: int, seed: int = 0) -> list[Example]:
    """Text lines of generated resumes and invoices (synth/documents.py) as OCR would read them: the drawn texts of one
    row joined left to right (split where the gap is wide), labelled from the generator's field names."""
    from .documents import make_invoice, make_resume

    rng = random.Random(seed)
    out: list[Example] = []
    for i in range(n_docs):
        kind = i % 4
        if kind < 2:
            sample = make_resume(rng, "zh" if kind == 0 else "en")
        else:
            sample = make_invoice(rng, "cn_vat" if kind == 2 else "en")
        rows: list[list[dict[str, Any]]] = []
        for sp in sorted(sample.spans, key=lambda s: (s["bbox"][1] + s["bbox"][3]) / 2):
            cy, h = (sp["bbox"][1] + sp["bbox"][3]) / 2, sp["bbox"][3] - sp["bbox"][1]
            row = rows[-1] if rows else None
            if row and abs(cy - (row[0]["bbox"][1] + row[0]["bbox"][3]) / 2) < 0.5 * h:
                row.append(sp)
            else:
                rows.append([sp])
        for row in rows:
            row.sort(key=lambda s: s["bbox"][0])
            parts: list[Part] = []
            prev = None
            for sp in row:
                h = sp["bbox"][3] - sp["bbox"][1]
                if prev is not None:
                    gap = sp["bbox"][0] - prev["bbox"][2]
                    if gap > 2.5 * h:  # OCR would read it as another line
                        out.append(from_parts(parts))
                        parts = []
                    elif gap > 0.25 * h:
                        parts.append((" ", None))
                label = SYNTH_LABELS.get(sp["label"])
                m = _RANGE.match(sp["text"]) if label == "TIME" else None
                if m:  # a date range is two TIME entities, as in the line generator above
                    parts += [(m.group(1), "TIME"), (m.group(2), None), (m.group(3), "TIME")]
                else:
                    parts.append((sp["text"], label))
                prev = sp
            if parts:
                out.append(from_parts(parts))
    return [ex for ex in out if ex["text"].strip()]


def joined(examples: list[Example], n: int, seed: int = 0, max_chars: int = 120) -> list[Example]:
    """`n` longer lines made of 2-4 examples side by side (as OCR joins fields printed on one row), so a model
    sees entities at every position up to `max_chars`."""
    rng = random.Random(seed)
    out: list[Example] = []
    while len(out) < n and examples:
        parts: list[Part] = []
        for k in range(rng.randint(2, 4)):
            ex = rng.choice(examples)
            if k:
                parts.append((rng.choice(("  ", " ", " | ", "，", "; ", "    ")), None))
            pos = 0
            for s in ex["spans"]:
                parts += [(ex["text"][pos : s["start"]], None), (ex["text"][s["start"] : s["end"]], s["label"])]
                pos = s["end"]
            parts.append((ex["text"][pos:], None))
        ex = from_parts([p for p in parts if p[0]])
        if len(ex["text"]) <= max_chars:
            out.append(ex)
    return out
