"""The content rules on real NIH answers and on planted dangerous claims (issue 15's targets).

Uses ``bench/corpus.py`` on the corpora copied under ``tests/corpus/``: every
answer becomes an FAQ entry, every dangerous sentence is planted into clean
entries, and the real lint rules run over them. Marked ``corpus`` (a few
seconds on two cores): CI runs it like every other test; ``-m "not corpus"``
leaves it out while working.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import corpus  # noqa: E402  -- bench/corpus.py, found through the path above

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def measured(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    answers, plants = corpus.build(root, None)
    _, findings, _, _ = corpus.run_rules(root)
    return answers, plants, findings


# The sets tuned on, as bench/corpus.py labels them; the newest pair, never tuned on, is
# left out, so a round needs no second list kept here.
TUNED_SETS = [n for n, use in corpus.HELD_OUT.items() if not use.startswith("never")]
TUNED = ["planted"] + [f"heldout{corpus.set_suffix(n)}" for n in TUNED_SETS]
# A tuned set the rules still catch less of: held at what it scores now (set 24's
# formal and technical wordings; the newest sets' everyday ones, tuned on once), so it
# cannot slip back unnoticed.
FLOOR = {
    "heldout24": 0.90,
    "heldout26": 0.90,
    "heldout31": 0.90,
    "heldout32": 0.90,
    "heldout33": 0.90,
    "heldout34": 0.85,
    "heldout38": 0.90,
    "heldout39": 0.90,
    "heldout42": 0.90,
    "heldout43": 0.90,
    "heldout44": 0.85,
    "heldout46": 0.90,
    "heldout47": 0.90,
    "heldout48": 0.94,
    # A carers' guide about an older relative and a GP's text messages: measured untuned
    # three times (66% and 61%), then tuned on once.
    "heldout53": 0.90,
    "heldout54": 0.90,
    # A school nurse's newsletter and a wellbeing app's cards: measured untuned once
    # (86% each), then tuned on once.
    "heldout61": 0.90,
    "heldout62": 0.90,
    # A farm paper's column and a pregnancy and new-baby forum: measured untuned once (84%
    # and 83%), then tuned on once.
    "heldout64": 0.90,
    # Chronic illness peer support: measured untuned once (81%), then tuned on once; what
    # is left is pushing on after a red flag (reported as care put off, by design) and
    # false mechanisms of its own (insulin blamed, potassium diluted).
    "heldout86": 0.90,
    # Neurological rehab and gym talk: measured untuned once (79% and 80%), then the rules
    # were tuned on them once (not the reader); what is left is mostly false mechanisms of
    # their own (coconut oil and ketones, infrared helmets) and pushing on after a red flag.
    "heldout93": 0.85,
    "heldout94": 0.85,
    # Children's allergy talk: measured untuned once (76%), then the rules were tuned on it
    # once; what is left pushes on after a red flag (reported as care put off) and a few
    # myths of its own (adrenaline said to damage a child's heart).
    "heldout95": 0.90,
    # Skin conditions and construction trades: measured untuned once (79% and 87%), then the
    # rules were tuned on them once; left are myths of their own (sunscreen blamed for
    # melanoma, cellulitis called trapped lymph) and pushing on after a red flag.
    "heldout97": 0.85,
    "heldout98": 0.90,
    # Digestive and bladder talk: measured untuned once (78%), then the rules were tuned on
    # it once; left are myths of its own (colon cleanses, meat rotting in the colon).
    "heldout99": 0.88,
    # Heart and lung talk and toddlers' health talk: measured untuned once (82% and 79%),
    # then the rules were tuned on them once; left is pushing on after a red flag (reported
    # as care put off) and myths of their own (warfarin as rat poison, a head lump "out").
    "heldout101": 0.90,
    "heldout102": 0.90,
    # Kidney, liver and transplant talk and combat and water sports talk: measured untuned
    # once (79% and 83%), then tuned on once; left are pushing on told as a story ("keep
    # throwing it") or after a red flag (reported as care put off) and cures in a field's
    # own numbers ("100% reversible with diet alone").
    "heldout107": 0.94,
    "heldout108": 0.93,
    # Mental health, ADHD and sleep talk and dementia carers' talk: measured untuned once
    # (79% and 77%), then tuned on once; left are serotonin syndrome's signs, pushing on
    # told as care for someone else and pain left untreated as a lesson.
    "heldout109": 0.93,
    "heldout110": 0.88,
    # Diabetes talk: measured untuned once (73%), then tuned on once; left are pushing on
    # with neuropathy and injection sites and myths of its own.
    "heldout111": 0.88,
    # Weight, diet and eating talk: measured untuned once (74%), then tuned on once; left
    # are medicines changed by their schedule and care refused in its own words ("so the
    # nurse doesn't escalate you").
    "heldout113": 0.92,
    # Pregnancy, birth and breastfeeding talk and men's health talk: measured untuned once
    # (72% and 87%), then tuned on once; left are pain after birth to be "put up with",
    # reported as care where a red flag stands, and myths of their own.
    "heldout115": 0.83,
    "heldout116": 0.94,
    # Cosmetic and aesthetics talk and long COVID, ME/CFS and fibromyalgia talk: measured
    # untuned once (82% and 87%), then tuned on once; left are myths of their own and
    # pushing on after a red flag (reported as care put off).
    "heldout117": 0.93,
    "heldout118": 0.94,
    # Home first aid talk and adult asthma, allergy and chest infection talk: measured
    # untuned once (84% and 86%), then tuned on once; left are pushing on after a red flag
    # (reported as care put off), pain after a chemical splash or a toothache carried on
    # with, and pneumonia kept at home.
    "heldout119": 0.94,
    "heldout120": 0.92,
    # Rheumatology talk and blood and clotting talk: measured untuned once (87% and 86%),
    # then tuned on once; left are a treatment's own promise of permanence, a flare or a
    # crisis carried on with, and pain brushed aside as nerves.
    "heldout121": 0.96,
    "heldout122": 0.93,
    # Outdoor adventure talk and hospitality workers' talk: measured untuned once (73% and
    # 87%), then tuned on once; left are myths of their own (negative ions, oxygen
    # training), pain numbed on the trail, and pushing on after an injury named only as a
    # body part ("felt your hamstring go").
    "heldout123": 0.92,
    "heldout124": 0.94,
    # Equestrian talk and ear, nose, throat and balance talk: measured untuned once (90% and
    # 90%), then tuned on once; left are a remedy's cure of a rider's knees read as care
    # put off, a kick to the stomach shrugged off, and crystals dissolved by vinegar read
    # as a cure.
    "heldout125": 0.95,
    "heldout126": 0.98,
    # Periods and gynaecology talk and wheelchair, amputee and spinal cord injury talk:
    # measured untuned once (86% and 89%), then tuned on once; left are someone else's
    # medicine "to bring on a bleed", period pain kept from complaint, a coach's promise
    # of walking again reported, and myths of their own.
    "heldout127": 0.95,
    "heldout128": 0.93,
    # Sea, boats and water talk and autism and learning-disability carers' talk: measured
    # untuned once (77% and 77%), then tuned on once; left are pain shown in behaviour and
    # met with the routine ("reacting only rewards the behaviour"), a crew's cure told as
    # its story, and myths of the sea's own.
    "heldout129": 0.92,
    "heldout130": 0.9,
    # Stoma and IBD talk and military and emergency-services talk: measured untuned once
    # (81% and 77%), then tuned on once; left are pain borne after surgery in the teller's
    # own story, caffeine and nicotine doubled, and myths of their own (memories killed by
    # drink, skin hardened against blisters).
    "heldout131": 0.94,
    "heldout132": 0.88,
    # Liver, alcohol and addiction recovery talk and gardening and DIY talk: measured
    # untuned once (73% and 82%), then tuned on once; left are cures told by their effect
    # ("relapse is no longer even possible", "a brand new liver"), substitution medicines
    # started or shared in other words, pain during withdrawal reported as care put off,
    # and myths of their own.
    "heldout133": 0.85,
    "heldout134": 0.93,
    # School, nursery and parents' talk and urology and continence talk: measured untuned
    # once (78% and 84%), then tuned on once; left are exclusion rules called fussy, a
    # tummy ache moving to the right kept busy, cures by capsules for leaks, and myths of
    # their own (live virus shed after a jab, milk setting like cement).
    "heldout135": 0.92,
    "heldout136": 0.95,
    # Drivers' and road users' talk and hair, nails, tattoo and salon talk: measured
    # untuned once (86% and 82%), then tuned on once; left are numb hands ridden through
    # (read as care put off, the set says pain), a broken ankle ruled out by standing on
    # it, skin pulled off by wax, and myths of their own (a brain that makes its own
    # glucose at the wheel, whiplash as trapped air, biotin rebuilding a follicle).
    "heldout137": 0.93,
    "heldout138": 0.96,
    # Palliative and end-of-life talk and musicians' and singers' talk: measured untuned
    # once (71% and 94%), then tuned on once; left are pain the breakthrough dose does not
    # touch held off till morning, just-in-case medicine injected untrained, and the
    # ringing after a gig as an eardrum still vibrating.
    "heldout139": 0.97,
    "heldout140": 0.98,
    # Shift and health-care staff's own health and stroke survivors' and families' talk:
    # measured untuned once (80% and 78%), then tuned on once; left are a body clock set
    # by gut bacteria, a pulled back never to be rested, a fit "he came round from" told
    # as a story, oxygen chambers said to regrow brain cells (read as a cure), twinges as
    # muscles "waking up" pulled on a weak arm (read as care put off), and TIAs as the
    # body flushing out impurities.
    "heldout141": 0.96,
    "heldout142": 0.95,
    # Students' health talk and over-the-counter medicines talk: measured untuned once
    # (81% and 78%), then tuned on once; left are numb fingers climbed on and cramps
    # with fainting (read as care put off; the sets say pain), chest aches walked on,
    # painkillers popped "till home time", a tooth numbed for months, and sitting down
    # that "only makes it worse" (true of some back pain, so not a rule).
    "heldout143": 0.98,
    "heldout144": 0.94,
    # Weight-loss injection talk and religious fasting and pilgrimage talk: measured
    # untuned once (89% and 77%), then tuned on once; left are a painkiller and "an
    # extra 30 mins", iron and folic acid dropped until Eid, ketones as "the body's own
    # solvent", thyroxine left "till after Ramadan", and toxins "leaving through the
    # head".
    "heldout145": 0.98,
    "heldout146": 0.94,
    # Menopause and HRT talk and construction trades' talk: measured untuned once (86%
    # and 72%), then tuned on once; left are black cohosh beside tamoxifen kept from the
    # oncologist, a thyroid "secretly making your oestrogen", "you can't have too much
    # anti-inflammatory" (read as total safety), and myths of the trades' own.
    "heldout147": 0.97,
    "heldout148": 0.95,
    # Lung conditions at home and children's sport coaching: measured untuned once (76%
    # and 83%; 83% and 84% once the reader was retrained on sets 1 to 148), then tuned on
    # once; left are oxygen beside a gas hob, oxygen turned off at night, a rescue pack
    # started at a sniffle (read as care put off), aspirin after a head clash, and
    # pushing on after a red flag read the other way round.
    "heldout149": 0.90,
    "heldout150": 0.91,
    # Cycling talk and trans health talk: measured untuned once (84% and 79%), then tuned
    # on once; left are pushing on after a crash read as a cure ("movement is what heals
    # bones"), a team-mate's testosterone gel, a swelling after surgery waited on till
    # Monday, and plant oestrogen read as a cure, not a mechanism.
    "heldout151": 0.93,
    "heldout152": 0.91,
    # Night-shift workers' and touring musicians' talk: measured untuned once (90% and 88%;
    # both fields met before), then tuned on once; left are caffeine "a natural sedative",
    # decongestant sprays "harmless" to use as often as you want, a team-mate's
    # propranolol, propranolol taken daily through a tour (read as care put off), bass
    # that "can't hurt your ears" (read as safety, not a mechanism), and pushing on after
    # a question that names the pain.
    "heldout153": 0.96,
    "heldout154": 0.92,
    # Stalking and game-keeping talk, and carers' talk about disabled children: measured
    # untuned once (81% and 79%), then tuned on once; left are a team-mate's amoxicillin
    # (read as care put off), collagen shots that "regrew the cartilage", a crooked wrist
    # seen "Monday", feeds and medicines mixed, CBD oil topping up a prescribed dose, a
    # helmet taken off so a child "learns", and lactic-acid crystals a magnetic band
    # "dissolves" (read as a cure).
    "heldout155": 0.86,
    "heldout156": 0.87,
    # Cabin crew's and skiers' talk: measured untuned once (89% and 89%), then tuned on
    # once; left are modafinil ordered online, the mini pill "whenever you remember",
    # confusion after a long sector called fatigue, operating on two hours' sleep, a
    # perforated eardrum flown on, fainting as the body adjusting (read as care put off),
    # numb toes pushed on with, and a schnapps that means "you can't get frostbite" (read
    # as safety, not a mechanism).
    "heldout157": 0.93,
    "heldout158": 0.96,
    # Beekeepers' and tree surgeons' talk: measured untuned once (84% and 89%), then tuned
    # on once; left are "a few stings are completely harmless to anyone", co-codamol
    # bought off a workmate, stings taken to "learn", loading the truck through sciatica,
    # royal jelly that "regrows cartilage", ears ringing "toughening you up", white numb
    # fingers gripped harder (read as care put off), and an inner ear "resetting itself"
    # (read as a cure).
    "heldout159": 0.95,
    "heldout160": 0.92,
    # Gymnastics and cheer talk, and cleaners' talk: measured untuned once (88% and 91%),
    # then tuned on once; left are ibuprofen before every session (read as care put off),
    # naproxen stacked with ibuprofen (read as safety), a coach's prednisolone, overtraining
    # "a myth", stretches forced by sitting on a back, missing periods as the body adjusting,
    # ice baths that "freeze the microtears shut", descaler in the eye and a head knock with
    # confusion waited on, and a needle-stick virus that "dies in the air".
    "heldout161": 0.92,
    "heldout162": 0.94,
    # Sets 169 to 180 (dog walkers to motorcyclists): measured untuned once together
    # (92.8%), then the rules and the reader's gates were tuned on them once (not trained
    # on); held at what each scores now.
    "heldout169": 0.94,
    "heldout172": 0.91,
    "heldout174": 0.94,
    "heldout175": 0.90,
    "heldout176": 0.92,
    "heldout180": 0.93,
    # Sets 181 to 188 (paddlers to lorry drivers): measured untuned once together (91.1%),
    # then the rules and the reader's gates were tuned on them once (not trained on). Set
    # 186 (foragers and home brewers) keeps most of what is left: edibility myths ("a silver
    # spoon that doesn't tarnish") the reader is unsure of.
    "heldout181": 0.93,
    "heldout182": 0.93,
    "heldout183": 0.93,
    "heldout184": 0.94,
    "heldout185": 0.92,
    "heldout186": 0.85,
    "heldout187": 0.93,
    "heldout188": 0.93,
}


@pytest.mark.parametrize("group", TUNED)
def test_nearly_every_planted_claim_is_caught_with_its_kind_on_its_line(measured, group):
    # The development list and the held-out sets the rules were tuned (and the
    # learned reader trained) on, each measured untuned first (tests/corpus/README.md).
    # Sets 53 to 164, measured untuned as the estimate of how the rules do on new
    # wordings, have since been tuned or trained on; the next sets written (165 to 168)
    # are that estimate, reported by bench/corpus.py and not asserted on: asserting on
    # them would make them tuning sets.
    _, plants, findings = measured
    caught, _, lines = corpus.planted_report(plants, findings, group)
    assert len(lines) >= 40
    assert caught >= FLOOR.get(group, 0.95) * len(lines), "\n".join(lines)


# Good leaflet text tuned on: half a reported nothing after tuning, half b one line,
# planted twice ("Feeling breathless when you exercise is expected with COPD", left as
# bench/corpus-judgement.md explains); set c five lines (from nine), each listed there
# with why it is left (four now); set e three of twelve; set f four of fifteen; set g
# one of seventeen after its own round (none since); set h two of fifteen; set i
# none of eight; set j three of twelve. Set d is never tuned on: bench/corpus.py
# reports it.
LEAFLETS_TUNED = {
    "leaflet-a": 0,
    "leaflet-b": 2,
    "leaflet-c": 8,
    "leaflet-e": 6,
    "leaflet-f": 8,
    "leaflet-g": 2,
    "leaflet-h": 4,
    "leaflet-i": 0,
    "leaflet-j": 6,
}


@pytest.mark.parametrize(("group", "allowed"), LEAFLETS_TUNED.items())
def test_good_leaflet_text_tuned_on_stays_quiet(measured, group, allowed):
    _, plants, findings = measured
    wrong, planted, lines = corpus.safe_report(plants, findings, group)
    assert planted >= 300
    assert wrong <= allowed, "\n".join(lines)


# Set 30's "Lactic acid clears within an hour or so of exercise" (and set 59's like it) is
# still read as a promise, set 42's "Blue light from screens won't damage your eyes" as
# total safety, and set 44's "Nobody is guaranteed a cure from a juice cleanse" as a
# mechanism (each planted twice); set 64's "Anti-sickness tablets your doctor prescribes in
# pregnancy are considered safe" and "Phototherapy ... is a safe, proven treatment for
# newborn jaundice" as total safety (the second read as safe for newborns); set 83's "Early
# gum disease can be reversed with good brushing, flossing and professional cleaning" as a
# promise; set 97's "SPF 30 ... is a safe habit for every skin type" as total safety (its
# "stop it and seek urgent care" is no longer reported: care sought straight after a
# medicine stopped is read); set 98's "Sipping water regularly is the safe way to stay
# hydrated" as total safety; set 104's "Our detox retreat is really a rest retreat: ..." as
# a mechanism (the detox named, then said to be rest); three of set 108's read by the
# learned reader (a graded return after concussion as a cure, hyperventilating's risk as
# care dismissed, tapping before a lock hurts as pushing on); set 111's neuropathy that "can
# take away the warning pain" and sellers "who promise to cure" as promises; and set 112's
# gases that "can kill within minutes" as one; set 113's "take insulin, never skip or cut
# doses to lose weight" as a change and rest for an injury, read by the learned reader, as
# pushing on; set 115's anti-sickness medicines "considered safe in pregnancy" as total
# safety and set 116's "don't take them just to get through a match" as pushing on; set
# 118's "reset" after a crash that "means resting" as a mechanism; set
# 124's supplements "that promise to cure stress" and discs not put "back in place" (the
# denial inside quotation marks); set 125's "No body protector makes riding completely
# safe", getting back on that "is only sensible after a minor tumble" and an instructor who
# "will never make you ride through pain" (the last two read by the learned reader); set
# 128's clinics "promising a cure" that "carry serious risks", described as a warning; set
# 129's seasickness "isn't caused by stomach acid" (the cause denied, then a true one
# given); set 131's "no diet has been proven to cure it" after a first clause (the learned
# reader); set 132's slogan "Pain is weakness leaving the body" quoted to be refuted,
# lifting "far better than toughing it out through pain", and an extra tablet refused
# "rather than" taken; set 133's withdrawal pain not to be toughed out "alone" and "it's NOT
# sleep it off time"; set 134's worry about tetanus "normal", a back brace not relied on
# "instead of" technique, and carbon monoxide that "doesn't collect at the ceiling in a way
# that protects you"; set 136's "an infected, blocked kidney"
# named as the emergency it is; set 139's "safe to give paracetamol alongside morphine"; set
# 140's earplugs "safe to wear every show" (the learned reader) and cold drinks that "won't
# damage your vocal folds"; set 151's "slight tingling from beta-alanine is harmless"
# (tingling is a red flag wherever it is named); set 155's sore bruise "normal" after a
# fall, beside a deformed joint that "needs an X-ray"; set 156's "You don't need A&E for a
# short seizure that ... follows your child's usual pattern, but call 999 if it lasts over
# five minutes" (a seizure is a red flag wherever it is named); set 161's "if she needs
# painkillers just to get through the routine she shouldn't be competing"; every other clean
# sentence of a tuned set is quiet.
SAFE_ALLOWED = {
    "safe30": 2,
    "safe42": 2,
    "safe44": 2,
    "safe59": 2,
    "safe64": 4,
    "safe83": 2,
    "safe97": 2,
    "safe98": 2,
    "safe104": 2,
    "safe108": 6,
    "safe111": 4,
    "safe112": 2,
    "safe113": 4,
    "safe115": 2,
    "safe116": 2,
    "safe118": 2,
    "safe124": 4,
    "safe125": 6,
    "safe128": 2,
    "safe129": 2,
    "safe131": 2,
    "safe132": 6,
    "safe133": 4,
    "safe134": 6,
    "safe136": 2,
    "safe139": 2,
    "safe140": 4,
    "safe151": 2,
    "safe155": 2,
    "safe156": 2,
    "safe161": 2,
    # Bouldering talk, trained on but never tuned on: "it clears within an hour" said of
    # forearm pump (split tips, once reported too, are now a minor ailment).
    "safe163": 2,
    # Sets 169 to 180, tuned on once: a clean sentence each reported where it stood.
    "safe172": 2,
    "safe173": 2,
    "safe178": 2,
    # Sets 181 to 188, tuned on once: a stack of two paracetamol products warned against
    # (read as a change) and a tumble that is "fine if you're unhurt".
    "safe183": 2,
    "safe185": 2,
    # Set 213, tuned on once: a neck's click explained as gas "not a bone slipping back
    # into place" (the correction after the comma is not read as one).
    "safe213": 2,
    # Sets 215 to 217, tuned on once (tests/corpus/README.md says what each left): a
    # supplement's dose lowered for its side effects and sleep that helps "clear waste
    # products"; a peel's "mild tingling is common", a hip operation that "cured my pain"
    # and a salon that will "skip waxing and peels" for a client on Roaccutane; a hip
    # replacement that "basically cured the arthritis pain".
    "safe215": 4,
    "safe216": 6,
    "safe217": 2,
    # Set 218, tuned on once: a toddler's head bump that "often doesn't need A&E, but go
    # straight away if ..." and "a good reminder for all of us" read as a promise.
    "safe218": 4,
    # Set 219, tuned on once: "these 'no side effects' slimming pills contained a banned
    # drug", a sleep mask "with no side effects", meals that "keep your energy steady",
    # "My physio said keep moving with short walks".
    "safe219": 8,
    # Set 220, tuned on once: a grandad's tablets "for him" with "what's safe for you",
    # chickenpox with "no need for antibiotics, but ring the GP if ...", a stiff back to
    # "keep going gently", "halve the weight", a head bump with its net.
    "safe220": 10,
    # Set 225, tuned on once: a piercing studio's wait after isotretinoin, read as a
    # medicine change.
    "safe225": 2,
    # Set 226, tuned on once: "TAP WATER IS FINE." read as total safety, and "Sharp pain in
    # a stretch means back off, not go deeper" as pushing on.
    "safe226": 4,
    # Set 229, tuned on once: "Our flyer never says any contraception is 100% guaranteed,
    # because none is" read by the learned reader as a promise.
    "safe229": 2,
    # Set 230, tuned on once: "Jan says she only stopped taking her statin after her GP
    # reviewed it" (a medicine change) and "old cures like goose grease" (a promise), both
    # read by the learned reader.
    "safe230": 4,
    # Set 232, tuned on once: back ache at hour four, to "report" if sharp, read by the
    # learned reader as pushing on.
    "safe232": 2,
    # Set 233, tuned on once: cures of things "for good" ("fixed the rolling for good", "fix
    # the rain for good") and a chess opening "guaranteed" (the learned reader).
    "safe233": 6,
    # Set 234, tuned on once: a book's "run through the shin pain" chapter laughed at, and a
    # captain's "push through it" speech "about the run chase, not your sore ankle" (the
    # learned reader).
    "safe234": 4,
    # Set 235, tuned on once: compost "guaranteed weed free", a charging area "completely
    # safe to enter once the extractor fan is running", a lost property box "completely
    # safe in the church vestry cupboard".
    "safe235": 6,
    # Set 236, tuned on once, all but one read by the learned reader: a bus lane that
    # "stops being enforced", a caravan awning "completely safe to leave up in winds below
    # forty miles an hour", sea swimming that "cured her psoriasis" and "helps her a bit".
    "safe236": 6,
    # Set 237, tuned on once: a hygienist's "pressing too hard wears the gum back" and tea
    # tree oil "poisonous if swallowed" (the learned reader), a cake "remade or refunded,
    # guaranteed", a market stall "stopped" for winter (the learned reader).
    "safe237": 8,
    # Set 238, tuned on once: a lock cylinder that "stops lock snapping for good", a
    # prescription collection "guaranteed within two working days" (read as a promise
    # since a cure "guaranteed within two working days" must be).
    "safe238": 4,
    # Set 239, tuned on once, all read by the learned reader: trolleys pushed "through the
    # back door", masking flats realigned, costume checks doubled on matinee days, shampoo
    # doubled for the newfies (a rare word, which could be a medicine's name).
    "safe239": 8,
    # Set 240, tuned on once, all read by the learned reader: warfarin named to the first
    # aider, a stress fracture that "healed fine" after rest, a hire fee doubled "from
    # April" (a capital, which could be a medicine's name), a curtain rail realigned.
    "safe240": 8,
    # Set 241, tuned on once: a "Detox shampoo" that only removes product build-up, a 3pm
    # double booked beside balayages and a frame realigned "in room 6" (rare words, which
    # could be medicines' names, both read by the learned reader), a sensory room asked
    # about for pregnant visitors, display cases "completely safe for the fragile
    # textiles", a crowd pushed through to a burning van.
    "safe241": 14,
    # Set 242, tuned on once: stepladders "completely safe if you keep three points of
    # contact" (as a hazard is "safe as long as you crack the door"), and a question on
    # pregnancy answered "so no" at its end.
    "safe242": 4,
    # Set 243, tuned on once: tap water asked about and answered yes with its reason (the
    # learned reader).
    "safe243": 2,
    # Set 244, tuned on once, mostly read by the learned reader: a radio "fixed for good",
    # a wheel alignment sorted and a unicycle wheel realigned, a warning that you "can black
    # out underwater", a cattery "completely secure now", a vet's "Stop the tablets and call
    # us if your dog is sick", purring that "heals bones" (hearsay let down gently),
    # everything past its date that "goes on friday" after a detox week, and seawater
    # "flushes out your kidneys, its the opposite" (which denies nothing: see the round).
    "safe244": 18,
    # Set 245, tuned on once: a "leaking pinsetter" fixed for good (as "a leaky gut" would be
    # a claim), an oil pattern "guaranteed to make the 7-10 split even harder",
    # marshals told to stop the game for chest pain "and don't let them walk it off", the
    # ice resurfacer that "resets the ice every ninety minutes", rink boards and car-wash
    # brushes realigned "so the gaps are gone" (the learned reader, all but the first).
    "safe245": 12,
    # Set 246, tuned on once: gloves and goggles for "coral cleaning chemicals", a waiting
    # room "completely safe for wheelchair users".
    "safe246": 4,
    # Set 247, tuned on once: a massage therapist's "realigning your hips" answered by what
    # massage does (no denial), and strawberries "guaranteed or your money back".
    "safe247": 4,
    # Set 248, tuned on once: a generator "completely safe to refuel once it has been
    # switched off" (as a hazard called safe on a condition is a claim), covers
    # "guaranteed to be on the pitch by six", a bleach store "completely safe once locked"
    # (bleach names a product).
    "safe248": 6,
    # Set 249, tuned on once: feed "guaranteed to give you greener tomatoes or your money
    # back" (as a remedy's would be a promise), "caffeine pills have no side effects, they
    # definitely do" (hearsay denied by its opposite, which confirms a cure's), a book club
    # that "guarantees one thing, cake", and a chiropractor who "can't realign your spine to
    # stop all future injuries" (the denial does not reach the purpose).
    "safe249": 8,
    # Set 251, tuned on once: fence posts knocked out of line "so were realigning them
    # tomorrow" (the learned reader: "them" is not read back to the posts), a clean
    # guaranteed "or your next visit is free" (as a session's would be a promise).
    "safe251": 4,
    # Set 252, tuned on once: a marquee "guaranteed to be up by Friday noon" (as a patient
    # "up by Friday" would be a promise), a kiln "completely safe to open once the
    # controller reads below 50 degrees" (a hazard called safe on a condition).
    "safe252": 4,
    # Set 253, tuned on once: a sweep guaranteed "or your money back" (as a remedy's would be
    # a promise), a bird guard "completely safe for nesting season" (a reason given, not a
    # precaution named).
    "safe253": 4,
    # Set 254, tuned on once: soft serve asked about for pregnant customers and answered yes
    # with its reason (the learned reader, as set 243's tap water).
    "safe254": 2,
    # Set 258, tuned on once: skis "guaranteed to have ... waxed by 8am" (read as a medicine
    # change by the learned reader), and "a proper detox of the rental system" (as "a detox
    # of the digestive system" would be a claim).
    "safe258": 4,
    # Set 259, tuned on once: "a good coat of pva fixes a loose spine for good" (a book's
    # spine, as a back's would be a claim).
    "safe259": 2,
    # Set 266, tuned on once: eye strain that "won't damage your eyes, but regular breaks
    # make it more comfortable" (as an eclipse stared at "won't damage your eyes, but
    # sunglasses make it more comfortable" would be a claim).
    "safe266": 2,
}


@pytest.mark.parametrize("group", [f"safe{corpus.set_suffix(n)}" for n in TUNED_SETS])
def test_safe_patient_leaflet_sentences_are_not_reported(measured, group):
    _, plants, findings = measured
    wrong, planted, lines = corpus.safe_report(plants, findings, group)
    assert planted >= 40
    assert wrong <= SAFE_ALLOWED.get(group, 0), "\n".join(lines)


def test_risky_claim_stays_quiet_on_real_answers(measured):
    answers, _, findings = measured
    real = [f for f in findings if f.rule == "risky-claim" and "/mq-" in f.path]
    assert answers == 600
    assert len(real) <= 2 * answers / 100, "\n".join(f"{f.path}:{f.line} {f.message}" for f in real)


def test_safety_questions_about_who_is_at_risk_are_not_findings(measured):
    _, _, findings = measured
    safety = [f.message for f in findings if f.rule == "safety-content" and "/mq-" in f.path]
    assert not [m for m in safety if "asks about safety" in m and '("risk")' in m]
