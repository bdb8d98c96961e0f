"""Measure the content rules on real medical text and on planted dangerous claims.

    .venv/bin/python bench/corpus.py                       # summary
    .venv/bin/python bench/corpus.py --sample 50 --out s.md  # findings to hand-check

It builds a knowledge base in a temporary folder:

* every answer of ``tests/corpus/medquad-dev.jsonl`` (NIH patient text,
  CC BY 4.0) as an FAQ entry, question and answer as published;
* every sentence of ``tests/corpus/dangerous-claims-dev.txt`` planted twice
  into otherwise clean entries: as a line of an FAQ answer, and as a step of a
  technique;
* the same for the held-out sets, written apart from the development list and
  never used to tune the rules: ``dangerous-claims-heldout.txt`` (other claims
  of the same kinds, other wordings) and ``safe-sentences-heldout.txt``
  (patient-leaflet sentences that must not be reported);

then runs the real lint engine over it and prints

* findings per content rule per 100 real answers;
* the share of planted claims that ``risky-claim`` catches with the right kind
  on the line of the claim, with the line and column of each finding, for the
  development and the held-out claims apart, and how many safe sentences it
  reports;
* how long parsing and each content rule take, per entry and on one answer of
  about 1 MB (the linear-time check; spaCy-sized libraries refuse more).

``--sample N`` writes, per rule, N findings on the real answers (chosen with a
fixed seed, so the sample can be judged by hand and compared across runs).
Not part of the test suite; tests/content/test_corpus.py checks the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

CORPUS = REPO / "tests" / "corpus"
CONTENT_RULES = ("reading-level", "risky-claim", "safety-content", "jargon", "you-voice")
# What each kind of danger named in dangerous-claims-dev.txt is reported as: the
# word the finding's message must contain ("risky claim (KIND): ...").
EXPECTED_KIND = {
    "promises a cure": "cure",
    "guarantee": "cure",
    "false mechanism": "mechanism",
    "absolute safety claim": "safety",
    "absolute": "safety",
    "unsafe": "safety",
    "dismisses a red-flag symptom": "care",
    "discourages care": "care",
    "tells the reader to stop a medicine": "medicine",
    "unsafe dosing": "medicine",
    "encourages harm": "pain",
    "pushes through pain": "pain",
}
# The claim sets written last, measured once and neither tuned nor trained on: the
# estimate of how risky-claim reads claims it has never seen (a round of tuning on them
# moves this on to the next sets it writes).
# Sets 193-200 were written after the reader was trained on 1-188; trained on too, they
# left sets 189-192 where they were (668 of 720) and had the reader report a good
# sentence of the tests, so they joined the unread sets instead.
# Sets 201-204 (fencing and archery clubs, bakers and butchers, scout leaders and youth
# camps, cavers and old-mine explorers) were written after the gates of e2103de to
# ed52c1c, which were chosen out of fold on sets 1-188, and measured once with them.
# Sets 205-208 (window cleaners, roofers and scaffolders; church volunteers and food
# banks; esports players and streamers; allotment holders) were written after a9b9b0d.
# Sets 209-212 (bell ringers and brass bands; pottery, woodturning and furniture
# restoration; circus performers and street entertainers; darts leagues, pub quizzes and
# snooker halls) were written after 2f5ffa5 and measured with it before the next round
# of gates was chosen; their own line below is the measure no choice has seen.
UNREAD_SETS = tuple(range(189, 213))
NEWEST_SETS = tuple(range(209, 213))
# Set 213 (120 claims in varied grammar, 20 of each kind, and 120 good leaflet sentences
# in the same grammar, written apart from the rules after 0a64e10) was measured once
# with 14165c1 (115 caught, 4 good sentences reported) and then tuned on.
# Set 214 (the same, in six settings: a pharmacy counter, a sports club newsletter, a
# parenting blog, a workplace notice, captions and leaflets, an older person's advice),
# written after 2ca3546, was measured with it (112 caught, 7 reported) and then tuned on.
# Set 215 (the same, in six other settings: a gym's captions, a supplement shop's product
# page, a patients' forum, a school newsletter, a care home's noticeboard, a wellness
# podcast), written apart from the rules after 0cbddef, was measured with it (112 caught,
# 7 reported) and after the round on set 214 (the same), then tuned on.
# Set 216 (the same, in six settings again: a boxing gym's group chat, a salon's treatment
# menu, a grandparent's letter, a farm shop's remedies leaflet, a travel blog, a company's
# wellbeing page), written apart from the rules after 99c84f7, was measured with it (118
# caught, 12 good sentences reported) and after the round on set 215 (the same), then
# tuned on.
# Set 217 (the same: a dance school's notes, a pharmacy chain's replies, a men's health
# magazine, a community newsletter, a dog-walking club's chat, a clinic's posters),
# written apart from the rules after 99c84f7, was measured with it (116 caught, 10 good
# sentences reported) and after the rounds on sets 215 and 216 (116, 8), then tuned on.
# Set 218 (the same: a running club's briefing, a new parents' group, a hairdresser's
# chat, a university halls' welcome pack, a garden centre's wellbeing corner, a radio
# phone-in), written apart from the rules after 99c84f7, was measured with it (116
# caught, 10 good sentences reported) and after the rounds on sets 215 to 217 (the
# same), then tuned on.
# Set 219 (the same: a youth football coach's messages, an online shop's reviews, a
# retired nurse's column, a yoga retreat's brochure, a taxi driver's chat, a student
# union's pamphlet), written apart from the rules after 99c84f7, was measured with it
# (110 caught, 14 good sentences reported) and after each round since, then tuned on.
# Set 220 (the same: a swimming club's noticeboard, a vape and CBD shop's website, a
# mother-in-law's voice notes, an allotment society's newsletter, a fitness influencer's
# captions, an office first-aider's email), written apart from the rules after 99c84f7
# and measured with it (112 caught, 10 good sentences reported), with 65b6543 (112, 8)
# and after the rounds on sets 218 and 219 (112, 8), then tuned on.
# Set 221 (the same: a parish newsletter, a martial arts dojo's group chat, a pharmacy's
# social-media replies, a retirement village's bulletin, a home-brew and fermentation
# forum, a parents' forum about teenagers), written apart from the rules after 9bac5ff
# and measured with it (119 caught, 5 good sentences reported, one sentence each) and
# after the round on set 220 (the same), then tuned on.
# Set 222 (the same: a cycling club's ride notes, a nail salon's aftercare cards, a
# farmers' market chalkboard, a night-shift break-room noticeboard, a gaming community's
# chat, a new grandparents' group), written apart from the rules after 5d0f9b7 and
# measured with a1e6cc3 and 5d0f9b7 (117 caught, 5 good sentences reported, one
# sentence each) and after the round on set 221 (117, 2), then tuned on.
# Set 223 (the same: a school nurse's newsletter, a truck drivers' forum, a plant-based
# cooking blog's comments, a community choir's notes, a sea-fishing charter's briefing, a
# university halls' pack and group chat), written apart from the rules after c3b1655 and
# measured with it (117 caught, 2 good sentences reported) and after the round on set 222
# (the same), then tuned on.
# Set 224 (the same: a hospital radio show, a dog-walking group's board, a salon blog, a
# community kitchen's volunteer notes, a building site's toolbox talk and group chat, a
# pregnancy app's community answers), written apart from the rules after c3b1655 and
# measured with it, after the round on set 222 and after the round on set 223 (118
# caught, 3 good sentences reported, each time), then tuned on.
# Set 225 (the same: a village pharmacy's posters and counter chat, a rugby club's group
# chat, a care home's newsletter, a tattoo studio's aftercare sheets and replies, a game
# streamer's chat, a farmers' co-op bulletin), written apart from the rules after ed1e806
# and measured with c3b1655 (116 caught, 6 good sentences reported), ed1e806 (116, 5) and
# after the round on set 224 (116, 5), then tuned on.
# Set 226 (the same: a ballet school's parent emails, a long-distance hikers' forum, a
# corner shop's signs and chat, a veterans' association newsletter, a language-exchange
# app's chat, a wellness podcast with a guest nurse), written apart from the rules after
# ed1e806 and measured with c3b1655 (115 caught, 8 good sentences reported), ed1e806 (116,
# 8) and after the rounds on sets 224 and 225 (116, 8), then tuned on.
# Set 227 (the same: an indoor climbing wall's noticeboard and members' chat, a
# supermarket pharmacy's leaflets and counter replies, a church youth group's trip
# letters, a beekeepers' association newsletter, a plumbing and heating trade forum, a
# cruise ship's daily programme and spa menu), written apart from the rules after 3c4a140
# and measured with it (116 caught, 9 good sentences reported), then tuned on.
# Set 228 (the same: a rowing club's crew chat and coach's emails, a school canteen's and
# PTA's newsletter, an online marketplace's listings and seller replies, a warehouse
# night shift's briefings and group chat, a riding stable's yard notices and livery
# chat, a podcast for new dads), written apart from the rules after 9253f8a and
# measured with 3c4a140 (118 caught, 8 good sentences reported) and 9253f8a (118, 7),
# then tuned on.
# Set 229 (the same: a golf club's newsletter and bar chat, a student health society's
# flyers and replies, a hairdresser-and-barber's client chat, a mountain rescue team's
# talks and volunteers' chat, a family group chat, a call centre's wellbeing intranet
# and team chat), written apart from the rules after 9253f8a and measured with 3c4a140
# (120 caught, 10 good sentences reported), 9253f8a and after the round on set 228
# (120, 9 each time), then tuned on.
# Set 230 (the same: a scout troop's kit list and leaders' chat, a vet practice's client
# newsletter, a karaoke bar's and pub quiz team's group chat, a library's health display
# and librarians' replies, a fishing tackle shop's forum, a nursing home's activity notes
# and relatives' messages), written apart from the rules after 15be312 and measured with
# 3c4a140, 15be312 and after the round on set 229 (119 caught, 13 good sentences
# reported, each time), then tuned on.
# Set 231 (the same: a motorcycle club's ride-out notices and chat, an antenatal class's
# handouts and parents' chat, a gardening show's viewer letters and replies, an esports
# team's coach notes and chat, a residents' association noticeboard, a travel agency's
# pre-departure emails and replies), written apart from the rules after 84ca7d6 and
# measured with 3c4a140 (119 caught, 6 good sentences reported), 15be312 and after the
# round on set 229 (119, 4 each time) and with 46b352f (119, 4), then tuned on.
# Set 232 (the same: a surf school's beach board and instructors' chat, a sixth-form
# college's exam-season emails and students' chat, a herbal remedy stall and its
# reviews, a coach company's driver handbook and forum, a deaf community centre's
# newsletter, a pet-sitting app's carers' forum), written apart from the rules after
# e2fa770 and measured with 3c4a140 and e2fa770 (120 caught, 6 good sentences reported,
# both times), and with 46b352f and after the rounds on sets 231 and 233 (120, 6 each
# time), then tuned on with set 234.
# Set 233 (the same: a wedding planner's guest emails and suppliers' chat, a bakery's
# staff chat and customer allergy notes, a ferry company's announcements and crew forum,
# a chess club's newsletter and members' chat, student halls' wardens' notices and
# residents' chat, a scuba school's briefings and divers' forum), written apart from the
# rules after the round on set 231 and measured with 46b352f and after that round (119
# caught, 20 good sentences reported, both times), then tuned on.
# Set 234 (the same: a bus depot's drivers' noticeboard and group chat, a village cricket
# club's newsletter and team chat, a funeral director's family guidance and staff forum,
# a brewery taproom's staff handbook and regulars' chat, a prison healthcare unit's
# notices and officers' briefings, a book club's notes and members' emails), written
# apart from the rules after aec0b2a and measured with it (114 caught, 25 good sentences
# reported) and after the round on set 233 (114, 22), then tuned on with set 232.
# Sets 235 (a garage's customer notices and mechanics' chat, a primary school's PE
# letters and parents' group, an allotment's safety sheet and plot holders' forum, a
# hotel spa's brochure and therapists' chat, a forklift training handout and drivers'
# chat, a crafts circle's newsletter and emails) and 236 (a railway station's staff
# briefing and platform chat, a kickboxing class's handouts and members' chat, a student
# radio health phone-in and DJs' chat, an orchard's pickers' guide and chat, a pharmacy
# delivery drivers' handbook and forum, a caravan park's notices and holidaymakers'
# group), written apart from the rules after e0ce1d3 and measured with it (117 caught,
# 28 good sentences reported; 119, 32) and after the round on sets 232 and 234 (117, 25;
# 119, 29), then tuned on together.
# Sets 237 (a dental practice's notices and patients' comments, a rowing club's training
# plan and crew chat, a window cleaners' safety memo and chat, a vegan bakery's labels and
# reviews, a church choir's rota emails and chat, a home-care agency's carers' handbook
# and group) and 238 (a skate park's rules board and skaters' chat, a locksmith firm's
# handbook and engineers' chat, a community pharmacy's social-media replies and counter
# notes, a fishing lake's rules and anglers' forum, a nail and lash studio's aftercare
# cards and clients' messages, a removals crew's briefing and chat), written apart from
# the rules after cc27c4c and measured with e0ce1d3 (118 caught, 28 good sentences
# reported; 118, 37), with cc27c4c (118, 27; 118, 34) and after the round on sets 235
# and 236 (118, 21; 118, 27), then tuned on together.
# Sets 239 (a leisure centre pool's notices and lifeguards' chat, a bicycle repair
# co-op's rules and volunteers' forum, a hairdressing college's handbook and trainees'
# chat, a food bank's volunteer briefing and group, a touring theatre company's notes
# and cast chat, a dog grooming salon's client emails and groomers' chat) and 240 (a
# builders' merchant's counter notices and staff chat, a baby sensory class's handouts
# and parents' group, a marathon charity team's emails and runners' forum, a village
# hall committee's minutes and emails, a scrap yard's safety rules and workers' chat,
# an online gardening shop's product pages and customer questions), written apart from
# the rules after cc27c4c and measured with e0ce1d3 (118 caught, 31 good sentences
# reported; 118, 31), with cc27c4c (118, 26; 118, 27), after the round on sets 235 and
# 236 (118, 23; 118, 19) and after the round on sets 237 and 238 (118, 20; 118, 15),
# then tuned on together.
# Sets 241 (a hair salon's client notices and stylists' chat, a museum's visitor-services
# briefing and gallery guides' chat, a fire station's community-safety leaflets and crew
# chat, a laundrette's notices and regulars' group, an airport's ground-crew wellbeing
# bulletin and shift chat, a bingo hall's members' newsletter and callers' chat) and 242
# (a bookshop's events emails and booksellers' chat, a recording studio's booking terms
# and engineers' chat, a cinema's staff handbook and ushers' chat, a driving school's
# learner handouts and instructors' forum, a florist's delivery notes and wedding-team
# chat, a trampoline park's safety board and parents' group), written apart from the
# rules after 9e80c5f and measured with 9e80c5f (119 caught, 25 good sentences reported;
# 120, 22) and after the round on sets 239 and 240 (119, 21; 120, 19), then tuned on
# together.
# Sets 243 (an escape room's player briefing and game hosts' chat, a karate dojo's
# grading notes and parents' group, a cruise ship's crew bulletin and cabin stewards'
# chat, a printing works' safety notices and press operators' chat, an orchestra's tour
# notes and players' chat, a zoo's keepers' handbook and visitor questions) and 244 (a
# taxi firm's drivers' bulletin and radio chat, a circus school's class notes and
# students' group, a sailing club's safety sheet and members' forum, a veterinary
# practice's client leaflets and nurses' chat, a public library's notices and
# volunteers' chat, a fishmonger's counter notes and staff chat), written apart from the
# rules after 9e80c5f and measured with 9e80c5f (118 caught, 11 good sentences reported;
# 117, 22), after the round on sets 239 and 240 (118, 9; 117, 22) and after the round on
# sets 241 and 242 (118, 7; 117, 20), then tuned on together.
# Sets 245 (a tenpin bowling alley's staff notes and league players' chat, a paintball
# site's safety briefing and marshals' chat, an ice rink's skating-school handouts and
# parents' group, a youth hostel's house rules and backpackers' forum, a car wash's staff
# handbook and valeters' chat, a knitting shop's class emails and crafters' forum) and
# 246 (a go-kart track's driver briefing and pit crew chat, a campsite's welcome pack and
# campers' group, a pet shop's care sheets and staff chat, a riding stables' yard rules
# and liveries' chat, an aquarium's volunteer guide and divers' chat, a chiropody
# clinic's patient leaflets and reception notes), written apart from the rules after
# 7697a59 and measured with 9e80c5f (117 caught, 25 good sentences reported; 120, 20),
# with 3fe9153 (117, 22; 120, 16), with 7697a59 (117, 20; 120, 12) and after the round on
# sets 243 and 244 (117, 19; 120, 11), then tuned on together.
# Sets 247 (a theme park's ride operators' handbook and guests' reviews, a netball
# league's club emails and players' chat, a dog walking business's client updates and
# walkers' chat, a greengrocer's shop notices and staff chat, a vineyard's visitor tour
# notes and pickers' chat, a kennels' boarding terms and owners' group) and 248 (a
# fairground's showmen's safety notes and ride crew chat, a water park's lifeguard manual
# and parents' forum, a ski school's lesson notes and instructors' chat, a cricket club's
# junior section emails and coaches' chat, a laundry service's staff handbook and
# drivers' chat, a cattery's welcome pack and owners' messages), written apart from the
# rules after db35b83 and measured with 9e80c5f (119 caught, 18 good sentences reported;
# 119, 25), with db35b83 (119, 17; 119, 22) and after the round on sets 245 and 246 (the
# same), then tuned on together.
# Sets 249 (a recording studio's house rules and musicians' chat, a garden centre's plant
# care leaflets and staff chat, a taxi firm's drivers' handbook and group chat, a public
# library's volunteer guide and a readers' book club forum, a removals company's crew
# handbook and movers' chat, a sailing club's race notices and crew chat) and 250 (a film
# set's production safety notes and crew chat, a beekeeping association's newsletter and
# members' forum, a children's day nursery's parent letters and staff chat, a call
# centre's staff handbook and agents' chat, a hotel kitchen's food safety notes and chefs'
# chat, a bowls club's newsletter and members' chat), written apart from the rules after
# a0d5384 and measured with it (118 caught, 15 good sentences reported; 119, 13) and after
# the round on sets 247 and 248 (118, 15; 119, 11), then tuned on together.
# Sets 251 (a tree surgery firm's crew handbook and climbers' chat, a window cleaning
# round's customer notes and cleaners' chat, a riding school's rider notices and yard
# staff chat, a post office's counter notices and staff chat, a cheese dairy's visitor
# notes and makers' chat, a hospital radio station's volunteer guide and presenters' chat)
# and 252 (a scrapyard's site rules and yard chat, a community orchard's volunteer notes
# and pickers' forum, a bridge club's newsletter and players' chat, a wedding venue's staff
# notes and events team chat, a quarry's site induction and drivers' radio chat, a
# stained-glass workshop's class notes and students' forum), written apart from the rules
# after 8c8879b and measured with it (118 caught, 22 good sentences reported; 120, 13) and
# after the round on sets 249 and 250 (118, 21; 120, 13), then tuned on together.
# Sets 253 (a launderette's customer notices and attendants' chat, a model railway club's
# newsletter and members' forum, a canal boat hire firm's skipper briefing and crews'
# chat, a falconry centre's visitor rules and handlers' chat, a chimney sweep's customer
# leaflets and sweeps' chat, a charity shop's volunteer handbook and volunteers' chat) and
# 254 (a makerspace's workshop rules and members' forum, a brass band's rehearsal emails
# and players' chat, a marina's berth holder notices and boat owners' chat, an ice cream
# van round's driver notes and drivers' chat, a lighthouse museum's guide notes and
# guides' chat, a carpet fitting firm's fitters' handbook and van chat), written apart
# from the rules after a85b375 and measured with it (116 caught, 13 good sentences
# reported; 120, 16) and after the round on sets 251 and 252 (116, 13; 120, 15), then
# tuned on together.
# Sets 255 (a bouldering gym's induction card and setters' chat, a dental lab's
# technicians' handbook and lab chat, a haulage firm's drivers' bulletin and night
# drivers' chat, a community pantomime's cast emails and backstage chat, a roofing
# contractor's site rules and roofers' chat, a dog agility club's newsletter and
# handlers' forum) and 256 (a bakery's early shift notes and bakers' chat, a school
# minibus scheme's driver guide and parents' group, a recycling centre's site rules and
# operatives' chat, a rowing regatta's competitor notes and crews' chat, a print shop's
# staff handbook and operators' chat, a holiday cottage agency's guest welcome pack and
# owners' forum), written apart from the rules after 533bd70 and measured with it (119
# caught, 7 good sentences reported; 119, 20) and after the round on sets 253 and 254
# (the same), then tuned on together.
# Sets 257 (a garden maintenance firm's crew handbook and gardeners' chat, a village
# cricket club's tea rota emails and players' chat, a ferry company's deck crew notes and
# crew chat, a community radio station's presenter guide and volunteers' forum, a bike
# courier firm's rider handbook and riders' chat, a florist's shop notes and florists'
# chat) and 258 (a plastering firm's site rules and plasterers' chat, a library's
# children's storytime notes and parents' group, a ski hire shop's staff handbook and
# technicians' chat, a car boot sale organiser's stallholder notes and sellers' forum, a
# swimming club's committee emails and coaches' chat, a pest control firm's technicians'
# handbook and van chat), written apart from the rules after c724995 and measured with it
# (120 caught, 8 good sentences reported; 119, 11) and after the round on sets 255 and
# 256 (the same), then tuned on together.
# Sets 259 (a farm park's visitor rules and keepers' chat, a tyre fitting centre's
# technicians' handbook and fitters' chat, a church hall's hirers' guide and volunteers'
# group, a model aircraft club's flying field rules and members' forum, a kitchen fitting
# firm's installers' notes and van chat, a book binding workshop's class notes and
# students' chat) and 260 (a trampoline club's coaching notes and parents' group, a street
# food market's trader rules and traders' chat, a glazing firm's fitters' handbook and
# fitters' chat, a village fete committee's emails and helpers' chat, a sea kayaking
# centre's trip briefing and guides' chat, a second-hand furniture shop's staff notes and
# drivers' chat), written apart from the rules after 7e87e58 and measured with it (118
# caught, 11 good sentences reported; 120, 10) and after the round on sets 257 and 258
# (the same), then tuned on together.
# Sets 261 (a tennis club's court rules and members' chat, a soap making workshop's class
# notes and makers' forum, a dog grooming van's client texts and groomers' chat, a theatre
# box office's staff handbook and front of house chat, a scaffolding firm's site rules and
# scaffolders' chat, a youth orchestra's parent emails and tutors' chat) and 262 (a garden
# railway society's newsletter and members' forum, a hotel housekeeping team's handbook
# and housekeepers' chat, a canoe club's trip notes and paddlers' chat, a flooring shop's
# fitters' notes and fitters' chat, a city farm's volunteer guide and volunteers' group, a
# coffee roastery's staff notes and baristas' chat), written apart from the rules after
# 2c61ae0 and measured with it (119 caught, 8 good sentences reported; 120, 4) and after
# the round on sets 259 and 260, then tuned on together.
# Sets 263 (a community pharmacy's counter leaflets and counter staff chat, a motorcycle
# training school's rider briefing and instructors' chat, a vineyard's harvest volunteer
# notes and pickers' chat, a removals firm's crew handbook and movers' chat, a martial arts
# dojo's member notices and students' forum, an allotment society's newsletter and plot
# holders' forum) and 264 (a care home's visitor notes and carers' chat, a cycling
# sportive's rider pack and riders' forum, a pottery studio's class notes and potters'
# chat, a window blinds firm's fitters' handbook and fitters' chat, a taxi firm's drivers'
# bulletin and drivers' chat, a baby swimming class's parent emails and parents' group),
# written apart from the rules after 29902bd and measured with it (115 caught, 17 good
# sentences reported; 119, 17) and after the round on sets 261 and 262 (see
# tests/corpus/README.md), then tuned on together.
# Sets 265 (a veterinary practice's waiting room leaflets and nurses' chat, a skatepark's
# rules board and skaters' forum, a printing press museum's volunteer guide and
# volunteers' chat, a dry cleaner's counter notices and staff chat, a mountain bothy
# association's members' newsletter and walkers' forum, a school canteen's kitchen
# handbook and cooks' chat) and 266 (a sailing dinghy club's race notices and sailors'
# chat, an opticians' shop's customer leaflets and staff chat, a beekeeping association's
# newsletter and beekeepers' forum, a demolition firm's site rules and operatives' chat, a
# choir's rehearsal emails and singers' chat, a garden centre's café staff notes and café
# chat), written apart from the rules after 65db112 and measured with it (119 caught, 11
# good sentences reported; 117, 18) and after the round on sets 263 and 264 (see
# tests/corpus/README.md), then tuned on together.
# Sets 267 (a hairdressing salon's staff handbook and stylists' chat, a golf club's course
# notices and members' forum, a mobile library's volunteer notes and drivers' chat, a
# furniture restoration workshop's class notes and students' chat, a fishing tackle shop's
# customer leaflets and anglers' forum, a zoo's keeper handbook and keepers' chat) and 268
# (a climbing wall café's staff notes and staff chat, a student halls' resident guide and
# residents' group, a tattoo studio's aftercare cards and artists' chat, a fire station open
# day's visitor notes and crew chat, a pick-your-own farm's visitor rules and pickers' chat,
# a call centre's staff handbook and agents' chat), written apart from the rules after
# 4ce2ae5 and measured with it (116 caught, 14 good sentences reported; 118, 9) and after
# the round on sets 265 and 266 (see tests/corpus/README.md), then tuned on together.
TUNED_ONCE = tuple(range(213, 269))
# Sets 269 (a leisure centre's gym induction and instructors' chat, a recording studio's
# booking notes and engineers' chat, a hospice charity shop's volunteer notes and
# volunteers' group, a boatyard's yard rules and shipwrights' chat, a primary school's
# parent newsletter and parents' group, a bakery van round's driver notes and drivers'
# chat) and 270 (a vintage car club's rally notes and members' forum, a dental surgery's
# reception leaflets and staff chat, a rugby club's training notes and players' chat, a
# stained glass supplier's customer notes and cutters' chat, a parish council's newsletter
# and residents' forum, a nail bar's client notes and technicians' chat), written apart
# from the rules after 00a9362 and measured with it (119 caught, 10 good sentences
# reported; 120, 14) and after the round on sets 267 and 268 (see tests/corpus/README.md);
# never tuned on.
FRESHEST_SETS: tuple[int, ...] = (269, 270)
# Sets measured untuned once, then tuned on by the patterns and the reader's gates, and
# later trained on.
TUNED_THEN_TRAINED = tuple(range(169, 189))
# Sets never tuned on, whose scores chose the learned reader's bars
# (SURE_OF_HARM_BELOW, ANOTHER_KIND_BELOW, NONE_BELOW) and checked later changes, and
# later trained on.
CHOSE_BARS = (165, 166, 167, 168)
# Sets measured untuned once, then trained on by the learned reader but never tuned on
# by the patterns.
TRAINED_NOT_TUNED = (163, 164)
# The claim sets risky-claim's learned reader is trained on
# (scripts/train-claims-model.py reads them from here): all but the unread ones. Trained
# on 1-188 instead of 1-164, the rules caught 668 of the 720 claims of the unread sets,
# against 662.
TRAINED_THROUGH = 188
TRAINED_SETS = tuple(range(1, TRAINED_THROUGH + 1))
# Each claim set of tests/corpus/ (with its clean sentences) and what it has been used
# for, as the summary names it (tests/corpus/README.md has each set's untuned score).
HELD_OUT = {
    1: "since used for tuning",
    2: "tuned on after one untuned run",
    3: "measured untuned once, then tuned on",
    4: "measured untuned twice, then tuned on",
    5: "measured untuned once, then tuned on",
    6: "measured untuned once, then tuned on",
    7: "measured untuned once, then tuned on",
    8: "measured untuned twice, then tuned on",
    9: "measured untuned once, then tuned and trained on",
    10: "measured untuned once, then tuned and trained on",
    11: "measured untuned once, then tuned and trained on",
    12: "measured untuned, then tuned and trained on",
    13: "measured untuned once, then tuned and trained on",
    14: "measured untuned once, then tuned and trained on",
    15: "measured untuned once, then tuned and trained on",
    16: "measured untuned, then tuned and trained on",
    17: "measured untuned, then tuned and trained on",
    18: "measured untuned, then tuned and trained on",
    19: "measured untuned once, then tuned and trained on",
    20: "measured untuned once, then tuned and trained on",
    21: "measured untuned once, then tuned and trained on",
    22: "measured untuned once, then tuned and trained on",
    23: "measured untuned twice, then tuned and trained on",
    24: "measured untuned twice, then tuned and trained on",
    25: "measured untuned once, then tuned and trained on",
    26: "measured untuned once, then tuned and trained on",
    27: "measured untuned once, then tuned and trained on",
    28: "measured untuned once, then tuned and trained on",
    29: "measured untuned once, then tuned and trained on",
    30: "measured untuned once, then tuned and trained on",
    31: "measured untuned once, then tuned and trained on",
    32: "measured untuned once, then tuned and trained on",
    33: "measured untuned once, then tuned and trained on",
    34: "measured untuned once, then tuned and trained on",
    35: "measured untuned twice, then tuned and trained on",
    36: "measured untuned twice, then tuned and trained on",
    37: "measured untuned once, then tuned and trained on",
    38: "measured untuned once, then tuned and trained on",
    39: "measured untuned twice, then tuned and trained on",
    40: "measured untuned twice, then tuned and trained on",
    41: "measured untuned twice, then tuned and trained on",
    42: "measured untuned twice, then tuned and trained on",
    43: "measured untuned twice, then tuned and trained on",
    44: "measured untuned twice, then tuned and trained on",
    45: "measured untuned twice, then tuned and trained on",
    46: "measured untuned twice, then tuned and trained on",
    47: "measured untuned three times, then tuned and trained on",
    48: "measured untuned three times, then tuned and trained on",
    49: "measured untuned twice, then tuned and trained on",
    50: "measured untuned twice, then tuned and trained on",
    51: "measured untuned once, then tuned and trained on",
    52: "measured untuned once, then tuned and trained on",
    53: "measured untuned three times, then tuned and trained on",
    54: "measured untuned three times, then tuned and trained on",
    55: "measured untuned once, then tuned and trained on",
    56: "measured untuned once, then tuned and trained on",
    57: "measured untuned once, then tuned and trained on",
    58: "measured untuned once, then tuned and trained on",
    59: "measured untuned three times, then tuned and trained on",
    60: "measured untuned three times, then tuned and trained on",
    61: "measured untuned once, then tuned and trained on",
    62: "measured untuned once, then tuned and trained on",
    63: "measured untuned once, then tuned and trained on",
    64: "measured untuned once, then tuned and trained on",
    65: "measured untuned twice, then tuned and trained on",
    66: "measured untuned twice, then tuned and trained on",
    67: "measured untuned three times, then tuned and trained on",
    68: "measured untuned three times, then tuned and trained on",
    69: "measured untuned once, then tuned and trained on",
    70: "measured untuned once, then tuned and trained on",
    71: "measured untuned once, then tuned and trained on",
    72: "measured untuned once, then tuned and trained on",
    73: "measured untuned once, then tuned and trained on",
    74: "measured untuned once, then tuned and trained on",
    75: "measured untuned once, then tuned and trained on",
    76: "measured untuned once, then tuned and trained on",
    77: "measured untuned once, then tuned and trained on",
    78: "measured untuned once, then tuned and trained on",
    79: "measured untuned once, then tuned and trained on",
    80: "measured untuned once, then tuned and trained on",
    81: "measured untuned once, then tuned and trained on",
    82: "measured untuned once, then tuned and trained on",
    83: "measured untuned once, then tuned and trained on",
    84: "measured untuned once, then tuned and trained on",
    85: "measured untuned once, then tuned and trained on",
    86: "measured untuned once, then tuned and trained on",
    87: "measured untuned once, then tuned and trained on",
    88: "measured untuned once, then tuned and trained on",
    89: "measured untuned once, then tuned and trained on",
    90: "measured untuned once, then tuned and trained on",
    # From set 91 the rules were tuned, a pair a round, and the reader later trained on
    # the sets up to TRAINED_THROUGH; the sets written last are measured once and left
    # unread, the estimate of how the rules read new claims.
    **dict.fromkeys(
        range(91, TRAINED_THROUGH + 1), "measured untuned once, then tuned and trained on"
    ),
    **dict.fromkeys(
        CHOSE_BARS, "never tuned on; used to choose the reader's bars, then trained on"
    ),
    **dict.fromkeys(TRAINED_NOT_TUNED, "measured untuned once, then trained on (not tuned on)"),
    **dict.fromkeys(TUNED_THEN_TRAINED, "measured untuned once, then tuned on, then trained on"),
    **dict.fromkeys(UNREAD_SETS, "never tuned or trained on"),
    **dict.fromkeys(TUNED_ONCE, "measured untuned once, then tuned on"),
    **dict.fromkeys(FRESHEST_SETS, "never tuned or trained on"),
}


def set_suffix(n: int) -> str:
    """How a set's number is written in its file name and group (set 1 has none)."""
    return "" if n == 1 else str(n)


