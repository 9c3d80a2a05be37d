## Water Operator Partnerships: the list, a partnership's page, its agreement, work plan,
## outcomes and progress reports, and the CSV export.

## Partnership states, sides, steps

wops-state-proposed = Proposed
wops-state-introduced = Introduced
wops-state-agreed = Agreed
wops-state-active = Active
wops-state-completed = Completed
wops-state-closed-early = Closed early
wops-side-mentor = Mentor
wops-side-recipient = Recipient
wops-step-introduce = Introduce the partners
wops-step-sign-mentor = Sign the letter of intent (mentor)
wops-step-sign-recipient = Sign the letter of intent (recipient)
wops-step-activate = Start the partnership
wops-step-complete = Mark as completed
wops-step-close-early = Close early

## Why a step is refused ($state is the partnership's state, in lower case)

wops-refused-only-proposed-introduced = A partnership that is { $state } cannot do that: only a proposed partnership can be introduced.
wops-refused-intent-after-introduction = A partnership that is { $state } cannot do that: the letter of intent is signed after the introduction.
wops-refused-already-signed = A partnership that is { $state } cannot do that: this side has already signed the letter of intent.
wops-refused-only-agreed-starts = A partnership that is { $state } cannot do that: only an agreed partnership can start.
wops-refused-only-active-completes = A partnership that is { $state } cannot do that: only an active partnership can be completed.
wops-refused-already-ended = A partnership that is { $state } cannot do that: it has already ended.
wops-refused-no-agreement = Record the signed agreement before starting the partnership.
wops-only-facilitating = Only a facilitator or the secretariat may do that.
wops-only-mentor-admins = Only the mentor's organization admins may do that.
wops-only-recipient-admins = Only the recipient's organization admins may do that.
wops-only-insiders = Only the partners, the facilitator or the secretariat may do that.

## Activities

wops-kind-technical-consultation = Technical consultation
wops-kind-on-the-job-training = On-the-job training
wops-kind-technology-demonstration = Technology demonstration
wops-kind-peer-review = Peer review of procedures and systems
wops-kind-information-exchange = Information exchange
wops-activity-planned = Planned
wops-activity-in-progress = In progress
wops-activity-done = Done
wops-activity-cancelled = Cancelled

## KPIs of outcomes

wops-outcome-headline = { $kpi }: { $baseline } (target { $target } by { $by })
wops-outcome-headline-measured = { $kpi }: { $baseline } → { $now } (target { $target } by { $by })
wops-warning-lower-better = Lower is better for { $kpi }, but the target ({ $target }) is above the baseline ({ $baseline }).
wops-warning-higher-better = Higher is better for { $kpi }, but the target ({ $target }) is below the baseline ({ $baseline }).

## The list of partnerships

wops-list-title = Partnerships
wops-list-heading = Water Operator Partnerships
wops-list-lead = Mentor utilities working with recipient utilities on service challenges, 12 to 24 months at a time.
wops-list-loading = Loading partnerships…
wops-filter-label = Filter partnerships
wops-filter-status = Status
wops-filter-any-status = Any status
wops-filter-year = Running in
wops-filter-any-year = Any year
wops-filter-submit = Filter
wops-filter-clear = Clear
wops-filter-bad-status = '{ $value }' is not a partnership status.
wops-filter-bad-year = '{ $value }' is not a year between 2000 and 2100.
wops-filter-country-too-long = The country is too long.
wops-filter-bad-topic = That is not a topic code.
wops-list-none = No partnerships match these filters.
wops-list-count = { $count ->
    [one] 1 partnership
   *[other] { $count } partnerships
}
wops-list-download-csv = Download CSV
wops-runs-from-to = { $from } to { $to }
wops-dates-not-agreed = Dates not agreed yet
wops-list-separator = {", "}

## A partnership's page

