"""Schemathesis against the live app (ASGI, in-process): no 5xx, every status documented, every body matches the
OpenAPI schema. Bounded: a few generated examples per operation, with the real models behind the routes."""

from __future__ import annotations

import tempfile

import pytest

pytest.importorskip("schemathesis")

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from docsense.app.serve.api import create_app
from docsense.core.config import Settings

pytestmark = pytest.mark.model

STORE = tempfile.mkdtemp(prefix="docsense-schema-")  # a store of its own, not ~/.docsense/server
APP = create_app(Settings.model_validate({"server": {"max_upload_bytes": 1_000_000, "data_dir": STORE}}), warm_up=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module", autouse=True)
def ready() -> None:
    APP.state.service.warm_up()  # models loaded: /ready is 200 (a 503 while loading counts as a server error)
    assert APP.state.service.state == "ready", APP.state.service.detail


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_conforms(case) -> None:
    case.call_and_validate(checks=CHECKS)
