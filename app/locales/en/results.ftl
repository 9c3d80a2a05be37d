## Network results: the dashboard, its charts and tables, the map, the XLSX/PDF/CSV reports and
## the developers page. The JSON API's field names, codes and words stay in English.

results-title = Network results
results-lead = What the partnerships, trainings and knowledge products of the network have achieved, from the data partners report.
results-loading = Loading the figures…
results-online = Online

## Filters
results-filter-label = Filter the results
results-from-year = From year
results-to-year = To year
results-any = Any
results-status = Partnership status
results-any-status = Any status
results-show = Show
results-clear = Clear
results-filter-bad-year = '{ $value }' is not a year between { $first } and { $last }.
results-filter-period-reversed = The period ends ({ $to }) before it starts ({ $from }).
results-filter-unknown-country = No organization of the network is in that country.
results-filter-unknown-topic = That is not one of the network's topics.
results-filter-unknown-status = '{ $value }' is not a partnership status.
results-period-all = all years
results-period-from = { $year } onwards
results-period-to = up to { $year }
results-showing = Showing: { $scope }

## Partnership states
results-state-proposed = Proposed
results-state-introduced = Introduced
results-state-agreed = Agreed
results-state-active = Active
results-state-completed = Completed
results-state-closed-early = Closed early
results-partnerships-proposed = Partnerships proposed
results-partnerships-introduced = Partnerships introduced
results-partnerships-agreed = Partnerships agreed
results-partnerships-active = Partnerships active
results-partnerships-completed = Partnerships completed
results-partnerships-closed-early = Partnerships closed early

## Headline figures
results-fig-active = Partnerships active
results-fig-completed = Partnerships completed
results-fig-utilities = Utilities involved
results-fig-people = People with new or improved access
results-fig-trained = Staff trained
results-fig-downloads = Knowledge products downloaded

## The dashboard
results-report-xlsx = Report (XLSX)
results-report-pdf = Report (PDF)
results-csv-partnerships = Partnerships (CSV)
results-csv-outcomes = Outcomes (CSV)
results-csv-years = Years (CSV)
results-map = Map
results-empty = No partnerships or trainings match these filters, so there is nothing to chart. Try a longer period or fewer filters.
results-partnerships = Partnerships
results-by-status = Partnerships by status
results-outcomes-title = Outcomes by KPI
results-outcomes-lead = Average of each partnership's baseline and its latest public measurement in the period; “better” follows the KPI’s own direction (lower non-revenue water is better).
results-training-title = Capacity building
results-training-lead = Trainings follow the period and topic filters.
results-training-chart = Trainings delivered and completions
results-count = Count
results-programs = Programs
results-sessions = Sessions
results-enrolled = Enrolled
results-completions = Completions
results-evaluations = Evaluations
results-relevance = Relevance
results-clarity = Clarity
results-usefulness = Usefulness
results-score = { $score } / 5
results-counted = The partnerships counted
results-table-scroll = { $table }: table, scroll sideways for more
results-partnership = Partnership
results-status-column = Status
results-mentor = Mentor
results-recipient = Recipient
results-no-outcomes = No public outcomes for these filters.
results-outcomes = Outcomes
results-kpi = KPI
results-outcomes-measured = Outcomes (measured)
results-baseline = Baseline
results-latest = Latest
results-change = Change
results-improved = Improved
results-not-measured = not measured yet
results-improved-of = { $improved } of { $measured }
results-points = { $points } points
results-better = { $size } better
results-worse = { $size } worse
results-no-change = no change

## Charts
results-chart-item = Item
results-years-title = Partnerships running each year, by status
results-year = Year
results-total = Total
results-years-count = { $state }: { $count }
results-years-desc = { $year }: { $total } ({ $parts })
results-years-none = none

## The map
results-map-title = Partnership map
results-map-lead = Utilities of the network’s partnerships, with a line from each mentor to its recipient. Select a line to open the partnership.
results-map-loading = Loading the map…
results-map-summary = { $count ->
    [one] Map of Asia and the Pacific with 1 partnership drawn between { $utilities } utilities.
   *[other] Map of Asia and the Pacific with { $count } partnerships drawn between { $utilities } utilities.
}
results-map-back = Back to the results dashboard
results-map-legend = Line colours
results-map-credit = Country shapes: Natural Earth (public domain).
results-map-unplaced = Not on the map (a utility has no coordinates):
results-map-list = Partnerships on the map

## The reports (XLSX, PDF, CSV)
results-report-network-title = WaterLinks network results ({ $scope })
results-report-country-title = WaterLinks results for { $country } ({ $scope })
results-sheet-summary = Summary
results-sheet-years = Years
results-sheet-outcomes = Outcomes
results-sheet-partnerships = Partnerships
results-report-figure = Figure
results-report-value = Value
results-report-scope = Scope
results-report-counted = Partnerships counted
results-report-programs = Training programs delivered
results-report-sessions = Training sessions
results-report-trained = Staff trained (completions)
results-report-relevance = Relevance (mean of 5)
results-report-clarity = Clarity (mean of 5)
results-report-usefulness = Usefulness (mean of 5)
results-report-outcomes-title = Outcomes by KPI (baseline to latest, change positive when better)
results-report-unit = Unit
results-report-measured = Measured
results-report-mean-baseline = Mean baseline
results-report-mean-latest = Mean latest
results-report-mean-change = Mean change (better > 0)
results-report-id = Id
results-report-title = Title
results-report-mentor-country = Mentor country
results-report-recipient-country = Recipient country
results-report-topics = Topics
results-report-start = Start
results-report-end = End
results-pdf-none = None for these filters.
results-pdf-footer = WaterLinks Hub - page { $page } of { $pages }
results-no-such-file = There is no such file.
results-no-such-table = There is no such table: try summary, years, outcomes or partnerships.

## The developers page
results-dev-title = API for development partners
results-dev-lead = The network's public data as JSON, read-only: organizations, partnerships with their outcomes, trainings, knowledge products, events and the results figures.
results-dev-openapi = The machine-readable description is the OpenAPI document:
results-dev-paging = Lists come in pages (page from 1, up to 100 items a page), for example:
results-dev-answers = Each answer says its page, its number of items a page and the total:
results-dev-errors = A parameter out of range or unknown is answered with status 400 and a JSON message in the field:
results-dev-public = Only public data is served, unless the request carries the session cookie of a signed-in member (then non-public outcomes and members-only knowledge products are included).
results-dev-endpoints = Endpoints
results-dev-returns = What it returns
results-dev-parameters = Parameters
results-dev-same-figures = The same figures, with XLSX, PDF and CSV reports, are on the
results-dev-dashboard = results dashboard
results-dev-organizations = Organizations of the network: utilities, associations, partners
results-dev-partnerships = Water Operator Partnerships with their outcomes (public outcomes unless signed in)
results-dev-trainings = Training programs with their sessions
results-dev-knowledge-products = Published knowledge products (public ones unless signed in), with downloads
results-dev-events = Sector events
results-dev-results = The results dashboard's figures for a filter