wops-loading = Loading…
wops-no-such-partnership = There is no partnership with this number.
wops-back-to-list = ← All partnerships
wops-topics = Topics
wops-facilitator = Facilitator
wops-closed-early-because = Closed early: { $reason }
wops-actions-to-resolve = Corrective actions to resolve
wops-outcomes = Outcomes
wops-no-outcomes-published = No outcomes published yet.
wops-activities = Activities
wops-activities-delivered = Activities delivered
wops-agreement = Agreement
wops-signatories = Signatories
wops-agreement-runs = Runs
wops-scope = Scope
wops-signed-document = Signed document
wops-document-size = ({ $kb } KB)
wops-forum-awards = Forum awards
wops-award-winner = Winner: { $award }
wops-removed-organization = (removed organization)

## Timeline and outcome charts

wops-no-activities = No activities yet.
wops-timeline-label = Activities over time
wops-date-range = { $from } – { $to }
wops-chart-title = { $kpi } over time
wops-chart-plan = { $kpi }. Baseline { $baseline } on { $baseline_date }. Target { $target } by { $target_date }.
wops-chart-nothing-measured = No value measured yet.
wops-chart-measured = Measured: { $values }.
wops-chart-value-on = { $value } on { $date }
wops-legend-baseline = Baseline
wops-legend-target = Target
wops-legend-measured = Measured

## Next steps, corrective actions, history

wops-next-steps = Next steps
wops-concept-note = Concept note
wops-why-closing-early = Why is it closing early?
wops-raised-by = Raised by { $name } on { $date }
wops-mark-resolved = Mark as resolved
wops-work-plan = Work plan
wops-history = History
wops-history-when = { $date } { $time } UTC
wops-trail-proposed = Proposed the partnership
wops-trail-introduced = Introduced the partners
wops-trail-state-change = { $from } → { $to }
wops-trail-state-change-note = { $change }: { $note }
wops-trail-period = { $start } to { $end }
wops-trail-agreement-recorded = Recorded the agreement
wops-trail-agreement-corrected = Corrected the agreement
wops-trail-agreement-document = Uploaded the signed agreement
wops-trail-commitment-mentor = Added a mentor commitment
wops-trail-commitment-recipient = Added a recipient commitment
wops-trail-activity-planned = Planned an activity
wops-trail-activity-marked = Marked an activity { $status }
wops-trail-resource-added = Added a resource
wops-trail-part-removed = { $part ->
    [commitment] Removed a commitment
    [activity] Removed an activity
   *[other] Removed a resource
}
wops-trail-outcome-set = Set an outcome
wops-trail-outcome-detail = { $kpi }: baseline { $baseline } on { $baseline_on }, target { $target } by { $target_by }
wops-trail-measured = Recorded a measured value
wops-trail-measured-detail = { $kpi } on { $on }: { $value }
wops-trail-report-submitted = Submitted a progress report
wops-trail-report-reviewed = Reviewed a progress report
wops-trail-review-detail = { $count ->
    [one] { $comment } (1 corrective action)
   *[other] { $comment } ({ $count } corrective actions)
}
wops-trail-action-resolved = Resolved a corrective action
wops-enter-concept-note = Write a short concept note for both partners.
wops-enter-close-reason = Say why the partnership is closing early.
wops-note-too-long = The note is too long (at most { $max } characters).
wops-changed-meanwhile = The partnership changed meanwhile. Reload the page and try again.
wops-unknown-step = Unknown step.
wops-plan-closed = This partnership is { $state }; its plan can no longer change.

## The agreement

