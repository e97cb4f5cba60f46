//! `napi-bench`: a hand-written [napi-rs](https://napi.rs) addon doing the same work as the
//! UniFFI functions of `async-ffi` (`add`, `echo_string`, `echo_u64`, a small record echo,
//! `say_hello` with work delay 0), so the benchmark can show how fast a native Node addon gets:
//! the ceiling the generated UniFFI bindings are compared against.
//!
//! Loaded from TypeScript by `examples/bench/napi-addon.ts` with `process.dlopen`; no
//! `@napi-rs/cli` involved.

use napi::bindgen_prelude::BigInt;
use napi_derive::napi;

/// Adds two numbers, wrapping on overflow.
#[napi]
pub fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Returns the string unchanged.
#[napi]
pub fn echo_string(value: String) -> String {
    value
}

/// Returns the u64 unchanged, exactly over its whole range; a negative or too large BigInt is an
/// Error. `strict` makes a non-BigInt argument an Error that says so (without it napi-rs throws
/// an Error with an empty message). A `u64` result becomes a JS BigInt through
/// `napi_create_bigint_uint64`.
#[napi(js_name = "echoU64", strict)]
pub fn echo_u64(value: BigInt) -> napi::Result<u64> {
    let (signed, value, lossless) = value.get_u64();
    if signed || !lossless {
        return Err(napi::Error::new(napi::Status::InvalidArg, "echoU64: the value is not in the u64 range 0..2^64-1"));
    }
    Ok(value)
}

/// A small record: two floats and a string.
#[napi(object)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// Returns the point unchanged.
#[napi]
pub fn echo_point(point: Point) -> Point {
    point
}

/// A description of the current thread: its name (tokio workers are named) and id.
/// (A copy of `async_ffi::greeting::current_thread_label`.)
fn current_thread_label() -> String {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("unnamed");
    format!("'{}' {:?}", name, thread.id())
}

/// Greets `name`, saying which Rust thread produced the greeting: a task on napi's tokio runtime.
#[napi]
pub async fn say_hello(name: String) -> String {
    format!("Hello, {name}! (from Rust thread {})", current_thread_label())
}
