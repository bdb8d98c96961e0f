"""Create knowledge bases and entries: ``carekb init`` and ``carekb new``.

New files come from the skeletons beside this module, with values inserted as
JSON strings (valid YAML double-quoted scalars, so any title is safe), and are
written through the one writer, which never overwrites.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from importlib import resources
from pathlib import Path
from string import Template

from carekb.errors import CarekbError
from carekb.load.writer import atomic_write_text, require_inside
from carekb.model import ENTRY_TYPES, FOLDER_TYPES, KnowledgeBase
from carekb.project import CONFIG_NAME, KB_DIR, PEOPLE_FILE, Project

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SKELETONS = resources.files(__package__).joinpath("skeletons")


def slugify(title: str) -> str:
    """``"Child's pose (Balasana)"`` -> ``"childs-pose-balasana"``."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['\u2019]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:80].strip("-")


def _yaml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _render(skeleton: str, **values: str) -> str:
    text = _SKELETONS.joinpath(skeleton).read_text(encoding="utf-8")
    return Template(text).substitute(values)


def new_entry(
    project: Project,
    kb: KnowledgeBase,
    kind: str,
    title: str,
    *,
    entry_id: str | None = None,
    author: str | None = None,
) -> Path:
    """Write a new draft entry into ``kb``'s project; return its path.

    Without ``author``, the first author on the roster is named.
    """
    author = author or next((p.id for p in kb.people.values() if "author" in p.roles), None)
    existing_ids = set(kb.by_id())
    if kind not in ENTRY_TYPES:
        raise CarekbError(
            f"unknown entry type '{kind}'", hint=f"use one of {', '.join(ENTRY_TYPES)}"
        )
    if not title.strip():
        raise CarekbError("the title is empty", hint="give the entry a title in quotes")
    chosen = entry_id or slugify(title)
    if not SLUG.match(chosen):
        raise CarekbError(
            f"'{chosen}' is not a valid id",
            hint="ids use lowercase letters, digits and single hyphens, e.g. --id cat-cow",
        )
    if chosen in existing_ids:
        raise CarekbError(f"an entry with id '{chosen}' already exists", hint="pick another --id")
    path = project.root / KB_DIR / ENTRY_TYPES[kind] / f"{chosen}.yaml"
    language = str(project.config.get("language", "en"))
    text = _render(
        f"{kind}.yaml",
        id=chosen,
        title=_yaml_string(title.strip()),
        language=language,
        author=author or "replace-with-your-roster-id",
    )
    require_inside(project.root, path)
    atomic_write_text(path, text, create_only=True)
    return path


def init_project(
    target: Path, *, name: str, organisation: str, with_templates: bool = False
) -> list[Path]:
    """Create a new knowledge base in an empty (or new) folder.

    It lints clean once the example person in the roster (a placeholder) is replaced.

    The export templates are built into carekb; a project's ``templates/``
    folder overrides them one file at a time. Copying all of them by default
    would pin every template to this version and hide later fixes, so
    ``with_templates`` copies them only for those who mean to customise them.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CarekbError(
            f"{target} is not empty: refusing to create a knowledge base over existing files",
            hint="choose a new or empty folder",
        )
    target.mkdir(parents=True, exist_ok=True)
    written = [target / CONFIG_NAME, target / PEOPLE_FILE, target / ".gitignore"]
    atomic_write_text(
        written[0],
        _render("carekb.yaml", name=_yaml_string(name), organisation=_yaml_string(organisation)),
        create_only=True,
    )
    atomic_write_text(written[1], _render("people.yaml"), create_only=True)
    atomic_write_text(written[2], _render("gitignore"), create_only=True)
    for folder in FOLDER_TYPES:
        (target / KB_DIR / folder).mkdir(parents=True, exist_ok=True)
        keep = target / KB_DIR / folder / ".gitkeep"
        keep.touch()
        written.append(keep)
    written.extend(_copy_package_tree("schemas", target / "schemas", suffix=".json"))
    if with_templates:
        written.extend(_copy_package_tree("templates", target / "templates"))
    else:
        readme = target / "templates" / "README.md"
        atomic_write_text(readme, _render("templates-README.md"), create_only=True)
        written.append(readme)
    return written


def _copy_package_tree(name: str, destination: Path, suffix: str = "") -> list[Path]:
    source = resources.files(__package__).joinpath(name)
    written: list[Path] = []
    with resources.as_file(source) as folder:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.name.endswith(suffix) and "__pycache__" not in path.parts:
                out = destination / path.relative_to(folder)
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, out)
                written.append(out)
    return written


def author_warning(kb: KnowledgeBase, author: str | None) -> str | None:
    """Why ``author`` (from ``--author``) will not count as an author, or None if it will.

    The entry is still written: a new author may be joining the roster. But
    lint reports an author missing from the roster, so say it now, with the
    nearest roster id for a typo.
    """
    if author is None or author in kb.people:
        return None
    import difflib

    close = difflib.get_close_matches(author, sorted(kb.people), n=1)
    hint = f"; did you mean '{close[0]}'?" if close else ": ask a lead to add you to kb/people.yaml"
    return f"'{author}' is not on the roster (kb/people.yaml){hint}"
