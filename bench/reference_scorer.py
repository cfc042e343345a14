"""The baseline of bench/score_batch.py: a short exact SPBE 2020 scorer (about 25 statements), with the
same output as ``spbe score --batch`` for valid whole levels (no Django, no validation; the
weights and names from the library). Integer arithmetic on weights scaled to whole numbers."""

import json
import math
import sys
from decimal import Context, Decimal
from fractions import Fraction

from spbe.library.convert import scoring_framework
from spbe.library.files import library_file_for

fw = scoring_framework(library_file_for("spbe-2020").document)
scale = math.lcm(*(i.weight.denominator for i in fw.indicators))
weights = {i.number: int(i.weight * scale) for i in fw.indicators}
domain_of = {a.number: a.domain for a in fw.aspects}
parts = {
    "domains": [(d, [i.number for i in fw.indicators if domain_of[i.aspect] == d.number]) for d in fw.domains],
    "aspects": [(a, [i.number for i in fw.indicators if i.aspect == a.number]) for a in fw.aspects],
}  # fmt: skip


def shown(n: int, d: int) -> tuple[str, str, int]:
    """n/d rounded half up to two decimals, unrounded (28 digits), and in hundredths."""
    hundredths = (200 * n + d) // (2 * d)
    whole, _, decimals = format(Context(prec=28).divide(Decimal(n), Decimal(d)).normalize(), "f").partition(".")  # fmt: skip
    return f"{hundredths // 100}.{hundredths % 100:02d}", f"{whole}.{decimals.ljust(2, '0')}", hundredths  # fmt: skip


def part(p: object, values: list[int], part_weights: list[int]) -> dict[str, object]:
    index, exact, _ = shown(sum(values), sum(part_weights))
    return {"number": p.number, "name": p.name, "index": index, "index_exact": exact}  # type: ignore[attr-defined]


for line in sys.stdin:
    item = json.loads(line)
    weighted = {int(k): weights[int(k)] * level for k, level in item["levels"].items()}
    total, weight = sum(weighted.values()), sum(weights.values())
    index, exact, hundredths = shown(total, weight)
    basis = fw.predicate_policy.basis_for(item["year"])
    decided = Fraction(hundredths, 100) if basis.value == "rounded" else Fraction(total, weight)
    predicate = next((b.name for b in fw.predicates if b.contains(decided)), None)
    out = {"id": item["id"], "framework": fw.id, "year": item["year"], "index": index, "index_exact": exact, "predicate": predicate, "predicate_basis": basis.value}  # fmt: skip
    for key, groups in parts.items():
        out[key] = [part(p, [weighted[n] for n in members], [weights[n] for n in members]) for p, members in groups]  # fmt: skip
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
