//! `kettle-bench`: Kettle's hot paths against plain sqlx on the same
//! database, on SQLite and Postgres. Built only with `--features bench`.

use clap::Parser;
use kettle::bench::BenchArgs;
use kettle::config::Config;

#[derive(Debug, Parser)]
#[command(
    name = "kettle-bench",
    version,
    about = "Measure Kettle's hot paths against plain inserts on the same database"
)]
struct Cli {
    #[command(flatten)]
    args: BenchArgs,
}

fn main() -> anyhow::Result<()> {
    kettle::startup::runtime()?.block_on(run())
}

async fn run() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(e) => {
            eprintln!("kettle-bench: configuration problem: {e}");
            std::process::exit(2);
        }
    };
    kettle::bench::statements::install();
    kettle::bench::run(cli.args, config).await
}