def claim_file(n: int) -> str:
    return f"dangerous-claims-heldout{'' if n == 1 else f'-{n}'}.txt"


def safe_file(n: int) -> str:
    return f"safe-sentences-heldout{'' if n == 1 else f'-{n}'}.txt"


# The planted sets: (file, the prefix of the entries' ids, dangerous or not).
PLANTED = (
    ("dangerous-claims-dev.txt", "planted", True),
    *(
        planted
        for n in HELD_OUT
        for planted in (
            (claim_file(n), f"heldout{set_suffix(n)}", True),
            (safe_file(n), f"safe{set_suffix(n)}", False),
        )
    ),
    # Good leaflet text written apart from the rules (reassurance, medicines, when to get
    # help, exercise steps, treatments that work): two halves of one set, each measured
    # before it was tuned on, and a newer set never tuned or trained on.
    ("clean-leaflets-a.txt", "leaflet-a", False),
    ("clean-leaflets-b.txt", "leaflet-b", False),
    ("clean-leaflets-c.txt", "leaflet-c", False),
    ("clean-leaflets-d.txt", "leaflet-d", False),
    ("clean-leaflets-e.txt", "leaflet-e", False),
    ("clean-leaflets-f.txt", "leaflet-f", False),
    ("clean-leaflets-g.txt", "leaflet-g", False),
    ("clean-leaflets-h.txt", "leaflet-h", False),
    ("clean-leaflets-i.txt", "leaflet-i", False),
    ("clean-leaflets-j.txt", "leaflet-j", False),
)
# What each planted group is, as the summary names it.
GROUPS = {
    "planted": "development",
    **{f"heldout{set_suffix(n)}": f"held-out (set {n}, {use})" for n, use in HELD_OUT.items()},
}
SAFE_GROUPS = {
    **{f"safe{set_suffix(n)}": f"set {n}, {use}" for n, use in HELD_OUT.items()},
    "leaflet-a": "clean leaflet text, half a: measured once, then tuned on",
    "leaflet-b": "clean leaflet text, half b: measured twice, then tuned on",
    "leaflet-c": "clean leaflet text, set c: measured once, then tuned and trained on",
    "leaflet-d": "clean leaflet text, set d: never tuned or trained on",
    "leaflet-e": "clean leaflet text, set e: measured once, then tuned and trained on",
    "leaflet-f": "clean leaflet text, set f: measured once, then tuned and trained on",
    "leaflet-g": "clean leaflet text, set g: measured twice, then tuned and trained on",
    "leaflet-h": "clean leaflet text, set h: measured twice, then tuned and trained on",
    "leaflet-i": "clean leaflet text, set i: measured twice, then tuned and trained on",
    "leaflet-j": "clean leaflet text, set j: measured twice, then tuned and trained on",
}