wops-correct-agreement = Correct the agreement
wops-record-agreement = Record the agreement
wops-agreement-after-introduction = The agreement is recorded once a facilitator has introduced the partners.
wops-signatories-hint = Names and positions of those who signed, for both partners.
wops-start-date = Start date
wops-end-date = End date
wops-end-date-hint = 12 to 24 months after the start.
wops-save-agreement = Save the agreement
wops-signed-agreement-upload = Signed agreement (PDF, up to 10 MB)
wops-upload = Upload
wops-enter-signatories = Enter the signatories.
wops-signatories-too-long = The signatories are too long (at most { $max } characters).
wops-enter-scope = Enter the scope.
wops-scope-too-long = The scope is too long (at most { $max } characters).
wops-enter-start-date = Enter the start date.
wops-start-date-format = Enter the start date as a date (YYYY-MM-DD).
wops-enter-end-date = Enter the end date.
wops-end-date-format = Enter the end date as a date (YYYY-MM-DD).
wops-end-after-start = The end date must be after the start date.
wops-agreement-length = A partnership runs { $min } to { $max } months: end between { $earliest } and { $latest }.
wops-activities-outside-dates = { $count ->
    [one] 1 planned activity falls outside these dates; move it first.
   *[other] { $count } planned activities fall outside these dates; move them first.
}
wops-upload-missing = Choose the signed agreement (a PDF file) to upload.
wops-upload-too-large = The file is larger than 10 MB. Please upload a smaller PDF.
wops-upload-not-pdf = This file is not a PDF. Please upload the signed agreement as a PDF.
wops-upload-no-terms = Record the agreement's terms before uploading the signed document.
wops-upload-not-allowed = You cannot change this partnership's agreement.
wops-no-signed-agreement = No signed agreement has been uploaded.
wops-agreement-file-missing = The signed agreement file is missing.

## The work plan: commitments, activities, resources

wops-remove = Remove
wops-commitments = Commitments
wops-no-commitments = No commitments yet.
wops-commitment-side = { $side }:
wops-remove-commitment = Remove commitment: { $promise }
wops-add-commitment = Add a commitment
wops-partner = Partner
wops-promise = What this partner promises
wops-add-commitment-submit = Add the commitment
wops-choose-committing-side = Choose which partner commits.
wops-enter-commitment = Enter the commitment.
wops-commitment-too-long = The commitment is too long (at most { $max } characters).
wops-remove-activity = Remove activity: { $title }
wops-status-of = Status of { $title }
wops-activity-line = { $title } ({ $side }, { $from } to { $to })
wops-update = Update
wops-plan-activity = Plan an activity
wops-activity-kind = Type
wops-activity-title = Title
wops-from = From
wops-to = To
wops-responsible = Responsible partner
wops-place = Place
wops-online = Online
wops-status = Status
wops-add-activity-submit = Add the activity
wops-choose-activity-kind = Choose the type of activity.
wops-enter-title = Enter the title.
wops-title-too-long = The title is too long (at most { $max } characters).
wops-end-not-before-start = The end date cannot be before the start date.
wops-activity-outside-agreement = Activities must fall within the agreement, { $from } to { $to }.
wops-choose-responsible = Choose which partner is responsible.
wops-enter-place = Enter the place, or tick "Online".
wops-place-too-long = The place is too long (at most { $max } characters).
wops-choose-status = Choose the status.
wops-activity-not-in-plan = This activity is not in the work plan.
wops-unknown-part = Unknown part of the work plan.
wops-part-gone = This is not in the work plan (any more).
wops-resources = Resources
wops-no-resources = No resources listed yet.
wops-resource-money = { $currency } { $amount } — { $description }
wops-resource-in-kind = In kind — { $description }
wops-resource-from = (from { $source })
wops-remove-resource = Remove resource: { $what }
wops-add-resource = Add a resource
wops-resource-kind = Kind
wops-resource-kind-money = Money
wops-resource-kind-in-kind = In kind (staff time, equipment)
wops-amount = Amount
wops-currency = Currency
wops-currency-hint = USD, PHP, IDR…
wops-resource-description = What it pays for or provides
wops-resource-source = Source
wops-resource-source-hint = Who provides it: a partner, a development partner…
wops-add-resource-submit = Add the resource
wops-enter-description = Enter the description.
wops-description-too-long = The description is too long (at most { $max } characters).
wops-enter-source = Enter the source.
wops-source-too-long = The source is too long (at most { $max } characters).
wops-amount-positive = The amount must be more than zero.
wops-amount-number = Enter the amount as a number, like 25000.
wops-currency-code = Enter the currency as a three-letter code, like USD or PHP.
wops-choose-resource-kind = Choose money or in kind.

