//! `waterlinks create-admin`: bootstraps the first secretariat admin, on every backend.

use crate::support;

use app::accounts::{
    current_user::roles_of,
    entity::account,
    password::{verify_password, PasswordHashString},
    service::{create_admin, AdminOutcome},
    Role,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use support::{backends, TestApp};

#[tokio::test]
async fn creates_then_promotes_an_admin() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let outcome = create_admin(
            &app.db,
            "Maria Santos",
            " Maria.Santos@WaterLinks.org ",
            "a long admin passphrase",
        )
        .await
        .unwrap();
        assert_eq!(outcome, AdminOutcome::Created, "{backend:?}");
        let stored = account::Entity::find()
            .filter(account::Column::Email.eq("maria.santos@waterlinks.org"))
            .one(&app.db)
            .await
            .unwrap()
            .expect("the account is stored under the normalised email");
        assert!(verify_password(
            "a long admin passphrase",
            &PasswordHashString::from_stored(stored.password_hash.clone())
        ));
        assert!(roles_of(&app.db, stored.id)
            .await
            .unwrap()
            .contains(&Role::SecretariatAdmin));

        // Running it again for the same email changes the password and adds no second account.
        let again = create_admin(
            &app.db,
            "Maria Santos",
            "maria.santos@waterlinks.org",
            "another long passphrase",
        )
        .await
        .unwrap();
        assert_eq!(again, AdminOutcome::Promoted);
        assert_eq!(app.count("account").await, 1);
        assert_eq!(app.count("account_role").await, 2);
    }
}

#[tokio::test]
async fn refuses_a_short_password_and_stores_nothing() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let err = create_admin(&app.db, "Maria", "maria@waterlinks.org", "short")
            .await
            .unwrap_err();
        assert!(
            err.field_message("password")
                .unwrap()
                .contains("12 characters"),
            "{backend:?}"
        );
        let err = create_admin(&app.db, "", "not an email", "a long admin passphrase")
            .await
            .unwrap_err();
        assert!(err.field_message("name").is_some());
        assert!(err.field_message("email").is_some());
        assert_eq!(app.count("account").await, 0);
    }
}
