# Readout: `make demo` runs the pipeline on the embedded defaults; `make test` runs the tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: venv test lint train train-data train-cv train-events-data train-events train-events-cv eval eval-heldout eval-tuning2 eval-blind eval-all eval-sealed demo bench-bus bench-crawl bench-extract bench-index bench-views bench-pipeline bench-quick clean

$(BIN)/readout: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/readout

venv: $(BIN)/readout

# Test processes: the cores, at most 4 (each holds Kiwi and the spaCy models). A file's tests stay in one process
# (`--dist loadfile`): the corpus files share one extraction per process. `make test JOBS=0` runs in one process.
JOBS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ $$n -gt 4 ] && n=4; echo $$n)

test: venv
	$(BIN)/ruff check .
	$(BIN)/pytest -q -n $(JOBS) --dist loadfile

lint: venv
	$(BIN)/ruff check .

demo: venv
	$(BIN)/readout demo

# In-repo gold sets used for tuning; new corpora add tests/extract/corpus/<name>/{tune,sealed}.
TUNING_SETS := tests/extract/heldout tests/extract/tuning2 tests/extract/blind $(wildcard tests/extract/corpus/*/tune)
SEALED_SETS := $(wildcard tests/extract/corpus/*/sealed)

# The dev set, with the shared scorer run on the same events as a cross-check.
eval: venv
	mkdir -p .readout/eval
	$(BIN)/readout extract --in $(SHARED)/eval/dev/docs.jsonl --out .readout/eval/events.jsonl
	$(BIN)/readout eval --errors --gold $(SHARED)/eval/dev/gold.jsonl --events .readout/eval/events.jsonl \
		--docs $(SHARED)/eval/dev/docs.jsonl
	@echo "cross-check, ../shared/eval/score.py on the same events:"
	@$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.jsonl .readout/eval/events.jsonl

eval-heldout eval-tuning2 eval-blind: eval-%: venv
	$(BIN)/readout eval --errors tests/extract/$*

eval-all: venv
	$(BIN)/readout eval $(TUNING_SETS)

# Figures only, at the end of a round: its errors are not for reading while rules are being tuned.
eval-sealed: venv
	@if [ -z "$(SEALED_SETS)" ]; then echo "no sealed split yet: nothing matches tests/extract/corpus/*/sealed"; \
	else $(BIN)/readout eval $(SEALED_SETS); fi

# The clause topic classifier (extract/train, issue #16): training data derived from the tuning sets' gold, then one
# model per language into extract/models/topics-{en,ko} (package data; deterministic: fixed seed, same bytes).
train-data: venv
	$(BIN)/python -m extract.train.data

train: train-data
	$(BIN)/python -m extract.train.train

# 5-fold document-level cross-validation of rules / model / both (figures; --write also keeps the thresholds).
train-cv: venv
	$(BIN)/python -m extract.train.cv

# The event sentence classifier (round 11): sentences labelled from the tuning sets' gold events, one model per
# language into extract/models/events-{en,ko} (package data, same bytes on every build); CV grouped by corpus set.
train-events-data: venv
	$(BIN)/python -m extract.train.events_data

train-events: train-events-data
	$(BIN)/python -m extract.train.events_train

train-events-cv: venv
	$(BIN)/python -m extract.train.events_cv

bench-bus: venv
	$(BIN)/python -m benchmarks.bus

bench-crawl: venv
	$(BIN)/python -m benchmarks.crawl

bench-extract: venv
	$(BIN)/python -m benchmarks.extract

bench-index: venv
	$(BIN)/python -m benchmarks.index

bench-views: venv
	$(BIN)/python -m benchmarks.views

bench-pipeline: venv
	$(BIN)/python -m benchmarks.pipeline

# CI-sized runs of the benchmarks that write benchmarks/results/*.json (a few minutes in all)
bench-quick: venv
	for b in extract bus index pipeline; do $(BIN)/python -m benchmarks.$$b --quick || exit 1; done

clean:
	rm -rf $(VENV) .readout .pytest_cache
