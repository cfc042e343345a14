"""Typed readers for settings from environment variables.

Each reader fails loudly (``ImproperlyConfigured``) on a value it cannot read, so a typo in a
deployment stops the process at start instead of running with a silent default. A secret may
also come from a file: ``SECRET_KEY_FILE=/run/secrets/key`` is read when ``SECRET_KEY`` is unset.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    """The variable's value, or the contents of the file named by ``NAME_FILE``, or default."""
    if name in os.environ:
        return os.environ[name]
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ImproperlyConfigured(
                f"{name}_FILE={file_name!r} cannot be read: {error}"
            ) from error
    return default


def env_bool(name: str, default: bool) -> bool:
    raw = env_str(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; use 1/0, true/false, yes/no")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = env_str(name)
    if raw is None:
        return default
    try:
        value = int(raw.strip())
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from error
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = env_str(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = env_str(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={raw!r} must be one of: {', '.join(choices)}")
    return value


def env_dir(name: str) -> Path | None:
    """The folder the variable names, or None when unset or empty; a folder that does not
    exist is refused."""
    raw = env_str(name)
    if raw is None or not raw.strip():
        return None
    path = Path(raw.strip()).expanduser()
    if not path.is_dir():
        raise ImproperlyConfigured(f"{name}={raw!r} is not a folder (it does not exist)")
    return path.resolve()


def default_data_dir(package_dir: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """Where data lives when ``SPBE_DATA_DIR`` is unset, independent of the working directory.

    Running from a source checkout (``<root>/src/spbe`` next to ``<root>/pyproject.toml``) keeps
    the data in the checkout's ``var/``, which git ignores, so a fresh checkout simply works from
    any folder. An installed package has no checkout to write into, so it uses the user's data
    directory (``$XDG_DATA_HOME/spbe``, by default ``~/.local/share/spbe``).
    """
    root = package_dir.parent.parent
    if package_dir.parent.name == "src" and (root / "pyproject.toml").is_file():
        return root / "var"
    xdg_data_home = environ.get("XDG_DATA_HOME", "")
    # The XDG specification says to ignore a relative XDG_DATA_HOME.
    if xdg_data_home and Path(xdg_data_home).is_absolute():
        return Path(xdg_data_home) / "spbe"
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share" / "spbe"
