#!/usr/bin/env bash
# Re-sign the bundled sample knowledge base with the demo keys in demo-keys/
# (they exist only to keep the sample reproducible). Run it after editing a
# sample entry or the roster: approvals are bound to the exact content, and the
# roster to the demo lead's signature, so an edit voids them until they are
# signed again. First the demo lead signs the roster (against the demo trust
# root), then the demo authors and reviewers sign every review event. Most entries end up approved;
# a few are left in draft, in review and with changes requested, so the
# workflow shows.
set -euo pipefail
cd "$(dirname "$0")/.."
carekb=${CAREKB:-.venv/bin/carekb}
export CAREKB_TRUST=demo-keys/trust.yaml
chmod 600 demo-keys/*.key

# The demo roster holds for five years so the sample keeps working; a real
# one is re-signed yearly (the default expiry), see docs/leads.md.
"$carekb" roster sign --as demo-author-1 --key demo-keys/demo-author-1.key --expires 2031-12-01

author_of() { sed -n '/^authors:/{n;s/^ *- *//p;q}' "$(ls kb/*/"$1".yaml)"; }

status_of() { sed -n '/^review:/,$s/^  status: *//p' "$(ls kb/*/"$1".yaml)" | head -n1; }

request() {  # request ID: ask for review unless it is already waiting (re-runs are fine)
  local status
  status=$(status_of "$1")
  if [ "$status" = "draft" ] || [ "$status" = "changes_requested" ]; then
    local author
    author=$(author_of "$1")
    "$carekb" review request "$1" --as "$author" --key "demo-keys/$author.key"
  fi
}

approve() {  # approve ID REVIEWER
  request "$1"
  "$carekb" review approve "$1" --as "$2" --key "demo-keys/$2.key"
}

for id in move-gently stop-if-pain-increases ask-first-conditions self-cracking-hypermobility \
          red-flags-seek-care seated-chair-twist shoulder-rolls doorway-chest-stretch cat-cow; do
  approve "$id" demo-reviewer-pt
done
for id in thread-the-needle childs-pose foam-roller-upper-back \
          is-it-safe-to-crack-your-own-upper-back what-is-the-upper-back; do
  approve "$id" demo-reviewer-dc
done
approve upper-back-self-care demo-reviewer-pt

# Left for the workflow to show: one in review, one sent back, one still a draft.
request why-do-people-crack-their-upper-back
if [ "$(status_of ways-to-ease-a-stiff-upper-back)" != "changes_requested" ]; then
  request ways-to-ease-a-stiff-upper-back
  "$carekb" review reject ways-to-ease-a-stiff-upper-back --as demo-reviewer-dc \
    --key demo-keys/demo-reviewer-dc.key \
    --comment "Say how long to keep trying self-care before booking an appointment."
fi
"$carekb" status
