## Accounts: signing up and in, the account page, password reset, confirming and changing an
## email address, deleting an account, the demo inbox, roles, and the letters these send.

accounts-sign-in = Sign in
accounts-sign-out = Sign out
accounts-sign-out-everywhere = Sign out of all sessions
accounts-sign-up-title = Create an account
accounts-sign-up-lead = Members can enrol in trainings, join their organization, and take part in the network.
accounts-check-email = Check your email
accounts-sign-up-sent = We sent a link to { $email }. Open it to confirm your address, then sign in.
accounts-your-name = Your name
accounts-name = Name
accounts-email = Email
accounts-password = Password
accounts-password-hint = At least { $min } characters.
accounts-create-account = Create account
accounts-already-member = Already a member?
accounts-new-here = New here?
accounts-forgot-link = Forgot your password?
accounts-your-account = Your account
accounts-loading = Loading your account…
accounts-not-signed-in = You are not signed in.
accounts-roles = Roles
accounts-organizations-you-manage = Organizations you manage
accounts-edit-profile = Edit profile
accounts-administration = Administration
accounts-change-password-title = Change your password
accounts-change-password-lead = Your other sessions end when the password changes.
accounts-password-changed = Your password has been changed.
accounts-current-password = Current password
accounts-new-password = New password
accounts-change-password-button = Change password
accounts-save-name = Save name
accounts-delete-title = Delete your account
accounts-delete-text = Your name, email address and password are removed, and you leave your organizations. What you wrote stays on the platform under "Former member". This cannot be undone.
accounts-your-password = Your password
accounts-delete-button = Delete my account

## Validation and refusals
accounts-email-too-long = An email address has at most { $max } characters.
accounts-password-too-short = Use at least { $min } characters; a short sentence is easy to remember.
accounts-password-too-long = Use at most { $max } characters.
accounts-email-required = Please enter your email address.
accounts-email-invalid = This does not look like an email address (for example, name@utility.org).
accounts-name-required = Please enter your name.
accounts-name-too-long = Please keep your name under { $max } characters.
accounts-sign-in-failed = That email and password do not match an account.
accounts-deactivated = This account is deactivated. Please contact the secretariat.
accounts-not-current-password = This is not your current password.
accounts-not-your-password = This is not your password.
accounts-cannot-deactivate-self = You cannot deactivate your own account; ask another admin.
accounts-no-such-account = This account does not exist.
accounts-deleted-cannot-reactivate = This account was deleted by its owner; it cannot be reactivated.
accounts-confirm-link-invalid = This confirmation link has expired or was already used. Sign in and ask for a new one on your account page.
accounts-address-taken = Another account uses this email address now, so yours stays as it was.
accounts-already-confirmed = Your email address is already confirmed.
accounts-same-email = This is already your email address.
accounts-reset-link-invalid = This reset link has expired or was already used. Please ask for a new one.

## Confirming and changing an email address
accounts-confirm-title = Confirm your email address
accounts-confirmed = Your email address is confirmed.
accounts-confirm-press = Press the button to confirm your email address.
accounts-confirm-button = Confirm my email address
accounts-not-confirmed-yet = Your email address is not confirmed yet
accounts-not-confirmed-text = We sent a link to { $email }. Until you open it, your account cannot take part: no registrations, no members' content, no roles.
accounts-link-resent = A new link is on its way to { $email }. Older links no longer work.
accounts-resend-button = Send the link again
accounts-change-email-title = Change your email address
accounts-change-email-lead = We send a link to the new address; it takes the place of the old one once you open it.
accounts-change-email-sent = We sent a link to { $email }. Open it to confirm your new address.
accounts-new-email = New email address
accounts-change-email-button = Change email address

## Password reset
accounts-forgot-title = Reset your password
accounts-forgot-lead = Enter the email of your account and we will send you a link to choose a new password.
accounts-forgot-send = Send the link
accounts-back-to-sign-in = Back to sign in
accounts-forgot-sent = If an account uses this email, a link to reset its password is on its way. It works for one hour.
accounts-reset-title = Choose a new password
accounts-reset-save = Save the new password
accounts-reset-new-link = Ask for a new link
accounts-reset-done = Your password is changed, and every session of your account has ended.

## The demo inbox
accounts-inbox-title = Your messages
accounts-inbox-lead = This site has no mail server, so the messages it would email you are kept here, for you only.
accounts-inbox-empty = No messages yet.
accounts-inbox-when = { $date }, { $time } UTC

## Roles
accounts-role-secretariat-admin = Secretariat admin
accounts-role-facilitator = Facilitator
accounts-role-trainer = Trainer
accounts-role-juror = Juror
accounts-role-member = Member

## Audit trail actions
accounts-audit-role-granted = Role granted
accounts-audit-role-revoked = Role revoked
accounts-audit-membership-approved = Membership approved
accounts-audit-membership-refused = Membership refused
accounts-audit-membership-ended = Membership ended
accounts-audit-network-membership-changed = Network membership changed
accounts-audit-account-deactivated = Account deactivated
accounts-audit-account-reactivated = Account reactivated
accounts-audit-account-deleted = Account deleted
accounts-audit-organizations-merged = Organizations merged
accounts-audit-joined-network = Made a member of the network
accounts-audit-left-network = No longer a member of the network
accounts-audit-removed-by-secretariat = Removed by the secretariat

## Letters
accounts-mail-welcome-subject = Confirm your email address for WaterLinks Hub
accounts-mail-welcome-text = Thank you for creating an account on WaterLinks Hub. Please confirm that this address is yours: your account starts working once it is confirmed.
accounts-mail-welcome-lifetime = The link works for { $hours } hours, once. If you did not create an account, ignore this message: nothing happens without the link.
accounts-mail-change-subject = Confirm your new email address for WaterLinks Hub
accounts-mail-change-text = You asked to use this address for your WaterLinks Hub account. It takes the place of the old one once you confirm it.
accounts-mail-change-button = Confirm my new email address
accounts-mail-change-lifetime = The link works for { $hours } hours, once. If you did not ask for this, ignore this message: the account keeps its address.
accounts-mail-notice-subject = Your WaterLinks Hub email address is changing
accounts-mail-notice-text = Someone signed in to your WaterLinks Hub account asked to use { $email } instead of this address. The change happens only when the link sent there is opened.
accounts-mail-notice-button = Review your account
accounts-mail-notice-warning = If this was not you, change your password at once and contact the secretariat.
accounts-mail-already-subject = You already have a WaterLinks Hub account
accounts-mail-already-text = Someone (we hope you) tried to create a WaterLinks Hub account with this email address, which already has one. No new account was made.
accounts-mail-already-forgot = Forgot your password? Choose a new one here: { $link }
accounts-mail-reset-subject = Reset your WaterLinks Hub password
accounts-mail-reset-text = Someone (we hope you) asked to reset the password of your WaterLinks Hub account.
accounts-mail-reset-button = Choose a new password within { $minutes } minutes
accounts-mail-reset-ignore = If you did not ask for this, ignore this message: your password stays as it is.
accounts-mail-unknown-text = Someone (we hope you) asked to reset the password of a WaterLinks Hub account with this email address, but no account uses it.
accounts-mail-unknown-other = If you have an account under another address, ask for the link there. If you did not ask for this, ignore this message.
