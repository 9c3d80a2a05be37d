## Training programs: the catalogue, a program's page, enrolment, attendance, certificates and evaluations.

training-format-in-person = In person
training-format-online = Online
training-format-hybrid = Hybrid

training-completion-all = Completed by attending every session.
training-completion-at-least = { $count ->
    [one] Completed by attending at least one session.
   *[other] Completed by attending at least { $count } sessions.
}

training-error-title-short = Please enter the title (at least { $min } characters).
training-error-title-long = Please shorten the title to { $max } characters.
training-error-description-short = Please enter a description (at least { $min } characters).
training-error-description-long = Please shorten the description to { $max } characters.
training-error-format = Choose in person, online or hybrid.
training-error-venue = Where does it take place? Enter the venue and city.
training-error-link-needed = Enter the meeting link, starting with https:// (for online and hybrid programs).
training-error-venue-long = Please shorten the venue to { $max } characters.
training-error-link-web = A meeting link starts with https://.
training-error-link-long = Enter one link of at most { $max } characters, without spaces.
training-error-language = Choose the language the program is given in from the list.
training-error-capacity = Enter the number of places, from 1 to { $max }.
training-error-min-sessions = Enter how many sessions complete the program (1 to { $max }), or leave it empty for all.
training-error-time-zone = Choose the venue's time zone from the list.
training-error-topic = Choose the program's main topic.
training-error-trainer-email = '{ $email }' is not an email address. Separate trainers' emails with commas.
training-error-session-title-long = Please shorten the title to { $max } characters.
training-error-session-date = Enter the day as YYYY-MM-DD, between 2000 and 2100.
training-error-session-starts = Enter the start time as HH:MM (24-hour clock).
training-error-session-ends = Enter the end time as HH:MM (24-hour clock).
training-error-session-order = The session must end after it starts.
training-error-rating = Choose a rating from 1 to 5.
training-error-comments-long = Please shorten your comments to { $max } characters.

training-question-relevance = The content was relevant to my work
training-question-clarity = The trainers explained things clearly
training-question-usefulness = I will apply what I learned at my utility

training-catalogue-title = Training
training-catalogue-heading = Training programs
training-catalogue-lead = Courses by and for utility staff: in person, online or both. Enrol, attend, and receive a certificate.
training-new-program = New program
training-filter-label = Filter training programs
training-filter-all-topics = All topics
training-format = Format
training-filter-any-format = Any format
training-filter-when = When
training-filter-upcoming = Upcoming and running
training-filter-past = Past
training-filter-all = All
training-filter-show = Show programs
training-loading-programs = Loading programs…
training-loading = Loading…
training-no-programs = No programs match these filters.
training-card-finished = Finished
training-card-full = Full: join the waitlist
training-places-left = { $count ->
    [one] One place left
   *[other] { $count } places left
}
training-card-meta = { $count ->
    [one] { $format } · { $count } session
   *[other] { $format } · { $count } sessions
}
training-card-last-session = Last session: { $time }
training-card-next-session = Next session: { $time }

training-new-title = New training program
training-back-to-all = ← All programs
training-new-lead = Sessions are added on the program's page once it is saved.
training-field-title = Title
training-field-description = What participants learn
training-field-time-zone = Venue time zone
training-field-venue = Venue
training-field-venue-hint = Building and city; for in-person and hybrid programs.
training-field-link = Meeting link
training-field-link-hint = For online and hybrid programs; shown only to people with a place.
training-field-capacity = Places
training-field-min-sessions = Sessions needed to complete
training-field-min-sessions-hint = Leave empty: all sessions.
training-field-topic = Main topic
training-field-topic-choose = Choose a topic
training-field-topic2 = Second topic (optional)
training-field-topic2-none = None
training-field-trainers = Trainers' emails
training-field-trainers-hint = Comma-separated; each needs an account. Trainers mark attendance.
training-save-program = Save the program

training-certificate-check = Certificate check
training-checking = Checking…
training-certificate-valid = Valid certificate
training-certificate-statement = { $count ->
    [one] { $name } completed { $program } on { $date }, attending { $count } session.
   *[other] { $name } completed { $program } on { $date }, attending { $count } sessions.
}
training-certificate-program-link = About the program
training-certificate-code = Certificate code { $code }
training-certificate-download = Download the certificate (PDF)
training-certificate-invalid = No valid certificate
training-certificate-invalid-text = There is no valid certificate with this code. Check the address against the certificate, or ask the program's trainers.

training-no-such-program = There is no such program.
training-evaluations = Evaluations
training-evaluations-lead = { $responses } of { $completed } people who completed the program answered.
training-evaluations-download = Download evaluations (CSV)
training-comments = Comments
training-no-comments = No comments yet.
training-rating-average = Average { $average } of 5
training-rating-none = No answers yet
training-rating-chart = { $question }: { $summary }. Ratings 1 to 5: { $counts }
training-rating-scale = 1 = strongly disagree, 5 = strongly agree

