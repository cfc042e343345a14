"""The planner: gap to a target, the least-cost plan, the cost curve and the SPBE → Pemdi
baseline, as pure functions over the scoring engine's plain data (no Django imports).

* :mod:`.gap` measures the distance to a target per domain, aspect and indicator.
* :mod:`.optimizer` finds the least-cost plan (:func:`~.optimizer.optimal_plan`), and
  :mod:`.pareto` the whole cost curve, both over :mod:`.problem` and :mod:`.knapsack`.
* :mod:`.costs` and :mod:`.cost_library` read step costs; :mod:`.target` the target index.
* :mod:`.baseline` estimates Pemdi 2026 values from an SPBE 2020 evaluation.

The ``planning`` app stores plans and actions and shows them; this package only computes.
"""
