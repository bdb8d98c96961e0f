"""Kinds of dangerous advice, found by meaning in a clause: the vocabulary of risky-claim.

Each kind is a few patterns of word *categories* (a medicine + a change to
it, a red-flag symptom + a dismissal, a self-care subject + a promise to
cure), not a list of sentences: "Halve your warfarin" and "Stop your
inhaler" are the same claim as "Stop taking your blood thinner". The
patterns run on :attr:`carekb.validate.clauses.Clause.words` (lower case,
tokens joined by single spaces, so ``100%`` reads ``100 %`` and ``risk-free``
reads ``risk - free``), with bounded gaps only, so they stay linear.

A pattern names the group that holds the claim's key word (``claim``): the
finding points there, and negation is judged there. Each kind has a reason and
a safer wording, which the finding gives.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from carekb.validate import learned, vocabulary
from carekb.validate.clauses import NEGATIONS, Clause, words_of
from carekb.validate.lazyre import LazyPattern
from carekb.validate.prefilter import Prefilter


def _words(*alternatives: str) -> str:
    """A non-capturing group of whole-word alternatives (each already a regex)."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


# --- word categories -------------------------------------------------------------------

MEDICINE = _words(
    r"medicines?",
    r"medications?",
    r"meds",
    r"tablets?",
    # Tablets in chat ("my blood pressure tabs"), not tabs kept on something.
    r"(?<!keep )(?<!keeping )(?<!kept )(?<!keeps )(?<!browser )tabs",
    r"pills?",
    r"capsules?",
    # "the brown preventer can stay at home", "prescribed pain patches"
    r"preventers?",
    r"(?:pain|nicotine|hrt|hormone|fentanyl|morphine|contraceptive) patch(?:es)?",
    r"drugs?",
    r"doses?",
    r"dosage",
    r"insulin",
    r"aspirin",
    r"(?:your|his|her|their|home|supplemental|supplementary) oxygen(?! (?:levels?|saturation|sats"
    r"|in|to|from|supply|through))",
    r"ibuprofen",
    r"paracetamol",
    r"co - codamol|co - dydramol|codeine",
    r"acetaminophen",
    r"naproxen",
    r"painkillers?",
    r"pain (?:killers?|relievers?)",
    r"blood thinners?",
    r"anticoagulants?",
    r"warfarin",
    r"heparin",
    r"antibiotics?",
    r"steroids?",
    r"prednisone",
    r"inhalers?",
    r"prescriptions?",
    # "stop your prescribed course once you feel better"
    r"(?:prescribed|antibiotic|steroid) courses?",
    r"antidepressants?",
    r"statins?",
    r"metformin",
    r"chemo(?:therapy)?",
    r"injections?",
    r"patch(?:es)?",
    # Families of drug names, by their standard endings.
    r"preventers?",
    r"relievers?",
    r"puffers?",
    r"sleeping (?:pills?|tablets?)",
    # Forms a medicine comes in, and classes a leaflet names instead of a drug.
    r"puffs?",
    r"sprays?",
    r"sachets?",
    r"lozenges?",
    r"suppositor(?:y|ies)",
    r"the pill",
    r"contracepti(?:ves?|on)",
    r"hrt",
    r"(?:levo)?thyroxine",
    r"levo|liothyronine|t [34]|ndt|carbimazole|propylthiouracil|clexane|enoxaparin|gonal - f"
    r"|menopur|clomid|clomiphene|letrozole|cyclogest|utrogestan|ovitrelle|topiramate|valproate"
    r"|epilim|levetiracetam|keppra|carbamazepine|phenytoin|midazolam|buccolam",
    r"ciclosporin|cyclosporine|tacrolimus|mycophenolate|rifaximin|lactulose|phosphate binders?"
    r"|sevelamer|immunosuppressants?|anti - rejection (?:tablets|medicines?|meds|drugs)",
    r"bisacodyl|senna|senokot|dulcolax|laxatives?|bowel prep|diuretics?|water pills|diet pills"
    r"|orlistat|roaccutane|anti - d|\w+conazole|clotrimazole|canesten",
    r"clobetasol|betnovate|dermovate|hydroquinone|spironolactone|lidocaine|minoxidil|finasteride"
    r"|ivermectin",
    r"lantus|levemir|tresiba|toujeo|novorapid|humalog|fiasp|apidra|gliclazide|glipizide"
    r"|sitagliptin|\w+gliflozin|\w+glutide|ozempic|mounjaro|tirzepatide|basal|bolus",
    r"sertraline|mirtazapine|lithium|zopiclone|zolpidem|tramadol|adderall|ritalin|methylphenidate"
    r"|elvanse|lisdexamfetamine|concerta|donepezil|aricept|memantine|rivastigmine|galantamine",
    r"antihistamines?",
    # Rheumatology's, and blood and clotting's: by name and by the endings of a class.
    r"allopurinol|febuxostat|colchicine|hydroxychloroquine|plaquenil|sulfasalazine|leflunomide"
    r"|azathioprine|prednisolone|\w+citinib|\w+cept|\w+xaban|dabigatran|clopidogrel"
    r"|hydroxyurea|hydroxycarbamide|clotting factor|factor (?:viii|8|ix|9)|iron (?:tablets|pills)"
    r"|ferrous \w+|gout (?:tablets|pills|medicines?)|biologics?",
    # Travel's and the mountains': malaria tablets, altitude's.
    r"malaria (?:tablets|pills|meds|medicines?)|antimalarials?|malarone|atovaquone|proguanil"
    r"|chloroquine|mefloquine|larium|diamox|acetazolamide|dexamethasone|beechams",
    # Urology's.
    r"potassium citrate|tamsulosin|mirabegron|solifenacin|tolterodine",
    # Recovery's: substitution, relapse prevention and withdrawal medicines.
    r"bupe|subutex|suboxone|espranor|acamprosate|disulfiram|antabuse|chlordiazepoxide|librium"
    r"|naloxone|thiamine|pabrinex",
    # Antipsychotics and sleep medicines given in care.
    r"risperidone|risperdal|aripiprazole|abilify|melatonin|antipsychotics?",
    # Gynaecology's and spinal injury's.
    r"provera|medroxyprogesterone|norethisterone|tranexamic acid|mefenamic acid|ponstan"
    r"|baclofen|tizanidine|oxybutynin|dantrolene",
    # Ear, nose and throat's.
    r"betahistine|serc|prochlorperazine|stemetil|cinnarizine|stugeron|otomize|sofradex"
    r"|xylometazoline|otrivine|beconase|flixonase|nasonex|mometasone",
    # Asthma's and allergy's, and the cold-and-flu shelf's brands.
    r"montelukast|singulair|salbutamol|ventolin|beclometasone|budesonide|fluticasone|formoterol"
    r"|salmeterol|symbicort|seretide|fostair|tiotropium|spiriva|theophylline|carbocisteine"
    r"|cetirizine|loratadine|fexofenadine|chlorphenamine|piriton|benadryl|nurofen|lemsip|calpol"
    r"|sudafed|decongestants?|cough (?:syrups?|mixtures?|medicines?)|cold remedies",
    r"antacids?",
    r"laxatives?",
    r"diuretics?",
    r"water (?:tablets|pills)",
    r"beta (?:- )?blockers?",
    r"opioids?",
    r"morphine",
    r"codeine",
    r"tramadol",
    r"lithium",
    r"methotrexate",
    r"anti - ?(?:depressants?|psychotics?|convulsants?|epileptics?|biotics?|inflammatories"
    r"|coagulants?|histamines?)",
    r"antipsychotics?",
    r"anticonvulsants?",
    r"antiepileptics?",
    r"immunosuppressants?",
    r"blood pressure (?:pills?|tablets?|medicines?)",
    r"epipen|adrenaline",
    r"triptans?",
    r"loperamide|imodium|buscopan|mesalazine|\w+mab",
    r"immunotherapy|(?:\S+ )?infusions?|hormone therapy|radiotherapy",
    r"blood (?:- )?thinning (?:injections?|jabs?|tablets?|shots?)",
    # Injection pens (insulin, weight-loss jabs): "share your pen", "a pen strength".
    r"(?:insulin|injection|injector|jab|weight - loss|epi|pre - filled|prefilled) pens?"
    r"|pens? (?:strength|strengths|dose|doses|clicks?|needles?)",
    # A bare "pen" is one only after whose it is ("your pen"), the determiner left to the
    # verb before it, as for any medicine.
    r"(?:(?<=your )|(?<=my )|(?<=his )|(?<=her )|(?<=their )|(?<=our )|(?<='s )|(?<=own ))"
    r"pens?(?! and (?:paper|pencil|notebook)| to write)",
    r"ssris?|snris?|maois?|nsaids?|ppis?|ace inhibitors?",
    r"oestrogen|estrogen|progesterone|testosterone|tretinoin|isotretinoin",
    r"(?:eye|ear|nose|nasal|glaucoma) drops",
    r"(?:steroid|hormone|oestrogen|estrogen|antibiotic|antifungal|prescription|acne"
    r"|eczema) (?:creams?|gels?|ointments?|drops)",
    r"(?:muscle )?relaxants?",
    r"sedatives?",
    r"sleeping aids?",
    r"benzodiazepines?",
    r"\w+(?:pril|olol|sartan|statin|statins|dipine|prazole|mycin|cillin|cycline|floxacin|parin"
    r"|xaban|gatran|codone|profen|triptan|zepam|zolam|oxetine|tidine|olone|isone|asone"
    # Bone, mental health and addiction medicines by their endings: alendronate,
    # quetiapine, methadone, pregabalin, gabapentin, buprenorphine, amitriptyline,
    # citalopram, venlafaxine, haloperidol, lamotrigine, naltrexone.
    r"|dronate|apine|adone|gabalin|pentin|orphine|triptyline|pramine|talopram|faxine|peridol"
    r"|trigine|trexone|loxone|pezil|semide|thiazide|dogrel)",
    # Drugs of the gym: "DNP is safe as long as...", "a mate's SARMs".
    r"dnp|sarms?|clenbuterol|clen|trenbolone|tren|anavar|dianabol|winstrol|hgh|trt",
    r"viagra|cialis|\w+afil",
)
_CHANGE = _words(
    r"stop(?:s|ping)?(?: taking| using| injecting| inhaling| applying)?",
    # "can have a break from their insulin", "took myself off lithium"
    r"(?:have|having|take|taking|give \S+|giving \S+) a (?:break|rest|holiday|day off|week off)"
    r" from",
    r"t(?:ake|akes|aking|ook|aken) (?:myself|yourself|himself|herself|themselves|ourselves|him"
    r"|her|them) off",
    r"hold(?:ing)? off(?: on)?",
    r"quit(?:ting)?",
    r"skip(?:s|ping)?",
    r"miss(?:ing)?",
    r"halve|halving",
    r"doubl(?:e|es|ing)(?! - ?check)",
    r"tripl(?:e|es|ing)",
    r"increas(?:e|es|ing)",
    r"decreas(?:e|es|ing)",
    r"reduc(?:e|es|ing)",
    r"cut(?:ting)? (?:down|back)(?: on)?",
    r"lower(?:ing)?",
    r"rais(?:e|ing)",
    r"come off",
    r"coming off",
    r"give up",
    r"giving up",
    r"ditch(?:es|ed|ing)?",
    r"drop(?:ping)?",
    r"swap(?:s|ped|ping)?",
    r"switch(?:ing)?",
    r"start(?:ing)? (?:taking|using)",
    r"take (?:an? )?(?:more|extra|twice|double|another|additional)",
    r"taking (?:an? )?(?:more|extra|twice|double|another|additional)",
    r"cut(?:ting)?",
    r"replac(?:e|ing)",
    r"throw(?:ing)? (?:away|out)",
    r"ditch(?:ing)?",
    r"wean(?:s|ing)? (?:\S+ )?off",
    r"hoard(?:s|ing)?|stash(?:es|ing)?|stockpil(?:e|es|ing)",
    r"pass(?:es|ing)? (?:you|me|him|her|them) (?:a few|some|one|a couple)",
    r"bin(?:ning)?",
    r"(?:leav(?:e|ing)|left) (?:\S+ )?out",
    r"taper(?:s|ed|ing)?(?: off| down)?",
    r"trad(?:e|es|ing)(?: in)?",
    r"(?:swallow|pop)(?:s|ping)? (?:a few |\S+ )?(?:more|extra|another)",
    r"(?:twice|three times|double) as (?:much|many|often)",
    r"leav(?:e|ing) off",
    r"go(?:ing)? without",
    r"hold(?:ing)? off(?: on)?",
    r"paus(?:e|ing)",
    # "slip them a couple of the co-codamol from your handbag"
    r"slip(?:s|ping)? (?:them|him|her|someone|a patient|a friend)(?: a couple of| a few| one of"
    r"| some| a)?",
    # "release your epilepsy medication and trust the universe"
    r"releas(?:e|ing)|let(?:ting)? go of",
    # "change their own insulin doses"
    r"(?:chang|adjust|alter|tweak)(?:e|es|ing|s)? (?:their|your|his|her|my) own",
    # Before "take two": "take two or three more senna" is one change.
    r"tak(?:e|ing) (?:two|three|four|five|a few|some|several)(?: or (?:two|three|four|five|six))?"
    r" (?:extra|more)",
    r"tak(?:e|ing) (?:only )?(?:half|a half|a quarter|two|three|double|twice)",
    # Not "keep up your checks and medicines": kept, not raised.
    r"(?<!keep )(?<!keeps )(?<!keeping )(?<!kept )up(?:ping)?",
    # Someone else's medicine is a change too: "share your painkillers".
    r"shar(?:e|es|ing)",
    r"borrow(?:s|ing)?",
    r"lend(?:s|ing)?",
    r"add(?:s|ing)? (?:an? )?(?:extra|more|another|additional|second|third)",
    r"top(?:s|ping)? up",
    r"hand(?:s|ing)? (?:on|out|over|round)",
    r"pass(?:es|ing)? (?:on|round|around)",
    r"giv(?:e|es|ing) away",
    r"reus(?:e|es|ing)",
    r"split(?:s|ting)?",
    r"crush(?:es|ing)?",
    r"chew(?:s|ing)?",
    r"leav(?:e|ing) (?:the rest of|the remaining|the last of|what is left of)",
    r"sav(?:e|es|ing) (?:\S+ )?for (?:later|next time|another time)",
    r"sav(?:e|es|ing) up",
    r"discontinu(?:e|es|ing)",
    r"ceas(?:e|es|ing)",
    r"cancel(?:s|ling|led)?",
    r"forget (?:about )?the",
    # "nick a few of your mum's thyroid tablets"
    r"(?:nick|pinch|steal|swipe|grab|borrow|take)\w* (?:a few|some|one|a couple|a handful) of"
    r" (?:your |my |his |her )?\S+'s",
    r"bump(?:ing)? up",
    r"(?:don't|dont|do not|no need to) bother (?:taking|finishing|using|with)",
    # "give your mate a few of your quetiapine"
    r"giv(?:e|es|ing) (?:\S+ ){0,2}?(?:a few|some|one|a couple|a handful|a bit|a little|half)"
    r" of (?:your|my)",
    r"crank(?:s|ing)?",
    r"(?:no need to|don't need to|do not need to|needn't) (?:finish|complete|continue|keep taking)",
    r"interrupt(?:s|ing)?",
    r"(?:stop|quit|skip|give up)(?:ping|ting)? (?:on|with)",
    # "take two extra", "taking a few more": any number or amount before the word
    r"tak(?:e|ing) (?:a few |\S+ )?(?:more|extra|double|additional|another)",
)
# How a medicine is taken, not whether: "You don't need to take your tablets with food".
_HOW_TAKEN = LazyPattern(
    r" (?:with|without) (?:food|a meal|meals|water|milk|a drink|a snack)\b"
    r"| on an empty stomach\b"
)
# Who decides about a medicine: advice that sends the reader to them is fine.
# Illnesses antibiotics do nothing for; a course already started is another matter.
_VIRAL = LazyPattern(r"\b(?:colds?|flu|viral|virus(?:es)?|sore throats?|coughs?)\b")
_YOURS_STOPPED = LazyPattern(r"\b(?:your|no longer|keep|finish|complete)\b")


def _needs(words: str) -> frozenset[str]:
    """A set of words, written as one string of words."""
    return frozenset(words.split())


class _Referral(LazyPattern):
    """The reader sent to, or guided by, their own clinician: :data:`_PRESCRIBER`'s matches
    less a clinician cited as a rumour's source ("Japanese doctors discovered", "my cousin
    the pharmacist says", "a retired neurologist confirmed this") or brushed aside
    ("doctors will just give painkillers anyway"), or asked only later ("Ask her doctor
    later; for now give her some of your own sleeping tablets")."""

    __slots__ = ()

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return (
            found
            for found in super().finditer(string, pos, endpos)
            if not _hearsay(found) and not _ASKED_LATER.match(string, found.end())
        )

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)


_ASKED_LATER = LazyPattern(
    r" (?:\S+ )?(?:later|next (?:week|month|time|year)|at (?:your|his|her|their) next|sometime"
    r"|some time|one day|when (?:you|he|she|they) (?:get|have) (?:a chance|time))\b"
)
# Who a clinician belongs to when they are cited, not consulted: someone's relative or
# friend, a nationality, a title of fame or of the past.
_HEARSAY_MARKS = _needs(
    "a an cousin friend friends neighbour neighbor uncle aunt auntie sister brother "
    "mate colleague retired famous top leading brave honest real some many one japanese "
    "american german chinese indian russian british french swiss korean who's"
)
_CITES = LazyPattern(r" (?:has |have )?(?:says|said|tells|told|confirms|confirmed|agrees|agreed)$")
_BRUSHES_ASIDE = LazyPattern(r"\s*(?:just|only|simply|probably just|anyway)\b")


def _hearsay(found: re.Match[str]) -> bool:
    """Is the clinician ``found`` (a :data:`_PRESCRIBER` match of the form "doctor says",
    "doctors will") cited or brushed aside rather than the reader's own?"""
    said = found.group()
    if said.endswith((" will", " can", " may", " might", " could")):
        return bool(_BRUSHES_ASIDE.match(found.string, found.end()))
    if not _CITES.search(said):
        return False
    before = found.string[max(found.start() - 40, 0) : found.start()].split()[-3:]
    return any(word in _HEARSAY_MARKS for word in before)


# Rung, and talked through it: "forgot my insulin ..., rang the diabetes team and they
# talked me through it" (a clinician's advice, and help sought, told after).
_TALKED_THROUGH = (
    r"(?:rang|called|phoned|contacted) (?:the |my |our |his |her |their )?(?:\S+ )?(?:team"
    r"|doctor|gp|pharmacist|pharmacy|surgery|clinic|nurse|specialist|consultant|midwife"
    r"|helpline|111|999) and (?:they|she|he) (?:talked|walked|took) (?:me|him|her|us|them)"
    r" through"
)
_PRESCRIBER = _Referral(
    _words(
        # Not "cheaper than seeing the GP": what is put aside sends no one.
        r"(?<!than )(?<!instead of )(?<!no need to )(?<!don't )(?<!do not )(?<!never )(?<!dont )"
        r"(?:ask|asking|asked|tell|talk(?:ing)? to|speak(?:ing)? to"
        r"|check(?:ing)? with|consult(?:ing)?|see|seeing|raise (?:it|this|that|them) with"
        r"|discuss (?:it |this |that |them )?with|mention (?:it |this |that |them )?to)"
        r" (?:with )?(?:your |ur |a |the |his |her |their |our |my )?(?:doctor|gp|pharmacist"
        r"|pharmacy|nurse|paediatrician|pediatrician|psychiatrist|prescriber|care team"
        r"|health ?care (?:provider|team|professional)|provider|clinician|specialist)",
        # "ring the pharmacy before stopping them"
        r"(?:ring|call|phone|contact)(?:ing)? (?:your |a |the )?(?:doctor|gp|pharmacist|pharmacy"
        r"|surgery|clinic|nurse|prescriber|specialist|consultant|midwife)",
        # "Only with his neurologist's guidance, and never suddenly on your own"
        r"(?:with|under) (?:your |his |her |their |the )?(?:\S+ )?(?:doctor|gp|neurologist"
        r"|cardiologist|consultant|specialist|nurse|prescriber|pharmacist)(?:'s)? (?:guidance"
        r"|advice|supervision|agreement)",
        # "told them thats one for their diabetes nurse not me"
        r"(?:that's|thats|that is|it's|its) (?:one|a question|a matter) for (?:your |their |the"
        r" |his |her )?(?:\S+ )?(?:doctor|gp|nurse|pharmacist|prescriber|specialist|consultant"
        r"|midwife|team)",
        _TALKED_THROUGH,
        # A plan a clinician wrote: "follow your sick day rules and double your dose".
        r"sick(?: -)? day rules|(?:asthma|action|care|treatment|written|management|sick(?: -)? day)"
        r" plan",
        r"as (?:prescribed|directed|advised)",
        # "double your hydrocortisone as your endocrinology team has taught you"
        r"as (?:your |the )?(?:\S+ )?(?:team|doctor|gp|nurse|specialist|consultant|midwife"
        r"|pharmacist) (?:has |have )?(?:taught|told|shown|advised|agreed)",
        r"prescribed by",
        # "Only if the GP has prescribed it for the baby" (not "if your mums GP prescribed it")
        r"(?:the|your|ur|a) (?:gp|doctor|nurse|pharmacist|prescriber|specialist|consultant"
        r"|midwife) (?:has |have )?prescribed (?:it|them|this|that)",
        # "My mum was told by the anaesthetist to stop her water tablet before surgery": the
        # change itself ordered (not "told by the doctor to keep taking them, but ...").
        r"(?:told|advised|asked|instructed) (?:\S+ ){0,2}?by (?:the |her |his |my |your |their )?"
        r"(?:\S+ )?(?:doctor|gp|nurse|pharmacist|surgeon|anaesthetist|anesthetist|consultant"
        r"|specialist|midwife|physio|physiotherapist) to (?:stop|skip|halve|reduce|lower|pause"
        r"|hold|come off|change|double|increase)\b",
        r"(?:ask|check|talk|speak) (?:first|before)",
        # Not a word brushed aside: "whatever your doctor tells you".
        r"(?<!whatever your )(?<!whatever the )(?<!what your )(?<!what the )"
        # Not a team of no clinicians: "our prayer team advises waiting three days".
        r"(?<!prayer )(?<!sales )(?<!marketing )(?<!church )(?<!wellness )"
        r"(?:doctor|pharmacist|prescriber|provider|clinician|gp|nurse|specialist|consultant|team"
        r"|midwife|surgeon|clinic|dentist|hospital|physio|physiotherapist|\w+ologist"
        r"|paediatrician|pediatrician)s? (?:has |have )?(?:says|said|tells|told|decides|decided"
        r"|stops|stopped|starts|started|changes|changed|advises"
        r"|advised|recommends|suggests|may|might|will|can|could|agrees|agreed|approves|approved"
        r"|confirms|confirmed|okays|okayed)",
        # The change a clinician made: "My doctor halved my blood pressure tablets".
        r"(?:doctor|gp|consultant|specialist|prescriber|psychiatrist|nurse|pharmacist|surgeon"
        r"|midwife|diabetes team|care team) (?:has |have )?(?:tapered|tapers|reduced|reduces"
        r"|lowered|lowers|adjusted|adjusts|weaned|weans|switched|switches|halved|halves|doubled"
        r"|doubles|increased|increases)(?!(?: \S+){0,8} but (?:i|we|you)\b)",
        r"unless",
        r"under (?:medical )?supervision",
        r"with (?:your |the |a )?(?:doctor|gp|pharmacist|nurse|prescriber|specialist|consultant"
        r"|midwife|team)(?:'s)? (?:help|advice|support|guidance|agreement)",
        # "...so plan it with your doctor"
        r"(?:plan|discuss|agree|decide|arrange)\w* (?:\S+ ){0,2}?with (?:your |a |the )?"
        r"(?:doctor|gp|pharmacist|nurse|prescriber|specialist|consultant|midwife|team)",
    )
)
# Subjects that are medical treatment: "Antibiotics can cure most cases" is true.
_MEDICAL = LazyPattern(
    _words(
        r"surgery",
        # An operation told by what it removes: "removing an inflamed appendix".
        r"(?:removing|removal of|taking out) (?:\S+ ){0,3}?(?:appendix|gallbladder|gall bladder"
        r"|tonsils|adenoids|tumou?rs?|cataracts?|kidney stones?|gallstones?|polyps?)",
        r"surgeons?",
        r"surgical",
        r"operations?",
        r"procedures?",
        r"treatments?",
        r"therapy",
        r"therapies",
        r"chemo(?:therapy)?",
        r"radiation",
        r"radiotherapy",
        r"transplants?(?:ation)?",
        r"antibiotics?",
        r"antivirals?",
        r"medicines?",
        r"medications?",
        r"drugs?",
        r"vaccines?",
        r"doctors?",
        r"physicians?",
        r"dialysis",
        r"liver",
        r"kidneys?",
        r"(?:your|the) bowels?",
        r"immune system",
        r"(?:your|the) body",
        r"resection",
        r"removed",
        r"removal",
        r"excision",
        r"ablation",
        r"stent",
        r"implant",
        r"sutured?",
        r"stitche[sd]",
        r"cast",
        r"splint",
        r"insulin",
        r"hormones?",
        r"enzyme",
        # The body's own molecules at work are physiology: "The DOCK6 protein turns them on"
        # (a protein named, not sold: "protein feeds cancer" is a claim).
        r"(?:the|this|that) (?:\S+ ){1,2}?protein",
        r"genes?",
        r"mutations?",
        r"chromosomes?",
        r"antibod(?:y|ies)",
        r"supplementation",
    )
)
# Self-care and remedies: the subjects a patient leaflet may overclaim for.
SELF_CARE = _words(
    r"stretch(?:es|ing)?",
    r"exercis(?:e|es|ing)",
    r"routine",
    r"programme",
    r"program",
    r"workouts?",
    r"yoga",
    r"pilates",
    r"massag(?:e|es|ing)",
    r"foam rolling",
    r"foam rollers?",
    r"rolling",
    r"cracking",
    r"technique",
    r"move(?:s|ment)?",
    r"posture",
    r"creams?",
    r"gels?",
    r"oils?",
    r"drops",
    r"balms?",
    r"ointments?",
    r"supplements?",
    r"vitamins?",
    r"herbs?",
    r"herbal",
    r"teas?",
    r"remed(?:y|ies)",
    r"diet",
    r"juic(?:e|es|ing)",
    # What is sold or followed as a remedy.
    r"plans?",
    r"shakes?",
    r"fasting",
    r"apps?",
    r"devices?",
    r"bands?",
    r"insoles",
    r"tape",
    r"powders?",
    r"formula",
    r"belts?",
    r"cushions?",
    r"cleanses?",
    r"magnets?",
    r"magnetic",
    r"copper",
    r"crystals?",
    r"cupping",
    r"acupuncture",
    r"braces?",
    r"pillows?",
    r"mattress",
    r"heat packs?",
    r"ice packs?",
    r"hanging",
    r"turmeric",
    r"garlic",
    r"honey",
    r"ginger",
    r"vinegar",
    r"cbd",
    r"arnica",
    r"essential",
    r"homeopath\w*",
    r"chiropract\w*",
    r"adjust\w*",
    r"tonics?",
    r"tinctures?",
    r"salves?",
    r"broths?",
    r"syrups?",
    r"manipulation",
    r"reflexology",
    r"twist(?:s|ing)?",
    # Supplements sold as capsules: still remedies, not treatments.
    r"lysine|zinc|echinacea|elderberry|cranberry|probiotics?|collagen|ashwagandha|melatonin"
    r"|lion's mane|moringa|spirulina|colloidal silver",
    r"this",
    r"these",
)
# A limb out of shape or a joint out of place: a red flag, and an injury's own.
_JOINT_OUT = (
    r"(?:(?:at|an?) (?:funny|odd|weird|strange|wrong|awkward|horrible|unnatural) angle"
    r"|(?:bends?|bent|bending|pointing|facing|going) the wrong way|bent funny"
    r"|(?:looks|looking|gone|is) (?:all |a bit |slightly )?(?:deformed|misshapen|crooked)"
    r"|(?:kneecap|knee cap|patella|shoulder|elbow|finger|hip|jaw) (?:\S+ ){0,2}?(?:popped|went"
    r"|slipped|came|shot) (?:out|sideways))"
)
RED_FLAG = _words(
    r"chest (?:pain|tightness|pressure|discomfort)",
    # Whose chest it is does not matter: "tightness in Mum's chest", "in his chest".
    r"(?:pain|pressure|tightness|discomfort|heaviness|ache|pressing|squeezing|crushing)"
    r" (?:in|across|around|of|on) (?:your |the |my |his |her |their |\w+'s )?chest",
    r"tight(?:ness)? (?:in )?(?:your |the |my |his |her |their |\w+'s )?chest",
    # Not the verb: "numb the knee with a freeze spray", "to numb it" name no symptom.
    r"numbness|(?<!to )numb(?! (?:the|it|them|this|that|your|my|his|her|their|a|an)\b)",
    r"tingling",
    r"pins and needles",
    r"weak(?:ness)? (?:in|of) (?:(?:your|both|one|the|an?|my) )?"
    r"(?:legs?|arms?|face|hands?|feet|foot|side)",
    r"(?:legs?|arms?|face) (?:feels? |going |goes |go |went |becomes? )?(?:\S+ and )?weak",
    # An ear that bleeds; a burial in snow or a tree well: "dug him out of the avalanche
    # debris and he's talking".
    r"(?:ears?(?:'s)?|ear is|ear has) (?:\S+ ){0,2}?bleed\w*|bleed\w* (?:from|out of) (?:your"
    r" |his |her |the |my |one )?ears?",
    r"(?:dug|pulled|got) (?:\S+ ){0,2}?out (?:of|from) (?:the )?(?:avalanche|snow|debris|tree well)"
    r"|(?:buried|caught) (?:in|under|by) (?:an? |the )?(?:avalanche|snow slide|slide)|tree well",
    r"(?:side|arm|leg|face|body) (?:\S+ ){0,3}?(?:gone|going|went|goes|turned|turning) (?:weak|numb"
    r"|floppy|droopy)",
    r"loss of (?:bladder|bowel) control",
    # "lose some bladder control", "losing a bit of bowel control"
    r"los(?:e|es|ing|t) (?:\S+ ){0,3}?(?:bladder|bowel) control",
    # A fever in a baby under three months old needs a doctor the same day.
    r"(?:newborn(?:'s)?|(?:baby|babies|infants?) (?:\S+ ){0,3}?(?:under|younger than|less than)"
    r" (?:three|3|two|2) months)(?: old)? (?:\S+ ){0,4}?(?:fever|high temperature|temperature"
    r"|temp)",
    r"(?:los(?:e|es|ing|t)|loss of|no) (?:the )?control (?:of|over) (?:your |the |my |his |her "
    r"|their )?(?:bladder|bowels?)",
    r"(?:can't|cant|cannot|can not|unable to|not able to) (?:\S+ )?control (?:your |the |my )?"
    r"(?:bladder|bowels?|pee|poo)",
    r"(?:bladder|bowel) (?:control|problems|accidents)",
    # "new trouble controlling your bladder", "problems holding your bowels"
    r"(?:trouble|difficulty|problems?|struggl\w+) (?:\S+ )?(?:controll?ing|holding) (?:your |the "
    r"|my |his |her |their )?(?:bladder|bowels?|wee|pee|poo)",
    r"incontinence",
    r"wet(?:s|ting)? (?:yourself|himself|herself|themselves|the bed)"
    r"|soil(?:s|ing)? (?:yourself|himself|herself|themselves)",
    r"(?:stiff|rigid) neck",
    r"neck (?:stiffness|rigidity)",
    r"faint(?:ing|ed|s)?",
    r"collaps(?:e|es|ed|ing)",
    r"keel(?:s|ed|ing)? over",
    r"thunderclap",
    r"headaches? (?:\S+ ){0,5}?(?:suddenly|out of nowhere|out of the blue|without warning)",
    # Not out of breath just after hard effort, which settles.
    r"breathless(?:ness)?(?! (?:\S+ ){0,4}?(?:(?:right|just|straight|soon) after|during|on|when)"
    r" (?:a |the |your |you )?(?:\S+ ){0,2}?(?:effort|set|sprint|run|climb|exercise|exertion"
    r"|exercising|activity|workout|session|race|stairs)\b)",
    r"(?:struggl\w+|fight\w*|gasp\w*) (?:for|to) (?:catch (?:your |a )?)?breath",
    r"(?:vomit\w*|throw\w* up|threw up|brought up|bring\w* up|cough\w* up|spit\w* up|pee\w*|poo\w*)"
    r" (?:\S+ ){0,4}?blood",
    r"blood (?:in|when (?:you|you're|youre|you are))"
    r" (?:\S+ ){0,2}?(?:stools?|urine|poo|pee|vomit|sick|wee|cough\w*"
    r"|spit\w*)",
    # Not while the reader takes iron or bismuth, which turn stools black as expected.
    r"(?:black (?:stools|poo|tarry)|tarry (?:\S+ )?(?:stools?|poo|motions))(?! (?:\S+ ){0,6}?"
    r"(?:while|when|if|as) you(?:'re| are)? (?:take|taking|on) (?:\S+ )?(?:iron|bismuth))",
    r"slurr(?:ed|ing)",
    # A blow to the head, then drowsy or sick; something in or by the eye; a chest that aches.
    r"(?:struck|hit|knocked|bumped|banged|smacked|whacked) (?:\S+ ){0,2}?(?:on|in) the head"
    r" (?:\S+ ){0,6}?(?:sleepy|drowsy|sick|vomit\w*|confused|dizzy)",
    r"(?:hook|splinter|glass|metal|object|chemical|something) (?:\S+ ){0,3}?(?:in|near|close to"
    r"|next to) (?:the|your|his|her|an) eye",
    r"chest (?:ache|aches|aching|heaviness|squeezing)",
    # Speech slurring told with the verb: "your speech slurs after a long day".
    r"(?:speech|words|voice|talking) (?:\S+ ){0,2}?slurs",
    # An infected wound or piercing: hot or swollen with a fever or shivers.
    r"(?:hot|swollen|throbbing|red|oozing) (?:\S+ ){0,7}?(?:with|and|plus) (?:\S+ ){0,3}?(?:a"
    r" )?(?:fever|high temperature|shivers|chills|shaking)",
    # A collision: "clipped a bollard", "rear-ended at the lights".
    r"(?:clipped|struck|rear - ended|shunted|went into|ran into|drove into|reversed into|hit)"
    r" (?:a |the |another |some )?(?:bollard|car|van|lorry|truck|wall|tree|post|kerb|curb"
    r"|barrier|lamppost|pole)",
    r"(?:speech|talking|words) (?:\S+ )?(?:goes|went|gone|going|is|becomes|became|turns|turned)"
    r" (?:all )?(?:funny|strange|weird|garbled|jumbled|muddled|slurry|slurred)",
    # A sting's or an allergy's: a throat that tightens, hives all over, breathing getting
    # harder, a sting in the eye, help after an adrenaline pen.
    r"throat (?:\S+ ){0,3}?(?:tight\w*|closing|swell\w*|swollen)|(?:tight|swollen|closing) throat",
    r"hives (?:all over|everywhere|spreading)|(?:hives|swelling) (?:\S+ ){0,4}?after (?:a |the"
    r" |being )?(?:sting|stung|bite|bitten)",
    r"breathing (?:gets?|getting|is getting|becomes?|goes) (?:\S+ )?(?:harder|difficult|worse|noisy"
    r"|wheezy)",
    r"(?:stung|sting|stings) (?:\S+ ){0,3}?(?:in|on) (?:the |your |his |her |my )?(?:eye|eyeball)"
    r"|(?:in|on) the eyeball",
    r"(?:after|once|if) (?:\S+ ){0,3}?(?:epipen|epi - pen|adrenaline pen|auto - injector)s?"
    r"|(?:epipen|epi - pen|adrenaline pen|auto - injector)s? (?:\S+ ){0,2}?(?:works|worked|used"
    r"|kicks in)",
    # A shunt's warning signs, a feeding tube out or bleeding, lips blue after a feed, weight
    # lost on the same feed; jaw ache with cold sweats.
    r"(?:vomit\w*|sick|headaches?|drows\w*|sleepy|sleepier|irritable|sunsetting) (?:\S+ ){0,8}?"
    r"shunt|shunt (?:\S+ ){0,6}?(?:vomit\w*|headaches?|drows\w*|sunsetting)"
    r"|eyes (?:\S+ )?sunsetting",
    r"(?:gastrostomy|g - tube|peg|feeding tube|button|mic - key) (?:\S+ ){0,3}?(?:falls?|fell"
    r"|comes?|came|pulled|slipped) out",
    r"blood (?:\S+ ){0,3}?(?:up|in|from|through|out of) (?:the |his |her |their )?(?:\S+ )?(?:tube"
    r"|gastrostomy|peg|stoma)",
    r"blue (?:around|round) (?:the |his |her |their )?(?:lips|mouth)",
    r"los(?:e|es|ing|t) (?:\S+ )?weight (?:\S+ ){0,3}?on the same (?:\S+ )?(?:feeds?|diet|food"
    r"|amount)",
    r"(?:jaw|arm|chest) (?:ache|pain) (?:\S+ ){0,3}?(?:cold sweats?|sweating|clammy)"
    r"|cold sweats? (?:\S+ ){0,3}?(?:jaw|arm|chest)",
    # Words lost: "can't find your words after a double shift".
    r"(?:can't|cannot|couldn't|unable to|struggling to) (?:\S+ )?find (?:your|his|her|my|their"
    r"|the) words",
    # "a droop on one side of the face"
    r"(?:face|facial|mouth) (?:\S+ ){0,2}?droop\w*|droop\w* (?:\S+ ){0,5}?(?:face|mouth)",
    # A face or a smile that drops or sags on one side (not "her face dropped at the news").
    r"(?:face|mouth|smile) (?:\S+ ){0,2}?(?:drop(?:s|ped|ping)?|sag(?:s|ged|ging)?|slip(?:s|ped"
    r"|ping)?|fall(?:s|ing)?|fell|lopsided|crooked|uneven) (?:\S+ ){0,3}?(?:on|to|down) one side"
    r"|one side of (?:your |his |her |their |my |the )?(?:face|mouth) (?:\S+ ){0,2}?(?:drop\w*"
    r"|sag\w*|slip\w*|fall\w*|fell)",
    r"(?:can't|cannot|unable to|not able to) (?:\S+ ){0,2}?(?:feel|move) (?:your |my |the )?"
    r"(?:legs?|arms?|feet|foot|hands?|face)",
    r"(?:trouble|difficulty|struggl\w+ to) (?:peeing|passing urine|weeing|pee|wee|pass urine"
    r"|speaking|talking|swallowing|speak|swallow)",
    r"saddle (?:area )?(?:numb\w*|tingl\w*)|(?:feel|feeling) (?:\S+ ){0,2}?saddle",
    r"weight (?:is )?(?:falling|dropping|melting|coming) (?:off|away)",
    r"floppy",
    r"(?:won't|will not|isn't|is not|not|refus\w+ to|stopped) (?:\S+ ){0,2}?(?:feed|feeding|wake"
    r"|waking)",
    r"rash (?:\S+ ){0,5}?(?:doesn't|does not|won't|will not) fade",
    r"(?:hard|difficult|struggling|struggle) to breathe|(?:can't|cannot) breathe",
    r"(?:life|living) (?:isn't|is not|is no longer|not) worth|want(?:s|ed|ing)? to die"
    r"|better off dead",
    r"end(?:ing|s)? it all",
    r"(?:better off|happier) without (?:me|you|him|her|them)|no (?:reason|point) (?:to|in)"
    r" (?:living|live|going on|go on)",
    r"suicid\w*|(?:thoughts? of|thinking about) (?:ending|killing|harming|hurting) (?:your|ur|him"
    r"|her|them|my|our|one)\w*|self - harm\w*",
    r"(?:bang\w*|hit\w*|knock\w*|bump\w*|blow|blows|injur\w*) (?:\S+ ){0,2}?(?:your |the |his "
    r"|her )?head",
    r"(?<!minor )(?<!mild )head injur\w*",
    # The blow named before the head's noun: "after a head knock in the match".
    r"(?<!minor )(?<!mild )head (?:knocks?|bangs?|bumps?|blows?|clash\w*|collisions?|impacts?)",
    r"(?:can't|cant|cannot|unable to|won't|wont) (?:really |even |properly |fully |barely )?"
    r"(?:put|bear|take) (?:any |much |full )?weight",
    r"chest (?:feels |feeling |is |gets |went )?(?:heavy|tight|crushing|squeezed)",
    r"refus\w+ (?:\S+ )?(?:bottles?|feeds?|food|to feed|drinks)",
    r"(?:baby|infant|toddler|child) (?:\S+ ){0,3}?limp\b",
    r"(?:pink|red|brown|dark|cola - coloured|cola coloured|tea - coloured|bloody) (?:urine|pee|wee"
    r"|piss)",
    r"moles? (?:\S+ ){0,4}?(?:changed|changing|changes|bleeding|bleeds|bled|growing|grows|itching"
    r"|itchy|new|bigger|darker|larger|darkening|grown)",
    r"blurr?(?:ed|y) vision|double vision|flashing lights|coffee grounds|coffee - ground\w*",
    r"(?:vision|sight|eyesight|eye) (?:\S+ ){0,3}?suddenly (?:goes|went|gone|becomes|turns|goes"
    r" all) (?:blurry|blurred|dark|dim|black|misty)|suddenly (?:\S+ ){0,2}?(?:blurry|blurred|lost)"
    r" (?:vision|sight)",
    r"(?:vision|sight|eyesight) (?:\S+ ){0,3}?(?:goes|went|gone|going|turns|turned|turning)"
    r" (?:all )?(?:dark|black|blank|dim) (?:\S+ ){0,2}?(?:suddenly|(?:in|of) one eye)",
    r"(?:back|neck) pain (?:\S+ ){0,2}?(?:with|and) (?:a )?(?:fever|high temperature)",
    r"bleed\w* heavily|heavy bleeding",
    r"end(?:ing)? (?:his|her|their|your|ur|my) (?:own )?life"
    r"|(?:take|taking) (?:his|her|their|your|my) own life|planning to (?:die|kill)"
    r"|(?:talk\w*|speak\w*|think\w*|thoughts?|mention\w*) (?:\S+ )?(?:about|of) (?:ending|taking)"
    r" (?:\S+ )?lives?",
    # A swollen calf after surgery or a flight can be a clot: "calf swelling", "swelling in
    # one calf".
    r"(?:calf|calves) swelling|swelling (?:in|of) (?:your |the |one |my |his |her )?(?:calf"
    r"|calves)",
    r"(?:swollen|hot|red|painful|tender) (?:\S+ )?(?:calf|calves|legs?)|(?:calf|calves|legs?)"
    r"(?:'s)? (?:that |which |that's |that is )?(?:all |so |really |very )?(?:is |are |feels "
    r"|has been |have been |was |were "
    r"|looks |becomes |gets |goes |turns |has gone "
    r"|has become |has turned |been |gone )?(?:swollen|hot|red)",
    r"suddenly (?:\S+ ){0,2}?(?:muddled|confused|disoriented|disorientated)",
    r"(?:muddled|confused|disoriented|disorientated) (?:\S+ ){0,2}?(?:all of a sudden|out of"
    r" nowhere|overnight)|sudden (?:\S+ )?confusion",
    # Lips or skin turning blue: too little oxygen.
    r"blue lips|lips (?:\S+ ){0,3}?blue|(?:turn\w*|gone|going|go|goes|went) (?:a bit )?blue"
    r"|blue - tinged|bluish (?:lips|skin|face)",
    r"(?:can't|cant|cannot|unable to) (?:catch|get) (?:my |your |his |her |their |a )?breath",
    # Testicular torsion: hours count (soreness after a vasectomy is expected).
    r"(?:sudden|severe|sharp|bad|agonising|agonizing)\w* (?:\S+ ){0,3}?(?:pain|swelling)"
    r" (?:\S+ ){0,4}?(?:testicles?|testis|scrotum)|testic\w* (?:\S+ )?(?:suddenly|severely)",
    # An infected wound or ulcer (a diabetic foot).
    r"(?:wound|ulcer|sore|cut) (?:\S+ ){0,3}?(?:smells?|smelly|smelling|pus|oozing)",
    r"(?:weight loss|los\w+ weight) (?:\S+ ){0,4}?night sweats"
    r"|night sweats (?:\S+ ){0,4}?(?:weight loss|los\w+ weight)",
    r"(?:lumps?|swellings?) (?:\S+ ){0,6}?(?:getting (?:bigger|larger)|growing|grows|grown|bigger"
    r"|larger|changing)|(?:growing|new) lumps?|breast lumps?",
    r"pass(?:ing|ed)? out",
    r"black(?:ing|s|ed)? out",
    r"blackouts?",
    r"unexplained weight loss",
    # Weight lost without trying, however the time is said: "losing weight all winter
    # without trying".
    r"(?:los(?:e|es|ing|t)|dropp?(?:s|ing|ed)?) (?:\S+ ){0,3}?(?:weight|stone|pounds|lbs|kilos?"
    r"|kg) (?:\S+ ){0,3}?(?:without (?:trying|meaning to|dieting)|for no (?:\S+ )?reason)",
    # A venomous bite; a wound's infection spreading up a limb (red streaks or lines).
    r"(?:snake|adder|rattler|rattlesnake|viper|cottonmouth|copperhead|spider) ?bites?"
    r"|bitten by (?:a |an )?(?:snake|adder|rattler|rattlesnake|viper)",
    # Red lines, not "line up your arms with your shoulders".
    r"(?:red (?:streaks?|lines?)|streaks?) (?:\S+ ){0,3}?(?:up|along) (?:the |your |his |her |their"
    r" |my )?(?:arms?|legs?|limbs?)",
    # Heatstroke: the body has stopped cooling itself.
    r"stopped sweating",
    # A chemical in the eye needs rinsing and help now.
    r"(?:chemicals?|bleach|pesticides?|weedkiller|herbicides?|insecticides?|acid|alkali|lye"
    r"|cement|lime|oven cleaner|drain cleaner|dip|sheep dip) (?:\S+ ){0,3}?(?:in|into)"
    r" (?:your |his |her |their |the |my |baby's |one )?eyes?",
    r"frost - ?bit\w*|frostbit\w*|(?:white|grey|gray|waxy) and (?:hard|numb|waxy)"
    r"|(?:hard|numb) and (?:white|waxy)",
    # Bleeding that will not stop, or pumps out.
    r"pumping (?:out )?blood|spurt\w*|(?:blood|bleeding) (?:\S+ ){0,3}?(?:through|soaking|soaked)"
    r" (?:the |a |your |his |her )?(?:rag|towel|bandage|cloth|dressing|tea towel)"
    r"|(?:won't|will not|doesn't|does not|hasn't|has not) stop(?:ped)? bleeding"
    r"|(?:bleed\w*|nosebleeds?|blood) (?:\S+ ){0,6}?(?:won't|will not|doesn't|does not|hasn't"
    r"|has not) (?:\S+ )?stop\b"
    r"|soaked (?:through )?(?:two|three|four|several|a few|\d+) (?:\S+ )?(?:towels|cloths|rags"
    r"|tissues|bandages|dressings|pads)",
    # Heart pain as it is felt: crushing, or spreading to the jaw or the left arm.
    r"crushing (?:\S+ )?(?:pain|ache|feeling|pressure)|(?:pain|ache|pressure|tightness)"
    r" (?:\S+ ){0,2}?(?:spread\w*|radiat\w*|travel\w*|going|moving|shoot\w*) (?:\S+ ){0,3}?"
    r"(?:jaw|left arm)",
    r"(?:can't|cannot|can not|couldn't|unable to) hold (?:your |my |his |her |their |in |the )?"
    r"(?:water|wee|pee|urine|bladder|stools?|poo|bowels?)",
    # Late pregnancy: two signs of pre-eclampsia together (a headache alone is common);
    # fluid lost before term.
    r"(?:headaches?|puffy|swollen|swelling|sparkl\w*|flashing|flashes|spots|blurr\w*)"
    r" (?:\S+ ){0,3}?(?:and|with|plus) (?:\S+ )?(?:headaches?|puffy|swollen|swelling|sparkl\w*"
    r"|flashing|flashes|spots|blurr\w*) (?:\S+ ){0,6}?(?:at \d\d ?(?:weeks|wks)|(?:in the )?third"
    r" tri\w*|last trimester|late pregnancy)",
    # The same two signs after the pregnancy is named: "pregnant, with a pounding headache
    # and puffy hands".
    r"pregnan\w* (?:\S+ ){0,8}?(?:headaches?|puffy|swollen|swelling|sparkl\w*|flashing|flashes"
    r"|blurr\w*) (?:\S+ ){0,3}?(?:and|with|plus) (?:\S+ )?(?:headaches?|puffy|swollen|swelling"
    r"|sparkl\w*|flashing|flashes|spots|blurr\w*)",
    r"(?:gush|trickle|leak\w*) (?:of )?(?:\S+ )?(?:fluid|water) (?:\S+ ){0,3}?(?:at )?\d\d ?"
    r"(?:weeks|wks)",
    # Thoughts of not wanting to live, said plainly.
    r"(?:don't|do not|doesn't|does not|not|no longer) want(?:s|ing)? to (?:be alive|be here|live"
    r"|wake up)|(?:thinking|thought|thoughts) (?:about|of) ending it",
    # A limb that will not take weight, a chest that goes tight or has a band across it,
    # black stools said as a change.
    r"(?:won't|will not|can't|cannot|doesn't|does not) (?:\S+ )?(?:take|bear|hold) (?:\S+ )?weight",
    r"chest (?:goes|going|gone|goes all) (?:tight|heavy)|(?:band|belt|vice) (?:\S+ ){0,2}?(?:across"
    r"|around|round|on) (?:your |the |my |his |her |their )?chest",
    # Turned black (not a newborn's poo changing from black to yellow).
    r"(?:poo|poos|stools?|motions?)(?:'s| is| are| has| have)? (?:gone|turned|going|become|been"
    r"|gotten|got) (?:\S+ )?(?:black|tarry)\b",
    # Diabetic ketoacidosis: drowsy and breathing fast with high sugars.
    r"(?:drowsy|confused|muddled) (?:\S+ ){0,4}?(?:breathing fast|fast breathing|rapid breathing)"
    r"|high (?:blood )?sugars? (?:\S+ ){0,5}?(?:drowsy|vomit\w*|breathing fast)"
    r"|(?:drowsy|breathing fast) (?:\S+ ){0,5}?high (?:blood )?sugars?",
    # Lyme disease's rash; a baby who has not fed; a high fever.
    r"bulls? ?- ?eye rash|bullseye rash|tick bite (?:\S+ ){0,4}?rash|rash (?:\S+ ){0,4}?tick bite",
    r"(?:hasn't|has not|haven't|have not|hadn't) (?:\S+ )?fed (?:for|in|since)",
    r"(?:fever|temperature|temp) of (?:4[0-2]|10[4-8])\b",
    # Hurt in a tumble or a fall from height.
    r"tumbled (?:off|down|on|over|from)|went flying|came off (?:the |a |my |your |his |her )?"
    r"(?:trailer|ladder|roof|quad|tractor|wall|scaffold\w*)",
    # A face or jaw swelling with a fever (a spreading tooth infection), stitches that
    # smell or ooze, bleeding late in pregnancy.
    r"swollen (?:jaw|face|cheek) (?:\S+ ){0,3}?(?:with|and) (?:a )?(?:fever|temperature|temp)",
    r"(?:stitches|incision|scar|c - section|caesarean) (?:\S+ ){0,3}?(?:smells?|smelly|smelling|pus"
    r"|oozing|oozes)",
    r"bleeding (?:\S+ ){0,2}?at \d\d ?(?:weeks|wks)",
    # A baby working to breathe, vomiting green; hearing lost suddenly; pelvic pain with
    # a missed period (an ectopic pregnancy).
    r"sucking in (?:\S+ ){0,2}?(?:under|between|below) (?:the |his |her |their )?ribs|grunting"
    r" (?:\S+ ){0,3}?(?:every|each) breath",
    r"vomit\w* (?:\S+ )?green|green (?:vomit|bile|sick)",
    r"sudden (?:\S+ )?(?:hearing loss|deafness)|suddenly (?:\S+ ){0,2}?deaf",
    r"(?:pelvic|tummy|belly|lower abdominal|one - sided) pain (?:\S+ ){0,4}?(?:missed|late) period"
    r"|(?:missed|late) period (?:\S+ ){0,4}?(?:pelvic|tummy|belly|one - sided) pain",
    # A fever in a baby a few weeks or days old.
    r"\d+ (?:week|wk|day)s? old (?:\S+ ){0,4}?(?:temp|temperature|fever)",
    # Jaundice on the first day of life.
    r"(?:yellow|jaundice\w*) (?:\S+ ){0,3}?(?:on )?(?:day one|day 1|the first day|first 24 hours"
    r"|within 24 hours)",
    # "w/o" is a text message's "without".
    r"(?:los(?:e|es|ing|t)|dropping|drops?|shedding) (?:\S+ )?weight (?:without|w / o|for no)",
    r"(?:los\w+|dropp\w+|drops?|shed\w*) (?:a stone|\S+ stone|\S+ (?:pounds|lbs|kilos|kg))"
    r" (?:\S+ ){0,3}?(?:without|w / o|for no)",
    r"weight loss (?:without|w / o|for no)",
    r"los(?:e|es|ing|t) (?:a stone|\d+ (?:pounds|lbs?|kilos?|kg)|(?:a lot of )?weight) without",
    # Trauma: whatever hurts after it must be checked.
    r"after (?:a|an|the|your) (?:bad |awkward |hard |heavy )?landing(?! of)",
    r"after (?:a|an|the|your) (?!minor head )(?:\S+ ){0,2}?(?:fall|accident|injury|crash|blow"
    r"|knock to the head"
    r"|wreck|smash|collision|tumble|pile - up|prang|whiplash|jack - knife|rollover|spill"
    r"|wipe - ?out)",
    # A fall told, then the hurt: "If Dad has a tumble and his hip hurts afterwards".
    r"(?:has|had|have|having|took|takes|take) (?:a|another|an awkward|a nasty|a bad) (?:fall"
    r"|tumble|spill) (?:\S+ ){1,6}?(?:hurts?|hurting|painful|sore|aches?|aching|swollen)\b",
    # Something heavy fallen on someone, or someone fallen from a height, then the hurt: "If a
    # wardrobe falls on someone and they say their neck hurts", "fell off the ladder and his
    # back hurts".
    r"(?:falls?|fell|fallen|drops?|dropped|lands?|landed|topples?|toppled) (?:on|onto)"
    r" (?:someone|somebody|him|her|them|you|(?:your|his|her|their|a|an) \S+) (?:\S+ ){0,8}?"
    r"(?:hurts?|hurting|painful|sore|aches?|aching|swollen)\b",
    r"(?:falls?|fell|fallen|falling) (?:off|from) (?:\S+ ){1,3}?(?:\S+ ){0,8}?(?:hurts?|hurting"
    r"|painful|sore|aches?|aching|swollen)\b",
    # Hurt since it happened: "neck sore since the car crash", "following Tuesday's slip".
    r"(?:since|following) (?:\S+ ){0,2}?(?:fall"
    r"|crash|accident|collision|slip|tumble|prang|smash|pile - up|wreck)\b",
    # The trauma as the subject: "a fall that leaves hip pain", "a crash that caused ...".
    r"(?:a|an|the|your) (?:\S+ )?(?:fall|accident|crash|collision|tumble) (?:that|which)"
    r" (?:\S+ )?(?:leaves?|left|causes?|caused|brings?|gives?|gave|results? in)",
    # Bleeding or leaking fluid in pregnancy needs the maternity unit the same day.
    # (Not bleeding gums or a nosebleed, common and harmless in pregnancy.)
    r"pregnan\w* (?:\S+ ){0,8}?(?:(?:vaginal )?(?:bleeding|spotting)(?! gums| from (?:the |your )?"
    r"(?:gums|nose))|leak\w* (?:\S+ )?fluid|waters? (?:break\w*|broke|leak\w*))|(?:vaginal"
    r" bleeding|leak\w* (?:\S+ )?fluid) (?:\S+ ){0,8}?pregnan\w*|(?:bleeding|spotting) (?:while"
    r"|when|during|in) (?:you're |you are |you )?(?:are )?(?:pregnan\w*|early pregnancy)",
    r"(?:low|high) - ?sid\w*|came off (?:the |my |your |his |her )?(?:bike|motorbike|horse)"
    r"|(?:helmet|head) (?:\S+ ){0,2}?(?:took|taken|had|got) a (?:knock|bang|blow|hit|whack)",
    r"(?:can't|cannot|can not|couldn't|unable to) (?:catch|get) (?:their|your|his|her|my) breath",
    r"(?:severe|sharp|sudden|agonising|agonizing) (?:\S+ ){0,2}?(?:stomach|abdominal|tummy|belly)"
    r" pain",
    r"(?:legs?|arms?|face|sudden|one - sided) weakness",
    # "weakness down one side of the body"
    r"weakness (?:down|on|in|of|along) (?:one|the left|the right|1|either) side",
    # Fainting: "someone passes out in the heat" (not "pass out the leaflets").
    r"(?:passes|passed|passing|pass) out(?= (?:in|from|at|on|after|while|during|when|cold"
    r"|briefly|for a|,|\.)|$)",
    r"weak (?:arms?|legs?|hands?|face|side)|(?:weak|numb|droopy) (?:\S+ ){0,4}?on one side",
    # "loses feeling down one side of his body"
    r"(?:lose|loses|losing|lost) (?:the |all )?feeling (?:\S+ ){0,3}?(?:one side|on one side"
    r"|down one side|in (?:an|one|his|her|your|their|my) (?:arm|leg|hand|face))",
    r"(?:severe|sudden|worst|thunderclap|splitting|blinding|explosive)(?: ,)? (?:\S+ ){0,2}?"
    r"headaches?",
    r"pain that wakes you",
    r"wakes? you (?:up )?at night",
    r"night pain",
    r"short(?:ness)? of breath",
    r"(?:trouble|difficulty) breathing",
    r"coughing (?:up )?blood",
    r"blood in (?:your )?(?:stool|urine|poo|pee|vomit)",
    r"slurred speech",
    r"sudden confusion",
    # Not a medicine named for them: "seizure pills", "seizure medicine".
    r"seizures?(?! (?:pills?|medicines?|medications?|tablets?|meds|drugs?))",
    r"(?:loss of|losing|lost|lose|loses) (?:your |the )?(?:vision|sight)",
    r"(?:can't|cannot|can not) see (?:out of|with|from)",
    r"(?:look(?:s|ed)?|is|are|was|were) (?:\S+ )?(?:bent|deformed|crooked|misshapen|out of shape)",
    # Lips, a tongue or a throat swelling up is anaphylaxis until proved otherwise; "lip
    # swelling" named as a state (from a cold sore, after a dental injection) is not.
    r"(?:lips?|tongue|throat) (?:\S+ ){0,3}?(?:swell(?:s|ed)?|swelling up|swollen|puff\w* up|puffy)"
    r"|swollen (?:\S+ ){0,2}?(?:lips?|tongue|throat)"
    r"|(?:swelling|swollen) (?:of|in) (?:the |your |his |her |their )?(?:tongue|throat)",
    r"(?:drenching|soaking) (?:\S+ )?night sweats|night sweats (?:\S+ ){0,3}?(?:every night|for"
    r" weeks|for months)",
    r"(?:clash|bang|knock|collision|bump)(?:es|s)? (?:of|to) (?:the )?heads?",
    # Too much of a medicine already taken: poisons advice, never a wait-and-see.
    r"(?:taken|took|swallowed|had) (?:\S+ ){0,2}?too many|overdosed|an overdose",
    # A heart beating out of rhythm: "heart going irregular and racing on the climb".
    r"(?:heart|pulse|heartbeat|heart beat) (?:\S+ ){0,2}?(?:going|gone|goes|went|is|was|feels|felt"
    r"|beating) (?:all )?(?:irregular|irregularly|out of rhythm|all over the place)"
    r"|irregular (?:heart ?beat|heart|pulse|heart rhythm)",
    # A racing heart at rest.
    r"(?:heart|pulse) (?:\S+ ){0,3}?(?:racing|pounding|hammering|thumping) (?:\S+ ){0,3}?(?:at rest"
    r"|while resting|sitting still|lying (?:down|still)|(?:at )?(?:1[5-9]\d|2\d\d))",
    r"(?:falls?|fell|fallen|falling) (?:off|from|down)",
    # New confusion in an older person, bleeding from the back passage, a shadow over
    # the sight, too breathless to talk, heavy bleeding after birth, a baby moving
    # less, a blow that knocked someone out, a blackened foot: each needs help today.
    r"newly (?:confused|muddled|disorientated|disoriented)|new (?:confusion|muddle)",
    r"bleed\w* from (?:the|your|my|his|her|their) (?:bottom|back passage|rectum|bum|behind"
    r"|anus)|rectal bleeding",
    r"(?:curtain|shadow|veil) (?:\S+ ){0,4}?(?:over|across) (?:\S+ ){0,2}?(?:vision|eyes?"
    r"|sight)|(?:curtain|shadow|veil) (?:\S+ ){0,2}?(?:coming|came|comes|falling|falls) (?:down"
    r"|across)",
    # Swelling after a landing, a fall or a crash: "if your wrist swells up after a bad landing".
    r"(?:swell\w*|swollen) (?:up )?(?:\S+ ){0,2}?after (?:a |an |the |that |your )?(?:\S+ )?"
    r"(?:landing|fall|crash|dismount|collision|tumble)",
    # Pain after a fall, said as it happened: "falls and says her hip hurts".
    r"(?:falls?|fell|had a fall) (?:and|then) (?:\S+ ){0,5}?(?:hurts?|pain\w*|sore|can't (?:stand"
    r"|walk|get up|move))",
    r"(?:can't|cannot|unable to|not able to|too breathless to) (?:\S+ ){0,2}?(?:finish|complete"
    r"|speak in|talk in) (?:a |full |whole )?sentences?",
    r"soak\w* (?:through )?(?:a |one |your |more than one |several )?(?:pads?|sanitary \S+)",
    r"(?:baby's|babies'|baby|bump's) (?:\S+ )?(?:kicks|movements?) (?:\S+ ){0,3}?(?:slow\w*"
    r"|less|fewer|reduc\w*|stop\w*|quiet\w*)|(?:fewer|less|reduced) (?:\S+ )?(?:kicks|fetal"
    r" movements|baby movements)",
    r"knock\w* (?:out|unconscious|senseless)|(?:lost|loss of|losing|lose) consciousness"
    r"|unconscious",
    # Numb where you sit or wipe, no water passed: the cauda equina signs, said plainly.
    r"(?:can't|cannot|can not|unable to|not able to) (?:\S+ ){0,2}?feel (?:yourself|your bottom"
    r"|your genitals|down below)|(?:can't|cannot|can not|unable to|not able to) (?:\S+ )?pass"
    r" (?:water|urine|wee)",
    # A fever in a young baby: "Baby running 39 degrees at two months?"
    r"(?:baby|infant|newborn)(?:'s)? (?:\S+ ){0,2}?(?:running (?:a )?(?:temperature|fever|high"
    r"|temp|\d+)|has (?:a )?(?:high )?(?:temperature|fever|temp))",
    r"(?:baby|bump) (?:is |has been |has |seems )?(?:moving|kicking) (?:\S+ )?(?:less|slower"
    r"|less often)",
    r"black (?:, )?(?:sticky|tarry) (?:stools?|poo|motions)",
    # A rash that stays under a pressed glass is meningitis until shown otherwise.
    r"(?:spots?|rash|blotches|marks) (?:\S+ ){0,4}?(?:don't|doesn't|does not|do not|won't|will not"
    r"|didn't|did not) fade|(?:spots?|rash|blotches) (?:\S+ ){0,8}?(?:a|the) glass\b",
    r"too (?:drunk|sleepy|drowsy|groggy|out of it) to (?:stand|walk|talk|wake|respond)"
    r"|(?:keeps?|kept) being sick|can't keep (?:anything|fluids|water) down",
    r"(?:don't|do not|doesn't|does not) want to (?:be here|live|wake up|go on) (?:any ?more"
    r"|any longer)",
    r"swallow\w* (?:a |an |some )?(?:\S+ )?(?:button )?batter(?:y|ies)|swallow\w* (?:\S+ )?magnets",
    r"(?:black|blackened|smelly|dark) (?:\S+ ){0,2}?(?:patch|patches|area|skin|spot) (?:\S+ )"
    r"{0,2}?(?:toes?|foot|feet|heel)|(?:black|blackened) toes?",
    r"(?:los(?:e|es|ing|t)|dropp\w+|shed\w*) (?:a (?:load|lot|bunch|heap|ton|bit) of |some "
    r"|loads of |lots of |plenty of )?"
    r"weight (?:\S+ ){0,6}?without (?:even )?(?:trying|dieting|meaning to)",
    r"(?:car|bike|motorbike|road|traffic) (?:crash|accident|collision|smash|prang|shunt)",
    # Thrown: "after coming off the motorbike", "since he came off his horse".
    r"(?:after|since|following) (?:\S+ )?(?:coming|came|falling|fell|being thrown|getting"
    r" thrown|thrown|knocked) off (?:the |a |an |your |his |her |their |my )?(?:\S+ )?(?:bike"
    r"|motorbike|motorcycle|scooter|horse|pony|ladder|roof|wall|board|skateboard|quad)",
    # A needlestick or a patient's blood splashed in the eye: protection after it works
    # only if started within hours.
    r"needle ?stick|needle - stick|sharps injury|(?:stuck|stabbed|pricked|jabbed) (?:\S+ ){0,2}?"
    r"(?:with |by )(?:a |an |the )?(?:used |dirty |patient's )?(?:needle|sharp)",
    r"(?:blood|body fluids?|bodily fluids?|vomit|spit) (?:\S+ ){0,3}?(?:in|into) (?:your |my |his"
    r" |her |their )?(?:eye|eyes|mouth)",
    # A fall from height: "fell two metres off the tower".
    r"(?:fell|fallen|falling|came off|come off) (?:\S+ ){0,3}?(?:off|from) (?:the |a |his |her"
    r" |your )?(?:\S+ )?(?:tower|ladder|scaffold\w*|roof|height|loft)",
    # Something through a finger or in an eye; a shock off the mains.
    r"(?:nail gun|nail|drill bit|drill|screw|screwdriver|chisel|knife|blade|glass|metal|splinter)"
    r" (?:\S+ ){0,3}?(?:went"
    r" through|gone through|stuck in|embedded in|through) (?:your |my |his |her )?(?:finger|hand"
    r"|foot|eye|leg|arm|thumb)",
    r"(?:something|metal|a shard|a splinter|a bit of \S+|grit) (?:\S+ ){0,2}?(?:stuck|lodged"
    r"|embedded) in (?:your |my |his |her )?eye",
    r"(?:a belt|a shock|an electric shock|a jolt|a zap) (?:off|from) (?:the |a )?(?:\S+ )?(?:cable"
    r"|wire|wires|mains|socket|supply|fence)",
    # A low blood sugar: shaking with sweating or confusion, or a reading under 4.
    r"(?:shaky|shaking|trembly) (?:\S+ ){0,3}?(?:sweaty|sweating|confused|dizzy|clammy)",
    r"(?:sweaty|sweating|clammy) (?:\S+ ){0,3}?(?:shaky|shaking|confused|trembly)",
    r"(?:sugar|glucose|bm|reading|levels?) (?:\S+ ){0,2}?(?:reads?|is|of|at|dropped to|drops to"
    r"|down to) [0-3](?:\.\d)?\b",
    # A diabetic foot gone red or hot; no wet nappy; a baby that has stopped moving.
    r"diabetic (?:\S+ )?(?:foot|feet|toes?|wound|ulcer|leg) (?:\S+ ){0,3}?(?:red|hot|swollen|black"
    r"|smelly|weeping|oozing)",
    r"(?:hasn't|has not|hasnt|not|no) (?:had )?(?:a )?wet (?:nappy|nappies|diaper|diapers)",
    r"baby(?:'s| has| is)? (?:\S+ )?(?:stopped|not|hasn't been) moving",
    # A child into someone's tablets.
    r"(?:toddler|baby|child|kid|son|daughter|little one|\S+ year old) (?:\S+ ){0,3}?(?:got into"
    r"|swallowed|ate|has eaten|chewed|found|got hold of) (?:\S+ ){0,4}?(?:tablets|pills|medicines?"
    r"|blister pack|capsules|bottle of \S+)",
    # An inhaler that does not help an attack; one-sided pain with a period missed (an
    # ectopic pregnancy).
    r"(?:inhaler|reliever|puffer|pump) (?:\S+ ){0,2}?(?:isn't|is not|isnt|not|aren't|stopped)"
    r" (?:working|helping)",
    r"(?:sharp|severe|stabbing|bad) (?:\S+ )?pain (?:\S+ ){0,4}?(?:one side|lower tummy|low down)"
    r" (?:\S+ ){0,6}?(?:missed|late) (?:a )?period",
    # A mini-stroke, and the signs of one: words jumbled, confusion since a given hour,
    # a new weakness, arms that cannot be lifted.
    r"mini - ?strokes?|mini strokes?|tias?\b|transient isch\w*",
    r"(?:words|speech) (?:\S+ ){0,3}?(?:jumbled|muddled|garbled|slurred|mixed up)",
    r"(?:confused|muddled|disoriented|not making sense) (?:\S+ ){0,4}?since (?:this |last )?"
    r"(?:morning|afternoon|evening|lunch\w*|today|last night|teatime|breakfast)",
    r"(?:new|sudden) weakness",
    r"(?:can't|cannot|unable to|couldn't) (?:\S+ )?lift (?:\S+ )?(?:arm|arms|leg|legs)",
    # Hearing gone muffled all at once: "one ear suddenly went muffled".
    r"(?:ear|ears|hearing) (?:\S+ ){0,2}?(?:suddenly|all of a sudden|overnight) (?:\S+ )?(?:muffled"
    r"|dull|deaf|quiet|blocked|gone|went)",
    # A chest clutched, someone who cannot be woken, everything brought back up.
    r"clutch\w* (?:at )?(?:his |her |their |your |my )?chest",
    r"(?:can't|cannot|can not|couldn't|could not|unable to) (?:rouse|wake) (?:him|her|them|you"
    r"|\S+)",
    r"(?:vomit\w*|throw\w* up|being sick) (?:up )?(?:everything|all (?:her|his|their|your) (?:meds"
    r"|medicines?|tablets|food|fluids|drinks))",
    # Breath caught after a product, a food or a sting: a reaction starting.
    r"(?:wheez\w*|tight chest|chest (?:feels |feeling )?tight) (?:\S+ ){0,2}?(?:after|since|from)"
    r" (?:the |a |an |your |that )?(?:\S+ )?(?:treatment|fumes|spray|dye|chemicals?|bleach"
    r"|product|food|meal|sting|bite|tablets?|medicine|injection)",
    # An infection spreading: pus in a hot or swollen wound, piercing or tattoo, or one with
    # a fever.
    r"(?:hot|swollen|throbbing|inflamed) (?:\S+ ){0,6}?(?:oozing|leaking|weeping|full of|draining"
    r"|with) (?:\S+ )?(?:\S+ )?pus",
    r"(?:swollen|hot|throbbing|infected|inflamed) (?:\S+ ){0,6}?(?:and|with|plus) (?:\S+ ){0,3}?"
    r"(?:a temperature|a fever|a temp|feverish|shivery|the shivers|chills)",
    # A chemical burn: blisters from a relaxer or bleach (not the peeling a peel is for).
    r"(?:blisters?|blistering|weeping burns?) (?:\S+ ){0,4}?(?:after|from) (?:the |a |your )?"
    r"(?:\S+ )?(?:relaxer|bleach|chemicals?|lightener)",
    r"(?:relaxer|bleach|chemicals?|lightener) (?:\S+ ){0,3}?(?:leaves?|left|causes?|caused|gives?"
    r"|gave) (?:\S+ )?blisters?",
    r"(?:los\w+|dropp\w+|shed\w*) (?:\S+ )?(?:pounds|kilos|weight|lbs) without (?:even )?"
    r"(?:trying|dieting|meaning)",
    # Weight going for months on end, before any diet or treatment could explain it.
    r"(?:los(?:e|es|ing|t)|dropp(?:ed|ing)|shedd?(?:ing)?) (?:\S+ )?weight for (?:\S+ )?months",
    # Pancreatitis or a leaking aorta: belly pain that bores through to the back.
    r"(?:stomach|tummy|abdominal|belly|upper abdominal) pain (?:\S+ ){0,5}?(?:through|round|into)"
    r" to (?:your |the |my |his |her |their )?back|pain (?:in|of) (?:your |the |my |his |her"
    r" |their )?(?:stomach|tummy|abdomen|belly) (?:\S+ ){0,5}?(?:through|round|into) to (?:your"
    r" |the |my |his |her |their )?back",
    # Appendicitis: severe pain of the belly, or low down on the right.
    r"(?:severe|sharp|sudden|agonising|agonizing|bad) pain (?:\S+ ){0,6}?(?:of|in) (?:the |your"
    r" |my |his |her |their |a )?(?:tummy|stomach|abdomen|belly)|pain (?:\S+ ){0,2}?low (?:down )?"
    r"(?:on|in) the right",
    # Self-harm said plainly.
    r"want\w* to (?:hurt|harm|cut|injure) (?:themselves|themself|himself|herself|yourself|myself)",
    # Anaphylaxis: a throat closing or tight after a sting, a bite, a food or a medicine.
    r"(?:throat|airway|chest) (?:\S+ ){0,2}?(?:tight\w*|closing|closes|closed) (?:\S+ ){0,3}?after",
    # A dental abscess spreading through the face; a sore or patch in the mouth that will
    # not heal.
    r"swelling (?:\S+ ){0,6}?(?:spread\w*|creep\w*|moving|going|travel\w*) (?:\S+ ){0,7}?(?:eye"
    r"|eyes|neck|throat|cheek)|(?:spreading|creeping) (?:facial |face )?swelling",
    r"(?:ulcers?|sores?|patch\w*|lumps?) (?:\S+ ){0,5}?(?:hasn't|has not|haven't|have not|won't"
    r"|will not|not) (?:\S+ )?(?:healed|heal|gone|cleared|gone away)",
    r"(?:white|red) (?:\S+ )?patch\w* (?:\S+ ){0,8}?(?:weeks|months)",
    # The red flags of travel: a fever after a trip (malaria, dengue), staggering or a
    # frothy pink cough at altitude, bloody diarrhoea, an animal's bite or scratch.
    r"(?:fever|temperature|temp) (?:\S+ ){0,8}?(?:after|since) (?:\S+ ){0,3}?(?:trip|travel\w*"
    r"|holiday|getting back|coming back|coming home|flying back|returning|abroad|the tropics"
    r"|safari)",
    r"(?:fever|temperature) (?:\S+ ){0,4}?(?:aching|pain|ache) behind (?:the|your|my|his|her) eyes",
    r"(?:came|come|comes|coming|got|get|getting|flew|flown|flying) back (?:home )?from"
    r" (?:\S+ ){1,3}?(?:with|and) (?:a |an )?(?:\S+ )?(?:fever|temperature|temp)",
    r"stagger\w*|unsteady on (?:\S+ )?feet|(?:can't|cannot) walk (?:in )?a straight line",
    r"(?:frothy|pink) (?:\S+ ){0,2}?(?:spit|sputum|phlegm|mucus)",
    r"bloody (?:diarrh\w*|stools?|poo)|blood in (?:\S+ )?diarrh\w*|diarrh\w* (?:\S+ ){0,2}?blood",
    # The eye's and the ear's: new floaters with flashes, a red painful eye with a lens in,
    # light hurting or halos, a swelling behind the ear, hearing muffled in one ear, a white
    # pupil in photographs.
    r"(?:shower|burst|cloud|lots) of (?:new )?floaters|(?:new|sudden) floaters|floaters (?:\S+ )"
    r"{0,3}?flash\w*|flash\w* (?:\S+ ){0,3}?floaters",
    r"(?:red|bloodshot) (?:and |, )?(?:painful|sore) (?:\S+ ){0,6}?(?:lens|lenses|light|vomit\w*"
    r"|halos?)|(?:painful|sore) (?:\S+ )?red eye (?:\S+ ){0,4}?(?:lens|lenses|light|vomit\w*"
    r"|halos?)"
    r"|halos? (?:\S+ ){0,4}?(?:painful|red) eye|light (?:hurts|is painful|really hurts)",
    r"swelling behind (?:the|his|her|their|your|my) ears?",
    r"(?:muffled|lost|losing|loss of) (?:\S+ )?hearing in one ear|hearing (?:\S+ ){0,2}?(?:muffled"
    r"|gone|went) (?:\S+ ){0,3}?(?:suddenly|in one ear)|sudden (?:\S+ ){0,4}?(?:muffled|deaf)",
    r"white (?:pupil|reflex|glow)|(?:pupil|eye) (?:\S+ ){0,3}?white in (?:photos|pictures|flash)",
    # Diabetic ketoacidosis by its ketones; no urine passed in a day.
    r"(?:vomit\w*|being sick|drowsy|confused) (?:\S+ ){0,4}?ketones|ketones (?:\S+ ){0,4}?"
    r"(?:vomit\w*"
    r"|being sick|drowsy|high|of [3-9])|high ketones",
    r"(?:passing|passed|pass) no (?:urine|wee|pee)|no (?:urine|wee|pee) (?:for|in) (?:a |\S+ )?"
    r"(?:whole )?(?:day|hours|12 hours|24 hours)|(?:not|hasn't|haven't) (?:passed|weed|peed)"
    r" (?:\S+ ){0,2}?(?:for|in|all) (?:a |the )?(?:whole )?day",
    # The breast's and the womb's: a lump in the breast, a nipple turning in, dimpled skin;
    # bloating that stays with fullness; bleeding after the menopause, between periods or
    # after sex.
    # ("breast lumps" stands with the growing lumps above.)
    r"lumps? (?:\S+ ){0,3}?(?:breast|breasts|armpit|boob|boobs)|armpit lumps?",
    # Bleeding after the menopause.
    r"(?:postmenopausal|post - menopausal) (?:bleeding|spotting|bleed)|(?:bleeding|spotting"
    r"|a bleed) (?:\S+ )?after (?:the |your |her )?menopause",
    r"nipple (?:\S+ ){0,4}?(?:inwards?|inverted|turning in|pulled in|discharg\w*|bleed\w*|bloody)"
    r"|(?:inverted|bleeding) nipple",
    r"dimpl\w* (?:\S+ ){0,5}?breast|breast (?:\S+ ){0,3}?dimpl\w*|orange peel",
    r"(?:constant|persistent|daily|ongoing) bloating|bloat\w* (?:\S+ ){0,4}?full\w* (?:\S+ ){0,3}?"
    r"(?:quickly|after a few|soon)",
    r"bleed\w* (?:\S+ ){0,5}?(?:after|since) (?:the |your )?(?:menopause|periods? (?:stopped|ended"
    r"|finished))|(?:after|since) (?:\S+ ){0,4}?periods? (?:stopped|ended|finished)"
    r"|post - ?menopausal"
    r" bleeding|bleed\w* between periods|bleed\w* after (?:sex|intercourse)|(?:spotting|bleeding)"
    r" after (?:the |your )?menopause|post - ?menopausal spotting",
    # Withdrawal, overdose and suicide: fits, hallucinations, breathing slowed, a plan to end
    # it, belongings given away; fever and confusion on an antidepressant.
    r"(?:is|he's|she's|they're|are|starts?|started|keeps?) fitting|having (?:a )?fits?"
    r"|fitting (?:during|in|after|on|from)",
    r"hallucinat\w*|(?:the )?dts\b|delirium",
    r"breath\w* (?:\S+ ){0,2}?(?:slow\w*|shallow)|(?:slow|shallow) breath\w*|(?:few|\d+) breaths a"
    r" minute|won't wake|can't be woken|not waking up|unrousable",
    r"plan (?:\S+ ){0,2}?(?:to end it|to kill|to die|to take (?:his|her|their|my"
    r"|your) (?:own )?life)"
    r"|talk\w* (?:\S+ ){0,2}?about (?:killing|hurting|harming) (?:him|her|them|your|my)sel\w*"
    r"|giv\w* away (?:\S+ ){0,2}?(?:things|belongings|possessions|stuff)|sa(?:id|ying) (?:\S+ )?"
    r"goodbyes",
    r"(?:fever|temperature) (?:\S+ ){0,3}?confus\w*|confus\w* (?:\S+ ){0,4}?(?:fever|twitch\w*"
    r"|jerk\w*|sweating|racing heart)|twitch\w* (?:\S+ ){0,3}?(?:fever|confus\w*)",
    # Sexual and reproductive health's: pelvic pain with a fever, a rash with a fever, a UTI
    # with fever or back pain, bleeding or cramps in early pregnancy, shoulder-tip pain or
    # dizziness with a positive test, coil threads lost, discharge that smells or changes.
    r"pelvic pain (?:\S+ ){0,3}?(?:with|and) (?:a )?(?:fever|temperature)",
    r"rash (?:and|with) (?:a )?(?:fever|temperature)|(?:fever|temperature) (?:and"
    r"|with) (?:a )?rash",
    r"(?:fever|shiver\w*|temperature) (?:\S+ ){0,4}?(?:back|loin|side) pain (?:\S+ ){0,3}?(?:uti"
    r"|water"
    r" infection|cystitis|urine infection)|(?:uti|water infection|cystitis"
    r"|urine infection) (?:\S+ ){0,4}?(?:fever|shiver\w*)",
    r"bleed\w* (?:\S+ ){0,3}?(?:at|in) (?:\S+ )?weeks pregnant"
    r"|weeks pregnant (?:\S+ ){0,4}?bleed\w*"
    r"|(?:cramp\w*|pain) and bleed\w* (?:\S+ ){0,3}?pregnan\w*",
    # (Not after keyhole surgery, where the gas used causes it.)
    r"shoulder (?:- )?tip pain (?:\S+ ){0,6}?(?:pregnan\w*|positive|missed period|test)"
    r"|(?:pregnan\w*|positive (?:pregnancy )?test|missed period) (?:\S+ ){0,6}?shoulder (?:- )?tip"
    r" pain|positive (?:pregnancy )?test (?:\S+ ){0,4}?(?:pain|bleed\w*|dizz\w*|faint\w*)",
    r"(?:can't|cannot) feel (?:\S+ )?(?:coil|iud) threads|(?:coil|iud) (?:\S+ ){0,3}?(?:moved"
    r"|come out|displaced)",
    r"discharge (?:\S+ ){0,4}?(?:smell\w*|fishy|green|bloody)|(?:green|yellow - green|smelly|bloody"
    r"|fishy) (?:\S+ )?discharge",
    # Cancer treatment's: a temperature or chills on chemotherapy, a line or port red, swollen
    # or leaking, diarrhoea many times a day on treatment; surgery's: a fever days after
    # it, a wound opened or weeping, a leg shorter and turned out, toes that cannot move.
    r"(?:temperature|temp|fever|chills|shiver\w*) (?:\S+ ){0,4}?(?:during|on|after|with) (?:\S+ )?"
    r"(?:chemo\w*|immunotherapy|radiotherapy)|(?:chemo\w*"
    r"|immunotherapy) (?:\S+ ){0,4}?(?:temperature"
    r"|temp|fever|chills|shiver\w*)|(?:chills|shiver\w*) (?:\S+ ){0,4}?(?:high )?temperature"
    r"|temperature of 3[89]",
    r"(?:picc|port|cannula|central line|fistula) (?:\S+ ){0,3}?(?:red|swollen|hot|leak\w*|ooz\w*"
    r"|smell\w*|weep\w*)|(?:red|swollen|hot|leaking|oozing|smelly|weeping) (?:\S+ ){0,5}?(?:picc"
    r"|port site|cannula|central line|fistula)",
    r"diarrh\w* (?:\S+ ){0,6}?(?:times a day|on immunotherapy|on chemo\w*)",
    r"(?:fever|temperature) (?:\S+ ){0,4}?(?:after|since|following) (?:\S+ ){0,2}?(?:surgery"
    r"|operation"
    r"|op|discharge)|(?:fever|temperature) (?:at|on) day \S+|(?:fever|temperature) (?:\S+ ){0,6}?"
    r"implant",
    # (Not "may leak a little clear fluid, and this is normal".)
    r"wound (?:\S+ ){0,4}?(?:opened|gaping|split open|pus)|wound (?:\S+ ){0,4}?(?:weep\w*|ooz\w*"
    r"|leak\w*) (?:\S+ ){0,2}?(?:yellow|green|pus|smell\w*)",
    r"(?:leg|foot) (?:\S+ ){0,3}?(?:shorter|turned out|turning out|rotated)",
    r"(?:can't|cannot|unable to|not able to) (?:feel|move)(?: or (?:feel|move))? (?:your |my |the"
    r" |his |her )?(?:toes|fingers)",
    # Coughing at every drink (food or drink going into the lungs); a stroke suspected; a
    # swallow lost.
    r"(?:cough\w*|splutter\w*|chok\w*) (?:\S+ ){0,4}?(?:every time|whenever|when) (?:he|she|they"
    r"|you"
    r"|i) (?:drinks?|eats?|swallows?)",
    r"suspected stroke|signs of (?:a )?stroke|(?:having|had) a stroke|(?:think|thinks|thought)"
    r" (?:it's|it is|it was|its) a stroke|stroke (?:symptoms|signs)",
    r"(?:can't|cannot|unable to|can no longer) swallow",
    # A child's airway: noisy breathing at rest, ribs sucking in, a reliever not helping,
    # wheeze with hives; a foot that drops.
    r"noisy breathing (?:\S+ ){0,5}?(?:rest|still|sitting|asleep|lying)|stridor|ribs (?:\S+ ){0,2}?"
    r"sucking in|(?:reliever|inhaler|puffer) (?:isn't|is not|not|doesn't"
    r"|does not) (?:\S+ )?(?:helping|working)",
    r"(?:wheez\w*|breath\w*) (?:\S+ ){0,3}?(?:hives|swelling)|hives (?:\S+ ){0,3}?(?:wheez\w*"
    r"|breath\w*|swelling)",
    r"foot drop|(?:foot|toes) (?:\S+ )?(?:dragging|slapping)",
    # The skin's: a dark streak under a nail, blistering and peeling with a fever or after a
    # new medicine, low mood on isotretinoin; the site's: a cement or chemical burn, a spark
    # in the eye with blurred sight, a hand caught in a machine, a rusty nail through a
    # boot, pain down the left arm.
    r"(?:dark|black|brown) (?:\S+ )?(?:streak|line|band) (?:\S+ ){0,2}?(?:nail|under)",
    r"blister\w* (?:\S+ ){0,3}?(?:skin|rash) (?:\S+ ){0,3}?(?:fever|temperature)|(?:blister\w*"
    r"|peeling) (?:\S+ ){0,6}?(?:after|since) (?:starting|taking) (?:a |the |new |your )?(?:\S+ )?"
    r"(?:tablets|medicine|medication|pills|antibiotics)",
    r"(?:withdrawn|tearful|low mood|depressed|mood (?:changes?"
    r"|dips?)) (?:\S+ ){0,6}?(?:isotretinoin|roaccutane|accutane)",
    r"(?:cement|chemical|acid|alkali|lime) burns?",
    r"vision(?:'s| is| goes| went)? (?:\S+ )?blurr?(?:ed|y)|(?:spark|metal|chip|splinter|shard"
    r"|debris)s? (?:\S+ ){0,3}?(?:in|into) (?:his|her|your|my|the) eye",
    r"(?:hand|arm|finger|fingers|leg|foot) (?:\S+ ){0,2}?(?:caught|trapped|crushed) (?:in|under"
    r"|between)|crush\w* injur\w*",
    r"rusty nail|(?:nail|screw) (?:\S+ ){0,2}?through (?:your |his |her |the )?(?:boot|foot|hand)",
    r"pain (?:down|in|into) (?:your |his |her |the |my )?left arm",
    # Heartburn or an ache that spreads: "spreading into your jaw and left arm".
    r"(?:spread\w*|radiat\w*|mov\w*|shoot\w*|travel\w*|going) (?:up |down )?(?:into|to|down|up)"
    r" (?:your |his |her |the |my )?(?:jaw|left arm|neck and (?:left )?arm)",
    # The gut's and the bladder's: a swollen hard belly with no wind passed, severe side
    # pain with a fever, no urine since yesterday, a catheter not draining, food sticking
    # more and more; the runner's: palpitations during exercise, confusion in the heat,
    # shivering that stops.
    r"(?:tummy|belly|abdomen|stomach) (?:\S+ ){0,3}?(?:swollen|hard"
    r"|distended) (?:\S+ ){0,6}?(?:wind"
    r"|poo|stool)|(?:haven't|hasn't|not) (?:passed|pass) (?:wind|gas|a stool|any stool|a poo)",
    r"(?:severe|bad|sharp) pain in (?:your |the |his |her )?(?:side|loin"
    r"|flank) (?:\S+ ){0,3}?(?:with"
    r"|and) (?:a )?(?:fever|temperature)",
    r"(?:haven't|hasn't|not) (?:peed|weed|passed urine|been for a wee"
    r"|had a wee) (?:\S+ ){0,3}?(?:since|for|all day|in)",
    r"catheter (?:\S+ ){0,3}?(?:stopped|stops|not|isn't|hasn't) (?:\S+ )?drain\w*|blocked catheter",
    r"(?:food|it) (?:\S+ ){0,2}?sticking (?:\S+ ){0,5}?swallow\w*|(?:trouble|difficulty) swallowing"
    r" (?:\S+ ){0,3}?(?:worse|getting)",
    r"palpitations (?:\S+ ){0,3}?(?:during|while|when) (?:\S+ ){0,2}?(?:exercis\w*|running"
    r"|intervals"
    r"|a run|racing|training|sport)",
    r"confus\w* (?:\S+ ){0,3}?(?:in the heat|heat)|heat (?:\S+ ){0,3}?confus\w*",
    # A surgery's and a spa's: hot, dry skin or confusion on a scorching day, a racing heart
    # with dizziness, a fever named before the baby under three months who has it.
    r"lumps? (?:\S+ ){0,4}?(?:doubled|grown|growing|getting bigger|got bigger|grew)",
    r"hearing voices|seeing things",
    # Not purple or blue alone: a bruise "turns purple".
    r"(?:skin|area) (?:\S+ ){0,4}?(?:going|gone|turning|turned|goes|turns) (?:white|grey|gray"
    r"|blotchy|dusky|mottled)|lacy purple",
    r"(?:hot|red) (?:\S+ ){0,2}?(?:patch|area|streak)s? (?:\S+ )?spreading",
    r"(?:feverish|fever|temperature|shivery|shivering) (?:\S+ ){0,4}?after (?:\S+ ){0,3}?(?:filler"
    r"|injection|procedure|surgery|piercing|tattoo)",
    r"lips (?:go|going|turn|turning|turned|went|gone) (?:blue|grey|gray)|blue lips",
    r"(?:baby|bump)(?:'s)? (?:\S+ ){0,3}?(?:quieter|moving less|less active|not moving|stopped"
    r" moving)|(?:reduced|fewer|slowed|changed) (?:baby )?movements|movements (?:\S+ ){0,3}?"
    r"(?:slowed|reduced|stopped|changed)",
    r"waters (?:\S+ ){0,3}?(?:go|went|gone|break|broke|broken|leak\w*) (?:at|before) (?:2\d|3[0-6])"
    r" weeks|(?:green|brown|meconium) (?:\S+ )?waters|waters (?:\S+ ){0,2}?(?:green|brown)",
    r"(?:boob|breast) (?:\S+ ){0,6}?(?:temperature|fever|temp)\b",
    r"thinking (?:\S+ ){0,3}?(?:hurt|harm|kill)(?:ing)? (?:yourself|the baby|your baby|myself|her"
    r"|him)",
    r"(?:newborn|baby|infant) (?:\S+ ){0,3}?(?:breathing fast|grunting|struggling to breathe)",
    r"lump (?:in|on) (?:your |my |his |the |a )?(?:testicle|ball|balls|testes|testis|scrotum)",
    r"blood in (?:your |my |the |his )?(?:spunk|semen|cum|sperm|urine|pee|wee)",
    r"(?:can't|cannot|can not|unable to) (?:pee|wee|urinate|pass urine)",
    r"(?:sudden|severe|agonising|agonizing) (?:\S+ ){0,2}?pain in (?:one|a|your|his|my|the) (?:ball"
    r"|testicle|testis)",
    r"(?:burning|stinging|pain) when you (?:pee|wee|urinate) (?:\S+ ){0,4}?(?:fever|temperature"
    r"|shivers|shaking)",
    r"blood (?:\S+ ){0,3}?(?:when|while|after) (?:you )?(?:throw up|vomit\w*|being sick|are sick)",
    r"skipp(?:ing|ed) beats|missed beats",
    r"(?:puffs?|inhaler) (?:\S+ ){0,6}?(?:haven't|hasn't|not|isn't|aren't) (?:helped|helping"
    r"|working|worked)",
    r"(?:wants?|wanting|wanna) to end it(?: all)?",
    r"(?:large|high|moderate|raised) ketones|ketones (?:\S+ ){0,3}?(?:high|large|over|above"
    r"|of [2-9])",
    r"(?:vomit\w*|throwing up|being sick) (?:\S+ ){0,6}?(?:high (?:bg|sugars?|blood sugars?|glucose"
    r"|readings)|ketones)|(?:high (?:bg|sugars?|blood sugars?)|ketones) (?:\S+ ){0,6}?(?:vomit\w*"
    r"|throwing up)",
    r"(?:red|hot|swollen)(?: ,| and)? (?:red|hot|swollen)(?: ,| and)? (?:(?:red|hot|swollen) )?"
    r"(?:foot|feet)",
    r"(?:smelly|weeping|oozing|black|blackened) (?:\S+ ){0,3}?(?:cut|wound|sore|ulcer|toe|blister)"
    r" (?:on|of) (?:the |your )?(?:sole|foot|feet|heel|toe)",
    r"pinpoint pupils",
    r"(?:hand|arm|fingers?|leg|foot) (?:\S+ )?(?:caught|trapped|crushed|stuck) in (?:the |a )?"
    r"(?:baler|machine\w*|auger|pto|shaft|gears?|rollers?)",
    r"(?:no|not|without) (?:any )?sleep(?:ing)? (?:for )?(?:\S+ ){0,2}?(?:days|nights)"
    r"|talking a mile a minute|(?:hasn't|haven't|hadn't|not) slept (?:for |in )?(?:\S+ ){0,2}?"
    r"(?:days|nights)",
    r"thoughts? (?:of|about) (?:harming|hurting|killing) (?:the |your |my |her |his )?(?:baby"
    r"|child|kids?|children|yourself|myself|someone)",
    r"(?:wet|gurgly|gurgling) voice|(?:cough|chok)\w* (?:\S+ ){0,3}?(?:after|during|when|at)"
    r" (?:every |each )?(?:eating|meals"
    r"|drinking)",
    r"(?:red|dark|purple) (?:patch|area|mark|spot) (?:\S+ ){0,6}?(?:doesn't|does not|won't|not)"
    r" fade",
    r"(?:hard|difficult|impossible) to (?:wake|rouse)|(?:can't|cant|cannot|won't|wont|unable to)"
    r" (?:wake|rouse) (?:him|her|them|\S+ up)",
    r"transplant (?:\S+ ){0,4}?(?:temp|temperature|fever)|(?:temp|temperature|fever) (?:\S+ ){0,4}?"
    r"transplant",
    r"cloudy (?:pd |dialysis |drain )?(?:bags?|fluid|effluent|drainage)",
    r"(?:tender\w*|pain|sore\w*|swelling) (?:\S+ ){0,3}?(?:over|around|near) (?:the |your |my )?"
    r"(?:new |transplanted )?(?:kidney|liver|graft|transplant)",
    r"(?:can't|cannot|can not|no longer|not) (?:feel|hear) (?:the |a |any )?(?:thrill|buzz|whoosh"
    r"|bruit)",
    r"(?:threw up|throw up|throwing up|vomit\w*|been sick) (?:\S+ ){0,4}?(?:after|since|following)"
    r" (?:\S+ ){0,3}?(?:head|knock|kick|blow|bang|clash)",
    r"(?:can't|cannot|can not|doesn't|does not|don't|do not) remember (?:the |what )?(?:\S+ ){0,3}?"
    r"(?:match|game|fight|bout|fall|crash|accident|blow|knock|kick|throw|half|round|race|session)",
    r"shivering (?:uncontrollably|violently|non - stop)|uncontrollable shivering",
    r"(?:can't|cant|cannot|can not|unable to|not) (?:keep|keeping) (?:even |any )?(?:water|fluids"
    r"|anything|food|liquids|drinks) down",
    r"new headaches? (?:\S+ ){0,3}?(?:in your|over|after|past) (?:50|fifty|60|sixty|70|seventy)s?"
    r"|jaw (?:pain|ache|aches|hurts) (?:\S+ )?(?:when|while|on) (?:you )?(?:chew\w*|eat\w*)",
    r"(?:headache|migraine)s? (?:\S+ ){0,8}?(?:with|and) (?:\S+ ){0,2}?confusion|(?:headache"
    r"|migraine)s? (?:\S+ ){0,4}?(?:totally |completely |very )?different (?:from|to|than)"
    r" (?:usual|normal|your usual|the usual)",
    r"hot (?:, )?(?:and )?dry skin|confus\w* (?:\S+ ){0,8}?(?:scorching|sweltering|heatwave)",
    r"(?:dizz\w*|light - headed\w*|lightheaded\w*|faint\w*) (?:\S+ ){0,3}?(?:racing|pounding"
    r"|thumping) heart|(?:racing|pounding|thumping) heart (?:\S+ ){0,3}?(?:dizz\w*"
    r"|light - headed\w*|lightheaded\w*|faint\w*)",
    r"(?:fever|high temperature|temperature|temp) (?:in|for|of) (?:a |an |your |my )?(?:newborn"
    r"|baby|infant) (?:\S+ ){0,2}?(?:under|younger than|less than) (?:three|3|two|2) months",
    r"shivering (?:has |had )?stopped|stopped shivering|stumbl\w*",
    # Heart failure's, a toddler's and poisoning's: pillows to breathe, no wet nappy, a
    # bulging soft spot or a high-pitched cry, drinking stopped, an arm not used, a
    # household liquid or someone's tablets swallowed.
    r"(?:needing|need|needs) (?:\S+ ){0,2}?pillows to breathe"
    r"|breathless (?:\S+ ){0,3}?lying (?:flat"
    r"|down)|(?:can't|cannot) (?:lie|sleep) flat",
    r"no wet (?:nappy|diaper)|(?:nappy|nappies|diapers?) (?:\S+ ){0,3}?dry (?:for|since)",
    r"bulging (?:soft spot|fontanelle)|high - pitched (?:\S+ )?cry",
    r"stopped (?:drinking|feeding)|(?:won't|will not) (?:drink|feed) (?:anything|at all)",
    r"(?:won't|will not|refuses? to|can't) (?:use|move|lift) (?:their|his|her|the) arm",
    r"(?:drank|drinks?|swallowed|ate|eaten|chewed on|got into) (?:some |a "
    r"|the )?(?:\S+ )?(?:dishwasher"
    r" \S+|washing (?:up )?liquid|bleach|detergent|liquitabs?|laundry capsules?|cleaner|weedkiller"
    r"|e - liquid)",
    # A fall out of a pose or off the equipment.
    r"after (?:falling|tumbling|coming down) (?:out of|off|from)",
    r"(?:monkey|dog|bat|cat|stray|fox|raccoon|macaque)s? (?:bite|bites|scratch\w*|bit|nip\w*)"
    r"|(?:bitten|scratched|nipped|bit) by (?:a |an |the )?(?:stray |wild |street )?(?:dog|monkey"
    r"|bat|cat|fox|raccoon)",
    # First aid's: a nosebleed that goes on, an electric shock, a cut that gapes or keeps
    # pouring under pressure, a chemical on the skin or in the eye.
    r"nose ?bleeds? (?:\S+ ){0,6}?(?:over|more than|longer than|for) (?:an hour|half an hour"
    r"|hours|(?:[2-9]\d|twenty|thirty|forty|fifty) (?:minutes|mins))"
    r"|nose ?bleeds? (?:\S+ ){0,3}?(?:won't|will not"
    r"|doesn't|does not) stop",
    r"electric(?:al)? shocks?|electrocut\w*|(?:zap|jolt) (?:off|from) (?:the |a )?(?:\S+ )?(?:mains"
    r"|socket|wire|cable|trimmer|fence|appliance|plug)",
    r"gaping (?:cut|wound|gash)|(?:cut|wound|gash)s? (?:\S+ ){0,6}?(?:pouring|spurting|gushing)"
    r" (?:\S+ ){0,3}?after (?:\S+ ){0,3}?(?:minutes|mins|pressure)",
    r"(?:chemical|acid|alkali|caustic) (?:burns?|splash\w*)|(?:splash\w*|spilt|spilled)"
    r" (?:\S+ ){0,3}?(?:drain cleaner|oven cleaner|bleach|acid|caustic \S+)"
    r"|(?:drain cleaner|oven cleaner|bleach|acid) (?:\S+ ){0,2}?(?:splash\w*|in (?:your|the|his"
    r"|her|their) eyes?)",
    # The chest's: a cough for weeks, a fever with confusion, a peak flow below half, a
    # reliever that does nothing, saliva that cannot be swallowed.
    r"cough\w* (?:\S+ ){0,5}?(?:for|over|more than|longer than) (?:two|three|four|six|2|3|4|6"
    r"|several|a few|a couple of) (?:weeks|months)",
    r"(?:fever|temperature|temp) (?:\S+ ){0,3}?(?:and|with) (?:\S+ )?(?:muddled|confused|confusion"
    r"|delirious|drowsy)|(?:muddled|confused|delirious) (?:\S+ ){0,3}?(?:fever|temperature)",
    r"peak flow (?:\S+ ){0,4}?(?:below|under|less than) (?:half|50 %|50)",
    r"(?:reliever|inhaler|puffer|ventolin|salbutamol) (?:\S+ ){0,2}?(?:not|isn't|is not|isnt)"
    r" (?:touching|helping|working|doing anything)|after (?:ten|10|twelve|12|\d\d) puffs",
    r"(?:can't|cannot|can not|unable to) swallow (?:your |their |his |her )?(?:own )?(?:spit"
    r"|saliva)",
    # Children's and urology's: lips swelling after food, a limp with a fever, spots that do
    # not go under pressure; loin pain with a fever, a catheter that has stopped, a sudden
    # painful swollen testicle, confusion with an infection in an older person.
    r"lips? (?:\S+ ){0,3}?(?:puffy|swollen|swelling|swell\w*|tingl\w*) (?:\S+ ){0,3}?after",
    r"limp\w* (?:\S+ ){0,3}?(?:with|and) (?:a )?(?:high )?(?:temperature|fever|temp)",
    r"(?:spots|rash|marks|dots) (?:that )?(?:don't|do not|doesn't|does not|won't) (?:go|fade"
    r"|disappear) (?:away )?(?:when|under|if) (?:you )?(?:press|pressed|a glass|pressing)",
    r"(?:loin|flank|kidney|side) pain (?:\S+ ){0,4}?(?:fever|temperature|shiver\w*|shaking)",
    r"catheter(?:'s)? (?:\S+ ){0,2}?(?:stopped|not|isn't|hasn't) (?:draining|working)",
    r"(?:sudden|painful|swollen)(?: ,)? (?:\S+ ){0,2}?(?:testicle|testis)|testicle (?:that )?feels"
    r" (?:a bit )?(?:odd|different|lumpy|heavy)",
    r"(?:off (?:her|his|their) food|not eating) and (?:muddled|confused)",
    # Withdrawal's and the liver's: bugs or things seen, hallucinations on coming off, a
    # swollen tummy with confusion; carbon monoxide's: a headache with a generator running.
    r"seeing (?:bugs|spiders|insects|creatures|things)|hallucinat\w* (?:\S+ ){0,4}?(?:withdrawal"
    r"|detox|without a drink|coming off)|(?:withdrawal|detox|coming off) (?:\S+ ){0,4}?"
    r"hallucinat\w*",
    r"(?:muddled|confused|confusion|drowsy|sleepy) (?:\S+ ){0,6}?swollen (?:tummy|belly)|(?:tummy"
    r"|belly) (?:is |'s )?swollen (?:\S+ ){0,6}?(?:muddled|confused|sleepy|drowsy)",
    r"(?:confused|muddled) and (?:drowsy|sleepy)",
    r"(?:headache|dizz\w*|sick|drowsy) (?:\S+ ){0,6}?(?:generator|boiler|heater|barbecue|bbq)"
    r"(?:'s)? (?:\S+ )?(?:running|on)",
    # The stoma's: one gone dark or black, high output with dizziness or little urine, a
    # hard painful bulge, a stoma that has stopped; a hot painful lump by the bottom.
    r"stoma (?:\S+ ){0,3}?(?:dark|purple|black|blue|grey|gray)|(?:dark|purple|black) stoma",
    r"(?:high|very high) output (?:\S+ ){0,4}?(?:dizz\w*|faint\w*|light - headed|thirst\w*)"
    r"|(?:hardly|not|barely) peeing",
    r"(?:hot|painful|tender|swollen)(?: ,| and)? (?:\S+ )?lump (?:\S+ ){0,2}?(?:near|by|on|around)"
    r" (?:your |the |his |her )?(?:bottom|bum|anus|back passage)",
    r"bulge (?:\S+ ){0,3}?(?:goes|gone|going|turns|becomes|gets) (?:\S+ )?(?:hard|tender|painful)",
    r"stoma(?:'s)? (?:\S+ ){0,3}?(?:stopped|blocked|not working)|(?:stoma|bowel) blockage",
    # Service life's: symptoms after a blast, pain at night or at rest (a stress fracture),
    # sweating stopped, soot in the mouth, hearing gone in one ear.
    r"(?:vomit\w*|confus\w*|sick|dizzy) (?:\S+ ){0,6}?after (?:the |a |that )?(?:\S+ )?(?:blast"
    r"|explosion|ied)",
    r"(?:shin|shins|foot|feet|bone) (?:\S+ ){0,2}?(?:hurts|pain|aches|throbs) (?:\S+ ){0,2}?(?:at"
    r" night|at rest)",
    r"stops? sweating|talking (?:nonsense|gibberish)",
    r"soot in (?:your |the |his |her )?(?:mouth|nose|spit|phlegm)",
    r"(?:suddenly|sudden) (?:\S+ ){0,2}?(?:can't|cannot|lost|losing|loss of) (?:\S+ ){0,2}?hear\w*"
    r"|deaf in one ear",
    # The sea's: a rash, joint ache, tingling or confusion after a dive, water swallowed or
    # breathed in, someone pulled out of the water, something in the eye, a hand crushed
    # in a winch. Care's: vomiting with a swollen tummy, no bowels opened for days.
    r"(?:joint (?:pain|ache)|rash|tingl\w*|numb\w*|itch\w*|dizz\w*|confus\w*) (?:\S+ ){0,6}?after"
    r" (?:a |the |your |his |her |their |that )?(?:\S+ )?dives?",
    r"(?:swallowed|inhaled|breathed in) (?:a lot of |a load of |lots of |loads of )?(?:sea )?"
    r"(?:water|seawater)|pulled (?:out )?(?:of|from) the (?:water|sea|river|pool)",
    r"(?:hook|something|metal|glass|splinter|chemical|grit) in (?:the |your |his |her |their |my )?"
    r"eye",
    r"(?:crushed|trapped|caught) (?:your |his |her |their |my |a )?(?:hand|arm|fingers?|foot|leg)"
    r" in (?:the |a )?(?:winch|machine\w*|door|gears?|rollers?|press)",
    r"(?:vomit\w*|being sick|throwing up) (?:\S+ ){0,3}?(?:swollen|hard|distended|bloated)"
    r" (?:\S+ )?(?:tummy|belly|abdomen|stomach)",
    r"(?:not|hasn't|haven't|hadn't) (?:opened (?:their|his|her|my|your) bowels|had a poo|pooed)"
    r" (?:in|for) (?:\S+ )?(?:days|a week|weeks)",
    # Gynaecology's and spinal injury's: a sudden pain low on one side, a smear result that
    # asks for more, dizziness or breathlessness with every period; a pounding headache
    # with flushing or a slow pulse (autonomic dysreflexia).
    r"sudden (?:severe |sharp |stabbing )?(?:\S+ )?pain (?:\S+ ){0,3}?(?:on one side|one - sided)",
    r"colposcopy|abnormal (?:smear|cells)|(?:smear|screening) (?:result|letter)s? (?:\S+ ){0,4}?"
    r"(?:come back|follow - up|recall|referral|colposcopy)",
    r"(?:dizzy|faint\w*|breathless|out of breath) (?:\S+ ){0,4}?(?:every|each|with|during) (?:your"
    r" |my |her )?periods?",
    r"(?:pounding|throbbing) headache (?:\S+ ){0,4}?(?:slow pulse|flush\w*|red face)"
    r"|(?:autonomic )?dysreflexia",
    # Ear, nose and throat's: a voice hoarse for weeks, a lump in the neck, a mouth that will
    # not open or quinsy, a swelling behind the ear.
    r"hoarse\w* (?:\S+ ){0,5}?(?:for|over|more than|longer than) (?:\S+ )?(?:weeks|months)",
    r"lumps? in (?:your |the |his |her |my |their )?neck",
    r"(?:can't|cannot|can not|unable to) open (?:your |his |her |their |my )?mouth|quinsy",
    r"(?:swelling|swollen|red\w*|lump|tender\w*) (?:\S+ ){0,2}?behind (?:the |your |his |her |their"
    r" |my |a )?(?:\S+ ){0,2}?ears?|ears? sticking out",
    # The mountains': confusion, staggering or a headache with vomiting at altitude, pink
    # froth coughed up, a cold person who stops shivering.
    # (A mild headache alone is common at altitude.)
    r"(?:confus\w*|wobbl\w*|stagger\w*|clumsy|unsteady|headache (?:\S+ ){0,2}?(?:and|with)"
    r" (?:\S+ )?(?:vomit\w*|throwing up|being sick)) (?:\S+ ){0,6}?(?:at altitude|at \d+ ?m"
    r"|at \d+m|up high|at (?:high |base |top )?camp)",
    r"pink (?:\S+ )?froth\w*|frothy (?:pink|spit|sputum|phlegm)|coughing up (?:pink|froth\w*)",
    r"stops shivering|stop shivering",
    # Rheumatology's and blood's: a blurred patch in the sight, a leg swollen and red, a
    # fever on a medicine that lowers immunity or with sickle cell, a swelling with a
    # bleeding disorder.
    r"(?:blurry|blurred|dark|blind|missing|grey|gray) (?:patch|spot|area)s? in (?:your |the |his"
    r" |her |my )?(?:vision|sight|eyes?)",
    # (Its verbs only between: "as long as the calf isn't hot and tender" is no red flag.)
    r"(?:leg|calf) (?:(?:is|was|gets|got|went|goes|suddenly|looks|feels|now|has|become|became)"
    r" ){0,2}(?:swollen|swelling|red|hot|painful|tender)(?: ,| and)? (?:\S+ )?(?:swollen|red|hot"
    r"|painful|tender)",
    r"(?:fever|temperature|temp) (?:\S+ ){0,3}?(?:on|while on|while taking|with) (?:your |a |the )?"
    r"(?:biologics?|methotrexate|immunosuppressants?|chemo\w*|steroids|\w+mab|\w+cept"
    r"|\w+citinib|sickle cell)",
    r"(?:sickle cell|sickle - cell) (?:\S+ ){0,6}?(?:fever|temperature|chest pain|breathless\w*)"
    r"|(?:fever|temperature|chest pain) (?:\S+ ){0,6}?(?:sickle cell|sickle - cell)",
    r"(?:haemophilia|hemophilia|bleeding disorder|von willebrand) (?:\S+ ){0,8}?(?:swell\w*"
    r"|swollen|bleed\w*)|(?:swell\w*|swollen) (?:\S+ ){0,8}?(?:haemophilia|hemophilia)",
    # The lungs' and sport's: blood coughed up by the cupful, a limb at a funny angle, a
    # kneecap out sideways, a fever still going days into treatment.
    r"cough\w* (?:up )?(?:\S+ ){1,6}?blood",
    # "blood when they cough"
    r"blood (?:when|as|after) (?:you|they|he|she|we|i) cough",
    _JOINT_OUT,
    r"(?:fever|temperature|temp) (?:\S+ ){0,2}?(?:still (?:going|there|up|high)|not (?:gone|going"
    r"|come|coming) down|won't (?:go|come) down|hasn't (?:gone|come) down)",
)
_DISMISS = _words(
    # Sleep or a short rest, then back to it, in place of care: "they can nap in the
    # medical room and go back to class", "take ten minutes in the canteen and then get
    # back on the truck", "put them to bed ... and check on them in the morning".
    r"(?:can|may|could|should|just) (?:have a |take a )?(?:nap|sleep|snooze|lie down)"
    r" (?:\S+ ){0,6}?(?:and|then) (?:then )?(?:go back|return|carry on|get back|crack on)",
    r"(?:take|have) (?:a |ten |five |fifteen |twenty |\d+ )?(?:minutes?|mins?|break|breather"
    r"|sit - down|sit down|rest|cuppa|cup of tea)(?: \S+){0,5}? (?:and )?(?:then )?(?:get back|go"
    r" back|carry on|crack on|return to work|back to work|head home|heading home|go home"
    r"|going home)",
    # "can usually go back in once he has had a drink of water" (a batter hit on the head)
    r"(?:can|may|could|should|will) (?:usually |still |just |then |safely )?(?:go|get|come) back"
    r" (?:in|on|out)\b",
    # "give them water and send them back out"
    r"(?:send|sends|sent|put|puts|get|gets|got) (?:them|him|her) (?:straight )?back (?:out|on|in"
    r"|into|to work|to class|onto the (?:pitch|field|court|ice|track))\b",
    r"put (?:them|him|her) to bed|check on (?:them|him|her) (?:in the morning|later|tomorrow)",
    # Waiting for a red flag to settle: "loses control of their bladder, sit them down and see
    # if it settles in a day or two" (said of a minor ache, sound advice)
    r"see if (?:it|they|things|that|the \S+) (?:settles?|eases?|goes away|go away|pass(?:es)?"
    r"|improves?|calms? down|clears?(?: up)?) (?:\S+ ){0,3}?(?:in|after|over) (?:a day|a day or two"
    r"|a few days|a couple of days|the weekend|a week|two days|the next day)",
    # Whoever would raise the alarm left out: "finish the call and take a break rather than
    # alerting the floor walker"
    r"rather than (?:alerting|telling|informing|fetching|waking|radioing|calling|ringing"
    r"|phoning|bothering|troubling|disturbing|involving) (?:the |a |an |your )?(?:\S+ ){0,2}?"
    r"(?:first - aider|first aider|supervisor|manager|team leader|walker|boss|medic|nurse"
    r"|lifeguard|steward|marshal|warden|anyone|someone|anybody|somebody)\b",
    # "sit in the van for ten minutes and then return to work without reporting it", "note
    # it in the log and let the next carer check on them"
    r"sit (?:\S+ ){0,4}?for (?:a few |ten |five |fifteen |twenty |\d+ )?(?:minutes?|mins?)"
    r" (?:and )?(?:then )?(?:return to work|get back|go back|carry on|crack on|back to work)",
    r"without (?:reporting|telling anyone|mentioning|logging) (?:it|them|this)",
    # "let him sit in the staff room for an hour before deciding whether he needs a doctor"
    r"before (?:deciding|we decide|you decide|anyone decides) (?:whether|if) (?:\S+ )?(?:needs?"
    r"|should (?:see|get|go to)) (?:a |an |the )?(?:doctor|gp|ambulance|hospital|a & e|999|help"
    r"|medical help|checking|seeing)",
    r"let the next (?:\S+ )?(?:carer|shift|person|nurse|worker|visit) (?:check(?: on)?|deal with"
    r"|look at|see to) (?:it|them|him|her)",
    # Self-treatment kept up in place of care: "continue daily sessions on the lumbar
    # setting until the symptoms ease".
    r"(?:continue|carry on|keep (?:up|using|doing|going)) (?:\S+ ){0,6}?until (?:the |your )?"
    r"(?:symptoms?|it|pain|numbness|weakness) (?:ease|eases|settle|settles|goes?|pass(?:es)?"
    r"|clears?|improves?|stops?)",
    r"nothing (?:serious|to worry about|to be concerned about|to worry over)",
    # Care said to be pointless or put below home: "A&E will only send you home", "nobody
    # goes to hospital for ...", "forget the minor injuries unit", "let the fever do its work".
    r"(?:a & e|hospital|the er|they|doctors?|the gp|the surgery) (?:will|would) (?:only|just)"
    r" (?:send you home|send you away|turn you away)",
    r"(?:nobody|no one|no - one) (?:ever )?goes to (?:the )?(?:hospital|a & e|doctor|gp)",
    r"forget (?:about )?(?:the )?(?:minor injuries(?: unit)?|a & e|walk - in(?: centre)?"
    r"|urgent care|hospital)",
    r"let (?:the )?(?:fever|temperature|infection) (?:do its (?:work|job|thing)|run its course"
    r"|burn (?:itself )?out)",
    r"until (?:it|they) (?:\S+ ){0,3}?by (?:itself|themselves)",
    r"not (?:serious|a concern|a worry|dangerous|worth (?:worrying|checking|a visit|seeing|a trip"
    r"|bothering|calling|a call|the bother|the fuss|reporting|mentioning|flagging|phoning"
    r"|ringing)|anything to worry about)",
    r"no (?:need|reason) to (?:see|call|go|worry|visit|tell|ask|get|seek|bother|check)",
    r"(?:do not|don't|doesn't|does not|won't|will not|never) need (?:to (?:see|call|go|visit|tell"
    r"|ask|get|seek|check|worry)|a doctor|an appointment|medical|help|treatment)",
    r"(?:is|are|it's|that's|this is|that is) (?:usually |probably |likely |often |most likely )?"
    # Not what a treatment is: "it's simply a steady way to give medicines".
    r"(?:just|only|simply|merely) (?!a (?:\S+ )?(?:way|method|means) (?:to|of) (?:give|giving"
    r"|deliver\w*|get|getting|keep|keeping|manag\w*|control\w*|administer\w*)\b)"
    # Nor who a treatment is for: "it's only prescribed for some people".
    r"(?!(?:prescribed|given|offered|recommended|licensed|approved|suitable) )\S+",
    r"(?:is|are|it's) (?:completely |perfectly |quite |totally |usually |normally |very )?(?:normal"
    r"|harmless"
    r"|common(?= and| ,| so|$)|expected|fine|nothing(?: serious| to worry about)?)"
    # A feeling about it is normal, not the red flag: "It's normal to feel nervous after a
    # fall".
    r"(?! to (?:feel|be|get) (?:a bit |a little |quite |very )?(?:tired|sleepy|drowsy|exhausted"
    r"|groggy|worn out|achy|stiff|nervous|anxious|worried|scared"
    r"|frightened|afraid|upset|shaken|shaky|low|tearful|emotional|wobbly|unsure|cautious"
    r"|apprehensive|down|sad|angry|guilty|embarrassed)\b)",
    r"(?:can|may) (?:safely )?(?:be )?ignored?",
    r"(?:is|are) (?:just )?(?:a )?(?:normal|natural|healthy|good) (?:thing|part|detox|cleanse"
    r"|release|healing reaction)",
    r"happens? to (?:the best of us|everyone|everybody|us all)",
    r"(?:doesn't|does not|don't|do not) need to (?:hear|know) (?:about )?(?:it|this|that)",
    r"keep (?:it|this|that|them) to (?:yourself|urself|yourselves)",
    r"nothing worth (?:going|calling|ringing|seeing|bothering)",
    r"(?:isn't|is not|aren't|are not) worth (?:mentioning|reporting|flagging|phoning|ringing)",
    r"(?:keep|keeping|kept) (?:him|her|them) (?:at )?home",
    r"(?:send|go|back|return)\w* (?:\S+ ){0,3}?to (?:school|work|nursery) as (?:normal|usual)",
    r"no (?:hospital|doctor|gp|a&e|er|ambulance) (?:required|needed|necessary)",
    r"no (?:rush|hurry) to (?:see|call|go|get|have|book)",
    r"need not (?:be )?(?:reported|seen|checked|see|call|go|worry|bother)",
    r"(?:safely )?(?:attributed|put down) to",
    r"make a fuss",
    r"(?:safely )?ignor(?:e|ing)|disregard\w*",
    r"(?:is |are )?expected (?:with|after|in|when)",
    r"(?:don't|do not|doesn't|does not|won't|no) need (?:a |any |an )?(?:tests?|scans?|x - rays?"
    r"|blood"
    r" tests?|checks?|investigations?)",
    r"(?:should|will|would) be (?:plenty|enough)|(?:is|are) (?:all|enough) (?:you|it|they) need",
    r"will (?:\w+ly )?(?:settle|go away|pass|clear up|ease off|get better|resolve"
    r"|sort itself out|fix itself)",
    r"(?:is|are) (?:just |simply |only )?(?:a )?(?:normal )?part of (?:the |your |a )?(?:\S+ )?"
    r"(?:low|process|journey|recovery|cleanse|detox|healing|change|adjustment|programme|program"
    r"|plan)\b",
    r"keep (?:it|this|them|that) to yourself|(?:don't|do not|no need to) (?:tell|bother) anyone",
    # Care called a waste: "x-rays are a waste of a Saturday".
    r"(?:x - rays?|scans?|a & e|the hospital|the doctors?|the gp|appointments?) (?:is|are)"
    r" (?:just |only )?(?:a )?(?:waste of|pointless)",
    r"(?:don't|do not|no need to|never)(?: want to| like to)? waste (?:the |a |your |an )?"
    r"(?:doctor's|gp's|nurse's|doctor"
    r"|gp|nurse|ambulance"
    r"|a & e|er|hospital|paramedic|midwife's|midwife|health visitor's|pharmacist's|lifeboat's"
    r"|coastguard's|rescue's|medic's"
    # A plural's apostrophe stands apart in the words ("paramedics ' time"), where no word
    # boundary follows it: the time is matched with it.
    r"|dentist's|clinic's|surgery's|(?:paramedics|nurses|doctors|midwives) ' time"
    r"|dermatologist's)",
    # Put off by a year, or "no action needed": "check again next year", "wait a year
    # before mentioning it", "see how it is next week".
    r"no (?:further )?action (?:is )?needed|check (?:it )?again next year|give it a few days"
    r"|(?:wait|leave it|give it) (?:a"
    r"|another|one) (?:year|few months|month|fortnight|week|few weeks)|see how (?:it|things|he"
    r"|she) (?:is|goes"
    r"|are|go)",
    # "needs no check-up" (said of a red flag; "usually needs no treatment" is often true).
    r"needs? no (?:\S+ )?(?:check - ups?|checks?|doctor|appointment|scans?)",
    # "needs no medical attention", "you need a lie-down, not medical help"
    r"needs? no (?:medical|urgent|emergency) (?:attention|help|care|treatment|advice)",
    r"not (?:medical|urgent|emergency) (?:help|attention|care|advice|treatment)",
    # A routine appointment for an emergency: "just book a GP appointment for next week".
    r"(?:just|simply) (?:book|make|wait for|ring for) (?:a |an |the )?(?:gp |doctor's |routine )?"
    r"appointment",
    # Kept from the team: "keep quiet so they don't postpone your cycle", "no need to report
    # it".
    r"(?:keep|kept|stay|staying) (?:it |this |that )?quiet|(?:no need|don't|do not|never|no point)"
    r" (?:to )?(?:report|mention|flag) (?:it|this|that|them)\b",
    # Sent on up a mountain: "give them a rest day before heading up".
    r"(?:before|then) (?:heading|going|climbing|carrying on|pushing on|moving) (?:back )?(?:up"
    r"|higher)\b|(?:carry|push|head|keep going)(?: on)? (?:up|higher) tomorrow",
    # "don't waste time getting checked"
    r"(?:don't|do not|no need to|never|why) waste (?:your |any |the )?(?:\S+ )?time (?:on |in )?"
    r"(?:getting|going|being|having|booking) (?:\S+ ){0,2}?(?:checked|seen|tested|looked at"
    r"|scanned|examined|doctor|gp|a & e|hospital|appointment)",
    r"(?:is|are) (?:just |simply |only )?(?:a )?(?:normal )?part of (?:getting older|ageing|aging"
    r"|life|growing up)",
    r"no (?:need|reason) for (?:a |an |any |the )?(?:\S+ )?(?:tests?|scans?|doctor|check - ups?"
    r"|appointments?"
    r"|help|x - rays?|a & e|er|hospital|ambulance|scan|blood tests?|checks?|jabs?|shots?"
    r"|boosters?)",
    r"not (?:something|anything) to (?:see|call|bother|worry|tell)",
    r"(?:can|could|may|should) (?:safely )?be left (?:alone|for|until|to)",
    r"keep an eye on (?:it|them|this|things|her|him)|monitor (?:it|them) at home|watch and wait"
    r"|not really",
    r"(?:can|could) (?:safely |easily |just )?be (?:watched|managed|looked after|treated|nursed)"
    r" at home",
    r"just means",
    r"only needs? (?:\S+ ){0,3}?(?:painkillers|rest|sleep|paracetamol|ibuprofen|a nap|water)",
    r"(?:just|only|simply) needs? (?:a |an |some |to )?\S+",
    r"(?:can|could|should) (?:simply |just |safely )?(?:rest|stay|be kept|recover|sleep|lie down)"
    r" (?:\S+ )?at home",
    r"wait for (?:it|this|them) to (?:pass|settle|go|clear|ease|wear off)",
    r"will sort (?:it|this|things|you)(?: out)?",
    r"needs? nothing more than|all (?:you|it|they|he|she) (?:needs?|need) is",
    r"give (?:him|her|them) (?:some )?space|let (?:him|her|them) sort (?:it|things) out"
    r"|leave (?:him|her|them) (?:alone|to it|be)",
    r"(?:don't|do not|no need to|never) worry",
    r"(?:is|are) (?:a |an )?(?:normal|common|harmless|expected) (?:part|sign|thing|side effect)",
    r"(?:settles?|goes away|clears up|gets better|resolves)"
    r" (?:by itself|on its own|without (?:treatment|help|seeing)|with (?:\S+ ){0,3}"
    r"(?:stretch\w*|rest|exercises?|tea|cuppa|sit - down|lie - down|nap))",
    r"(?:carry|keep|push) on",
    r"keep going",
    r"wait (?:and see|a few days|a week|a while|until|it out)",
    r"(?:sleep|walk|stretch|shake) it off|be (?:walked|slept|shaken|stretched) off",
    r"(?:is|are) (?:a |an )?(?:perk|bonus|silver lining)\b",
    r"(?:is|are) (?:a |an )?(?:good|healthy|positive|lovely|nice|welcome|great) (?:sign|thing|bonus"
    r"|side effect|perk)",
    r"see how (?:\S+ ){0,3}?(?:morning|tomorrow|goes|go|feel|feels|is|are|things)",
    r"(?:have|has|having) a (?:lie - down|lie down|nap|rest|sleep)|sleep on it",
    r"leave (?:it|them|this) (?:alone|be)",
    r"not (?:a |any )?(?:reason|cause) (?:to|for) (?:\S+ ){0,2}?(?:visit|see|call|worry|alarm"
    r"|concern|doctor|gp|appointment)",
    r"nothing to (?:check|see a doctor about|get checked|bother)",
    r"give it (?:a |an )?(?:few |couple of )?(?:days?(?: or two)?|weeks?|months?|while|time|hours?"
    r"|minutes)",
    r"(?:is|are) all (?:they|you|he|she|it|your \S+) (?:needs?|need)",
    r"routine (?:visit|appointment|check - up|check)",
    r"not (?:a |the |your )?(?:doctor|gp|hospital|ambulance|a & e|er|999)(?= ,| ?$)",
    r"(?:book|make|arrange|wait for) (?:\S+ ){0,3}?(?:in|within|for) (?:a few|a couple of|\d+|two"
    r"|three|several) (?:weeks|months|days)",
    r"(?:it|this|that|they|your \S+) will (?:\S+ )?(?:come back|return|recover|sort itself)",
    r"wait (?:\S+ ){0,3}?(?:days?|weeks?|months?) (?:before|until)",
    r"(?:can|could|will) wait (?:until|till|for)",
    r"(?:skip|cancel|put off|delay|avoid|swerve) (?:the |your |a )?(?:check - up|check|appointment"
    r"|visit|er|a & e|emergency room|emergency department|hospital|doctor|gp|scan|x - ray"
    r"|tests?)\b",
    r"don't bother",
    # "does not require urgent care", "won't need medical attention"
    r"(?:don't|do not|doesn't|does not|won't|will not|never) (?:need|require|call for)s? (?:\S+ )?"
    r"(?:urgent|emergency|immediate|prompt|same - day|medical) (?:care|attention|help|treatment"
    r"|assessment|review)",
    # Explained away: "just shows you are unfit", "is usually stress", "simply dehydration".
    r"(?:just|only|simply|merely) (?:shows?|means?|tells? you|a sign|signs|because|your body)",
    r"(?:is|are|it's|that's|this is|means?|down to) (?:\w+ly |just |only |simply |merely ){0,2}?"
    r"(?:stress|anxiety|nerves|dehydration|indigestion|heartburn|wind|trapped wind|gas|tiredness"
    r"|fatigue|old age|your age|getting older|hormones|growing pains|a pulled muscle|a strain"
    r"|tension|being unfit|unfit|overdoing it|lack of sleep|a virus|a bug|a cold|hunger"
    r"|bad posture|posture|eating too fast|a trapped nerve|a stiff muscle|piles|ha?emorrhoids"
    r"|eye strain|tired eyes|screens|too much screen time|sun damage|overwork|beets|an allergy"
    r"|allergies|hay fever|a reaction"
    r"|beetroot|something you ate|a pulled muscle|muscle strain|a migraine|a hangover"
    r"|a detox reaction|a healing crisis|detox|your body healing|your body detoxing|teething"
    r"|a phase|hormonal|a cyst|fatty|harmless)\b",
    # Not "sit them out": a player taken out of the game is kept safe, not left to wait.
    r"(?:ride|wait|tough|sweat|sleep) (?:it|this|them) (?:out|off)|sit (?:it|this) (?:out|off)",
    # Care put off for a while: "take it easy for a fortnight before seeing anyone".
    r"(?:fortnight|weeks?|days?|months?|while|night|morning|monday|weekend|hours?|minutes)"
    r" (?:\S+ ){0,3}?(?:before|until|till) (?:you )?(?:anyone|anybody|someone|a doctor|see|seeing"
    r"|call|calling|phone|phoning|ring"
    r"|ringing|contact|contacting|get|getting|go|going|bother|bothering|visit|visiting|book"
    r"|booking|tell|telling|ask|asking)\b",
    r"(?:wait|hold on|hang on|sit tight|hold off|hold out|carry on|crack on)(?: \S+){0,3}? (?:until"
    r"|till"
    r"|for) (?:\S+ ){0,4}?(?:morning|monday|tomorrow|weekend|next week|your next|a few days"
    r"|a week|a fortnight|a month|it passes|it goes|it settles|your days? off|your day off"
    r"|the end of (?:the |your )?(?:shift|week|run|block|tour|fast|trip)|your (?:next )?"
    r"(?:holiday|leave|break)|iftar|maghrib|sunset|eid|after ramadan|the fast ends|you're home"
    r"|you get home|you're back|home time|knocking off|clocking off|(?:my|your|her|his) (?:next"
    r" |annual |routine )?(?:review|appointment|check - up|clinic))",
    # Seen to at home: "a doctor can look at it when you're home".
    r"(?:look at|check|see to|deal with|sort) (?:it|them|that) (?:when|once|after) (?:you're"
    r"|you are|you get|we're|we get|you've got) (?:home|back)",
    # The emergency services kept for others: "ambulances are for proper emergencies".
    r"(?:ambulances?|a & e|999|the er|hospitals?|paramedics) (?:are|is) (?:only )?for"
    r" (?:proper|real|actual|genuine|serious) emergencies",
    # A day in hospital begrudged: "don't waste a day in the ER".
    r"(?:don't|do not|never) waste (?:a |the |your )?(?:day|night|evening|morning|afternoon|hours?)"
    r" (?:in|at|sat in) (?:the )?(?:er|a & e|hospital|urgent care|casualty)",
    # Seen to at the day's end: "I'll rinse it at the end of the day".
    r"(?:rinse|wash|sort|check|look at|deal with) (?:it|them) (?:\S+ )?(?:at|after) the end of"
    r" (?:the )?(?:day|shift|job|week)",
    # A brew and back to work: "have a brew and get back on it".
    r"(?:have|make|grab) a (?:brew|cuppa|cup of tea|sit down|sit) and (?:get back|crack on|carry"
    r" on|crack back on)",
    # A fast kept through a red flag: "don't break it, hang on till maghrib".
    r"(?:don't|do not|never) break (?:it|the fast|your fast)",
    # Rung after the weekend: "keep alternating Calpol and Nurofen and ring the GP on Monday".
    r"(?:ring|call|phone|see|contact|book) (?:the |your )?(?:gp|doctor|surgery) (?:on )?(?:monday"
    r"|after the weekend|next week)",
    # Watched instead: "keep an eye on him rather than calling 111".
    r"(?:keep an eye on|watch|monitor) (?:him|her|them|\S+) (?:\S+ )?(?:rather than|instead of)"
    r" (?:\S+ )?(?:call|calling|ring|ringing|phone|phoning|going|getting)",
    # Rung later: "we'll hang on and ring the GP Monday".
    r"(?:hang on|hold on|hold off|sit tight|wait) and (?:ring|call|phone|see|contact|try)"
    r" (?:the |your |her |his )?(?:\S+ )?(?:gp|doctor|surgery|nurse|team|hospice) (?:on |first"
    r" thing )?(?:monday|tomorrow|next week|after the weekend|in the morning)",
    # Left to rest instead: "we'll let her rest rather than call out-of-hours".
    r"(?:let|leave) (?:him|her|them|\S+) (?:\S+ )?(?:rest|sleep|be|lie) (?:rather than|instead of)"
    r" (?:\S+ )?(?:call|calling|ring|ringing|phone|phoning|getting|get|bothering)",
    # "don't trouble the palliative team"
    r"(?:don't|do not|no need to|never) (?:trouble|disturb|pester|hassle) (?:the |your |a |an )?"
    r"(?:\S+ )?(?:team|nurses?|gp|doctor|hospice|service|line|paramedics|ambulance|on - call)",
    r"(?:will|should|it'll|itll|that'll|they'll) (?:\w+ly )?(?:pass|settle|go away|calm down|wear"
    r" off|sort itself out)",
    # Saved for the next routine visit: "mention it at your next antenatal visit".
    r"(?:mention|raise|bring (?:it|this|that|them) up|ask about|tell (?:\S+ )?about|discuss|save"
    r"|put (?:it|this|that) on the list|add (?:it|this|that) to the list)"
    r" (?:\S+ ){0,3}?(?:at|in|during|for|until) (?:your|the|his|her|their) next (?:\S+ ){0,2}?"
    r"(?:visit|appointment|check - up|check|review|session|class|clinic|physio|lesson)",
    # Told later: "we'll just mention it to the GP next week".
    r"(?:mention|raise|tell|report) (?:it|this|that|them) to (?:the |your |his |her )?(?:\S+ )?"
    r"(?:gp|doctor|nurse|team|consultant) (?:next week|next month|at some point|in a few days"
    r"|when (?:you|we|he|she) next see)",
    # Waited for the routine visit: "you can wait for your routine clinic appointment".
    r"wait for (?:your|the|his|her|their) (?:next |routine |usual |regular )+(?:\S+ )?"
    r"(?:appointment|clinic|review|check - up|visit)",
    # Seen how it goes: "will see how he is tomorrow".
    r"(?:see|wait and see) how (?:he|she|they|you|it|things) (?:is|are|goes|go|feels?|looks?)"
    r" (?:in the morning|tomorrow|next week|after the weekend|overnight)",
    # Something else tried first: "try our massage first before going to hospital".
    r"try (?:\S+ ){0,6}?first,? (?:\S+ )?before (?:going to|calling|ringing|phoning|seeing)"
    r" (?:a |an |the )?(?:hospital|a & e|999|111|doctor|gp|ambulance|er)",
    # Put off until the team may be troubled: "... before troubling the stroke team".
    r"(?:sure|certain|real|definite|convinced) (?:\S+ ){0,3}?before (?:troubling|bothering"
    r"|calling|ringing|disturbing|worrying) (?:the |your )?(?:\S+ )?(?:team|gp|doctor|nurse"
    r"|ambulance|999|hospital)",
    # Care only after weeks: "Only if it still hurts after a month."
    r"only if (?:\S+ ){0,5}?(?:after|in|for|beyond) (?:a|an|one|two|three|four|six|a few"
    r"|a couple of|several|\d+) (?:more )?(?:weeks?|months?|fortnight)",
    r"nothing to (?:fuss|make a fuss|get worked up|panic|be alarmed)",
    # No point making the trip: "no sense driving to the city", "no point driving forty
    # miles".
    r"no (?:point|sense|use|need) (?:in )?(?:driving|travelling|traveling|going|heading|trekking"
    r"|dragging|making the (?:trip|drive|journey))",
    # "he'll be right", "she'll be fine by morning"
    r"(?:he|she|they|you|it|baby|we)'ll be (?:right|fine|grand|okay|ok|alright|all right|sweet)",
    r"(?:come|comes|coming) right (?:on its own|by itself|in the end)|(?:will|'ll) come right",
    # The work finished first: "finish the row before you head in".
    r"finish (?:\S+ ){0,4}?(?:before|then) (?:you )?(?:head|go|come|get) (?:in|back|home|to)",
    r"(?:totally|completely|perfectly|absolutely) (?:normal|harmless)",
    r"(?:midwives|midwife|doctors|gps|nurses|hospitals) (?:\S+ ){0,2}?(?:fuss|panic|overreact"
    r"|worry)\w* (?:\S+ ){0,2}?too much",
    # "doctors overreact with tiny babies", "GPs always over-react"
    r"(?:midwives|midwife|doctors|gps|nurses|hospitals|clinics) (?:\S+ )?(?:overreact\w*"
    r"|over - react\w*)",
)
# No one at all, or hardly anyone: what is told of everyone is told of the reader ("No one
# needs a doctor for ...", "Nobody needs their inhaler if ...").
_NOBODY = (
    r"(?:nobody|no one|no - one|hardly (?:anyone|anybody)|barely (?:anyone|anybody)|few people)"
    r"(?: (?:ever|really|actually|usually|normally|still))?"
)
# Care discouraged whatever the symptom: these phrases deny on their own.
_CARE_VERB = (
    r"(?:see|seeing|seen|call|calling|phone|phoning|ring|ringing|visit|visiting|contact"
    r"|contacting|bother|bothering|go|going|get|getting|seek|seeking|book|booking|make|making"
    r"|rush|rushing|hurry|hurrying|run|running|dash|dashing|race|racing|head|heading|drag|dragging"
    r"|tell|telling|ask|asking|consult|consulting|check with|talk to|speak to|trouble|troubling"
    r"|wake|waking|disturb|disturbing|involve|involving|notify|notifying|alert|alerting"
    r"|come (?:down |in |into |up )?(?:to )?|coming (?:down |in |into |up )?(?:to )?)"
)
_CARE_WHO = (
    r"(?:doctors?|gp|nurses?|help|ambulance|999|911|112|111|a & e|er|ed|urgent care|emergency"
    r"|hospital|anyone|anybody"
    r"|medical|appointment|clinic|surgery|physio\w*|specialist|pharmacist|clinician|professional"
    r"|someone|podiatr\w*|chiropod\w*|optician|optometrist|dentist|midwife|midwives|monitoring"
    r"|walk - in|paramedics?|ent|ent (?:specialist|consultant|doctor|clinic)|consultants?"
    r"|health visitors?|(?:the |your )?(?:renal |dialysis |diabetes |transplant |stroke )?(?:unit"
    r"|team)|eye casualty|eye clinic|crisis (?:line|team)|samaritans|helplines?|mammograms?)"
)
# Someone not to be taken to care, where a red flag is named and no help sought: "Please
# don't take your child to the GP for knee pain after a landing" (not "don't take her to the
# GP ... - call 999 immediately").
_NOT_TAKEN_TO_CARE = LazyPattern(
    r"\b(?:don't|dont|do not|never|no need to|needn't) (?:bother )?(?:taking |bringing |to take"
    r" |to bring |take |bring |drag |rush )(?:your |the |my |our )?(?:child|kid|kids|son|daughter"
    r"|baby|toddler|little one|him|her|them|mum|dad|partner|husband|wife) (?:in )?to (?:the |a |see"
    r" (?:a |the )?)?(?:gp|doctors?|hospital|a & e|er|emergency|urgent care|clinic|surgery"
    r"|walk - in)"
    # (Not sent on to more urgent care: "don't take them to the GP, go straight to A&E".)
    r"(?!(?: \S+){0,12}? [,;\-\u2014] (?:just |but |instead |please )?(?:go|take|head|call|ring"
    r"|phone|dial)\b(?: \S+){0,3}? (?:a & e|999|911|112|111|hospital|emergency|ambulance|er"
    r"|urgent)\b)"
)
_NO_CARE = _words(
    r"forget (?:about )?(?:seeing|calling|phoning|going to|visiting|bothering) (?:a |the |your )?"
    r"(?:doctor|gp|nurse|hospital|anyone|999|911)",
    # "forget the tetanus shot", "forget about the doctor"
    r"forget (?:about )?(?:the |a |your )(?:\S+ )?(?:doctor|gp|hospital|a & e|er|ambulance"
    r"|appointment|check - up|jab|shot|booster|vaccine|injection)s?",
    # "there's no call for a doctor", "nothing for the doctor"
    rf"(?:no|not a|not any) (?:need|point|reason|sense|use|call) (?:for|in) (?:a |an |the |any )?"
    rf"{_CARE_WHO}",
    r"nothing for (?:the |a |your )?(?:doctor|gp|hospital|nurse|a & e|er)",
    # "... should not be disturbed or taken to hospital"
    r"(?:should not|shouldn't|must not|mustn't|needn't|need not|does not need to|doesn't need to)"
    r" be (?:\S+ ){0,3}?(?:taken|brought|sent|rushed|driven) to (?:a |the )?(?:hospital|a & e|er"
    r"|doctor|gp|surgery|clinic)",
    # "don't waste hours at the hospital"
    r"(?:don't|do not|no need to|never) waste (?:\S+ ){0,2}?(?:at|in|on|going to|sitting in)"
    r" (?:the |a )?(?:hospital|a & e|er|gp|doctor's|doctors|surgery|clinic|emergency department)",
    # "..., so don't stop to get checked"
    r"(?:don't|do not|never|no need to|needn't) (?:stop|pause|break off) to (?:get|have)"
    r" (?:it |this |them |yourself |yourselves )?(?:checked|seen|looked at|examined|assessed)",
    r"need not (?:see|call|bother|tell|visit|phone|contact) (?:\S+ )?(?:anyone|anybody|doctor|gp"
    r"|nurse|hospital|999|911)",
    r"(?:don't|dont|do not|never|no need to|needn't) (?:(?:[^\s,]+ ){1,4}?or )?(?:phone|call|ring"
    # Not "never tell anyone to surf through an injury": an order, not a secret kept.
    r"|bother|contact|tell(?! (?:\S+ ){1,2}to \w)"
    r"|see|visit|wake) (?:anyone|anybody|a doctor|the doctor|your doctor|your gp|999|911|112|111"
    r"|an ambulance|the gp|the hospital|(?:a|the|your|any) (?:local |nearest |proper |real )?"
    r"(?:dentist|optician|optometrist|orthodontist|clinic|surgery)s?|(?:the|your) (?:\S+ ){0,2}?"
    r"(?:unit|helpline|ward|therapist|team))",
    r"(?:don't|do not|doesn't|does not|won't|will not|no|not) need (?:to )?(?:be seen|be checked"
    r"|get (?:it |this |them )?(?:checked|seen)|see anyone|a visit|visiting|seeing|a check"
    r"|checking|attention|medical attention|a trip)",
    # (Not "no need to avoid A&E because of paperwork".)
    r"(?<!no need to )(?<!don't )(?<!never )(?:avoid|stay away from|keep away from|steer clear of"
    r"|don't go to|do not go to|never go to)"
    r" (?:going to |calling |seeing |phoning |visiting )?(?:the |a |your |an )?(?:walk - in |local"
    r" |nearest )?(?:hospital|doctors?"
    r"|gp|a & e|er|emergency|ambulance|911|999|clinics?|urgent care|dentists?|opticians?"
    r"|optometrists?)",
    r"never (?:see|visit|call|ask|tell|consult|go to) (?:a|your|the|any) (?:doctor|gp|physio\w*"
    r"|nurse|clinician|specialist|hospital|pharmacist|dentist|optician|optometrist)",
    # "there is no point seeing a doctor", "not worth phoning for help", "nothing to
    # bother a doctor with"
    r"(?:(?:no|not a|not any|never any|isn't a|is not a) (?:need|point|reason|sense|use|call)"
    r"|not worth|pointless|a waste of (?:time|money)"
    r"|needn't|unnecessary|not (?:considered |thought |deemed |really |strictly )?necessary"
    r"|nothing to|don't bother|no call)"
    rf" (?:\S+ ){{0,2}}?(?:to )?{_CARE_VERB} (?:\S+ ){{0,3}}?{_CARE_WHO}",
    r"(?:no need|not need|don't need|doesn't need|won't need|will not need|never need|needn't)"
    r" (?:to (?:see|tell|ask|call|visit|consult|check with|talk to|get|make) )?(?:a |an |your |the"
    r" |any )?(?:doctor|gp|physio\w*|appointment|physician|nurse|clinician|specialist"
    r"|medical (?:help|advice|care)|anyone|anybody|professional|ambulance|paramedics?|hospital"
    r"|a & e|er|emergency (?:room|department|care|services?)|999|911|112)\b",
    r"(?:isn't|is not|not|aren't|are not|never|nothing) worth (?:a |an |the )?(?:\S+ )?(?:visit"
    r"|trip|appointment|call|check|consultation|mammogram|scan|test|smear)",
    # "the A&E waits aren't worth it"
    r"(?:a & e|er|hospital|doctor|gp|clinic|surgery|ambulance|walk - in)(?:'s)? (?:\S+ )?(?:isn't"
    r"|is not|aren't|are not|not) worth (?:it|the (?:wait|trouble|bother|hassle|trip))",
    # "no A&E visit is needed", "nobody needs to scan you for that"
    r"no (?:\S+ ){0,2}?(?:visit|trip|appointment|call|check|check - up|follow - up|referral|scan)"
    r" (?:is |are |was )?(?:needed|necessary|required|called for)",
    r"(?:nobody|no one|no - one) (?:needs?|has|have) to (?:scan|see|check|examine|x - ray|look at"
    r"|assess)",
    # Told of everyone, so of the reader too: "No one needs a doctor for chest pain that goes
    # away", "Nobody should call an ambulance for a seizure that stops", "Hardly anyone
    # needs to go to A&E for ..."
    rf"{_NOBODY} (?:needs?|should|has to|have to|must)"
    rf"(?: to)?(?: {_CARE_VERB})?(?: to)? (?:a |an |the |your |their |any )?{_CARE_WHO}\b",
    # "the clinic is not needed", "a doctor isn't necessary"
    r"(?:the |a |an |your )(?:clinic|doctor|gp|hospital|a & e|er|ambulance|midwife|nurse|surgery"
    r"|appointment|visit|check - up) (?:is|are|was) (?:not|never|isn't) (?:really )?(?:needed"
    r"|necessary|required)|(?:the |a |an |your )(?:clinic|doctor|gp|hospital|a & e|er|ambulance"
    r"|midwife|nurse|surgery|appointment|visit|check - up) (?:isn't|aren't) (?:really )?(?:needed"
    r"|necessary|required)",
    # "cancel the mole check"; "we're not telling the clinic"
    r"cancel(?:s|led|ling)? (?:the |your |her |his )?(?:\S+ )?(?:check|appointment|scan|referral"
    r"|review|colonoscopy|endoscopy|scope|biopsy|screening|mammogram|smear|test)",
    # "Throw the FIT test kit in the bin", "don't let them refer you", "never needs a scan"
    r"(?:throw|bin|chuck|ignore|skip)\w* (?:away )?(?:the |your )?(?:fit test|screening (?:kit"
    r"|test)"
    r"|bowel screening|test kit|smear invite|mammogram invite)",
    r"(?:don't|do not|never) let (?:them|the doctor|the gp|anyone) refer you|refuse (?:the "
    r"|a )?referral",
    r"never needs? (?:a |an )?(?:scan|x - ray|test|trip|appointment|doctor|gp)",
    r"(?:not|won't|never) (?:be )?(?:telling|tell|told) (?:the |your |her |his )?(?:clinic|doctor"
    r"|gp"
    r"|team|nurse|dermatologist|consultant)",
    # "skip getting it looked at", "skipped the doctor", "skip the clinic", "Skip your eye
    # test if you can still read the paper". (Its own pattern denies what it names, so a
    # denial before it is read here: "don't skip the clinic" sends.)
    rf"(?<!don't )(?<!do not )(?<!dont )(?<!never )(?<!not )(?<!no )"
    rf"skip(?:s|ped|ping)? (?:getting (?:\S+ ){{0,5}}?(?:looked at|checked(?: out)?"
    rf"|seen(?: to)?|tested)|(?:seeing |calling |visiting |going to )?(?:the |a |an |your |any )?"
    rf"(?:local |nearest )?{_CARE_WHO}s?"
    r"|(?:your |the |a |an |any )?(?:(?:eye|sight|hearing|blood|smear|annual|routine|yearly"
    r"|diabetic|bowel|breast|cervical|foot|postnatal|antenatal|thyroid) ){0,2}(?:tests?|screening"
    r"|check - ups?|checks?|reviews?|scans?|bloods)\b)",
    # "don't waste your trip on rabies jabs"
    r"(?:don't|do not|dont|never|no need to|why) waste (?:\S+ ){0,3}?on (?:\S+ ){0,2}?(?:jabs?"
    r"|vaccin\w*|injections?|shots?|tests?|doctors?|clinics?|hospitals?|check - ups?|scans?"
    r"|appointments?|x - rays?)",
    # "Don't rush for PEP": the medicine that works only within hours, put off.
    r"(?:don't|do not|dont|no need to|never) (?:rush|hurry|bother) (?:for|to get|getting|with"
    r"|about)"
    r" (?:\S+ )?(?:pep|emergency contraception|morning - after pill|morning after pill|antivenom"
    r"|tetanus)",
    # "you don't need an STI test", "there's no point getting tested"
    r"(?:don't|do not|doesn't|does not|won't|no) need (?:an? |any )?(?:\S+ )?(?:tests?|screening"
    r"|swabs?|scopes?|colonoscopy|endoscopy|camera test)\b|(?:no|not a|not any) (?:need|point"
    r"|reason) (?:in |to )?(?:get|getting|be|being)"
    r" (?:tested|checked|screened|swabbed)",
    # The emergency medicine left alone or waited for: "never touch the EpiPen", "wait for
    # the parents before using any child's auto-injector".
    r"(?:never|don't|do not|dont) (?:touch|use|bother with|reach for|give) (?:the |an |their |his"
    r" |her |your )?(?:epipen|auto - injector|adrenaline|pen)",
    r"(?<!never )(?<!don't )(?<!do not )(?<!dont )wait (?:\S+ ){0,8}?before (?:using|giving"
    r"|calling) (?:\S+ ){0,3}?(?:auto - injector|epipen|adrenaline|999|ambulance)",
    # "give him space instead of calling anyone"
    r"(?:instead of|rather than) (?:calling|ringing|phoning|getting|seeing|see|call|contacting"
    r"|telling) (?:anyone|anybody"
    r"|help|a doctor|the doctor|999|an ambulance|the crisis \S+|someone)",
    # "she's not getting it looked at", "nothing to investigate"
    r"(?:not|isn't|won't|never) (?:be )?getting (?:it |them |this |that )?(?:looked at|checked"
    r"|seen)|nothing (?:here )?to (?:investigate|test|scan)",
    # "don't bother with the clinics abroad"
    rf"(?:don't|do not|dont|never|no need to) bother (?:with|about) (?:the |a |an |any |your )?"
    rf"(?:local |nearest )?{_CARE_WHO}s?",
    # "please do not run to the doctor"
    r"(?:don't|do not|never|no need to|no need to go) (?:run|rush|race|dash|hurry|go running"
    r"|go rushing)(?: off)? to (?:a |the |your |an )?(?:doctor|gp|hospital|a & e|er|clinic|midwife"
    r"|surgery|nurse|emergency)",
    # "the family and elders know better than the clinic"
    r"knows? (?:\S+ )?better than (?:the |a |your |any )?(?:clinic|doctors?|gps?|hospitals?|nurses?"
    r"|midwife|midwives|experts?|specialists?)",
)
_REPLACES_CARE = _words(
    r"(?:put(?:ting)? off|delay(?:ing)?|postpon(?:e|ing)|hold(?:ing)? off(?: on)?)"
    r" (?:seeing|calling|visiting|going to"
    r"|contacting|asking) (?:a|your|the) (?:doctor|gp|physio\w*|nurse|specialist|hospital)",
    r"(?:put off|delay|postpone|hold off on|holding off on|skip|cancel) (?:a |the |your )?"
    r"(?:doctor's|gp's|hospital|doctor|gp) (?:visit|appointment|trip)",
    r"(?:rather than|instead of) (?:being )?(?:x - rayed|scanned|seen|checked|treated|assessed)"
    r" (?:in|at|by) (?:a & e|hospital|the er|er|a doctor|the doctor|your gp|a gp)",
    r"no longer (?:need|require) (?:\S+ ){0,2}?(?:check - ?ups|appointments|reviews|(?:a |your "
    r"|the )?(?:doctor|gp|physio\w*|specialist|nurse|midwife|\S+ team))",
    r"replaces? the need for (?:a |an |your )?(?:physio\w*|doctors?|gp|specialist|surgeon)",
    r"(?:replaces?|replacing|(?:instead of|rather than) (?:seeing|going to|visiting|calling|asking"
    r"|troubling|bothering|phoning|contacting|booking|making|getting|queu(?:e?ing) (?:up )?(?:at"
    r"|in|for)|sitting in|waiting (?:at|in|for)|going in|heading to))"
    r" (?:(?:your|a|the|an|seeing|going|to) ){0,3}(?:physio\w*|doctors?|gp|medical (?:care"
    r"|treatment|advice)|medicines?|medications?|treatment|surgery|therapy|appointments?|a & e"
    r"|hospital|er|emergency|ambulance|999|911|112)",
    # Help only after days of waiting: "pray over it for a week before troubling the clinic".
    r"(?:for|give it|wait|after) (?:a|an|one|two|three|a few|a couple of|several|\d+) (?:more )?"
    rf"(?:hours?|days?|weeks?|months?) (?:\S+ ){{0,3}}?before (?:\S+ )?{_CARE_VERB} (?:\S+ )"
    rf"{{0,3}}?{_CARE_WHO}",
    r"always (?:goes away|gets better|settles|resolves|clears up|heals)",
)
_PAIN = (
    r"(?:sharp |bad |severe |burning |stabbing |the |your |any |a |some |that |this )*"
    r"(?:pain|hurt|hurting|discomfort|ache|aches|aching|burn|soreness|twinges?)"
)
_HURTS = (
    r"(?:hurts?|hurting|painful|pain|aches?|aching|sore|numb|burns?|burning|throbs?|throbbing"
    r"|shoots|shooting|stings?|stinging|sharp)"
)
# Signs of harm that are not pain words, kept on through: "even if it feels like it's
# tearing", "even if your fingers start tingling", "even when it's cracking and raw".
_HARM_SIGNS = (
    r"(?:tearing|ripping|tingl\w*|going numb|goes numb|gone numb|numb|(?:hard |painful )lumps?"
    r"|raw|cracking|blister\w*|swollen|swelling up|bruis\w*|agony|screaming|turning blue|gone blue"
    r"|can't breathe|cannot breathe|(?:hear|feel|heard|felt) (?:a |something )?(?:crack|snap|pop))"
)
# An injury named as it happens: "even if they pull something", "even if you tweak your back".
_INJURY_EVENT = (
    r"(?:(?:pull|pulls|pulled|tweak|tweaks|tweaked|strain|strains|strained|sprain|sprains"
    r"|sprained|twist|twists|twisted|rick|ricks|ricked|tear|tears|tore|injure|injures|injured)"
    r" (?:something|a muscle|an? \S+|your \S+|their \S+|his \S+|her \S+|my \S+)"
    r"|(?:get|gets|got) (?:hurt|injured)|do (?:your|their|his|her) back in"
    # "even if you feel your hamstring go"
    r"|(?:feel|feels|felt) (?:your|their|his|her|a|something) (?:\S+ )?(?:go|give|give way|pop"
    r"|snap|twang)"
    r"|put (?:your|their|his|her) back out)"
)
_PUSH_THROUGH = _words(
    r"(?:push(?:ing)?|power(?:ing)?|press(?:ing)?|work(?:ing)?|fight(?:ing)?|train(?:ing)?"
    r"|exercis(?:e|ing)"
    r"|stretch(?:ing)?|play(?:ing)?|keep going|carry(?:ing)? on|continu(?:e|ing)|go(?:ing)? on"
    r"|run(?:ning)?|lift(?:ing)?) (?:\S+ ){0,2}?(?:through|despite|past|beyond) (?:\S+ ){0,3}?"
    + _PAIN
    + r"(?! relief| management| clinic| team| killers| medicine| plan)",
    r"(?:keep going|carry on|continue|keep stretching|keep exercising) (?:until|till) (?:it |you )?"
    r"(?:really )?(?:hurts|feel pain|burns)",
    r"(?:keep going|carry on|continue|keep stretching|keep exercising) (?:\S+ ){0,3}?(?:even )?"
    r"(?:if|when|though|while) (?:it |this |that |the \S+ )?(?:hurts|is painful|feels painful"
    r"|causes pain|gets painful)",
    r"no pain , no gain",
    r"no (?:pain|hurt|burn|agony) (?:, )?no (?:gain|healing|progress|results|growth|improvement"
    r"|glory|reward|rewards)",
    r"endur\w* (?:the |any |your |that |this )?(?:\S+ )?(?:pain|burning|ache|hurt|agony|soreness"
    r"|sting\w*)",
    r"(?:never|don't|do not) (?:rest|stop|ease off|back off) (?:when|if|because"
    r"|even) (?:\S+ ){0,3}?(?:pain|hurts?|aches?|sore)",
    r"(?:strong |sharp |real |bad )?pain is (?:a )?(?:good|healthy|helpful|productive) (?:pain"
    r"|thing|sign)",
    r"no pain no gain",
    r"(?:pain|hurting|it hurts|the burn|soreness|sore \S+)(?: \S+){0,5}? (?:means|mean|shows"
    r"|proves|is a sign)"
    r" (?:that )?(?:it|the \S+|this|you|your \S+|my \S+)(?: \S+){0,2}? (?:is |are )?(?:working"
    r"|doing its job|helping|growing|getting stronger|getting fitter|getting tougher|healing"
    r"|loosening|hardening|toughening)",
    # Kept up while it cuts, bleeds or hurts: "keep wearing the aligners even when the edges
    # cut your gums raw", "ignore the wire even once it's cut through".
    r"keep (?:wearing|using|chewing|walking|running|playing|dancing|going|training|climbing"
    r"|hiking|diving|pressing|forcing) (?:\S+ ){0,4}?even (?:when|if|though|once|after) (?:\S+ )"
    r"{0,5}?(?:hurts?|cuts?|bleed\w*|raw|sore|stings?|burns?|aches?|aching|painful|throbs?"
    r"|throbbing|swollen)",
    r"(?:ignor\w*|put up with) (?:\S+ ){0,5}?even (?:once|when|if|though|after) (?:\S+ ){0,4}?"
    r"(?:cut|cuts|bleed\w*|raw|hurts?|sore|stings?|burns?|painful)",
    # Weight or work kept on what is hurt: "keep chewing on the side with the dry socket".
    r"(?:keep|carry on) (?:chewing|walking|pressing|putting weight|leaning|doing|running|training"
    r"|exercising|playing|dancing|drilling|squatting|lifting)(?: \S+){0,6}? on (?:\S+ ){0,4}?"
    r"(?:dry socket|sore|injured|painful|broken|sprained|swollen|bad|fractured|stress fracture)\b",
    r"(?:run|walk|train|play|dance|jump|squat|lift)\w* on (?:the |your |a "
    r"|that )?(?:stress fracture"
    r"|fracture|broken \S+|sprain\w*|sprained \S+|torn \S+|fractured \S+)",
    # "A stress fracture is no excuse, run on it"
    r"(?:fracture|injury|injuries|pain|sprain|tear|break|niggle) (?:\S+ ){0,4}?(?:is|are) no"
    r" excuse",
    # Children pushed: finished "even with a wheezy chest", scratched till it bleeds, told to
    # stop being dramatic and carry on, sent on when a chest hurts.
    r"(?:finish|carry on|keep going|keep running|run|swim|play) (?:\S+ ){0,6}?even (?:with|when|if"
    r"|though) (?:a |their |his |her |your )?(?:\S+ ){0,2}?(?:wheez\w*|tight(?: chest)?"
    r"|breathless|dizzy)",
    r"scratch\w* (?:\S+ ){0,3}?(?:until|till) (?:it|they|the skin) (?:bleeds?|is raw)|scratch\w*"
    r" (?:\S+ ){0,3}?raw\b",
    r"stop being (?:so )?(?:dramatic|a baby|soft|silly|a wimp) and (?:carry on|keep going|get on"
    r"|crack on)",
    r"(?:extra|more|keep|carry on|stand|sit|work|type|train|walk|play|swim|lift|climb)\w* (?:\S+ )"
    r"{0,6}?"
    r"(?:when|if|even when|even if|even though) (?:their|your|his|her|the"
    r"|my) (?:\S+ ){0,2}?(?:chest"
    r"|lungs|heart|leg|knee|back|ankle|wrist|hip|shoulder) (?:\S+ )?(?:hurts|aches|is sore|burns"
    r"|screams|throbs)",
    r"(?:shriek|scream|hurt|ache|burn)\w* (?:\S+ ){0,4}?(?:roll|push|press|stretch|go|dig|squeeze)"
    r" harder",
    # A condition ignored, an injury run on "anyway": "Ignore the plantar fasciitis and keep
    # doing your speed work", "Tape up the sprained ankle and run your relay leg anyway".
    r"ignor\w* (?:the |your |that )?(?:\S+ )?(?:fasciitis|tendinitis|tendonitis|shin splints|sprain"
    r"|strain|injury|fracture|niggle)",
    r"(?:sprain\w*|injur\w*|broken|fractured|torn|twisted) (?:\S+ ){0,6}?(?:run|play|race|compete"
    r"|train|dance|walk|lift)\w* (?:\S+ ){0,4}?anyway",
    # Angina walked through; a child put back on after a hurt, told to learn to cope.
    r"(?:walk|climb|cycle|pedal|swim|push|run)\w* (?:\S+ ){0,2}?(?:through|past) (?:the |your |his"
    r" |her )?angina",
    r"keep (?:pedalling|walking|going|running|climbing|cycling|rowing) (?:\S+ ){0,2}?(?:when|if"
    r"|while"
    r"|as) (?:your |the |his |her )?chest (?:tightens|hurts|aches|clamps)",
    r"(?:straight )?back on (?:the |his |her |their )?(?:\S+ )?(?:trampoline|bike|pitch|horse|field"
    r"|ice|court) (?:\S+ ){0,4}?(?:after|even) (?:\S+ ){0,3}?(?:hurt|fell|fall|injur\w*|crying"
    r"|holding)",
    r"learn\w* to (?:cope|deal|live) with (?:a bit of |the |some |a little )?pain",
    # "however much you scream", "no matter how much it hurts"
    r"(?:however|no matter how) (?:much|hard|bad) (?:it hurts|you scream|it screams|you cry"
    r"|the pain"
    r"|it burns|it aches|it stings)",
    # Numbed to push on: "use numbing gel so you can power through without noticing".
    r"(?:numb\w*|painkillers?|pain killers?) (?:\S+ ){0,4}?(?:so you can|so that you can"
    r"|to) (?:\S+ )"
    r"{0,2}?(?:power|push|get|carry on|keep going|play|run) (?:on )?through",
    # Pain read as wanting more work: "locking painfully just means it needs more exercise".
    r"(?:painful\w*|pain|hurts?|sore|stiff\w*|ach\w*) (?:\S+ ){0,3}?(?:just )?means? (?:it|you|they"
    r"|your \S+)"
    r" (?:\S+ )?needs? more (?:exercise|work|stretching|training|use|movement)",
    r"ignor(?:e|ing) (?:the |any |your |that |this )?(?:\S+ )?(?:pain|ache|aching|discomfort"
    r"|soreness|hurt|burning|twinges?|feeling|sensation|niggles?|burn)",
    r"(?:run|walk|shake|play|sleep|sweat|ride|dance|skate|cycle|swim|train) it off",
    # "Real riders don't feel pain", "the pain builds vocal stamina", "take that ache as a
    # sign you need more saddle time"
    r"real \S+ (?:don't|do not|never) (?:feel|mind|notice|complain about|stop for)"
    r" (?:the |any |a )?(?:pain|twinges?|aches?|niggles?|blisters?)",
    r"(?:pain|ache|soreness|burn|painful \S+|cramps|suffering) (?:builds?|grows?|gives?)"
    r" (?:\S+ ){0,2}?(?:stamina|strength"
    r"|resilience|toughness|character|muscle)",
    r"(?:pain|ache|aches|soreness) as a sign (?:that )?(?:you need|to do|to get|to add)"
    r" (?:\S+ ){0,2}?more",
    r"(?:pain|sore \S+|injury|ache|aches|aching|limp|limping|knock|knocks|(?:cracked|broken"
    r"|bruised|fractured|torn|sprained|dislocated) \S+|fractures?|sprains?) (?:\S+ ){0,3}?"
    r"(?:is|are) no reason to (?:stop|leave|rest|sit out|quit|miss|slow down|come off|break|skip)",
    r"(?:hurts?|pain|sore|aching) (?:\S+ ){0,4}?(?:is|are) (?:getting|growing|becoming) (?:stronger"
    r"|fitter|tougher)",
    r"(?:lifting|training|running|exercising|working|playing) (?:on |with |through )(?:a |an "
    r"|your )?"
    r"(?:sore|painful|injured|bad|aching) \S+ (?:\S+ ){0,2}?(?:builds?|strengthens?|toughens?"
    r"|helps?|heals?)",
    r"(?:suffering|pain|hurting|agony) is (?:how|the way|what) (?:you )?(?:get|gets|make|makes"
    r"|build|builds)",
    r"(?:limping|pain|injur\w*|hurting|knocks|bumps and bruises|aches|(?:sore|bad|aching|achy"
    r"|stiff) (?:\S+ )?(?:back|backs|knees?|shoulders?|hands?|feet|wrists?|neck|hips?)) (?:is|are)"
    r" (?:just )?part of the (?:game|sport|job|training|work|trade)",
    r"the (?:sharper|worse|more|bigger|greater|stronger|harder) (?:the )?(?:pain|ache|burn|hurt)",
    # "the worse it feels, the better the colour packs in"
    r"the (?:worse|more) (?:it|they|this|that) (?:feels?|hurts?|stings?|burns?|aches?) ,? the"
    r" (?:better|more|deeper|stronger|faster)",
    r"grit (?:your|their|his|her) teeth (?:\S+ ){0,2}?(?:through|and bear) (?:it|anything"
    r"|everything|the \S+)",
    r"only (?:works?|helps?) (?:if|when) (?:\S+ ){0,5}?(?:hurts?|burns?|pain|sore|aches?)",
    r"(?:should|must) be (?:made|told|forced|encouraged) to (?:finish|carry on|keep going|play on"
    r"|train|continue|play)",
    # "Painful sex is something you simply have to put up with."
    r"(?<!may )(?<!might )(?:simply|just) (?:have|has|got|need|needs) to (?:put up with|grin and"
    r" bear|endure|tolerate|suffer)",
    r"(?:running|training|playing|lifting|competing|racing) (?:on|through|with) (?:a |an |the )?"
    r"(?:niggle|injury|injured \S+|sore \S+|painful \S+)",
    r"(?:is|are) (?:just |simply )?(?:a )?part of (?:being a \S+|life|growing up|the process"
    r"|the game)"
    r"(?=.*(?:endur|put up|bear|tough|push|keep))",
    r"(?:is|are) (?:a )?(?:good|healthy|helpful|productive) pain",
    r"(?:should|must|can|has to|have to) be (?:endured|put up with|lived with|borne|toughed out"
    r"|pushed through|pushed past|ignored|walked off"
    r"|worked through|run off|trained through)",
    r"tough(?:ed|ing)? (?:it |this |them )?out",
    r"harder (?:\S+ ){0,2}?(?:whenever|every time|each time) (?:\S+ ){0,5}?(?:aches?|hurts?"
    r"|burns?|sore|pain\w*|winces?|wincing)",
    r"(?:ramp\w* up|increas\w*|add\w*|up the|rais\w*|do more|go harder|push harder|go heavier)"
    r" (?:\S+ ){0,4}?(?:whenever|when|if|every time|each time) (?:\S+ ){0,3}?(?:aches?|hurts?"
    r"|burns?|is sore|pain)",
    # "keep running until it goes numb", "keep lifting even when it hurts"
    r"keep \w+ing (?:\S+ ){0,3}?(?:until|till|even (?:if|when|though)|despite|through)"
    r" (?:\S+ ){0,3}?" + _HURTS,
    # "If your knee hurts, just keep running"
    # (or "if your wrist is swollen and throbbing, keep doing the push-ups")
    r"(?:if|when|even if|even when|even though) (?:\S+ ){0,4}?(?:hurts|is painful|aches|is sore"
    r"|burns|stabs|stings|throbs|(?:is|are) (?:swollen|throbbing))"
    r"(?: and \S+)? , (?:just |simply |then )?(?:keep(?! (?:it|them|your \S+|the \S+)"
    r" (?:raised|elevated|up|still|rested|cool|warm|supported|clean|dry|covered)| still\b"
    r"| (?:breast)?feeding\b| a \S+| an \S+)|carry on|continue"
    r"|push on|power on|press on|(?:\S+ ){0,2}?(?:further|harder|deeper|longer|more))",
    # Carrying on whatever the pain: a verb of going on, then "even if" and pain.
    r"(?:keep|carry on|continue|push on|press on|go on|finish) (?:\S+ ){0,5}?(?:even (?:if|when"
    r"|though)|despite|whether or not) (?:\S+ ){0,5}?(?:" + _HURTS + "|" + _INJURY_EVENT + ")",
    # Progress said to come from pain: "progress only comes when it hurts".
    r"(?:progress|gains?|results|growth|improvement|recovery|healing|strength|fitness)"
    r" (?:\S+ ){0,3}?(?:comes?|happens?|starts?)"
    r" (?:\S+ ){0,2}?(?:when|if|once|where|through|from|with) (?:\S+ ){0,4}?(?:hurts?|feel pain"
    r"|are in pain|in agony|in pain|sore|aching|limping|hurting|suffering|agony|pain)",
    # More as the pain worsens: "if your heel pain gets worse, roll harder and longer".
    r"(?:if|when|whenever|once|as) (?:\S+ ){0,4}?(?:pain|ache|soreness|it|they) (?:\S+ )?(?:gets"
    r" worse|get worse|worsens|gets sorer|hurts more|flares(?: up)?) , (?:just |then |simply )?"
    r"(?:\S+ ){0,2}?(?:harder|longer|more|further|deeper|heavier|faster)\b",
    # Pain told, then kept on with: "ankle was screaming at me but I kept walking".
    r"(?:screaming|killing me|in agony|agony|in pain|hurting|throbbing|aching|on fire) (?:\S+ )"
    r"{0,6}?(?:but|yet|and) (?:i |we |she |he |they |you )?(?:kept|carried on|pushed on|went on"
    r"|kept on|soldiered on|powered on) (?:\w+ing\b)?",
    r"(?:chase|chasing|seek|seeking|look for|looking for|aim for|aiming for|go for|going for)"
    r" (?:that |the |some |real |a )?(?:burn|pain|ache|hurt|agony)",
    # Through the pain, whatever the verb: "grit your teeth through the stabbing pain".
    r"(?<!get )(?<!help you )(?<!helps you )(?<!talk you )(?<!take you )(?<!walk you )through"
    r" (?:the |any |your |that |this |a bit of |some )?"
    r"(?:\S+ )?(?:pain|hurt|ache|agony|burn\w*|twinges?|discomfort|soreness|sting\w*)"
    # "the pharmacist can talk you through safe pain relief"
    r"(?! relief| killers?| management| clinic| team)",
    r"(?:never|don't|do not) (?:back off|ease off|ease up|give up|stop) (?:\S+ ){0,5}?"
    r"(?:when|if|because|even if|even when) (?:it |you )?(?:\S+ )?" + _HURTS,
    r"(?:pain|hurting|it hurts|soreness|the burn) (?:\S+ ){0,6}?(?:is|means) (?:just |only )?"
    r"(?:weakness leaving|gain|progress|a good sign|a sign of progress|good for you|helping"
    r"|healing|working)",
    r"(?:the more it hurts|the more pain)",
    r"the more (?:\S+ ){0,5}?(?:hurts?|aches?|ache|burns?|stings?|pain)\b",
    r"(?:healing|progress|results|growth|recovery|improvement) (?:is|are) (?:always |never "
    r"|often )?"
    r"(?:painful|sore|uncomfortable|agony|agonising|hard work that hurts)",
    r"(?:carrying on|keeping going|continuing|pushing on|working through)"
    r" (?:\S+ ){0,8}?(?:pain|hurt\w*|aches?|sore) (?:\S+ ){0,4}?(?:helps?|heals?|builds?"
    r"|strengthens?|trains?|teaches?)",
    r"(?:pain|hurting|soreness|aching|the burn) (?:\S+ ){0,2}?(?:is|are) (?:a |your )?(?:good|great"
    r"|friend|welcome)(?= ,| ?$)",
    r"(?:pain|hurting|soreness|aching|the burn) (?:\S+ ){0,4}?(?:is|are) (?:a |your |the )?"
    r"(?:reward|prize|payoff|pay - off|badge of honour|badge of honor)\b",
    # Pain, then no break allowed: "burning pain ... so don't you dare take a break" (not
    # "if your back hurts, don't stop moving": staying active is the advice for a back).
    r"(?:pain|hurt\w*|aching|burn\w*|sore\w*) (?:\S+ ){0,12}?(?:so|,) (?:(?:don't|do not|never)"
    r" you dare (?:take a break|stop|rest|ease off|back off|slow down|quit)|(?:don't|do not"
    r"|never) (?:take a break|ease off|back off|slow down))\b",
    # Pain explained away as the body at work: "Pain is just your body adapting".
    r"(?:pain|hurting|it hurts|soreness|the burn|aching|twinges?|pangs?) (?:\S+ ){0,8}?(?:is|are"
    r"|means|shows) (?:just |only |simply |merely )?(?:\S+ ){0,2}?(?:body|muscles?|tissues?"
    r"|joints?|nerves?|back|spine|tendons?|ligaments?|it|it's|they're|you're) (?:\S+ ){0,1}?"
    r"(?:adapting|adjusting|healing|toughening|hardening|strengthening|working|getting stronger"
    r"|growing|waking up|loosening|responding|improving|releasing|realigning|changing"
    r"|breaking (?:down|up))",
    # Rest for an injury waved away: "Forget resting a pulled hamstring".
    r"(?:forget|skip|no need for|don't bother with|do not bother with|never bother) (?:about )?"
    r"rest\w* (?:\S+ ){0,3}?(?:pulled|torn|strained|sprained|injured|sore|twisted|tweaked|bad)",
    # Pain as the goal or the measure: "stretch until you feel real pain", "if it
    # doesn't hurt, you are not trying hard enough".
    r"(?:until|till) (?:you (?:feel|are in|start to feel|begin to feel) |it (?:starts? to |begins?"
    r" to |really )?)(?:\S+ ){0,2}?(?:pain|hurts?|painful|burns?|aches?)\b(?! (?:eases|goes|settles"
    r"|fades|passes|stops|improves|subsides))",
    # Pain as the mark of a good workout: "the best workouts leave you in agony".
    r"(?:best|only good|real|good|effective|proper|right|successful) (?:\S+ ){0,5}?(?:leave|leaves"
    r"|make|makes|get|gets|put|puts) (?:you )?(?:\S+ ){0,1}?(?:in agony|in pain|hurting|aching"
    r"|sore|in tears|crying|limping)",
    r"(?:pain|hurting|it hurts|soreness|aching|twinges?) (?:\S+ ){0,10}?(?:means|shows|proves)"
    r" (?:that )?(?:you're|youre|you are|it's|its|it is|you) (?:\S+ ){0,2}?(?:working|building"
    r"|getting stronger"
    r"|making progress|improving|doing it right|on the right track|growing|gaining|using the"
    r" right \S+|doing it properly)",
    # Pain as the sign of doing it right: "if your wrist hurts when youre folding then youre
    # doing it right".
    r"(?:if|when) (?:\S+ ){0,4}?(?:hurts?|aches?|burns?|is sore|stings?|(?:are|is) (?:screaming"
    r"|killing (?:you|me)|on fire|throbbing)) (?:\S+ ){0,4}?(?:then )?(?:(?:that's|thats|that is"
    r"|it's|its|it is) (?:the |a )?(?:sign|signal|proof) (?:that )?)?"
    r"(?:(?:you're|youre|you are) (?:doing it right|on the right track|getting somewhere"
    r"|making progress|(?:\S+ ){0,2}?(?:properly|correctly|right))|(?:it's|its|it is) working)",
    # On until it is unbearable: "keep going through the rush and only stop if it becomes
    # unbearable".
    r"only (?:stop|rest|sit down|come off|ease off|take a break) (?:if|when|once) (?:it's |its"
    r" |it is |it |the pain |the \S+ |your \S+ )(?:\S+ )?(?:(?:becomes|gets|is|turns|turns to|goes)"
    r" )?(?:unbearable|intolerable|agony|agonising|agonizing|excruciating|too much)",
    # Pain required: "your exercises should hurt", "is meant to be excruciating", "the agony
    # is necessary".
    r"(?:should|must|need to|needs to|has to|have to|ought to|(?:is|are) meant to|(?:is|are)"
    r" supposed to|(?:is|are) going to) (?:(?!never |not |n't |no )\S+ )?(?:hurt|be painful"
    r"|be agony|be excruciating"
    r"|sting|burn|ache|be sore|be uncomfortable)",
    r"(?:pain|agony|hurt|hurting|soreness|it hurting|discomfort|aching|burn) (?:\S+ ){0,2}?(?:is"
    r"|are)"
    r" (?:\S+ )?(?:necessary|needed|essential|required|good for you|a must|vital|the point"
    r"|part of (?:healing|recovery|the process|getting better|getting stronger))",
    r"(?:past|beyond) (?:the point of |the |any )?(?:\S+ )?(?:pain|agony|hurt)",
    r"(?:play|run|walk|carry|keep|soldier|train|skate|dance|work|playing|running|walking|carrying"
    r"|keeping|training|skating|dancing|working) (?:the rest of (?:the |your |this |that )?\S+ )?"
    r"on (?:with |through |despite )?"
    r"(?:a |an |the |your |their |his |her )?(?:\S+ )?(?:painful|sore|injured|hurting|aching|bad"
    r"|dodgy|dicky|gammy|iffy|wonky"
    r"|throbbing|swollen|broken|fractured|sprained|twisted)",
    r"(?:stopping|resting|giving up|sitting out|quitting|rest) (?:\S+ ){0,2}?(?:makes?|is for)"
    r" (?:you |them |him |her )?(?:soft|weak|lazy|a quitter|quitters|wimps?|a wimp)",
    r"the more (?:it |they |you )?(?:hurts?|aches?|burns?|stings?|pain)",
    r"(?:don't|do not|never) (?:mind|worry about|pay attention to|listen to|give in to|fuss about)"
    r" (?:the |any |your |a little |a bit of |that |this )?(?:\S+ )?(?:pain|ache|aches|aching|hurt"
    r"|burning|twinges?|soreness|discomfort)",
    r"(?:pain|hurting|ache|aching|soreness|sore)(?: \S+){0,12}? (?:means|shows) (?:that )?you"
    r" (?:should|need to|must|can|ought to) (?:\S+ ){0,2}?(?:harder|more|longer|further|again)",
    r"(?:is|are) (?:just )?the price (?:of|for|you pay)",
    r"(?:dance|run|walk|play|train|skate|sprint|jog|hop|jump|climb|kick|cycl)\w* on (?:them|it)\b",
    # Pain as the signal for more: "when the tendon starts burning, that's your cue to do
    # more reps"; an injury as no excuse to stop: "a pulled hamstring is no excuse".
    r"(?:burn\w*|hurt\w*|pain\w*|ach\w*|sore\w*|sting\w*|throb\w*) (?:\S+ ){0,4}?(?:is|are|that's"
    r"|that is|it's|it is) (?:your |the |a |my |our )?(?:signal|sign|cue|reason|green light) to"
    r" (?:do |go |push |keep |add |get )?(?:\S+ )?(?:more|harder|further|on|going|heavier|longer"
    r"|faster)\b",
    r"(?:pulled|torn|strained|sprained|twisted|sore|painful|injured|aching|bad|pain|pains|injur\w*"
    r"|niggles?|strains?|sprains?|aches?|hurt\w*) (?:\S+ ){0,2}?(?:is|are|isn't|aren't|was|were)"
    r" (?:no|not an?|never an?) excuse",
    # Pain until tears, as the measure: "squeeze the ball until the tears come".
    r"(?:until|till) (?:the |your |their )?tears (?:come|flow|start|run|are)|(?:until|till)"
    r" (?:you|they|he|she) (?:cry|cries|weep|weeps|wince|winces|scream|screams)\b",
    r"(?:play|carry|keep|push|train|run|work)\w* on regardless"
    r"|regardless of (?:the )?(?:pain|hurt)",
    r"working through (?:a |the |your )?(?:\S+ )?(?:sprained|injured|sore|painful|broken|twisted"
    r"|torn) \S+",
    r"(?:pain|hurting|ache|aches|soreness) (?:\S+ ){0,5}?(?:is|are) a (?:signal|sign|cue|reason) to"
    r" (?:do more|push|train|keep|carry on|work harder|go harder|go further)",
    r"(?:is|are) the (?:only|best|quickest|fastest) way (?:to|it will|you will|it'll) (?:heal"
    r"|strengthen|get better|recover|build)",
    r"painless \S+ is a (?:wasted|pointless|useless|failed|lazy) \S+",
    r"(?:suffering|pain|hurting|agony) is a (?:necessary|normal|essential|vital|important) part of",
    r"(?:if|when) you(?:'re| are) comfortable ,? you (?:aren't|are not|'re not)",
    # "Don't let pain stop you": pain as no reason to stop.
    r"(?:don't|do not|never) let (?:the |any |a little |a bit of |your |some )?(?:\S+ )?(?:pain"
    r"|hurt"
    r"|aches?|twinges?|soreness|discomfort)s? (?:stop|hold \S+ back|slow \S+ down|get in the way"
    r"|put \S+ off)",
    # Staying in pain: "hold the stretch even when it hurts".
    r"(?:hold|holding|stay|staying|remain|stick|sticking|keep|stretch|stretching|lift|lifting|run"
    r"|put|putting|bend|bending|bear|bearing|walk|walking|use|using|load|loading"
    r"|running|train|training|push|pushing|finish|finishing) (?:\S+ ){0,10}?(?:even (?:if|when"
    r"|though)"
    r"|despite|regardless of|whether or not) (?:it |this |that |you )?(?:\S+ ){0,2}?" + _HURTS,
    # Told to do something through signs of harm: "Crank the vest as tight as you can stand,
    # even if your fingers start tingling". Not those who send the reader for help.
    r"^(?:just |so |then )?(?!(?:call|ring|phone|see|seek|get|go|ask|tell|stop|don't|do|never"
    r"|avoid|rest|contact|report|check|speak|talk|book|keep pressure|press|apply)\b)[a-z]+"
    # An imperative has no "is" before its "even if": "self-massage is always safe, even
    # when the leg is swollen" promises safety.
    r" (?:(?!(?:is|are|was|were|'s)\b)\S+ ){0,14}?(?:even (?:if|when|though)|despite)"
    r" (?:\S+ ){0,5}?" + _HARM_SIGNS + r"\b",
    # Pain paid as a price: "it hurts at first but that's the price", "a bit of pain is worth
    # a flat chest".
    r"(?:hurts?|hurting|pain|painful|agony|aches?|aching|sore|soreness|breathe properly|bleeding)"
    r"(?: \S+){0,8}? (?:but )?(?:it's|that's|it is|that is|is|are|was) (?:so |totally |well"
    r" |definitely |always )?(?:worth it|worth the \S+|the price|worth an? (?!(?:call|visit"
    r"|check|trip|look|chat|ring|phone|mention|conversation|appointment|quick)\b)\S+)\b",
    # Rest put off to a season: "strap your knee and keep going, you can rest in winter".
    r"(?:you|she|he|they|we|i) can rest (?:it |them |the \S+ )?(?:in|over|at|after|when|once|till"
    r"|until) (?:the )?(?:winter|summer|holidays?|off(?: -)? season|end of|season|tour|christmas)",
    # No sitting out for an injury; a joint put back by hand and the work finished.
    r"(?:don't|do not|never|doesn't|does not) (?:sit|sits) out (?:\S+ )?for (?:a |an |any )?"
    r"(?:\S+ )?(?:sprain|injur\w*|niggles?|knocks?|tweaks?|pain|twinges?)",
    r"(?:pop|yank|push|shove|put)\w* (?:\S+ ){0,3}?(?:it|them) back (?:in|into place)(?: yourself)?"
    r" (?:\S+ ){0,2}?and (?:\S+ ){0,2}?(?:finish|carry on|keep going|continue|crack on|kept)",
    r"(?:tape|strap|bandage)\w* (?:it|them)(?: up)?(?: tight)? and (?:go|crack on|carry on|get on"
    r" with it|keep going)\b",
    r"if it (?:hurts|aches|burns|stings)(?: ,)? (?:it's|it is|that's|that means it's) working",
    r"\w+ing (?:on |with )(?:a |an |your |my )?(?:cracked|broken|fractured|torn|sprained"
    r"|dislocated|dodgy) \S+ (?:is|was) (?:fine|ok|okay|no problem|no big deal|doable)",
    # Injury as no reason for a day off: "no days off for injuries, if you can stand you
    # can ride".
    r"no (?:days? off|rest days?|sitting out|time off) (?:\S+ )?for (?:\S+ )?(?:injur\w*|pain"
    r"|knocks|niggles|sprains?)",
    r"if you can (?:stand|walk) ,? you can (?:ride|ski|play|run|train|work|fly|race|dance|fight)",
    # Training on with an injury or pain named: "no rest days even with shin pain".
    r"(?:no rest days?|no days off|(?:train|race|lift|spar|compet|climb)\w*)"
    r" (?:\S+ ){0,6}?even with (?:a |an |your |the |my )?(?:\S+ ){0,2}?(?:pain|injur\w*|sprain\w*"
    r"|fractur\w*|(?:broken|cracked|torn|sprained|dislocated) \S+)",
    r"(?:doesn't|doesnt|does not|don't|dont|do not|isn't|isnt|is not|aren't|arent|are not|never"
    r"|no) (?:\S+ ){0,2}?(?:hurt"
    r"|hurting|painful|sore|burn|burning|ache|aching|pain|excruciating|agony|agonising|agonizing)"
    r" (?:\S+ ){0,8}?(?:not|isn't|aren't|won't|doesn't|no|haven't|havent|hasn't|hasnt|didn't"
    r"|didnt|wasn't|weren't) (?:\S+ ){0,2}?(?:trying|working|pushing"
    r"|hard enough|doing it right|doing enough|effort|gain|results|progress|any good|good enough"
    r"|breaking|doing|helping|releasing|loosening)",
)
# Pain taken as proof: "if your shin pain gets worse, that's how you know it is working",
# or as the point: "Should a massage leave you in agony? Yes, that's the whole point."
_PAIN_PROVES = _words(
    r"(?:how you know|which means|that means|this means|it means|means|shows|proves|a sign|tells"
    r" you|is proof|evidence)(?: that)? (?:\S+ ){0,4}?(?:is |are )?(?:working|progress\w*"
    r"|stronger|improving|doing its job|effective|getting results|paying off|growing|healing"
    r"|breaking up|breaking down|loosening|releasing|coming out|clearing|knitting|mending|fusing"
    r"|setting|close to (?:a |your )?(?:pb|pr|breakthrough|gains))",
    r"(?:that's|that is|is|it's|it is) (?:exactly )?the (?:whole )?(?:point|idea)",
    r"(?:is|are) (?:what|how) (?:makes? (?:it|you|them) (?:heal|stronger|better|grow)|(?:it|you"
    r"|they)"
    r" (?:heal|heals|get better|get stronger|grow))",
    r"(?:that's|that is|it's|it is) (?:just )?(?:the |your )?(?:\S+ )?(?:healing|working|releasing"
    r"|loosening|doing its job) (?:happening|working|at work|taking place)",
    r"(?:it's|it is|they're|they are) (?:meant|supposed) to(?: hurt)?$",
    r"(?:pain|hurt\w*|sore\w*) (?:\S+ ){0,4}?means (?:that )?you (?:did not|didn't|haven't|have"
    r" not) (?:work|push|train)\w* (?:hard )?enough",
    # "the more you suffer, the more benefit you receive"
    r"(?:the )?more (?:you|it) (?:suffer|hurt|ache|burn|sting)\w* (?:, )?(?:the )?more"
    r" (?:\S+ ){0,2}?(?:benefit|good|gains?|results?|it works|it helps|progress)",
)


# Carried on after pain was told, in the clause before: "Ankle was screaming at me, but I
# kept walking and never stopped" (a story told as an example).
_PUT_BELOW = LazyPattern(r"\b(?:more than|better than|rather than|instead of)(?: \S+){0,2}$")
_PAIN_EASING = LazyPattern(
    r"(?:pain|ache|soreness) (?:that|which) (?:is )?(?:eases|easing|settles|settling|improves"
    r"|improving|fades|fading|gets better|getting better|goes)\b"
)
_KEPT_ON = LazyPattern(
    r"\b(?:but|yet) (?:i |we |she |he |they |you )?(?:still )?(?:kept (?:on )?\w+ing|kept going"
    r"|carried on|pushed on|soldiered on|powered on)\b"
)
# What makes carrying on a recovery told, not pain pushed through: "... kept doing the
# gentle stretches my physio gave me and it settled".
_GOT_BETTER_WORDS = r"eased|settled|improved|got better|went away|sorted|gentle|as advised|as shown"
# Told better, or seen to by a clinician ("the physio cleared me, so I kept running").
_RECOVERY_TOLD = LazyPattern(rf"\b(?:{_GOT_BETTER_WORDS}|physio\w*|doctor|nurse)\b")
# The same without the clinicians, for dismissed care: the clinician it names is the one
# it puts off ("Pissing blood after a knock to the kidneys is just bruising, don't bother
# with a doctor"), not one who saw to the trouble.
_GOT_BETTER = LazyPattern(rf"\b(?:{_GOT_BETTER_WORDS})\b")
_PAIN_TOLD = LazyPattern(
    r"\b(?:screaming|killing (?:me|him|her|them)|in agony|agony|hurting|hurts|hurt|throbbing|aching"
    r"|on fire|in pain|sore|painful|pain|stings like \S+|burns like \S+)\b"
    r"(?! (?:\S+ ){0,2}?(?:settled|eased|went|gone|stopped"
    r"|faded|improved|passed|had gone))"
)


# Pushed through "it", a hurt named before: "If your knee flares up, strap it up and run
# straight through it".
# Toughened up after it blisters: "go straight back in the next day to toughen it up".
_TOUGHEN_UP = LazyPattern(r"\btoughen (?:it|them|you|the skin|your skin|\S+ skin) up\b")
_THROUGH_IT = LazyPattern(
    r"\b(?:push|power|run|play|dance|train|walk|work|squat|lift|skate|cycle|ride|kick|box|bowl"
    r"|swim|hike|climb|grind|battle|fight|sprint|jog|ski|board|shoot|fly|sing|drum)\w* (?:\S+ )?"
    r"(?:straight |right |on )?(?:through|thru) (?:it|them|that)\b(?! out| over)"
)
_HURT_NAMED = LazyPattern(
    r"\b(?:flares? up|flared up|flaring|sciatica|injur\w*|twinge\w*|niggle\w*|tweak\w*|strain\w*"
    r"|(?:pull\w*|rip\w*|tear\w*|tore|takes?|took) (?:\S+ ){0,4}?skin off"
    r"|(?:felt|heard) (?:something|it) (?:go|give|pop|tear|snap|twang)"
    r"|(?:ankle|knee|back|shoulder|hamstring|calf|wrist|disc) (?:went|gave way|gave out|popped|gone"
    r"|goes|gives way|gives out|goes out|giving way|giving out|rolled|twisted)|hernias?|perforat\w*"
    r"|black and blue|(?:toe|finger|nail)(?:'s)? (?:\S+ )?(?:gone"
    r"|going|turned) black"
    r"|(?:ankle's|knee's|back's|shoulder's) (?:gone|went|popped)"
    # "Players who twist an ankle ..."
    r"|(?:twist|twists|twisted|twisting|sprain|sprains|sprained|roll|rolls|rolled|turn|turned)"
    r" (?:a|an|your|their|his|her|my) (?:ankle|knee|wrist)"
    r"|sprain\w*|swollen|swelling|twisted|pulled|pinging|twang\w*|throb\w*|blister\w*|crack\w*"
    r"|weep\w*|(?:turned|rolled|went over on)"
    r" (?:your |my |his |her |their |an? )?ankle)\b"
)


# Injuries to be worked through, in the passive; carrying on with an injury; the distance
# finished once it is named ("Turned your ankle? Strap it and carry on with the full ten
# miles").
_WORKED_THROUGH = LazyPattern(
    r"\b(?:pain|pains|injur\w*|niggles?|aches?|twinges?|strains?) (?:\S+ ){0,2}?(?:is|are|should be"
    r"|must be|need to be|needs to be|to be|get|gets) (?:\S+ )?(?:worked|danced|played|pushed|run"
    r"|trained|powered|sung|walked) through\b"
)
_ON_WITH_INJURY = LazyPattern(
    r"\b(?:carr(?:y|ied|ying) on|kept going|keep going|(?:play|work|danc|walk|train|spar|fight"
    r"|compet|box|lift|rac|ran|run)\w*(?: on)?) (?:\S+ ){0,4}?(?:with|on)"
    r" (?:a |an |the |my |your |his |her |their )?(?:cracked|broken|fractured|torn|sprained|snapped"
    r"|dislocated) \S+"
)
_REGRET = LazyPattern(
    r"\b(?:mistake|regret\w*|wish i|shouldn't have|should not have|made it worse|ended up|don't"
    r" do (?:the same|what i did)|learn from)\b"
)
_FULL_DISTANCE = LazyPattern(
    r"\b(?:carry on|keep going|keep walking|keep running|keep playing|finish|complete|walk|hike|run"
    r"|cycle|do) (?:with )?(?:the )?(?:full|whole|rest of the|entire|remaining|last) \S+"
    r"|\b(?:leave|keep) (?:it|them) (?:\S+ )?(?:for|until) the (?:full|whole|entire|end of the) \S+"
)


# Kept up "even though" it hurts (the clause ends at "though"): "Keep wearing the lenses
# even though your eye stings".
_KEPT_ON_EVEN = LazyPattern(
    r"\b(?:keep|keeps|carry on|continue) (?:wearing|using|chewing|walking|running|playing|dancing"
    r"|going|training|climbing|hiking|diving|pressing|forcing|doing)(?: \S+){0,4}? even$"
)
_HURT_FOLLOWS = LazyPattern(
    r"\s*(?:though|if|when|once|after|as)\b[^.;!?]{0,60}?\b(?:hurts?|cuts?|bleed\w*|raw|sore"
    r"|stings?|burns?|aches?|aching|painful|throbs?|throbbing|swollen|swells?)\b"
)


def _hurt_named_before(clause: Clause, match: re.Match[str]) -> bool:
    """Pain or an injury said before "through it", and no one guiding the reader."""
    if _RECOVERY_TOLD.search(clause.sentence()):
        return False
    before = clause.sentence_before(match)
    if _PAIN_TOLD.search(before) or _HURT_NAMED.search(before):
        return True
    # Named in the statement before a semicolon: "Pain in the neck from the new seats is
    # expected; drivers should push through it".
    earlier = clause.statement_before()
    return bool(
        earlier
        and (_PAIN_TOLD.search(earlier) or _HURT_NAMED.search(earlier))
        and not _RECOVERY_TOLD.search(earlier)
    )


def _pain_told_before(clause: Clause, match: re.Match[str]) -> bool:
    if _RECOVERY_TOLD.search(f"{clause.after(match)} {clause.following()}"):
        return False
    return bool(_PAIN_TOLD.search(clause.sentence_before(match)))


def _pain_proves(clause: Clause, match: re.Match[str]) -> bool:
    """Said of pain earlier in the sentence that nothing denies ("no pain"), in a
    clause that does not also tell the reader to stop."""
    before = clause.sentence_before(match)
    undenied = any(
        not _NEGATION_BEFORE.search(before, max(pain.start() - 20, 0), pain.start())
        for pain in _PAIN_WORD.finditer(before)
    )
    return undenied and not _STOP_FOR_PAIN.search(clause.words.replace(match.group(), " "))


_NEGATION_BEFORE = LazyPattern(r"\b(?:no|not|without|never|free of|free from)\b")
# Carrying on, in a clause that names pain: "Pain is normal, so keep pushing".
_PERSIST = _words(
    r"grit (?:your|my) teeth|grin and bear|bear it|tough(?:ed|ing)? it out|suck it up|man up"
    r"|push past (?:it|that)|hammer\w* away|plug\w* away|slog\w* on"
    r"|(?:work|push|power|breathe|battle|fight|run|lift|train)(?:ing)? (?:on )?through (?:it|that"
    r"|this)",
    r"keep (?:on )?(?:pushing|going|at it|working|training|stretching|exercising|running|lifting"
    r"|moving|walking|playing|dancing|jumping|climbing|swimming|cycling)",
    r"push (?:on|harder|yourself|further)",
    r"(?:carry|press|power|soldier|battle|plough|plow) on",
    r"persever\w*|stick it out",
    r"(?:just )?ignore (?:it|the pain|them)",
    # "work the muscle through it", "power through to the end of the quarter"
    r"(?:work|push|power|run|walk|train|chew)\w* (?:\S+ ){0,2}?through (?:it|that|this|the pain"
    r"|to the end)",
    # "keep chewing hard on that side", "keep wearing them": carrying on with what hurts
    r"keep (?:on )?(?:chewing|wearing|climbing|lifting|running|walking|training|dancing|playing"
    r"|going|pushing|working|moving|exercising|stretching|jogging|cycling|swimming|skating|hiking"
    r"|kicking|throwing|bowling|rowing|gardening|digging|typing|driving|standing|kneeling"
    r"|squatting|bending|twisting|weeding|practising|practicing|skiing|climbing|pulling|hauling"
    r"|carrying|rowing|paddling|pedalling|pedaling|shovelling|shoveling|hammering|scrubbing"
    r"|lugging|heaving|sparring|serving|batting|sprinting|marching|drumming)\b",
    r"(?:lift|run|walk|train|push|stretch|work|dance|play|chew|roll|press|massage|dig)\w*"
    r" (?:it )?(?:more|harder|further)\b",
    r"as (?:hard|far|deep|deeply|much) as you (?:can|possibly can)",
    # An injured child or player sent out all the same: "should still play on Saturday".
    r"(?:should|must|can|could|will) still (?:play|run|train|race|compete|take part|dance)",
    # Seeing the event out on an injury: "finish the race", "for the rest of the match".
    r"finish (?:the|your|this|that) (?:\S+ )?(?:race|match|game|run|set|session|class|round"
    r"|workout|innings|half|quarter|lap|bout|fight|game)",
    r"(?:stretch|massage|rub|work|pound|roll)\w* (?:it|them|the muscle) (?:hard|firmly|deep"
    r"|deeply)",
    r"(?:play|train|race|dance)(?:s|ing|ed)? on\b",
    r"(?:however|no matter how) much (?:it|she|he|they|you) (?:hurts?|aches?|stings?|burns?"
    r"|screams|complains?|protests?)",
    r"(?:is |are )?no reason to (?:stop|rest|slow down|ease off|quit|give up)",
    r"(?:never|don't|do not) (?:back off|ease off|ease up|stop|give up|give in|slow down|rest)",
)
# Compiled once: the pattern's, and the test of a scorn that goes on to push anyway
# ("Training through sharp joint pain isnt brave, it's normal, so don't stop").
_PERSISTS = LazyPattern(_PERSIST)
# A dressing, a device or a product kept on through pain called normal: "Throbbing pain
# under the gel is normal, so don't take them off".
_DEVICE_KEPT_ON = _words(
    r"(?:never|don't|dont|do not) (?:take|pull|rip|peel|soak) (?:it|them|(?:the|your|those"
    r"|these) (?:\S+ )?\S+) (?:off|out)",
    r"(?:never|don't|dont|do not) remove (?:it|them|(?:the|your|those|these) (?:\S+ )?\S+)",
    r"(?:keep|leave) (?:it|them|(?:the|your|those|these) (?:\S+ )?\S+) (?:on|in)\b",
)
# Pain said to be what one should expect: "Throbbing pain under the gel is normal".
_PAIN_CALLED_NORMAL = LazyPattern(
    r"\b(?:pain|hurt\w*|ach\w*|throb\w*|sting\w*|burn\w*|sore\w*|tender\w*|discomfort)"
    r"(?: \S+){0,6}? (?:is|are|'s|feels?) (?:\S+ )?(?:normal|expected|fine|ok|okay|natural"
    r"|to be expected|a good sign|part of (?:it|the process))\b"
    r"|\bnormal (?:for (?:\S+ ){1,3}?)?to (?:hurt|ache|throb|sting|burn|feel sore)\b"
)
# The removal left to a clinician, or only put off: "don't remove it yourself; go back to
# the fracture clinic", "leave it on until the nurse sees it".
_REMOVED_BY_CARE = LazyPattern(r"^ (?:\S+ )?(?:yourself|urself|at home|on your own|until|till)\b")


def _kept_on_through_pain(clause: Clause, match: re.Match[str]) -> bool:
    return bool(_PAIN_CALLED_NORMAL.search(clause.sentence_before(match))) and not (
        _REMOVED_BY_CARE.search(clause.after(match))
        or _SEEK_CARE.search(f"{clause.words} {clause.following()}")
    )


_PAIN_WORD = LazyPattern(
    r"\b(?:pain|painful|paining|hurts?|hurting|aches?|aching|burning|stabbing|twinges?|agony|sore"
    r"|soreness|throbs?|throbbing|shoots|shooting|twinging|cramping|stings?|stinging|screaming"
    r"|tears|crying|wince|wincing|scream|\w+aches?|ached|limping|limps|limped|spasm\w*"
    r"|killing|on fire|cracked|bleeding|burns?|screams?|blisters?|blistered|bruised"
    r"|excruciating|agonising|agonizing|stabs?|stabbing|migraines?|cramps?|tearing|ripping"
    r"|niggl\w*|pangs?|(?:goes|gets|turns|feels) sharp|bleeds?|pinch|pinches|pinching)\b"
)
# An instruction to stop or ease off for pain makes the clause a caution.
_STOP_FOR_PAIN = LazyPattern(
    r"(?<!'ll )(?<!will )(?<!don't )(?<!do not )(?<!never )(?<!no reason to )(?<!don't take )"
    # Not stopping for pain: "asked not to rest", "dont stop", "skip the rest days",
    # "never have to rest", "recover faster than those who rest".
    r"(?<!not to )(?<!dont )(?<!skip the )(?<!have to )(?<!who )(?<!not )"
    # "the rest of the match" is no instruction to rest.
    # "stopping sooner if your knee swells" stops; "stopping only makes it weaker" does not.
    r"(?<!is )(?<!are )(?<!without )(?<!no )"
    # "three cracked ribs won't stop a trail day", "push on to the next stop".
    r"(?<!won't )(?<!wont )(?<!can't )(?<!cannot )(?<!next )(?<!bus )"
    # "to stop it seizing up", "stop sending pain signals": no one stops for pain.
    r"\b(?:stop(?! (?:it|them) \w+ing\b| (?:sending|feeling|being)\b)"
    # Rest as a thing, put off or scorned: "rip the rest off", "rest is for the weak", "you
    # can rest in January".
    r"|stopping(?= (?:sooner |earlier )?(?:if|when)\b)|(?<!the )rest(?! of\b| later\b| days?\b"
    r"| only\b| is for\b|'s for\b| (?:in|over|at|till|until) (?:the )?(?:january|february|march"
    r"|april|may|june|july|august|september|october|november|december|winter|summer|spring"
    r"|autumn|off(?: -)? ?season|holidays?|christmas|new year)\b)"
    r"(?! (?:after|later|once) (?:\S+ ){0,2}?(?:exams?|the (?:match|game|race|season|event"
    r"|exams?)|it's over|you finish|you're done))"
    r"|ease off|back off|slow down|take a break|see|call"
    # A grappler's stop: "Tap out as soon as a lock hurts".
    r"|tap(?:s|ped|ping)? out"
    # "If your lenses hurt, take them out"
    r"|take (?:it|them|your \S+) out|remove (?:it|them)"
    # "stay in the pose for three breaths, coming out sooner if your wrists ache"
    r"|com(?:e|ing) out (?:of (?:it|the \S+) )?(?:sooner|early|straight away|at once))\b"
    r"(?! (?:if|when) you\b)"
)


# An organ at work is no reader pushed on: "your heart has to work harder to pump blood",
# "occurs when the heart must work harder".
_ORGAN_AT_WORK = LazyPattern(
    r"\b(?:heart|lungs?|kidneys?|liver|pancreas|thyroid|body|organs?|muscles?|brain|gut"
    r"|bowels?|immune system)(?: (?:has to|have to|must|needs? to|is forced to|is made to|may"
    r"|might|can|will|would|then|also|to))* $"
)


def _persist_with_pain(clause: Clause, match: re.Match[str]) -> bool:
    """ "Pain is just your body adapting, so keep pushing": carry on, said of pain that
    is not denied ("keep going if there is no pain")."""
    if _ORGAN_AT_WORK.search(clause.before(match)):
        return False
    if _WITHOUT_ASKING.match(clause.after(match)):
        return False  # "so do not stop without talking to them"
    if _STAY_ACTIVE.match(clause.after(match)):
        return False  # "If your back hurts, don't stop moving completely"
    if _PUT_BELOW.search(clause.before(match).rstrip()):
        return False  # "... which matters more than toughing it out"
    if _BUT_STOP.match(clause.following()):
        return False  # "keep climbing with a minor tweak ..., but stop if it gets worse"
    for pain in (*_PAIN_WORD.finditer(clause.words), *_INJURED.finditer(clause.words)):
        if clause.negated(pain):
            continue
        rest = clause.words.replace(match.group(), " ")
        return not _STOP_FOR_PAIN.search(rest) and not _HEDGE_PAIN.search(clause.words)
    # "Hurts a lot? Good. Do not stop.": the pain in a short sentence just before.
    before = clause.sentence_before(match)
    hurt = _PAIN_WORD.search(before) or _INJURED.search(before)
    return bool(hurt) and not _HEDGE_PAIN.search(before)


# Pushing on as the purpose of what is forbidden: "Don't give children ibuprofen before a
# comp so they can climb through finger pain", "they shouldn't be used to mask pain so you
# can lift more".
_FORBIDDEN_PURPOSE = LazyPattern(
    r"\b(?:don't|dont|do not|never|shouldn't|should not|mustn't|must not) (?:\S+ ){0,8}?so"
    r" (?:that )?\S+ (?:can|could) "
)
# A limit set straight after: "..., but stop if it gets worse", "but stop and get help if
# your leg goes weak".
_BUT_STOP = LazyPattern(
    r"\s*[,;]?\s*but (?:do )?stop (?:\S+ ){0,3}?if (?:\S+ ){0,3}?(?:gets? worse|worsens|hurts"
    r" more|(?:gets?|turns?|feels?) sharp|you (?:get|feel|notice|have))\b"
)
# Staying active, or a medicine kept: "don't stop moving completely", "do not rest all
# day", "don't stop your painkillers suddenly" push no one through pain.
_STAY_ACTIVE = LazyPattern(
    r"\s*(?:moving|being active|(?:\S+ )?(?:completely|altogether|entirely|all day)|in bed"
    r"|(?:your |the |my )?(?:\S+ )?(?:tablets|painkillers|medicines?|medication|pills|inhaler)"
    # "Don't stop taking your statin just because your legs ache"
    r"|taking|using"
    # "Don't stop it yourself; ask your GP"
    r"|(?:it|them) (?:yourself|on your own|by yourself))\b"
)
_WITHOUT_ASKING = LazyPattern(
    r" ?(?:\S+ ){0,4}?without (?:talking|asking|checking|speaking|advice|first)"
)
# Discomfort said to be mild: what rehabilitation asks a patient to work through.
_SOME_DISCOMFORT = r"(?:some|a little|mild|slight) discomfort"
# Pain that is kept mild, or ended, is not pushed through.
_MILD = (
    r"mild|slight|gentle|a little(?! (?:deeper|further|harder|more|longer|past|beyond|through))"
    r"|a bit of(?! agony| excruciating| sharp)|no more than"
    r"|most (?:\S+ )?(?:back |neck |joint )?pain"
    r"|stretch(?:ing)? sensation|a pull|gets worse|worsens"
    # Carrying on only while it gets better: "as long as the ache is easing".
    r"|(?:as long as|so long as|provided|while) (?:\S+ ){0,3}?(?:eas\w+|settl\w+|improv\w+"
    r"|fad\w+|manageable|bearable|tolerable)"
    rf"|{_SOME_DISCOMFORT}"
    # Pain that must ease is a limit kept ("if it settles by the next morning"); pain
    # promised to ease is one pushed through ("the pain stops once you're in the zone",
    # "play every day until it stops hurting").
    r"|and (?:has |have )?(?:settled|eased|gone)"
    # Carrying on once the pain is better: "keep going even after your pain improves".
    r"|(?:after|once) (?:\S+ ){0,3}?(?:improves|improved|has improved|eases|eased|has eased"
    r"|settles|settled|has settled|has gone|goes away)"
    r"|(?:if|as long as|so long as|provided|that|which|but) (?:\S+ ){0,4}?(?:eases"
    r"|goes away|settles|settled|has settled|fades|stops)"
    # the pain-monitoring rule of tendon and joint rehabilitation: "5 out of 10 or less"
    r"|\d+ (?:out of|/) 10 or (?:less|lower|under|below)|(?:below|under|at most|no higher than)"
    r" \d+ (?:out of|/) 10"
)
_MILD_DISCOMFORT = LazyPattern(rf"\b{_SOME_DISCOMFORT}\b")
# ...and the patterns read pain called sharp or severe as a warning ("sharp pain: stop").
_HEDGE_PAIN = LazyPattern(rf"\b(?:{_MILD}|sharp|severe)\b")
# An injury carried on with is pain pushed through: "Working out on a sprained ankle".
_INJURED = LazyPattern(
    r"\b(?:sprain\w*|injur\w*|torn|fractur\w*|broken|pulled (?:muscle|hamstring)|dislocat\w*"
    r"|hernias?|(?:felt|heard) (?:something|it) (?:go|give|pop|tear|snap|twang)"
    r"|(?:back|knee|ankle|shoulder|hamstring|disc) (?:goes|went|gives way|gave way|gives out"
    r"|gave out|goes out|went out)"
    r"|(?:broke|cracked|bust|busted|snapped) (?:my |your |his |her |their |a |an )?(?:\S+ )?"
    r"(?:ribs?|collarbone|collar bone|wrist|ankle|arm|leg|elbow|hand|finger|toe|pelvis|hip"
    r"|bones?|foot|shoulder|nose|jaw|kneecap)|(?:road|gravel) rash"
    r"|swollen (?:ankles?|knees?|wrists?|joints?|elbows?)|(?:ankles?|knees?|wrists?|joints?"
    r"|elbows?) (?:is |are |was |were )?swollen|(?:heard|felt) (?:a|\S+ \S+) (?:pop|snap|crack"
    r"|give way)"
    r"|tennis elbow|golfer's elbow|shin splints|tendinitis|tendonitis|limps?|limped"
    # A joint that swells, a muscle that pulls or tears, a knock to the brain: each an
    # injury to stop for ("if your knee swells after running", "a suspected concussion").
    r"|(?:ankles?|knees?|wrists?|joints?|elbows?|calf|calves|shins?|feet|foot) (?:\S+ )?(?:swells?"
    r"|swelled|swelling|swells up|puffs up)"
    r"|(?:hamstrings?|calf|calves|groin|muscles?|quads?|achilles|tendons?) (?:\S+ )?(?:pulls?"
    r"|pulled|tears?|tore|twang\w*|goes|went|gives?) (?:sharply|suddenly|way|ping)"
    r"|concuss\w*|twisted (?:ankles?|knees?|wrists?)"
    r"|twist(?:s|ing)? (?:an |a |your |their |his |her |my )?(?:ankles?|knees?|wrists?))\b"
)
# Safety of leaving something out: "It's safe to skip any inversion" risks nothing.
_SAFE_TO_LEAVE_OUT = LazyPattern(
    r"\bsafe to (?:skip|miss|leave out|sit out|rest|stop|come out|modify|pause|opt out|avoid|drop"
    r" out)\b"
)
_ABSOLUTE_SAFE = _words(
    # "can never damage it, the implant is indestructible"
    r"(?:can|could|will) never (?:\S+ )?(?:damage|harm|hurt|break|injure) (?:it|you|them)"
    r"|indestructible|unbreakable|can't be (?:damaged|broken)",
    # Pregnancy or an infection said impossible where nothing protects: "You can't get
    # pregnant during your period", "nobody can get pregnant the first time", "zero chance
    # of pregnancy in a hot tub", "impossible to catch herpes when there are no sores".
    r"(?:can't|cannot|can not|won't|will not|couldn't) (?:\S+ ){0,2}?(?:get|fall|become) pregnant"
    r" (?:\S+ ){0,8}?(?:period|first time|breastfeed\w*|hot tub|bath|pool|standing|pulls? out"
    r"|on top|full stop)",
    r"(?:breastfeed\w*|first time|period|hot tub|bath|pulling out"
    r"|withdrawal) (?:\S+ ){0,4}?(?:can't"
    r"|cannot|won't) (?:\S+ )?(?:get|fall|become) pregnant",
    r"(?:nobody|no one|no - one|no woman|no girl) can (?:\S+ )?(?:get|fall|become) pregnant",
    r"(?:no|zero|0 %|nil) (?:chance|risk|possibility) of (?:\S+ ){0,2}?(?:pregnancy"
    r"|getting pregnant|falling pregnant)",
    r"impossible to (?:catch|get|pass on|pass|spread|transmit|give) (?:\S+ ){0,3}?(?:when|if|while"
    r"|unless|with) (?:\S+ ){0,3}?(?:no|not) (?:sores|symptoms|blisters|signs|outbreak)",
    r"(?:100 %|100 percent|one hundred percent|completely|totally|perfectly|absolutely|entirely"
    r"|always|fully|utterly) (?:safe|harmless|risk - free|risk free|without risk|gentle)",
    r"safe (?:for|to use for|to do for|to take for) (?:everyone|everybody|anyone|anybody|all ages"
    r"|all people|all)",
    r"(?:risk - free|risk free)",
    # "Iron tablets are basically sweets": a medicine called harmless as a sweet.
    rf"{MEDICINE} (?:are|is) (?:basically |just |only |like |no more than )+(?:sweets|sweeties"
    r"|candy|smarties)",
    # "does no harm to your stomach or kidneys, even when you're dehydrated"
    r"(?:does|do|will do|causes?|cause) no (?:harm|damage)(?: (?:at all|whatsoever))?"
    r" (?:\S+ ){0,6}?, even (?:when|if|though)",
    r"(?:won't|will not|can't|cannot|doesn't|does not) (?:hurt|harm|damage|affect) (?:\S+ ){0,2}?"
    r"(?:in the slightest|one bit|one iota|whatsoever)",
    r"(?:gives? off|releases?|contains?|produces?|leaves?) nothing (?:harmful|toxic|dangerous|bad"
    r"|nasty)",
    # "can't trigger an allergy in anybody"
    r"(?:can't|cannot|won't|will not|never|doesn't|does not) (?:ever )?(?:trigger|cause|give"
    r"|produce|set off) (?:an? |any )?(?:allerg\w*|reactions?|side - effects|side effects"
    r"|irritation|harm) (?:in|for|to|with) (?:anybody|anyone|everyone|everybody|any \S+)",
    # "leave no hangover whatsoever"
    r"(?:no|zero) (?:\S+ )?(?:hangover|drowsiness|grogginess|after - effects|aftereffects)"
    r" (?:whatsoever|at all|of any kind)",
    r"without (?:any )?(?:side - effects|side effects|risks?|dangers?)(?! factors?)",
    r"(?:no|zero) (?:\S+ )?(?:side - effects|side effects|adverse (?:reactions|effects|events)"
    r"|bad reactions|complaints|downsides?|drawbacks?)",
    rf"(?:fine|safe|ok|okay|alright|no problem) to (?:take|use|mix|have|combine|give|drink|eat)"
    rf"(?: \S+)?"
    rf" (?:with|alongside|together with|on top of) (?:\S+ ){{0,2}}?{MEDICINE}",
    r"(?:no|zero) (?:risks?|dangers?)(?= (?:at all|whatsoever|involved|in|to you|with|from|when"
    r"|for anyone|,|at any|to anyone|for any|in any|as long as|provided)| ?$)(?! factors?)",
    r"impossible to (?:hurt|harm|injure|damage)",
    # No interaction, ever: "natural remedies never interact with prescription medicines".
    r"(?:never|cannot|can't|cant|won't|will not|can never) (?:\S+ )?interact (?:with|badly)",
    # "Mixing kava with your anxiety tablets is no dramas at all."
    rf"(?:mix|mixing|combining|taking) (?:\S+ ){{1,4}}?with (?:\S+ ){{0,3}}?{MEDICINE} (?:is|are)"
    r" (?:\S+ )?(?:fine|safe|ok|okay|harmless|no (?:problem|dramas|worries|issue|bother))",
    # No amount too much: "can be taken in any amount", "no upper limit on how much".
    r"(?:taken|used|eaten|drunk|given|take|use) in any (?:amounts?|quantity|quantities|doses?)",
    r"(?:no |without (?:an? |any )?)(?:upper |safe )?limit (?:on|to) (?:how (?:much|many)|the"
    r" (?:dose|amount|number))",
    r"(?:anyone|everyone|everybody|all ages|any age)(?: \S+){0,4}? can (?:\S+ ){0,4}?safely",
    r"safe (?:at|for) (?:any|all|every) ages?",
    r"(?:safe|suitable|fine|ok|okay) for (?:absolutely |literally )?(?:everyone|everybody|anyone"
    r"|all)",
    # "Our programme suits every resident, including those with a recent fracture."
    r"suits? (?:absolutely |literally |just about |pretty much )?(?:every|all|any)(?:one|body)?\b",
    # A remedy that can never clash with a medicine: "never interacts with any of his tablets".
    r"(?:never|doesn't|does not|won't|can't|cannot|will not) (?:\S+ )?interact\w* with (?:any"
    r"|anything|other|your|his|her|their)",
    r"(?:safe|suitable|fine) (?:\S+ ){0,2}?for (?:people|those|anyone|everyone|patients|women"
    r"|children) (?:\S+ ){0,3}?(?:too|as well|included|alike)",
    r"(?:everyone|anyone|all ages|pregnant women|children|babies|toddlers|kids|infants|newborns"
    r"|pensioners|the elderly|grandparents) (?:included|alike|too)\b(?! young)",
    # "anyone can book it, asthmatics included" (not "Anyone can have a heart attack,
    # diabetics included", nor "Anyone can join the group, heart patients included, once
    # ...": what anyone may use, not what may befall anyone or what they may join).
    r"(?:anyone|anybody|everyone|everybody) can (?:book|have|use|take|try|drink|eat|wear)"
    r" (?:it|this|them|one) , (?:\S+ ){1,3}?(?:included|too|as well)\b(?! ,? (?:once|if|but|as"
    r" long|provided|after)\b)",
    r"free (?:of|from) (?:any |all )?(?:risks?|dangers?|side - effects|side effects)",
    r"(?:no|zero) (?:risks?|dangers?) (?:at all|whatsoever|to (?:anyone|anybody|you|your \S+))",
    # An amount, not a hurt: not "no matter how much they hurt".
    r"(?:whatever|no matter) (?:the |how )?(?:amount|dose|much|many)(?! (?:it|they|this|that|he"
    r"|she|you|your \S+) (?:hurts?|aches?|burns?|stings?))",
    r"however (?:much|many|often|long)(?! (?:\S+ ){0,6}?(?:hurts?|aches?|stings?|burns?|screams?"
    r"|complains?|protests?)\b)",
    r"without (?:any |a |the slightest |a single )?(?:worry|worries|concerns?|fears?|second thought"
    r"|a care)",
    rf"(?:mix(?:es)?|combines?|goes|go|works?|is fine|are fine|is safe|are safe|safe)"
    rf" (?:perfectly |completely |absolutely |totally )?(?:well |fine |safely |happily )?with"
    rf" (?:every|any|all|other) (?:other )?(?:\S+ )?(?:{MEDICINE}|medicines?|medications?"
    rf"|drugs?|treatments?)",
    r"(?:as (?:many|much) as you (?:like|want|wish|please|fancy))",
    # Without limit of time and without harm: "daily for months without any problems",
    # "for as long as you want without doing any damage".
    r"(?:for as long as you (?:like|want|wish|need|please)|indefinitely|for (?:months|years)"
    r"|(?:every day|daily) for (?:\S+ )?(?:weeks|months|years)|long - term) (?:\S+ ){0,3}?without"
    r" (?:doing |causing )?(?:any |a single )?(?:problems?|harm|damage|trouble|issues?"
    r"|ill effects)",
    rf"(?:take|use|have|taking|using) (?:\S+ ){{0,4}}?(?:alongside|with|together with|on top of)"
    rf" any (?:other )?(?:\S+ )?(?:{MEDICINE}|medicines?|medications?|drugs?|remed\w*)",
)
_HARMLESS = _words(
    # "never dangerous to anyone", "no such thing as a serious reaction"
    r"never (?:dangerous|harmful|a danger|a risk) (?:to|for) (?:anyone|anybody|everyone|you|kids"
    r"|children)",
    r"no such thing as (?:a |an )?(?:serious|bad|dangerous|severe) (?:reactions?|allerg\w*"
    r"|side effects?|risks?)",
    r"(?:cannot|can't|cant|can not|won't|wont|will not|could not|couldn't|never) (?:possibly "
    r"|ever )?(?:hurt|harm|injure|damage) (?:you|u|anyone|your|a \S+|an unborn|any \S+|the \S+"
    r"|children"
    r"|kids|babies|people|enamel|teeth|gums|skin|eyes|liver|kidneys|stomach|joints)",
    # "swimming in the flood water cant make you ill"
    r"(?:cannot|can't|cant|can not|won't|wont|will not|could not|couldn't|can never|could never)"
    r" (?:possibly |ever )?make (?:you|u|anyone|anybody|your \S+|children|kids|babies|people)"
    r" (?:ill|sick|poorly|unwell)",
    r"(?:can|could) never be (?:overdone|too much|taken in excess)",
    # No limit given: "so take as many capsules as you want" (not "as you need", the
    # words of a reliever's plan).
    r"(?<!never )(?<!not )(?<!don't )(?<!do not )(?<!shouldn't )"
    r"(?:take|taking|have|having|use|using|give|giving) as (?:many|much) (?:\S+ )?(?:capsules"
    r"|tablets|pills|gummies|doses|drops|sprays|puffs|supplements|vitamins|of (?:it|them|these))"
    r" as (?:you|they|he|she) (?:want|wants|like|likes|fancy|fancies|wish|wishes)",
    r"no such thing as (?:\S+ )?(?:too much|too many|an overdose|overdoing it)",
    r"(?:nobody|no one|no - one) (?:\S+ )?(?:overdos\w*|takes? too much|ods?)",
    r"(?:can't|cannot|can not|impossible to|not possible to) (?:\S+ )?(?:overdose|od"
    r"|take too much)(?! (?:if|as long|provided|when))",
    r"(?:no|zero) (?:\S+ )?(?:drug )?interactions",
    rf"(?:take|use|mix|combine)\w* (?:\S+ ){{0,5}}?with (?:any|every|all) (?:other )?(?:\S+ )?"
    rf"(?:{MEDICINE}|medicines?|medications?|drugs?)",
    r"(?:mix|mixes|go together|goes together|combine|combines) (?:just |perfectly |absolutely "
    r"|quite )?"
    r"(?:fine|well|ok|okay|safely)",
    r"(?:no|zero|not the slightest|not any) (?:chance|risk|danger|possibility) of (?:any )?(?:clash"
    r"|interaction|harm|pregnancy|getting pregnant|catching (?:anything|it|\S+)"
    r"|injury|damage|side - effects|side effects|overdose|problems?|an overdose)",
    r"no need for (?:a |any |the )?(?:masks?|gloves|protection|ear (?:defenders|protection)"
    r"|helmets?|goggles|sun ?cream|sunscreen|safety \S+|hearing protection)",
    r"(?:masks?|gloves|helmets?|ear defenders|goggles|protection|sun ?cream|sunscreen) (?:is|are)"
    r" optional",
    r"(?:cannot|can't|can not|impossible to) (?:\S+ ){0,4}?(?:overdose|(?:take|give|use|have)"
    r" (?:\S+ ){0,3}?too (?:much|many)|overdo it)",
    r"nothing (?:that |which )?(?:can|could|will) (?:possibly |ever )?go wrong",
    # Interactions denied: "won't clash with any medication".
    r"(?:won't|will not|doesn't|does not|can't|cannot|never|don't|do not) (?:ever )?(?:clash"
    r"|interact|interfere|react|mix badly) with (?:anything|any other \S+|(?:any|other|your"
    r"|another)"
    r" (?:\S+ )?(?:medicines?|medications?|drugs?|tablets|pills|prescriptions?|treatments?))",
    # "it can't do them any harm"
    r"(?:cannot|can't|can not|won't|will not|couldn't|could not|never) (?:possibly |ever )?(?:do"
    r"|cause"
    r"|bring) (?:you |them |him |her |your \S+ |anyone |any \S+ )?(?:any |the slightest |the"
    r" least )?(?:harm|damage|hurt)",
    r"no way (?:\S+ ){0,4}?(?:could|can|will|would) (?:\S+ )?(?:hurt|harm|injure|damage)",
    r"(?:never|don't|do not|doesn't|does not|won't|will not|cannot|can't) (?:ever )?(?:cause[sd]?"
    r"|has|have"
    r"|give|produce) (?:you )?(?:any )?(?:side - effects|side effects|unwanted effects|ill effects"
    r"|adverse effects|harm|problems|trouble|issues"
    # "...will never give you trouble again" promises the condition will not return: a cure.
    r"|reactions)(?! again)",
    # Nobody ever harmed: "Nobody has ever been harmed by this supplement", "has never
    # given anyone a side effect".
    # Not in a condition: "tell the DVLA, even if nobody was hurt"; nor a precaution's purpose:
    # "use the hydraulic table so nobody has to lift them and hurt their back".
    r"(?<!\bif )(?<!\bso )(?<!\bso that )(?<!\bto make sure )(?<!\bto ensure )"
    r"(?:nobody|no one|no - one|not (?:a single|one) (?:\S+ )?\S+) (?:\S+ ){0,6}?"
    r"(?:been |got "
    r"|gets |get |had |has had |suffered )?(?:harmed"
    r"|hurt|injured|ill|sick|poisoned|dangerous|unsafe|risky|harmful|bad for|(?:a |any |an"
    r" )?(?:side - effects?|side effects?|reactions?"
    r"|problems?|complaints?|issues?|trouble)|a side effect|a reaction|reacts?|reacted"
    r"|reactions|problems?|complications?|any (?:harm|trouble|problems?|side effects?))",
    r"(?:never|not once|not ever) (?:\S+ ){0,2}?(?:harmed|hurt|injured|caused|given|led to)"
    # "never given to anyone else": a medicine not shared, no claim about harm
    r" (?:\S+ ){0,2}?(?:anyone(?! else)|anybody(?! else)|a single|harm|problems?|side - effects?"
    r"|side effects?|reactions?|complications?|injur(?:y|ies))",
)
# Safe whoever reads it: "whatever your condition", "no matter your age", said with a
# word of safety ("...so there is nothing to worry about, whatever your condition").
_WHOEVER = _words(
    r"(?:whatever|no matter (?:what )?|regardless of|whichever|however old|whoever)"
    r" (?:\S+ ){0,2}?(?:condition|conditions|age|health|medical history|illness|illnesses"
    r"|circumstances|medicines?|medications?|situation|pregnan\w*|problems?|you are|you take)",
)
_SAFE_CUE = LazyPattern(
    r"\b(?:safe|safely|harmless|nothing to worry|no need to worry|no risk|fine|suitable|natural"
    r"|can't hurt|cannot hurt|won't hurt|no harm|no side)\b"
)
# Whatever the stage of pregnancy: "fine to take throughout pregnancy".
_ANY_STAGE = _words(
    r"(?:right )?through (?:your |the )?pregnancy",
    r"(?:at any|at every|in any|during any|all) (?:stage|point|time|trimester)s? (?:of|in|during)"
    r" (?:your )?pregnancy|throughout (?:your |the )?(?:whole |entire )?pregnancy",
)
# The vaccines offered in every pregnancy (inactivated): "safe at any stage" is true of them.
_PREGNANCY_VACCINE = LazyPattern(
    r"\b(?:flu|whooping cough|pertussis|covid(?: - 19)?|rsv) (?:vaccines?|jabs?|vaccinations?)\b"
)
_NOT_ADVISED = LazyPattern(
    # "never reach the baby, so carry on right through the pregnancy" denies nothing the
    # claim says: only a "not" or "never" that advises against counts.
    r"\b(?:harm\w*|danger\w*|risk\w*|avoid\w*|unsafe|not (?:safe|recommended|advised|suitable"
    r"|to)|never (?:take|use|have|drink|eat|do|give)|don't|do not|shouldn't|should not"
    r"|ask|check|talk|doctor|midwife|pharmacist|smok\w*|alcohol|drink\w*)\b"
)
# "natural, so it is safe": what is natural said to be safe for that reason.
_NATURAL_SO_SAFE = _words(
    r"(?:natural|plant - based|herbal|organic|from plants|from nature) (?:\S+ ){0,4}?(?:so|and"
    r"|which means|means|therefore|meaning|hence)"
    r" (?:\S+ ){0,4}?(?:safe|harmless|nothing to worry|no need to worry|no risk|risk - free"
    r"|can't hurt|cannot hurt|won't hurt|no side - effects|no side effects|no harm|gentle|fine|ok"
    r"|okay)",
    r"(?:safe|harmless|can't hurt|cannot hurt|won't hurt|no side - effects|no side effects)"
    r" (?:\S+ ){0,3}?(?:because|as|since|being) (?:\S+ ){0,3}?natural",
)
# An age, as a lowest one is told ("over six months", "from 12 years").
_AN_AGE = (
    r"(?:\S+ )?(?:\d+|one|two|three|four|five|six|nine|twelve|sixteen|eighteen)"
    r" (?:weeks?|months?|years?)\b"
)
# Anyone at all, or those most at risk, said to take or do it safely.
_ANYONE_SAFELY = _words(
    r"(?:can't|cannot|won't|will not) (?:hurt|harm) (?:anyone|anybody|everyone) ,? (?:babies"
    r"|children|kids|toddlers|newborns|pregnant women) included",
    # Harmless even to those most at risk: "a tiny amount of peanut cannot hurt even an
    # allergic child"
    r"(?:can't|cannot|can not|won't|will not|couldn't|could not) (?:possibly |ever )?(?:hurt|harm"
    r"|affect|bother) (?:\S+ )?even (?:an? |the |your |someone )?(?:\S+ )?(?:allergic|asthmatic"
    r"|pregnant|diabetic|epileptic|newborn|premature|frail|elderly|coeliac|celiac)\b",
    r"safe (?:\S+ ){0,3}?,? even (?:for|in|during|with) (?:\S+ )?(?:toddlers|babies|children|kids"
    r"|newborns|infants|pregnan\w*)",
    r"(?:(?:can|may|could) (?:safely )?be (?:safely )?|safely )(?:combined|mixed|taken) with"
    r" (?:alcohol|any|all|other)\b",
    r"(?:safe|fine|good|harmless) (?:\S+ ){0,6}?for (?:the whole family|all the family|all ages"
    r"|everyone|anyone|anybody)",
    r"(?:can|may|could) (?:safely )?be (?:safely )?(?:taken|used|given|done|eaten|drunk) by"
    r" (?:any|all"
    r"|every)(?: \S+)?(?! (?:over|aged|older|who|with|after|under))",
    r"(?:safe|harmless|fine|gentle enough) (?:\S+ ){0,3}?(?:for|on|in|with|during|to give|by|to)"
    r" (?:\S+ ){0,1}?(?:newborns?|babies|infants|pregnancy|pregnant \S+|toddlers|the elderly"
    r"|everyone|everybody|anyone|anybody|any age|all ages|any \S+"
    r"|every (?!day|time|week|morning|night|evening|month|year|hour|session|other|show|gig|shift"
    r"|game|match|performance|rehearsal|concert|practice|lesson|class)\S+"
    r"|all (?:ages|patients|people|children|women|men"
    r"|users|workers|clients)|baby's|babies '|newborn's|infant's|toddler's|child's|children's)"
    # Not bounded by a lowest age: "Sunscreen is fine for babies over six months".
    rf"(?! (?:over|from|aged|older|after|above|born) {_AN_AGE})",
    r"(?:any|every|all) (?:\S+ ){0,2}?(?:woman|women|man|men|one|body|person|people|patients?"
    r"|child|children|adults?|ages?|mums?|mothers?|babies|baby|kids?|pensioners?)"
    r" (?:\S+ ){0,3}?(?:can|may|could|is able to) (?:\S+ ){0,2}?safely",
    r"(?:pregnant|breastfeeding|nursing|newborns?|babies|infants|toddlers|elderly|frail)"
    r" (?:\S+ ){0,4}?(?:can (?:\S+ ){0,2}?safely"
    r"|(?:is|are) (?:completely |totally |perfectly )?safe|(?:is|are) (?:fine|harmless))",
)
# Conditions that make many treatments and exercises unsafe: said to be no bar ("wear
# them safely even if you have artery disease"), safety is promised to those most at risk.
_CONTRAINDICATION = (
    r"(?:(?:heart|artery|arterial|vascular|kidney|liver|lung) (?:disease|failure|problems?"
    r"|conditions?)|poor circulation|glaucoma|(?:high|raised|uncontrolled) blood pressure"
    r"|blood clots?|clotting (?:problems?|disorders?)|bleeding disorders?|osteoporosis"
    r"|brittle bones|a pacemaker|epilepsy|a detached retina|retinal \S+|a hernia|recent surgery"
    r"|a heart condition|angina|an aneurysm|varicose veins|diabetes|neuropathy|broken skin"
    r"|open wounds?|a fracture|a slipped disc|pregnan\w*)"
)
_SAFE_DESPITE = _words(
    r"(?:safe|safely|fine|ok|okay|suitable|no problem|harmless|no risk)(?: \S+){0,3}?"
    r" (?:even (?:if you (?:have|are|'ve got|have got)|with|for|in|when|though) (?:people with"
    r" |those with |anyone with |you have )?|for (?:people|those|anyone|patients|everyone) with"
    rf" )(?:\S+ ){{0,3}}?{_CONTRAINDICATION}",
)
# A question about risk answered with a denial: "Are inversion tables risky? Never --".
_RISK_DENIED = LazyPattern(
    r"\b(?:risky|dangerous|safe|harmful|unsafe|a risk|any risks?|bad for)\b[^?]{0,80}\?"
    r" (?:never|no|not at all|nope|not really|not a bit|none)\b"
)


def _safe_despite(clause: Clause, match: re.Match[str]) -> bool:
    """ "Even if you have...": said whatever the reader has; "fine for people with
    glaucoma" only as the answer to a question about risk (as a plain statement, advice
    such as "walking is safe for people with angina" is often true)."""
    if " even " in f" {match.group()} ":
        return True
    return bool(_RISK_DENIED.search(clause.sentence_before(match)))


# "Paracetamol is harmless": a medicine or a remedy said to be harmless, no one excepted.
_HARMLESS_THING = _words(
    r"(?:is|are) (?!not |never )(?:\S+ )?(?:harmless|risk - free|without risk)"
)
# Some of them, not all: "most people", "many cases" (not "however many", "as many as",
# "a few extra tablets", nor "which is why so many people develop arthritis").
_SOME = r"(?:most|(?<!however )(?<!how )(?<!as )(?<!so )many|(?<!a )few|some)"
# Words that make a claim about some people or some of the time, not all.
_HEDGE = LazyPattern(
    r"\b(?:usually|generally|(?<!as )(?<!how )(?<!however )often|rarely|mostly|typically|almost"
    r"|nearly)\b"
    rf"|\b{_SOME} (?:\S+ )?(?:cancers|cases|types|kinds|forms"
    r"|conditions|infections)\b"
    rf"|\b{_SOME} (?:\S+ )?(?:pills|tablets|antibiotics"
    r"|inhalers|creams|contraceptives|wounds|cuts|bruises|sprains|fractures|broken bones|colds)\b"
    rf"|\b{_SOME} (?:people|patients|children|adults|cases"
    r"|of|types|kinds|forms|medicines|medications|drugs|treatments|remedies|vaccines"
    r"|pregnant|breastfeeding|older|healthy|women|men|babies)(?:'s)?\b"
    # "can cure most tooth decay", "treats many skin infections": not every one.
    r"|\b(?:cur(?:e|es)|treat(?:s)?|heal(?:s)?|clear(?:s)?|fix(?:es)?) (?:most|many|some)\b"
    # A share of people, not all: "in nine out of ten people", "in 80 % of cases".
    r"|\b(?<!ten )(?:out )?of (?:ten|\d+|a hundred) (?:people|patients|cases)\b"
    r"|\b(?!100 )\d+ % of\b"  # not "100 % of the time"
)
# Protection promised whole: "gives you total protection from freshers' flu" (not "almost
# complete protection", "full protection ... for most people", nor "wear full protection").
_WHOLE_PROTECTION = LazyPattern(
    r"\b(?:gives?|giving|gave|offers?|offering|provides?|providing|means?|gets?|getting)"
    r" (?:you |your \S+ |them |him |her |us )?(?:a )?(?:total|complete|full|100 %|perfect"
    r"|absolute) protection (?:from|against)\b"
)
_WE_WILL = LazyPattern(
    r"\b(?:we|staff|the team|our staff|the school|the club) (?:will|would|'ll|must|do|shall)"
    r" (?:\S+ )?$"
)
_GUARANTEE = _words(
    r"(?:and )?(?:yours|you) will (?:too|as well)|so will yours",
    r"(?:in|for) every (?:single )?(?:child|person|patient|case|user|one|woman|man|client|baby)",
    r"with (?:complete |total |absolute |100 % |utter )?certainty|without a doubt",
    r"100 (?:%|percent|per cent) (?:sure|certain|guaranteed|effective)",
    r"(?:definitely|certainly|always) (?:prevents|stops|cures|protects against|heals|works)\b",
    # A bare verb after a subject ("these drops always stop the itch"); at a clause's head it
    # is an order ("Always stop the wheel fully before you reach near the spokes").
    r"(?<=[a-z'] )(?<!please )(?<!just )(?<!then )(?<!and )(?<! so )(?:definitely|certainly"
    r"|always) (?:prevent|stop|cure|protect against|heal|work)\b",
    # A testimony passed on as a promise: "...and it'll work for your child too".
    r"(?:it'll|it will|they'll|they will|this will|these will|that will) (?:\S+ )?(?:work|do the"
    r" same"
    r"|do the trick) for (?:you|your \S+|everyone|anyone|everybody)(?: too| as well)?",
    r"(?:can|could|will) do the same for (?:you|your \S+|everyone|anyone)",
    r"guarantee(?:d|s)?",
    r"(?:or )?(?:your )?money back",
    r"miracle",
    r"never fails",
    r"always works",
    r"works every time",
    r"(?:every (?:single )?time )?without fail",
    r"each and every time",
    r"works for everyone",
    r"100 % (?:effective|success)",
    r"clinically proven",
    r"proven (?:cure|fix|way to (?:cure|heal|fix))",
    r"(?:certain|sure|bound|promised?) to (?:\S+ )?(?:cure|heal|fix|end|work|help|take away|get rid"
    r"|relieve|stop|clear)",
    r"(?:everyone|everybody|anyone|all (?:patients|users|people)) (?:\S+ ){0,5}?(?:is|are|gets?"
    r"|will (?:be|get)) (?:\S+ )?(?:cured|healed|better|pain - free)",
    r"(?:will|you'll|guaranteed to|always) (?:\S+ ){0,2}?(?:pain|symptom|itch|migraine|headache)"
    r" - free",
)
# Not said of a person it happened to: "Anyone who is knocked out" is no cure's promise.
_NOT_DONE_TO_SOMEONE = (
    "(?<!is )(?<!was )(?<!been )(?<!got )(?<!get )(?<!gets )(?<!being )(?<!are )(?<!were )"
)
_CURE_VERB = (
    r"(?:cur(?:e|es|ed|ing)|heal(?:s|ed|ing)?|fix(?:es|ed|ing)?|end(?:s|ed)?|revers(?:e|es|ed|ing)"
    r"|disappear(?:s|ed)?"
    rf"|{_NOT_DONE_TO_SOMEONE}"
    r"(?:wipe|knock|clear|take|clean)(?:s|d|ed)? (?:\S+ )?(?:out|up|away)|dissolv(?:e|es)"
    r"|shrink(?:s)?|will stop|stops"
    r"|eliminat(?:e|es|ed|ing)|get(?:s)? rid of|getting rid of|banish(?:es)?|relieve(?:s|d)?"
    r"|(?:melt|burn|wash|flush|chase|drive)\w* (?:\S+ )?(?:away|off)"
    r"|eras(?:e|es)|undo(?:es)?|repair(?:s)?|regrow(?:s)?|rebuild(?:s)?|restor(?:e|es)"
    r"|disappear(?:s)?|vanish(?:es)?|go(?:es)? away"
    r"|abolish(?:es|ed)?|correct(?:s|ed)?|conquer(?:s|ed)?|defeat(?:s|ed)?|eradicat(?:e|es|ed)"
    r"|overcome(?:s)?|resolve(?:s|d)?|solve(?:s|d)?|stamp(?:s)? out|kill(?:s)? off|beat(?:s)?"
    r"|free(?:s)? you (?:from|of)|straighten(?:s|ed)?(?: out)?|unblock(?:s|ed)?|be gone"
    r"|sees? off|sort(?:s|ed)? (?:\S+ )?out|silenc(?:e|es|ed)|beaten|conquered|defeated"
    r"|solv(?:e|es|ed)|rids? (?:\S+ ){0,3}?of"
    r"|kills?|vanished|disappeared"
    r"|banished|wiped (?:\S+ )?out|clear(?:s|ed)?|removed|eradicated|eliminated)"
)
# Permanence: "for good", "never to return"; with a time: "in ten days".
_PERMANENT = (
    r"(?:for good|forever|for ever|permanently|once and for all|for life|overnight|instantly"
    r"|never to (?:return|come back|be seen again|recur)|for the rest of your life|never again"
    r"|as long as you live|(?:can|will|could) never (?:come back|return|recur)"
    r"|(?:can't|cannot|won't|will not) (?:ever )?(?:come back|return|recur))"
)
_FOR_GOOD = (
    r"(?:"
    + _PERMANENT
    + r"|(?:in|within) (?:a matter of |just |only )?(?:days|weeks|hours|minutes)"
    r"|(?:in|within|after) (?:just |only )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|twelve|fourteen|twenty|thirty|a few|a couple of|\d+) (?:days?|weeks?|months?|sessions?"
    r"|treatments?|hours?|minutes?|nights?|goes|visits?|doses?|weekends?))"
)
# What children are said to grow out of: "outgrow their asthma completely" promises it.
_OUTGROWN = (
    r"(?:asthma|eczema|allerg\w*|migraines?|epilepsy|seizures|hay fever|reflux|\w+itis|\w+osis)"
)
_CURE = _words(
    _CURE_VERB + r" (?:\S+ ){0,6}?" + _FOR_GOOD,
    r"(?:cured|healed|reversed) (?:thousands|hundreds|millions|many|countless) of",
    r"100 % (?:curable|reversible)|stays? away (?:forever|for ever|for good|permanently)",
    r"makes? you (?:completely |totally )?immune to",
    r"(?:a |the )permanent (?:cure|fix|solution)|will (?:cure|fix|clear|heal) yours",
    r"(?:fully|completely|totally|entirely|permanently) (?:restor|cur|heal|revers|repair|rebuild"
    r"|regrow|fix)"
    r"(?:e|es|s|ed|ing)?",
    # "repairs your liver completely"
    # Active only: "are cured completely by an operation" is a treatment's fact.
    r"(?:restor|cur|heal|revers|repair|rebuild|regrow)(?:e|es|s|ing)? (?:your |the |his |her "
    r"|their |my )?(?:\S+ )?(?:completely|fully|totally|entirely|perfectly)\b",
    r"(?:you'll|you will|will) never (?:get|have|suffer|see) (?:another|a single|any more)",
    r"rids? (?:\S+ ){0,3}?of (?:\S+ ){0,2}?(?:"
    + r"pain|aches?|arthritis|asthma|eczema|acne|migraines?"
    r"|headaches?|cramps?|symptoms|diabetes|tinnitus|gout|\w+itis|\w+osis)",
    r"restor\w* (?:\S+ ){0,4}?to (?:full health|normal|new|as good as new|its former|perfect)",
    r"no (?:surgery|operation|medication|medicine|treatment|pills|injections?) (?:\S+ )?(?:ever )?"
    r"(?:needed|required|necessary)",
    # "you'll never wheeze again"
    r"(?:you'll|you will|will|they'll|they will) never (?:\S+ ){1,4}?again",
    # Farewell idioms: "say goodbye to arthritis", "kiss your back pain goodbye".
    r"(?:say|saying|kiss|kissing|wave|waving|bid|bidding) (?:\S+ ){0,4}?(?:goodbye|good - bye"
    r"|farewell|bye - bye|bye)",
    r"(?:no more(?! than)|never again|free (?:of|from)) (?:\S+ ){0,2}?"
    + r"(?:pain|aches?|arthritis"
    r"|diabetes|asthma|eczema|psoriasis|migraines?|headaches?|acne|sickness|symptoms)",
    r"permanently (?:cur(?:e|es)|fix(?:es)?|heal(?:s)?|end(?:s)?|relieve(?:s)?|remove(?:s)?|rids?"
    r"|undo(?:es)?|revers(?:e|es)|eliminat(?:e|es)|eras(?:e|es)|clear(?:s)?|banish(?:es)?"
    r"|solv(?:e|es)"
    r"|resolv(?:e|es)|correct(?:s)?)",
    # Permanence denied the other way: "It will not come back."
    r"(?:won't|will not|wouldn't|would not|doesn't|does not|shan't) (?:ever )?(?:come back|return"
    r"|recur|bother you again|trouble you again)",
    # "Your child's ADHD will be cured once sugar is taken out"
    r"(?:will|can|is going to|are going to) (?:\S+ )?be (?:completely |fully |totally |entirely )?"
    r"(?:cured|healed|reversed|eliminated|banished|fixed|gone|repaired|restored)",
    r"(?:permanent|instant|lasting) (?:relief|cure|fix|solution|results|remedy|answer|end)",
    # "relapse becomes impossible"
    r"(?:relapse|a relapse|recurrence|cravings|attacks|flare - ups) (?:\S+ ){0,2}?(?:becomes?|is"
    r"|are"
    r"|will be) (?:now )?(?:impossible|a thing of the past)",
    # Permanence: "your asthma will never come back", "never need a knee replacement".
    r"(?:will |would |should )?never (?:again )?(?:comes? back|returns?|recurs?|bothers? you"
    r"|troubles? you)",
    r"never (?:have to )?(?:worry|suffer) (?:\S+ ){0,3}?again",
    # "you'll never have an abnormal bleed again", "you're totally cured"
    r"(?:you'll|you will) never (?:have|get|suffer|need) (?:an? |another |any )?(?:\S+ ){0,3}?"
    r"again",
    r"(?:you're|you are|you'll be|you will be) (?:totally|completely|fully|100 % ) ?cured",
    r"(?:definitely|certainly|guaranteed to|100 %) (?:\S+ )?walk again",
    r"(?:permanently|totally|completely|for ever|forever) immune to",
    r"(?:a thing of the past|(?:a )?distant memory|(?:becomes?|is|are) history"
    r"|forget (?:you )?(?:ever )?had|(?:won't|will not|never) know you (?:ever )?had"
    r"|(?:is|are|was|were|will be|has been|have been) gone (?:for good|for ever|forever|permanently"
    r"|for life|for keeps"
    r"|,? never to (?:return|come back))"
    r"|puts? an end to|put(?:s|ting)? a stop to)",
    # Gone for good, said of the condition: "it is permanently gone", "outgrow their
    # asthma completely".
    r"(?:is|are|was|were|will be|has been|have been|stays?|stay|now) (?:now )?(?:permanently"
    r"|completely|totally|entirely|forever|for ever) (?:gone|cured|healed|fixed|cleared)",
    rf"(?:completely|fully|totally|entirely) outgrow\w* (?:\S+ ){{0,2}}?{_OUTGROWN}",
    rf"outgrow\w* (?:\S+ ){{0,2}}?{_OUTGROWN} (?:completely|entirely|fully|totally|for good"
    r"|forever)",
    # Shed like a skin: "kids with nut allergies shed them entirely by ten".
    rf"{_OUTGROWN} (?:\S+ ){{0,3}}?(?:(?:outgrow|shed)\w* (?:them|it)|shak\w* (?:them|it) off"
    r"|grow\w* out of (?:them|it)) (?:completely|entirely|fully|totally|for good|forever)",
    r"never (?:again )?need (?:\S+ ){0,2}?(?:surgery|operation|replacement|medicines?|medications?"
    r"|pills|tablets|injections?|treatment|inhalers?)",
    # A growth or a blockage said to melt away with a remedy: "the heart blockage melts with
    # garlic and lemon".
    r"(?:blockages?|blocked arteries|clogged arteries|plaque|tumou?rs?|cysts?|fibroids?"
    r"|cataracts?|kidney stones?|gallstones?|stones|polyps?) (?:(?!not |never |can't |cannot "
    r"|won't |isn't |aren't |don't |doesn't )\S+ ){0,2}?(?:melt|dissolv"
    r"|vanish|shrink)(?:e|s|es|ed)?(?: away)? (?:with|using|from|after|when you|by|if you)",
)
_SELF_CURE = _words(
    r"(?:will |can |could |may |is going to |are going to |to )?(?:cur(?:e|es)|heal(?:s)?"
    r"|revers(?:e|es)|regrow(?:s)?|rebuild(?:s)?|undo(?:es)?|eliminat(?:e|es)|get(?:s)? rid of"
    r"|fix(?:es)?)"
)
# A strong cure verb with a disease or symptom as its object: "shrinks tumours",
# "wipes out joint pain", "dissolves kidney stones".
_CONDITION = (
    r"(?:pain|aches?|arthritis|diabetes|asthma|eczema|psoriasis|migraines?|headaches?|tumou?rs?"
    r"|cancers?|depression|anxiety|stones|infections?|diseases?|symptoms|sciatica|inflammation"
    r"|blood pressure|cholesterol|\w+(?:itis|osis|oma|omas|emia|aemia|algia|opathy)|adhd|autism"
    # Conditions by their everyday names.
    r"|acne|warts?|gout|insomnia|snoring|constipation|ibs|reflux|heartburn|allerg(?:y|ies)"
    r"|hay fever|flu|colds?|bloating|fatigue|tinnitus|vertigo|dementia|alzheimer's|parkinson's"
    r"|obesity|hair loss|baldness|cellulite|lupus|nausea|sickness|infertility|impotence"
    r"|varicose veins|ha?emorrhoids|piles|bunions|shingles|herpes|cold sores|thrush|utis?"
    r"|gallstones|ulcers?|addiction|panic attacks|ptsd|ocd|copd|emphysema|epilepsy|seizures"
    r"|strokes?|heart disease|cramps?|spasms?|stiffness|illness(?:es)?|conditions?|injur(?:y|ies)"
    r"|wear and tear|degeneration|deafness|hearing loss|cataracts|period pain|pms|menopause"
    r"|scoliosis|(?:frozen|stiff|bad|sore|painful|slipped|bulging|herniated|curved|crooked|trick)"
    r" (?:shoulders?|knees?|back|neck|hips?|discs?|disks?|spine|joints?|ankles?|wrists?))"
)
_CURES_CONDITION = _words(
    r"(?:will |can |to )?(?:cur(?:e|es)|heal(?:s)?|revers(?:e|es)|eliminat(?:e|es)"
    rf"|get(?:s)? rid of|{_NOT_DONE_TO_SOMEONE}"
    r"(?:wipe|knock|clear|take)(?:s|d|ed)? (?:\S+ )?(?:out|up|away)|dissolv(?:e|es)"
    r"|shrink(?:s)?|melt(?:s)? away|destroy(?:s)?|banish(?:es)?|eras(?:e|es)|beat(?:s)?|ends"
    r"|abolish(?:es)?"
    r"|conquers?|defeats?|eradicat(?:e|es)|overcomes?|stamps? out|kills? off) (?:[^\s,]+ ){0,3}?"
    + _CONDITION
    # "destroys cancer cells" describes how a treatment works; a cure names the disease.
    + r"(?! cells?\b| tissues?\b)"
)
# The condition named earlier in the sentence, or in the question before it: "Can asthma
# be beaten without an inhaler? Yes, these breathing drills wipe it out".
_CURES_IT = _words(
    r"(?:cures?|heals?|(?:wipe|knock|clear|stamp)s? (?:it|them) out|gets? rid of|banish(?:es)?"
    r"|beats?|fix(?:es)?|eliminates?|eradicates?|ends?|kills? off|sees? off)(?: (?:it|them))?"
)
_CONDITION_WORD = LazyPattern(rf"\b{_CONDITION}\b")
# Someone's own, at most one word before what is named: "your stomach", "my eczema".
_OWNED = r"\b(?:your|my|his|her|their|ur) (?:\S+ )?"
# Someone's own condition: "your diabetes" (not "the cold store").
_OWN_CONDITION = LazyPattern(rf"{_OWNED}{_CONDITION}\b")


def _cures_it(clause: Clause, match: re.Match[str]) -> bool:
    after = clause.after(match)
    if not (match.group().endswith((" it", " them", " out")) or after.startswith((" it", " them"))):
        return False
    return bool(_CONDITION_WORD.search(clause.sentence_before(match))) and _cures_condition(
        clause, match
    )


# Words just before a verb that make it a possibility, not a promise: "may help shrink".
_MAYBE = LazyPattern(r"\b(?:may|might|could|help|helps|helping|aims? to|try to|tries to)(?: \S+)?$")
_NOTHING_BETTER = _words(
    r"(?:nothing|no other \S+|no \S+|none) (?:\S+ ){0,2}?"
    r"(?:cures?|heals?|works?|fix(?:es)?|relieves?"
    r"|helps?|beats?|treats?) (?:\S+ ){0,6}?(?:better|faster|quicker|more(?: \S+)?) than"
)
# "So why not stop yours this week?", "lay yours down too": a medicine named before.
_STOP_YOURS = _words(
    r"(?:stop|stopping|quit|quitting|drop|dropping|ditch|ditching|come off|coming off|give up"
    r"|giving up|bin|binning|halve|halving|double|doubling|skip|skipping|cut down) (?:yours|your"
    r" own)(?! (?:safe|dry|warm|clean))",
    r"(?:lay|laying|put|putting|throw|throwing) (?:yours|your own) (?:down|away|aside|out)",
)
# One's own medicine stopped, told to be copied: "I stopped mine without telling anyone and
# felt loads better, so give it a go".
_STOPPED_MINE = _words(
    r"(?<!nearly )(?<!almost )(?:stopped|quit|dropped|ditched|came off|gave up|binned|halved"
    r"|doubled|skipped) (?:mine|my own)",
)
# Others' change of a medicine told, to be urged after: "Several members have stopped
# their arthritis tablets since starting bee venom therapy, and the committee would
# encourage others to do the same".
_STOPPED_THEIRS = _words(
    r"(?<!nearly )(?<!almost )(?:stopped|quit|dropped|ditched|came off|come off|given up|gave up"
    r"|binned|halved|doubled|skipped) (?:taking )?(?:their|his|her|our) (?:\S+ ){0,2}?" + MEDICINE,
)
# A medicine given to anyone, its owner set aside: "office staff will give it to any child
# who seems poorly, whoever it belongs to".
_WHOEVER_IT_BELONGS_TO = _words(
    r"whoever (?:it|they|that|this|the \S+) (?:belongs?|belonged) to",
    r"even (?:if|though) (?:it|they|that) (?:isn't|aren't|is not|are not|wasn't|weren't)"
    r" (?:theirs|yours|his|hers|their own|your own)",
)
# (Not a medicine handed in to be returned: "whoever it belongs to, so it can be returned to
# its owner".)
_RETURNED = LazyPattern(r"\b(?:returned|owner|lost property|handed in|hand it in)\b")
_NAMED_BEFORE = 200  # characters back to look for the medicine "yours" stands for


# A medicine named just before, stopped by a pronoun or thrown out: "Feeling better on
# your antidepressant? You can quit it straight away", "Should I finish the antibiotic
# course? No, bin the rest".
_STOP_IT = _words(
    # Not "stop taking them": said of a reaction ("if they give you a rash"), that is advice.
    r"(?:quit|quitting|ditch|ditching|come off|coming off|halve|halving|cancel|cancelling) (?:it"
    r"|them)"
    r"(?= (?:straight away|right away|now|today|at once|immediately|cold turkey|all at once"
    r"|whenever|as soon as|once|when|if|and|instead)\b| ?$| ,)",
    r"(?:bin|binning|ditch|ditching|throw away|throwing away|chuck|chucking|toss|tossing|skip"
    r"|skipping) (?:the|any) (?:rest|remainder|remaining (?:\S+ )?(?:tablets|pills|capsules"
    r"|doses))",
    # Handed round: "Your ADHD meds help with lines, so pass a few round the cast".
    r"(?:pass|passing|hand|handing|share|sharing|dish|dishing) (?:a few|some|one|a couple|them"
    r"|it|yours) (?:round|around|out)",
)
# A clinician named only to be put off: "there's no need to taper or tell the GP".
_PRESCRIBER_PUT_OFF = LazyPattern(
    r"\b(?:no need|no point|needn't|need not|don't|do not|without) (?:\S+ ){0,4}?(?:tell|ask"
    r"|see|check with|talk to|speak to|bother|mention\w*|consult)\w* (?:\S+ ){0,3}?(?:it )?(?:to )?"
    r"(?:your |a |the )?(?:doctor|gp|pharmacist|nurse|prescriber|clinician|specialist)"
)


def _medicine_stopped_alone(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine named in the sentence or the question just before, and no clinician
    involved but one put off ("... no need to taper or tell the GP")."""
    before = words_of(clause.text[max(clause.start - _NAMED_BEFORE, 0) : clause.end])
    asked = _PRESCRIBER_PUT_OFF.compiled.sub(" ", before)
    return bool(_MEDICINE.search(before)) and not _PRESCRIBER.search(asked)


def _no_prescriber_near(clause: Clause, match: re.Match[str]) -> bool:
    """No clinician named around the match: a change made with one is advice, not a risk."""
    return not _prescriber_near(clause, match)


def _prescriber_near(clause: Clause, match: re.Match[str]) -> bool:
    """A clinician named around the match; not one named only to be outdone ("stronger
    than anything the GP will give you")."""
    around = _CLINICIAN_OUTDONE.compiled.sub(" ", clause.around(match))
    return bool(_PRESCRIBER.search(around))


_CLINICIAN_OUTDONE = LazyPattern(
    # Overruled: "Even if your doctor says your COPD is chronic, ...".
    r"\b(?:even if|even though|whatever|no matter what) (?:the |your )?(?:gp|doctor|nurse"
    r"|pharmacist|consultant|specialist)s? (?:says|said|tells you|told you|thinks)\b|"
    r"\b(?:stronger|better|more) than (?:anything |whatever |what )?(?:the |your )?(?:gp|doctor"
    r"|nurse|pharmacist|consultant|specialist)(?: (?:will|would|can|could) (?:give|prescribe"
    r"|offer)(?: you)?)?\b"
)


def _medicine_named_before(clause: Clause, match: re.Match[str]) -> bool:
    """ "Yours" stands for a medicine named just before ("... came off his epilepsy
    medicine; do not be afraid to lay yours down"), and no prescriber is involved."""
    before = words_of(clause.text[max(clause.start - _NAMED_BEFORE, 0) : clause.end])
    return bool(_MEDICINE.search(before)) and not _PRESCRIBER.search(before)


# "If it doesn't hurt, it doesn't count": the hurt it denies is what it asks for.
_NO_HURT_NO_GAIN = _words(
    r"if (?:it|you|this|that|(?:a|the|your) \S+) (?:doesn't|does not|don't|do not|isn't|is not)"
    r" (?:\S+ )?(?:hurt|burn|ache|sting|painful|sore)\w* ,? (?:then )?(?:(?:it|you|they)"
    r" (?:doesn't|does not|don't|do not|isn't|is not|won't|aren't|are not|haven't|didn't)"
    r" (?:\S+ )?(?:count|work\w*|matter|grow\w*|improv\w*|progress\w*|gain\w*|try\w*|help\w*"
    r"|done)|(?:you're|you are|you've been) (?:just |only |simply )?(?:wasting|not (?:\S+ )?"
    r"(?:trying|working|pushing|doing)))"
)
# Pain sought: "so chase that stabbing feeling".
_PAIN_CHASED = _words(
    # (Not "look for the burn in your calves": a muscle's burn is the work, not pain.)
    r"(?:chase|chasing|seek|seeking|go for|going for|hunt for) (?:that|the|this|a) (?:\S+ )?"
    r"(?:pain|stabbing|sharp|ache|aching|hurt)(?: feeling| sensation| pain)?"
)
_TOXINS = _words(
    r"(?:flush|release|remove|draw|clear|purge|eliminat|sweat|cleans|clean|pull|drain|squeez|push"
    r"|melt|suck|leach|strip|wash|filter)"
    r"(?:e|es|s|ed|ing)? (?:out )?(?:\S+ ){0,3}?(?:toxins?|toxic build - up|impurities|poisons?"
    r"|parasites|worms|candida|yeast|mucoid plaque|sludge|gunk|sediment"
    r"|lactic acid|waste products|heavy metals|chemicals|inflammation|built - up waste|waste)",
    # Breathed out through the skin or a nail: not waste (carbon dioxide is breathed out).
    r"breath(?:e|es|ed|ing) out (?:\S+ ){0,3}?(?:toxins?|impurities|poisons?|heavy metals)",
    # An infection drawn out through the skin or an eardrum: treatments clear infections.
    r"(?:draw|pull|suck)(?:s|ed|ing)? (?:\S+ ){0,3}?(?:infection|germs|pus) (?:\S+ )?out",
    r"(?<!supervised )(?<!medical )(?<!medically )(?<!alcohol )(?<!drug )(?<!inpatient )"
    r"(?<!managed )(?<!assisted )detox\w*(?! (?:unit|units|service|services|programme|program"
    r"|team|clinic|ward|centre|center|medicines?|medications?)s?\b)",
    r"(?:build - up|buildup|build up) of (?:heavy metals|toxins|poisons|waste|acid|impurities)",
    # (Not stomach acid, which antacids do neutralise.)
    r"neutrali[sz]\w* (?:\S+ ){0,3}?(?:free radicals|toxins|(?<!stomach )acids?|poisons|radiation"
    r"|ulcers?)",
    r"organs? (?:\S+ )?(?:are |is )?(?:clogged|full|loaded|blocked|choked) with (?:toxins|poisons"
    r"|waste)",
    r"(?:leak|seep|emit|harbour|harbor|hide|store)\w* (?:\S+ ){0,2}?(?:toxins|poisons|impurities)",
    r"(?:teeth|tooth|feet|foot|ears?|iris|hands?) (?:is |are )?(?:wired|connected|linked|mapped) to"
    r" (?:an |your |the |every )?(?:organs?|liver|kidneys?|heart|lungs?)",
    r"(?:toxins?|poisons?|impurities|waste) (?:can |will |then )?(?:leave|come out|escape|drain"
    r"|seep"
    r"|pour) (?:\S+ ){0,2}?(?:through|via|out of|from) (?:your |the )?(?:skin|feet|pores|body)",
    r"(?:frequenc\w*|vibrations?|waves|energy|light) (?:that |which |to )?(?:kill|destroy|zap|cure"
    r"|heal|dissolve)\w*",
    r"magnets? (?:\S+ ){0,5}?(?:pull|attract|draw|move)\w* (?:the )?iron",
    r"(?:grab|trap|bind|absorb|mop|soak|latch)\w* (?:up |onto )?(?:\S+ ){0,2}?(?:radiation"
    r"|heavy metals|toxins?|poisons?)",
    # Drawn out through the skin: "Cupping pulls stagnant blood out through the skin".
    r"(?:pull|draw|suck|drain|leach|push|squeez|coax|sweat)(?:e|es|s|ed|ing)? (?:\S+ ){0,5}?out"
    r" (?:through|of|via) (?:the |your )?(?:skin|feet|soles|pores|scalp)",
    r"(?:stagnant|dirty|sluggish|toxic) (?:blood|lymph|energy)",
    r"(?:toxins?|lactic acid) (?:\S+ ){0,3}?(?:out of|from) (?:your|the) (?:muscles?|joints?"
    r"|tissues?|spine|back)",
    # Named, then flushed: "gut parasites from road food, and this cleanse flushes them out".
    r"(?:parasites|worms|toxins|sludge|impurities) (?:\S+ ){0,12}?(?:flush|wash|purg|clean|clear"
    r"|draw|pull|drain)\w* (?:them|it) (?:all )?out",
    # An organ said to be full of toxins, germs taken from the whole body, an organ made
    # clean: "the liver is full of toxins", "the heart also becomes clean".
    r"(?:liver|kidneys?|body|gut|colon|bowels?|organs?|cells?|joints?|intestines?) (?:\S+ ){0,2}?"
    r"(?:full of|loaded with|clogged with|packed with|filled with|stuffed with) (?:\S+ )?(?:toxins"
    r"|poisons|sludge|impurities)",
    r"(?:takes?|draws?|pulls?|removes?|sucks?|clears?) (?:out )?(?:the |all )?(?:germs|bacteria"
    r"|infection) (?:out )?(?:of|from) (?:the |your )?(?:whole|entire|rest of the) body",
    r"(?:heart|body|liver|organs?|arteries|veins|colon|bowels?|intestines?|womb) (?:also |then"
    r" |will |is |are )?(?:becomes?|gets?|is made|are made|stays?|turns?) (?:\S+ )?(?:clean|pure"
    r"|purified|cleansed)\b",
    # Planets and star signs said to rule the body: "Mars rules the head", "Leo rules the
    # heart, so Leos' heartbeats speed up".
    r"(?:mars|venus|saturn|jupiter|mercury|neptune|uranus|pluto|the moon|the sun|planets?"
    r"|(?:your |their )?(?:star|sun|moon) signs?|the zodiac|aries|taurus|gemini|leo|virgo|libra"
    r"|scorpio|sagittarius|capricorn|aquarius|pisces)(?:'s)? (?:\S+ ){0,2}?(?:rules?|governs?"
    r"|controls?|pulls? on|draws?) (?:\S+ ){0,3}?(?:head|heart|heartbeats?|liver|kidneys?|lungs?"
    r"|stomach|skin|bones|blood|fluids?|knees|feet|back|womb|brain|nerves|migraines?|periods?"
    r"|moods?|hormones?|fertility|sleep|body)",
    # The liver flush's "stones": "sends gallstones out of your body".
    r"(?:liver|gallbladder|lunar|olive oil) (?:\S+ ){0,2}?(?:flush|cleanse)\w* (?:\S+ ){0,3}?"
    r"(?:gallstones|stones)|(?:sends?|flush\w*|push\w*|pass\w*) (?:\S+ ){0,2}?gallstones out",
    # "the olive oil and Epsom salts wash out your gallstones and scrub the organ clean"
    r"(?:wash|flush|clear|sweep|rinse)\w* out (?:\S+ ){0,2}?gallstones",
    r"(?:scrub|scour|wash|rinse|cleans)\w* (?:\S+ ){0,2}?(?:organ|organs|liver|kidneys?|colon|gut"
    r"|bowels?|blood|lymph|arteries|veins) clean",
    # A cold wind or damp said to sit in the body: "cold wind stuck in the chest".
    r"(?:cold|hot|bad|evil|damp) (?:wind|winds|air|damp|dampness|humou?rs?) (?:\S+ ){0,2}?(?:stuck"
    r"|trapped|sitting|settled|lodged|enters?|entered|inside) (?:\S+ ){0,3}?(?:chest|body|joints?"
    r"|bones?|blood|head|stomach|back|lungs?|womb)",
)
_BODY = (
    r"(?:vertebra\w*|spine|spinal|discs?|disks?|joints?|bones?|ribs?|hips?|pelvis|back|neck"
    r"|uterus|womb|organs?|bladder|stomach|kidneys?"
    r"|sacrum|nerves?|nervous system|shoulders?|skeleton)"
)

# What a guarantee of a cure promises: a result of care, the body or one of its conditions.
_CARE_RESULT = (
    r"(?:pain|painless|weight|healing|healed|relief|recovery|recovered|results?|cure|cured|loss"
    r"|gone|vanished|disappeared|normal"
    r"|fat|detox|sleep|baby|pregnan\w*|remission|better|healthy|health|well|fit|walking|clear"
    r"|symptoms?|flare\w*|labou?r|birth|conception|fertility|periods?|hormones?|immun\w*|energy"
    r"|skin|memory|mood|hearing|eyesight|vision|teeth|hair|stamina|life|lives|lifelong|drug\w*"
    r"|medic\w*|pills?|tablets?|knees?|ankles?|wrists?|elbows?|feet|foot|legs?|arms?|hands?"
    r"|fingers?|toes?|eyes?|ears?|chest|heart|lungs?|liver|gut|bowels?|head|"
    # (not the back of a room: "so the back desks can see")
    r"(?!back (?:desks?|rows?|seats?|doors?|gardens?|walls?|rooms?|offices?|gates?|yards?|ends?"
    r"|pages?|stages?|of the|up|in|to|on|home)\b)" + _BODY + "|" + _CONDITION + ")"
)
# None of those in the next few words (a look-ahead): a guarantee of a booking or a thing.
_NO_RESULT_AHEAD = rf"(?!(?:\S+ ){{0,4}}?{_CARE_RESULT}\b)"
# A result of care named just before the guarantee: "remission guaranteed for members who
# sign up by Tuesday" is a promise, whatever booking words follow.
_RESULT_GUARANTEED = LazyPattern(
    # (not "This glue joint is guaranteed to hold")
    rf"\b(?<!glue )(?<!glued )(?<!wood )(?<!pipe )(?<!mortar )(?<!solder )(?<!expansion )"
    rf"{_CARE_RESULT} (?:is |are |was |will be |'s |stays? )?guarantee[sd]?\b"
)
# A booking, a service or an event guaranteed, not a result: "Your MOT slot is guaranteed for
# Tuesday", "sports day is guaranteed to go ahead", "Bookings ... are guaranteed once the
# deposit is paid" (not "Your treatment is guaranteed to work").
_BOOKING_GUARANTEED = LazyPattern(
    # The booking itself the subject, with where or when it is for ("your place on the
    # spring workshop", "Bookings for the Easter weekend", "The minibus to town"); not
    # "The Red Days plan ... are guaranteed", nor "a guaranteed, permanent way out".
    r"\b(?:slot|place|booking|delivery|seat|space|spot|ticket|entry|reservation|order|parcel"
    r"|refund|price|bus service|train service|bus|train|minibus|coach|ferry|shuttle|parking|plot"
    r"|mooring|berth|entries|checks|inspections?"
    r"|membership|subscription|tenancy|allocation)"
    r"(?:s|es)? (?:(?:for|on|to|from|in|at|of) (?:\S+ ){1,4}?)?(?:is|are|was|were|will be|'s"
    r"|remains?|stays?) (?:still |now |also |always )?guaranteed(?: for (?:another|a|the next)"
    r" (?:year|season|term|month))?\b"
    r"|\bguaranteed (?:for|on|by|until|from|at|every) (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|tomorrow|today|tonight|next|this|noon|midday|christmas|easter|\d)"
    r"|\bguaranteed (?:once|if|when) (?:\S+ ){0,3}?(?:paid|pay|order|ordered|book|booked|deposit"
    r"|payment|register|registered|sign up|signed up)\b"
    r"|\bguaranteed to (?:go ahead|run|reopen|open|arrive|be delivered|top the|cover|include)\b"
    # A service or a thing's work, or a thing done by a time: "the museum guarantees it will
    # be lit again for the anniversary night", "We guarantee your tyres are fitted within the
    # hour", "the tide times are guaranteed to be up on the board", "guaranteed to have your
    # skis waxed by 8am", "Calls are guaranteed to be answered within 30 seconds" (not "your
    # colon is guaranteed to be emptied of years of built-up toxins"), "The new dashcam is
    # guaranteed to record clearly", "hive stands ... guaranteed to stay level", "Saturday's
    # tea is guaranteed to stay dry", "we're guaranteed a dry set"
    r"|\bguarantees? (?:that )?(?:it|they|the (?:\S+ )?\S+) will be (?:again )?(?:lit|open"
    r"|reopened|ready|running|working|finished|done)\b"
    r"|\bguarantee (?:that )?(?:your|the) (?:\S+ ){0,2}?(?:are|is|will be) (?:fitted|serviced"
    r"|ready|delivered|repaired|done|cleaned|collected)\b"
    r"|\bguaranteed to be (?:up|posted|displayed|pinned) on\b"
    r"|\bguaranteed to have (?:your|the) (?:\S+ ){0,2}?(?:waxed|serviced|fitted|repaired|delivered"
    r"|collected|cleaned|printed|ready)\b"
    r"|\bguaranteed to be (?:emptied|cleaned|serviced|checked|answered|processed|dispatched"
    r"|returned|collected|picked up"
    r"|replied to|called back|posted)\b(?!(?: \S+){0,8}? (?:toxins?|waste|poisons?|impurities"
    r"|sludge|plaque)\b)"
    r"|\bguaranteed to (?:record|print|charge|connect|start|boot|stream|fit)\b"
    # A warranty against wear: "guaranteed for five years against fraying at the seams"
    r"|\bguaranteed (?:for (?:\S+ ){1,2}?(?:years?|months?) )?against (?:\S+ )?(?:wear|fraying"
    r"|defects?|faults?|rust|leaks?|breakage|fading|cracking|splitting|tearing|misting"
    r"|condensation|leaking|peeling|rot)\b"
    # "with slots guaranteed for members who signed up by Tuesday", "the flavour is
    # guaranteed to be sharp"
    r"|\b(?:slots?|places?|seats?|spaces?|spots?|tickets?|bookings?|pitches) guaranteed"
    r" (?:for|to)\b"
    r"|\b(?:flavou?r|taste|colou?r|finish|freshness) (?:is|are|will be) guaranteed\b"
    r"|\bguaranteed to (?:stay|remain|keep) (?:\S+ )?(?:level|put|upright|flat|square|in place"
    r"|shut|closed|watertight|waterproof)\b"
    # (not "guaranteed to stay dry forever" after a pelvic floor session)
    r"|\bguaranteed (?:to (?:stay|remain|keep) (?:\S+ )?dry|to be dry|an? dry)\b"
    r"(?!(?: \S+){0,3}? (?:forever|for good|for life|permanently|ever again)\b)"
    # a warranty of things: "Our ceramic coating is guaranteed for three years" (not "The
    # remission you get from this diet is guaranteed for five years")
    r"|\b(?:repairs?|coating|work|parts|labour|labor|paintwork|installation|roof|boiler|fittings?"
    r"|frames?|windows?|doors?|seals?|tyres?|batteries|battery|appliances?|scooters?)"
    r" (?:is|are) (?:\S+ )?guaranteed for (?:\d+|one|two|three|four|five|six|ten|twelve)"
    r" (?:years?|months?)\b"
    # "Guaranteed late check-in is available", "Guaranteed parking for volunteers"
    r"|^guaranteed (?:\S+ ){0,3}?(?:check - in|check - out|checkout|checkin|pitch|parking"
    r"|appointment|slots?|places?|seats?|seating|tables?|space|rooms?|delivery|collection|boarding|snow"
    r"|berths?|moorings?|pitch(?:es)?|start times?|times?|printing|turnaround|dispatch|entry"
    r"|entries"
    r"|call back|callback)\b"
    # "Guaranteed next-day delivery", "guaranteed response time", "guaranteed me a slot",
    # "guaranteed to be finished before the summer", "guaranteed within two working days",
    # "We guarantee every new carer two shadow shifts", "we'll remake it or refund you"
    # "a guaranteed lifetime sharpening service" (not "a guaranteed weight loss service")
    r"|\bguarantee(?:s|d)? (?:(?:same|next|\S+) - (?:day|week) |24 - hour )?(?:(?!(?:"
    + _CARE_RESULT
    + r"|or|and|we|you|your|it|to|of)\b)[a-z]+ ){0,2}?(?:delivery|response"
    r"|dispatch|service|slot|place|refund|collection|installation|inspection|maintenance"
    r"|safety check)\b|\bguaranteed (?:snow|sunshine|sun|good weather)\b"
    # "Boarding fees are guaranteed not to rise", "guarantees the same walker every week",
    # "guaranteed to clear grass stains in one wash"
    r"|\b(?:fees?|prices?|rates?|rents?|charges?|costs?|subscriptions?) (?:are|is|will be|stay"
    r"|stays) (?:\S+ )?guaranteed not to (?:rise|go up|increase|change)\b"
    r"|\bguarantee[sd]? (?:you |clients |owners |customers |families )?the same (?:\S+ )?(?:walker"
    r"|driver|instructor|carer|teacher|coach|groomer|stylist|tutor|sitter|cleaner|worker|room|seat"
    r"|table|slot|pitch|time|day)s?\b"
    r"|\bguaranteed to (?:clear|remove|shift|lift|get out) (?:\S+ ){0,2}?(?:stains?|marks?|grease"
    r"|dirt|limescale|rust|odou?rs?|smells?)\b"
    # "We guarantee regular clients a slot within a week"
    r"|\bguarantee[sd]? (?:\S+ ){0,3}?(?:a|an|their|your) (?:\S+ )?(?:slot|place|seat|table|spot"
    r"|booking|space|appointment|locker|parking|mooring|pickup|pick - up|text|reminder|callback"
    r"|call back|reply|berth|pitch|room|ticket)\b"
    # "Guaranteed time slots are available", "A guaranteed parking space comes with ..."
    r"|\bguaranteed (?:\S+ ){0,2}?(?:slots|places|seats|tables|spaces|space|spots|bookings"
    r"|appointments|lockers|moorings|pitches|berths|rooms|tickets) (?:are|is|comes?|with)\b"
    r"|\bguaranteed (?:me|you|us|them|him|her) (?:a |an |my |your |our )?(?:\S+ )?(?:slot|place"
    r"|seat|table|spot|booking|space)\b"
    r"|\bguaranteed to be (?:finished|ready|open|delivered|built|fixed|done|repaired|installed"
    r"|fitted|completed)\b"
    # A person promised a thing that is no result of care: "Every volunteer is guaranteed a
    # hot lunch" (not "guaranteed a full recovery", "guaranteed a flat stomach")
    rf"|\b(?:is|are|was|were|be|'re|'s|get|gets|got) guaranteed (?:a|an) {_NO_RESULT_AHEAD}"
    # A benefit with its hours: "Late checkout is guaranteed for gold members until 2 pm"
    rf"|\bguaranteed (?:for {_NO_RESULT_AHEAD}(?:\S+ ){{1,5}}?)?(?:until|till|by|before)"
    r" (?:\d|noon|midday|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|tonight|the weekend|the end of|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|half past|quarter)"
    # "Guaranteed two-hour arrival window", "guaranteed to raise more than last year", "Your
    # pots are guaranteed to be glaze-fired within two weeks" (not "guaranteed to be healed
    # within two weeks")
    r"|\bguaranteed (?:\S+ ){0,4}?(?:arrival|delivery|collection|response|booking|dispatch)"
    r" (?:window|slot|time)s?\b"
    r"|\bguaranteed to raise (?:more|money|funds|over|at least|enough|\d)"
    # A product's warranty with its receipt, a copy reserved, a joint that holds, an alarm
    # that stays silent: "The new straighteners are guaranteed for two years, so keep the
    # receipt", "guarantees a copy within three weeks", "This glue joint is guaranteed to hold
    # for good", "an alarm with a flat battery is guaranteed to stay silent"
    # (not "guaranteed for two years of younger skin, no receipt needed")
    rf"|\bguaranteed for (?:\S+ ){{1,2}}?(?:years?|months?)\b(?=(?: (?!{_CARE_RESULT}\b)\S+){{0,8}}"
    r" (?:receipt|warranty|proof of purchase|guarantee card|box|paperwork|invoice)\b)"
    r"|\bguarantees? (?:you )?(?:a|one) (?:copy|loan|item|title|book|parcel|seat|table)\b"
    r"|\bguaranteed to hold(?! (?:back|off|at bay|down))\b"
    r"|\bguaranteed to (?:stay|remain|keep|be) (?:silent|quiet|dark|lit|fresh|cool|cold|warm|off)\b"
    # (not "A tumour starved with this juice fast is guaranteed to stay silent forever")
    r"(?!(?: \S+){0,3}? (?:forever|for good|for life|permanently|ever again)\b)"
    r"|\bguaranteed to (?:stay|remain) (?:bonded|stuck|attached|sealed|secure|tight)\b"
    r"|\bguaranteed not to (?:go off|sound|ring|beep|start|switch on|turn on)\b"
    # A product's guarantee, and the lab's: "The kettle comes with a three-year guarantee",
    # "Keep the receipt for the blood pressure monitor, it is guaranteed for two years",
    # "The lab guarantees results back within ten working days"
    r"|\b(?:\S+ - (?:year|month)|lifetime|\d+ - year) guarantee\b"
    r"|\b(?:receipt|proof of purchase|paperwork)\b(?: \S+){0,8}? (?:is|are) guaranteed for"
    r" (?:\S+ ){1,2}?(?:years?|months?)\b"
    r"|\bguarantee[sd]? (?:your |the |test )?results back (?:within|in|by)\b"
    # A warranty, free lockers, a service named first: "guaranteed to be replaced free if
    # the clip breaks", "Lockers are guaranteed free for members", "Collection is
    # guaranteed within ten working days" (not "Guaranteed within two working days: the
    # spray clears shingles")
    r"|\bguaranteed to be (?:replaced|repaired|refunded|exchanged|swapped) (?:free|for free|at no"
    r" cost|if|or)\b"
    r"|\bguaranteed free if (?:it|they|the \S+) (?:fails?|breaks?|stops? working|goes wrong"
    r"|develops a fault)\b"
    r"|\bguaranteed free (?:for|to) (?:all |our |every )?(?:members?|guests?|customers?|clients?"
    r"|volunteers?|staff|students|residents|visitors)\b|\bguaranteed free of charge\b"
    r"|\b(?:collection|delivery|dispatch|repairs?|installation|pickup|pick - up|refunds?)"
    r" (?:is|are|will be) guaranteed within\b"
    r"|\bguaranteed (?:a |an )?(?:same - day |next - day )?(?:ring back|call back|callback|phone"
    r" call|reply|response|text back)\b"
    rf"|\bguaranteed to be {_NO_RESULT_AHEAD}(?:\S+ ){{1,3}}?within (?:\d+|a|an|one|two|three"
    r"|four|five|six|seven|ten|twelve) (?:working )?(?:hours?|days?|weeks?|months?)\b"
    # A thing promised ready by a day: "we guaranteed the client the tower would be up by
    # friday" (not "guaranteed your back would be better by friday")
    rf"|\bguarantee[sd]? {_NO_RESULT_AHEAD}(?:\S+ ){{0,5}}?(?:will|would|'ll) be (?:up|ready|open"
    r"|finished|done|built|installed|delivered|running|back up|in place|on site|on|working"
    r"|fixed|repaired|connected|fitted)(?: again| back)? (?:\S+ )?(?:by|for|before|on|in time)\b"
    r"|\bguaranteed to (?:drain|dry out|dry|set|harden) (?:within|in|after|overnight|by)\b"
    r"|\bguarantee (?:every|all|each) (?:new )?(?:\S+ )?(?:carers?|staff|customers?|members?"
    r"|clients?|volunteers?|students?|pupils?) (?:a|an|two|three|\d) (?:\S+ )?(?:shifts?|slots?"
    r"|places?|sessions?|days?|hours?|weeks?|visits?|seats?|spots?|tickets?|bookings?"
    r"|appointments?|calls?|lessons?|inductions?|rooms?|parking)\b"
)


def _booking_guaranteed(words: str) -> bool:
    """Is a guarantee in ``words`` one of a booking, a service or a thing, with no result of
    care guaranteed before it?"""
    return bool(_BOOKING_GUARANTEED.search(words)) and not _RESULT_GUARANTEED.search(words)


_ALIGN = _words(
    r"re - ?align\w*(?: (?:the|your|my) \S+)?",
    r"re - ?set\w* (?:\S+ ){0,3}?" + _BODY,
    r"realign\w*(?: (?:the|your|my) \S+)?",
    r"(?:pop|slot|put|click|snap|move|push|slip|go|goes|went)(?:s|ped|ping|ting)? (?:\S+ ){0,3}?"
    r"back in(?:to)? (?:place|line|alignment|position)",
    r"back in(?:to)? (?:place|line|alignment)",
    r"(?:pop|slot|put|click|snap|move|push|slip|pull|ease|slide|nudge|knock|shift|guide|get)"
    r"(?:s|ped|ping|ting|ed|ing)? (?:\S+ ){0,3}?back in(?:to)?$",
    r"(?:pop|slot|put|click|snap|move|push|slip|pull|ease|slide|nudge|knock|shift|guide|get|suck"
    r"|draw)(?:s|ped|ping|ting|ed|ing)? (?:\S+ ){0,3}?back (?:where (?:it|they) belongs?|to where"
    r"|inside"
    r"|into (?:its|their) (?:proper |right |correct |natural )?(?:place|position|slot|socket"
    r"|groove)|in(?:to)? (?:its|their) (?:proper |right |correct |natural )?(?:place|position))",
    r"(?:keep|keeps|kept|stay|stays|hold|holds) (?:\S+ ){0,3}?aligned",
    r"(?:improv|correct|restor|fix)(?:e|es|ing)? (?:\S+ ){0,2}?(?:spinal |your |the )?alignment",
    r"(?:reset|reboot|rebalanc|unblock|unlock|decompress)(?:s|es|e|ing)? (?:\S+ ){0,3}?"
    r"(?:discs?|disks?|spine|vertebra\w*|nerves?|nervous system|joints?|pelvis|hips?|energy"
    r"|chakras?|meridians?|hormones?|metabolism|posture|muscles?|body|pressure|(?:stomach )?acid"
    r"|ph|gut|serotonin)",
)
# Bones said to be out of place: "your top bone has slipped".
_OUT_OF_PLACE = _words(
    r"(?:bones?|discs?|disks?|vertebra\w*|joints?|hips?|ribs?|pelvis|spine|neck|back)"
    r" (?:\S+ ){0,3}?(?:has |have |is |are |was |were |gets? |got |has been |have been |move |moves"
    r" |moved |shift |shifts |go |goes |went |slip |slips )(?:slipped|out of place|out(?= and| ,"
    r"| ?$)"
    r"|out of place|out of line|out of alignment|popped out|misaligned|shifted|out of position)",
    r"(?:pop|put|click|snap|move|push|slip|pull|ease|slide|nudge|knock|shift|guide|get)"
    r"(?:s|ped|ping|ting|ed|ing)? (?:it|them) back(?: in| into place)?$",
    r"(?:click|clicked|popped|put|puts|snapped|slotted) (?:\S+ ){0,3}?back in(?:to place)?(?= ,"
    r"| and"
    r"| which| ?$| one| a single| just)",
    r"slipped (?:bones?|vertebra\w*|joints?|hips?|ribs?|pelvis)",
)
# "Misaligned vertebrae block nerve flow to the stomach".
_MISALIGNED = _words(
    r"misalign\w* (?:\S+ )?(?:vertebra\w*|spine|discs?|joints?|bones?|hips?|pelvis|neck)",
    r"(?:nerve flow|nerve energy|nerve supply|nerve signals) to (?:the |your )?(?:stomach|organs?"
    r"|heart|liver|kidneys?|bowels?|gut|lungs?|bladder)",
)
# Waste drained from glands: "drains waste out of your lymph glands".
_WASTE_OUT = _words(
    r"(?:drain|flush|pull|draw|clear|push|sweat|squeez|suck)\w* (?:\S+ ){0,2}?(?:waste|gunk|rubbish"
    r"|junk|debris|poisons?) (?:out of|from) (?:your |the )?(?:lymph\w*|glands?|cells?|body"
    r"|tissues?|skin|organs?|liver|kidneys?|colon|gut)",
)
# Fat melted to a liquid and passed out of the body: "The jab liquefies your fat cells so you
# wee them out", "this wrap melts fat you then sweat away" (fat is burned for energy,
# never drained).
_FAT_DRAINED = _words(
    r"(?:liquef\w*|liquidi[sz]\w*|melt\w*|dissolv\w*|emulsif\w*|turn\w* (?:\S+ )?(?:to|into)"
    r" (?:liquid|oil|water)) (?:\S+ ){0,3}?(?:fat|fats|fat cells|cellulite|fatty \S+)"
    r" (?:\S+ ){0,6}?(?:wee|wees|weeing|pee|pees|peeing|poo|poos|sweat|sweats|sweating|urinat\w*"
    r"|excret\w*|flush\w*|drain\w*|pass\w*|breathe|breathes) (?:\S+ ){0,2}?(?:out|away|off)",
)
# Sound, vibration or a massage said to mend tissue: "Humming at 528 Hz vibrates damaged
# vocal folds back to health", "massages vocal nodules until they dissolve", "magnetic insoles
# thin the blood".
_VIBRATED_WELL = _words(
    r"(?:vibrat\w*|hum|hums|humming|frequenc\w*|sound waves?|tones?|tuning forks?|massag\w*"
    r"|sigh\w*) (?:\S+ ){0,5}?(?:back to health|back into shape|until (?:they|it) (?:dissolve"
    r"|disappear|vanish|melt|shrink)s?|(?:repair|heal|mend|regrow|rebuild)s? (?:\S+ ){0,2}?"
    r"(?:folds?|nodules?|cords?|tissues?|cells?|cartilage|nerves?|bones?|tendons?))",
    r"(?:magnet\w*|copper|crystals?|ionic|bracelets?|insoles?) (?:\S+ ){0,3}?(?:thins?|thinning"
    r"|thin out|purif\w*|cleans\w*|detox\w*|alkalis\w*|ionis\w*) (?:\S+ ){0,2}?blood",
)
# Causes that are not: a gland calcified by fluoride, a high fever from teething, trauma
# stored in teeth, a symptom as toxins leaving, crowns that make a battery, a vitamin that
# hides you from mosquitoes, breath-holding for altitude, bubbles of a dive dissolved, a
# body clock reset by magnets.
_FALSE_CAUSE = _words(
    r"calcif\w* (?:your |the )?pineal",
    r"(?:high )?(?:fevers?|temperatures?) (?:\S+ ){0,3}?(?:is|are) (?:\S+ )?(?:caused by|down to"
    r"|because of|from) (?:the )?(?:teeth|teething|tooth)",
    r"(?:teeth|tooth|jaw|hips?|muscles?|organs?|liver|gut|fascia|tissues?|cells?|spine) (?:\S+ )"
    r"{0,2}?(?:store|stores|storing|hold|holds|trap|traps|lock|locks|carry|carries) (?:\S+ ){0,2}?"
    r"(?:emotional|emotions?|trauma|grief|anger|resentment|feelings|memories)",
    r"(?:bleeding|rash\w*|spots|headaches?|diarrh\w*|fevers?|swelling|aches?|breakouts?|symptoms"
    r"|blisters|pus|discharge|ulcers?|sores?|boils?|acne|coughs?|mucus|phlegm|sweat\w*|vomit\w*"
    r"|sickness|nausea) (?:\S+ ){0,3}?(?:is|are|means?) (?:just )?(?:your|the) body"
    r" (?:flushing|releasing|expelling|purging|clearing|pushing|sweating|draining) (?:out )?"
    r"(?:the )?(?:toxins|poisons|impurities|waste)",
    r"(?:is|are) a sign of (?:detox\w*|cleansing|the body cleansing|toxins leaving)",
    r"scrambl\w* (?:\S+ ){0,2}?(?:brain ?waves|brain signals|nerves|energy)|(?:mouth|body|head"
    r"|fillings?|crowns?) (?:\S+ ){0,3}?into a (?:battery|antenna|magnet)",
    r"(?:holding your breath|breath - holding|breath holding) (?:\S+ ){0,6}?(?:trains?|teach\w*"
    r"|acclimati\w*|conditions?) (?:\S+ ){0,3}?(?:blood|cells|lungs)",
    # (Not "a popping sound from gas bubbles": what cracking a knuckle is.)
    r"(?:dissolv|dispers|neutrali[sz]|break)\w* (?:up )?(?:\S+ ){0,2}?(?:nitrogen|gas"
    r"|decompression) bubbles",
    r"(?:magnet\w*|insoles?|crystals?|bracelets?|grounding|earthing|copper|ionic) (?:\S+ ){0,4}?"
    r"(?:realign|reset|recalibrat|reprogram|sync)\w* (?:\S+ ){0,2}?(?:circadian|body clock"
    r"|biorhythm|biological clock|rhythm)",
    # Treatment said to make the body lazy or weak: "oxygen makes your lungs lazy",
    # "glasses weaken your eye muscles".
    r"makes? (?:your |the )?(?:lungs|heart|bowels?|gut|muscles?|body|eyes?|kidneys|liver|pancreas"
    r"|immune system|bones) (?:\S+ )?(?:lazy|dependent|forget)",
    r"(?:lungs|heart|bowels?|gut|muscles|eyes|kidneys|liver|pancreas|immune system) (?:get|gets"
    r"|go|goes|become|becomes|getting|going|turn|turns|are|is|being) (?:\S+ )?lazy",
    r"(?:glasses|spectacles|contact lenses|hearing aids?|inhalers?|oxygen|laxatives|insulin)"
    r" (?:\S+ ){0,2}?(?:weaken|weakens|weakening) (?:your |the )?(?:\S+ )?(?:eye|eyes|ears?|lungs"
    r"|bowels?|muscles?|eye muscles)",
    # An illness leaving the body: "coughing up phlegm means the COPD is leaving your body".
    r"(?:illness|disease|infection|copd|asthma|cancer|virus|diabetes|it) (?:is |are )?(?:leaving"
    r"|leaves|coming out of|being pushed out of) (?:your|the) body"
    # Not a medicine's clearance: "it leaves the body slowly".
    r"(?! (?:slowly|quickly|fast|faster|more slowly|more quickly|within|over|after))",
    # Fluid drawn out by a food: "Salt draws fluid out of your lungs".
    r"(?:salt|sugar|vinegar|garlic|onions?|potatoes?|honey) (?:\S+ ){0,2}?(?:draws?|pulls?|sucks?)"
    r" (?:\S+ ){0,3}?(?:out of|from) (?:your |the )?(?:lungs|body|blood|chest|feet|ears?)",
    # Damage dissolved: "Alkaline water dissolves kidney damage".
    r"dissolv\w* (?:\S+ ){0,2}?(?:damage|scar tissue|scarring)|wash\w* (?:\S+ ){0,3}?scar tissue",
    # Symptoms as the body learning: "Hypos are your brain learning to run on less sugar".
    r"(?:is|are) (?:just |only |simply )?(?:your |the )?(?:brain|body|liver|pancreas|kidneys)"
    r" (?:\S+ )?(?:learning|teaching itself) to",
    # Hormones stolen, dominated, restarted or blocked: "adrenal fatigue steals your
    # progesterone", "cold plunges force your ovaries to restart", "dairy ... blocks your
    # oestrogen receptors", "HRT adds to the toxic load".
    r"adrenal fatigue (?:\S+ ){0,3}?(?:steals?|causes?|drains?|blocks?|makes?)|(?:steals?|stealing"
    r"|robs?|drains?) (?:\S+ ){0,2}?(?:progesterone|oestrogen|estrogen|hormones)",
    r"(?:toxic load|(?:oestrogen|estrogen) dominance) (?:\S+ ){0,4}?(?:is|causes?|cause of|from)"
    r"|adds? to (?:the |your )?toxic load",
    r"(?:restart|reboot|reset|wake up|kick - start)\w* (?:\S+ ){0,2}?(?:oestrogen|estrogen|hormone"
    r"|progesterone|testosterone|insulin|dopamine) production|(?:force|forces|make|makes|trick"
    r"|tricks) (?:your |the )?(?:ovaries|pancreas|thyroid|adrenals?|liver|brain) (?:to|into)"
    r" (?:restart|reset|produce|make)",
    r"(?:dairy|milk|soy|sugar|meat|plastics?|gluten|wheat) (?:\S+ ){0,8}?block\w* (?:\S+ ){0,3}?"
    r"receptors",
    # Stones that soak up a feeling: "amethyst under your pillow absorbs your cravings".
    r"(?:crystals?|amethyst|quartz|stones?|gem\w*) (?:\S+ ){0,6}?(?:absorb\w*|draw\w* out"
    r"|soak\w* up"
    r"|neutrali[sz]\w*) (?:\S+ ){0,2}?(?:cravings|anxiety|negative energy|pain|stress|toxins"
    r"|radiation|trauma|grief)",
    # Household liquids that kill an infection or sperm; sperm shaken or washed out; a womb
    # made acid; brain cells regrown by standing on your head; a chakra that clears illness.
    r"(?:bleach|vinegar|lemon|cola|coke|garlic|yoghurt|yogurt|toothpaste|mouthwash|alcohol|salt"
    r" water) (?:\S+ ){0,6}?kills? (?:\S+ ){0,2}?(?:hiv|sperm|stis?|chlamydia|herpes|infections?"
    r"|the virus|germs)",
    r"(?:jump\w*|shak\w*|wee\w*|pee\w*|douch\w*|wash\w*|rins\w*) (?:\S+ ){0,5}?(?:sperm|semen)"
    r" (?:\S+ ){0,2}?(?:out|away)",
    r"acidif\w* (?:\S+ ){0,2}?(?:womb|uterus|vagina|blood|body)",
    r"regrow\w* (?:\S+ ){0,2}?(?:brain|nerve) cells",
    r"chakras? (?:\S+ ){0,4}?(?:clears?|drains?|heals?|flush\w*|cures?|unblock\w*) (?:\S+ ){0,3}?"
    r"(?:infections?|toxins|illness|disease|tumou?rs?)|drain\w* (?:\S+ ){0,3}?(?:from"
    r"|out of) (?:the |your )?(?:\S+ )?chakra",
    # Honey training the immune system; skin "suffocated"; eczema driven inwards; residue
    # expelled; anaphylaxis called panic.
    r"(?:honey|pollen|probiotics?) (?:\S+ ){0,3}?(?:trains?|teach\w*|re - ?train\w*) (?:\S+ ){0,2}?"
    r"immune system",
    # (Not "stop breathing in your sleep": a red flag itself.)
    r"suffocat\w* (?:the |your )?skin|stops? (?:the |your )?skin (?:from )?breathing|skin (?:can't"
    r"|cannot) breathe",
    r"drives? (?:\S+ ){0,3}?(?:deeper|inwards?|into the body)",
    r"expel\w* (?:\S+ ){0,2}?(?:vaccine|toxins|residue)|vaccine residue",
    r"anaphylaxis (?:\S+ ){0,3}?(?:panic|anxiety|in (?:your|the) head|psychological)",
    # Fevers that burn out an infection, antibiotics for a virus, a brain "overheating",
    # teething fevers, a food that opens arteries, stents that rust, lungs suffocated.
    r"fevers? (?:\S+ ){0,2}?(?:burns?|cooks?|kills?) (?:out |off )?(?:the |an )?(?:infection|germs"
    r"|virus|bug)",
    r"antibiotics (?:\S+ ){0,3}?(?:kill|work on|treat|clear|cure)s? (?:\S+ ){0,2}?(?:viruses|colds?"
    r"|flu|a virus)",
    r"brain (?:is )?(?:overheat\w*|boiling|cooking)",
    r"teething (?:\S+ ){0,2}?causes? (?:\S+ ){0,2}?(?:high )?(?:fevers?|temperatures?)",
    # ("drink it as a tea every day, because it can clear your arteries")
    r"(?:cayenne|garlic|vinegar|lemon|turmeric|beetroot|pomegranate|tea|teas|juice|tonic"
    r"|smoothie|supplement|remedy|cleanse) (?:\S+ ){0,8}?(?:opens?"
    r"|unblocks?|clears?|strips?|dissolves?|cleans?) (?:\S+ ){0,3}?(?:arteries|artery walls?"
    r"|blood vessels|plaque|cholesterol)(?! (?:\S+ ){0,2}?(?:completely|for good|forever"
    r"|permanently))",
    r"(?:stents?|implants?|pacemakers?) (?:\S+ ){0,2}?(?:rust|corrode)",
    r"suffocat\w* (?:the |your )?(?:air sacs|lungs|cells)",
    # Vaccines blamed for a disease; mercury from fillings.
    r"(?:vaccin\w*|fluoride|skin prick tests?|prick tests?|allergy tests?) (?:\S+ ){0,6}?(?:strip"
    r"|cause|trigger|create|sensiti[sz])\w* (?:\S+ ){0,3}?(?:ms|autism|allerg\w*|children"
    r"|relapses?|myelin)",
    r"mercury (?:\S+ ){0,3}?(?:from|in) (?:\S+ )?fillings|fillings (?:\S+ ){0,3}?(?:leak|leaking"
    r"|release|releasing) mercury",
    # Cancer's myths: a biopsy that spreads it, a food that feeds it, toxins leaving a
    # tumour, peroxide drunk; surgery's: a fever burning off metal, adhesions shaken loose.
    r"(?:biops\w*|surgery|operations?|needles?|air) (?:\S+ ){0,2}?(?:makes?|causes?"
    r"|lets?) (?:the )?cancer (?:to )?spread",
    r"(?:sugar|dairy|milk|protein|meat|carbs?|glucose) (?:\S+ ){0,4}?(?:feeds?|fuels?|fuel for)"
    r" (?:\S+ ){0,3}?(?:cancer|tumou?rs?)",
    r"toxins (?:are )?(?:leaving|coming out of|being released from) (?:the |your )?(?:tumou?r"
    r"|cancer|lump|cells)",
    r"drink\w* (?:\S+ ){0,2}?hydrogen peroxide",
    r"burn\w* off (?:the )?(?:metal|anaesthetic|toxins|chemicals)",
    r"(?:shakes?|shaking) (?:loose |up )?(?:\S+ )?adhesions",
    # Energy clogging the body: "your lens clogs with unused light energy".
    r"(?:clogs?|clogged|blocked|fills?|filled) (?:up )?with (?:\S+ ){0,2}?energy",
)
# Its own words deny: "Mosquitoes can't detect your blood if you take vitamin B12".
_UNSEEN_BY_BITERS = _words(
    r"(?:mosquito\w*|mozzies|bugs|insects|ticks|midges) (?:\S+ ){0,3}?(?:can't|cannot|won't"
    r"|don't|do not|can not) (?:\S+ ){0,2}?(?:detect|smell|find|sense|bite|taste) (?:\S+ ){0,4}?"
    r"(?:if|when|once|after|because) you (?:\S+ )?(?:take|eat|drink|have|taking|eating) (?:\S+ )"
    r"{0,2}?(?:vitamin \S+|b12|b1|garlic|marmite|yeast|supplements?|gin|tonic|bananas?)",
)
# Organs switched off and on: "Your metabolism is switched off, and this tea switches it back on".
_SWITCHED = _words(
    r"(?:metabolism|thyroid|liver|adrenals?|hormones?|lymph\w*|fat - burning) (?:is |are |has |have"
    r" |gets? )?(?:been )?(?:switched off|shut down|stalled|asleep|sleeping|dormant|lazy|broken"
    r"|tired|exhausted|fatigued|worn out|burnt out|clogged|congested|sluggish)",
    r"(?:switch|switches|turn|turns|kick - starts?|jump - starts?) (?:it|them) (?:back )?on",
    r"wakes? (?:it|them) up",
    r"(?:adrenal )?glands (?:are |is |get )?(?:tired|exhausted|fatigued|worn out|burnt out"
    r"|burned out)",
)
# Arteries scrubbed clean: "scrubs the plaque out of ageing arteries".
_SCRUBBED = _words(
    r"(?:scrub|clean|clear|dissolv|strip|sweep|unclog|melt)\w* (?:\S+ ){0,2}?(?:plaque|cholesterol"
    r"|calcium|fat|deposits) (?:out of|from|in) (?:\S+ ){0,2}?(?:arteries|veins|blood vessels)",
)
# Organs worked through the feet or hands: "stimulates the ovaries through the heel".
_REFLEX_ZONE = _words(
    r"(?:stimulat|massag|press|rub|work|treat|heal|reach)\w* (?:\S+ ){0,3}?(?:ovaries|kidneys?"
    r"|liver"
    r"|organs?|thyroid|pancreas|heart|lungs?|bladder|womb|uterus|spleen|adrenals?|sinuses)"
    r" (?:\S+ ){0,2}?(?:through|via|from) (?:the |your )?(?:feet|foot|heels?|hands?|ears?|soles?"
    r"|toes?)",
)
# Organs woken or sped up: "wakes up a sluggish thyroid".
_WAKE_ORGAN = _words(
    r"(?:wake|wakes|waking|kick - start|kickstart|jump - start|jumpstart|fire|fires|switch"
    r"|switches)"
    r"\w* (?:up )?(?:\S+ ){0,2}?(?:thyroid|liver|metabolism|lymph\w*|organs?|adrenals?|glands?"
    r"|kidneys?|gut|pancreas|immune system)",
    r"(?:sluggish|lazy|dormant|tired|blocked|clogged) (?:thyroid|liver|metabolism|lymph\w*"
    r"|adrenals?|glands?|kidneys?|pancreas|colon)",
)
# The body's acid balance changed by food or drink: "alkalises your blood".
_ALKALINE = _words(
    r"alkali[sz]\w*|(?:makes?|turns?|keeps?|becomes?) (?:\S+ ){0,3}?alkaline|alkaline (?:blood"
    r"|body)",
    r"(?:re)?(?:balanc|rais|lower|chang|restor|correct)\w* (?:\S+ ){0,2}?(?:body's |blood's )?ph",
    r"(?:puts?|putting|gets?|getting|brings?|bringing|sets?|setting) (?:\S+ ){0,2}?ph back",
    r"acidic (?:blood|body)|(?:blood|body) (?:is |becomes |turns )?(?:too )?acidic",
    r"(?:neutralis|neutraliz)\w* (?:\S+ ){0,2}?acid (?:in|of) (?:your |the )?(?:blood|body"
    r"|tissues)",
)
# A crack or a rub said to work on organs: "cracking your knuckles boosts your immune system".
_MANIPULATION_EFFECT = _words(
    r"(?:crack\w*|click\w*|popp\w*|adjust\w*|manipulat\w*|align\w*|realign\w*|massag\w*"
    r"|tapping|rubbing|pressing|pressure points?) (?:\S+ ){0,8}?(?:boost|strengthen|improv|reset"
    r"|rebalanc|stimulat|balanc|wake|wakes|fire)\w* (?:\S+ ){0,2}?(?:immune system|immunity|organs?"
    r"|hormones?|metabolism|digestion|nervous system|liver|kidneys?|thyroid|adrenals?|lymph\w*)",
)
# "purifies your liver", "cleanses your body of waste": an organ cleaned by a remedy.
_CLEANSE = _words(
    r"(?<!self - )(?:purif|cleans|clean|detox|flush|unclog|declog)\w* (?:out )?(?:your |the |my )?"
    r"(?:blood"
    r"|liver|kidneys?|body|system|colon|gut|bowels?|lymph\w*|organs?|cells|arteries|womb|uterus"
    r"|vagina|pores|lungs)",
)
# Energies no anatomy has: "nerve energy", "energy flow", "qi"; "Energy gets stuck".
_ENERGY = _words(
    r"(?:energy|qi|chi|prana) (?:gets |is |becomes |can get )?(?:stuck|blocked|trapped|stagnant)",
    # "Night shifts block your energy meridians"
    r"(?:block|blocks|blocked|clog|clogs|clogged|jam|jams|jammed) (?:up )?(?:your |the |our )?"
    r"(?:energy (?:meridians?|channels|lines|centres|centers|flow)|meridians?|chakras?|qi|chi)",
    r"(?:restor|unblock|free|balanc|rebalanc|boost|releas|improv|clear|open|reopen|unclog|unlock"
    r"|activat|discharg|realign|earth|ground"
    r"|stimulat)\w* (?:\S+ ){0,3}?"
    r"(?:nerve energy|energy flow|flow of (?:\S+ )?energy|life force|qi|chi|vital energy"
    r"|(?:blocked|trapped|stuck|stagnant) energy|energy block\w*"
    r"|energy (?:lines|channels|meridians|centres|centers|fields?)|biofield|aura"
    r"|(?:electrical|static|electromagnetic|magnetic|energetic|bioelectric\w*) (?:build - up"
    r"|charge|energy|field|balance|imbalance|polarity))",
    r"(?:hormone|ph|energy|chakra|blood sugar) - ?balancing",
    r"(?:reset|reboot|rebalanc|balanc|re - ?set|re - ?balanc|reprogram|rewir|restart|retrain"
    r"|recalibrat)"
    r"\w* (?:\S+ ){0,3}?(?:pancreas|liver|thyroid|adrenals?|gut|brain|cells|dna|genes|kidneys?"
    r"|hormones?|metabolism"
    r"|fascia|tissues?|ligaments?|tendons?|muscles?|nerves?"
    r"|nervous system|immune system|energy|chakras?|meridians?)",
)
_SELF_MECHANISM = _words(
    r"(?:releas|stimulat|boost|trigger)(?:e|es|ing) (?:(?:of|the|your|a) ){0,2}(?:release of )?"
    r"endorphins",
    r"(?:releas|let|pop)(?:e|es|ing|s)? (?:out )?(?:built - up |trapped )?gas",
    r"(?:releas|unstick|unglu|fre|unlock|loosen)\w* (?:\S+ ){0,2}?(?:trapped|stuck|knotted|glued"
    r"|bound|tight|stiff)? ?fascia",
    r"(?:trapped|stuck|knotted|glued) (?:fascia|energy|toxins|lactic acid)",
    r"(?:break|breaks|breaking|dissolv\w+|melt\w*|smash\w*) (?:up |down )?(?:\S+ ){0,2}?"
    r"(?:adhesions|scar tissue|knots|calcium deposits|fascia)",
)

# --- kinds -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str  # goes into the message: "risky claim (NAME): ..."
    reason: str
    suggest: str


CURE = Kind(
    "promise of cure",
    "promises a cure, a lasting result or a guarantee; self-care can ease symptoms, it does "
    "not cure, and nothing works for everyone",
    "can help ease the symptoms for some people",
)
SAFETY = Kind(
    "absolute safety",
    "claims total safety; nothing is safe for everyone: say who should take care and why",
    "is safe for most people when done gently; ask your doctor first if you have a health "
    "condition",
)
MEDICINE_CHANGE = Kind(
    "medicine change",
    "tells the reader to start, stop, skip or change the dose of a medicine; only the person "
    "who prescribed it should decide that",
    "keep taking your medicines as prescribed, and ask your doctor or pharmacist before you "
    "change anything",
)
DELAYS_CARE = Kind(
    "dismisses care",
    "dismisses or delays medical care",
    "get medical help straight away if you have this; do not wait for it to pass",
)
PUSH_PAIN = Kind(
    "pushing through pain",
    "encourages carrying on through pain, which can turn a strain into an injury",
    "stop if you feel sharp or increasing pain; a mild, gentle pull is fine",
)
MECHANISM = Kind(
    "false mechanism",
    "claims a mechanism that is not true: stretching, massage or cracking do not flush "
    "toxins, realign bones or reset discs",
    "can help you feel less stiff for a while",
)


@dataclass(frozen=True)
class Claim:
    kind: Kind
    start: int  # in the field's text
    end: int
    detail: str = ""  # a red-flag symptom the claim dismisses, say


@dataclass(frozen=True)
class _Pattern:
    kind: Kind
    regex: re.Pattern[str] | LazyPattern  # a long pattern is compiled when first needed
    # A further test of the clause and match, for patterns that need context.
    accept: Callable[[Clause, re.Match[str]], bool] = lambda clause, match: True
    # Patterns whose own words deny ("no need to see") are not undone by a negation.
    self_negating: bool = False
    # Words one of which the clause must have for the pattern to match at all: a
    # set lookup is far cheaper than running the pattern over every clause.
    needs: frozenset[str] = frozenset()
    # Negation words inside this pattern's matches belong to them, not to the claim:
    # "for no reason" in "Losing weight for no reason is nothing to worry about".
    owns_negation: re.Pattern[str] | LazyPattern | None = None


def _remedy_promised(clause: Clause, match: re.Match[str]) -> bool:
    """A symptom that "should go away in a day or two" is its natural course; a
    promise needs something offered for it in the sentence ("Eat this way. Your gout
    will go away. It will not come back.")."""
    if _FOR_GOOD_WORDS.search(clause.around(match)):
        return True  # "...will be gone for life" promises whatever offers it
    if _ON_ITS_OWN.search(clause.around(match)):
        return False  # "milia clear on their own within a few weeks": the natural course
    if _CLEARED_FROM.match(match.group()):
        return False  # "lactic acid ... clears from the muscles within an hour": the body's work
    relative = _RELATIVE_BEFORE.search(clause.before(match))
    if relative:
        # "... lactic acid, which clears within an hour": what the thing just named does
        # by itself, a promise only when that thing is a remedy ("our tonic, which ...").
        antecedent = " ".join(clause.before(match)[: relative.start()].split()[-5:])
        return bool(_SELF_CARE.search(antecedent))
    if not _NATURAL_COURSE.search(match.group()):
        return True
    return bool(_SELF_CARE.search(clause.sentence_before(match)))


_FOR_GOOD_WORDS = LazyPattern(rf"\b{_PERMANENT}\b")
# Something leaving a part of the body, not a condition ending.
_CLEARED_FROM = LazyPattern(
    r"clear(?:s|ed)? (?:from|out of) (?:the |your |his |her |their )?(?:muscles?|blood|bloodstream"
    r"|body|system|liver|kidneys|lungs)\b"
)
# A relative clause's verb: its subject is the thing just named, not a remedy.
_RELATIVE_BEFORE = LazyPattern(
    r"\b(?:which|that) (?:(?:is|are|was|were|gets?|got|will be|can be) )?(?:\w+ly )?$"
)
_ONCE_DONE = LazyPattern(
    r"\b(?:once|when|after|until|till|before) (?:\S+ ){0,3}?(?:has|have|is|are|was|were)"
    r" (?:been )?$"
)
_ON_ITS_OWN = LazyPattern(
    r"\b(?:on (?:its|their|your) own|by (?:itself|themselves)|without (?:any )?treatment"
    r"|of (?:its|their) own accord)\b"
)
_NATURAL_COURSE = LazyPattern(
    r"\b(?:go(?:es)? away|clear(?:s)? up|settle|pass|disappear\w*|vanish\w*|resolve\w*|fade\w*"
    r"|come back|return|recur|be gone|get better)\b"
)


def _not_medical(clause: Clause, match: re.Match[str]) -> bool:
    return not _medical(clause.before(match)) and not _medical(match.group())


def _medical(words: str) -> bool:
    """Do ``words`` name medical care? Not when a remedy qualifies the word: "magnet
    therapy" and "herbal medicine" are remedies; nor when the word qualifies a remedy:
    "a liver detox tea" is a tea."""
    return any(
        not _REMEDY_BEFORE.search(words, max(found.start() - 20, 0), found.start())
        and not _REMEDY_AFTER.match(words, found.end())
        for found in _MEDICAL.finditer(words)
    )


# A remedy that an organ's name only qualifies: "liver detox tea", "kidney cleanse".
_REMEDY_AFTER = LazyPattern(
    r" (?:\S+ )?(?:detox\w*|cleanses?|teas?|tonics?|juices?|smoothies?|soaks?|foot pads|pads"
    r"|flush(?:es)?)\b"
)


_REMEDY_BEFORE = LazyPattern(
    r"\b(?:magnet|magnetic|herbal|crystal|juice|massage|light|sound|cold|ice|heat|copper|natural"
    r"|alternative|energy|colour|color|aroma|music|cupping|detox|vibration|infrared|ozone|bee"
    r"|venom|hydro|colon|reiki|reflexology|homeopathic|holistic|acupuncture|chiropractic|chelation"
    r"|balancing|craniosacral|cranial|polarity|bioresonance|ear candl)\w* $"
)


# "can now be cured with a short course of tablets"
_A_COURSE_OF = LazyPattern(
    r"\bcourse of (?!herbal |natural |homeopathic |plant |vitamin |detox )(?:\S+ )?(?:tablets"
    r"|pills|treatment|medicine|medication|injections|antivirals|antibiotics|capsules)\b"
)


def _not_treatment(clause: Clause, match: re.Match[str]) -> bool:
    """A cure not said of a treatment: "Antibiotics can cure", and a medicine that is
    no home remedy ("hepatitis C tablets cure the infection"), are facts; not a
    clinician overruled ("Even if your doctor says your COPD is chronic, our tonic ...")."""
    before = _CLINICIAN_OUTDONE.compiled.sub(" ", clause.before(match))
    told = _CLINICIAN_OUTDONE.compiled.sub(" ", clause.sentence_before(match))
    subject = " ".join(told.split()[:_SUBJECT_WORDS])
    # A remedy sold as capsules is still a remedy: "these herbal capsules wipe out piles".
    if _medical(before) or (_MEDICINE.search(subject) and not _SELF_CARE.search(subject)):
        return (
            False  # "Iron tablets usually correct anaemia, though it takes months to fully restore"
        )
    after = clause.after(match)[:80]
    # The treatment named after the cure: "can be cured with surgery", "dissolve with
    # medicine your doctor prescribes".
    if (" be " in match.group() or _REMEDY_NEXT.search(match.group())) and (
        _medical(after)
        or (_MEDICINE.search(after) and not _SELF_CARE.search(after))
        or _ANTIMICROBIAL.search(after)
        or _COURSE_TO_FINISH.match(clause.text, clause.end, clause.end + 160)
        or _A_COURSE_OF.search(after)
    ):
        # "can be cured with surgery", "with penicillin injections", "with antifungal
        # cream"; "TB can be cured. You must take all the pills for the full time."
        return False
    return not _MEDICINE.search(before) or bool(_SELF_CARE.search(before))


_ANTIMICROBIAL = LazyPattern(r"\banti(?:fungal|biotic|viral|bacterial|parasitic)s?\b")
_REMEDY_NEXT = LazyPattern(r"\b(?:with|using|from|after|by|if you|when you)$")
# A cure that rests on taking a treatment to its end, said right after it.
_COURSE_TO_FINISH = LazyPattern(
    r"\W{0,3}\s*(?:but\s+)?(?:you|they|he|she)\s+(?:must|need\s+to|have\s+to|should"
    r"|will\s+need\s+to)"
    r"\s+(?:take|finish|complete|keep\s+taking)\b(?=[^.]*\b(?:tablets|pills|medicines?|capsules"
    r"|course|injections|antibiotics|treatment)\b)",
    re.IGNORECASE,
)


_MEDICINE = LazyPattern(MEDICINE)
# A clause that doubts what it names, beyond the corrections every mechanism is read
# for (_MYTH): "Detox products have not been shown to remove toxins", "they don't work".
_DOUBTED = LazyPattern(
    r"\b(?:not|no|never|don't|doesn't|cannot|can't) (?:\S+ ){0,2}?(?:been shown|shown|proven"
    r"|evidence|proof|work|works|do|does|able)\b|\b(?:claims?|claimed|claiming)\b"
)


def _self_care_subject(clause: Clause, match: re.Match[str]) -> bool:
    before = clause.before(match)
    if _HELPS_TO.search(before) and _HEALS.match(match.group()):
        return False  # "keep brushing gently, as this helps the gums heal": an aid
    if _WASTE_RID.match(clause.after(match)):
        return False  # "your gut ... gets rid of waste naturally": no illness to cure
    return bool(_SELF_CARE.search(before)) and not _MEDICAL.search(before)


_WASTE_RID = LazyPattern(r" ?(?:\S+ )?(?:waste|dead cells|old cells|excess fluid|germs)\b")


# What follows a dose that a leaflet states: "... dose of ibuprofen is 200 to 400 mg".
_NOT_STATED_AS = r"(?! (?:of \S+ (?:\S+ )?)?(?:is|are) (?:\S+ )?\d)"
# The dose one already takes, kept: "please send the same dose and times they have at
# home" (not "the same dose you take": one person's dose given to another).
# Someone else's medicine refused, and nothing more said: "Don't borrow a mate's inhaler"
# (the patterns read the negation; the learned reader reads a borrowed inhaler).
_BORROWING_REFUSED = LazyPattern(
    r"(?:please )?(?:don't|dont|do not|never) (?:borrow|use|take|share|try|have)\w*"
    rf" (?:a |an |any |some of )?(?:\S+ )?\S+'s (?:\S+ )?{MEDICINE}(?: [.!])?$"
)
_SAME_DOSE_KEPT = LazyPattern(
    r"(?<!along with the )(?<!as well as the )(?<!plus the )(?<!and the )"
    r"\bsame (?:dose|amount|dosage) (?:(?!\S+'s )\S+ ){0,6}?(?:(?:they|he|she|you) (?:\S+ )?"
    r"(?:have|has|take|takes|get|gets) at home|as (?:usual|normal|always|prescribed)|at home)\b"
    # (Not the usual dose on top of another, nor against a clinician's word: "take it today
    # along with the same dose as usual", "... even though the surgeon told you to reduce it".)
    r"(?!.*\b(?:even though|although|despite|whatever|both|at once|together|on top)\b)"
)
_DOSE_STATED = LazyPattern(
    r"\b(?:usual|normal|standard|recommended|maximum|adult|children's|child) (?:\S+ )?"
    r"(?:dose|dosage)"
    r" (?:of \S+ (?:\S+ )?)?(?:is|are) (?:\S+ )?\d"
)
# A leaflet's dosing instruction: "Take 1 tablet every morning", "you can take a second
# dose after 2 hours if the migraine comes back".
_DOSING = LazyPattern(
    r"\b(?:take|use|have) (?:\S+ ){0,2}?(?:\d+|one|two|a second|another) (?:\S+ )?"
    r"(?:tablets?|capsules?|puffs?|sprays?|doses?|drops?|sachets?)\b (?:\S+ ){0,3}?"
    r"(?:every|each|daily|a day|per day|at night|in the morning|twice|(?<!at )once|after \d+)\b"
)
_HEALS = LazyPattern(r"(?:heal|heals|cure|cures)\b")
_HELPS_TO = LazyPattern(
    r"\b(?:help|helps|helping|helped|aid|aids|lets|let|allows|allow) (?:\S+ ){0,3}?(?:to )?$"
)


def _reader_changes_medicine(clause: Clause, match: re.Match[str]) -> bool:
    """ "Stop your insulin", "You can halve your dose", "Doubling your dose is safe"."""
    verb, gap = match.group(1), match.group(2).split()
    if len(gap) > 1 and gap[0] in ("or", "and") and _A_CHANGE.match(gap[1]):
        gap = gap[2:]  # "reduce or discontinue your pain medication": one change, said twice
    if "need" in gap or "risk" in gap:
        return False  # "reduce your need for quick-relief medicines": an outcome
    if "missed" in gap or "forgotten" in gap:
        return False  # "skip the missed dose": the leaflet's own rule for a missed dose
    if verb.startswith("missing") and _ONE_MISSED_HEDGED.search(clause.sentence()):
        return False  # "Missing one dose is usually nothing to worry about": a slip, reassured
    if _REASON_BEFORE.search(clause.before(match)) or _DOSE_LOST.search(clause.sentence()):
        return False
    if verb.endswith(("injecting", "applying", "inhaling")) and _AT_A_SITE.match(
        clause.after(match)
    ):
        return False  # "Stop injecting insulin into lumpy areas of skin": the site changed
    if verb.startswith("stop") and _RESTARTED.search(f"{clause.after(match)} {clause.following()}"):
        return False  # "stop taking metformin for now and restart once you are eating"
    if (
        _befalls(clause.before(match))
        and not verb.endswith(" own")
        and not _asked_and_told_yes(clause, match)
    ):
        return False  # "... could double your dose", not "swimmers may adjust their own"
    adjective = (
        gap[0] not in _DETERMINER
        if gap
        # A verb that ends in its particle is a verb: "wean yourself off lithium"; so is
        # one that is never an adjective: "Stop allopurinol", not "lower doses".
        else not verb.endswith(_VERB_ENDINGS)
        and not _MORE.search(verb)
        and not (_ONLY_A_VERB.match(verb) and _stopped_by_name(clause, match))
    ) and not _MORE.search(verb)
    if adjective and _TAKE_A.search(clause.before(match)):
        adjective = False  # "take a double dose of the ibuprofen"
    if adjective and not (verb.endswith("ing") and _praised(clause, match)):
        return False  # "lower doses of", "increasing doses": adjectives, not advice
    if not verb.startswith(_GIVING) and _DISPOSAL.search(clause.around(match)):
        return False
    return _addressed(clause, match, gerund=verb.split()[0].endswith("ing"))


# A medicine's planned end reached: "once the pollen season is over", "once your course is
# finished", "after twelve weeks if you've stayed smoke-free".
_PLANNED_END = LazyPattern(
    # (Not "keep taking the antibiotics ... after the course ends": carried on past it.)
    r"\b(?:once|when) (?:the |your |a )?(?:\S+ ){0,2}?(?:season|course|treatment|programme"
    r"|program|plan) (?:is |has )?(?:over|finished|ended|ends|complete|completed)\b"
    r"|\bif you've stayed smoke - free\b"
)
_AT_A_SITE = LazyPattern(r"\s*(?:into|in|on|onto|at|to) (?:the |your |a |any |lumpy |one )")
# Evidence or advice reported, not a claim made: "Studies show that ...", "You may be told
# that ...".
_EVIDENCE_SAYS = LazyPattern(
    r"\b(?:studies|research|evidence|trials?|reviews?) (?:\S+ )?(?:show|shows|suggest|suggests"
    r"|found|finds)\b|\b(?:may be|were|was|are|used to be) told that\b"
)
# " own": "change their own insulin doses" is a verb and its object.
# " of your": "give your mate a few of your quetiapine" gives the medicine itself.
_ONE_MISSED_HEDGED = LazyPattern(
    r"\bmissing (?:one|a single|the odd|an occasional|a) (?:\S+ ){0,6}?(?:usually|generally"
    r"|normally|rarely|unlikely|(?:(?:is|are) not|isn't) (?:dangerous|harmful|a problem))\b"
)
# The leaflet's own rule for a missed dose: "just take the next one at the usual time".
_NEXT_AS_USUAL = LazyPattern(
    r"\btake (?:the|your) next (?:one|dose|tablet|pill)? ?(?:\S+ ){0,3}?(?:usual|normal) time\b"
)
_PARTICLES = (" off", " up", " out", " down", " without", " own", " of your", " of my", "'s")
# Named alone after such a verb, not a medicine changed: street drugs ("quit drugs"), and
# the pill, which a woman may stop when she chooses ("You can stop the pill at any time").
_NOT_BY_NAME_ALONE = ("drugs", "drug", "the pill")
# Verbs of a change that are never adjectives ("stop", unlike "lower" or "double").
_ONLY_A_VERB = LazyPattern(r"(?:stop(?:s|ping)?|quit(?:ting)?|skip(?:s|ping)?|halv(?:e|ing))$")
# What makes a bare-named stop a leaflet's own rule, not a change told: a condition ("Skip
# ibuprofen if you have kidney disease", "after seven days"); help sought with it
# (_STOP_AND_ASK) and a question echoed ("Halve warfarin? Never ...") do too.
_BARE_STOP_RULED = LazyPattern(
    r"^(?: \S+){0,6}? (?:if|when|unless|until|after|before|once|while|during)\b"
)
# A verb that ends in its particle, or in how the medicine is taken, is a verb.
_VERB_ENDINGS = ("taking", "using", "injecting", "inhaling", "applying", *_PARTICLES)
_A_CHANGE = LazyPattern(
    r"(?:stop|quit|skip|halve|double|triple|increase|decrease|reduce|lower|raise|drop|swap"
    r"|switch|discontinue|cease|change|cut|pause)$"
)
# A consequence, not an instruction: "taking them with paracetamol tablets could double
# your dose" (said of whatever the sentence names, not of "you").
_CONSEQUENCE_LEAD = (
    r"(?<!\byou )(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\bpatients )(?<!\bpeople )(?<!\bparents )"
    r"\b(?:could|might|would|may) "
)
_CONSEQUENCE = LazyPattern(_CONSEQUENCE_LEAD + "$")
# A person who may make the change, not a thing that may cause it: "People on lithium may".
# What a group's members feel or have, told in a relative clause that ends before the
# main verb: "who feel fine on their blood pressure tablets" (not "who lose weight ... and
# can stop ...").
_WHO_CLAUSE = r"(?:who|that)(?: (?!and |but |so |or )\S+){1,10}?"
# A group of people, but not of clinicians ("doctors may").
_NOT_CLINICIANS = (
    r"(?!doctors|nurses|pharmacists|clinicians|surgeons|physicians|specialists|providers"
    r"|prescribers|gps|physios|dentists|midwives|consultants)\w+s"
)
_PERSON_MAY = LazyPattern(
    r"\b(?:you|people|patients|anyone|anybody|those|adults|women|men|folks|parents|carers"
    r"|sufferers|someone|somebody|players|athletes|staff|drivers|workers|students|pupils|residents"
    r"|clients|customers|users|members|mums|dads|kids|children|teens|teenagers|gamers|lads|guys"
    r"|runners|diabetics|inmates|prisoners|officers|passengers|guests|employees|volunteers)\b"
    # "Drivers who feel fine on their blood pressure tablets may"
    rf"(?:(?: \S+){{0,3}}| {_WHO_CLAUSE}) (?:could|might|would|may) $"
)


def _stopped_by_name(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine named bare right after a verb that is never an adjective, told as a change
    outright: "Stop allopurinol and rely on cherry juice instead"."""
    after = clause.after(match)
    return not (
        match.group().endswith(_NOT_BY_NAME_ALONE)
        or after.startswith(" - free")  # "skip the pill-free week"
        or _BARE_STOP_RULED.search(after)
        or _STOP_AND_ASK.search(after)
        or _ends_in_question(clause)
    )


def _befalls(before: str) -> bool:
    """Does the change after ``before`` befall the reader ("... tablets could double your
    dose") rather than come from a person who may make it ("People on lithium may")?"""
    return (
        bool(_CONSEQUENCE.search(before))
        and not _PERSON_MAY.search(before)
        and not _GROUP_WITH_MAY.search(before.rstrip())
    )


# Done by the reader, not befallen: "may reduce it themselves".
_SELF_DONE = LazyPattern(
    r"\b(?:yourself|yourselves|themselves|himself|herself|on (?:your|their) own)\b"
)
_CONSEQUENCE_READ = LazyPattern(
    _CONSEQUENCE_LEAD + r"(?:double|triple|increase|raise|halve|reduce|lower|stop)\b"
)
# A medicine stopped with help sought in the same breath: "stop it and get medical advice
# if you develop stomach pain", the leaflet's own rule for a side effect.
_STOP_AND_ASK = LazyPattern(
    r"^ ?(?:\S+ ){0,2}?(?:and|then) (?:get|seek|ask for|see|call|ring|phone|contact|tell|speak to"
    r"|talk to) (?:\S+ ){0,2}?(?:advice|help|doctor|gp|pharmacist|nurse|midwife|111|999|helpline"
    r"|team|clinic)\b"
)
_FOOD_VERB = LazyPattern(r"\b(?:eat|eats|eating|drink|drinks|drinking)\b")
_RESTARTED = LazyPattern(r"\b(?:restart\w*|re - start\w*|resum\w*|start (?:\S+ ){0,3}?again)\b")
# Not advice but a reason: "..., as heat can increase the amount of medicine you absorb".
_REASON_BEFORE = LazyPattern(
    r"\b(?:as|because|since) (?!you\b)\S+ (?:\S+ )?(?:can|may|will|could) $"
)
# A dose lost: the leaflet's own "if you vomit within three hours, take another pill".
_DOSE_LOST = LazyPattern(
    r"\b(?:vomit\w*|(?:is|are|were|been|being) sick|throw\w* up)"
    r" (?:within|less than|in the first|soon after)\b"
)
# "... may be stopped by your doctor": the prescriber decides.
# "...may be replaced entirely by kelp tablets": by something the sentence offers instead.
_REPLACED_BY = LazyPattern(r" ?(?:entirely |completely |fully )?(?:by|with) ")
_BY_PRESCRIBER = LazyPattern(
    r"^ ?(?:\S+ ){0,6}?by (?:a |your |the )?(?:doctor|gp|prescriber|specialist|consultant|nurse"
    r"|pharmacist|care team|health ?care)"
)
# What the sentence advises against: "rather than taking extra puffs".
_RATHER_THAN = LazyPattern(r"\b(?:rather than|instead of|in place of)(?: \S+){0,3}$")
# The reader's question, and an answer that says yes.
_ASKS = LazyPattern(r"\b(?:can|may|could|should|is it ok to|is it okay to) (?:i|we)(?: \S+)?$")
_YES = LazyPattern(
    r"\s*(?:yes|sure|of course|absolutely|definitely|go ahead|certainly|why not)\b", re.I
)


_TOLD_YES = LazyPattern(
    r"\b(?:told (?:her|him|them|us|me)|said|answered|replied)(?: that)? (?:yes|yeah|sure|of course"
    r"|go ahead|it's fine|that's fine|it is fine)\b"
)


def _asked_and_told_yes(clause: Clause, match: re.Match[str]) -> bool:
    """A change asked about in reported speech, then allowed: "Guest asked if she could
    stop her epilepsy tablets for the holiday, told her yes"."""
    return bool(
        _ASKED_WHETHER.search(clause.before(match))
        and _TOLD_YES.search(f"{clause.after(match)} {clause.following()}")
    )


# A testimony turned into advice by what follows it.
_INVITED = LazyPattern(
    r"\b(?:so (?:try|do) (?:it|this|that|the same)|try it (?:yourself|too)|you (?:should|could|can)"
    r" (?:\S+ )?too|(?:and|so) (?:can|should|could) you|give it a (?:go|try)|do the same"
    r"|(?:it'll|it will) work for you|(?:and |so )?(?:neither|nor) (?:should|do|need|must) you"
    r"|(?:think about|thinking about|consider|considering|try) doing the same"
    r"|you (?:shouldn't|don't need to|needn't) either"
    r"|(?:do|does|doing) likewise|follows? suit|following suit)\b"
)
# Words before a verb that leave it a command: "just stop", "go ahead and double".
_COMMAND_LEAD = _needs(", just simply then and so safely also now instead please")
# Words before a gerund that recommend it: "try taking", "consider stopping".
_GERUND_LEAD = _needs(
    "try trying consider start starting keep recommend recommends suggest suggests advise advises"
)
# A group told it may, after what its members feel or have: "Students who feel better may".
_GROUP_WHO_MAY = LazyPattern(
    rf"\b(?:people|patients|anyone|those|adults|women|men|{_NOT_CLINICIANS}) {_WHO_CLAUSE}"
    r" (?:can|may|should|are free to|are fine to)$"
)
# The reader, or permission, just before the verb: "you can", "feel free to".
_READER_LEAD = LazyPattern(
    r"\b(?:you|children|kids|your child|your kids)(?: \S+){0,2}$"
    r"|\b(?:people|patients|anyone|those|adults|women|men|diabetics|sufferers|parents|seniors"
    rf"|older people|{_NOT_CLINICIANS})(?: \S+){{0,3}}"
    r" (?:can|may|could|should|are free to|are fine to)$"
    r"|\b(?:safe|fine|ok|okay|free|alright|all right|a good idea|best|better|wise|sensible"
    r"|easy|welcome|encouraged|advised|invited|recommended) to$|\bgo ahead and$|\bwhy not$"
    # Its harm denied, which permits it as much: "It won't hurt to stop your tablets for a
    # week", "There's no harm in doubling your dose".
    r"|\b(?:won't|wont|will not|wouldn't|can't|cant|cannot|doesn't|doesnt|does not|don't|dont"
    r"|do not)(?: \S+)?"
    r" (?:hurt|harm)(?: you| anyone)? to$|\bno harm (?:in|to)$|\bnothing wrong with$"
    r"|\b(?:won't|will not|wouldn't|never) regret$"
    # "There's no reason not to stop your seizure medicine"
    r"|\bno (?:reason|need) not to$|\bno reason (?:why )?you (?:can't|cannot|shouldn't) $"
    # Told to someone to do: "Tell your father to stop his heart tablets".
    r"|\b(?:tell|ask|get|let|have|make|encourage|remind|help)s? (?:your |the |my |his |her"
    r" |their )?\S+(?: to)?$"
)


_TAKE_A = LazyPattern(r"\b(?:take|have|give|use|try) (?:a|an|the) $")


def _addressed(clause: Clause, match: re.Match[str], *, gerund: bool) -> bool:
    """Is the verb at ``match`` advice to the reader (a command, "you can", "it is safe to")?"""
    if _prescriber_near(clause, match):
        return False
    if _RATHER_THAN.search(clause.before(match)):
        return False  # "...see your doctor rather than taking extra puffs"
    if _INVITED.search(clause.after(match)):
        return True  # "I cut my tablets in half and feel fine, so try it"
    if _ASKS.search(clause.before(match).rstrip()) and _YES.match(clause.text, clause.end + 1):
        return True  # "Can I lend my tablets to a friend? Sure, ..."
    if _asked_and_told_yes(clause, match):
        return True  # "Guest asked if she could stop her epilepsy tablets ..., told her yes"
    lead_text = clause.before(match)
    took = _TAKE_A.search(lead_text)
    # "welcome to take a double dose": the change is the dose taken.
    before = (lead_text[: took.start()] if took else lead_text).split()
    if before and before[-1] in _GERUND_LEAD:
        return True
    # Before the verb: nothing (a command), a subordinate clause and a comma, or the
    # reader: "you can", "it is safe to".
    if not before or before[-1] in _COMMAND_LEAD:
        return not gerund or _praised(clause, match)
    if gerund and before[-1] == "that" and not _EVIDENCE_SAYS.search(" ".join(before[-6:])):
        # The gerund opens what is said: "were told that missing a dose does no harm".
        return _praised(clause, match) and not _HEDGE.search(clause.around(match))
    lead = before[-4:]
    if _SUPPOSING.intersection(lead):
        return False
    return bool(
        _READER_LEAD.search(" ".join(lead))
        or _GROUP_WHO_MAY.search(" ".join(before[-14:]))
        or _READER_WANTING.search(" ".join(before[-9:]))
        or _GROUP_WITH_MAY.search(" ".join(before[-8:]))
        or (gerund and _MEANS_TO_A_GOOD.search(" ".join(before[-9:])))
    )


# A group named with where or what it is on, told it may: "Keepers on the night shift may
# halve their epilepsy medication", "Volunteers on blood pressure medication should stop it".
_GROUP_WITH_MAY = LazyPattern(
    rf"\b{_NOT_CLINICIANS} (?:on|in|at|with|from|during|after) (?:\S+ ){{0,3}}?\S+ (?:can|may"
    r"|could|should|are free to|are fine to)$"
)
# The change as the way to a good the reader can have: "Members with a sting allergy can
# build tolerance by leaving their antihistamines at home" (not a harm: "you can make it
# worse by ...").
_MEANS_TO_A_GOOD = LazyPattern(
    r"\b(?:you|people|anyone|members|patients|parents|kids|children|[a-z]+ers)(?: \S+){0,4}"
    r" (?:can|could|will|may) (?!(?:\S+ ){0,6}?(?:worse|harm|hurt|risk|danger|damage|trouble"
    r"|problems?|attacks?|ill|sick|die)\b)(?:\S+ ){1,6}?by$"
)
# Readers named by what they want, further back than :data:`_READER_LEAD` looks: "Patients
# keen to lose weight faster can double their weekly dose".
_READER_WANTING = LazyPattern(
    r"\b(?:people|patients|anyone|those|adults|women|men|parents|clients|guests|members|mums|dads"
    r"|users|customers) (?:keen|wanting|hoping|eager|desperate|looking|trying|in a hurry)\b"
    r"(?: \S+){0,6} (?:can|may|could|should|are free to|are welcome to)$"
)


def _praised(clause: Clause, match: re.Match[str]) -> bool:
    """ "Doubling your dose is a safe way...", "Halving your tablets will give you more
    energy": a gerund the sentence recommends, or promises a good result from."""
    after = clause.after(match).lstrip()
    if _PRAISE.search(after):
        return True
    promise = _PROMISE.search(after)
    return promise is not None and not _WARNING.search(after, promise.start())


_PRAISE = LazyPattern(
    r"^(?:\S+ ){0,5}?(?:is|are) (?:\w+ly )?(?:a |an |the )?(?:safe|fine|good|ok|okay|best|quick"
    r"|easy|nothing to worry about|no problem|simple|great|smart|clever|handy|effective|natural"
    r"|perfect|sensible|better|harmless|normal)"
    # Its harm denied: "Skipping your blood pressure tablets now and then won't hurt",
    # "missing a dose or two before competition does no harm".
    r"|^(?:\S+ ){0,6}?(?:(?:does|do|did|will do|would do|causes?) (?:\w+ly )?(?:no|little) (?:harm"
    r"|damage)|(?:won't|will not|wouldn't|doesn't|does not|can't|cannot|never) (?:\w+ly )?(?:hurt"
    r"|harm|matter)(?! (?:to|if|unless|as long)\b))"
    # "Doubling your insulin won't make much difference to your blood sugar"
    r"|^(?:\S+ ){0,6}?(?:won't|will not|wouldn't|doesn't|does not) (?:really )?make (?:much |any "
    r"|a lot of |a big |a real )?difference\b"
)
# A result the sentence promises from the change: its verb, right after the object.
_PROMISE = LazyPattern(
    # (Not a promise denied: "will not help members build tolerance", "won't help you make
    # weight".)
    r"^(?:(?!(?:not|never|won't|wont|can't|cant|cannot|doesn't|doesnt|don't|dont|isn't"
    r"|wouldn't)\b)\S+ ){0,5}?(?:will |would |can |could |should |is going to |are going to )?"
    r"(?:gives?|makes?|helps?|boosts?|improves?|leaves?|keeps?|brings?|speeds?|works?|saves?"
    r"|gets?|lets?|stops?|ends?|cures?|fix(?:es)?|clears?|is (?:the|a) (?:way|trick|answer|key))\b"
)
# What warns rather than promises: "Stopping your tablets will make your symptoms worse".
_WARNING = LazyPattern(
    r"\b(?:worse|risks?|risky|danger\w*|harm\w*|problems?|side effects?|withdrawal|rebound"
    r"|relapse|seizures?|come back|return|flare|resistan\w*|fail\w*|less well|stop working"
    r"|unsafe|serious|emergency|overdose|poison\w*|bleed\w*|stroke|heart attack)\b"
)


_RED_FLAG = LazyPattern(RED_FLAG)
_SELF_CARE = LazyPattern(SELF_CARE)


def _promised(clause: Clause, match: re.Match[str]) -> bool:
    """A cure promised: not hedged ("rarely cure neck pain alone"), or hedged only in its
    timing while it promises for good ("heals tinnitus permanently, usually within 2
    weeks")."""
    return _unhedged(clause, match) or bool(_FOR_GOOD_WORDS.search(clause.sentence()))


def _kit_refused_outright(clause: Clause, match: re.Match[str]) -> bool:
    """Protective kit said to be unneeded, not as the upshot of a claim about the body
    ("your eardrums toughen up, which is why the old boys don't need defenders" claims the
    mechanism, which is its kind)."""
    return _unhedged(clause, match) and not _UPSHOT.search(clause.sentence_before(match))


_UPSHOT = LazyPattern(r"\b(?:which is why|that's why|that is why|because|since|so)\b")


def _medicine_named_around(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine or a dose named in the sentence or the question just before it ("Doctor
    won't give you a second pen? ... we just pass them round")."""
    return _names_medicine_or_dose(f"{clause.sentence_before(match)} {clause.sentence()}")


def _names_medicine_or_dose(words: str) -> bool:
    return bool(_MEDICINE.search(words) or _DOSE_NAMED.search(words))


def _animals_medicine_for_people(clause: Clause, match: re.Match[str]) -> bool:
    """An animal's medicine, or one said to work "just as well on people", with a medicine
    named and an animal in the sentence, and nothing in it forbidden."""
    sentence = clause.sentence()
    return bool(
        (_MEDICINE.search(sentence) or _ANIMAL_MEDICINE_WORD.search(sentence))
        and _ANIMAL.search(sentence)
        # "Joking aside about the dog's tablets, never give your pet or your child ..."
        and not _FORBIDS.search(sentence)
    )


_ANIMAL = LazyPattern(
    r"\b(?:dog|dog's|dogs|gundog\w*|horse\w*|pony|cat|cat's|pet\w*|vet|vet's|veterinary|cattle"
    r"|sheep|animal\w*)\b"
)
_ANIMAL_MEDICINE_WORD = LazyPattern(r"\b(?:antibiotics?|wormer|metronidazole|tablets|pills)\b")


def _medicine_use_told(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine or a dose named in the sentence: "take more than the label says" or "at
    whatever time feels right" is about a medicine only when one is named; and not the act
    named as a risk or as what to do instead ("taking more than the label says can damage
    your liver", "call the practice rather than taking more than the packet says", "...,
    but more than the label says can damage your liver")."""
    if _TAKING_NAMED.search(clause.before(match)):
        return False
    if _WORSENS.match(clause.after(match)):
        return False  # "more than the label says can seriously damage your liver"
    return _names_medicine_or_dose(clause.sentence())


_TAKING_NAMED = LazyPattern(r"\b(?:taking|using|having|giving|rather than|instead of)(?: \S+)?\s*$")


_DOSE_NAMED = LazyPattern(
    r"\b(?:doses?|tablets?|pills?|puffs?|drops|units|mg|mcg|sprays?|pens?|inhalers?)\b"
)


def _unhedged(clause: Clause, match: re.Match[str]) -> bool:
    """No hedge before or after: "reverse quickly, often within a few days" is hedged."""
    return not _HEDGE.search(clause.around(match))


def _red_flag(clause: Clause, match: re.Match[str]) -> bool:
    """A red flag in the dismissal's sentence (or the question just before it), and
    the rest of the sentence does not send the reader for help ("Fainting is usually
    harmless, but see a doctor if...")."""
    following, sentence = clause.following(), clause.sentence()
    if _WAIT_FIRST.match(match.group()):
        # "Hold off till your days off, then see the GP": the help comes after the wait.
        following = _THEN_HELP.compiled.sub(" ", following)
        sentence = _THEN_HELP.compiled.sub(" ", sentence)
    if _sends_for_help(following):
        return False
    # Help asked about sends no one ("... do I need an X-ray? Only if it still hurts after
    # a month."): only what the text states is read for it. Nor does help taken back by
    # the dismissal ("Call 999, but honestly wait till morning and see if ...").
    rest = _stated(sentence.replace(match.group(), " "))
    before = clause.sentence_before(match)
    if _HELP_TAKEN_BACK.search(before) or _TOLD_HELP_THEN_TURNED.search(before):
        rest = _stated(clause.after(match))  # only help sent after the turn counts
    if _sends_for_help(rest):
        return False  # "... should always be checked by a doctor, even if it is only piles"
    if _RED_FLAG.search(clause.around(match)):
        return True
    # The dismissal's own words ("no reason to get it checked") send no one for help.
    if _RED_FLAG.search(sentence):
        return True
    # Or a red flag in the statement before a semicolon, which the dismissal points back
    # to: "Headaches after a fall ... with rest at home; there is no need to report them".
    earlier = clause.statement_before()
    return bool(
        earlier
        # ("...; the nurse line said go to A&E, but two ibuprofen and bed is all you need")
        and (_POINTS_BACK_TO.search(clause.words) or _TOLD_HELP_THEN_TURNED.search(before))
        and _RED_FLAG.search(earlier)
        and not _sends_for_help(earlier)
    )


_POINTS_BACK_TO = LazyPattern(r"\b(?:it|them|they|this|these|that|those)\b")


_WAIT_FIRST = LazyPattern(r"(?:wait|hold on|hang on|sit tight|hold off)\b")
# The dismissal right after a turn: "that's a 999 call mate, but honestly wait till
# morning" takes the help back.
_HELP_TAKEN_BACK = LazyPattern(
    r"\b(?:but|though|however|then again)(?: ,)? (?:honestly |really |realistically |tbh |to be"
    r" honest |personally |i'd |i would |you could |you can |just )?$"
)
# Help someone gave or told, turned from before the dismissal: "The GP sent me to the stroke
# clinic but the face drooping passed ..., so don't bother going if it settles".
_TOLD_HELP_THEN_TURNED = LazyPattern(
    r"\b(?:said|says|told (?:me|him|her|us|them)|sent (?:me|him|her|us|them)|advised|wanted"
    r" (?:me|him|her|us|them))\b(?: \S+){1,12}? (?:but|though|however)\b"
)
# A red flag's serious cause ruled out by the writer: "Chest pain that spreads to your arm
# wont be your heart if you're under 50", "can't be a heart attack at your age".
_RULED_OUT = LazyPattern(
    r"\b(?:won't|wont|can't|cant|cannot|isn't|isnt|is not|couldn't|couldnt|won't ever) be (?:your"
    r" |the |a |an )?(?:heart|heart attack|stroke|anything serious|serious|cancer|appendicitis"
    r"|meningitis|sepsis|(?:a )?clot|your appendix)\b"
)
_THEN_HELP = LazyPattern(
    r",? ?\b(?:then|to|before you|before) (?:\S+ ){0,2}?(?:see|call|ring|phone|contact|book"
    r"|visit|get)\b[^.;!?]*"
)


# Where a sentence's words divide into statements and questions.
_STATEMENT_END = LazyPattern(r"(?<=[.?!:;\u2014])")


def _stated(text: str) -> str:
    """``text`` without its questions ("do I need an X-ray ?"): split in one pass."""
    parts = _STATEMENT_END.compiled.split(text)
    return " ".join(part for part in parts if not part.rstrip().endswith("?"))


def _sends_for_help(text: str) -> bool:
    """Does ``text`` send the reader for help, now: not merely name it ("no need to call
    999") nor put it off ("see your family doctor next week if it is not better")?"""
    for found in (*_SEEK_CARE.finditer(text), *_APPOINTMENT.finditer(text)):
        # The words just before the help ("no need to call", "don't see"), not a
        # denial of the symptom further back ("a rash that doesn't fade ... needs help").
        put_off = (
            _help_put_off(text, found)
            or _NONE_NEEDED.match(found.group(0))
            or _TOO_SOON.match(text, found.end())  # scorned: "people go to A&E way too quick"
            or _HELP_NEEDLESS.match(text, found.end())  # "means calling 111 is a waste of time"
            or _ONLY_IF.match(text, found.end())  # "means going to A&E only if ... a few days"
        )
        if not put_off and not _ASKED_TO_PUSH.match(text, found.end()):
            return True
    return False


def _help_put_off(text: str, found: re.Match[str]) -> bool:
    """Is the help named at ``found`` denied or put off by the words just before it ("no
    need to call", "don't see", "rather than going to A&E"), not by a denial of the
    symptom further back ("a rash that doesn't fade ... needs help"); or put off to
    later, after it ("see your GP next week") or before it ("wait until you're home to
    get it looked at")?"""
    lead = _lead(text, found.start())
    return bool(
        _DENIAL_INSIDE.search(lead)
        or _PUT_OFF.search(lead)
        or _IN_PLACE.search(lead)
        or _LATER.search(text, found.end(), found.end() + 60)
        or _LATER.search(lead)
    )


# A therapist asked to push harder is no help sought: "ask the therapist to press harder",
# "tell your therapist to keep going harder on the knots".
_ASKED_TO_PUSH = LazyPattern(
    r" ?to (?:\S+ )?(?:press|push|go|work|dig|rub|turn (?:it|the \S+))(?:ing)? (?:\S+ )?(?:harder"
    r"|deeper|up|more)\b"
)
# Help said to be needed by none: "Chest tightness after the plunge needs no medical attention".
_NONE_NEEDED = LazyPattern(r"(?:needs?|requires?|warrants?|deserves?) (?:no|nothing)\b")
# Help scorned as needless, or sought only on a condition: "Coughing up blood means calling
# 111 is a waste of time", "... means going to A&E only if painkillers haven't worked".
_HELP_NEEDLESS = LazyPattern(
    r" (?:is|are|would be|'s) (?:just |only |simply )?(?:a waste of (?:time|money|everyone's time)"
    r"|pointless|overkill|unnecessary|not needed|over the top|a joke)\b"
)
_ONLY_IF = LazyPattern(r" (?:\S+ ){0,2}?only (?:if|when|after|once)\b")
# Help scorned as sought too soon: "people go to A&E way too quick with this stuff".
_TOO_SOON = LazyPattern(r" (?:(?:way|far|much) )?too (?:quick|quickly|soon|often|easily|fast)\b")


def _lead(text: str, start: int) -> str:
    """The few words just before ``start``, back to a comma: where help named there is put
    off ("no need to call"), not a condition before it ("if you can't bear weight, get an
    X-ray"); the whole list when the help ends one ("no need to give the rescue medicine
    or call an ambulance")."""
    back = text[max(start - 80, 0) : start].rsplit(",", 1)[-1].split()
    return " ".join(back if back and back[-1] in ("or", "nor") else back[-4:])


# Words that put the help they name off: "no rush to call the doctor", "nothing to see
# a doctor about", "give it a week before ringing the surgery".
_PUT_OFF = LazyPattern(
    r"\b(?:no need|no point|no rush|no hurry|no call|no cause|no reason|needn't|need not"
    r"|(?:don't|do not|doesn't|does not|won't|will not) need|don't bother|do not bother|dont bother"
    r"|not (?:a reason|worth)|nothing to|nothing worth"
    # Help never asked for, spared or given up on: "never calls 999", "without bothering
    # the GP", "saves them seeing a doctor", "nothing a doctor can do".
    r"|never (?:calls?|ring|rings|phone|phones|see|sees)|without bothering)\b|\bbefore$"
    r"|\bnothing$|\bnothing an?$|\bsaves?(?: \S+)?$|\bsaves?(?: \S+)? (?:needing|having) to$"
    # Help shunned: "breathe into a paper bag and avoid going to hospital".
    r"|\b(?:avoid|avoiding|steer clear of|stay away from|keep away from)$"
)

# Help named as what not to do yet: "rest at home rather than going to A&E", "monitor for
# 48 hours before contacting a doctor".
_IN_PLACE = LazyPattern(r"\b(?:rather than|instead of|in place of|before)(?: \S+)?$")

_APPOINTMENT = LazyPattern(
    r"\b(?:make|book|get|arrange) (?:an? |your )?(?:urgent |same - day )?(?:(?:gp|doctor's|doctor"
    r"|nurse|clinic) )?(?:appointment|check - up|checked|assessed|seen)\b"
)


_LATER = LazyPattern(
    r"\b(?:next week|next month|in a (?:few|couple of) (?:days|weeks)|after (?:a|one|two) weeks?"
    r"|if (?:it|this|that|things) (?:is|are|isn't|is not|doesn't|does not) (?:not )?(?:better"
    r"|improve|settle|gone)|at your next|routine"
    # Put off past an occasion: "see the doctor after the festival".
    r"|after (?:the |your )?(?:festival|holidays?|fast|fasting|ramadan|eid|christmas|wedding|trip"
    r"|harvest|exams?|season|new year|school holidays|tour|honeymoon|gig|shift|match|race|game"
    r"|ceremony|party|concert|show|weekend)"
    # Put off until the job or the journey is done: "I'll get it looked at when we land".
    r"|when (?:we|you|i|they|he|she) (?:land|dock|get in|get back|finish|are done|'re done"
    r"|are finished|'re finished)\b"
    # Only if it lasts: "only call the hospital if it lasts a week".
    r"|if (?:it|this|that|they) (?:lasts?|goes on|go on|persists?|carries on|carry on) (?:for )?"
    r"(?:more than |over |longer than )?(?:a|one|two|three|four|a few|several) (?:days?|weeks?"
    r"|wks|months?|fortnight)"
    # Put off until the trip is over: "wait until you're home to get it looked at".
    r"|until you(?:'re| are| get) (?:back )?home|until you're back|till you(?:'re| are| get)"
    r" (?:back )?home|when you get (?:back )?home)"
    # Put off to a day or a time to come: "ring the GP Monday", "wait till morning to ring the
    # surgery", "see the GP in a couple of wks".
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the )?weekend|tomorrow)\b"
    r"|\b(?:till|until|by|in the|wait for) morning\b"
    # "can wait until their day off to see a doctor"
    r"|\b(?:(?:until|till|on) )?(?:your|their|his|her|my|the) (?:next )?(?:day off|days off"
    r"|rest day|weekend off)\b"
    r"|\bin (?:a|one|two|three|four|a few|a couple of|several) (?:days|weeks|wks|months)\b"
)


_EMERGENCY = r"(?:er|a & e|a&e|999|911|112|111|ambulance)"
_SEEK_CARE = LazyPattern(
    r"\bneeds? eye casualty\b|"
    # Told to a clinician: "Unexplained weight loss should always be mentioned to your GP",
    # "mention it to your GP" (not "no need for a headache to be reported to your doctor", nor
    # "..., but it can wait until your yearly check").
    r"\b(?:should|must|needs? to|has to|have to|ought to) (?:always |still |also |definitely )?be"
    r" (?:mentioned|reported|raised) (?:to|with) (?:your |a |the |our )?(?:gp|doctor|nurse"
    r"|pharmacist|midwife|health visitor|clinician)\b(?! ,? but\b)|\bmention (?:it|this|that"
    r"|them) (?:to|with) (?:your |a |the |our )?(?:gp|doctor|nurse|pharmacist|midwife|health"
    r" visitor|clinician)\b(?! ,? but\b)|"
    # Help sought, told in the past: "ambulance called", "we've asked the GP to see Mrs
    # Ward today", "has asked for a GP review".
    r"\b(?:ambulance|999|911|112|paramedics?|doctor|gp) (?:has been |have been |was |were |been"
    r" )?called\b(?!(?: \S+){0,8} (?:sent (?:it|them|him|her) away|cancel\w*|turned (?:it|them)"
    r" away|refused))|\b(?:asked|contacted|phoned) (?:the |her |his |their |our |a )?(?:gp|doctor"
    r"|nurse|paramedics?|ambulance|111|999)\b|\b(?:ask|asked|asking) for (?:a |an |his |her"
    r" |their )?(?:urgent |same - day )?(?:gp|doctor's|doctor|medical|hospital|nurse) (?:review"
    r"|appointment|check|visit|assessment)\b|"
    # "... a rash that doesn't fade under a glass means calling 999 or going to A&E"
    r"\bmeans (?:calling|ringing|phoning|dialling|dialing|going (?:straight )?to|getting to"
    r"|heading to) (?:\S+ ){0,2}?(?:999|911|112|111|an ambulance|a & e|hospital|a doctor|your gp"
    r"|the gp|emergency|urgent care)\b|"
    r"\b(?:needs?|requires?|warrants?|deserves?) (?:a |an )?(?:prompt |urgent |same - day |quick "
    r"|proper )?(?:gp |doctor's |medical |hospital )?(?:appointment|check|review|assessment"
    r"|attention)\b|"
    # Help told as sought, at a place of care: "so went to the minor injuries unit" (not
    # "I rang my nurse friend", "saw a reiki practitioner").
    r"\b(?:went|got|was taken|were taken) (?:straight |directly )?to (?:the |a |an |our |my )?"
    r"(?:minor injur(?:y|ies) unit|a & e|hospital|gp|doctor's|doctors|urgent care|walk - in"
    r"|urgent treatment centre|emergency department)\b|\b(?:rang|called) (?:999|911|112|111"
    r"|an ambulance|the gp|my gp|the surgery)\b|\bsaw (?:a|the|my|our) (?:gp|doctor)\b|"
    # "Chest pain ... is worth a 999 call"
    r"\bworth (?:a |an )?(?:999|911|112|111|gp|doctor's|doctor|hospital|a & e|urgent) (?:call"
    r"|visit|trip|check|appointment)\b|"
    r"\b(?:see|call|contact|tell|telling|ask|visit|get|seek|go (?:straight |directly |right )?to"
    r"|ring|dial"
    r"|head (?:straight )?to|phone|talk to|speak to|check with)"
    # Not "see whether the stretches help": a question put, no one sought.
    r" (?:(?!(?:whether|if|how) )\S+ ){0,3}?(?:doctor|gp|nurse|911|999|112|111|ambulance|emergency"
    r"|hospital|help|medical|a & e|a&e|er|urgent care|eye casualty|minor injur(?:y|ies)"
    r"|walk - in|urgent treatment"
    r"|pharmacist|physio\w*|clinician|provider|checked|therapist|midwife|dentist|optician|team"
    # (Not "get someone to massage it out": no one sought for help.)
    r"|practitioner|someone(?! to (?:massage|rub|crack|pop|stretch|tape|strap|bandage))|an adult"
    r"|a grown - up|x ?- ?rays?|scans?|examined|assessed)\b"
    # "get it looked at the same day"
    r"|\bget (?:it|them|this|that|him|her) (?:looked at|checked(?: out)?|seen(?: to)?|x - rayed"
    r"|xrayed|scanned)\b"
    # Help given, told after: "the GP sent me straight to the stroke clinic", "rang the
    # diabetes team and they talked me through it".
    r"|\b(?:sent|drove|took|rushed|brought|dragged) (?:me|him|her|them|us) (?:straight |directly"
    r" |urgently |immediately )?(?:to|into) (?:the |a |an )?(?:\S+ )?(?:clinic|hospital|a ?& ?e"
    r"|ward|unit|er|emergency department)\b"
    # "they gave me a tetanus booster at the minor injuries unit, worth going"
    r"|\b(?:they|the nurse|the doctor|the gp|a nurse|a doctor) (?:gave|give) (?:me|him|her|them|us)"
    r" (?:a |an )?(?:\S+ )?(?:booster|jab|injection|stitches|x - ray|xray|antibiotics)\b"
    # (not "..., but next time just clean it yourself and dont bother going")
    r"(?!.*\b(?:next time|don't bother|dont bother|do not bother|no need)\b)"
    r"|\b(?<!not )(?<!rarely )(?<!never )(?<!hardly )(?<!isn't )(?<!isnt )worth (?:going|a trip"
    r"|getting (?:it |them )?(?:checked|looked at))\b"
    # "the medic sent him for an xray, good call"
    r"|\b(?:sent|drove|took|rushed|brought) (?:me|him|her|them|us) (?:off |straight )?for (?:an? )?"
    r"(?:x - ray|xray|scan|check - up|stitches|assessment)\b"
    rf"|\b{_TALKED_THROUGH}\b"
    r"|\b(?:be|been|get|getting|got|was|were) (?:\S+ )?(?:checked|examined|seen|looked at"
    r"|assessed) (?:\S+ )?by (?:a |your |the |our )?(?:doctor|gp|nurse|specialist|dermatologist"
    r"|midwife|health visitor|pharmacist|dentist|optician|clinician|professional|medic"
    r"|paramedics?|first - aider|ship's doctor)"
    # "arm gone numb and weak on one side? thats a 999 call mate"
    r"|\b(?:that's|thats|it's|its|that is|it is|this is|is|are) (?:a |an )?(?:999|911|112|111"
    r"|ambulance|a & e|hospital) (?:call|job|trip)\b"
    r"|\bneeds? (?:\S+ ){0,2}?(?:a doctor's|a gp's|a nurse's|medical)"
    r" (?:opinion|advice|attention|care)"
    r"|\bneeds? (?:\S+ ){0,2}?(?:an? )?(?:x - ray|scan|checking|checked|looking at|seeing to"
    r"|to be seen|assessment)"
    r"|\bneeds? (?:\S+ ){0,2}?(?:urgent|emergency|immediate|prompt|medical) (?:care|attention|help"
    r"|treatment|assessment)"
    # A text message's referral has no verb: "ER now", "= A&E, don't wait".
    rf"|\b(?:{_EMERGENCY}|urgent care) (?:now|asap|straight away|right away|immediately|today"
    rf"|tonight)\b|(?:=|->|>) {_EMERGENCY}\b|\b{_EMERGENCY} (?:, )?(?:don't|dont|do not) wait\b"
    # "no need to feel silly going to A&E", "it is an emergency", "needs a doctor today",
    # "something to mention to your GP", "worth checking".
    r"|\b(?:going|heading|goes|went) (?:straight |directly |right )?to (?:the |a |an |your )?"
    r"(?:a & e|er|hospital|emergency|urgent care|doctor|gp)\b"
    r"|\b(?:is|it's|that's|are|counts as|treat it as) (?:always )?(?:an |a medical )?emergency\b"
    r"|\bneeds? (?:to see )?(?:a |an |the |your )?(?:doctor|gp|nurse|midwife|hospital|a & e"
    r"|ambulance|999|911)\b"
    r"|\bmention (?:\S+ ){0,4}?to (?:a |the |your )?(?:doctor|gp|nurse|midwife"
    r"|pharmacist|health visitor)\b"
    r"|\b(?:tell|let) (?:us|staff|a member of (?:staff|the team)|your (?:artist|piercer|instructor"
    r"|coach|trainer|teacher|first - aider)) (?:know )?(?:straight away|right away|immediately"
    r"|at once|now)\b"
    r"|\bworth a (?:\S+ )?(?:check|check - up|look|visit|trip|appointment)\b"
    # "Any bleeding in pregnancy should be reported to your midwife" (not "rarely needs to
    # be reported", "can be reported ... at the next clinic")
    r"|\b(?:should|must) (?:always |immediately |promptly |urgently )?be reported (?:\S+ ){0,2}?to"
    r" (?:a |the |your )?(?:doctor|gp|nurse|midwife|maternity (?:unit|team|triage)|health visitor"
    r"|pharmacist|hospital|consultant|clinic|care team|diabetes team)\b"
    r"(?! (?:\S+ )?(?:at|during|in|by|on) (?:your |the |her |his |their )?(?:next|routine|annual"
    r"|regular|usual))"
    r"|\b(?:should|must|needs? to|need to) (?:be|get) (?:\S+ )?(?:checked|seen|looked at|assessed"
    r"|examined)\b"
    r"|\bworth (?:getting (?:it |this |them )?)?(?:checking|checked|a check|a check - up|looking"
    r" at|having (?:it |this |them )?(?:checked|looked at))\b"
)
_MEDICINE_OR_REMEDY = LazyPattern(f"{MEDICINE}|{SELF_CARE}")
# What needs no doctor, said so: "No need to see a doctor for a simple cold", "no need to
# contact the first-aider for a minor paper cut".
_MINOR_AILMENT = LazyPattern(
    r"\b(?:(?:simple|common|minor|mild|mildly|ordinary|small|little|everyday|slight) (?:\S+ ){0,3}?"
    r"(?:colds?|cuts?|nicks?|grazes?|bruises?|scrapes?|sniffles|coughs?|sore throats?|blisters?"
    r"|nosebleeds?|dry (?:hands|skin|lips)|split tips"
    r"|sprains?|splinters?|bumps?|chafing|rash|rashes|swelling|stings?|bites?|itching)|paper cuts?"
    # "a cold", not "a cold can" or "a cold flannel".
    r"|(?:a|the) cold(?! (?:can|cans|drink|drinks|pack|packs|compress|flannel|cloth|shower|bath"
    r"|water|beer|towel|spoon|press|day|night|snap|spell|room|place|sweat|one|bottle))"
    r"|colds|a single (?:sting|bite)"
    r"|the sniffles|(?:a )?runny nose|(?:a|the) (?:graze|scrape|blister|splinter|nosebleed)"
    r"|chafing|chafed skin|chafe|saddle sores?|(?:a bit of |a little )?(?:pink )?granulation"
    r" tissue|grazed (?:knees?|elbows?|hands?|shins?|palms?|skin)|(?:travel|motion|car|sea)"
    r" ?sickness|local (?:swelling|reaction|redness)|verrucas?|verrucae|warts?|dead legs?"
    r"|(?:a )?stitch in (?:your|the|my) side)\b"
)


# Staying away to keep an infection from others: "stay away from the hospital until you've
# been clear for 48 hours" is a visiting rule, not care refused.
_KEEPING_GERMS_AWAY = LazyPattern(
    r"\buntil (?:you've|you have|you are|you're|they've|they have|they're|they are|he's|she's)"
    r" (?:been )?(?:clear|free|symptom - free|no longer infectious)\b"
)


# A death expected at home: no one is to be taken to hospital ("the GP will come to verify
# the death").
_AFTER_A_DEATH = LazyPattern(r"\b(?:has died|died|death|passed away)\b")


def _minor_only(sentence: str) -> bool:
    """Does ``sentence`` name only a minor ailment (a cold, a small cut), no red flag?"""
    return bool(_MINOR_AILMENT.search(sentence)) and not _RED_FLAG.search(sentence)


def _harmless_thing(clause: Clause, match: re.Match[str]) -> bool:
    before = clause.before(match).rstrip()
    # "..., and this is harmless": "this" stands for what was just said (yellow urine
    # on vitamin B); "it" may stand for a remedy ("Turmeric is natural, so it is harmless").
    if before.endswith((" this", " that")) or before in ("this", "that"):
        return False
    return (
        bool(_MEDICINE_OR_REMEDY.search(before))
        and not _MEDICAL.search(before)
        and not _HEDGE.search(clause.around(match))
    )


def _cures_condition(clause: Clause, match: re.Match[str]) -> bool:
    """A remedy, not a treatment, said to cure: no medical subject, no hedge."""
    before = clause.before(match)
    return (
        _not_treatment(clause, match)
        and not _HEDGE.search(clause.around(match))
        and not _MAYBE.search(before.rstrip())
    )


def _toxins_said_as_fact(clause: Clause, match: re.Match[str]) -> bool:
    """Toxins drawn out by a remedy, not doubted, and not the detox that treats alcohol or
    drug withdrawal ("your GP can arrange an alcohol detox")."""
    if match.group().startswith("detox") and (
        _WITHDRAWAL.search(clause.sentence()) or _VERB_DENIED.match(clause.after(match))
    ):
        return False  # "Detox teas don't remove toxins": the detox named, its work denied
    if match.group().startswith("detox") and (
        _NOT_NEEDED_AFTER.search(f"{clause.after(match)} {clause.following()}")
        or _TOPIC_OF.search(clause.before(match))
    ):
        # "Detox teas ... are not needed to keep your body healthy", "Lots of you text in
        # about detox teas"
        return False
    if match.group().startswith("detox") and _DETOX_CURES.match(clause.after(match)):
        return False  # "Our 3-day detox kit clears type 2 diabetes": a cure, read as one
    if _TOXINS_RULED_OUT.search(clause.sentence()):
        return False  # "pads turn brown because of sweat, not toxins leaving your body"
    return _remedy_subject(clause, match) and not _DOUBTED.search(clause.words)


_DETOX_CURES = LazyPattern(
    r"\s*(?:\S+ ){0,2}?(?:clears?|cures?|reverses?|heals?|fixes|gets rid of|eliminates?)\b"
)
# The toxins named only to be ruled out as the cause.
_TOXINS_RULED_OUT = LazyPattern(
    r"\b(?:not|rather than|instead of) (?:\S+ ){0,2}?(?:toxins?|impurities|poisons)\b"
    r"|\bthere(?: are| is|'s) no (?:\S+ ){0,2}?(?:toxins?|impurities|poisons)\b"
)


# What a product is called to say it does nothing: "the detox foot pads are a con".
_WORTHLESS = r"(?:a con|cons|a scam|scams|a rip - off|rip - offs|a gimmick|gimmicks)"
# What a product is said to do when it does nothing: "detox teas add nothing".
_DOES_NOTHING = (
    # (Not "add nothing bad" or "add nothing artificial": no harmful additives, praise.)
    r"(?:add|adds|do|does|achieve|achieves) (?:nothing|no good)(?= ?(?:$|[,;.]|and\b|for\b|to\b"
    r"|at all\b|whatsoever\b))|(?:is|are) (?:useless|pointless|a waste of money)"
)
_TOPIC_OF = LazyPattern(r"\b(?:about|regarding|asking about|questions on|on the subject of) $")
_NOT_NEEDED_AFTER = LazyPattern(
    r"\b(?:(?:are|is) (?:not|never)|aren't|isn't) (?:\S+ )?(?:needed|necessary|required|helpful"
    r"|useful|recommended|safe)\b"
    # "detox teas - our dietitian says many act as laxatives"; "the detox foot pads are a con"
    r"|\b(?:act|acts|work|works) as (?:a )?(?:laxatives?|diuretics?)\b"
    rf"|\b(?:is|are) (?:just |only |simply )?{_WORTHLESS}\b|\b{_DOES_NOTHING}\b"
)
_DETOX_DISMISSED = LazyPattern(
    rf"\bdetox\w*\b(?: \S+){{0,12}}? (?:(?:are|is) (?:just |only |simply )?(?:{_WORTHLESS}"
    rf"|not needed|not necessary|basically laxatives)|act as laxatives|{_DOES_NOTHING})\b"
    # The body's own clearing said to need no product: "your kidneys and liver handle the
    # rest without any cleanse", "no detox needed"
    r"|\bwithout (?:any |a |the need for (?:a |any )?)?(?:special |extra )?(?:cleanses?"
    r"|detox(?:es)?|flush(?:es)?)\b"
    r"|\bno (?:special |extra )?(?:cleanse|detox|flush) (?:needed|required)\b"
)
# A subject's verb denied just after it: "... teas dont remove", "... kits can't flush".
_VERB_DENIED = LazyPattern(
    r"\s*(?:\S+ ){0,3}?(?:don't|dont|doesn't|doesnt|can't|cant|cannot|won't|wont|do not|does not"
    r"|will not|never|isn't|isnt|aren't|arent|is not|are not)\b"
)


def _not_doubted(clause: Clause, match: re.Match[str]) -> bool:
    """Said as fact: not doubted ("some claim that...") nor called a myth."""
    return not _DOUBTED.search(clause.words) and not _MYTH.search(clause.words)


def _remedy_subject(clause: Clause, match: re.Match[str]) -> bool:
    """No medical care in the subject: read after an opening phrase of time ("After ACL
    surgery, a juice cleanse ..." says what the cleanse does, not the surgery); and where a
    remedy makes the body shed toxins, the remedy is the subject ("Foot pads help your body
    draw out toxins"; the body's own clearing of waste is physiology)."""
    before = _without_opening(clause.before(match))
    made = _BODY_MADE_TO.search(before)
    if made is not None and _TOXINS_NAMED.search(match.group()):
        before = before[: made.start()]
    return not _medical(before)


_BODY_MADE_TO = LazyPattern(
    r"\b(?:let|lets|letting|help|helps|helping|allow|allows|allowing|get|gets|encourage"
    r"|encourages|encouraging|make|makes|making) (?:your|the) body (?:to )?$"
)
_TOXINS_NAMED = LazyPattern(r"\b(?:toxins?|toxic|impurities|poisons?|heavy metals)\b")


# An opening phrase of time that names care, up to its comma: "after acl surgery ,".
_OPENING = LazyPattern(
    r"^(?:after|before|following|since|during|post) (?:\S+ ){0,6}?(?:surgery|an operation"
    r"|the operation|treatment|chemo\w*|radiotherapy|a procedure|the procedure) , "
)


def _without_opening(words: str) -> str:
    """``words`` without a sentence's opening phrase of time."""
    found = _OPENING.match(words)
    return words[found.end() :] if found else words


_DISPOSAL_VERB = LazyPattern(
    r"\b(?:throw|bin|dispose|return|take back|hand in|get rid|pharmacy)\w*\b"
)
# Sharing or taking old medicine is no disposal: "Share your leftover painkillers".
_GIVING = (
    "shar",
    "borrow",
    "lend",
    "tak",
    "us",
    "giv",
    "add",
    "doubl",
    "up",
    "top",
    "hand",
    "pass",
)
# Getting rid of old medicines is safe advice, not stopping one.
_DISPOSAL = LazyPattern(
    r"\b(?:expir\w*|out of date|past its|unused|leftover|left over|old medicines?|no longer need)"
)


def _set_aside(clause: Clause, match: re.Match[str]) -> bool:
    if _LEFT_BEHIND.search(match.group()):
        return not _prescriber_near(clause, match)  # permission is the advice
    return _addressed(clause, match, gerund=match.group().split()[0].endswith("ing"))


def _child_dose(clause: Clause, match: re.Match[str]) -> bool:
    # Not a list of what never to do: "Don't give your baby any of your own medicines or
    # cut adult tablets in half for them".
    return (
        bool(_CHILD.search(clause.around(match)))
        and not _PRESCRIBER.search(clause.around(match))
        and not (_WARNING_OPENS.match(clause.words) and _OR_BEFORE.search(clause.before(match)))
    )


_OR_BEFORE = LazyPattern(r"\b(?:or|nor)\b")


_BODY_PART = LazyPattern(rf"\b{_BODY}\b")
# Someone's own body: "your stomach valve is fixed for good" (not "the valve").
_OWN_BODY = LazyPattern(rf"{_OWNED}{_BODY}\b")
_TOOTH = LazyPattern(r"\b(?:tooth|teeth)\b")
_ORGAN = LazyPattern(
    r"\b(?:metabolism|thyroid|liver|adrenals?|hormones?|lymph\w*|fat - burning|glands?)\b"
)
_CHANGE_MEDICINE = LazyPattern(rf"({_CHANGE}) ((?:\S+ ){{0,6}}?){MEDICINE}")
# After the verb, a determiner makes it a verb: "lower your dose", not "lower doses";
# so does a particle ("double up on your tablets").
_DETERMINER = _needs(
    "your the a an any all my this that these those some one each every half off up on out of "
    "down back two three extra more their his her our someone somebody other others"
)
# Three or more taken at once after a missed dose (two can be a pill leaflet's own rule):
# "it is recommended that three be taken the next morning".
_MANY_AT_ONCE = LazyPattern(
    r"\b(?:three|four|five|six|[3-9]) (?:\S+ )?(?:be|are|should be|get) taken (?:together|at once"
    r"|at the same time|the next (?:morning|day)|in one go)\b"
)
# "put your inhaler away", "leave your blood thinner out for a day"
_SET_ASIDE = LazyPattern(
    rf"\b(?:put|putting|throw|throwing|leave|leaving|set|setting|pack|packing|lay"
    rf"|laying) ((?:your|the|my|all|their|his|her|our) (?:\S+ ){{0,3}}?){MEDICINE} (?:\S+ ){{0,1}}?"
    rf"(?:away|aside|out|off|in the bin|in a drawer|behind|at home)\b"
    # The particle first: "Please set aside your blood thinners for the week".
    rf"|\b(?:put|putting|set|setting|lay|laying) aside (?:your|the|my|all)"
    rf" (?:\S+ ){{0,3}}?{MEDICINE}(?= (?:\S+ ){{0,2}}?for (?:a |the |this |that )?(?:week|weeks"
    r"|month|fortnight|while)\b)"
    # The medicine as the subject, allowed to stay behind: "the fits medicine can be left
    # behind on the trip".
    # (Not old ones, left to be thrown out: "Old or out-of-date tablets should be left at
    # home".)
    rf"|\b(?<!old )(?<!date )(?<!expired )(?<!leftover )(?<!unused )(?<!spare )"
    rf"{MEDICINE} (?:\S+ ){{0,3}}?(?:can|may|could|should) (?:safely |just |easily )?be left"
    r" (?:behind|at home)\b"
)
_LEFT_BEHIND = LazyPattern(r"\bbe left (?:behind|at home)$")
# "Take your heart tablets only on the days when you feel unwell"
# "If the inhaler isn't working, take ten puffs": more of a medicine when it seems
# not to work.
_MORE_IF_NOT_WORKING = LazyPattern(
    r"\b(?:isn't|is not|doesn't|does not|don't|do not|aren't|are not|not|stops?|no longer"
    r"|doesnt|dont|isnt|arent|won't|wont|will not|didn't|didnt)"
    r" (?:\S+ ){0,1}?(?:working|work|helping|help|touch|touching|enough|strong enough"
    r"|doing anything|doing much|working much|helping much|shift|shifting|budge|ease|easing"
    r"|kick in|kicking in|come down|go down"
    # The comma may be left out in a chat ("doesnt work take double"); the words before
    # it never hold one, so a "do not" after it is never skipped.
    r"|settle|improve|get better|drop|lift|clear|knock \S+ out|do the trick) (?:[^\s,]+ ){0,3}?"
    r"(?:, )?(?:just |simply |then |so )?"
    r"(?:keep |go ahead and )?(?:take|taking|use|using|have|try|give|add|double|up|pop|stick on)"
    r" (?:\S+ ){0,2}?(?:more|extra|another|second|third|further|bigger|larger|stronger"
    r"|double|twice|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|lots|loads"
    r"|a handful|as many|the dose|your dose|the amount|the number)\b"
)
# "Your epilepsy medicine can be dropped at weekends", "Insulin doses can be skipped on
# challenge days": the change, in the passive.
_YOURS_CHANGED = LazyPattern(
    rf"\b{MEDICINE} (?:\S+ ){{0,2}}?(?:can|could|may|is fine to"
    r"|is ok to|are fine to)"
    r" (?:safely |easily |just |always |simply )?be (?:dropped|stopped|skipped|halved|doubled"
    r"|reduced|cut|missed|left out|given up|swapped|shared|increased|decreased|tripled|paused"
    r"|put aside|forgotten)\b"
)
# The medicine named earlier in the sentence: "If your statin makes your legs ache, just
# quit it".
_CHANGE_IT = LazyPattern(
    rf"({_CHANGE}|(?:leave|leaving|take|taking|keep|keeping|put|putting|throw|throwing|chuck"
    rf"|chucking|bin|binning|ditch|ditching)(?= (?:it|them) (?:off|out|away|aside)\b)) (?:it"
    # Or its dose: "People on lithium may lower the dose themselves".
    rf"|them|(?:the|their|your|his|her) (?:dose|dosage))\b"
)


def _changes_named_medicine(clause: Clause, match: re.Match[str]) -> bool:
    if _STOPS_ITS_WORKING.match(clause.after(match)):
        return False  # "antacids can stop it being absorbed": what else does to a medicine
    if _befalls(clause.before(match)):
        return False  # "taking them with paracetamol tablets could double your dose"
    named = _MEDICINE.search(clause.sentence_before(match))
    return named is not None and _addressed(
        clause, match, gerund=match.group(1).split()[0].endswith("ing")
    )


_STOPS_ITS_WORKING = LazyPattern(r" ?(?:being|from|working|doing)\b")
# Handed out from one's own: "Supervisors may hand out prescription painkillers from their own
# supply to valeters with sore backs".
_HANDED_OUT = LazyPattern(
    rf"\b(?:hand|hands|handing|handed|give|gives|giving|pass|passes|passing|dish|dishes"
    rf"|dishing) out (?:\S+ ){{0,2}}?{MEDICINE} (?:\S+ ){{0,2}}?from (?:their|your|his|her|my|our)"
    rf" own (?:supply|stash|prescription|stock|pack|box)"
)
# Given on: "Pt may give leftover oxycodone to spouse"; "the amoxicillin left over from your own
# prescription"; "Instead of your antidepressant, try fish oil".
_GIVEN_ON = LazyPattern(
    rf"\b(?:give|giving|gives|pass|passing|hand|handing|offer|offering|lend|lending|sell|selling)"
    rf" (?:\S+ ){{0,3}}?(?:leftover|left - over|spare|extra|old|unused|the rest of (?:the|your))"
    rf" (?:\S+ ){{0,2}}?{MEDICINE} (?:\S+ ){{0,2}}?to\b"
)
_LEFT_OVER = LazyPattern(
    rf"{MEDICINE} (?:\S+ ){{0,1}}?left over from|left over from (?:your|a|an|someone's"
    rf"|someone else's)"
    r" (?:own |old |previous )?(?:prescription|course|illness)"
    # "the antibiotics left from last time"
    rf"|{MEDICINE} (?:\S+ ){{0,1}}?left (?:over )?from (?:the )?(?:last|previous|an earlier"
    r"|another|before)\b"
)
_CHANGE_GERUND = (
    r"(?:cutting|skipping|stopping|missing|halving|doubling|changing|reducing|dropping|lowering"
    r"|raising|increasing|adjusting|altering|tweaking)"
)
_INSTEAD_OF_MEDICINE = LazyPattern(
    rf"\b(?:instead of|in place of|rather than) (?!{_CHANGE_GERUND} )(?:taking |using )?"
    rf"(?:your |the |a |an )?(?:\S+ ){{0,2}}?{MEDICINE}"
)
_NOT_NEEDED = LazyPattern(
    rf"{MEDICINE} (?:\S+ ){{0,2}}?(?:is |are )?(?:not needed|not necessary|unnecessary|optional"
    r"|pointless|useless)"
    r" (?:on|when|if|during|once|after)\b"
)
_COURSE_STOPPED = LazyPattern(
    r"\bcourse (?:\S+ ){0,2}?(?:can|could|may) (?:safely |just )?be (?:stopped|cut short|finished"
    r" early|dropped|left)\b"
)
# A course left half done: "Finish only half the antibiotic course".
_HALF_COURSE = _words(
    r"(?:finish|take|complete|do|use)\w* (?:only )?(?:half|part|some) (?:of )?(?:the |your |a )?"
    r"(?:\S+ )?(?:course|prescription|pack|packet|box)",
)
# Borrowed by the strip: "Borrow a strip from her."
_BORROW_SOME = LazyPattern(
    r"\b(?:borrow|take|nick|pinch|grab|get|cadge|scrounge)\w* (?:a strip|a packet|a few|some|one"
    r"|a couple|a pack|a box|a handful)(?: \S+)? (?:from|off) (?:her|him|them|your \S+|a \S+)"
)
# Phased out for a remedy: "Thyroid tablets can be phased out once you start our tonic";
# or passed around: "Your grandmother's blood thinner can be borrowed".
_PHASED_OUT = LazyPattern(
    rf"{MEDICINE} (?:\S+ ){{0,5}}?(?:can|could|may) (?:safely |easily |just |simply )?be"
    r" (?:phased out|dropped|stopped|reduced|cut down|tapered off|halved|replaced|given up|put away"
    r"|put aside|left off|skipped|swapped|doubled|discontinued|tapered|(?P<passed>shared|borrowed"
    r"|traded|lent|saved up))\b"
)
# When a lay reader decides to stop: "once the wheeze settles", "the day you feel better".
_LAY_TRIGGER = LazyPattern(
    r"\b(?:once|as soon as|the day|when you feel|if you feel|for the (?:summer|holidays|weekend)"
    r"|at weekends|on good days|when (?:the|your) \S+ (?:settles|clears|goes|improves|stops))\b"
)
# The rest saved: "then save the rest for next time".
_REST_SAVED = LazyPattern(
    r"\b(?:save|keep|store|put away)\w* (?:the rest|what's left|what is left|the leftovers|any left"
    r"|the remainder)(?: \S+){0,3}? (?:for|until) (?:next time|later|another time|the next|future)"
)
# Dosing changed: "Apply your steroid cream five times a day instead of once".
_TIMES_INSTEAD = LazyPattern(
    rf"\b(?:apply|take|use|have|give)\w* (?:\S+ ){{0,4}}?{MEDICINE} (?:\S+ ){{0,4}}?(?:times|doses)"
    r" (?:a|per|each|every) (?:day|week|hour)"
)
# "instead" opens a clause of its own: the comparison is read in what follows.
_INSTEAD_OF_FEWER = LazyPattern(r"^\s*,?\s*(?:instead of|rather than) (?:once|twice|\S+ times|the)")
# Kept for later: "Hang on to your extra opioid pills so you can use them later".
_KEPT_FOR_LATER = LazyPattern(
    rf"\b(?:hang on to|hold on to|keep|save|store|stash|put aside|hoard)(?:ing|s)?"
    rf" (?:\S+ ){{0,4}}?{MEDICINE} (?:\S+ ){{0,12}}?(?:(?<!weeks )(?<!days )(?<!months )"
    rf"(?<!hours )(?<!years )later|next time|another time|in future"
    rf"|for (?:other|another|the next|future|your next)|next year)\b"
)
# Someone else's, named by its owner only: "Use your brother's, they're all the same".
_THEIRS_BARE = LazyPattern(
    r"\b(?:use|take|borrow|try|have|grab|pinch)\w* (?:your |a |an |one of your )?\S+'s(?= ,| ?$"
    r"| instead)"
)
# Leftovers said to be right for a new illness: "Leftover amoxicillin ... is perfect to start".
_LEFTOVER_FINE = LazyPattern(
    rf"\b(?:leftover|left - over|spare|old"
    rf"|unused) (?:\S+ ){{0,1}}?{MEDICINE} (?:\S+ ){{0,4}}?(?:is|are)"
    r" (?:perfect|fine|ok|okay|good|great|ideal|handy|just the thing) (?:to|for)\b"
)
# A remedy substituted: "Patients on lithium may substitute fish oil supplements".
_SUBSTITUTE = LazyPattern(
    r"\bsubstitut\w* (?:\S+ ){0,4}?(?:supplements?|remed\w+|oils?|herbs?|teas?)"
)
# A medicine begun without a prescriber: "so you can start them yourself".
_SELF_STARTED = LazyPattern(
    r"\b(?:start|starting|begin|beginning|take|taking|give|giving|use|using) (?:\S+ ){0,2}?"
    r"(?:yourself|on your own|of your own accord)\b"
)
# Doses doubled to catch up: "Missed a day? Just take two tomorrow to catch up".
_CATCH_UP = LazyPattern(
    r"\b(?:take|taking|have|having|use|using|give|giving|double|doubling)"
    r" (?:\S+ ){0,4}?(?:to (?:catch up|make up for|make up)|to make up the|for the (?:missed"
    r"|forgotten))"
)
# Someone else's medicine said to be fine: "Your mate's spare sleeping pills are fine to use".
_THEIRS_FINE = LazyPattern(
    rf"(?:\S+'s|\S+s ') (?:\S+ ){{0,2}}?{MEDICINE} (?:\S+ ){{0,3}}?(?:is|are) (?:perfectly "
    rf"|quite )?"
    r"(?:fine|safe|ok|okay|alright|all right) to (?:use|take|have|try|borrow)"
)
# Bought without a prescriber: "Order steroid tablets online".
_BOUGHT_ONLINE = LazyPattern(
    rf"\b(?:order|buy|get|purchase|import)\w* (?:\S+ ){{0,3}}?(?:{MEDICINE} |\S+ )(?:\S+ ){{0,3}}?"
    r"(?:online|on the internet|from an? (?:\S+ )?website|off the internet|abroad|overseas"
    r"|without a prescription)\b"
)
# What makes a purchase self-treatment: "...and treat your acne yourself".
_SELF_TREAT = LazyPattern(
    r"\b(?:prescription|yourself|your own|instead of|rather than|start (?:them|it|taking)"
    r"|take (?:them|it))\b"
)
# A dose raised faster than prescribed, or picked by feel: "dose up to the top strength
# straight away", "move up a pen strength every week instead of every month", "jump
# straight back in on your old high dose, don't bother restarting low", "pick whatever
# dose feels right".
_DOSE_RUSHED = LazyPattern(
    # Told, not supposed: "going back to your old dose could cause an overdose" warns.
    r"\b(?:go|goes|move|moves|jump|jumps|skip|skips|dose|step|steps|bump|shoot|ramp|push|head"
    r"|climb)"
    r" (?:\S+ )?up (?:\S+ ){0,3}?(?:strengths?|doses?|dosage|levels?|pens?)"
    r" (?:\S+ ){0,4}?(?:straight away|right away|at once|instead of|quicker|faster|sooner|early"
    r"|earlier|whenever|every (?:week|day|few days|couple of days))\b"
    r"|\b(?:go|goes|move|moves|jump|jumps|skip|dose|step|bump|shoot|ramp|push|head|climb)"
    r" (?:\S+ )?(?:straight |right )?up to (?:the )?(?:top|highest|max|maximum|strongest"
    r"|biggest|full) (?:\S+ )?(?:strength|dose|dosage|pen)\b"
    r"|\b(?:jump|jumps|go|goes|get|start|hop) (?:straight |right )?back (?:in )?(?:on|to|at)"
    r" (?:your |the )?(?:old |usual |previous |last |full |top )?(?:high |higher |full |top )?"
    r"(?:dose|strength|pen|dosage)\b"
    r"|\b(?:don't|do not|no need to|never|needn't|dont) (?:bother )?(?:restart\w*|start\w* again"
    r"|going back|go back) (?:\S+ ){0,2}?(?:low|lower|at the bottom|from scratch|on the starter"
    r"|down)\b"
    r"|\b(?:pick|picks|picking|choose|chooses|choosing|set|find|use|take)"
    r" (?:whatever|whichever|any old) (?:dose|strength|amount|dosage|number of (?:clicks|puffs"
    r"|units)) (?:\S+ ){0,2}?(?:feels right|you like|you want|you fancy|suits you|works for you"
    r"|feels best)\b"
)
# A medicine's time picked by feel: "move my evening insulin to whatever time feels right",
# "a few hours either way doesn't matter".
_TIME_BY_FEEL = LazyPattern(
    r"\b(?:whatever time|any time|whenever) (?:\S+ ){0,2}?(?:feels right|suits you|suits|you like"
    r"|you fancy|you want)\b"
    r"|\b(?:a few|a couple of|several|\d+) hours? either way (?:doesn't|does not|won't|will not"
    r"|don't|do not) matter\b"
)
# Spare medicines passed round a group: "a few of us have spares and we just pass them
# round".
_SPARES_PASSED = LazyPattern(
    r"\b(?:have|got|keep|has) (?:\S+ )?spares? (?:\S+ ){0,4}?(?:pass|hand|give|share)\w* (?:them|it"
    r"|those)(?: round| around| on| out)?\b"
)
# An animal's medicine taken by people: "the gundog's metronidazole works just as well on
# people".
_ANIMALS_MEDICINE = LazyPattern(
    r"\b(?:works?|worked|is|are) (?:just )?(?:as well|the same|fine) (?:on|for) (?:people|humans"
    r"|us|you)\b"
    r"|\b(?:dog|dog's|dogs'|gundog's|horse's|pony's|cat's|pet's|vet's|veterinary|cattle|sheep)"
    r" (?:\S+ )?(?:antibiotics?|tablets|pills|wormer|painkillers?|medicine|meds)\b"
)
# More than the prescriber or the packet says: "every 4 hours instead of twice a day, way
# more than the doctor says".
_BEYOND_PRESCRIBED = LazyPattern(
    r"\b(?:more|higher|bigger|stronger|more often) than (?:the |your |my |what (?:the |your"
    r" |my )?)?"
    r"(?:doctor|doc|gp|clinic|prescriber|endo|endocrinologist|nurse|pharmacist|consultant|surgeon"
    r"|label|packet|leaflet|box|script|prescription)(?:'s)? ?(?:says|said|prescribed|recommends"
    r"|recommended|advises|advised|told you|allows|suggests|gave you)\b"
)
# A medicine left off on the days it gets in the way: "just dont take em on driving days",
# "Don't take your water tablets on match days" (not a day a clinician set: "on the same
# day as", "on the days you take folic acid", "the day before your operation").
_LEFT_OFF_ON_DAYS = _words(
    r"(?:don't|dont|do not|never|no need to|skip|miss|leave out|leave off) (?:bother (?:to |with"
    r" )?)?(?:take |taking |use |using |have |having )?(?:your |ur |the |my |their |his |her )?"
    r"(?:\S+ ){0,3}?(?:em|them|it|tablets?|pills?|meds|medicines?|medication|insulin|inhalers?"
    r"|injections?|jabs?|patch|patches) (?:on|at|during|over) (?:\S+ ){0,2}?(?:days|weekends"
    r"|shifts|holidays|hauls|trips|nights out|nights)\b(?! (?:\S+ ){0,2}?(?:take|takes|have|has|use"
    r"|uses|get|gets)\b)",
)
# Medicines one is right to leave off on a day: a drowsy one before driving, any before
# drinking, methotrexate on the day of its folic acid.
_RIGHT_TO_LEAVE_OFF = LazyPattern(
    r"\b(?:sleeping|sleep|drowsy|drowsiness|sedat\w*|antihistamines?|hay ?fever|codeine"
    r"|diazepam|tramadol|alcohol|drink|drinks|drinking|same day|folic acid)\b"
)


def _left_off_on_days(clause: Clause, match: re.Match[str]) -> bool:
    sentence = clause.sentence()
    return (
        bool(_MEDICINE.search(sentence))
        and not _RIGHT_TO_LEAVE_OFF.search(sentence)
        and not _MORE_THAN_USUAL.search(match.group())
        and not _NOT_LEFT_OFF.search(clause.before(match))
        and not _NOT_LEFT_OFF_HERE.match(match.group())
        and not _prescriber_near(clause, match)
    )


# "Don't take extra tablets on busy days": more is what is forbidden, not the medicine.
_MORE_THAN_USUAL = LazyPattern(r"\b(?:extra|more|double|another|additional|spare)\b")
# "Don't skip your tablets on holiday days": the skipping is what is forbidden.
_NOT_LEFT_OFF = LazyPattern(r"\b(?:don't|dont|do not|never|not|shouldn't|mustn't)(?: \S+)? $")
_NOT_LEFT_OFF_HERE = LazyPattern(
    r"(?:don't|dont|do not|never) (?:\S+ )?(?:skip|miss|forget|stop|leave|go without)\b"
)


# Medicines handed on to others who run short: "bring unused pain pills to the meeting so
# they can be passed on to comrades who are running short".
_PASSED_ON_TO_OTHERS = LazyPattern(
    r"\b(?:passed|handed|given|shared|shared out|passed round|passed around|dished out)"
    r" (?:on |out |round )?(?:to|with|among|amongst) (?:\S+ ){0,2}?(?:others|comrades|friends"
    r"|members|neighbours|neighbors|colleagues|teammates|mates|people|anyone|those|veterans)"
    r" (?:who|that) (?:are |have |might |may )?(?:\S+ )?(?:running (?:short|low|out)|run out|ran"
    r" out|short|need|needs|in pain)\b"
)


# A medicine's change kept from whoever prescribed it: "Your psychiatrist won't know if you
# stop the lithium" (not "won't know why", nor told to them after all).
_KEPT_FROM_PRESCRIBER = _words(
    r"(?:doctor|doc|gp|psychiatrist|consultant|specialist|nurse|pharmacist|prescriber|endo"
    r"|rheumatologist|cardiologist|neurologist|surgeon|midwife|team) (?:won't|wont|will not"
    r"|will never|never|doesn't|does not|needn't|need not|wouldn't|would never|don't|do not)"
    r" (?:need to |have to |ever |even )?(?:know|find out|notice|be told|hear about it)"
    r"(?= if | that | about | you | and |$)",
)
_TOLD_AFTER_ALL = LazyPattern(
    r"\b(?:unless|until) you (?:tell|let|mention)|\b(?:so|always|please|do|must|should)"
    r" (?:\S+ )?(?:tell|let|inform|mention)\b"
)


def _change_kept_from_prescriber(clause: Clause, match: re.Match[str]) -> bool:
    sentence = clause.sentence()
    return bool(_CHANGE_MEDICINE.search(sentence)) and not _TOLD_AFTER_ALL.search(sentence)


# A medicine started for others, or as a preventative, by the reader: "Start all campers
# on ibuprofen every four hours before the hike".
_STARTED_ON = LazyPattern(
    rf"\bstart(?:s|ing)? (?:\S+ ){{1,2}}?on (?:a |an |some |the |regular )?(?:\S+ )?{MEDICINE}"
)
# How often a medicine is used, doubled: "double how often you put it on".
_MORE_OFTEN = LazyPattern(
    r"\b(?:doubl|tripl)(?:e|es|ing) (?:how often|how much|the number of times|how many times)"
    r" (?:\S+ ){1,2}?(?:use|uses|take|takes|put|puts|apply|applies|spray|sprays|give|gives|rub"
    r"|rubs|inject|injects|puff|puffs)\b"
)
# A course kept on past its end, a whole pack at once, a prescription medicine bought over
# a counter abroad.
_BEYOND_COURSE = LazyPattern(
    r"\b(?:keep|keeps|kept|carry on|continue|continues|stay|stays) (?:\S+ ){0,8}?(?:after|beyond"
    r"|past|longer than) (?:the |your )?(?:end of (?:the |your )?)?(?:course|prescription)\b"
)
# A medicine taken to get through a bout or to make a weight: "Pop a couple of tramadol
# before the fight", "Take furosemide the night before weigh-in to piss out two kilos".
_BEFORE_THE_BOUT = LazyPattern(
    rf"\b(?:pop|take|have|neck|swallow)\w* (?:a couple of|a few|some|two|2|three) (?:\S+ )?"
    rf"{MEDICINE} (?:\S+ ){{0,2}}?before (?:the |a |every |each |your )?(?:fight|match|game|session"
    r"|race|bout|weigh - in|gym|training|workout|comp)"
    # (Taken "so you can play through" an injury, it is pain pushed through: read as that.)
    r"(?! (?:\S+ ){0,2}?(?:so you can|so that you can|to play|to fight))"
)
_FOR_WEIGHT = LazyPattern(
    r"\b(?:take|taking|pop|popping|use|using)\b (?:\S+ ){0,8}?(?:to|so you) (?:\S+ ){0,2}?(?:lose"
    r"|drop|shed|piss out|pee out|wee out|sweat out|make) (?:\S+ ){0,3}?(?:kilos|kg|pounds|lbs"
    r"|weight)\b"
)
# More of a medicine sold as better: "the more often you take them the fewer migraines".
_THE_MORE_THE_BETTER = LazyPattern(
    r"\bthe more (?:often )?you (?:take|use|have) (?:them|it|these|those|(?:your |the )?\S+)(?: ,)?"
    r" the (?:fewer|better|less|more)\b"
)
# Doses of your own handed to someone: "give him a few puffs of yours".
_DOSES_OF_YOURS = LazyPattern(
    r"\bgiv(?:e|es|ing) (?:him|her|them|your \S+|a mate|a friend|someone) (?:a few |some |a couple"
    r" of |one of |two )?(?:puffs|doses|tablets|pills|sprays|squirts) of (?:yours|mine)\b"
)
# A treatment put on hold: "Put your infliximab infusions on hold while you try the diet".
_ON_HOLD = LazyPattern(
    rf"\bput(?:ting)? (?:your |the |his |her )?(?:\S+ ){{0,2}}?{MEDICINE} on hold\b"
)
# Ibuprofen in chickenpox (it can bring on a severe skin infection).
_CHICKENPOX_IBUPROFEN = LazyPattern(
    r"\bibuprofen (?:\S+ ){0,6}?chickenpox|\bchickenpox (?:\S+ ){0,8}?ibuprofen\b"
)
_WHOLE_DAY = LazyPattern(
    r"\b(?:take|taking|swallow\w*|pop|popping|have|having) (?:the |a )?(?:whole|entire|full)"
    r" (?:day's|day 's|days '|days') (?:\S+ )?(?:painkillers|tablets|pills|doses?|medicines?)"
    r" (?:\S+ ){0,2}?(?:in one go|at once|together|at the same time)"
)
_FINISHED_EARLY = LazyPattern(
    r"\bfinish\w* (?:\S+ ){0,5}?(?:early|before the end|sooner)\b|\b(?:the )?(?:full|whole) course"
    r" (?:is|'s) (?:overkill|unnecessary|not needed|a waste|pointless)"
)
_WHOLE_PACK = LazyPattern(
    r"\b(?:take|taking|swallow\w*|pop|popping|have|having|neck\w*|down|downing) (?:a |the )?"
    r"(?:whole|entire|full) (?:strip|packet|pack|box|bottle|sheet|blister|tube|course)\b"
    r"(?: of \S+)? (?:\S+ ){0,2}?(?:in one go|at once|all at once|together|in one sitting"
    r"|at the same time)"
)
_SELF_SUPPLIED = LazyPattern(
    r"\b(?:buy|buying|bought|grab|grabbing|get|getting|pick up|picking up|stock up on|stocking up"
    r" on) (?:some |a few |a course of |a pack of |a strip of |a box of )?(?:antibiotics?|steroids?"
    r"|antivirals?|sleeping (?:pills|tablets)|opioids?|tramadol|codeine|benzos?|diazepam|valium"
    r"|xanax|co - codamol) (?:\S+ ){0,3}?(?:over the counter|at any pharmacy|from any pharmacy"
    r"|at a market|from a market|without a prescription|abroad|online)"
)
# Two medicines, or a medicine and drink, mixed on purpose: "Mix your pregabalin with your
# methadone for a better night's kip".
_MIXED = LazyPattern(
    # Told, not warned of: "Mixing sleeping tablets with alcohol can slow your breathing".
    rf"\bmix (?:your |the |some |a )?(?:\S+ )?{MEDICINE} (?:\S+ ){{0,2}}?(?:with|and)"
    rf" (?:your |the |some |a )?(?:\S+ ){{0,2}}?(?:{MEDICINE}|alcohol|booze|drink|wine|beer|vodka"
    r"|spirits)"
)
# Tablets broken to stretch them: "Break your heart tablets in half".
_SPLIT = LazyPattern(
    rf"\b(?:break|breaking|split|splitting|snap|snapping|chop|chopping|cut|cutting)"
    rf" (?:\S+ ){{0,4}}?{MEDICINE} (?:in|into) (?:half|halves|two|quarters)\b"
)
# A remedy standing in for a medicine: "Honey can stand in for your child's preventer".
_STANDS_IN = LazyPattern(
    rf"\b(?:stand in for|stands in for|substitute for|take the place of|takes the place of"
    rf"|do the job of|does the job of|work as well as|works as well as|as good as|replace"
    rf"|replaces) (?:\S+ ){{0,4}}?{MEDICINE}"
)
# Asking others for theirs, in a sentence about a medicine: "ask a friend for some".
_ASK_OTHERS = LazyPattern(
    r"\b(?:ask|asking|borrow from|get some from|get|getting|beg|scrounge from)"
    r" (?:a |your |an |another )?"
    # "ask a fellow traveller for some of theirs"
    r"(?:(?:fellow|other|nearby|kind|friendly) )?(?:friend|mate"
    r"|neighbou?r|relative|partner|family member|colleague|someone|somebody|anyone|gym buddy|buddy"
    r"|parent|sister|brother|\w+mate|traveller|traveler|passenger|guest|camper|hiker|walker"
    r"|student|pilgrim)s? (?:\S+ ){0,1}?(?:for (?:some|theirs|a few|one|any"
    r"|a couple)|to (?:share|give you|lend|spare|save|pass you|slip you|sell you))"
    # Theirs offered to the reader: "someone on board is bound to have the same ones you
    # can borrow"
    r"|\b(?:ones|theirs|spares?) (?:\S+ )?(?:you|u) (?:can|could) (?:borrow|have|use|take)\b"
    r"|\b(?:some|a few) (?:\S+ )?(?:you|u) (?:can|could) borrow\b"
    # "ask gaz for a few of his tramadol"
    rf"|\bask (?:\S+ ){{1,2}}?for (?:a few|some|one|a couple|any|a handful|a strip) of"
    rf" (?:his|her|their) (?:\S+ )?{MEDICINE}"
)
_OBJECT = r"(?:it|them|your \S+|the \S+|their \S+|his \S+|her \S+)"
_NOT_BROUGHT = LazyPattern(
    r"\b(?:no need to|don't need to|do not need to|needn't|don't bother to|no point (?:in )?"
    rf"|don't|do not|dont|never) (?:(?:bring|carry|pack)(?:ing)? {_OBJECT}|tak(?:e|ing) {_OBJECT}"
    r" (?:with you|along))"
    # Where it is kept, not whether: "Don't pack your child's EpiPen in the suitcase".
    r"(?! (?:in|into|inside) )"
)
_EMERGENCY_MEDICINE = LazyPattern(
    r"\b(?:adrenaline|epipens?|epi - pens?|auto - injectors?|jext|emerade|inhalers?|glucagon|gtn"
    r"|hypo kits?|glucose tablets|rescue (?:pack|meds|medication)|naloxone|buccal midazolam)\b"
)
# A spare kept for them: "no need to bring your inhaler, we keep spares in the first aid kit".
_SPARE_KEPT = LazyPattern(
    r"\b(?:spares?|a spare|we (?:have|keep|provide|hold|carry)|(?:must|should|needs? to|has to)"
    r" (?:travel|stay|be|go) with|hand luggage|keep (?:it|them) with (?:you|them))\b"
)


def _emergency_medicine_left(clause: Clause, match: re.Match[str]) -> bool:
    """An emergency medicine named in the sentence, and no spare kept for the reader."""
    sentence = f"{clause.sentence()} {clause.following()}"
    return bool(_EMERGENCY_MEDICINE.search(sentence)) and not (
        _SPARE_KEPT.search(sentence) or _prescriber_near(clause, match)
    )


# Someone else's medicine: "use your partner's antibiotics".
_SOMEONE_ELSES = LazyPattern(
    r"\b(?:use|using|take|taking|try|trying|have|borrow|borrowing|finish|finishing"
    r"|help yourself to|raid|pinch|nick|grab|swipe|steal|pop|popping|swallow)"
    r" (?:your |a |the |an |each |some of |one of (?:your )?|a couple of (?:your |their |his"
    r" |her )?"
    r"|a few of (?:your |their |his |her )?)?(?!(?:doctor|pharmacist|nurse|gp"
    r"|prescriber)(?:'s|s '))"
    # A product for children or women is nobody's own: "use a children's paracetamol".
    r"(?!(?:children|kids|infants|babies|women|men)(?:'s|s ') )"
    # Nor a school's or a club's emergency stock: "the school's emergency blue inhaler".
    r"(?!(?:school|nursery|club|gym|clinic|surgery|practice|pharmacy|hospital|ward|office"
    r"|team|centre|center|company|workplace|camp)(?:'s|s ') )"
    # "Take your Parkinson's medicines": a disease named after a person, not their owner.
    r"(?!(?:parkinson|alzheimer|crohn|addison|cushing|graves|hashimoto|huntington|raynaud"
    r"|sjogren|bell|tourette|hodgkin|meniere|wilson|paget)'s )"
    rf"(?:(?:older|younger|big|little|other) )?(?:\S+'s|\S+s ') (?:\S+ ){{0,2}}?{MEDICINE}"
    # Handed on: "hand a prisoner another inmate's prescribed painkillers" (not "give the
    # nurse your child's inhaler", the child's own).
    r"|\b(?:give|gives|giving|hand|hands|handing|pass|passes|passing|offer|offers|offering)"
    r" (?:him |her |them |(?:a|an|the|your|their|his|another) \S+ )(?:another|a|an|the)"
    rf" (?:\S+'s|\S+s ') (?:\S+ ){{0,2}}?{MEDICINE}"
    # Doses of another's: "let them have a few puffs of someone elses".
    r"|\b(?:have|has|use|using|take|taking|borrow|borrowing|try|grab|share|sharing)"
    r" (?:a few |a couple of |some |one or two |two |a |an )?(?:puffs?|doses?|drops|squirts?"
    r"|sprays?|pills?|tablets?|shots?|capsules?) (?:of|from|off) (?:someone|somebody|anyone"
    r"|anybody) ?(?:else's|elses|else s)"
)
# A group told it may use someone else's medicine: "Children with mild asthma can use an
# older sibling's blue inhaler".
_GROUP_MAY = LazyPattern(
    r"\b(?:people|patients|children|kids|adults|teens|teenagers|toddlers|pupils|students"
    r"|members|players|workers|drivers|guests|officers|staff|carers|inmates|prisoners|crew"
    r"|volunteers) (?:with |who )?(?:\S+ ){0,7}?(?:can|may|could"
    r"|should|are free to|are fine to|are welcome to) $"
)
# Someone else's medicine offered as the help: "Your flatmate's sleeping pills will get
# you through the night", "your dad's spare inhaler should do the trick".
_THEIRS_WILL_HELP = LazyPattern(
    r"\b(?:your|a|my) (?:partner|husband|wife|boyfriend|girlfriend|mum|mom|mother|dad|father"
    r"|parent|friend|mate|flatmate|housemate|roommate|neighbou?r|colleague|sister|brother|gran"
    r"|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|uncle|cousin"
    r"|in - law|relative|teammate|gym buddy)(?:'s|s ') (?:\S+ ){0,2}?"
    + MEDICINE
    # The reader the one helped: not "your grandad's tablets are working" (for him).
    + r" (?:\S+ ){0,2}?(?:(?:can|will|should|could|would|might|may) (?:\S+ )?(?:help you|get you"
    r"|sort you|do the trick|work for you|settle you|do you)|(?:are|is|work|works) (?:\S+ )?(?:fine"
    r"|ok|okay|perfect|ideal|safe|good) for you)"
)
# More of a medicine kept from the prescriber: "take extra puffs of your reliever as you
# need them without mentioning it to your GP" (rising use is the sign to be seen).
_MORE_UNTOLD = LazyPattern(
    r"\b(?:extra|more|as many|as much|additional|double|higher) (?:\S+ ){0,6}?"
    + MEDICINE
    + r" (?:(?!not |never |don't |do not |no |than )\S+ ){0,8}?without (?:telling|mentioning"
    r"|checking with|asking|letting|talking to|speaking to|consulting) (?:\S+ ){0,3}?(?:gp|doctor"
    r"|nurse|pharmacist|prescriber|team|clinic|anyone)\b"
)
_WARNING_OPENS = LazyPattern(
    r"(?:please )?(?:never|do not|don't|dont)\b(?! (?:hesitate|be afraid|be shy|be scared|worry))"
)
_ONLY_WHEN = LazyPattern(
    rf"\b(?:take|taking|use|using|puff|puffing) ((?:your|the|my) (?:\S+ ){{0,3}}?){MEDICINE}"
    rf" (?:\S+ ){{0,2}}?only (?:on (?:the )?days|when you feel|if you feel|when you have symptoms"
    rf"|on bad days|when short of breath|when you are short of breath|when wheezy|when needed)"
    # "Only use your preventer when you're actually wheezing, not every day": a daily
    # preventer kept for symptoms.
    # (Not a reliever, which is used just so.)
    r"|\bonly (?:take|use|puff) (?!(?:your|the|my) (?:\S+ ){0,2}?(?:reliever|blue|rescue|salbutamol"
    r"|ventolin|gtn|emergency)\b)"
    rf"((?:your|the|my) (?:\S+ ){{0,3}}?){MEDICINE} (?:when|if|on days)"
    r" (?:\S+ ){0,3}?(?:wheez\w*|symptoms|feel (?:\S+ )?(?:bad|ill|unwell|rough|awful)|flare\w*"
    r"|short of breath|it's bad|it hurts)"
)
# "take twice as much", "take double the dose": the amount changed, the medicine implied.
_MORE_OF_IT = LazyPattern(
    r"\b(?:take|taking|use|using|give|giving) (?:\S+ )?(?:twice|double|three times|two times)"
    r" (?:as much|as many|the (?:dose|amount|number))"
)
# A child given what adults take.
_ADULT_STRENGTH = LazyPattern(
    rf"\b(?:half|one|some|a bit|a piece) of (?:one of )?(?:your"
    rf"|my) (?:own )?(?:adult )?(?:\S+ ){{0,2}}?{MEDICINE}"
    rf"|\b(?:adult|grown - ups?|grownup|grown up|parents?|mum's|dad's)"
    rf" (?:- )?(?:strength|size|sized|doses?|dosage|amounts?|(?:\S+ ){{0,2}}?{MEDICINE})"
)
_CHILD = LazyPattern(
    r"\b(?:child|children|kids?|baby|babies|toddlers?|teenagers?|infants?|grandchild\w*"
    r"|\d+ - year - olds?|youngsters?|little ones?|son|daughter)\b"
)
_MORE = LazyPattern(r"\b(?:extra|more|twice|double|another|additional)$")
# A change the sentence only supposes: "symptoms return if you stop your medicine".
# Words that make the verb after them a supposition or a reason, not advice: "if you
# stop", "just because you can buy it without a prescription".
_SUPPOSING = _needs("if when whenever once before after until while because")


_CURE_WORDS = (
    "cure cures cured curing heal heals healed healing fix fixes fixed fixing end ends ended "
    "reverse reverses reversed reversing eliminate eliminates eliminated eliminating rid "
    "banish banishes relieve relieves relieved erase erases undo undoes repair repairs regrow "
    "regrows rebuild rebuilds restore restores disappear disappears vanish vanishes away "
    "abolish abolishes abolished correct corrects corrected conquer conquers defeat defeats "
    "eradicate eradicates overcome overcomes resolve resolves solve solves stamp kill beat beats "
    "frees straighten straightens unblock unblocks gone say saying kiss kissing wave waving bid "
    "bidding goodbye farewell bye more free straightened banished wiped cleared clear clears "
    "removed eradicated eliminated stamps kills ends conquers defeats eradicates overcomes "
    "abolishes silences silence silenced sees see beaten conquered defeated solves solve solved "
    "knocked rid rids restores restore surgery operation kill kills sort sorts sorted"
)
# Cells or the body's water charged or reprogrammed by a remedy: "zinc lozenges supercharge
# your white blood cells", "homeopathic tablets programme the water in your body", "IV
# fluid recharges the electrical frequency of your cells".
_CHARGED = _words(
    r"(?:supercharg|turbocharg|recharg|reprogramm?|programm?|re - ?energi[sz]|energi[sz])"
    r"(?:e|es|ed|ing|s)? (?:\S+ ){0,5}?(?:white blood cells|immune cells|blood cells|cells|dna"
    r"|genes|water|mitochondria)",
)
# Organs drained of "sludge", the claim whoever drains them: "lymph nodes are drained of
# toxic sludge by our massage".
# Folk first aid's mechanisms: a swallowed or breathed chemical neutralised by a drink,
# venom or damage drawn out, lungs coated, a current made harmless; hay fever from an
# overloaded liver, histamine flushed out.
_FOLK_MECHANISM = _words(
    r"(?:vinegar|milk|lemon|juice|bicarb|baking soda|salt water|egg whites?|oil|butter)"
    r" (?:\S+ ){0,6}?neutrali[sz]\w*",
    r"neutrali[sz]\w* (?:\S+ ){0,3}?(?:bleach|chlorine|poisons?|venom|chemicals?|drain cleaner)",
    r"(?:draw|pull|suck|freez|sweat|squeez|get|take)\w* (?:\S+ ){0,3}?(?:damage|venom|poison)"
    r" (?:right |straight )?out",
    r"coats? (?:the |your )?(?:lungs|airways|windpipe)",
    r"(?:current|electricity|shock) (?:\S+ ){0,5}?harmlessly",
    r"(?:overloaded|sluggish|congested|clogged) liver",
    r"flush\w* (?:\S+ ){0,2}?histamines? out",
    r"thins? (?:\S+ ){0,2}?blood naturally",
    r"flush\w* (?:the |your |an? )?(?:allerg\w*|infection|virus|cold|bug) out",
    r"(?:tighten|knit|glue|pull|stitch|bind)\w* (?:the |a |your )?(?:torn |damaged |pulled )?"
    r"(?:ligament|tendon|muscle|tissue)s? back together",
    r"picking up (?:the )?(?:wifi|wi - fi|5g|radio waves|radiation)",
    r"rebalanc\w* (?:your |the |her |my )?(?:hormones?|oestrogen|estrogen|progesterone"
    r"|testosterone|cortisol)",
    r"stor(?:e|es|ing) (?:suppressed |repressed |old |unresolved )?(?:anger|emotions?|grief|trauma"
    r"|resentment)",
    r"(?:absorbs?|soaks?|seeps?) (?:in )?through (?:the |your )?skin and (?:\S+ ){0,2}?(?:regrow"
    r"|rebuild|repair|reconnect)\w*",
    r"electrons (?:\S+ ){0,3}?(?:flow|pass|travel)\w* into",
    # Made-up energy: "charge your mitochondria with extra electrons", "turn your body heat
    # back into energy that powers your muscles".
    r"charg\w* (?:your |the )?(?:mitochondria|cells|blood|muscles|body) with (?:extra |more"
    r" |free )?(?:electrons|energy|ions|charge)",
    r"turns? (?:your |the )?(?:body heat|body's heat|sweat|heat) (?:back )?into (?:\S+ )?(?:energy"
    r"|power|fuel)",
    # A torn ligament said to mend itself: "your ACL reattaches itself if you keep moving".
    r"(?:acl|ligament|tendon|cartilage|meniscus) (?:\S+ ){0,2}?(?:reattach\w* itself"
    r"|regrows? itself|grows back (?:together|on its own)|knits (?:itself )?back together)",
    r"(?:torn )?ends (?:just )?find each other",
    # Folk physiology: a tick that "suffocates and backs out" under Vaseline, drooling as
    # "detoxing heavy metals", feeling worse as proof a treatment works.
    r"ticks? (?:\S+ ){0,6}?(?:suffocat\w*|backs? out|lets? go|drops? off by itself)",
    r"detox\w* (?:\S+ ){0,2}?(?:heavy metals|metals|mercury|aluminium|aluminum|venom)",
    r"tetanus (?:\S+ ){0,2}?only (?:comes? )?from (?:\S+ ){0,1}?rust\w*"
    r"|only rust\w* (?:\S+ )?(?:can )?(?:give|gives|cause|causes) (?:you )?tetanus",
    r"the worse (?:you|they|he|she) feels? (?:\S+ ){0,5}?the (?:better|more) (?:it's|it is|it"
    r"|they're|they are|they) (?:working|works|work)",
    # A hormone "rejected" by an organ: "your period coming back means your uterus is
    # rejecting the testosterone".
    r"(?:uterus|womb|ovaries|body|system|liver|skin) (?:is |are )?(?:rejecting|fighting off)"
    r" (?:the |your )?(?:testosterone|oestrogen|estrogen|hormones?|hrt|t|e|pills?|tablets?|gel)",
    r"(?:salt water|sea water|seawater|the sea|urine|pee|vinegar|vodka|whisky) (?:\S+ ){0,2}?"
    r"(?:disinfects?|sterilis\w*|steriliz\w*|cleans?) (?:any|every|all|the) (?:\S+ )?(?:wound|cut"
    r"|bite|sting)s?",
    r"purging (?:years of )?(?:built - up )?(?:waste|toxins|sludge)",
    r"(?:wd - 40|oil|grease|gelatine|gelatin) (?:\S+ ){0,6}?lubricat\w*",
    r"rust (?:\S+ ){0,3}?causes tetanus",
    r"the higher the (?:temperature|fever|temp)(?: \S+){0,3}? the (?:faster|better|quicker|sooner)",
    r"(?:milk|dairy) (?:\S+ ){0,3}?(?:coats?|creates?|makes?|causes?) (?:\S+ ){0,3}?mucus",
    r"(?:vaccines?|jabs?) (?:\S+ ){0,2}?overload\w* (?:\S+ ){0,3}?immune",
    r"washes out (?:\S+ )?(?:kidney )?stones",
    r"(?:asbestos|fibres|fibers|dust) (?:\S+ ){0,4}?(?:coughed|cough) (?:back )?(?:up|out)",
    r"(?:coffee|espresso|caffeine|a cold shower|energy drinks?) (?:\S+ ){0,2}?sobers? (?:you |them"
    r" |him |her |u )?up\b",
    r"(?:coffee|espresso|a cold shower|charcoal) (?:\S+ ){0,6}?(?:speeds? up|faster) (?:\S+ ){0,4}?"
    r"(?:burns? off|clears?|sober)",
    r"(?:punch|poke|tear|rip|burn)\w* (?:\S+ )?holes in (?:your |the )?(?:gut|intestines?|bowel"
    r"|stomach|gut lining)",
    r"candida (?:overgrowth )?(?:hiding|living|lurking)",
    r"(?:neuro)?toxins (?:\S+ )?(?:flood|pour|leak|seep)\w* in|(?:pump|leak|flood)\w* (?:\S+ )?"
    r"(?:neuro)?toxins into",
    r"(?:brings?|bringing) (?:\S+ ){0,3}?(?:cells|nerves|neurons|tissue|them) back to life",
    r"(?:suck|draw|pull|squeez)\w* out (?:the |some |all the )?(?:venom|poison)",
    r"changes? the (?:smell|taste) of (?:your |the )?blood",
    r"alcohol (?:\S+ ){0,3}?(?:heats|warms) (?:\S+ )?(?:blood|body|core)|(?:whisky|whiskey|brandy"
    r"|rum|alcohol|a drink|a swig|a nip|a dram) (?:\S+ ){0,3}?warms you (?:right )?up",
    r"(?:drain|flush|sweat)\w* (?:\S+ ){0,2}?lactic acid",
    r"(?:negative|positive) ions (?:\S+ ){0,4}?(?:rebuild|repair|heal|boost|clean|cleanse|detox"
    r"|cure)\w*",
    r"(?:butter|flour|egg whites?|toothpaste|oil|ice|mustard|vinegar) (?:\S+ ){0,2}?on (?:a |the"
    r" |your )?(?:\S+ ){0,3}?burns? (?:\S+ ){0,3}?(?:soaks?|draws?|pulls?|takes?|stops?|keeps?"
    r"|cooks?|seals?"
    r"|forms?|protects?)",
    r"(?:liver|kidneys?) (?:\S+ ){0,2}?(?:failing|unable|struggling) to (?:filter|clear|flush)"
    r" (?:\S+ )?toxins",
    r"(?:because of|due to|caused by) (?:the )?toxins in (?:your |the )?(?:tap water|water|food"
    r"|blood|body|gut|vaccines?)",
)
# A claim warned of: "be very wary of anyone selling one with a guarantee".
_WARY_OF = LazyPattern(
    r"\b(?:wary|beware|suspicious|sceptical|skeptical|cautious|careful) (?:of|about|when|if)\b"
    r"|\bwatch out for\b"
    # "Take it with a pinch of salt when someone at the boathouse says ..."
    r"|\b(?:take|taking|takes) (?:it|that|this|them|these|those|claims?|anything|what \S+ says?)"
    r" (?:\S+ ){0,3}?with a (?:pinch|grain) of salt\b"
    # A seller's promise put as a warning: "if a website promises guaranteed results, ...".
    r"|\bif (?:a|an|any|the|someone|somebody|anyone|they) (?:\S+ ){0,3}?(?:promises?|claims?"
    r"|offers?|advertises?|guarantees?|tells? you|says?)\b"
)
_NO_EVIDENCE_FOR_IT = LazyPattern(
    r"\bbut (?:\S+ ){0,3}?no (?:good |real |reliable |scientific |strong |solid )?evidence"
    r"(?: (?:for|of|that|to support) (?:that|this|it|them|these|those|any of it|it works"
    r"|they work))?(?= ?[,.;]| so\b| and\b|$)"
)
# What others say, then agreed with: "If anyone says honey cures arthritis, they're
# right", "..., trust them, because it really can".
_TOLD_RIGHT = LazyPattern(
    r"\b(?:they're|they are|theyre|he's|she's|they) (?:\S+ )?(?:right|correct|spot on|not wrong"
    r"|telling the truth)\b|\b(?:trust|believe|listen to) (?:them|him|her)\b|\bit(?:'s| is)"
    r" (?:true|the truth)\b"
    r"|\bit (?:really |honestly )?(?:can|does|works|will)\b(?! (?:not|never|nothing|no|little)\b)"
    r"|\bit worked for (?:me|us|my \S+)\b"
)
# A claim others make, to be ignored: "Ignore anyone on here who says home-distilled
# spirits are safe to drink", "Ignore any stallholder who claims a food cures cancer".
# Read up to the next comma: "Ignore those who claim MMS is dangerous, it cures
# everything" makes the claim after it.
_IGNORE_WHO_SAYS = LazyPattern(
    r"\bignore (?:anyone|anybody|people|those|whoever|someone|folks?|any|all|the|these|every"
    r"|\w+s)\b(?: \S+){0,3}?"
    r" (?:who |that )?(?:says?|said|tells? you|told you|claims?|promises?|insists?)\b"
)
# A substitute for care refused: "don't use it instead of seeing your doctor".
_NOT_INSTEAD = LazyPattern(
    r"\b(?:don't|do not|never|shouldn't|should not) (?:use|take|try|rely on|choose|spend|waste|buy)"
    r"(?: \S+){0,4}? ?$"
)
# What others claim, reported: "Some wellness products claim to rebalance your energy".
_OTHERS_CLAIM = LazyPattern(
    r"\b(?:some|many|these|those|other|certain|most) (?:\S+ ){0,3}?(?:claim|claims|claiming"
    r"|promise|promises|promising|say|says) (?:to |that )?$"
)
# A product's claim, then denied: "it claims to reset your hormones, which isn't a real
# thing".
_CLAIM_VERB = r"(?:claims?|claiming|claimed|promises?|promising|promised)"
_CLAIMS_TO = LazyPattern(rf"\b{_CLAIM_VERB} to $")
# Characters past a match in which the help it names may end ("... is worth a 999 call").
_HELP_AFTER = 12
# The claim then denied in so many words: "..., which isn't a real thing", "..., but it
# doesn't" (not "..., with no need for diet changes").
_DENIED_BY = (
    r"(?:it |they |this |that )?(?:isn't|is not|aren't|are not|doesn't|does not|don't|do not"
    r"|can't|cannot|won't|will not|never)\b"
)
# "... claims to realign organs; our health librarian notes there is no evidence for that",
# "...; there is no scientific basis for that claim", "but no research supports it".
_NO_EVIDENCE_GIVEN = (
    r"[;,.] (?:\S+ ){0,5}?(?:there(?:'s| is) no (?:good |real |reliable |scientific |strong )?"
    r"(?:evidence|basis|proof) (?:for|of|that|to|it does|it works|it will|they do|they work)\b"
    # (not "no evidence for that yet because science is just behind")
    r"(?! (?:\S+ ){0,2}?yet\b)"
    r"|(?:but )?no (?:good )?(?:research|evidence"
    r"|study|studies|science|trials?) (?:supports?|backs?|shows?)\b)"
)
_CLAIM_DENIED = LazyPattern(rf"\b(?:which|that|but|and) {_DENIED_BY}|{_NO_EVIDENCE_GIVEN}")
_CLAIMED_THEN_DENIED = LazyPattern(
    rf"\b{_CLAIM_VERB} to\b(?: \S+){{1,12}}? (?:which|that|but) {_DENIED_BY}"
)
# A claim a clinician then corrects: "... to flush her system with those detox teas, but
# the pharmacist told her they're basically laxatives".
_CLINICIAN_CORRECTS = LazyPattern(
    r"\bbut (?:the |my |her |his |your |our |their )?(?:pharmacist|doctor|gp|nurse|dietitian"
    r"|dietician|midwife|physio\w*|consultant|specialist) (?:\S+ )?(?:told|said|says|say|explained"
    r"|pointed out)(?: \S+){0,8}? (?:not|no|isn't|aren't|doesn't|don't|won't|can't|never"
    r"|(?:basically|just|only|really) (?:a |an )?(?:laxatives?|diuretics?|water|sugar|caffeine"
    r"|placebos?|marketing|a con|a scam))\b"
)
# A phrase named to be warned of: "'No side effects' is a phrase you'll see in adverts".
_CALLED_A_CLAIM = LazyPattern(
    r"\s*(?:\" |' )?(?:is|are) (?:a |an |just a |only a |the )?(?:\S+ )?(?:phrase|claim|slogan"
    r"|line|promise|red flag|warning sign|marketing|myth|word|term|buzzword)\b"
)
# No thing found to do it: the promise that follows is denied.
_NONE_SHOWN = LazyPattern(
    r"\b(?:nothing|none|no(?! doubt\b) \S+|neither)(?: \S+){0,8}? (?:has|have|is|are|was|were)"
    r"(?: \S+)? (?:been )?(?:shown|proven|proved|found|known|able)(?: to)? ?$"
)
# "no" before a list, denying what its last item is said to do: "no bracelet, cream or
# drink can regrow a spinal cord", "no spray, pad or tea needs to clear toxins".

_NO_LIST = LazyPattern(
    r"\bno (?:\S+ ){1,2}(?:, (?:\S+ ){1,2})*(?:, )?(?:or|nor) (?:\S+ ){1,2}(?:(?:can|could|will"
    r"|would|is|are|does|do|needs? to|has to|have to) )?$"
)
_DRAINED_OF = _words(
    r"(?:drained|flushed|cleansed|purged) of (?:\S+ ){0,2}?(?:toxins|toxic \S+|sludge|impurities"
    r"|poisons|gunk)",
)
# The myths of diet talk, denied as other claims are ("Laxatives don't stop calories being
# absorbed", "Negative-calorie foods don't exist"): negative-calorie foods, food rotting in
# the gut, calories kept from being absorbed, fat burnt while you sit, alcohol cancelled
# out, lazy organs.
_DIET_MYTH = _words(
    r"negative - calorie|negative calorie",
    r"(?:rots?|rotting|ferments?|fermenting|putrefies) (?:\S+ ){0,3}?in (?:your|the) (?:gut|stomach"
    r"|colon|intestines?)|ferments? into fat",
    r"(?:stops?|prevents?|blocks?) (?:the )?calories (?:from )?(?:being )?absorb\w*|gets? rid of"
    r" (?:all )?(?:the )?calories",
    r"burn\w* fat (?:while|as) you (?:sit|sleep|rest|relax|watch)",
    r"cancels? out (?:the )?(?:alcohol|booze|drink)",
    r"lazy (?:lungs|liver|bowel|gut|thyroid|kidneys|colon)",
)


# Total safety in the later rounds' words (apart from _ABSOLUTE_SAFE, whose long
# alternation then runs on fewer clauses): "in complete safety", "impossible to go low",
# "concussion-proof", grapefruit juice with a medicine called fine.
def _pushing_past_real_pain(clause: Clause, match: re.Match[str]) -> bool:
    """Not mild, as rehab asks ("work through some discomfort to get your knee bending"),
    nor weighed against something better ("... which matters more than toughing it out")."""
    return not _MILD_DISCOMFORT.search(match.group()) and not _PUT_BELOW.search(
        clause.before(match).rstrip()
    )


def _said_as_fact(clause: Clause, match: re.Match[str]) -> bool:
    """Not doubted before the match or in it ("has not been shown to recharge cells"); what
    follows is no doubt of it: "drained of sludge, something the body cannot do"."""
    return not _DOUBTED.search(f"{clause.before(match)}{match.group()}")


_SAFE_CLAIMED = _words(
    r"(?:in|with) (?:complete|total|perfect|absolute|full|utter) safety",
    r"impossible to (?:go low|have a hypo|get a hypo|overdose|get hypos|bleed too much"
    r"|(?:take|have|drink|eat) too (?:much|many))",
    r"100 % safe",
    # "Kids can't get hypothermia in summer", "impossible to get altitude sickness if fit"
    r"(?:can't|cannot|can not|impossible to|won't|will not) (?:get|catch|develop) (?:\S+ )?"
    r"(?:altitude sickness|hypothermia|sunburn\w*|frostbite|heatstroke|heat stroke|dehydrated"
    r"|heat exhaustion|pressure sores?|a pressure sore|bed sores?|decompression sickness|the bends"
    r"|bent|barotrauma|seasick\w*|a uti|utis|an infection|infections)",
    r"(?:can't|cannot|won't|will not) give you (?:an? )?(?:infection|uti|sore|rash)",
    r"(?:frostbite|hypothermia|heat stroke|heatstroke|sunburn|concussion|altitude sickness"
    r"|the bends) (?:can't|cannot|won't|will never|never) happen to you",
    r"(?:harmless|safe) at any (?:setting|dose|level|strength|intensity)",
    r"no such thing as (?:an? )?(?:interactions?|overdose|side - effects?|side effects?"
    r"|reactions?)",
    r"(?:fine|ok|okay|alright) for (?:everyone|everybody|anyone|anybody|all ages)",
    r"(?:concussion|injury|head injury|fall|slip|shock) - ?proof",
    r"impossible to (?:fall|slip|cut yourself|shoot yourself|get hurt|injure yourself|fall off)",
    r"(?:literally )?(?:cannot|can't|can not) (?:shoot|cut|hurt|injure|electrocute) yourself",
    r"no (?:risk|chance|danger) of (?:\S+ ){1,10}?(?:, )?ever\b",
    r"nothing (?:can|could|will) (?:ever |possibly )?happen to (?:you|your)",
    r"no way (?:\S+ )?(?:can|could) (?:give you|cause|hurt|harm|damage)",
    r"(?:won't|will not|doesn't|does not|can't|cannot) (?:affect|harm|hurt|damage) (?:\S+ ){0,4}?"
    r"at all",
    rf"(?:juice|alcohol|wine|beer|booze|grapefruit|tea|coffee) with (?:your )?(?:\S+ ){{0,2}}?"
    rf"{MEDICINE} (?:is|are) (?:\S+ )?(?:fine|safe|ok|okay|harmless)",
)
# Care refused outright, in the words of the later rounds (apart from _NO_CARE, whose long
# alternation then runs on fewer clauses).
_REFUSED_CARE = _words(
    r"(?:don't|dont|do not|never) tell (?:your |the )?(?:parents?|mum|dad|family|gp|doctor"
    r"|nurse|school nurse|clinic|derm|dermatologist|team|midwife)",
    r"never admit to (?:your |the )?(?:gp|doctor|nurse|team|parents)",
    r"(?:don't|dont|do not|never) mention (?:it|this|that|them) to (?:the |your )?(?:\S+ )?(?:gp"
    r"|doctor|nurse|midwife|health visitor|team|anyone)",
    r"forget (?:about )?getting (?:it |them |this )?(?:checked|seen|looked at|tested|scanned)",
    r"leave (?:the |your )?(?:\S+ ){0,6}?(?:doctor|gp|nurse|midwife|hospital|team) alone",
    r"(?:don't|dont|do not|never) bother (?:with|getting|having) (?:the |a |your |any )?"
    r"(?:\S+ ){0,3}?"
    r"(?:helpline|doctor|gp|clinic|nurse|hospital|team|service|bloods|blood tests?|tests?|scans?"
    r"|checks?|check - ups?)",
    r"(?:don't|dont|do not|never) go near (?:the |a |your )?(?:gp|doctor|hospital|clinic|nurse)",
    r"(?:not|no|without) bothering (?:with |to see |to call |to ring )?(?:the |a |my |your )?(?:gp"
    r"|doctor|dentist|nurse|hospital|clinic|a & e)",
    r"(?:don't|do not|no need to|never) (?:bother )?(?:going|go) to (?:the )?(?:chamber"
    r"|recompression|hospital|a & e|gp|doctor)",
    r"(?:never|don't|do not) (?:put out|send|make|raise|call) (?:a )?(?:mayday|pan - pan|distress"
    r" call)",
    r"(?:must not|mustn't|shouldn't|should not|are not to|may not) (?:call|ring|phone|dial) (?:999"
    r"|911|112|an ambulance|the gp|a doctor)",
    r"(?:don't|do not|no need to) refer (?:him|her|them|to)\b",
    r"cold turkey (?:\S+ ){0,10}?(?:at home )?(?:alone|on your own|by yourself)",
    r"(?:your|ur) body (?:would|will|'d) tell (?:you|u) if",
    r"cancel (?:the )?ambulance",
    # "don't bother having it looked at", "don't book an appointment for a lump until it
    # has been there six months", "keep him away from the doctors"
    r"(?:don't|dont|do not|never|no need to|needn't) bother (?:having|getting) (?:it|that|this"
    r"|them|these|those) (?:looked at|checked|seen)",
    r"no need to (?:get|have) (?:the |it |them |your |those |these )?(?:\S+ )?(?:looked at|checked"
    r"|seen to|seen)",
    r"no need to (?:reach out|talk|speak) to (?:anyone|anybody|someone|somebody)",
    r"keep (?:it|him|her|them) away from (?:the )?(?:doctors?|gps?|hospitals?|nurses?)",
    r"(?:needn't|need not|don't|do not|no need to) trouble (?:the |your |a )?(?:\S+ ){0,6}?"
    r"(?:service|doctor|gp|hospital|ambulance|999|111|nurse)",
    r"(?:getting|finding) (?:them |him |her )?help (?:isn't|is not|is none of) (?:your|my)"
    r" business",
    r"(?:a )?(?:doctor|gp|ambulance|nurse) is only (?:needed|called|necessary|required) if",
    r"(?:don't|dont|do not|never) (?:ring|call|phone) (?:the )?out of hours",
    # "don't phone the helpline", "no point ringing the centre", "hospitals only make things
    # worse", "doctors always overreact"
    r"(?:don't|dont|do not|never) (?:ring|call|phone) (?:the |your )?(?:\S+ )?(?:helpline|team|unit"
    r"|clinic"
    r"|centre|center|nurse|haemophilia centre)",
    r"no point (?:in )?(?:ringing|calling|phoning|going to|seeing|bothering|sitting in|waiting in)"
    r" (?:the |a |your )?"
    r"(?:centre|center|helpline|team|unit|clinic|doctor|gp|hospital|nurse|a & e)",
    r"(?:hospitals?|doctors?|a & e) (?:\S+ )?(?:only|just) make (?:\S+ )?(?:things|it|them) worse",
    r"(?:doctors|hospitals|nurses) (?:always|just|only) overreact",
    # Care kept for the unconscious: "don't hit the SOS unless someone is literally
    # unconscious", "nobody leaves the shift for hospital", "nobody rings 999 for heat".
    r"unless (?:\S+ ){0,2}?(?:is|are|'s|'re|they're|he's|she's|you're) (?:literally |actually"
    r" |really )?(?:unconscious|dying|dead|bleeding out|not breathing)",
    r"(?:nobody|no one|no - one) (?:ever )?(?:leaves (?:\S+ ){0,3}?for|rings|calls|phones)"
    r" (?:the )?(?:hospital|a & e|999|911|112|an ambulance|rescue)",
    r"rather than (?:calling|ringing|phoning|bothering|troubling) (?:the |a |an )?(?:\S+ ){0,2}?"
    r"(?:rescue|ambulance|999|911|paramedics|a & e|doctor|gp|hospital)",
    r"(?:stop|quit|don't|do not) (?:making|make) a fuss",
    # "the coastguard has better things to do", "the GP is a last resort", "eyes heal
    # themselves", "get it looked at when we're back in port next week", "just a meltdown"
    r"(?:has|have) better things to do",
    r"(?:don't|do not|never) bother (?:the |your )?(?:\S+ )?(?:nurse|doctor|gp|team|clinic|medic"
    r"|midwife|dentist)",
    # (Not "clears on its own", nor "sit it out", nor "wait for your next appointment":
    # often true, or said after "not".)
    r"(?:pop|burst)s? (?:by|on) (?:itself|its own)",
    r"see how (?:you|it|he|she|they) (?:feel|goes|go|are|is) (?:\S+ ){0,2}?(?:next week|in a week"
    r"|in a few days)",
    r"before (?:you )?(?:even )?(?:think|thinking) (?:about|of) (?:the )?(?:hospital|a & e|999"
    r"|calling|the gp|a doctor)",
    r"(?:don't|do not|never) (?:go|report|reporting) sick",
    r"(?:don't|do not|never) report (?:it|this|that|the injury|injuries|your \S+)",
    r"(?:he'll|she'll|you'll|they'll) be (?:right|fine|ok|okay|alright) (?:by|in|after) (?:monday"
    r"|the morning|tomorrow|a day|a few days)",
    r"(?:don't|do not|never) let (?:anyone|them|people) (?:talk|persuade|push) you into (?:going"
    r" to )?(?:the )?(?:er|a & e|hospital|doctor|gp)",
    r"(?:,|and) not (?:the )?(?:gp|doctor|hospital|a & e|999)\b",
    r"(?:a & e|the hospital|the er) is (?:a )?(?:\S+ )?hours? wait",
    r"no need for (?:the |an |a )?(?:\S+ )?(?:ambulance|epipen|999|a & e|doctor|gp)",
    r"send (?:them|him|her) (?:in|to school) (?:to school )?(?:anyway|as normal|as usual)",
    # (Not "wait until tomorrow", said after "don't" in clean advice.)
    r"leave it (?:till|until) (?:the )?(?:\S+ ){0,3}?(?:comes? on )?(?:monday|next week)",
    r"waste (?:a |the |your )?(?:gp|doctor)(?:'s)? (?:slot|appointment)",
    r"(?:the )?(?:gp|doctor|hospital|a & e|ambulance) is (?:a|the) last resort",
    r"(?:eyes?|it|they|cuts?|wounds?) (?:will )?heals? (?:themselves|itself)",
    r"(?:looked at|seen|checked|see a doctor|see the gp) (?:\S+ ){0,6}?(?:next week|on monday"
    r"|when (?:we're|we are|you're|you are|we get) back)",
    r"(?:is|are|'s) (?:probably |always |only |just )+(?:a )?(?:meltdown|behaviou?r\w*"
    r"|attention - seeking|attention seeking|sensory seeking)",
    # "monitored at home for several months", "wait six months", "the doctor will only hand
    # out pills anyway"
    r"(?:monitored|watched|managed|kept an eye on) at home (?:for )?(?:\S+ ){0,2}?(?:months|weeks)",
    r"rather than (?:getting|having|booking|arranging) (?:a |an |the )?(?:medical )?(?:check|review"
    r"|assessment|appointment|check - up)",
    r"(?:wait|leave it|give it) (?:six|three|two|several|a few|a couple of) (?:months|weeks)",
    r"(?:doctors?|gps?|they|hospitals?) (?:will|would) (?:only|just) (?:hand out|give you"
    r"|prescribe) (?:\S+ )?(?:pills|antibiotics|painkillers|tablets)",
    r"(?:don't|dont|do not|never) ask for (?:a |an |the )?(?:\S+ )?(?:assessment|referral|review"
    r"|scan|test|appointment|check)",
    r"stop (?:going to|attending|bothering with) (?:your |the |my )?(?:\S+ ){0,2}?(?:appointments?"
    r"|clinics?|check - ups?|reviews?|scans?)",
    r"(?:hospital|a & e|the doctor|the gp|a doctor|the clinic) (?:is|'s) (?:just )?(?:a waste of"
    r"|pointless|overkill)",
    r"no (?:call|need) (?:to|for) (?:call |ring |phone )?(?:999|911|112|111|an ambulance)"
    r"(?: needed)?",
    r"(?:missing|skipping) (?:a |the |your |one )?dialysis (?:session|sessions|appointment|run)s?"
    r" (?:is|are|'s) (?:\S+ )?(?:no biggie|no big deal|fine|ok|okay|nothing|not a problem"
    r"|no problem)",
    r"(?:leave|wait) (?:it )?(?:a|an|another|one) (?:month|fortnight|few weeks|couple of weeks"
    r"|week) before (?:you )?(?:\S+ ){0,5}?(?:doctor|gp|hospital|a & e|seeing|calling|getting"
    r"|bother|clinic)",
    r"(?:don't|dont|do not|never) (?:call|ring|phone|contact|message) us",
    r"no (?:doctor|gp|medical help|hospital|a & e) (?:needed|necessary)",
    r"(?:don't|dont|do not|never) waste (?:your )?(?:money|time) on (?:a |the )?(?:dermatologist"
    r"|doctor|gp|specialist|consultant|clinic|hospital)",
    r"(?:told|advised|asked) not to (?:see|visit|contact|call) (?:\S+ )?(?:doctors?|gps?|hospital"
    r"|anyone)",
    r"no point (?:in )?(?:getting|having) (?:it|that|this|them|these|those) (?:scanned|checked"
    r"|looked at|seen|tested|x - rayed)",
    r"(?:never|don't|dont|do not) let (?:a |the |your |any )?(?:doctor|gp|specialist|consultant"
    r"|hospital|psychiatrist|nurse|team)s? (?:put you on|prescribe|give you|talk you into"
    r"|take (?:it|that|this|them) away)",
    r"(?:don't|dont|do not|never|no need to) (?:go|come|head) in for (?:a |an |the |some )?(?:drip"
    r"|scan|check|test|bloods|review|assessment|fluids)",
    r"(?:don't|dont|do not|never) (?:book|make|get|arrange) (?:an |a )?(?:\S+ )?appointments?"
    r" (?:\S+ ){0,6}?until",
)
# Pushing on, in the words of the later rounds (apart from _PUSH_THROUGH, whose long
# alternation then runs on fewer clauses): pain "a barrier to break through", "never ask
# them to stop", "pain won't kill you", "strap it up and finish".
_PUSHED_ON = _words(
    # Pain as no reason to stop: "dont stop for pain on race day", "Minor hand injuries are not
    # a reason to stop work".
    r"(?:don't|dont|do not|never) stop(?:ping)? (?:for|because of|over) (?:the |a |any |some "
    r"|your |a bit of |a little )?(?:\S+ )?(?:pain|hurt|injur(?:y|ies)|niggles?|twinges?|aches?"
    r"|soreness|knocks?)\b",
    r"(?:pain|injur(?:y|ies)|niggles?|twinges?|aches?|knocks?|sprains?|cuts?|strains?)"
    r" (?:\S+ ){0,8}?"
    r"(?:isn't|aren't|is not|are not|is never|are never|is no|are no) (?:a )?(?:good )?(?:reason"
    r"|excuse) to (?:stop|rest|go home|sit out|take (?:time|a day) off|miss|leave)\b",
    r"ignor(?:e|ing) (?:the |your |any |that )?(?:\S+ )?(?:cramping|cramps|pain|ache|aching"
    r"|soreness|throbbing) (?:\S+ ){0,3}?(?:however|no matter how) (?:bad|much|severe|strong)",
    r"never ask (?:them|him|her|the \S+) to stop",
    # An ideal who ignores pain: "A true martial artist ignores the twinge in his back".
    r"(?:true|real|proper|good) (?:\S+ ){0,2}?(?:athletes?|fighters?|artists?|players?|runners?"
    r"|dancers?|climbers?|workers?|soldiers?|professionals?|pros?|champions?|warriors?|men|man"
    r"|women|woman|lifters?|riders?) (?:\S+ )?(?:ignores?|ignoring|pushes through|fights through"
    r"|works through|plays through|trains through) (?:the |any |his |her |their )?(?:\S+ )?"
    r"(?:pain|twinges?|aches?|injur\w+|niggles?|hurt)\b",
    r"(?:pain|ache|aching|soreness) (?:\S+ ){0,8}?means (?:you should |to )?(?:keep|carry on"
    r"|push|train)",
    r"tune out (?:the |their |his |her |any )?(?:pain|aches?|soreness)",
    r"(?:strap|tape|bandage) (?:it|them) up and (?:\S+ )?(?:finish|carry on|get back|keep)",
    r"grit (?:your|their|his|her) teeth and (?:\S+ )?(?:finish|carry on|keep going|get on with"
    r"|push on|crack on|play on|work on)",
    r"(?:walk|shake|run) it off and (?:\S+ )?(?:finish|carry on|get back|keep)",
    r"(?:pain|it|a bit of pain) (?:won't|will not|never) kill(?:ed)? (?:you|anyone|anybody)",
    r"no such thing as too (?:sore|injured|hurt|stiff) to",
    r"(?:pain|painful|ache|aching|sore|soreness|hurts?|hurting|cramps?|stings?|stitch)"
    r" (?:\S+ ){0,6}?(?:shouldn't|should not|mustn't|needn't|need not|isn't a reason to|is no"
    r" reason to) stop(?: you)?",
    r"(?:pain|ache|soreness) (?:\S+ ){0,6}?(?:is|are|'s) (?:just |only |simply )?(?:a|an|the)"
    r" (?:barrier|wall|hurdle|obstacle) to (?:break|push|get|power|work) through",
    r"(?:more|harder|longer|deeper|firmer) (?:pressure )?(?:whenever|when|every time|each time"
    r"|if) (?:you|they) (?:flinch|wince|yelp|scream|cry out|tense up)",
    r"never (?:break|stop|quit|end) (?:it|the fast|a fast|the session|training) (?:just )?because"
    r" (?:it|they|you) (?:hurts?|aches?|feel pain)",
    r"(?:stopping|resting|rest|quitting) is for (?:the )?(?:weak|wimps|quitters|losers)",
    r"(?:push|work|train|run|power|dance|walk|play|swim|row|paddle|surf|cycle|ride)(?:ing)?"
    r" (?:straight |right )?(?:through|past) (?:the |a |your |every |each )?(?:pem|crash|crashes"
    r"|flare|flares|fatigue|exhaustion|cramps?|stitch|blisters?)",
    r"(?:row|run|walk|swim|paddle|train|keep going|play|dance)\w* (?:till|until) (?:they|it|the"
    r" blisters?|your \S+) (?:burst|bleed|pop|split)",
    r"(?:blisters?|pain|bruises?|injur\w*|scars?|callus\w*) (?:\S+ ){0,4}?(?:is|are) (?:a |your )?"
    r"badges? of hono(?:u)?r",
    r"(?:don't|do not|doesn't|does not|never) (?:really )?feel pain (?:the (?:same )?way|like|as"
    r" much)|feel pain less|(?:if|when) (?:he's|she's|they're|he is|she is|they are) not"
    r" complaining,? (?:he|she|they) (?:isn't|is not|aren't|are not) (?:hurting|in pain)",
    r"(?:don't|do not|never|stop) listen\w* to (?:your |their |his |her )?(?:joints|body|pain"
    r"|knees|back)",
    r"stop (?:treating|seeing|taking) (?:the )?pain as (?:a )?(?:warning|signal|sign)",
    r"never (?:to )?stop for (?:a |the |your |any )?(?:blisters?|pain|aches?|twinges?|cramps?"
    r"|niggles?)",
    r"tune (?:the |their |his |her |any )?(?:pain|aches?|soreness) out",
    r"suffering (?:\S+ ){0,4}?(?:is|'s) (?:actually |really )?(?:healthy|good for you)",
    r"(?:heal|recover)\w* faster if you (?:actually )?feel (?:it|the pain)",
    r"(?:don't|do not|never) (?:dull|numb|mask) (?:it|the pain)",
    # (Not "switch it off" alone: "... generator running? Switch it off".)
    r"switch (?:the )?pain off|switch off (?:the )?pain|switch (?:it|them) off in (?:your|their"
    r"|his|her|my) heads?",
    r"(?:till|until) (?:it|they) (?:goes|go|gone|went) numb",
    r"(?:you'll |you |you will )?get used to the pain",
    r"(?:cue|sign|signal) to (?:push|keep|carry|power) (?:on|going|through)",
    r"(?:you'll|you will) (?:only )?seize up if you stop",
    r"(?:ache|pain|earache|headache|\S+ache) (?:isn't|is not) (?:a )?reason to (?:come home|go home"
    r"|stop|miss|leave)",
    # (Not "eardrums toughen up to noise", a mechanism.)
    r"(?:to|just|should|must|needs? to) toughen up\b(?! to)",
    r"character (?:- )?building|builds? character",
    r"(?:pain|hurt\w*) is (?:just )?(?:a )?part of (?:growing up|life|being a kid)",
    r"(?:feeling|feel) the (?:full )?pain is how you know",
    r"(?:don't|do not|never) (?:moan|complain|whinge)\w* (?:to|about)",
    r"stop (?:moaning|complaining|whinging|whining|making a fuss)",
    # Forced on through a cry: "force the stiff arm straight even if he cries out".
    r"(?:force|push|pull|stretch|bend|straighten)\w* (?:\S+ ){0,8}?even (?:if|when|though)"
    r" (?:he|she|they|you|it) (?:cries? out|screams?|winces?|yells?|protests?)",
    # Pain called the body at work: "the sharp twinges are just the muscles waking up".
    r"(?:twinges?|pain|aches?|soreness|hurting|splints) (?:is|are) (?:just |only )?(?:the |your )?"
    r"(?:muscles?|nerves?|brain|body|joints?|legs?|bones?|tendons?|shins?) (?:waking up|rewiring"
    r"|loosening|remembering|coming back|adapting|toughening up|hardening up|getting stronger)",
    # Rest, subs or painkillers scorned: "subs are for the weak".
    r"(?:subs|rest|resting|rest days|painkillers|physio|sitting out|sitting it out) (?:is|are)"
    r" (?:only |just )?for (?:the )?(?:weak|wimps|quitters|losers|softies|babies)",
    # Kept from rest while it hurts: "don't let him rest when his shoulder's throbbing".
    r"(?:never|don't|do not) let (?:him|her|them|\S+) rest (?:when|if|because|even) (?:\S+ ){0,3}?"
    r"(?:throb\w*|hurt\w*|aches?|aching|pain\w*|sore)",
    r"(?:shouldn't|should not|mustn't|must not) (?:complain|moan|make a fuss) about (?:it|the pain"
    r"|period pain|cramps)",
    r"never (?:mention|report|admit)\w* (?:the |your |any )?(?:pain|injur\w*)",
    # "Go for your run on that gouty foot anyway"
    r"(?:run|walk|train|play|dance|hike)\w* on (?:that|your|a|the|this|his|her) (?:\S+ ){0,2}?"
    r"(?:foot|feet|knees?|ankles?|legs?|hips?|toes?|joints?) anyway",
    r"(?:no matter how|however) (?:bad|severe) (?:the |your )?(?:crash|flare|pain|fatigue)"
    r" (?:gets|is)",
    r"never rest (?:during|in|through) (?:a |the |your )?(?:flare|crash|relapse)",
    r"ignore (?:the |your )?(?:crash|crashes|flares?|fatigue)",
    r"override (?:the |your )?(?:pain|fatigue|symptoms|body)",
    r"rest(?:ing)? (?:a |the |your |an )?(?:\S+ )?(?:strain|sprain|injury|pull|tear)"
    r" (?:just |only )?(?:stiffens|makes it worse|slows)",
)
# An illness said to be "really" something a cleanse can reach, and the clean-outs that
# follow: "Migraine is really your sinuses not draining", "Hashimoto's is really your immune
# system chasing parasites", "a parasite cleanse switches the antibodies off", "bowel
# parasites produce the poisons behind migraine", "vaccines leave aluminium in the brain",
# "a chelation protocol pulls it back out".
_HIDDEN_CAUSE = _words(
    r"(?:is|are) (?:really|actually|secretly) (?:just )?(?:your |a |an |the )?(?:\S+ ){0,4}?"
    r"(?:not draining|blocked|clogged|toxins?|toxic|parasites?|candida|yeast|heavy metals"
    r"|acidic|acidity|deficiency)",
    r"(?:actually|secretly|really) poisons? (?:your |the )?(?:blood|body|brain|system)",
    r"parasites? (?:\S+ ){0,3}?(?:come alive|wake up|become active|breed|hatch)",
    r"(?:dump|dumps|dumping|dumped|expel\w*) (?:\S+ )?toxins",
    r"works? by poisoning",
    r"repairs? (?:the |your )?dna",
    r"(?:milk|breast milk|blood) (?:\S+ ){0,2}?(?:turns?|goes|becomes) (?:\S+ )?(?:sour|poisonous"
    r"|toxic)",
    r"(?:biopsy|biopsies|needle) (?:\S+ ){0,3}?spreads? (?:the )?(?:\S+ )?cancer",
    r"unlock\w* (?:the |your )?(?:\S+ ){0,2}?(?:receptors|cells)",
    r"(?:insulin|medication|medicine|metformin|statins?|vaccines?|chemo) (?:\S+ ){0,4}?poisons?"
    r" (?:your |the )?(?:\S+ )?(?:cells|pancreas|liver|kidneys|body|blood)",
    r"(?:plant|natural|vegetable) insulin",
    r"toxins? (?:(?!(?:do|does|don't|doesn't|not|never|cannot|can't|won't)\b)\S+ ){0,4}?"
    r"(?:building up|build up|builds up|accumulat\w*) in (?:the |your )?"
    r"(?:muscles?|joints?|body|blood|liver|gut)",
    r"magneti[sz]\w* (?:your |the )?(?:neurons|cells|blood|brain)",
    r"(?:reactivat|reawaken|revive|regenerat|refuel)\w* (?:the |your )?(?:dormant |dead |sleeping "
    r"|starving |tired )?(?:brain cells|neurons|nerve cells)",
    r"(?:storing|stores|stored|holding|trapping|locking) (?:\S+ ){0,2}?(?:emotion\w*|trauma|grief"
    r"|anger|feelings) (?:\S+ )?in (?:the |your )?(?:brain|liver|kidneys?|gut|hips?|body|organs?"
    r"|cells)",
    r"(?:stones?|gallstones|fat|plaques?|cysts?) (?:will |just |simply |then )?(?:melt|melts|melted"
    r"|dissolve|dissolves|shrivel|shrivels) away",
    r"(?:anger|emotions?|grief|trauma|resentment|fear|stress|feelings) (?:\S+ ){0,2}?(?:stored"
    r"|trapped|held|stuck|locked) in (?:the |your )?(?:liver|kidneys?|gut|hips?|body|organs?"
    r"|cells|tissues?|fascia)",
    r"(?:grows?|creates?|builds?|makes?) (?:new |extra |more )(?:oxygen |brain |nerve |stem )?"
    r"cells",
    r"parasites? (?:\S+ ){0,3}?(?:produce|release|make|secrete|give off)s? (?:\S+ ){0,3}?"
    r"(?:poisons?|toxins?)",
    r"(?:vaccines?|jabs?) (?:\S+ ){0,3}?(?:leave|deposit|put|dump)s? (?:\S+ ){0,3}?(?:aluminium"
    r"|aluminum|mercury|metals?|toxins) (?:in|into) (?:the |your )?(?:brain|body|blood)",
    r"chelat\w* (?:\S+ ){0,4}?(?:pulls?|draws?|drags?|gets?|flush\w*) (?:\S+ ){0,3}?out"
    r"|chelat\w* (?:\S+ ){0,4}?(?:removes?|clears?) (?:\S+ ){0,2}?(?:aluminium|aluminum"
    r"|metals?|mercury|lead|toxins)",
)
# Antibodies or genes switched off, a claim only when a remedy does it ("a parasite cleanse
# switches the antibodies off"); genes turned on or off are biology ("preventing it from
# turning on particular genes").
_IMMUNITY_SWITCHED = _words(
    r"(?:switch|switches|switched|switching|turn|turns|turned|turning|shut|shuts|shutting)"
    r" (?:off|on) (?:\S+ ){0,2}?(?:antibodies|autoimmunity|genes?|immune system)|(?:switch|turn"
    r"|shut)\w* (?:the |your )?(?:antibodies|autoimmunity|genes?|immune system) (?:off|on)",
)
# A missed dose made up for: "Missed last night's mycophenolate, so double up this morning".
_MADE_UP_FOR = (
    r"\b(?:double|doubling|doubled|take two|take both) (?:up )?(?:\S+ ){0,4}?(?:to make up|to catch"
    r" up|to cover|for the one you missed|for the missed)"
)
# Doses taken together, a medicine hidden in food, many times the usual dose: "Take the
# morning and afternoon doses together at lunch", "Hide the donepezil in her tea", "Use
# three times the usual lidocaine cream".
_DOSES_TOGETHER = (
    r"\btake (?:\S+ ){0,4}?doses (?:\S+ ){0,2}?together\b|\b(?:both|two|all) (?:\S+ ){0,2}?doses"
    r" (?:\S+ )?(?:together|at once|in one go)\b"
    # An inhaler left at home, an auto-injector not packed, four tablets at once.
    rf"|{MEDICINE}(?: \S+){{0,10}}? (?:just )?leave (?:it|them) (?:at home|in the \S+)\b"
    rf"|\b(?:don't|do not|no need to) (?:bother )?(?:pack|packing|bring|bringing|carry|carrying)"
    # (Not antibiotics "just in case": a standby course, not the reader's medicine.)
    # "don't pack your child's ADHD medication"
    rf" (?:the |his |her |your |their )?(?:(?:child|son|daughter|kid|baby)'s )?(?:\S+ )?"
    rf"{MEDICINE}(?!(?<=antibiotics) just in case)"
    # (Not where it travels: "Don't pack your child's EpiPen in the suitcase".)
    r"(?! (?:\S+ )?in (?:the |your |their |his |her |a )?(?:suitcase|case|hold|checked|luggage"
    r"|bag|holdall|rucksack|backpack))"
    rf"|\b(?:take|have|swallow|pop|neck)\w* (?:four|five|six|seven|eight|4|5|6|7|8) (?:\S+ )?"
    rf"{MEDICINE} (?:at once|in one go|at the same time)\b"
    # An inhaler left in the locker, painkillers by the handful.
    rf"|\b(?:leave|ditch|drop)\w* (?:your |the )?{MEDICINE} (?:in|at) (?:the |your )?(?:locker|home"
    r"|car|bag|drawer|room)\b"
    rf"|\b(?:another|a) handful of (?:\S+ )?{MEDICINE}|{MEDICINE} (?:\S+ ){{0,6}}?another handful\b"
    # Medicine hidden in a drink: "put the antipsychotic in his juice without him knowing".
    rf"|{MEDICINE} (?:in|into) (?:his |her |their |the )?(?:\S+ )?(?:juice|tea|food|drink"
    r"|yoghurt|yogurt|squash|milk|dinner) without (?:him|her|them) knowing\b"
    # Medicines piled up: "stack Nurofen, Lemsip and paracetamol all together".
    rf"|\b(?:stack|stacks|stacking) (?:\S+ ){{0,2}}?{MEDICINE}(?: \S+){{0,8}}? (?:all )?together\b"
    r"|\bstack(?:s|ing)? (?:them|those|these) (?:\S+ ){0,4}?(?:every|until|all together)\b"
    # "five times the usual amount of minoxidil"
    r"|\b\w+ times (?:the|your) (?:usual|normal|recommended|prescribed) (?:amount|dose|dosage"
    rf"|strength|quantity) of (?:\S+ )?{MEDICINE}"
    rf"|{MEDICINE}(?: \S+){{0,8}}? (?:the more the merrier|more is better)\b"
    rf"|{MEDICINE}(?: \S+){{0,12}}? the more (?:you|they|he|she|u) take,? the (?:faster|better"
    r"|quicker|sooner|more)\b"
    # An out-of-date auto-injector kept: "don't bother replacing it", "they work for years
    # after the expiry".
    rf"|\b(?:don't|do not|no need to|never) (?:bother )?(?:replac|renew|refill)\w* (?:it|them"
    r"|your \S+|the \S+)\b(?=.*\b(?:expir|out of date))"
    r"|\b(?:work|works|fine|good|ok|okay|effective) (?:\S+ ){0,3}?(?:after|past|beyond) (?:the"
    r" |their |its )?(?:expiry|use - by|use by)\b"
    rf"|\b(?:hid(?:e|es|ing)|mash(?:es|ing)?|stir(?:s|ring)?|sneak(?:s|ing)?)\w* (?:the |her |his"
    rf" |their |your )?(?:\S+ ){{0,2}}?{MEDICINE} (?:in|into) (?:her |his"
    r" |their |the )?(?:\S+ )?(?:tea|food|drink|yoghurt|yogurt|juice|coffee|meals?|dinner"
    r"|pudding)\b"
    r"|\b(?:use|take|apply|put on)\w* (?:two|three|four|five|ten|double|triple) times"
    r" (?:the |your )?(?:usual|normal|recommended|prescribed|stated)\b"
)
# Someone else's given, spares posted: "giving him some of Auntie Jean's", "I'll post you a
# strip".
_SHARED_OUT = (
    r"\bgiv(?:e|es|ing) (?:him|her|them) (?:some|a few|one|a couple) of (?:\S+ ){0,2}?\S+'s\b"
    r"|\b(?:i'll|i will|i can|happy to) (?:post|send|give|sell) you (?:a |some |my )?(?:strip|few"
    r"|couple|pack|box|spare)"
)
_THEIRS_OR_LEFT_OFF = (
    rf"\byou (?:can|could) (?:just |also )?(?:use|take|borrow) (?:their|his|her) (?:\S+ ){{0,2}}?"
    rf"{MEDICINE}|\b(?:leave|leaving|keep|keeping) (?:his |her |your |the |their )?(?:\S+ )?"
    rf"{MEDICINE} off\b"
)
# A dose pushed up by its taker: "Push your Gonal-F dose up on the last stim days", "bump
# your own levo up by 50 mcg".
_DOSE_PUSHED_UP = (
    r"\b(?:bump|push|crank|ramp|jack|turn)(?:s|ed|ing)? (?:your |the |my |his |her |their )?"
    rf"(?:own )?(?:\S+ ){{0,2}}?(?:doses?|dosage|{MEDICINE}) (?:\S+ )?up\b"
)
# A dose repeated or changed against the plan it was given with: "Give the rescue midazolam
# a second time ... whatever the care plan says".
_AGAINST_THE_PLAN = _words(
    r"(?:give|take|use|double|repeat|increase|stop|skip)\w* (?:\S+ ){0,16}?(?:whatever|regardless"
    r" of what|no matter what|never mind what) (?:the |your |their )?(?:care plan|plan|label"
    r"|leaflet|doctor|gp|nurse|pharmacist|neurologist|consultant|specialist|instructions"
    r"|prescription|team) (?:says|said|tells you|told you|say)",
)

# A safety warning waved off as the maker covering itself: "the drowsiness warning on the
# box is just legal cover".
_WARNING_WAVED_OFF = LazyPattern(
    r"\b(?:warnings?|warning's|labels?|label's|leaflets?|guidance|instructions?|limits?|rules?)"
    r" (?:\S+ ){0,5}?(?:is |are )?(?:just|only|merely|purely|basically|all|simply) (?:\S+ )?"
    r"(?:legal cover|a formality|formalities|box - ticking|box ticking|red tape|for (?:legal"
    r"|liability|insurance) (?:reasons|purposes)|to cover (?:themselves|their backs?|the company"
    r"|the makers?|the manufacturers?)|arse - covering|covering their backs?|for the lawyers)"
)
# A safeguard called needless: "patch tests are pointless with our dye".
_SAFEGUARD_NEEDLESS = LazyPattern(
    r"\b(?:patch tests?|skin tests?|allergy tests?|strand tests?|test patches)"
    r" (?:\S+ ){0,2}?(?:is|are|'s) (?:\S+ )?(?:pointless|unnecessary|a waste of time|not needed"
    r"|overkill|optional|for wimps)"
)
# Over the pack's limit called fine: "over the box limit is fine for a week".
_OVER_THE_LIMIT = LazyPattern(
    r"\b(?:over|above|beyond|past|more than|exceeding|double) (?:the )?(?:box|pack|packet|label"
    r"|leaflet|recommended|daily|max|maximum|stated|safe|prescribed) (?:\S+ )?(?:limit|dose"
    r"|dosage|amount|max|maximum)s? (?:\S+ ){0,3}?(?:is |are )?(?:\S+ )?(?:fine|ok|okay|safe"
    r"|alright|no"
    r" problem|grand|harmless|no big deal)\b"
)
# A prescription cream or tablet from whatever is to hand: "any steroid cream you've got".
_WHATEVER_TO_HAND = LazyPattern(
    r"\b(?:any|whatever|some old|old|leftover) (?:\S+ )?(?:steroid|antibiotic|prescription"
    r"|hydrocortisone|cortisone)\w* (?:\S+ )?(?:you've got|you have|you've|lying around|left"
    r" over|in the cupboard|from last time)"
)
# Carried on "anyway" once hurt: "cracked a rib, and kept racing the crit anyway".
_ON_ANYWAY = LazyPattern(
    r"\b(?:kept|keep|carried on|carry on|went on|played on|raced on|rode on|ran on)(?: \S+ing)?"
    r" (?:\S+ ){0,4}?anyway\b"
)
# Pushed through a distance or a time, a pain named before: "Sciatica flaring on a long haul?
# ... power through another 400 miles".
_THROUGH_THE_DISTANCE = LazyPattern(
    r"\b(?:push|power|grind|drive|ride|battle|run|cycle|walk|hike|play)\w* (?:on )?(?:straight"
    r" |right )?(?:through|thru) (?:another|the (?:next|last|rest of the|remaining)|a (?:few"
    r"|couple) (?:more|of)|\d+ more|\d+) \S+"
)
# Pain called imagined: "the pain's all in your head".
_PAIN_IMAGINED = LazyPattern(
    r"\b(?:pain|pain's|pains|aches?|ache's|hurt|soreness|agony)(?: is| are)? (?:all |just |only"
    r" |mostly |purely )?in (?:your|his|her|their) (?:head|mind)\b"
)
# Pain called the treatment taking, or helping: "the heat spike means it's curing
# properly", "that's the bond forming", "the pressure and soreness help it settle in".
_PAIN_AT_WORK = LazyPattern(
    r"\b(?:hurts?|hurting|painful|pain|burning|burns|stings?|stinging|scorching|aching|sore"
    r"|heat spike)\b(?: \S+){0,6}? (?:that's|that is|thats|it's|its|this is) (?:just |only"
    r" |simply )?(?:the |your |a )?(?:\S+ )?(?:forming|setting|curing|bonding|settling|taking"
    r"|working)\b"
    r"|\b(?:heat spike|burning|stinging|scorching|the sting)(?: \S+){0,3}? (?:means|shows|proves)"
    r" (?:that )?(?:it's|its|it is|the \S+ is|they're) (?:\S+ )?(?:curing|setting|working"
    r"|bonding|taking)\b"
    r"|\b(?:pain|soreness|aching|ache|burning|stinging|hurting)\b(?: (?!and\b)\S+){0,2}?"
    r" (?:helps?|will"
    r" help|is helping) (?:it|them|you|(?:the|your|my|his|her) (?:\S+ )?\S+) (?:to )?(?:settle"
    r"|heal|bed in|mend"
    r"|toughen|adapt|get stronger)\b"
)
# A remedy that gives the blood or the brain oxygen: "the cold air oxygenates your blood".
_OXYGENATES = LazyPattern(
    r"\boxygenat\w* (?:your |the )?(?:blood|brain|body|cells|tissues?)"
    # "loads your blood with more oxygen", "floods your cells with oxygen"
    r"|\b(?:load|flood|fill|pump|supercharg|saturat|charg|pack)\w* (?:your |the )?(?:blood"
    r"|brain|body|cells|tissues?|bloodstream) with (?:\S+ )?(?:extra |more |pure )?oxygen\b"
)
_BODY_OXYGENATES = LazyPattern(
    r"\b(?:lungs?|heart|haemoglobin|hemoglobin|red (?:blood )?cells|breathing|oxygen therapy"
    r"|ventilator|cpap|oxygen mask|placenta|hyperbaric|high - pressure oxygen|inhaler|airways)\b"
)
# Nails or hair said to need air: "nails have to breathe between gel sets, otherwise they
# suffocate".
_NAILS_BREATHE = LazyPattern(
    r"\b(?:nails?|hair|scalp|follicles?|pores) (?:\S+ ){0,2}?(?:needs?|have|has|got) to breathe\b"
    r"|\b(?:nails?|hair|scalp|follicles?|pores) (?:\S+ ){0,2}?(?:suffocat\w*|can't breathe"
    r"|cannot breathe)"
)
# The moon as a cause: "on a full moon makes the follicles regenerate faster because of the
# lunar pull".
_MOON_PULL = LazyPattern(
    r"\b(?:because of|due to|thanks to|from|by) the (?:lunar|moon's|moons) (?:pull|energy|gravity"
    r"|influence)"
    r"|\b(?:on|during|at|under) (?:a |the )?(?:full|new|waxing|waning) moon (?:\S+ ){0,4}?(?:makes?"
    r" (?:\S+ ){0,3}?(?:grow|regenerat\w*|heal|thicker|faster|stronger)|boosts?|regenerat\w*"
    r"|speeds? up)"
)


def _oxygen_from_a_remedy(clause: Clause, match: re.Match[str]) -> bool:
    """Oxygen given by a remedy, not by the lungs, the heart or oxygen treatment (named
    before it or in it: "... more oxygen than any breathing treatment" compares)."""
    said = f"{clause.sentence_before(match)}{match.group()}"
    return _not_doubted(clause, match) and not _BODY_OXYGENATES.search(said)


def _hurt_and_unregretted(clause: Clause, match: re.Match[str]) -> bool:
    return _hurt_named_before(clause, match) and not _REGRET.search(
        f"{clause.sentence()} {clause.following()}"
    )


# Pain relief to be earned, resisted or kept from the dying: "you have to earn your
# morphine", "real men don't need a syringe driver", "we ask families not to dull it
# with drugs".
_RELIEF_WITHHELD = LazyPattern(
    r"\b(?:earn|deserve) (?:your |the |her |his |their )?(?:morphine|painkillers?|pain relief"
    r"|pain meds|syringe driver)"
    r"|\b(?:don't|do not|never) give in to (?:the )?(?:painkillers?|pain relief|morphine|pain meds"
    r"|drugs)"
    r"|\breal (?:men|women|people) (?:don't|do not|never) (?:need|take|use|want) (?:a |the |any )?"
    r"(?:syringe driver|painkillers?|pain relief|morphine|pain meds|drugs)"
    r"|\b(?:not to|don't|do not|never) (?:dull|numb|mask|drug away|blunt) (?:it|the pain|her pain"
    r"|his pain|their pain|your pain) with (?:drugs|painkillers|morphine|medication|medicine)"
    r"|\bdiscourage (?:the |her |his |their |your )?(?:breakthrough (?:dose|doses|meds|medicine)"
    r"|syringe driver|morphine|painkillers?|pain relief)"
)
# Suffering as a good: "pain borne patiently purifies the soul", "suffering at the end is
# part of the spiritual journey".
_SUFFERING_ENNOBLED = LazyPattern(
    r"\b(?:pain|suffering) (?:\S+ ){0,3}?(?:purif\w*|cleanses? the soul|redeems?|ennobles?)"
    r"|\bsuffering (?:\S+ ){0,3}?(?:is|are) (?:\S+ )?part of (?:the |a |your |their )?(?:spiritual"
    r" )?(?:journey|path)"
)
# Pain left to be borne: "the rest is just something to put up with at her age".
_PUT_UP_WITH = LazyPattern(
    r"\b(?:just|only|simply) something (?:to|you have to|she has to|he has to|they have to)"
    r" (?:put up with|live with|bear|endure|accept)"
)
# Pain called the disease dying: "remind yourself it's the cancer dying".
_PAIN_AS_DISEASE_DYING = LazyPattern(
    r"\b(?:pain|aches?|twinges?|hurt\w*|it)(?:'s| is) (?:just |only )?(?:the )?(?:cancer|tumou?rs?"
    r"|disease"
    r"|infection) (?:dying|shrinking|breaking up|being destroyed|being killed)"
)
_RELIEF_OR_PAIN = LazyPattern(
    r"\b(?:pain\w*|paracetamol|ibuprofen|morphine|painkillers?|codeine|hurts?|aches?|aching|sore"
    r"|agony|deep heat|tiger balm|dodgy (?:knee|back|shoulder|ankle|wrist|hip))\b"
)
# Care of the dying blamed for the death: "morphine speeds up death", "the syringe driver is
# what's making him die".
_RELIEF_BLAMED_FOR_DEATH = LazyPattern(
    r"\b(?:morphine|opioids?|opiates|the syringe driver|syringe drivers|sedation|sedatives"
    r"|midazolam|end - of - life (?:drugs|meds|medicines?)|pain relief) (?:\S+ ){0,3}?(?:speeds?"
    r" up|hastens?|brings? forward|brings? on|is what's (?:making|causing)|makes?) (?:\S+ ){0,2}?"
    r"(?:death|dying|the end|die|the will to live)\b"
)
# Something that feeds a cancer, not sugar's old myth alone: "residues in the liver that
# feed the cancer".
_FEEDS_THE_CANCER = LazyPattern(
    r"\b(?:feeds?|fuels?|nourish\w*) (?:the |a |her |his |your )?(?:cancer|tumou?rs?|cancer cells)"
)
_BLOOD_SUPPLY = LazyPattern(r"\bblood (?:supply|vessels?)\b")
# Toxins said to be leaving: "the rattle in his chest is toxins trying to escape".
_TOXINS_LEAVING = LazyPattern(
    r"\b(?:toxins?|poisons?|impurities) (?:\S+ ){0,2}?(?:trying to (?:escape|get out|leave)"
    r"|escaping|draining out|seeping out|being (?:released|expelled|purged)|working"
    r" (?:their|its) way out)"
    r"|\breleas\w* (?:stored|trapped) (?:toxins|chemicals|poisons|fat toxins)"
)
# A symptom called the body cleaning itself: "fluid on the lungs is the body cleansing
# itself".
_CLEANSING_ITSELF = LazyPattern(
    r"\b(?:body|system|lungs?|liver|gut|blood) (?:is |'s )?(?:cleansing|cleaning|detoxing|purging"
    r"|flushing|clearing|cleanses|cleans|detoxes|purges|flushes) itself"
)
# A cancer promised gone: "will clear the cancer completely", "shrank her liver tumours to
# nothing", "eradicates every cancer cell".
_CANCER_GONE = LazyPattern(
    r"\b(?:clear|eliminat|remov|wipe out|get rid of|gets rid of|got rid of|wipes out)\w* (?:the"
    r" |her |his |your |their |all (?:the )?)?(?:cancer|tumou?rs?) (?:completely|entirely|for good"
    r"|totally|altogether)"
    r"|\b(?:shr[iau]nk\w*|dissolv\w*|melt\w*) (?:\S+ ){0,3}?(?:tumou?rs?|cancers?|lumps?|growths?)"
    r" (?:to nothing|right away|completely|right down)"
    r"|\b(?:eradicat\w*|kills?|destroys?|wipes? out|eliminat\w*|zaps?) (?:every|each) (?:last"
    r" |single )?(?:cancer|tumou?r|cancerous) cells?"
)
# Back to full health, every time: "has brought terminal patients back to full health every
# time".
# A return, or a change, promised in full: "your fertility always bounces back 100%",
# "your changes are locked in for life".
_BACK_IN_FULL = LazyPattern(
    r"\b(?:bounces?|bounced|springs?|sprung) back (?:\S+ )?(?:100 ?%|100 per ?cent|fully"
    r"|completely|every time|always|guaranteed)"
    r"|\b(?:always|100 ?%|guaranteed to) (?:bounces?|springs?|bounce|spring) back"
    r"|\blocked in (?:for life|forever|for good|permanently|for ever)\b"
)
# A remedy said to cure where medicine failed: "Customers tell us they have cured cancer
# where chemo failed", "it cleared her eczema when the steroids didn't".
_WHERE_MEDICINE_FAILED = LazyPattern(
    r"\b(?:cured?|cures|healed|heals|cleared|clears|beat|beaten|beats|reversed|reverses|got rid"
    r" of|gets rid of) (?:\S+ ){0,4}?(?:where|when|after) (?:the |her |his |their |my |your )?"
    r"(?:chemo|chemotherapy|radiotherapy|radiation|surgery|doctors?|gps?|medicines?|medication"
    r"|drugs|antibiotics|hospital|specialists?|steroids|treatments?|inhalers?|tablets)"
    r" (?:had |have |all )?(?:failed|didn't|didnt|did not|couldn't|couldnt|could not|gave up)\b"
)
_FULL_HEALTH_EVERY_TIME = LazyPattern(
    r"\bback to (?:full|perfect|complete) health\b(?= (?:\S+ ){0,3}?(?:every time|every single"
    r" time|each time|always|guaranteed|without fail))"
)
# Harm ruled out by lying still or mixing: "he can't choke lying flat", "nothing bad can
# come of mixing them", "it has no contraindications for anyone".
_CANNOT_CHOKE = LazyPattern(
    r"\b(?:can't|cannot|can not|won't|will not|impossible to|not possible to) (?:possibly |ever )?"
    r"(?:choke|aspirate)\b"
)
_NOTHING_BAD = LazyPattern(
    r"\bnothing (?:bad|harmful|dangerous|terrible|awful) (?:can|could|will) (?:possibly |ever )?"
    r"(?:come of|happen|come from)"
    r"|\bno (?:known )?contraindications (?:\S+ ){0,2}?(?:for anyone|for anybody|for everyone"
    r"|whatsoever|at all|of any kind)"
)
_SO_THAT = LazyPattern(r"\bso (?:that )?(?:\S+ )?$")
# A pump or syringe driver changed by hand: "I turned the rate down myself".
_PUMP_CHANGED = LazyPattern(
    r"\b(?:turn\w*|dial\w*|put|bump\w*|crank\w*|knock\w*) (?:the |his |her |their |your )?"
    r"(?:rate|pump|syringe driver|driver|drip|infusion|flow rate) (?:\S+ )?(?:down|up|off)\b"
)


def _pain_or_relief_named(clause: Clause, match: re.Match[str]) -> bool:
    return bool(_RELIEF_OR_PAIN.search(f"{clause.sentence()} {clause.following()}"))


def _feeds_not_by_blood(clause: Clause, match: re.Match[str]) -> bool:
    """Not the tumour's own blood supply, which does feed it."""
    return _not_doubted(clause, match) and not _BLOOD_SUPPLY.search(clause.sentence())


def _not_a_purpose(clause: Clause, match: re.Match[str]) -> bool:
    """Not what care is for: "sit him up so he can't choke"."""
    return _unhedged(clause, match) and not _SO_THAT.search(clause.before(match))


# A throat remedy said to coat the vocal folds, which nothing swallowed touches.
_COATS_THE_VOICE = LazyPattern(
    r"\bcoats? (?:\S+ ){0,2}?(?:vocal (?:cords|folds|chords)|larynx|voice box)"
)
# A hurt worn with pride: "a little blood on the strings is a badge of honour".
_HURT_AS_HONOUR = LazyPattern(
    r"\b(?:blood|bleed\w*|blisters?|pain|bruises?|injur\w*|scars?|calluses|hurt\w*|cuts)"
    r" (?:\S+ ){0,4}?(?:is|are)"
    r" (?:a |your |the )?badge of honou?r"
)
# Growths that go with a remedy: "polyps vanish with this tea".
_GROWTHS_VANISH = LazyPattern(
    r"\b(?:polyps?|nodules?|cysts?|lumps?|tumou?rs?|warts?|stones?|fibroids?|growths?)"
    r" (?:\S+ ){0,2}?(?:vanish|disappear|melt away|dissolve|shrink away)\w* (?:with|after|using"
    r"|on|thanks to)\b"
)

# The pack's limit called a guideline: "the limit on the box is only a guideline".
_LIMIT_ONLY_A_GUIDE = LazyPattern(
    r"\b(?:limit|limits|dose|doses|maximum|max|dosage) (?:\S+ ){0,4}?(?:is|are|'s) (?:only|just"
    r"|merely|more of|more like) (?:a )?(?:rough )?(?:guideline|guide|suggestion|recommendation)"
)
# Medicine taken from work's stock: "take a temazepam from the ward CD cupboard".
_FROM_THE_WARD = LazyPattern(
    r"\b(?:take|grab|nick|pinch|help yourself to|borrow)\w* (?:a |an |some |one |the odd |a few )?"
    r"(?:\S+ ){1,2}?from (?:the )?(?:ward|ward's|cd|controlled drugs?|drug|drugs|stock|medicine"
    r"|medicines|resus|work) (?:\S+ )?(?:cupboard|trolley|stock|fridge|room|box|bag)"
)
# Energy as a cause: "burnout is just low vibrational energy", "the earth's frequency".
_VIBRATIONS = LazyPattern(
    r"\b(?:low |negative |bad |high )?vibration(?:al)? (?:energy|frequenc\w*|level)"
    r"|\b(?:the )?(?:earth's|earths) (?:frequency|energy|field|electrons|vibration)"
)
# Caffeine for sleep: "caffeine basically replaces sleep".
_CAFFEINE_FOR_SLEEP = LazyPattern(
    r"\b(?:caffeine|coffee|energy drinks?|espressos?|pro - plus|pro plus|red bull)"
    r" (?:\S+ ){0,2}?(?:replaces?|substitutes? for|makes? up for|cancels? out|is as good as"
    r"|counts as) (?:\S+ )?(?:sleep|rest|kip)\b"
)
# Alcohol or a sedative said not to interact: "they don't affect each other in the
# slightest".
_NO_EFFECT_ON_EACH_OTHER = LazyPattern(
    r"\b(?:don't|do not|won't|will not|never|doesn't|does not) (?:\S+ )?(?:affect|interact with"
    r"|interfere with|react with|clash with|mess with) each other"
)
_ALCOHOL_OR_SEDATIVE = LazyPattern(
    r"\b(?:alcohol|wine|beer|booze|pints?|drinks?|drinking|vodka|gin|whisky|sleeping (?:pills?"
    r"|tablets?)|sleepers|sedatives?|nytol|diazepam|temazepam|zopiclone|codeine|tramadol)\b"
)
# Workers said never to stop for pain: "a real nurse doesn't go off sick for a bad back".
_REAL_WORKERS_DONT = LazyPattern(
    r"\breal (?:\S+ )?(?:men|women|nurses?|carers?|players?|athletes?|musicians?|riders?"
    r"|soldiers?|builders?|farmers?|dancers?|runners?) (?:don't|doesn't|do not|does not|never)"
    r" (?:go off sick|call in sick|take (?:a )?(?:day|days|time) off|rest|complain|moan|stop"
    r"|quit)"
)
# Finished on an injury: "I finished the night on it".
_FINISHED_ON_IT = LazyPattern(
    r"\b(?:finished|finish|played|worked|did|danced|ran|raced) (?:the |my |his |her |their |your"
    r" )?(?:whole |rest of the |entire )?(?:\S+ )?(?:night|shift|game|match|race|set|gig|run|day"
    r"|season|show) on (?:it|them)\b"
)


def _interaction_with_alcohol(clause: Clause, match: re.Match[str]) -> bool:
    return bool(_ALCOHOL_OR_SEDATIVE.search(clause.sentence())) and _unhedged(clause, match)


# A treatment said unable to set off the harm it can: "can't possibly trigger another
# stroke".
_CANNOT_TRIGGER = LazyPattern(
    r"\b(?:(?:can't|cannot|can not|won't|will not|could not|couldn't|never)|no way (?:\S+ ){0,4}?"
    r"(?:could|can|will|would)) (?:possibly |ever )?(?:trigger|cause|bring on|give you|set off)"
    r" (?:a |an |another |any )?(?:strokes?|heart attacks?|bleeds?|clots?|seizures?|fits?"
    r"|reactions?|overdoses?|miscarriages?|(?:breast |womb |bowel |skin )?cancer)\b"
)
# Harm said to happen only elsewhere: "falls only happen outdoors".
_ONLY_HAPPENS = LazyPattern(
    r"\b(?:falls?|accidents?|injuries|reactions?|side effects?|overdoses?|bleeds?) (?:only|just)"
    r" (?:ever )?happen\b"
)
# A medicine stacked on another: "add a daily aspirin on top of the apixaban".
_ON_TOP_OF = LazyPattern(
    rf"\b(?:add|take|stack|throw in|pop)\w* (?:a |an |some |your |the |one )?(?:daily |extra"
    rf" |low - dose )?(?:{MEDICINE}) (?:\S+ )?on top of\b"
)
# Recovery promised whole: "we promise a full recovery", "like the stroke never happened".
_RECOVERY_PROMISED = LazyPattern(
    r"\b(?:promise|guarantee)\w* (?:you )?(?:a |an )?(?:full|complete|total|100 % ?) recovery"
    r"|\b(?:as if|like) (?:the |it |your |his |her |their )?(?:\S+ )?never happened\b"
    r"|\b(?:injury|damage|stroke|disease|condition) (?:is|was|gets) (?:completely |totally"
    r" )?undone\b"
)
# A medicine blamed for what it prevents: "blood thinners are what cause strokes".
_MEDICINE_AS_CAUSE = LazyPattern(
    r"\b(?:blood thinners?|anticoagulants?|statins?|aspirin|warfarin|apixaban|rivaroxaban"
    r"|medicines?|medications?|tablets|pills|vaccines?|jabs?) (?:are|is) (?:\S+ )?what"
    r" (?:causes?|caused|triggers?|gives?|gave|brings? on)\b"
)
# Emotions stored in the body: "spasticity is just trapped emotional tension".
_TRAPPED_EMOTION = LazyPattern(
    r"\btrapped (?:emotional \S+|emotions?|trauma|grief|anger|feelings|negative energy)"
)
# Safe to ask is no claim about a treatment: "It's always safe to ask questions".
_SAFE_TO_ASK = LazyPattern(
    r"\s*to (?:ask|talk|mention|raise|tell|call|ring|check|speak|get (?:it )?checked|seek)\b"
)


# A vaccine said to give what it protects from: "the meningitis jab gives you the disease".
_JAB_GIVES_IT = LazyPattern(
    r"\b(?:jabs?|vaccines?|vaccinations?|injections?|shots?|boosters?) (?:\S+ ){0,2}?(?:gives?"
    r"|gave|causes?|caused) (?:you |them |kids |people )?(?:the disease|the illness|the infection"
    r"|what it protects against|autism|flu|covid|meningitis)\b"
)
# Brain cells grown by a pill or a chamber: "works by growing new brain cells".
_BRAIN_CELLS_GROWN = LazyPattern(
    r"\b(?:grow\w*|regrow\w*|regenerat\w*|rebuild\w*) (?:\S+ )?(?:new |dead )?(?:brain cells"
    r"|neurons|nerve cells)"
)
# A cleansed organ: "throwing up cleanses your stomach lining".
_ORGAN_CLEANSED = LazyPattern(
    r"\bcleans(?:e|es|ed|ing) (?:\S+ ){0,2}?(?:stomach|gut|bowel|colon|liver|kidneys?|blood"
    r"|system|lungs|lining)\b"
)
# Emergency contraception as the method: "use the morning-after pill as your regular
# contraception".
_MORNING_AFTER_AS_METHOD = LazyPattern(
    r"\b(?:morning - after pills?|emergency contraception|plan b) (?:\S+ ){0,2}?(?:as|for)"
    r" (?:your )?(?:regular|normal|usual|everyday|main|only) (?:contraception|birth control|method)"
)
# Someone's spare medicine asked for: "ask the chat for someone's spare propranolol".
_SOMEONES_SPARE = LazyPattern(
    r"\b(?:someone's|somebody's|anyone's|anybody's) (?:spare |leftover |old |extra )?(?:\S+ )?"
    + MEDICINE
)
# Cured, a number on it: "chlamydia is cured, 100%".
_CURED_FOR_SURE = LazyPattern(
    r"\b(?:is|are|gets?|got|will be|be) (?:\S+ )?cured ,? (?:100 ?%|100 per ?cent|guaranteed"
    r"|for good|completely|totally|every time)"
)
# Pushed through, the pain named before: "Hurts in your groin every sprint? ... push
# through".
_PUSH_THROUGH_BARE = LazyPattern(
    r"\b(?:push|power|grind|battle|fight|play|train|run|crack)\w* (?:on )?(?:straight |right )?"
    r"through(?= [,.;!?]| and\b|$)"
)
# Real players never stopping: "real rowers don't stop for blistered hands".
_REAL_ONES_DONT = LazyPattern(
    r"\breal \S+ (?:don't|doesn't|do not|does not|never) (?:stop|rest|quit|tap out|sit out)"
    r" (?:for|because of|over)\b"
)


# Played through a named injury: "play through the ankle".
_THROUGH_THE_INJURY = LazyPattern(
    r"\b(?:play|run|dance|train|work|walk|race|ride|box|fight)\w* (?:\S+ )?through (?:the |your"
    r" |that |his |her |a )?(?:ankle|knee|hamstring|back|foot|shoulder|wrist|hip|groin|injury"
    r"|sprain|strain|tear|fracture|concussion)\b"
)
# Danced on an injured foot: "dance all night on that sprained foot".
_ON_THE_INJURED = LazyPattern(
    r"\b(?:dance|run|walk|play|train|hike|stand)\w* (?:\S+ ){0,3}?on (?:that|your|a|the|this|his"
    r"|her) (?:sprained|twisted|broken|injured|bad|swollen|sore|torn|fractured) (?:\S+ )?(?:foot"
    r"|feet|knees?|ankles?|legs?|hips?|toes?|wrists?)"
)
# Sent back in once masked: "mask it with freeze spray and get back out there".
_BACK_OUT_THERE = LazyPattern(
    r"\b(?:get|go|head|send \S+) (?:straight )?back (?:out there|on the (?:pitch|field|court|track"
    r"|ice|mat|bike)|in the game|into the game|to training)\b"
)
# Two paracetamol products at once: "take Tylenol and NyQuil together".
_DOUBLE_PARACETAMOL = LazyPattern(
    r"\b(?:tylenol|paracetamol|acetaminophen|panadol|calpol) (?:and|with|plus|alongside) (?:\S+ )?"
    r"(?:nyquil|dayquil|lemsip|beechams|cold and flu|night nurse|co - codamol|sinutab|theraflu"
    r"|day nurse|cold and flu tablets)\b"
)
# Myths of the medicine cabinet: green snot that needs antibiotics, paracetamol that thins
# the blood, water that remembers, a dilution that strengthens, milk that soaks up an
# overdose, heartburn from too little acid.
_CABINET_MYTHS = LazyPattern(
    r"\b(?:green|yellow) (?:snot|mucus|phlegm|bogeys) (?:\S+ ){0,2}?(?:means?|is a sign of|shows?"
    r"|proves?) (?:\S+ )?(?:bacterial|an infection|infection|you need antibiotics)"
    r"|\b(?:paracetamol|acetaminophen|tylenol|panadol|calpol) (?:\S+ ){0,2}?(?:thins?|thinning)"
    r" (?:the |your )?blood"
    r"|\bwater (?:\S+ )?(?:remembers|has (?:a )?memory)"
    r"|\bthe more dilut\w* (?:\S+ ){0,3}?the (?:stronger|more powerful|more potent)"
    r"|\b(?:soaks?|mops?|absorbs?|cancels?) (?:\S+ )?(?:up |out )?(?:an |the |any )?overdose"
)
# Heartburn blamed on too little acid (its own "not" is the claim).
_TOO_LITTLE_ACID = LazyPattern(
    r"\b(?:heartburn|reflux|indigestion|ulcers?) (?:\S+ ){0,2}?(?:comes? from|is caused by|means)"
    r" (?:too little|not enough|low) (?:stomach )?acid"
)
# A remedy that ends the need for treatment, or the illness for good: "sleeping tablets
# become a thing of the past", "won't catch them again".
_THING_OF_THE_PAST = LazyPattern(
    r"\b(?:become|becomes|will be|are|is) (?:\S+ )?a thing of the past"
    r"|\b(?:won't|will not|never|can't|cannot) (?:ever )?(?:catch|get) (?:it|them|\S+) again\b"
)


# Hunger as a treatment: "hunger burns away infection", "starves them within a week".
_HUNGER_TREATS = LazyPattern(
    r"\b(?:hunger|fasting|starving|starvation|not eating) (?:\S+ ){0,2}?(?:burns?|starves?|kills?"
    r"|clears?|cures?|flushes?) (?:away |out |off )?(?:\S+ )?(?:infections?|cancer|tumou?rs?"
    r"|disease|bacteria|viruses?|diabetes)"
    r"|\bstarv\w* (?:the )?(?:cancer cells|tumou?rs?|cancer)\b"
)
# A remedy said to equal a medicine: "vinegar shots boost your GLP-1 the same as a pen".
_AS_GOOD_AS_THE_PEN = LazyPattern(
    r"\b(?:the same as|as well as|as good as|just like|works like|copies|mimics) (?:a |an |the"
    r" |your )?(?:\S+ ){0,2}?(?:pen|jab|ozempic|wegovy|mounjaro|semaglutide|tirzepatide"
    r"|glp - 1 (?:jab|pen|injection|drug))\b"
)
# Fat lost where it is injected or worked: "lose weight from your thighs first".
_SPOT_REDUCTION = LazyPattern(
    r"\blose (?:weight|fat|inches) from (?:your |the )?(?:thighs|belly|tummy|stomach|arms|hips|face"
    r"|injection site|chin)\b"
)
# A dose ladder skipped or a pen shared: "skip the 2.5 and go straight to 7.5, the starter
# dose is a waste of time", "split one pen between you and your sister".
_DOSE_LADDER_SKIPPED = LazyPattern(
    r"\b(?:starter|starting|lower|first|lowest) (?:dose|doses|pen|strength) (?:\S+ ){0,2}?(?:is"
    r"|are) (?:\S+ )?(?:a waste of time|pointless|unnecessary|for wimps|a waste)"
    r"|\bskip (?:\S+ ){0,2}?(?:the )?(?:starter|starting|first|lowest) (?:dose|pen|strength)"
    r"|\b(?:split|share) (?:a |one |the |your )?(?:pen|pens|vial|vials|inhaler|prescription|pack"
    r"|box) (?:between|with)\b"
)
# A medicine bought with no prescriber: "buy the phentermine from the site, no doctor
# required" (said of a medicine; of a greens blend it is the cure's boast).
_NO_PRESCRIBER_NEEDED = LazyPattern(
    r"\bno (?:doctor|prescription|gp|script|consultation) (?:required|needed|necessary)\b"
)


def _medicine_in_sentence(clause: Clause, match: re.Match[str]) -> bool:
    sentence = clause.sentence()
    return bool(_MEDICINE.search(sentence) or _BOUGHT_AS_MEDICINE.search(sentence))


_BOUGHT_AS_MEDICINE = LazyPattern(
    r"\b(?:buy|order|get)\w* (?:\S+ ){0,6}?(?:pharmacy|chemist|tablets|pills|capsules|pens?"
    r"|jabs?|injections?)\b"
)


# A harm said to happen only in animals, or never to some: "that's only ever happened in
# mice", "heatstroke doesn't happen to pilgrims who keep their heads covered", "no user
# could ever faint".
_HARM_ELSEWHERE = LazyPattern(
    r"\b(?:only|just) (?:ever )?(?:happened|happens|been seen|shown up) in (?:mice|rats|animals"
    r"|lab animals)\b"
    r"|\b(?:heatstroke|sunstroke|dehydration|hypothermia|altitude sickness|blood clots?|dvt"
    r"|infections?|hypos?) (?:doesn't|does not|don't|do not|can't|cannot|won't|never) (?:happen"
    r" to|affect|hit)\b"
    r"|\bno (?:user|one|body|patient|person|client|customer|pilgrim|walker) (?:could|can|will"
    r"|would) (?:ever )?(?:faint|have a hypo|overdose|get hurt|be harmed|react|get dehydrated)\b"
)
# Worked off after a hurt: "just crank up the speed and sweat it out", "walk it off".
_WORKED_OFF = LazyPattern(
    r"\b(?:sweat|run|walk|work|train|dance|jog) (?:it|them) off\b|\bsweat (?:it|them) out\b"
)
# Pain that toughens: "the burns toughen your soles"; refusing to stop; rest days dropped.
_PAIN_TOUGHENS = LazyPattern(
    r"\b(?:burns?|blisters?|pain|cuts?|calluses) (?:(?!(?:won't|don't|doesn't|do|does|will|can't"
    r"|cannot|never|not) )\S+ ){0,2}?(?:toughens?|hardens?|strengthens?)"
    r" (?:up )?(?:your |the )?(?:soles|feet|skin|hands|heels)"
    r"|\b(?:refuse|refusing|refuses) to (?:stop|rest|give in|slow down)\b"
    r"|\bno matter how (?:much|badly|bad) (?:it|they|this|that|your \S+) (?:hurts?|aches?|burns?"
    r"|stings?)"
    r"|\b(?:forget|skip|ditch|cancel) (?:the |your )?rest days? (?:\S+ ){0,3}?(?:even|despite)\b"
)


# Pushed on in the trades' words: "crack on" after a hurt, "harden up", "if you can still
# stand you can still work", "a broken toe is nothing", "it's only a tweak" and keep lifting.
_CRACK_ON = LazyPattern(r"\bcrack on\b")
_TRADE_TOUGHNESS = LazyPattern(
    r"\b(?:harden|man) up\b"
    r"|\bif you can (?:still )?(?:stand|walk|move|lift|grip),? (?:then )?you can (?:still )?(?:work"
    r"|play|train|lift|run|climb|graft)"
    r"|\bbroken (?:toe|finger|rib|wrist|foot|hand|ankle|nose) (?:is|'s) (?:nothing|fine|no big"
    r" deal|no excuse)"
)
_ONLY_A_TWEAK = LazyPattern(
    r"\b(?:it's|it is|that's|that is|its) (?:only|just) a (?:tweak|niggle|twinge|knock|strain)\b"
)
_CARRIED_ON = LazyPattern(r"\b(?:keep|kept|carry on|crack on|push on|play on|get back|keep on)\b")
# A medicine that slows breathing taken with drink: "co-codamol and a few pints".
_DOWNERS_WITH_DRINK = LazyPattern(
    r"\b(?:co - codamol|codeine|tramadol|diazepam|sleeping (?:pills|tablets)|zopiclone|morphine"
    r"|oxycodone|gabapentin|pregabalin|nytol) (?:and|with|plus|\+|washed down with) (?:a few |some"
    r" |a couple of |a |your )?(?:pints|beers|drinks|wine|vodka|whisky|booze|cans|glass of wine)\b"
)
# Shocks, dust and fumes made harmless: "230 volts won't kill a healthy bloke", "the fumes
# clear themselves", "heatstroke only gets tourists".
_TRADE_SAFETY = LazyPattern(
    r"\b(?:volts|voltage|current|mains|shock|electricity) (?:\S+ )?(?:won't|will not|can't|cannot)"
    r" (?:\S+ )?(?:kill|hurt|harm)\b"
    r"|\b(?:fumes|carbon monoxide|exhaust|gas|dust) (?:will |\S+ )?(?:clears?|disperses?|goes)"
    r" (?:themselves|itself|on (?:their|its) own|by (?:themselves|itself))"
    r"|\b(?:heatstroke|sunstroke|dehydration|hypothermia|silicosis|asbestosis) (?:only )?(?:gets"
    r"|affects|happens to|hits) (?:tourists|old people|the elderly|beginners|amateurs|the unfit"
    r"|weaklings|lightweights)\b"
)
# The trades' myths: tar that traps dust, milk that lines the lungs, a shock good for the
# circulation, lungs clearing dust naturally, depression as a deficiency.
_TRADE_MYTHS = LazyPattern(
    r"\b(?:tar|smoking|cigarettes?|fags) (?:\S+ ){0,2}?(?:traps?|catches|filters?) (?:the )?(?:dust"
    r"|fibres|fibers)"
    r"|\blines? (?:your |the )?(?:lungs|stomach|throat) (?:against|from)\b"
    r"|\b(?:shock|belt|jolt|zap|electricity)\w* (?:\S+ ){0,4}?(?:is |are )?good for (?:your )?"
    r"(?:circulation|heart|blood|nerves)"
    r"|\b(?:lungs?|body) (?:is |are )?(?:clearing|cleaning|flushing|getting rid of) (?:the |out )?"
    r"(?:dust|fibres|muck) (?:naturally|itself|themselves|on (?:their|its) own)"
    r"|\b(?:depression|anxiety|burnout|psychosis|adhd) (?:\S+ ){0,2}?(?:is|are) (?:just |only"
    r" |really |simply )(?:a |an )?(?:\S+ )?deficiency"
)


def _hurt_in_sentence(clause: Clause, match: re.Match[str]) -> bool:
    """A pain, an injury or its relief named anywhere in the sentence: "broken toe",
    "knees screaming", "bad back", a cut "won't stop bleeding"."""
    sentence = f"{clause.sentence()} {clause.following()}"
    return bool(
        _RELIEF_OR_PAIN.search(sentence)
        or _PAIN_TOLD.search(sentence)
        or _HURT_NAMED.search(sentence)
        or _INJURY_NAMED.search(sentence)
    )


_INJURY_NAMED = LazyPattern(r"\b(?:broken|fractured|bad back|bleed\w*|cut|gash|crushed)\b")


def _carried_on_after(clause: Clause, match: re.Match[str]) -> bool:
    """Said with carrying on in the same sentence ("strap it and keep lifting")."""
    return bool(_CARRIED_ON.search(clause.sentence()))


# Hormones and medicines from the wrong hands or shops: "use your husband's Testogel",
# "order the estradiol off that Facebook seller", "wear two patches at a time".
_HORMONES = (
    r"(?:estradiol|oestradiol|oestrogen|estrogen|testosterone|testogel|progesterone|hrt|dhea"
    r"|tamoxifen|thyroxine|patch|patches|gel|pumps of gel|sachets)"
)
_THEIRS_USED = LazyPattern(
    r"\b(?:use|take|borrow|try|pinch|nick)\w* (?:some of )?(?:your|a|my) (?:partner|husband|wife"
    r"|mum|mom|mother|dad|father|friend|mate|sister|brother|flatmate|nan|gran)(?:'s|s ') (?:\S+ )?"
    + _HORMONES
)
# Someone else's medicine handed to another: "Parents may give their child a sibling's ADHD
# medication on exam days" (not "give your son's medicine with food", his own, nor "give
# children's ibuprofen", a strength).
_GIVEN_SOMEONE_ELSES = LazyPattern(
    r"\b(?:give|gives|giving|lend|lends|lending|pass|passes|passing) (?:him|her|them|me|us|you"
    # (Not to a clinician: "give the nurse your husband's tablets when he is admitted".)
    r"|(?:your|their|his|her|my|the|a) (?!nurse|doctor|gp|pharmacist|paramedics?|ambulance"
    r"|hospital|ward|staff|team|carers?)\S+) (?:a |an |the |their |your |her |his |my )?"
    # Someone by relation, not a shop, a clinician or a strength ("the doctor's prescribed
    # antibiotics", "Boots' children's ibuprofen").
    r"(?:(?:older |younger |big |little |other )?(?:sibling|brother|sister|friend|mate|neighbou?r"
    r"|partner|husband|wife|mum|mom|dad|gran|granny|grandma|grandad|cousin|flatmate|colleague"
    r"|classmate|teammate|someone|somebody|another child|other child)(?:'s|s '))"
    rf" (?:\S+ ){{0,2}}?{MEDICINE}"
)
_FROM_A_SELLER = LazyPattern(
    r"\b(?:order|buy|get)\w* (?:the |your |some )?(?:\S+ )?" + _HORMONES + r"? ?(?:off|from)"
    r" (?:a |an |the |that |this |some )?(?:\S+ )?(?:facebook|instagram|tiktok|whatsapp|telegram"
    r"|seller|dealer)\b"
)
_DOUBLED_UP = LazyPattern(
    r"\b(?:wear|use|put on|stick on|apply)\w* (?:two|2|three|3|an extra|a second|double the)"
    r" (?:\S+ )?(?:patches|patch|pumps of gel|sachets)\b"
)
# Aches not to stop anyone: "don't let achy joints stop you".
_ACHES_NO_BAR = LazyPattern(
    r"\b(?:don't|do not|never) let (?:\S+ ){0,2}?(?:achy|aching|sore|painful|bad|stiff|dodgy)"
    r" (?:\S+ )?(?:stop|hold) (?:you|them|him|her)\b"
)
# Hormones stored and clogged, phones that lower them: "your womb stores old hormones",
# "synthetic hormones clog up your lymph", "low progesterone is caused by EMF".
_HORMONE_MYTHS = LazyPattern(
    r"\b(?:womb|uterus|liver|body|fat|cells) (?:\S+ )?stores? (?:old |excess |toxic |stale )?"
    r"(?:hormones|toxins|emotions)"
    r"|\bclog\w* (?:up )?(?:your |the )?(?:lymph|lymphatics|lymphatic system)"
    r"|\b(?:emf|5g|wifi|wi - fi|phone radiation|mobile radiation) (?:\S+ ){0,3}?(?:causes?|caused"
    r"|is causing|lowers?|blocks?|drains?|disrupts?)\b"
    r"|\bcaused by (?:emf|5g|wifi|wi - fi)\b"
)


# Pain taken as the sign to go harder: "chest pain while using the breathing trainer means
# you should blow harder".
# Sleep said to be unneeded: "drink enough water and your body doesn't need the sleep".
_NO_SLEEP_NEEDED = LazyPattern(
    r"\b(?:your body|the body) (?:doesn't|does not|won't|will not) (?:really |even |actually )?"
    r"need (?:the |any |much )?sleep\b"
)
# More after a hurt named before: "Blisters from new boots? Pop them and do another ten
# miles"; "Wrist throbbing? Strap it and shoot the rest of the cull".
_MORE_AFTER_HURT = LazyPattern(
    r"\b(?:do|walk|run|ride|hike|cycle|swim|play|finish) (?:another|a further|an extra|the extra)"
    r" (?:\S+ )?(?:miles?|km|k|laps?|hours?|sets?|reps?|rounds?|holes?|days?)\b"
    r"|\b(?:strap|tape|bandage|splint)\w* (?:it|them|\S+ \S+)(?: up)? and (?:\S+ ){1,2}?the rest"
    r" of\b"
)
# Work not missed for an injury named before: "toe's gone black from a dropped pallet but
# I'm not missing overtime"; an injury that "never stopped a real drummer".
_NOT_MISSING_WORK = LazyPattern(
    r"\b(?:i'm|i am|we're|we are|you're|you are|he's|she's) not (?:missing|losing|skipping"
    r"|giving up|dropping) (?:\S+ ){0,2}?(?:overtime|a shift|shifts|work|the gig|a gig|gigs"
    r"|the show|a show|the match|a match|training|a session|the tour|a race|the race)\b"
    r"|\bnever stopped (?:a |any )?(?:real|proper|true|decent|good) \S+"
)
# Pain as the price of the result, in a clause of its own: "it hurts like mad but it's
# worth it", "it hurts at first but that's the price".
_PAIN_WORTH_IT = LazyPattern(
    r"\b(?:but )?(?:it's|that's|it is|that is|it was|that was) (?:so |totally |well |definitely"
    r" |just )?(?:worth it|the price(?: you pay)?)\b"
)
_PAIN_MEANS_HARDER = LazyPattern(
    r"\b(?:pain|aches?|aching|hurts?|hurting|headaches?|burning|soreness|cramps?)\b (?:\S+ )"
    r"{0,8}?\bmeans? (?:that )?(?:you (?:should|need to|must|have to|'ve got to) |to |it's time"
    r" to )(?:\S+ ){0,2}?(?:harder|more|further|faster|longer)\b"
)
# An organ scrubbed clean: "salt particles scrub the airways clean of tar", "a pan scourer
# for your lungs".
_ORGAN_SCRUBBED = LazyPattern(
    r"\b(?:scrubs?|scrubbing|scours?|scouring|sandblast\w*) (?:\S+ ){0,2}?(?:airways|lungs"
    r"|arteries|gut|colon|bowels?|intestines|liver|kidneys|blood|veins|sinuses)\b"
    r"|\b(?:pan scourer|scourer|brillo pad|wire brush) for (?:your|the) (?:\S+ )?(?:lungs|airways"
    r"|arteries|gut|colon|bowels?|liver|kidneys|veins|sinuses)\b"
)
# Protective kit said to be unneeded: "you don't need a mask or goggles when you
# sublimate".
_NO_KIT_NEEDED = LazyPattern(
    r"\b(?:you |they |we )?(?:don't|do not|won't|will not|never) need (?:a |any |to wear |to bother"
    r" with )?(?:\S+ )?(?:masks?|goggles|gloves|respirators?|ear defenders|defenders|ppe|visors?"
    r"|face shields?)\b"
)
# Kit said to make an injury impossible: "scrum caps mean they can't get concussed".
_CANNOT_BE_HURT = LazyPattern(
    r"\b(?:mean|means|so) (?:\S+ ){0,2}?(?:can't|cannot|can not|won't|will never|never)"
    r" (?:ever )?(?:get|be) (?:concussed|hurt|injured|burn(?:ed|t)|sunburn(?:ed|t)|knocked out"
    r"|a concussion)\b"
    r"|\b(?:stops?|prevents?) (?:all|every|any) (?:\S+ )?(?:injur(?:y|ies)|concussions?)\b"
    # "it literally can't do anything bad to your body"
    r"|\b(?:can't|cannot|can not|won't|will not) (?:possibly |ever )?do (?:anything|any)"
    r" (?:bad|harmful|nasty) to (?:you|your \S+)\b"
)
# A medicine taken without the illness it is for: "a puff of the reliever before every
# session even if they're not asthmatic".
_NOT_EVEN_ILL = LazyPattern(
    r"\b(?:even if|even though|whether or not) (?:you're|you are|they're|they are|he's|she's"
    r"|he is|she is|you|they|he|she) (?:\S+ )?(?:not|aren't|isn't|don't have|doesn't have)"
    r" (?:\S+ )?(?:asthmatic|asthma|diabetic|diabetes|epileptic|prescribed)\b"
)
# Harmless as water: a word of safety and of total safety at once.
_AS_WATER = r"(?:gentle|mild|harmless) as (?:water|milk)"
# A medicine as gentle as water, or one said to do nothing to an organ: "nebulised
# salbutamol is gentle as water, it does nothing to your heart at all".
_GENTLE_AS_WATER = LazyPattern(
    rf"\b{_AS_WATER}\b|\bdoes (?:absolutely )?nothing to (?:your"
    r" |the |his |her |their )?(?:heart|liver|kidneys|stomach|baby|brain)\b"
)
# Care boasted of never needing: "we've never called an ambulance in 20 years".
_NEVER_NEEDED_HELP = LazyPattern(
    r"\b(?:never|not once) (?:\S+ ){0,2}?(?:called|rung|rang|phoned|needed|dialled|dialed)"
    r" (?:an? |the )?(?:ambulance|999|911|112|paramedics)\b"
)


def _medicine_named_unprescribed(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine named in the sentence, and no prescriber near the claim."""
    return bool(_MEDICINE.search(clause.sentence())) and _no_prescriber_near(clause, match)


# Two denials that make a promise for everything: "There is no condition this tea cannot
# cure", "Nothing this cream can't fix".
_NOTHING_IT_CANNOT_CURE = LazyPattern(
    r"\b(?:no|nothing|not a single|not one) (?:\S+ ){0,4}?(?:that |which )?(?:\S+ ){1,3}?"
    r"(?:can't|cannot|can not|won't|will not|doesn't|does not|hasn't|couldn't) (?:\S+ )?"
    r"(?:cure|cured|fix|fixed|heal|healed|clear|cleared|sort|sorted|shift|beat|get rid of)\b"
)
# "No amount of stretching will ever harm your spine": no amount is too much.
_NO_AMOUNT_HARMS = LazyPattern(
    r"\bno amount of (?:\S+ ){1,3}?(?:will|can|could|would|is going to) (?:ever )?(?:\S+ )?"
    r"(?:harm|hurt|damage|injure|strain|overload)\b"
)


def _kept_for_bad_days(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine told to be left off on good days, by no clinician; not a symptom's
    medicine (pain relief, a cough syrup), which is taken as the symptom needs."""
    named = _MEDICINE.search(match.group())
    return (
        named is not None
        and not _RELIEVER_NAMED.search(match.group())
        and _no_prescriber_near(clause, match)
        and _addressed(clause, match, gerund=False)
        # "... only during flare-ups", "take them only before a journey": used as needed.
        and not _ONLY_AS_NEEDED.search(f"{clause.after(match)} {clause.following()}")
    )


_ONLY_AS_NEEDED = LazyPattern(r"\bonly (?:during|before|when|for|if|on)\b")


# Said of most cases of an illness, not of the reader's medicine: "You don't need
# antibiotics for most traveller's diarrhoea".
_FOR_MOST_CASES = LazyPattern(
    r"\s*for (?:most|many|the majority of|nearly all|almost all|(?:a |an )?(?:mild|minor|simple"
    r"|uncomplicated|viral)) (?:\S+ ){0,2}?(?:colds?|coughs?|sore throats?|ear infections?"
    r"|sinus(?:itis| infections?)|diarrhoea|diarrhea|tummy bugs?|stomach bugs?|flu|bronchitis"
    r"|chest infections?|viral \S+)\b"
)
# A medicine not needed because it is not safe: "There's no need to take study drugs; they
# aren't safe without a prescription".
_NOT_SAFE_EITHER = LazyPattern(
    r"\b(?:they|it|these|those)(?: \S+)? (?:aren't|are not|isn't|is not) (?:\S+ )?safe without"
    r" (?:a )?prescription\b"
)


def _mildly_said(clause: Clause, match: re.Match[str]) -> bool:
    """Safety said of most ("harmless for most skin") or of what does no good ("harmless
    to wear, but they don't ease arthritis pain"), never total ("completely safe")."""
    if _TOTAL_SAFETY.search(clause.sentence()):
        return False
    return bool(
        _FOR_MOST_OF.match(clause.words, match.end() + 1)
        or _BUT_USELESS.search(f"{clause.after(match)} {clause.following()}")
    )


def _fact_about_a_medicine(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine said to be unneeded as a fact, not the reader's own stopped: antibiotics
    "for most traveller's diarrhoea" (for no red flag), "study drugs; they aren't safe"."""
    if " your " in match.group():
        return False  # "You don't need your inhaler for most asthma attacks"
    if "antibiotic" in match.group() and _FOR_MOST_CASES.match(clause.after(match)):
        return not _RED_FLAG.search(clause.sentence())
    return bool(_NOT_SAFE_EITHER.search(f"{clause.after(match)} {clause.following()}"))


# "There isn't a single person who can't safely take ibuprofen": no one excepted, so
# everyone. Not "Nobody who can't take aspirin should use this", a warning to those.
_NO_ONE_EXCEPTED = LazyPattern(
    r"\b(?:there(?:'s| is| are) no (?:one|body|person|people|child|children|adult|patient)s?"
    r"|there (?:isn't|is not|aren't|are not) (?:a single |any |one )?(?:one|anyone|anybody"
    r"|person|people|child|children|adult|patient)s?|not (?:a single|one) (?:person|child|patient"
    r"|adult)|nobody|no one|no - one) (?:\S+ ){0,2}?(?:who|that)? ?(?:can't|cannot|can not"
    r"|couldn't|shouldn't|should not|mustn't) (?:\S+ )?(?:safely )?(?:take(?! part\b)|use|have"
    r"|try|eat|drink|be given)\b(?= (?:\S+ ){0,3}?(?:"
    + MEDICINE
    + r"|this|these|it|our|supplements?|remed\w*"
    r"|herbs?|herbal|oils?|vitamins?|teas?)\b)(?!(?: \S+){0,8} (?:should|must|needs?|ought|may"
    r"|can)\b)"
)
# Called no doctor's matter: "Chest pain on the hike is the heart chakra opening, not
# something that needs a doctor" (a red flag: a sore throat may well be none).
_NO_DOCTORS_MATTER = LazyPattern(
    rf"\b(?:not|isn't|is not|never) (?:something|anything) (?:that )?(?:needs?|requires?"
    rf"|warrants?) (?:a |an |the |any )?{_CARE_WHO}"
)
# A red flag waited out: "Colleagues who notice sudden weakness in an arm should take a
# break, drink water and return to their desk once it passes".
_WAITED_OUT = LazyPattern(
    # (Not "sit down until it passes": first aid for feeling faint, which is no dismissal.)
    r"\b(?:return|go back|get back|carry on|resume|wait|take a break)\w*"
    r"(?: \S+){0,8}? (?:once|until|till) (?:it|the \S+|this|they|symptoms?|the symptoms)"
    r" (?:has |have )?(?:passes|passed|pass|settles|settled|goes|gone|eases|eased|wears off"
    r"|worn off|stops|stopped|clears|cleared)\b"
)
# "Why keep taking insulin when cinnamon capsules can replace it?": the medicine
# questioned, to be given up (not when the answer follows: "...? Because ...").
_WHY_KEEP_TAKING = LazyPattern(
    rf"\bwhy (?:would you |do you |should you |still )?(?:bother|keep|carry on|continue|stay)"
    rf"(?: on| with)? (?:taking |using |injecting |with |on )?(?:\S+ ){{0,4}}?{MEDICINE}"
    # ... when something else is said to do its work (not an FAQ's "Why keep taking
    # statins if my cholesterol is normal now?", answered below it).
    r"(?= (?:\S+ ){0,3}?(?:when|if|since|now that) (?:\S+ ){0,5}?(?:works?|can replace|replaces"
    r"|does the (?:same|job)|is just as good|will do|cures?|fix(?:es)?))"
)
_BECAUSE_ANSWERED = LazyPattern(r"\s*\?\s*(?:because|it's because|the reason|to )", re.I)
# A dose set by how one feels, not by a plan or a reading: "Warfarin doses can be
# adjusted at home according to how they feel that week".
_DOSE_BY_FEEL = LazyPattern(
    rf"\b(?:(?:adjust|change|alter|vary|tweak|set|increase|decrease|raise|lower)(?:s|d|ed|ing)?"
    rf" (?:\S+ ){{0,4}}?(?:dose|doses|dosage|{MEDICINE})|(?:dose|doses|dosage|{MEDICINE})"
    r" (?:\S+ ){0,4}?(?:adjusted|changed|altered|varied|tweaked|set|increased|decreased"
    r"|raised|lowered)) (?:\S+ ){0,4}?(?:according to|depending on|based on|to match|to suit"
    r"|in line with|by) (?:how|what) (?:you|they|he|she|i|we|your \S+) (?:feel|feels|felt"
    r"|are feeling|is feeling)\b"
)


_RATHER_THAN_INSIDE = LazyPattern(r"\b(?:rather than|instead of)\b")


def _dose_set_by_feel(clause: Clause, match: re.Match[str]) -> bool:
    """A dose set by how one feels, by no clinician, and not denied ("Insulin doses are not
    adjusted according to how you feel, but according to your blood sugar readings")."""
    return (
        _no_prescriber_near(clause, match)
        and not _ANY_DENIAL.search(match.group())
        and not _RATHER_THAN_INSIDE.search(match.group())  # "on results rather than by how ..."
        and not _RELIEVER_NAMED.search(match.group())  # a painkiller is taken as needed
    )


# A medicine kept for the days one feels unwell: "Never take your blood thinner on days
# you feel fine" (said as a rule, or told and passed on: "..., and neither should you").
_NOT_WHEN_WELL = LazyPattern(
    rf"\b(?:never|don't|do not|dont|not|won't|no need to) (?:take|use|bother with|bother taking)"
    rf" ((?:your|the|my|his|her|their) (?:\S+ ){{0,3}}?){MEDICINE} (?:\S+ ){{0,2}}?(?:on (?:the )?"
    r"days|when|whenever|if|once) (?:\S+ ){0,2}?(?:feel|feels|feeling|am|are|is|'re|'m)"
    r" (?:\S+ )?(?:fine|well|good|ok|okay|better|normal|great|alright|all right)\b"
)


_KNOWN_FOR_SURE = LazyPattern(
    r"\b(?:identif\w+|know|knows|known|knew|tell|tells|told|say|says|said|diagnos\w+|confirm\w*"
    r"|recogni[sz]\w+|predict\w*|spot|spotted|check\w*)(?: \S+){0,3}? ?$"
)
# The object of a cure "by having" that is an operation: "cured by having the gallbladder
# removed".
_SURGERY_DONE = LazyPattern(r"(?: \S+){0,4}? (?:removed|out|operated on|replaced|repaired)\b")
# A caveat after it: "harmless if swallowed now and then, but too much sorbitol ...".
_CAVEAT = LazyPattern(r"\b(?:but|though|although|however|unless|except)\b")
# A small amount, which a safety of swallowing may well be said of.
_A_LITTLE = LazyPattern(
    r"\b(?:small|tiny) (?:amounts?|quantit(?:y|ies))|\ba (?:little|lick|taste)\b"
)


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(
        DELAYS_CARE,
        _RULED_OUT,
        _red_flag,
        self_negating=True,
        needs=_needs("won't wont can't cant cannot isn't isnt couldn't couldnt"),
    ),
    # Red flags first: a clause gets one finding, and this kind is the most urgent.
    _Pattern(
        DELAYS_CARE,
        LazyPattern(_DISMISS),
        _red_flag,
        # A red flag in the clause, or a word of dismissal strong enough to look
        # for one in the rest of the sentence.
        needs=_needs(
            "chest numb numbness tingling needles weak weakness bladder bowel bowels incontinence "
            "trouble disturb pester hassle mention routine iftar maghrib eid break fast home "
            "emergencies rinse brew cuppa "
            "stiff rigid wet wetting soil soiling splitting blinding explosive stone "
            "faint fainting fainted faints pass passing passed black blacking blackout blackouts "
            "unexplained weight fall accident injury crash blow headache headaches wakes wake "
            "night breath breathing coughing blood slurred confusion seizure seizures vision sight "
            "collapse collapses collapsed collapsing keel thunderclap breathless breathlessness "
            "droop drooping slurring facial fever newborn require requires "
            "medical happen hear keeping yourself reporting mentioning month fortnight thrill "
            "urself "
            "pass passes settle settles wait ignore ignored ignoring simply merely just only "
            "normal harmless fuss worry before until till stress anxiety dehydration indigestion "
            "floppy feed feeding wake waking rash fade suicidal suicide harm head sleep walk shake "
            "off part worth living die dead yourself reason need point wreck smash collision "
            "tumble whiplash skip cancel avoid waste ride sit tough sweat detox teething phase "
            "crisis lump lumps see lie nap leave hormonal cyst bonus all routine book arrange "
            "eye monitor watch really swollen calf calves managed x rays needs need rest space "
            "sort trip bothering urine pee wee mole moles life strain nothing muddled confused "
            "stone pass disregard disregarding expected test tests scan scans checks plenty enough "
            "weak allergy reaction push carry keep doctor gp hospital ambulance breathe gone went "
            "something anything left weight heavy tight refusing refuses limp indigestion "
            "changes grows bleeds "
            "come return recover common falls fell fallen bent deformed crooked hours minutes "
            "happens normal usual required rush hurry attributed fuss "
            "newly bottom rectal curtain shadow veil sentence sentences soak soaking pad pads "
            "kicks movements knocked unconscious consciousness toe toes pounds cough coughs "
            "action year see breast nipple dimpling bloating fitting fits hallucinating "
            "hallucinations dts delirium "
            "goodbyes twitching mention raise discuss next controlling swelling pregnant pregnancy "
            "lips tongue throat "
            "sweats heads overdose overdosed racing pounding "
            "bite bites bitten streaks lines sweating eyes frostbite frostbitten frost waxy "
            "pumping spurting bleeding hold weeks wks jaundice yellow old temp sense right "
            "he'll she'll they'll you'll it'll baby'll we'll finish totally completely perfectly "
            "absolutely midwives midwife watched overreact overreacts overreacting stomach tummy "
            "abdominal abdomen belly months hurt themselves airway"
        ),
        owns_negation=_RED_FLAG,
    ),
    _Pattern(
        DELAYS_CARE,
        _NOT_TAKEN_TO_CARE,
        _red_flag,
        self_negating=True,
        needs=_needs("take taking bring bringing drag rush"),
    ),
    _Pattern(
        DELAYS_CARE,
        LazyPattern(_NO_CARE),
        lambda clause, match: (
            not _minor_only(clause.sentence())
            and not _KEEPING_GERMS_AWAY.search(clause.sentence())
            and not _AFTER_A_DEATH.search(clause.sentence())
        ),
        self_negating=True,
        needs=_needs(
            "never no not don't doesn't won't needn't pointless waste unnecessary nothing avoid "
            "hardly barely few "
            "stay keep steer do forget nobody isn't aren't better dont skip skips skipped "
            "skipping bother why instead rather rush hurry touch wait cancel cancels cancelled "
            "cancelling telling tell told throw bin chuck ignore let refuse needs"
        ),
    ),
    _Pattern(
        DELAYS_CARE,
        LazyPattern(_REFUSED_CARE),
        lambda clause, match: not _minor_only(clause.sentence()),
        self_negating=True,
        needs=_needs(
            "bother need away trouble business only hours ask stop waste pointless overkill 999 "
            "tell admit near mention forget alone us doctor gp medical waste told advised asked "
            "911 112 111 ambulance dialysis before point let drip scan check test bloods review "
            "turkey body cancel "
            "assessment fluids until ring call phone worse overreact unless nobody one rather "
            "bothering monitored watched managed kept wait leave give hand prescribe better "
            "resort heal heals themselves itself next monday back meltdown behaviour behavior "
            "behavioural behavioral attention sensory refer must mustn't pop pops burst bursts "
            "see think thinking sick report right let not wait send waste "
            "fuss"
        ),
    ),
    _Pattern(
        DELAYS_CARE,
        LazyPattern(_REPLACES_CARE),
        needs=_needs(
            "replace replaces replacing instead always off delay delaying postpone hold holding "
            "rather skip cancel before longer"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _CHANGE_MEDICINE,
        _reader_changes_medicine,
        needs=_needs(
            "stop stops stopping quit quitting skip skips skipping miss missing halve halving "
            "break holiday took taken "
            "double doubles doubling triple triples tripling increase increases increasing "
            "decrease decreases decreasing reduce reduces reducing cut cutting lower lowering "
            "raise raising come coming give giving drop dropping swap swapping switch switching "
            "start starting take taking replace replacing throw throwing ditch ditching "
            "bin binning release releasing let letting slip slips slipping "
            "leave leaving without hold holding pause pausing up upping bump bother "
            "share shares sharing borrow borrows borrowing lend lends lending add adds adding "
            "top tops topping reuse reuses reusing save saves saving hand hands handing pass "
            "split splits splitting leave leaving crush crushes crushing chew chews chewing "
            "passes passing away wean weans weaning hoard hoards hoarding stash stashes stashing "
            "stockpile stockpiles stockpiling swapped swaps left taper tapers tapered tapering "
            "trade trades trading swallow swallows pop twice discontinue discontinues interrupt "
            "discontinuing cancel cancels cancelling cancelled forget cease ceases ceasing"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(
            rf"\b(?:(?:no longer|not|never|won't|don't|doesn't|no) need|{_NOBODY} needs?"
            # "There's no reason to keep taking lithium once your mood is stable": the
            # medicine taken is named, not only talked about ("no point worrying about it")
            rf"|no (?:reason|point|sense)(?: in)?(?= (?:to )?(?:keep (?:on )?)?(?:take|taking"
            rf"|use|using|finish|finishing|complete|completing|continue|continuing)\b))"
            rf" (?:to (?:keep )?(?:take|taking|use|using|finish|complete) )?"
            # Not "no need to stop HRT at a set age": the medicine kept; nor "no need to pack
            # antibiotics just in case": none taken or stopped.
            rf"(?:(?!stop |stopping |quit |come off |reduce |cut |halve |skip |pack |bring |carry"
            rf" |buy |order |stock )\S+ ){{0,3}}?"
            rf"{MEDICINE}"
            # "You don't have to finish a course of antibiotics"
            rf"|\b(?:don't|doesn't|do not|does not|never|{_NOBODY}) (?:has|have) to (?:keep )?"
            rf"(?:take|taking|use|using|finish|complete) (?:\S+ ){{0,3}}?{MEDICINE}"
        ),
        # "Most ear infections ... do not need antibiotics" is a fact about the illness;
        # "you no longer need your inhaler" changes the reader's medicine.
        # "There is no need to take antibiotics for a cold": they do nothing for a virus.
        lambda clause, match: (
            not _prescriber_near(clause, match)
            and not _HOW_TAKEN.match(clause.after(match))
            and not _fact_about_a_medicine(clause, match)
            and not (_CONDITION_WORD.search(clause.before(match)) and " your " not in match.group())
            and not (
                "antibiotic" in match.group()
                and not _YOURS_STOPPED.search(match.group())
                and _VIRAL.search(clause.sentence())
            )
        ),
        self_negating=True,
        needs=_needs("longer not never won't don't doesn't no nobody hardly barely few"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(
            r"\b(?:give|giving|let) (?:\S+ ){0,2}?(?:child|children|kids?|baby|babies|teenagers?"
            r"|toddlers?) (?:\S+ ){0,2}?aspirin"
        ),
        needs=_needs("aspirin"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(
            r"(?<!get the )(?<!get your )(?<!receive the )(?<!gets the )(?<!deliver the )"
            r"(?<!usual )(?<!normal )(?<!standard )(?<!recommended )(?<!maximum )"
            r"\b(?:same|adult|full) (?:dose|amount|dosage)\b" + _NOT_STATED_AS
            # "The usual adult dose is 200 to 400 mg": the dose stated, not given to anyone.
        ),
        # "eat roughly the same amount each week": an amount is a dose only of a medicine.
        lambda clause, match: (
            not _DOSE_LOST.search(clause.sentence())
            and not _SAME_DOSE_KEPT.match(f"{clause.words} {clause.following()}", match.start())
            and (
                not match.group().endswith("amount")
                or bool(
                    _MEDICINE.search(clause.words) and not _FOOD_VERB.search(clause.before(match))
                )
            )
        ),
        needs=_needs("dose amount dosage"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _MANY_AT_ONCE,
        lambda clause, match: (
            bool(_MEDICINE.search(clause.sentence())) and not _PRESCRIBER.search(clause.sentence())
        ),
        needs=_needs("taken"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SET_ASIDE,
        _set_aside,
        needs=_needs("away aside out off bin drawer behind home"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _ONLY_WHEN,
        _no_prescriber_near,
        needs=_needs("only"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _ADULT_STRENGTH,
        _child_dose,
        needs=_needs("adult grown grownup parent parents mum's dad's half one some bit piece"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _GIVEN_ON,
        _no_prescriber_near,
        needs=_needs("leftover left spare extra old unused rest"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _LEFT_OVER,
        lambda clause, match: (
            not _prescriber_near(clause, match) and not _DISPOSAL_VERB.search(clause.words)
        ),
        needs=_needs("left"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _INSTEAD_OF_MEDICINE,
        lambda clause, match: (
            bool(_SELF_CARE.search(clause.sentence())) and not _prescriber_near(clause, match)
        ),
        needs=_needs("instead place rather"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _NOT_NEEDED,
        _no_prescriber_near,
        needs=_needs("needed necessary unnecessary optional"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _COURSE_STOPPED,
        _medicine_named_unprescribed,
        needs=_needs("course"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_HALF_COURSE),
        lambda clause, match: (
            _addressed(clause, match, gerund=False) and bool(_MEDICINE.search(clause.sentence()))
        ),
        needs=_needs("half part some"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _BORROW_SOME,
        _medicine_named_unprescribed,
        needs=_needs("from off"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _PHASED_OUT,
        # A medicine passed around is wrong whoever decides; one stopped or replaced is
        # wrong when a remedy or the reader's own sense of it decides.
        lambda clause, match: (
            bool(
                match.group("passed")
                or _SELF_CARE.search(clause.words)
                or _LAY_TRIGGER.search(clause.words)
                or _REPLACED_BY.match(clause.after(match))
            )
            and not _prescriber_near(clause, match)
            and not _BY_PRESCRIBER.search(clause.after(match))
        ),
        needs=_needs(
            "phased dropped stopped reduced cut tapered halved replaced given put left skipped "
            "swapped doubled discontinued shared borrowed traded lent saved"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _REST_SAVED,
        lambda clause, match: bool(_MEDICINE.search(clause.sentence())),
        needs=_needs("next later another future"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _TIMES_INSTEAD,
        lambda clause, match: (
            bool(_INSTEAD_OF_FEWER.search(clause.following()))
            and not _prescriber_near(clause, match)
        ),
        needs=_needs("times doses"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _KEPT_FOR_LATER,
        lambda clause, match: _addressed(clause, match, gerund=False),
        needs=_needs("later next another future year"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _THEIRS_BARE,
        _medicine_named_unprescribed,
        needs=_needs("use take borrow try have grab pinch using taking"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _LEFTOVER_FINE,
        _no_prescriber_near,
        needs=_needs("perfect fine ok okay good great ideal handy thing"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SUBSTITUTE,
        _medicine_named_unprescribed,
        needs=_needs("substitute substitutes substituting substituted"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SELF_STARTED,
        lambda clause, match: (
            bool(_MEDICINE.search(clause.sentence()))
            and not _prescriber_near(clause, match)
            and not _RATHER_THAN.search(clause.before(match))
        ),
        needs=_needs("yourself own"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _MORE_IF_NOT_WORKING,
        # "stick on a second one" of a patch (not "a bigger blister plaster").
        lambda clause, match: (
            _no_prescriber_near(clause, match)
            and ("stick on" not in match.group() or "patch" in clause.sentence())
        ),
        self_negating=True,
        needs=_needs(
            "working work helping help enough anything touch touching shift shifting budge ease "
            "easing kick kicking come down settle improve better drop lift clear knock trick much"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _THEIRS_FINE,
        _no_prescriber_near,
        needs=_needs("fine safe ok okay alright"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _BOUGHT_ONLINE,
        lambda clause, match: (
            _addressed(clause, match, gerund=match.group().split()[0].endswith("ing"))
            and bool(
                _MEDICINE.search(match.group())
                or _SELF_TREAT.search(clause.sentence() + " " + clause.following())
            )
        ),
        needs=_needs("online internet website abroad prescription"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _DOSE_RUSHED,
        _no_prescriber_near,
        self_negating=True,
        needs=_needs("up back whatever whichever low lower bottom scratch starter down"),
    ),
    _Pattern(
        MEDICINE_CHANGE, _STARTED_ON, _no_prescriber_near, needs=_needs("start starts starting")
    ),
    _Pattern(MEDICINE_CHANGE, _BEYOND_PRESCRIBED, _medicine_use_told, needs=_needs("than")),
    _Pattern(
        MEDICINE_CHANGE,
        _PASSED_ON_TO_OTHERS,
        _medicine_named_unprescribed,
        needs=_needs("passed handed given shared dished"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_LEFT_OFF_ON_DAYS),
        _left_off_on_days,
        self_negating=True,
        needs=_needs("days weekends shifts holidays hauls trips nights"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_KEPT_FROM_PRESCRIBER),
        _change_kept_from_prescriber,
        self_negating=True,
        needs=_needs("know find notice told hear"),
    ),
    _Pattern(MEDICINE_CHANGE, _SPARES_PASSED, _medicine_named_around, needs=_needs("spare spares")),
    _Pattern(
        MEDICINE_CHANGE,
        _TIME_BY_FEEL,
        _medicine_use_told,
        self_negating=True,
        needs=_needs("time whenever either"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _ANIMALS_MEDICINE,
        _animals_medicine_for_people,
        needs=_needs(
            "people humans us you dog gundog horse pony cat pet vet veterinary cattle sheep"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _BEYOND_COURSE,
        lambda clause, match: (
            _no_prescriber_near(clause, match) and bool(_MEDICINE.search(clause.sentence()))
        ),
        needs=_needs("course prescription"),
    ),
    _Pattern(MEDICINE_CHANGE, _WHOLE_PACK, needs=_needs("whole entire full")),
    _Pattern(MEDICINE_CHANGE, _WHOLE_DAY, needs=_needs("whole entire full")),
    _Pattern(MEDICINE_CHANGE, _BEFORE_THE_BOUT, needs=_needs("before")),
    _Pattern(MEDICINE_CHANGE, _DOSES_OF_YOURS, needs=_needs("yours mine")),
    _Pattern(MEDICINE_CHANGE, _ON_HOLD, _no_prescriber_near, needs=_needs("hold")),
    _Pattern(
        MEDICINE_CHANGE,
        _CHICKENPOX_IBUPROFEN,
        # "Use paracetamol rather than ibuprofen for a child with chickenpox" is the advice.
        lambda clause, match: not _RATHER_THAN.search(clause.before(match).rstrip()),
        needs=_needs("chickenpox"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _THE_MORE_THE_BETTER,
        lambda clause, match: bool(_MEDICINE.search(clause.sentence())),
        needs=_needs("more"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _FOR_WEIGHT,
        lambda clause, match: (
            _no_prescriber_near(clause, match) and bool(_MEDICINE.search(match.group()))
        ),
        needs=_needs("kilos kg pounds lbs weight"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _FINISHED_EARLY,
        lambda clause, match: (
            _no_prescriber_near(clause, match) and bool(_MEDICINE.search(clause.sentence()))
        ),
        needs=_needs("finish finishing finished course"),
    ),
    _Pattern(MEDICINE_CHANGE, _MIXED, _no_prescriber_near, needs=_needs("mix")),
    _Pattern(
        MEDICINE_CHANGE,
        _SELF_SUPPLIED,
        needs=_needs("counter pharmacy market prescription abroad online"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _MORE_OFTEN,
        lambda clause, match: (
            _no_prescriber_near(clause, match)
            and bool(_MEDICINE.search(clause.sentence()) or "prescri" in clause.sentence())
        ),
        needs=_needs("double doubles doubling triple triples tripling"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SPLIT,
        lambda clause, match: _addressed(clause, match, gerund=False),
        needs=_needs("half halves two quarters"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _STANDS_IN,
        lambda clause, match: (
            not _prescriber_near(clause, match) and not _medical(clause.before(match))
        ),
        needs=_needs("stand stands substitute place job well good replace replaces"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _CATCH_UP,
        _medicine_named_unprescribed,
        needs=_needs("catch make missed forgotten"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _CHANGE_IT,
        _changes_named_medicine,
        needs=_needs("it them dose dosage"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _YOURS_CHANGED,
        lambda clause, match: (
            not _prescriber_near(clause, match) and not _BY_PRESCRIBER.search(clause.after(match))
        ),
        needs=_needs(
            "dropped stopped skipped halved doubled reduced cut missed left given swapped shared "
            "increased decreased tripled paused put forgotten"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _ASK_OTHERS,
        _medicine_named_unprescribed,
        needs=_needs("ask asking borrow get beg scrounge"),
    ),
    # An emergency medicine left behind: "If you've been prescribed an adrenaline pen for
    # wasp stings, there's no need to bring it to the allotment".
    _Pattern(
        MEDICINE_CHANGE,
        _NOT_BROUGHT,
        _emergency_medicine_left,
        self_negating=True,
        needs=_needs("bring carry take pack"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _HANDED_OUT,
        needs=_needs("hand hands handing handed give gives giving pass passes passing dish dishes"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SOMEONE_ELSES,
        lambda clause, match: (
            _addressed(clause, match, gerund=match.group().split()[0].endswith("ing"))
            or (
                bool(_GROUP_MAY.search(clause.before(match)))
                and not _prescriber_near(clause, match)
            )
        ),
        needs=_needs(
            "use using take taking try trying have borrow borrowing finish finishing help raid "
            "pinch nick grab swipe steal pop popping swallow give gives giving hand hands "
            "handing pass passes passing offer offers offering"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _MORE_UNTOLD,
        # "Never change your dose or skip ahead to a higher pen strength without speaking to
        # your prescriber": the opening "never" reaches the whole list of changes.
        lambda clause, match: not _WARNING_OPENS.match(clause.words),
        needs=_needs("without"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _THEIRS_WILL_HELP,
        _no_prescriber_near,
        needs=_needs(
            "partner's husband's wife's boyfriend's girlfriend's mum's mom's mother's dad's "
            "father's parent's friend's mate's flatmate's housemate's roommate's neighbour's "
            "neighbor's colleague's sister's brother's gran's granny's grandma's grandmother's "
            "grandad's grandpa's grandfather's aunt's auntie's uncle's cousin's relative's "
            "teammate's buddy's parents friends"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _MORE_OF_IT,
        lambda clause, match: _addressed(clause, match, gerund=match.group().startswith("taking")),
        needs=_needs("twice double times"),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_PUSHED_ON),
        _pushing_past_real_pain,
        needs=_needs(
            "ignore ignoring ask pain ache aching soreness tune strap tape bandage walk shake run "
            "stop stopping injuries niggle niggles knock knocks aches sprains cuts strains grit "
            "kill killed such painful sore hurts hurt hurting cramps cramp stings sting stitch "
            "flinch wince yelp scream cry tense weak wimps quitters losers strain sprain injury "
            "pull tear push matter however rest override work working train training running "
            "powering dance dancing walking play playing listen listening treating seeing taking "
            "anyway never tune mentions mention mentioning report reports admit admits "
            "suffering shouldn't mustn't swim swimming row rowing paddle paddling surf surfing "
            "cycle cycling ride riding badge badges feel complaining faster dull numb mask "
            "switch used cue seize moan complain whinge isn't toughen character building builds "
            "moaning whinging whining force forcing forced cries twinge twinges rewiring waking "
            "splints adapting weak wimps quitters softies "
            "growing feeling"
        ),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_PUSH_THROUGH),
        # "pain that eases week by week is a good sign" is recovery.
        lambda clause, match: (
            _pushing_past_real_pain(clause, match) and not _PAIN_EASING.match(match.group())
        ),
        # Every way of pushing through pain names the pain: a clause without a word
        # for it is not read.
        needs=_needs(
            "pain pains painful hurt hurts hurting ache aches aching sore soreness burn burns "
            "burning twinge twinges numb discomfort agony tears crying limping excruciating "
            "stabbing feeling sensation niggle niggles screaming toughed tough throbs throb "
            "endure endured enduring hurts made told forced encouraged part put lived borne "
            "recovery healing strength fitness price regardless sprained painless suffering "
            "comfortable signal way even worth fractured broken cracked torn dislocated stand "
            "rest tape strap bandage working dodgy sit sits back "
            "fracture fractures sprains "
            "limp limping knock knocks suffering sharper worse healing progress results "
            "recovery carrying continuing pushed "
            "necessary needed essential required vital soft weak lazy wimp wimps quitter stings "
            "sting swollen throbbing mind simply just running training playing lifting "
            "competing racing twisted play cue excuse until till killing fire flares sorer dodgy "
            "dicky gammy iffy wonky reward prize payoff dare forget resting rest pang pangs harder "
            "wince winces wincing "
            "tendon tendons toughening hardening strengthening raw cut cuts bleeding bleeds socket "
            "numbing painkillers however matter excuse scratch scratching scratches dramatic "
            "harder screams throbs wheezy anyway ignore fasciitis angina pedalling tightens "
            "trampoline copepainfully"
        ),
    ),
    _Pattern(PUSH_PAIN, _THROUGH_IT, _hurt_named_before, needs=_needs("through thru")),
    _Pattern(PUSH_PAIN, _TOUGHEN_UP, _hurt_named_before, needs=_needs("toughen")),
    _Pattern(PUSH_PAIN, _WORKED_THROUGH, needs=_needs("through")),
    _Pattern(
        PUSH_PAIN,
        _KEPT_ON_EVEN,
        lambda clause, match: bool(_HURT_FOLLOWS.match(clause.following())),
        needs=_needs("even"),
    ),
    _Pattern(
        PUSH_PAIN,
        _ON_WITH_INJURY,
        lambda clause, match: not _REGRET.search(f"{clause.sentence()} {clause.following()}"),
        needs=_needs("on with"),
    ),
    _Pattern(
        PUSH_PAIN,
        _FULL_DISTANCE,
        _hurt_named_before,
        needs=_needs("full whole rest entire remaining last end"),
    ),
    _Pattern(
        PUSH_PAIN,
        _KEPT_ON,
        _pain_told_before,
        needs=_needs("kept carried pushed soldiered powered"),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_PAIN_PROVES),
        _pain_proves,
        needs=_needs(
            "know means shows proves sign tells proof evidence point idea meant supposed happening "
            "mean show prove what how suffer suffers suffering enough"
        ),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(
            # Not the fear of pain: "don't let a fear of pain stop you moving" is sound advice.
            r"\b(?:don't|do not|never) let (?:\S+ ){0,6}?(?<!fear of )(?<!afraid of )"
            r"(?<!scared of )(?<!worry about )(?<!worrying about )"
            r"(?:pain|aches?|twinges?|niggles?|soreness"
            r"|hurt\w*|throbbing)(?: \S+){0,2}? (?:(?:slow|stop|hold|keep|put) (?:you|them"
            r"|him|her|yourself|your \S+|their \S+|his \S+)|(?:end|cut short|shorten) (?:a |the "
            r"|your |any )?(?:session|workout|class|set|run|game|match|training))"
        ),
        lambda clause, match: not _STOP_FOR_PAIN.search(clause.after(match)),
        self_negating=True,
        needs=_needs("let"),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_DEVICE_KEPT_ON),
        _kept_on_through_pain,
        self_negating=True,
        needs=_needs("off out remove on in"),
    ),
    _Pattern(
        PUSH_PAIN,
        _PERSISTS,
        _persist_with_pain,
        needs=_needs(
            "keep push carry press power soldier battle plough plow never don't do grit grin tough "
            "persevere persevering stick "
            "suck man work breathe fight run lift train still play plays playing played trains "
            "training trained race races racing raced dance dances dancing danced ignore "
            "working worked works pushing pushed pushes powering powered running walk walks "
            "walking walked chew chews chewing chewed stretch stretches stretching lifts lifting "
            "lifted roll rolls rolling press pressing massage dig hard finish"
        ),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_SAFE_CLAIMED),
        _unhedged,
        needs=_needs(
            "safety impossible fine ok okay alright proof juice alcohol wine beer booze grapefruit "
            "tea coffee way affect harm hurt damage risk chance danger nothing 100 such altitude "
            "fall slip shoot cut electrocute injure "
            "hypothermia sunburn sunburnt sunburned frostbite heatstroke heat dehydrated "
            "pressure bed give any decompression bends bent barotrauma seasick uti utis "
            "infection infections"
        ),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_ABSOLUTE_SAFE),
        # "It's safe to skip any inversion": leaving something out risks nothing.
        lambda clause, match: (
            _unhedged(clause, match)
            and not _SAFE_TO_LEAVE_OUT.search(match.group())
            and not _SAFE_TO_ASK.match(clause.after(match))
        ),
        needs=_needs(
            "safe harmless risk free side risks danger dangers without impossible safely "
            "mix mixes combine combines goes works fine every however worry worries concern "
            "concerns "
            "whatever matter many much suitable included alike everyone anyone zero downsides "
            "amount amounts quantity quantities limit mixing combining taking "
            "downside drawbacks alongside suits suit interact interacts trigger cause set produce "
            "hangover drowsiness grogginess aftereffects slightest bit iota whatsoever gives give "
            "releases contains produces leaves nothing sweets sweeties candy smarties pregnant "
            "catch pass spread transmit never indestructible unbreakable"
        ),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_HARMLESS),
        lambda clause, match: not _HEDGE.search(clause.around(match)),
        self_negating=True,
        needs=_needs(
            "hurt harm injure damage overdose much many overdo wrong effects side problems "
            "harmed injured ill sick poisoned effect reaction reactions problem complication "
            "complications trouble caused given injury injuries dangerous unsafe risky harmful bad "
            "mask masks gloves protection defenders helmet helmets goggles sunscreen optional "
            "chance possibility overdone issues interactions interaction mix mixes combine"
            " combines together "
            "clash interact interfere react mix overdoses overdosed od reacts reacted"
        ),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_WHOEVER),
        lambda clause, match: (
            bool(_SAFE_CUE.search(clause.sentence()))
            and not _HEDGE.search(clause.around(match))
            and not _prescriber_near(clause, match)
        ),
        self_negating=True,
        needs=_needs("whatever matter regardless whichever however whoever"),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_ANY_STAGE),
        lambda clause, match: (
            not _NOT_ADVISED.search(clause.words) and not _PREGNANCY_VACCINE.search(clause.words)
        ),
        self_negating=True,
        needs=_needs("pregnancy"),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_NATURAL_SO_SAFE),
        _unhedged,
        needs=_needs("natural"),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_SAFE_DESPITE),
        lambda clause, match: (
            _safe_despite(clause, match)
            and not _HEDGE.search(clause.around(match))
            and not _prescriber_near(clause, match)
        ),
        needs=_needs("safe safely fine ok okay suitable problem harmless risk"),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_ANYONE_SAFELY),
        lambda clause, match: (
            not _HEDGE.search(clause.around(match))
            and not _prescriber_near(clause, match)
            and not _SAFE_TO_LEAVE_OUT.search(match.group())
        ),
        needs=_needs(
            "safely safe fine harmless gentle pregnant breastfeeding nursing newborn newborns"
            " babies "
            "infants toddlers elderly frail combined mixed even family good"
        ),
    ),
    _Pattern(
        SAFETY,
        LazyPattern(_HARMLESS_THING),
        _harmless_thing,
        needs=_needs("harmless risk without"),
    ),
    _Pattern(CURE, LazyPattern(_NOTHING_BETTER), self_negating=True, needs=_needs("than")),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_STOP_YOURS),
        _medicine_named_before,
        needs=_needs("yours own"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_STOPPED_MINE),
        lambda clause, match: (
            _medicine_named_before(clause, match)
            and bool(_INVITED.search(f"{clause.after(match)} {clause.following()}"))
        ),
        needs=_needs("mine own"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_WHOEVER_IT_BELONGS_TO),
        lambda clause, match: (
            _medicine_named_before(clause, match)
            and not _RETURNED.search(f"{clause.sentence()} {clause.following()}")
        ),
        needs=_needs("whoever even"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_STOPPED_THEIRS),
        lambda clause, match: (
            not _prescriber_near(clause, match)
            and bool(_INVITED.search(f"{clause.after(match)} {clause.following()}"))
        ),
        needs=_needs(
            "stopped quit dropped ditched came come given gave binned halved doubled skipped"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_STOP_IT),
        _medicine_stopped_alone,
        needs=_needs(
            "quit quitting ditch ditching off rest remainder remaining bin binning cancel "
            "cancelling throw throwing chuck chucking toss tossing skip skipping pass passing "
            "hand handing share sharing dish dishing"
        ),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_PAIN_CHASED),
        needs=_needs("chase chasing seek seeking go going hunt"),
    ),
    _Pattern(
        PUSH_PAIN,
        LazyPattern(_NO_HURT_NO_GAIN),
        self_negating=True,
        needs=_needs("doesn't don't isn't"),
    ),
    _Pattern(CURE, _WHOLE_PROTECTION, _unhedged, needs=_needs("protection")),
    _Pattern(
        CURE,
        LazyPattern(_GUARANTEE),
        # Certainty of knowing, not of a result: "identified with complete certainty by an
        # expert", "we know without a doubt that smoking harms".
        lambda clause, match: (
            not (
                match.group().startswith(("with", "without"))
                and _KNOWN_FOR_SURE.search(clause.before(match))
            )
            # "Your MOT slot is guaranteed for Tuesday": a booking, not a result
            and not (match.group().startswith("guarantee") and _booking_guaranteed(clause.words))
            # "so we will always stop the activity and contact you": what staff will do
            and not (
                match.group().startswith(("always", "definitely", "certainly"))
                and _WE_WILL.search(clause.before(match))
            )
        ),
        needs=_needs(
            "guarantee guaranteed guarantees miracle fails works proven 100 certain sure bound "
            "promise promised everyone everybody anyone free fail time certainty certain doubt "
            "money percent sure yours every definitely certainly always"
        ),
    ),
    _Pattern(
        CURE,
        LazyPattern(_CURE),
        # A red flag that "clears up within an hour" is no remedy's promise.
        lambda clause, match: (
            _not_treatment(clause, match)
            and _unhedged(clause, match)
            and not _RED_FLAG.search(clause.before(match))
            and not (
                _ONCE_DONE.search(clause.before(match))
                and not _FOR_GOOD_WORDS.search(match.group())
            )
            and _remedy_promised(clause, match)
        ),
        needs=_needs(
            _CURE_WORDS + " permanently permanent instant lasting never stop stops past history "
            "curable reversible stay stays immune disappear disappears disappeared yours "
            "memory forget know come return recur returns comes recurs bothers troubles "
            "gone outgrow outgrows outgrew outgrown melt melts melted dissolve dissolves dissolved "
            "vanish vanishes vanished shrink shrinks shed sheds shake shakes grow grows"
        ),
    ),
    _Pattern(
        CURE,
        LazyPattern(_CURES_CONDITION),
        _cures_condition,
        needs=_needs(
            _CURE_WORDS + " wipe wipes knock knocks clear clears take takes dissolve dissolves "
            "shrink shrinks destroy destroys beat beats"
        ),
    ),
    # A cure hedged is no promise: "Posture changes rarely cure neck pain alone".
    _Pattern(
        CURE,
        LazyPattern(_SELF_CURE),
        lambda clause, match: _self_care_subject(clause, match) and _promised(clause, match),
        needs=_needs(_CURE_WORDS),
    ),
    _Pattern(
        CURE,
        LazyPattern(_CURES_IT),
        lambda clause, match: _cures_it(clause, match) and _promised(clause, match),
        needs=_needs("it them"),
    ),
    _Pattern(
        CURE,
        LazyPattern(
            r"(?<!\ba )(?<!\bthe )(?<!\bno )(?<!\bany )\b(?:cures|reverses|will (?:cure|reverse)"
            r"|can (?:cure|reverse))\b"
            # (Not cures named as things: "old cures like goose grease".)
            r"(?!(?<=cures) (?:like|such as)\b)"
            # An effect that goes away when a medicine stops is not a cure: "fat
            # redistribution can reverse if you stop".
            r"(?! (?:\S+ )?(?:if|when|once|after|as soon as) (?:you |they |we )?(?:stop|come off"
            r"|quit|go off|stopping|coming off))"
        ),
        lambda clause, match: _not_medical(clause, match) and _promised(clause, match),
        needs=_needs("cures reverses cure reverse"),
    ),
    _Pattern(
        CURE,
        # Cured by something one does: "Depression is cured outright by sitting nearer the
        # window" (not "cured by taking antibiotics", nor "by having the gallbladder out").
        LazyPattern(
            r"\bcured (?:\S+ ){0,2}?by (?:just |simply |only )?(?!(?:taking|using|having|getting"
            r"|applying|doing|being|undergoing|receiving)\b)\w+ing\b"
        ),
        lambda clause, match: (
            not _medical(f"{match.group()} {' '.join(clause.after(match).split()[:6])}")
            and not _SURGERY_DONE.match(clause.after(match))
            and _promised(clause, match)
        ),
        needs=_needs("cured"),
    ),
    _Pattern(
        SAFETY,
        # Harmless if swallowed: "the new hand sanitiser is harmless if swallowed" (not
        # "usually harmless if a small amount is swallowed"; not food, which is eaten).
        LazyPattern(
            r"\b(?:harmless|safe|non - toxic|fine) (?:if|when) (?:\S+ ){0,2}?(?:swallowed"
            r"|ingested)\b"
        ),
        lambda clause, match: (
            _unhedged(clause, match)
            and not _A_LITTLE.search(clause.sentence())
            and not _CAVEAT.search(f"{clause.after(match)} {clause.following()}")
        ),
        needs=_needs("swallowed ingested"),
    ),
    _Pattern(
        SAFETY,
        # An overdose said to do nothing: "you could take the whole packet and nothing
        # would happen".
        LazyPattern(
            r"\b(?:take|took|swallow\w*|have|had|down|eat|ate) (?:the |a |an )?(?:whole|entire"
            r"|full) (?:packet|pack|box|bottle|tub|strip|lot|tube)(?: \S+){0,4}? (?:and|,)"
            r" (?:nothing (?:would|will|'d|'ll|could|can) (?:happen|go wrong)|nothing bad"
            r"|(?:you'd|you would|you'll|you will|you'd still) be (?:fine|ok|okay|alright))\b"
        ),
        _unhedged,
        needs=_needs("whole entire full"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_TOXINS),
        _toxins_said_as_fact,
        needs=_needs(
            "toxin toxins toxic impurities poison poisons lactic waste detox detoxify detoxifies "
            "inflammation infection germs pus "
            "skin feet soles pores scalp stagnant dirty sluggish toxic parasites worms candida "
            "frequency frequencies vibration vibrations waves iron radiation buildup build wired "
            "neutralise neutralises neutralize neutralizes radicals clogged loaded "
            "connected linked mapped leak leaks seep "
            "yeast plaque sludge gunk sediment "
            "detoxification detoxing detoxes detoxifying metals chemicals full bacteria clean "
            "pure purified cleansed wind winds air damp dampness humour humours humor humors "
            "rules rule governs govern controls pulls draws flush flushes gallstones stones "
            "scrub scrubs scrubbing scour scours"
        ),
    ),
    _Pattern(
        MECHANISM,
        # An illness said to be "just" something no treatment targets: "Cancer is really
        # just a fungus", "Depression is literally a gut bacteria imbalance".
        LazyPattern(
            r"\b(?:is|are|it's) (?:(?:just|literally|really|simply|actually|nothing but|only|all"
            r"|basically) )+(?:a |an |the )?(?:\S+ ){0,3}?(?:imbalance|fungus|fungal infection"
            r"|toxins?|parasites?|blockages?|blocked energy|yeast|candida|tired (?:eye )?muscles"
            r"|stagnant energy|acidity|heavy metals)\b"
        ),
        _not_doubted,
        needs=_needs("just literally really simply actually nothing only all basically"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_ALIGN),
        lambda clause, match: (
            _not_medical(clause, match)
            and bool(_BODY_PART.search(clause.around(match)))
            and not _TOOTH.search(clause.around(match))
        ),
        needs=_needs(
            "align aligns aligned realign realigns realigned realigning realignment re place "
            "belong belongs socket groove position back inside "
            "line alignment position reset resets resetting reboot reboots rebalance rebalances "
            "sets "
            "rebalancing unblock unblocks unlock unlocks decompress decompresses out"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_OUT_OF_PLACE),
        lambda clause, match: (
            _remedy_subject(clause, match) and bool(_BODY_PART.search(clause.sentence()))
        ),
        needs=_needs("slipped place line alignment popped misaligned shifted position back"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_MISALIGNED),
        _remedy_subject,
        needs=_needs("misaligned misalignment misalignments misalign nerve"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_WASTE_OUT),
        _remedy_subject,
        needs=_needs("waste gunk rubbish junk debris poison poisons"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_UNSEEN_BY_BITERS),
        self_negating=True,
        needs=_needs("mosquito mosquitoes mozzies bugs insects ticks midges"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_FALSE_CAUSE),
        needs=_needs(
            "lazy calcifies calcify calcified calcifying fever fevers temperature temperatures "
            "teeth "
            "tooth jaw hips hip muscles muscle organs organ liver gut fascia tissues tissue cells "
            "spine body sign scrambles scramble scrambling battery antenna breath bubbles "
            "circadian clock biorhythm rhythm makes make weaken weakens weakening leaving leaves "
            "coming pushed draws draw pulls pull sucks suck dissolves dissolve dissolved "
            "dissolving washes wash learning teaching clogs clog clogged blocked fills filled "
            "adrenal steals steal stealing robs rob drains drain toxic dominance restart "
            "restarts restarting reboot reset resets force forces trick tricks receptors "
            "crystal crystals amethyst quartz stone stones gem gems kill kills sperm semen "
            "acidify acidifies acidifying regrow regrows chakra chakras biopsy biopsies biopsying "
            "cancer feeds feed fuels fuel toxins drink drinking drinks burning burns burn shakes "
            "shake shaking vaccine vaccines vaccination vaccinations mercury fillings fluoride "
            "prick honey pollen probiotic probiotics suffocate suffocates suffocating breathing "
            "fevers antibiotics brain teething cayenne garlic vinegar lemon turmeric beetroot "
            "pomegranate stent stents implants pacemaker pacemakers rust corrode "
            "breathe drive drives expel expels expelling residue anaphylaxis"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_VIBRATED_WELL),
        needs=_needs(
            "vibrates vibrate vibrating vibration vibrations hum hums humming frequency "
            "frequencies sound tone tones tuning massage massages massaging sigh sighs sighing "
            "magnet magnets magnetic copper crystal crystals ionic bracelet bracelets insoles"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_FAT_DRAINED),
        needs=_needs(
            "liquefies liquefy liquefied liquefying liquidises liquidizes melts melt melted "
            "melting dissolves dissolve dissolved dissolving emulsifies emulsify turns turn turned"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_SWITCHED),
        lambda clause, match: (
            _remedy_subject(clause, match) and bool(_ORGAN.search(clause.sentence()))
        ),
        needs=_needs(
            "switched shut stalled asleep sleeping dormant lazy broken on up tired exhausted "
            "fatigued worn burnt clogged congested sluggish"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_SCRUBBED),
        _remedy_subject,
        needs=_needs("arteries veins vessels"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_REFLEX_ZONE),
        _remedy_subject,
        needs=_needs("feet foot heel heels hands hand ears ear soles sole toes toe"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_WAKE_ORGAN),
        _remedy_subject,
        needs=_needs(
            "thyroid liver metabolism lymph lymphatic organ organs adrenal adrenals gland glands "
            "kidney kidneys gut pancreas immune colon"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_ALKALINE),
        _remedy_subject,
        needs=_needs(
            "alkalise alkalises alkalising alkalize alkalizes alkalizing alkaline alkalising ph "
            "acidic acid"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_MANIPULATION_EFFECT),
        _remedy_subject,
        needs=_needs(
            "immune immunity organ organs hormone hormones metabolism digestion nervous liver "
            "kidney kidneys thyroid adrenal adrenals lymph lymphatic"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_CLEANSE),
        _remedy_subject,
        needs=_needs(
            "purify purifies purifying cleanse cleanses cleansing detox detoxes detoxifies flush "
            "clean cleans cleaning womb uterus vagina pores lungs "
            "flushes flushing unclog unclogs"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_ENERGY),
        _remedy_subject,
        # An energy, or a verb of resetting: one of them is in every such claim.
        needs=_needs(
            "energy force qi chi reset resets resetting reboot reboots rebooting rebalance "
            "reprogram reprograms reprogrammed rewire rewires restart restarts retrain "
            "field fields biofield aura electrical static electromagnetic meridians channels "
            "recalibrate recalibrates balancing "
            "rebalances rebalancing re meridian chakra chakras"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_SELF_MECHANISM),
        _self_care_subject,
        needs=_needs(
            "endorphins gas adhesions scar knots calcium fascia trapped stuck knotted glued"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_HIDDEN_CAUSE),
        _said_as_fact,
        # "not draining" is the claim's own cause, not its denial.
        self_negating=True,
        needs=_needs(
            "really actually secretly parasite parasites vaccine vaccines jab jabs chelation "
            "chelating chelate poison poisons melt melts dissolve dissolves shrivel shrivels "
            "stored trapped held stuck locked grow grows create creates build builds make makes "
            "magnetise magnetises magnetising magnetize magnetizes magnetizing reactivates "
            "reactivate reawakens revive revives regenerates regenerate refuel refuels storing "
            "stores holding trapping locking come wake become breed hatch unlock unlocks "
            "unlocking insulin plant natural vegetable toxin toxins melted dump dumps dumping "
            "dumped expel expels expelling poisoning sour poisonous toxic spreads spread repair "
            "repairs"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_IMMUNITY_SWITCHED),
        lambda clause, match: (
            _said_as_fact(clause, match) and bool(_SELF_CARE.search(clause.sentence_before(match)))
        ),
        # Read as the hidden causes it stood among.
        self_negating=True,
        needs=_needs(
            "switch switches switched switching turn turns turned turning shut shuts shutting"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_DOSES_TOGETHER),
        needs=_needs(
            "doses hide hides hiding hid mash mashes mashing stir stirs stirring sneak sneaks "
            "sneaking times stack stacks stacking merrier better more replace replacing renew "
            "knowing leave leaving ditch drop handful pack packing bring bringing carry carrying "
            "once go "
            "renewing refill refilling expiry"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_SHARED_OUT),
        # Someone else's given is a medicine only where the sentence names one.
        lambda clause, match: bool(_MEDICINE.search(clause.sentence())),
        needs=_needs("give gives giving post send sell"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_THEIRS_OR_LEFT_OFF),
        _no_prescriber_near,
        needs=_needs("you off"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_MADE_UP_FOR),
        needs=_needs("double doubling doubled two both"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_DOSE_PUSHED_UP),
        _no_prescriber_near,
        needs=_needs("up"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_DIET_MYTH),
        lambda clause, match: (
            not _VERB_DENIED.match(clause.after(match)) and not _DOUBTED.search(clause.words)
        ),
        needs=_needs(
            "negative rots rot rotting ferments ferment fermenting putrefies calories burn burns "
            "burning cancel cancels lazy"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        LazyPattern(_AGAINST_THE_PLAN),
        needs=_needs("whatever regardless matter mind"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_CHARGED),
        lambda clause, match: _said_as_fact(clause, match) and _remedy_subject(clause, match),
        needs=_needs(
            "supercharge supercharges supercharged supercharging turbocharge turbocharges "
            "recharge recharges recharged recharging reprogram reprograms reprogramme "
            "reprogrammes reprogrammed programme programmes programmed program programs "
            "energise energises energize energizes"
        ),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_DRAINED_OF),
        _said_as_fact,
        needs=_needs("drained flushed cleansed purged"),
    ),
    _Pattern(
        MECHANISM,
        LazyPattern(_FOLK_MECHANISM),
        _said_as_fact,
        needs=_needs(
            "neutralise neutralises neutralised neutralising neutralize neutralizes neutralized "
            "charge charges charging turn turns rejecting tick ticks detox detoxing detoxes worse "
            "reattaches itself ends tetanus "
            "neutralizing venom poison damage coat coats harmlessly overloaded sluggish "
            "congested clogged histamine histamines naturally failing unable struggling toxins "
            "smell taste heats warms lactic ions butter flour toothpaste mustard flush flushes "
            "flushing tighten tightens knit knits glue glues bind binds picking rebalance "
            "rebalances rebalancing rebalanced store stores storing absorbs soaks seeps electrons "
            "brings bringing disinfects disinfect sterilises sterilizes cleans clean toxins "
            "neurotoxins purging holes candida wd lubricate lubricates lubricating rust asbestos "
            "fibres fibers coughed espresso higher mucus overload overloads washes sobers"
        ),
    ),
    _Pattern(
        SAFETY,
        _WARNING_WAVED_OFF,
        _unhedged,
        needs=_needs("cover formality formalities ticking tape covering lawyers liability"),
    ),
    _Pattern(
        SAFETY, _SAFEGUARD_NEEDLESS, _unhedged, needs=_needs("pointless overkill wimps waste")
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _OVER_THE_LIMIT,
        _no_prescriber_near,
        needs=_needs("limit limits dose doses dosage amount max maximum"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _WHATEVER_TO_HAND,
        _no_prescriber_near,
        needs=_needs("you've lying cupboard"),
    ),
    _Pattern(PUSH_PAIN, _ON_ANYWAY, _hurt_and_unregretted, needs=_needs("anyway")),
    _Pattern(PUSH_PAIN, _THROUGH_THE_DISTANCE, _hurt_named_before, needs=_needs("through thru")),
    _Pattern(PUSH_PAIN, _PAIN_IMAGINED, needs=_needs("head mind")),
    _Pattern(
        PUSH_PAIN,
        _PAIN_AT_WORK,
        needs=_needs("forming curing bonding settling settle mend toughen spike"),
    ),
    _Pattern(
        MECHANISM,
        _OXYGENATES,
        _oxygen_from_a_remedy,
        needs=_needs("oxygenate oxygenates oxygenating oxygenated oxygenation"),
    ),
    _Pattern(
        MECHANISM,
        _NAILS_BREATHE,
        _not_doubted,
        needs=_needs("suffocate suffocates suffocating suffocated suffocation nails nail pores"),
    ),
    _Pattern(MECHANISM, _MOON_PULL, _not_doubted, needs=_needs("lunar moon moon's moons")),
    _Pattern(
        PUSH_PAIN,
        _RELIEF_WITHHELD,
        needs=_needs("earn deserve real dull numb mask blunt discourage"),
    ),
    _Pattern(
        PUSH_PAIN,
        _SUFFERING_ENNOBLED,
        needs=_needs(
            "purify purifies purified purifying cleanses cleanse redeems redeem ennobles suffering"
        ),
    ),
    _Pattern(PUSH_PAIN, _PUT_UP_WITH, _pain_or_relief_named, needs=_needs("something")),
    _Pattern(
        PUSH_PAIN,
        _PAIN_AS_DISEASE_DYING,
        needs=_needs("dying shrinking"),
    ),
    _Pattern(
        MECHANISM,
        _RELIEF_BLAMED_FOR_DEATH,
        _not_doubted,
        needs=_needs("morphine opioids opiates syringe drivers sedation sedatives midazolam"),
    ),
    _Pattern(
        MECHANISM,
        _FEEDS_THE_CANCER,
        _feeds_not_by_blood,
        needs=_needs("feed feeds fuel fuels nourish nourishes nourishing"),
    ),
    _Pattern(
        MECHANISM,
        _TOXINS_LEAVING,
        _not_doubted,
        needs=_needs("toxin toxins poison poisons impurities stored trapped"),
    ),
    _Pattern(
        MECHANISM,
        _CLEANSING_ITSELF,
        _not_doubted,
        needs=_needs("cleansing detoxing purging cleanses detoxes purges"),
    ),
    _Pattern(
        CURE,
        _CANCER_GONE,
        _unhedged,
        needs=_needs(
            "completely entirely totally altogether shrank shrunk shrink shrinks dissolve "
            "dissolves dissolved melt melts melted eradicate eradicates eradicated zap zaps"
        ),
    ),
    _Pattern(CURE, _FULL_HEALTH_EVERY_TIME, _unhedged, needs=_needs("full perfect")),
    _Pattern(
        CURE,
        _WHERE_MEDICINE_FAILED,
        _unhedged,
        needs=_needs("failed didn't didnt couldn't couldnt not gave"),
    ),
    _Pattern(
        SAFETY,
        _CANNOT_CHOKE,
        _not_a_purpose,
        self_negating=True,
        needs=_needs("choke aspirate"),
    ),
    _Pattern(
        SAFETY,
        _NOTHING_BAD,
        _unhedged,
        self_negating=True,
        needs=_needs("nothing contraindications"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _PUMP_CHANGED,
        _no_prescriber_near,
        needs=_needs("pump driver drip infusion"),
    ),
    _Pattern(MECHANISM, _COATS_THE_VOICE, _not_doubted, needs=_needs("coat coats")),
    _Pattern(
        MEDICINE_CHANGE,
        _LIMIT_ONLY_A_GUIDE,
        _no_prescriber_near,
        needs=_needs("guideline suggestion"),
    ),
    _Pattern(
        MEDICINE_CHANGE, _FROM_THE_WARD, _no_prescriber_near, needs=_needs("cupboard trolley")
    ),
    _Pattern(
        MECHANISM,
        _VIBRATIONS,
        _not_doubted,
        needs=_needs("vibration vibrational earth's earths"),
    ),
    _Pattern(
        MECHANISM,
        _CAFFEINE_FOR_SLEEP,
        _not_doubted,
        needs=_needs("caffeine coffee espresso espressos energy"),
    ),
    _Pattern(
        SAFETY,
        _NO_EFFECT_ON_EACH_OTHER,
        _interaction_with_alcohol,
        self_negating=True,
        needs=_needs("affect interact interfere clash"),
    ),
    _Pattern(
        PUSH_PAIN,
        _REAL_WORKERS_DONT,
        _pain_or_relief_named,
        needs=_needs("real"),
    ),
    _Pattern(
        PUSH_PAIN, _FINISHED_ON_IT, _hurt_named_before, needs=_needs("finished finish raced danced")
    ),
    _Pattern(
        SAFETY,
        _CANNOT_TRIGGER,
        _unhedged,
        self_negating=True,
        needs=_needs("trigger possibly ever cancer"),
    ),
    _Pattern(SAFETY, _ONLY_HAPPENS, _unhedged, needs=_needs("happen")),
    _Pattern(MEDICINE_CHANGE, _ON_TOP_OF, _no_prescriber_near, needs=_needs("top")),
    _Pattern(
        CURE,
        _RECOVERY_PROMISED,
        _unhedged,
        needs=_needs("promise promises promised happened undone"),
    ),
    _Pattern(
        MECHANISM,
        _JAB_GIVES_IT,
        _not_doubted,
        needs=_needs("jab jabs vaccine vaccines vaccination injection injections shot boosters"),
    ),
    _Pattern(MECHANISM, _BRAIN_CELLS_GROWN, _not_doubted, needs=_needs("neurons brain nerve")),
    _Pattern(MECHANISM, _ORGAN_CLEANSED, _not_doubted, needs=_needs("cleanse cleanses cleansed")),
    _Pattern(
        MEDICINE_CHANGE,
        _MORNING_AFTER_AS_METHOD,
        _no_prescriber_near,
        needs=_needs("contraception"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _SOMEONES_SPARE,
        _no_prescriber_near,
        needs=_needs("someone's somebody's anyone's anybody's"),
    ),
    _Pattern(CURE, _CURED_FOR_SURE, _unhedged, needs=_needs("cured")),
    _Pattern(PUSH_PAIN, _PUSH_THROUGH_BARE, _hurt_named_before, needs=_needs("through")),
    _Pattern(PUSH_PAIN, _REAL_ONES_DONT, _pain_or_relief_named, needs=_needs("real")),
    _Pattern(PUSH_PAIN, _THROUGH_THE_INJURY, needs=_needs("through thru")),
    _Pattern(
        PUSH_PAIN,
        _ON_THE_INJURED,
        needs=_needs("sprained twisted broken injured swollen torn fractured"),
    ),
    _Pattern(PUSH_PAIN, _BACK_OUT_THERE, _hurt_named_before, needs=_needs("back")),
    _Pattern(
        MEDICINE_CHANGE,
        _DOUBLE_PARACETAMOL,
        _no_prescriber_near,
        needs=_needs("tylenol paracetamol acetaminophen panadol calpol"),
    ),
    _Pattern(
        MECHANISM,
        _CABINET_MYTHS,
        _not_doubted,
        needs=_needs(
            "snot mucus phlegm bogeys thins thinning remembers memory diluted dilute dilution "
            "overdose"
        ),
    ),
    _Pattern(
        MECHANISM,
        _TOO_LITTLE_ACID,
        _not_doubted,
        self_negating=True,
        needs=_needs("heartburn reflux indigestion ulcer ulcers"),
    ),
    _Pattern(CURE, _THING_OF_THE_PAST, _unhedged, needs=_needs("past again")),
    _Pattern(CURE, _BACK_IN_FULL, _unhedged, needs=_needs("back locked")),
    _Pattern(
        MECHANISM,
        _HUNGER_TREATS,
        _not_doubted,
        needs=_needs("hunger fasting starving starvation starve starves starved"),
    ),
    _Pattern(
        MECHANISM,
        _AS_GOOD_AS_THE_PEN,
        _not_doubted,
        needs=_needs("pen jab ozempic wegovy mounjaro semaglutide tirzepatide glp"),
    ),
    _Pattern(
        MECHANISM, _SPOT_REDUCTION, _not_doubted, needs=_needs("thighs belly tummy hips chin")
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _DOSE_LADDER_SKIPPED,
        _no_prescriber_near,
        needs=_needs("starter starting lowest skip split share"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _NO_PRESCRIBER_NEEDED,
        _medicine_in_sentence,
        self_negating=True,
        needs=_needs("required needed necessary"),
    ),
    _Pattern(
        SAFETY,
        _HARM_ELSEWHERE,
        _unhedged,
        self_negating=True,
        needs=_needs(
            "mice rats animals heatstroke sunstroke dehydration hypothermia clots dvt user "
            "pilgrim walker"
        ),
    ),
    _Pattern(PUSH_PAIN, _WORKED_OFF, _hurt_named_before, needs=_needs("sweat off")),
    _Pattern(PUSH_PAIN, _CRACK_ON, _hurt_named_before, needs=_needs("crack")),
    _Pattern(
        MEDICINE_CHANGE,
        _THEIRS_USED,
        _no_prescriber_near,
        needs=_needs(
            "partner's husband's wife's mum's mom's mother's dad's father's friend's mate's "
            "sister's brother's flatmate's nan's gran's"
        ),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _GIVEN_SOMEONE_ELSES,
        lambda clause, match: (
            _no_prescriber_near(clause, match) and _addressed(clause, match, gerund=False)
        ),
        needs=_needs("give gives giving lend lends lending pass passes passing"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _FROM_A_SELLER,
        _no_prescriber_near,
        needs=_needs("facebook instagram tiktok whatsapp telegram seller dealer"),
    ),
    _Pattern(MEDICINE_CHANGE, _DOUBLED_UP, _no_prescriber_near, needs=_needs("patches patch")),
    _Pattern(PUSH_PAIN, _ACHES_NO_BAR, needs=_needs("achy aching sore painful stiff dodgy")),
    _Pattern(
        MECHANISM,
        _HORMONE_MYTHS,
        _not_doubted,
        needs=_needs("stores store lymph lymphatics emf 5g wifi radiation"),
    ),
    _Pattern(
        PUSH_PAIN,
        _TRADE_TOUGHNESS,
        _hurt_in_sentence,
        needs=_needs("harden man stand broken"),
    ),
    _Pattern(PUSH_PAIN, _ONLY_A_TWEAK, _carried_on_after, needs=_needs("tweak niggle twinge")),
    _Pattern(
        MEDICINE_CHANGE,
        _DOWNERS_WITH_DRINK,
        _no_prescriber_near,
        needs=_needs("pints beers drinks wine vodka whisky booze cans"),
    ),
    _Pattern(
        SAFETY,
        _TRADE_SAFETY,
        _unhedged,
        self_negating=True,
        needs=_needs(
            "volts voltage mains electricity fumes exhaust themselves itself tourists beginners "
            "amateurs weaklings lightweights"
        ),
    ),
    _Pattern(
        MECHANISM,
        _TRADE_MYTHS,
        _not_doubted,
        needs=_needs("tar traps lines circulation naturally deficiency"),
    ),
    _Pattern(
        PUSH_PAIN,
        _PAIN_TOUGHENS,
        _pain_or_relief_named,
        self_negating=True,  # its denials are in the expression: "won't toughen"
        needs=_needs("toughen toughens harden hardens refuse refusing refuses matter rest"),
    ),
    _Pattern(
        MECHANISM,
        _MEDICINE_AS_CAUSE,
        _not_doubted,
        needs=_needs("thinners anticoagulants statins warfarin apixaban rivaroxaban vaccines jabs"),
    ),
    _Pattern(
        MECHANISM,
        _TRAPPED_EMOTION,
        _not_doubted,
        needs=_needs("trapped"),
    ),
    _Pattern(PUSH_PAIN, _HURT_AS_HONOUR, needs=_needs("badge")),
    _Pattern(
        CURE,
        _GROWTHS_VANISH,
        _unhedged,
        needs=_needs("vanish vanishes vanished melt dissolve dissolves"),
    ),
    _Pattern(PUSH_PAIN, _PAIN_MEANS_HARDER, _unhedged, needs=_needs("harder further")),
    _Pattern(PUSH_PAIN, _PAIN_WORTH_IT, _pain_told_before, needs=_needs("worth price")),
    _Pattern(PUSH_PAIN, _NOT_MISSING_WORK, _hurt_named_before, needs=_needs("not never")),
    _Pattern(
        PUSH_PAIN, _MORE_AFTER_HURT, _hurt_named_before, needs=_needs("another further extra rest")
    ),
    _Pattern(MECHANISM, _NO_SLEEP_NEEDED, _said_as_fact, self_negating=True, needs=_needs("sleep")),
    _Pattern(
        MECHANISM,
        _ORGAN_SCRUBBED,
        _not_doubted,
        needs=_needs("scrub scrubs scrubbing scour scours scouring scourer sandblast sandblasts"),
    ),
    _Pattern(
        SAFETY,
        _NO_KIT_NEEDED,
        _kit_refused_outright,
        self_negating=True,
        needs=_needs("mask masks goggles gloves respirator respirators defenders ppe visor visors"),
    ),
    _Pattern(
        SAFETY,
        _CANNOT_BE_HURT,
        _unhedged,
        self_negating=True,
        needs=_needs("concussed concussion concussions injuries injury hurt injured knocked bad"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _NOT_EVEN_ILL,
        _medicine_named_unprescribed,
        self_negating=True,
        needs=_needs("asthmatic diabetic epileptic"),
    ),
    _Pattern(
        SAFETY,
        _GENTLE_AS_WATER,
        _medicine_named_unprescribed,
        self_negating=True,
        needs=_needs("gentle mild harmless nothing"),
    ),
    _Pattern(
        DELAYS_CARE,
        _NEVER_NEEDED_HELP,
        _red_flag,
        self_negating=True,
        needs=_needs("ambulance 999 911 112 paramedics"),
    ),
    _Pattern(
        CURE,
        _NOTHING_IT_CANNOT_CURE,
        _unhedged,
        self_negating=True,
        needs=_needs("can't cannot won't doesn't hasn't couldn't"),
    ),
    _Pattern(SAFETY, _NO_AMOUNT_HARMS, _unhedged, self_negating=True, needs=_needs("amount")),
    _Pattern(
        DELAYS_CARE,
        _NO_DOCTORS_MATTER,
        _red_flag,
        self_negating=True,
        needs=_needs("something anything"),
    ),
    _Pattern(
        DELAYS_CARE,
        _WAITED_OUT,
        _red_flag,
        needs=_needs("once until till"),
    ),
    _Pattern(
        SAFETY,
        _NO_ONE_EXCEPTED,
        _unhedged,
        self_negating=True,
        needs=_needs("can't cannot couldn't shouldn't mustn't"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _WHY_KEEP_TAKING,
        lambda clause, match: not _BECAUSE_ANSWERED.match(clause.text, clause.end),
        self_negating=True,
        needs=_needs("why"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _DOSE_BY_FEEL,
        _dose_set_by_feel,
        needs=_needs("feel feels felt feeling"),
    ),
    _Pattern(
        MEDICINE_CHANGE,
        _NOT_WHEN_WELL,
        _kept_for_bad_days,
        self_negating=True,
        needs=_needs("fine well good ok okay better normal great alright right"),
    ),
)


# Which patterns (by their place in _PATTERNS) each needed word lets run.
_NEEDED_BY: dict[str, set[int]] = {}
for _index, _pattern in enumerate(_PATTERNS):
    for _word in _pattern.needs:
        _NEEDED_BY.setdefault(_word, set()).add(_index)
_ALL_NEEDS = frozenset(_NEEDED_BY)
# Of the patterns a clause's words allow, those that can match it at all.
_PREFILTER = Prefilter([pattern.regex for pattern in _PATTERNS])


# A clause that calls what it names a myth is a correction, not a claim: "The phrase
# 'no pain, no gain' is misleading". (Care and medicine advice is read regardless:
# "It's a myth that chest pain needs a doctor" dismisses care.)
_MYTH = LazyPattern(
    r"\b(?:myths?|misleading|untrue|not true|(?:is|are) (?:false|wrong)|outdated|old wives"
    # "the character's claim that essential oils are safe to swallow is dangerous nonsense"
    r"|(?:is|are|was) (?:dangerous |complete |total |utter |absolute )?(?:nonsense|bunk"
    r"|codswallop|a lie)"
    r"|used to (?:think|believe)"
    r"|not intended to|not meant to|not designed to|makes no claims?|no claims?"
    r"|no such thing(?! as (?:\S+ )?(?:too much|too many|an overdose|overdos\w*))|so - called"
    r"|supposedly|(?:no|little|limited|weak|scant) (?:good |real |strong |reliable |scientific"
    r" |clear )?(?:evidence|proof)"
    r"|not been shown|not proven|unproven|isn't true"
    r"|(?:promis\w*|claims?) (?:\S+ ){0,6}?with (?:caution|suspicion|care)|be (?:wary|suspicious"
    r"|sceptical|skeptical) of"
    r"|(?:there's|there is|you have|has) no need (?:for|to) (?:\S+ ){0,6}?(?:detox\w*|cleans\w*"
    r"|colonic\w*|flush\w*|irrigation)"
    # "Posts promising to reset your metabolism are marketing, not medicine"
    # Not a protection dismissed: "a mask is a waste of money" claims, it corrects nothing.
    r"|(?<!mask )(?<!masks )(?<!gloves )(?<!goggles )(?<!helmet )(?<!helmets )(?<!sunscreen )"
    r"(?<!jab )(?<!vaccine )(?:is|are) (?:just |only |simply )?(?:marketing|a scam|scams|nonsense"
    r"|quackery|a waste of money)|(?:is|are) unnecessary and (?:can|may|could) (?:cause harm"
    r"|be harmful|be dangerous))\b"
)
# A denial inside a match that starts at its subject: "Cracking your knuckles does not
# boost your immune system".
_DENIAL_INSIDE = LazyPattern(
    r"\b(?:not|never|doesn't|don't|won't|cannot|can't|isn't|aren't|didn't|wouldn't|dont|wont"
    r"|cant|isnt|nobody|no one|no - one)\b"
    # Help called needless: "no need to get checked", "there's no call for a doctor".
    r"|\bno (?:need|call|point|reason|sense|use)\b|\bno$"
)
_CORRECTABLE = frozenset(
    {"promise of cure", "absolute safety", "pushing through pain", "false mechanism"}
)


# Words before "dangerous" or "risky" that deny the danger or make it small.
_BELITTLES = r"(?:never|not|no|hardly|rarely|seldom|barely|scarcely|nowhere|less|neither|nor)"


# "Sharing prescription sleeping tablets with a co-driver is illegal and unsafe." A
# word that denies or belittles the danger makes it an assurance, not a warning:
# "Stopping your tablets is never dangerous", "Skipping statins is hardly risky".
# The change's harm told right after it: "Patients who feel better may stop their
# antibiotics early, but this can make the infection come back", "..., which can ...".
_CHANGE_HARMS = LazyPattern(
    r" ?(?:\S+ ){0,10}?(?:, )?(?:but (?:this|that|doing so|stopping(?: early)?)|which) (?:can|could"
    r"|may|might|will|would|often) (?:\S+ )?(?:make (?:\S+ ){1,4}?(?:come back|return|worse"
    r"|resistant|ill|sick|unwell)|cause|lead to|raise|increase|risk|trigger|harm|be dangerous)\b"
)
_WARNED_AGAINST = LazyPattern(
    r"\b(?:isn't|aren't|is not|are not) (?:\S+ )?safe\b"
    r"|\b(?:is|are|can be|could be|would be|it's) (?:(?!" + _BELITTLES + r" )\S+ )?"
    r"(?:illegal|unsafe|dangerous|not safe"
    r"|a bad idea|never a good idea|risky|harmful|against the law)\b"
    # "... won't make painkillers work faster and can damage your liver"
    r"|\b(?:won't|will not|doesn't|does not) (?:make|help|let) (?:\S+ ){0,4}?(?:faster|better"
    r"|quicker|sooner|harder|longer|further)\b"
    # "you could double the dose without meaning to": a mistake warned of
    r"|^ (?:\S+ )?(?:without (?:meaning|realising|realizing|knowing)|by (?:accident|mistake)"
    r"|accidentally)\b"
)
_CARE_FIRST = LazyPattern(
    r"\b(?:checked|assessed|assessing|checking|seen|looked at|cleared|examined) (?:\S+ ){0,3}?"
    r"before(?: you| they| he| she| we)?$"
)
_CARE_FOLLOWS = LazyPattern(
    r"^ (?:and|then|,) (?:\S+ ){0,2}?(?:get (?:checked|help|seen|medical help|medical advice)"
    r"|seek (?:urgent |medical |emergency )?(?:help|care|advice)|call (?:999|111|911|your doctor"
    r"|your gp|the unit|the team|an ambulance)|see (?:a|your) (?:doctor|gp|pharmacist)"
    r"|contact (?:your )?(?:doctor|gp|team|unit)|go to (?:a & e|hospital))"
)


# The reader's own clinician's word, reported: "Your pharmacist said the cream is safe to
# use with your other medicines" (not one brushed aside: "..., but").
_CLINICIAN_SAID = LazyPattern(
    r"\b(?:your|the) (?:own )?(?:\S+ )?(?:doctor|gp|pharmacist|nurse|midwife|consultant"
    r"|specialist|prescriber|dentist)s? (?:has |have )?(?:said|says|told you|confirmed|agreed"
    r"|checked)(?: that)?(?: (?!but\b|however\b|although\b)\S+){0,8}? ?$"
)


# "Your pharmacist can check whether a remedy is safe to take with your medicines" asks.
_ASKED_WHETHER = LazyPattern(
    r"\b(?:ask|asks|asked|asking|check|checks|find out|not sure|unsure|wonder\w*|know|knows"
    r"|tell you) (?:\S+ ){0,6}?(?:whether|if)\b|\btrue or false\b|\bmyth or fact\b"
)


# A stop told just before the pushing on: "Stop work and rest if your shoulder hurts" (not
# "don't stop work if ...").
_STOPPED_BEFORE = LazyPattern(
    r"(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:stop|quit|pause|cease|down)\s*$"
)
# A medicine not to be stopped: "Don't stop your statins because of aching legs".
_MEDICINE_KEPT_ON = LazyPattern(
    rf"\bstop(?:ping)? (?:taking |using )?(?:your |the |my |his |her |their |any |all )?(?:\S+ )?"
    rf"{MEDICINE}"
)
# Healing told with the care it takes: "Tendon injuries can heal fully with rest and graded
# loading" (not "Our balm can heal eczema fully with daily use").
_HEALS_WITH_CARE = LazyPattern(
    r"\b(?:can|could|may|usually|often) (?:\S+ )?(?:heal|recover|settle|clear up|get better)"
    r" (?:fully|completely) with (?:\S+ ){0,2}?(?:rest|time|treatment|physio\w*|exercises?|loading"
    r"|rehab\w*|care)\b"
)


def _medicine_kept_on(clause: Clause, match: re.Match[str]) -> bool:
    """Is the stop the match tells not to make a medicine's ("Don't stop any prescribed
    medicine because of a climbing injury")?"""
    at = match.group().find("stop")
    return at >= 0 and bool(_MEDICINE_KEPT_ON.match(clause.words, match.start() + at))


# The body's own work: "cleared by the body within an hour".
_BODY_DOES_IT = LazyPattern(r"\bby (?:the|your) (?:own )?(?:body|liver|kidneys|immune system)\b")


def find_claims(clause: Clause, negations: frozenset[str]) -> Iterator[Claim]:
    """Every claim in ``clause``; where two overlap, the more urgent kind's."""
    needed = _ALL_NEEDS.intersection(clause.words.split(" "))
    if not needed:
        return  # most clauses: one set operation
    # In the patterns' order: where two overlap, the first (more urgent) one wins.
    allowed = set().union(*(_NEEDED_BY[word] for word in needed))
    possible = _PREFILTER.possible(clause.words, len(allowed))
    wanted = sorted(allowed if possible is None else allowed.intersection(possible))
    taken: list[tuple[int, int]] = []
    for pattern in map(_PATTERNS.__getitem__, wanted):
        for match in pattern.regex.finditer(clause.words):
            if not pattern.self_negating and _denied(clause, match, pattern, negations):
                continue
            if _DENIED_AFTER.match(clause.after(match)):
                continue  # "pushing the pace is welcome but pushing through pain is not"
            if not pattern.accept(clause, match):
                continue
            if pattern.kind is MEDICINE_CHANGE and (
                _WARNED_AGAINST.search(clause.after(match))
                or _CHANGE_HARMS.match(f"{clause.after(match)} {clause.following()}")
                or _first_aid(clause, match)
                or _CARE_FOLLOWS.match(clause.after(match))
            ):
                continue
            if _asks(clause):
                continue  # "Q: Should I exercise through the pain?" asks; the answer is read
            if pattern.kind is PUSH_PAIN and (
                _WORSENS.match(f"{clause.after(match)} {clause.following()}")
                or _CLINICIAN_ASKS.search(clause.sentence())
                or _PRESCRIBER.search(match.group())
                or _RATHER_THAN.search(clause.before(match).rstrip())
                # "stopped lifting through the pain"
                or _read_over(_PAIN_DECLINED, clause.words, match.start(), match.end())
            ):
                continue  # "singing through throat pain can make the strain worse"
            if pattern.kind is DELAYS_CARE and (
                _only_if_worse(clause, match) or _asked_then_denied(clause, match)
            ):
                continue
            if pattern.kind in (DELAYS_CARE, PUSH_PAIN) and _STOP_IF_SIGNS.search(
                clause.words, match.end()
            ):
                continue  # "keep going at your own pace and stop if you feel pain, dizziness"
            if pattern.kind is PUSH_PAIN and _PAIN_BOUNDED.search(clause.sentence()):
                continue  # "that burn is fine, sharp joint pain is not"
            if (
                pattern.kind is PUSH_PAIN
                and _BUT_THAT_PAIN_STOPS.search(clause.following())
                and _MILD_PAIN.search(clause.words)
            ):
                continue  # "... is fine, but pain in one spot that gets worse needs a check"
            if pattern.kind is PUSH_PAIN and _SEEK_CARE.search(
                clause.words, match.start(), match.end() + _HELP_AFTER
            ):
                continue  # "Chest pain, even if it feels like indigestion, is worth a 999 call"
            if (
                pattern.kind is PUSH_PAIN
                and _EASED_OFF.match(clause.words, match.start())
                and not _SHARP_PAIN.search(clause.sentence())
            ):
                continue  # "it's fine to keep going with lighter exercise"
            if pattern.kind is PUSH_PAIN and _HOW_HURT.match(clause.after(match)):
                continue  # "ignoring pain is how musicians get injury"
            if pattern.kind is PUSH_PAIN and (
                _STOPPED_BEFORE.search(clause.before(match)) or _medicine_kept_on(clause, match)
            ):
                # "Stop work and rest if your shoulder hurts", "Don't stop your statins because
                # of aching legs without talking to your GP": what is stopped is the pushing on,
                # or a medicine, not the reader's effort
                continue
            if pattern.kind is CURE and (
                _BODY_DOES_IT.search(match.group()) or _HEALS_WITH_CARE.search(clause.words)
            ):
                continue  # "Lactic acid is cleared by the body within an hour": physiology
            if pattern.kind is PUSH_PAIN and (
                _scorned(clause, match)
                or (
                    _IGNORE_THE.search(clause.before(match))
                    and _THE_CROWD.match(clause.after(match))
                )
            ):
                continue  # "pushing through back pain for 14 hrs isnt a flex"
            if pattern.kind is PUSH_PAIN and (
                _NOTHING_WORTH_IT.search(match.group())
                or _STOP_IF_IT_HURTS.search(f"{clause.after(match)} {clause.following()}")
            ):
                # "no table is worth an injury"; '"no pain no gain" as a joke, then told us
                # to stop immediately if anything actually hurt'
                continue
            if pattern.kind is PUSH_PAIN and (
                (_STOP_THEN.match(clause.after(match)) and not _PAIN_DEFIED.search(match.group()))
                or _STOP_IF_IT_HURTS.search(match.group())
            ):
                continue  # "Lift with your knees, and if your back hurts, stop and swap"
            if pattern.kind is PUSH_PAIN and _pushing_that_harmed(clause, match):
                continue  # "I tore my hamstring pushing through pain last year, so now I stop"
            if pattern.kind is PUSH_PAIN and _pain_eases_with_it(clause, match):
                continue  # "Back pain from sitting usually improves if you keep moving"
            if pattern.kind is PUSH_PAIN and _PAIN_TO_BE_SEEN.search(clause.words, match.start()):
                continue  # "Pain after a fall that stops you standing should always be checked"
            if pattern.kind is PUSH_PAIN and _FORBIDDEN_PURPOSE.search(
                clause.sentence_before(match)
            ):
                continue  # "Don't give children ibuprofen so they can climb through pain"
            if pattern.kind is MECHANISM and _everyday_sense(
                clause.words, match.start(), match.end()
            ):
                continue  # "a digital detox on the honeymoon", "reset the Wi-Fi router"
            if (
                pattern.kind is CURE
                and _thing_fixed(clause.words, match.start(), match.end())
                and not _OWN_BODY.search(clause.words)
            ):
                continue  # "the leak in the chapel roof is fixed for good"
            if pattern.kind is MECHANISM and _RATHER_THAN.search(clause.before(match).rstrip()):
                continue  # "helps you feel steady rather than changing your body's pH"
            if pattern.kind in (MECHANISM, SAFETY, CURE) and _in_quotes(clause, match):
                # 'some families use "detox" drinks', '"completely safe" study drugs don't
                # exist': the words named, not claimed
                continue
            if pattern.kind is MEDICINE_CHANGE and _CLINICIAN_ORDERS.search(clause.before(match)):
                continue  # "Some surgeons ask you to pause oestrogen before an operation"
            if pattern.kind is MEDICINE_CHANGE and _relief_done(clause, match):
                continue  # "stop the painkillers once the pain settles"
            if pattern.kind is MEDICINE_CHANGE and _TRYING_FOR_BABY.search(clause.sentence()):
                continue  # "you can stop the pill whenever you want to try for a baby"
            if pattern.kind is MEDICINE_CHANGE and _CHECK_WITH.search(
                f"{clause.after(match)} {clause.following()}"
            ):
                continue  # "you usually don't need progesterone ..., but check with your doctor"
            if pattern.kind is MEDICINE_CHANGE and _PLANNED_END.search(clause.sentence()):
                continue  # "Once the pollen season is over, there's no reason not to stop ..."
            if pattern.kind is MEDICINE_CHANGE and _UNLESS_ADVISED.search(
                f"{clause.after(match)} {clause.following()}"
            ):
                continue  # "no need to pack antibiotics, unless a travel clinic prescribed them"
            if pattern.kind is MEDICINE_CHANGE and _TALK_FIRST.search(
                clause.sentence_before(match)
            ):
                continue  # "talk to your GP about lowering the dose if you want to come off them"
            if pattern.kind in (
                CURE,
                SAFETY,
                MECHANISM,
                MEDICINE_CHANGE,
                PUSH_PAIN,
            ) and _asked_and_denied(
                f"{clause.sentence_before(match)}{clause.words[match.start() :]}"
                f" {clause.following()}",
                _next_sentence(clause),
            ):
                # "Parents ask whether stretching will realign a curved spine; it won't", "A
                # relative asked whether ... a double dose ...; the answer is no", "my manager
                # says no pain no gain ... but thats nonsense"
                continue
            if pattern.kind is SAFETY and (
                _property_secured(f"{clause.sentence()} {clause.following()}")
                or _CLINICIAN_SAID.search(clause.sentence_before(match))
                or _BOUNDED.match(clause.following())
                or _DESIGNED_FOR_ANYONE.search(clause.words)
                or _mildly_said(clause, match)
                or _HAD_NO_SIDE_EFFECTS.search(clause.words, max(match.start() - 24, 0))
                or _ASKED_WHETHER.search(clause.sentence_before(match))
                # "we'll check whether they're safe to take together"
                or _SAFETY_CHECKED.search(match.group())
                or _UNLESS_ADVISED.search(f"{clause.words} {clause.following()}")
                or _TO_BE_CHECKED.search(clause.before(match))
            ):
                continue
            if pattern.kind.name in _CORRECTABLE and (
                _corrected(clause, match, pattern) or _answered_no(clause)
            ):
                continue
            if pattern.kind in (DELAYS_CARE, PUSH_PAIN) and _CARE_FIRST.search(
                clause.before(match).rstrip()
            ):
                continue  # "get it checked before you carry on"
            if pattern.kind is DELAYS_CARE and _RATHER_THAN.search(clause.before(match).rstrip()):
                continue  # "ask your midwife rather than skipping the appointment"
            if pattern.kind is CURE and _RATHER_THAN.search(clause.before(match).rstrip()):
                continue  # "a support rather than a guaranteed cure"
            if pattern.kind in (SAFETY, CURE, MEDICINE_CHANGE) and _warned_before(
                _NOT_TO_ASSUME, clause.before(match)
            ):
                # "rather than assume it's safe for everyone", "never assume that prayer or a
                # change of air means they can go without it"
                continue
            if pattern.kind is CURE and _UNTIL_THEN.search(clause.before(match)):
                continue  # "don't go back to rugby until they are free of symptoms"
            if pattern.kind is MEDICINE_CHANGE and _BEFORE_IT.search(clause.before(match)):
                continue  # "patch-test before using them on yourself"
            if _warned_before(_PROMISE_DENIED, clause.before(match)):
                # "Nothing can guarantee that your migraines will never return" (not "No one
                # can promise you anything, so just stop your antidepressants")
                continue
            if _warned_of(pattern.kind, clause, match):
                continue
            if (
                pattern.kind is DELAYS_CARE
                and match.group().startswith(("instead of", "rather than"))
                and _NOT_INSTEAD.search(clause.sentence_before(match))
            ):
                continue  # "don't use it instead of seeing your doctor"
            kind = _kind_in_context(pattern.kind, clause, match)
            if kind is DELAYS_CARE and pattern.kind is PUSH_PAIN and not _red_flag(clause, match):
                # Pushing on after a red flag puts care off, unless the sentence sends for
                # help: "Fainted ..., thought I'd sleep it off, glad my wife made me see the GP"
                continue
            start, end = clause.span(match)
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            taken.append((start, end))
            yield Claim(kind, start, end, _symptom(clause, match, kind))


def _everyday_sense(words: str, start: int = 0, end: int = -1) -> bool:
    """Is a mechanism's word, from ``start`` to ``end`` (anywhere, by default), used of a
    thing, not the body: "a digital detox", "reset the Wi-Fi router", "realigning the
    seating plan", "the radar will be reset" (not "realigns your body clock")?"""
    return _read_over(_EVERYDAY_SENSE, words, start, end)


def _read_over(reading: LazyPattern, words: str, start: int, end: int) -> bool:
    """Does ``reading`` find words over ``start`` to ``end`` of ``words`` (anywhere, when
    ``end`` is negative)?"""
    return any(
        end < 0 or (found.start() < end and start < found.end())
        for found in reading.finditer(words)
    )


# A system of things, not of the body: "Control will reset the wing's door system".
_MACHINE_WORDS = (
    "door",
    "timing",
    "coin",
    "card",
    "payment",
    "alarm",
    "heating",
    "booking",
    "computer",
    "security",
    "sound",
    "entry",
    "till",
    "phone",
    "ticket",
    "lighting",
    "sprinkler",
    "ventilation",
    "payment",
    "cctv",
    "signalling",
    "filing",
    "radio",
    "pa",
)
_MACHINE_SYSTEM = rf"(?:{'|'.join(_MACHINE_WORDS)}) systems?"
# What one clears out, a detox in the everyday sense.
_CLEARABLE = (
    r"(?:inbox|emails?|fridge|freezer|cupboards?|wardrobe|garage|shed|loft|attic|drawers?|desk"
    r"|bench|workbench|toolbox|tool box|workshop"
    r"|room|kitchen|van|car|caravan|files|phone|office|boot|locker|cellar|feed|socials"
    r"|social media|calendar|diary|playlist|camera roll|photos|apps|drive|shared drive|folders?"
    r"|spreadsheets|desktop|downloads|forum|discord|server|channels?|group chat|website|site"
    r"|reception|noticeboard|notice board|shelf|shelves|stockroom|storeroom|store room|glovebox"
    r"|glove box|lost property|lost property box|staff room|kit bags?|kitbags?|gym bags?"
    # "ran a detox on the music library", "we detoxed the shared drive"
    r"|library|archives?|records|database|mailbox|backlog|newsletter|magazine|mailing list"
    r"|group chats|chats)"
)
_THING = (
    rf"(?:router|wi - fi|wifi|radar|display|screen|printer|passwords?|account|app|laptop"
    r"|computer|tv|(?<!body )(?<!biological )(?<!internal )clocks?|timer|alarm|oven|boiler"
    r"|thermostat|meter|scoreboard|login|logins|counter|goalposts?|bins|rows|shelves|signs"
    r"|tiles|mirrors|wheels|tracking|chairs|tables|pictures|frames|gates?|fence posts?|fence"
    r"|pedals|doors|wardrobe doors|rod pod|lash bed|fridge|leaderboard|board"
    r"|settings|seating plan"
    r"|seating|rota|budget|playlist|speakers?|server|network|modem|device|lock|code|pin|till"
    r"|satnav|gps|projector|website|software|system settings|gas pressure|tyre pressures?"
    r"|automation|controls?|high scores?|scores?|menu|tow bar|pass|passes|cue stack|machines?"
    r"|boards|brushes|stitches|barriers?|posts?|resurfacer|tempo"
    # "Realign the track sections on the ghost train", "the press rollers", "the sightscreen"
    r"|track sections?|tracks?|sightscreens?|rollers?|trellis|trellis wires|wires|lights"
    # "realigned the tape heads", "realign the boxes on the pallet", "reset the slate
    # timecode", "realigned the rink markers"
    r"|satellite dish(?:es)?|dish(?:es)?|aerials?|antennas?|antennae|mech hangers?|hangers?"
    r"|derailleurs?|gears|chainrings?|cassettes?|calipers?|callipers?|heaters?|troughs?"
    r"|dishwashers?|tumble dryers?|microwaves?|cookers?|hobs?|coping|mirror|drawers?"
    r"|drawer runners?|runners?|steps?|slabs?|paving|pavers|kerbs?"
    r"|tape heads|print heads?|heads|boxes|pallets?|stacks?|crates|cartons|parcels|markers?"
    r"|pegs|stakes?|timecodes?|slates?|faders|magnets?|cranes?|conveyor belts?|conveyors?"
    # "The old pear tree has been realigned against its stake", "Realign the leading to the
    # cartoon" (stained glass)
    r"|trees?|saplings?|leading|panes?|pieces"
    # "the power controller", "the fenders", "the weighing scales", "the perches", "the CNC
    # zero", "the music stand heights", "the laser measure", "the vacuum"
    r"|controllers?|fenders|scales|perches|cnc|heights|laser measure|tape measure|vacuums?"
    r"|brackets?"
    # "realigning the holds on the slab wall", "the contact zones on the A-frame", "the baking
    # trays", "the seat belt guides", "the furnace program", "the stroke coach"
    r"|holds|zones|contact zones|trays|baking trays|guides|seat belt guides|programs?"
    r"|programmes?|stroke coach|speed coach|cox box|mixing desk|desks?|paddles?|drills?|counters"
    r"|self - service (?:machine|till|checkout|kiosk)s?|failsafes?|receivers?|radios?|vhf radio"
    r"|transmitters?|wings?|skegs?|skeg cable|cables?|nipping press|press|presses"
    r"|hoovers?"
    rf"|water pressure|air pressure|{_MACHINE_SYSTEM})"
)
_EVERYDAY_SENSE = LazyPattern(
    # "detox from their phones during class"
    # "could do with a detox from checking the webcam"
    r"\bdetox(?:ing)? from (?:checking |scrolling |watching |refreshing |looking at )?(?:your"
    r" |their |our |my |the )?(?:phones?|screens?|social media|emails?|devices?|tech|news"
    r"|webcams?|cameras?|apps?|group chats?|chats?)\b|"
    r"\b(?:digital|social media|screen|screen - time|phone|email|e - mail|inbox|news|tech|chat"
    r"|group chat|whatsapp|messages"
    r"|wardrobe|kitchen|fridge|desk|calendar|paper|plastic|clutter|declutter|playlist|music"
    r"|photo) detox(?:es|ing|ed)?\b"
    # "the forum is having a detox", "the discord is getting a detox"
    rf"|\b{_CLEARABLE} (?:(?:is|are) (?:getting|having|due|overdue for)|needs?|could do with|had"
    rf"|has had)"
    rf" (?:a |an )?(?:\S+ )?detox\b"
    # "staff test the water every hour and rebalance the ph if its off"
    r"|\b(?:pool|water|tank|hot tub|spa) (?:\S+ ){0,6}?rebalanc\w* (?:the |its )ph\b"
    r"|\brebalanc\w* the ph of (?:the |our |your )?(?:\S+ )?(?:pool|water|tank|hot tub|spa|soil"
    r"|aquarium|pond)\b"
    # A detox of things: "a full detox of the lockup", "a detox of the lounge bookshelves"
    # (not "a detox of your liver", "of the whole system")
    rf"|\bdetox (?:of|on) (?:the|our|my|this|that) (?!(?:\S+ ){{0,2}}?(?:{_CARE_RESULT}|system"
    r"|blood|lymph\w*|colon|cells?|toxins?|digestive|body|bodies|insides?)\b)"
    # Things emptied and filled again, or reset after a power cut: "The water troughs will be
    # flushed out and refilled", "the pool heater was reset after the power cut"
    r"|\b(?:flushed|drained|emptied|cleaned) (?:out )?and (?:refilled|re - ?filled|topped up"
    r"|scrubbed)\b"
    r"|\breset (?:\S+ ){0,2}?(?:after|following|since) (?:the |a |last night's )?(?:power cut"
    r"|outage|power failure|blackout|power outage|storm|crash|update|upgrade)\b"
    # Things set in line: "The music stands have been realigned so the back desks can see
    # the conductor", "Realign the ledger before you tighten the couplers" (not "tighten
    # your core")
    # (and "so your glasses sit straight", "so the entrances all face south-east", "so
    # pedestrians have a full metre", not "so your spine sits straight")
    rf"|\b(?:realign\w*|rearrang\w*) {_NO_RESULT_AHEAD}(?:\S+ ){{0,4}}?so (?:that )?"
    rf"{_NO_RESULT_AHEAD}(?:the |your"
    r" |our |their |everyone |you |people |they |we |pedestrians |cars |traffic |visitors"
    r" |customers )(?:\S+ ){0,3}?(?:can |could |will |all |now )?(?:see|reach|read|get past|fit"
    r"|watch|hear|sit|sits|face|line up|lines up|close|closes|open|opens|point|points|have|has"
    r"|get)\b"
    # A crew at work: "while the crew realigns the coping on the deep end"
    r"|\b(?:crew|team|staff|engineers?|workmen|builders|contractors|fitters|technicians?"
    r"|groundsmen|groundstaff|volunteers|caretaker|janitor) (?:\S+ )?(?:realigns?|realigning"
    r"|realigned|resets?|resetting) (?:the|all the|our|some)\b"
    # An appliance reset and its error gone: "the error code has cleared"
    r"|\berror (?:code|message|light|warning)s? (?:has |have |had )?(?:cleared|gone)\b"
    r"|\brealign\w* (?:\S+ ){0,3}?(?:and|so|now) (?:the |our |your )?(?:picture|signal|reception"
    r"|image|view|sound|screen|tv|telly|wifi|wi - fi) (?:\S+ ){0,2}?(?:is|'s|are|works?|came"
    r"|comes)\b"
    r"|\brealign\w* (?:the |a |each |every |all )(?:\S+ ){0,2}?(?:before|then|and then|and)"
    r" (?:you )?(?:tighten|bolt|clamp|screw|nail|weld|glue|secure|torque|refit|re - ?fit)\w*"
    r" (?:up |down )?(?:the"
    r"|all|each|every|them|it)\b(?! (?:core|muscles?|glutes?|abs|tummy|stomach|belly|pelvic)\b)"
    # "reset the desk faders to zero" (not "resets your pancreas back to factory settings",
    # nor "resets your cortisol to zero")
    r"|\breset\w* (?:the |all |our )?(?:(?!your |my |his |her |their |you )\S+ ){0,3}?"
    r"(?:to|back to) (?:zero|0)\b"
    # "could reset anyones bad mood"
    r"|\breset\w* (?:\S+ ){0,2}?(?:bad|grumpy|foul) moods?\b"
    rf"|\b(?:reset\w*|re - set\w*|realign\w*|reboot\w*|recalibrat\w*|restart\w*|rearrang\w*"
    rf"|rebalanc\w*) (?:the |your |ur |my |our |a |an |their |his |her |its )?(?:\S+ ){{0,2}}?"
    rf"{_THING}\b"
    rf"|\b(?:the |your |my |our )?(?:\S+ ){{0,2}}?{_THING}(?: (?:on|in|at|of|for|by|near|outside"
    rf"|behind|beside) (?:the |a )?"
    rf"(?:\S+ ){{0,2}}?\S+)?(?:'s been| (?:will be|was|is being|has been|have been|s been"
    rf"|gets|got|needs to be|need to be|needs|need|to be)) (?:\S+ )?(?:reset|resetting|re - set"
    rf"|realigned|realigning|rebooted|rebooting|recalibrated|restarted)\b"
    # "The Wi-Fi password is reset every Monday"
    rf"|\b(?:is |are |gets |get )?(?:reset|resets|reboot|reboots|realigned|realigns)"
    rf" (?:itself |automatically )?(?:(?:every|each) (?:night|day|morning|evening|week|month|year"
    rf"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|round|heat|match|game|session"
    rf"|shift|hour)|at midnight|overnight)\b"
    # "the scoreboard on the dodgeball court resets every round", "The till password resets
    # every ninety days"
    rf"|\b{_THING}(?: (?:on|in|at|of|for) (?:the |a )?(?:\S+ ){{0,2}}?\S+)? (?:resets?|realigns?)"
    rf" (?:every|each|after|at|automatically|itself|overnight|with)\b"
    # "doing a full menu reset in june", "were doing a full reset tonight" (not "a full hormone
    # reset")
    rf"|\b(?:a|the) (?:full |complete |quick |total |proper |big )?(?:(?!(?:hormone|hormonal"
    rf"|metabolic|metabolism|gut|body|nervous|dopamine|skin|liver|brain|immune|cortisol|insulin"
    rf"|sugar|blood|fat|detox|health|mind|mental|sleep|energy|cellular)\b)\S+ )?reset (?:in|on|at"
    rf"|tonight|tomorrow|this|next|every)\b"
    # "Our website has had a full reset"
    rf"|\b{_THING} (?:has had|had|is getting|gets|needs|got) (?:a |an )?(?:full |quick |complete )?"
    rf"(?:reset|reboot|refresh|realignment)\b"
    # "a proper detox of the uniform cupboard", "going to detox my phone this weekend" (not
    # "detoxes the inflammation toxins", "a detox of your liver")
    rf"|\bdetox(?:es|ed|ing)? (?:plan |day |session )?(?:(?:of|on|for) )?(?:the |my |your |our"
    rf" |their |his |her |this |that )"
    rf"(?:whole |entire )?(?:\S+ ){{0,3}}?{_CLEARABLE}\b"
    # "Gave the garage a total detox this weekend"
    rf"|\b(?:give|gives|giving|given|gave) (?:the |my |our |your |their )(?:\S+ )?{_CLEARABLE} a"
    rf" (?:\S+ )?detox\b"
    # "cleared out the whole caravan fridge this morning, total detox"
    rf"|\bclear(?:ed|ing|s)? (?:out )?(?:the |my |our |your |his |her |a )?(?:whole |entire )?"
    rf"(?:\S+ )?{_CLEARABLE}\b(?:(?!juice|tea|diet|body|liver|colon|fast)\S* ){{0,8}}?detox\b"
    # A detox told as things thrown out: "did a garden detox this weekend, cleared out ten years
    # of broken pots", "a detox of the parts shelf, and anything unlabelled goes in the recycling"
    r"|\bdetox\b(?:(?!juice|teas?|diet|body|liver|colon|fast|toxins?|blood|skin|gut|kidneys?)\S*"
    r" ){0,12}?(?:(?:cleared|cleaned|threw|thrown|chucked|binned|tidied|sorted) out"
    r"|clearing (?:\S+ ){0,5}?out\b|(?:goes|go"
    r"|went|gone|going) in(?:to)? the (?:recycling|bin|skip)|into the (?:recycling|bin|skip)"
    # "old receipts ... can all go", "everything past its date ... goes on friday", "unclaimed
    # stuff goes to charity"
    r"|(?:gave|given|donated|donate|passed) (?:\S+ ){0,4}?(?:on )?to (?:the |a )?(?:\S+ )?(?:school"
    r"|charity|charity shop|tip|food bank|neighbours|nursery|library|club)\b"
    r"|can all go\b|(?:goes|go) (?:on|to) (?:\S+ )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|charity|the charity shop)"
    r"|to the tip)\b"
)


# A thing mended for good, not a body cured: "the leak in the chapel roof is fixed for
# good", "should sort the drainage for good", "fixed the wobbly table for good".
_FIXABLE = (
    r"(?:leaks?|roof|drains?|drainage|gutters?|pipes?|taps?|boiler|heating|radiators?|doors?"
    r"|windows?|locks?|fence|gate|table|chairs?|shelf|shelves|car|van|bus|engine|tyres?"
    r"|puncture|bike|brakes|wi - fi|wifi|router|printer|laptop|computer|phone|screen|app"
    r"|website|software|bug|glitch|server|network|toilet|sink|shower|damp|floor|floorboards?"
    r"|steps?|stairs|path|road|potholes?|ceiling|walls?|oven|fridge|freezer|dishwasher"
    r"|washing machine|kettle|till|scoreboard|clock|alarm|covers|pitch|square|outfield|rota"
    r"|timetable|schedule|paperwork|spreadsheet|signal|wobble|squeak|rattle|hinge|zip|strap"
    r"|buckle|hose|valve|keg|machine|dropped stitch|handle|crack|platform|tail lift|lock snapping"
    r"|hinges|cracks|shutters?|runners?|blinds?|catch(?:es)?"
    r"|ramp|latch|lid|hatch|mirrors?|lights?|lamps?|stands?|signs?|hydrants?|handrails?|rails?"
    r"|hum|buzz|feedback|cones|clutter|rubbish|junk|weeds|graffiti|radio|drinker|line"
    r"|compressor|filters?"
    # "fixed the flutter echo in booth B for good", "the seal was fixed for good"
    r"|echo|flutter echo|reverb|hiss|crackle|static|interference|whistle|squeal|seals?"
    # "The aviary netting", "The draught problem in the living room fireplace", "The van's
    # generator", "The squeaky stair"
    r"|netting|nets?|mesh|fencing|draught|draft|fireplace|chimney|flue|generators?|stair"
    r"|motors?|starter motor|minibus|paper jams?|jams?|roots?|stumps?|faults?|dryers?|fans?"
    r"|heaters?|gazebos?|gazebo leg|tents?|awnings?|marquees?|drips?|tubs|crates"
    # "the new harness fixed the pulling for good", "fixed the chatter for good", "the
    # escaping problem", "the muddy paw problem"
    r"|pulling|chatter|escaping|escaping problem|paw problem"
    # "The new shelf brackets are screwed into the studs and will hold for good"
    r"|brackets?|plugs?|fixings?|screws?|hooks?|shelving)"
)
_THING_FIXED = LazyPattern(
    rf"\b(?:fix|fixes|fixed|fixing|sort|sorts|sorted|sorting|mend|mends|mended|repair\w*"
    rf"|solve\w*|seal\w*|patch\w*|clear|cleared|clearing) (?:the |a |that |this |our |my |your"
    rf" |their |its )?"
    # "fixed the hole in the deer fence for good", "fixes the overhang problem over the
    # client's roof for good"
    rf"(?:\S+ ){{0,5}}?{_FIXABLE} (?:\S+ ){{0,6}}?for good\b"
    # "fixed the faulty pinsetter for good" (not "a wobbly ACL", "a leaky gut")
    rf"|\b(?:fix|fixed|fixes|fixing|sort|sorted|mend|mended|repair\w*) (?:the |a |our |that"
    rf" |this )?(?:faulty|squeaky|jammed)"
    rf" (?:\S+ ){{0,5}}?for good\b"
    rf"|\bfix (?:for|on|to) (?:the |a |that |this |our |my )?(?:\S+ ){{0,2}}?{_FIXABLE}"
    rf" (?:\S+ ){{0,10}}?for good\b"
    rf"|\b{_FIXABLE} (?:\S+ ){{0,6}}?(?:is|was|'s|has been|have been|got|gets|should be|will be"
    rf"|been|are|were) (?:\S+ )?(?:fixed|sorted|repaired|mended|solved|sealed|patched)"
    rf" (?:\S+ )?for good\b"
    # "fixed for good, no more wobble"
    rf"|\b(?:fixed|sorted|mended|repaired) for good ,? no more (?:\S+ )?{_FIXABLE}\b"
    # A sound or a growth gone: "the hiss in the pipes is gone for good", "The limescale on
    # the conservatory roof is gone for good", "wants the old hedge gone for good"
    rf"|\b(?:echo|hiss|crackle|static|interference|hum|buzz|feedback|squeak|rattle|leak|damp"
    rf"|draught|wobble|limescale|mould|mold|moss|rust|weeds|ivy|brambles|nettles|hedge|stumps?"
    rf"|graffiti|rubbish|junk|clutter) (?:\S+ ){{0,5}}?(?:(?:is|are|has|have|'s|should|will)"
    rf" (?:now |finally )?(?:stay |stays |remain |remains )?)?(?:gone|stopped|removed|cleared|dry)"
    rf" for good\b"
    # "fixed the leak in the weighbridge cabin roof, its finally sorted for good"
    rf"|\b{_FIXABLE} (?:\S+ ){{0,8}}?(?:its|it's|it is|that's|thats|all) (?:now |finally )?"
    rf"(?:fixed|sorted|mended|repaired) for good\b"
    # Timber, cheese or concrete cured: "The felled ash has cured in the yard for a year"
    r"|\b(?:timber|wood|ash|oak|logs?|ham|bacon|cheese|concrete|mortar|paint|resin|glue|varnish"
    r"|sealant|epoxy|leather|tobacco|hides?|render|plaster|screed|sausages?|salami|salmon|fish"
    r"|meat|beef|pork|duck|venison|olives|yolks)"
    r" (?:\S+ )?(?:has |have |had |is |are |was |were )?(?:cured|curing)\b"
    r"|\b(?:cured|curing) (?:ham|bacon|meats?|sausages?|salmon|fish|timber|logs|wood|hides)\b"
    # "Once fully cured, the water-based varnish is ..."
    r"|\b(?:fully |properly )?cured ,? (?:the )?(?:\S+ ){0,3}?(?:varnish|paint|resin|glue|epoxy"
    r"|sealant|concrete|mortar|lacquer|oil|finish|stain|filler|grout)\b"
    # A machine that keeps failing: "The pedalboard keeps cutting out, so we're swapping
    # the power supply to fix it for good".
    # A problem of things: "The new gate latch fixed the goats' escape problem for good"
    # (not "fixed my back problem", "the sleep problem")
    rf"|\b(?:fix|fixes|fixed|fixing|sort|sorts|sorted|solve\w*) (?:the|our|their|that|this)"
    rf" {_NO_RESULT_AHEAD}(?:\S+ ){{1,3}}?(?:problem|issue|fault|trouble)s? (?:\S+ )?for good\b"
    # Mended by a tradesperson: "The roaster's fixed for good now that the engineer has
    # replaced the thermocouple"
    r"|\b(?:fixed|sorted|mended|repaired|solved) for good (?:\S+ ){0,2}?(?:now that|now|since|,"
    r"|after|once|because) (?:the|our|a|an) (?:\S+ )?(?:engineer|plumber|electrician|mechanic"
    r"|technician|fitter|joiner|carpenter|builder|roofer|locksmith|glazier|handyman|installer"
    r"|contractor|repairman|repair man|gas man|landlord|council)s? (?:has |have |had )?"
    r"(?:replaced|repaired|fitted|swapped|changed|serviced|installed|sealed|welded|rewired"
    r"|re - ?wired|put in|sorted)\b"
    # Mended by hand: "the clutch cable was slipping so i adjusted it properly, fixed for
    # good", "sewed it up properly, fixed for good"; fixings that hold: "Rail brackets fitted
    # with the new plugs will hold for good"
    r"|\b(?:adjust|sew|sewed|sewn|glue|tape|taped|weld|solder|tighten|screw|oil|grease|patch"
    r"|swap|rewire|reseat|rebuild|rebuilt|rethread|re - ?thread)\w* (?:it|them|that|this|the \S+)"
    r"(?: \S+){0,3}? ,? (?:\S+ )?(?:fixed|sorted|mended) for good\b"
    rf"|\b{_FIXABLE} (?:\S+ ){{0,8}}?(?:will|should|'ll|to) hold (?:\S+ )?for good\b"
    # "The new queen excluder has fixed the problem of brood in the supers for good"
    rf"|\b(?:fix|fixes|fixed|fixing|sort|sorted|solve\w*) the (?:problem|issue|trouble) (?:of|with)"
    rf" {_NO_RESULT_AHEAD}(?:\S+ ){{1,5}}?for good\b"
    # A part sorted it: "stopped the reel drag slipping for good, new washers sorted it"
    r"|\b(?:new|a new|the new|replacement) (?:\S+ )?(?:washers?|seals?|springs?|parts?|bolts?"
    r"|screws?|bearings?|belts?|fuses?|batteries|battery|bulbs?|hinges?|runners?|gaskets?)"
    r" (?:sorted|fixed|solved|cured) (?:it|that|the problem)\b"
    # A barrier mended: "the gap in the hoarding is fixed for good, no more kids getting in"
    r"|\bfor good ,? no more (?:\S+ ){0,2}?(?:getting|coming|climbing|sneaking|breaking"
    r"|wandering|squeezing) (?:in|through|out|over|under)\b"
    r"|\bkeeps? (?:cutting out|crashing|jamming|tripping(?: out)?|freezing|dropping out"
    r"|breaking down|switching off|cutting off) (?:\S+ ){0,12}?(?:fix|fixes|fixed|fixing|sort"
    r"|sorted|sorting) (?:it|them|the problem|the issue|the fault) (?:\S+ )?for good\b"
)


def _thing_fixed(words: str, start: int = 0, end: int = -1) -> bool:
    """Is a cure's wording, from ``start`` to ``end`` (anywhere, by default), said of a
    thing mended for good rather than of the body?"""
    return _read_over(_THING_FIXED, words, start, end)


def _in_quotes(clause: Clause, match: re.Match[str]) -> bool:
    """Is the match set in quotation marks, alone or in a name of a few words ('"detox"
    drinks', 'can't be "reset" by a cleanse', 'Is "detox water" worth buying?')? A
    writer quotes a word to keep it at arm's length; a claim made in earnest is not
    written so (none of the test sets' claims is). Three words at most: a slogan quoted
    whole is a claim ('"Beat back pain for good": the lunchtime posture class ...')."""
    start, end = clause.span(match)
    closed = _QUOTE_CLOSED.match(clause.text, end)
    return bool(
        start > 0
        and clause.text[start - 1] in _OPENING_QUOTES
        and closed
        and len(clause.text[start : closed.end()].split()) <= _QUOTED_WORDS
    )


_QUOTED_WORDS = 3


_OPENING_QUOTES = frozenset("\"'\u201c\u2018")
# The quotation closed within two more words (a name, not a sentence quoted).
_QUOTE_CLOSED = LazyPattern(r"(?:[ -]?[\w'-]+){0,2}[\"'\u201d\u2019](?!\w)")


# What was said called wrong: "exactly wrong", "completely untrue", "a myth".
_CALLED_WRONG = (
    r"(?:exactly |completely |totally |just |plain |dead |simply )?(?:wrong|untrue|false"
    r"|nonsense|rubbish|a myth|bad advice)\b"
)
# Pushing on scorned straight after it is named: "pushing through back pain for 14 hrs
# isnt a flex", "... is not something to brag about".
_SCORN = (
    r"(?:(?:isn't|isnt|is not|ain't|aint|'s not|are not|aren't) (?:a flex|brave|clever|tough"
    r"|heroic|smart|impressive|a badge of honou?r|worth it|something to (?:brag|boast|be proud)"
    r" (?:about|of)"
    # '"Train through it" is not our club policy'
    r"|(?:our |the |a |an )?(?:\S+ )?(?:policy|rule|advice|approach|plan))"
    # '"pain is weakness leaving the body" is such a dumb PE slogan', 'was always a silly
    # mantra'
    r"|(?:is|'s|was|are|were) (?:(?:always|just|such|really|so|an?) )*(?:dumb|stupid|daft|silly"
    r"|ridiculous|idiotic|outdated|toxic|dangerous|terrible|awful|rubbish) (?:\S+ )?(?:slogan"
    r"|saying|motto|myth|mantra|attitude|mindset|advice)s?\b"
    # "..., which is exactly wrong for joint pain"
    rf"|(?:is|'s|was) {_CALLED_WRONG})"
)
_SCORNED = LazyPattern(rf" (?:\S+ ){{0,4}}?{_SCORN}")
# The slogan's crowd ignored: 'ignore the "no pain no gain" lot'.
_IGNORE = (
    r"\b(?:ignore|forget|don't listen to|dont listen to|never listen to) (?:the |those |that"
    r" |all the |any )?"
)
_IGNORE_THE = LazyPattern(_IGNORE + r"[\"'\u201c\u2018]? ?$")
_CROWD_IGNORED = LazyPattern(
    _IGNORE + r"(?:\S+ ){1,8}?(?:lot|crowd|brigade|types|merchants|mob|gang)\b"
)
_THE_CROWD = LazyPattern(
    r" ?[\"'\u201d\u2019]? ?(?:lot|crowd|brigade|types?|merchants|mob|gang|mentality|nonsense"
    r"|rubbish|people|gym bros)\b"
)


def _scorned(clause: Clause, match: re.Match[str]) -> bool:
    """Pushing on scorned straight after it is named, and not told after all."""
    after = clause.after(match)
    scorn = _SCORNED.match(after)
    return scorn is not None and not (
        _PERSISTS.search(after, scorn.end()) or _PERSISTS.search(clause.following())
    )


# Rest preferred to pushing on: "We would much rather a pupil sat out a class than pushed
# on with a painful ankle".
_RATHER_THAN_PUSHING = LazyPattern(
    r"\brather (?:\S+ ){0,10}?than (?:\S+ ){0,2}?(?:push|pushed|pushing|carried on|carry on"
    r"|carrying on|played on|play on|kept going|keep going|danced on|ran on|run on)\b"
)
# Pushing on named as how injuries happen: "ignoring pain is how musicians get injury".
_HOW_HURT = LazyPattern(
    r"\s*\b(?:is|was|'s|are) (?:exactly |just )?(?:how|why) (?:\S+ ){0,3}?(?:get|gets|got|end up"
    r"|ends up) (?:\S+ )?(?:injur\w*|hurt|damaged|worse|torn|broken)"
    # "lifting through back pain is how injuries happen"
    r"|\s*\b(?:is|was|'s|are) (?:exactly |just )?how (?:\S+ ){0,3}?(?:injuries|injury|accidents"
    r"|damage|strains?|sprains?|tears?|problems)\b"
    # ", which is how i ended up with a stress fracture"
    r"|\s*,? (?:which|that) (?:is|was|'s) (?:exactly )?how (?:\S+ ){0,2}?(?:ended|end|ends) up"
    r" (?:with|in)\b"
)
# The same, as the learned reader reads a whole sentence.
_PUSHING_SCORNED = LazyPattern(
    rf"\bthrough (?:\S+ ){{0,3}}?(?:pain|it|that) (?:\S+ ){{0,4}}?{_SCORN}"
)


def _pushing_that_harmed(clause: Clause, match: re.Match[str]) -> bool:
    """Pushing on told as what caused an injury ("I tore my hamstring pushing through
    pain", "Pushing through the pain gave me a stress fracture"), as a habit given up ("I
    used to push through back pain ..., but my physio told me to stop") or as regretted
    ("... and regretted it", "worst idea ever")."""
    return bool(
        _INJURED_BY.search(clause.before(match))
        or _GAVE_AN_INJURY.match(clause.after(match))
        or (_USED_TO.search(clause.before(match)) and _GIVEN_UP.search(clause.following()))
        or bool(_REGRETTED.match(f"{clause.after(match)} {clause.following()}"))
    )


# Pushing on regretted: "I pushed through the pain with a burn last year and regretted it",
# "kept playing on it, worst idea ever", "... and ended up off for six weeks" (not "and
# never regretted it", "you won't regret it").
_REGRETTED = LazyPattern(
    r"(?:\s+\S+){0,8}?\s+(?:and\s+|but\s+)?(?:i\s+)?(?<!never\s)(?<!not\s)(?<!n't\s)"
    r"(?:regretted it|regret it|(?:the )?worst idea|(?:a |my |the )?(?:big|biggest|huge)"
    r" mistake|wish i hadn't|wish i had not|ended up (?:off|out|laid up|in hospital|on crutches"
    r"|in a cast|in plaster|in a boot)"
    # "... and it cost me the whole season"
    r"|cost (?:me|him|her|them|us) (?:the |my |his |her |their )?(?:whole |entire |rest of the )?"
    r"(?:season|summer|tour|year|race|final|match)"
    # "... trying to play through it and missed eight weeks"
    r"|(?<=and )(?:then )?missed (?:\S+ ){0,2}?(?:weeks|months|games|matches|races|the season"
    r"|the rest of the season))\b"
)
_NOTHING_WORTH_IT = LazyPattern(
    r"\b(?:no|nothing|not)\b (?:\S+ ){0,3}?(?:is|'s|are) worth (?:an |the |a )?(?:injury|injuries"
    r"|the risk|getting hurt)\b"
)
# Told as what to do (not "only stop if it really hurts", "don't stop even if it hurts",
# "because stopping when it aches only lets the joints seize up").
_STOP_IF_IT_HURTS = LazyPattern(
    r"(?:\b(?:to|and|then|always|just|please|you|must|should)|[,;:]) (?:stop|pack it in|call it a"
    r" day|knock it on the head) (?:\S+ ){0,2}?(?:if|when"
    r"|as soon as) (?:\S+ ){0,3}?(?:hurts?|hurting|is painful|causes pain|aches?)\b"
)


# The pain named as the moment to stop: "if your back hurts, stop and swap to the sorting
# table" (not "stop only once the set is done").
_STOP_THEN = LazyPattern(
    r" ,? (?:then |just |please |you should |you must )?(?:stop|rest|ease off|back off|sit out)"
    r"\b(?! (?:only|when|once|after|at|later|tomorrow|in|over|until|till|is|are|was|were"
    r"|isn't|'s)\b)"
)
_PAIN_DEFIED = LazyPattern(r"\b(?:even|despite|regardless|whether or not)\b")


# Pushing on told as a habit given up: "I used to push through back pain when digging, but
# my physio told me to stop" (not "..., but now I push even harder").
_USED_TO = LazyPattern(r"\bused to (?:\S+ )?$")
_GIVEN_UP = LazyPattern(
    r"\b(?:but|until|till|now|these days|nowadays)\b(?: \S+){0,10}? (?:stop|stopped|rest|rested"
    r"|resting|don't|do not|no longer|never|ease off|eased off|listen|back off)\b"
)


_INJURED_BY = LazyPattern(
    r"\b(?:tore|torn|pulled|injured|hurt|damaged|broke|broken|wrecked|strained|sprained"
    r"|ruptured|fractured|snapped|ripped|did) (?:my|his|her|their|your|our|a|an) (?:\S+ ){0,2}?"
    r"\S+ (?:by |from |while |when |after )?(?:(?:by |while |when )?trying to )?$"
)
_GAVE_AN_INJURY = LazyPattern(
    r"(?: \S+){0,3}? (?:gave (?:me|him|her|them|us)|left (?:me|him|her|them|us) with|caused"
    r"|led to|ended (?:up )?(?:with|in)|cost (?:me|him|her|them|us)) (?:a |an |two |three |six"
    r"|months of |weeks of )?(?:\S+ )?(?:fracture|tear|injury|injuries|strain|sprain|damage"
    r"|rupture|break|hernia|slipped disc|tendinitis|tendonitis|shin splints|months off|weeks off"
    r"|surgery|an operation|operation)\b"
)


def _pain_eases_with_it(clause: Clause, match: re.Match[str]) -> bool:
    """Pain said to get better as one keeps active, with no pushing past it: "Back pain
    usually improves if you keep moving", "the pain is much better when I keep going"."""
    rest = f"{clause.after(match)} {clause.following()}"
    return bool(_EASES_IF.search(clause.before(match))) and not _ANYWAY.search(rest)


_EASES_IF = LazyPattern(
    r"\b(?:improves?|improving|eases?|gets? better|settles?|(?:is|are|feels?) (?:much |a lot |far"
    r" )?better|recovers?) (?:\S+ ){0,2}?(?:if|when|as|once) (?:you |i |we |they |he |she )?$"
)
_ANYWAY = LazyPattern(
    r"\b(?:even (?:if|though|when)|through|despite|no matter|however (?:much|bad|sore)|ignore"
    r"|agony|unbearable)\b"
)


def _warned_before(warning: LazyPattern, before: str) -> bool:
    """Does ``warning`` ("never assume", "don't think") hold over the end of ``before``,
    the words before a claim? Not past a reason or a turn: "Never assume a natural remedy
    can harm you, because herbal products are completely safe" claims the safety."""
    found = warning.search(before)
    return found is not None and not _TURN.search(before, found.end())


_TURN = LazyPattern(r"[,;] (?:because|so|but|since|as|and so)\b|;")


def _warned_of(kind: Kind, clause: Clause, match: re.Match[str]) -> bool:
    """Is the promise, safety or mechanism at ``match`` one the sentence warns of or
    denies, rather than makes? "Never assume a quiet pony can't hurt a child", "be very
    wary of anyone selling one with a guarantee", "no bracelet, cream or drink can regrow
    a spinal cord"."""
    before = clause.sentence_before(match)
    if kind in (SAFETY, CURE) and (
        _warned_before(_NOT_THINKING, clause.before(match))
        or _NOT_SURE_OF.search(clause.before(match))
    ):
        return True  # "Never assume ...", "we couldn't be sure it's safe in pregnancy"
    if kind in (SAFETY, CURE, MECHANISM) and _NONE_SHOWN.search(before):
        return True  # "Nothing sold as a miracle supplement has been shown to cure cancer"
    if (
        kind in (SAFETY, CURE, MECHANISM)
        and _ignored_claim(f"{before}{match.group()}")
        and not _OWN_REASON.search(before)
    ):
        return True  # "Ignore anyone who says copper bracelets cure arthritis, or ..."
    if kind in (CURE, MECHANISM) and _NO_EVIDENCE_FOR_IT.search(
        f"{clause.after(match)} {clause.following()}"
    ):
        return True  # "told a chiropractor could realign her pelvis, but there's no good
        # evidence for that"
    if (
        kind in (SAFETY, CURE, MECHANISM)
        and _WARY_OF.search(before)
        and not _TOLD_RIGHT.search(f"{clause.after(match)} {clause.following()}")
    ):
        return True  # "Be cautious of clinics claiming to 'reboot' the brain"
    if kind in (SAFETY, CURE, MECHANISM) and (
        _OTHERS_CLAIM.search(before)
        or _CALLED_A_CLAIM.match(clause.after(match))
        or (
            _CLAIMS_TO.search(before)
            and _CLAIM_DENIED.search(f"{clause.after(match)} {clause.following()}")
        )
        or _CLINICIAN_CORRECTS.search(f"{clause.after(match)} {clause.following()}")
    ):
        return True  # "Some products claim to rebalance your energy", "'No side effects' is a
        # phrase you'll see in adverts"
    if (
        kind in (SAFETY, CURE, MECHANISM)
        and _TAKEN_WITH.search(before)
        and _WITH_SALT.match(clause.after(match))
    ):
        return True  # "Take any advert promising a 'miracle' cure with a pinch of salt"
    if kind in (SAFETY, CURE, MECHANISM) and _claimant_scorned(
        f"{before}{match.group()}{clause.after(match)} {clause.following()}",
        len(before) + len(match.group()),
    ):
        return True  # "Anyone claiming this supplement cures arthritis is talking rubbish"
    return kind in (CURE, SAFETY, MECHANISM) and bool(_NO_LIST.search(before))


_TAKEN_WITH = LazyPattern(
    r"\b(?:take|taking|takes|treat|treating|regard|view|approach|read) (?:any|all|every|claims?"
    r"|anything|such|these|those|what|posts?|adverts?|ads|blogs?|threads?|forum|talk)\b"
)
_DOUBTED_HOW = (
    r"(?:with (?:a (?:\S+ )?(?:pinch|grain) of salt|suspicion|scepticism|skepticism|caution"
    r"|(?:a )?(?:healthy )?(?:dose of )?doubt)|sceptically|skeptically|cautiously)\b"
)
_WITH_SALT = LazyPattern(r" ?(?:\S+ ){0,8}?" + _DOUBTED_HOW)


def _taken_with_salt(words: str) -> bool:
    """Is what the unit says taken with a pinch of salt ("I'd take any claim that a herbal
    remedy is 100% safe in pregnancy with a pinch of salt")?"""
    taken = _TAKEN_WITH.search(words)
    return taken is not None and bool(_SALT.search(words, taken.end()))


_SALT = LazyPattern(r"\b" + _DOUBTED_HOW)


def _claimant_scorned(words: str, claim_end: int = 0) -> bool:
    """Is whoever makes the claim in ``words`` (ending at ``claim_end``) scorned for it
    after it ("Anyone claiming this supplement cures arthritis is talking rubbish"), and
    no reason given that holds the writer's own claim ("..., because it's perfectly
    safe for everyone")?"""
    # (The claimant's verb may be the claim's own first word: "Websites that guarantee".)
    claimant = _CLAIMANT.search(words, 0, claim_end + 1 if claim_end else len(words))
    if claimant is None:
        return False
    scorn = _CLAIMANT_SCORNED.search(words, max(claimant.end(), claim_end))
    return scorn is not None and not _OWN_REASON.search(words, scorn.end())


# Whoever makes the claim, then scorned for it.
_CLAIMANT = LazyPattern(
    r"\b(?:anyone|anybody|whoever|someone|somebody|\w+) (?:(?:who|that) (?:says?|claims?"
    r"|tells? you|reckons?|swears?|promises?|guarantees?|insists?)|claiming|saying|telling you"
    r"|swearing|promising|insisting) "
)
_CLAIMANT_SCORNED = LazyPattern(
    r"\b(?:is|are|'s|'re) (?:just |simply |clearly )?(?:talking (?:rubbish|nonsense"
    r"|out of \S+)|lying|wrong|mistaken|misinformed|a liar|liars|having you on|full of it"
    r"|a quack|quacks|selling (?:you )?something|overselling (?:it|things)|exaggerating"
    r"|after your money|not to be trusted|not worth (?:listening to|trusting)"
    r"|having (?:you on|a laugh)|kidding (?:you|themselves))\b"
)


# Pushing on bounded by the pain that must stop it: "that burn is fine, sharp joint pain is
# not", "... but not sharp pain".
_PAIN_BOUNDED = LazyPattern(
    r"\b(?:sharp|stabbing|shooting|joint|severe|sudden) (?:\S+ ){0,2}?pain (?:(?:is|are) (?:not"
    r"|never)|isn't|aren't)(?: (?:ok|okay|fine|normal|good|alright|all right|safe|acceptable))?"
    r"(?= [,.;]|$)|\b(?:sharp|stabbing|shooting|joint|severe|sudden) (?:\S+ ){0,2}?pain"
    r" (?:\S+ ){0,2}?(?:means|is a sign to|is your cue to|tells you to) stop\b"
    r"|\bbut not (?:a |any )?(?:sharp|stabbing|shooting|joint|severe|sudden) pain\b"
)
# Another pain given its stop: "Running through mild muscle soreness is fine, but pain in one
# spot on the shin that gets worse with each run needs rest and a check".
_MILD_PAIN = LazyPattern(
    r"\b(?:mild|slight|a bit of|a little|some|muscle|muscular)(?: \S+)? (?:soreness|ache|aches"
    r"|aching|stiffness|discomfort|pain)\b"
)
_BUT_THAT_PAIN_STOPS = LazyPattern(
    r"^\s*,?\s*but (?:\S+ ){0,3}?(?:pain|aches?|soreness|twinges?)\b(?: \S+){0,12}?"
    r" (?:needs?|deserves?|means|calls for|should (?:have|get))"
    r" (?:\S+ ){0,2}?(?:rest|a check|checking|checked|seeing|a doctor|a physio|attention"
    r"|stopping|a break)\b"
)
# Pain sent to be seen: "... should always be checked, even if there's no bruising".
_PAIN_TO_BE_SEEN = LazyPattern(
    r"\b(?:should|must|needs? to|has to|ought to) (?:always |still |then |definitely |really )?be"
    r" (?:checked|seen|examined|looked at|assessed|x - rayed)\b"
    r"(?! (?:at|in|by) (?:your |the )?(?:next|routine|annual|yearly)|(?: \S+){0,3} next (?:week"
    r"|month|time))"
)
# Medicines taken for a symptom, for as long as it lasts: pain relief, cough and cold
# remedies.
_RELIEVER = (
    r"(?:painkillers?|pain killers?|pain relief|pain - relief|paracetamol|acetaminophen"
    r"|ibuprofen|analgesics?|cough (?:syrups?|mixtures?|medicines?|linctus)|lozenges?"
    r"|decongestants?|antacids?|reliever(?: inhalers?)?|relievers|blue inhalers?|salbutamol"
    r"|ventolin|gtn(?: spray)?|migraine (?:tablets|medicines?)|triptans?|antihistamines?"
    r"|hay fever (?:tablets|sprays?|medicines?)|indigestion (?:tablets|medicines?)|nasal sprays?)"
)
# Such a medicine put down as the symptom goes, as its pack says: "stop the painkillers
# once the pain settles", "Take your painkillers regularly for the first few days, and
# it's fine to cut them down as the pain settles", "no need to finish a bottle of cough
# syrup once the cough has gone".
_RELIEF_DONE = LazyPattern(
    rf"\b{_RELIEVER} (?:\S+ ){{0,16}}?(?:once|when|as soon as|as|after) (?:the |your |a |an"
    r" |any |that |this )?(?:\S+ ){0,3}?(?:pain|it|ache|aches|soreness|headache|symptoms?"
    r"|swelling|fever|temperature|cough|cold|heartburn|congestion) (?:has |have |starts to"
    r" |begins to )?(?:settles|settle|settled|eases|ease|eased|goes|go|gone|improves|improve"
    r"|improved|stops|stop|stopped|passes|pass|passed|clears|clear|cleared|subsides|subside"
    r"|subsided|wears off|worn off|lessens|fades)\b"
)
_RELIEVER_ONLY = LazyPattern(rf"^{_RELIEVER}$")
_RELIEVER_NAMED = LazyPattern(rf"\b{_RELIEVER}\b")


def _relief_done(clause: Clause, match: re.Match[str]) -> bool:
    """A symptom's medicine put down as the symptom goes, and no other medicine changed
    at ``match`` ("keep the painkillers and stop the antibiotics when the pain settles"
    is a change)."""
    if not _RELIEF_DONE.search(clause.sentence()):
        return False
    return all(_RELIEVER_ONLY.match(named.group()) for named in _MEDICINE.finditer(clause.words))


# A denial after the words it denies, ending its clause: "... but pushing through pain is
# not, and injuries should be reported".
_DENIED_AFTER = LazyPattern(
    # A slogan quoted to be denied: "'No pain, no gain' does not apply to stroke rehab".
    r" ?(?:\" |' )?(?:does not|doesn't|do not|don't) apply\b|"
    r" ?(?:(?:is|are|was|were) (?:not|never)|isn't|aren't|wasn't|weren't|isnt|arent)(?: (?:ok"
    r"|okay|fine|welcome|allowed|wise|advised|encouraged|recommended|safe))? ?(?:[,.;!]|$)"
    # Its subject then called no virtue: "Pushing through pain in pointe class is not a badge
    # of honour".
    r"| ?(?:\S+ ){0,4}?(?:(?:is|are|was|were) (?:not|never|no)|isn't|aren't|wasn't|weren't|isnt"
    r"|arent) (?:a |an |the )?(?:badge of honou?r|sign of (?:strength|commitment|dedication"
    r"|toughness)|mark of|good idea|clever|brave|wise|smart|worth it|answer|way to|something to"
    r" be proud|heroic|admirable|a virtue|tough|hard|strong)\b"
)


# A guarantee denied covers what it would have promised.
_PROMISE_DENIED = LazyPattern(
    # "no product", "no routine", "no one": anything said to guarantee nothing (not "no
    # doubt", which vouches for it).
    r"\b(?:nothing|nobody|no (?!doubt\b|question\b)\S+|cannot|can't|cant"
    r"|won't|doesn't|does not|do not|don't|dont) (?:\S+ ){0,4}?(?:guarantee|promise)s?"
    # "no product can guarantee your back pain will never come back"
    r" (?:that |you |your |the |this |these |it |it'll |it's |its |they |they're |any )"
)


def _kind_in_context(kind: Kind, clause: Clause, match: re.Match[str]) -> Kind:
    """The kind a pattern's claim is, read with its whole sentence.

    - Pushing on after a red flag puts care off ("Worst-ever headache? ... push
      through"), except in the middle of an exercise: "numbness during the stretch is a
      good sign, so hold it longer" pushes through it; fainting never is ("Fainted
      during your workout? Carry on" puts care off).
    - Care put aside beside a medicine's change is the change: "halve your warfarin, no
      need to tell the GP".
    - A painkiller taken so an injury is not felt is pain pushed through
      (:func:`_masking`).
    """
    if kind is CURE and match.group().startswith("guarantee"):
        # "0% adverse effects guaranteed" guarantees safety, not a cure.
        return SAFETY if _HARM_NAMED.search(clause.around(match)) else kind
    if kind not in (PUSH_PAIN, DELAYS_CARE, MEDICINE_CHANGE):
        return kind
    sentence = f"{clause.sentence()} {clause.following()}"
    if kind is MEDICINE_CHANGE:
        return _change_in_context(kind, sentence)
    exercising = bool(_DURING_EXERCISE.search(sentence)) and not _OUT_COLD.search(sentence)
    if kind is PUSH_PAIN and _RED_FLAG.search(clause.sentence_before(match)):
        injured = _hurt_by_trauma_only(clause.sentence_before(match))
        return PUSH_PAIN if exercising or injured else DELAYS_CARE
    if kind is PUSH_PAIN:
        return kind
    if exercising and _CARRY_ON.search(sentence) and not _EMERGENCY_NAMED.search(match.group()):
        return PUSH_PAIN  # but "no point calling 999 over a dead arm" mid-set puts care off
    if (
        _MEDICINE.search(sentence)
        and _names_a_change(sentence)
        and not _RED_FLAG.search(sentence)
        and not _CARE_WORD_NAMED.search(clause.words[: match.start()])
        # "you can cancel the ambulance" after naloxone puts off the emergency itself
        and not _EMERGENCY_NAMED.search(match.group())
    ):
        return MEDICINE_CHANGE
    return kind


_EMERGENCY_NAMED = LazyPattern(r"\b(?:ambulance|999|911|112|a & e|paramedics?)\b")


def _hurt_by_trauma_only(words: str) -> bool:
    """Is every red flag in ``words`` a crash or fall the pain came from? Pushing on
    through that pain is pain pushed through ("Ribs hurting since the crash? Train
    through it"), where pushing on past numbness or the worst headache of one's life
    puts care off."""
    flags = [match.group() for match in _RED_FLAG.finditer(words)]
    return bool(flags) and all(_TRAUMA_FLAG.fullmatch(flag) for flag in flags)


_TRAUMA_FLAG = LazyPattern(
    r"(?:after|since|following) (?:\S+ ){0,3}?(?:fall|accident|crash|collision|slip|tumble"
    r"|prang|smash|spill|wipe - ?out|pile - up|wreck|landing|dismount)|" + _JOINT_OUT
)


_HARM_NAMED = LazyPattern(
    r"\b(?:side - effects?|side effects?|adverse|harm\w*|hurt\w*|risks?|safe|safety|reactions?)\b"
)


def _change_in_context(kind: Kind, words: str) -> Kind:
    """What a medicine's change is, read with its sentence: more medicine instead of the
    ambulance puts care off ("keep nebbing every 10 mins instead of phoning for an
    ambulance"); never needing a medicine again is a cure promised ("stick with the
    exercises and you'll never need your blue inhaler again"); a painkiller taken so an
    injury goes unfelt is pain pushed through (:func:`_masking`)."""
    if kind is not MEDICINE_CHANGE:
        return kind
    if _INSTEAD_OF_EMERGENCY.search(words):
        return DELAYS_CARE
    if _NEVER_NEEDED_AGAIN.search(words):
        return CURE
    return _masking(kind, words)


_INSTEAD_OF_EMERGENCY = LazyPattern(
    r"\b(?:instead of|rather than) (?:\S+ )?(?:calling|phoning|ringing|dialling|dialing|going to"
    r"|getting|waiting for) (?:for )?(?:an? |the )?(?:ambulance|999|911|112|a & e|paramedics"
    r"|hospital|the er)\b"
)
_NEVER_NEEDED_AGAIN = LazyPattern(
    r"\bnever (?:\S+ )?need (?:\S+ ){0,4}?(?:again|any ?more|any longer)\b"
)


def _masking(kind: Kind, words: str) -> Kind:
    """A painkiller taken to play on through an injury is pain pushed through: "take two
    before kick-off so you can't feel the hamstring"."""
    return PUSH_PAIN if kind is MEDICINE_CHANGE and _MASKS_PAIN.search(words) else kind


_MASKS_PAIN = LazyPattern(
    r"\bso (?:that )?(?:you|he|she|they|u) (?:can't|cannot|cant|won't|wont|don't|dont|do not)"
    # What goes unfelt is the injury, not a side effect: "so they don't feel drowsy" is
    # a medicine skipped.
    r" feel (?:the|your|his|her|their|it|a thing|anything|any)\b"
    r"|\b(?:mask|numb|dull)\w* (?:the |your |his |her )?(?:pain|injury)\b"
)


# An exercise under way: "during the stretch", "mid-session", "when he walks".
_DURING_EXERCISE = LazyPattern(
    r"\b(?:during|while|mid(?: -)?|when (?:you|he|she|they) (?:\S+ )?) (?:\S+ ){0,2}?(?:stretch\w*"
    r"|exercis\w*|walk\w*|run\w*|workouts?|sessions?|class|sets?|reps?|training|lift\w*"
    r"|deadlifts?|yoga|poses?|squats?|hikes?|swim\w*|physio)\b|\b(?:rehab|rehabilitation)\b"
)
_OUT_COLD = LazyPattern(
    r"\b(?:faint\w*|black\w* out|blackouts?|pass\w* out|collaps\w*|keel\w* over)\b"
)
_CARRY_ON = LazyPattern(
    r"\b(?:keep (?:going|walking|running|stretching|at it|on)|hold (?:it|the stretch) longer"
    r"|push (?:on|through)|carry on|(?:walk|run) it off|the more (?:good|it helps))\b"
)
# A symptom named before the dismissal is care put off, whatever else the sentence says.
_CARE_WORD_NAMED = LazyPattern(r"\b(?:symptoms?|sick|ill|unwell|worse)\b")


def _only_if_worse(clause: Clause, match: re.Match[str]) -> bool:
    """Care left for later, for no red flag, with a safety net given: "no need to ask the
    GP for antibiotics for a cold unless things get worse", "no need to see a doctor for a
    mild cold, but get help if you struggle to breathe"."""
    unless = _UNLESS_NET.search(clause.words, match.end())
    dismissed = clause.words[: unless.start()] if unless else clause.words
    if _RED_FLAG.search(dismissed):
        return False
    rest = f"{clause.after(match)} {clause.following()}"
    if _RED_FLAG.search(rest) and _A_WAIT.search(rest):
        return False  # "... unless your baby's fever under three months old lasts a week"
    if unless and not _A_WAIT.search(clause.words, unless.start()):
        # The red flag is the net: "no need to see a doctor unless it's badly swollen or
        # you can't walk on it".
        return True
    bounded = bool(_BOUNDED.match(clause.following()))
    if _RED_FLAG.search(clause.sentence()):
        # The red flag is in the help sent after "but", not in what was dismissed: "no need
        # to see a doctor for a sting on the hand, but get urgent help if the lips swell".
        return bounded
    # Help sent later in the sentence, on a condition, is a safety net too: "You don't need
    # A&E for shin splints; rest ..., and see a GP or physio if they don't settle".
    return (
        bounded
        or bool(_SAFETY_NET.search(rest))
        or _sends_for_help(clause.following())
        # "... unless it's badly swollen" (not "unless ... lasts a week": a wait, no net)
        or bool(_UNLESS_NET.search(rest) and not _A_WAIT.search(rest))
    )


# A wait given as the net: "lasts a week", "for more than two days".
_A_WAIT = LazyPattern(
    r"\b(?:lasts?|lasting|goes on|carries on|for) (?:more than |over |longer than |at least )?(?:a"
    r"|one|two|three|four|five|several|a few|\d+) (?:days?|weeks?|months?)\b"
)
# A net on the symptom ("unless it's badly swollen"), not on someone's word ("nobody rings
# 999 unless I say so").
_UNLESS_NET = LazyPattern(
    r"\bunless (?:it|it's|they|they're|he|he's|she|she's|you|you're|you've|your|the|there"
    r"|there's|symptoms)\b"
)
# The warning signs named as the reason to stop: "... and stop if you feel dizzy".
_STOP_IF_SIGNS = LazyPattern(
    r"\b(?:and |then |but )?(?:stop|rest|sit down|slow down|ease off|stop exercising)"
    r" (?:straight away |at once |immediately )?(?:if|when|as soon as) (?:you |they |he |she )?"
    r"(?:feel|feels|get|gets|have|has|notice|notices|start|starts|develop|develops)"
    r" (?:any )?(?:\S+ ){0,2}?(?:pain|dizz\w*|faint\w*|light - headed|breathless\w*|short of breath"
    r"|shortness of breath|sick|unwell|numb\w*|tingl\w*|chest|palpitations|sharp|wheez\w*)\b"
)
_SAFETY_NET = LazyPattern(
    r"\b(?:unless|until|if) (?:\S+ ){0,3}?(?:gets? worse|get worse|worsens?|do not improve"
    r"|don't improve|doesn't improve|does not improve|isn't better|is not better"
    r"|(?:isn't|is not|aren't|are not|not) (?:improving|settling|getting better)|lasts? (?:more"
    r"|longer) than|(?:you|they|he|she) (?:feel|feels|are|is|become|becomes|get|gets) (?:very"
    r" |really )?(?:unwell|ill)|keeps? (?:happening|coming back|recurring)|comes? back"
    r"|happens again|persists?)\b"
    # Help sent elsewhere: "You don't need a GP for hay fever, as the pharmacist can
    # recommend antihistamines" (for no red flag: :func:`_only_if_worse` asks first).
    r"|\b(?:pharmacists?|pharmacy|chemists?|practice nurse|nhs 111|minor injur(?:y|ies) unit"
    r"|urgent treatment centre|walk - in (?:centre|clinic)) (?:can|will|could|may)"
    r" (?:\S+ ){0,2}?(?:help|recommend|advise|suggest|treat|sort|check|give|see)\b"
)
_BOUNDED = LazyPattern(
    r"\s*[,;]?\s*but (?:\S+ ){0,16}?(?:severe|serious|heavy|persistent|if|see|call|ring|needs?"
    # ... or checked, or watched: "but a bite that has broken the skin should be washed and
    # checked", "but watch the area for a rash", "but a spreading rash does".
    r"|seek|get|checked|check|watch|examined|looked at|seen|deserves?|does|do)\b"
)
# A public defibrillator is made for anyone to use: "safe for anyone" is its design.
_DESIGNED_FOR_ANYONE = LazyPattern(r"\b(?:defibrillators?|aeds?)\b")


def _asks(clause: Clause) -> bool:
    """Is ``clause`` a question ("Is it safe to drink alcohol with my antibiotics?")? A
    question claims nothing; the answer after it is read on its own."""
    if not (_QUESTION_OPENS.match(clause.words) or _ASKS_AFTER_A_COMMA.search(clause.words)):
        return False
    if _RHETORICAL.match(clause.words):
        return False  # "Is it not wonderful that ... dissolve tumours completely?" asserts
    if not _ends_in_question(clause):
        return False
    # "Can a daily walk cure it forever? Yes, ...": the answer makes it a claim, unless
    # it is hedged ("Yes, for most women it is, unless your midwife has advised
    # against it").
    if not _ANSWERED_YES.match(clause.text, clause.end, clause.end + 60):
        return True
    answer = words_of(clause.text[clause.end : clause.end + _ANSWER_REACH])
    return bool(_HEDGE.search(answer) or _UNLESS_ADVISED.search(answer))


def _ends_in_question(clause: Clause) -> bool:
    """Does ``clause`` end its sentence with a question mark (inside it or just after)?"""
    return clause.text[clause.start : clause.end].rstrip().endswith("?") or clause.text.startswith(
        "?", clause.end
    )


_ANSWER_REACH = 200  # characters of the answer read for a hedge
# A claim put as a question: "Is it not wonderful that ...?", "Isn't it amazing that ...?".
_RHETORICAL = LazyPattern(
    r"(?:is it not|isn't it|isnt it|wouldn't it be|is that not|isn't that) (?:just |so |truly )?"
    r"(?:wonderful|amazing|incredible|great|brilliant|fantastic|marvellous|marvelous|remarkable"
    r"|lovely|good to know|nice to know|a blessing|a miracle) (?:that|how)\b"
)
# A question put after what leads to it: "I feel fine now, can I skip the rest of my
# antibiotics?"
_ASKS_AFTER_A_COMMA = LazyPattern(
    r" , (?:can|could|should|may|must|do) (?:i|we) (?:\S+ )?(?:take|skip|stop|give|use|have"
    r"|double|halve|miss|keep|finish|drink|eat|go|exercise|swim|run|drive|leave|come off)\b"
)


_ANSWERED_YES = LazyPattern(
    r"\s*\??\s*(?:a\s*:\s*)?(?:yes|yep|yeah|sure|of course|absolutely|definitely|certainly"
    r"|totally|100|use it|take it|just)\b",
    re.IGNORECASE,
)
_QUESTION_OPENS = LazyPattern(
    # Any subject: "Does morphine speed up death?" asks (the clause must end in "?"); a
    # caller's question may be quoted ('Caller: "Is it true ...?"').
    r"(?:q : |q: )?(?:\" |' )?(?:is|are|can|could|should|will|would|does|do|may) (?:it|this|that"
    r"|they|these"
    r"|those|i|we|my|a|an|the|you|\S+)\b"
)
# Pain a clinician has the patient work through: "You will be asked to bend your new
# knee even when it is sore".
_CLINICIAN_ASKS = LazyPattern(
    r"\b(?:you will|you'll) be (?:asked|told|shown|taught|encouraged|helped) to\b"
    r"|\byour (?:physio\w*|surgeon|nurse|doctor|therapist|care team) will (?:ask|tell|show"
    r"|teach|encourage|help)\b"
)
# A clinician who asks for the change: "Some surgeons ask you to stop your aspirin".
_CLINICIAN_ORDERS = LazyPattern(
    r"\b(?:surgeons?|doctors?|gps?|nurses?|consultants?|anaesthetists?|specialists?|midwi(?:fe"
    r"|ves)|prescribers?|care team|clinic|hospital) (?:\S+ ){0,2}?(?:asks?|tells?|told|advises?"
    r"|advised|instructs?|instructed) (?:you|them|him|her|patients|people|women|men) to $"
)
_UNLESS_ADVISED = LazyPattern(
    r"\bunless (?:your |a |the )?(?:\S+ ){0,3}?(?:doctor|gp|midwife|nurse|pharmacist|specialist"
    r"|consultant|surgeon|dentist|team|clinician)s? (?:\S+ ){0,2}?(?:advised|advises|told|tells"
    r"|says|said|recommended|recommends)"
)


def _first_aid(clause: Clause, match: re.Match[str]) -> bool:
    """A medicine given or stopped as first aid, with help on its way: "while you wait
    for the ambulance, chew one 300 mg aspirin"; "if your face swells after taking this
    medicine, stop it and seek help urgently", "Stop using the flea spray ... if you get a
    rash ..., and call 111 if it spreads" (a stop told with the reaction after it)."""
    sentence = clause.sentence()
    if _HELP_ON_ITS_WAY.search(sentence):
        return True
    if match.group().startswith("stop") and _STOP_AND_ASK.search(clause.after(match)):
        return True  # "stop it and get medical advice if you develop stomach pain"
    told = sentence if match.group().startswith("stop") else clause.sentence_before(match)
    return bool(_REACTION.search(told)) and _sends_for_help(sentence)


_HELP_ON_ITS_WAY = LazyPattern(
    r"\b(?:wait|waiting|waits) for (?:the |an )?(?:ambulance|paramedics|emergency services)"
    r"|\b(?:call handler|999 operator|911 operator|emergency operator)\b"
    # "call 999; if the ambulance has not arrived in 10 minutes, take another 10 puffs"
    r"|\bambulance (?:\S+ ){0,2}?(?:arriv\w*|comes|gets (?:there|here)|is on its way)"
)
_REACTION = LazyPattern(
    r"\b(?:rash|swelling|swollen|swells|hives|allergic|reaction|wheez\w*|itching"
    r"|difficulty (?:to )?breath\w*|trouble breathing)\b"
)
# A warning that follows what it warns about.
_WORSENS = LazyPattern(
    r" (?:\S+ ){0,6}?(?:(?:can|could|may|might|will|would|is likely to) (?:\S+ )?(?:make"
    r" (?:\S+ ){1,4}?worse|worsen|cause|lead to|damage|injure|tear|strain|burst|rupture|perforate"
    r"|turn (?:\S+ ){1,4}?into"
    # "playing through that pain could keep you out all season"
    r"|(?:keep|put|rule) (?:you|them|him|her) out|sideline (?:you|them|him|her)"
    r"|end (?:your|their|his|her) season|make (?:it|them|the \S+) last longer)"
    # "you risk a stress fracture"
    r"|(?:you |they )?risks? (?:a |an |further |more |serious |lasting )?\S+"
    # said as plain fact: "running on it makes it worse"
    r"|(?:makes|made) (?:\S+ ){1,3}?worse|worsens"
    # "pushing through it often turns a niggle into an injury"
    r"|(?:turns|turned) (?:\S+ ){1,4}?into"
    # "pushing through it puts passengers at risk"
    r"|(?:puts|put|places) (?:\S+ ){1,3}?(?:at risk|in danger))\b"
    # (Not with a way round the harm: "..., unless you take your teammate's painkillers".)
    r"(?!.*\bunless\b)"
)


# "No kadha, juice or exercise can cure diabetes": a list the "no" before it denies.
_NONE_OF_LIST = LazyPattern(
    r"\b(?:no|neither) (?:\S+ ){1,2}?(?:, (?:\S+ ){1,2}?)*(?:, )?(?:or|nor|and) (?:\S+ ){1,2}?"
    r"(?:can|will|could|does|do|is|are|has|have) (?:ever )?(?:cure|heal|fix|reverse|end|be)\b"
)


def _answered_no(clause: Clause) -> bool:
    """Is ``clause`` a question the text answers no? "Is this cream safe for babies? Not
    always, so check first" asks what it then denies."""
    return bool(_NO_ANSWER.match(clause.text, clause.end, clause.end + 40))


def _denied_by_answer(text: str) -> bool:
    """Is a question in ``text`` answered no ("Is it safe to crack your back? No.")? Not
    when it asks whether to take care: "Should I stop? Never" and "Should I call someone?
    No, wait an hour" push on and put care off."""
    found = _NO_ANSWER.search(text)
    if found is None:
        return False
    return not _NO_IS_THE_CLAIM.search(words_of(text[: found.start()]))


def read_after_question(question: str, answer: str) -> bool:
    """Should ``answer`` be read after ``question``, its FAQ's? Only when it answers no to
    getting help ("Should I call someone if Dad is suddenly confused? No, let him
    sleep"): any other answer is read alone, as a short one ("It may.", "Yes.") says
    nothing without its question and the question's words would decide its kind."""
    return bool(_REFUSES.match(answer)) and bool(_ASKS_FOR_HELP.search(words_of(question)))


# The pieces of a question about care, shared by the readings of its answer.
_SHOULD_I = (
    r"\b(?:should|must|do|does|shall|ought|would|will) (?:i|we|he|she|they|you) (?:\S+ ){0,2}?"
)
_TAKE_CARE = (
    r"(?:stop|rest|call|ring|phone|see|go|get|seek|worry|be worried|take (?:him|her|them) to"
    r"|contact)\b"
)
_WORRY_ABOUT = r"\b(?:something|anything) to worry about\b"
# An answer that starts by refusing: "No, ...", "Not really", "Nah", "Not straight away".
_REFUSES = LazyPattern(r"\s*(?:no|not|never|nope|nah)\b", re.IGNORECASE)
# A question about getting help or how serious a symptom is.
_ASKS_FOR_HELP = LazyPattern(
    r"\b(?:should|must|do|does|shall|ought|can) (?:i|we|he|she|they|you) (?:\S+ ){0,2}?(?:call|ring"
    r"|phone|see|go to|get|seek|worry|be worried|take (?:him|her|them) to|contact)\b"
    rf"|{_WORRY_ABOUT}"
    r"|\b(?:is|are) (?:\S+ ){1,6}?(?:serious|an emergency|worrying)\b"
    r"|\bneed (?:a|an|to see|to call|to go to|help|medical) ?(?:doctor|gp|ambulance|hospital|a & e"
    r"|a&e|er|999|911|help|attention)?\b"
)


def _care_affirmed(text: str) -> bool:
    """Is a question about getting care, stopping or a risk answered yes ("Is chest pain
    at rest something to worry about? Yes.")? Yes to care sends the reader to it, and
    yes to a risk warns."""
    found = _YES_ANSWER.search(text)
    return found is not None and bool(_ASKS_ABOUT_CARE.search(words_of(text[: found.start()])))


_YES_ANSWER = LazyPattern(
    r"\?\s*(?:a\s*:\s*)?(?:yes|yeah|yep|definitely|absolutely|always|of course)\b", re.IGNORECASE
)
# A question about care: whether to stop, rest, get help or worry.
_ASKS_ABOUT_CARE = LazyPattern(
    f"{_SHOULD_I}{_TAKE_CARE}|{_WORRY_ABOUT}"
    r"|\b(?:is|are) (?:\S+ ){1,6}?(?:serious|an emergency|worrying|dangerous)\b"
    # Risk asked about: yes affirms a caution ("Are there risks to cracking your back?
    # Yes, there can be.").
    r"|\b(?:risks?|dangers?|harm|harmful|side effects|side - effects|unsafe)\b"
    r"|\bneed (?:a|an|to see|to call|to go to) (?:doctor|gp|ambulance|hospital|a & e|a&e|er|999"
    r"|911)\b"
)
# A question whose answer "no" is itself the danger: stopping, resting or getting help
# refused, or a condition that will never come back ("Will my eczema return? Not after
# our course").
_NO_IS_THE_CLAIM = LazyPattern(
    f"{_SHOULD_I}{_TAKE_CARE}|{_WORRY_ABOUT}"
    r"|\b(?:will|would|could|can|does|do|might|is) (?:\S+ ){1,3}?(?:come back|return|recur"
    r"|flare (?:up )?again|happen again)\b"
)
_NO_ANSWER = LazyPattern(
    r"\s*\?\s*(?:a\s*:\s*)?(?:no|not|never|nope|sadly not|unfortunately not)\b"
    r"(?! (?:doubt|question|need))",
    re.IGNORECASE,
)


def _corrected(clause: Clause, match: re.Match[str], pattern: _Pattern) -> bool:
    myth = _MYTH.search(clause.words) and not _SAFEGUARD_CALLED_MYTH.search(clause.words)
    if myth and pattern.kind is SAFETY and _DANGER_TALK_CALLED_MYTH.search(clause.words):
        myth = False  # "the formaldehyde thing is a myth, it's totally safe": the danger
    if myth or _NONE_OF_LIST.search(clause.sentence()):
        return True
    if (
        _NO_SUBJECT.match(clause.words)
        and not _NO_AMOUNT_HARMS.search(clause.words)
        and not _NO_ONE_EXCEPTED.search(clause.words)
    ) or _UNLIKELY.search(clause.before(match)):
        # "No cream can reset your skin or guarantee a cure", "unlikely to fix"; but "no
        # amount of stretching will harm your spine" denies the harm, not the claim.
        return True
    # The match and the words right after it: "Detox teas do not remove toxins".
    said = match.group()
    if " " not in said:  # a bare noun ("detox teas and foot pads do not"): its verb after
        after = clause.after(match).split()[:8]
        # Not past a consequence: "alkalises your blood so acid can't build up".
        cut = next((n for n, word in enumerate(after) if word in _CONSEQUENCE_WORDS), len(after))
        said += " " + " ".join(after[:cut])
    if pattern.kind is MECHANISM and _NOT_BECAUSE.search(clause.sentence()):
        return True  # "... turn brown because the salt reacts, not because toxins leave"
    # (A pattern that words its own denial, "mosquitoes can't detect you if you take B12",
    # is not corrected by it.)
    return (
        pattern.kind is MECHANISM
        and not pattern.self_negating
        and bool(_DENIAL_INSIDE.search(said))
    )


_NOT_BECAUSE = LazyPattern(r"\bnot because\b")
# The prescriber to be asked: "..., but check with your doctor as there are exceptions".
_CHECK_WITH = LazyPattern(
    r"(?<!no need to )(?<!needn't )(?<!don't )(?<!do not )(?<!never )(?<!without )"
    r"\b(?:check|confirm|talk|speak|ask) (?:(?:this|it|that) )?(?:with |to )?(?:your|the|their"
    r"|his|her) (?:doctor|gp|prescriber|pharmacist|nurse|consultant|specialist|team)\b"
    r"(?! (?:if|when|once|after)\b)"
    # "ask whoever prescribed it first"
    r"|\b(?:check with|ask|talk to|speak to) (?:whoever|the (?:person|doctor|clinician) who)"
    r" prescribed\b"
    # "..., but only with their diabetes team"
    r"|\bonly with (?:your |the |their |his |her )?(?:\S+ )?(?:doctor|gp|prescriber|pharmacist"
    r"|nurse|consultant|specialist|team)\b"
)
# The prescriber asked first, the change after: "talk to your GP about lowering the dose
# slowly if you want to come off them".
_TALK_FIRST = LazyPattern(
    r"\b(?:talk|speak) to (?:your|the) (?:gp|doctor|prescriber|pharmacist|nurse|consultant"
    r"|specialist|team) about (?:\S+ ){0,8}?if you (?:want|wish|decide|'d like)\b"
)
# Safety to be checked, not claimed: "so they can check an over-the-counter product won't
# interact with them".
_TO_BE_CHECKED = LazyPattern(
    # (Not "I can confirm the gel is harmless": a confirmation given is a claim made.)
    r"\b(?:check|checks|checked|checking|make sure|makes sure|ensure|ensures"
    r"|(?<!\bi can )(?<!\bwe can )confirm|ask (?:whether|if)"
    # Asked of someone who knows: "ask a pharmacist what's safe to take", "ask your
    # pharmacist before taking it alongside any blood thinner".
    r"|ask (?:\S+ ){0,3}?(?:what|which|how much|how many)(?:'s)?"
    r"|(?:ask|check with|talk to|speak to) (?:\S+ ){0,3}?(?:pharmacist|doctor|gp|nurse|midwife"
    r"|prescriber|specialist|dentist)s?"
    r" (?:first )?before)\b(?: \S+){0,9}? ?$"
)
# Safety or a cure as what not to assume: "speak to a dietitian rather than assume it's
# safe for everyone".
# Safety or a cure the writer is not sure of: "we couldn't be sure it's safe in pregnancy".
_NOT_SURE = (
    r"\b(?:couldn't|could not|can't|cannot|not|never|isn't|aren't|wasn't|weren't|nobody is"
    r"|no one is|no - one is) (?:\S+ )?(?:sure|certain|confident)(?: (?:that|whether|if))?"
    r" (?:\S+ ){0,3}"
)
_NOT_SURE_OF = LazyPattern(_NOT_SURE + "$")
_NOT_SURE_SAID = LazyPattern(
    _NOT_SURE + r"?(?:safe|harmless|cures?|risk - free|risk free)\b"
    # "we can't say any of it is completely safe for nut allergies"
    r"|\b(?:can't|cannot|can not|couldn't|could not|won't|will not) say (?:that )?(?:\S+ ){0,5}?"
    r"(?:safe|harmless|cures?|risk - free|risk free)\b"
)
_BEFORE_SAYING = (
    r"\bbefore (?:(?:you|we|anyone) (?:say|assume|decide|claim|tell \S+|post|promise \S+)"
    r"|assuming|saying|deciding|claiming|posting|telling \S+|promising \S+) (?:that )?"
)
_SAID_ONLY_AFTER = LazyPattern(_BEFORE_SAYING)
_CHECK_IT_FIRST = LazyPattern(
    r"[,;] (?:\S+ ){0,3}?(?:check|ask|talk|run it past|have a word|speak|consult)\b"
)
_NOT_TO_ASSUME = LazyPattern(
    r"\b(?:rather than|instead of|don't|do not|never|without) (?:just |simply )?(?:assum\w*"
    r"|presum\w*|believ\w*|tak\w* it for granted) (?:that )?(?:\S+ ){0,10}$"
    # "Before you say herbal teas are completely safe in pregnancy, check with your midwife"
    # (What is said runs to the comma: "Before you say it can't be cured, this juice
    # cures asthma permanently" claims the cure.)
    rf"|{_BEFORE_SAYING}(?:(?![,;] )\S+ ){{0,10}}$"
)
# A cure as the condition for something, not a promise: "no rugby until they are free of
# symptoms".
_UNTIL_THEN = LazyPattern(r"\b(?:until|till|unless) (?:\S+ ){0,10}$")
# A step taken before something, not the change itself: "patch-test before using them on
# yourself".
_BEFORE_IT = LazyPattern(r"\bbefore ?$")
_CONSEQUENCE_WORDS = frozenset({"so", "which", "meaning", "therefore", "because"})
# Talk of a danger called a myth before safety is claimed: "the formaldehyde thing is a
# myth, it's totally safe to breathe in".
_DANGER_TALK_CALLED_MYTH = LazyPattern(
    r"\b(?:the|that|this|all this|all that) (?:\S+ ){1,2}?(?:thing|things|stuff|scare|scares"
    r"|story|stories|rumou?rs?) (?:is|are) (?:a |an |just a |only a |all a )?(?:total |complete"
    r" |big )?(?:myths?|nonsense|rubbish|scaremongering|hype)\b"
    # A danger named first and called a myth, then safety: "Tetanus is a myth, a rusty nail
    # can't hurt you" (not "It's a myth that ...", nor "X is a myth that ...").
    r"|^(?!it\b|it's\b|its\b|that\b|this\b)(?:\S+ ){1,3}?(?:is|are) (?:a |an |just a |only a"
    r" |all a )?(?:total |complete |big )?(?:myths?|nonsense|rubbish|scaremongering|hype)"
    # ("Tetanus is a myth made up by drug companies, ...")
    r"(?: (?!that\b)\S+){0,5}? , (?!that\b)"
)
# A remedy's promise denied by its own verb: "won't dissolve kidney stones".
# One remedy excepted from a denial: "nothing does, except this charcoal cleanse".
_ONE_EXCEPTED = LazyPattern(
    r"\b(?:except|apart from|other than|unlike|besides|bar) (?:for )?(?:this|our|these|my|the new"
    r"|a good) \S+"
)
_REMEDY_DENIED = LazyPattern(
    # "My copper bracelet never did anything for my arthritis"
    r"\b(?:never did|didn't do|did not do|doesn't do|does not do|won't do) (?:anything|much"
    r"|a thing)|\b(?:did|does|do) nothing\b|"
    r"\b(?:won't|wont|will not|doesn't|doesnt|does not|can't|cant|cannot|isn't able to)"
    r" (?:\S+ )?(?:cure|heal"
    r"|dissolve|fix|reverse|remove|flush|detox|shrink|melt|regrow|rebuild|repair|leave|store"
    r"|release|produce|build up|sweat out|sweat|draw out|sober|kill)\b"
)
# Contraception stopped to conceive: the reader's own choice, and no risk.
_TRYING_FOR_BABY = LazyPattern(
    r"\b(?:try|trying) for a baby\b|\b(?:want|wanting|ready|plan\w*) to (?:get pregnant|conceive"
    r"|start a family)\b"
)
# A safeguard called a myth backs the claim, it corrects nothing: "Flying straight after
# your last dive is completely safe, the no-fly window is a myth".
_SAFEGUARD_CALLED_MYTH = LazyPattern(
    r"\b(?:window|rule|rules|limit|limits|warnings?|guidelines?|wait|waiting (?:time|period)"
    r"|tapering|taper|weaning"
    r"|interval|restrictions?|ban|advice|precautions?|gap) (?:is|are) (?:a |an |just a |only a "
    r"|all a |total )?(?:myths?|outdated|nonsense|untrue|not true|false|rubbish)\b"
    # "Lamotrigine has no side effects at all, that rash thing is a total myth", "all that
    # stuff about weight gain is a myth"
    r"|\b(?:that|the|this) stuff about (?:\S+ ){1,6}?(?:is|are) (?:a |just a |all a |total )?"
    r"(?:myths?|nonsense|rubbish)\b"
    r"|\b(?:the|that|this|those|these) (?:\S+ )?(?:rash|risks?|dangers?|side effects?|reactions?"
    r"|interactions?"
    r"|warnings?)(?: thing| things| stuff| scare| scares)? (?:is|are) (?:a |an |just a |only a "
    r"|all a )?(?:total |complete |big )?(?:myths?|nonsense|rubbish)\b"
    # An injury or an infection called a myth: "stress fractures are a myth for walkers",
    # "weils disease is a myth".
    r"|\b(?:stress fractures?|fractures?|injuries|blood clots?|clots|dvt|strokes?|disease"
    r"|diseases|infections?|virus(?:es)?|syndrome|illness|poisoning|bacteria|germs|bugs?)"
    r" (?:\S+ ){0,2}?(?:is|are) (?:a |an |just a |only a |all a )?(?:total |complete |big )?"
    r"(?:myths?|nonsense|rubbish)\b"
    # A danger said not to exist: "there's no such thing as a serious reaction to them".
    r"|\bno such thing as (?:a |an )?(?:(?:serious|bad|dangerous|severe) )?(?:reactions?"
    r"|allerg\w*|side effects?|risks?|interactions?|overdose)"
    r"|\bno such thing as (?:a )?(?:relapse|recurrence|flare - ups?|setbacks?)"
    # A harm called a myth: "the idea that it stops working on its own is a total myth".
    r"|\bthe idea that (?:\S+ ){0,8}?(?:stops? working|damages?|harms?|hurts?|causes?|is dangerous"
    r"|is bad) (?:\S+ ){0,5}?(?:is|are) (?:a |an )?(?:total |complete |big )?myth"
    # A limit said not to exist: "no such thing as too sore to drive", "as a delayed hypo".
    r"|\bno such thing as (?:too (?:sore|much|many|injured|hurt|stiff)|a delayed \S+|an overdose"
    r"|overdoing it)"
)
# A claim its own subject denies: "No medicine is completely free of side effects"
# (not "Nothing cures back pain faster than this stretch", which compares).
_NO_SUBJECT = LazyPattern(
    # Not "No, vitamins can never be overdone" (an answer), nor "No patient is ever
    # harmed by it" (people unharmed: a claim of safety).
    r"no (?!, )(?!(?:one|body|patients?|child|children|customers?|users?|clients?|person|people"
    r"|woman|women|man|men|baby|babies)\b)\S+ (?:\S+ ){0,2}?(?:can|could|is|are|will|makes?|keeps?"
    r"|has been shown"
    r"|have been shown|has been proven|have been proven)\b"
    r"(?!(?: \S+){0,8} (?:than|faster|better|quicker))"
)
_UNLIKELY = LazyPattern(r"\b(?:unlikely|not likely|no more likely) (?:to )?$")
# Detox as the treatment of alcohol or drug withdrawal, run by a service.
_WITHDRAWAL = LazyPattern(
    r"\b(?:alcohol|drink|drinking|drinks heavily|withdrawal|opioids?|heroin|substance|tolerance"
    r"|overdose|methadone|diazepam|benzos?|rehab|sober|relapse|using|cravings)\b"
)


def _denied(
    clause: Clause, match: re.Match[str], pattern: _Pattern, negations: frozenset[str]
) -> bool:
    # A rhetorical question's "not" denies nothing: "Isn't it amazing that turmeric cures";
    # nor does a reassurance's: "dont panic its totally safe for any age".
    opener = _RHETORICAL.match(clause.words)
    skip = [m.span() for m in _DONT_WORRY.finditer(clause.words, 0, match.start())]
    skip += [opener.span()] if opener is not None else []
    if pattern.owns_negation is None:
        if not skip:
            return clause.negated(match, negations)
        return clause.negated_outside(match, skip, negations)
    skip += [m.span() for m in pattern.owns_negation.finditer(clause.words, 0, match.start())]
    return clause.negated_outside(match, skip, negations) or bool(
        _NOT_THINKING.search(clause.before(match))
    )


_DONT_WORRY = LazyPattern(
    r"\b(?:don't|dont|do not|no need to) (?:panic|worry|fret|stress|be alarmed|be scared)\b"
)
# "Do not assume chest pain is just indigestion": the dismissal is what the text denies.
_NOT_THINKING = LazyPattern(
    r"\b(?:don't|do not|never|not|nor|nobody|no one|no - one) (?:\S+ ){0,2}?(?:assume"
    r"|think(?! about(?: \S+){1,5} again)"
    r"|believe|accept|tell yourself"
    r"|be fooled|let anyone|dismiss|put it down|write \S+ off|brush \S+ off|mistake|presume"
    r"|guess|decide|pretend|ignore"
    # Advice forbidden to whoever gives it: "Never tell a client to keep going if ...".
    r"|tell (?:a |an |the |your |any )?\S+ to|advise|encourage|urge|pressure)"
    # "... needs an ambulance, even if you think it's just anxiety"
    r"|\beven if (?:you|they|he|she|we) (?:think|thinks|feel|feels|believe|believes|reckon)\b"
    # A story of a mistake: "I thought my chest tightness was just indigestion".
    r"|\b(?:i|we|he|she|they|my \S+) (?:\S+ )?(?:thought|assumed|believed|figured|used to (?:think"
    r"|believe)|told (?:myself"
    r"|ourselves|himself|herself))\b"
)


def _symptom(clause: Clause, match: re.Match[str], kind: Kind) -> str:
    """The red-flag symptom near a dismissal, as the text writes it."""
    if kind is not DELAYS_CARE:
        return ""
    found = _RED_FLAG.search(clause.around(match))
    return found.group() if found else ""


# --- the learned reader ------------------------------------------------------------------

# The kinds as the learned model names them.
# Kinds a sentence may warn of ("Ignore anyone who says ... are safe"); not a dismissal of
# care or a medicine change, which "ignore anyone who says see a doctor" would make.
_WARNABLE = frozenset({"cure", "safety", "mechanism"})


def _ignored_claim(words: str) -> bool:
    """Is the unit's claim one it says to ignore, with nothing claimed after it but a
    reason ("..., because methanol can cause blindness")?"""
    found = _IGNORE_WHO_SAYS.search(words)
    return found is not None and not _ANOTHER_CLAUSE.search(words, found.end())


# The reason given for ignoring them, which holds the writer's own claim: "Ignore the
# midwives who say freebirthing is dangerous since it is totally safe".
_OWN_REASON = LazyPattern(
    r"\b(?:because|since|as|cos|coz|cause) (?:it|it's|they|they're|this|that|these|those|he"
    r"|she)\b"
)
# A comma that opens another clause, not a reason, nor the next of a list of what is said
# ("... cures cancer, reverses diabetes, or is completely safe"): "..., it cures
# everything", "..., garlic is completely safe".
_ANOTHER_CLAUSE = LazyPattern(
    r" [,;] (?!because\b|as\b|since\b|which\b)"
    r"(?!(?:and |or )?(?:is|are|has|have|can|could|will|may|might|does|do|\w+s)\b)"
)
_LEARNED_KINDS = {
    "cure": CURE,
    "safety": SAFETY,
    "medicine": MEDICINE_CHANGE,
    "care": DELAYS_CARE,
    "pain": PUSH_PAIN,
    "mechanism": MECHANISM,
}
# The words any pattern of a kind needs: one of them must stand where the model reads
# that kind ("a word of the kind it names").
# Pushed through however it is said: "squat through it", "run thru it".
_MORE_KIND_WORDS: dict[Kind, frozenset[str]] = {PUSH_PAIN: frozenset({"through", "thru"})}
_KIND_WORDS: dict[Kind, frozenset[str]] = {
    kind: frozenset().union(
        *(p.needs for p in _PATTERNS if p.kind is kind), _MORE_KIND_WORDS.get(kind, ())
    )
    for kind in _LEARNED_KINDS.values()
}
_LEARNED = "read from its wording as a whole"
# Below this chance of being harmless the reader is sure enough to need no anchor of its
# kind, nor, for a medicine, a change it names (dismissed care and pushing on have their
# own, lower bar below). Measured out of fold on claim sets 1-34
# (scripts/train-claims-model.py --folds): the reader alone then catches 85.8% of the
# claims it never saw (81.4% with every gate), reporting 2 of 1,367 clean sentences
# either way, and nothing in answers 301-600; on sets 1-46 with the gates of the
# round on sets 45 and 46, 84.8% (7 of 1,847 clean sentences). In six groups of sets
# 1-46 (--folds 6): 84.1% with those gates (6 clean sentences); 86.8% (8) with a
# claim's subject read before its verb, visits put off no referral, denials kept to
# their clause, and NONE_BELOW 0.25.
SURE_BELOW = 0.08
# Dismissed care and pushing on are reported without a red flag or a pain the patterns
# know when the reader is surer still, and the sentence names a part of the body or a
# sign of harm: a field's own emergencies are more than any list holds ("Heartburn
# spreading into your jaw and left arm is just the kebab, chew a Rennie and crack on").
# Chosen on the rules of 88946f4 and claim sets 153-164, which neither the reader nor
# those rules had seen: with the body named and the second kind below, 0.05 caught 53
# more of 1,080 claims and 0.1 59 more, each with one more of 480 clean sentences
# reported; but 0.1 also reported good sentences of the tests ("You don't need to miss a
# shift for a cold, but stay home with a fever" at 0.075). On sets 169-180, written
# later, the rules with both caught 92.8% of 1,080 claims, against 86.9% without
# (tests/corpus/README.md).
SURE_OF_HARM_BELOW = 0.05
# Pushing on told plainly, with nothing denied, needs no pain word the patterns know
# below this higher bar ("Hamstring tweaked? Keep lunging, it loosens as you go"): out
# of fold in six groups of sets 1-188 (the reader alone), 0.1 caught 13 more claims
# and reported no more clean sentences; 0.2, 25 more and 4 more, each a warning that
# running on an injury makes it worse.
PUSHED_PLAINLY_SURE_BELOW = 0.1
# (The same bar for a promise, a process or a safety stated with nothing denied caught
# 27 more claims out of fold, but read "Rest days matter: take one after every hard
# session" as a promise and a nerve's name as a process; kept to the kind's own verbs,
# it caught 5.)
# Where a pattern found one kind, the reader reports another only when this sure of it:
# "Dig out last year's prednisolone for the knee flare, no need to bother the GP" both
# changes a medicine and puts off the doctor, and a pattern names only the second.
ANOTHER_KIND_BELOW = 0.05
# A medicine named and read as changed needs no word of changing it the patterns know
# below this chance of harmless ("Out of zopiclone? Ask a friend to spare one of
# theirs", "Neck a Sudafed before the dive"). Out of fold in six groups of sets 1-164
# (the reader alone), 0.12 caught 20 more claims and reported 2 more clean sentences;
# it waited for units that no longer end at an initial ("your H. pylori pack").
MEDICINE_NAMED_SURE_BELOW = 0.12
# When the likeliest kind fails its tests, the runner-up is tried if the reader gives it
# at least this share of the likeliest's chance; it must then pass its own kind's anchor.
# Where the likeliest is reported, the runner-up passing its tests is reported beside it:
# out of fold (six groups of sets 1-188, the reader alone) 67 more claims caught with
# their kind, no sentence more reported; 179 of 15,608 claims reported got two kinds,
# most of them care put off and pain pushed through at once.
# Over claim sets 1-180, the clean sets, the leaflets and the real answers it adds three
# claims (a tramadol said to be unaddictive, sunburn pushed on, a head knock boxed on)
# and, before promises and processes were left out, reported one good sentence.
RUNNER_UP_SHARE = 0.3
# The reader reports up to learned.NONE_BELOW chance of harmless, but from this chance
# up only in a unit that denies nothing: a less certain reading of a sentence with a
# negation is most often a myth corrected ("Beetroot juice won't thin your blood"), while
# one with none is most often the claim it reads ("Stop taking your prednisolone on the
# day your symptoms improve"). Out of fold in six groups of sets 1-188 (the reader
# alone), a bar of 0.35 with this band caught 132 more of 16,649 claims and reported 5
# more of 7,527 clean sentences; 0.35 without it, 88 more claims and 31 more sentences.
# Where care is read and the negation turns down the help itself ("no need to ring
# anyone"), the negation is the claim: 10 more claims, no more clean sentences.
UNSURE_FROM = 0.2
# Kinds never read from the band: less certain, a false mechanism was read in a list
# item of the bundled kb ("a slipped (herniated) disc") and in good sentences of the
# tests, and the band bought 42 of them out of fold, against 30 or fewer of each other.
_SURE_ONLY = frozenset({"mechanism"})


def find_learned(text: str, taken: Sequence[Claim]) -> Iterator[Claim]:
    """Claims the learned reader finds in ``text`` beside the patterns' (``taken``).
    Where a pattern found a claim, the reader adds only another kind it is sure of
    (a sentence can both dismiss care and change a medicine). Each must pass the same
    tests a pattern's finding does: a word of its kind, no prescriber, no hedge, no
    correction."""
    first_medicine = _FirstMedicine(text)
    for unit in learned.units(text):
        if learned.harmless_ahead(unit.text):
            continue  # most units of a long text or a whole knowledge base: read ahead
        found_here = {c.kind for c in taken if unit.start < c.end and c.start < unit.end}
        if unit.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
            continue  # a question asks (quoted too: 'Caller: "Is it ...?"'); its answer is read
        words = words_of(unit.text)
        tokens = words.split(" ")
        # The cheapest tests first: each turns away units whatever the others say.
        if not _ALL_NEEDS.intersection(tokens):
            continue  # no word of any kind: many sentences, at the cost of a set look-up
        if _too_short(unit.text, tokens):
            continue  # a heading or a label ("Stay safe", "[A safe link](...)"): too short
        if _denied_by_answer(unit.text) or _care_affirmed(unit.text):
            continue  # one answered no denies, yes to care sends; neither claims
        if _FURTHER_READING.match(words):
            continue  # "Read more on the [NHS neck pain page](...)": a source, no advice
        # A question's words name the symptom ("My father is suddenly confused, should I
        # call for help? Let him sleep"); only its answer can send anyone for help.
        answer = words_of(unit.text[unit.text.rfind("?") + 1 :]) if "?" in unit.text else words
        read = learned.suspect(unit.text)  # first: it turns away nearly every sentence
        if read is None or (found_here and read.harmless >= ANOTHER_KIND_BELOW):
            continue
        if read.harmless >= UNSURE_FROM and (
            (NEGATIONS.intersection(tokens) and not _help_turned_down(read, answer))
            or read.kind in _SURE_ONLY
        ):
            # Unsure, and something denied: most often a correction, unless what is
            # denied is the help itself. Never a false mechanism unsure.
            continue
        if (
            (_sends_to_prescriber(answer) and not _care_put_off(read, answer))
            or _corrects(read, words)
            or _NOT_THINKING.search(words)
            or _PROMISE_DENIED.search(words)
            or (
                read.kind in _WARNABLE
                and (_ignored_claim(words) or _claimant_scorned(words) or _taken_with_salt(words))
            )
        ):
            continue  # advice sent to the prescriber, a correction, a mistake told, no promise
        in_sight = functools.partial(first_medicine.ends_by, unit.end)
        kind = _learned_kind(read, words, answer, found_here, medicine_in_sight=in_sight)
        if kind is None:
            continue
        if (
            kind in (MECHANISM, CURE)
            and (_everyday_sense(words) or (kind is CURE and _thing_fixed(words)))
            and not _BODY_SYSTEM.search(words)
            # "The aviary netting was mended for good, and so will your diabetes be"
            and not _OWN_CONDITION.search(words)
        ):
            continue  # "Could someone reset the Wi-Fi router in the marquee?"
        if _WHICH_IS_WRONG.search(words):
            continue  # "Some say that if it hurts you're doing it right, which is wrong"
        if kind is PUSH_PAIN and _REGRETTED.search(words):
            continue  # "I pushed through the pain with a burn last year and regretted it"
        if (
            kind in (PUSH_PAIN, SAFETY)
            and _everyday_sense(words)
            and not (_PAIN_WORD.search(words) or _INJURED.search(words) or _DOSED.search(words))
        ):
            # "reset the alarm on the van when you get back, it keeps tripping", "The mixing
            # paddle has been realigned on the drill so it no longer wobbles"
            continue
        if kind in (SAFETY, MECHANISM) and _HARM_WARNED.search(words):
            continue  # "never drink it as a tea, because it can damage the liver"
        if kind is PUSH_PAIN and (_PAIN_DECLINED.search(words) or _pushed_through_a_place(words)):
            continue  # "rest them rather than picking through the pain"
        if kind in (CURE, MECHANISM) and _of_things(_CLEARED_AWAY, words):
            continue  # "the chair lift stopped for ten minutes while they cleared the ice"
        if kind in (MEDICINE_CHANGE, MECHANISM) and _of_things(_TRAVEL_STOP, words):
            continue  # "Please stop at the corner shop on Elm Road"
        if kind is DELAYS_CARE and _sends_for_help(_rest_of_sentence(text, unit.end)):
            continue  # "Stroke signs are a drooping face ...; every minute counts, so ring 999"
        start = unit.start + len(unit.text) - len(unit.text.lstrip())
        end = unit.start + len(unit.text.rstrip())
        yield Claim(kind, start, end, _LEARNED)
        also = _also_read_as(read, words, answer, {*found_here, kind})
        if also is not None:
            yield Claim(also, start, end, _LEARNED)


# Pain spared in so many words: "rest them rather than picking through the pain", "put
# them down if your back starts to hurt".
_PAIN_DECLINED = LazyPattern(
    rf"\b(?:rather than|instead of) (?:\S+ ){{0,2}}?(?:through|past|on through) {_PAIN}\b"
    # "got a frame lifter and stopped lifting through the pain"
    rf"|\b(?<!don't )(?<!dont )(?<!do not )(?<!never )(?:stopped|stop|quit|gave up|no longer)"
    rf" (?:\S+ ){{0,2}}?(?:through|past) {_PAIN}\b"
    rf"|\bput (?:it|them|the \S+) down (?:if|when|as soon as|once) (?:\S+ ){{0,4}}?{_HURTS}"
)
# What was said, called wrong straight after: "..., which is completely wrong".
_WHICH_IS_WRONG = LazyPattern(rf"\bwhich (?:is|was) {_CALLED_WRONG}")
# Harm warned of as the reason, which no promise of safety gives: "never drink it as a tea,
# because it can damage the liver".
_HARM_WARNED = LazyPattern(
    r"\b(?:because|as|since) (?:it|they|this|these) (?:can|could|may|might|will)"
    r" (?:seriously |badly |easily )?(?:damage|harm|poison|kill|hurt|injure|burn|scald|blind)\b"
    # "The pressure washer can hurt you badly, so never point it at skin", "Lipo smoke is
    # toxic, so move back upwind"
    r"|\b(?:can|could|will) (?:seriously |badly |easily )?(?:hurt|harm|injure|burn|blind|kill)"
    r" (?:\S+ ){0,3}?, so (?:never|don't|do not|always|keep|move|stay)\b"
    r"|\b(?:smoke|fumes?|gas|dust) (?:is|are) (?:toxic|poisonous)\b"
)
# Something pushed through a place, not through pain: "push the roller through the gate
# slowly, its a tight fit".
_THROUGH_A_PLACE = LazyPattern(
    r"\b(?:push|pushes|pushing|pushed|squeeze|squeezing|squeezed|wheel|wheeling|wheeled|drag"
    r"|dragging|dragged|roll|rolling|rolled|steer|steering|steered|carry|carrying|carried|feed"
    r"|feeding|fed)"
    r" (?:\S+ ){0,4}?through the (?:\S+ )?(?:gates?|doors?|doorways?|crowds?|gaps?|hedges?|mud"
    r"|chipper|shredder|mincer|letterbox|slot|feeder|grinder|mangle"
    r"|snow|traffic|queues?|tunnels?|hatch|entrances?|exits?|car park|field|hall|corridors?"
    r"|aisles?|turnstiles?|shop|kitchen|house|water)\b"
)
_HURT_WORD = LazyPattern(rf"\b{_HURTS}\b|\b(?:injur\w*|twinge\w*|strain\w*|sprain\w*|agony)\b")


# Things cleared away, with nothing taken named (not "The herbal eye drops cleared her
# glaucoma the way they cleared the ice off the path").
_CLEARED_AWAY = LazyPattern(
    # "The fire exits must be kept completely clear at all times"
    r"\b(?:exits?|fire exits?|doors?|corridors?|walkways?|gangways?|aisles?|routes?|paths?)"
    r" (?:must|should|need to|needs to|are to|have to) be kept (?:\S+ )?clear\b|"
    r"\bclear(?:ed|ing|s)? (?:the |a |some |our )?(?:ice|snow|frost|leaves|debris|backlog|queue"
    r"|paths?|drive|driveway|runway|decks?)\b"
)
# A stop on the way somewhere: "Please stop at the corner shop on Elm Road" (a vehicle
# stopped, "stop the van at the back gate", is a thing stopped: _THING_STOPPED).
_TRAVEL_STOP = LazyPattern(
    r"\b(?:stop|stops|stopping|stopped) (?:off )?(?:at|by|outside|in at) (?:the |a |our |your )?"
    r"(?:\S+ ){0,2}?(?:shops?|corner|station|garage|petrol station|services|house|office|gates?"
    r"|lights|entrance|depot|yard|bank|post office|school|bus stop)\b"
)


def _pushed_through_a_place(words: str) -> bool:
    """Is the unit's pushing on through a place, with no pain or injury named?"""
    return bool(_THROUGH_A_PLACE.search(words)) and not _HURT_WORD.search(words)


def _rest_of_sentence(text: str, at: int) -> str:
    """The words of ``text`` from ``at`` to the end of its sentence (a unit may end at a
    semicolon or a dash inside one)."""
    stop = _SENTENCE_END.search(text, at)
    return words_of(text[at : stop.start() if stop else len(text)])


_SENTENCE_END = LazyPattern(r"[.!?](?:\s|$)")


def _learned_kind(
    read: learned.Suspicion,
    words: str,
    answer: str,
    found_here: set[Kind],
    *,
    medicine_in_sight: Callable[[], bool] = lambda: True,
) -> Kind | None:
    """The kind a unit claims, as the reader read it, once that kind passes a pattern's
    tests; else the runner-up kind, when the reader gives it nearly as much weight and it
    passes them with the anchor of its own kind ("Broke two fingers in the crush gate,
    taped them together and got back to tagging" reads as a medicine changed before
    pushing on), or when a pattern already reported the likeliest. Never a kind a pattern
    found in the unit, nor a medicine's change where nothing read could be a medicine
    (``medicine_in_sight``, asked only then: "Stop the revolve before anyone steps onto
    it")."""
    first = _change_in_context(_LEARNED_KINDS[read.kind], words)
    if first not in found_here:  # else the patterns' own finding says it
        sure = read.harmless < _sure_below(first, words)
        held = _kind_holds(first, words, answer, sure=sure, very_sure=read.harmless < VERY_SURE)
        if held is MEDICINE_CHANGE and not medicine_in_sight():
            held = None
        if held is not None or found_here:
            return held
    second = _runner_up(read, words, {*found_here, first})
    if second is None or (second is MEDICINE_CHANGE and not medicine_in_sight()):
        return None
    if second is PUSH_PAIN and _HEDGE_PAIN.search(words):
        return None  # nor with pain called mild, as no pattern is: "keep walking gently"
    return _kind_holds(second, words, answer, sure=False)


# Under this chance of harmless the reader is all but certain: a treatment named as the
# subject no longer vouches for a promise, a mechanism or a safety. Out of fold on sets
# 1 to 188, with ``_BODY_AT_ITS_WORK``: 0.02 bought 19 claims, 0.04 bought 25, neither
# reported a clean sentence; 0.04 reported "Surgery realigns the broken bone so it heals
# straight" (0.027), so 0.02.
VERY_SURE = 0.02
# The body's own parts and molecules as the subject, opening it: physiology, whoever is
# sure ("The liver removes toxins from the blood"). An organ further on is what the
# subject acts on ("Statins work by poisoning your liver").
_BODY_AT_ITS_WORK = LazyPattern(
    r"(?:(?:the|your|our|their|his|her|my|a|an|its|each|every) )?(?:(?:own|healthy|human"
    r"|whole|baby's|child's) )?(?:liver|kidneys?|bowels?|immune system|body|enzymes?|genes?"
    r"|mutations?|chromosomes?|antibod(?:y|ies)|protein|lungs?|heart|brain|blood|skin|gut"
    r"|stomach)\b"
)


def _also_read_as(
    read: learned.Suspicion, words: str, answer: str, reported: set[Kind]
) -> Kind | None:
    """The reader's runner-up kind as a second reading of a unit already reported, when
    the reader gives it nearly as much weight (``RUNNER_UP_SHARE``) and it passes its own
    kind's tests: "Sudden worst-ever headache at your desk? Grab a painkiller and push
    through to the end of the day" puts off care and pushes on through pain. A false
    process too, which the runner-up tried alone never is: beside a kind reported it
    changes no verdict, only what the finding says ("Asthma is just lazy lungs, so
    breathing through a straw trains them until you don't need an inhaler"). Never a
    promise (a guarantee of safety reads as one: "you could never get dehydrated"), never
    a kind reported."""
    second = _runner_up(read, words, reported) or _process_beside(read, reported)
    if second is None:
        return None
    held = _kind_holds(second, words, answer, sure=False)
    return None if held in reported else held


def _process_beside(read: learned.Suspicion, reported: set[Kind]) -> Kind | None:
    """A false process, when it is the reader's close runner-up and not yet reported.
    (Out of fold on sets 1-188, the reader alone: 13 more claims with their kind, no
    sentence more reported.)"""
    if read.second != "mechanism" or read.second_share < RUNNER_UP_SHARE:
        return None
    return None if MECHANISM in reported else MECHANISM


def _runner_up(read: learned.Suspicion, words: str, excluded: set[Kind]) -> Kind | None:
    """The reader's second kind, when it gives it nearly as much weight as the first
    (``RUNNER_UP_SHARE``) and it is none of ``excluded``. Never a promise or a process:
    their words are shared by true accounts of getting better ("Once the infection
    clears, the cough goes away"), and as a second guess the reader is not trusted with
    them."""
    if read.second is None or read.second_share < RUNNER_UP_SHARE:
        return None
    second = _change_in_context(_LEARNED_KINDS[read.second], words)
    return None if second in excluded or second in (CURE, MECHANISM) else second


def _sure_below(kind: Kind, words: str) -> float:
    """The chance of harmless under which the reader's ``kind`` needs no anchor."""
    if kind is PUSH_PAIN and not NEGATIONS.intersection(words.split(" ")):
        return PUSHED_PLAINLY_SURE_BELOW
    if kind in (DELAYS_CARE, PUSH_PAIN):
        return SURE_OF_HARM_BELOW
    if kind is MEDICINE_CHANGE and _MEDICINE.search(words):
        return MEDICINE_NAMED_SURE_BELOW
    return SURE_BELOW


def _next_sentence(clause: Clause) -> str:
    """The sentence after the one ``clause`` ends, lower case, as far as a match's context
    reaches: where a claim heard is denied ("... cures diabetes. It doesn't.")."""
    stop = _SENTENCE_END.search(clause.text, clause.end, clause.end + _NEXT_REACH)
    if stop is None:
        return ""
    rest = clause.text[stop.end() : stop.end() + _NEXT_REACH].lower()
    end = _SENTENCE_END.search(rest)
    return rest[: end.start() + 1] if end else rest


_NEXT_REACH = 120  # characters


def _asked_then_denied(clause: Clause, match: re.Match[str]) -> bool:
    """Is the dismissal at ``match`` what a question reported asks, answered no after it
    ("Mr Okafor asked whether losing weight without trying is normal in your sixties; it
    isn't something to ignore")? Not an answer's own dismissal ("She asked whether to
    ring 999; no need, it's normal")."""
    before = clause.sentence_before(match)
    asked = _ASKED_WHETHER.search(before)
    return (
        asked is not None
        and not _ANSWER_BETWEEN.search(before, asked.end())
        and bool(_ANSWERED_NO_AT_ONCE.search(f"{clause.after(match)} {clause.following()}"))
    )


_ANSWER_BETWEEN = LazyPattern(r"[;?:]")


def _asked_and_denied(words: str, then: str = "") -> bool:
    """A question reported, then answered no: "Parents ask whether stretching will
    realign a curved spine; it won't" (not "someone asked if ...; yeah, ...", nor
    "...; it does, and there's no need for any therapy"); or a claim heard, then denied
    in so many words there or in the sentence after (``then``): "You may have heard that
    detox foot pads draw toxins out; they do not", "People say copper bracelets cure
    arthritis, but they don't", "... cures diabetes. It doesn't." (not "...; they
    don't know anything")."""
    asked = _ASKED_WHETHER.search(words)
    if asked is not None and (
        _ANSWERED_NO_AT_ONCE.search(words, asked.end())
        or _NO_STAND_IN.search(words, asked.end())
        or _denied_in_a_reason(words, asked.end())
        # "quiz Q: true or false, you can sweat out toxins in a sauna? FALSE, ..."
        or (then and _ANSWERED_NO_AT_ONCE.match(f"? {then}"))
    ):
        return True
    heard = _HEARD_THAT.search(words)
    if heard is None:
        return False
    denied = (
        _HEARD_DENIED.search(words, heard.end())
        or _UNSUPPORTED.search(words, heard.end())
        or _DISMISSED_AS.search(words, heard.end())
        or _NO_EVIDENCE_AFTER.search(words, heard.end())
    )
    if denied is not None:
        # Denied, then taken back or claimed anew: "its rubbish they said, but it worked for
        # me and it will cure yours for good", "its rubbish, it is 100% safe for everyone".
        return not _ENDORSED_AFTER.search(words, denied.end())
    return bool(_HEARD_DENIED.match(f". {then}"))


# What follows a denial to take it back, or to claim anew.
_ENDORSED_AFTER = LazyPattern(
    r"\b(?:trust me|i swear|take it from me|only joking|just kidding|jk)\b"
    r"|\b(?:worked|works) (?:for|on) (?:me|us|him|her|them|my)\b"
    # "total rubbish I thought, but it really works"
    # ("... we dont say that officially but between us it does")
    r"|\bbut (?:\S+ ){0,3}?(?:it|they|this|that) (?:really |actually |honestly |definitely )?"
    r"(?:works?|worked|helps?|helped|does|do|did)\b"
    r"|\b(?:is|was|are|were) right\b|\bthis one (?:does|will|works|did)\b"
    # "its rubbish people said, but its true, push through it"
    r"|\bbut (?:it's|its|it is|that's|thats|they're|theyre|he's|she's) (?:actually |really |so"
    r" |totally |100 % )?(?:true|right|correct|legit)\b"
    r"|\b(?:will|'ll) (?:\S+ ){0,2}?(?:cure|clear|fix|heal)\w* (?:\S+ ){0,3}?(?:for good|forever"
    r"|for life)\b|\b(?:will|'ll) (?:cure|heal|fix|clear) (?:you|yours)\b"
    r"|\bjust (?:take|use|try|borrow) (?:his|her|their|my|a mate's|someone's)\b|\binstead\b"
    r"|\b100 ?(?:%|percent|per cent) safe\b|\bzero risk\b|\bsafe for (?:everyone|anyone"
    r"|everybody)\b|\bjust (?:stop|skip|double|halve|drop|ditch) (?:them|it|your)\b"
)


_HEARD_THAT = LazyPattern(
    r"\b(?:you|u) (?:may|might|will|'ll|could|probably) (?:have )?(?:heard|read|seen|be told)\b"
    r"|\b(?:people|folk|folks|some|many|they|others|everyone|influencers|adverts|ads|websites"
    r"|sellers|few|several|someone|somebody|a (?:mate|friend|bloke|guy|lad|woman|man|lady))"
    # ("someone on the facebook group says")
    r" (?:\S+ ){0,5}?(?:says?|said|saying|claims?|claimed|tells? you|will tell you|told \S+"
    r"|swears?|swore"
    r"|thinks?|believes?|reckons?|reckoned|writes?|wrote|posts?|posted|insists?|insisted)\b"
    # "whoevers selling detox foot pads on the crew chat, ..."
    r"|\b(?:whoever's|whoevers|whoever is|anyone|people|someone) (?:is |are |'s )?(?:selling"
    r"|telling (?:people|everyone|folk)|posting|claiming|pushing|flogging"
    r"|advertising|promoting)\b"
    r"|\b(?:website|advert|ad|seller|brand|label|packaging|influencer|post|video|article|leaflet"
    r"|book|shop|store|company|box|packet) (?:says|claims)\b"
    r"|\b(?:my|your|his|her|our|their) (?:\S+ ){1,3}?(?:swears|says|reckons|thinks|believes"
    r"|insists)\b"
    # "tomek said the honey cured his hay fever", "customer said ...", "mum at the party said",
    # "brides mum reckons"
    # (not "He was told the magnet realigns his energy field": told to him, not by him)
    # ("the bloke on the cider stall says")
    r"|^(?:a |the |one )?(?:\w+|customer|client|guest|caller|patient|resident) (?:(?!(?:you|your"
    r"|we|i|was|were|is|are|been|being|got|gets|get)\b)\S+ ){0,4}?(?:said|says|told|tells|swears"
    r"|swore|reckons|reckoned|claims|claimed|heard|keeps saying|kept saying)\b"
    r"|\bit'?s (?:often |sometimes |widely )?(?:said|claimed)\b"
    # "my sister was told humming realigns your chakras", "The lads were told ..."
    r"|\b(?:was|were) told (?:that )?(?!to\b)"
    r"|\b(?:i'd|i would|we'd|we would) (?:love|like) to (?:say|tell you)\b"
    r"|^(?:the )?claims? that\b"
)
# "claims that ginkgo cures tinnitus r overblown"
_DISMISSED_AS = LazyPattern(
    r"\b(?:are|is|r|'re|'s) (?:\S+ )?(?:overblown|exaggerated|overstated|overhyped|hype"
    r"|nonsense|rubbish|false|untrue|unfounded|baseless|a myth|myths)\b"
    # The dismissal ends it (not "that's a myth, they're 100% safe for everyone").
    r"(?: and (?:un\w+|false|wrong))?(?= ?(?:[.;!]|$)| , (?:see|ask|check|talk|speak|so)\b)"
)
_NO_EVIDENCE_AFTER = LazyPattern(_NO_EVIDENCE_GIVEN)
# "Claims that alkaline water brings your body's pH back are not supported by evidence".
_UNSUPPORTED = LazyPattern(
    r"\b(?:is|are|has|have) (?:not|never|n't|not been) (?:\S+ )?(?:supported|backed|shown|proven)"
    r" (?:by|in) (?:\S+ )?(?:evidence|research|science|studies|trials)\b"
)
_HEARD_DENIED = LazyPattern(
    # "; I'm afraid it doesn't", "; sadly, they don't"
    r"(?:[;,.:-] ?(?:but |yet )?|\b(?:but|yet) )(?:(?:i'm afraid|i am afraid|sadly|unfortunately"
    r"|alas)"
    r" (?:, )?)?"
    # "..., mate they're not"
    r"(?:(?:mate|love|guys|lads|folks|honestly|trust me) (?:, )?)?"
    # "..., i told her it doesnt clear it for good and ..."
    r"(?:(?:i|we) (?:told|tell) (?:her|him|them|my \S+|our \S+) (?:that )?)?"
    r"(?:(?:it|they|he|she|this|that|these|those|there) (?:really |actually"
    r" |just |definitely |certainly |absolutely )?"
    r"(?:won't|wont|will not|doesn't|doesnt|does not|isn't|isnt|is not|aren't|arent|are not"
    r"|can't|cant|cannot|don't|dont|do not|didn't|didnt|did not|hasn't|hasnt|has not|haven't"
    r"|havent|have not|wasn't|wasnt|was not|weren't|werent|were not)"
    r"(?: (?:work|help|really|at all|do that|do anything|one|any"
    r"|(?:cure|clear|fix|heal)\w* (?:it|them|that|anything)(?: for good)?))?"
    # "it doesnt work like that for most people"
    r"(?: like that| of the sort| of that sort| of the kind)?"
    r"(?: for (?:me|us|him|her|them|anyone|most people|everyone))?"
    r"(?=\s*[,;.:]|\s+and\b"
    r"|\s+because\b"
    r"|\s*$)"
    r"|(?:that|this|it)(?:'s| is|s) (?:a myth|not true|untrue|false|nonsense|rubbish)"
    # "..., total rubbish, steam just soothes them"
    r"|(?:total|complete|utter|absolute|pure) (?:rubbish|nonsense|myth|tosh|codswallop"
    r"|garbage|bunk|baloney)\b"
    r"|(?:it|they|this|that) (?:doesn't|does not|don't|do not|won't|can't|cannot) (?:\S+ )?"
    r"(?:replace|substitute for|stand in for)\b"
    # "..., theres no spray that does that mate"
    r"|(?:there's|theres|there is) no (?:\S+ ){1,2}?that (?:does|do|can do|will do) that\b"
    r"|(?:they're|theyre|it's|its"
    r"|he's|she's|that's|thats) (?:really |actually |just )?not(?=\s*[,;.:]|\s+and\b|\s*$"
    # "..., theyre not safe and your liver and kidneys do that job anyway"
    r"| (?:safe|true|real|effective|proven|a thing|right|correct)\b)"
    r"|(?:the )?(?:research|evidence|science|studies|trials) (?:doesn't|does not|don't|do not"
    r"|hasn't|has not|haven't|have not) (?:\S+ )?(?:support|back|show)\b"
    # "..., but my GP said sleep habits matter far more than any tea"
    r"|(?:but )?(?:my|the|your|our|his|her) (?:own )?(?:gp|doctor|physio|physiotherapist|nurse"
    r"|pharmacist|consultant|dentist|midwife|cardiologist|specialist|dietitian|vet)(?: \S+)?"
    r" (?:said|says|told (?:me|us|him|her|them)|explained|disagreed|disagrees)\b"
    # "..., the brown colour is just the electrodes rusting", "its just the salts reacting"
    r"|(?:\S+ ){0,3}?(?:is|are|it's|its) just (?:the |a |an )?(?:\S+ ){0,2}?(?:rusting|rust"
    r"|reacting|dye|salts?|sweat|dirt|electrodes?|chemicals?|wax|soot|residue|colouring)\b"
    # "..., its a coincidence mate", "..., which is rubbish", "... but theyre not a cure"
    r"|(?:it's|its|it was|that's|thats) (?:just |only |pure |all )?(?:a )?coincidence\b"
    r"|(?:which|that) (?:is|'s) (?:total |complete |utter |absolute )?(?:rubbish|nonsense|wrong"
    r"|untrue|false|a myth|dangerous)\b"
    r"|(?:.*\bbut )?(?:it's|its|they're|theyre|it is|they are) not a (?:cure|fix|miracle)\b"
    # "..., he still gets sick", "..., honestly it was six months of physio that did it",
    # "..., its just a lamp mate"
    r"|(?:he|she|they|it|i|we) (?:still|stil) (?:gets?|has|have|had|got|suffers?|moans?|complains?"
    r"|struggles?|limps?|needs?|takes?)\b"
    # Another cause named: "pretty sure it was just the six weeks off the bike"
    r"|(?:(?:i'm |im |i am )?pretty sure|i think|i reckon|probably|more likely|i'd say) (?:it|that)"
    r" was (?:just |only |really |actually |more )?(?:the |all the |his |her |their )?"
    r"(?:\S+ ){0,3}?(?:weeks?|months?|days?|time|rest|off|break|physio\w*|cream|tablets?|pills?"
    r"|medication|medicine|antibiotics|steroids?|injections?|surgery|operation|gp|doctor|treatment"
    r"|painkillers|weather|diet)\b"
    # "..., its not that simple", "..., its just nice for relaxing, nothing to do with chakras"
    r"|(?:it's|its|it is|it isn't|it isnt|it is not) (?:not )?(?:that|as|quite that) simple\b"
    # "..., but she just likes how they look on the shelf"
    r"|(?:she|he|they|i|we) (?:just|only) (?:likes?|enjoys?|loves?) (?:how|the|them|it|wearing"
    r"|having)\b"
    r"|(?:it's|its|it is) just (?:nice|good|relaxing|pleasant|fun|a nice)\b"
    r"|nothing to do with (?:it|that|\S+)\b"
    # "..., there is no truth in that"
    r"|(?:there's|theres|there is) no truth (?:in|to) (?:that|it|this)\b"
    r"|(?:honestly )?it was (?:\S+ ){0,5}?(?:physio|treatment|rest|time|surgery|the operation"
    r"|tablets|medication|antibiotics|the doctor|the gp) that (?:did it|fixed it|helped|worked"
    r"|cured it|sorted it)\b"
    r"|(?:it's|its|it is|they're|theyre|they are) just (?:a|an|some) (?:\S+ )?(?:lamp|rock|stone"
    r"|crystal|bracelet|band|sticker|magnet|placebo|drink|tea|juice|bottle of water|sugar pill)\b"
    # "..., they can help but keep using your preventer", "it can be part of a healthy diet
    # but keep taking your prescribed tablets" (not "it can help but you can skip ...")
    r"|(?:it|they) (?:can|may|might) (?:\S+ ){1,6}?but (?:keep|carry on|continue|stick with|see"
    r"|ask|talk|check|speak|don't stop|dont stop|do not stop)\b"
    # "..., your liver and kidneys do that job", "..., we dont say that"
    r"|(?:your|the) (?:liver|kidneys|body|immune system|skin|lungs)(?: and (?:your |the )?\S+)?"
    r" (?:already )?(?:does|do|handles?|takes? care of) (?:that|this|it)\b"
    r"|(?:we|i) (?:don't|dont|do not|never|wouldn't|wouldnt|can't|cant) (?:say|claim|promise"
    r"|tell (?:people|customers|anyone)) (?:that|this|it)\b"
    # "..., theres nothing in them"
    r"|(?:there's|theres|there is) nothing in (?:it|them|that|those)\b"
    # "... cures ringworm but hers came back"
    r"|(?:hers|his|theirs|mine|ours|it|they|the \S+) (?:came|come|comes|has come|have come)"
    r" back\b"
    # "..., but the studies show they don't"
    r"|(?:but )?(?:the )?(?:studies|research|evidence|science|trials) (?:show|shows|say|says"
    r"|suggest|suggests)(?: that)? (?:it|they) (?:don't|doesn't|do not|does not|won't|can't)\b)"
)


# The answer to a question reported: what is asked of never stands in for care ("asked
# whether the anointing service is a cure for illness; ... it never replaces your
# child's medical care").
_NO_STAND_IN = LazyPattern(
    r"[;,.?:] (?:\S+ ){0,10}?(?:it|they|this|that) (?:never|does not|doesn't|do not|don't"
    r"|will not|won't|can't|cannot|isn't|is not|aren't|are not) (?:\S+ )?(?:replaces?"
    r"|a replacement for|a substitute for|substitute for|take the place of|stand in for)\b"
)
# The question answered by a reason that denies what was asked: "asked whether the
# realignment massage would fix his back, and we suggested his doctor, since massage can't
# realign vertebrae" (not "because she can't walk far": no claim denied).
_DENIED_IN_A_REASON = LazyPattern(
    r"\b(?:since|as|because) (?:\S+ ){1,3}?(?:can't|cannot|won't|will not|doesn't|does not"
    r"|don't|do not) (?:really |actually )?(?:realign\w*|reset\w*|detox\w*|cure\w*|fix\w*|heal\w*"
    r"|remove\w*|flush\w*|cleanse\w*|straighten\w*|unblock\w*|rebalance\w*|replace\w*|work)\b"
)


def _denied_in_a_reason(words: str, asked_end: int) -> bool:
    """Is the question asked before ``asked_end`` answered by a reason that denies it,
    with no yes before the reason nor a "but ours does" after it ("..., and yes it will,
    because the liver can't detox on its own" is no denial)?"""
    reason = _DENIED_IN_A_REASON.search(words, asked_end)
    return (
        reason is not None
        and not _YES_BEFORE_THE_REASON.search(words, asked_end, reason.start())
        and not _BUT_THIS_ONE_DOES.match(words, reason.end())
    )


_YES_BEFORE_THE_REASON = LazyPattern(
    r"\b(?:yes|yep|yeah|absolutely|definitely|of course|certainly|sure|it will|they will"
    r"|it does|they do|it can|they can|it would|they would)\b"
)
_BUT_THIS_ONE_DOES = LazyPattern(
    r"(?: \S+){0,3}? (?:but|whereas|while) (?:\S+ ){0,3}?(?:does|do|will|can|works|work)\b"
)
_ANSWERED_NO_AT_ONCE = LazyPattern(
    # "...; it may help some people feel better, but it isn't a cure"
    r"[;,.?:] (?:(?:\S+ ){0,7}?\S*, (?:but|though|although|yet) )?(?:(?:it|they|he|she|this|that"
    r"|these|those) (?:won't|will not|doesn't|does not|isn't|is not|aren't|are not|can't|cannot"
    r"|don't|do not|didn't|did not|shouldn't|should not|mustn't|must not|is no|are no)"
    r"|(?:it's|they're|that's|its) not\b|nope\b|not really\b|not at all\b|no(?= ?[,.;]|$)"
    r"|false\b|myth\b"
    # "; I explained there's no cure, it just avoids triggering it", ", and the nurse
    # explained there's no cure", ", and the answer was no"
    r"|(?:(?:and|but|so) )?(?:(?:(?:i|we|she|he|they|the \S+|our \S+) (?:explained|said|told"
    r" (?:her|him|them)|replied)(?: that)? )?(?:there's|there is) no (?:cure|evidence|such thing)"
    # "..., and our pharmacist said it doesn't"
    r"|(?:the|our|my|your) \S+ (?:explained|said|told (?:her|him|them|us)|replied)(?: that)?"
    r" (?:it|they) (?:doesn't|does not|don't|do not|won't|will not|isn't|aren't|can't)"
    r"|the answer (?:is|was|'s) (?:a (?:firm |clear )?)?no"
    # "guest asked if the salt room cures asthma, told her no but ..."
    r"|(?:i |we )?(?:told|tell) (?:her|him|them|the \S+) (?:no|it doesn't|it does not|it won't))\b)"
)


# What one person had: "My mum's had no side effects from her new arthritis injection".
_HAD_NO_SIDE_EFFECTS = LazyPattern(
    # (Not "have no side effects": said of a product, the claim itself; nor "thousands of
    # children have had": a claim for everyone.)
    r"\b(?:i|i've|i'd|we|we've|he|she|he's|she's|\S+'s|my \S+) (?:\S+ )?(?:has had|have had"
    r"|had|'s had|'ve had|'d had|noticed|experienced|got) (?:absolutely |almost |any |really )?"
    r"no (?:\S+ )?side (?:- )?effects\b"
)
_FOR_MOST_OF = LazyPattern(r"\b(?:for|in|with) most\b")
# Harmless said of what does no good: "Copper bracelets are harmless to wear, but trials
# show they don't ease arthritis pain".
_BUT_USELESS = LazyPattern(
    r"\bbut (?:\S+ ){0,6}?(?:don't|doesn't|do not|does not|won't|will not|can't|cannot)"
    r" (?:\S+ )?(?:work|help|ease|cure|heal|treat|relieve|improve|do anything)\b"
    r"|\bbut (?:\S+ ){0,4}?no (?:good |real |reliable |scientific )?evidence\b"
)
_BUT_HARMFUL = LazyPattern(
    r"\bbut (?:\S+ ){0,6}?(?:can|may|could|will|might) (?:\S+ )?(?:harm|damage|hurt|irritate|burn"
    r"|cause|interact|be dangerous|be harmful)\b"
)
# A person's conduct promised, not a condition's: "will never ask you to ...".
_NEVER_DONE_TO_YOU = LazyPattern(
    r"\bnever (?:\S+ )?(?:ask|make|let|tell|force|push|expect|require|want|rush|pressure)s?"
    r" (?:you|anyone|anybody|clients|members|students|people|pupils|residents)\b"
)
_CURE_SAID = LazyPattern(
    r"\b(?:cur(?:e|es|ed|ing)|heal\w*|fix\w*|revers\w*|eliminat\w*|rid|banish\w*|erase\w*"
    r"|undo\w*|repair\w*|regrow\w*|gone|disappear\w*|come back|comes back|return\w*|recur\w*"
    r"|for good|for life|forever|permanent\w*)\b"
)
# A routine or a habit started afresh, not the body "reset".
_HABIT_RESET = LazyPattern(
    r"\breset\w* (?:your |the |a |my |our |their )?(?:\S+ )?(?:routine|routines|habits?|schedule"
    r"|plans?|goals?|week|mindset|expectations|focus|training|timetable|sleep pattern|bedtime)\b"
)
_BODY_SYSTEM = LazyPattern(
    r"\b(?:immune|hormones?|metabolism|gut|liver|kidneys?|body|brain|cells?|nerves?|blood"
    # a system, but not the door system
    rf"|{''.join(f'(?<!{word} )' for word in _MACHINE_WORDS)}system)\b"
)
# Carrying on eased off: "keep going with lighter exercise while it fades".
_SHARP_PAIN = LazyPattern(
    r"\b(?:sharp|stabbing|severe|shooting|agony|agonising|excruciating|worse|worsening)\b"
)
_PUSHING_REFUSED = LazyPattern(
    r"\b(?:neither|nor|rather than|instead of|avoid|avoiding) (?:\S+ ){0,2}?(?:pushing|push"
    r"|working|carrying|powering|playing|running) (?:on )?through\b"
    # So that no one has to: "a team lift for large dogs so that nobody ends up working
    # through back pain"
    r"|\bso (?:that )?(?:nobody|no one|no - one|none of (?:you|us|them)) (?:\S+ ){0,2}?(?:ends? up"
    r"|has to|needs to|is left|gets stuck)\b"
    # Told not to: "ask for a stool ..., dont just grit your teeth"
    r"|\b(?:don't|dont|do not|never|no need to) (?:just |simply |ever )?(?:grit your teeth"
    r"|push (?:on )?through|power through|tough it out|soldier on|suffer in silence|put up with"
    r" it|ignore (?:it|the pain))\b"
)
_PUSHING_HARMS = LazyPattern(
    r"\bthrough (?:(?:the |that |this |your |any |a )?(?:\S+ ){0,2}?(?:pain|tingling|numbness"
    r"|ache|twinge|strain|injury|niggle)|it|that)(?: \S+){0,4}? (?:(?:could|can|may|might|will"
    r"|would) (?:\S+ )?(?:make|keep|put|rule|sideline|end|cause|lead|turn|damage|injure|tear)"
    r"|(?:you |they )?risk"
    # "training through it makes injuries worse"
    r"|(?:makes|made) (?:\S+ ){1,3}?worse|(?:puts|put) (?:\S+ ){1,3}?at risk)\b(?!.*\bunless\b)"
)
_PAIN_MEANS_STOP = LazyPattern(
    r"\b(?:if|when|once) (?:\S+ ){0,4}?(?:hurts?|aches?|is sore|is painful|feels? sore|starts to"
    r" hurt|makes (?:\S+ ){1,2}hurt)(?: \S+){0,4}?(?: ,)? (?:then )?(?:you |just )?"
    r"(?:stop(?! (?:worrying|fussing|moaning|complaining|being))|rest|sit out|come off"
    r"|put (?:\S+ ){1,2}down|walk back|get out|step off|ease off|back off|turn back|turn round"
    r"|turn around|head back|go back|call it a day|sit down|drop out|pull out)\b"
    r"|\bpain (?:(?:in|at|around) (?:a |the |your |any )?\S+ )?means (?:you )?(?:stop|get out"
    r"|come off|rest|sit out)\b"
    # "A sharp pain in your shoulder halfway through a job is a good reason to stop"
    r"|\b(?:is|are|'s) (?:a |always a |definitely a )?(?:good |very good |clear )?(?:reason|sign"
    r"|signal|cue) to (?:stop|rest|ease off|slow down|get it checked|see)\b"
    # "If your wrist hurts every time you lift the big teapot, tell your supervisor"
    r"|\b(?:if|when) (?:\S+ ){0,4}?(?:hurts?|aches?|is sore|is painful)(?: \S+){0,8}? ,? (?:then )?"
    r"(?:tell|let|report it to|speak to|talk to) (?:your |the |a )?(?:supervisor|manager|boss"
    r"|team leader|line manager|first aider|nurse|doctor|gp|physio|teacher|coach|instructor)\b"
)
_EASED_OFF = LazyPattern(
    r"\b(?:keep going|carry on|continue|keep moving|stay active|keep exercising|keep training)"
    r" (?:\S+ ){0,2}?(?:with )?(?:lighter|gentler|gentle|easier|light|easy|reduced|shorter"
    r"|low - impact|modified|less)\b"
    # Moved off the work that hurts until the hurt is seen: "Tell your TL and we'll move
    # you to ground-floor picking till it's looked at".
    r"|\b(?:move|moving|put|putting|swap|swapping|switch|switching) (?:you|them|him|her)"
    r" (?:\S+ ){0,2}?(?:to|onto|on) (?:\S+ ){0,4}?(?:till|until|til) (?:it's|it is|it has been"
    r"|it's been|you've been|you're|you are) (?:\S+ )?(?:looked at|checked|seen|assessed"
    r"|examined)\b"
)
# A change named only as what not to do ("rather than taking a double dose"), and a dose
# missed as the condition the advice is for ("If you miss your evening tablets, ...").
_CHANGE_REFUSED = LazyPattern(
    r"\b(?:rather than|instead of) (?:\S+ ){0,3}?(?:taking|doubling|double|extra|skipping"
    r"|stopping|halving|missing|giving|changing|borrow|borrowing|sharing|using|saving|keeping)\b"
    r"(?: \S+){0,5}"
    r"|\b(?:if|when) you (?:miss|forget|skip) (?:\S+ ){0,3}?(?:dose|doses|tablets?|pills?"
    r"|medicines?|medication|injection)\b"
)


# Property kept safe: "Bikes left in our locked compound overnight are completely safe from
# theft", "the new lockers are completely safe, combination locks and cctv".
_SECURED = LazyPattern(
    # A thing made safe by work on it: "The stockroom step ladder has been replaced and is
    # now completely safe", "completely safe after the new interlocking edges were fitted",
    # "safe once the locking pins are in", "safe at night now that the new lighting is in",
    # "completely safe, so tools can be left overnight"
    r"\b(?:has been|have been|was|were|is being|got) (?:\S+ )?(?:replaced|resurfaced"
    r"|re - ?surfaced|repaired|serviced|mended|rebuilt|relaid|re - ?laid|refitted|re - ?fitted"
    r"|tightened|rehung|re - ?hung|secured|bolted|gritted|swept|relit|re - ?lit|fenced|railed"
    r"|boarded) (?:\S+ ){0,3}?(?:and|so) (?:it |they )?(?:is|are|'s|'re) (?:now )?(?:completely"
    r" |totally |perfectly |100 % )?safe\b"
    r"|\bsafe (?:\S+ ){0,3}?(?:after|now that|now|once|since|because) (?:the |our |a |its"
    r" |their )?(?:new )?(?:\S+ ){0,2}?(?:is|are|was|were|has been|have been|'s been|got)"
    r" (?:\S+ )?(?:in|on|fitted|installed|replaced|repaired|clipped|locked|done|put in|fixed"
    r"|swapped|changed|removed|taken out|renewed|upgraded"
    r"|secured|tightened|bolted|fastened|strapped|pinned|up)\b"
    r"|\bso (?:\S+ ){0,3}?can be left (?:\S+ ){0,2}?(?:overnight|outside|unattended|there)\b"
    # "completely safe now that every shelf has a lip to stop books sliding off"
    r"|\bsafe (?:\S+ ){0,3}?(?:now that|now|once|since|because) (?:every|each|all the|the)"
    r" (?:\S+ )?(?:has|have) (?:a|an|its own|their own) \S+ to (?:stop|keep|hold|prevent)\b"
    # "certified safe for children's toys"
    r"|\b(?:certified|tested|rated|approved) (?:as )?safe for (?:\S+ )?(?:toys|food|surfaces"
    r"|furniture|cots|cribs|worktops|use (?:in|on|with|around))\b"
    # A guard or a feature that makes it safe, or its signing off: "the guillotine guard
    # makes it completely safe", "with a release handle on the inside of the door", "the
    # engineers signed it off last week", "its gated and away from the car park"
    r"|\b(?:guard|cover|lid|fence|gate|barrier|rail|railings|handle|lock|cage|screen|shield"
    r"|cut - out|cut - off) (?:\S+ )?makes? (?:it|them|this|that|the (?:\S+ )?\S+) (?:\S+ )?safe\b"
    r"|\bsafe ,? (?:with|there's|theres|there is|it has) (?:a |an |the )?(?:\S+ )?(?:release"
    r" handle|handle|guard|cover|lock|alarm"
    r"|rail|railings|barrier|fence|gate|cut - out|cut - off|emergency stop|sensor)\b"
    r"|\b(?:engineers?|inspectors?|surveyors?|building control|the council|structural \S+)"
    r" (?:have |has )?(?:signed (?:it |them )?off|certified|inspected|passed) (?:it|them)?\b"
    r"|\bgated\b|\baway from the (?:car park|road|traffic|roads)\b"
    # Things sent or kept: "lenses are completely safe in the post"; animals and plants
    # kept: "completely safe for the bees"
    r"|\bsafe in the (?:post|van|box|case|safe|shed|store|storeroom|loft)\b"
    r"|\bsafe for (?:the )?(?:bees|hives?|colony|colonies|plants|lawn|grass|wildlife|birds|fish"
    r"|pond|hedgehogs|frogs|trees|seedlings|butterflies|bugs|insects|pollinators|worms)\b"
    # Security in so many words (not "locks" as a verb: "locks in moisture").
    r"|\bsafe from (?:theft|thieves|burglars|being stolen)\b|\blocked (?:\S+ )?(?:compound|shed"
    r"|cage|room|cupboard|cabinet|box|store|garage|gate|lockers?)\b|\b(?:combination|door|new"
    r"|padlock|key|pin) locks?\b|\bpadlock(?:s|ed)?\b|\bcctv\b"
    # "now we bolted the legs down", "screwed the frame to the wall"
    r"|\b(?:bolted|screwed|clamped|strapped|tied|nailed|fixed) (?:\S+ ){0,2}?(?:to the|down|in"
    r"|back on|back up|on|together)\b"
    r"|\banchored to\b"
    r"|\b(?:repaired|mended|serviced) and\b|\bpin codes?\b|\balarmed\b|\bfenced (?:off|in)\b"
    # "completely safe from foxes now, new lids", "completely safe overnight", "a pin by text"
    r"|\bsafe from (?:foxes|rats|pests|rain|the rain|the weather|damage|frost|flooding)\b"
    r"|\b(?:safe|secure) storage\b|\bstorage (?:\S+ )?(?:completely |totally )?safe\b"
    r"|\bsafe in transit\b|\bkey safe\b|\b(?:new|pin|door|access) codes?\b|\ba pin\b"
    r"|\b(?:van|door|new|bike) locks?\b|\b(?:locked|lockers?) (?:after|overnight|at night)\b"
    # "the new stable door bolt", "only the shotfirer holds the key", "as long as theyre
    # clipped in", "only completely safe when it has been inspected"
    r"|\b(?:door|gate|new|barrel|stable door) bolts?\b|\b(?:holds?|has|keeps?) the keys?\b"
    # "to watch from behind the rope", "with a coded gate and cameras", "new alarm fitted",
    # "now the new mesh has gone in", "now the new straps are fitted"
    r"|\b(?:from|stand|standing|watch|watching|wait|waiting|stay|staying|sit|sitting) behind"
    r" (?:the |a )?(?:\S+ )?(?:rope|barrier|fence|glass|screen|line|railings?)\b"
    r"|\bcoded (?:gate|door|lock|entry|padlock)\b"
    # "as long as they stay seated and keep their arms inside", "The fire officer has checked
    # that the new gas bottle cage is completely safe"
    r"|\bas long as (?:they|you|children|kids|riders|passengers) (?:stay|remain|keep|are)"
    r" (?:seated|sat down|behind|inside|clipped in|strapped in|buckled in|belted in)\b"
    r"|\b(?:officer|inspector|engineer|electrician|surveyor|assessor) (?:has|have) (?:checked"
    r"|confirmed|certified|signed off)\b"
    # "safe on the new backup server", "safe in the new floor safe", "theres a camera on it"
    r"|\b(?:backed up|backup|back - up)\b|\bsafe in (?:the |a )(?:\S+ ){0,2}?(?:safe|vault"
    r"|strongbox)\b|\b(?:a |the )?cameras? on (?:it|them)\b"
    r"|\b(?:alarm|lock|camera|cctv|tracker)s? (?:fitted|installed|added)\b"
    r"|\bnow (?:that )?(?:the )?(?:new )?(?:\S+ )?(?:barriers?|handrails?|railings?|rails?|gates?"
    r"|fences?|alarms?|locks?|latch(?:es)?|guards?|covers?|lids?|mesh|netting|straps?|grilles?"
    r"|bolts?|brackets?|braces|props|supports|anchors|clamps|boards) (?:has|have|is|are) (?:gone"
    r"|been put|been fitted|fitted|installed|on|in"
    r"|in place)\b"
    r"|\bas long as (?:they're|theyre|it's|its|they are|it is) (?:clipped|locked|strapped|tied"
    r"|racked|secured|bolted|stored)\b"
    r"|\b(?:has|have|'ve) been (?:\S+ )?(?:inspected|signed off|tested|checked)\b"
    # "completely safe to stack two high", "to lean on", "to clip onto", "once each strap
    # clicks", "once the straps are done up"
    r"|\bsafe to (?:stack|store|lean on|lean against|clip onto|clip on to|clip into|stand on"
    r"|sit on|fold|hang|park|tow|load|unload|climb on|walk on)\b"
    r"|\b(?:straps?|buckles?|clips?|latch(?:es)?|locks?) (?:clicks?|engages?|(?:is|are) done up)\b"
    r"|\bguards? (?:is |are )?(?:back )?(?:down|on|fitted|in place|closed|shut|working)\b"
    r"|\b(?:fixed|replaced) the"
    r" (?:\S+ )?(?:sensor|lock|latch|hinge|barrier|gate|door|guard)\b"
    # A precaution taken in so many words: "once the clamp is locked", "and your card details
    # are encrypted", "signed off by the production manager", "staff check the mats every
    # morning", "with staffed rails"; lockers and key services.
    r"|\b(?:is|are|and|stays?|kept) locked\b|\bencrypted\b|\bsigned off by\b|\bstaffed\b"
    r"|\bstaff (?:check|inspect)s? (?:\S+ ){1,5}?(?:every|each|daily|before)\b|\binspected"
    r" (?:every|each|daily|weekly|before)\b|\blockers?\b|\bkey service\b"
    r"|\b(?:screwed|tied|strapped|pinned|clamped) (?:down|in|on|together)\b|\block (?:clicks|is on"
    r"|engages)\b"
    # "completely safe for overnight storage", "for storing e-bikes overnight", "to walk
    # through now that the floor drain is fixed"
    r"|\bsafe for (?:\S+ )?storage\b|\bsafe for (?:storing|keeping|leaving|parking|charging)\b"
    r"|\blocked (?:\S+ )?(?:storeroom|store room|room|office|cabinet|cupboard)\b"
    r"|\bin (?:our|the|a|your) (?:\S+ )?storage\b"
    r"|\b(?:covered|secure|gated|staffed) parking\b|\b(?:brakes?|guards?|covers?|lids?) (?:is|are)"
    r" on\b|\bemptied (?:every|each|daily|twice)\b"
    # "completely safe now theyve put the barrier in", "with double gates and a locked outer
    # fence", "with double doors and mesh roofs", "once locked", "a completely safe lockbox",
    # "as the new alarm covers it"
    r"|\bnow (?:that )?(?:\S+ ){0,2}?(?:put|fitted|installed|added|built) (?:up |in )?"
    r"(?:the |a |an )?(?:new )?(?:\S+ )?(?:barrier|handrail|hand rail|railings?|rail|gate|fence"
    r"|alarm|lock|latch|guard|cover|lid|lights?|lighting|cameras?|grille|mesh)s?\b"
    r"|\bwith (?:\S+ )?(?:double|locked|secure|high|self - closing) (?:gates?|doors?|fences?"
    r"|fencing)\b|\bmesh (?:roofs?|lids?|covers?|panels?)\b|\bonce locked\b|\block ?box(?:es)?\b"
    r"|\b(?:alarm|camera|cctv|sensor)s? (?:covers?|is on|is set|watch(?:es)?)\b"
    r"|\bnow (?:that )?the (?:\S+ ){0,3}?(?:is|are|has been|have been) (?:fixed|repaired|mended"
    r"|replaced|cleared|cleaned|serviced|rewired)\b"
    # "now the electrician has replaced the faulty socket", ", locked and dry", "with no
    # blades sticking out"
    r"|\bnow (?:that )?(?:the |an? |our )?(?:\S+ ){0,2}?(?:has|have|'s|'ve) (?:replaced|fixed"
    r"|repaired|mended|serviced|rewired|cleared|inspected|checked|tested) (?:the|it|them)\b"
    r"|, locked\b"
    r"|\bno (?:\S+ )?(?:blades?|wires?|nails|screws|edges|cables?) (?:sticking out|exposed"
    r"|showing|loose)\b"
    # Used around animals: "slug traps are completely safe to use around hedgehogs and birds"
    # (not "This isn't safe for dogs but it's totally safe for people")
    r"|\b(?<!n't )(?<!nt )(?<!not )(?<!never )safe (?:to use |to leave |to put down )?(?:around"
    r"|near|for|with) (?:the )?(?:\S+ )?"
    r"(?:hedgehogs|birds|wildlife|bees|pets|dogs|cats|fish|frogs|animals|livestock|horses"
    r"|hens|chickens)\b(?!(?: \S+){0,4}? (?:toddlers?|children|child|kids?|babies|baby|people"
    r"|humans|you|adults|pregnant|family|families|everyone)\b)"
)


def _property_secured(words: str) -> bool:
    """Is safety said of property kept from thieves, fixed down or mended, or of things
    used around animals, with no remedy named and no one said to be safe with it?"""
    return _of_things(_SECURED, words) and not _SAFE_FOR_PEOPLE.search(words)


# Safety promised in pregnancy, to babies or to everyone: "completely safe in pregnancy as
# long as its stored out of the sun" (not "safe for the toddler now theyve put the pond cover
# on": a hazard covered).
_SAFE_FOR_PEOPLE = LazyPattern(
    r"\bsafe (?:\S+ ){0,2}?(?:in|during|while) (?:\S+ )?(?:pregnan\w*|breastfeeding|nursing)\b"
    r"|\bsafe (?:\S+ ){0,2}?for (?:\S+ )?(?:pregnant|breastfeeding|newborns?|babies|everyone"
    r"|anyone|everybody|anybody)\b"
)


def _of_things(reading: LazyPattern, words: str) -> bool:
    """Does ``reading`` (of things, not the body) hold in ``words``, with nothing taken
    named (a remedy, a dosage form, a drink or a treatment: :data:`_DOSED`)?"""
    return bool(reading.search(words)) and not _DOSED.search(words)


# Safe on a condition the reader keeps: "safe as long as you stand behind the net".
_SAFE_IF_YOU = LazyPattern(
    r"\bsafe (?:\S+ ){0,2}?(?:as long as|so long as|provided|providing|only if|only when)\b"
)
# (Not of a drug: "DNP is safe as long as you keep the dose sensible".)
# The forms a medicine is taken in, named without the medicine: "the drops", "your meds".
_DOSAGE_FORMS = (
    r"(?:pills?|tablets?|capsules?|gels?|drops|creams?|pouches|patch(?:es)?|sprays?|puffs?"
    r"|shots?|jabs?|injections?|doses?|supplements?|vitamins?|nicotine|caffeine|meds|syrups?"
    r"|liquids?|sachets?|inhalers?|puffers?|lozenges?|ointments?|lotions?)"
)
_DOSED = LazyPattern(
    rf"\b(?:{_DOSAGE_FORMS}|dosage|{MEDICINE}|remedy|remedies|teas?|herbs?|herbal|drugs?"
    rf"|drinks?|diet|fast|fasting|cleanse"
    # what is put on or into the body: "Our detox drops are completely safe, every batch is
    # inspected", "The sunbeds are completely safe, staff check the timers every morning"
    rf"|oils?|sunbeds?|tanning|lasers?|treatments?|therap(?:y|ies)|procedures?|fillers?|peels?"
    rf"|dyes?|bleach|products?)\b"
)
# A quantity of everyday things doubled: "double the coolant order", "Double the recipe for
# the barbecue", "doubling the number of staff on platform 2".
_EVERYDAY_DOUBLING = LazyPattern(
    r"\b(?:doubl|tripl|halv)\w* (?:the|our|my|your|their|this|that) (?:\S+ ){0,3}?(?:order|orders"
    r"|recipe|quantities|ingredients|servings|pattern|number of (?!doses|tablets|pills|puffs"
    r"|units)\S+|batch|quantity|portions?"
    r"|stock|delivery|price|budget|rota|shifts?|size|crew|team|mix|mixture|flakes|paint|glaze"
    r"|dye|toner|bleach|developer|shellac|stain|varnish|concrete|mortar|grout|dough|batter"
    r"|amount of (?:food|stock|chairs"
    r"|tables|towels"
    r"|cake)|guest list|print run|staff)\b"
    r"|\bdouble - (?:sided|spaced|check\w*|click\w*|glazed|parked|booked|decker|dig\w*|dug"
    r"|barrel\w*|breasted|header|yellow)\b"
    r"|\bdouble (?:bar|bars|barline|bass|act|room|decker|yellow lines|espresso|figures|digits"
    r"|glazing|dutch)\b"
    # Fixings and fares: "double the screws on the headrail", "double fares on new years eve"
    r"|\bdoubl\w* (?:up )?(?:the |your |our )?(?:screws|nails|plugs|fixings|bolts|brackets|staples"
    r"|cable ties|knots?|fares?|pay|time|points|prices?|tariffs?)\b"
)
# Stock ordered, even of medicines: "were doubling the order of hay fever tablets this week"
_STOCK_DOUBLED = LazyPattern(
    r"\b(?:doubl|tripl|halv)\w* (?:the|our|its|their|this|that|this week's|next week's)"
    r" (?:\S+ )?(?:order"
    r"|orders|stock|delivery|deliveries|supply|supplies|shelf space|display) (?:of|for)\b"
)
# A thing stopped: "stop the boat!", "We've stopped the Saturday market stall for winter".
_THING_STOPPED = LazyPattern(
    r"\bstop(?:ped|ping|s)? (?:the|our|my|a|this|that) (?:\S+ ){0,2}?(?:boat|car|van|bus|train"
    r"|coach|taxi|minibus|cab"
    r"|stall|market|game|match|clock|music|service|class|session|meeting|project|newsletter"
    r"|subscription|delivery|deliveries|order|race|engine|machine|bike|dumper|digger|loader"
    r"|lorry|truck|tractor|forklift|excavator|crane|conveyor|ferry|ferries|launch|lift|ride"
    # (not "pumps": "stop the brown pump once the wheeze settles" is an inhaler)
    r"|rides|press|presses|guillotine|saw|lathe|drill|mixer|thrusters?|bow thruster"
    r"|generators?)\b"
)
# Stopped for the pain, as one should: "so i stopped and used the ram instead", "so i
# packed up early".
_STOPPED_FOR_IT = LazyPattern(
    r"\b(?:so|and) (?:i|we|he|she|they) (?:just )?(?:stopped|packed up|called it a day|sat out"
    r"|came off|rested|eased off|backed off|walked home|went home|iced it)\b"
)
# A thing pushed along: "pushed the broken pallet truck through to the back" (not "push the
# pace", "push your limits").
_THING_PUSHED = LazyPattern(
    r"\bpush(?:ed|es|ing)? (?:the|a|an|my|our|your|his|her|their|this|that) (?!pace\b|limits?\b"
    r"|boundaries\b|envelope\b|body\b|muscles?\b|self\b)(?:\S+ ){0,2}?(?:truck|trolley|pram"
    r"|buggy|cart|wheelbarrow|barrow|bike|car|van|door|button|paperwork|forms?|order|application"
    r"|sale|deal|plan|bill|case|chair|wheelchair|table|pallet|cage)\b"
)
# A medicine set apart from the change: "doubled my net sessions this week, not my tablets".
_NOT_THE_MEDICINE = LazyPattern(
    rf"\bnot (?:my|the|your|his|her|their|our) (?:\S+ ){{0,2}}?{MEDICINE}\b"
)
# An age from which it is safe: "over six months", "from 12 years" (not "under six
# months": the youngest are the ones at risk).
_AGE_BOUND = LazyPattern(rf"\b(?:over|from|aged|older than|above) {_AN_AGE}")


# Lasting harm told: "can damage hearing permanently", "permanent scarring".
# Help called and shrugging it off refused: "stay put and radio the office, dont try to walk
# it off" (not "dont try to walk it off, just sleep it off").
_HELP_AND_NO_SHRUG = LazyPattern(
    r"\b(?:radio|call|ring|phone|tell|get|fetch|shout for) (?:\S+ ){0,3}?(?:the office|a first"
    r" aider|first aid|help|someone|999|111|an ambulance|the nurse|a doctor|your supervisor)"
    r"(?: \S+){0,4}? ,? (?:and )?(?:don't|dont|do not|never) (?:try to |just )?(?:walk|sleep"
    r"|shake|run) it off\b(?! ,? (?:just )?(?:sleep|walk|shake|rest))"
)
_HARM_FOR_GOOD = LazyPattern(
    r"\b(?:can|could|may|might|will|would) (?:\S+ )?(?:damage|harm|injure|scar|ruin|deafen"
    r"|blind|weaken) (?:\S+ ){0,3}?(?:permanently|for good|forever|for life)\b"
    r"|\b(?:can|could|may|might) (?:become|be|end up) permanent\b"
    r"|\b(?:cause|causes|leave|leaves|lead to|leads to) (?:\S+ )?permanent (?:damage|harm|injury"
    r"|scarring|hearing loss|sight loss)\b"
)
# Below this Zipf frequency a word is rare enough to be a drug's or a brand's name
# ("clobazam", "pred", "spiro"); everyday things changed are common words ("the timer",
# "the cue stack", "the hire fee").
_RARE_BELOW = 3.0
# A number names a dose only with its unit ("250mg", "2 puffs"), not "room 6" or "3pm".
_DOSE_NUMBER = LazyPattern(r"\d+(?:\.\d+)?(?:mg|mcg|ml|g|iu|units?|x|mls|µg)", re.IGNORECASE)
_UNIT_AFTER = LazyPattern(
    r" ?(?:mg|mcg|ml|g|iu|units?|puffs?|drops|tablets?|pills?|capsules?|doses?|litres?|liters?"
    r"|sprays?|sachets?|x)\b",
    re.IGNORECASE,
)
# Words written with a capital whatever they name.
_CAPITALISED_ANYWAY = _needs(
    "i monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december christmas easter halloween"
)
_TOKEN_OF = LazyPattern(r"[^\W_][\w'\u2019-]*")
_DOSAGE_FORM = LazyPattern(rf"\b{_DOSAGE_FORMS}\b", re.IGNORECASE)
# A change told of what was named before: "if you feel fine, just stop them", "double up on
# the sleeping ones".
_CHANGED_PRONOUN = LazyPattern(
    r"\b(?:stop|stopped|stopping|double|doubled|doubling|halve|halved|skip|skipped|drop"
    r"|dropped|quit|ditch|ditched|up|lower|raise|cut|share|borrow|crank|take|use)"
    r" (?:(?:up )?on )?(?:the |your |my )?(?:them|it|those|these|\S+ ones)\b"
    # another's supply: "take some of my dex"
    r"|\b(?:some|one|a couple|a few|two|half) of (?:my|his|her|their|our) \S+",
    re.IGNORECASE,
)


def _capitalised_anyway(token: str) -> bool:
    """Is ``token`` a word written with a capital whatever it names ("Christmas", "Mondays")?"""
    lower = token.lower()
    return lower in _CAPITALISED_ANYWAY or lower.removesuffix("s") in _CAPITALISED_ANYWAY


class _FirstMedicine:
    """Where the first thing in a text that could be a medicine ends, worked out once, when
    a unit first asks: each unit is read with the text before it, and working that out
    again for every unit would cost time growing with the square of the text's length."""

    __slots__ = ("_end", "_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._end: int | None = None
        self._known = False

    def ends_by(self, end: int) -> bool:
        """Does something that could be a medicine stand before ``end`` (a unit's end)?"""
        if not self._known:
            self._end, self._known = _first_medicine_end(self._text), True
        return self._end is not None and self._end <= end


def _first_medicine_end(text: str) -> int | None:
    """Where the first thing in ``text`` that could be a medicine ends, or None: a medicine
    the patterns know, a dosage form, a dose with its unit ("250mg"), a name written with a
    capital inside a sentence ("Night Nurse", "PrEP"), a rare word (a drug's name), or a
    change told of "them". The learned reader is sure of many changes by their verbs
    alone; of a thing in everyday use ("Stop the revolve before anyone steps onto it",
    "double the hire fee") no medicine is changed."""
    named = (
        _MEDICINE.search(text.lower()),
        _DOSAGE_FORM.search(text),
        _CHANGED_PRONOUN.search(text),
    )
    first = min((found.end() for found in named if found), default=None)
    after_a_stop = True  # a sentence's first word is capitalised whatever it names
    for found in _TOKEN_OF.finditer(text):
        if first is not None and found.end() >= first:
            break
        token = found.group()
        unit = _UNIT_AFTER.match(text, found.end()) if token.isdigit() else None
        if unit is not None:
            return unit.end()
        if (
            _DOSE_NUMBER.fullmatch(token)
            or (token[0].isupper() and not after_a_stop and not _capitalised_anyway(token))
            or vocabulary.zipf(token.lower().replace("\u2019", "'")) < _RARE_BELOW
        ):
            return found.end()
        after_a_stop = text[found.end() : found.end() + 1] in (".", "?", "!", ":")
    return first


def _kind_holds(
    kind: Kind, words: str, answer: str, *, sure: bool, very_sure: bool = False
) -> Kind | None:
    """``kind`` as reported (a medicine said harmless is a claim of safety), when the
    unit's ``words`` pass the tests a pattern of that kind puts; else None."""
    tokens = words.split(" ")
    if kind is MEDICINE_CHANGE and _SAFETY_NOT_CHANGE.search(words) and not _names_a_change(words):
        # A medicine said to be harmless, no change named: "Codeine's fine behind the
        # wheel, it won't slow your reactions one bit".
        kind = SAFETY
    plausible = _plausible(kind, words, sure=sure, answer=answer, very_sure=very_sure)
    if not plausible or _denies(kind, tokens):
        return None
    if kind is MEDICINE_CHANGE and (
        _HYPO_TREATED.search(words)
        or _WARNED_AGAINST.search(words)
        or _DOSE_STATED.search(words)
        or _DOSING.search(words)
        or _DOSE_LOST.search(words)
        or _RELIEF_DONE.search(words)
        or _ONE_MISSED_HEDGED.search(words)
        or _NEXT_AS_USUAL.search(words)
        or _SAME_DOSE_KEPT.search(words)
        or _BORROWING_REFUSED.match(words)
        or (_KEEP_TAKING.search(words) and not _names_a_change(words))
        or (_CONSEQUENCE_READ.search(words) and not _SELF_DONE.search(words))
    ):
        return None
    if kind is CURE and _HARM_FOR_GOOD.search(words):
        return None  # "Loud playback can damage hearing permanently": a harm, no cure
    if kind is MECHANISM and (_DEFINES.match(words) or _ANTACID_AT_WORK.search(words)):
        return None  # "The pancreas is a gland that releases enzymes": a definition
    if (
        kind in (CURE, MECHANISM)
        and _REMEDY_DENIED.search(words)
        and not _ONE_EXCEPTED.search(words)
    ):
        return None  # "Apple cider vinegar won't dissolve kidney stones": the promise denied
    if kind is DELAYS_CARE and _HELP_AND_NO_SHRUG.search(words):
        return None  # "stay put and radio the office, dont try to walk it off"
    if kind is DELAYS_CARE and _SAFETY_NET.search(words) and not _RED_FLAG.search(words):
        return None  # "no need to see a doctor for cramp unless it keeps happening"
    if kind in (CURE, SAFETY, MECHANISM) and (
        _CLAIMED_THEN_DENIED.search(words) or _CLINICIAN_CORRECTS.search(words)
    ):
        return None  # "it claims to reset your hormones, which isn't a real thing"
    if kind in (CURE, SAFETY) and (
        _NOT_SURE_SAID.search(words)
        or (_SAID_ONLY_AFTER.match(words) and _CHECK_IT_FIRST.search(words))
    ):
        # "we couldn't be sure it's safe in pregnancy or for babies", "Before you post
        # that essential oils are completely safe for babies, please check with a nurse"
        return None
    if _asked_and_denied(words):
        return None  # "A member asked whether herbal remedies are always harmless; ..."
    if kind is SAFETY and (
        (_MINOR_AILMENT.match(words) and not _RED_FLAG.search(words))
        or (_FOR_MOST_OF.search(words) and not _TOTAL_SAFETY.search(words))
    ):
        # A symptom called harmless ("A stitch in your side is harmless") is reassurance,
        # and "harmless for most skin" is no promise for everyone.
        return None
    if kind is SAFETY and (
        _BUT_HARMFUL.search(words)
        or (_BUT_USELESS.search(words) and not _TOTAL_SAFETY.search(words))
        or _HAD_NO_SIDE_EFFECTS.search(words)
    ):
        return None  # "fine in cooking, but drunk undiluted it can harm tooth enamel"
    if kind is CURE and _NEVER_DONE_TO_YOU.search(words) and not _CURE_SAID.search(words):
        return None  # "Our instructors will never ask you to hold a pose that causes pain"
    if kind is MECHANISM and _DETOX_DISMISSED.search(words):
        return None  # "the detox foot pads are a con", "detox teas ... act as laxatives"
    if (
        kind is MECHANISM
        and _HABIT_RESET.search(words)
        and not _PSEUDO_MECHANISM.search(words)
        and not _BODY_SYSTEM.search(words)
    ):
        return None  # "a short easy walk is a good way to reset your routine"
    if kind is PUSH_PAIN and _EASED_OFF.search(words) and not _SHARP_PAIN.search(words):
        return None  # "it's fine to keep going with lighter exercise while it fades"
    if (
        kind is MEDICINE_CHANGE
        and _CHANGE_REFUSED.search(words)
        and not _names_a_change(_CHANGE_REFUSED.compiled.sub(" ", words))
    ):
        return None  # "tell the staff rather than taking a double dose the next morning"
    if kind is SAFETY and _AGE_BOUND.search(words):
        return None  # "Sunscreen is fine for babies over six months": bounded by age
    if kind is SAFETY and _SAFE_IF_YOU.search(words) and not _DOSED.search(words):
        # "The trampoline is safe as long as only one child is on it at a time"
        return None
    if kind is PUSH_PAIN and _CROWD_IGNORED.search(words):
        return None  # "Ignore the push-through-it brigade and rest that sore shoulder"
    if kind is MEDICINE_CHANGE and _NOT_THE_MEDICINE.search(words):
        return None  # "doubled my net sessions this week, not my tablets"
    if _EVERYDAY_DOUBLING.search(words) and not (
        _MEDICINE.search(words) or _PAIN_WORD.search(words) or _RED_FLAG.search(words)
    ):
        return None  # "can we double the towel order for the bank holiday weekend"
    if (
        kind is MEDICINE_CHANGE
        and _STOCK_DOUBLED.search(words)
        and not _names_a_change(_STOCK_DOUBLED.compiled.sub(" ", words))
    ):
        return None  # "were doubling the order of hay fever tablets this week"
    if (
        kind in (PUSH_PAIN, MEDICINE_CHANGE, MECHANISM)
        and _THING_PUSHED.search(words)
        and not (_PAIN_WORD.search(words) or _MEDICINE.search(words))
    ):
        return None  # "pushed the broken pallet truck through to the back"
    if kind is CURE and _booking_guaranteed(words):
        return None  # "The next-day delivery slot is guaranteed if you order before 2pm"
    if kind in (MEDICINE_CHANGE, CURE, MECHANISM) and _of_things(_THING_STOPPED, words):
        # "stop the boat! theres a swan on the course", "stopped the market stall", "stop
        # the van at the back gate, the front is blocked"
        return None
    if (
        kind in (PUSH_PAIN, DELAYS_CARE)
        and _STOPPED_FOR_IT.search(words)
        and not _RED_FLAG.search(words)
    ):
        return None  # "had a twinge in my back forcing a door so i stopped and used the ram"
    if kind is SAFETY and _property_secured(words):
        return None  # "the new lockers are completely safe, combination locks and cctv"
    if kind is MEDICINE_CHANGE and _everyday_sense(words) and not _MEDICINE.search(words):
        return None  # "Doing a digital detox of my inbox before the holidays"
    if kind is DELAYS_CARE and _everyday_sense(words) and not _RED_FLAG.search(words):
        return None  # "just reset the scoreboard clock, it's been an hour fast"
    if kind in (CURE, SAFETY, MECHANISM) and _WARY_OF.search(words):
        return None  # "If a clinic advertises guaranteed cures, talk to your team first"
    if kind is PUSH_PAIN and (
        _PUSHING_HARMS.search(words)
        or _PAIN_MEANS_STOP.search(words)
        or _PUSHING_REFUSED.search(words)
    ):
        # "playing through that pain could keep you out all season", "if your shoulder
        # hurts doing foils you stop, tell a senior"
        return None
    if kind is PUSH_PAIN and (_SLOGAN_DENIED.search(words) or _FORBIDDEN_PURPOSE.search(words)):
        # "'No pain, no gain' does not apply to stroke rehab"; "Don't take painkillers
        # before a match so you can play through an injury"
        return None
    if kind is MECHANISM and _TOXINS_RULED_OUT.search(words):
        return None  # "There are no toxins in your throat for a tea to flush out"
    if kind is PUSH_PAIN and (_RATHER_THAN_PUSHING.search(words) or _HOW_HURT.search(words)):
        return None  # "We would much rather a pupil sat out a class than pushed on with ..."
    scorned = _PUSHING_SCORNED.search(words) if kind is PUSH_PAIN else None
    if scorned is not None and not _PERSISTS.search(words, scorned.end()):
        return None  # "pushing through pain isnt brave, its how you end up injured"
    if kind is SAFETY and _safety_denied(words):
        return None  # "Energy shots aren't risk free, too much caffeine can ..."
    if kind is SAFETY and _SAFETY_CHECKED.search(words) and not _TOTAL_SAFETY.search(words):
        return None  # "... and we'll check whether they're safe to take together"
    if kind is SAFETY and _SAFE_TO_LEAVE_OUT.search(words):
        return None  # "It's safe to skip any inversion": leaving something out risks nothing
    if kind is SAFETY and _harm_warned(words):
        return None  # "the dust can harm your lungs": a harm told, no safety promised
    if kind is SAFETY and _FOOD_LEFT_TO_CHOICE.search(words) and not _MEDICINE.search(words):
        return None  # "if Mum only fancies ice cream, that's absolutely fine": her choice
    if kind is MEDICINE_CHANGE and _writing_pen_only(words):
        return None  # "Write your questions down with your pen": a pen to write with
    if kind is MEDICINE_CHANGE and _TRYING_FOR_BABY.search(words):
        return None  # "you can stop the pill whenever you want to try for a baby"
    if kind is DELAYS_CARE and _minor_only(words):
        return None  # "You don't need A&E for a grazed knee": as the patterns read it
    if kind in (SAFETY, CURE) and (_NOT_ALL.match(words) or _NO_SUBJECT.match(words)):
        return None  # "Not all natural products are safe in pregnancy": a caution
    if kind is CURE and (
        _MANAGED.search(words)
        or _ON_ITS_OWN.search(words)
        or (_HEALED_FIRST.match(words) and not _FOR_GOOD_WORDS.search(words))
    ):
        return None  # "Coeliac disease is managed by a gluten-free diet for life"
    return kind


# Safety to be checked, not promised: "we'll check whether they're safe to take together".
_SAFETY_CHECKED = LazyPattern(
    r"(?<!no need to )(?<!don't )(?<!dont )(?<!never )(?<!needn't )(?<!why )"
    # (Not "asked if ... are ok for their little brother, yeah ...": a question told.)
    r"\b(?:check|ask|find out|see|confirm|make sure|work out)(?:s|ing)? (?:\S+ ){0,3}?"
    r"(?:whether|if) (?:\S+ ){0,3}?(?:safe|ok|okay|fine|suitable|all right|alright)\b"
)


def _safety_denied(words: str) -> bool:
    """Whether each word of safety itself (safe, harmless, risk free) is denied where it
    stands ("aren't risk free", "is not always safe"), and there is one."""
    denied = False
    for found in _SAFETY_WORD.finditer(words):
        if not _SAFE_ITSELF.match(found.group()):
            continue
        if not _DENIED_IN_PLACE.search(words, 0, found.start()):
            return False  # "This isn't safe for dogs but it's totally safe for people"
        denied = True
    return denied


_SAFE_ITSELF = LazyPattern(r"(?:safe|harmless|risk)")
_DENIED_IN_PLACE = LazyPattern(
    r"\b(?:isn't|aren't|wasn't|weren't|is not|are not|was not|were not|not|never)(?: always"
    r"| necessarily| entirely| completely| totally| really| 100 %)? $"
)


# A harm a thing can do, told as it is: "the dust can harm your lungs", "sun can damage
# your skin". No safety is promised unless the harm is denied ("it can't harm you",
# "nothing in it will hurt the baby") or another word of safety is said.
_HARM_TOLD = LazyPattern(
    r"\b(?:can|could|may|might|will|would|does|do|is likely to|are likely to) (?:\S+ )?"
    r"(?:harm|hurt|damage|injure|irritate|scar)s?\b"
)
_HARM_WORD = LazyPattern(r"^(?:harm\w*|hurt|damag\w*|injur\w*)$")
_ANY_DENIAL = LazyPattern(
    r"\b(?:not|no|never|nothing|none|nobody|without|cannot|can't|won't|wouldn't|couldn't"
    r"|doesn't|don't|isn't|aren't|shouldn't|mustn't)\b"
)


def _harm_warned(words: str) -> bool:
    """Whether ``words`` warn of a harm and say nothing else of safety, nothing denied."""
    if not _HARM_TOLD.search(words) or _ANY_DENIAL.search(words):
        return False
    said = [m.group() for m in _SAFETY_WORD.finditer(words)]
    return all(_HARM_WORD.match(word) for word in said)


# A pen named with writing: one to write with ("Write your questions down with your
# pen"), not an injection pen, when nothing else the sentence names is a medicine.
_WRITING = LazyPattern(
    r"\b(?:write|writes|writing|written|jot|jotted|notes?|sign|diary|notebook)\b"
)
_PEN = frozenset({"pen", "pens"})


def _writing_pen_only(words: str) -> bool:
    named = {m.group() for m in _MEDICINE.finditer(words)}
    return bool(named) and named <= _PEN and bool(_WRITING.search(words))


_SLOGAN_DENIED = LazyPattern(
    r"\bno pain (?:, )?no gain (?:\" |' )?(?:(?:does not|doesn't|do not|don't) apply\b"
    # "No pain no gain is not a policy", "was always a silly mantra"
    rf"|(?:\S+ ){{0,2}}?{_SCORN})"
)
# What someone near the end fancies, left to them: "if Mum only fancies ice cream, that's
# absolutely fine".
_FOOD_LEFT_TO_CHOICE = LazyPattern(
    r"\bif (?:\S+ ){0,3}?(?:only )?(?:fancies|fancy|feels like|manages|wants) (?:\S+ ){0,4}?,"
    r" (?:then )?(?:that's|thats|that is|it's|its) (?:absolutely |perfectly |totally"
    r" |completely )?(?:fine|ok|okay|alright)\b"
)


# Sugar taken for a low blood sugar is first aid, no medicine changed: "stop and take
# glucose tablets".
# An effect of the medicine denied (not "fine", said of a change as often as of a
# medicine: "stopped them because I felt fine").
_SAFETY_NOT_CHANGE = LazyPattern(
    r"\b(?:no hangover|no side - effects|no side effects|won't (?:slow|affect|harm|hurt|impair)"
    r"|can't (?:hurt|harm)|cannot (?:hurt|harm)|never (?:hurts?|harms?))\b"
)
_HYPO_TREATED = LazyPattern(
    r"\b(?:glucose|dextrose) (?:tablets?|tabs|gel|sweets|drink)|jelly babies"
    r"|sugary (?:drink|sweets)"
)


def _sends_to_prescriber(words: str) -> bool:
    """Do ``words`` send the reader to a clinician? Not when the visit itself is put
    off: "you don't need to tell your GP", "give it a few days before ringing the
    midwife", "nothing to see a doctor about"."""
    return any(
        not _PUT_OFF.search(_lead(words, found.start()))
        and not _left_out(words, found.start())
        and not _OVERRIDDEN.match(words, found.end())
        for found in _PRESCRIBER.finditer(words)
    )


# The clinician's word overridden: "my physio said rest it but i just worked through the
# torn calf".
_OVERRIDDEN = LazyPattern(
    r"(?: \S+){0,6}? but (?:i|we|he|she|they) (?:just |still )?(?:\S+ed|kept|carried on|went"
    r"|did|ignored)\b"
)


# A process denied in so many words, as a myth is corrected: "Acne isn't caused by toxins
# leaving the body", "Claims that a supplement flushes out toxins have no scientific
# basis". (Not "..., not from ...": "Melanoma is caused by sunscreen, not by the sun"
# denies the truth after it.)
_PROCESS_DENIED = LazyPattern(
    r"\b(?:isn't|is not|aren't|are not|wasn't|doesn't|does not|don't|do not|won't|will not)"
    r" (?:really |actually )?(?:caused by|come from|comes from|absorbed|put \S+ back)\b"
    r"|\bno (?:scientific |real |medical )?basis\b"
)


# A correction brushed aside after it: "sceptics say there's no scientific basis, but
# they work", "the doctors call it a myth, but trust me".
_CORRECTION_DISMISSED = LazyPattern(
    r"\bbut (?:\S+ ){0,4}?(?:works?|worked|helps?|helped|swear by|know better|trust me"
    r"|it's true)\b"
)


def _corrects(read: learned.Suspicion, words: str) -> bool:
    """Does ``words`` correct a myth, rather than claim? Not a safety claimed first and a
    warning then called the myth, in a later clause: "Patches are safe for everybody, the
    clot thing is a myth" dismisses the warning, where "It's a myth that patches are safe
    for everybody" corrects."""
    denied = _PROCESS_DENIED.search(words) if _LEARNED_KINDS[read.kind] is MECHANISM else None
    if denied is not None and not _CORRECTION_DISMISSED.search(words, denied.end()):
        return True
    myth = _MYTH.search(words)
    if myth is None or _CORRECTION_DISMISSED.search(words, myth.end()):
        return False
    if _LEARNED_KINDS[read.kind] is not SAFETY:
        return True
    safe = _SAFETY_WORD.search(words)
    if safe is None or safe.start() > myth.start():
        return True
    between = words[safe.end() : myth.start()]
    return not any(mark in between for mark in (" , ", " ; ", " : ", " - ", " \u2014 "))


def _help_turned_down(read: learned.Suspicion, words: str) -> bool:
    """Is care read, and help named in ``words`` only to be turned down ("no need to ring
    anyone", "don't bother the GP")? Then the negation is the dismissal itself."""
    if _LEARNED_KINDS[read.kind] is not DELAYS_CARE:
        return False
    named = _SEEK_CARE.search(words) or _PRESCRIBER.search(words)
    return bool(named) and not _sends_for_help(words)


def _care_put_off(read: learned.Suspicion, words: str) -> bool:
    """Does the reader read dismissed care in ``words`` whose every clinician is put off
    (:func:`_visit_put_off`)? Then naming them is the dismissal, not a safety net:
    "He's gone suddenly breathless and grey but it's Sunday, so we'll ring the GP
    Monday"."""
    if _LEARNED_KINDS[read.kind] is not DELAYS_CARE:
        return False
    return all(_visit_put_off(words, found) for found in _PRESCRIBER.finditer(words))


def _visit_put_off(words: str, found: re.Match[str]) -> bool:
    """Is the visit to the clinician at ``found`` put off: later ("ring the GP Monday"),
    turned down ("don't ring the clinic", "rather than ringing the surgery"), only on a
    worse condition ("no need to call 111 unless it's been going on for days"), or
    scorned ("the doctor can't do anything anyway")?"""
    if found.group(0) == "unless":
        return True  # a condition, not a visit: the visit it sets is read on its own
    return bool(
        _help_put_off(words, found)
        or _ONLY_IF_WORSE.match(words, found.end())
        or _HELP_SCORNED.search(words, found.start(), found.end() + 40)
    )


# Pushing on told in so many words: where the reader is all but certain, these stand in
# for a pain or an injury it knows no word of ("Push through the PEM, the crash is just
# your body adjusting", "Tough it out as long as you can"). Narrower than the patterns'
# _PERSIST ("as hard as you can", "stretch it hard"): read there instead, it caught a
# claim more in set 204 and one fewer in set 144.
_PUSH_ON_TOLD = LazyPattern(
    r"\b(?:push(?:ing)? (?:through|on|past)|tough(?:ing)? it out|power(?:ing)? (?:through|on)"
    r"|soldier(?:ing)? on|grit (?:your|my|their) teeth|harden up|man up|crack on|play on"
    r"|keep (?:going|lifting|running|playing|working|training|squeezing|pushing)|carry on"
    r"|work(?:ing)? through|train(?:ing)? (?:through|on)|(?:walk|run|shake) it off"
    r"|finish (?:the|your) (?:shift|match|race|game|set|session|round))\b"
)


def _help_refused(words: str) -> bool:
    """Is help named in ``words`` only to be refused or put off, and none sent for ("so
    no need to go to A&E, just watch him")? Where the reader is all but certain
    of dismissed care, that refusal stands in for a symptom it knows no word of
    ("priapism", "the world feeling unreal")."""
    named = [*_SEEK_CARE.finditer(words), *_PRESCRIBER.finditer(words)]
    return (
        bool(named)
        and all(_visit_put_off(words, found) for found in named)
        and not _sends_for_help(words)
    )


# A visit only on a worse condition: "don't call 111 unless it's been going on for days".
_ONLY_IF_WORSE = LazyPattern(r" (?:\S+ ){0,4}?(?:unless|only if|until)\b")
# A clinician scorned: "the GP can't do anything for backs anyway".
_HELP_SCORNED = LazyPattern(
    r"\b(?:(?:can't|cannot|won't|will not) (?:do )?(?:anything|much)|can do nothing)\b"
)


def _left_out(words: str, start: int) -> bool:
    """Is the clinician at ``start`` left out ("pop them on without asking the nurse")?
    Not when a negation before forbids doing it so: "never stop without asking your GP"
    sends the reader to them."""
    before = words[:start]
    return before.endswith("without ") and not _FORBIDS.search(before)


_FORBIDS = LazyPattern(
    r"\b(?:don't|dont|do not|never|shouldn't|should not|must not|mustn't|avoid|not|no)\b"
)


def _plausible(
    kind: Kind,
    words: str,
    *,
    sure: bool = False,
    answer: str | None = None,
    very_sure: bool = False,
) -> bool:
    """The tests a pattern of ``kind`` would put: the kind's own words (a medicine and a
    change for a medicine change, a red flag for dismissed care...); for a promise, no
    hedge and no medical treatment as its subject ("Your kidneys flush waste from your
    blood" is true); for care and pain, no referral ("call 999 if it gets worse") in
    ``answer``, the words after a question (all of ``words`` when there is none)."""
    tokens = words.split(" ")
    # A promise or a mechanism the reader is sure of needs no word a pattern knows:
    # "Grommets in = your son's hearing problems are over for life".
    worded = _KIND_WORDS[kind].intersection(tokens) or (sure and kind in (CURE, MECHANISM))
    # Nor a verb of doing, but not in an exercise's own step: "Breathe out: round your back
    # up like a cat, head down" tells a movement, and claims nothing about the body.
    vouched = sure and not (kind is MECHANISM and _MOVEMENT_STEP.search(words))
    if vouched and kind in (DELAYS_CARE, PUSH_PAIN):
        vouched = (
            _trouble_now(words, kind)
            or (kind is DELAYS_CARE and very_sure and _help_refused(words))
            or (kind is PUSH_PAIN and very_sure and bool(_PUSH_ON_TOLD.search(words)))
        )
    if not worded or not (vouched or _ANCHORS[kind](words)):
        return False
    if kind is MECHANISM and _DEVICE_STEP.search(words) and not _PSEUDO_MECHANISM.search(words):
        return False  # how to use a pen or an inhaler explains nothing about the body
    if kind is SAFETY and not _SAFETY_WORD.search(words):
        return False  # however sure: "A gentle twist on all fours" names no safety at all
    if kind in (CURE, SAFETY, MECHANISM):
        lead = _BRUSHED_ASIDE.match(words) or _REPORTED.match(words)
        rest = words[lead.end() :].split(" ") if lead else tokens
        subject = _subject(kind, rest)
        # A medicine's safety is no truer for being a medicine ("Paracetamol is so gentle
        # that overdoing it isn't possible"), nor is a treatment's promise of permanence.
        overclaims = (
            (kind is SAFETY and (_MEDICINE.search(subject) or _TOTAL_SAFETY.search(words)))
            or (kind is CURE and _FOR_GOOD_WORDS.search(words))
            or (kind is MECHANISM and _PSEUDO_MECHANISM.search(words))
        )
        # A remedy is no treatment for being named like one: "Cod liver oil reverses ...".
        treatment = _medical(subject) and not _SELF_CARE.search(subject)
        if kind is MECHANISM and sure and _EXPLAINED_AS_BODY_AT_WORK.match(words):
            # An organ is no treatment's subject when a symptom is explained as its work:
            # "Morning sickness is your liver dumping toxins".
            treatment = False
        if very_sure and not _BODY_AT_ITS_WORK.match(subject):
            # Care named is no shield where the reader is all but certain: a myth about a
            # treatment is told of the treatment ("Vaccines strip the myelin off your
            # nerves", "Chemo only destroys your immune system"). The body's own parts
            # at work stay physiology ("The liver removes toxins from the blood").
            treatment = False
        # All but certain, a process is no less false for "mostly", nor a promise of
        # permanence for "usually" ("... cures chronic fatigue for good, usually after
        # three sessions").
        hedged = _HEDGE.search(words) and not (
            very_sure and (kind is MECHANISM or (kind is CURE and _FOR_GOOD_WORDS.search(words)))
        )
        return not (hedged or (treatment and not overclaims))
    said = words if answer is None else answer  # a question's caution is only asked
    if kind is PUSH_PAIN and (
        _stops_for_pain(said, sure=sure)
        or _INSTEAD_OF_PUSHING.search(said)
        or _PRESSURE_ON_BLEEDING.search(said)
        or _PAIN_BOUNDED.search(said)
    ):
        return False  # "Pain is a sign to stop", "report it rather than working through it"
    if kind in (DELAYS_CARE, PUSH_PAIN) and _TAKEN_OUT.search(said):
        return False  # "After a knock to the head, come off and don't go back on that day"
    if kind in (DELAYS_CARE, PUSH_PAIN):
        return not _sends_for_help(said)
    if kind is MEDICINE_CHANGE:
        # "Keep taking your antibiotics" changes nothing; "Take your co-driver's" does.
        # However sure, a red flag with no medicine and no change named is first aid,
        # no medicine's change: "After any head knock, sit them out for the rest of the day".
        change = _names_a_change(words)
        if not change and _WARNING_OPENS.match(words):
            # "Never drive if your new sleeping tablets leave you drowsy": a warning about
            # something else the medicine affects (out of fold on sets 1-80: no claim lost).
            return False
        if change or _MEDICINE.search(words):
            return sure or change
        return sure and not _serious_red_flag(words)
    return True


def _stops_for_pain(said: str, *, sure: bool) -> bool:
    """Does ``said`` tell the reader to stop for pain? Where the reader is sure the
    sentence pushes on, only a stop on a condition counts ("keep going, but stop if it
    gets sharp"): a stop or a rest named otherwise is scorned or put off ("stop fussing
    and power through", "if you stop you're letting the disease win", "rest it on your
    days off")."""
    found = _STOP_FOR_PAIN.search(_LET_STOP.compiled.sub(" ", said))
    if not sure or found is None:
        return found is not None
    return any(
        not _STOP_OVERRULED.match(said, stop.end()) for stop in _STOP_ON_CONDITION.finditer(said)
    )


# A stop on a condition, not a stop of the pain itself ("they stop hurting once they're
# used to it") nor a rest once the work is done ("you can rest when the rooms are done").
_STOP_ON_CONDITION = LazyPattern(
    r"\b(?:stop(?! \w+ing\b)|stopping|rest|ease off|back off|slow down|take a break|tap out)"
    r"(?: \S+){0,3}? (?:if|when|as soon as|the moment|once|whenever)\b"
    r"(?! (?:\S+ ){0,4}?(?:done|over|finished|ends?|home)\b)"
)
# The stop then overruled: "My card says stop if the pain is sharp, but honestly keep
# going through sharp pain".
_STOP_OVERRULED = LazyPattern(
    r"[^.;!?]*?\bbut (?:\S+ ){0,3}?(?:keep|carry on|push|power|work through|play on|crack on"
    r"|ignore)\b"
)


# A player taken out of the game after a knock: kept safe, not left to wait.
_TAKEN_OUT = LazyPattern(
    r"(?<!don't )(?<!do not )(?<!never )\b(?:come|coming|came) off (?:the (?:pitch|field|court|ice"
    r"|mat) )?(?:and|,)|\b(?:don't|do not"
    r"|never) (?:go|going) back on\b|\bsit (?:them |him |her )?out (?:for )?the rest\b"
    r"|\bstop playing\b"
)
# Safety without exception, whatever the subject: "Bioidentical hormones are completely
# safe for every woman", "Laser hair removal is entirely without risk".
_TOTAL_SAFETY = LazyPattern(
    r"\b(?:completely|totally|entirely|absolutely|perfectly|100 %) (?:safe|harmless|without"
    r" risk|risk - free)\b|\bnever hurts?\b|\b(?:safe as houses|as safe as (?:milk|water|houses))\b"
    rf"|\b{_AS_WATER}\b"
)
# "Don't let a sore wrist stop your practice" tells no one to stop.
_LET_STOP = LazyPattern(r"\b(?:don't|dont|do not|never|won't|wont) let (?:\S+ ){0,8}?stop\b")
_SUBJECT_WORDS = 6  # the first words of a sentence, where its subject stands
# First aid for bleeding: "Keep pressing on the wound until the bleeding stops" pushes
# through nothing.
_PRESSURE_ON_BLEEDING = LazyPattern(
    r"\b(?:press\w*|pressure|pinch\w*|squeez\w*) (?:\S+ ){0,3}?(?:wound|cut|graze|bleed\w*"
    r"|nosebleed|nose|gash)\b"
)


def _subject(kind: Kind, tokens: list[str]) -> str:
    """The subject of a claim: the words before its verb ("this tea" purifies "your
    liver"), when the verb stands among the first words; else the first words. An organ
    doing its own work is physiology ("Your kidneys flush waste from your blood"); an
    organ a remedy works on is the claim's object, not its subject."""
    verb = _SUBJECT_ENDS.get(kind)
    first = tokens[:_SUBJECT_WORDS]
    if verb is not None:
        for index, token in enumerate(first[1:], start=1):
            if verb.fullmatch(token):
                return " ".join(first[:index])
    return " ".join(first)


_SUBJECT_ENDS: dict[Kind, LazyPattern] = {
    MECHANISM: LazyPattern(
        r"(?:flush|remov|releas|clear|reset|realign|unblock|boost|drain|detox|cleans|purif"
        r"|balanc|rebalanc|alkalis|alkaliz|neutralis|neutraliz|reboot|restor|draw|pull|suck)\w*"
    ),
    CURE: LazyPattern(
        r"(?:cur(?:e|es|ed)|heal(?:s|ed)?|fix(?:es|ed)?|revers(?:e|es|ed)|eliminat(?:e|es|ed)"
        r"|dissolv(?:e|es|ed)|shrink(?:s)?|banish(?:es|ed)?|eras(?:e|es|ed)|repair(?:s|ed)?"
        r"|regrow(?:s)?|rebuild(?:s)?|restor(?:e|es|ed))"
    ),
}
_INSTEAD_OF_PUSHING = LazyPattern(
    r"\b(?:rather than|instead of) (?:\S+ ){0,2}?(?:work|push|carry|play|run|train|power|soldier"
    r"|keep)\w*"
)
# "Whatever the doctors told you, this bracelet is a certain cure": the subject follows.
_BRUSHED_ASIDE = LazyPattern(
    r"(?:whatever|no matter what|despite what|regardless of what|never mind what) (?:\S+ ){1,6}?, "
)
# A claim reported from a source: its subject is what follows ("Japanese doctors
# discovered that okra water wipes out diabetes": okra water, not the doctors).
_REPORTED = LazyPattern(
    r"(?:\S+ ){0,5}?(?:discovered|found|confirmed|proved|proven|showed|shown|revealed|say|says"
    r"|said|claim|claims|swear|swears|insist|insists|report|reports) that "
)
# What no treatment does, whoever is said to do it: "Vaccines leave heavy metals in the
# brain", "the protocol reboots your thyroid", "packs over the liver wake it up".
_PSEUDO_MECHANISM = LazyPattern(
    r"\b(?:reboot\w*|heavy metals?|poisons?|mucoid|wakes? (?:\S+ ){0,2}?up|out through (?:the"
    r"|your) (?:skin|feet|pores|soles)|(?:positive|negative) ions|hardened by toxins"
    # A body said to detox, need a cleanse, or be rebalanced: never how medicine works.
    r"|detox(?:es|ed|ing)?(?! (?:unit|service|programme|program|clinic|ward))"
    r"|(?:needs?|wants?) (?:a |an )?(?:\S+ ){0,6}?(?:cleanse|flush)"
    r"|(?:liver|kidney|colon|gallbladder) (?:flush|cleanse)"
    r"|(?:push\w*|forc\w*|sweat\w*) out (?:the |your )?toxins"
    r"|rebalanc\w*|overload\w* (?:\S+ ){0,2}?immune system"
    # Hormones or organs said to sit out of line: "your hormones are out of alignment".
    r"|(?:hormones?|organs?|chakras?|energy|glands?) (?:\S+ ){0,3}?(?:out of (?:alignment|line)"
    r"|back in line|realign\w*)"
    # Toxins said to clog, be stored, burnt off or walk out; a body too acidic; organs and
    # hormones reset; antibiotics said to kill viruses.
    r"|(?:clogg\w*|unclog\w*|hoard\w*|trap\w*|burn\w* off|sweat\w* out|wash\w*)"
    r" (?:\S+ ){0,3}?toxins|toxins (?:\S+ ){0,3}?(?:build up|clog\w*)|(?:exit|leave|come out)"
    r" (?:\S+ )?through (?:the |your )?(?:feet|skin|pores|soles)|too acid\w*"
    r"|(?:body|blood)(?:'s)? ph\b|reset\w* (?:\S+ ){0,2}?(?:cortisol|thyroid|hormones?|metabolism"
    r"|gut|liver|kidneys?|nervous system|immune system|them|it)\b|(?:hormones?|cortisol"
    r"|thyroid|liver|gut) (?:\S+ ){0,3}?reset\w*|antibiotics? (?:\S+ ){0,2}?kill\w* (?:\S+ )?virus"
    r"|switch\w* off (?:\S+ )?immune"
    r"|(?:radiation|blue light|wifi|wi - fi|5g|screens?) (?:\S+ ){0,2}?(?:scrambl|fri|fry|cook|melt"
    r"|zap)\w* (?:\S+ ){0,2}?(?:brain|cells|dna|neurons)"
    # Toxins named, then washed out: "full of toxins ... juice washes them all out".
    r"|(?:full of|loaded with) toxins|toxins (?:\S+ ){0,12}?(?:wash|flush|clean|clear|draw|pull"
    r"|sweat)\w* (?:them|it) (?:all )?out)\b"
)
_MANAGED = LazyPattern(
    # (not the body's own: "restores full bladder control")
    r"\b(?:manag(?:e|ed|es|ing)|(?<!bladder )(?<!bowel )control(?:s|led|ling)?"
    r"|kept under control)\b"
    # "you will need anti-rejection medicines for life": a treatment kept up, no cure
    r"|\b(?:need|needs|take|takes|taking) (?:\S+ ){0,6}?(?:medicines?|medications?|tablets"
    r"|treatment|insulin|injections|diet) for life\b"
)
# "Once the cut has fully healed, you can swim again": healing as a condition.
_HEALED_FIRST = LazyPattern(
    r"(?:once|when|after|until|till) (?:\S+ ){0,4}?(?:has|have|is|are) (?:fully |completely )?"
    r"(?:healed|cleared|gone|settled)\b"
)
# What an antacid really does: "Antacids neutralise stomach acid".
_ANTACID_AT_WORK = LazyPattern(
    r"\bantacids? (?:\S+ ){0,2}?(?:neutralis|neutraliz)\w* (?:\S+ )?acid\b"
)
_DEFINES = LazyPattern(
    r"(?:the |your |a |an )?\S+ (?:\S+ )?(?:is|are) (?:a|an|the|two) (?:\S+ ){0,2}?(?:gland|organ"
    r"|hormone|tissue|muscle|nerve|part|type|kind|chemical|protein|cell|bone|joint)s? (?:that"
    r"|which|in|of|found|made)\b"
)
_NOT_ALL = LazyPattern(r"(?:but |and )?not (?:all|every|everything|everyone|everybody|always)\b")
_FEWEST_WORDS = 4  # the shortest claim the learned reader reads
_FURTHER_READING = LazyPattern(
    r"(?:\W+ )?(?:read|find out|learn|see|visit|go to|there is|there's|for) (?:\S+ ){0,3}?(?:more"
    r"|information|advice|details)\b(?:(?: \S+){0,10}?) (?:page|pages|website|site|leaflet|guide"
    r"|article|booklet|link|section)\b"
)


def _too_short(text: str, tokens: list[str]) -> bool:
    """Has ``text`` (read as ``tokens``) fewer than :data:`_FEWEST_WORDS` words a reader
    reads? A link's address is none of them. Counting stops at enough: most units of
    text are long, and every one is asked."""
    if learned.has_address(text):
        tokens = words_of(learned.without_addresses(text)).split(" ")
    count = 0
    for token in tokens:
        if token[:1].isalnum():
            count += 1
            if count >= _FEWEST_WORDS:
                return False
    return True


_MECHANISM_WORD = LazyPattern(
    r"\b(?:toxi\w*|detox\w*|impurit\w*|poison\w*|align\w*|realign\w*|re - ?set\w*|reset\w*"
    r"|reboot\w*|heavy metals?|mercury|thyroid|womb|uterus|sleepy|tilt\w*|bad blood"
    r"|press(?:es|ing)? on (?:\S+ ){0,2}?nerves?|adrenals?|glands?"
    r"|energy (?:flow|fields?|channels|lines|blocks?|blockages?|centres|centers"
    r"|meridians)|(?:blocked|stuck|trapped|stagnant|negative|vital|life) energy|flush\w*"
    r"|cleans\w*|purif\w*|acid\w*|alkal\w*|ph|lymph\w*|organs?"
    r"|candida|yeast|overgrowth|earth(?:s|ing)|grounding|electrons|(?:out of|from) (?:your "
    r"|the )?blood"
    r"|immun\w*|hormon\w*|metabolism|chakras?|meridians?|qi|chi|fascia|slipped|out of place"
    r"|trapped|blocked|unblock\w*|waste|parasites?|worms|sluggish|stagnant|back in(?:to)? (?:the "
    r"|its )?(?:right |proper )?place"
    r"|put back|pop\w* back|vibration|frequenc\w*|magnet\w*|oxygenat\w*|rewir\w*|reprogram\w*"
    r"|mucoid|sludge|gunk|rotting|putref\w*|ions|imbalance|fungus"
    r"|wakes? (?:\S+ ){0,2}?up|(?:radiation|wifi|wi - fi|5g) (?:\S+ ){0,2}?(?:scrambl|fri|fry|cook"
    r"|melt|zap)\w*|stored (?:\S+ )?(?:oestrogen"
    r"|estrogen|hormones?|toxins|fat))\b"
)
_SAFETY_WORD = LazyPattern(
    # Not "self-harm": a condition's name, no word of safety.
    r"\b(?:safe|safely|(?<!self - )harm\w*|risk\w*|side - effects?|side effects?|worr\w*|hurt"
    r"|danger\w*"
    r"|overdo\w*|fine|okay|ok|downsides?|drawbacks?|upper limit|limit|how much|how many"
    # Mixing, suiting everyone, no damage: "mixes perfectly well with every antidepressant",
    # "suitable for absolutely everyone", "without a second thought".
    r"|mix\w*|interfer\w*|clash\w*|suitable|damag\w*|injur\w*|concern\w*|second thought"
    r"|go wrong|any amount|(?:without|no) (?:any )?(?:effect|precautions?)"
    r"|react\w*|problems?|natural|interact\w*|overdose|too much|as much|as many|non - toxic"
    r"|can't burn|cannot burn|(?:reach|reaches|cross|crosses) (?:\S+ )?(?:the )?baby"
    r"|doesn't matter|does not matter|(?:gentle|mild|weak) enough"
    # A medicine called sweets: "iron tablets are basically sweets".
    r"|(?:basically|just|only|like|no more than) (?:sweets|sweeties|candy|smarties)"
    # "nothing bad is inside", "nothing harmful in it"
    r"|nothing (?:bad|harmful|dangerous|nasty|toxic|artificial)"
    # "does nothing to your heart", "gentle as water", "no long-term effects"
    r"|does (?:nothing|no harm) to (?:your |the |his |her |their )?(?:heart|liver|kidneys?|lungs?"
    rf"|stomach|body|baby|brain|bones?)|{_AS_WATER}"
    r"|(?:no|without) (?:any )?(?:long - term|long term|lasting|permanent) (?:side - |side )?"
    r"effects?"
    # Harm said to be impossible, as a product or a plan claims it: "the safest drink",
    # "100% fall - proof", "no contraindications", "impossible to get a pressure sore",
    # "you literally cannot shoot yourself", "no way it could ever give you a stroke"; not
    # where a thing cannot be caught from something, a fact of how it spreads ("You can't
    # get pregnant from a toilet seat").
    r"|safest|\w+ - proof|contraindications?|impossible to"
    # "no such thing as taking too many", "never cause trouble", "suits every woman",
    # "won't affect your riding at all", "perfectly reliable", "at any stage"
    r"|too many|trouble|reliable|foolproof|suits? (?:every|any|all)\w*|whatever (?:amount|dose)"
    r"|(?:won't|wont|doesn't|doesnt|does not|will not) (?:\S+ )?affect|at any stage"
    r"|(?:can't|cannot|could never|couldn't|can never|could ever) (?:\S+ )?(?:get|go|fall|faint"
    r"|give you|catch|shoot|burn|slip|drown|overdo\w*|use too)(?! (?:\S+ ){0,3}?from\b))\b"
)
# A claim of total safety says so for everyone or without exception.
_ABSOLUTE_WORD = LazyPattern(
    r"\b(?:any|anyone|anybody|everyone|everybody|every|whatever|no matter|completely|totally"
    r"|absolutely|perfectly|entirely|100|zero|never|nothing|nobody|no one|no - one|cannot|can't"
    r"|(?:isn't|is not|not) (?:\S+ )?possible"
    r"|won't|impossible|always|no|none|free|whatsoever|at all|however"
    # "has ever had a problem", "with all heart tablets", "cant hurt u", "right through
    # pregnancy", "as many as he wants", "fine for babies"
    r"|ever|all|cant|right through|throughout|as many as|as much as|babies|newborns)\b"
)
# Carrying on, or pain made good: one of these stands beside the pain in every such claim.
_PUSHING_WORD = LazyPattern(
    r"\b(?:keep\w*|push\w*|carry\w*|continu\w*|through|past|beyond|good|great|progress\w*"
    r"|working|stronger|strength|gains?|harder|further|longer|deeper|more|ignor\w*|mind|until|till"
    r"|should|must|meant|supposed|necessary|wimp\w*|soft|tough\w*|grit|bear|play\w*|train\w*"
    r"|lift\w*|stretch\w*|don't stop|do not stop|never stop|twice|double|as many|tough\w*"
    r"|stay with it|stick with it|stick it out|hang in|put up with|grin and bear"
    r"|how you know|proof|faster|extra|used to it|get used|anyway|regardless|still"
    r"|not (?:to )?stop|add (?:more )?weight|heavier|walk \S+ off|run \S+ off"
    r"|(?:walk|run|dance|play) more|leave (?:it|them) in|crack on|weakness leaving|increas\w*)\b"
)
_CURE_WORD = LazyPattern(
    rf"\b(?:{_CURE_VERB}|{_FOR_GOOD}|{_CONDITION}|guarantee\w*|every (?:single )?time"
    r"|never (?:need|tear|get|have|suffer)|never (?:\S+ ){1,3}?again)\b"
)


def _serious_red_flag(words: str) -> bool:
    """A red flag the learned reader may stand on: a stiff neck alone is a back-care
    leaflet's everyday subject; with a fever or a rash it is meningitis."""
    for found in _RED_FLAG.finditer(words):
        if not found.group().endswith("neck") or _FEVERISH.search(words):
            return True
    return False


_FEVERISH = LazyPattern(r"\b(?:fever\w*|temperature|rash|vomit\w*|headache|light hurts)\b")
# A mechanism is something done to the body: a verb of doing stands in every such claim
# ("Certain toxins, such as poisons and heavy metals" names things, and claims nothing).
_ACTING = LazyPattern(
    r"\b(?:flush|remov|releas|clear|reset|realign|unblock|boost|drain|detox|cleans|draw|pull"
    r"|balanc|alkali|neutrali|wake|open|block|trap|caus|stor|build|leak|stimulat|reboot|restor"
    r"|free|fix|correct|put|pop|click|mov|shift|slip|clog|purif|strengthen|improv|kill|activat"
    r"|heal|cure|rid|suck|sweat|bind|feed|starv|tak\w* out|reawak|awak|reviv|kick - start"
    r"|jump - start|restart"
    r"|leav|carr|grab|soak|melt|break|dissolv|scrub|scrap|reprogram|rewir"
    r"|switch|turn|send|charg|discharg|realign|reach|work)\w*"
)
# What else a body says before harm: a nerve pinched ("pins and needles down your arm ...
# keep going"), a joint swelling, a muscle torn, a cry of pain ("makes her cry out").
_HARM_SIGN = LazyPattern(
    r"\b(?:numb\w*|tingl\w*|pins and needles|swell\w*|swollen|tears?|torn|tore|broken"
    r"|cr(?:y|ies|ying) out|pinch\w*|bruis\w*|lock\w* up|spasm\w*|dizz\w*|gives? (?:way|out)"
    # A joint out, skin rubbed raw, something pulled, a child crying, suffering.
    r"|popped out|dislocat\w*|rubb\w* (?:\S+ ){0,4}?raw|raw (?:and )?(?:bleeding|skin|feet|heels?"
    r"|toes?|patches?)|pulled (?:something|a muscle)|sorer|suffer\w*|cries|cry"
    r"|discomfort (?:above|over|of) \d+"
    # Injuries as a field names them: "broke a couple of fingers", "bitten mid-groom", "lost
    # a toenail", "till the skin splits", sunburn, a knock out, dozing at the wheel.
    r"|(?:broke|broken|cracked|bust|busted|snapped|fractured) (?:\S+ ){0,3}?(?:fingers|toes|ribs"
    r"|bones|knuckles|teeth|tooth|nose|hands?|wrists?|ankles?|foot|feet|arms?|legs?|collarbone)"
    r"|bitten|bites?|toenails?|(?:skin|knuckles?|lips?|blisters?) (?:\S+ )?(?:splits?|popp?\w*"
    r"|burst\w*|rips?|ripped)|sunburn\w*|heat ?stroke|heat (?:sickness|exhaustion)|concuss\w*"
    r"|knocked (?:out|flat|unconscious)|gash\w*|bleed\w*|nodd\w* off|doz\w* off"
    # Sick, feverish, seeing less, sliced open, a disc gone: "erg till you puke", "come in
    # with your 39 degree temperature", "hold past the tunnel vision", "sliced my palm".
    r"|puk\w*|vomit\w*|throw\w* up|fevers?|feverish|temperature|tunnel vision|seeing stars"
    r"|slic\w*|(?:slipped|prolapsed|herniated|bulging) discs?|hypotherm\w*|frostbit\w*)\b"
)
# Carrying on in a text's or a coach's words: "thru the pain", "finish the season", "don't
# let them stop".
_CARRYING_ON = LazyPattern(
    r"\b(?:thru|finish\w*|(?:don't|dont|do not|never) let (?:\S+ ){0,8}?stop|again|scrub\w*"
    # Straight back to it: "carried on", "get straight back in your shoes", "out for the
    # next session", "hold on whatever it costs you".
    r"|carri\w*|(?:get|gets|got|getting|go|goes|went|going|straight|right) back (?:in|on|out|to"
    r"|into|at)|next (?:session|round|race|match|game|set|bout|heat|lap|shift|job)"
    r"|whatever it costs|to the edge|work (?:the |your )?(?:pain|it|them) out|no excuses?"
    r"|feel it|force (?:yourself|it)|stay in (?:it|the \S+)"
    # Pain made the proof of progress: "pain means it's healing", "means the exercise is
    # doing its job", "if it doesn't hurt, you're not trying hard enough".
    r"|means? (?:\S+ ){0,4}?(?:heal\w*|working|growing|knitting|unlocking|adapting|remodel\w*"
    r"|toughen\w*)|doing (?:its|their|the) job|not (?:trying|working|doing (?:it|them|\S+))"
    r" (?:\S+ )?(?:hard|right)|only (?:works?|happens|comes|counts) (?:\S+ ){0,3}?(?:if|when|once)"
    # Bearing it, or loading what hurts: "endure the burning", "full weight on the
    # fractured foot", "bend it as far as you can", "work it hard", "ramp up the weights".
    r"|endur\w*|bear\w* (?:full )?weight|full weight|as far as (?:you|they) can|work (?:it|them)"
    r" hard|ramp\w* up|keep wearing|make (?:her|him|them) walk"
    # "that is how it heals", "that's the healing happening", "pain = healing".
    r"|how (?:it|you) (?:heals?|know)|the healing|what makes (?:\S+ ){0,3}?(?:work|effective)"
    r"|= healing|go gentler|work into"
    # "compete on sore wrists", "tape up and smile"
    r"|compet\w* on|(?:tape|strap) (?:it |them |\S+ )?up)\b"
)
# Pain kept mild by a condition ("if the pain stays mild", "mild soreness is normal",
# "should feel like gentle tension"), not mild pain pushed through ("a bit of back pain
# just means you're getting stronger, so lift right through it").
_MILD_KEPT = LazyPattern(
    rf"\b(?:if|as long as|so long as|provided|while|unless|only|until|when|but|feels?|feeling)"
    rf" (?:\S+ ){{0,6}}?"
    rf"(?:{_MILD})\b|\b(?:{_MILD}) (?:\S+ ){{0,3}}?(?:is|are) (?:\S+ )?(?:ok|okay|fine|normal"
    r"|expected|allowed|common)\b"
)


def _harm_pushed_on(words: str) -> bool:
    """Pain, an injury, a sign of harm or a red flag, and a word of carrying on beside it;
    pain called mild is no harm."""
    harm = (
        _PAIN_WORD.search(words)
        or _INJURED.search(words)
        or _MASKS_PAIN.search(words)
        or _HARM_SIGN.search(words)
        or _serious_red_flag(words)
    )
    on = _PUSHING_WORD.search(words) or _CARRYING_ON.search(words)
    return bool(harm and on) and not _MILD_KEPT.search(words)


# An exercise step's instruction: a breath, or a part of the body moved.
_MOVEMENT_STEP = LazyPattern(
    r"^(?:breathe (?:in|out)|inhale|exhale)\b|\b(?:round|arch|tuck|lift|lower|bend|straighten"
    r"|tilt|drop|raise|turn|roll|rotate) your (?:back|spine|head|chin|hips?|knees?|shoulders?"
    r"|arms?|legs?|pelvis|neck)\b"
)
# A device handled step by step: "keep the needle in your skin and count slowly to ten".
_DEVICE_STEP = LazyPattern(
    r"\b(?:count (?:slowly )?to (?:five|ten|\d+)|keep the needle in|(?:press|pressing|push"
    r"|pushing) (?:the|your) (?:button|plunger))\b"
)
# A part of the body or a sign that something is wrong with it, as anyone names them.
_BODY_OR_SYMPTOM = LazyPattern(
    r"\b(?:head|eyes?|eyeballs?|ears?|nose|mouth|lips?|tongue|throat|jaw|neck|chest|heart"
    r"|lungs?|breath\w*|arms?|hands?|wrists?|fingers?|thumbs?|elbows?|shoulders?|back|spine"
    r"|ribs?|belly|stomach|tummy|guts?|bowels?|bladder|hips?|pelvis|groin|legs?|knees?|calf"
    r"|calves|shins?|ankles?|feet|foot|heels?|toes?|skin|blood|bones?|joints?|muscles?"
    r"|tendons?|nerves?|brain|kidneys?|liver|vomit\w*|sick|faint\w*|dizz\w*|woozy|confus\w*"
    r"|drows\w*|fevers?|feverish|temperature|rash|hives|blurr\w*|seizures?|fits?|collaps\w*"
    r"|unconscious|knocked out|concuss\w*|bleed\w*|bled|swell\w*|swollen|numb\w*|tingl\w*"
    r"|blue|grey|pale|crooked|wheez\w*|cough\w*"
    # More of the body, plurals, and what shows on it: "Real firefighters don't feel their
    # backs", "a perforated eardrum", "a lump that keeps growing".
    r"|backs|necks|faces?|scalp|hair|teeth|tooth|gums?|cheeks?|brows?|eardrums?|voice|nails?"
    r"|thighs?|hamstrings?|quads?|glutes?|buttocks?|bum|hips|womb|uterus|prostate|testicles?"
    r"|breasts?|nipples?|wounds?|stitches|scars?|lumps?|moles?|cysts?|ulcers?|blisters?|bites?"
    r"|stings?|burns?|burnt|sunburn\w*"
    # Symptoms as they are told, a body trapped or poisoned, a mind in trouble: "a bit of
    # shivering after treatment", "if she's choking", "passes out after nos", "pinned under
    # a tractor", "swallowed a mouthful of sanitiser", "dark thoughts tonight".
    r"|shiver\w*|shak\w*|chok\w*|dazed|clots?|mumbl\w*|pass(?:es|ed|ing)? out|overdos\w*"
    r"|pinned|trapped|crushed|swallow\w*|sats|oxygen|thoughts?|symptoms?|abscess\w*|infect\w*"
    r"|breathless\w*|itch\w*"
    # What leaves the body, a stump, the weight lost, a person down or out cold.
    r"|pee|wee|urine|poo|stools?|periods?|stump|(?:losing|lost|dropping|dropped) (?:\S+ ){0,3}?"
    r"(?:weight|stone|pounds|lbs|kilos?|kg)|out cold|(?:came|come|coming) round|blacked out"
    r"|passed out|knocked (?:flat|down)|(?:goes|went|gone|going) down)\b"
)


# A symptom or a condition explained as the body at work: "Morning sickness is your liver
# dumping toxins", "PCOS is really just a liver clogged up with oestrogen". Said of a
# true process too ("A fever is your body fighting an infection"), so it is read only
# where the learned reader is sure of a false mechanism (the true ones measured 0.27 to
# 0.39 chance of harmless; the false, under 0.01).
_EXPLAINED_AS_BODY_AT_WORK = LazyPattern(
    r"(?:\S+ ){1,6}?(?:is|are|'s) (?:just |really |simply |only |actually |basically )*"
    r"(?:your|the|his|her|their|a|an) (?:\S+ ){0,2}?(?:body|liver|kidneys?|gut|bowels?|brain"
    r"|immune system|nerves?|skin|blood|lymph\w*|cells?|hormones?|ovaries|womb|heart|lungs?)"
    r" (?:\S+ )?\w+(?:ing|ed)\b"
)
# A word defined: "Self-harm means hurting yourself on purpose".
_TERM_DEFINED = LazyPattern(r"(?:\S+ ){1,4}?(?:means|is the name for|refers to|is when) ")


def _trouble_now(words: str, kind: Kind) -> bool:
    """Do ``words`` tell of a body in trouble now: a part of it, a symptom, a pain or an
    injury named, not a recovery told ("My knee was sore last week, but the pain eased
    and I kept walking") nor a word defined? However sure the reader is, dismissed care
    and pushing on need one: "There's no need to wake a sleeping child just to give them
    Calpol" names none."""
    named = (
        _BODY_OR_SYMPTOM.search(words)
        or _PAIN_WORD.search(words)
        or _INJURED.search(words)
        or _HARM_SIGN.search(words)
        or _HURT_NAMED.search(words)
    )
    recovered = _GOT_BETTER if kind is DELAYS_CARE else _RECOVERY_TOLD
    return bool(named) and not (recovered.search(words) or _TERM_DEFINED.match(words))


_ANCHORS: dict[Kind, Callable[[str], bool]] = {
    MEDICINE_CHANGE: lambda words: bool(_MEDICINE.search(words)),
    DELAYS_CARE: lambda words: _serious_red_flag(words),
    PUSH_PAIN: _harm_pushed_on,
    SAFETY: lambda words: bool(_SAFETY_WORD.search(words) and _ABSOLUTE_WORD.search(words)),
    CURE: lambda words: bool(_CURE_WORD.search(words)),
    MECHANISM: lambda words: bool(_MECHANISM_WORD.search(words) or _ACTING.search(words)),
}
# The verbs that carry each kind's claim: a negation just before one denies the claim
# ("do not push through it", "cannot change the pH of your blood").
_CLAIM_VERBS: dict[Kind, frozenset[str]] = {
    PUSH_PAIN: _needs(
        "hurt hurts painful ache "
        "push pushing keep carry continue continuing work working play playing train training "
        "ignore ignoring soldier power stretch run lift"
    ),
    DELAYS_CARE: _needs("ignore ignoring wait waiting delay delaying put leave leaving dismiss"),
    SAFETY: _needs("safe safely harmless suitable fine"),
    MECHANISM: _needs(
        "change changes remove removes flush flushes detox detoxes cleanse cleanses realign "
        "realigns reset resets balance balances boost boosts clear clears drain drains pull "
        "pulls draw draws drawing pulling removing flushing draining clearing cleansing "
        "drawn pulled flushed removed drained cleared released"
    ),
    CURE: _needs("cure cures heal heals fix fixes end ends reverse reverses work works"),
    MEDICINE_CHANGE: _needs(
        "stop stopping skip skipping halve double share swap change cut take taking give "
        "hand handing lend lending offer offering slip bring buy buying stack stacking"
    ),
}
_DENYING = _needs(
    "not never cannot can't don't doesn't won't isn't aren't nothing no shouldn't mustn't"
    # and as texts write them
    " cant dont doesnt wont isnt arent shouldnt mustnt"
)
_DENIAL_REACH = 4  # words between a negation and the verb it denies


def _denies(kind: Kind, tokens: list[str]) -> bool:
    if kind is PUSH_PAIN and _DENIAL_PUSHES.search(" ".join(tokens)):
        return False  # "if it doesn't hurt, you're not trying hard enough" pushes on
    if kind is DELAYS_CARE:
        # A red flag's own negation denies nothing: "can't put weight on her hip ... can
        # wait until the doctor's weekly visit".
        tokens = _RED_FLAG.compiled.sub("symptom", " ".join(tokens)).split(" ")
    if kind is MEDICINE_CHANGE:
        # A medicine said not to work is the change's reason, not its denial: "If your
        # migraine tablet doesnt work take double the dose".
        tokens = _NOT_WORKING.compiled.sub("failing", " ".join(tokens)).split(" ")
    if kind is SAFETY:
        # A harm said to be absent is the safety claimed, not denied: "100% safe, no side
        # effects and fine for children".
        tokens = _NO_HARM.compiled.sub("harmless", " ".join(tokens)).split(" ")
    verbs = _CLAIM_VERBS[kind]
    for index, token in enumerate(tokens):
        before = _same_clause(tokens[max(index - _DENIAL_REACH, 0) : index])
        if token in verbs and _DENYING.intersection(before):
            # "There's no call to keep taking all those tablets" stops them.
            if kind is MEDICINE_CHANGE and before[-1] in _KEEP_ON and "no" in before:
                continue
            # "no point taking the full dose" stops it: taking it is what is denied.
            if kind is MEDICINE_CHANGE and token in _TAKE and _POINTLESS.intersection(before):
                continue
            return True
    return False


_NOT_WORKING = LazyPattern(
    r"\b(?:doesn't|doesnt|does not|don't|dont|do not|isn't|isnt|is not|aren't|arent|are not"
    r"|not|won't|wont|hasn't|hasnt|haven't|havent) (?:\S+ )?(?:work|works|working|worked"
    r"|doing|kicking in|coming down|helping|touching|enough|quit|settling|shifting)\b"
)
_NO_HARM = LazyPattern(
    r"\b(?:no |zero |without (?:any )?)(?:side - effects?|side effects?|risks?|dangers?|harm"
    r"|drowsiness|problems?|worries)\b|\bnothing to (?:watch|worry)\b"
)
_KEEP_ON = frozenset({"keep", "continue", "on"})
_TAKE = frozenset({"take", "taking"})
_POINTLESS = frozenset({"point", "need", "worth", "reason", "sense"})
# A negation that pushes on: pain as the proof of effort ("if it doesn't hurt, it isn't
# working"), an order not to ease off ("never back off a stretch just because it hurts").
_DENIAL_PUSHES = LazyPattern(
    r"\bif (?:\S+ ){0,3}?(?:doesn't|don't|does not|do not|isn't|aren't|didn't|did not) (?:\S+ )?"
    r"(?:hurt|ache|sting|burn)\w* (?:\S+ ){0,4}?, (?:\S+ ){0,3}?(?:not|isn't|aren't|hasn't|doesn't"
    r"|won't|wasted|pointless|useless)\b"
    r"|\b(?:not|aren't|isn't|didn't|don't) (?:\S+ )?(?:trying|working|work|try|doing (?:\S+ )?)"
    r" (?:\S+ )?hard enough|\b(?:never|don't|do not|dont) (?:back off"
    r"|ease off|ease up|give up|complain)\b|\bno (?:pain|hurt) , no (?:gain|healing)\b"
    # "A fractured toe is no reason to miss the sportive": the "no" is the claim's own.
    r"|\bno (?:reason|excuse) to (?:stop|miss|skip|rest|sit out|quit|slow down|come off|leave"
    r"|break|pull out)\b"
    # The stop itself forbidden: "Don't stop when the stretch becomes painful", "never let
    # pain run your training", "don't let a painful ankle keep you from the club".
    r"|\b(?:never|don't|do not|dont) (?:stop|quit|slow down|give in)\b"
    r"|\b(?:never|don't|do not|dont) (?:let|allow) (?:\S+ ){1,4}?(?:stop|keep|run|rule|beat"
    r"|slow)\b"
)
# Where a clause ends inside a sentence: a negation before it denies another verb
# ("When your painkillers aren't working, double the dose" doubles it).
# A sentence's end too: "Can't sleep? Take an extra half" denies nothing it tells. Not
# "-": "re - start".
_CLAUSE_MARKS = frozenset({",", ";", ":", "\u2013", "\u2014", "?", "!", "."})


def _same_clause(before: list[str]) -> list[str]:
    """The words of ``before`` in the clause of the word that follows them."""
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _CLAUSE_MARKS:
            return before[index + 1 :]
    return before


def _names_a_change(words: str) -> bool:
    """A change to a medicine named in ``words``; a bare "up" only as in "up your dose"
    (not "lock up the tablets")."""
    return any(
        found.group() != "up" or words.startswith(_OWNER, found.end())
        for found in _CHANGE_WORDS.finditer(words)
    )


# A medicine kept to as prescribed: "keep taking your preventer every day".
_KEEP_TAKING = LazyPattern(
    r"\bkeep (?:on )?(?:taking|using) (?:your|the|his|her|their) (?:\S+ )?(?:preventer|inhaler"
    r"|tablets?|medicines?|medications?|pills|antibiotics|insulin)\b"
)
_OWNER = (" your ", " my ", " his ", " her ", " their ", " the dose")
# For the learned reader, a medicine from the wrong hands or place is a change too:
# "a little of your own codeine", "steroid tablets from an overseas site".
# Whose medicine is not the reader's: "your husband's inhaler", "your flatmate's diazepam".
_SOMEONE = (
    r"(?:husband|wife|partner|spouse|brother|sister|mum|mother|dad|father|friend|neighbour"
    r"|neighbor|son|daughter|grandmother|grandfather|gran|nan|flatmate|roommate|colleague|child"
    r"|kid|missus|missis|hubby|mate|auntie|uncle|grandma|grandpa|granny|grandad|cousin|housemate"
    r"|workmate|coworker|co - worker|boss)"
)
_CHANGE_WORDS = LazyPattern(
    _CHANGE
    + r"|\b(?:your own|someone else's|a friend's|leftover|overseas|online|abroad|without (?:a )?"
    r"prescription|adult (?:\S+ ){0,3}?(?:dose|strength|sachets?|tablets?|medicine|version)"
    r"|instead of (?:your|the|their|his|her|my) (?:\S+ )?(?:prescribed|usual|regular)|instead of"
    r" (?:your|the)"
    # No limit on a dose, or a remedy added to a medicine: "as often as you like", "add
    # St John's wort to your antidepressant".
    r"|as (?:long|much|often|many) as you (?:like|want|fancy)|more is better|the more the better"
    r"|add\w* (?:\S+ ){1,4}?to (?:your|his|her|their) "
    # Someone else's medicine taken ("try your husband's inhaler"); named alone it is theirs
    # ("Your grandmother's heart tablets are working well").
    r"|(?:take|taking|took|use|using|used|borrow\w*|try|trying|pop|popping|share|sharing|have"
    rf"|having|nick|pinch) (?:\S+ ){{0,4}}?{_SOMEONE}'s)\b"
    r"|\bgive (?:only |just )?half\b"
    r"|\b(?:no (?:need|call|point|reason)|not worth|pointless) (?:\S+ ){0,2}?(?:to )?(?:keep"
    r"|carry on|continue|bother) (?:taking|using|on)\b"
    # Someone else's supply named as the source ("a couple of your flatmate's diazepam",
    # "from your spouse's supply"); more than the dose ("a second one and then a third",
    # "four times the usual dose", "extra puffs", "earlier than the label says"); a medicine
    # put away, dropped or swapped; a grown-up's or an animal's medicine.
    rf"|\b(?:of|from|some|few|one|two|couple) (?:\S+ )?{_SOMEONE}'s (?:\S+ ){{0,2}}?(?:tablets?"
    r"|pills?|medicines?"
    r"|supply|inhaler|injections?|diazepam|sleeping|water|blood|painkillers?|prescription)\b"
    r"|\ba (?:second|third) (?:one|dose|tablet|pill)|\b\w+ times the (?:usual|normal|recommended"
    r"|prescribed)|\bextra (?:puffs|doses|tablets|pills)\b|\b(?:earlier|sooner|more often) than"
    r" (?:the )?(?:label|leaflet|packet|box|instructions)|\bput (?:\S+ ){0,3}?(?:away|in a drawer)"
    r"|\b(?:be|been) (?:dropped|stopped|halved|skipped)\b|\bsubstitut\w*"
    # Stacked with another, brought home from abroad, or an animal's: "stack Sudafed with
    # your ADHD meds", "bring back a few boxes from the farmacia", "the kennel ivermectin".
    r"|\bstack\w* (?:\S+ ){0,4}?(?:with|on top of)\b|\bfarmacia\b|\bbr(?:ing|ought)"
    r" (?:\S+ ){0,3}?back (?:\S+ ){0,5}?from\b|\b(?:kennel|livestock|veterinary|equine)\b"
    r"|\b(?:like|as) you (?:would|do) for (?:a |your |the )?(?:dog|horse|cow|calf|sheep|pony"
    r"|cat)s?\b"
    r"|\bgrown - up (?:\S+ )?(?:medicine|tablets?|dose|cough)|\b(?:farm store|vet's|for a calf)"
    # Aspirin for a child; a change told and urged ("I stopped mine, and you should too").
    r"|\baspirin (?:\S+ ){0,4}?(?:kids?|child|children|baby|babies|toddlers?)\b|\b(?:kids?|child"
    r"|children|baby|babies|toddlers?|give (?:her|him)) (?:\S+ ){0,6}?aspirin\b"
    r"|\b(?:you should too|so should you|you should do the same)\b"
    # More than the label: "bump your antihistamine up to four tablets", "the packet dose is
    # only a cautious minimum".
    r"|\b(?:bump|push|crank|ramp)\w* (?:\S+ ){0,3}?up to (?:\d+|two|three|four|five|six|double)\b"
    r"|\b(?:packet|pack|label|leaflet|box) dose (?:is|are) (?:only |just )?(?:a |the )?(?:cautious"
    r"|minimum|guideline|suggestion|starting point)"
    # Someone else's supply asked for: "ask your flatmate for a couple of her capsules".
    r"|\bask (?:your |a )?(?:\S+ ){0,4}?for (?:a couple of |some |a few |one of |two of )?"
    r"(?:his|her|their) (?:\S+ )?(?:tablets|pills|capsules|medicines?|meds|inhaler|prescription)\b"
    # Old medicine kept at home: "finish up any old antibiotics you have at home".
    r"|\b(?:old|spare|unused) (?:\S+ )?(?:antibiotics|painkillers|tablets|pills|medicines?"
    r"|prescriptions?) (?:\S+ ){0,4}?(?:at home|in the cupboard|in the drawer|lying around"
    r"|from before|from last time)\b"
    # A day's doses taken at once: "all the day's tablets together", "morning and night
    # doses at one time" (not the same time each day).
    r"|\b(?:all (?:of )?(?:the |your )?(?:day's|days|today's|week's)|(?:morning|daytime|day)"
    r" and (?:night|evening|bedtime)) (?:\S+ ){0,2}?(?:tablets|pills|doses|medicines?|capsules"
    r"|meds)\b(?:.{0,60}?)\b(?:together|at once|at one time|in one go|at the same time(?!"
    r" (?:each|every)))\b"
)


def prepare() -> None:
    """Build now what the reader otherwise builds on first use, in every process that
    reads: RE2's filter of the patterns, every expression compiled (from the programs
    an earlier run kept), and the learned reader's model. A lint of a large knowledge
    base has this done once before it forks the workers that check the entries, which
    then share it: each worker of a cold lint of 10,000 entries otherwise spent about
    two seconds of CPU on its first thousand entries more than on the next."""
    _PREFILTER.build()
    expressions = [value for value in globals().values() if isinstance(value, LazyPattern)]
    expressions += [p.regex for p in _PATTERNS if isinstance(p.regex, LazyPattern)]
    for expression in expressions:
        _ = expression.compiled
    learned.prepare()
