# Two commands, each doing its own set-up on a fresh machine:
#   make demo   index the sample corpus and run instruction-following searches
#   make test   run the whole test suite
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
DEMO   := demo-index

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	$(PY) -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

setup: $(STAMP)

demo: setup
	@rm -rf $(DEMO)
	$(VENV)/bin/heedful index examples/newsroom.jsonl --index $(DEMO) --no-progress
	$(VENV)/bin/heedful search "wildfire smoke air quality" --index $(DEMO) --k 5
	$(VENV)/bin/heedful search "wildfire smoke air quality" --index $(DEMO) --k 5 \
		--instruction "Only articles about Canada; reports from Edmonton are not relevant." \
		--filter "publish_date >= 2021-01-01"

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy src

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
