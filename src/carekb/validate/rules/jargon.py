"""Medical terms are explained in plain words the first time an entry uses them.

PEMAT, the patient-education assessment tool, asks that "medical terms are
used only to familiarise the audience with the terms, and when used, are
defined". A word is a medical term when

- it is rare in everyday English: below ``min_zipf`` on the Zipf scale of
  word frequency (wordfreq's English list, shipped with the package: 4 is
  "shoulder", 3 "tingling", 1.7 "cystoscopy");
- it has the shape of medical vocabulary ("-itis", "-osis", "-oscopy",
  "-cytes", "-coccal"...) and is below ``medical_zipf`` (3.1: "anemia",
  "leukemia" and "lymphoma" are above it, words most readers know;
  "osteoporosis" and "bronchitis" below); or
- it is listed under ``terms``, each with a plain explanation the finding
  suggests.

Not jargon: words of five letters or fewer, words in the project's
``glossary``, acronyms, a plain word with a prefix ("realign",
"malformation", "noncancerous", "monounsaturated") or with an ending that
only changes its part of speech ("dwarfism", "paleness", "impulsivity"), two
everyday words run together ("breastbone", "windpipe"), words the source
ran together by losing a space or dash ("complicationsstroke", "ormore";
"foratherosclerosis" is read as "atherosclerosis"), two swapped letters of a
word ("symtpoms"), words inside markup (HTML tags, code, link targets,
addresses), and capitalised words inside a sentence (names of people, places
and organisations: "National Institute of Arthritis and Musculoskeletal and
Skin Diseases"), and such a word at the start of a sentence too ("Gorlin
syndrome" elsewhere in the entry makes "Gorlin" a name), a person's name
before what is named after them ("Fanconi anemia", "(Valsalva maneuver)";
not a describing word such as "Myelodysplastic syndrome"), and a word in
capitals where the listed term is not ("LUMBAR/PELVIS/SACRAL syndrome"). A
heading run into the sentence after it ("Radiosensitizers Radiosensitizers
are drugs that...") is read as the heading and that sentence. Each field's
first use of a term must be explained, and one field explaining it is
enough: a summary may name what the answer below it defines
("Pheochromocytoma" as the summary, "Pheochromocytoma is a rare tumor..." as
the answer's first sentence); within one field an explanation more than a
sentence later does not count. Each term is reported once per entry, at its
first use. Titles, section headings and FAQ questions are skipped, because
they name the topic and the text below them explains it; a term they use is
the entry's topic, which the reader asked about ("What is lymphoma?"), and is
not reported in the text below them either, nor is the topic with a prefix
("an antiarrhythmia medicine" in an answer about arrhythmia). A term matches
as a whole word, ignoring case, with an optional plural "s"/"es".

What counts as explained (a heuristic, within the same sentence): the term,
or the term and at most two words after it ("thoracic spine"), followed by

- a parenthesis: ``osteoporosis (thin, weak bones)``; a name of a few more
  words before one that says more than an abbreviation: ``Avascular necrosis
  of bone (death of bone cells...)``;
- a dash: ``hypermobility - joints that bend further than most``;
- a colon and a definition: ``Incisional biopsy: The removal of part of a
  lump``; at the start of a list item, a label of up to five words and its
  definition (``- Lymphadenectomy: Removal of the lymph nodes``), or the
  label repeated and explained (``Stereotactic body radiation therapy:
  Stereotactic body radiation therapy is a type of...``), or with its
  abbreviation (``Volumetrical modulated arc therapy (VMAT): VMAT is...``);
- a comma and an appositive opener from ``appositive_openers``:
  ``the thoracic spine, the middle part of your back``; or a "which" or
  "who" clause: ``the conjunctival membrane which lines the eye``;
- explaining words from ``explained_by`` ("means", "is a", "are the",
  "specializes in", "begins in", "or"...): ``lumbar means your lower back``;
  ", which means" after a longer name (``an autosomal recessive pattern of
  inheritance, which means...``); a bare "is" does not define ("Chronic pain
  is different." is not an explanation), nor does an "or" that ends a list
  or comes before more jargon (``antibiotics, expectorants, or
  mucus-thinning medicines``, ``ureteroscopy or bile acid sequestrants``);

or the term in parentheses after the plain words (``weak bones
(osteoporosis)``, ``into the cerebrospinal fluid (intrathecal
chemotherapy)``), or introduced by a word from ``introduced_by`` after some
plain words (``the middle of your back, which doctors call the thoracic
spine``), or another name for what the text has just described (``Also
called erythrocyte sedimentation rate``), or named with "these" after the
text described it (``...given back through an infusion. These reinfused stem
cells...``), or the subject of a sentence that opens "In ..." (``In
electrochemotherapy, a probe is used to...``), or named as an example of a
plain kind of thing (``medicines that control the heart rhythm include
sotalol``, ``drugs (e.g., barbiturates)``, ``Warfarin, dabigatran and aspirin
are examples of blood-thinning medicines``, ``bronchitis, or other
conditions``), or defined by the very next sentence: one that opens with the
term and explains it (``...may progress to eclampsia. Eclampsia is a serious
condition...``, ``The term "fibrillate" means...``), one that says what
happens in it (``For this procedure, low-energy shocks are given...``), or,
after a term that ends its sentence or heading, one that says what kind of
thing it is (``Pleural effusion. In this condition, fluid builds up...``,
``Bronchodilators. These medicines relax your airways.``). The heuristic
accepts some weak explanations ("osteoporosis is a common problem"), so a
reviewer still reads the text; it will not accept a term that stands alone.

Options:

- ``terms``: the terms, each ``{term, explain}``; setting it replaces the
  built-in list.
- ``min_zipf``: words rarer than this are jargon (0 turns the frequency test
  off); ``medical_zipf``: the same for words shaped like medical terms.
- ``glossary``: words this project's readers know, or that its glossary page
  explains: never reported.
- ``extra_terms``: more terms of the same shape, added to ``terms``.
- ``explained_by``, ``appositive_openers``, ``introduced_by``: the words
  described above.

Passing example::

    answer: >-
      Doctors call it the thoracic spine (the middle part of your backbone).

Failing example::

    answer: >-
      Cracking can realign the vertebrae.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from carekb.model import Entry, Finding, JsonPath, Level
from carekb.validate import fields, prose, vocabulary, wordlists
from carekb.validate.context import RuleContext
from carekb.validate.wordlists import (
    Hit,
    Occurrence,
    PhraseList,
    alternation,
    phrase_findings,
    strings,
)

ID = "jargon"
LEVEL = Level.ERROR
# Findings about an entry depend only on its own file (and the roster, the
# config and the date), so the engine may check entries in parallel.
LOCAL = True

_FIELDS = ("term", "explain")


def _terms(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"term": term, "explain": explain} for term, explain in pairs]


OPTIONS: dict[str, Any] = {
    "terms": _terms(
        ("thoracic", "the middle part of your back, where your ribs join on"),
        ("cervical", "the neck part of your spine"),
        ("lumbar", "your lower back"),
        ("vertebra", "one of the small bones that make up your backbone"),
        ("vertebrae", "the small bones that make up your backbone"),
        ("vertebral", "to do with the small bones of your backbone"),
        ("intervertebral", "between the small bones of your backbone"),
        ("myofascial", "to do with your muscles and the thin layer of tissue around them"),
        ("fascia", "the thin layer of tissue around your muscles"),
        ("hypermobility", "joints that bend further than most people's"),
        ("hypermobile", "able to bend further than most people's joints"),
        ("osteoporosis", "thin, weak bones that break more easily"),
        ("osteoarthritis", "wear and tear in a joint that causes pain and stiffness"),
        ("herniated disc", "a soft pad between the bones of your back that bulges out"),
        ("herniated disk", "a soft pad between the bones of your back that bulges out"),
        ("disc herniation", "a soft pad between the bones of your back that bulges out"),
        ("inflammatory arthritis", "arthritis where your body's defences cause joint swelling"),
        ("rheumatoid arthritis", "a condition where your body's defences attack your joints"),
        ("ankylosing spondylitis", "a long-term condition that makes the spine stiff"),
        ("musculoskeletal", "to do with your muscles, bones and joints"),
        ("ligament", "a tough band that holds bones together"),
        ("kyphosis", "a rounded upper back"),
        ("scoliosis", "a sideways curve of the spine"),
        ("sciatica", "pain that runs from your lower back down your leg"),
        ("radiculopathy", "pain or numbness from a pinched nerve"),
        ("paresthesia", "pins and needles"),
        ("paraesthesia", "pins and needles"),
        ("cavitation", "the popping of a gas bubble in the fluid of a joint"),
        ("spinal manipulation", "a treatment where a trained clinician moves your spine"),
        ("range of motion", "how far you can move a joint"),
        ("flexion", "bending a joint"),
        ("spinal extension", "bending your back backwards"),
        ("scapula", "your shoulder blade"),
        ("scapulae", "your shoulder blades"),
        ("rhomboids", "the muscles between your shoulder blades"),
        ("trapezius", "the large muscle across your upper back and neck"),
        ("sternum", "your breastbone"),
        ("endorphins", "natural chemicals your body makes that ease pain"),
        ("adhesions", "bands of tissue that stick together"),
        ("chronic", "long-lasting, usually for more than 3 months"),
        ("exacerbate", "make worse"),
        ("contraindicated", "not safe for you because of a health condition"),
        ("analgesic", "a painkiller"),
        ("NSAID", "an anti-inflammatory painkiller such as ibuprofen"),
    ),
    "extra_terms": [],
    "min_zipf": 2.5,
    "medical_zipf": 3.1,
    "glossary": [],
    "explained_by": [
        "means",
        "which means",
        "mean",
        "refers to",
        "refer to",
        "meaning",
        "is a",
        "is an",
        "is the",
        "is one",
        "is when",
        "is where",
        "is how",
        "are a",
        "are an",
        "are the",
        "are when",
        "are cells",
        "are small",
        "specialize in",
        "specializes in",
        "begins in",
        "begin in",
        "starts in",
        "forms in",
        "form in",
        "or",
    ],
    "appositive_openers": [
        "a",
        "an",
        "the",
        "which",
        "that is",
        "i.e.",
        "also called",
        "when",
        "where",
        "meaning",
    ],
    "introduced_by": [
        "called",
        "call",
        "calls",
        "call it",
        "known as",
        "named",
        "referred to as",
    ],
}

# The end of a sentence in raw field text: a full stop, question or
# exclamation mark before whitespace, a blank line, or a new list item.
_SENTENCE_BREAK = re.compile(
    r"[.!?](?<!\Wi\.e\.)(?<!\We\.g\.)(?=[\"'\u201d\u2019)]*(?:\s|$))"  # end of sentence
    r"|\n[ \t]*\n"  # blank line
    r"|\n(?=[ \t]*(?:[-*+]|\d+\.) )"  # list item
)
_TRAILING_WORDS = r"(?:[ \t\n-]+[A-Za-z'\u2019]+){0,2}?"

# Kinds of thing a sentence may say a term is ("This test...", "These medicines...").
_KIND_NOUNS = (
    r"(?:tests?|procedures?|conditions?|diseases?|disorders?|medicines?|medications?|drugs?"
    r"|treatments?|therap(?:y|ies)|words?|terms?|types?|kinds?|forms?|tumou?rs?|cancers?|cells?"
    r"|proteins?|substances?|infections?|problems?|doctors?|specialists?|devices?|operations?"
    r"|surger(?:y|ies)|fats?|foods?|hormones?)"
)
# "Bronchodilators. These medicines relax your airways.", "...T-cell lymphoma. This
# type of non-Hodgkin lymphoma begins in T cells": the next sentence says what the
# term that ended a sentence is.
_NEXT_DEFINES = re.compile(
    r"[.:]?\s*(?:This|It|These|They|That)(?:\s+" + _KIND_NOUNS + r")?"
    r"\s+(?:is|are|means|uses|measures|checks|shows)\s+\w"
    r"|[.:]?\s*(?:This|These|That|Those)\s+(?:[\w-]+\s+){0,2}?" + _KIND_NOUNS + r"\s+\w"
    r"|[.:]?\s*In this (?:condition|disease|disorder|test|procedure|treatment)\b"
)
# "...electrical cardioversion to treat a fast heartbeat. For this procedure, low-energy
# shocks are given...": the next sentence says what happens in it, wherever the term
# stood in its own.
_NEXT_DESCRIBES = re.compile(
    r"[.:]?\s*(?:For|In|During)\s+(?:this|these)\s+(?:[\w-]+\s+)?" + _KIND_NOUNS + r"\s*,"
)
# Where the next sentence starts, after the full stop and any closing quote or bracket.
_NEXT_SENTENCE = re.compile(r"[.:!?]?[\"'\u201d\u2019)\]]*\s*(?:[-*\u2022]\s+)?")
# Plain kinds of thing: "X is a drug", "drugs such as X", "X, or other conditions".
_KIND_NAMES = (
    "medicine",
    "medication",
    "drug",
    "hormone",
    "antibiotic",
    "vitamin",
    "painkiller",
    "disease",
    "disorder",
    "condition",
    "infection",
    "oil",
    "food",
    "treatment",
    "treatment option",
    "test",
    "cancer",
    "tumor",
    "tumour",
    "surgery",
    "surgerie",  # with the plural "s" below: "surgeries"
    "procedure",
    "operation",
    "inhibitor",
    "blocker",
    "example",
)
# As a tree of letters (see wordlists.PhraseMatcher), with plurals: fast in a long text.
_KINDS = "(?:" + wordlists.tree([f"{name}s" for name in _KIND_NAMES] + list(_KIND_NAMES)) + ")"
# "Cladribine and pentostatin are anticancer drugs": the term is said to be a plain kind of thing.
# "...a cold, bronchitis, or other condition": one of a kind the sentence names.
# "ACE inhibitors, angiotensin II receptor blockers, ... are examples of medicines",
# "Retinoids, such as bexarotene, are drugs...": after more items of a list.
_IS_A_KIND = re.compile(
    r"(?:(?:\s+[\w/-]+){0,4}?(?:\s*(?:,|\band\b|\bor\b)(?:\s+[\w/-]+){1,4}?){0,6}?"
    r",?\s+(?:is|are)\s+(?!not\b)(?:(?:examples?|types?|kinds?)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"|,?\s+(?:and|or)\s+(?:some\s+|many\s+|any\s+)?other\s+)(?:[\w-]+\s+){0,2}" + _KINDS + r"\b",
    re.IGNORECASE,
)
# "medicines used to control the heart rhythm include amiodarone", "Examples of NSAIDs
# are aspirin, ibuprofen, and naproxen", "drugs (e.g., barbiturates, steroids)",
# "medicines ... include beta blockers (for example, metoprolol and atenolol)": the
# term is an example of a named kind.
# Items of a list, each of a few words (read whole, never shorter, so a long sentence
# is read once), then at most two words of the item the term is in: a term three
# words past "such as" is not an example.
_EXAMPLE_ITEMS = (
    r"(?:(?>[\w/'-]+(?:\s+(?!(?:and|or)\b)[\w/'-]+){0,4}(?:\s+\([^()]*\))?)"
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,12}"
    r"(?:[\w/-]+\s+(?:\([^()]*\)\s+)?){0,2}"
)
_FOR_EXAMPLE = r"(?:for\s+example|e\.g\.|i\.e\.|such\s+as|including|like)"
# The rest of a list of examples, from just after "such as" (or "include", "are",
# "(e.g.,") to the term, in lower case.
_ITEMS_TO_TERM = re.compile(
    _EXAMPLE_ITEMS
    + r"(?:\(\s*(?:"
    + _FOR_EXAMPLE
    + r"[,\s]+)?"
    + _EXAMPLE_ITEMS
    + r")?(?:[\w-]+/)?$"
)
_KIND_WORD = re.compile(r"(?<!\w)" + _KINDS + r"(?!\w)")
# What may come between a kind and its examples.
_INTRODUCES = re.compile(r"\b(?:such as|including|includes?|like|are)\s+")
_FOR_EXAMPLE_PAREN = re.compile(r"\s*\(\s*" + _FOR_EXAMPLE + r"[,\s]+")
_CLAUSE_END = re.compile(r"[.;:]")
_NOT_A_LIST = re.compile(r"(?:\w+ed|being|also|often|usually|not)\b")


def _example_of_a_kind(before: str) -> bool:
    """Is the term named in a list of examples of a kind? "medicines used to control
    the heart rhythm include amiodarone, ", "Examples of NSAIDs are aspirin, ibuprofen,
    and ", "drugs (e.g., ", "medicines ... include beta blockers (for example,
    metoprolol and ", "Some of the medicines ... are amiodarone, sotalol, " (a list
    after "are", not "are used to treat").

    Each kind word is followed to what introduces its examples and read from there, so
    a long sentence without commas costs no more than a few short matches.
    """
    lower = before.lower()
    for kind in list(_KIND_WORD.finditer(lower))[-8:]:
        paren = _FOR_EXAMPLE_PAREN.match(lower, kind.end())
        if paren is not None and _ITEMS_TO_TERM.match(lower, paren.end()):
            return True
        limit = kind.end() + (60 if kind.group().startswith("example") else 80)
        for intro in _INTRODUCES.finditer(lower, kind.end(), min(limit + 12, len(lower))):
            if _CLAUSE_END.search(lower, kind.end(), intro.start()):
                break
            after_are = intro.group().startswith("are") and not kind.group().startswith("example")
            if after_are and (
                _NOT_A_LIST.match(lower, intro.end()) or "," not in lower[intro.end() :]
            ):
                continue
            if _ITEMS_TO_TERM.match(lower, intro.end()):
                return True
    return False


# "into the cerebrospinal fluid (intrathecal chemotherapy)": plain words, then the term
# (and a word or two) in parentheses.
_OPEN_PAREN = re.compile(r"\(\s*(?:[\w-]+\s+){0,2}$")
_CLOSE_PAREN = re.compile(r"(?:[ \t-]+[\w'\u2019]+){0,2}?\s*\)")
# "Also called erythrocyte sedimentation rate, sed rate, or ESR.", "AML is also called
# acute myelogenous leukemia, acute granulocytic leukemia...": other names for what the
# text has just described.
_ALSO_CALLED = re.compile(
    r"\balso\s+(?:(?:is|are)\s+)?(?:called|known\s+as|named|referred\s+to\s+as)\s+[^.;:()]*$",
    re.IGNORECASE,
)
# "In electrochemotherapy, intravenous chemotherapy is given and a probe...": a
# sentence that opens with the term says what happens in it.
_OPENS_WITH_IN = re.compile(r"^\s*(?:[-*\u2022]\s+)?(?:In|During)\s+(?:an?\s+|the\s+)?$")
_ITEM_START = re.compile(r"^\s*(?:[-*\u2022]\s+)?(?:[\w-]+\s+){0,2}$")
_LABEL_THEN_DEFINITION = re.compile(r"(?:[ \t-]+[\w'\u2019]+){0,4}?\s*:\s+[A-Z](?:[a-z]|\s)")
_THEN_COMMA = re.compile(r"(?:[ \t-]+[\w'\u2019]+){0,2}?\s*,\s+\w")
# "...given back to the patient through an infusion. These reinfused stem cells...":
# the term names, with "these", what the text before has just described.
_REFERS_BACK = re.compile(r"\b(?:these|this|those|such)\s+$", re.IGNORECASE)
# Words, a hyphenated one ("T-cell") counted once.
_WORD = re.compile(r"\w+(?:-\w+)*")


@dataclass(frozen=True)
class _Explainers:
    """The compiled explanation tests: what may follow and what may precede a term."""

    after: re.Pattern[str]
    introduced: re.Pattern[str] | None  # "... which doctors call " at the end of the text
    # The first word of each introducing phrase, lower case: a sentence holding none
    # of them is not searched.
    introducers: tuple[str, ...] = ()

    def explained(
        self,
        sentence_before: str,
        sentence_after: str,
        following: str = "",
        *,
        term: str = "",
        rare: Callable[[str], bool] = lambda word: False,
        read_before: bool = False,
    ) -> bool:
        """Is the term explained, by its sentence or by the next one (``following``)?

        ``term`` is the term as the text writes it, ``rare`` says whether a word is
        jargon itself, ``read_before`` whether the field has text before this sentence.
        """
        match = self.after.match(sentence_after)
        if match is not None and not _joins_terms(match, sentence_before, sentence_after, rare):
            return True
        # "Ectomesenchymoma. This is a rare tumor of...": the term ends its sentence
        # (or a heading), and the next sentence says what it is.
        if len(_WORD.findall(sentence_after)) <= 2 and _NEXT_DEFINES.match(following):
            return True
        if _NEXT_DESCRIBES.match(following):
            return True
        if self._defined_next(following, term, rare) or self._restated(sentence_after, term, rare):
            return True
        # "medicines used to control the heart rhythm include amiodarone, sotalol":
        # an example of a plain kind of thing is explained by its kind.
        if _example_of_a_kind(sentence_before) or _IS_A_KIND.match(sentence_after):
            return True
        if _in_parentheses_after_words(sentence_before) and _CLOSE_PAREN.match(sentence_after):
            return True
        if "lso" in sentence_before and _ALSO_CALLED.search(sentence_before):
            return True
        if _OPENS_WITH_IN.match(sentence_before) and _THEN_COMMA.match(sentence_after):
            return True
        # "- Lymphadenectomy: Removal of the lymph nodes with cancer.": a term that opens
        # a list item or sentence as a label, its definition after the colon.
        if _ITEM_START.match(sentence_before) and _LABEL_THEN_DEFINITION.match(sentence_after):
            return True
        if read_before and _REFERS_BACK.search(sentence_before[-12:]):
            return True
        intro = (
            self.introduced.search(sentence_before)
            if self.introduced and _may_introduce(sentence_before, self.introducers)
            else None
        )
        # "called" only explains when plain words came first: "a rounded upper
        # back, which doctors call kyphosis", not "Doctors call it kyphosis".
        return intro is not None and len(_WORD.findall(sentence_before[: intro.start()])) >= 2

    def _defined_next(self, following: str, term: str, rare: Callable[[str], bool]) -> bool:
        """Does the very next sentence open with the term and explain it there? "...may
        progress to eclampsia. Eclampsia is a serious condition...", "A bronchoscope is
        inserted through the nose. A bronchoscope is a thin, tube-like instrument..."."""
        start = _NEXT_SENTENCE.match(following)
        rest = following[start.end() if start else 0 :]
        opening = _NEXT_OPENING.match(rest)
        rest = rest[opening.end() if opening else 0 :]
        if not term or rest[: len(term)].lower() != term.lower():
            return False
        tail = _PLURAL.match(rest, len(term))
        if tail is None:
            return False
        if opening is not None and opening.group("scene") and _THEN_COMMA.match(rest, tail.end()):
            return True  # "In most cases of lymphoplasmacytic lymphoma, B cells..."
        return self.explained("", rest[tail.end() :], term=term, rare=rare)

    def _restated(self, after: str, term: str, rare: Callable[[str], bool]) -> bool:
        """Is the term a label that the text after its colon repeats and explains?
        "Stereotactic body radiation therapy: Stereotactic body radiation therapy is a
        type of external radiation therapy."."""
        colon = _LABEL_COLON.match(after)
        if colon is None or not term:
            return False
        label = " ".join((term + colon.group(1)).split()).lower()
        rest = after[colon.end() :]
        words = rest.split()[: len(label.split())]
        if " ".join(words).lower() != label:
            return False
        skipped = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in words), rest)
        return skipped is not None and self.explained("", rest[skipped.end() :], rare=rare)


