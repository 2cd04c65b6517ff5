"""Template-free key-value pairing on any form (SER + RE): entities from OCR words, labels, key -> value links.

`KeyValueExtractor(cfg, engine_cfg)(document) -> (pairs, entities)`. With `kv.method: learned` (the default)
the entities of step 1 are labelled and linked by the models of `kie/kv_link.py` (the rules' links are one of
their inputs); with `rules`, by steps 2-3 below:

1. Entities: each OCR line is split where a key ends (a colon, `姓名：张三`; a known key word followed by its
   value), where words stand far apart, and around checkboxes (☑/☐/[x]); stacked lines of one paragraph are
   joined into one value. Table cells the table stage found are entities of their own.
2. Labels: a text is a key (`question`) when it ends with a colon, is a known key word (zh/en), or reads like a
   label (short, capitalised, no digits) with a value-like neighbour right of or below it; `answer` when a key
   links to it; `header` for large or isolated title-like text; `other` for the rest.
3. Links: a key takes the nearest value right of it on its row (nothing in between; or typed half a line lower),
   plus names stacked under that value and the ticked options of a checkbox row; else the value(s) below it (a
   column header takes every value of the same kind stacked under it). A table key cell takes the cell right of
   it. Values with no key stay unlinked. Rotated pages are handled upright, boxes mapped back.

Measured against the learned stage in docs/kv.md: on FUNSD forms nobody tuned for the rules alone are about as good
as the generated-data model with the rules' links filling in (FUNSD 149: 0.401 against 0.411 link F1), on
generated forms far worse.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Callable

import numpy as np

from docsense.core.config import EngineSettings, KvSettings
from docsense.core.document import BBox, Block, Cell, Document, Entity, Line, Page, Pair, Word, union_bbox
from docsense.core.geometry import original_bbox, upright_bbox
from docsense.core.graph import DisjointSets

from .kv_link import (
    KvModel,
    apply_merges,
    candidates,
    decode,
    entity_features,
    lexicon_features,
    merge_candidates,
    merge_features,
    page_context,
    pair_features,
    stack_features,
    text_features,
)
from .kv_text import (  # noqa: F401 - re-exported: callers import them from kie.kv
    _BRACKET_BOX,
    _CJK,
    _DIGIT,
    _GLUE,
    _GLUED_COLON,
    _KEY_TAILS,
    _KEYS_EN_SET,
    _NAME,
    _WIDE,
    _WIDE_CHAR,
    BOX_CHARS,
    CHECKED,
    COLONS,
    KEYS_EN,
    KEYS_ZH,
    UNCHECKED,
    X_TICK,
    Seg,
    _is_cjk,
    _n_words,
    is_known_key,
    key_core,
    norm_text,
)

_NUMBERED = re.compile(r"\d{1,2}[.)、]\s?\D")  # `3. Did the test pass?`, `2、您的年龄段`
_INNER_BOX = re.compile(r"[☑☒■▣☐□▢◻]")  # box glyphs (not 区, a character too) that start an option inside a word
# A value that opens with no digit in its first characters: a month (`November 8, 1964`), money, a phone.
# A key's first line that stops mid-phrase (`NO. OF` / `STORES`, `Cost per` / `Interview`): a wrapped key.
_OPEN_END = re.compile(r"(?:\b(?:of|and|or|the|for|to|in|per|by|on|at|with|from|no\.?)|[-/&(,#])$", re.I)
# Every cue the key joiner knows; `KeyValueExtractor.join_keys` names the ones it uses.
WRAP_CUES = ("open", "bracket", "colon", "header", "split")
WRAP_GAP = 0.5  # the widest gap between a wrapped key's lines, in line heights
# The labels printed under a signature line, its value typed on the line above them.
_SIGN_LABEL = re.compile(r"\bsign(?:ature|ed)\b|^date\b|\bdate$|签字|签名|签章|盖章|日期$")
_ZH_LABEL = re.compile(r"[\u3400-\u9fff]{2,6}")  # a short zh label: CJK characters only, no punctuation
# A line opening with a capitalised label glued to its value (`Tel5551234`, `RecipientM. Wilson`: the key and the
# value read as one OCR word); the value starts with a capital or a figure.
_GLUED_HEAD = re.compile(r"[A-Z][a-z]+(?=[A-Z0-9])")
_INITIAL = re.compile(r"^[A-Z]\.$")
_BARE_VALUE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|[$€£¥(]\s?\d", re.I)


class KeyValueExtractor:
    """Key-value pairs and labeled entities of every page of a Document (rules; see the module docstring)."""

    def __init__(self, cfg: KvSettings | None = None, engine_cfg: EngineSettings | None = None) -> None:
        self.cfg = cfg or KvSettings()
        self.engine_cfg = engine_cfg
        self.model = KvModel(self.cfg.model, engine_cfg) if self.cfg.method == "learned" else None
        # Learned cuts inside an OCR line (`Phone No. x2689`, no colon): (words, line height, rule cuts) -> every cut.
        self.splitter: Callable[[list[Word], float, set[int]], set[int]] | None = None
        if self.model is not None and self.model.split is not None:
            self.splitter = self.model.cuts
        # Paragraph lines stacked by the rules, unless a learned segmenter joins lines itself.
        self.stacking = self.model is None or self.model.rule_stacking
        # A model trained on labelled forms checks each line the rules stack (P(same entity) for `stack_features`,
        # stacked at P >= threshold); training sets it to the fitted model and logs every stacking to `stack_log`.
        self.stack_check: Callable[[np.ndarray], float] | None = None
        self.stack_threshold = 0.0
        if self.model is not None and self.model.stack is not None:
            self.stack_check, self.stack_threshold = self.model.stack_prob, self.model.stack_threshold
        self.stack_log: list[tuple[Seg, Seg, np.ndarray]] | None = None
        # Wrapped keys joined before labelling (`_join_wrapped_keys`): the cues a model's card names, none otherwise.
        # `split` (a known key word broken across the two lines, `政治面` / `貌`) holds for every learned model.
        self.join_keys: tuple[str, ...] = (*self.model.key_joins, "split") if self.model is not None else ()

    def __call__(self, document: Document) -> tuple[list[Pair], list[Entity]]:
        pairs: list[Pair] = []
        entities: list[Entity] = []
        for page in document.pages:
            p, e = self.page(page)
            pairs += p
            entities += e
        return pairs, entities

    # --- one page ---

    def page(self, page: Page) -> tuple[list[Pair], list[Entity]]:
        # The rules think in upright reading geometry; boxes go back to original page pixels at the end.
        upright, back = _upright(page)
        segs = self.segments(upright)
        if self.model is not None:
            conf = {(i, j): p for i, j, p in self.learned_link(self.model, segs, upright.width, upright.height)}
        else:
            self.link(segs, upright)
            conf = {(i, j): self._confidence(s, segs[j]) for i, s in enumerate(segs) for j in s.links}
        for s in segs:
            s.bbox = back(s.bbox)
        entities = [Entity(text=s.text, bbox=s.bbox, label=s.label, page=page.index) for s in segs]  # type: ignore[arg-type]
        pairs = []
        for i, s in enumerate(segs):
            for j in s.links:
                v = segs[j]
                if conf[i, j] < self.cfg.min_confidence:
                    continue
                pairs.append(
                    Pair(
                        key=key_core_display(s.text),
                        value=v.text,
                        key_bbox=s.bbox,
                        value_bbox=v.bbox,
                        page=page.index,
                        confidence=round(conf[i, j], 3),
                    )
                )
            if s.checkbox == "x" and s.text and not s.links and not s.linked:
                # A lone ticked option: the option is the key, the tick its value.
                pairs.append(
                    Pair(
                        key=s.text,
                        value="☑",
                        key_bbox=s.bbox,
                        value_bbox=s.bbox,
                        page=page.index,
                        confidence=0.5,
                    )
                )
        return pairs, entities

    # --- learned labels and links (kie/kv_link.py) ---

    def features(self, segs: list[Seg], width: float, height: float) -> tuple[np.ndarray, set[tuple[int, int]]]:
        """The linker's entity features, and the links these rules would draw (one of its inputs)."""
        x = entity_features(segs, width, height, [self.keyness(s) for s in segs])
        shadow = [s.unlinked() for s in segs]
        self.link(shadow, _Size(width, height))  # type: ignore[arg-type] # the rules read only the page size
        return x, {(i, j) for i, s in enumerate(shadow) for j in s.links}

    def merge_inputs(self, segs: list[Seg]) -> tuple[list[tuple[int, int]], np.ndarray]:
        """Candidate fragment pairs (one entity?) and their features."""
        cands = merge_candidates(segs)
        text_x = np.asarray([text_features(s, self.keyness(s)) for s in segs], np.float32).reshape(len(segs), -1)
        return cands, merge_features(segs, cands, text_x)

    def merge(self, segs: list[Seg], probs: Callable[[np.ndarray], np.ndarray], threshold: float = 0.5) -> list[Seg]:
        """`segs` with the fragments `probs` scores as one entity (P >= threshold) joined."""
        cands, x = self.merge_inputs(segs)
        return apply_merges(segs, cands, probs(x), threshold) if cands else segs

    def learned_link(
        self, model: KvModel, segs: list[Seg], width: float, height: float
    ) -> list[tuple[int, int, float]]:
        """Label and link `segs` in place with the model; (key, value, probability) of every link."""
        if not segs:
            return []
        if model.merge is not None:
            segs[:] = self.merge(segs, model.merge_probs, model.merge_threshold)
        ent_x, rule_links = self.features(segs, width, height)
        if model.lexicon is not None:
            ent_x = np.hstack([ent_x, lexicon_features(segs, model.lexicon)])
        lab_p = model.label_probs(ent_x)
        cands = candidates(segs, above=model.above)
        x_pair = pair_features(segs, cands, ent_x, lab_p, width, height, rule_links, model.lexicon is not None)
        p = model.link_probs(x_pair)
        links, labels = decode(cands, p, lab_p, self.cfg.min_link)
        if self.cfg.add_rule_links and model.rule_links:
            # On real forms the rules find pairs the generated-data model misses; where the model left a value
            # unlinked, the rules' link stands (at least just above the default min_confidence). Not for a model
            # trained on labelled forms (its card says `rule_links: false`).
            taken = {j for _, j, _ in links}
            prob = dict(zip(cands, p.tolist(), strict=True))
            for i, j in sorted(rule_links):
                if j not in taken:
                    links.append((i, j, max(0.31, prob.get((i, j), 0.0))))
                    labels[i], labels[j] = "question", "answer"
                    taken.add(j)
        # A question or numbered item (`3. Did the test pass?`) is never a value: not even of the options above it.
        asked = {
            j
            for j, s in enumerate(segs)
            if s.text[-1:] in "?？"
            or (_NUMBERED.match(s.text) and _n_words(s.text) <= 6 and not _DIGIT.search(s.text[3:]))
        }
        for j in asked & {j for _, j, _ in links}:
            labels[j] = "question"
        links = [(i, j, q) for i, j, q in links if j not in asked]
        links = [(i, j, q) for i, j, q in links if key_core(segs[i].text) and segs[j].text]  # a lone box: no text
        links = _option_links(segs, links, labels)
        keyness = [self.keyness(s) for s in segs]
        links = _values_over_labels(segs, links, labels, keyness)
        links = _numbered_over_values(segs, links, labels, asked)
        links = _questions_over_answers(segs, links, labels, asked)
        links = _labels_beside_values(segs, links, labels)
        links = _colon_cells_beside_values(segs, links, labels)
        if self.cfg.column_headers:
            links = _header_rows(segs, _nearest_header(segs, links, labels), labels, keyness)
        links = _wrapped_column_headers(segs, links, labels)
        links = _wrapped_values(segs, links, labels)
        for s, label in zip(segs, labels, strict=True):
            s.label, s.links, s.linked = label, [], False
        for i, j, _ in links:
            self._add(segs, i, j)
        return links

    # --- 1. entities ---

    def segments(self, page: Page) -> list[Seg]:
        segs: list[Seg] = []
        cell_lines: set[int] = set()
        if self.cfg.use_tables:
            for t_id, block in enumerate(page.blocks):
                segs += self._table_segments(block, t_id, page.index, cell_lines)
        line_segs: list[Seg] = []
        for block in sorted(page.blocks, key=lambda b: b.order):
            for line in block.lines:
                if id(line) in cell_lines or not line.text.strip():
                    continue
                line_segs += self._split_line(line, page.index)
        segs += self._merge_stacked(line_segs) if self.stacking else line_segs
        if self.join_keys:
            segs = self._join_wrapped_keys(segs)
        _implicit_ticks(segs)
        segs.sort(key=lambda s: (round(s.bbox[1] / max(s.height, 1.0)), s.bbox[0]))
        return segs

    def _table_segments(self, block: Block, t_id: int, page: int, used: set[int]) -> list[Seg]:
        table = block.table
        if table is None or not table.cells or table.n_cols < 2 or not _clean_grid(block):
            return []
        out: list[Seg] = []
        heights = [ln.bbox[3] - ln.bbox[1] for ln in block.lines] or [20.0]
        h = sorted(heights)[len(heights) // 2]
        lines_in = {id(c): [ln for ln in block.lines if _center_in(ln.bbox, c.bbox)] for c in table.cells}
        merged_rows = _merged_rows(table.cells, lines_in, h)
        wraps = {id(c) for c in table.cells if len(lines_in[id(c)]) > 2 and _wrapped_cell(lines_in[id(c)], c.bbox, [])}
        for cell in table.cells:
            text = " ".join(cell.text.split())
            if not text:
                continue
            inside = lines_in[id(cell)]
            if id(cell) in merged_rows:
                continue  # two rows of label | value cells the table stage read as one row: cut as any line
            # the lines of the row's other cells, but those of a sentence wrapped beside this one
            beside = [
                [ln for ln in lines_in[id(c)] if all(ln is not o for o in inside)]
                for c in table.cells
                if c is not cell and c.row == cell.row and id(c) not in wraps
            ]
            if len(inside) > 2 and not _wrapped_cell(inside, cell.bbox, beside):
                continue  # a whole column of a table ruled only between columns: its lines are entities of their own
            if any(re.search(r"[:：]\s*\S", ln.text) for ln in inside):
                continue  # `Ext.: (527) 852-9968`, a key and its value in one cell: cut as any line
            if "".join(text.split()) != "".join("".join(ln.text for ln in inside).split()):
                continue  # the grid cut an OCR line between cells, or took a word of a line centred elsewhere
            if len(inside) == 2 and _v_overlap(inside[0].bbox, inside[1].bbox) > 0.3 * min(
                _h(inside[0].bbox), _h(inside[1].bbox)
            ):
                continue  # two texts side by side that the OCR read apart: the grid missed a column
            if len(inside) == 2 and min(_h(ln.bbox) for ln in inside) < 0.8 * max(_h(ln.bbox) for ln in inside):
                continue  # a small label over a typed value in one box (a claim form): two entities
            if (
                len(inside) == 2
                and _all_caps(inside[0].text)
                and not _DIGIT.search(_NUMBERED.sub("", inside[0].text))
                and re.search(r"[a-z\d]", inside[1].text)
            ):
                continue  # a capital label over the value typed under it at the same size (`SUBJECT` / `551 Moore St`)
            if len(inside) == 2 and _zh_label(inside[0].text) and not _zh_label(inside[1].text):
                continue  # a zh label over its value in one box (`合计` / `4607`): zh has no capitals to tell them by
            if len(inside) == 1 and self.rule_cuts(self.line_words(inside[0]), max(_h(inside[0].bbox), 1.0)):
                continue  # a key and its value on one line of a cell (`Start Date 9/7/07`): cut as any line
            if len(inside) == 2 and abs(inside[1].bbox[1] - inside[0].bbox[3]) > 0.8 * min(
                _h(inside[0].bbox), _h(inside[1].bbox)
            ):
                continue  # a blank line between them: two rows of a grid the table stage read as one
            for ln in inside:
                used.add(id(ln))
            box = union_bbox([ln.bbox for ln in inside]) if inside else cell.bbox
            seg = self._make_seg(text, box, page, h)
            seg.cell = (t_id, cell.row, cell.col)
            seg.lines = max(1, len(inside))
            out.append(seg)
        return out

    def _make_seg(self, text: str, box: BBox, page: int, h: float) -> Seg:
        text = text.strip()
        check = ""
        m = _BRACKET_BOX.match(text) or X_TICK.match(text)
        if text and text[0] in BOX_CHARS:
            check = "x" if text[0] in CHECKED else " "
            text = text[1:].strip()
        elif m:
            check = "x" if (m.group(1) or "").strip() else " "
            text = text[m.end() :].strip()
        return Seg(text=text, bbox=box, page=page, height=h, colon=text[-1:] in COLONS, checkbox=check)

    def _split_line(self, line: Line, page: int) -> list[Seg]:
        h = max(line.bbox[3] - line.bbox[1], 1.0)
        if line.vertical or not line.words:
            return [self._make_seg(line.text, line.bbox, page, h if not line.vertical else line.bbox[2] - line.bbox[0])]
        words = self.line_words(line)
        if not words:
            return []
        cuts = self.rule_cuts(words, h)
        if self.splitter is not None and len(words) > 1:
            cuts = self.splitter(words, h, cuts)
        out: list[Seg] = []
        bounds = [0, *sorted(cuts), len(words)]
        for a, b in itertools.pairwise(bounds):
            part = words[a:b]
            if not part:
                continue
            text = _join_words(part, h)
            box = union_bbox([w.bbox for w in part])
            box = (box[0], min(box[1], line.bbox[1]), box[2], max(box[3], line.bbox[3]))
            seg = self._make_seg(text, box, page, h)
            if seg.text or seg.checkbox:
                out.append(seg)
        return _attach_lone_boxes(out)

    @staticmethod
    def line_words(line: Line) -> list[Word]:
        """The words of an OCR line as the cutting sees them (`Date:12/03/98` already apart)."""
        return _unglue([w for w in line.words if w.text.strip()])

    def rule_cuts(self, words: list[Word], h: float) -> set[int]:
        """Where the rules cut a line: before word i at a wide gap, a checkbox, or after a key's colon."""
        cuts: set[int] = set()  # cut before word i
        lead = _GLUED_HEAD.match(words[0].text + words[1].text[:1]) if len(words) > 1 else None
        touch = lead is not None and lead.end() == len(words[0].text) and words[1].bbox[0] == words[0].bbox[2]
        if touch and _glued_value(words[0].text, words[1].text, words[2:3]):
            cuts.add(1)  # `_unglue` took the value off the label that opens the line: the two parts touch
        for i in range(1, len(words)):
            gap = words[i].bbox[0] - words[i - 1].bbox[2]
            cjk = _is_cjk(words[i].text[:1]) and _is_cjk(words[i - 1].text[-1:])
            sentence = words[i - 1].text[-1:] in ".,;" and len(words) > 5
            if gap > (self.cfg.split_gap_cjk if cjk else self.cfg.split_gap) * h and not sentence:
                cuts.add(i)
            if words[i].text[:1] in BOX_CHARS or _BRACKET_BOX.match(words[i].text):
                cuts.add(i)  # a checkbox starts an option
        # Colon cuts: after a key-like prefix that ends with a colon.
        start = 0
        after_key = False  # the text from `start` follows a key's colon on this line: it begins with a value
        for i, w in enumerate(words[:-1]):
            if i + 1 in cuts:
                start, after_key = i + 1, False
                continue
            if w.text.rstrip()[-1:] in COLONS:
                prefix = "".join(x.text if _is_cjk(x.text) else " " + x.text for x in words[start : i + 1]).strip()
                suffix = _known_suffix(prefix.rstrip(COLONS)) if _is_cjk(prefix) else ""
                # `张三性别：` after `姓名：` (or with digits before the key word) is a value glued to the next key;
                # `签发日期：` opening the line is one key that ends in a known key word.
                head = prefix.rstrip(COLONS).replace(" ", "")[: -len(suffix)] if suffix else ""
                glued = bool(suffix) and not is_known_key(prefix) and (after_key or bool(_DIGIT.search(head)))
                if self._key_prefix(prefix) and not glued:
                    cuts.add(i + 1)
                    start, after_key = i + 1, True
                elif _is_cjk(prefix):
                    # `张三性别：男`: the key is the known key word the prefix ends with.
                    k = _known_suffix(prefix.rstrip(COLONS))
                    if k:
                        n = len(k) + 1  # characters of the key plus the colon
                        j = i + 1 - n
                        if j > start:
                            cuts.add(j)
                        cuts.add(i + 1)
                        start, after_key = i + 1, True
        return cuts | self._bare_key_cuts(words, cuts, h)

    @staticmethod
    def _bare_key_cuts(words: list[Word], cuts: set[int], h: float) -> set[int]:
        """`Start Date 7/5/16`, `Telephone x759`: a piece of a line that opens with a key phrase printed without a
        colon (a known key, or ending in `Date`, `No.`, `by`...) and goes on with a figure is cut after the key;
        `发件人 何兰杰`: a piece opening with 2-6 CJK characters, a printed space (CJK runs close up), then more."""
        out: set[int] = set()
        bounds = [0, *sorted(c for c in cuts if 0 < c < len(words)), len(words)]
        for a, b in itertools.pairwise(bounds):
            piece = words[a:b]
            if len(piece) < 2 or any(w.text[-1:] in COLONS for w in piece):
                continue
            if _is_cjk(piece[0].text):
                # `截止日期2000年1月`: 2-6 CJK characters that end in a known key word, then a figure (a grid's label
                # cell and its value read as one line): cut after the key word, whatever the gap.
                head_cut = next(
                    (
                        n
                        for n in range(2, min(7, len(piece)))
                        if all(len(w.text) == 1 and _is_cjk(w.text) for w in piece[:n])
                        and piece[n].text[:1].isdigit()
                        and _known_suffix("".join(w.text for w in piece[:n]))
                    ),
                    None,
                )
                if head_cut is not None:
                    out.add(a + head_cut)
                    continue
                for n in range(2, min(7, len(piece))):
                    head = piece[:n]
                    if not all(len(w.text) == 1 and _is_cjk(w.text) for w in head):
                        break
                    # Glyph spacing varies by ~0.35 line heights within CJK words; less before a figure.
                    gap = piece[n].bbox[0] - piece[n - 1].bbox[2]
                    if gap > (0.3 if not _is_cjk(piece[n].text) else 0.45) * h:
                        out.add(a + n)
                        break
                continue
            if any(_is_cjk(w.text) for w in piece):
                continue
            for n in range(min(4, len(piece) - 1), 0, -1):
                key = " ".join(w.text for w in piece[:n])
                rest = " ".join(w.text for w in piece[n:])
                if not key[:1].isupper() or _DIGIT.search(key):
                    continue
                last = key.split()[-1].lower()
                if not (is_known_key(key) or (n >= 2 and last in _KEY_TAILS)):
                    continue
                if _DIGIT.search(piece[n].text[:4]) or _BARE_VALUE.match(rest) or _NAME.match(rest):
                    out.add(a + n)
                    break
        return out

    def _key_prefix(self, prefix: str) -> bool:
        """Is `prefix` (ending in a colon) a key printed before its value on the same line?"""
        core = prefix.rstrip(COLONS + " ")
        if not core or _n_words(core) > self.cfg.max_key_words:
            return False
        first = core.lstrip("(*#[ ")[:1]
        if first.islower():  # a colon inside running text: `samples. (Note: ...`
            return False
        # A sentence before it; an abbreviation's full stop (`Ref. No.:`, `Dept. Code:`) ends none.
        return not re.search(r"(?:[!?;]|[a-z]{4}\.)\s", core)

    def _merge_stacked(self, segs: list[Seg]) -> list[Seg]:
        """Join a paragraph-like value printed over several lines into one entity."""
        segs = sorted(segs, key=lambda s: (s.bbox[1], s.bbox[0]))
        merged: list[Seg] = []
        alive = [True] * len(segs)
        text_x: np.ndarray | None = None
        ctx = np.zeros(0, np.float32)
        for i, top in enumerate(segs):
            if not alive[i]:
                continue
            cur, last = top, i
            while True:
                nxt = self._continuation(cur, segs, alive, i)
                if nxt is None:
                    break
                if self.stack_check is not None or self.stack_log is not None:
                    # FUNSD stacks a key's separate values, list items and cells under each other as often as it
                    # wraps one entity: a model trained on labelled forms decides (eighteenth pass, docs/kv.md).
                    if text_x is None:
                        text_x = np.asarray([text_features(s, self.keyness(s)) for s in segs], np.float32)
                        text_x, ctx = text_x.reshape(len(segs), -1), page_context(segs)
                    x = stack_features(segs, last, nxt, cur, text_x, ctx)
                    if self.stack_log is not None:
                        self.stack_log.append((segs[last], segs[nxt], x))
                    if self.stack_check is not None and self.stack_check(x) < self.stack_threshold:
                        break
                low = segs[nxt]
                alive[nxt] = False
                last = nxt
                cur = Seg(
                    text=f"{cur.text}{'' if _is_cjk(cur.text[-1:]) else ' '}{low.text}",
                    bbox=union_bbox([cur.bbox, low.bbox]),
                    page=cur.page,
                    height=cur.height,
                    colon=low.colon,
                    checkbox=cur.checkbox,
                    lines=cur.lines + 1,
                )
            merged.append(cur)
        return merged

    def _continuation(self, cur: Seg, segs: list[Seg], alive: list[bool], start: int) -> int | None:
        if cur.colon or cur.checkbox or cur.text[-1:] in "?？":
            return None  # a key (or a question) ends here; the line under it is its value
        if cur.lines == 1 and _caps_label(cur.text):
            return None  # `7. DATE OF BIRTH` over `April 17, 2000`: a box's capital label, its value under it
        last_h = cur.height
        best = None
        for j in range(start + 1, len(segs)):
            s = segs[j]
            if not alive[j]:
                continue
            gap = s.bbox[1] - cur.bbox[3]
            if gap > self.cfg.merge_gap * last_h:
                if s.bbox[1] > cur.bbox[3] + 2 * last_h:
                    break
                continue
            if gap < -0.5 * last_h or s.checkbox or (s.colon and _n_words(s.text) <= 3):
                continue
            if _NUMBERED.match(s.text) or (s.text[-1:] in "?？" and not _question_tail(cur, s)):
                continue  # a question or a numbered item starts anew: not the next line of a paragraph
            if _ZH_LABEL.fullmatch(s.text) and _known_suffix(s.text):
                continue  # `到货日期` under a paragraph: a zh label (a column's header) starts anew
            if _SIGN_LABEL.search(s.text.lower()) and _n_words(s.text) <= 4:
                continue  # `SIGNATURE OF CLAIMANT` under the name typed on the rule: a label, its value above it
            if abs(s.height - last_h) > 0.35 * last_h:
                continue
            if (
                s.text.startswith("(")
                and not _DIGIT.search(s.text)
                and cur.lines == 1
                and not _DIGIT.search(cur.text)
                and _h_overlap(cur.bbox, s.bbox) >= 0.5 * min(_w(cur.bbox), _w(s.bbox))
            ):
                return j  # a label's units on the line under it: `DOSAGE` / `(mg/kg BODY WEIGHT)`
            # The same column: left edges aligned, the upper line wide (a paragraph, not a stack of labels).
            if abs(s.bbox[0] - cur.bbox[0]) > 1.0 * last_h:
                continue
            last_w = cur.bbox[2] - cur.bbox[0]
            if _n_words(cur.text) < 4 and cur.lines == 1:
                continue
            if s.bbox[2] - s.bbox[0] > 1.3 * last_w + 2 * last_h:
                continue
            if (
                self._has_row_neighbour(s, segs)
                or self._has_row_neighbour(s, segs, left=True)
                or (cur.lines == 1 and self._has_row_neighbour(cur, segs))
            ):
                continue  # a row of a form (label, value), not a line of a paragraph
            if _boxes_right(s, segs) or (cur.lines == 1 and _boxes_right(cur, segs)):
                continue  # a question whose options stand in boxes far right on its row (`Diabetes  ☐ Yes ☑ No`)
            if best is None or s.bbox[1] < segs[best].bbox[1]:
                best = j
        return best

    def _join_wrapped_keys(self, segs: list[Seg]) -> list[Seg]:
        """Two lines of one key printed over each other become one entity before labelling: the second line right
        under the first (gap at most `WRAP_GAP` line heights; the OCR's boxes of two such lines often overlap), as tall,
        left-aligned or centred on it, both short and neither a question or a box. The geometry alone also fits a
        stacked list of keys (`Date Notified` / `Date Ordered`), so one of `self.join_keys`' text cues must hold:
        `open` the first line stops mid-phrase (`NO. OF` / `STORES`), `bracket` the second is a bracketed note
        (`SMOOTHNESS` / `(7=Smoother)`), `colon` the second ends the key with a colon the first lacks (`Date` /
        `Received:`), `header` a row of 2+ such pairs, none with a figure (a table's header row printed over two
        lines: `NO. OF` `IND/LOR` / `STORES` `VOLUME`)."""
        pairs: dict[int, int] = {}
        lower: set[int] = set()
        # Lines that could be a key's second line, by their top edge (each key looks only a line down).
        cues = set(self.join_keys)
        # Table cells are entities of their own, except for `split` (a key word cut in two by a narrow label cell,
        # the table stage reading the two lines as two rows).
        in_cells = "split" in cues
        short = sorted(
            (s.bbox[1], j)
            for j, s in enumerate(segs)
            if s.lines == 1
            and (in_cells or not s.cell)
            and not s.checkbox
            and s.text[-1:] not in "?？"
            and _n_words(s.text) <= 5
        )
        tops = [t for t, _ in short]
        for i, a in enumerate(segs):
            if a.lines > 1 or (a.cell and not in_cells) or a.checkbox or a.colon or a.text[-1:] in "?？":
                continue
            if _n_words(a.text) > 5:
                continue
            near = short[bisect.bisect_left(tops, a.bbox[3] - 0.6 * a.height) :]
            j = self._wrapped_below(a, segs, near)
            if j is not None and j not in lower:
                pairs[i] = j
                lower.add(j)
        if not pairs:
            return segs
        keep: list[int] = []
        for i, j in pairs.items():
            a, b = segs[i], segs[j]
            split = "split" in cues and (_split_key(a.text, b.text) or self._key_tail(a, b, segs))
            if a.cell or b.cell:
                if split:
                    keep.append(i)
                continue
            if split:
                keep.append(i)
            elif "open" in cues and _OPEN_END.search(a.text) and not _DIGIT.search(a.text):
                keep.append(i)
            elif "bracket" in cues and b.text[:1] in "(（" and _n_words(b.text) <= 4:
                keep.append(i)
            elif "colon" in cues and b.colon and not is_known_key(a.text) and not _DIGIT.search(a.text + b.text):
                keep.append(i)
            elif "header" in cues and not b.colon and not _DIGIT.search(a.text + b.text):
                row = [
                    k
                    for k in pairs
                    if k != i
                    and _v_overlap(segs[k].bbox, a.bbox) >= 0.5 * min(_h(segs[k].bbox), _h(a.bbox))
                    and not segs[pairs[k]].colon
                    and not _DIGIT.search(segs[k].text + segs[pairs[k]].text)
                ]
                if row:
                    keep.append(i)
        if not keep:
            return segs
        sets = DisjointSets(len(segs))
        for i in keep:
            sets.union(i, pairs[i])
        out: list[Seg] = []
        for group in sets.groups():
            if len(group) == 1:
                out.append(segs[group[0]])
                continue
            parts = sorted((segs[k] for k in group), key=lambda s: s.bbox[1])
            text = parts[0].text
            for p in parts[1:]:
                text += f"{'' if _is_cjk(text[-1:]) else ' '}{p.text}"
            out.append(
                Seg(
                    text=text,
                    bbox=union_bbox([p.bbox for p in parts]),
                    page=parts[0].page,
                    height=parts[0].height,
                    colon=parts[-1].colon,
                    lines=len(parts),
                )
            )
        return out

    def _key_tail(self, a: Seg, b: Seg, segs: list[Seg]) -> bool:
        """`Spouse` / `Name:`, `Policy` / `Number`, `紧急联系` / `电话`: a label cell wrapping its key before the key
        word (a known key alone on the second line), the value typed right of the first line and nothing right of
        the second (a list of keys has a value right of each; twenty-third pass)."""
        if _DIGIT.search(a.text + b.text) or is_known_key(a.text) or a.colon or _n_words(a.text) > 2:
            return False
        if not is_known_key(b.text) or _n_words(b.text) > 2:
            return False
        if _is_cjk(a.text) != _is_cjk(b.text) or (_is_cjk(a.text) and not _ZH_LABEL.fullmatch(a.text)):
            return False
        if _known_suffix(a.text) if _is_cjk(a.text) else is_known_key(a.text.split()[-1]):
            return False  # `开始日期` / `单位`, `Ship Date` / `Company`: a key complete in itself over another
        if b.bbox[1] - a.bbox[3] > 0.15 * a.height:
            return False  # set as one entity's lines are (touching or overlapping boxes), not as two rows
        return self._has_row_neighbour(a, segs) and not self._has_row_neighbour(b, segs)

    @staticmethod
    def _wrapped_below(a: Seg, segs: list[Seg], near: list[tuple[float, int]]) -> int | None:
        """The text right under `a` that could be its key's second line (see `_join_wrapped_keys`), if any;
        `near`: (top, index) of the short lines from just above `a`'s foot down, by top."""
        h = a.height
        best = None
        for top, j in near:
            gap = top - a.bbox[3]
            if gap > WRAP_GAP * h:
                break
            b = segs[j]
            if b is a or abs(b.height - h) > 0.3 * h:
                continue
            if abs(b.bbox[0] - a.bbox[0]) > 1.0 * h and abs(b.cx - a.cx) > 1.0 * h:
                continue
            if best is None or b.bbox[1] < segs[best].bbox[1]:
                best = j
        return best

    def _has_row_neighbour(self, s: Seg, segs: list[Seg], left: bool = False) -> bool:
        """Another text on the same row close to the right of `s` (or a key left of it), within 3 line heights."""
        for o in segs:
            if o is s:
                continue
            gap = s.bbox[0] - o.bbox[2] if left else o.bbox[0] - s.bbox[2]
            if gap < -0.2 * s.height or gap > 3 * s.height or (left and not o.colon):
                continue
            if _v_overlap(s.bbox, o.bbox) >= 0.5 * min(_h(s.bbox), _h(o.bbox)):
                return True
        return False

    # --- 2 + 3. labels and links ---

    def keyness(self, s: Seg) -> float:
        """How much a text reads like a printed key rather than a filled-in value; > 0 leans key."""
        t = s.text
        core = key_core(t)
        if not core:
            return -3.0 if not s.checkbox else 0.5
        score = 0.0
        if s.colon:
            score += 2.0
        if is_known_key(t):
            score += 1.5
        words = _n_words(core)
        if words > self.cfg.max_key_words or s.lines > 2:
            score -= 3.0
        elif words > 5:
            score -= 0.5
        last = core.split()[-1] if core.split() else ""
        if last in _KEY_TAILS and words >= 2:
            score += 1.0  # `Written by`, `Copies to`, `Sample No.`
        digits = len(_DIGIT.findall(core))
        if digits:
            score -= 0.6 + 1.5 * digits / max(len(core.replace(" ", "")), 1)
        if not _is_cjk(core):
            letters = [c for c in t if c.isalpha()]
            if letters and all(c.isupper() for c in letters):
                # Printed labels are often capitals; a lone short code (AMF, OGS) is a filled-in value.
                score += -0.5 if len(letters) <= 3 and words == 1 else 0.4
            elif t.lstrip("(*#[ ")[:1].islower():
                score -= 0.8
            tokens = [w for w in core.split() if w[:1].isalpha()]
            if len(tokens) >= 3 and sum(w[:1].islower() for w in tokens) >= 0.5 * len(tokens) and not s.colon:
                score -= 0.7  # running words (`Excellent - but quickly depleted.`): a written-in value
            if _NAME.search(t):
                score -= 1.2  # `Dr. A. W. Spears`, `J. S. Wigand`: a person, filled in
        if s.checkbox:
            score += 0.5
        if re.search(r"@|https?:|www\.", core):
            score -= 1.5
        if core.endswith((",", ";")) or (core.endswith(".") and words > 3 and not s.colon):
            score -= 0.4
        return score

    def _is_title(self, s: Seg, page: Page, med_h: float, segs: list[Seg] | None = None) -> bool:
        """A page or section title: big, or centred capitals near the top; no colon, not a known key."""
        if s.colon or is_known_key(s.text) or _DIGIT.search(s.text) or s.cell is not None:
            return False
        centred = abs(s.cx - page.width / 2) < 0.08 * page.width and _w(s.bbox) < 0.8 * page.width
        big = s.height > 1.4 * med_h
        if segs is not None and s.height > self.cfg.section_height * med_h and _n_words(s.text) <= 6:
            # A section heading: a little larger than the text and alone on its row.
            big = big or not any(o is not s and _v_overlap(o.bbox, s.bbox) > 0.3 * s.height for o in segs)
        top = s.bbox[1] < 0.25 * page.height
        letters = [c for c in s.text if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters)
        return big or (centred and top and upper and _n_words(s.text) >= 2)

    def link(self, segs: list[Seg], page: Page) -> None:
        keyness = [self.keyness(s) for s in segs]
        heights = sorted(s.height for s in segs) or [1.0]
        med_h = heights[len(heights) // 2]
        title = [self._is_title(s, page, med_h, segs) for s in segs]
        is_key = [k >= 1.5 and not t for k, t in zip(keyness, title, strict=True)]
        right = [self._right_of(i, segs, page) for i in range(len(segs))]
        taken = {r for r in right if r is not None}  # a text beside its own label is not a lower-right value
        right = [r if r is not None else self._right_low(i, segs, taken) for i, r in enumerate(right)]
        # Table cells first: a key cell and the cell right of it.
        self._link_table(segs, keyness, is_key)
        # Pass 1: printed keys (colon, known word) take the value right of them.
        for i in self._reading_order(segs):
            j = right[i]
            if is_key[i] and segs[i].cell is None and j is not None and not is_key[j] and not title[j]:
                self._take_right(i, j, segs, page, is_key)
        # Pass 2: keys without a colon: a label whose right (or lower) neighbour reads less like a key.
        claimed = {right[i] for i in range(len(segs)) if is_key[i]}
        via: dict[int, str] = {}  # weak key -> where its value lies ("right" | "below")
        for i in self._reading_order(segs):
            s = segs[i]
            if is_key[i] or title[i] or s.linked or i in claimed or s.cell is not None:
                continue
            if keyness[i] <= -0.5:  # reads like a value, unless it heads a column of figures
                if self._heads_column(i, segs, keyness):
                    is_key[i], via[i] = True, "below"
                continue
            j = right[i]
            if (
                j is not None
                and not title[j]
                and not is_key[j]
                and keyness[j] <= keyness[i] - self._right_margin(segs[i], segs[j])
                and segs[j].bbox[0] - s.bbox[2] <= self.cfg.weak_key_gap * s.height
                and not self._heads_column(j, segs, keyness)
            ):
                is_key[i], via[i] = True, "right"
                claimed.add(j)
                continue
            below = self._below(i, segs, is_key)
            if below and keyness[below[0]] < keyness[i] - 0.8 and keyness[i] >= 0.0:
                is_key[i], via[i] = True, "below"
        # Pass 3: every key without a value yet takes the one right of it, else those below it.
        for i in self._reading_order(segs):
            s = segs[i]
            if not is_key[i] or s.links or s.cell is not None:
                continue
            j = right[i]
            if via.get(i, "right") == "right" and j is not None:
                if not is_key[j] and not segs[j].linked and not title[j]:
                    self._take_right(i, j, segs, page, is_key)
                    continue
                if is_key[j] or segs[j].linked:
                    continue  # a row of keys: the values sit below each of them
            below = self._below(i, segs, is_key)
            for n, k in enumerate(below):
                if segs[k].linked or is_key[k] or title[k]:
                    break
                if n > 0 and (
                    not self.cfg.column_values
                    or keyness[k] > keyness[i] - 0.8
                    or _w(segs[k].bbox) > 3 * max(_w(s.bbox), _w(segs[below[0]].bbox))
                ):
                    break  # a column goes on only while it reads as values of the same kind
                self._add(segs, i, k)
        for i, s in enumerate(segs):
            if is_key[i]:
                s.label = "question"
            elif s.linked:
                s.label = "answer"
            elif title[i]:
                s.label = "header"
            else:
                s.label = self._unlinked_label(s, segs, keyness[i], page)

    @staticmethod
    def _reading_order(segs: list[Seg]) -> list[int]:
        """Rows top to bottom (texts whose centres lie within half a line height share a row), each left to right."""
        by_y = sorted(range(len(segs)), key=lambda i: segs[i].cy)
        order: list[int] = []
        row: list[int] = []
        for i in by_y:
            if row and segs[i].cy - segs[row[0]].cy > 0.5 * segs[row[0]].height:
                order += sorted(row, key=lambda k: segs[k].bbox[0])
                row = []
            row.append(i)
        return order + sorted(row, key=lambda k: segs[k].bbox[0])

    @staticmethod
    def _right_margin(k: Seg, v: Seg) -> float:
        """How much less key-like the right neighbour must read: more when both are bare capitals."""
        both_caps = all(_all_caps(x.text) and not _DIGIT.search(x.text) for x in (k, v))
        if both_caps:
            return 1.0
        core = key_core(k.text).replace(" ", "")
        suffix = _known_suffix(core)
        if _is_cjk(core) and not (suffix and len(core) <= len(suffix) + 3):
            return 0.5  # `北京大学 | 统计学`: CJK words side by side are values unless the left is a key word
        return 0.0

    def _take_right(self, i: int, j: int, segs: list[Seg], page: Page, is_key: list[bool] | None = None) -> None:
        self._add(segs, i, j)
        if is_key is not None:
            # `TO: Mr. Flinn` with more names stacked under the first value: one key, several values.
            last = j
            while (under := self._stacked_under(last, i, segs, is_key)) is not None:
                self._add(segs, i, under)
                last = under
        # `Key: ☑ A ☐ B` : every ticked option right of the key is a value of it.
        if segs[j].checkbox:
            k: int | None = j
            while k is not None and (k := self._right_of(k, segs, page)) is not None and segs[k].checkbox:
                if segs[k].checkbox == "x" and not segs[k].linked:
                    self._add(segs, i, k)

    def _stacked_under(self, v: int, key: int, segs: list[Seg], is_key: list[bool]) -> int | None:
        """A text right under value `v`, left-aligned with it, with nothing left of it up to the key's column."""
        val, k = segs[v], segs[key]
        h = val.height
        for j, o in enumerate(segs):
            if j in (v, key) or o.linked or is_key[j] or o.colon:
                continue
            gap = o.bbox[1] - val.bbox[3]
            if not (-0.3 * h <= gap <= 0.8 * h) or abs(o.bbox[0] - val.bbox[0]) > h:
                continue
            if abs(o.height - h) > 0.35 * h:
                continue
            blocked = any(
                x is not o
                and x.bbox[2] <= o.bbox[0] + 0.2 * h
                and x.bbox[2] > k.bbox[0]
                and _v_overlap(x.bbox, o.bbox) > 0.3 * h
                for x in segs
            )
            return None if blocked else j
        return None

    def _heads_column(self, j: int, segs: list[Seg], keyness: list[float]) -> bool:
        """Does segs[j] head a column of values (a table header), rather than being a value itself?"""
        if keyness[j] < -1.0:
            return False
        below = self._below(j, segs, [False] * len(segs))
        if keyness[j] >= 0.3 and len(below) >= 2 and all(keyness[k] < keyness[j] - 0.8 for k in below[:2]):
            return True
        # A header that reads like a value (`DOSAGE (mg/kg)`) over a column of at least 3 figures.
        return len(below) >= 3 and all(keyness[k] <= -1.5 and keyness[k] < keyness[j] - 0.8 for k in below[:3])

    def _add(self, segs: list[Seg], k: int, v: int) -> None:
        segs[k].links.append(v)
        segs[v].linked = True

    def _link_table(self, segs: list[Seg], keyness: list[float], is_key: list[bool]) -> None:
        cells = {s.cell: i for i, s in enumerate(segs) if s.cell is not None}
        for (t, r, c), i in sorted(cells.items()):
            if segs[i].linked or (keyness[i] < 0.3 and not is_known_key(segs[i].text)):
                continue
            j = cells.get((t, r, c + 1))
            if j is None:
                continue
            if keyness[j] < keyness[i] - 0.3 and not is_known_key(segs[j].text):
                is_key[i] = True
                self._add(segs, i, j)

    def _right_of(self, i: int, segs: list[Seg], page: Page) -> int | None:
        """The nearest text right of segs[i] on its row, if nothing else stands between."""
        s = segs[i]
        best, best_dx = None, float("inf")
        max_dx = self.cfg.max_right_gap * page.width
        for j, o in enumerate(segs):
            if j == i or o.bbox[0] < s.bbox[2] - 0.5 * s.height:
                continue
            if _v_overlap(s.bbox, o.bbox) < self.cfg.row_overlap * min(s.height, o.height, _h(s.bbox), _h(o.bbox)):
                continue
            dx = o.bbox[0] - s.bbox[2]
            if dx < best_dx and dx <= max_dx:
                best, best_dx = j, dx
        return best

    def _right_low(self, i: int, segs: list[Seg], taken: set[int]) -> int | None:
        """A value typed right of its key but half a line lower (`DATE` / `11/13/81` on the fill-in line)."""
        s = segs[i]
        h = s.height
        best, best_dx = None, 4 * h
        for j, o in enumerate(segs):
            dx = o.bbox[0] - s.bbox[2]
            if j == i or j in taken or dx < -0.5 * h or dx > best_dx:
                continue
            if not (s.cy <= o.bbox[1] <= s.bbox[3] + 0.3 * h) or abs(o.height - h) > 0.5 * h:
                continue
            # Nothing else on the value's row between the key and it (that would be the value's own key).
            if any(
                x is not o
                and x is not s
                and s.bbox[2] - 0.2 * h <= x.bbox[0]
                and x.bbox[2] <= o.bbox[0] + 0.2 * h
                and _v_overlap(x.bbox, o.bbox) > 0.3 * h
                for x in segs
            ):
                continue
            best, best_dx = j, dx
        return best

    def _below(self, i: int, segs: list[Seg], is_key: list[bool]) -> list[int]:
        """Texts stacked under segs[i] (its column), nearest first, while the column continues."""
        s = segs[i]
        h = s.height
        cands = []
        for j, o in enumerate(segs):
            if j == i or o.bbox[1] < s.bbox[3] - 0.3 * h:
                continue
            ov = _h_overlap(s.bbox, o.bbox)
            if ov < 0.3 * min(_w(s.bbox), _w(o.bbox)) and abs(o.bbox[0] - s.bbox[0]) > h:
                continue
            cands.append(j)
        cands.sort(key=lambda j: segs[j].bbox[1])
        out: list[int] = []
        bottom = s.bbox[3]
        for j in cands:
            o = segs[j]
            if o.bbox[1] - bottom > self.cfg.max_below_gap * h:
                break
            if is_key[j]:
                break
            if out and _v_overlap(o.bbox, segs[out[-1]].bbox) > 0.3 * h:
                continue
            out.append(j)
            bottom = o.bbox[3]
        return out

    def _unlinked_label(self, s: Seg, segs: list[Seg], keyness: float, page: Page) -> str:
        core = key_core(s.text)
        if not core:
            return "other"
        heights = sorted(x.height for x in segs)
        med = heights[len(heights) // 2] if heights else s.height
        letters = [c for c in s.text if c.isalpha()]
        upper = bool(letters) and all(c.isupper() for c in letters) and not _is_cjk(s.text)
        if (s.height > 1.3 * med or (upper and _n_words(core) >= 2)) and not _DIGIT.search(core) and s.lines <= 2:
            return "header"
        # Unlinked: a label-like text is still a key (an unfilled field, a checkbox option), a short
        # value-like one a value whose key was not found; running text stays `other`.
        if s.checkbox or (keyness >= 0.3 and _n_words(core) <= 6):
            return "question"
        if keyness < -0.5 and (_DIGIT.search(core) or _NAME.search(s.text) or _n_words(core) <= 3):
            return "answer"
        return "other"

    def _confidence(self, k: Seg, v: Seg) -> float:
        """A rough certainty: printed cues (colon, known key, table cell) and a value on the key's row count."""
        score = 0.35 + (0.35 if k.colon else 0.0) + (0.2 if is_known_key(k.text) else 0.0)
        if k.cell is not None:
            score += 0.15
        if v.bbox[0] >= k.bbox[2] - 0.5 * k.height and _v_overlap(k.bbox, v.bbox) > 0:
            score += 0.1
        return min(score, 0.99)


class _Size:
    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height


def key_core_display(text: str) -> str:
    return text.strip().rstrip(COLONS).strip()


def _upright(page: Page) -> tuple[Page, Callable[[BBox], BBox]]:
    """The page with every box turned upright (undoing `page.rotation` and the measured `page.skew`, so the rows
    of a skewed scan line up), and the map back to original pixels."""
    w, h, rot = float(page.width), float(page.height), page.rotation
    skew = page.skew if abs(page.skew) >= 0.5 else 0.0
    if rot == 0 and not skew:
        return page, lambda b: b
    a = math.radians(skew)
    cos_a, sin_a = math.cos(a), abs(math.sin(a))
    uw, uh = (h, w) if rot in (90, 270) else (w, h)

    def fwd(b: BBox) -> BBox:
        x0, y0, x1, y1 = upright_bbox(b, w, h, rot, skew)
        if not skew:
            return (x0, y0, x1, y1)
        # The box of a tilted text is wider and taller than the text: its size when level (rows keep their height).
        bw, bh = x1 - x0, y1 - y0
        det = cos_a * cos_a - sin_a * sin_a
        nw = max((bw * cos_a - bh * sin_a) / det, 0.5 * bw)
        nh = max((bh * cos_a - bw * sin_a) / det, 0.5 * bh)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        return (cx - nw / 2, cy - nh / 2, cx + nw / 2, cy + nh / 2)

    def back(b: BBox) -> BBox:
        if skew:  # the centre turned back (the box keeps its level size)
            cx, cy = (b[0] + b[2]) / 2 - uw / 2, (b[1] + b[3]) / 2 - uh / 2
            sa = math.sin(a)
            nx, ny = cx * cos_a + cy * sa + uw / 2, -cx * sa + cy * cos_a + uh / 2
            hw, hh = (b[2] - b[0]) / 2, (b[3] - b[1]) / 2
            b = (nx - hw, ny - hh, nx + hw, ny + hh)
        return original_bbox(b, w, h, rot)

    def line(ln: Line) -> Line:
        words = [wd.model_copy(update={"bbox": fwd(wd.bbox)}) for wd in ln.words]
        return ln.model_copy(update={"bbox": fwd(ln.bbox), "words": words})

    blocks = []
    for b in page.blocks:
        table = b.table
        if table is not None:
            table = table.model_copy(
                update={"cells": [c.model_copy(update={"bbox": fwd(c.bbox)}) for c in table.cells]}
            )
        blocks.append(b.model_copy(update={"bbox": fwd(b.bbox), "lines": [line(ln) for ln in b.lines], "table": table}))
    size = {"width": page.height, "height": page.width} if rot in (90, 270) else {}
    return page.model_copy(update={"blocks": blocks, "rotation": 0, "skew": 0.0, **size}), back


def _cut_word(w: Word, cut: int) -> list[Word]:
    """`w` as two words, before character `cut` (boxes in proportion to the characters)."""
    x0, y0, x1, y1 = w.bbox
    xm = x0 + (x1 - x0) * cut / len(w.text)
    return [
        Word(text=w.text[:cut], bbox=(x0, y0, xm, y1), score=w.score),
        Word(text=w.text[cut:], bbox=(xm, y0, x1, y1), score=w.score),
    ]


def _box_parts(w: Word) -> list[Word]:
    """`New☑Revised`: options read as one word, each part from its box on."""
    m = _INNER_BOX.search(w.text, 1)
    return [w] if m is None else [_cut_word(w, m.start())[0], *_box_parts(_cut_word(w, m.start())[1])]


def _unglue(words: list[Word]) -> list[Word]:
    """Split `MichiganMajor` (a value glued to the next cell's known key) into two words, and options glued at a
    checkbox."""
    out: list[Word] = []
    for w in (part for word in words for part in _box_parts(word)):
        m = _GLUE.search(w.text)
        c = _GLUED_COLON.match(w.text)
        g = _GLUED_HEAD.match(w.text) if not out else None  # the line's first word only
        cut = 0
        if g and _glued_value(g.group(), w.text[g.end() :], words[1:2]):
            cut = g.end()
        elif m and is_known_key(w.text[m.start() + 1 :]):
            cut = m.start() + 1
        elif c:  # `:2001.04`, `Date:12/03/98`: the colon ends a key, the rest is its value
            cut = c.end()
        out += _cut_word(w, cut) if cut else [w]
    return out


def _glued_value(head: str, rest: str, after: list[Word]) -> bool:
    """Is `rest` a value glued to the label `head` opening the line? After a known key: a capital or a figure
    (`Tel5551234`, `NameJ. Smith`); after any capitalised word: a person's initial before a surname
    (`RecipientM. Wilson`). Other glued capitals (`PowerPoint`, `McDonald`) stay one word."""
    if is_known_key(head):
        return True
    return bool(_INITIAL.match(rest)) and bool(after) and after[0].text[:1].isupper()


def _nearest_header(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """A value under its key takes the nearest key above it in its own column instead: a header row under a key
    heads the table cells below it (the linker pairs cells with a key further up or a column over)."""
    out = []
    for i, j, p in links:
        key, val = segs[i], segs[j]
        if val.bbox[1] >= key.bbox[3] - 0.3 * key.height and _v_overlap(key.bbox, val.bbox) <= 0:
            best = None
            for k, s in enumerate(segs):
                if k in (i, j) or labels[k] != "question" or s.bbox[1] < key.bbox[3] - 0.3 * key.height:
                    continue
                if s.bbox[3] > val.bbox[1] + 0.3 * val.height:
                    continue
                if _h_overlap(s.bbox, val.bbox) < 0.3 * min(_w(s.bbox), _w(val.bbox)):
                    continue
                if best is None or s.bbox[3] > segs[best].bbox[3]:
                    best = k
            if best is not None:
                i = best
        out.append((i, j, p))
    return out


def _column_under(k: int, segs: list[Seg], labels: list[str]) -> list[int]:
    """The texts stacked under segs[k] in its column, nearest first, up to a gap or the next key."""
    s = segs[k]
    h = s.height
    under = sorted(
        (
            j
            for j, o in enumerate(segs)
            if j != k
            and o.bbox[1] >= s.bbox[3] - 0.3 * h
            and _h_overlap(s.bbox, o.bbox) >= 0.3 * min(_w(s.bbox), _w(o.bbox))
        ),
        key=lambda j: segs[j].bbox[1],
    )
    out: list[int] = []
    bottom = s.bbox[3]
    for j in under:
        o = segs[j]
        if o.bbox[1] - bottom > 1.2 * h or labels[j] == "question" or o.checkbox:
            break
        if out and _v_overlap(o.bbox, segs[out[-1]].bbox) > 0.3 * h:
            continue  # a second text on the same row of the column
        out.append(j)
        bottom = o.bbox[3]
    return out


def _header_rows(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str], keyness: list[float]
) -> list[tuple[int, int, float]]:
    """A row of three or more keys without figures, each over a column of texts whose first row lines up, is a
    table's header row: each header takes the texts under it, and no header is another's value."""
    order = KeyValueExtractor._reading_order(segs)
    rows: list[list[int]] = []
    for i in order:
        if rows and abs(segs[i].cy - segs[rows[-1][0]].cy) <= 0.5 * segs[rows[-1][0]].height:
            rows[-1].append(i)
        else:
            rows.append([i])
    prob = {(i, j): p for i, j, p in links}
    key_of = {j: i for i, j, _ in links}
    for row in rows:
        # Headers: keys, or label-like texts the linker made the value of another header of the same row (a zh
        # label has no capitals to read as one: keyness 0 unless it is a known key word; nor has `Market`).
        heads = [
            k
            for k in row
            if (
                labels[k] == "question"
                or _zh_label(segs[k].text)
                or (
                    key_of.get(k, -1) in row
                    and keyness[k] >= (0.0 if _is_cjk(segs[k].text) or _short_label(segs[k].text) else 0.3)
                )
            )
            and not _DIGIT.search(segs[k].text)
            and not segs[k].checkbox
        ]
        if len(heads) < 3 or len(heads) < len(row) - 1:
            continue
        # A text beside its own key on its row is that key's value, not a cell: the column ends there.
        beside = {j for i, j, _ in links if _v_overlap(segs[i].bbox, segs[j].bbox) > 0.5 * segs[j].height}
        cols = {}
        for k in heads:
            col = _column_under(k, segs, labels)
            cut = next((n for n, j in enumerate(col) if j in beside), len(col))
            cols[k] = col[:cut]
        firsts = [segs[c[0]] for c in cols.values() if c]
        if len(firsts) < 3 or max(f.cy for f in firsts) - min(f.cy for f in firsts) > 0.6 * firsts[0].height:
            continue
        in_row = set(row)
        links = [(i, j, p) for i, j, p in links if not (i in in_row and j in in_row)]
        taken = {j for c in cols.values() for j in c}
        links = [(i, j, p) for i, j, p in links if j not in taken]
        for k, col in cols.items():
            for j in col:
                links.append((k, j, max(0.31, prob.get((k, j), 0.0))))
                labels[j] = "answer"
    return links


def _joined(upper: str, lower: str) -> str:
    """Two lines of one entity as one text: a space between them, none between two CJK characters."""
    return f"{upper}{'' if _is_cjk(upper[-1:]) and _is_cjk(lower[:1]) else ' '}{lower}"


def _wrapped_column_headers(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """`NO. OF` over `STORES`: a column's header printed over two lines. A key whose values all stand under it takes
    the short text right above it (at most half a line apart, as tall, left edges or centres within a line height)
    that nothing links and that reads as no value (not `answer`; no colon, box or question) as its first line;
    `segs` and `labels` are joined in place and the links renumbered. A numbered label (`1. 截止日期` under a
    section title) starts its own entity."""
    values: dict[int, list[int]] = {}
    for i, j, _ in links:
        values.setdefault(i, []).append(j)
    used = set(values) | {j for _, j, _ in links}
    above: dict[int, int] = {}  # key -> the text joined over it
    for b, vals in values.items():
        key = segs[b]
        h = max(key.height, 1.0)
        if _NUMBERED.match(key.text) or _SIGN_LABEL.search(key.text.lower()) or _whole_label(key.text):
            continue
        if any(segs[v].bbox[1] <= key.bbox[3] - 0.3 * h for v in vals):
            continue
        best = None
        for a, s in enumerate(segs):
            if a in used or s.colon or s.checkbox or labels[a] == "answer" or s.text[-1:] in "?？":
                continue
            if len(s.text.split()) > 5 or abs(s.height - key.height) > 0.3 * h or _whole_label(s.text):
                continue
            if not -0.6 * h <= key.bbox[1] - s.bbox[3] <= 0.5 * h:
                continue
            if abs(s.bbox[0] - key.bbox[0]) > h and abs(s.cx - key.cx) > h:
                continue
            if best is None or s.bbox[3] > segs[best].bbox[3]:
                best = a
        if best is not None:
            above[b] = best
            used.add(best)
    if not above:
        return links
    for b, a in above.items():
        top, key = segs[a], segs[b]
        segs[b] = Seg(
            text=_joined(top.text, key.text),
            bbox=union_bbox([top.bbox, key.bbox]),
            page=key.page,
            height=key.height,
            colon=key.colon,
            checkbox=key.checkbox,
            lines=top.lines + key.lines,
            cell=key.cell,
        )
    return _drop_joined(segs, labels, links, set(above.values()))


def _wrapped_values(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """`Comments  Program meeting plant quality ...` wrapping onto the lines under it: a value that starts on its
    key's row, right of it, and runs on below; the decoder links every line to the key, but the lines are one value.
    Lines join from the top while each stands tight under the one above (at most 0.3 line heights apart, left edges
    within a line height, as tall) and the one above is long (30 characters, a CJK one counting two): a wrapped
    sentence, not a key's list of short values (FUNSD keeps those apart, and its values under their key too).
    `segs` and `labels` are joined in place and the links renumbered."""
    values: dict[int, list[int]] = {}
    for i, j, _ in links:
        values.setdefault(i, []).append(j)
    into: dict[int, int] = {}  # a wrapped line -> the value's first line
    for i, vals in values.items():
        if len(vals) < 2:
            continue
        key, hk = segs[i], max(segs[i].height, 1.0)
        vals = sorted(vals, key=lambda j: segs[j].bbox[1])
        top = segs[vals[0]]
        if abs(top.bbox[1] - key.bbox[1]) > 0.5 * hk or top.bbox[0] < key.bbox[2] - 0.5 * hk:
            continue
        for a, b in itertools.pairwise(vals):
            if b in values or b in into or not _wraps_onto(segs[a], segs[b]):
                break
            into[b] = into.get(a, a)
    if not into:
        return links
    runs: dict[int, list[int]] = {}
    for b, first in into.items():
        runs.setdefault(first, [first]).append(b)
    for first, run in runs.items():
        parts = [segs[m] for m in sorted(run, key=lambda m: segs[m].bbox[1])]
        text = parts[0].text
        for s in parts[1:]:
            text = _joined(text, s.text)
        top = parts[0]
        segs[first] = Seg(
            text=text,
            bbox=union_bbox([s.bbox for s in parts]),
            page=top.page,
            height=top.height,
            colon=parts[-1].colon,
            checkbox=top.checkbox,
            lines=sum(s.lines for s in parts),
            cell=top.cell,
        )
    return _drop_joined(segs, labels, links, set(into))


def _drop_joined(
    segs: list[Seg], labels: list[str], links: list[tuple[int, int, float]], gone: set[int]
) -> list[tuple[int, int, float]]:
    """The segments in `gone`, joined into others, leave `segs` and `labels` (in place) and the links (renumbered)."""
    new_index: dict[int, int] = {}
    for i in range(len(segs)):
        if i not in gone:
            new_index[i] = len(new_index)
    segs[:] = [s for i, s in enumerate(segs) if i not in gone]
    labels[:] = [lab for i, lab in enumerate(labels) if i not in gone]
    return [(new_index[i], new_index[j], p) for i, j, p in links if i not in gone and j not in gone]


def _wraps_onto(a: Seg, b: Seg) -> bool:
    """`b` is the next line of the wrapped sentence `a` (see `_wrapped_values`)."""
    h = max(a.height, 1.0)
    if a.checkbox or b.checkbox or abs(b.height - a.height) > 0.35 * h:
        return False
    if not -0.5 * h < b.bbox[1] - a.bbox[3] <= 0.3 * h or abs(b.bbox[0] - a.bbox[0]) > h:
        return False
    return sum(2 if _is_cjk(c) else 1 for c in a.text if not c.isspace()) >= 30


def _whole_label(text: str) -> bool:
    """A label complete in itself (a known key, `Expiration Date`, `填表日期`): the label of its own cell, not the
    first line of the one under it."""
    words = key_core(text).split()
    return (
        is_known_key(text)
        or bool(_known_suffix(text))
        or (bool(words) and words[-1] in ("date", "name", "no", "no.", "#"))
    )


def _short_label(text: str) -> bool:
    """`Market`, `Contact`: up to 3 words opening with a capital (the keyness reads one plain word as no key), not
    ending in a full stop (`Dr. A.`, a sentence's end)."""
    return _n_words(text) <= 3 and text[:1].isupper() and not text.endswith(".")


def _option_links(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """Checkbox options: one option is never the key of another; a ticked option left without a key is the value
    of its question, the nearest text that is no option on its row to the left, else above it in its column."""
    links = [(i, j, p) for i, j, p in links if not (segs[i].checkbox and segs[j].checkbox)]
    valued = {j for _, j, _ in links}
    for j, v in enumerate(segs):
        if v.checkbox != "x" or j in valued or not v.text:
            continue
        h = v.height
        best, best_d = None, float("inf")
        for k, s in enumerate(segs):
            if k == j or s.checkbox or not s.text or s.bbox[0] > v.bbox[0]:
                continue
            if _v_overlap(s.bbox, v.bbox) > 0.5 * min(_h(s.bbox), _h(v.bbox)):
                d = v.bbox[0] - s.bbox[2]  # same row, left of the option
            elif 0 <= v.bbox[1] - s.bbox[3] < 4 * h and (v.bbox[0] - s.bbox[0] < 4 * h or s.bbox[2] >= v.bbox[0]):
                d = 10 * h + v.bbox[1] - s.bbox[3]  # above it, the options indented under the question
            else:
                continue
            if -0.5 * h <= d < best_d:
                best, best_d = k, d
        if best is not None:
            links.append((best, j, 0.31))
            labels[best], labels[j] = "question", "answer"
            valued.add(j)
    return links


def _in_column(s: Seg, o: Seg, slack: float) -> bool:
    """`o` stands in `s`'s column: their boxes overlap across, or `o` starts from `slack` left of `s`'s start to three
    of its line heights right of it (a short label in a box corner)."""
    return _h_overlap(s.bbox, o.bbox) >= 0.3 * min(_w(s.bbox), _w(o.bbox)) or (
        slack <= o.bbox[0] - s.bbox[0] <= 3 * o.height
    )


def _values_over_labels(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str], keyness: list[float]
) -> list[tuple[int, int, float]]:
    """A signature line: a name or date typed on the rule, its label (`Signature`, `Date`, `申请人签字`) printed
    under the rule. Such a key left without a value takes the text right above it in its column when that text
    reads as no key, is no other text's value, and nothing under the key is nearer (the linker looks right and
    down only, and pairs the name with the date beside it; on FUNSD any key taking the text above it was wrong 43
    times in 44, so only signature-line labels do)."""
    keys = {i for i, _, _ in links}
    valued = {j for _, j, _ in links}
    over: dict[int, int] = {}
    for k, s in enumerate(segs):
        if labels[k] != "question" or k in keys or k in valued or s.colon or s.checkbox or _DIGIT.search(s.text):
            continue
        if not _SIGN_LABEL.search(key_core(s.text)):
            continue
        h = s.height
        above, below = None, None
        for j, o in enumerate(segs):
            # In its column: over the label, or starting a little right of a short label's start (`日期`).
            if j == k or not o.text or not _in_column(s, o, 0.0):
                continue
            gap_up, gap_down = s.bbox[1] - o.bbox[3], o.bbox[1] - s.bbox[3]
            if -0.3 * h <= gap_up and (above is None or gap_up < above[0]):
                above = (gap_up, j)
            if -0.3 * h <= gap_down and (below is None or gap_down < below[0]):
                below = (gap_down, j)
        if above is None or above[0] > 1.5 * max(h, segs[above[1]].height):
            continue
        if below is not None and below[0] < above[0]:
            continue
        v = segs[above[1]]
        if not (v.colon or v.checkbox or v.lines > 2 or keyness[above[1]] >= 0.3):
            over[k] = above[1]
    # The name and the date over their labels are no pair of their own, nor the doubtful value of a key elsewhere.
    typed = set(over.values())
    links = [(i, j, p) for i, j, p in links if not (i in typed and j in typed) and not (j in typed and p < 0.5)]
    keys = {i for i, _, _ in links}
    valued = {j for _, j, _ in links}
    for k, j in over.items():
        if j not in keys and j not in valued:
            links.append((k, j, 0.31))
            labels[j] = "answer"
            valued.add(j)
    return links


def _labels_beside_values(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """A grid's label cell the linker left alone (`MANAGER`, `Client`, `截止日期`) takes the free text right of it on
    its row when that text reads as a value: a figure, a date, a person's name (zh: no other label)."""
    used = {i for i, _, _ in links} | {j for _, j, _ in links}
    for k, s in enumerate(segs):
        t = s.text
        if k in used or s.colon or s.checkbox or _DIGIT.search(t) or t[-1:] in "?？" or _n_words(t) > 3:
            continue
        if _NAME.search(t):
            continue  # `J. A. Lewis`: a value of its own
        zh = _zh_label(t)
        if not (zh or _all_caps(t) or _short_label(t)):
            continue
        h = s.height
        right = [
            j
            for j, o in enumerate(segs)
            if j != k
            and o.text
            and _v_overlap(s.bbox, o.bbox) > 0.5 * min(h, o.height)
            and s.bbox[2] - 0.2 * h <= o.bbox[0] <= s.bbox[2] + 4 * h
        ]
        if not right:
            continue
        j = min(right, key=lambda j: segs[j].bbox[0])
        v = segs[j].text
        if j in used or segs[j].colon or segs[j].checkbox:
            continue
        if (not zh and (_DIGIT.search(v) or _NAME.match(v) or _BARE_VALUE.match(v))) or (zh and not _zh_label(v)):
            links.append((k, j, 0.31))
            labels[k], labels[j] = "question", "answer"
            used |= {k, j}
    return links


def _colon_cells_beside_values(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str]
) -> list[tuple[int, int, float]]:
    """A table cell printed as a key (`Arrival Date:`) that the linker left without a value takes the next cell of
    its table row when that cell's text is left alone too and reads as no key (a wide grid puts the value cell far
    right of its label; twenty-third pass); a label cell without a colon (`Additional Information`) takes it only
    when it is a sentence the cell wrapped over 3+ lines (`_wrapped_cell`, twenty-fourth pass)."""
    used = {i for i, _, _ in links} | {j for _, j, _ in links}
    for k, s in enumerate(segs):
        if k in used or s.cell is None or s.checkbox:
            continue
        label = not _DIGIT.search(s.text) and (_short_label(s.text) or _all_caps(s.text) or _zh_label(s.text))
        if not (s.colon or label):
            continue
        t, row, col = s.cell
        right = [j for j, o in enumerate(segs) if o.cell is not None and o.cell[:2] == (t, row) and o.cell[2] > col]
        if not right:
            continue
        j = min(right, key=lambda j: (segs[j].cell or (0, 0, 0))[2])
        v = segs[j]
        if j in used or v.colon or v.checkbox or not v.text or is_known_key(v.text) or v.text[-1:] in "?？":
            continue
        if v.bbox[0] < s.bbox[2] or _v_overlap(s.bbox, v.bbox) < 0.5 * min(_h(s.bbox), _h(v.bbox)):
            continue
        if not s.colon and v.lines < 3:
            continue  # a label without a colon: only a sentence its value cell wrapped
        if not (
            _is_cjk(v.text)
            or _DIGIT.search(v.text)
            or _NAME.search(v.text)
            or _BARE_VALUE.match(v.text)
            or v.lines >= 3
        ):
            continue  # an en value reads as one: a figure, a date, a person's name, a sentence the cell wrapped over
            # 3+ lines (`_wrapped_cell`; `PARTIAL` under `DIVISION:`: no)
        links.append((k, j, 0.31))
        labels[k], labels[j] = "question", "answer"
        used |= {k, j}
    return links


def _numbered_over_values(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str], asked: set[int]
) -> list[tuple[int, int, float]]:
    """A numbered label (`12. UNITS`, `9. 合计`: a claim form's box, a numbered field) left without a value takes
    the text typed right under it in its column when that text is left alone too (the linker reads such labels,
    printed small in a box corner, as values)."""
    return _link_under(segs, links, labels, asked, lambda s, v: s.text[-1:] not in "?？")


def _questions_over_answers(
    segs: list[Seg], links: list[tuple[int, int, float]], labels: list[str], asked: set[int]
) -> list[tuple[int, int, float]]:
    """A question (`9. What could we do to improve ...?`) left without a value takes the answer written right under
    it in its column: a sentence (5+ words, 10+ CJK characters) that nothing links, no question, option or key
    (a survey's free answer, which the linker reads as running text; twenty-third pass)."""
    return _link_under(segs, links, labels, asked, lambda s, v: s.text[-1:] in "?？" and _n_words(v.text) >= 5)


def _link_under(
    segs: list[Seg],
    links: list[tuple[int, int, float]],
    labels: list[str],
    asked: set[int],
    takes: Callable[[Seg, Seg], bool],
) -> list[tuple[int, int, float]]:
    """Each label of `asked` left without a value, no checkbox, linked to the text right under it that nothing links
    yet (no key, no colon, no checkbox) where `takes(label, text)`."""
    keys = {i for i, _, _ in links}
    valued = {j for _, j, _ in links}
    for k in sorted(asked):
        s = segs[k]
        if k in keys or s.checkbox:
            continue
        j = _right_under(segs, k)
        if j is None:
            continue
        v = segs[j]
        if j in keys or j in valued or j in asked or v.colon or v.checkbox or not takes(s, v):
            continue
        links.append((k, j, 0.31))
        labels[k], labels[j] = "question", "answer"
        keys.add(k)
        valued.add(j)
    return links


def _right_under(segs: list[Seg], k: int) -> int | None:
    """The text nearest under `segs[k]` in its column, at most 1.2 line heights below (overlapping it 0.3 at most)."""
    s, best = segs[k], None
    for j, o in enumerate(segs):
        if j == k or not o.text or not _in_column(s, o, -0.5 * s.height):
            continue
        gap = o.bbox[1] - s.bbox[3]
        if -0.3 * s.height <= gap and (best is None or gap < best[0]):
            best = (gap, j)
    if best is None or best[0] > 1.2 * max(s.height, segs[best[1]].height):
        return None
    return best[1]


def _question_tail(cur: Seg, s: Seg) -> bool:
    """`s` (`months?`) ends the question `cur` wraps from: a short line closing with the question mark under a
    numbered or long first line that ends in no stop (twenty-third pass)."""
    return (
        cur.lines == 1
        and _n_words(s.text) <= 3
        and cur.text[-1:] not in ".。:：;；!！"
        and (bool(_NUMBERED.match(cur.text)) or _n_words(cur.text) >= 8)
    )


def _implicit_ticks(segs: list[Seg]) -> None:
    """The OCR often drops a ticked box (☑) but reads the empty ones (□): an option printed among options that
    show an empty box (same row, or the same column of a vertical list), itself with none, is the ticked one."""
    boxed = [s for s in segs if s.checkbox == " " and s.text]
    for s in segs:
        if s.checkbox or s.colon or not s.text or s.lines > 1 or _n_words(s.text) > 3 or s.text[-1:] in "?？":
            continue
        h = s.height
        for o in boxed:
            gap = max(o.bbox[0] - s.bbox[2], s.bbox[0] - o.bbox[2])
            row = _v_overlap(s.bbox, o.bbox) > 0.5 * min(_h(s.bbox), _h(o.bbox)) and gap < 2.5 * h
            # In a list, the ticked option's text starts where the others' boxes do or a little right of them
            # (its ☑ was not read); the question over the list starts left of them.
            indent = s.bbox[0] - o.bbox[0]
            column = -0.2 * h <= indent < 1.5 * h and abs(o.cy - s.cy) < 2.2 * h and o.cy != s.cy
            if row or column:
                s.checkbox = "x"
                break


def _merged_rows(cells: list[Cell], lines_in: dict[int, list[Line]], h: float) -> set[int]:
    """Cells of two grid rows the table stage read as one (it missed the rule between them): a cell holding two
    capital labels one over the other (`POSITION` / `TYPE`) and the cell right of it holding two lines on the same
    rows, not both capitals (`Acme Research` / `approval`). Two wrapped headers side by side stay whole."""
    out: set[int] = set()

    def label(ln: Line) -> bool:
        return _all_caps(ln.text) and not _DIGIT.search(_NUMBERED.sub("", ln.text))

    for a in cells:
        la = sorted(lines_in[id(a)], key=lambda ln: ln.bbox[1])
        if len(la) != 2 or not all(label(ln) for ln in la) or _cy(la[1].bbox) - _cy(la[0].bbox) < 0.6 * h:
            continue
        for b in cells:
            lb = sorted(lines_in[id(b)], key=lambda ln: ln.bbox[1])
            if b.row != a.row or b.col != a.col + a.colspan or len(lb) != 2 or all(_all_caps(ln.text) for ln in lb):
                continue
            if all(abs(_cy(p.bbox) - _cy(q.bbox)) < 0.5 * h for p, q in zip(la, lb, strict=True)):
                out |= {id(a), id(b)}
    return out


def _caps_label(text: str) -> bool:
    """A numbered box label in capitals (`7. DATE OF BIRTH`), like the short numbered items that are no values."""
    return bool(_NUMBERED.match(text)) and _all_caps(text) and _n_words(text) <= 6 and not _DIGIT.search(text[3:])


def _zh_label(text: str) -> bool:
    """A zh box label: 2-6 CJK characters ending in a known key word, an item number aside (`14. 合计`)."""
    core = re.sub(r"^\d{1,2}[.)、]", "", "".join(text.split()))
    return bool(_ZH_LABEL.fullmatch(core)) and bool(_known_suffix(core))


def _cy(b: BBox) -> float:
    return (b[1] + b[3]) / 2


def _all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and not _is_cjk(text)


def _split_key(upper: str, lower: str) -> bool:
    """`政治面` / `貌：`, `FULL` / `NAME:`: two lines that read as a known key only together, the upper one as none
    (a narrow label cell wraps a key word; twenty-third pass)."""
    if _DIGIT.search(upper + lower) or is_known_key(upper) or upper.rstrip()[-1:] in COLONS:
        return False
    joined = _joined(upper, lower)
    if _is_cjk(joined):
        core = key_core(joined).replace(" ", "")
        return core in KEYS_ZH and len(key_core(lower)) <= 3
    return is_known_key(joined)


def _known_suffix(prefix: str) -> str:
    compact = prefix.replace(" ", "")
    for n in range(min(8, len(compact)), 1, -1):
        if compact[-n:] in KEYS_ZH:
            return compact[-n:]
    return ""


def _attach_lone_boxes(segs: list[Seg]) -> list[Seg]:
    """A checkbox read as its own word (`☐`, `Yes`) belongs to the label after it."""
    out: list[Seg] = []
    for s in segs:
        if out and not out[-1].text and out[-1].checkbox and s.text and not s.checkbox:
            box = out[-1]
            out[-1] = Seg(
                text=s.text,
                bbox=union_bbox([box.bbox, s.bbox]),
                page=s.page,
                height=s.height,
                colon=s.colon,
                checkbox=box.checkbox,
            )
            continue
        out.append(s)
    return out


def _join_words(words: list[Word], h: float) -> str:
    """Words with spaces; CJK characters run together unless printed apart (a gap over 0.3 line heights)."""
    out = words[0].text
    for prev, w in itertools.pairwise(words):
        wide = _WIDE_CHAR.match(prev.text[-1:]) and _WIDE_CHAR.match(w.text[:1])
        out += w.text if wide and w.bbox[0] - prev.bbox[2] <= 0.3 * h else " " + w.text
    return out


def _clean_grid(block: Block) -> bool:
    """Does the table structure fit the text? (SLANet on a whole form cuts lines and words between cells.)"""
    cells = [c.bbox for c in block.table.cells] if block.table else []
    if not cells or not block.lines:
        return False
    inside = 0
    per_cell: dict[int, int] = {}
    for ln in block.lines:
        area = max(_w(ln.bbox) * _h(ln.bbox), 1.0)
        for n, cb in enumerate(cells):
            if _h_overlap(ln.bbox, cb) * _v_overlap(ln.bbox, cb) >= 0.8 * area:
                inside += 1
                per_cell[n] = per_cell.get(n, 0) + 1
                break
    lines_per_cell = sum(per_cell.values()) / max(len(per_cell), 1)
    # Cells of a ruled grid do not overlap; a grid laid over a whole form (skewed scans) has cells that do: a
    # third of the lines centred in two cells or more.
    shared = sum(1 for ln in block.lines if sum(_center_in(ln.bbox, cb) for cb in cells) >= 2)
    return inside >= 0.85 * len(block.lines) and lines_per_cell <= 2.5 and shared <= 0.35 * len(block.lines)


def _boxes_right(s: Seg, segs: list[Seg]) -> bool:
    """A checkbox option anywhere right of `s` on its row (a yes/no column far right of a list of questions;
    twenty-fourth pass)."""
    h = max(s.height, 1.0)
    return any(
        o.checkbox
        and o.bbox[0] >= s.bbox[2] - 0.2 * h
        and _v_overlap(s.bbox, o.bbox) >= 0.5 * min(_h(s.bbox), _h(o.bbox))
        for o in segs
    )


def _wrapped_cell(lines: list[Line], cell: BBox, beside: list[list[Line]]) -> bool:
    """Do the 3+ `lines` of one grid cell read as one value wrapped at the cell's right edge? Tight under each other
    (at most 0.6 line heights apart), left edges within a line height, as tall, and every line but the last ends
    where the next line's first word would not have fitted after it (the cell's right edge closer than that word
    and 0.6 line heights) and fills 0.6 of the cell's width from the text's left edge, and no line mostly figures: a
    sentence the cell wrapped, not a column of short values (twenty-fourth pass); nor rows the table stage read as
    one (another cell of the row, `beside`, holding 2+ lines level with this cell's lower lines)."""
    lines = sorted(lines, key=lambda ln: ln.bbox[1])
    hs = [_h(ln.bbox) for ln in lines]
    h = sorted(hs)[len(hs) // 2]
    if h <= 0 or max(hs) > 1.35 * min(hs):
        return False
    for a, b in itertools.pairwise(lines):
        if not -0.5 * h < b.bbox[1] - a.bbox[3] <= 0.6 * h or abs(b.bbox[0] - lines[0].bbox[0]) > h:
            return False
        text = b.text.strip()
        if not text:
            return False
        if _is_cjk(text[0]):
            first = h
        else:
            word = text.split()[0]
            first = _w(b.bbox) * len(word) / max(len(text), 1)
        if cell[2] - a.bbox[2] > first + 0.6 * h or _w(a.bbox) < 0.6 * (cell[2] - lines[0].bbox[0]):
            return False
    # Rows the table stage read as one: another cell of the row holds 2+ lines level with this cell's lower lines.
    for other in beside:
        if sum(any(abs(_cy(o.bbox) - _cy(ln.bbox)) < 0.5 * h for ln in lines[1:]) for o in other) >= 2:
            return False
    # A column of figures (`86件` / `912.27` / `2735`) is no sentence, however it lines up.
    return not any(len(_DIGIT.findall(ln.text)) * 2 >= len("".join(ln.text.split())) for ln in lines)


def _center_in(box: BBox, cell: BBox) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return cell[0] <= cx <= cell[2] and cell[1] <= cy <= cell[3]


def _v_overlap(a: BBox, b: BBox) -> float:
    return max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _h_overlap(a: BBox, b: BBox) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0]))


def _h(b: BBox) -> float:
    return b[3] - b[1]


def _w(b: BBox) -> float:
    return b[2] - b[0]
