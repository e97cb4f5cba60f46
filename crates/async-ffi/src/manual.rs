//! The manual approach: hand-written `extern "C"` functions over a global tokio runtime.
//!
//! This follows the Rustonomicon's advice on [asynchronous callbacks]: the foreign caller never
//! touches Rust data structures from its own thread. A call to [`say_hello_async_manual`] only
//! validates its arguments, copies the name into an owned `String` and forwards a request through a
//! [`tokio::sync::mpsc`] channel. A dispatcher task on the runtime drains that channel and spawns one
//! task per request; the task awaits [`greet_after_work`] (the same work as the UniFFI export
//! `say_hello`) and then fires the caller's C callback **from the tokio worker thread** with a
//! string the caller owns and must free with [`free_rust_string`].
//!
//! # The C API
//!
//! ```c
//! typedef void (*greeting_callback)(uint64_t user_data, char *result);
//!
//! int32_t  init_async_runtime(void);
//! int32_t  say_hello_async_manual(const char *name, greeting_callback callback, uint64_t user_data);
//! int32_t  cleanup_async_runtime(void);
//! void     free_rust_string(char *ptr);
//! uint64_t manual_callbacks_in_flight(void);
//! ```
//!
//! # Status codes
//!
//! Zero and positive codes are successes, negative codes are errors:
//!
//! | Code | Constant | Returned by | Meaning |
//! |-----:|----------|-------------|---------|
//! | 0 | [`MANUAL_OK`] | all | Done / accepted. |
//! | 1 | [`MANUAL_ALREADY_INITIALIZED`] | `init_async_runtime` | The runtime was already running; nothing changed. |
//! | 2 | [`MANUAL_NOT_RUNNING`] | `cleanup_async_runtime` | There was no runtime to shut down; nothing changed. |
//! | -1 | [`MANUAL_ERR_NULL_NAME`] | `say_hello_async_manual` | `name` was null. |
//! | -2 | [`MANUAL_ERR_INVALID_UTF8`] | `say_hello_async_manual` | `name` was not valid UTF-8. |
//! | -3 | [`MANUAL_ERR_NULL_CALLBACK`] | `say_hello_async_manual` | `callback` was null. |
//! | -4 | [`MANUAL_ERR_NOT_INITIALIZED`] | `say_hello_async_manual` | No runtime: `init_async_runtime` was never called, or `cleanup_async_runtime` was called since. |
//! | -5 | [`MANUAL_ERR_RUNTIME_START_FAILED`] | `init_async_runtime` | tokio could not build the runtime (e.g. no threads could be spawned). |
//! | -6 | [`MANUAL_ERR_DISPATCHER_STOPPED`] | `say_hello_async_manual` | The dispatcher task is gone although the runtime is up (a bug; not expected). |
//! | -7 | [`MANUAL_ERR_PANIC`] | all returning `i32` | A Rust panic was caught at the boundary (a bug; not expected). |
//!
//! Whenever `say_hello_async_manual` returns a non-zero code, the callback is **never** fired for
//! that call. When it returns [`MANUAL_OK`], the callback is fired **exactly once**:
//!
//! * with a non-null `result`: the greeting, a NUL-terminated UTF-8 string owned by the caller,
//!   to be released with [`free_rust_string`];
//! * with a null `result`: the call was cancelled because [`cleanup_async_runtime`] shut the
//!   runtime down before the greeting was ready (nothing to free).
//!
//! That guarantee is what lets a foreign caller keep its callback alive exactly as long as needed.
//! [`manual_callbacks_in_flight`] closes the last gap: it counts callback invocations that have
//! started and not yet returned, so a caller that has seen every one of its callbacks can wait for
//! the count to reach zero before it frees the callback's code (see the TypeScript wrapper in
//! `examples/demo/src/manual-bindings.ts`).
//!
//! [asynchronous callbacks]: https://doc.rust-lang.org/nomicon/ffi.html#asynchronous-callbacks

