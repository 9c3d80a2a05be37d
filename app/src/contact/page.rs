use super::{SendContactMessage, MESSAGE_MAX_CHARS};

use crate::shell::forms::{FieldMessage, FormAlert, InputField};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ContactPage() -> impl IntoView {
    let send = crate::shell::flash::action::<SendContactMessage>();
    let result = send.value();
    let error = Signal::derive(move || result.get().and_then(Result::err));
    let sent = move || matches!(result.get(), Some(Ok(())));

    view! {
        <Title text="Contact the secretariat" />
        <h1>"Contact the secretariat"</h1>
        <p class="lead">
            "Questions about partnerships, training or the Forum? Write to the WaterLinks secretariat."
        </p>
        <Show
            when=sent
            fallback=move || {
                view! {
                    <ActionForm action=send attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <InputField form="contact" name="name" label="Your name" error autocomplete="name" />
                        <InputField form="contact" name="email" label="Email" error kind="email" autocomplete="email" />
                        <InputField form="contact" name="organization" label="Organization (optional)" error autocomplete="organization" required=false />
                        <div class="field">
                            <label for="contact-message">"Message"</label>
                            <textarea id="contact-message" name="message" rows="6" maxlength=MESSAGE_MAX_CHARS required></textarea>
                            <FieldMessage error field="message" />
                        </div>
                        <button type="submit" class="button" disabled=move || send.pending().get()>
                            {move || if send.pending().get() { "Sending…" } else { "Send message" }}
                        </button>
                    </ActionForm>
                }
            }
        >
            <div class="panel panel--success" role="status">
                <h2>"Thank you"</h2>
                <p>"Your message has reached the secretariat. We usually reply within two working days."</p>
            </div>
        </Show>
    }
}
