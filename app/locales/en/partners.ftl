## The partner directory: organizations, their profiles, KPIs and membership.

partners-kind-utility = Utility
partners-kind-facilitator = Facilitator
partners-kind-development-partner = Development partner
partners-kind-knowledge-partner = Knowledge partner
partners-kind-secretariat = Secretariat

partners-kpi-water-coverage = Water supply coverage
partners-kpi-sanitation-coverage = Sanitation coverage
partners-kpi-non-revenue-water = Non-revenue water
partners-kpi-continuity-of-supply = Continuity of supply
partners-kpi-water-quality-compliance = Water quality compliance
partners-kpi-collection-efficiency = Collection efficiency
partners-kpi-operating-cost-coverage = Operating cost coverage
partners-kpi-metering-level = Metering level
partners-kpi-staff-per-1000-connections = Staff per 1,000 connections
partners-kpi-energy-intensity = Energy intensity
partners-kpi-people-with-new-access = People with new or improved access
partners-kpi-with-unit = { $kpi } ({ $unit })
partners-unit-hours-per-day = hours/day
partners-unit-people = people
partners-unit-ratio = ratio
partners-unit-staff = staff
partners-value-percent = { $value } %
partners-value-hours = { $value } h/day

partners-kpi-choose = Choose a KPI from the list.
partners-value-not-a-number = Enter a number.
partners-value-percent-range = A percentage must be between 0 and 100.
partners-value-hours-range = Hours of supply must be between 0 and 24.
partners-value-negative = This value cannot be negative.
partners-value-people-negative = The number of people cannot be negative.
partners-value-people-whole = The number of people must be a whole number.
partners-value-enter-number = Enter a number, for example 23.5.
partners-measured-in-future = A measured value cannot be dated in the future.
partners-measured-on-enter = Enter the date it was measured (YYYY-MM-DD).

partners-service-water = Water supply
partners-service-sewerage = Sewerage
partners-service-septage = Septage management

partners-name-missing = Please enter the organization's name.
partners-name-too-long = Please keep the organization's name under { $max } characters.
partners-country-missing = Please enter the country.
partners-country-too-long = Please keep the country under { $max } characters.
partners-city-too-long = Please keep the city under { $max } characters.
partners-languages-too-long = Please keep the languages under { $max } characters.
partners-description-too-long = Please keep the description under { $max } characters.
partners-contact-name-missing = Please enter the contact's name.
partners-contact-name-too-long = Please keep the contact's name under { $max } characters.
partners-position-too-long = Please keep the position under { $max } characters.
partners-solution-missing = Please enter the tested solution.
partners-solution-too-long = Please keep the tested solution under { $max } characters.
partners-need-too-long = Please keep the description under { $max } characters.
partners-count-negative = This number cannot be negative.
partners-count-too-large = This number is too large; please check it.
partners-count-not-whole = Enter a whole number, for example 250000.
partners-coordinate-range = Enter a number between -{ $limit } and { $limit }.
partners-longitude-missing = Enter the longitude too, or leave both blank.
partners-latitude-missing = Enter the latitude too, or leave both blank.

partners-kind-choose = Choose what kind of organization it is.
partners-direction-unknown = Unknown topic direction.
partners-not-found = This organization is not in the directory.
partners-name-taken = Another organization in this country already has this name.
partners-value-gone = This value is no longer recorded.
partners-topic-choose = Choose a topic from the list.

partners-export-failed = The export failed. Please try again.
partners-csv-id = id
partners-csv-name = name
partners-csv-kind = kind
partners-csv-country = country
partners-csv-city = city
partners-csv-latitude = latitude
partners-csv-longitude = longitude
partners-csv-service-types = service_types
partners-csv-population-served = population_served
partners-csv-connections = connections
partners-csv-languages = languages
partners-csv-network-member = network_member
partners-csv-demo-data = demo_data
partners-csv-profile-url = profile_url
partners-csv-yes = yes
partners-csv-no = no

partners-size-small = Small (under 250,000 people)
partners-size-medium = Medium (250,000 to 1 million)
partners-size-large = Large (1 to 5 million)
partners-size-very-large = Very large (over 5 million)
partners-sort-name = Name (A to Z)
partners-sort-country = Country
partners-sort-largest = Population served, largest first
partners-sort-smallest = Population served, smallest first

partners-directory-title = Partners
partners-directory-heading = Partner directory
partners-directory-lead = Utilities, facilitators and partners of the WaterLinks network across Asia and the Pacific.
partners-directory-loading = Loading the directory…
partners-search-label = Search the directory
partners-search-text = Search by name or city
partners-filter-kind = Kind
partners-filter-all-kinds = All kinds
partners-can-mentor-on = Can mentor on
partners-needs-help-with = Needs help with
partners-filter-size = Size
partners-filter-any-size = Any size
partners-filter-members-only = Network members only
partners-sort-by = Sort by
partners-search = Search
partners-clear = Clear
partners-none-match = No organizations match this search.
partners-count = { $count ->
    [one] { $shown } organization
   *[other] { $shown } organizations
}
partners-download-csv = Download CSV
partners-network-member = Network member
partners-serves-people = { $count ->
    [one] Serves { $people } person
   *[other] Serves { $people } people
}
partners-pages = Pages
partners-previous = ← Previous
partners-page-of = Page { $page } of { $pages }
partners-next = Next →

