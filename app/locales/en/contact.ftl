## Contact the secretariat.

contact-title = Contact the secretariat
contact-lead = Questions about partnerships, training or the Forum? Write to the WaterLinks secretariat.
contact-name = Your name
contact-email = Email
contact-organization = Organization (optional)
contact-message = Message
contact-sending = Sending…
contact-send = Send message
contact-thanks = Thank you
contact-thanks-text = Your message has reached the secretariat. We usually reply within two working days.
contact-name-missing = Please enter your name.
contact-name-too-long = Please keep your name under { $max } characters.
contact-email-missing = Please enter your email address so we can reply.
contact-email-invalid = This does not look like an email address (for example, name@utility.org).
contact-organization-too-long = Please keep the organization under { $max } characters.
contact-message-missing = Please write your message.
contact-message-too-long = Please keep your message under { $max } characters.
