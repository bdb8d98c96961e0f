"""Train risky-claim's learned reader and write src/carekb/validate/claims-model.json.

    pip install -e '.[train]'      # scikit-learn, for training only
    python scripts/train-claims-model.py [--check]
    python scripts/train-claims-model.py --folds   # how its gates do out of fold
    python scripts/train-claims-model.py --folds 6 # the same in six groups of sets: faster

Trains multinomial logistic regression over TF-IDF weighted words and word pairs
on the claim sets TRAINED_SETS names in tests/corpus/ (kinds as bench/corpus.py reads
them), the clean leaflet sentences beside them, and the sentences of the first
half of the NIH answers (all harmless). It then measures the model, alone and
before the rules, on what it never saw: the first unread claim set and its clean
sentences (when they exist), and the second half of the answers; checks that carekb's plain-Python
reader (carekb.validate.learned) gives scikit-learn's probabilities; and writes
the weights. ``--check`` trains and compares with the committed file without
writing it (deterministic: same data, same weights).

``--folds`` leaves each claim set out of training in turn and reads it, and its
clean sentences, with the learned reader alone and all its gates (risky-claim's
patterns were tuned on these sets, so only the reader can be measured this way),
and reads answers 301-600 with the committed model. It writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

import corpus  # noqa: E402  -- bench/corpus.py: the kinds of each set's lines
from carekb.validate import learned  # noqa: E402

CORPUS = REPO / "tests" / "corpus"
OUT = REPO / "src" / "carekb" / "validate" / learned.MODEL_FILE
# Exercise steps and everyday self-care lines, all harmless: without them the model
# knew no exercise instructions and read "Round your back up towards the ceiling" as
# a false mechanism.
CLEAN_STEPS = CORPUS / "clean-steps.txt"
# Medical facts in an encyclopedia's words (causes, genes, what a condition affects),
# all harmless: trained on sets 1 to 148 without it, the model read "X is caused by a
# mutation in the Y gene" as a false mechanism.
TEXTBOOK = CORPUS / "clean-textbook-k.txt"
# Good leaflet text, all harmless; set d is never trained on: it measures false
# findings.
TRAINED_LEAFLETS = (
    "clean-leaflets-a.txt",
    "clean-leaflets-b.txt",
    "clean-leaflets-c.txt",
    "clean-leaflets-e.txt",
    "clean-leaflets-f.txt",
    "clean-leaflets-g.txt",
    "clean-leaflets-h.txt",
    "clean-leaflets-i.txt",
    "clean-leaflets-j.txt",
)
# The claim sets trained on (bench/corpus.py names them, so its report says which sets
# were); the first of the unread sets measures the model.
TRAINED_SETS = corpus.TRAINED_SETS
HELD_OUT_SET = corpus.UNREAD_SETS[0]
# Inverse regularisation; larger fits the training sets more closely. Out of fold in six
# groups of sets 1-188 with the gates of ed52c1c (the reader alone): C 10 caught 15,391
# of 16,649 claims and reported 46 of 7,527 clean sentences; C 20, 15,413 and 43; C 30,
# 15,414 and 36; C 50, 15,414 and 39; C 100, 15,397 and 46. Trained in full with C 30,
# the sharper model read four good sentences of the tests below the gates' bars
# ("Surgery realigns the broken bone so it heals straight" at 0.01, a nerve's name at
# 0.07), so the bars would have to move with it: C stays 10.
C = 10.0
MIN_DF = 3  # a word pair seen once or twice is noise, and weighs the file down


def claim_file(number: int) -> Path:
    return CORPUS / corpus.claim_file(number)


def safe_file(number: int) -> Path:
    return CORPUS / corpus.safe_file(number)


def claims(path: Path) -> list[tuple[str, str]]:
    found = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        sentence, _, reason = raw.partition(" | ")
        kinds = sorted(corpus.kinds_of(reason))
        if sentence.strip() and kinds:
            found.append((sentence.strip(), kinds[0]))
    return found


def safe(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(line.strip(), learned.HARMLESS) for line in lines if line.strip()]


def answer_units(first: int, last: int) -> list[tuple[str, str]]:
    records = [json.loads(line) for line in (CORPUS / "medquad-dev.jsonl").open(encoding="utf-8")]
    found = []
    for record in records[first:last]:
        for unit in learned.units(record["answer"]):
            if len(unit.text) > 15:
                found.append((unit.text, learned.HARMLESS))
    return found


def always_trained() -> list[tuple[str, str]]:
    """What every model is trained on, whichever claim sets it leaves out."""
    data = claims(CORPUS / "dangerous-claims-dev.txt") + safe(CLEAN_STEPS) + safe(TEXTBOOK)
    for leaflet in TRAINED_LEAFLETS:
        data += safe(CORPUS / leaflet)
    return data


def training_data() -> list[tuple[str, str]]:
    data = always_trained()
    for number in TRAINED_SETS:
        data += claims(claim_file(number)) + safe(safe_file(number))
    return data + answer_units(0, 300)


def train(data: list[tuple[str, str]]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=MIN_DF)
    matrix = vectoriser.fit_transform([text for text, _ in data])
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    classifier.fit(matrix, [kind for _, kind in data])
    return vectoriser, classifier


def model_text(vectoriser: Any, classifier: Any) -> str:
    """The weights as JSON, six significant digits, one word or pair a line."""
    classes = list(classifier.classes_)
    idf = vectoriser.idf_

    def number(value: float) -> float:
        return float(f"{value:.6g}")

    head = {
        "written_by": "scripts/train-claims-model.py; do not edit",
        "settings": f"C={C}, min_df={MIN_DF}; "
        f"claim set {HELD_OUT_SET} and answers 301-600 held out",
        "classes": classes,
        "intercepts": [number(value) for value in classifier.intercept_],
    }
    lines = [json.dumps(head)[:-1] + ', "features": {']
    grams = sorted(vectoriser.vocabulary_.items())
    for position, (gram, index) in enumerate(grams):
        values = [number(idf[index])] + [number(row[index]) for row in classifier.coef_]
        comma = "," if position < len(grams) - 1 else ""
        lines.append(f"{json.dumps(gram)}: {json.dumps(values)}{comma}")
    return "\n".join(lines) + "\n}}\n"


def agreement(vectoriser: Any, classifier: Any, read: learned.Model, texts: list[str]) -> float:
    """The largest difference between scikit-learn's probabilities and carekb's."""
    theirs = classifier.predict_proba(vectoriser.transform(texts))
    worst = 0.0
    for row, text in zip(theirs, texts, strict=True):
        ours = learned.probabilities(text, read)
        for index, name in enumerate(classifier.classes_):
            worst = max(worst, abs(ours[name] - row[index]))
    return worst


def report(read: learned.Model) -> None:
    if claim_file(HELD_OUT_SET).exists():
        held = claims(claim_file(HELD_OUT_SET))
        right = sum(1 for text, kind in held if _reported(read, text) == kind)
        print(f"held-out claim set {HELD_OUT_SET}, model alone: {right} of {len(held)} right kind")
    else:
        print(f"held-out claim set {HELD_OUT_SET} not written yet: not measured")
    if safe_file(HELD_OUT_SET).exists():
        clean = safe(safe_file(HELD_OUT_SET))
        wrong = sum(1 for text, _ in clean if _reported(read, text))
        print(f"held-out clean sentences, model alone: {wrong} of {len(clean)} reported")
    answers = answer_units(300, 600)
    flagged = sum(1 for text, _ in answers if _reported(read, text))
    print(
        f"answers 301-600: {flagged} of {len(answers)} sentences reported (model alone, no gates)"
    )


def _reported(read: learned.Model, text: str) -> str | None:
    chances = learned.probabilities(text, read)
    harmless = chances.pop(learned.HARMLESS)
    if harmless > learned.NONE_BELOW:
        return None
    return max(chances, key=lambda name: chances[name])


def folds(count: int) -> int:
    """Out of fold: the learned reader alone on each set it was not trained on, the
    sets left out one at a time (``count`` 0) or in ``count`` groups (set n in group
    n mod ``count``: six groups train six models, not forty-six)."""
    from carekb.validate import claims as reader

    sets = list(TRAINED_SETS)
    groups = [[n] for n in sets] if count <= 0 else [sets[i::count] for i in range(count)]
    claimed = caught = clean = reported = 0
    for left_out in groups:
        data = always_trained() + answer_units(0, 300)
        for number in sets:
            if number not in left_out:
                data += claims(claim_file(number)) + safe(safe_file(number))
        found = _read_alone(reader, learned.parse_model(model_text(*train(data))))
        for number in left_out:
            for text, kind in claims(claim_file(number)):
                claimed += 1
                caught += reader._LEARNED_KINDS[kind].name in found(text)
            for text, _ in safe(safe_file(number)):
                clean += 1
                reported += bool(found(text))
        print(f"sets {left_out} left out: {caught} of {claimed} caught so far", flush=True)
    found = _read_alone(reader, learned.parse_model(OUT.read_text(encoding="utf-8")))
    answers = [json.loads(line)["answer"] for line in (CORPUS / "medquad-dev.jsonl").open()]
    flagged = sum(len(found(answer)) for answer in answers[300:600])
    print(
        f"learned reader alone, out of fold: {caught} of {claimed} claims "
        f"({100 * caught / claimed:.1f}%), {reported} of {clean} clean sentences reported; "
        f"{flagged} findings on answers 301-600 (committed model)"
    )
    return 0


def _read_alone(reader: Any, model: learned.Model) -> Any:
    """What the learned reader alone, reading with ``model``, finds in a text."""

    def found(text: str) -> list[str]:
        original = learned.model
        learned.model = lambda: model  # type: ignore[assignment]
        try:
            return [claim.kind.name for claim in reader.find_learned(text, [])]
        finally:
            learned.model = original  # type: ignore[assignment]

    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    parser.add_argument(
        "--folds",
        type=int,
        nargs="?",
        const=0,
        default=None,
        metavar="N",
        help="measure the gates out of fold: each set left out in turn, or in N groups",
    )
    args = parser.parse_args()
    if args.folds is not None:
        return folds(args.folds)
    data = training_data()
    print(
        f"training on {len(data)} texts ({sum(1 for _, k in data if k != learned.HARMLESS)} claims)"
    )
    vectoriser, classifier = train(data)
    text = model_text(vectoriser, classifier)
    read = learned.parse_model(text)
    worst = agreement(vectoriser, classifier, read, [t for t, _ in data[:2000]])
    print(f"largest difference from scikit-learn's probabilities: {worst:.2g}")
    if worst > 1e-4:
        print("carekb's reader does not reproduce scikit-learn: not written", file=sys.stderr)
        return 1
    report(read)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("committed model is up to date" if same else "committed model differs: retrain")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
