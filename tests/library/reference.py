"""Where the shared reference catalogue is, as the build script finds it."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[2]
BUILD_SCRIPT = ROOT / "scripts" / "build_library.py"


def _reference_folder() -> Path:
    spec = importlib.util.spec_from_file_location("build_library", BUILD_SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DEFAULT_REFERENCE


REFERENCE = _reference_folder()
