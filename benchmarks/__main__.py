"""Run every benchmark: `python -m benchmarks [--quick]`. Each bench_*.py also runs alone."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time

import benchmarks
from benchmarks.common import quick_flag


def main() -> int:
    quick = quick_flag()
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    started = time.perf_counter()
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        module.main(quick)
    print(f"\nAll benchmarks ran in {time.perf_counter() - started:.1f} s ({'quick' if quick else 'full'} sizes).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
