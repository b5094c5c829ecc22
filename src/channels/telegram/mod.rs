//! Telegram (being built).
pub async fn serve(
    _e: crate::app::Engine,
    _c: &crate::config::Config,
    _t: crate::config::TelegramConfig,
) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
