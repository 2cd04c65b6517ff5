"""The KIE stage: Document + template name (or `auto`, `kv`) -> fields with provenance, sections, line items, warnings.

`KieStage` loads the models on first use (document-type classifier, line taggers, NER, key-value extractor), picks
the template (`auto`: `classify`), and runs it in this order (`KieStage.run`):
1. `rules.TemplateRunner`: each field's own pairing strategies (a printed key, a header, a table cell ...);
2. `passes.INVOICE_PASSES` (invoices): cross-field readings that win over the keyed ones (the parties' grid, rows
   and side blocks, a purchase order's buyer, a `合计` row's parts);
3. sections and line items (`kie.items`);
4. `fills`: what is still missing, from the sections, a bio's prose (resumes), NER, key-value pairs; then
   `passes.one_tax_id_one_party` (invoices) and the computed fields (`cash - change`);
5. `fusion.fuse_tagger`: the line tagger's picks join the rules'; then `passes.sender_at_foot` (invoices);
6. the fields with their boxes and confidence (`rules.to_field`), the checks' warnings, and
   `fusion.overrule_doubted`.
"""

from __future__ import annotations

from pathlib import Path

from docsense.core.budget import regex_budget
from docsense.core.config import EngineSettings, KieSettings
from docsense.core.document import Document, FieldValue
from docsense.core.errors import TemplateError

from . import fills, fusion, passes
from .checks import run_checks
from .classify import DocTypeModel, classify
from .items import extract_items, extract_sections
from .kv import KeyValueExtractor
from .ner import Tagger, build_tagger
from .rules import KieResult, TemplateRunner, to_field
from .schema import Template
from .tagger import LineTagger
from .templates import list_templates, load_template
from .view import View

MODELS = Path(__file__).parent / "models"


