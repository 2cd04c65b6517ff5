"""Generated key-value forms of many layout families (zh/en), FUNSD-shaped ground truth, for the learned kv stage.

`make_sheet(seed, family, lang)` lays out one page: every printed text piece with its box, the entities
(question / answer / header / other) and the key -> value links. `render(sheet)` draws it (with `degrade` for
skew, noise and fax-like scans); `simulate_ocr(sheet, seed)` gives the Document an OCR would read from it (texts
on a row merged across small gaps into lines, words split like the recognizer's, character noise, jittered
boxes), so training on thousands of forms costs no OCR time. `write_set` writes rendered PNGs + `gt.jsonl` for
`docsense eval kv`.

Families (for leave-one-family-out): letter, fax, application, questionnaire, checklist, table, resume
(`FAMILIES`, what `docsense train kv` generates), and the held-out `HELD_OUT` families, only ever scored: a
registration grid (登记表: label cells centred beside value cells, a photo cell, a label row over a row of values),
an insurance claim (boxes with small-capital labels in their corner, values typed under them, yes/no boxes, a
signature line labelled under the name), and session 25's `grid_app` (an application as one ruled grid of key cells
left of value cells, section rows, wrapped labels, blank cells, checkbox cells, values wrapped over 2-4 lines) and
`survey` (numbered questions answered by ticked boxes in rows or grids, or by a free answer on 2-4 ruled lines),
and session 26's `gov_boxed` (a two-column government form: small labels over comb fields, one character written
to a box, addresses in plain boxes, a yes/no line) and `medical` (an intake form: a band of details, a history of
conditions each with a Yes and a No box in two columns, the heads printed once over them on some pages, a
medication table whose heads link to the values under them), with their own keys, questions and options. Each
mixes the pair styles forms use: value right of its key (tight, tab-aligned, on a fill-in line, half a line
lower), value under its key (boxed fields), multi-line values, column headers over value columns, key | value
ruled grids, checkbox options (the ticked ones are the values), numbered questions; plus titles, section
headings, running text and footers that are neither. Every text is made up here (no third-party data).
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docsense.core.document import Block, Document, Line, Page, Word
from docsense.synth import fonts

FAMILIES = ("letter", "fax", "application", "questionnaire", "checklist", "table", "resume")
# Signature-line labels (printed under the rule the value is typed on) and the value kind each takes.
SIGN_EN = (
    ("Signature", "name"),
    ("Authorized Signature", "name"),
    ("Signature of Applicant", "name"),
    ("Name (Print)", "name"),
    ("Printed Name", "name"),
    ("Date", "date"),
    ("Date Signed", "date"),
    ("Title", "text"),
    ("Witness", "name"),
    ("Approved by", "name"),
    ("Telephone", "phone"),
)
SIGN_ZH = (
    ("签字", "name"),
    ("签名", "name"),
    ("申请人签字", "name"),
    ("日期", "date"),
    ("审核人", "name"),
    ("单位盖章", "text"),
    ("联系电话", "phone"),
    ("经办人", "name"),
)
# Second lines of column headers: a unit, a scale, a period.
HEAD_SUFFIX_EN = ("(7= Better)", "(7= More)", "(lbs.)", "(%)", "($000)", "(MM)", "(Yes/No)", "(1993)", "OF STORES")
HEAD_SUFFIX_ZH = ("（元）", "（%）", "（公斤）", "（件）", "（年）")

# Written after the linker was trained on FAMILIES and scored before any change for them: only ever scored.
HELD_OUT = ("registration", "claim", "grid_app", "survey", "gov_boxed", "medical")
# Blocks FUNSD-like forms have that the families lack (eleventh pass; opt-in: `make_sheet(more=...)`): signature
# lines with the value above its label, tables with a key column and wrapped headers, values 2-4 lines under a label.
# `wrapped_keys` (twelfth pass): keys printed over two lines, the first stopping mid-phrase or the second a bracketed
# note, as the kv stage's key joiner finds them (`kie.kv`, `join_keys`).
MORE_BLOCKS = ("signature", "key_table", "far_below", "wrapped_keys")
# First lines of wrapped column headers that stop mid-phrase (`No. of` / `Stores`).
OPEN_HEADS_EN = ("No. of", "Number of", "NO. OF", "Cost per", "Date of", "Type of", "Amount of", "% of", "Name of")
TICK, BOX = "☑", "☐"

EN_FIRST = "John Mary James Linda Robert Susan David Karen Michael Emily Daniel Carol Peter Ann Frank Joyce".split()
EN_LAST = "Smith Johnson Brown Taylor Miller Wilson Moore Clark Lewis Walker Harper Lincoln Hall Young King".split()
EN_COMPANY = (
    "Acme Research Inc.",
    "Northfield Labs",
    "Grayson & Co.",
    "Midland Supply Corp.",
    "Harbor Analytics",
    "Blue Ridge Testing",
    "Pioneer Packaging",
    "Summit Consulting Group",
    "Lakeside Printing Co.",
)
EN_WORDS = (
    "sample analysis report review quality control test results project budget approval request product "
    "division plant schedule revision program material supplier shipment inventory research development "
    "proposal meeting policy customer account order contract marketing design filter paper packaging"
).split()
EN_CITIES = ("Springfield, IL", "Austin, TX", "Denver, CO", "Portland, OR", "Madison, WI", "Columbus, OH")
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
ZH_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红"
ZH_COMPANY = ("华东机械有限公司", "北京新星科技有限公司", "上海远航贸易公司", "广州恒达电子厂", "杭州明德咨询有限公司")
ZH_WORDS = "项目 样品 检测 报告 质量 预算 审批 采购 合同 产品 部门 计划 材料 供应 库存 设备 维修 培训 会议 客户".split()
ZH_CITIES = ("北京市海淀区", "上海市浦东新区", "广州市天河区", "深圳市南山区", "杭州市西湖区", "成都市武侯区")

# key text -> kind of value
EN_KEYS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name",
        "Name of Account",
        "Person in Charge",
        "Sales Representative",
        "To",
        "From",
        "Attention",
        "Attn",
        "Contact",
        "Requested by",
        "Prepared by",
        "Approved by",
        "Submitted by",
        "Sender",
        "Recipient",
        "Supervisor",
        "Manager",
        "Applicant",
        "Originator",
        "Analyst",
        "Written by",
        "Copies to",
        "CC",
        "Authorized by",
        "Project Leader",
        "Buyer",
    ),
    "date": (
        "Date",
        "Date Received",
        "Start Date",
        "Due Date",
        "Completion Date",
        "Effective Date",
        "Issue Date",
        "Date of Birth",
        "Date Submitted",
        "Expiration Date",
        "Report Date",
        "Ship Date",
        "Date Rec'd",
    ),
    "phone": ("Phone", "Tel", "Fax", "Fax No.", "Telephone", "Phone No.", "Fax Number", "Mobile", "Ext."),
    "number": (
        "Pages",
        "No. of Pages",
        "Quantity",
        "Amount",
        "Budget",
        "Total",
        "Cost",
        "Account No.",
        "Project No.",
        "Job No.",
        "Code",
        "Lot No.",
        "Batch",
        "Sample Size",
        "Weight",
        "Length",
        "Invoice No.",
        "PO Number",
        "Order #",
        "Ref. No.",
        "Units",
        "Price",
        "Tar",
        "Nicotine",
        "Moisture",
    ),
    "text": (
        "Subject",
        "Re",
        "Department",
        "Company",
        "Division",
        "Location",
        "Address",
        "City",
        "Brand",
        "Product",
        "Title",
        "Position",
        "Purpose",
        "Status",
        "Method",
        "Reference",
        "Supplier",
        "Plant",
        "Region",
        "Category",
        "Type",
        "Program",
        "Country",
        "Client",
        "Account",
        "Vendor",
        "Market",
    ),
    "long": (
        "Comments",
        "Remarks",
        "Description",
        "Objective",
        "Notes",
        "Message",
        "Reason",
        "Summary",
        "Conclusion",
        "Instructions",
        "Suggestion",
    ),
}
ZH_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "收件人", "发件人", "联系人", "申请人", "负责人", "审批人", "经办人", "填表人", "抄送", "审核人"),
    "date": ("日期", "申请日期", "填表日期", "出生日期", "开始日期", "截止日期", "到货日期", "签发日期"),
    "phone": ("电话", "联系电话", "传真", "手机", "传真号码", "办公电话"),
    "number": ("页数", "数量", "金额", "预算", "合计", "编号", "订单号", "批号", "账号", "单价", "重量", "件数"),
    "text": (
        "主题",
        "部门",
        "单位",
        "公司",
        "地址",
        "产品名称",
        "职位",
        "用途",
        "状态",
        "类别",
        "供应商",
        "项目名称",
        "所在城市",
        "学历",
        "专业",
        "事由",
    ),
    "long": ("备注", "说明", "申请理由", "意见", "工作内容", "处理结果", "自我评价"),
}
CLAIM_YN_EN = (
    "WAS A POLICE REPORT FILED?",
    "ANY INJURIES?",
    "OTHER INSURANCE?",
    "VEHICLE DRIVABLE?",
    "WITNESSES?",
)
CLAIM_YN_ZH = ("是否报警", "是否有人员受伤", "是否有其他保险", "车辆能否行驶")
CLAIM_TITLES_EN = ("CLAIM FORM", "PROPERTY LOSS NOTICE", "AUTOMOBILE LOSS REPORT", "INSURANCE CLAIM")
CLAIM_TITLES_ZH = ("理赔申请书", "保险索赔申请表", "出险通知书")
REG_TITLES_EN = ("REGISTRATION FORM", "EMPLOYEE RECORD", "Membership Registration", "VISITOR REGISTRATION")
REG_TITLES_ZH = ("员工登记表", "入职登记表", "人员信息登记表", "会员登记表", "报名登记表")
# Session 25's held-out families (`grid_app`, `survey`): their own keys, questions and options, none of them in
# the training families' lists above.
GRID_KEYS_EN: dict[str, tuple[str, ...]] = {
    "name": ("Full Name", "Spouse Name", "Emergency Contact", "Guardian", "Referee", "Next of Kin"),
    "date": ("Date of Birth", "Arrival Date", "Expiry Date", "Date Joined", "Valid Until"),
    "phone": ("Mobile", "Home Phone", "Work Phone", "Fax Number", "Pager"),
    "number": ("Passport No.", "ID Number", "Policy Number", "Member No.", "Badge No.", "Height (cm)"),
    "text": ("Nationality", "Place of Birth", "Occupation", "Employer", "Marital Status", "Blood Type", "Religion"),
    "long": ("Home Address", "Work Experience", "Reason for Application", "Additional Information"),
}
GRID_KEYS_ZH: dict[str, tuple[str, ...]] = {
    "name": ("配偶姓名", "紧急联系人", "监护人", "推荐人", "父亲姓名", "母亲姓名"),
    "date": ("出生年月", "参加工作时间", "入党时间", "证件有效期", "毕业时间"),
    "phone": ("手机号码", "家庭电话", "办公电话", "紧急联系电话"),
    "number": ("身份证号", "护照号码", "工号", "邮政编码", "身高（厘米）", "档案编号"),
    "text": ("籍贯", "民族", "政治面貌", "户口所在地", "婚姻状况", "健康状况", "毕业院校", "最高学历"),
    "long": ("家庭住址", "主要工作经历", "奖惩情况", "个人特长", "申请事由"),
}
GRID_TITLES_EN = ("APPLICATION FOR EMPLOYMENT", "VISA APPLICATION", "MEMBERSHIP APPLICATION", "Tenancy Application")
GRID_TITLES_ZH = ("应聘人员申请表", "干部履历表", "出国（境）申请表", "租房申请表")
GRID_SECTIONS_EN = ("PERSONAL DETAILS", "Contact Details", "EMPLOYMENT", "Family Information")
GRID_SECTIONS_ZH = ("一、个人基本情况", "二、联系方式", "三、教育及工作经历", "四、家庭主要成员")
SURVEY_TITLES_EN = ("CUSTOMER SATISFACTION SURVEY", "Employee Feedback Questionnaire", "Course Evaluation")
SURVEY_TITLES_ZH = ("客户满意度调查问卷", "员工意见征询表", "培训效果评估表")
SURVEY_Q_EN = (
    "How satisfied are you with our support team?",
    "Which of the following services have you used in the past twelve months?",
    "How did you first hear about us?",
    "Would you attend this course again?",
    "How would you rate the value for money?",
    "Which days suit you best for a follow-up call?",
    "Did the instructor explain the material clearly?",
)
SURVEY_Q_ZH = (
    "您对我们的售后服务满意吗？",
    "过去十二个月内您使用过以下哪些服务？",
    "您是通过什么渠道了解到我们的？",
    "您是否愿意再次参加本培训？",
    "您认为价格是否合理？",
    "您希望在哪些时间接到回访电话？",
    "讲师的讲解是否清楚？",
)
SURVEY_OPEN_EN = (
    "What could we do to improve your experience?",
    "Please describe any problems you had with the delivery.",
    "Other comments or suggestions",
    "What did you like most about the course?",
)
SURVEY_OPEN_ZH = ("您对我们有哪些改进建议？", "请描述您遇到的问题", "其他意见和建议", "您最满意的是哪一方面？")
SURVEY_OPTS_EN = (
    ("Very satisfied", "Satisfied", "Neutral", "Dissatisfied"),
    ("Internet", "Newspaper", "Friend", "Radio", "Other"),
    ("Definitely", "Probably", "Not sure", "No"),
    ("Excellent", "Good", "Average", "Poor"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
)
SURVEY_OPTS_ZH = (
    ("非常满意", "满意", "一般", "不满意"),
    ("网络", "报纸", "朋友介绍", "电视", "其他"),
    ("一定会", "可能会", "不确定", "不会"),
    ("很合理", "合理", "偏高", "过高"),
    ("周一", "周二", "周三", "周四", "周五"),
)
SURVEY_ANSWERS_EN = (
    "The support staff answered quickly but the replacement part took three weeks to arrive",
    "Longer opening hours on Saturdays would help, and a clearer price list on the website",
    "The first box was damaged and two items were missing, which we reported by phone the same day",
    "More practical exercises and fewer slides; the room was too small for the group",
)
SURVEY_ANSWERS_ZH = (
    "客服响应及时，但更换配件等了三周才到货，希望缩短配送时间",
    "建议周六延长营业时间，并在网站上公布更清楚的价格表",
    "第一箱外包装破损，少了两件商品，当天已电话反馈",
    "希望增加实操练习，减少讲稿内容，教室对学员人数来说偏小",
)
# Session 26's held-out families (`gov_boxed`, `medical`): their own keys, questions and options, written before
# any scoring; none of them in the training families' lists above.
GOV_KEYS_EN: dict[str, tuple[str, ...]] = {
    "name": ("Surname", "Given Names", "Family Name", "Other Names", "Maiden Name"),
    "date": ("Date of Birth (DD/MM/YYYY)", "Date of Arrival", "Date of Issue", "Date Ceased"),
    "phone": ("Daytime Phone", "Mobile Number", "Contact Number"),
    "number": ("Tax File Number", "Postcode", "Licence Number", "Registration No.", "Customer Reference", "Claim ID"),
    "text": ("Sex (M/F)", "Country of Birth", "Suburb / Town", "State", "Title (Mr/Ms)", "Citizenship"),
    "long": ("Residential Address", "Postal Address", "Previous Address"),
}
GOV_KEYS_ZH: dict[str, tuple[str, ...]] = {
    "name": ("姓", "名", "曾用名", "户主姓名"),
    "date": ("出生日期（年月日）", "签发日期", "迁入日期", "有效期至"),
    "phone": ("固定电话", "移动电话", "联系电话（必填）"),
    "number": ("公民身份号码", "邮政编码", "驾驶证号", "车牌号码", "社会保障号码", "纳税人识别号"),
    "text": ("性别", "国籍", "户籍所在地", "文化程度", "兵役状况"),
    "long": ("现住址", "通讯地址", "工作单位及地址"),
}
GOV_TITLES_EN = ("APPLICATION FOR A TAX FILE NUMBER", "CHANGE OF ADDRESS NOTIFICATION", "DRIVER LICENCE APPLICATION")
GOV_TITLES_ZH = ("居民身份证申领登记表", "机动车驾驶证申请表", "社会保险参保登记表")
GOV_NOTES_EN = (
    "Print clearly in BLOCK LETTERS, one character in each box.",
    "Use a black pen. Leave a blank box between words.",
)
GOV_NOTES_ZH = ("请用黑色签字笔填写，每格填写一个字。", "数字请用阿拉伯数字书写，不得涂改。")
MED_TITLES_EN = ("NEW PATIENT INTAKE FORM", "Medical History Questionnaire", "PRE-ADMISSION HEALTH FORM")
MED_TITLES_ZH = ("初诊患者信息登记表", "入院健康状况调查表", "就诊病史问卷")
MED_KEYS_EN: dict[str, tuple[str, ...]] = {
    "name": ("Patient Name", "Referring Doctor", "Next of Kin", "Primary Physician"),
    "date": ("DOB", "Date of Visit", "Last Check-up"),
    "phone": ("Home Tel.", "Cell", "Doctor's Phone"),
    "number": ("Medical Record #", "Insurance ID", "Weight (kg)", "Height (cm)", "Age"),
    "text": ("Allergies", "Pharmacy", "Insurer", "Occupation", "Blood Group"),
}
MED_KEYS_ZH: dict[str, tuple[str, ...]] = {
    "name": ("患者姓名", "主治医师", "陪同家属", "转诊医生"),
    "date": ("就诊日期", "出生年月", "末次体检"),
    "phone": ("家属电话", "本人手机"),
    "number": ("病历号", "医保卡号", "体重（公斤）", "年龄", "床号"),
    "text": ("过敏史", "血型", "医保类型", "职业"),
}
MED_CONDITIONS_EN = (
    "High blood pressure",
    "Diabetes",
    "Asthma or lung disease",
    "Heart disease",
    "Any surgery in the last 5 years",
    "Do you smoke?",
    "Are you pregnant?",
    "Seizures or epilepsy",
    "Kidney problems",
)
MED_CONDITIONS_ZH = (
    "高血压",
    "糖尿病",
    "哮喘或肺部疾病",
    "心脏病",
    "近五年是否做过手术",
    "是否吸烟",
    "是否怀孕",
    "肾脏疾病",
)
MED_TABLE_EN = ("Medication", "Dose", "How often")
MED_TABLE_ZH = ("药品名称", "剂量", "用法")
MED_DRUGS_EN = (
    "Metformin",
    "Lisinopril",
    "Atorvastatin",
    "Aspirin",
    "Salbutamol inhaler",
    "Levothyroxine",
    "Omeprazole",
)
MED_DRUGS_ZH = ("二甲双胍", "阿司匹林", "硝苯地平", "阿托伐他汀", "奥美拉唑", "沙丁胺醇气雾剂")
MED_DOSES = ("500 mg", "10 mg", "20 mg", "75 mg", "2 puffs", "50 mcg", "40 mg")
MED_FREQ_EN = ("twice daily", "once a day", "at night", "as needed", "3x daily", "every morning")
MED_FREQ_ZH = ("每日两次", "每日一次", "睡前", "必要时", "每日三次", "每天早上")
EN_SECTIONS = (
    "GENERAL INFORMATION",
    "Applicant Details",
    "Project Information",
    "SHIPPING",
    "Test Results",
    "Contact Information",
    "APPROVALS",
    "Part B",
    "Section 2: Details",
    "Billing",
)
ZH_SECTIONS = ("基本信息", "申请信息", "审批意见", "联系方式", "检测结果", "项目情况", "附件说明")
EN_TITLES = (
    "FAX",
    "FACSIMILE TRANSMITTAL",
    "MEMORANDUM",
    "APPLICATION FORM",
    "REQUEST FOR APPROVAL",
    "Quality Improvement Suggestion",
    "PROJECT REPORT",
    "Questionnaire",
    "INSPECTION CHECKLIST",
    "ORDER FORM",
    "Personnel Action",
    "SAMPLE SUBMISSION",
    "Interoffice Memo",
)
ZH_TITLES = ("传真", "申请表", "审批单", "调查问卷", "检查表", "订货单", "登记表", "报销单", "通知", "个人简历")
EN_OPTIONS = (
    ("Yes", "No"),
    ("Approved", "Rejected", "Pending"),
    ("Male", "Female"),
    ("Daily", "Weekly", "Monthly"),
    ("Good", "Fair", "Poor"),
    ("New", "Revised"),
    ("Urgent", "Normal"),
)
ZH_OPTIONS = (
    ("是", "否"),
    ("同意", "不同意"),
    ("男", "女"),
    ("已婚", "未婚"),
    ("合格", "不合格"),
    ("优", "良", "中", "差"),
)
EN_QUESTIONS = (
    "Do you smoke?",
    "How often do you buy this brand?",
    "Was the product delivered on time?",
    "Would you recommend it?",
    "Have you used this service before?",
    "Rate the overall quality",
    "Is the sample complete?",
    "Did the test pass?",
    "Age group",
    "Preferred contact method",
)
ZH_QUESTIONS = (
    "您是否吸烟？",
    "您多久购买一次本产品？",
    "产品是否按时送达？",
    "您是否愿意推荐？",
    "样品是否完整？",
    "您对服务是否满意？",
    "检测是否通过？",
    "您的年龄段",
)
EN_SENTENCES = (
    "Please review the attached results and return your comments by the end of the week.",
    "This transmission contains confidential information intended only for the recipient named above.",
    "If you do not receive all pages, please call the sender as soon as possible.",
    "The samples were tested according to the standard method and the results are listed below.",
    "All figures are preliminary and subject to change after the final review.",
    "Thank you for your prompt attention to this matter.",
)
ZH_SENTENCES = (
    "请于本周五前将审核意见反馈至项目负责人。",
    "本传真内容仅供收件人使用，如误收请立即通知发件人。",
    "样品已按标准方法检测，结果见下表。",
    "以上数据为初步结果，最终以正式报告为准。",
    "感谢您的支持与配合。",
)


@dataclass
class Piece:
    """One printed run of text (one line of one entity)."""

    text: str
    box: tuple[float, float, float, float]
    size: int
    font: str
    entity: int


@dataclass
class Sheet:
    """A laid-out page: printed pieces, rulings, and FUNSD-shaped ground truth."""

    width: int
    height: int
    lang: str
    family: str
    pieces: list[Piece] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    links: list[list[int]] = field(default_factory=list)

    def gt(self, filename: str = "") -> dict[str, Any]:
        return {
            "filename": filename,
            "lang": self.lang,
            "family": self.family,
            "entities": self.entities,
            "links": self.links,
        }


class _Layout:
    """Puts texts on a sheet, top to bottom; knows the fonts and sizes of this page."""

    def __init__(self, rng: random.Random, lang: str, family: str) -> None:
        from PIL import ImageFont

        self.rng = rng
        self.lang = lang
        self.width, self.height = rng.choice(((1240, 1754), (850, 1100), (762, 1000), (1000, 1294)))
        self.sheet = Sheet(self.width, self.height, lang, family)
        scale = self.width / 1240
        self.size = max(11, int(rng.uniform(22, 30) * scale))
        names = (
            ("wqy-microhei.ttc", "wqy-zenhei.ttc")
            if lang == "zh"
            else ("DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSansCondensed.ttf")
        )
        self.font_name = rng.choice(names)
        self.key_font = rng.choice((self.font_name, "DejaVuSans-Bold.ttf")) if lang == "en" else self.font_name
        self._fonts: dict[tuple[str, int], Any] = {}
        self._truetype = ImageFont.truetype
        self.margin = int(self.width * rng.uniform(0.06, 0.12))
        self.y = int(self.height * rng.uniform(0.04, 0.08))
        self.colon_rate = rng.choice((0.0, 0.2, 0.5, 0.8, 1.0, 1.0))
        self.caps_keys = rng.random() < 0.35
        self.unfilled = rng.choice((0.0, 0.08, 0.2, 0.35))  # blank forms leave many keys without a value

    # --- measuring and placing ---

    def font(self, name: str, size: int) -> Any:
        key = (name, size)
        if key not in self._fonts:
            self._fonts[key] = self._truetype(str(fonts.path(name)), size)
        return self._fonts[key]

    def length(self, text: str, size: int | None = None, name: str | None = None) -> float:
        return float(self.font(name or self.font_name, size or self.size).getlength(text))

    def entity(self, label: str) -> int:
        self.sheet.entities.append({"id": len(self.sheet.entities), "text": "", "box": [], "label": label})
        return len(self.sheet.entities) - 1

    def put(
        self,
        x: float,
        y: float,
        text: str,
        label: str = "other",
        ent: int | None = None,
        size: int | None = None,
        name: str | None = None,
    ) -> int:
        """Print `text` with its top-left at (x, y); a new entity, or one more line of `ent`."""
        size = size or self.size
        name = name or self.font_name
        font = self.font(name, size)
        x0, y0, x1, y1 = font.getbbox(text)
        box = (x + x0, y + y0, x + x1, y + y1)
        if ent is None:
            ent = self.entity(label)
        e = self.sheet.entities[ent]
        sep = "" if self.lang == "zh" or not e["text"] else " "
        e["text"] = (e["text"] + sep + text).strip()
        old = e["box"]
        e["box"] = (
            list(box)
            if not old
            else [min(old[0], box[0]), min(old[1], box[1]), max(old[2], box[2]), max(old[3], box[3])]
        )
        self.sheet.pieces.append(Piece(text, box, size, name, ent))
        return ent

    def option(self, x: float, y: float, mark: str, text: str, ticked: bool) -> tuple[int, float]:
        """A checkbox glyph (not part of any entity, as in FUNSD) and its option text; (entity, width)."""
        gap = 0.0
        if mark:
            font = self.font(self.font_name, self.size)
            x0, y0, x1, y1 = font.getbbox(mark)
            self.sheet.pieces.append(Piece(mark, (x + x0, y + y0, x + x1, y + y1), self.size, self.font_name, -1))
            gap = self.length(mark + " ")
        ent = self.put(x + gap, y, text, "answer" if ticked else "other")
        return ent, gap + self.length(text)

    def link(self, k: int, v: int) -> None:
        self.sheet.links.append([k, v])

    def room(self, lines: float = 1.0) -> bool:
        return self.y + lines * self.size * 1.8 < self.height - self.size * 3

    def newline(self, factor: float | None = None) -> None:
        self.y += int(self.size * (factor if factor is not None else self.rng.uniform(1.5, 2.4)))

    # --- vocabulary ---

    def key_text(self, kind: str) -> str:
        keys = (ZH_KEYS if self.lang == "zh" else EN_KEYS)[kind]
        k = self.rng.choice(keys)
        if self.lang == "en" and self.caps_keys:
            k = k.upper()
        if self.rng.random() < self.colon_rate:
            k += "：" if self.lang == "zh" and self.rng.random() < 0.7 else ":"
        return k

    def fitting_key(self, kind: str, width: float, size: int | None = None) -> str:
        """A key of `kind` (no colon) that fits in `width` at `size`: printed forms size label cells to fit."""
        key = ""
        for _ in range(8):
            key = self.key_text(kind).rstrip(":：")
            if self.length(key, size, self.key_font) <= width:
                return key
        return self._fit(key, width)

    def value_text(self, kind: str) -> str:
        r = self.rng
        if self.lang == "zh":
            name = r.choice(ZH_SURNAMES) + "".join(r.choice(ZH_GIVEN) for _ in range(r.randint(1, 2)))
            y, m, d = r.randint(1985, 2026), r.randint(1, 12), r.randint(1, 28)
            return {
                "name": name,
                "date": r.choice((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}")),
                "phone": r.choice(("1", "0")) + "".join(r.choice("0123456789") for _ in range(r.randint(9, 10))),
                "number": r.choice(
                    (
                        str(r.randint(1, 9999)),
                        f"{r.randint(1, 999)}.{r.randint(0, 99):02d}",
                        f"{r.randint(1, 99)}件",
                        f"No.{r.randint(1000, 99999)}",
                    )
                ),
                "text": r.choice((r.choice(ZH_COMPANY), r.choice(ZH_CITIES), "".join(r.sample(ZH_WORDS, 2)))),
                "long": "".join(r.sample(ZH_WORDS, 3)) + "，" + r.choice(ZH_SENTENCES),
            }[kind]
        first, last = r.choice(EN_FIRST), r.choice(EN_LAST)
        y, m, d = r.randint(1960, 2026), r.randint(1, 12), r.randint(1, 28)
        months = "January February March April May June July August September October November December".split()
        if kind == "name":
            return r.choice(
                (
                    f"{first} {last}",
                    f"{first[0]}. {last}",
                    f"{first[0]}. {r.choice(EN_FIRST)[0]}. {last}",
                    f"Dr. {first[0]}. {last}",
                    f"{last.upper()}",
                    f"Mr. {last}",
                    f"{first} {last}, {r.choice(EN_COMPANY)}",
                )
            )
        if kind == "date":
            return r.choice(
                (
                    f"{m}/{d}/{y % 100:02d}",
                    f"{months[m - 1]} {d}, {y}",
                    f"{d}-{months[m - 1][:3].upper()}-{y % 100:02d}",
                    f"{y}-{m:02d}-{d:02d}",
                    f"{m:02d}/{d:02d}/{y}",
                    f"{months[m - 1][:3]}. {d}",
                )
            )
        if kind == "phone":
            return r.choice(
                (
                    f"({r.randint(200, 989)}) {r.randint(200, 989)}-{r.randint(1000, 9999)}",
                    f"{r.randint(200, 989)}-{r.randint(200, 989)}-{r.randint(1000, 9999)}",
                    f"x{r.randint(100, 9999)}",
                )
            )
        if kind == "number":
            return r.choice(
                (
                    str(r.randint(1, 99999)),
                    f"{r.uniform(0, 999):.2f}",
                    f"${r.randint(1, 99999):,}",
                    f"{r.randint(1, 120)} mm",
                    f"{r.uniform(0, 20):.1f} mg",
                    f"{r.randint(1, 100)}%",
                    f"{r.choice('ABCDEFGHKT')}{r.choice('ABCDEFGHKT')}-{r.randint(100, 9999)}",
                    str(r.randint(1, 12)),
                )
            )
        if kind == "text":
            return r.choice(
                (
                    r.choice(EN_COMPANY),
                    r.choice(EN_CITIES),
                    " ".join(r.sample(EN_WORDS, r.randint(1, 3))).title(),
                    " ".join(r.sample(EN_WORDS, r.randint(1, 4))),
                    r.choice(EN_WORDS).upper(),
                    f"{r.randint(10, 999)} {last} Street",
                )
            )
        return " ".join(r.sample(EN_WORDS, r.randint(4, 9))).capitalize() + ". " + r.choice(EN_SENTENCES)

    def kind(self) -> str:
        return self.rng.choice(("name", "name", "date", "date", "phone", "number", "number", "text", "text", "text"))

    # --- blocks ---

    def title(self, titles: tuple[tuple[str, ...], tuple[str, ...]] = (ZH_TITLES, EN_TITLES)) -> None:
        """The page title (`titles`: the zh and en choices), under a letterhead on some pages."""
        r = self.rng
        size = int(self.size * r.uniform(1.2, 1.9))
        text = r.choice(titles[0] if self.lang == "zh" else titles[1])
        if r.random() < 0.4:  # letterhead: a company name above the title
            comp = r.choice(ZH_COMPANY if self.lang == "zh" else EN_COMPANY)
            self.put(self.margin, self.y, comp, r.choice(("header", "other")), size=int(self.size * 1.2))
            self.newline(1.8)
        w = self.length(text, size)
        x = (self.width - w) / 2 if r.random() < 0.7 else self.margin
        self.put(x, self.y, text, "header", size=size, name=self.key_font)
        self.newline(r.uniform(2.2, 3.2))

    def section(self) -> None:
        r = self.rng
        text = r.choice(ZH_SECTIONS if self.lang == "zh" else EN_SECTIONS)
        self.put(self.margin, self.y, text, "header", size=int(self.size * r.uniform(1.0, 1.3)), name=self.key_font)
        self.newline(r.uniform(1.7, 2.3))

    def paragraph(self, n: int | None = None) -> None:
        r = self.rng
        sents = ZH_SENTENCES if self.lang == "zh" else EN_SENTENCES
        n = n or r.randint(1, 4)
        ent = None
        for _ in range(n):
            if not self.room():
                break
            text = self._fit(r.choice(sents), self.width - 2 * self.margin)
            ent = self.put(self.margin, self.y, text, "other", ent=ent if r.random() < 0.8 else None)
            self.newline(1.35)
        self.newline(0.6)

    def _fit(self, text: str, width: float) -> str:
        while len(text) > 4 and self.length(text) > width:
            text = text[: int(len(text) * 0.85)].rstrip()
        return text

    def pair_inline(self, cols: int | None = None, rows: int | None = None) -> None:
        """Rows of `Key: value` (tight, or values tab-aligned in a column, or on a fill-in line / lower)."""
        r = self.rng
        cols = cols or r.choice((1, 1, 2, 2, 3))
        rows = rows or r.randint(2, 6)
        col_w = (self.width - 2 * self.margin) / cols
        style = r.choice(("tight", "tight", "aligned", "fill", "low"))
        key_w = max(self.length(k) for k in [self.key_text("name") for _ in range(4)]) + self.size
        for _ in range(rows):
            if not self.room():
                return
            for c in range(cols):
                if r.random() < 0.1:
                    continue
                x = self.margin + c * col_w
                kind = self.kind()
                key = self.key_text(kind)
                value = self.value_text(kind)
                k = self.put(x, self.y, key, "question", name=self.key_font)
                kx = self.sheet.entities[k]["box"][2]
                if style == "aligned":
                    vx = max(x + key_w, kx + self.size * 0.5)
                else:
                    vx = kx + self.size * r.uniform(0.3, 1.2 if style == "tight" else 2.5)
                room = x + col_w - vx - self.size * 0.5
                if room < self.size * 2:
                    continue
                value = self._fit(value, room)
                vy = self.y + (self.size * r.uniform(0.15, 0.6) if style == "low" else 0)
                if style == "fill":
                    self.sheet.rules.append((vx - 2, self.y + self.size * 1.15, x + col_w - self.size, 1))
                if r.random() < self.unfilled:  # an unfilled field: a key without a value
                    continue
                v = self.put(vx, vy, value, "answer")
                self.link(k, v)
            self.newline()

    def pair_below(self) -> None:
        """Labels with their value under them (boxed fields), 1-3 to a row. Boxed rows vary as printed forms do:
        small labels (down to about half the value's size), sometimes numbered or in capitals, in the regular
        face as often as the key face, and boxes of unequal widths."""
        r = self.rng
        cols = r.choice((1, 2, 2, 3))
        inner = self.width - 2 * self.margin
        small = max(9, int(self.size * r.uniform(0.55, 1.0)))
        boxed = r.random() < 0.5
        numbered = r.random() < 0.3
        caps = self.lang == "en" and r.random() < 0.3
        face = self.key_font if r.random() < 0.5 else self.font_name
        if cols > 1 and r.random() < 0.5:
            cuts = sorted(r.uniform(0.2, 0.8) for _ in range(cols - 1))
            edges = [0.0, *(c for k, c in enumerate(cuts) if k == 0 or c - cuts[k - 1] > 0.15), 1.0]
        else:
            edges = [c / cols for c in range(cols + 1)]
        n = r.randint(0, 12)
        for _ in range(r.randint(1, 3)):
            if not self.room(2):
                return
            top = self.y
            for a, b in itertools.pairwise(edges):
                x, col_w = self.margin + a * inner, (b - a) * inner
                kind = self.kind()
                n += 1
                key = self.key_text(kind)
                key = key.upper() if caps else key
                key = f"{n}. {key}" if numbered else key
                k = self.put(x + small * 0.3, top, key, "question", size=small, name=face)
                v_y = top + small * r.uniform(1.3, 1.9)
                value = self._fit(self.value_text(kind), col_w - self.size * 1.5)
                indent = self.size * r.choice((0.3, 0.3, 1.0, 2.5))
                if boxed:
                    self.sheet.rules.append((x, top - small * 0.3, x + col_w - self.size * 0.3, v_y + self.size * 1.4))
                if r.random() < self.unfilled:
                    continue
                v = self.put(x + indent, v_y, value, "answer")
                self.link(k, v)
            self.y = int(top + small * 1.9 + self.size * r.uniform(1.6, 2.2))

    def pair_multiline(self) -> None:
        """A key with a value of several lines, right of it or under it."""
        r = self.rng
        if not self.room(3):
            return
        key = self.key_text("long")
        k = self.put(self.margin, self.y, key, "question", name=self.key_font)
        below = r.random() < 0.5
        x = self.margin + (self.size if below else self.length(key) + self.size * r.uniform(0.5, 1.5))
        if below:
            self.newline(1.5)
        width = self.width - self.margin - x
        v = None
        text = self.value_text("long")
        for n in range(r.randint(1, 3)):
            line = self._fit(text if n == 0 else self.value_text("long"), width)
            v = self.put(x, self.y, line, "answer", ent=v)
            self.newline(1.3)
        if v is not None:
            self.link(k, v)
        self.newline(0.7)

    def wrap(self, text: str, width: float, name: str | None = None) -> list[str]:
        """`text` broken into lines no wider than `width` (at spaces in en, between characters in zh)."""
        units = list(text) if self.lang == "zh" else text.split()
        sep = "" if self.lang == "zh" else " "
        lines: list[str] = []
        cur = ""
        for u in units:
            longer = cur + sep + u if cur else u
            if cur and self.length(longer, name=name) > width:
                lines.append(cur)
                cur = u
            else:
                cur = longer
        return [*lines, cur] if cur else lines

    def wrapped_pairs(self) -> None:
        """A dense block as typed forms have them: labels wrapped in a narrow column, values of several short
        stacked lines (a name and a company, an address), one entity's lines as close as two entities' lines."""
        r = self.rng
        lead = r.uniform(1.0, 1.3)  # line pitch inside one entity, in font sizes
        apart = r.uniform(0.05, 1.0)  # extra space between two entities, in font sizes
        key_w = self.width * r.uniform(0.1, 0.26)
        val_x = self.margin + key_w + self.size * r.uniform(0.4, 2.5)
        below = r.random() < 0.3
        for _ in range(r.randint(3, 7)):
            if not self.room(6):
                break
            kind = self.kind()
            key = self.key_text(kind)
            if r.random() < 0.6:  # a longer label: `Date of Final Report`, `Name of Sales Representative`
                head = self.key_text(self.kind()).rstrip(":：")
                key = head + ("" if self.lang == "zh" else " ") + key
            top = self.y
            k = None
            for line in self.wrap(key, key_w, self.key_font)[:3]:
                k = self.put(self.margin, self.y, line, "question", ent=k, name=self.key_font)
                self.y += int(self.size * lead)
            key_end = self.y
            if k is None or r.random() < self.unfilled:
                self.y = key_end + int(apart * self.size)
                continue
            x, y = (self.margin + r.choice((0, self.size)), key_end) if below else (val_x, top)
            v = None
            for n in range(r.choice((1, 1, 2, 2, 3))):
                text = self.value_text(kind if n == 0 else r.choice(("text", "name", "number")))
                v = self.put(x, y, self._fit(text, self.width - self.margin - x), "answer", ent=v)
                y += int(self.size * lead)
            if v is not None:
                self.link(k, v)
            self.y = max(key_end, y) + int(apart * self.size)
        self.newline(0.8)

    def checkbox_row(self) -> None:
        """`Status: ☑ Approved ☐ Rejected`: the ticked options are the key's values."""
        r = self.rng
        if not self.room():
            return
        opts = list(r.choice(ZH_OPTIONS if self.lang == "zh" else EN_OPTIONS))
        key = (
            self.key_text("text") if r.random() < 0.6 else r.choice(ZH_QUESTIONS if self.lang == "zh" else EN_QUESTIONS)
        )
        k = self.put(self.margin, self.y, key, "question", name=self.key_font)
        x = self.sheet.entities[k]["box"][2] + self.size * r.uniform(0.8, 3)
        ticked = {r.randrange(len(opts))} | ({r.randrange(len(opts))} if r.random() < 0.15 else set())
        glyphs = r.choice(((TICK, BOX), ("[x]", "[ ]"), ("区", "口"), ("X", "")))
        for n, opt in enumerate(opts):
            mark = glyphs[0] if n in ticked else glyphs[1]
            text = f"{mark} {opt}".strip()
            if x + self.length(text) > self.width - self.margin:
                break
            v, w = self.option(x, self.y, mark, opt, n in ticked)
            if n in ticked:
                self.link(k, v)
            x += w + self.size * r.uniform(1.0, 2.5)
        self.newline()

    def questionnaire_item(self, number: int) -> None:
        """`3. Question?` with its options on the line(s) under it."""
        r = self.rng
        if not self.room(2):
            return
        q = r.choice(ZH_QUESTIONS if self.lang == "zh" else EN_QUESTIONS)
        k = self.put(self.margin, self.y, f"{number}. {q}" if r.random() < 0.7 else q, "question")
        free = r.random() < 0.3
        if free or r.random() < 0.3:
            # an answer right after the question
            pass
        self.newline(1.5)
        x = self.margin + self.size * r.uniform(0.5, 2)
        if free:
            v = self.put(x, self.y, self._fit(self.value_text("text"), self.width - x - self.margin), "answer")
            self.link(k, v)
            self.newline()
            return
        opts = list(r.choice(ZH_OPTIONS if self.lang == "zh" else EN_OPTIONS))
        tick = r.randrange(len(opts))
        vertical = r.random() < 0.3
        for n, opt in enumerate(opts):
            v, w = self.option(x, self.y, TICK if n == tick else BOX, opt, n == tick)
            if n == tick:
                self.link(k, v)
            if vertical:
                self.newline(1.4)
            else:
                x += w + self.size * 2
        if not vertical:
            self.newline()

    def checklist(self) -> None:
        """Rows `Item ........ ☑ Yes ☐ No`: the item is the key, the ticked option its value."""
        r = self.rng
        opts = list(r.choice(ZH_OPTIONS if self.lang == "zh" else EN_OPTIONS))[:3]
        x_opts = self.width * r.uniform(0.55, 0.7)
        for _ in range(r.randint(3, 8)):
            if not self.room():
                return
            words = ZH_WORDS if self.lang == "zh" else EN_WORDS
            item = (
                "".join(r.sample(words, 2))
                if self.lang == "zh"
                else " ".join(r.sample(words, r.randint(1, 3))).capitalize()
            )
            k = self.put(self.margin, self.y, item, "question")
            tick = r.randrange(len(opts))
            x = x_opts
            for n, opt in enumerate(opts):
                v, w = self.option(x, self.y, TICK if n == tick else BOX, opt, n == tick)
                if n == tick:
                    self.link(k, v)
                x += w + self.size * 1.5
            self.newline(r.uniform(1.5, 2.0))

    def column_table(self) -> None:
        """Column headers (keys) over columns of values: each header links to every value under it."""
        r = self.rng
        n_cols = r.randint(2, 5)
        n_rows = r.randint(1, 6)
        if not self.room(n_rows + 2):
            return
        inner = self.width - 2 * self.margin
        col_w = inner / n_cols
        kinds = [r.choice(("number", "number", "date", "text", "name")) for _ in range(n_cols)]
        ruled = r.random() < 0.5
        top = self.y
        heads = []
        for c in range(n_cols):
            key = self.key_text(kinds[c]).rstrip(":：")
            heads.append(
                self.put(
                    self.margin + c * col_w + self.size * 0.3,
                    self.y,
                    self._fit(key, col_w - self.size),
                    "question",
                    name=self.key_font,
                )
            )
        self.newline(r.uniform(1.6, 2.0))
        for _ in range(n_rows):
            for c in range(n_cols):
                if r.random() < 0.1:
                    continue
                v = self.put(
                    self.margin + c * col_w + self.size * 0.3,
                    self.y,
                    self._fit(self.value_text(kinds[c]), col_w - self.size),
                    "answer",
                )
                self.link(heads[c], v)
            self.newline(r.uniform(1.4, 1.9))
        if ruled:
            for c in range(n_cols + 1):
                self.sheet.rules.append((self.margin + c * col_w, top - 4, self.margin + c * col_w, self.y - 4))
            self.sheet.rules.append((self.margin, top - 4, self.width - self.margin, top - 4))
            self.sheet.rules.append((self.margin, self.y - 4, self.width - self.margin, self.y - 4))
        self.newline(0.6)

    def key_grid(self) -> None:
        """A ruled `key | value | key | value` table, keys without colons."""
        r = self.rng
        per_row = r.choice((1, 2))
        inner = self.width - 2 * self.margin
        key_w = inner / per_row * r.uniform(0.3, 0.45)
        val_w = inner / per_row - key_w
        row_h = self.size * r.uniform(1.8, 2.3)
        top = self.y
        n = 0
        for _ in range(r.randint(2, 6)):
            if not self.room(1.5):
                break
            for c in range(per_row):
                x = self.margin + c * (key_w + val_w)
                kind = self.kind()
                key = self._fit(self.key_text(kind).rstrip(":："), key_w - self.size * 0.6)
                ty = self.y + (row_h - self.size) / 2
                k = self.put(x + self.size * 0.3, ty, key, "question", name=self.key_font)
                v = self.put(
                    x + key_w + self.size * 0.3, ty, self._fit(self.value_text(kind), val_w - self.size * 0.6), "answer"
                )
                self.link(k, v)
            self.y += int(row_h)
            n += 1
        xs = sorted(
            {self.margin + c * (key_w + val_w) + d for c in range(per_row) for d in (0, key_w)}
            | {self.width - self.margin}
        )
        for i in range(n + 1):
            self.sheet.rules.append((self.margin, top + i * row_h, self.width - self.margin, top + i * row_h))
        for x in xs:
            self.sheet.rules.append((x, top, x, top + n * row_h))
        self.newline(0.8)

    def clutter(self) -> None:
        """Stray texts of a real scan (stamps, codes, marks) in the free space: neither key nor value."""
        r = self.rng
        stray = (
            ("RECEIVED", "CONFIDENTIAL", "COPY", "URGENT", "FILE", "DRAFT", "OK", "cc:", "A-1", "#2", "(over)", "p.2")
            if self.lang == "en"
            else ("已收", "机密", "副本", "急件", "存档", "草稿")
        )
        taken = [p.box for p in self.sheet.pieces]
        for _ in range(r.randint(0, 5)):
            text = r.choice(stray) if r.random() < 0.7 else str(r.randint(10, 99999))
            size = int(self.size * r.uniform(0.7, 1.4))
            x = r.uniform(self.margin * 0.3, self.width - self.margin - self.length(text, size))
            y = r.uniform(self.size, self.height - self.size * 3)
            box = (x, y, x + self.length(text, size), y + size)
            if any(
                min(box[2], b[2]) > max(box[0], b[0]) - size and min(box[3], b[3]) > max(box[1], b[1]) - size
                for b in taken
            ):
                continue
            self.put(x, y, text, "other", size=size)
            taken.append(box)

    def footer(self) -> None:
        r = self.rng
        if self.lang == "zh":
            text = r.choice((f"第{r.randint(1, 2)}页 共{r.randint(2, 4)}页", f"表{r.randint(100, 999)}"))
        else:
            text = r.choice(
                (
                    f"Page {r.randint(1, 3)} of {r.randint(3, 5)}",
                    f"Form {r.randint(100, 999)}-{r.choice('ABC')}",
                    f"Rev. {r.randint(1, 12)}/{r.randint(80, 99)}",
                    f"{r.randint(10000000, 99999999)}",
                )
            )
        self.put(self.width - self.margin - self.length(text), self.height - self.size * 2.5, text, "other")

    # --- held-out families (HELD_OUT): written after the 7 training families, never trained on ---

    def reg_grid(self) -> None:
        """A 登记表 grid: ruled rows of `label cell | value cell` two or three pairs wide, label cells centred, a
        photo cell beside the first rows, a label row over a row of value cells, a wide last row."""
        r = self.rng
        inner = self.width - 2 * self.margin
        per_row = r.choice((2, 3, 3) if self.lang == "zh" else (2, 2, 3))
        photo = r.random() < 0.6
        photo_w = inner * 0.16 if photo else 0.0
        row_h = self.size * r.uniform(1.9, 2.5)
        top = self.y
        n_rows = r.randint(3, 6)
        if not self.room(n_rows * 1.3 + 4):
            return
        label_frac = r.uniform(0.38, 0.5)
        for row in range(n_rows):
            width = inner - (photo_w if photo and row < 4 else 0.0)
            pair_w = width / per_row
            key_w, val_w = pair_w * label_frac, pair_w * (1 - label_frac)
            y = self.y + (row_h - self.size) / 2
            for c in range(per_row):
                x = self.margin + c * pair_w
                kind = self.kind()
                key = self.fitting_key(kind, key_w - self.size * 0.4)
                kx = x + max(self.size * 0.2, (key_w - self.length(key, name=self.key_font)) / 2)
                k = self.put(kx, y, key, "question", name=self.key_font)
                self.sheet.rules.append((x + key_w, self.y, x + key_w, self.y + row_h))
                self.sheet.rules.append((x + pair_w, self.y, x + pair_w, self.y + row_h))
                if r.random() < self.unfilled:
                    continue
                value = self._fit(self.value_text(kind), val_w - self.size * 0.6)
                vx = x + key_w + (self.size * 0.3 if r.random() < 0.6 else max(0.0, (val_w - self.length(value)) / 2))
                self.link(k, self.put(vx, y, value, "answer"))
            self.sheet.rules.append((self.margin, self.y, self.margin + width, self.y))
            self.y += int(row_h)
        if photo:
            px = self.width - self.margin - photo_w
            self.sheet.rules.append((px, top, px + photo_w, top + min(4, n_rows) * row_h))
            text = "照片" if self.lang == "zh" else "Photo"
            self.put(px + (photo_w - self.length(text)) / 2, top + min(4, n_rows) * row_h / 2 - self.size / 2, text)
        # A label row over a row of value cells (each value belongs to the label above it, same cell column).
        n = r.randint(3, 5)
        cw = inner / n
        heads = []
        y = self.y + (row_h - self.size) / 2
        for c in range(n):
            key = self.fitting_key(self.kind(), cw - self.size * 0.6)
            kx = self.margin + c * cw + max(self.size * 0.2, (cw - self.length(key, name=self.key_font)) / 2)
            heads.append((self.put(kx, y, key, "question", name=self.key_font), self.kind()))
        self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
        self.y += int(row_h)
        y = self.y + (row_h - self.size) / 2
        for c, (k, kind) in enumerate(heads):
            if r.random() < self.unfilled:
                continue
            value = self._fit(self.value_text(kind), cw - self.size * 0.6)
            vx = self.margin + c * cw + max(self.size * 0.2, (cw - self.length(value)) / 2)
            self.link(k, self.put(vx, y, value, "answer"))
        for c in range(n + 1):
            self.sheet.rules.append((self.margin + c * cw, self.y - row_h, self.margin + c * cw, self.y + row_h))
        self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
        self.y += int(row_h)
        # The wide last row: a label cell and a value of several lines.
        key_w = inner * r.uniform(0.14, 0.2)
        key = self.fitting_key("long", key_w - self.size * 0.4)
        k = self.put(self.margin + self.size * 0.3, self.y + self.size * 0.6, key, "question", name=self.key_font)
        v = None
        vy = self.y + self.size * 0.6
        for _ in range(r.randint(1, 3)):
            line = self._fit(self.value_text("long"), inner - key_w - self.size)
            v = self.put(self.margin + key_w + self.size * 0.4, vy, line, "answer", ent=v)
            vy += self.size * 1.35
        if v is not None:
            self.link(k, v)
        bottom = vy + self.size * 0.4
        self.sheet.rules.append((self.margin + key_w, self.y, self.margin + key_w, bottom))
        self.sheet.rules.append((self.margin, top, self.margin, bottom))
        self.sheet.rules.append((self.width - self.margin, top, self.width - self.margin, bottom))
        self.sheet.rules.append((self.margin, bottom, self.width - self.margin, bottom))
        self.y = int(bottom + self.size * 1.2)

    def claim_boxes(self) -> None:
        """An insurance claim: rows of boxes of varied widths, each with a small-capital label in its top-left
        corner (sometimes numbered) and the value typed under it; yes/no boxes; a signature line whose label is
        printed under the name."""
        r = self.rng
        inner = self.width - 2 * self.margin
        small = max(9, int(self.size * r.uniform(0.55, 0.72)))
        number = r.random() < 0.5
        n = 0
        for _ in range(r.randint(3, 6)):
            if not self.room(2.5):
                break
            cuts = r.choice(((0.5,), (0.35,), (0.65,), (0.4, 0.7), (0.25, 0.6), (0.33, 0.66), (0.25, 0.5, 0.75)))
            edges = [0.0, *cuts, 1.0]
            top = self.y
            box_h = small * 1.3 + self.size * 1.6
            for a, b in itertools.pairwise(edges):
                x0, x1 = self.margin + a * inner, self.margin + b * inner
                self.sheet.rules.append((x0, top, x1, top + box_h))
                n += 1
                kind = self.kind()
                if r.random() < 0.15 and b - a >= 0.3:  # a yes/no box
                    q = r.choice(CLAIM_YN_ZH if self.lang == "zh" else CLAIM_YN_EN)
                    label = self._fit(f"{n}. {q}" if number else q, x1 - x0 - small)
                    k = self.put(x0 + small * 0.4, top + small * 0.3, label, "question", size=small)
                    opts = ("是", "否") if self.lang == "zh" else ("YES", "NO")
                    tick = r.randrange(2)
                    ox = x0 + small
                    for m, opt in enumerate(opts):
                        marks = (TICK, BOX) if self.lang == "en" else ("■", "□")  # the zh fonts draw no ☑
                        v, w = self.option(ox, top + small * 1.6, marks[m != tick], opt, m == tick)
                        if m == tick:
                            self.link(k, v)
                        ox += w + self.size * 1.5
                    continue
                label = self.fitting_key(kind, x1 - x0 - small * 4, small)
                label = label.upper() if self.lang == "en" else label
                label = f"{n}. {label}" if number else label
                k = self.put(x0 + small * 0.4, top + small * 0.3, label, "question", size=small)
                if r.random() < self.unfilled:
                    continue
                value = self._fit(self.value_text(kind), x1 - x0 - self.size)
                v = self.put(x0 + small * r.uniform(0.4, 1.5), top + small * 1.5, value, "answer")
                self.link(k, v)
            self.y = int(top + box_h)
        self.newline(1.0)
        if r.random() < 0.6 and self.room(3):
            # Signature line: the name typed on the line, its label printed under it; the date beside it.
            y = self.y + self.size
            lab_sig, lab_date = ("申请人签字", "日期") if self.lang == "zh" else ("SIGNATURE OF CLAIMANT", "DATE")
            name = self.value_text("name")
            v = self.put(self.margin + self.size, y, name, "answer")
            d = self.put(self.margin + inner * 0.65, y, self.value_text("date"), "answer")
            line_y = y + self.size * 1.3
            self.sheet.rules.append((self.margin, line_y, self.margin + inner * 0.55, 1))
            self.sheet.rules.append((self.margin + inner * 0.62, line_y, self.width - self.margin, 1))
            k = self.put(self.margin, line_y + small * 0.4, lab_sig, "question", size=small)
            kd = self.put(self.margin + inner * 0.62, line_y + small * 0.4, lab_date, "question", size=small)
            self.link(k, v)
            self.link(kd, d)
            self.y = int(line_y + small * 2 + self.size)

    # --- session 25's held-out families (HELD_OUT): written before any scoring, never trained on ---

    def grid_key(self, kind: str, width: float) -> str:
        """A `grid_app` key of `kind` (its own vocabulary) fitting in `width` on one line, or on two when no
        choice fits (a narrow key cell wraps its label)."""
        keys = (GRID_KEYS_ZH if self.lang == "zh" else GRID_KEYS_EN)[kind]
        key = self.rng.choice(keys)
        if self.lang == "en" and self.caps_keys:
            key = key.upper()
        if self.rng.random() < self.colon_rate:
            key += "：" if self.lang == "zh" else ":"
        return key

    def grid_app(self) -> None:
        """An application laid out as one ruled grid: section rows across the table, rows of `key cell | value
        cell` one to three pairs wide (key cells left-aligned, a narrow one wrapping its label over two lines),
        value cells left blank, holding checkbox options, or a long value wrapped over 2-4 lines (the row grows),
        a last wide row of remarks; a signature line under the grid."""
        r = self.rng
        inner = self.width - 2 * self.margin
        top = self.y
        pad = self.size * 0.35
        lead = self.size * 1.3
        self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
        for _ in range(r.randint(2, 3)):
            if not self.room(6):
                break
            if r.random() < 0.7:  # a section row across the grid
                sec = r.choice(GRID_SECTIONS_ZH if self.lang == "zh" else GRID_SECTIONS_EN)
                self.put(self.margin + pad, self.y + pad, sec, "header", name=self.key_font)
                self.y += int(self.size + 2 * pad)
                self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
            per_row = r.choice((2, 2, 3) if self.lang == "zh" else (1, 2, 2, 3))
            key_frac = r.uniform(0.3, 0.45)
            for _ in range(r.randint(2, 4)):
                if not self.room(4):
                    break
                pair_w = inner / per_row
                key_w = pair_w * key_frac
                val_w = pair_w - key_w
                row_top = self.y
                bottom = row_top + self.size + 2 * pad
                for c in range(per_row):
                    x = self.margin + c * pair_w
                    kind = r.choice(("name", "date", "phone", "number", "text", "text", "long"))
                    if kind == "long" and per_row == 3:
                        kind = "text"
                    key = self.grid_key(kind, key_w - 2 * pad)
                    lines = [key]
                    if self.length(key, name=self.key_font) > key_w - 2 * pad:
                        lines = self.wrap(key, key_w - 2 * pad, self.key_font)[:2]
                        if len(lines) < 2 or self.length(lines[1], name=self.key_font) > key_w - 2 * pad:
                            lines = [self._fit(key, key_w - 2 * pad)]
                    k = None
                    ky = row_top + pad
                    for line in lines:
                        k = self.put(x + pad, ky, line, "question", ent=k, name=self.key_font)
                        ky += lead
                    bottom = max(bottom, ky - lead + self.size + pad)
                    self.sheet.rules.append((x + key_w, row_top, x + key_w, -1))  # its bottom set below
                    self.sheet.rules.append((x + pair_w, row_top, x + pair_w, -1))
                    vx, vy = x + key_w + pad, row_top + pad
                    if k is None or r.random() < self.unfilled:
                        continue
                    roll = r.random()
                    if roll < 0.18:  # checkbox options in the value cell: the ticked one is the value
                        opts = list(r.choice(ZH_OPTIONS if self.lang == "zh" else EN_OPTIONS))
                        tick = r.randrange(len(opts))
                        glyphs = r.choice(((TICK, BOX), ("[x]", "[ ]"), (TICK, BOX)))
                        ox = vx
                        for m, opt in enumerate(opts):
                            if ox + self.length(f"{glyphs[0]} {opt}") > x + pair_w - pad:
                                break
                            v, w = self.option(ox, vy, glyphs[m != tick], opt, m == tick)
                            if m == tick:
                                self.link(k, v)
                            ox += w + self.size * 1.2
                        continue
                    if kind == "long":  # a long value wrapped over the cell's lines
                        text = self.value_text("long")
                        if self.lang == "zh":
                            text += r.choice(ZH_SENTENCES)
                        else:
                            text += " " + r.choice(EN_SENTENCES)
                        lv: int | None = None
                        for line in self.wrap(text, val_w - 2 * pad)[: r.randint(2, 4)]:
                            lv = self.put(vx, vy, line, "answer", ent=lv)
                            vy += lead
                        if lv is not None:
                            self.link(k, lv)
                        bottom = max(bottom, vy - lead + self.size + pad)
                        continue
                    value = self._fit(self.value_text(kind), val_w - 2 * pad)
                    self.link(k, self.put(vx, vy, value, "answer"))
                # close the row: vertical rules down to its bottom, a rule under it
                self.sheet.rules = [
                    (a, b, c, bottom) if (d == -1 and b == row_top) else (a, b, c, d) for a, b, c, d in self.sheet.rules
                ]
                self.y = int(bottom)
                self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
        # remarks: one wide row
        if self.room(4):
            key_w = inner * r.uniform(0.15, 0.22)
            row_top = self.y
            key = self.grid_key("long", key_w - 2 * pad)
            key = self._fit(key, key_w - 2 * pad)
            k = self.put(self.margin + pad, row_top + pad, key, "question", name=self.key_font)
            text = " ".join(self.value_text("long") for _ in range(2)) if self.lang == "en" else self.value_text("long")
            vy = row_top + pad
            rv: int | None = None
            for line in self.wrap(text, inner - key_w - 2 * pad)[: r.randint(1, 3)]:
                rv = self.put(self.margin + key_w + pad, vy, line, "answer", ent=rv)
                vy += lead
            if rv is not None:
                self.link(k, rv)
            self.y = int(max(vy - lead + self.size + pad, row_top + self.size + 2 * pad))
            self.sheet.rules.append((self.margin + key_w, row_top, self.margin + key_w, self.y))
            self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
        self.sheet.rules.append((self.margin, top, self.margin, self.y))
        self.sheet.rules.append((self.width - self.margin, top, self.width - self.margin, self.y))
        self.newline(1.2)

    def survey(self) -> None:
        """A questionnaire: numbered questions (a long one wrapping onto a second line) answered by ticking boxes
        (a row after the question, a row under it, a two-column grid under it, several ticked where the question
        allows), or by a free answer written on 2-4 ruled lines under it (one answer)."""
        r = self.rng
        qs = list(SURVEY_Q_ZH if self.lang == "zh" else SURVEY_Q_EN)
        opens = list(SURVEY_OPEN_ZH if self.lang == "zh" else SURVEY_OPEN_EN)
        r.shuffle(qs)
        r.shuffle(opens)
        inner = self.width - 2 * self.margin
        lead = self.size * 1.35
        glyphs = r.choice(((TICK, BOX), ("[x]", "[ ]"), (TICK, BOX), ("■", "□")))
        n = 0
        while self.room(4) and (qs or opens):
            n += 1
            free = bool(opens) and (not qs or r.random() < 0.35)
            q = opens.pop() if free else qs.pop()
            text = f"{n}. {q}" if r.random() < 0.8 else q
            k = None
            for line in self.wrap(text, inner * r.uniform(0.55, 1.0))[:2]:
                k = self.put(self.margin, self.y, line, "question", ent=k)
                self.y += int(lead)
            assert k is not None
            qbox = self.sheet.entities[k]["box"]
            x0 = self.margin + self.size * r.uniform(0.8, 2.0)
            if free:
                rows = r.randint(2, 4)
                ans = r.choice(SURVEY_ANSWERS_ZH if self.lang == "zh" else SURVEY_ANSWERS_EN)
                if self.lang == "en" and r.random() < 0.5:
                    ans += ". " + r.choice(EN_SENTENCES)
                elif self.lang == "zh" and r.random() < 0.5:
                    ans += "。" + r.choice(ZH_SENTENCES)
                pitch = self.size * r.uniform(1.5, 1.9)
                written = self.wrap(ans, inner - (x0 - self.margin) - self.size)[:rows]
                filled = r.random() >= self.unfilled
                v = None
                y = self.y + self.size * 0.2
                for m in range(rows):
                    self.sheet.rules.append((x0, y + self.size * 1.2, self.width - self.margin, 1))
                    if filled and m < len(written):
                        v = self.put(x0 + self.size * 0.3, y, written[m], "answer", ent=v)
                    y += pitch
                if v is not None:
                    self.link(k, v)
                self.y = int(y + self.size * 0.4)
                continue
            opts = list(r.choice(SURVEY_OPTS_ZH if self.lang == "zh" else SURVEY_OPTS_EN))
            many = len(opts) >= 5 and r.random() < 0.6
            ticked = set(r.sample(range(len(opts)), r.randint(1, 2) if many else 1))
            style = r.choice(("after", "row", "grid", "grid"))
            widths = [self.length(f"{glyphs[0]} {o}") for o in opts]
            if style == "after" and qbox[2] + self.size * 2 + sum(widths) + self.size * 1.5 * len(opts) < (
                self.width - self.margin
            ):
                x, y = qbox[2] + self.size * r.uniform(1.0, 2.5), qbox[1]
                for m, opt in enumerate(opts):
                    v, w = self.option(x, y, glyphs[m not in ticked], opt, m in ticked)
                    if m in ticked:
                        self.link(k, v)
                    x += w + self.size * 1.5
                self.newline(0.6)
                continue
            cols = len(opts) if style == "row" else r.choice((2, 3))
            col_w = (inner - (x0 - self.margin)) / cols
            if style == "row" and sum(widths) + self.size * 1.5 * len(opts) > inner - (x0 - self.margin):
                cols = 2
                col_w = (inner - (x0 - self.margin)) / cols
            for m, opt in enumerate(opts):
                if m and m % cols == 0:
                    self.y += int(lead)
                x = x0 + (m % cols) * (col_w if style != "row" else 0)
                if style == "row":
                    x = x0 + sum(widths[m - m % cols : m]) + self.size * 1.5 * (m % cols)
                v, _ = self.option(x, self.y, glyphs[m not in ticked], opt, m in ticked)
                if m in ticked:
                    self.link(k, v)
            self.y += int(lead)
            self.newline(0.6)

    # --- session 26's held-out families (HELD_OUT): written before any scoring, never trained on ---

    def comb(self, x: float, y: float, text: str, cell: float, cells: int) -> tuple[int, float]:
        """`text` printed one character to a box, in a row of `cells` boxes `cell` wide (a comb field): one
        answer entity whose text is the characters (no spaces: blank boxes between words); (entity, bottom)."""
        ent = self.entity("answer")
        h = self.size * 1.45
        for m in range(cells):
            self.sheet.rules.append((x + m * cell, y, x + (m + 1) * cell, y + h))
        font = self.font(self.font_name, self.size)
        box: list[float] = []
        for m, ch in enumerate(text[:cells]):
            if ch == " ":
                continue
            x0, y0, x1, y1 = font.getbbox(ch)
            cx = x + m * cell + (cell - (x1 - x0)) / 2 - x0
            cy = y + (h - self.size) / 2
            b = (cx + x0, cy + y0, cx + x1, cy + y1)
            self.sheet.pieces.append(Piece(ch, b, self.size, self.font_name, ent))
            box = list(b) if not box else [min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3])]
        e = self.sheet.entities[ent]
        e["text"] = "".join(text[:cells].split())
        e["box"] = box
        return ent, y + h

    def gov_boxed(self) -> None:
        """A government form in two columns: each field's label printed small above its value (sometimes
        numbered), the value written one character to a box in a row of boxes (names in capitals, numbers,
        dates with their separators left out), an address in a plain box over 1-2 lines; a note on how to fill
        it in; a yes/no declaration line with boxes after it."""
        r = self.rng
        keys = GOV_KEYS_ZH if self.lang == "zh" else GOV_KEYS_EN
        inner = self.width - 2 * self.margin
        small = max(9, int(self.size * r.uniform(0.6, 0.8)))
        note = r.choice(GOV_NOTES_ZH if self.lang == "zh" else GOV_NOTES_EN)
        self.put(self.margin, self.y, self._fit(note, inner), "other", size=small)
        self.newline(1.6)
        number = r.random() < 0.6
        cell = self.size * r.uniform(1.05, 1.4)
        gutter = self.size * 1.5
        col_w = (inner - gutter) / 2
        n = 0
        while self.room(4):
            row_top = float(self.y)
            bottom = row_top
            wide = r.random() < 0.2
            for c in range(1 if wide else 2):
                x = self.margin + c * (col_w + gutter)
                width = inner if wide else col_w
                kind = "long" if wide else r.choice(("name", "name", "date", "phone", "number", "number", "text"))
                n += 1
                label = r.choice(keys[kind])
                label = f"{n} {label}" if number else label
                k = self.put(x, row_top, self._fit(label, width), "question", size=small, name=self.key_font)
                vy = row_top + small * 1.5
                if kind == "long":  # a plain box, the address typed in it
                    h = self.size * 1.45
                    lines = self.wrap(
                        self.value_text("text") + (" " + self.value_text("text") if r.random() < 0.5 else ""),
                        width - self.size,
                    )
                    lines = lines[: r.randint(1, 2)]
                    self.sheet.rules.append((x, vy, x + width, vy + h * len(lines) + self.size * 0.2))
                    v = None
                    for m, line in enumerate(lines):
                        v = self.put(x + self.size * 0.3, vy + self.size * 0.25 + m * h, line, "answer", ent=v)
                    if v is not None and r.random() >= self.unfilled:
                        self.link(k, v)
                    elif v is not None:  # blank: drop the typed text from the page
                        self.sheet.pieces = [p for p in self.sheet.pieces if p.entity != v]
                        self.sheet.entities[v]["text"] = ""
                    bottom = max(bottom, vy + h * len(lines) + self.size * 0.2)
                    continue
                cells = max(4, int(width // cell))
                value = self.value_text(kind)
                if kind == "date" and self.lang == "en":
                    value = f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(1940, 2026)}"
                elif kind == "date":
                    value = f"{r.randint(1940, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                elif kind == "phone":
                    value = "".join(ch for ch in value if ch.isdigit())
                elif self.lang == "en" and kind in ("name", "text"):
                    value = value.upper()
                value = value[:cells]
                if r.random() < self.unfilled:
                    value = ""
                if value:
                    v, vb = self.comb(x, vy, value, cell, min(cells, max(len(value) + r.randint(0, 6), 6)))
                    self.link(k, v)
                else:
                    h = self.size * 1.45
                    for m in range(min(cells, 10)):
                        self.sheet.rules.append((x + m * cell, vy, x + (m + 1) * cell, vy + h))
                    vb = vy + h
                bottom = max(bottom, vb)
            self.y = int(bottom + self.size * r.uniform(0.9, 1.5))
        if self.room(2):
            q = "是否在其他地区办理过？" if self.lang == "zh" else "Have you ever held a licence in another state?"
            k = self.put(self.margin, self.y, q, "question")
            x = self.sheet.entities[k]["box"][2] + self.size * 1.5
            tick = r.randrange(2)
            for m, opt in enumerate(("是", "否") if self.lang == "zh" else ("Yes", "No")):
                mark = ("■", "□")[m != tick] if self.lang == "zh" else (TICK, BOX)[m != tick]
                v, w = self.option(x, self.y, mark, opt, m == tick)
                if m == tick:
                    self.link(k, v)
                x += w + self.size * 2
            self.newline()

    def medical(self) -> None:
        """A medical intake form: patient details in a band of `Key value` pairs, 3 to a row, split by rules; a
        history section of conditions, each row a condition with a Yes and a No box in two columns at the right
        (one ticked; the column heads printed once over them); a medication table (name | dose | how often)
        whose column heads link to the values under them, some rows blank."""
        r = self.rng
        zh = self.lang == "zh"
        keys = MED_KEYS_ZH if zh else MED_KEYS_EN
        inner = self.width - 2 * self.margin
        colon = r.random() < 0.5
        for _ in range(r.randint(2, 3)):  # details band
            if not self.room(2):
                break
            slot = inner / 3
            for c in range(3):
                kind = r.choice(tuple(keys))
                key = r.choice(keys[kind]) + (("：" if zh else ":") if colon else "")
                x = self.margin + c * slot
                k = self.put(x, self.y, key, "question", name=self.key_font)
                kx = self.sheet.entities[k]["box"][2] + self.size * 0.6
                if r.random() < self.unfilled:
                    continue
                value = self._fit(
                    self.value_text(kind if kind != "text" else "number"), x + slot - kx - self.size * 0.5
                )
                if kind == "text":
                    value = (
                        r.choice(("A+", "O", "B-", "None", "Penicillin", "CVS", "Aetna"))
                        if not zh
                        else r.choice(("无", "青霉素", "A型", "职工医保"))
                    )
                self.link(k, self.put(kx, self.y, value, "answer"))
            self.y += int(self.size * 1.3)
            self.sheet.rules.append((self.margin, self.y, self.width - self.margin, self.y))
            self.newline(0.6)
        self.newline(0.5)
        self.put(self.margin, self.y, "既往病史" if zh else "MEDICAL HISTORY", "header", name=self.key_font)
        yes, no = ("是", "否") if zh else r.choice((("Yes", "No"), ("Y", "N"), ("YES", "NO")))
        col_yes = self.margin + inner * r.uniform(0.62, 0.72)
        col_no = col_yes + self.size * r.uniform(3.5, 5.0)
        heads_once = r.random() < 0.5
        if heads_once:  # the heads over the columns; rows show boxes only
            self.put(col_yes, self.y, yes, "other")
            self.put(col_no, self.y, no, "other")
        self.newline(1.6)
        conds = list(MED_CONDITIONS_ZH if zh else MED_CONDITIONS_EN)
        r.shuffle(conds)
        dots = r.random() < 0.4
        for cond in conds[: r.randint(4, 7)]:
            if not self.room(2):
                break
            text = cond
            if dots and not zh:
                while self.length(text + " .") < col_yes - self.margin - self.size * 1.5:
                    text += " ."
            k = self.put(self.margin, self.y, cond, "question")
            if dots and not zh:
                self.sheet.pieces.append(
                    Piece(
                        text[len(cond) :],
                        (
                            self.sheet.entities[k]["box"][2],
                            self.sheet.entities[k]["box"][1],
                            col_yes - self.size,
                            self.sheet.entities[k]["box"][3],
                        ),
                        self.size,
                        self.font_name,
                        -1,
                    )
                )
            tick = r.randrange(2)
            for m, (x, opt) in enumerate(((col_yes, yes), (col_no, no))):
                mark = ("■", "□")[m != tick] if zh else (TICK, BOX)[m != tick]
                if heads_once:  # only the box: the ticked one's value is the column's word, not printed here
                    font = self.font(self.font_name, self.size)
                    x0, y0, x1, y1 = font.getbbox(mark)
                    self.sheet.pieces.append(
                        Piece(mark, (x + x0, self.y + y0, x + x1, self.y + y1), self.size, self.font_name, -1)
                    )
                    continue
                v, _ = self.option(x, self.y, mark, opt, m == tick)
                if m == tick:
                    self.link(k, v)
            self.newline(r.uniform(1.4, 1.8))
        self.newline(0.6)
        if not self.room(5):
            return
        heads = MED_TABLE_ZH if zh else MED_TABLE_EN
        fr = (0.0, 0.45, 0.7, 1.0)
        top = self.y - self.size * 0.3
        hs = [
            self.put(self.margin + fr[c] * inner + self.size * 0.3, self.y, heads[c], "question", name=self.key_font)
            for c in range(3)
        ]
        self.newline(1.5)
        drugs = list(MED_DRUGS_ZH if zh else MED_DRUGS_EN)
        r.shuffle(drugs)
        freqs = MED_FREQ_ZH if zh else MED_FREQ_EN
        for m in range(r.randint(3, 5)):
            if not self.room(2):
                break
            self.sheet.rules.append(
                (self.margin, self.y - self.size * 0.3, self.width - self.margin, self.y - self.size * 0.3)
            )
            if m < len(drugs) and r.random() < 0.75:
                for c, val in enumerate((drugs[m], r.choice(MED_DOSES), r.choice(freqs))):
                    self.link(hs[c], self.put(self.margin + fr[c] * inner + self.size * 0.3, self.y, val, "answer"))
            self.newline(1.5)
        bottom = self.y - self.size * 0.3
        for f in fr:
            self.sheet.rules.append((self.margin + f * inner, top, self.margin + f * inner, bottom))
        self.sheet.rules.append((self.margin, top, self.width - self.margin, top))
        self.sheet.rules.append((self.margin, bottom, self.width - self.margin, bottom))
        self.newline(0.8)

    # --- blocks FUNSD-like forms have that the families above lacked (eleventh pass) ---

    def answer_face(self) -> tuple[str, int]:
        """Typed answers often come from another machine than the printed form: a typewriter face, another size."""
        r = self.rng
        if self.lang == "en" and r.random() < 0.5:
            return "DejaVuSansMono.ttf", max(10, int(self.size * r.uniform(0.8, 1.05)))
        return self.font_name, self.size

    def signature_block(self) -> None:
        """Signature lines: the value (a typed name, a date, a title) on a rule, its label printed under the rule;
        1-3 side by side."""
        r = self.rng
        if not self.room(4):
            return
        inner = self.width - 2 * self.margin
        n = r.choice((1, 2, 2, 3))
        slot = inner / n
        small = max(9, int(self.size * r.uniform(0.6, 1.0)))
        face, vsize = self.answer_face()
        line_y = self.y + self.size * r.uniform(2.0, 2.8)
        labels = r.sample(SIGN_ZH if self.lang == "zh" else SIGN_EN, n)
        bottom = line_y
        for c, (label, kind) in enumerate(labels):
            x0 = self.margin + c * slot
            x1 = x0 + slot * r.uniform(0.7, 0.92)
            self.sheet.rules.append((x0, line_y, x1, 1))
            label = label.upper() if self.caps_keys else label
            lx = x0 + (small * 0.2 if r.random() < 0.7 else max(0.0, (x1 - x0 - self.length(label, small)) / 2))
            k = self.put(lx, line_y + small * 0.3, label, "question", size=small)
            bottom = max(bottom, self.sheet.entities[k]["box"][3])
            if r.random() < self.unfilled:
                continue
            value = self._fit(self.value_text(kind), x1 - x0 - self.size)
            vx = x0 + self.size * r.uniform(0.2, 2.0)
            v = self.put(vx, line_y - vsize * r.uniform(1.15, 1.6), value, "answer", size=vsize, name=face)
            self.link(k, v)
        self.y = int(bottom + self.size * r.uniform(1.2, 2.0))

    def header_table(self) -> None:
        """A table with a key column: row labels (wrapped over 2-3 lines in a narrow first column) whose values
        stand in the columns right of them, under column headers that wrap too or carry a second line (a unit, a
        scale). Each cell links to its row label, or (half the tables) to its column header."""
        r = self.rng
        n_cols = r.randint(1, 4)
        n_rows = r.randint(2, 6)
        if not self.room(n_rows * 1.6 + 3):
            return
        inner = self.width - 2 * self.margin
        first_w = inner * r.uniform(0.22, 0.4)
        col_w = (inner - first_w) / n_cols
        kinds = [r.choice(("number", "number", "date", "text")) for _ in range(n_cols)]
        face, vsize = self.answer_face()
        top = self.y
        by_row = r.random() < 0.5  # FUNSD links most cells to one key: here the row's or the column's
        heads, bottom = [], float(self.y)
        for c in range(n_cols):
            key = self.key_text(kinds[c]).rstrip(":：")
            if r.random() < 0.4:
                key += " " + r.choice(HEAD_SUFFIX_ZH if self.lang == "zh" else HEAD_SUFFIX_EN)
            lines = self.wrap(key, col_w - self.size, self.key_font)[:3]
            h = None
            for n, line in enumerate(lines):
                x = self.margin + first_w + c * col_w + self.size * 0.3
                h = self.put(x, self.y + n * self.size * 1.15, line, "question", ent=h, name=self.key_font)
            if h is not None:
                heads.append(h)
                bottom = max(bottom, self.sheet.entities[h]["box"][3])
        if len(heads) < n_cols:
            return
        y = bottom + self.size * r.uniform(0.6, 1.2)
        for _ in range(n_rows):
            if y + self.size * 3 > self.height - self.size * 3:
                break
            words = self.key_text(r.choice(("text", "number", "date", "name"))).rstrip(":：")
            if r.random() < 0.5:
                words += " " + self.key_text("text").rstrip(":：")
            k = None
            for n, line in enumerate(self.wrap(words, first_w - self.size, self.key_font)[:3]):
                k = self.put(self.margin, y + n * self.size * 1.15, line, "question", ent=k, name=self.key_font)
            assert k is not None
            row_bottom = self.sheet.entities[k]["box"][3]
            for c in range(n_cols):
                if r.random() < 0.12:
                    continue
                x = self.margin + first_w + c * col_w + self.size * 0.3
                v = self.put(
                    x, y, self._fit(self.value_text(kinds[c]), col_w - self.size), "answer", size=vsize, name=face
                )
                self.link(k, v) if by_row else self.link(heads[c], v)
            y = row_bottom + self.size * r.uniform(0.5, 1.0)
        if r.random() < 0.5:
            self.sheet.rules.append((self.margin, top - 4, self.width - self.margin, top - 4))
            self.sheet.rules.append((self.margin, y - 4, self.width - self.margin, y - 4))
        self.y = int(y)
        self.newline(0.6)

    def wrapped_keys(self) -> None:
        """Keys printed over two lines, the lines as close as the OCR's boxes make FUNSD's: a table whose column
        headers stop mid-phrase on the first line (`No. of` / `Stores`) or carry a bracketed note on the second
        (`Strength` / `(7= Better)`, `金额` / `（元）`), each linked to the values under it; or rows of keys with such
        a note under them, the value right of the key's first line."""
        r = self.rng
        pitch = r.uniform(0.85, 1.1)  # the two lines of one key, in font sizes
        notes = HEAD_SUFFIX_ZH if self.lang == "zh" else tuple(s for s in HEAD_SUFFIX_EN if s.startswith("("))

        def two_lines(kind: str) -> tuple[str, str]:
            key = self.key_text(kind).rstrip(":：")
            if self.lang == "en" and r.random() < 0.5:
                head = r.choice(OPEN_HEADS_EN)
                return (head.upper(), key.upper()) if head.isupper() or self.caps_keys else (head, key)
            return key, r.choice(notes)

        if r.random() < 0.6:
            n_cols = r.randint(2, 5)
            n_rows = r.randint(1, 5)
            if not self.room(n_rows + 3):
                return
            col_w = (self.width - 2 * self.margin) / n_cols
            kinds = [r.choice(("number", "number", "date", "text", "name")) for _ in range(n_cols)]
            centred = r.random() < 0.5
            heads = []
            for c in range(n_cols):
                lines = two_lines(kinds[c]) if r.random() < 0.8 else (self.key_text(kinds[c]).rstrip(":："),)
                h = None
                for n, line in enumerate(lines):
                    line = self._fit(line, col_w - self.size)
                    x = self.margin + c * col_w + self.size * 0.3
                    if centred:
                        x += max(0.0, (col_w - self.size - self.length(line, name=self.key_font)) / 2)
                    h = self.put(x, self.y + n * self.size * pitch, line, "question", ent=h, name=self.key_font)
                assert h is not None
                heads.append(h)
            self.y = int(max(self.sheet.entities[h]["box"][3] for h in heads) + self.size * r.uniform(0.5, 1.0))
            for _ in range(n_rows):
                for c in range(n_cols):
                    if r.random() < 0.1:
                        continue
                    x = self.margin + c * col_w + self.size * 0.3
                    v = self.put(x, self.y, self._fit(self.value_text(kinds[c]), col_w - self.size), "answer")
                    self.link(heads[c], v)
                self.newline(r.uniform(1.3, 1.8))
        else:
            for _ in range(r.randint(1, 4)):
                if not self.room(3):
                    return
                kind = self.kind()
                first, second = two_lines(kind)
                if r.random() < self.colon_rate:
                    second += "：" if self.lang == "zh" else ":"
                k = self.put(self.margin, self.y, first, "question", name=self.key_font)
                k = self.put(self.margin, self.y + self.size * pitch, second, "question", ent=k, name=self.key_font)
                vx = self.sheet.entities[k]["box"][2] + self.size * r.uniform(0.5, 2.5)
                room = self.width - self.margin - vx
                if room > self.size * 3 and r.random() >= self.unfilled:
                    self.link(k, self.put(vx, self.y, self._fit(self.value_text(kind), room), "answer"))
                self.newline(r.uniform(2.4, 3.0))
        self.newline(0.6)

    def pair_far_below(self) -> None:
        """Labels in the top corner of tall boxes with the value two or three lines lower (room left for
        handwriting), 1-3 to a row."""
        r = self.rng
        cols = r.choice((1, 2, 3))
        inner = self.width - 2 * self.margin
        small = max(9, int(self.size * r.uniform(0.6, 1.0)))
        face, vsize = self.answer_face()
        for _ in range(r.randint(1, 2)):
            if not self.room(4):
                return
            top = self.y
            gap = self.size * r.uniform(2.2, 3.8)
            for c in range(cols):
                x = self.margin + c * inner / cols
                kind = self.kind()
                k = self.put(x + small * 0.3, top, self.key_text(kind), "question", size=small, name=self.key_font)
                if r.random() < 0.5:
                    self.sheet.rules.append(
                        (x, top - small * 0.3, x + inner / cols - self.size * 0.3, top + gap + self.size * 1.5)
                    )
                if r.random() < self.unfilled:
                    continue
                value = self._fit(self.value_text(kind), inner / cols - self.size * 1.5)
                v = self.put(x + self.size * r.uniform(0.3, 2.0), top + gap, value, "answer", size=vsize, name=face)
                self.link(k, v)
            self.y = int(top + gap + self.size * r.uniform(2.0, 2.6))


def make_sheet(seed: int, family: str, lang: str = "en", dense: bool = False, more: Iterable[str] = ()) -> Sheet:
    """One page of `family` in `lang` ('en' | 'zh'), laid out with random seed `seed`; with `dense`, a block of
    wrapped labels and stacked multi-line values (`wrapped_pairs`) follows the family's first block; `more` (names
    of `MORE_BLOCKS`) adds 0-2 of those blocks to pages of the training families (not to `HELD_OUT`)."""
    if family not in FAMILIES + HELD_OUT:
        raise ValueError(f"unknown family {family!r} (one of {', '.join(FAMILIES + HELD_OUT)})")
    more = set(more)
    if more - set(MORE_BLOCKS):
        raise ValueError(f"unknown blocks {sorted(more - set(MORE_BLOCKS))} (of {', '.join(MORE_BLOCKS)})")
    rng = random.Random(f"{seed}-{family}-{lang}")
    lay = _Layout(rng, lang, family)
    if family in HELD_OUT:
        lay.title(
            {
                "registration": (REG_TITLES_ZH, REG_TITLES_EN),
                "claim": (CLAIM_TITLES_ZH, CLAIM_TITLES_EN),
                "grid_app": (GRID_TITLES_ZH, GRID_TITLES_EN),
                "survey": (SURVEY_TITLES_ZH, SURVEY_TITLES_EN),
                "gov_boxed": (GOV_TITLES_ZH, GOV_TITLES_EN),
                "medical": (MED_TITLES_ZH, MED_TITLES_EN),
            }[family]
        )
    else:
        lay.title()
    # Each family is a sequence of blocks; the random choices inside them make the layouts.
    rand = rng.randint
    steps: dict[str, list[Callable[[], None]]] = {
        "letter": [
            lambda: lay.pair_inline(cols=1, rows=rand(3, 5)),
            lambda: lay.paragraph(rand(2, 5)),
            lambda: lay.pair_inline(cols=rng.choice((1, 2)), rows=rand(1, 2)),
        ],
        "fax": [
            lambda: lay.pair_inline(cols=rng.choice((1, 2)), rows=rand(3, 6)),
            lay.checkbox_row,
            lay.pair_multiline,
            lambda: lay.paragraph(2),
        ],
        "application": [
            lay.section,
            lay.pair_below,
            lay.pair_inline,
            lay.section,
            lay.checkbox_row,
            lay.pair_below,
            lay.pair_multiline,
            lambda: lay.pair_inline(cols=2, rows=1),
        ],
        "questionnaire": [
            lambda: lay.pair_inline(cols=2, rows=rand(1, 2)),
            lambda: lay.paragraph(1),
            *[lambda n=n: lay.questionnaire_item(n + 1) for n in range(rand(3, 7))],
        ],
        "checklist": [
            lambda: lay.pair_inline(cols=rng.choice((2, 3)), rows=rand(1, 3)),
            lay.section,
            lay.checklist,
            lay.pair_multiline,
        ],
        "table": [
            lambda: lay.pair_inline(cols=rng.choice((1, 2)), rows=rand(1, 3)),
            lay.column_table,
            lay.key_grid,
            lambda: lay.pair_inline(cols=1, rows=1),
        ],
        "registration": [lay.reg_grid, lambda: lay.pair_inline(cols=2, rows=1)],
        "claim": [
            lambda: lay.pair_inline(cols=2, rows=rand(1, 2)),
            lay.section,
            lay.claim_boxes,
            lay.section,
            lay.claim_boxes,
        ],
        "grid_app": [lay.grid_app, lay.signature_block],
        "gov_boxed": [lay.gov_boxed, lay.signature_block],
        "medical": [lay.medical, lay.signature_block],
        "survey": [
            lambda: lay.paragraph(1),
            lambda: lay.pair_inline(cols=2, rows=rand(1, 2)),
            lay.survey,
        ],
        "resume": [
            lay.section,
            lambda: lay.pair_inline(cols=rng.choice((1, 2)), rows=rand(3, 6)),
            lay.key_grid,
            lay.section,
            lambda: lay.paragraph(2),
        ],
    }
    for n, step in enumerate(steps[family]):
        step()
        if dense and n == 0:
            lay.wrapped_pairs()
    # Real forms mix: a few blocks of other families' kinds, in any order, on some pages.
    extra = [lay.pair_inline, lay.pair_below, lay.pair_multiline, lay.checkbox_row, lay.column_table, lay.paragraph]
    for step in rng.sample(extra, rng.choice((0, 0, 1, 2, 3))):
        step()
    if more and family in FAMILIES:
        # Drawn from their own generator, so the rest of a page stays as it was without them.
        main, lay.rng = lay.rng, random.Random(f"{seed}-{family}-{lang}-more")
        made = {
            "signature": lay.signature_block,
            "key_table": lay.header_table,
            "far_below": lay.pair_far_below,
            "wrapped_keys": lay.wrapped_keys,
        }
        for name in lay.rng.sample(sorted(more), min(len(more), lay.rng.choice((0, 1, 1, 2)))):
            made[name]()
        lay.rng = main
    if rng.random() < 0.5:
        lay.footer()
    lay.clutter()
    sheet = lay.sheet
    # Entities that ended empty (nothing fitted) would be unmatchable: drop them, renumbering ids and links.
    keep = [e for e in sheet.entities if e["text"]]
    new_id = {e["id"]: n for n, e in enumerate(keep)}
    sheet.entities = [{**e, "id": new_id[e["id"]], "box": [round(v, 1) for v in e["box"]]} for e in keep]
    sheet.links = [[new_id[a], new_id[b]] for a, b in sheet.links if a in new_id and b in new_id]
    for p in sheet.pieces:
        p.entity = new_id.get(p.entity, -1)
    return sheet


# --- reading it as an OCR would ---

_WORD = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\s\u3400-\u9fff\uf900-\ufaff]+")
READS = {TICK: (TICK, TICK, "区", "[x]", ""), BOX: (BOX, BOX, "□", "[ ]", "")}
_CONFUSE = {
    "o": "0",
    "0": "O",
    "l": "1",
    "1": "l",
    "i": "l",
    "e": "c",
    "c": "e",
    "m": "rn",
    "a": "o",
    "S": "5",
    "5": "S",
    "B": "8",
    "8": "B",
    ":": ";",
    ".": ",",
    "g": "q",
    "n": "h",
    "u": "v",
    "t": "f",
    "/": "l",
}


