#!/usr/bin/env python3
"""Build the project's framework library files from the shared reference catalogue.

    python3 scripts/build_library.py [REFERENCE_DIR] [--check]

REFERENCE_DIR defaults to ../shared/reference/frameworks, beside the checkout or beside the
folder that holds this worktree. The output, src/spbe/library/frameworks/*.json, is committed:
the application never reads the reference folder. With --check, nothing is written and the exit status is 1 if a committed file differs
from what the reference would produce.

Field by field, this keeps the reference's citations (criteria_source, explanation_sources,
evidence.source) and quality flags, and adds what the reference leaves implicit: the value
range, the predicate basis per year, and the exact weights (20/6 where the reference prints
3.333333). For Pemdi 2026 it also codes the evidence items (butir) of every level and turns the
external-index ranges as written into bounds (see docs/pemdi.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "spbe" / "library" / "frameworks"
MAPPING_OUT = ROOT / "src" / "spbe" / "library" / "mappings"
# Beside the checkout, or beside the folder of worktrees (../../shared for a worktree).
DEFAULT_REFERENCE = next(
    (
        folder / "shared" / "reference" / "frameworks"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "reference" / "frameworks").is_dir()
    ),
    ROOT.parent / "shared" / "reference" / "frameworks",
)
REVISION_DATE = "2026-11-28"
PEMDI_REVISION_DATE = "2026-12-03"

SPBE_2020_BASIS = {
    "default": "exact",
    "by_year": {"2023": "rounded", "2024": "exact"},
    "source": (
        "PermenPANRB 59/2020 does not say whether the predicate is read before or after "
        "rounding. Reconstructed from the published results (KemenPANRB, Laporan Evaluasi SPBE "
        "2023, and Laporan Pelaksanaan Evaluasi SPBE 2024; see docs/scoring.md): in 2023 "
        "Kab. Boven Digoel (unrounded 1.7995) and Kab. Nias Barat (1.7975) were 'Cukup', so the "
        "rounded index decided; in 2024 Kab. Nias Barat (1.7975) was 'Kurang', Kab. Luwu "
        "(at most 2.5985) 'Cukup' and Kab. Pacitan (3.4985) 'Baik', so the unrounded index "
        "decided. Other years, for which no boundary case is published, default to the "
        "unrounded index."
    ),
}


def text_number(value: float | int | str) -> str:
    """A weight or bound as a decimal string, without passing through binary float noise."""
    return format(Decimal(repr(value)) if isinstance(value, float) else Decimal(value), "f")


def predicates(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "name": p["name"],
            "min": None if p["min"] is None else text_number(p["min"]),
            "max": None if p["max"] is None else text_number(p["max"]),
            "min_inclusive": bool(p["min_inclusive"]),
            "max_inclusive": bool(p["max_inclusive"]),
            "as_written": p["as_written"],
            "level_name": p.get("level_name"),
        }
        for p in raw
    ]


def regulation(raw: dict[str, Any]) -> dict[str, Any]:
    details = {k: v for k, v in raw.items() if k not in ("name", "short", "status")}
    return {
        "name": raw["name"],
        "short": raw["short"],
        "status": raw.get("status"),
        "details": details,
    }


def level_texts(raw: dict[str, Any] | None) -> dict[str, str]:
    return {str(k): v for k, v in (raw or {}).items() if v}


# The rule by which items give a self-assessment level. The reference records it as project
# practice (PemdiAcehTengah lib/pemdiNilai.js), not as regulation text; docs/pemdi.md explains it.
ITEM_RULE = "all_items_cumulative"

# The scale of each external index. No module text states one; each is read from the lowest and
# highest bound the ranges are written with, except where noted.
INDEX_SCALES = {
    "I5": ("0", "100", "Indeks SDI is published on 0-100; the ranges run 0 to 100."),
    "I6": ("1", "5", "The ranges run from 1 ('1 < SJIG < 1,50') to 5."),
    "I7": (
        "1",
        "5",
        "The level-1 range is written 'IPS < 1,8' without a lower bound; 1 is assumed because "
        "the other ranges follow the 1-5 scale of the EPSS method (not confirmed by a source).",
    ),
    "I10": ("0", "5", "The ranges run from 0 ('0 < IKASANDI < 1,5') to 5."),
    "I11": (
        "0",
        "5",
        "Only level 5 is tied to a range (4,00-5,00); the 0-5 scale is that of IKASANDI in I10 "
        "and I12.",
    ),
    "I12": ("0", "5", "The ranges run from 0 ('0 < IKASANDI < 1,50') to 5."),
    "I18": ("0", "100", "The ranges run 0 to 100, as for Indeks SDI in I5."),
}
# Where a module text puts the range decides what the index does (docs/pemdi.md): under
# "Kondisi" the index value is the level; under "Data Dukung" it is one of the level's items,
# so the items decide and the index caps the level.
INDEX_USE = {"Kondisi": "decides_level", "Data Dukung": "caps_level"}
BOUNDARY_RULE = (
    "External index ranges: the module texts write them 'a < X < b' (strict on both sides), "
    "which leaves a value exactly on a boundary without a level; the project's own items write "
    "'a <= X < b'. The library makes every lower bound inclusive and every upper bound "
    "exclusive, except the top range, which includes the top of the scale (as in Tabel 4)."
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def evidence_items(number: int, evidence: dict[str, list[str] | None] | None) -> dict[str, Any]:
    """The items (butir) per level, in the reference's order, coded I<n>-L<l>-<nn>."""
    levels: dict[str, Any] = {}
    for level in range(1, 6):
        texts = (evidence or {}).get(str(level)) or []
        entry: dict[str, Any] = {
            "items": [
                {"code": f"I{number}-L{level}-{position:02d}", "text": text}
                for position, text in enumerate(texts, start=1)
            ]
        }
        if not texts:
            entry["items_missing_in_source"] = True
        levels[str(level)] = entry
    return levels