partners-chart-summary = { $kpi } from { $first } ({ $first_date }) to { $latest } ({ $latest_date })
partners-chart-single = { $kpi }: { $value } ({ $date })
partners-chart-point = { $date }: { $value }

partners-loading = Loading…
partners-place = { $city }, { $country }
partners-list-separator = {", "}
partners-back-to-directory = ← Partner directory
partners-demo-data = Demo data
partners-edit-profile = Edit profile
partners-services = Services
partners-population-served = Population served
partners-connections = Connections
partners-languages = Languages
partners-location = Location
partners-service-performance = Service performance
partners-no-kpis = No KPI values recorded yet.
partners-no-offers = No mentoring topics listed yet.
partners-no-needs = No needs listed yet.
partners-contacts = Contacts
partners-no-contacts = No contact people listed yet.

partners-edit-title = Edit { $name }
partners-back-to-profile = ← Back to the profile
partners-profile = Profile
partners-profile-saved = Profile saved.
partners-field-name = Name
partners-field-country = Country
partners-field-city = City
partners-field-latitude = Latitude
partners-field-longitude = Longitude
partners-languages-hint = For example: English, Khmer
partners-field-description = Description
partners-save-profile = Save profile
partners-kpi-values = KPI values
partners-kpi-values-hint = Each value carries the date it was measured. A second value for the same KPI and date replaces the first.
partners-value-recorded = Value recorded.
partners-field-kpi = KPI
partners-field-value = Value
partners-field-measured-on = Measured on
partners-record-value = Record value
partners-kpi-latest = latest { $value } ({ $date })
partners-value-count = { $count ->
    [one] 1 value
   *[other] { $count } values
}
partners-kpi-recorded-values = Recorded values of { $kpi }
partners-date = Date
partners-actions = Actions
partners-delete-value-label = Delete { $kpi } of { $date }
partners-delete = Delete
partners-topics = Topics
partners-direction-label = This organization
partners-direction-offer = can mentor on
partners-direction-need = needs help with
partners-field-topic = Topic
partners-field-solution = Tested solution or challenge
partners-field-solution-hint = For an offer, describe the solution you have tested and its results.
partners-add-topic = Add topic
partners-remove-label = Remove { $name }
partners-remove = Remove
partners-field-contact-name = Name
partners-field-position = Position
partners-field-email = Email
partners-add-contact = Add contact

partners-request-already-pending = This request is already waiting for a decision.
partners-request-already-approved = This request was already approved.
partners-request-already-refused = This request was already refused.
partners-request-already-withdrawn = This request was already withdrawn.
partners-note-too-long = Keep the note under { $max } characters.
partners-decision-choose = Choose Approve or Refuse.
partners-already-member = You are already a member of { $organization }.
partners-already-waiting = Your request to join { $organization } is already waiting for a decision.
partners-no-request-waiting = You have no request waiting for this organization.
partners-no-such-request = There is no such request to join.
partners-person-gone = This person no longer has an account.

partners-mail-ask-subject = { $person } asks to join { $organization }
partners-mail-ask-text = { $person } ({ $email }) asks to join { $organization } on { $network }.
partners-mail-ask-note = Their note: “{ $note }”
partners-mail-ask-action = Approve or refuse the request
partners-mail-ask-members-only = Approved members of an organization that is a member of the network see the network's members-only knowledge.
partners-mail-approved-subject = Your request to join { $organization } was approved
partners-mail-approved-text = Your request to join { $organization } on { $network } was approved.
partners-mail-approved-network = { $organization } is a member of the network: you now see the network's members-only knowledge products.
partners-mail-approved-listed = You are now listed as a member of { $organization }.
partners-mail-refused-subject = Your request to join { $organization } was not approved
partners-mail-refused-text = Your request to join { $organization } on { $network } was not approved. If you think this is a mistake, please contact the organization.
partners-mail-open = Open { $organization }

partners-sign-in = Sign in
partners-sign-in-to-join = to ask to join { $organization }.
partners-join-note = Note to the organization's admins
partners-join-note-hint = Optional: your role, or why you would like to join.
partners-ask-to-join = Ask to join this organization
partners-request-waiting = Your request to join { $organization } is waiting for a decision.
partners-withdraw-request = Withdraw my request
partners-you-are-member = You are a member of { $organization }.
partners-you-are-admin = You are an admin of { $organization }.
partners-is-network-member = { $organization } is a member of the WaterLinks network.
partners-is-directory-partner = { $organization } is a partner in the directory, not a member of the network.
partners-membership = Membership
partners-remove-from-network = Remove from the network
partners-make-network-member = Make a network member
partners-requests-to-join = Requests to join { $organization }
partners-no-requests = No requests are waiting.
partners-approve-label = Approve { $person }
partners-refuse-label = Refuse { $person }
partners-asked-on = ({ $email }) asked on { $date }
partners-approve = Approve
partners-refuse = Refuse
