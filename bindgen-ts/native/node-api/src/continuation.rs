//! The one native continuation of every future: Rust calls it, from any thread, when a polled
//! future can make progress. It queues the call to the JavaScript thread of the realm that polled
//! (main thread, worker, or package copy) through that realm's threadsafe function. A realm that
//! has ended drops the call: Rust then never hears of that future again, which is what a realm
//! that is gone can do; the process never aborts.

use std::sync::{Mutex, OnceLock};

use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi::Status;

/// The JavaScript handler `(data, pollCode) => void`, weak (it does not keep Node alive: the
/// runtime holds the event loop open while futures are pending).
pub type Handler = ThreadsafeFunction<(u32, i32), (), (u32, i32), Status, false, true>;

/// `RustFutureContinuationCallback`.
pub type Callback = extern "C" fn(u64, i8);

fn handlers() -> &'static Mutex<Vec<Handler>> {
    static HANDLERS: OnceLock<Mutex<Vec<Handler>>> = OnceLock::new();
    HANDLERS.get_or_init(Default::default)
}

/// Registers a realm's handler; the result goes in the high half of every poll's data.
pub fn register(handler: Handler) -> u32 {
    let mut handlers = handlers().lock().unwrap_or_else(|e| e.into_inner());
    handlers.push(handler);
    (handlers.len() - 1) as u32
}

/// The `data` passed to `rust_future_poll`: the registration and the runtime's own key.
pub fn data(registration: u32, key: u32) -> u64 {
    (u64::from(registration) << 32) | u64::from(key)
}

pub extern "C" fn callback(data: u64, poll_code: i8) {
    let registration = (data >> 32) as usize;
    let key = data as u32;
    let handlers = handlers().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(handler) = handlers.get(registration) {
        // A realm being torn down answers with an error status: nothing to do then.
        let _ = handler.call((key, i32::from(poll_code)), ThreadsafeFunctionCallMode::NonBlocking);
    }
}