CONFIG = """\
name: corpus
organisation:
  name: Corpus clinic
"""
PEOPLE = """\
people:
  - id: ann-author
    name: Ann Author
    credentials: [PT]
    roles: [author]
"""
CLEAN_LINES = (
    "Gentle movement helps most people with a stiff back.",
    "Start slowly and rest when you need to.",
)


@dataclass(frozen=True)
class Plant:
    """One dangerous sentence planted into an entry, and where it is."""

    sentence: str
    kinds: frozenset[str]  # empty for a safe sentence
    path: str
    line: int
    column: int
    group: str  # the prefix of PLANTED it belongs to


# --- building the knowledge base ---------------------------------------------------


def block(text: str, indent: str) -> str:
    """``text`` as the lines of a YAML literal block, whitespace of each line trimmed."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(f"{indent}{line}" if line else "" for line in lines)


def answer_entry(number: int, record: dict[str, str]) -> str:
    question = " ".join(record["question"].split())
    body = "\n".join(line for line in block(record["answer"], "  ").splitlines() if line.strip())
    return (
        f"id: mq-{number:03d}\ntype: faq\ntitle: {json.dumps(question)}\n"
        f"summary: {json.dumps(record['focus'])}\nlanguage: en\nauthors:\n  - ann-author\n"
        f"question: {json.dumps(question)}\nanswer: |-\n{body}\nreview:\n  status: draft\n"
    )


def plant_faq(number: int, sentence: str, group: str = "planted") -> tuple[str, int, int]:
    """An FAQ whose answer has ``sentence`` on a line of its own: (text, line, column)."""
    head = f"id: {group}-faq-{number:02d}\ntype: faq\ntitle: About stiffness\n"
    head += "summary: What helps a stiff back.\nlanguage: en\nauthors:\n  - ann-author\n"
    head += "question: What helps a stiff back?\nanswer: |-\n"
    lines = [f"  {CLEAN_LINES[0]}", f"  {sentence}", f"  {CLEAN_LINES[1]}"]
    line = head.count("\n") + 2
    return head + "\n".join(lines) + "\nreview:\n  status: draft\n", line, 3


def plant_technique(number: int, sentence: str, group: str = "planted") -> tuple[str, int, int]:
    """A technique with ``sentence`` as its second step: (text, line, column)."""
    head = (
        f"id: {group}-step-{number:02d}\ntype: technique\ntitle: Shoulder rolls\n"
        "summary: Roll your shoulders slowly.\nlanguage: en\nauthors:\n  - ann-author\n"
        "purpose: Slow shoulder rolls can help you feel less stiff.\nsteps:\n"
        "  - Sit up tall.\n"
    )
    line = head.count("\n") + 1
    tail = (
        f"  - {json.dumps(sentence)}\n  - Roll your shoulders back and down.\n"
        "dose:\n  repetitions: 10\nstop_if:\n  - Sharp pain in your neck\n"
        "precautions: none\nprecautions_reason: A gentle movement.\n"
        "sources:\n  - title: Back pain\n    url: https://www.nhs.uk/conditions/back-pain/\n"
        "review:\n  status: draft\n"
    )
    return head + tail, line, 6


def kinds_of(reason: str) -> frozenset[str]:
    # The held-out sets name the kind itself ("cure"); the development list describes it.
    if reason.strip() in EXPECTED_KIND.values():
        return frozenset({reason.strip()})
    found = {kind for words, kind in EXPECTED_KIND.items() if words in reason}
    return frozenset(found)


def build(root: Path, limit: int | None) -> tuple[int, list[Plant]]:
    (root / "carekb.yaml").write_text(CONFIG, encoding="utf-8")
    for folder in ("faqs", "techniques"):
        (root / "kb" / folder).mkdir(parents=True)
    (root / "kb" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    records = [json.loads(line) for line in (CORPUS / "medquad-dev.jsonl").open(encoding="utf-8")]
    records = records[:limit] if limit else records
    for number, record in enumerate(records, start=1):
        path = root / "kb" / "faqs" / f"mq-{number:03d}.yaml"
        path.write_text(answer_entry(number, record), encoding="utf-8")
    plants: list[Plant] = []
    for file, group, dangerous in PLANTED:
        claims = (CORPUS / file).read_text(encoding="utf-8").splitlines()
        for number, raw in enumerate((c for c in claims if c.strip()), start=1):
            sentence, _, reason = raw.partition(" | ")
            kinds = kinds_of(reason)
            if dangerous and not kinds:
                raise SystemExit(f"{file}: no known kind of danger in {raw!r}")
            for folder, make in (("faqs", plant_faq), ("techniques", plant_technique)):
                text, line, column = make(number, sentence.strip(), group)
                name = re.search(r"^id: (\S+)", text, re.M).group(1)  # type: ignore[union-attr]
                (root / "kb" / folder / f"{name}.yaml").write_text(text, encoding="utf-8")
                rel = f"kb/{folder}/{name}.yaml"
                plants.append(Plant(sentence.strip(), kinds, rel, line, column, group))
    return len(records), plants


# --- running the rules ---------------------------------------------------------------


def load_libraries() -> dict[str, float]:
    """Load the content rules' libraries once, and how long each took (they load lazily)."""
    from carekb.validate import readability, vocabulary

    seconds = {}
    for name, load in (
        ("wordfreq list (jargon)", vocabulary._frequencies),
        ("CMU dictionary (reading-level)", readability._pronunciations),
        ("pyphen (reading-level)", readability._hyphenator),
    ):
        started = time.perf_counter()
        load()
        seconds[name] = time.perf_counter() - started
    return seconds


