"""Key-information extraction: YAML templates (schema-checked data) applied to a Document -> fields, items, warnings.

`KieStage(settings.kie, settings.engine)(document, template)` is the stage; `load_template`/`list_templates`
find templates (shipped, `kie.template_dirs`, or a path); `classify` picks one for `auto`.
"""

from .runner import KieResult, KieStage
from .schema import FieldSpec, Template
from .templates import list_templates, load_template

__all__ = ["FieldSpec", "KieResult", "KieStage", "Template", "list_templates", "load_template"]