def external_index(code: str, raw: dict[str, Any] | None) -> dict[str, Any] | None:
    """An external index with its scale and its ranges as bounds, under the boundary rule."""
    if raw is None:
        return None
    scale_min, scale_max, scale_note = INDEX_SCALES[code]
    written = raw["ranges_as_written"]
    levels = sorted(written, key=int)
    ranges = []
    for position, level in enumerate(levels):
        bounds = [number.replace(",", ".") for number in _NUMBER.findall(written[level])]
        low, high = (scale_min, bounds[0]) if len(bounds) == 1 else bounds
        ranges.append(
            {
                "level": int(level),
                "min": text_number(low),
                "max": text_number(high),
                "min_inclusive": True,
                "max_inclusive": position == len(levels) - 1,
                "as_written": written[level],
            }
        )
    return {
        "name": raw["index"],
        "owner": raw["owner_per_sources"],
        "placed_in": raw["placed_in"],
        "use": INDEX_USE[raw["placed_in"]],
        "scale": {"min": scale_min, "max": scale_max, "note": scale_note},
        "ranges": ranges,
    }


def spbe_2020(ref: dict[str, Any]) -> dict[str, Any]:
    domains, aspects = [], []
    for domain in ref["domains"]:
        domains.append(
            {
                "number": domain["number"],
                "name": domain["name"],
                "weight": text_number(domain["weight"]),
                "name_variants": domain["name_variants"],
            }
        )
        for aspect in domain["aspects"]:
            aspects.append(
                {
                    "number": aspect["number"],
                    "name": aspect["name"],
                    "weight": text_number(aspect["weight"]),
                    "domain": domain["number"],
                    "name_variants": aspect["name_variants"],
                }
            )
    indicators = []
    for item in ref["indicators"]:
        evidence = item["evidence"]
        guide = item.get("criteria_guide_variant") or {}
        indicators.append(
            {
                "number": item["number"],
                "code": str(item["number"]),
                "name": item["name"],
                "name_variants": item["name_variants"],
                "aspect": item["aspect_number"],
                "weight": text_number(item["weight"]),
                "level_model": item["level_model"],
                "question": item["question"],
                "criteria": level_texts(item["criteria"]),
                "criteria_guide_variant": {k: v["text"] for k, v in guide.items()},
                "explanation": item["explanation"],
                "evidence": {
                    "general": evidence.get("general"),
                    "per_level": level_texts(evidence.get("per_level")),
                    "fulfilment_per_level": level_texts(
                        evidence.get("fulfilment_criteria_per_level")
                    ),
                    "note": evidence.get("assessment_note"),
                },
                "sources": {
                    "criteria": item["criteria_source"],
                    "explanation": "; ".join(item["explanation_sources"]),
                    "evidence": evidence.get("source"),
                },
                "quality_flags": item["quality_flags"],
            }
        )
    return {
        "schema_version": 1,
        "id": "spbe-2020",
        "revision": 1,
        "revision_date": REVISION_DATE,
        "revision_note": "Built from shared/reference/frameworks/spbe-2020.json.",
        "title": ref["title"],
        "short_title": "Indeks SPBE (PermenPANRB 59/2020)",
        "regulation": regulation(ref["regulation"]),
        "structure": "domain-aspect-indicator",
        "value_range": {"min": "1", "max": "5", "integer_only": True, "note": ref["scale"]["rule"]},
        "levels": [
            {
                "level": level["level"],
                "name": level["name"],
                "name_alternative": level["name_service_model"],
                "description": level["criteria_process"],
                "description_alternative": level["criteria_service"],
            }
            for level in ref["levels"]
        ],
        "predicates": predicates(ref["predicates"]),
        "predicates_source": ref["predicates_source"],
        "predicate_basis": SPBE_2020_BASIS,
        "formula": ref["formula"],
        "formula_source": json.dumps(ref["formula_detail"], ensure_ascii=False),
        "sources": ref["source_notes"],
        "uncertainties": [ref["formula_detail"].get("rounding", "")],
        "domains": domains,
        "aspects": aspects,
        "indicators": indicators,
    }


