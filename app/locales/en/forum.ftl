## The Annual Forum: registration, waitlist, badges, check-in, agenda, the secretariat's pages
## and the emails to registrants.

forum-page-title = Annual Forum
forum-loading = Loading…
forum-no-edition = No Forum edition is open yet.
forum-dates-span = { $first } – { $last }
forum-dates-venue = { $dates }, { $venue }
forum-awards-link = Forum awards: the nominees, the audience vote and the winners
forum-offline-banner = You are offline. Pages you opened before still work; what needs the network waits until it is back.

forum-window-not-open = Registration opens on { $date }.
forum-window-closed = Registration closed on { $date }.
forum-window-open = { $count ->
    [one] Registration is open until { $date }: one place left.
   *[other] Registration is open until { $date }: { $count } places left.
}
forum-window-full = Registration is open until { $date }, but the Forum is full: you can join the waitlist.

forum-agenda = Agenda
forum-agenda-times = Times are in { $zone }.
forum-agenda-sign-in = Sign in to star sessions into your own agenda.
forum-my-agenda = My agenda
forum-my-agenda-empty = Star sessions below to build your agenda.
forum-my-agenda-item = { $when } · { $title } ({ $room })
forum-session-when = { $day }, { $starts }–{ $ends }
forum-star = ☆ Add to my agenda
forum-starred = ★ In my agenda

forum-register = Register
forum-registering = Registering…
forum-thank-you = Thank you
forum-open-my-badge = Open my badge
forum-field-name = Name (as on your badge)
forum-field-email = Email
forum-field-organization = Organization
forum-field-attendee-type = I am attending as
forum-choose = Choose…
forum-yes = Yes
forum-no = No
forum-question-optional = { $question } (optional)
forum-resend = Resend the confirmation email
forum-resend-sent = Sent. Please check your inbox (and the spam folder).

forum-attendee-utility = Utility
forum-attendee-development-partner = Development partner
forum-attendee-knowledge-partner = Knowledge partner
forum-attendee-media = Media
forum-attendee-secretariat = Secretariat

forum-status-unconfirmed = Email not confirmed
forum-status-pending = Awaiting approval
forum-status-registered = Registered
forum-status-waitlisted = On the waitlist
forum-status-rejected = Rejected
forum-status-cancelled = Cancelled

forum-name-required = Please enter your name as it should appear on your badge.
forum-name-too-long = Please keep your name under { $max } characters.
forum-email-required = Please enter your email address: the confirmation is sent there.
forum-email-invalid = This does not look like an email address (for example, name@utility.org).
forum-organization-required = Please enter your organization.
forum-organization-too-long = Please keep the organization under { $max } characters.
forum-attendee-type-required = Please choose what kind of attendee you are.
forum-answer-required = Please answer "{ $question }".
forum-answer-too-long = Please keep this answer under { $max } characters.
forum-answer-choose = Please choose one of: { $options }.

forum-register-not-open = Registration for { $edition } opens on { $date }.
forum-register-closed = Registration for { $edition } closed on { $date }.
forum-declined-before = A registration with this email for { $edition } was declined. Please contact the secretariat.
forum-duplicate = This email is already registered for { $edition }. If the confirmation email did not arrive, we can resend it.
forum-link-invalid = This confirmation link was already used or replaced by a newer one. If you registered, check your badge link in the latest email, or ask for the confirmation again.
forum-unknown-personal-code = This personal code is not valid. Use the link or the code from your latest registration email (a newer email replaces older codes).

forum-registered-unconfirmed = Almost done: we have emailed a confirmation link to { $email }. Your registration for { $edition } counts once you open it.
forum-registered-pending = Your registration is confirmed and awaits the secretariat's approval; we will email you its decision.
forum-registered-registered = You are registered for { $edition }. Your badge is ready.
forum-registered-waitlisted = { $edition } is full, so you are on the waitlist. We will email you as soon as a place frees up.

forum-personal-code = Your personal code
forum-personal-code-text = Keep it to yourself: it lets you vote in the Forum awards and cancel your registration, and it is not printed on your badge. We have emailed it to you as well.
forum-my-voting-link = My voting link

forum-confirm-title = Confirm your Forum registration
forum-confirm-heading = Confirm your registration
forum-email-confirmed = Email confirmed
forum-confirm-text = Press the button to confirm your email address and complete your registration.
forum-confirm-button = Confirm my registration

