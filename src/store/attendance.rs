//! Who came to a meeting: a coordinator's tap list, which counts only
//! once they confirm it.

use super::{on_read, on_tx, StoreResult, Tx};
use chrono::{DateTime, Utc};

impl Tx {
    /// Marks a member as there or not there; returns whether they now are.
    pub async fn toggle_attendance(
        &mut self,
        meeting_id: i64,
        person_id: i64,
    ) -> StoreResult<bool> {
        let remove = "DELETE FROM meeting_attendance WHERE meeting_id = $1 AND person_id = $2";
        let add = "INSERT INTO meeting_attendance (meeting_id, person_id) VALUES ($1, $2)";
        let removed = on_tx!(self, |c| sqlx::query(remove)
            .bind(meeting_id)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        if removed > 0 {
            return Ok(false);
        }
        on_tx!(self, |c| sqlx::query(add)
            .bind(meeting_id)
            .bind(person_id)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(true)
    }

    /// A coordinator confirmed the list of who came: from now on it counts
    /// (until then a meeting's attendance is "not recorded"). Returns
    /// whether it was already recorded.
    pub async fn confirm_attendance(
        &mut self,
        meeting_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<bool> {
        let sql = "UPDATE meetings SET attendance_recorded_at = $2 \
                   WHERE id = $1 AND attendance_recorded_at IS NULL";
        let set = on_tx!(self, |c| sqlx::query(sql)
            .bind(meeting_id)
            .bind(now)
            .execute(&mut *c)
            .await?
            .rows_affected());
        Ok(set == 0)
    }

    /// Whether a coordinator has confirmed who came.
    pub async fn attendance_recorded(&mut self, meeting_id: i64) -> StoreResult<bool> {
        let sql =
            "SELECT COUNT(*) FROM meetings WHERE id = $1 AND attendance_recorded_at IS NOT NULL";
        let n: i64 = on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(meeting_id)
            .fetch_one(&mut *c)
            .await?);
        Ok(n > 0)
    }

    /// Who came, by person id.
    pub async fn attendance(&mut self, meeting_id: i64) -> StoreResult<Vec<i64>> {
        let sql =
            "SELECT person_id FROM meeting_attendance WHERE meeting_id = $1 ORDER BY person_id";
        Ok(on_read!(self, |c| sqlx::query_scalar(sql)
            .bind(meeting_id)
            .fetch_all(&mut *c)
            .await?))
    }
}