def pemdi_2026(ref: dict[str, Any]) -> dict[str, Any]:
    aspects = [
        {
            "number": aspect["number"],
            "name": aspect["name"],
            "weight": text_number(aspect["weight"]),
            "domain": None,
            "name_variants": aspect["name_variants"],
        }
        for aspect in ref["aspects"]
    ]
    indicators = []
    for item in ref["indicators"]:
        notes = [
            f"Editorial note of the structurer, level {level}: {note}"
            for level, level_notes in (item.get("editorial_notes") or {}).items()
            for note in level_notes or []
        ]
        indicators.append(
            {
                "number": item["number"],
                "code": item["code"],
                "name": item["name"],
                "name_variants": item["name_variants"],
                "aspect": item["aspect_number"],
                "weight": text_number(item["weight"]),
                "criteria": level_texts(item["criteria"]),
                "conditions": {k: v for k, v in (item.get("conditions") or {}).items() if v},
                "explanation": item["explanation"],
                "evidence": {
                    "per_level": {
                        k: "\n".join(v) for k, v in (item.get("evidence") or {}).items() if v
                    },
                },
                "items_by_level": evidence_items(item["number"], item.get("evidence")),
                "external_index": external_index(item["code"], item.get("external_index")),
                "sources": {
                    "criteria": item["criteria_source"],
                    "explanation": item["explanation_source"],
                    "evidence": item["criteria_source"],
                },
                "quality_flags": item["quality_flags"] + notes,
            }
        )
    return {
        "schema_version": 1,
        "id": "pemdi-2026",
        "revision": 2,
        "revision_date": PEMDI_REVISION_DATE,
        "revision_note": (
            "Built from shared/reference/frameworks/pemdi-2026.json. Revision 2 adds the "
            "evidence items (butir) per level, the item rule and the external-index ranges."
        ),
        "title": ref["title"],
        "short_title": "Indeks Pemdi (PermenPANRB 8/2026)",
        "regulation": regulation(ref["regulation"]),
        "structure": "aspect-indicator",
        "value_range": {
            "min": "1",
            "max": "5",
            "integer_only": False,
            "note": ref["scale"]["note"],
        },
        "levels": [
            {
                "level": level["level"],
                "name": level["name"],
                "name_alternative": level["name_en"],
                "description": level["description_summary"],
            }
            for level in ref["levels"]
        ],
        "predicates": predicates(ref["predicates"]),
        "predicates_source": ref["predicates_source"],
        "predicate_basis": {
            "default": "exact",
            "by_year": {},
            "source": (
                "No Indeks Pemdi result has been published yet and no source states a rounding "
                "rule (reference: 'rounding: Not found in any source'); the unrounded index "
                "decides until a decree shows otherwise."
            ),
        },
        "formula": ref["formula"],
        "formula_source": ref["formula_source"],
        "sources": ref["source_notes"],
        "uncertainties": ref["predicates_conflicts"]
        + ref["level_name_conflicts"]
        + [BOUNDARY_RULE],
        "item_rule": ITEM_RULE,
        "item_rule_source": next(
            f"{rule['rule']} ({rule['status']}; {rule['source']})"
            for rule in ref["special_rules"]
            if rule["rule"].startswith("Project practice: indicator value")
        ),
        "domains": [],
        "aspects": aspects,
        "indicators": indicators,
    }