def run_rules(root: Path, *, line_up: bool = False):
    from carekb.kb import open_kb
    from carekb.load.project import open_project
    from carekb.validate.context import RuleContext
    from carekb.validate.settings import resolve_settings

    started = time.perf_counter()
    project = open_project(root)
    kb = open_kb(project)
    parse_seconds = time.perf_counter() - started
    findings = []
    seconds: dict[str, float] = {}
    # Where findings are: the careful parse of a file, run once a finding in it needs a
    # line and column. It is the loader's cost, shared by every rule, so it is timed
    # apart (for every file; lint pays it only for files with findings).
    started = time.perf_counter()
    for entry in kb.entries:
        entry.doc.key_positions  # noqa: B018 -- computes the positions
    seconds["(positions)"] = time.perf_counter() - started
    # One scratch space for the rules of the run, as the lint engine keeps one: what
    # several rules read (an entry's texts, where a long value stands in its file) is
    # worked out by the first rule that needs it, and each rule's time is what it
    # adds, in the engine's order.
    shared: dict[object, object] = {}
    if line_up:
        # Where each text of an entry stands in its file (validate/locate.py): worked out
        # once per entry for every rule that reports, the loader's cost like the
        # positions, so it is timed apart rather than charged to the first rule
        # that reports on a long value.
        from carekb.validate import locate, prose

        settings = resolve_settings(project)
        first = next(s for s in settings if s.rule.id in CONTENT_RULES)
        ctx = RuleContext(first.rule.id, first.level, first.options, kb, project, shared=shared)
        started = time.perf_counter()
        for entry in kb.entries:
            source = prose.source(ctx, entry)
            for path, text in prose.texts(ctx, entry):
                word = re.search(r"\S+", text)
                # A value is lined up on its first locate after a few searches.
                for _ in range(locate._SEARCHES_BEFORE_ALIGNING + 1) if word else ():
                    source.locate(path, text, word.start(), word.end())
        seconds["(source map)"] = time.perf_counter() - started
    for setting in resolve_settings(project):
        if setting.rule.id not in CONTENT_RULES:
            continue
        ctx = RuleContext(
            setting.rule.id, setting.level, setting.options, kb, project, shared=shared
        )
        started = time.perf_counter()
        findings.extend(setting.rule.check(ctx))
        seconds[setting.rule.id] = time.perf_counter() - started
    return kb, findings, parse_seconds, seconds


