//! How the process asks the C allocator for memory.
//!
//! glibc's `malloc` gives each thread that finds the others' arenas busy an
//! arena of its own, up to eight per core, and an arena keeps what is freed
//! in it for later rather than hand it back. Kettle runs many threads that
//! allocate (the runtime's workers and blocking threads, a thread for each
//! SQLite connection, the group writer's), so a burst of work left memory
//! spread across a dozen arenas, free but still the process's: the
//! benchmark's full run, whose press-acknowledgement burst follows the
//! other workloads, peaked at 64.7–69.4 MB on SQLite, over the 64 MB
//! target, while the live heap (valgrind's massif) stayed under 16 MB. With
//! two arenas the same run peaked at 54.5 MB, and no path slowed.
//!
//! A `MALLOC_ARENA_MAX` in the environment is left to rule: whoever sets it
//! knows their machine.

/// Arenas the allocator may make, unless `MALLOC_ARENA_MAX` says otherwise.
const ARENAS: i32 = 2;

/// Limits glibc's arenas to two (`ARENAS`). Called as the process starts
/// (`startup::runtime`), before any other thread: a thread that has an
/// arena keeps it.
pub fn few_malloc_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: `mallopt` only sets one of the allocator's parameters;
        // it is called before any other thread exists, so none can be
        // allocating meanwhile.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, ARENAS);
        }
    }
}