def _noisy(text: str, rng: random.Random, rate: float) -> str:
    out = []
    for ch in text:
        p = rng.random()
        if p < rate and ch in _CONFUSE:
            out.append(_CONFUSE[ch])
        elif p < rate * 1.3 and ch in ":：" and rng.random() < 0.5:
            continue  # a faint colon is not read
        else:
            out.append(ch)
    return "".join(out)


def simulate_ocr(sheet: Sheet, seed: int = 0, noise: bool = True) -> Document:
    """The Document docsense's OCR would make of the rendered sheet, roughly: pieces on one row closer than a
    page-wide gap are one text line, words split at spaces and around CJK characters; with `noise`, some
    characters misread and boxes jittered."""
    rng = random.Random(seed)
    join_gap = rng.uniform(0.3, 2.2)  # detectors differ in how far apart two texts on a row may stay one line
    rate = rng.choice((0.0, 0.01, 0.03, 0.06)) if noise else 0.0
    jitter = rng.uniform(0.0, 0.12) if noise else 0.0
    pieces = sorted(sheet.pieces, key=lambda p: ((p.box[1] + p.box[3]) / 2, p.box[0]))
    rows: list[list[Piece]] = []
    for p in pieces:
        h = p.box[3] - p.box[1]
        for row in rows:
            q = row[-1]
            ov = min(q.box[3], p.box[3]) - max(q.box[1], p.box[1])
            if ov > 0.6 * min(h, q.box[3] - q.box[1]):
                row.append(p)
                break
        else:
            rows.append([p])
    lines: list[Line] = []
    for row in rows:
        row.sort(key=lambda p: p.box[0])
        groups: list[list[Piece]] = [[row[0]]]
        for p in row[1:]:
            prev = groups[-1][-1]
            h = max(p.box[3] - p.box[1], 1.0)
            if p.box[0] - prev.box[2] < join_gap * h:
                groups[-1].append(p)
            else:
                groups.append([p])
        for g in groups:
            words: list[Word] = []
            for p in g:
                words += _words(p, rng, rate, jitter)
            if not words:
                continue
            x0 = min(w.bbox[0] for w in words)
            y0 = min(w.bbox[1] for w in words)
            x1 = max(w.bbox[2] for w in words)
            y1 = max(w.bbox[3] for w in words)
            text = ""
            for w in words:
                cjk = text and _WORD.fullmatch(w.text) and len(w.text) == 1 and "\u3400" <= w.text <= "\u9fff"
                text += w.text if (not text or (cjk and "\u3400" <= text[-1] <= "\u9fff")) else " " + w.text
            poly = ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
            lines.append(Line(text=text, bbox=(x0, y0, x1, y1), polygon=poly, score=0.9, words=words))
    blocks = [Block(type="text", bbox=ln.bbox, order=n, lines=[ln]) for n, ln in enumerate(lines)]
    page = Page(index=0, width=sheet.width, height=sheet.height, blocks=blocks)
    return Document(source=f"{sheet.family}-{sheet.lang}", pages=[page])


