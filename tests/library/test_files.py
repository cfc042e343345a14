"""Finding a framework's library file by its id, as the file-only commands do."""

import pytest

from spbe.library.files import UnknownFramework, library_file_for, library_paths


@pytest.mark.parametrize("framework_id", [path.stem for path in library_paths()])
def test_each_file_is_found_by_the_id_it_declares(framework_id):
    assert library_file_for(framework_id).document.id == framework_id


def test_the_revision_the_file_holds_is_accepted():
    assert library_file_for("spbe-2020", 1).document.revision == 1


@pytest.mark.parametrize(
    ("framework_id", "revision", "named"),
    [
        ("spbe-2030", None, "spbe-2030"),
        ("spbe-2020", 2, "spbe-2020 r2"),
        ("../frameworks/spbe-2020", None, "../frameworks/spbe-2020"),
        ("", None, ""),
    ],
)
def test_an_unknown_id_or_revision_is_refused_with_what_was_asked(framework_id, revision, named):
    with pytest.raises(UnknownFramework) as refused:
        library_file_for(framework_id, revision)
    assert refused.value.args == (named,)
