"""Error types. Apps map them: CLI -> one line + exit code, API -> JSON body + status, batch -> row `error`."""

from __future__ import annotations


class DocsenseError(Exception):
    """Base of every error docsense raises on purpose."""

    exit_code = 1
    http_status = 500
    kind = "error"

    def __str__(self) -> str:
        # One line, always: apps print it as is.
        return " ".join(super().__str__().split())


class InputError(DocsenseError):
    """The input cannot be read: unsupported, corrupt, encrypted, empty."""

    exit_code = 2
    http_status = 422
    kind = "input"


class UnsupportedFormatError(InputError):
    http_status = 415
    kind = "unsupported"


class CorruptFileError(InputError):
    kind = "corrupt"


class EncryptedPdfError(InputError):
    kind = "encrypted"


class TooLargeError(InputError):
    """Pixels, pages or bytes above a configured limit."""

    http_status = 413
    kind = "too_large"


class ConfigError(DocsenseError):
    exit_code = 3
    http_status = 400
    kind = "config"


class TemplateError(DocsenseError):
    exit_code = 3
    http_status = 422
    kind = "template"


class ModelError(DocsenseError):
    """A model file is missing or inference failed."""

    exit_code = 4
    kind = "model"


class DeadlineError(DocsenseError):
    """The work ran past its time budget (a request's server.request_timeout_s, a template's regex budget)."""

    exit_code = 5
    http_status = 504
    kind = "timeout"
