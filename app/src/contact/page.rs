use super::{SendContactMessage, MESSAGE_MAX_CHARS};

use crate::shell::forms::{FieldMessage, FormAlert, InputField};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ContactPage() -> impl IntoView {
    let send = crate::shell::flash::action::<SendContactMessage>();
    let result = send.value();
    let error = Signal::derive(move || result.get().and_then(Result::err));
    let sent = move || matches!(result.get(), Some(Ok(())));
    let lang = crate::i18n::current();

    view! {
        <Title text=t!(lang, "contact-title") />
        <h1>{t!(lang, "contact-title")}</h1>
        <p class="lead">{t!(lang, "contact-lead")}</p>
        <Show
            when=sent
            fallback=move || {
                view! {
                    <ActionForm action=send attr:class="form" attr:novalidate=true>
                        <FormAlert error />
                        <InputField form="contact" name="name" label=t!(lang, "contact-name") error autocomplete="name" />
                        <InputField form="contact" name="email" label=t!(lang, "contact-email") error kind="email" autocomplete="email" />
                        <InputField form="contact" name="organization" label=t!(lang, "contact-organization") error autocomplete="organization" required=false />
                        <div class="field">
                            <label for="contact-message">{t!(lang, "contact-message")}</label>
                            <textarea id="contact-message" name="message" rows="6" maxlength=MESSAGE_MAX_CHARS required></textarea>
                            <FieldMessage error field="message" />
                        </div>
                        <button type="submit" class="button" disabled=move || send.pending().get()>
                            {move || if send.pending().get() { t!(lang, "contact-sending") } else { t!(lang, "contact-send") }}
                        </button>
                    </ActionForm>
                }
            }
        >
            <div class="panel panel--success" role="status">
                <h2>{t!(lang, "contact-thanks")}</h2>
                <p>{t!(lang, "contact-thanks-text")}</p>
            </div>
        </Show>
    }
}