class KieStage:
    """The KIE stage. `__call__(document, template)`: `template` is a name, a YAML path, `auto` or `kv`."""

    def __init__(self, settings: KieSettings, engine: EngineSettings | None = None) -> None:
        self.settings = settings
        self.engine = engine or EngineSettings()
        self._tagger: Tagger | bool | None = False  # False: not built yet; None: NER off or no model
        self._kv: KeyValueExtractor | None = None
        self._line_taggers: dict[str, LineTagger | None] = {}
        self._doctype: DocTypeModel | bool | None = False  # False: not loaded yet; None: off or no model

    def template_names(self) -> list[str]:
        return list_templates(self.settings.template_dirs)

    def load(self, name: str) -> Template:
        return load_template(name, self.settings.template_dirs)

    # The NER tagger and the key-value extractor load models: built on first use, not for every template run.
    def tagger(self) -> Tagger | None:
        if self._tagger is False:
            self._tagger = build_tagger(self.settings.ner, self.engine)
        return self._tagger  # type: ignore[return-value]

    def line_tagger(self, template: str) -> LineTagger | None:
        """The template's line tagger: `kie.tagger_models[template]`, else the shipped `kie/models/tagger_<name>`."""
        if template not in self._line_taggers:
            folder = self.settings.tagger_models.get(template) or str(MODELS / f"tagger_{template}")
            self._line_taggers[template] = (
                LineTagger(folder, self.engine) if Path(folder, "card.json").exists() else None
            )
        return self._line_taggers[template]

    def doctype(self) -> DocTypeModel | None:
        """The document-type classifier for `auto`: `kie.doctype_model`, else the shipped `kie/models/doctype`."""
        if self._doctype is False:
            folder = self.settings.doctype_model or str(MODELS / "doctype")
            ok = self.settings.use_doctype and Path(folder, "card.json").exists()
            self._doctype = DocTypeModel(folder, self.engine) if ok else None
        return self._doctype  # type: ignore[return-value]

    def kv(self) -> KeyValueExtractor:
        if self._kv is None:
            self._kv = KeyValueExtractor(self.settings.kv, self.engine)
        return self._kv

    def __call__(self, document: Document, template: str | Template = "auto") -> KieResult:
        """`template`: a name, a YAML path, `auto`, `kv`, or a Template already parsed (an upload)."""
        with regex_budget(self.settings.regex_budget_s):
            return self._apply(document, template)

    def _apply(self, document: Document, template: str | Template) -> KieResult:
        if isinstance(template, Template):
            return self.run(document, View(document, self.settings.row_overlap), template)
        name = template or self.settings.template
        if name == "kv":
            return self.run_kv(document)
        view = View(document, self.settings.row_overlap)
        if name == "auto":
            templates = [self.load(n) for n in self.template_names()]
            doctype = self.doctype()
            learned = (lambda: doctype(view)) if doctype is not None else None  # classify() calls it
            picked, scores = classify(view.text(), templates, learned, self.settings.doctype_sure)
            if picked is None:
                result = self.run_kv(document)
                result.warnings.append(f"auto: no template matched (scores {scores}); key-value pairs only")
                return result
            tpl = picked
        else:
            tpl = self.load(name)
        return self.run(document, view, tpl)

    def run_kv(self, document: Document) -> KieResult:
        result = KieResult(template="kv", doc_type="form")
        pairs, entities = self.kv()(document)
        result.pairs, result.entities = list(pairs), list(entities)
        return result

    def run(self, document: Document, view: View, tpl: Template) -> KieResult:
        """The template on one document, in this order: each field's own rules (`rules.TemplateRunner`), an
        invoice's cross-field passes (`passes.INVOICE_PASSES`), sections and line items, the fills of what is still
        missing (`fills`: sections, prose, NER, key-value pairs, then computed fields), the line tagger's fusion
        (`fusion.fuse_tagger`), then the fields, the checks' warnings and the tagger overruling doubted values."""
        if not tpl.fields:
            raise TemplateError(f"template {tpl.name}: no fields")
        runner = TemplateRunner(tpl, view, self.settings)
        result = KieResult(template=tpl.name, doc_type=tpl.doc_type)
        # `after`/`near` fields depend on another field: do the others first
        order = sorted(tpl.fields.items(), key=lambda kv: "after" in kv[1].strategy or kv[1].near is not None)
        for name, spec in order:
            hit = runner.field(name, spec)
            if hit:
                runner.found[name] = hit
        if tpl.doc_type == "invoice":
            for invoice_pass in passes.INVOICE_PASSES:
                invoice_pass(tpl, view, runner)
        sections = extract_sections(tpl, view, runner) if tpl.sections else []
        items = extract_items(tpl, view) if tpl.items else []
        result.items = sections + items
        fills.fill_from_sections(tpl, runner, sections)
        if tpl.doc_type == "resume":
            fills.fill_from_prose(tpl, view, runner, document)
        self.fill_from_helpers(tpl, view, runner, document)
        if tpl.doc_type == "invoice":
            passes.one_tax_id_one_party(runner)
        for name, spec in tpl.fields.items():
            if spec.compute and name not in runner.found:
                fills.fill_computed(name, spec.compute, runner)
        picks = fusion.fuse_tagger(self.line_tagger(tpl.name), tpl, view, runner) if self.settings.use_tagger else {}
        if tpl.doc_type == "invoice":
            passes.sender_at_foot(tpl, view, runner)
        for name, spec in tpl.fields.items():
            hit = runner.found.get(name)
            if hit:
                result.fields[name] = to_field(hit, view)
            elif spec.default is not None:
                result.fields[name] = FieldValue(value=spec.default, raw="", confidence=0.3)
            else:
                result.fields[name] = FieldValue(value=None, raw="", confidence=0.0)
        for name, spec in tpl.fields.items():
            if spec.required and result.fields[name].value is None:
                result.warnings.append(f"{name}: required field not found")
        result.warnings.extend(run_checks(tpl, result.fields, result.items, view, self.settings, runner.adjustments))
        fusion.overrule_doubted(self.line_tagger(tpl.name), tpl, view, runner, result, picks, self.settings)
        return result

    def fill_from_helpers(self, tpl: Template, view: View, runner: TemplateRunner, document: Document) -> None:
        """The fields still missing from the NER tagger (`kie.use_ner`), then from template-free key-value pairs
        (`kie.kv_fallback`); their models load here, only when a field is missing."""
        missing = [n for n in tpl.fields if n not in runner.found]
        if not missing:
            return
        if self.settings.use_ner and any(tpl.fields[n].ner for n in missing):
            tagger = self.tagger()
            if tagger is not None:
                fills.fill_from_ner(tpl, view, runner, tagger, missing, self.settings.ner_max_lines)
        missing = [n for n in tpl.fields if n not in runner.found]
        if missing and self.settings.kv_fallback:
            pairs, _ = self.kv()(document)
            fills.fill_from_pairs(tpl, runner, pairs, missing)
