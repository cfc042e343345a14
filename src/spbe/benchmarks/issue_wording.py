"""Row issues of the published-results import, in the user's language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.benchmarks.issues import RowIssue


def describe_issue(issue: RowIssue) -> str:
    params = {key: str(value) for key, value in issue.params.items()}
    templates = {
        "empty_file": _("the file has no header row"),
        "not_utf8": _("the file is not UTF-8 text"),
        "missing_column": _("the column %(column)s is missing"),
        "extra_fields": _("the row has more fields than the header"),
        "required": _("a value is required"),
        "unknown_kind": _("%(value)s is not one of %(allowed)s"),
        "kind_conflict": _("the name says %(named)s, the kind column says %(given)s"),
        "province_required": _("a %(kind)s needs its province"),
        "province_for_central": _("a central agency (pusat) has no province, got %(value)s"),
        "not_a_year": _("%(value)s is not a year from %(minimum)s to %(maximum)s"),
        "unknown_framework": _("%(value)s is not a known framework (%(allowed)s)"),
        "not_a_number": _("%(value)s is not a number"),
        "out_of_range": _("%(value)s is outside %(minimum)s–%(maximum)s"),
        "no_such_domain": _("the framework %(framework)s has no such domain, but a value is given"),
        "duplicate": _("the same agency, year and framework are already on row %(first_row)s"),
        "unknown_column": _("the column %(column)s is not part of the format and is ignored"),
        "unknown_province": _("%(value)s is not a known province"),
        "below_scale": _(
            "%(value)s is below the framework's scale (%(minimum)s–%(maximum)s); kept as published"
        ),
        "unofficial_predicate": _(
            "%(value)s is not a predicate of %(framework)s; kept as published"
        ),
        "predicate_mismatch": _(
            "the predicate %(value)s does not fit the index %(index)s (expected %(expected)s)"
        ),
        "index_mismatch": _("the domains give an index of %(computed)s, not %(index)s"),
    }
    message = (
        templates.get(issue.code, issue.message) % params
        if issue.code in templates
        else issue.message
    )
    where = _("row %(row)s") % {"row": issue.row}
    if issue.column:
        where += f", {issue.column}"
    return f"{where}: {message}"