use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use tokio::runtime::{Builder, Handle, Runtime};
use tokio::sync::mpsc;

use crate::greeting::greet_after_work;

/// Done, or (for [`say_hello_async_manual`]) accepted: the callback will fire exactly once.
pub const MANUAL_OK: i32 = 0;
/// [`init_async_runtime`]: the runtime was already running; nothing changed (not an error).
pub const MANUAL_ALREADY_INITIALIZED: i32 = 1;
/// [`cleanup_async_runtime`]: there was no runtime to shut down; nothing changed (not an error).
pub const MANUAL_NOT_RUNNING: i32 = 2;
/// [`say_hello_async_manual`]: `name` was a null pointer.
pub const MANUAL_ERR_NULL_NAME: i32 = -1;
/// [`say_hello_async_manual`]: `name` was not valid UTF-8.
pub const MANUAL_ERR_INVALID_UTF8: i32 = -2;
/// [`say_hello_async_manual`]: `callback` was a null function pointer.
pub const MANUAL_ERR_NULL_CALLBACK: i32 = -3;
/// [`say_hello_async_manual`]: the runtime is not running (never initialized, or cleaned up).
pub const MANUAL_ERR_NOT_INITIALIZED: i32 = -4;
/// [`init_async_runtime`]: tokio failed to build the runtime.
pub const MANUAL_ERR_RUNTIME_START_FAILED: i32 = -5;
/// [`say_hello_async_manual`]: the dispatcher task has stopped although the runtime is up.
pub const MANUAL_ERR_DISPATCHER_STOPPED: i32 = -6;
/// Any function returning a code: a Rust panic was caught before it could cross the boundary.
pub const MANUAL_ERR_PANIC: i32 = -7;

/// Name given to every worker thread of the manual runtime; it shows up in the greeting.
pub const WORKER_THREAD_NAME: &str = "manual-tokio-worker";

/// How long [`cleanup_async_runtime`] waits for the worker threads to stop.
const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(5);

/// The callback fired when a greeting is ready (or cancelled, with a null `result`).
///
/// `user_data` is passed back unchanged. `result` is owned by the callee: free it with
/// [`free_rust_string`]. The callback runs on a tokio worker thread, never on the caller's thread,
/// and must not unwind.
pub type GreetingCallback = extern "C" fn(user_data: u64, result: *mut c_char);

/// Where a result goes. Fires the callback exactly once: explicitly through [`Reply::deliver`],
/// or with a null result when dropped undelivered (the task or the queued request was dropped
/// because the runtime shut down). [`Reply::disarm`] is for requests that were never accepted.
struct Reply {
    callback: GreetingCallback,
    user_data: u64,
    armed: bool,
}

/// Callback invocations that have started and not yet returned.
static CALLBACKS_IN_FLIGHT: AtomicU64 = AtomicU64::new(0);

impl Reply {
    fn new(callback: GreetingCallback, user_data: u64) -> Self {
        Self { callback, user_data, armed: true }
    }

    fn deliver(mut self, result: *mut c_char) {
        self.armed = false;
        self.fire(result);
    }

    fn disarm(mut self) {
        self.armed = false;
    }

