//! Forum awards: categories per edition, nominations of partnerships, the jury (jurors,
//! weighted criteria, scores), and live audience voting: the current vote per attendee and
//! category (one, by a unique index) beside an append-only, hash-chained ballot log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn cascade_to(
    table: impl IntoIden,
    from: impl IntoIden,
    to: impl IntoIden,
    to_id: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, from)
        .to(to, to_id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AwardCategory::Table)
                    .if_not_exists()
                    .col(pk_auto(AwardCategory::Id))
                    .col(integer(AwardCategory::EditionId))
                    .col(integer(AwardCategory::Position).default(0))
                    .col(string_len(AwardCategory::Name, 200))
                    .col(text(AwardCategory::Description).default(""))
                    // Eligible: partnerships on this topic (any when null) that were active or
                    // completed within [eligible_from, eligible_until].
                    .col(integer_null(AwardCategory::TopicId))
                    .col(date(AwardCategory::EligibleFrom))
                    .col(date(AwardCategory::EligibleUntil))
                    // draft, open, closed or revealed
                    .col(string_len(AwardCategory::VotingState, 20).default("draft"))
                    // The jury's share of the final result in percent; the audience has the rest.
                    .col(integer(AwardCategory::JuryWeight).default(70))
                    // The big screen shows only the number of votes cast until revealed.
                    .col(boolean(AwardCategory::HideResults).default(false))
                    // Bumped by every ballot and state change, first thing in its transaction:
                    // it serializes ballot appends per category (the row lock on PostgreSQL,
                    // the write lock on SQLite) and orders the live tallies.
                    .col(big_integer(AwardCategory::Revision).default(0))
                    // The hash of the latest ballot: the next one chains to it.
                    .col(string_len(AwardCategory::LastHash, 64).default(""))
                    .col(timestamp_with_time_zone(AwardCategory::UpdatedAt))
                    .foreign_key(&mut cascade_to(
                        AwardCategory::Table,
                        AwardCategory::EditionId,
                        ForumEdition::Table,
                        ForumEdition::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AwardNomination::Table)
                    .if_not_exists()
                    .col(pk_auto(AwardNomination::Id))
                    .col(integer(AwardNomination::CategoryId))
                    .col(integer(AwardNomination::PartnershipId))
                    .col(text(AwardNomination::Statement))
                    .col(integer_null(AwardNomination::NominatedBy))
                    .col(timestamp_with_time_zone(AwardNomination::CreatedAt))
                    .foreign_key(&mut cascade_to(
                        AwardNomination::Table,
                        AwardNomination::CategoryId,
                        AwardCategory::Table,
                        AwardCategory::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        AwardNomination::Table,
                        AwardNomination::PartnershipId,
                        Partnership::Table,
                        Partnership::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("award_nomination_once")
                    .table(AwardNomination::Table)
                    .col(AwardNomination::CategoryId)
                    .col(AwardNomination::PartnershipId)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AwardCriterion::Table)
                    .if_not_exists()
                    .col(pk_auto(AwardCriterion::Id))
                    .col(integer(AwardCriterion::CategoryId))
                    .col(string_len(AwardCriterion::Name, 200))
                    .col(integer(AwardCriterion::Weight))
                    .foreign_key(&mut cascade_to(
                        AwardCriterion::Table,
                        AwardCriterion::CategoryId,
                        AwardCategory::Table,
                        AwardCategory::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AwardJuror::Table)
                    .if_not_exists()
                    .col(integer(AwardJuror::CategoryId))
                    .col(integer(AwardJuror::AccountId))
                    .primary_key(
                        Index::create()
                            .col(AwardJuror::CategoryId)
                            .col(AwardJuror::AccountId),
                    )
                    .foreign_key(&mut cascade_to(
                        AwardJuror::Table,
                        AwardJuror::CategoryId,
                        AwardCategory::Table,
                        AwardCategory::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        AwardJuror::Table,
                        AwardJuror::AccountId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AwardScore::Table)
                    .if_not_exists()
                    .col(integer(AwardScore::NominationId))
                    .col(integer(AwardScore::CriterionId))
                    .col(integer(AwardScore::JurorId))
                    // 0 to 10
                    .col(integer(AwardScore::Score))
                    .col(timestamp_with_time_zone(AwardScore::ScoredAt))
                    .primary_key(
                        Index::create()
                            .col(AwardScore::NominationId)
                            .col(AwardScore::CriterionId)
                            .col(AwardScore::JurorId),
                    )
                    .foreign_key(&mut cascade_to(
                        AwardScore::Table,
                        AwardScore::NominationId,
                        AwardNomination::Table,
                        AwardNomination::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        AwardScore::Table,
                        AwardScore::CriterionId,
                        AwardCriterion::Table,
                        AwardCriterion::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        AwardScore::Table,
                        AwardScore::JurorId,
                        Account::Table,
                        Account::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        // The append-only ballot log: never updated, never deleted by the application.
        manager
            .create_table(
                Table::create()
                    .table(AwardBallot::Table)
                    .if_not_exists()
                    .col(pk_auto(AwardBallot::Id))
                    .col(integer(AwardBallot::CategoryId))
                    // SHA-256 of the category and the badge code: the same for one attendee's
                    // ballots in a category, and not the registration itself.
                    .col(string_len(AwardBallot::VoterKey, 64))
                    .col(integer(AwardBallot::NominationId))
                    // The vote page's one-time token: a replayed request is refused.
                    .col(string_len(AwardBallot::Nonce, 64))
                    .col(string_len(AwardBallot::PrevHash, 64))
                    .col(string_len(AwardBallot::Hash, 64))
                    .col(string_len_uniq(AwardBallot::Receipt, 20))
                    .col(timestamp_with_time_zone(AwardBallot::CastAt))
                    .foreign_key(&mut cascade_to(
                        AwardBallot::Table,
                        AwardBallot::CategoryId,
                        AwardCategory::Table,
                        AwardCategory::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("award_ballot_nonce")
                    .table(AwardBallot::Table)
                    .col(AwardBallot::CategoryId)
                    .col(AwardBallot::Nonce)
                    .unique()
                    .to_owned(),
            )
            .await?;

        // The vote that counts: one per attendee and category, replaced while voting is open.
        manager
            .create_table(
                Table::create()
                    .table(AwardVote::Table)
                    .if_not_exists()
                    .col(pk_auto(AwardVote::Id))
                    .col(integer(AwardVote::CategoryId))
                    .col(integer(AwardVote::RegistrationId))
                    .col(integer(AwardVote::NominationId))
                    .col(integer(AwardVote::BallotId))
                    .col(timestamp_with_time_zone(AwardVote::UpdatedAt))
                    .foreign_key(&mut cascade_to(
                        AwardVote::Table,
                        AwardVote::CategoryId,
                        AwardCategory::Table,
                        AwardCategory::Id,
                    ))
                    .foreign_key(&mut cascade_to(
                        AwardVote::Table,
                        AwardVote::RegistrationId,
                        ForumRegistration::Table,
                        ForumRegistration::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("award_vote_one_per_attendee")
                    .table(AwardVote::Table)
                    .col(AwardVote::CategoryId)
                    .col(AwardVote::RegistrationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("award_vote_tally")
                    .table(AwardVote::Table)
                    .col(AwardVote::CategoryId)
                    .col(AwardVote::NominationId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AwardVote::Table.into_iden(),
            AwardBallot::Table.into_iden(),
            AwardScore::Table.into_iden(),
            AwardJuror::Table.into_iden(),
            AwardCriterion::Table.into_iden(),
            AwardNomination::Table.into_iden(),
            AwardCategory::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumEdition {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ForumRegistration {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Partnership {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AwardCategory {
    Table,
    Id,
    EditionId,
    Position,
    Name,
    Description,
    TopicId,
    EligibleFrom,
    EligibleUntil,
    VotingState,
    JuryWeight,
    HideResults,
    Revision,
    LastHash,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AwardNomination {
    Table,
    Id,
    CategoryId,
    PartnershipId,
    Statement,
    NominatedBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AwardCriterion {
    Table,
    Id,
    CategoryId,
    Name,
    Weight,
}

#[derive(DeriveIden)]
enum AwardJuror {
    Table,
    CategoryId,
    AccountId,
}

#[derive(DeriveIden)]
enum AwardScore {
    Table,
    NominationId,
    CriterionId,
    JurorId,
    Score,
    ScoredAt,
}

#[derive(DeriveIden)]
enum AwardBallot {
    Table,
    Id,
    CategoryId,
    VoterKey,
    NominationId,
    Nonce,
    PrevHash,
    Hash,
    Receipt,
    CastAt,
}

#[derive(DeriveIden)]
enum AwardVote {
    Table,
    Id,
    CategoryId,
    RegistrationId,
    NominationId,
    BallotId,
    UpdatedAt,
}
