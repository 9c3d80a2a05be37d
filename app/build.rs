//! The translation files are compiled into the crate (`i18n::messages`): a new or changed
//! `.ftl` file must rebuild it, including a file added to a language's folder.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