_LABEL_COLON = re.compile(r"((?:[ \t-]+[\w'\u2019]+){0,4}?)\s*:\s*")
# What may come before the term at the start of the sentence that defines it: "A
# bronchoscope is...", "In most cases of lymphoplasmacytic lymphoma, ...".
_NEXT_OPENING = re.compile(
    r"(?P<scene>(?:In|During)\s+(?:(?:most|some|many)\s+)?(?:(?:cases|people|children)\s+"
    r"(?:of|with)\s+)?)?(?:(?:an?|the)\s+)?(?:(?:term|word)\s+)?[\"\u201c']?",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?:e?s)?[\"\u201d']?(?!\w)")


def _may_introduce(before: str, introducers: tuple[str, ...]) -> bool:
    lower = before.lower()
    return any(word in lower for word in introducers)


def _in_parentheses_after_words(before: str) -> bool:
    """Is the term in parentheses after plain words ("the cerebrospinal fluid (")?"""
    start = before.rfind("(")
    return (
        start > 0
        and any(c.isalnum() for c in before[:start])
        and (_OPEN_PAREN.match(before, start) is not None)
    )


def _joins_terms(
    match: re.Match[str], before: str, after: str, rare: Callable[[str], bool]
) -> bool:
    """Is the explaining word an "or" that joins the term to another rather than
    saying it in plain words: before more jargon ("ureteroscopy or bile acid
    sequestrants"), or ending a list ("antibiotics, expectorants, or mucus-thinning
    medicines")?"""
    verb = match.group("verb")
    if verb is None or verb.lower() != "or":
        return False
    if _LIST_ITEM.search(before):
        return True
    following = _WORD.findall(after[match.end("verb") : match.end("verb") + 60])[:3]
    return any(rare(part) for word in following for part in word.split("-"))