    fn fire(&self, result: *mut c_char) {
        CALLBACKS_IN_FLIGHT.fetch_add(1, Ordering::SeqCst);
        (self.callback)(self.user_data, result);
        CALLBACKS_IN_FLIGHT.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Drop for Reply {
    fn drop(&mut self) {
        if self.armed {
            self.armed = false;
            self.fire(std::ptr::null_mut());
        }
    }
}

/// One greeting to produce, as sent through the channel.
struct Request {
    name: String,
    reply: Reply,
}

/// The running runtime and the sending half of the request channel.
struct Manual {
    runtime: Runtime,
    requests: mpsc::UnboundedSender<Request>,
}

static STATE: Mutex<Option<Manual>> = Mutex::new(None);

/// Locks the global state; a poisoned lock is still usable (the state is an `Option` swap).
fn state() -> MutexGuard<'static, Option<Manual>> {
    STATE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs `body`, turning a panic into [`MANUAL_ERR_PANIC`] so that it never unwinds into C.
fn guarded(body: impl FnOnce() -> i32) -> i32 {
    catch_unwind(AssertUnwindSafe(body)).unwrap_or(MANUAL_ERR_PANIC)
}

/// Drains the request channel, spawning one task per request. Ends when every sender is gone.
async fn dispatch(mut requests: mpsc::UnboundedReceiver<Request>) {
    while let Some(Request { name, reply }) = requests.recv().await {
        tokio::spawn(async move {
            let greeting = greet_after_work(&name).await;
            // `name` came from a `CStr`, so the greeting has no interior NUL; if it ever had one,
            // the caller still gets its callback, with the cancellation value.
            let result = CString::new(greeting).map_or(std::ptr::null_mut(), CString::into_raw);
            reply.deliver(result);
        });
    }
}

/// Starts the global multi-thread tokio runtime (workers named `manual-tokio-worker`) and the
/// dispatcher task that drains the request channel.
///
/// Idempotent. Returns:
/// * [`MANUAL_OK`] (0): started;
/// * [`MANUAL_ALREADY_INITIALIZED`] (1): it was already running, nothing changed;
/// * [`MANUAL_ERR_RUNTIME_START_FAILED`] (-5): tokio could not build the runtime;
/// * [`MANUAL_ERR_PANIC`] (-7): unexpected panic, caught.
///
/// After [`cleanup_async_runtime`], calling it again starts a fresh runtime.
#[unsafe(no_mangle)]
pub extern "C" fn init_async_runtime() -> i32 {
    guarded(|| {
        let mut state = state();
        if state.is_some() {
            return MANUAL_ALREADY_INITIALIZED;
        }
        let runtime = match Builder::new_multi_thread().thread_name(WORKER_THREAD_NAME).enable_all().build() {
            Ok(runtime) => runtime,
            Err(_) => return MANUAL_ERR_RUNTIME_START_FAILED,
        };
        let (requests, receiver) = mpsc::unbounded_channel();
        runtime.spawn(dispatch(receiver));
        *state = Some(Manual { runtime, requests });
        MANUAL_OK
    })
}

/// Asks for a greeting of `name`; `callback(user_data, result)` fires later from a tokio worker
/// thread.
///
/// Arguments are checked in this order, and the first failure is returned synchronously, in which
/// case the callback is never fired:
/// * [`MANUAL_ERR_NULL_NAME`] (-1): `name` is null;
/// * [`MANUAL_ERR_INVALID_UTF8`] (-2): `name` is not valid UTF-8 (an empty string is valid);
/// * [`MANUAL_ERR_NULL_CALLBACK`] (-3): `callback` is null;
/// * [`MANUAL_ERR_NOT_INITIALIZED`] (-4): the runtime is not running (before
///   [`init_async_runtime`], or after [`cleanup_async_runtime`]);
/// * [`MANUAL_ERR_DISPATCHER_STOPPED`] (-6), [`MANUAL_ERR_PANIC`] (-7): internal failures.
///
/// [`MANUAL_OK`] (0) means accepted: the callback then fires exactly once, with the greeting (free
/// it with [`free_rust_string`]) or with null if the runtime is shut down first.
///
/// The name is copied before this function returns; the caller may free it right away.
///
/// # Safety
///
/// `name` must be null or point to a NUL-terminated string that stays valid for the duration of
/// this call. `callback`, if not null, must be safe to call from any thread until it has been
/// called for this request.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn say_hello_async_manual(
    name: *const c_char,
    callback: Option<GreetingCallback>,
    user_data: u64,
) -> i32 {
    guarded(|| {
        if name.is_null() {
            return MANUAL_ERR_NULL_NAME;
        }
        // SAFETY: non-null and NUL-terminated per the contract above.
        let name = match unsafe { CStr::from_ptr(name) }.to_str() {
            Ok(name) => name.to_owned(),
            Err(_) => return MANUAL_ERR_INVALID_UTF8,
        };
        let Some(callback) = callback else {
            return MANUAL_ERR_NULL_CALLBACK;
        };
        // Send while holding the lock so that a concurrent cleanup cannot slip in between the
        // check and the send; `UnboundedSender::send` never blocks.
        let state = state();
        let Some(manual) = state.as_ref() else {
            return MANUAL_ERR_NOT_INITIALIZED;
        };
        let request = Request { name, reply: Reply::new(callback, user_data) };
        match manual.requests.send(request) {
            Ok(()) => MANUAL_OK,
            Err(mpsc::error::SendError(request)) => {
                request.reply.disarm();
                MANUAL_ERR_DISPATCHER_STOPPED
            }
        }
    })
}

/// Shuts the runtime down. Pending greetings are cancelled: their callbacks fire once with a null
/// result (from the worker threads, while they stop). Afterwards [`say_hello_async_manual`]
/// returns [`MANUAL_ERR_NOT_INITIALIZED`] until [`init_async_runtime`] is called again.
///
/// From an ordinary thread it waits (up to 5 s) for the worker threads to stop, so every
/// cancellation callback has fired when it returns. Called from inside a tokio runtime (e.g. from
/// a callback, on a worker thread), where blocking is not allowed, it shuts down in the background
/// instead.
///
/// Returns [`MANUAL_OK`] (0) when it shut a runtime down, [`MANUAL_NOT_RUNNING`] (2) when there was
/// none (idempotent), or [`MANUAL_ERR_PANIC`] (-7).
#[unsafe(no_mangle)]
pub extern "C" fn cleanup_async_runtime() -> i32 {
    guarded(|| {
        // Take the state out first: the lock is released before shutting down, so callbacks fired
        // during the shutdown may call back into this API without deadlocking.
        let Some(Manual { runtime, requests }) = state().take() else {
            return MANUAL_NOT_RUNNING;
        };
        drop(requests);
        if Handle::try_current().is_ok() {
            runtime.shutdown_background();
        } else {
            runtime.shutdown_timeout(SHUTDOWN_TIMEOUT);
        }
        MANUAL_OK
    })
}

/// Frees a string handed to a [`GreetingCallback`]. Null is a no-op.
///
/// # Safety
///
/// `ptr` must be null or a `result` received by a callback of this library, not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free_rust_string(ptr: *mut c_char) {
    if !ptr.is_null() {
        // SAFETY: per the contract, `ptr` came from `CString::into_raw` and is freed only once.
        drop(unsafe { CString::from_raw(ptr) });
    }
}

