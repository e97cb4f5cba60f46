//! The one native continuation of every future: Rust calls it, from any thread, when a polled
//! future can make progress. Its datum names the endpoint (the package copy's continuation
//! handler, in the realm that polled) and the runtime's key; the call is queued to that realm's
//! JavaScript thread (never run inside the poll). A realm that has ended drops the call: Rust
//! then never hears of that future again, which is what a realm that is gone can do; the process
//! never aborts.

use crate::js;
use crate::realm::{self, Message};

/// `RustFutureContinuationCallback`.
pub type Callback = extern "C" fn(u64, i8);

/// The `data` passed to `rust_future_poll`: the endpoint and the runtime's own key.
pub fn data(endpoint: u32, key: u32) -> u64 {
    (u64::from(endpoint) << 32) | u64::from(key)
}

pub extern "C" fn callback(data: u64, poll_code: i8) {
    let endpoint = (data >> 32) as u32;
    let key = data as u32;
    let message = Message {
        endpoint,
        deliver: Box::new(move |env, function| {
            let args = [js::number(env, f64::from(key))?, js::number(env, f64::from(poll_code))?];
            js::call(env, function, &args).map(|_| ())
        }),
        undelivered: None,
    };
    realm::send(message, false);
}
