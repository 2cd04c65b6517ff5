"""Training and model conversion (`docsense train`, `docsense export`): never imported at run time."""
