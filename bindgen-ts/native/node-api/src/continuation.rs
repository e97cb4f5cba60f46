//! The one native continuation of every future: Rust calls it, from any thread, when a polled
//! future can make progress. Its datum names the endpoint (the package copy's continuation
//! handler, in the realm that polled) and the runtime's key. Wake-ups are batched per endpoint:
//! the first one since the last delivery queues one message to the realm's JavaScript thread,
//! which hands the handler every wake-up gathered by then as one `Float64Array` of
//! `key * 4 + pollCode` (never inside the poll that fired it). With 1,000 futures in flight,
//! that is one crossing for many wake-ups instead of one each. A realm that has ended drops its
//! batch: Rust then never hears of those futures again, which is what a realm that is gone can
//! do; the process never aborts.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use napi::sys;

use crate::js;
use crate::realm::{self, lock, Message};

/// `RustFutureContinuationCallback`.
pub type Callback = extern "C" fn(u64, i8);

/// The `data` passed to `rust_future_poll`: the endpoint and the runtime's own key.
pub fn data(endpoint: u32, key: u32) -> u64 {
    (u64::from(endpoint) << 32) | u64::from(key)
}

thread_local! {
    /// The datum of the poll running on this thread, and the code its continuation fired with
    /// inside it (-1: not fired).
    static POLLING: Cell<Option<(u64, i8)>> = const { Cell::new(None) };
}

/// Runs `poll` (a `rust_future_poll`) with datum `data`; returns the poll code when the
/// continuation fired inside it, on this thread, which is then not queued: the runtime resumes
/// the future at once, without waiting for the event loop (the common case of a future that is
/// ready at its first poll).
pub fn poll_here(data: u64, poll: impl FnOnce()) -> Option<i8> {
    let outer = POLLING.with(|p| p.replace(Some((data, -1))));
    poll();
    let fired = POLLING.with(|p| p.replace(outer)).map(|(_, code)| code).filter(|code| *code >= 0);
    fired
}

/// Wake-ups waiting for delivery, by endpoint; an endpoint is present while a delivery is queued.
fn batches() -> &'static Mutex<HashMap<u32, Vec<f64>>> {
    static BATCHES: OnceLock<Mutex<HashMap<u32, Vec<f64>>>> = OnceLock::new();
    BATCHES.get_or_init(Default::default)
}

pub extern "C" fn callback(data: u64, poll_code: i8) {
    let here = POLLING
        .try_with(|p| match p.get() {
            Some((polled, -1)) if polled == data => {
                p.set(Some((polled, poll_code)));
                true
            }
            _ => false,
        })
        .unwrap_or(false);
    if here {
        return;
    }
    let endpoint = (data >> 32) as u32;
    let wake = f64::from(data as u32) * 4.0 + f64::from(poll_code & 3);
    let first = {
        let mut batches = lock(batches());
        match batches.get_mut(&endpoint) {
            Some(batch) => {
                batch.push(wake);
                false
            }
            None => {
                batches.insert(endpoint, vec![wake]);
                true
            }
        }
    };
    if first {
        let message = Message {
            endpoint,
            deliver: Box::new(move |env, function| deliver(env, function, endpoint)),
            undelivered: Some(Box::new(move || {
                lock(batches()).remove(&endpoint);
            })),
        };
        realm::send(message, false);
    }
}

fn deliver(env: js::Env, function: js::Value, endpoint: u32) -> js::Result<()> {
    let wakes = lock(batches()).remove(&endpoint).unwrap_or_default();
    let mut data = std::ptr::null_mut();
    let mut buffer = std::ptr::null_mut();
    let mut array = std::ptr::null_mut();
    unsafe {
        if sys::napi_create_arraybuffer(env, wakes.len() * 8, &mut data, &mut buffer) != sys::Status::napi_ok {
            return Err(js::Failure("creating the wake-ups' buffer"));
        }
        if !wakes.is_empty() {
            std::ptr::copy_nonoverlapping(wakes.as_ptr(), data as *mut f64, wakes.len());
        }
        if sys::napi_create_typedarray(env, sys::TypedarrayType::float64_array, wakes.len(), buffer, 0, &mut array)
            != sys::Status::napi_ok
        {
            return Err(js::Failure("creating the wake-ups' array"));
        }
    }
    js::call(env, function, &[array]).map(|_| ())
}
