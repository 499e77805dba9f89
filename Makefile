# Benchmarks (figures in docs/BENCHMARKS.md). `./run --help` creates .venv first.
PYTHON ?= .venv/bin/python

.PHONY: bench bench-quick

# Every bench/ script at full size; rewrites docs/BENCHMARKS.md (tens of minutes).
bench:
	$(PYTHON) bench/run_all.py $(ARGS)

# Every script at its --quick size, written into build/bench-quick/ (the docs stay as they are).
bench-quick:
	$(PYTHON) bench/run_all.py --quick $(ARGS)