_LIST_ITEM = re.compile(r",\s*$")


def prepare() -> None:
    vocabulary.prepare()


def check(ctx: RuleContext) -> Iterator[Finding]:
    terms = PhraseList(ctx, "terms", _FIELDS, suffix="(?:s|es)?")
    explainers = _compile(ctx)
    words = _Vocabulary(
        min_zipf=float(ctx.options["min_zipf"]),
        medical_zipf=float(ctx.options["medical_zipf"]),
        glossary=frozenset(w.lower() for w in strings(ctx, "glossary")),
    )
    for entry in ctx.kb.entries:
        found = _unexplained(entry, prose.texts(ctx, entry), terms, explainers, words)
        yield from phrase_findings(ctx, entry, found, _message)


# "Volumetrical modulated arc therapy (VMAT): VMAT is a type of...": a term and its
# abbreviation labelling the definition that follows.
# "Avascular necrosis of bone (death of bone cells caused by lack of blood flow)": a
# name of a few words, then what it is in parentheses (more than its abbreviation).
_LONG_NAME = (
    r"(?:[ \t\n-]+(?!(?:a|an|the|and|or|than|to|with|in|on|at|by|for|from|as|that|which"
    r"|is|are|was|were|be|has|have|can|may|will|uses?|causes?)\b)[A-Za-z'\u2019]+){3}"
    r"\s*\((?![A-Za-z0-9-]{2,12}\))"
)
# "an autosomal recessive pattern of inheritance, which means both copies...".
_MEANS_AFTER_NAME = r"(?:[ \t\n-]+[A-Za-z'\u2019]+){0,4}?,?\s+(?:which|that)\s+means\b"
_LABEL = r"(?:[ \t-]+[\w'\u2019]+){0,4}?\s*\([A-Za-z0-9-]{2,12}\)\s*:\s+\w"


