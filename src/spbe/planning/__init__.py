"""Planning: reaching a target index at the least cost.

The pure modules (no Django imports) are the planner's core: ``optimizer`` (the optimal plan),
``pareto`` (the cost-vs-index curve), ``gap`` (where an evaluation stands against a target),
``costs`` and ``cost_library`` (step costs), ``baseline`` (SPBE 2020 → Pemdi 2026 estimate).
``messages``, ``presenters`` and the ``plan`` command are the Django side.
"""
