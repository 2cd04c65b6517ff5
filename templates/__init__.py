"""Data: KIE templates (YAML) and report templates (jinja2)."""
