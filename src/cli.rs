//! The command line. With no subcommand Kettle runs.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "kettle",
    version,
    about = "A friendly chat bot for community meetings"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run Kettle: the Telegram bot when TELEGRAM_BOT_TOKEN is set, otherwise the console chat.
    Run,
    /// Open the local console chat (reads a script from standard input when piped).
    Console(ConsoleArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Print a community's weekly digest (and store it), for support teams.
    Digest(DigestArgs),
    /// Make someone a coordinator of a WhatsApp Business group (Groups
    /// API), or stop them being one. Other groups take their coordinators
    /// from the group's own admins.
    Coordinator(CoordinatorArgs),
}

#[derive(Debug, clap::Args)]
pub struct CoordinatorArgs {
    /// The community's id (`SELECT id, title, chat_id FROM communities`).
    #[arg(long)]
    pub community: i64,
    /// Their WhatsApp number, with the country code (`+44 7700 900123`).
    #[arg(long)]
    pub number: String,
    /// Make them an ordinary member again.
    #[arg(long)]
    pub remove: bool,
}

#[derive(Debug, Default, clap::Args)]
pub struct ConsoleArgs {
    /// Behave like this channel's chats: `telegram` (buttons and edits) or
    /// `whatsapp` (numbered choices in groups, a few buttons in private).
    #[arg(long = "as", value_enum, default_value_t)]
    pub profile: crate::channels::console::Profile,
}

#[derive(Debug, clap::Args)]
pub struct DigestArgs {
    /// The community's id (`SELECT id, title FROM communities`).
    #[arg(long)]
    pub community: i64,
    /// The ISO week, such as 2026-W47. Default: last week.
    #[arg(long)]
    pub week: Option<String>,
    /// `text` (the coordinators' copy) or `json` (the stored digest).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// The language of the text (en, cy, pl, uk, ar). Default: the community's.
    #[arg(long)]
    pub language: Option<String>,
    /// Print the group's copy (numbers only, no names).
    #[arg(long)]
    pub group_copy: bool,
    /// Build the week again from what the database holds now, replacing the
    /// stored record (the earlier one is kept in `digest_history`). Without
    /// it, a finished week's stored digest is printed as it was recorded.
    #[arg(long)]
    pub rebuild: bool,
}
