"""The named sets of workflow states. Every rule, query and page that asks "is it still open?"
uses one of these, so a set is defined once and its name says what it means.

Evaluation: Persiapan → Penilaian mandiri → Reviu → Dikirim → Hasil eksternal → Selesai.
Indicator: Belum diisi → Draf → Diajukan → Dikembalikan / Diverifikasi.
"""

from __future__ import annotations

from spbe.evaluations.models import AssessmentState, EvaluationState

# The agency still holds the evaluation (not yet sent): units can be (re)assigned, the
# indicators are on the units' lists, and evidence links follow a document's new version.
NOT_SENT = (EvaluationState.PREPARATION, EvaluationState.SELF_ASSESSMENT, EvaluationState.REVIEW)

# Claims, evidence and reviews may change: the self-assessment and its review are running.
CLAIMS_OPEN = (EvaluationState.SELF_ASSESSMENT, EvaluationState.REVIEW)

# Sent to the national evaluator: read-only for the agency, visible to its external assessors.
SENT = (EvaluationState.SUBMITTED, EvaluationState.EXTERNAL_RESULT, EvaluationState.FINISHED)

# The external result may be recorded: sent, and not yet finished.
EXTERNAL_OPEN = (EvaluationState.SUBMITTED, EvaluationState.EXTERNAL_RESULT)

# An indicator with its unit: the lead unit may change the claim.
WITH_THE_UNIT = (AssessmentState.NOT_STARTED, AssessmentState.DRAFT, AssessmentState.RETURNED)

# An indicator with the reviewers: submitted or verified; it may be returned.
WITH_THE_REVIEWERS = (AssessmentState.SUBMITTED, AssessmentState.VERIFIED)
