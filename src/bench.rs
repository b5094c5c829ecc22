//! `kettle bench` (filled in below).
#[derive(Debug, clap::Args)]
pub struct BenchArgs {}
pub async fn run(_args: BenchArgs, _config: crate::config::Config) -> anyhow::Result<()> {
    anyhow::bail!("not yet")
}
