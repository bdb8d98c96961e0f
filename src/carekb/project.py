"""Find the project root and read its configuration and policy.

A project is the nearest folder, upward from where carekb runs, that holds a
``carekb.yaml``; ``--root`` or ``CAREKB_ROOT`` choose one explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carekb.errors import ConfigError
from carekb.model import Document

CONFIG_NAME = "carekb.yaml"
KB_DIR = "kb"
PEOPLE_FILE = "kb/people.yaml"
AUDIT_DIR = "kb/audit"
CACHE_DIR = ".carekb-cache"
# Where 'carekb export --preview' writes by default: beside the published
# exports, never inside them, so drafts are not uploaded with the site.
PREVIEW_OUT = "preview"
# The clinical leads' trust root lives outside the project (carekb.trust.root).
TRUST_VARIABLE = "CAREKB_TRUST"
TRUST_FILE = "trust.yaml"
STATE_VARIABLE = "CAREKB_STATE"
STATE_FILE = "publisher-record.json"
# Folders of a project that carekb never reads (version control, virtual
# environments, tool caches): the private-key scan and the lint cache's
# fingerprint both skip them.
UNREAD_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        ".venv",
        "venv",
        "node_modules",
        CACHE_DIR,
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".tox",
        ".hypothesis",
    }
)


@dataclass(frozen=True)
class Policy:
    """How sign-off works in this project (``policy:`` in carekb.yaml)."""

    approvals_required: int = 1
    review_interval_days: int = 365
    due_warning_days: int = 60
    default_meaning: str = "Clinically accurate and safe for patient use"


# The number for an ambulance, by country (ISO 3166-1 alpha-2), for
# organisation.country; organisation.emergency_number overrides it.
_EU_112 = (
    "AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK"
)
EMERGENCY_NUMBERS: dict[str, str] = {
    **dict.fromkeys(_EU_112.split(), "112"),
    "US": "911",
    "CA": "911",
    "MX": "911",
    "GB": "999 or 112",
    "IE": "112 or 999",
    "AU": "000",
    "NZ": "111",
    "IN": "112",
    "ZA": "112",
    "JP": "119",
}


@dataclass
class Project:
    root: Path
    config_doc: Document
    config: dict[str, Any] = field(default_factory=dict)
    policy: Policy = field(default_factory=Policy)

    @property
    def kb_dir(self) -> Path:
        return self.root / KB_DIR

    @property
    def name(self) -> str:
        return str(self.config.get("name", self.root.name))

    @property
    def organisation(self) -> dict[str, Any]:
        org = self.config.get("organisation")
        return org if isinstance(org, dict) else {"name": self.name}

    @property
    def emergency_number(self) -> str | None:
        """The number printed wherever a page sends a patient for emergency care:
        ``organisation.emergency_number``, else the one for ``organisation.country``."""
        org = self.organisation
        number = org.get("emergency_number")
        if isinstance(number, str) and number.strip():
            return number.strip()
        country = org.get("country")
        return EMERGENCY_NUMBERS.get(country) if isinstance(country, str) else None

    @property
    def symptoms(self) -> dict[str, str]:
        """The controlled list of warning symptoms (``symptoms``): id -> the words patients read."""
        listed = self.config.get("symptoms")
        if not isinstance(listed, dict):
            return {}
        return {k: v for k, v in listed.items() if isinstance(k, str) and isinstance(v, str)}

    @property
    def lint_config(self) -> dict[str, Any]:
        lint = self.config.get("lint")
        return lint if isinstance(lint, dict) else {}

    @property
    def export_out(self) -> str:
        """Where ``carekb export`` writes by default (``export.out``), relative to the root."""
        settings = self.config.get("export")
        value = settings.get("out") if isinstance(settings, dict) else None
        return value.strip() if isinstance(value, str) and value.strip() else "exports"

    @property
    def preview_out(self) -> str:
        """Where ``carekb export --preview`` writes by default (``export.preview_out``)."""
        settings = self.config.get("export")
        value = settings.get("preview_out") if isinstance(settings, dict) else None
        return value.strip() if isinstance(value, str) and value.strip() else PREVIEW_OUT

    @property
    def output_folders(self) -> frozenset[str]:
        """carekb's own output folders (``export.out``, ``export.preview_out``), relative
        to the root with "/" between names: what it writes is no input. The lint cache
        stats nothing there and the private-key rule reads nothing there, alike, so a
        stored result can never stand for files one of them would read."""
        return frozenset(
            Path(os.path.normpath(folder)).as_posix()
            for folder in (self.export_out, self.preview_out)
        )

    @property
    def site_url(self) -> str | None:
        """Where the site is published (``site.url``), ending in ``/``; ``None`` if unset.

        The config schema admits only an https address without query or fragment.
        """
        settings = self.config.get("site")
        value = settings.get("url") if isinstance(settings, dict) else None
        if not isinstance(value, str) or not value.strip():
            return None
        value = value.strip()
        return value if value.endswith("/") else value + "/"

    @property
    def max_file_bytes(self) -> int:
        value = self.lint_config.get("max_file_bytes", 1_000_000)
        return value if isinstance(value, int) else 1_000_000

    def relative(self, path: Path) -> str:
        """``path`` as a POSIX path relative to the root (absolute if outside it)."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.resolve().as_posix()