def _compile(ctx: RuleContext) -> _Explainers:
    verbs = alternation(strings(ctx, "explained_by"))
    openers = alternation(strings(ctx, "appositive_openers"))
    introducers = alternation(strings(ctx, "introduced_by"))
    # A parenthesis, a dash, or a colon before a definition ("Incisional biopsy: The
    # removal of part of a lump").
    after = [r"\s*\(", r"\s*[\u2014\u2013]\s*\w", r"\s+--?\s+\w", r"\s*:\s+(?:an?|the)\s"]
    # "the conjunctival membrane which lines the eye", "a lipidologist who treats...".
    after.append(r"\s+(?:which|who)\s+\w")
    if openers:
        after.append(rf"\s*,\s+(?:{openers})(?!\w)")
    if verbs:
        after.append(rf",?\s+(?P<verb>{verbs})\s+[\"\u201c']?\w")
    introduced = None
    if introducers:
        # "a type of anal cancer, called anal adenocarcinoma": a word or two may come
        # between, and a pronunciation ("called transthoracic (trans-thor-AS-ik)
        # echocardiography").
        introduced = re.compile(
            rf"\b(?:{introducers})\s+(?:(?:the|an?|your)\s+)?"
            r"(?:[\w-]+\s+(?:\([^()\n]{0,40}\)\s+)?){0,2}$",
            re.IGNORECASE,
        )
    return _Explainers(
        introducers=tuple({w.split()[0].lower() for w in strings(ctx, "introduced_by")}),
        after=re.compile(
            rf"{_TRAILING_WORDS}(?:{'|'.join(after)})|{_LABEL}|{_LONG_NAME}|{_MEANS_AFTER_NAME}",
            re.IGNORECASE | re.DOTALL,
        ),
        introduced=introduced,
    )


