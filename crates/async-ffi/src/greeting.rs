//! The greeting both approaches produce, and the simulated work delay they share.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

static WORK_DELAY_MS: AtomicU64 = AtomicU64::new(10);

/// How long each greeting "works" (a tokio sleep) before answering. The benchmark sets it to 0.
pub fn work_delay() -> Duration {
    Duration::from_millis(WORK_DELAY_MS.load(Ordering::Relaxed))
}

pub fn set_work_delay_ms(ms: u64) {
    WORK_DELAY_MS.store(ms, Ordering::Relaxed);
}

/// A description of the current thread: its name (tokio workers are named) and id.
pub fn current_thread_label() -> String {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("unnamed");
    format!("'{}' {:?}", name, thread.id())
}

/// The greeting, saying which Rust thread produced it.
pub fn greeting(name: &str) -> String {
    format!("Hello, {name}! (from Rust thread {})", current_thread_label())
}

/// The async work behind both approaches: wait for the configured delay, then greet.
pub async fn greet_after_work(name: &str) -> String {
    let delay = work_delay();
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    greeting(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greeting_names_the_thread() {
        let text = std::thread::Builder::new().name("probe".into()).spawn(|| greeting("Ann")).unwrap().join().unwrap();
        assert!(text.starts_with("Hello, Ann! (from Rust thread 'probe' ThreadId("), "{text}");
    }
}