def find_root(start: Path | None = None, explicit: str | os.PathLike[str] | None = None) -> Path:
    """The project root: ``explicit``, else ``$CAREKB_ROOT``, else the nearest ancestor."""
    chosen = explicit or os.environ.get("CAREKB_ROOT")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        if not (root / CONFIG_NAME).is_file():
            raise ConfigError(
                f"{root} is not a carekb project: it has no {CONFIG_NAME}",
                hint="run 'carekb init' there, or point --root at the folder with carekb.yaml",
            )
        return root
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(
        f"no {CONFIG_NAME} found in {here} or any folder above it",
        hint="run carekb inside a knowledge base, pass --root DIR, "
        "or create one with 'carekb init'",
    )


def chosen_trust_path(explicit: Path | None = None) -> Path | None:
    """The trust root someone named (``--trust``, then ``$CAREKB_TRUST``); it must exist."""
    if explicit is not None:
        return explicit
    named = os.environ.get(TRUST_VARIABLE)
    return Path(named).expanduser() if named else None


def trust_path(explicit: Path | None = None) -> Path:
    """The trust root file carekb reads: the one named, else the user's default one."""
    return chosen_trust_path(explicit) or default_trust_path()


def default_trust_path() -> Path:
    """``trust.yaml`` in the user's config folder, beside the ``keys/`` folder."""
    import platformdirs  # only when no trust root was named

    return Path(platformdirs.user_config_dir("carekb")) / TRUST_FILE


MAIL_FILE = "mail.yaml"
MAIL_VARIABLE = "CAREKB_MAIL_CONFIG"


def mail_config_path(explicit: Path | None = None) -> Path:
    """The user's mail settings for ``carekb notify``: the file named, else
    ``$CAREKB_MAIL_CONFIG``, else ``mail.yaml`` in the user's config folder.

    Never the project's: where mail goes and with what password is the
    sender's business, not something a commit to the content may change.
    """
    if explicit is not None:
        return explicit.expanduser()
    named = os.environ.get(MAIL_VARIABLE)
    if named:
        return Path(named).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("carekb")) / MAIL_FILE


# The defaults packaged with carekb; a project's templates/ overrides them by name.
PACKAGED_TEMPLATES = Path(__file__).resolve().parent / "templates"
PROJECT_TEMPLATES = "templates"


def effective_template_files(root: Path) -> dict[str, Path]:
    """``templates/<name>`` -> the file an export of the project at ``root`` would use."""
    chosen = template_files(PACKAGED_TEMPLATES, root / PROJECT_TEMPLATES)
    return {f"{PROJECT_TEMPLATES}/{name}": path for name, path in chosen.items()}


def template_files(packaged: Path, project: Path) -> dict[str, Path]:
    """``<name>`` -> file, for every template file in ``packaged`` and ``project``.

    The project's file shadows the packaged one of the same name, as the
    template loader does. Only regular files really inside their folder count:
    a symbolic link (to a file, or a folder leading elsewhere) is never one.
    """
    chosen: dict[str, Path] = {}
    for base in (packaged, project):
        if not base.is_dir():
            continue
        real_base = base.resolve()
        for path in sorted(base.rglob("*")):
            if path.is_symlink() or not path.is_file() or "__pycache__" in path.parts:
                continue
            if real_base in path.resolve().parents:
                chosen[path.relative_to(base).as_posix()] = path
    return dict(sorted(chosen.items()))


def state_path(explicit: Path | None = None) -> Path:
    """The publisher's record: ``--state``, then ``$CAREKB_STATE``, else the user data folder.

    It is kept outside every project (see :mod:`carekb.trust.record`); one file
    holds the record of every project this machine publishes.
    """
    if explicit is not None:
        return explicit
    named = os.environ.get(STATE_VARIABLE)
    if named:
        return Path(named).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("carekb")) / STATE_FILE


def make_policy(settings: dict[str, Any]) -> Policy:
    """The ``policy:`` section of a checked carekb.yaml as a :class:`Policy`."""
    defaults = Policy()
    return Policy(
        approvals_required=settings.get("approvals_required", defaults.approvals_required),
        review_interval_days=settings.get("review_interval_days", defaults.review_interval_days),
        due_warning_days=settings.get("due_warning_days", defaults.due_warning_days),
        default_meaning=settings.get("default_meaning", defaults.default_meaning),
    )
