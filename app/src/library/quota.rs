//! How much one account may upload to the library: so many files an hour and so many bytes a
//! day. Counted from the stored files (uploader and time), so the quota holds across server
//! instances and restarts.

use super::FileProblem;

pub use crate::uploads::UploadQuota;

/// What an account stored lately.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecentUploads {
    pub files_last_hour: u64,
    pub bytes_last_day: u64,
}

/// Whether one more file of `size` bytes fits the quota.
pub fn check(quota: UploadQuota, recent: RecentUploads, size: u64) -> Result<(), FileProblem> {
    if recent.files_last_hour >= u64::from(quota.files_per_hour) {
        return Err(FileProblem::TooManyFiles);
    }
    if recent.bytes_last_day.saturating_add(size) > quota.bytes_per_day {
        return Err(FileProblem::DailyVolume);
    }
    Ok(())
}

/// The account's uploads in the last hour and the last day, as stored.
#[cfg(feature = "ssr")]
pub async fn recent_uploads<C: sea_orm::ConnectionTrait>(
    db: &C,
    account: i32,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RecentUploads, sea_orm::DbErr> {
    use super::entity::file;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    let hour_ago = now - chrono::Duration::hours(1);
    let day_ago = now - chrono::Duration::days(1);
    let files_last_hour = file::Entity::find()
        .filter(file::Column::UploadedBy.eq(account))
        .filter(file::Column::UploadedAt.gt(hour_ago))
        .select_only()
        .column_as(file::Column::Id.count(), "n")
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0);
    // SUM is a bigint on SQLite and a numeric on PostgreSQL: cast it to one type.
    let bytes_last_day = file::Entity::find()
        .filter(file::Column::UploadedBy.eq(account))
        .filter(file::Column::UploadedAt.gt(day_ago))
        .select_only()
        .column_as(
            sea_orm::sea_query::Expr::cust("CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT)"),
            "bytes",
        )
        .into_tuple::<i64>()
        .one(db)
        .await?
        .unwrap_or(0);
    Ok(RecentUploads {
        files_last_hour: u64::try_from(files_last_hour).unwrap_or(0),
        bytes_last_day: u64::try_from(bytes_last_day).unwrap_or(0),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUOTA: UploadQuota = UploadQuota {
        files_per_hour: 3,
        bytes_per_day: 1000,
    };

    fn recent(files: u64, bytes: u64) -> RecentUploads {
        RecentUploads {
            files_last_hour: files,
            bytes_last_day: bytes,
        }
    }

    #[test]
    fn the_last_file_of_the_hour_passes_and_the_next_does_not() {
        assert_eq!(check(QUOTA, recent(2, 0), 10), Ok(()));
        assert_eq!(
            check(QUOTA, recent(3, 0), 10),
            Err(FileProblem::TooManyFiles)
        );
    }

    #[test]
    fn a_file_that_would_pass_the_daily_volume_is_refused() {
        assert_eq!(check(QUOTA, recent(0, 900), 100), Ok(()));
        assert_eq!(
            check(QUOTA, recent(0, 900), 101),
            Err(FileProblem::DailyVolume)
        );
        assert_eq!(
            check(QUOTA, recent(0, u64::MAX), 1),
            Err(FileProblem::DailyVolume)
        );
    }
}
