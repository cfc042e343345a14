"""Store the indices of every evaluation finished before stored scores existed.

The scores come from the same function the service uses (``finished_scores.scored_rows``), so
a filled row is exactly what finishing the evaluation now would store.
"""

from django.db import migrations


def fill(apps, schema_editor):
    from spbe.evaluations.finished_scores import input_stamps, scored_rows

    Evaluation = apps.get_model("evaluations", "Evaluation")
    Assessment = apps.get_model("evaluations", "Assessment")
    StoredScore = apps.get_model("evaluations", "StoredScore")
    finished = Evaluation.objects.filter(state="selesai").select_related("revision")
    for evaluation in finished.iterator(chunk_size=100):
        assessments = list(
            Assessment.objects.filter(evaluation=evaluation).select_related("indicator")
        )
        stamp = input_stamps(Assessment, [evaluation])[evaluation.pk]
        StoredScore.objects.bulk_create(
            StoredScore(evaluation=evaluation, **row)
            for row in scored_rows(evaluation, assessments, stamp=stamp)
        )


class Migration(migrations.Migration):
    dependencies = [("evaluations", "0004_stored_scores")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
