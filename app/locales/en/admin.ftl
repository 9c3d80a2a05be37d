## The secretariat's admin page: people and roles, join requests, organizations, topics, the
## mail outbox and the audit trail.

admin-title = Administration
admin-lead = People and roles, requests to join organizations, organizations, the topic taxonomy, mail waiting in the outbox, and the audit trail.
admin-loading = Loading…
admin-sign-in-as-admin = Please sign in with a secretariat admin account.
admin-sign-in = Sign in

## People and roles
admin-people-title = People and roles
admin-people-search = Find people by name or email
admin-find = Find
admin-loading-people = Loading people…
admin-roles-of = Roles of { $name }
admin-membership-admin = { $organization }: organization admin
admin-membership-member = { $organization }: member
admin-make-member = Make member
admin-make-admin = Make admin
admin-remove = Remove
admin-add-to-organization = Add to organization
admin-as-organization-admin = as organization admin
admin-add = Add
admin-deactivated = Deactivated
admin-reactivate-account = Reactivate account
admin-deactivate-account = Deactivate account
admin-choose-role = Choose a role from the list.
admin-cannot-remove-own-admin = You cannot remove your own secretariat admin role; ask another admin.
admin-no-such-account = This account does not exist.
admin-choose-organization = Choose an organization from the list.

## Join requests
admin-join-requests-title = Requests to join organizations
admin-no-join-requests = No requests are waiting.
admin-to-join = To join:

## Organizations
admin-organizations-title = Organizations
admin-add-organization-title = Add an organization
admin-organization-added = Organization added.
admin-kind = Kind
admin-name = Name
admin-country = Country
admin-city = City
admin-add-organization = Add organization
admin-merge-title = Merge duplicates
admin-merge-lead = Members, contacts, topics and KPI values of the duplicate move to the organization you keep; then the duplicate is deleted.
admin-merged = Merged.
admin-merge-keep = Keep
admin-merge-duplicate = Merge and delete
admin-merge-button = Merge
admin-merge-same = Choose two different organizations.
admin-merge-stopped = The merge into { $organization } was stopped: records still refer to the duplicate. Nothing was changed.
admin-no-such-organization = This organization is not in the directory.
admin-merge-partnership = “{ $title }” (partnership { $id })
admin-merge-partners = These two organizations are partners in { $partnerships }: merged, the organization would partner with itself. Close that partnership or correct its partners first.

## Topics
admin-topics-title = Topic taxonomy
admin-loading-topics = Loading topics…
admin-topic-name-of = Name of topic { $code }
admin-rename = Rename
admin-new-topic = New topic
admin-add-topic = Add topic

## Mail outbox
admin-outbox-title = Mail outbox
admin-outbox-lead = Every message the site sends, with where it stands. Without a mail server, messages are kept here instead of sent; a message holding a private link (a password reset, a confirmation) is shown only to its recipient, on their account page.
admin-outbox-empty = The outbox is empty.
admin-outbox-when = { $date }, { $time } UTC
admin-outbox-kept = Kept in the app (no mail server)
admin-outbox-retrying = { $attempts ->
    [one] Waiting to retry (1 attempt so far)
   *[other] Waiting to retry ({ $attempts } attempts so far)
}
admin-outbox-waiting = Waiting
admin-outbox-sending = Sending
admin-outbox-sent = Sent
admin-outbox-sent-at = Sent { $when }
admin-outbox-failed = { $attempts ->
    [one] Failed after 1 attempt
   *[other] Failed after { $attempts } attempts
}
admin-outbox-files = With { $files }
admin-outbox-to = To { $recipient } · written { $when }
admin-outbox-why = Why: { $error }
admin-outbox-send-again = Send again
admin-outbox-not-failed = Only a failed message can be sent again; this one is not (any more).

## Audit trail
admin-audit-title = Audit trail
admin-audit-lead = Role grants and revocations, membership decisions, network membership, deactivations and merges: who did what, and when (UTC).
admin-audit-filter-label = Filter the audit trail
admin-audit-action = Action
admin-audit-all-actions = All actions
admin-audit-who-field = Who (name or email)
admin-audit-on = On whom or what
admin-audit-from = From
admin-audit-to = To
admin-audit-filter = Filter
admin-audit-loading = Loading the audit trail…
admin-audit-none = Nothing recorded matches.
admin-audit-newest = The newest { $count } entries (download the CSV for more)
admin-audit-count = { $count ->
    [one] 1 entry
   *[other] { $count } entries
}
admin-audit-download = Download as CSV
admin-audit-caption = Audit trail, newest first
admin-audit-when = When
admin-audit-csv-when = When (UTC)
admin-audit-who = Who
admin-audit-what = What
admin-audit-details = Details
admin-audit-at = { $date }, { $time }
admin-audit-choose-action = Choose an action from the list.
admin-audit-date-format = Enter a date as YYYY-MM-DD.
admin-audit-dates-reversed = The last day cannot be before the first.
