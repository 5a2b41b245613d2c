# Two commands do all set-up from a fresh clone:
#   make demo   bnlint on examples/ (scripts, models, a notebook): findings, the diff a rewrite would make, the notebook
#               fixed, the graph tier, and verify on an example model
#   make test   the whole test suite
# Both create .venv and install bnlint with its extras into it.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# torch for the graph tier and its tests; the CPU build, pinned to the release these tests run against
TORCH  ?= torch==2.13.0

.PHONY: demo test venv clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check "$(TORCH)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev,trace,plot]"
	touch $@

venv: $(BIN)/.installed

demo: $(BIN)/.installed
	@echo "== bnlint check examples/ (source tier: reads the files, imports nothing) =="
	@$(BIN)/bnlint check examples/ --no-cache || echo "(exit $$?: findings remain)"
	@echo
	@echo "== bnlint check examples/ --diff --unsafe-fixes (what --rewrite --unsafe-fixes would change) =="
	@$(BIN)/bnlint check examples/ --no-cache --diff --unsafe-fixes || echo "(exit $$?: there is something to fix)"
	@echo
	@echo "== a notebook, fixed: bnlint check --rewrite --unsafe-fixes --show-fixes on a copy of examples/notebooks/experiment.ipynb, then checked again =="
	@tmp=$$(mktemp -d) && cp examples/notebooks/experiment.ipynb $$tmp/ && cd $$tmp && \
		$(CURDIR)/$(BIN)/bnlint check experiment.ipynb --no-cache --rewrite --unsafe-fixes --show-fixes; \
		$(CURDIR)/$(BIN)/bnlint check experiment.ipynb --no-cache; rc=$$?; rm -rf $$tmp; exit $$rc
	@echo
	@echo "== bnlint check --trace examples/models (graph tier: builds and traces the models) =="
	@$(BIN)/bnlint check --trace examples/models --no-cache --select BN001,BN002,BN003,BN006 || echo "(exit $$?: findings remain)"
	@echo
	@echo "== bnlint verify examples/models/dropout_before_batchnorm.py (the fix, proved on the model) =="
	@$(BIN)/bnlint verify examples/models/dropout_before_batchnorm.py

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .bnlint_cache
