## Refusals when someone does something too often. $wait is one of the limits-wait-* texts.
limits-wait-seconds = { $count ->
    [one] a second
   *[other] { $count } seconds
}
limits-wait-minutes = { $count ->
    [one] a minute
   *[other] { $count } minutes
}
limits-wait-hours = { $count ->
    [one] an hour
   *[other] { $count } hours
}
limits-attempts = Too many attempts from your network. Please wait { $wait } and try again.
limits-failed-sign-ins = Too many failed sign-ins for this account. Try again in { $wait }, or reset your password to sign in at once.
limits-reset-requests = Reset links for this email were already sent several times. Please check your inbox (and spam folder), or ask again in { $wait }.
limits-registrations-address = Too many registrations from this network. Please try again in { $wait }.
limits-registrations-email = Too many registrations for this email. Please try again in { $wait }.
limits-resends-address = Too many confirmation links were asked for from this network. Please try again in { $wait }.
limits-resends-email = The link was already sent several times to this email. Please check your inbox (and spam folder), or ask again in { $wait }.
limits-contact-messages = Too many messages from this network. Please try again in { $wait }, or write to the secretariat by email.
limits-votes-attendee = You are voting too quickly. Wait a few seconds and tap again; your last counted vote stands.
limits-votes-address = Too many votes from this network right now. Wait { $wait } and tap again; your last counted vote stands.