training-not-found = There is no training program with this number.
training-places-taken = { $taken } of { $capacity } places taken
training-places-taken-waiting = { $taken } of { $capacity } places taken, { $waiting } waiting
training-trainers = Trainers
training-completion = Completion
training-sessions = Sessions
training-sessions-none = Sessions will be announced here.
training-knowledge-products = Knowledge products
training-add-to-calendar = Add to my calendar (.ics)
training-sign-in-to-enrol = Sign in or create an account to enrol.
training-sign-in = Sign in
training-sign-up = Create an account
training-you-completed = You have completed this program.
training-download-your-certificate = Download your certificate (PDF)
training-verification-page = Verification page
training-evaluation-thanks = Thank you for your evaluation.
training-you-have-a-place = You have a place. Sessions attended so far: { $attended }.
training-cancel-place = Cancel my place
training-waitlist-position = The program is full. You are number { $position } on the waitlist; we will email you when a place is yours.
training-on-waitlist = You are on the waitlist.
training-leave-waitlist = Leave the waitlist
training-program-over = This program is over.
training-all-places-taken = All places are taken. Enrol to join the waitlist: the next place that frees up is yours, in order.
training-join-waitlist = Join the waitlist
training-enrol = Enrol
training-your-place = Your place
training-evaluation-heading = How was it?
training-evaluation-lead = Your answers help the trainers; they are shared without your name.
training-evaluation-comments = Comments (optional)
training-evaluation-send = Send my evaluation
training-staff-waitlisted = Added to the waitlist; they will get an email when a place is theirs.
training-staff-enrolled = Enrolled; they will get an email with the details.
training-enrol-staff = Enrol your staff
training-staff-member = Staff member
training-enrol-staff-member = Enrol staff member
training-for-trainers = For the trainers
training-enrolments-csv = Enrolments (CSV)
training-attendance-csv = Attendance (CSV)
training-attendance = Attendance
training-no-enrolments = No one has enrolled yet.
training-attendance-opens = Attendance opens when the first session starts.
training-add-session = Add a session
training-session-title = Title (optional)
training-session-day = Day
training-session-starts = Starts
training-session-ends = Ends
training-session-times-hint = Times at the venue ({ $zone }).
training-add-session-button = Add the session
training-participant = Participant
training-status = Status
training-completed = Completed
training-present-label = Present: { $name }, { $time }
training-present = Present
training-mark-present = Mark present
training-has-place = Has a place
training-waiting = Waiting
training-yes = Yes

training-session-venue-time = { $weekday } { $day }, { $starts }–{ $ends } ({ $zone }, UTC{ $offset })
training-session-your-time = Your time: { $time } ({ $zone })
training-weekday-mon = Mon
training-weekday-tue = Tue
training-weekday-wed = Wed
training-weekday-thu = Thu
training-weekday-fri = Fri
training-weekday-sat = Sat
training-weekday-sun = Sun

training-error-topics-listed = Choose topics from the list.
training-error-trainer-unknown = No one has an account with { $email }. Trainers need an account first.
training-error-not-a-trainer = { $email } is not a trainer yet; a secretariat admin gives the trainer role.
training-error-clock-change = This time does not exist once at the venue (a clock change). Choose another.
training-evaluation-not-yet = The evaluation opens once you have completed the program.
training-evaluation-already = You have already sent your evaluation. Thank you!
training-no-such-session = There is no such session.
training-attendance-not-started = This session has not started yet; attendance opens when it starts.
training-attendance-not-enrolled = This person is not enrolled in this program.
training-attendance-no-place = Only people holding a place can attend; this person is waiting or has cancelled.
training-enrolment-closed = This program is over; enrolment is closed.
training-this-person = This person
training-already-enrolled-you = You are already enrolled in this program.
training-already-enrolled-other = { $name } is already enrolled in this program.
training-already-waitlisted-you = You are already on the waitlist for this program.
training-already-waitlisted-other = { $name } is already on the waitlist for this program.
training-cancel-over = This program is over, so there is nothing to cancel.
training-cancel-not-enrolled = You are not enrolled in this program.
training-cancel-completed = You have completed this program, so there is nothing to cancel.

training-mail-waitlisted-subject = On the waitlist: { $title }
training-mail-waitlisted = { $title } is full, so you are on its waitlist. When a place frees up it is given to the next person waiting, and we will email you at once.
training-mail-waitlisted-position = { $title } is full, so you are on its waitlist (number { $position }). When a place frees up it is given to the next person waiting, and we will email you at once.
training-mail-the-program = The program
training-mail-enrolled-subject = Your place in { $title } is confirmed
training-mail-enrolled = You have a place in { $title }. The sessions, with their times in your time zone and calendar files, are on the program's page:
training-mail-enrolled-cancel = If you cannot come, please cancel there so someone on the waitlist gets your place.

training-certificate-withdrawn = No valid certificate: the certificate with this code was withdrawn, because the attendance or enrolment that earned it was corrected. Ask the program's trainers.
training-certificate-none = There is no certificate with this code.
training-ics-summary = { $program }: { $session }
training-ics-calendar = WaterLinks Hub training
training-bad-format = '{ $code }' is not a program format.
training-bad-when = '{ $value }' is not upcoming, past or all.

training-pdf-title = Certificate: { $name } - { $program }
training-pdf-heading = Certificate of completion
training-pdf-certifies = This certifies that
training-pdf-completed = has completed the training program
training-pdf-when = { $count ->
    [one] on { $date }, having attended { $count } session.
   *[other] on { $date }, having attended { $count } sessions.
}
training-pdf-verify = Verify this certificate: { $url }
training-pdf-code = Certificate code: { $code }

training-csv-name = name
training-csv-email = email
training-csv-status = status
training-csv-since = since
training-csv-completed-on = completed_on
training-csv-certificate-url = certificate_url
training-csv-sessions-attended = sessions_attended
training-csv-present = present
training-csv-submitted-at = submitted_at
training-csv-relevance = relevance
training-csv-clarity = clarity
training-csv-usefulness = usefulness
training-csv-comments = comments
training-status-enrolled = enrolled
training-status-waitlisted = waitlisted
training-status-cancelled = cancelled