def detector_boxes(sheet: Sheet, seed: int = 0) -> Sheet:
    """The sheet with each piece's box grown to the detector's: the font's full line height (a glyph box of `ace`
    is only x-height tall) plus a margin above and below. Docsense's word boxes on FUNSD are a median 1.18 times
    as tall as FUNSD's own word boxes (10-90%: 0.94-1.55), so stacked lines of one entity touch or overlap."""
    pad = random.Random(seed).uniform(0.0, 0.3)
    pieces = []
    for p in sheet.pieces:
        x0, y0, x1, y1 = p.box
        full = max(y1 - y0, 0.95 * p.size)
        mid = (y0 + y1) / 2 if y1 - y0 >= 0.95 * p.size else y1 - 0.3 * full  # short glyphs sit on the baseline
        top, bottom = mid - full / 2 - pad * full, mid + full / 2 + pad * full
        pieces.append(Piece(p.text, (x0, top, x1, bottom), p.size, p.font, p.entity))
    # Gold boxes grow with their pieces (FUNSD's boxes are drawn around the words' full height too).
    entities = [dict(e) for e in sheet.entities]
    for p in pieces:
        if p.entity >= 0:
            b, q = entities[p.entity]["box"], p.box
            entities[p.entity]["box"] = [min(b[0], q[0]), min(b[1], q[1]), max(b[2], q[2]), max(b[3], q[3])]
    return Sheet(sheet.width, sheet.height, sheet.lang, sheet.family, pieces, sheet.rules, entities, sheet.links)