@dataclass(frozen=True)
class _Vocabulary:
    """Which words count as medical terms beyond the listed ones."""

    min_zipf: float
    medical_zipf: float
    glossary: frozenset[str]
    # Verdicts by word: most words of a text come again and again.
    known: dict[str, bool] = field(default_factory=dict, compare=False)
    cuts: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)
    common_floor: float = field(default=2.0, compare=False, init=False)

    def __post_init__(self) -> None:
        # Most words of a text are common as written: one look-up settles them.
        floor = 10 ** (max(self.min_zipf, self.medical_zipf) - 9) if self.min_zipf > 0 else 2.0
        object.__setattr__(self, "common_floor", floor)

    def rare(self, word: str) -> bool:
        lower = word.lower()
        verdict = self.known.get(lower)
        if verdict is None:
            verdict = self.known[lower] = self._rare(lower)
        return verdict

    def joined(self, word: str) -> tuple[int, int]:
        """``vocabulary.lost_space``, worked out once per word."""
        cut = self.cuts.get(word)
        if cut is None:
            cut = self.cuts[word] = vocabulary.lost_space(word)
        return cut

    def _rare(self, word: str) -> bool:
        if vocabulary.frequency(word) >= self.common_floor:
            return False
        if word in self.glossary or word.rstrip("s") in self.glossary:
            return False
        medical = vocabulary.looks_medical(word)
        limit = max(self.min_zipf, self.medical_zipf if medical else 0.0)
        if limit <= 0:
            return False
        frequency = vocabulary.zipf(word)
        if frequency >= limit:
            return False
        if frequency == 0:
            head, tail = self.joined(word)
            if head or tail:  # "stressorsan": judge the word the lost space hid
                return self.rare(word[head : len(word) - tail])
        if medical:
            return True
        if (
            vocabulary.plain_compound(word, _PREFIXED)
            or vocabulary.plain_derivation(word, _DERIVED)
            or vocabulary.plain_compound_of_words(word, _EVERYDAY)
        ):
            return False
        if frequency > 0:
            return True
        # A word no list knows may be two words run together where the source lost a
        # dash or a space ("complicationsstroke"), or a slip of the keyboard
        # ("symtpoms"): it reads as the words it was meant to be.
        return not vocabulary.run_together(word, _COMMON) and (
            vocabulary.misspelling_of(word, self.min_zipf) is None
        )


