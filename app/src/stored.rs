//! Enums stored as text in the database, declared once.
//!
//! `stored_enum!` writes the enum with ONE table of codes, and every use of a code comes from
//! that table: the sea-orm `DeriveActiveEnum` (`string_value`, what the column holds; with the
//! `ssr` feature only, the browser build has no sea-orm), serde (`rename`, what the JSON
//! carries) and `as_code()` (what forms and URLs carry, in both builds). The codes are the
//! texts stored before the columns were typed, so existing databases read as before.
//!
//! A column whose `Model` field is such an enum cannot hold an unknown value unnoticed: sea-orm
//! refuses to read it (`DbErr::Type`, which becomes the app's internal error, logged), and the
//! database refuses to write it (the CHECK constraints or triggers of
//! `m20261206_000015_typed_state`). `from_code` is for what a person sends (a form field, a
//! query string); its callers turn `None` into a field error, never into a default.

/// Declares a stored enum: `Variant = "code"` per variant. Derives serde, and with `ssr`
/// sea-orm's `EnumIter` and `DeriveActiveEnum` (a `String` value); adds `ALL`, `as_code()` and
/// `from_code()`.
macro_rules! stored_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "ssr", derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum))]
        #[cfg_attr(
            feature = "ssr",
            sea_orm(rs_type = "String", db_type = "String(sea_orm::sea_query::StringLen::None)")
        )]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                #[serde(rename = $code)]
                #[cfg_attr(feature = "ssr", sea_orm(string_value = $code))]
                $variant,
            )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$variant),+];

            /// The stored code, as forms and URLs carry it.
            pub fn as_code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value a person sent (a form field, a query string); `None` when it is not
            /// one of the codes: the caller says so next to the field.
            pub fn from_code(code: &str) -> Option<$name> {
                match code {
                    $($code => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        // The OpenAPI schema: a string, one of the codes (a derive would name the variants).
        #[cfg(feature = "ssr")]
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .into()
            }
        }

        #[cfg(feature = "ssr")]
        impl utoipa::ToSchema for $name {}
    };
}

pub(crate) use stored_enum;

#[cfg(all(test, feature = "ssr"))]
mod tests {
    // An enum of the tests' own, so this foundation module names no domain (layering.rs).
    stored_enum! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum PipeState {
            InService = "in_service",
            UnderRepair = "under_repair",
            Retired = "retired",
        }
    }
    use sea_orm::ActiveEnum;

    #[test]
    fn every_code_round_trips_through_the_database_value_serde_and_forms() {
        for state in PipeState::ALL {
            let stored = state.to_value();
            assert_eq!(stored, state.as_code());
            assert_eq!(PipeState::try_from_value(&stored).unwrap(), state);
            assert_eq!(PipeState::from_code(state.as_code()), Some(state));
            assert_eq!(
                serde_json::to_value(state).unwrap(),
                serde_json::Value::String(stored)
            );
        }
        assert_eq!(PipeState::UnderRepair.to_value(), "under_repair");
    }

    /// What the database holds is never guessed: an unknown value is an error (an unknown
    /// partnership state became "proposed" before the columns were typed).
    #[test]
    fn an_unknown_stored_value_is_an_error_not_a_default() {
        let read = PipeState::try_from_value(&"on_hold".to_owned());
        assert!(matches!(read, Err(sea_orm::DbErr::Type(_))), "{read:?}");
        assert!(PipeState::try_from_value(&String::new()).is_err());
        assert!(PipeState::try_from_value(&"InService".to_owned()).is_err());
        assert_eq!(PipeState::from_code("on_hold"), None);
    }
}
