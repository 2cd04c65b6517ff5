"""Text side of the key-value stage: the entity candidate (`Seg`), key words, and the text helpers that both
the rules (`kie.kv`) and the learned linker (`kie.kv_link`) read."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from docsense.core.document import BBox

CHECKED = "☑☒✓✔✅■▣区"  # 区: PP-OCR's usual reading of a ticked box
UNCHECKED = "☐□▢◻○"
BOX_CHARS = CHECKED + UNCHECKED
COLONS = ":："
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DIGIT = re.compile(r"\d")
_WIDE = r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]"
_WIDE_CHAR = re.compile(_WIDE)
# `[x]`, `[ ]`, and a ticked box the recognizer read as a character in brackets (`[冈]`); the x is often read as
# a multiplication sign (`[×]`) and a bracket as a brace (`{x}`, `[ }`), on zh pages most (session 25).
_BRACKET_BOX = re.compile(r"^[\[{]\s*(x|X|×|✓|✔|[\u3400-\u9fff])?\s*[\]}]")
# A ticked box read as an X glued to a CJK option (`X否`).
X_TICK = re.compile(r"^([xX×])\s?(?=[\u3400-\u9fff])")

# Printed key words of common forms; a text equal to one (or ending in one, for zh) reads as a key even without a
# colon. Kept short on purpose: geometry decides the rest.
KEYS_ZH = (
    "姓名 性别 年龄 出生日期 出生年月 生日 民族 籍贯 户籍 政治面貌 婚姻状况 婚否 身高 体重 健康状况 "
    "身份证号 身份证号码 证件号码 电话 手机 手机号 手机号码 联系电话 联系方式 邮箱 电子邮箱 电子邮件 邮件 "
    "地址 住址 现住址 家庭住址 通讯地址 联系地址 邮编 邮政编码 学历 最高学历 学位 毕业院校 毕业学校 学校 "
    "院校 专业 所学专业 毕业时间 入学时间 工作年限 工作经验 工作经历年限 求职意向 应聘职位 应聘岗位 意向岗位 "
    "目标职位 期望职位 期望薪资 期望月薪 期望城市 期望工作地点 工作地点 所在城市 现居城市 城市 到岗时间 "
    "英语水平 外语水平 计算机水平 兴趣爱好 爱好 特长 自我评价 职称 职位 职务 部门 单位 公司 工作单位 "
    "日期 申请日期 填表日期 编号 金额 备注 签名 签字 负责人 联系人 开户行 账号 税号 名称 "
    # The en list's fax / memo / approval keys: fax, fax no, to, from, cc, subject, re, approved by, prepared by,
    # total.
    "传真 传真号码 收件人 发件人 抄送 主题 事由 审批人 审核人 填表人 经办人 合计 总计 "
    # Keys of order and registration forms (status, category, purpose, order no., batch no., unit price, quantity,
    # weight, budget, supplier): a zh label has no capitals to read as a key. The en list leaves them out: as keys
    # they lower FUNSD, where such words head table columns.
    "状态 类别 用途 订单号 批号 单价 数量 重量 预算 供应商"
).split()
KEYS_EN = (
    "name|full name|first name|last name|gender|sex|age|date of birth|birth date|birthday|dob|nationality|"
    "marital status|phone|telephone|tel|mobile|cell|fax|e-mail|email|address|city|state|zip|zip code|country|"
    "education|degree|school|university|college|major|graduation|graduation date|gpa|"
    "years of experience|experience|target position|desired position|position|objective|title|job title|"
    "expected salary|salary|location|preferred location|availability|languages|skills|website|linkedin|"
    "date|to|from|cc|re|subject|company|department|dept|signature|signed|approved by|prepared by|"
    "account|account no|invoice no|invoice number|reference|ref|total|amount|code|no|number|phone no|fax no"
).split("|")
_KEYS_EN_SET = set(KEYS_EN)
_GLUED_COLON = re.compile(r"^(?:[^\d:：\s]*[^\W\d_][^\d:：\s]*)?[:：](?=\S)(?!//)")
_GLUE = re.compile(r"[a-z.)][A-Z][a-z]+:?$")
_KEY_TAILS = {"by", "to", "no", "no.", "#", "of", "for", "date", "name"}
_NAME = re.compile(r"\b(?:[A-Z]\. ?){1,3}[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr)\. [A-Z]")


@dataclass
class Seg:
    """An entity candidate: text with its box, on one page, from one or more OCR lines."""

    text: str
    bbox: BBox
    page: int
    height: float  # one text line's height (px): the unit of every distance
    colon: bool = False  # ends with a colon: printed as a key
    checkbox: str = ""  # "x" ticked, " " empty, "" none
    lines: int = 1
    cell: tuple[int, int, int] | None = None  # (table id, row, col) when it is a table cell
    label: str = "other"
    links: list[int] = field(default_factory=list)
    linked: bool = False

    def unlinked(self) -> Seg:
        """A copy with no label or links (to link again)."""
        return Seg(self.text, self.bbox, self.page, self.height, self.colon, self.checkbox, self.lines, self.cell)

    @property
    def cx(self) -> float:
        return (self.bbox[0] + self.bbox[2]) / 2

    @property
    def cy(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2


def norm_text(text: str) -> str:
    """NFKC (全角 -> half width), casefolded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def key_core(text: str) -> str:
    """The key word of a label: no colon, no brackets/asterisks around it."""
    t = norm_text(text).rstrip(COLONS + " ").strip("*#()[]（）【】 ")
    return t


def is_known_key(text: str) -> bool:
    core = key_core(text)
    if not core:
        return False
    if _CJK.search(core):
        return core.replace(" ", "") in KEYS_ZH
    core = re.sub(r"[./#]+$", "", core).strip()
    return core in _KEYS_EN_SET


def _n_words(text: str) -> float:
    cjk = len(_CJK.findall(text))
    latin = len(_CJK.sub(" ", text).split())
    return latin + cjk / 2


def _is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))
