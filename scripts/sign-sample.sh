#!/usr/bin/env bash
# Re-sign the bundled sample knowledge base with the demo reviewer keys in
# demo-keys/ (they exist only to keep the sample reproducible). Run it after
# editing a sample entry: approvals are bound to the exact content, so an edit
# voids them until a reviewer signs again. Most entries end up approved; a few
# are left in draft, in review and with changes requested, so the workflow shows.
set -euo pipefail
cd "$(dirname "$0")/.."
carekb=${CAREKB:-.venv/bin/carekb}
chmod 600 demo-keys/*.key

author_of() { sed -n '/^authors:/{n;s/^ *- *//p;q}' "$(ls kb/*/"$1".yaml)"; }

approve() {  # approve ID REVIEWER
  local status
  status=$(sed -n '/^review:/,$s/^  status: *//p' "$(ls kb/*/"$1".yaml)" | head -n1)
  if [ "$status" = "draft" ] || [ "$status" = "changes_requested" ]; then
    "$carekb" review request "$1" --as "$(author_of "$1")"
  fi
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
"$carekb" review request why-do-people-crack-their-upper-back --as "$(author_of why-do-people-crack-their-upper-back)"
"$carekb" review request ways-to-ease-a-stiff-upper-back --as "$(author_of ways-to-ease-a-stiff-upper-back)"
"$carekb" review reject ways-to-ease-a-stiff-upper-back --as demo-reviewer-dc \
  --comment "Say how long to keep trying self-care before booking an appointment."
"$carekb" status
