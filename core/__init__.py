"""Shared foundation: document model, config, engines, loading, exports. Imports no stage."""

import os

# onnxruntime (1.32, Linux) writes a device id and a telemetry database under ~/.cache/Microsoft, to upload: off
# unless a user opts in (ORT_DISABLE_TELEMETRY=0). It is read when onnxruntime is imported, always after this.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
