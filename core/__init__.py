"""Shared foundation: document model, config, engines, loading, exports. Imports no stage."""
