#!/usr/bin/env bash
# Lighthouse (npm, pinned in end2end/package.json) in mobile mode (its throttling: slow 4G, a
# 4x slower CPU), with Debian's chromium, against a release server with the demo data. For each
# page people use, the Forum's first: performance and accessibility (targets: 95 and 100), time
# to interactive and total blocking time. Full reports are kept in a folder it names.
#   bench/lighthouse.sh [PATH ...]   (builds the release server unless E2E_SERVER_BIN is set)
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"

start_bench_server

# An attendee for the badge and the ballot (a confirmed member's registration is confirmed at once).
jar="$BENCH_DATA/cookies"
email="lighthouse.$(date +%s)@bench.example"
curl -fs -c "$jar" -b "$jar" -H "Origin: $BENCH_URL" "$BENCH_URL/api/accounts/sign_up" \
  --data-urlencode "name=Nguyễn Văn An" --data-urlencode "email=$email" \
  --data-urlencode "password=a long enough passphrase" >/dev/null
# Sign-up emails a link (here: the outbox, no mail server) and starts no session: confirm, sign in.
token="$(python3 -c 'import re, sqlite3, sys
import time
for _ in range(200):  # the sign-up writes its message just after answering
    row = sqlite3.connect(sys.argv[1]).execute("SELECT body FROM outbox_message WHERE recipient = ? ORDER BY id DESC", (sys.argv[2],)).fetchone()
    if row: break
    time.sleep(0.05)
print(re.search(r"/confirm-email\?token=([0-9a-f]+)", row[0]).group(1))' "$BENCH_DATA/waterlinks.db" "$email")"
curl -fs -H "Origin: $BENCH_URL" "$BENCH_URL/api/accounts/confirm_email" --data-urlencode "token=$token" >/dev/null
curl -fs -c "$jar" -b "$jar" -H "Origin: $BENCH_URL" "$BENCH_URL/api/accounts/sign_in" \
  --data-urlencode "email=$email" --data-urlencode "password=a long enough passphrase" >/dev/null
answers="$(curl -fs -b "$jar" -H "Origin: $BENCH_URL" -X POST "$BENCH_URL/api/forum/edition" | python3 -c '
import json, sys, urllib.parse
form = {}
for q in json.load(sys.stdin)["questions"]:
    if q["shown_if"]: continue
    key = "answers[q%d]" % q["id"]
    if q["kind"] == "yes_no": form[key] = "no"
    elif q["kind"] == "choice": form[key] = q["choices"][-1]
    elif q["required"]: form[key] = "None"
print(urllib.parse.urlencode(form))')"
registered="$(curl -fs -b "$jar" -H "Origin: $BENCH_URL" "$BENCH_URL/api/forum/register" \
  --data-urlencode "name=Nguyễn Văn An" --data-urlencode "email=$email" \
  --data-urlencode "organization=Hue Water Supply JSC" --data-urlencode "attendee_type=utility" --data "$answers")"
badge="$(echo "$registered" | python3 -c 'import json,sys; print(json.load(sys.stdin)["badge_code"])')"
personal="$(echo "$registered" | python3 -c 'import json,sys; print(json.load(sys.stdin)["personal_code"])')"

if [ $# -gt 0 ]; then
  pages=("$@")
else
  pages=(/forum /forum/confirm /awards /awards/vote "/awards/vote/$personal" "/forum/badge/$badge" /awards/1/screen
    / /partners /partnerships /needs /library /training /results /stories /events /sign-in)
fi
reports="$(mktemp -d "${TMPDIR:-/tmp}/waterlinks-lighthouse.XXXX")"
printf '%-28s %6s %6s %9s %8s\n' page perf a11y "TTI ms" "TBT ms"
n=0
for page in "${pages[@]}"; do
  n=$((n + 1))
  report="$reports/$n.json"
  CHROME_PATH="$(command -v chromium)" lighthouse "$BENCH_URL$page" \
    --form-factor=mobile --only-categories=performance,accessibility \
    --chrome-flags="--headless --no-sandbox --disable-gpu" \
    --output=json --output-path="$report" --quiet || { echo "$page: lighthouse failed"; continue; }
  python3 - "$report" "$page" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
page = sys.argv[2]
if len(page) > 27: page = page[:24] + "…"
score = lambda k: round(r["categories"][k]["score"] * 100)
ms = lambda a: round(r["audits"][a].get("numericValue") or 0)
print(f"{page:<28} {score('performance'):>6} {score('accessibility'):>6} {ms('interactive'):>9} {ms('total-blocking-time'):>8}")
for audit in r["audits"].values():
    if audit.get("score") is not None and audit["score"] < 0.9 and audit.get("scoreDisplayMode") in ("binary", "numeric"):
        print(f"    to improve: {audit['title']} ({audit.get('displayValue', '')})")
PY
done
echo "Full reports: $reports"
