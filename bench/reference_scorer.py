"""The baseline of bench/score_batch.py: an exact SPBE 2020 scorer of 25 statements, same output as
``spbe score --batch`` for valid whole levels (no Django, no validation; names from the library)."""

import json
import sys
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction

from spbe.library.convert import scoring_framework
from spbe.library.files import library_file_for

fw = scoring_framework(library_file_for("spbe-2020").document)
aspect_domain = {a.number: a.domain for a in fw.aspects}


def shown(x: Fraction) -> tuple[str, str]:
    exact = format(
        Context(prec=28).divide(Decimal(x.numerator), Decimal(x.denominator)).normalize(), "f"
    )
    whole, _, decimals = exact.partition(".")
    return str(
        Decimal(
            x.numerator * 100 // x.denominator
            + (2 * (x.numerator * 100 % x.denominator) >= x.denominator)
        )
        .scaleb(-2)
        .quantize(Decimal("0.01"), ROUND_HALF_UP)
    ), f"{whole}.{decimals.ljust(2, '0')}"


def part(number: int, name: str, members: list) -> dict:
    index, exact = shown(
        sum(Fraction(i.weight) * v[i.number] for i in members) / sum(i.weight for i in members)
    )
    return {"number": number, "name": name, "index": index, "index_exact": exact}


for line in sys.stdin:
    item = json.loads(line)
    v = {int(k): level for k, level in item["levels"].items()}
    index = sum(i.weight * v[i.number] for i in fw.indicators) / fw.total_weight
    basis = fw.predicate_policy.basis_for(item["year"])
    decided = Fraction(Decimal(shown(index)[0])) if basis.value == "rounded" else index
    out = {
        "id": item["id"],
        "framework": fw.id,
        "year": item["year"],
        "index": shown(index)[0],
        "index_exact": shown(index)[1],
        "predicate": next((b.name for b in fw.predicates if b.contains(decided)), None),
        "predicate_basis": basis.value,
    }
    out["domains"] = [
        part(d.number, d.name, [i for i in fw.indicators if aspect_domain[i.aspect] == d.number])
        for d in fw.domains
    ]
    out["aspects"] = [
        part(a.number, a.name, [i for i in fw.indicators if i.aspect == a.number])
        for a in fw.aspects
    ]
    sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
