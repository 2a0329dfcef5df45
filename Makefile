# marsad — the two commands: `make run` and `make test` (both set up .venv on first use).
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
SEEDS   ?= ../shared/seeds
DB      ?= marsad.db
OUT     ?= out
STAMP   := $(VENV)/.installed

.PHONY: run test bench install clean lint

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/marsad analyze $(SEEDS) --db $(DB)
	$(BIN)/marsad export --db $(DB) --format jsonl $(OUT)
	$(BIN)/marsad stats --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

# story grouping at 10k and 100k documents, then the whole analyze run at 1k and 10k
# (its last line: "bench 10k: <articles/s> articles/s, <MB> MB peak")
bench: $(STAMP)
	$(BIN)/python bench/bench_stories.py --sizes 10000 100000
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(OUT) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .hypothesis