def _unexplained(
    entry: Entry,
    texts: list[tuple[JsonPath, str]],
    terms: PhraseList,
    explainers: _Explainers,
    words: _Vocabulary,
) -> Iterator[Occurrence]:
    """The entry's first use of each term, where it is not explained."""
    order = {path: i for i, (path, _) in enumerate(texts)}
    listed = [
        o
        for o in terms.occurrences(entry, headings=False, read=texts)
        if not _in_a_name(o) and not _run_in_heading(o.text, o.hit.start)
    ]
    spans: dict[JsonPath, list[tuple[int, int]]] = {}
    for o in listed:
        spans.setdefault(o.path, []).append((o.hit.start, o.hit.end))
    for found_spans in spans.values():
        found_spans.sort()
    names: set[str] = set()
    rare = [o for o in _rare_words(texts, words, names) if not _inside(o, spans)]
    found = sorted([*listed, *rare], key=lambda o: (order.get(o.path, 0), o.hit.start))
    first: dict[str, Occurrence] = {}  # each term's first use, reported if no use explains it
    explained: set[str] = set()
    checked: set[tuple[str, JsonPath]] = set()
    off_topic: set[str] = set()
    # The entry's topic, as its title, question and headings name it: a reader who
    # asks "What is lymphoma?" knows the word, and the answer is about it.
    topic = " ".join(
        " ".join(text.lower().split()) for path, text in texts if fields.is_heading(path)
    )
    for occurrence in found:
        key = occurrence.hit.key.rstrip("s")
        if key not in explained and key not in off_topic:
            if _names_topic(key, topic):
                explained.add(key)
            else:
                off_topic.add(key)
        if key in explained or (key in names and occurrence.text[occurrence.hit.start].isupper()):
            continue  # explained already, or capitalised inside a sentence elsewhere: a name
        first.setdefault(key, occurrence)
        if (key, occurrence.path) in checked:
            continue  # within a field, only the first use may explain
        checked.add((key, occurrence.path))
        text = occurrence.text
        before, after = _sentence_around(text, occurrence.hit)
        following = text[occurrence.hit.end + len(after) : occurrence.hit.end + len(after) + 80]
        read_before = bool(text[: occurrence.hit.start - len(before)].strip())
        if explainers.explained(
            before,
            after,
            following,
            term=text[occurrence.hit.start : occurrence.hit.end],
            rare=words.rare,
            read_before=read_before,
        ):
            explained.add(key)
    # A term is explained if some field explains it where that field first uses
    # it: a summary may name what the answer below it defines.
    for key, occurrence in first.items():
        if key not in explained:
            yield occurrence