def spbe_2018(ref: dict[str, Any]) -> dict[str, Any]:
    domains, aspects = [], []
    for domain in ref["domains"]:
        domains.append(
            {
                "number": domain["number"],
                "name": domain["name"],
                "weight": text_number(domain["weight"]),
                "name_variants": domain["name_variants"],
            }
        )
        for aspect in domain["aspects"]:
            aspects.append(
                {
                    "number": aspect["number"],
                    "name": aspect["name"],
                    "weight": text_number(aspect["weight"]),
                    "domain": domain["number"],
                }
            )
    indicators = []
    for item in ref["indicators"]:
        shared_weight = item["weight_as_stored"] == 3.3
        weight = "20/6" if shared_weight and item["number"] != 35 else text_number(item["weight"])
        indicators.append(
            {
                "number": item["number"],
                "code": str(item["number"]),
                "name": item["name"],
                "aspect": item["aspect_number"],
                "weight": weight,
                "question": item["question"],
                "criteria": level_texts(item["criteria"]),
                "criteria_short": level_texts(item.get("criteria_short")),
                "explanation": item["explanation"],
                "evidence": {"general": (item.get("evidence") or {}).get("general")},
                "mean_of": (
                    {"count": 3, "member_label": "layanan publik terbaik"}
                    if item["number"] == 35
                    else None
                ),
                "sources": {
                    "criteria": item["criteria_source"],
                    "explanation": item["criteria_source"],
                    "evidence": item["criteria_source"],
                },
                "quality_flags": item["quality_flags"],
            }
        )
    return {
        "schema_version": 1,
        "id": "spbe-2018",
        "revision": 1,
        "revision_date": REVISION_DATE,
        "revision_note": "Built from shared/reference/frameworks/spbe-2018.json (partly verified).",
        "title": ref["title"],
        "short_title": "Indeks SPBE (PermenPANRB 5/2018)",
        "regulation": regulation(ref["regulation"]),
        "structure": "domain-aspect-indicator",
        "value_range": {
            "min": "0",
            "max": "5",
            "integer_only": True,
            "note": "Levels 0-5 per indicator in both code sources (level 0 = nothing in place).",
        },
        "levels": [{"level": level["level"], "name": level["name"]} for level in ref["levels"]],
        "predicates": [],
        "predicates_source": None,
        "predicate_basis": {
            "default": "exact",
            "by_year": {},
            "source": "SPBE 2018 has no predicate table in this library: " + ref["predicates_note"],
        },
        "formula": (
            "Assumed: Indeks SPBE = Σ(w·v)/100 over the 35 indicators, as in 59/2020. "
            + ref["formula_note"]
        ),
        "sources": ref["source_notes"],
        "uncertainties": [ref["predicates_note"], ref["formula_note"], ref["levels_note"]],
        "domains": domains,
        "aspects": aspects,
        "indicators": indicators,
    }


BUILDERS = {"spbe-2020": spbe_2020, "pemdi-2026": pemdi_2026, "spbe-2018": spbe_2018}


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    outputs: dict[Path, str] = {}
    for framework_id, build in BUILDERS.items():
        ref = json.loads((args.reference / f"{framework_id}.json").read_text(encoding="utf-8"))
        outputs[OUT / f"{framework_id}.json"] = render(build(ref))
    mapping = json.loads(
        (args.reference / "spbe2020-to-pemdi2026-mapping.json").read_text(encoding="utf-8")
    )
    outputs[MAPPING_OUT / "spbe-2020-to-pemdi-2026.json"] = render(mapping)
    stale = [
        path for path, text in outputs.items() if not path.exists() or path.read_text() != text
    ]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
