## The frame around every page, form pieces and the errors every page can show.

shell-skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-partners = Partners
nav-partnerships = Partnerships
nav-results = Results
nav-needs = Needs
nav-training = Training
nav-library = Library
nav-forum = Forum
nav-stories = Stories
nav-events = Events
nav-contact = Contact

footer-secretariat = WaterLinks Secretariat
footer-telephone = Telephone:
footer-map = Partnership map
footer-api = API for development partners
footer-mission = Helping urban water and sanitation utilities in Asia and the Pacific deliver safe water and basic sanitation.

lang-menu-label = Language
lang-form-title = Language
lang-form-label = Language of the hub and its emails
lang-form-hint = Pages, emails and certificates are written in this language.
lang-form-save = Save language
lang-unknown = Choose one of the languages in the list.

not-found-title = Page not found
not-found-text = We could not find that page. It may have moved, or the address may be mistyped.
not-found-home = Go to the home page
gone-title = No longer available
gone-text = What was here was cancelled or withdrawn.

error-title = This page could not be shown
error-hint-missing = Check the address, or start again from the home page.
error-hint-retry = Please try again in a moment. If it keeps happening, contact the secretariat.
error-invalid = Please correct the highlighted fields. { $details }
error-unauthenticated = Please sign in to continue.
error-forbidden = You do not have permission to do that.
error-internal = Something went wrong on our side. Please try again in a moment.
error-network = Could not reach WaterLinks Hub. Check your connection and try again.
error-saved-meanwhile = Someone saved the same thing a moment ago. Reload the page and try again.
error-still-referred = Other records still refer to this, so it cannot be removed.
error-unreadable = The request could not be read: { $detail }
error-missing-field = The request is missing the field '{ $field }'.
error-field-one-line = This field is one line: remove the line breaks.
error-field-control-characters = Remove the invisible control characters from this field (they can come with pasted text).
error-form-encoding = Send this form as application/x-www-form-urlencoded.
error-form-too-large = This form is too large to be read.
error-cross-site = Cross-site request refused: this action can only be performed from WaterLinks Hub itself.
error-address-unreadable = This address holds characters that cannot be read.

form-correct-fields = Please correct the fields marked below.
form-country = Country
form-all-countries = All countries
form-language = Language
form-all-languages = All languages
form-content-language = Written in
form-topic = Topic
form-any-topic = Any topic

format-percent = { $value }%

mail-greeting = Dear { $name },
mail-greeting-neutral = Hello,
mail-footer = The WaterLinks network of water and sanitation utilities in Asia and the Pacific.
offline-title = Offline · WaterLinks Hub
offline-heading = You are offline
offline-never-opened = This page has not been opened on this phone before, so it cannot be shown without the network.
offline-once-visited = The Forum page, your badge, your agenda and the voting pages open offline once you have visited them.
offline-open-forum = Open the Forum page
manifest-description = Water operator partnerships, training and knowledge for urban water and sanitation utilities in Asia and the Pacific.
