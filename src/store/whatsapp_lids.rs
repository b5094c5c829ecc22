//! The phone ids behind WhatsApp's hidden `@lid` ids, once the bridge has
//! said them: kept so a person stays one member across restarts and when
//! the bridge cannot be asked.

use super::{on_pool, Store, StoreResult};

impl Store {
    pub async fn phone_of_lid(&self, lid: &str) -> StoreResult<Option<String>> {
        let sql = "SELECT phone_id FROM whatsapp_lids WHERE lid = $1";
        let row: Option<(String,)> = on_pool!(self, |p| sqlx::query_as(sql)
            .bind(lid)
            .fetch_optional(p)
            .await?);
        Ok(row.map(|(phone,)| phone))
    }

    pub async fn remember_lid(&self, lid: &str, phone_id: &str) -> StoreResult<()> {
        let sql = "INSERT INTO whatsapp_lids (lid, phone_id) VALUES ($1, $2) \
                   ON CONFLICT (lid) DO UPDATE SET phone_id = excluded.phone_id";
        on_pool!(self, |p| sqlx::query(sql)
            .bind(lid)
            .bind(phone_id)
            .execute(p)
            .await?
            .rows_affected());
        Ok(())
    }
}
