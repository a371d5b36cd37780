# Readout: `make demo` runs the pipeline on the embedded defaults; `make test` runs the tests.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: venv test lint eval eval-heldout eval-tuning2 eval-blind demo bench-bus bench-crawl bench-extract bench-index clean

$(BIN)/readout: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/readout

venv: $(BIN)/readout

test: venv
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check .

demo: venv
	$(BIN)/readout demo

eval: venv
	mkdir -p .readout/eval
	$(BIN)/readout extract --in $(SHARED)/eval/dev/docs.jsonl --out .readout/eval/events.jsonl
	$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/eval/dev/gold.jsonl .readout/eval/events.jsonl --show-errors

eval-heldout: venv
	mkdir -p .readout/eval
	$(BIN)/readout extract --in tests/extract/heldout/docs.jsonl --out .readout/eval/heldout-events.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/extract/heldout/gold.jsonl .readout/eval/heldout-events.jsonl --show-errors

eval-tuning2: venv
	mkdir -p .readout/eval
	$(BIN)/readout extract --in tests/extract/tuning2/docs.jsonl --out .readout/eval/tuning2-events.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/extract/tuning2/gold.jsonl .readout/eval/tuning2-events.jsonl --show-errors

eval-blind: venv
	mkdir -p .readout/eval
	$(BIN)/readout extract --in tests/extract/blind/docs.jsonl --out .readout/eval/blind-events.jsonl
	$(BIN)/python $(SHARED)/eval/score.py tests/extract/blind/gold.jsonl .readout/eval/blind-events.jsonl --show-errors

bench-bus: venv
	$(BIN)/python -m benchmarks.bus

bench-crawl: venv
	$(BIN)/python -m benchmarks.crawl

bench-extract: venv
	$(BIN)/python -m benchmarks.extract

bench-index: venv
	$(BIN)/python -m benchmarks.index

clean:
	rm -rf $(VENV) .readout .pytest_cache