## Outcomes

wops-not-public = (not public)
wops-measured-value = Measured { $kpi } ({ $unit })
wops-measured-on = On
wops-record-value = Record the value
wops-set-outcome = Set an outcome
wops-kpi = KPI
wops-kpi-with-unit = { $kpi } ({ $unit })
wops-baseline-value = Baseline value
wops-baseline-date = Baseline date
wops-target-value = Target value
wops-target-date = Target date
wops-outcome-private = Keep this outcome off the public page
wops-save-outcome = Save the outcome
wops-saved-but-note = Saved, but note: { $warning }
wops-choose-kpi = Choose a KPI.
wops-enter-number = Enter a number.
wops-enter-baseline-date = Enter the baseline date.
wops-baseline-date-format = Enter the baseline date as a date (YYYY-MM-DD).
wops-enter-target-date = Enter the target date.
wops-target-date-format = Enter the target date as a date (YYYY-MM-DD).
wops-baseline-not-future = The baseline date cannot be in the future.
wops-target-after-baseline = The target date must be after the baseline date.
wops-enter-measured-on = Enter the date measured (YYYY-MM-DD).
wops-date-not-future = The date cannot be in the future.
wops-measured-before-baseline = The measurement cannot be before the baseline ({ $baseline }).
wops-outcome-not-in-plan = This outcome is not in the work plan.

## Progress reports and their review

wops-progress-reports = Progress reports
wops-no-reports = No progress reports yet.
wops-submitted-by = Submitted by { $name } on { $date }
wops-achievements-label = Achievements:
wops-challenges-label = Challenges:
wops-reviewed-by = Reviewed by { $name } on { $date }:
wops-review-comment = Review comment
wops-review-actions = Corrective actions (one per line, optional)
wops-save-review = Save the review
wops-awaiting-review = Awaiting the facilitator's review.
wops-submit-report = Submit a progress report
wops-period-from = Period from
wops-period-to = Period to
wops-what-achieved = What was achieved
wops-challenges-optional = Challenges (optional)
wops-submit-report-submit = Submit the report
wops-enter-period-start = Enter the start of the period.
wops-period-start-format = Enter the start of the period as a date (YYYY-MM-DD).
wops-enter-period-end = Enter the end of the period.
wops-period-end-format = Enter the end of the period as a date (YYYY-MM-DD).
wops-period-end-before-start = The period cannot end before it starts.
wops-period-not-begun = Report on a period that has begun.
wops-enter-achievements = Enter the achievements.
wops-achievements-too-long = The achievements are too long (at most { $max } characters).
wops-challenges-too-long = The challenges are too long (at most { $max } characters).
wops-enter-review-comment = Write a comment for the partners.
wops-review-too-long = The review is too long (at most { $max } characters).
wops-report-after-agreement = Progress is reported once the partnership is agreed.
wops-no-such-report = There is no such progress report.
wops-report-already-reviewed = This report has already been reviewed.
wops-no-such-action = There is no such corrective action.
wops-action-already-resolved = This action is already resolved.

## The CSV export (column headers and its failure)

wops-csv-id = id
wops-csv-title = title
wops-csv-status = status
wops-csv-mentor = mentor
wops-csv-mentor-country = mentor_country
wops-csv-recipient = recipient
wops-csv-recipient-country = recipient_country
wops-csv-topics = topics
wops-csv-start-date = start_date
wops-csv-end-date = end_date
wops-csv-page-url = page_url
wops-export-failed = The export failed. Please try again.