forum-badge-title = Forum badge
forum-badge-event = { $edition } · { $dates }
forum-badge-code = Code { $code }
forum-badge-qr-label = QR code of the badge
forum-badge-not-admitted = Status: { $status }. Only registered attendees are checked in.
forum-badge-not-valid-yet = Status: { $status }. Not valid for check-in yet.
forum-badge-pdf-title = Badge: { $name } - { $edition }
forum-badge-print = Print the badge
forum-badge-download-pdf = Download the badge (PDF)
forum-badge-pdf-none = There is no badge with this code.
forum-badge-personal-links = To vote in the Forum awards or to cancel, use the personal links in your registration email: they are not on the badge.
forum-no-badge = No badge
forum-no-badge-text = There is no badge with this code yet. If you registered as a guest, confirm your email first with the link we sent.
forum-badge-cancelled = This registration was cancelled, so its badge is no longer valid. Register again on the Forum page if you can come after all.
forum-badge-declined = This registration was declined, so there is no badge. Please contact the secretariat.

forum-cancel-title = Cancel your Forum registration
forum-cancel-heading = Cancel your registration
forum-cancel-whose = { $name }: your registration for { $edition }.
forum-cancel-text = Cancelling gives your place to the next person on the waitlist. Award votes you cast stop counting.
forum-cancel-button = Cancel my registration
forum-cancelled = Your registration is cancelled
forum-cancelled-text = Your place goes to the next person on the waitlist, and any award votes you cast no longer count. You are welcome to register again while registration is open.
forum-cancel-already-ended = This registration is already cancelled or was declined.

