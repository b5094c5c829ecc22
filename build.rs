//! Rebuilds when a migration is added or changed: `sqlx::migrate!` embeds
//! the migrations at compile time, and cargo cannot see that on its own.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