def time_long_answer(
    root: Path, size: int, *, punctuated: bool = True
) -> tuple[int, float, dict[str, float]]:
    """Parse time and each content rule's time on one FAQ whose answer is ``size`` bytes.

    Without punctuation the answer is one endless clause: the worst case for
    anything that looks back to the start of a clause or sentence.
    """
    answers = [
        " ".join(json.loads(line)["answer"].split())
        for line in (CORPUS / "medquad-dev.jsonl").open(encoding="utf-8")
    ]
    text = ""
    while len(text) < size:
        text += " ".join(answers)
    text = text[:size]
    if not punctuated:
        text = re.sub(r"[^\w\s]", "", text)
    # Folded into lines of about 80 characters, as an editor would keep it.
    lines = re.findall(r".{1,78}(?:\s|$)", text)
    body = "\n".join(f"  {line.strip()}" for line in lines if line.strip())
    long_root = root / ("long" if punctuated else "long-unpunctuated")
    (long_root / "kb" / "faqs").mkdir(parents=True)
    # The default limit refuses files over 1 MB for safety; this one is meant to be big.
    config = CONFIG + f"lint:\n  max_file_bytes: {4 * size}\n"
    (long_root / "carekb.yaml").write_text(config, encoding="utf-8")
    (long_root / "kb" / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    entry = (
        "id: long\ntype: faq\ntitle: Long\nsummary: Long.\nlanguage: en\nauthors:\n"
        f"  - ann-author\nquestion: What is it?\nanswer: >-\n{body}\nreview:\n  status: draft\n"
    )
    (long_root / "kb" / "faqs" / "long.yaml").write_text(entry, encoding="utf-8")
    kb, _, parse_seconds, seconds = run_rules(long_root, line_up=True)
    if not kb.entries:
        raise SystemExit("the long answer did not load: nothing was timed")
    return len(body), parse_seconds, seconds


# --- reporting ------------------------------------------------------------------------


def content(seconds: dict[str, float]) -> float:
    """The content rules' own time: without the positions, which are the loader's."""
    return sum(took for rule, took in seconds.items() if rule in CONTENT_RULES)


def kind_of(message: str) -> str:
    match = re.match(r"risky claim \(([^)]*)\)", message)
    return match.group(1) if match else "?"


def planted_report(
    plants: list[Plant], findings: list, group: str = "planted"
) -> tuple[int, int, list[str]]:
    """(caught with the right kind on the line, caught on the line, one line per plant)."""
    by_file: dict[str, list] = defaultdict(list)
    for finding in findings:
        if finding.rule == "risky-claim":
            by_file[finding.path].append(finding)
    caught = on_line = 0
    lines = []
    for plant in (p for p in plants if p.group == group):
        here = [f for f in by_file[plant.path] if f.line == plant.line]
        right = [f for f in here if any(k in kind_of(f.message) for k in plant.kinds)]
        caught += bool(right)
        on_line += bool(here)
        mark = "caught" if right else ("WRONG KIND" if here else "MISSED")
        where = ", ".join(f"{f.line}:{f.column} {kind_of(f.message)}" for f in here) or "-"
        want = "/".join(sorted(plant.kinds))
        lines.append(f"  {mark:10} {plant.path}:{plant.line} [{want}] at {where}: {plant.sentence}")
    return caught, on_line, lines


def safe_report(
    plants: list[Plant], findings: list, group: str = "safe"
) -> tuple[int, int, list[str]]:
    """(safe sentences reported by risky-claim, safe sentences planted, one line each reported)."""
    reported: dict[str, list] = defaultdict(list)
    for finding in findings:
        if finding.rule == "risky-claim":
            reported[finding.path].append(finding)
    safe = [p for p in plants if p.group == group]
    lines = []
    for plant in safe:
        for f in reported[plant.path]:
            lines.append(
                f"  REPORTED   {plant.path}:{f.line}:{f.column} {kind_of(f.message)}: "
                f"{plant.sentence}"
            )
    return len({p.path for p in safe if reported[p.path]}), len(safe), lines


def sample_report(findings: list, kb, size: int, seed: int) -> str:
    texts = {e.path: e.doc.text.splitlines() for e in kb.entries}
    out = ["# Findings on the real answers, sampled for hand-checking", ""]
    for rule in CONTENT_RULES:
        # A generator per rule: one rule's sample does not change when another's does.
        rng = random.Random(f"{seed}-{rule}")
        real = [f for f in findings if f.rule == rule and "/mq-" in f.path]
        picked = sorted(rng.sample(real, min(size, len(real))))
        out += [f"## {rule}: {len(picked)} of {len(real)}", ""]
        for number, finding in enumerate(picked, start=1):
            line = texts[finding.path][finding.line - 1].strip() if finding.path in texts else ""
            out.append(
                f"{number}. `{finding.path}:{finding.line}:{finding.column}` {finding.message}"
            )
            out.append(f"   > {line[:300]}")
        out.append("")
    return "\n".join(out)


def unread_summary(plants: list[Plant], findings: list, sets: tuple[int, ...] = UNREAD_SETS) -> str:
    """The held-out target's measure on ``sets`` (never tuned or trained on), together."""
    caught = claims = wrong = clean = 0
    for n in sets:
        found, _, lines = planted_report(plants, findings, f"heldout{set_suffix(n)}")
        caught, claims = caught + found, claims + len(lines)
        reported, planted, _ = safe_report(plants, findings, f"safe{set_suffix(n)}")
        wrong, clean = wrong + reported, clean + planted
    return (
        f"sets {sets[0]}-{sets[-1]}, never tuned or trained on, together: "
        f"{caught} of {claims} planted claims caught with the right kind on their line "
        f"({100 * caught / max(claims, 1):.1f}%); {wrong} of {clean} planted clean "
        f"sentences reported ({100 * wrong / max(clean, 1):.1f}%)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N answers")
    parser.add_argument(
        "--long-bytes", type=int, default=1_000_000, help="size of the long answer (0: none)"
    )
    parser.add_argument("--sample", type=int, default=0, help="findings per rule to sample")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--out", type=Path, help="where to write the sample (Markdown)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="carekb-corpus-") as tmp:
        root = Path(tmp)
        answers, plants = build(root, args.limit)
        loads = load_libraries()
        kb, findings, parse_seconds, seconds = run_rules(root)
        real = [f for f in findings if "/mq-" in f.path]
        counts = Counter(f.rule for f in real)
        entries_with = {rule: len({f.path for f in real if f.rule == rule}) for rule in counts}
        print(f"real answers: {answers} (tests/corpus/medquad-dev.jsonl)")
        print("findings on the real answers, per 100 answers (answers with one):")
        for rule in CONTENT_RULES:
            per = 100 * counts[rule] / max(answers, 1)
            with_one = 100 * entries_with.get(rule, 0) / max(answers, 1)
            print(f"  {rule:15} {per:7.1f}   ({with_one:.1f} per 100 have at least one)")
        for group, title in GROUPS.items():
            caught, on_line, lines = planted_report(plants, findings, group)
            total = len(lines)
            share = 100 * caught / max(total, 1)
            print(
                f"{title} claims caught by risky-claim with the right kind on their line: "
                f"{caught} of {total} ({share:.0f}%)"
            )
            print(f"  (on their line with any kind: {on_line} of {total})")
            print("\n".join(lines))
        for group, title in SAFE_GROUPS.items():
            wrong, safe, lines = safe_report(plants, findings, group)
            print(f"safe sentences ({title}) reported by risky-claim: {wrong} of {safe} planted")
            print("\n".join(lines))
        print(unread_summary(plants, findings))
        print(unread_summary(plants, findings, NEWEST_SETS))
        entries = len(kb.entries)
        print("libraries, loaded once per process on first use:")
        for name, took in loads.items():
            print(f"  {name:32} {took:5.2f} s")
        print(f"cores: {os.cpu_count()}")
        print(f"timing over {entries} entries, libraries loaded (parse {parse_seconds:.2f} s):")
        for rule, took in seconds.items():
            print(f"  {rule:15} {took:6.2f} s  {1000 * took / max(entries, 1):6.2f} ms/entry")
        print(f"  all content     {content(seconds):6.2f} s  (parse {parse_seconds:.2f} s)")
        for punctuated in (True, False) if args.long_bytes else ():
            size, long_parse, long_seconds = time_long_answer(
                root, args.long_bytes, punctuated=punctuated
            )
            kind = "" if punctuated else ", punctuation removed"
            # After the corpus run, so risky-claim's expressions and its RE2 prefilter
            # are built: the cost a megabyte adds, not a fresh process's first use.
            print(
                f"one answer of {size / 1e6:.2f} MB{kind} (parse {long_parse:.2f} s; "
                "expressions compiled by the run above):"
            )
            for rule, took in long_seconds.items():
                print(f"  {rule:15} {took:6.2f} s")
            print(f"  all content     {content(long_seconds):6.2f} s")
        if args.sample:
            report = sample_report(findings, kb, args.sample, args.seed)
            if args.out:
                args.out.write_text(report + "\n", encoding="utf-8")
                print(f"sample written to {args.out}")
            else:
                print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