forum-checkin-title = Forum check-in
forum-checkin-heading = Check-in
forum-checkin-count = { $checked_in } checked in of { $registered } registered
forum-checkin-code = Badge code
forum-checkin-code-hint = Type the code printed under the QR code, or scan it with the camera or a scanner that types.
forum-checkin-button = Check in
forum-checkin-done = Checked in: { $name } ({ $organization })
forum-checkin-already = Already checked in at { $time } ({ $zone }): { $name } ({ $organization }).
forum-checkin-twice = Checked in twice: at { $earlier } and at { $later } ({ $zone }); the earlier time is kept: { $name } ({ $organization }).
forum-checkin-not-admitted = { $name } ({ $organization }) cannot be checked in: { $status }.
forum-checkin-changed = { $name } ({ $organization }) cannot be checked in now: the registration changed.
forum-unknown-code = No registration with this code.
forum-bad-seen-at = The check-in time sent by the desk is not credible (more than three days old, or ahead of the server's clock). Check the desk's clock and check the badge in again.
forum-queue-title = Waiting to sync
forum-queue-text = These check-ins were made without a network. They are sent, with the time they were made, as soon as the network is back.
forum-desk-empty-code = Type or scan the badge code.
forum-desk-queued = No network: { $code } is waiting to sync (seen at { $time }).
forum-desk-waiting = { $code } seen at { $time }: waiting to sync
forum-desk-synced = Synced: { $name } ({ $organization }), checked in at { $time }
forum-desk-sync-problem = Synced, with a problem: { $problem }
forum-scan-start = Scan a badge with the camera
forum-scan-stop = Stop the camera
forum-scan-preview = Camera preview: hold the badge's QR code in view
forum-scan-looking = Looking for a QR code…
forum-scan-none = No QR code was read. Try again, or type the code.
forum-scan-no-camera = The camera could not be used (permission refused or no camera). Type the code instead.

forum-admin-title = Forum registrants
forum-admin-desk-link = Check-in desk
forum-filter-all = All
forum-filter = Filter
forum-export-csv = Export CSV
forum-export-xlsx = Export XLSX
forum-registrant-count = { $count ->
    [one] One registrant
   *[other] { $count } registrants
}
forum-column-name = Name
forum-column-email = Email
forum-column-organization = Organization
forum-column-attendee-type = Attendee type
forum-column-type = Type
forum-column-status = Status
forum-column-registered-on = Registered on
forum-column-checked-in = Checked in
forum-column-badge-code = Badge code
forum-column-answers = Answers
forum-column-id = Id
forum-column-actions = Actions
forum-sheet-name = Registrants
forum-checked-in-at = { $day }, { $time }
forum-answer-line = { $question }: { $answer }
forum-removed-question = (removed question)
forum-admin-badge-link = Badge (view or reprint)
forum-approve = Approve
forum-reject = Reject
forum-unknown-status = Unknown status.
forum-unknown-attendee-type = Unknown attendee type.
forum-unknown-decision = Approve, reject or cancel.
forum-no-such-registration = There is no such registration.
forum-approve-not-pending = Only registrations awaiting approval can be approved; this one is: { $status }.
forum-decision-already = This registration is already { $status }.

forum-question-add-title = Add a registration question
forum-question-prompt = Question
forum-question-kind = Kind
forum-question-kind-text = Text
forum-question-kind-choice = Single choice
forum-question-kind-yes-no = Yes / no
forum-question-choices = Options (single choice; one a line)
forum-question-required = Required
forum-question-shown-if = Only when question number… (optional)
forum-question-shown-if-answer = …was answered (optional)
forum-question-add = Add question
forum-added = Added.
forum-question-prompt-invalid = Please write the question (at most 300 characters).
forum-question-kind-invalid = Please choose text, single choice or yes/no.
forum-question-choices-too-few = A single-choice question needs at least two options, one a line.
forum-question-parent-unknown = Choose a question of this form.
forum-question-parent-answer-unknown = Choose one of that question's answers: { $options }.
forum-question-parent-answer-missing = Which answer shows this question?

forum-edition-heading = Edition
forum-edition-intro = Saving with a new year creates that year's edition, which then takes registrations.
forum-edition-year = Year
forum-edition-capacity = Places
forum-edition-title = Title
forum-edition-venue = Venue
forum-edition-venue-hint = Building and city.
forum-edition-time-zone = Venue time zone
forum-edition-first-day = First day
forum-edition-last-day = Last day
forum-edition-opens = Registration opens
forum-edition-closes = Registration closes
forum-edition-closes-hint = At the end of this day, at the venue.
forum-edition-needs-approval = The secretariat approves each registration
forum-edition-save = Save the edition
forum-saved = Saved.
forum-edition-day-invalid = Enter the day as YYYY-MM-DD, between 2000 and 2100.
forum-edition-year-invalid = Enter the Forum's year, such as 2027.
forum-edition-title-required = Enter the edition's title.
forum-edition-title-too-long = Please shorten the edition's title to { $max } characters.
forum-edition-venue-required = Enter the venue and city.
forum-edition-venue-too-long = Please shorten the venue and city to { $max } characters.
forum-edition-time-zone-invalid = Choose the venue's time zone from the list.
forum-edition-ends-before-start = The Forum must end on or after its first day.
forum-edition-too-long = A Forum lasts two weeks at most; check the dates.
forum-edition-start-outside-year = The first day must fall in the edition's year.
forum-edition-capacity-invalid = Enter how many people the venue holds, from 1 to { $max }.
forum-edition-closes-before-opening = Registration must close after it opens.
forum-edition-closes-after-end = Registration must close by the Forum's last day.
forum-edition-day-missing-at-venue = This day does not exist at the venue.
forum-edition-capacity-below-registered = { $count ->
    [one] One person is already registered: the capacity cannot be lower. Cancel registrations first.
   *[other] { $count } people are already registered: the capacity cannot be lower. Cancel registrations first.
}

forum-session-add-title = Add an agenda session
forum-session-title = Title
forum-session-day = Day
forum-session-starts = Starts (venue time)
forum-session-ends = Ends (venue time)
forum-session-room = Room
forum-session-speakers = Speakers
forum-session-topic = Topic
forum-session-add = Add the session
forum-session-added = Added to the agenda.
forum-no-such-session = There is no such session.
forum-session-title-required = Enter the session's title.
forum-session-day-outside = Choose a day of the Forum, from { $first } to { $last }.
forum-session-room-required = Enter the room.
forum-session-room-too-long = Please shorten the room to { $max } characters.
forum-session-speakers-too-long = Please shorten the speakers to { $max } characters.
forum-session-topic-too-long = Please shorten the topic to { $max } characters.

## Emails to a registrant, in the language they registered in.

forum-subject-unconfirmed = Confirm your registration for { $edition }
forum-subject-pending = Your registration for { $edition } awaits approval
forum-subject-registered = You are registered for { $edition }
forum-subject-waitlisted = On the waitlist: { $edition }
forum-subject-rejected = Your registration for { $edition }
forum-subject-cancelled = Registration cancelled: { $edition }
forum-mail-confirm-text = Thank you for registering for { $edition }. Please confirm your email address:
forum-mail-confirm-action = Confirm my registration
forum-mail-confirm-note = Your registration counts once it is confirmed. If you did not register, ignore this message.
forum-mail-pending-text = Your email is confirmed. The secretariat reviews every registration for this edition and will email you its decision.
forum-mail-your-registration = Your registration
forum-mail-registered-text = Your place at { $edition } ({ $dates }, { $venue }) is confirmed. Your badge, with the QR code we scan at the entrance, is below and on its page (open it once on your phone and it stays on screen, even offline). The Forum's dates are attached for your calendar.
forum-mail-open-badge = Open your badge
forum-mail-waitlisted-text = { $edition } is full, so you are on its waitlist. When a place frees up it goes to the next person waiting, and we will email you at once.
forum-mail-rejected-text = We are sorry: the secretariat could not accept your registration for this edition. Please reply to the secretariat if you have questions.
forum-mail-the-forum = The Forum
forum-mail-cancelled-text = Your registration has been cancelled. You are welcome to register again while registration is open.
forum-mail-register-again = Register again
forum-mail-personal-code = Your personal code is { $code }. Keep it to yourself: unlike your badge, it is what lets you vote and cancel. A newer email replaces this code.
forum-mail-vote-link = Vote in the Forum awards (once checked in): { $link }
forum-mail-cancel-link = Cancel your registration: { $link }
forum-mail-qr-alt = QR code of your badge for { $edition }
forum-ics-description = Programme and registration: { $link }