def _names_topic(key: str, topic: str) -> bool:
    """Does the title, question or a heading use the term (any inflection), or the
    term without a prefix ("an antiarrhythmia medicine" about arrhythmia)?"""
    return bool(topic) and any(
        stem in topic and re.search(rf"\b{re.escape(stem)}", topic) is not None
        for stem in (key, *(key[len(p) :] for p in vocabulary.PREFIXES if key.startswith(p)))
        if len(stem) >= 4
    )


# Candidate words: letters only, six or more (short words are rarely jargon, and
# skipping them keeps the frequency look-ups few).
_CANDIDATE = re.compile(r"(?<![\w'\u2019-])[A-Za-z][a-z]{5,}(?![\w'\u2019-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\-*\u2022(\"\u201c])\s*$")


def _in_a_name(occurrence: Occurrence) -> bool:
    """Is the word capitalised inside a sentence: part of a name, as in
    "National Institute of Arthritis and Musculoskeletal and Skin Diseases"?"""
    hit = occurrence.hit
    return _name_at(occurrence.text, hit.start, hit.end, occurrence.item["term"])


def _name_at(text: str, start: int, end: int, term: str) -> bool:
    """:func:`_in_a_name` for the word at ``start:end`` of ``text``, listed as ``term``."""
    if not text[start].isupper():
        return False
    if text[start:end].isupper() and not term.isupper():
        return True  # "LUMBAR/PELVIS/SACRAL syndrome": capitals, as names and labels are
    if not _SENTENCE_START.search(text[max(start - 3, 0) : start]) and not _after_heading(
        text, start
    ):
        return True
    # At a sentence's start, a title: "Mycosis Fungoides and the Sezary Syndrome
    # Treatment", the name of a resource or a heading, not a term in a sentence; or
    # a person's name before what is named after them ("Fanconi anemia", "(Valsalva
    # maneuver)"), which a describing word ("Myelodysplastic syndromes") is not.
    if _TITLE_CASE.match(text, end) is not None:
        return True
    return _NAMED_AFTER.match(text, end) is not None and not _DESCRIBING.search(text, start, end)


# What is often named after a person: "Fanconi anemia", "Bourneville disease".
_NAMED_AFTER = re.compile(
    r"[ \t]+(?:disease|syndrome|anemia|anaemia|sarcoma|lymphoma|tumou?r|disorder|maneuver"
    r"|manoeuvre|sign|test|reflex|palsy|phenomenon|procedure|operation)s?\b"
)
# Endings of describing words, which names seldom have.
_DESCRIBING = re.compile(r"(?:ic|al|ar|ary|ous|oid|ive|ed|ing|form|like)$")
_HEADING_WORDS = 5  # the longest run-in heading looked for, in words


