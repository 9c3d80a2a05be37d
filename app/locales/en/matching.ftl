## Matching: needs and offers, mentors ranked for a need with each factor explained, and the
## network-wide proposals.

matching-factor-topic-fit = Topic fit
matching-factor-proven-results = Proven results
matching-factor-kpi-gap = KPI gap
matching-factor-language = Language
matching-factor-proximity = Proximity
matching-factor-scale = Similar scale
matching-factor-capacity = Spare capacity

matching-weight-all-zero = Give at least one factor a weight above 0.
matching-weight-missing = Enter a weight from 0 to 10.
matching-weight-not-a-number = Enter a number from 0 to 10, for example 2.5.
matching-weight-negative = A weight cannot be negative; enter 0 to leave this factor out.
matching-weight-too-large = A weight can be at most 10.

matching-region-south-east-asia = South-East Asia
matching-region-south-asia = South Asia
matching-region-east-asia = East Asia
matching-region-central-asia = Central Asia
matching-region-pacific = the Pacific
matching-region-other = outside Asia and the Pacific

matching-value-energy = { $value } kWh/m³
matching-value-people = { $value } people
matching-in-year = in { $year }
matching-in-years = in { $from }–{ $to }
matching-kpi-fell = { $kpi } fell from { $from } to { $to }
matching-kpi-rose = { $kpi } rose from { $from } to { $to }
matching-kpi-stayed = { $kpi } stayed at { $value }
matching-sentence-separator = {". "}
matching-list-separator = {", "}
matching-list-and = { $rest } and { $last }
matching-millions = { $millions } million

matching-explain-topic-fit = Offers mentoring on this topic
matching-explain-no-kpis = No KPIs are defined for this topic
matching-explain-trend = { $change } { $period }
matching-explain-trend-no-gain = { $change } { $period } (no improvement)
matching-explain-single-value = Only one value of { $kpi } recorded ({ $value } in { $year })
matching-explain-no-history = No KPI history recorded for this topic
matching-explain-completed = { $count ->
    [0] No completed partnerships on this topic yet
    [one] Completed 1 partnership on this topic
   *[other] Completed { $count } partnerships on this topic
}
matching-explain-completed-example = { $completed } (with { $recipient }: { $change })
matching-explain-gap = Your { $kpi } is { $yours }; theirs is { $theirs }
matching-explain-gap-theirs-missing = Your { $kpi } is { $yours }; theirs is not recorded
matching-explain-gap-yours-missing = Your { $kpi } is not recorded; theirs is { $theirs }
matching-explain-gap-neither = Neither of you has recorded { $kpi }
matching-explain-your-languages-missing = Your working languages are not recorded
matching-explain-their-languages-missing = Their working languages are not recorded
matching-explain-no-common-language = No language in common (you: { $yours }; they: { $theirs })
matching-explain-common-language = Both work in { $languages }
matching-explain-same-country = Same country ({ $country })
matching-explain-same-region = Same region ({ $region })
matching-explain-other-region = Different region ({ $country }, { $region })
matching-explain-their-country-missing = Their country is not recorded
matching-explain-your-country-missing = Your country is not recorded
matching-explain-distance = { $place }, { $km } km away
matching-explain-scale = Serves { $theirs } people; you serve { $yours }
matching-explain-scale-yours-missing = Serves { $theirs } people; your population served is not recorded
matching-explain-scale-theirs-missing = Their population served is not recorded
matching-explain-scale-neither = Population served is not recorded for either of you
matching-explain-no-places = Has no mentoring places set
matching-explain-no-place-free = No mentoring place free ({ $capacity } of { $capacity } taken)
matching-explain-places-free = { $capacity ->
    [one] { $spare } of { $capacity } mentoring place free
   *[other] { $spare } of { $capacity } mentoring places free
}

matching-organization-choose = Choose one of your organizations.
matching-topic-choose = Choose a topic from the list.
matching-description-too-short = Describe the challenge in a sentence or two (at least { $min } characters).
matching-description-too-long = The description is too long (at most { $max } characters).
matching-languages-too-long = List at most a few languages ({ $max } characters).
matching-capacity-range = Enter how many partnerships you can mentor at once (1 to 10).
matching-only-utilities = Only utilities post needs and offers in partnerships.
matching-need-already-matched = This need already led to a partnership; close the partnership instead.
matching-need-not-found = There is no need with this number.
matching-note-missing = Write a short concept note for both partners.
matching-note-too-long = The note is too long (at most { $max } characters).
matching-need-not-open = This need is no longer open.
matching-mentor-itself = A utility cannot mentor itself.
matching-mentor-choose = Choose a utility as mentor.

matching-score-label = Match score { $score } out of 100
matching-introduce = Introduce
matching-concept-note = Concept note for both partners
matching-propose-mentor = Propose this mentor
matching-note-for-facilitator = A note for the facilitator (optional)
matching-suggested-mentors = Suggested mentors
matching-ranking = Ranking mentors…
matching-no-mentors = No utility offers this topic yet.
matching-network-title = Network matching
matching-network-lead = One proposed mentor for every open need, keeping within each mentor's capacity. Open a need to introduce the partners.
matching-matching = Matching…
matching-proposals = Proposals ({ $count })
matching-need-title = { $organization }: { $topic }
matching-unmatched = No mentor with spare capacity
matching-how-scored = How mentors are scored
matching-how-scored-text = Each factor scores 0 to 1; the weights (0 to 10) set how much each counts.
matching-save-weights = Save the weights
matching-weights-saved = Saved. The proposals below use the new weights.

matching-needs-title = Needs and offers
matching-needs-lead = Utilities post the challenges they need help with and the tested solutions they can share. Facilitators match them into partnerships.
matching-match-all = Match all open needs
matching-admins-post = Organization admins post needs and offers for their utility.
matching-sign-in = Sign in
matching-sign-in-to-post = as an organization admin to post needs and offers.
matching-open-needs = Open needs
matching-loading = Loading…
matching-no-open-needs = No open needs right now.
matching-need-posted = { $country } · posted { $date }
matching-field-utility = Utility
matching-field-topic = Topic
matching-field-topic-empty = Choose a topic
matching-post-need = Post a need
matching-field-challenge = The challenge
matching-field-challenge-hint = What is the problem, and what has been tried? Include figures where you have them.
matching-field-preferred-languages = Preferred languages
matching-post-need-button = Post the need
matching-need-posted-ok = Your need is posted.
matching-post-offer = Post an offer
matching-field-solution = Your tested solution
matching-field-solution-hint = What did you do, and what changed? For example: NRW fell from 38 % to 17 % with DMAs.
matching-field-mentor-languages = Languages you can mentor in
matching-field-capacity = Partnerships you can mentor at once
matching-post-offer-button = Post the offer
matching-offer-posted-ok = Your offer is posted.
matching-need-page-title = Need: { $topic }
matching-all-needs = ← All needs
matching-need-lead = A need posted for a mentor's help.
matching-need-posted-status = { $country } · posted { $date } · { $status }
matching-need-languages = Preferred languages: { $languages }
matching-need-partnership = See the partnership this need led to
matching-need-status-open = open
matching-need-status-matched = matched
matching-need-status-withdrawn = withdrawn