def _words(p: Piece, rng: random.Random, rate: float, jitter: float) -> list[Word]:
    x0, y0, x1, y1 = p.box
    h = y1 - y0
    n = max(len(p.text), 1)
    out = []
    for m in _WORD.finditer(p.text):
        # Character positions spread evenly over the piece: close enough for word boxes.
        a = x0 + (x1 - x0) * m.start() / n
        b = x0 + (x1 - x0) * m.end() / n
        j = [rng.uniform(-jitter, jitter) * h for _ in range(4)]
        text = _noisy(m.group(), rng, rate)
        if p.entity < 0 and text in READS:
            text = rng.choice(READS[text])  # how recognizers read a printed box: glyph, 区/口, brackets, or nothing
        if text:
            out.append(Word(text=text, bbox=(a + j[0], y0 + j[1], b + j[2], y1 + j[3]), score=0.9))
    return out


# --- drawing ---


def render(sheet: Sheet) -> Any:
    """The sheet drawn on a white page (PIL image, RGB)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (sheet.width, sheet.height), "white")
    draw = ImageDraw.Draw(img)
    from PIL import ImageFont

    cache: dict[tuple[str, int], Any] = {}
    for p in sheet.pieces:
        # The zh fonts have no ☑ / ☐: drawn in theirs, ticked and empty boxes would look the same.
        key = ("DejaVuSans.ttf" if p.entity < 0 and p.text in (TICK, BOX) else p.font, p.size)
        if key not in cache:
            cache[key] = ImageFont.truetype(str(fonts.path(key[0])), p.size)
        font = cache[key]
        bx = font.getbbox(p.text)
        draw.text((p.box[0] - bx[0], p.box[1] - bx[1]), p.text, fill=(15, 15, 15), font=font)
    for x0, y0, x1, y1 in sheet.rules:
        if y1 == 1:  # a fill-in underline: (x0, y, x1, 1)
            draw.line([(x0, y0), (x1, y0)], fill=(40, 40, 40), width=1)
        elif x0 == x1 or y0 == y1:
            draw.line([(x0, y0), (x1, y1)], fill=(0, 0, 0), width=2)
        else:
            draw.rectangle([x0, y0, x1, y1], outline=(60, 60, 60), width=1)
    return img


def degrade(img: Any, gt: dict[str, Any], kind: str, seed: int = 0) -> tuple[Any, dict[str, Any]]:
    """A scan variant: `clean`, `skewed` (1-3 degrees), `noisy` (speckle + blur), `fax` (shrunk to ~100 dpi,
    thresholded, speckled), `gray`."""
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    if kind == "clean":
        return img, gt
    if kind == "gray":
        return img.convert("L"), gt
    if kind == "skewed":
        deg = rng.choice((-3.0, -2.0, -1.0, 1.0, 2.0, 3.0))
        w, h = img.size
        out = img.rotate(deg, resample=Image.Resampling.BICUBIC, fillcolor="white")
        a, cx, cy = math.radians(deg), w / 2, h / 2

        def tilt(box: list[float]) -> list[float]:
            pts = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
            xs = [cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a) for x, y in pts]
            ys = [cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a) for x, y in pts]
            return [min(xs), min(ys), max(xs), max(ys)]

        return out, {**gt, "entities": [{**e, "box": tilt(e["box"])} for e in gt["entities"]]}
    if kind in ("noisy", "fax"):
        import numpy as np

        gray = np.asarray(img.convert("L"), dtype=np.float32)
        nrng = np.random.default_rng(seed)
        if kind == "fax":
            scale = 100 / 150 if img.size[0] > 1000 else 0.85
            small = img.convert("L").resize(
                (int(img.size[0] * scale), int(img.size[1] * scale)), Image.Resampling.BILINEAR
            )
            gray = np.asarray(small, dtype=np.float32)
            gray = np.where(gray + nrng.normal(0, 25, gray.shape) < 150, 0, 255).astype(np.float32)
            gt = {**gt, "entities": [{**e, "box": [v * scale for v in e["box"]]} for e in gt["entities"]]}
        speck = nrng.random(gray.shape)
        gray[speck < 0.002] = 0
        gray[speck > 0.998] = 255
        out = Image.fromarray(gray.clip(0, 255).astype("uint8"), "L")
        if kind == "noisy":
            out = out.filter(ImageFilter.GaussianBlur(0.6))
        return out, gt
    raise ValueError(f"unknown variant {kind!r}")


def write_set(
    out_dir: Path,
    n: int,
    seed: int = 0,
    families: tuple[str, ...] = FAMILIES,
    langs: tuple[str, ...] = ("en", "zh"),
    variants: tuple[str, ...] = ("clean", "skewed", "fax", "noisy"),
) -> Path:
    """Render `n` forms (cycling families, languages, variants) as PNGs plus `gt.jsonl`; returns the gt path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(n):
        family = families[i % len(families)]
        lang = langs[(i // len(families)) % len(langs)]
        kind = variants[(i // (len(families) * len(langs))) % len(variants)]
        sheet = make_sheet(seed + i, family, lang)
        name = f"kvf_{family}_{lang}_{kind}_{seed + i:05d}.png"
        img, gt = degrade(render(sheet), sheet.gt(name), kind, seed + i)
        img.save(out_dir / name)
        lines.append(json.dumps({**gt, "variant": kind}, ensure_ascii=False))
    path = out_dir / "gt.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
