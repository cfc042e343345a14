"""``python -m tests.corpus OUTDIR``: write the generated corpus and its manifest."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import cast

from tests.corpus import build_corpus
from tests.corpus.model import FORMATS, Format


def main() -> None:
    """Parse the arguments and write the corpus."""
    parser = argparse.ArgumentParser(prog="python -m tests.corpus")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats")
    parser.add_argument(
        "--part",
        choices=("tuned", "heldback"),
        default="tuned",
        help="the part the rules are tuned on, or the held-back part (tests.corpus.heldback)",
    )
    args = parser.parse_args()
    formats = [name.strip() for name in args.formats.split(",") if name.strip()]
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        parser.error(f"unknown formats {unknown}; choose from {', '.join(FORMATS)}")
    specs = None
    if args.part == "heldback":
        from tests.corpus.heldback import heldback_specs

        specs = heldback_specs()
    entries = build_corpus(
        args.outdir, formats=[cast(Format, name) for name in formats], specs=specs
    )
    print(f"{len(entries)} files and manifest.json written to {args.outdir}")


if __name__ == "__main__":
    main()