def _run_in_heading(text: str, start: int) -> bool:
    """Does a heading start at ``start`` that the text runs into its first sentence,
    repeating it ("Radiosensitizers Radiosensitizers are drugs...", "Monoclonal
    antibody therapy Monoclonal antibody therapy is...")?"""
    words = text[start : start + 200].lower().split()[: 2 * _HEADING_WORDS]
    return any(words[:size] == words[size : 2 * size] for size in range(1, len(words) // 2 + 1))


def _after_heading(text: str, start: int) -> bool:
    """Does the sentence at ``start`` open by repeating the run-in heading before it?"""
    before = text[max(start - 120, 0) : start].lower().split()[-_HEADING_WORDS:]
    after = text[start : start + 120].lower().split()[:_HEADING_WORDS]
    if not before or before[-1] not in after:
        return False
    return any(
        before[-size:] == after[:size] for size in range(1, min(len(before), len(after)) + 1)
    )


_TITLE_CASE = re.compile(r"[ \t]+(?:(?:and|of|the|for|or|in)[ \t]+)?[A-Z][a-z]")


def _rare_words(
    texts: list[tuple[JsonPath, str]], words: _Vocabulary, names: set[str]
) -> Iterator[Occurrence]:
    """The first use in each text of each word that is rare in everyday English or looks
    medical; ``names`` gets the words capitalised inside a sentence (names, not jargon).

    One pass over each text's words: a word is judged the first time it is seen, and
    after that costs a look-up (a capitalised word reported already is read on only to
    learn whether it is a name somewhere).
    """
    for path, text in texts:
        if fields.is_heading(path):
            continue
        marked = _may_hold_markup(text)
        seen: dict[str, bool] = {}  # word -> read on (capitalised and reported)
        for match in _CANDIDATE.finditer(text):
            word = match.group()
            read_on = seen.get(word)
            if read_on is False:
                continue
            start = match.start()
            if read_on:
                if _name_at(text, start, match.end(), word.lower()) and not (
                    _run_in_heading(text, start) or (marked and _inside_markup(text, start))
                ):
                    names.add(word.lower().rstrip("s"))
                    seen[word] = False
                continue
            if not words.rare(word):
                seen[word] = False
                continue
            if (marked and _inside_markup(text, start)) or _run_in_heading(text, start):
                continue  # markup, or the heading of the sentence after it, which says the same
            # "risk factors foratherosclerosis": the word after a lost space is the term.
            head, tail = words.joined(word)
            start, end = start + head, match.end() - tail
            lower = text[start:end].lower()
            # A name inside a sentence (a person, place or organisation) is not jargon.
            if _name_at(text, start, end, lower):
                names.add(lower.rstrip("s"))
                seen[word] = False
                continue
            seen[word] = word[0].isupper()
            item = {"term": lower, "explain": "what it means, in everyday words"}
            yield Occurrence(path, text, Hit(start, end, lower), item)


# Text that is not prose: HTML tags, inline code, link targets, web and e-mail
# addresses. A word inside them ("onerror", "javascript") is markup, not jargon. None
# crosses a line, and none is looked for further than ``_MARKUP_REACH`` from a word.
_MARKUP = re.compile(r"<[^>\n]*>|`[^`\n]*`|\]\([^)\n]*\)|\b(?:https?://|www\.)\S+|\S+@\S+")
_MARKUP_REACH = 200


def _may_hold_markup(text: str) -> bool:
    return any(marker in text for marker in ("<", "`", "](", "://", "www.", "@"))


def _inside_markup(text: str, position: int) -> bool:
    """Is ``position`` inside markup, as read on its own line near it?"""
    start = max(text.rfind("\n", 0, position) + 1, position - _MARKUP_REACH)
    end = text.find("\n", position)
    end = min(len(text) if end < 0 else end, position + _MARKUP_REACH)
    for match in _MARKUP.finditer(text, start, end):
        if match.start() > position:
            return False
        if match.end() > position:
            return True
    return False


def _message(occurrence: Occurrence) -> str:
    term = occurrence.quoted
    return (
        f'medical term "{term}" is not explained where this entry first uses it: '
        f'add plain words, for example "{term} ({occurrence.item["explain"]})"'
    )


def _inside(occurrence: Occurrence, spans: dict[JsonPath, list[tuple[int, int]]]) -> bool:
    """Is the word part of a listed term ("herniated" of "herniated disc")?"""
    hit, found = occurrence.hit, spans.get(occurrence.path)
    if not found:
        return False
    # Listed terms do not overlap (the longest wins), so only the last one that
    # starts at or before the word can hold it.
    index = bisect.bisect_right(found, (hit.start, len(occurrence.text) + 1)) - 1
    return index >= 0 and found[index][0] <= hit.start and hit.end <= found[index][1]


_COMMON = 3.5  # the Zipf value of "posture": a word this common is plain
# A word this common with an ending that only changes its part of speech is plain:
# "itchy" + "ness", "impulsive" + "ity".
_DERIVED = 3.2
# A word this common with a prefix is plain: "non" + "cancerous", "mal" + "formation".
_PREFIXED = 3.1
_EVERYDAY = 4.0  # both halves of a compound this common: "breast" + "bone"
_CONTEXT = 300  # characters of a sentence read on either side of a term


def _sentence_around(text: str, hit: Hit) -> tuple[str, str]:
    """The text of the term's sentence before the term, and after it.

    A sentence is read at most ``_CONTEXT`` characters either side, so a megabyte
    without a full stop costs no more per term than a short one.
    """
    start = max(hit.start - _CONTEXT, 0)
    for match in _SENTENCE_BREAK.finditer(text, start, hit.start + 1):
        if match.end() > hit.start:
            break
        start = match.end()
    end_match = _SENTENCE_BREAK.search(text, hit.end, hit.end + _CONTEXT)
    end = end_match.start() if end_match else min(len(text), hit.end + _CONTEXT)
    return text[start : hit.start], text[hit.end : end]
