"""Metrics and dataset readers: one implementation for `docsense eval`, bench/ and training (`docsense train`)."""