/// How many callback invocations have started and not yet returned, across all callers.
///
/// A caller that has received every callback it is owed can wait for this to reach zero before it
/// frees the callback's code: from then on no thread is still executing it.
#[unsafe(no_mangle)]
pub extern "C" fn manual_callbacks_in_flight() -> u64 {
    CALLBACKS_IN_FLIGHT.load(Ordering::SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc as std_mpsc;
    use std::sync::LazyLock;

    /// The runtime is global: the tests of this module take turns.
    static SERIAL: Mutex<()> = Mutex::new(());

    /// What the test callbacks received: `(user_data, greeting or None for null)`.
    type Received = (u64, Option<String>);

    type Channel = (Mutex<std_mpsc::Sender<Received>>, Mutex<std_mpsc::Receiver<Received>>);

    static CHANNEL: LazyLock<Channel> = LazyLock::new(|| {
        let (tx, rx) = std_mpsc::channel();
        (Mutex::new(tx), Mutex::new(rx))
    });

    const WAIT: Duration = Duration::from_secs(10);

    /// Copies the string out, frees it through the public API, and forwards it to the test.
    extern "C" fn record(user_data: u64, result: *mut c_char) {
        let text = (!result.is_null()).then(|| {
            // SAFETY: non-null results are NUL-terminated strings from `CString::into_raw`.
            let text = unsafe { CStr::from_ptr(result) }.to_str().unwrap().to_owned();
            unsafe { free_rust_string(result) };
            text
        });
        let thread_ok = std::thread::current().name() == Some(WORKER_THREAD_NAME);
        let text = text.map(|t| if thread_ok { t } else { format!("WRONG THREAD: {t}") });
        let _ = CHANNEL.0.lock().unwrap().send((user_data, text));
    }

    static CLEANUP_FROM_CALLBACK: AtomicU64 = AtomicU64::new(u64::MAX);

    /// Shuts the runtime down from inside a callback, on a worker thread.
    extern "C" fn cleanup_inside(user_data: u64, result: *mut c_char) {
        unsafe { free_rust_string(result) };
        CLEANUP_FROM_CALLBACK.store(cleanup_async_runtime() as u64, Ordering::SeqCst);
        let _ = CHANNEL.0.lock().unwrap().send((user_data, None));
    }

    fn serial() -> MutexGuard<'static, ()> {
        let guard = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        // Start from a clean slate: no runtime, nothing left in the channel.
        cleanup_async_runtime();
        crate::greeting::set_work_delay_ms(10);
        while CHANNEL.1.lock().unwrap().try_recv().is_ok() {}
        guard
    }

    fn receive() -> Received {
        CHANNEL.1.lock().unwrap().recv_timeout(WAIT).expect("callback did not fire")
    }

    fn say(name: &CStr, user_data: u64) -> i32 {
        unsafe { say_hello_async_manual(name.as_ptr(), Some(record), user_data) }
    }

    /// Asserts that no callback arrives, after giving stray ones time to show up.
    fn assert_no_callback() {
        let stray = CHANNEL.1.lock().unwrap().recv_timeout(Duration::from_millis(100));
        assert!(stray.is_err(), "unexpected callback: {stray:?}");
    }

    #[test]
    fn init_and_cleanup_are_idempotent() {
        let _serial = serial();
        assert_eq!(cleanup_async_runtime(), MANUAL_NOT_RUNNING);
        assert_eq!(init_async_runtime(), MANUAL_OK);
        assert_eq!(init_async_runtime(), MANUAL_ALREADY_INITIALIZED);
        assert_eq!(cleanup_async_runtime(), MANUAL_OK);
        assert_eq!(cleanup_async_runtime(), MANUAL_NOT_RUNNING);
    }

    #[test]
    fn bad_input_is_rejected_synchronously_and_never_calls_back() {
        let _serial = serial();
        assert_eq!(say(c"before init", 1), MANUAL_ERR_NOT_INITIALIZED);
        assert_eq!(init_async_runtime(), MANUAL_OK);
        let null_name = unsafe { say_hello_async_manual(std::ptr::null(), Some(record), 2) };
        assert_eq!(null_name, MANUAL_ERR_NULL_NAME);
        let invalid = b"caf\xc3\x28\0"; // 0xC3 starts a 2-byte sequence that 0x28 does not continue
        let invalid_utf8 = unsafe { say_hello_async_manual(invalid.as_ptr().cast(), Some(record), 3) };
        assert_eq!(invalid_utf8, MANUAL_ERR_INVALID_UTF8);
        let null_callback = unsafe { say_hello_async_manual(c"Ann".as_ptr(), None, 4) };
        assert_eq!(null_callback, MANUAL_ERR_NULL_CALLBACK);
        assert_eq!(cleanup_async_runtime(), MANUAL_OK);
        assert_eq!(say(c"after cleanup", 5), MANUAL_ERR_NOT_INITIALIZED);
        assert_no_callback();
    }

    #[test]
    fn greetings_come_back_from_named_worker_threads() {
        let _serial = serial();
        assert_eq!(init_async_runtime(), MANUAL_OK);
        let names: Vec<CString> = (0..20).map(|i| CString::new(format!("caller {i}")).unwrap()).collect();
        for (i, name) in names.iter().enumerate() {
            assert_eq!(say(name, 100 + i as u64), MANUAL_OK);
        }
        // The caller's copy of the name may go away as soon as the call returns.
        drop(names);
        let mut seen: Vec<Received> = (0..20).map(|_| receive()).collect();
        seen.sort();
        for (i, (user_data, text)) in seen.into_iter().enumerate() {
            assert_eq!(user_data, 100 + i as u64);
            let text = text.expect("a greeting, not a cancellation");
            let prefix = format!("Hello, caller {i}! (from Rust thread '{WORKER_THREAD_NAME}' ThreadId(");
            assert!(text.starts_with(&prefix), "{text}");
        }
        assert_eq!(say(c"", 7), MANUAL_OK, "an empty name is a valid string");
        assert!(receive().1.unwrap().starts_with("Hello, ! (from Rust thread"));
        assert_eq!(cleanup_async_runtime(), MANUAL_OK);
        assert_eq!(manual_callbacks_in_flight(), 0);
    }

    #[test]
    fn runtime_restarts_after_cleanup() {
        let _serial = serial();
        for round in 0..3u64 {
            assert_eq!(init_async_runtime(), MANUAL_OK);
            assert_eq!(say(c"again", round), MANUAL_OK);
            let (user_data, text) = receive();
            assert_eq!(user_data, round);
            assert!(text.unwrap().starts_with("Hello, again!"));
            assert_eq!(cleanup_async_runtime(), MANUAL_OK);
            assert_eq!(say(c"again", round), MANUAL_ERR_NOT_INITIALIZED);
        }
    }

    #[test]
    fn cleanup_cancels_pending_calls_with_a_null_result() {
        let _serial = serial();
        crate::greeting::set_work_delay_ms(60_000);
        assert_eq!(init_async_runtime(), MANUAL_OK);
        for user_data in 0..5 {
            assert_eq!(say(c"slow", user_data), MANUAL_OK);
        }
        // Blocking cleanup: when it returns, every cancellation callback has fired.
        assert_eq!(cleanup_async_runtime(), MANUAL_OK);
        crate::greeting::set_work_delay_ms(10);
        let mut seen: Vec<Received> =
            (0..5).map(|_| CHANNEL.1.lock().unwrap().try_recv().expect("cancellation")).collect();
        seen.sort();
        assert_eq!(seen, (0..5).map(|i| (i, None)).collect::<Vec<_>>());
        assert_eq!(manual_callbacks_in_flight(), 0);
        assert_no_callback();
    }

    #[test]
    fn cleanup_from_a_callback_shuts_down_in_the_background() {
        let _serial = serial();
        assert_eq!(init_async_runtime(), MANUAL_OK);
        let code = unsafe { say_hello_async_manual(c"inside".as_ptr(), Some(cleanup_inside), 9) };
        assert_eq!(code, MANUAL_OK);
        assert_eq!(receive(), (9, None));
        assert_eq!(CLEANUP_FROM_CALLBACK.load(Ordering::SeqCst), MANUAL_OK as u64);
        assert_eq!(say(c"late", 10), MANUAL_ERR_NOT_INITIALIZED);
        assert_eq!(init_async_runtime(), MANUAL_OK);
        assert_eq!(say(c"restarted", 11), MANUAL_OK);
        assert!(receive().1.unwrap().starts_with("Hello, restarted!"));
        assert_eq!(cleanup_async_runtime(), MANUAL_OK);
    }

    #[test]
    fn freeing_null_is_a_no_op() {
        unsafe { free_rust_string(std::ptr::null_mut()) };
    }
}
