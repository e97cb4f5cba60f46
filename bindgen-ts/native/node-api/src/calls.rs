//! The hot path: every call the runtime makes per Rust call is a plain exported function of no
//! argument but the bytes or string it carries (`call()`, ...), and the id of the prepared entry
//! to run is in the slot area ([`ID`]), with the arguments. Measured here (node 22, linux-x64):
//! a napi-rs function of no argument costs about 40 ns a call, each number argument about 100 ns
//! more, and a class method about 300 ns more (it unwraps `this`). Entries are prepared once by
//! the `Library` class and kept per thread (a realm's entries are used on its thread only), as is
//! the realm's slot area.

use std::cell::RefCell;

use napi::bindgen_prelude::Uint8Array;
use napi::{Error, Result};
use napi_derive::napi;

use crate::abi::{ForeignBytes, Kind, RustBuffer, RustCallStatus};
use crate::continuation;
use crate::function::PreparedFunction;
use crate::slots::{Slots, DATA_BYTES, ID, LEN};

pub type FromBytes = extern "C" fn(ForeignBytes, *mut RustCallStatus) -> RustBuffer;
pub type Free = extern "C" fn(RustBuffer, *mut RustCallStatus);
pub type HandleFunction = extern "C" fn(u64, *mut RustCallStatus) -> u64;
pub type Poll = extern "C" fn(u64, continuation::Callback, u64);
pub type Release = extern "C" fn(u64);

/// One prepared call.
pub enum Entry {
    /// A scaffolding function: arguments from the slots (byte views given with the call).
    Scaffolding(PreparedFunction),
    /// `rustbuffer_from_bytes` of the bytes (or the string) given: the buffer to slots 0..3.
    FromBytes { from_bytes: FromBytes, slots: Slots },
    /// `rustbuffer_free` of the buffer in slots 0..3.
    Free { free: Free, slots: Slots },
    /// Copies the buffer in slots 0..3 into the view given.
    Copy { slots: Slots },
    /// Copies the buffer in slots 0..3 into the view given, and frees it.
    TakeInto { free: Free, slots: Slots },
    /// `rustbuffer_from_bytes` of the [`LEN`] bytes at the start of the slot area.
    FromArea { from_bytes: FromBytes, slots: Slots },
    /// Copies the buffer in slots 0..3 (at most [`DATA_BYTES`]) to the start of the area, and
    /// frees it.
    TakeToArea { free: Free, slots: Slots },
    /// Reads the buffer in slots 0..3 as UTF-8 and frees it.
    TakeString { free: Free, slots: Slots },
    /// An object's clone or free (`frees`): the handle in slot 0 (its bits), the result to slot 0.
    Handle { function: HandleFunction, frees: bool, slots: Slots },
    /// Records the object whose handle is in slot 0 as the realm's, to be freed with `free` if the
    /// realm is torn down before JavaScript frees it.
    Track { free: HandleFunction, slots: Slots },
    /// `rust_future_poll_*`: the handle in slot 0, the runtime's key in slot 1; slot 2 gets the
    /// poll code when the continuation fired inside the poll (-1 otherwise). The future is
    /// recorded as the realm's until it is freed (with its `cancel` and `free`).
    Poll { poll: Poll, cancel: Release, free: Release, endpoint: std::rc::Rc<std::cell::Cell<u32>>, slots: Slots },
    /// `rust_future_cancel_*` or `rust_future_free_*` (`frees`): the handle in slot 0.
    Release { release: Release, frees: bool, slots: Slots },
    /// `rust_future_complete_*`: the handle in slot 0; the result to slot 0, the status.
    Complete { complete: PreparedFunction },
}

/// A realm's prepared calls and slot area. Entries are leaked: a call may run while a callback
/// it made prepares more, and they are few (one per function, per package copy and realm).
struct Realm {
    entries: Vec<&'static Entry>,
    area: Option<Slots>,
}

thread_local! {
    static REALM: RefCell<Realm> = const { RefCell::new(Realm { entries: Vec::new(), area: None }) };
    /// The futures this realm polled and has not freed, with their `cancel` and `free`.
    static FUTURES: RefCell<std::collections::HashMap<u64, (Release, Release)>> = RefCell::new(Default::default());
    /// The objects a worker's runtime tracks (`Track`) and has not freed, with their `free` and
    /// how many times each handle is held (clones of one Rust object share its handle).
    static OBJECTS: RefCell<std::collections::HashMap<u64, (HandleFunction, u32)>> = RefCell::new(Default::default());
}

/// Frees every object this thread's realm tracks and still holds: its environment is being torn
/// down (`worker.terminate()`), and no JavaScript will run to free them.
pub fn abandon_objects() {
    let objects = OBJECTS.try_with(|o| std::mem::take(&mut *o.borrow_mut())).unwrap_or_default();
    for (handle, (free, count)) in objects {
        for _ in 0..count {
            let mut status = RustCallStatus::default();
            free(handle, &mut status);
        }
    }
}

/// Cancels and frees every future this thread's realm still holds: its environment is being torn
/// down (`worker.terminate()`), and no JavaScript will run to do it. A realm that ends on its own
/// or by `process.exit()` has freed them already (the runtime does on `exit`).
pub fn abandon_futures() {
    let futures = FUTURES.try_with(|f| std::mem::take(&mut *f.borrow_mut())).unwrap_or_default();
    for (handle, (cancel, free)) in futures {
        cancel(handle);
        free(handle);
    }
}

/// Makes `area` this realm's slot area (see `slots.rs`): 2 KiB, 8-byte aligned, kept alive by the
/// runtime for the realm's life.
#[napi]
pub fn set_slot_area(mut area: Uint8Array) -> Result<()> {
    if area.len() < crate::slots::SLOT_COUNT * 8 || (area.as_ptr() as usize) % 8 != 0 {
        return Err(Error::from_reason("the slot area must be 2048 bytes, 8-byte aligned"));
    }
    let slots = Slots(unsafe { area.as_mut() }.as_mut_ptr() as *mut u64);
    REALM.with(|realm| realm.borrow_mut().area = Some(slots));
    Ok(())
}

/// This realm's slot area.
pub fn area() -> Result<Slots> {
    REALM.with(|realm| realm.borrow().area).ok_or_else(|| Error::from_reason("setSlotArea was not called"))
}

/// Keeps `entry`; its id.
pub fn add(entry: Entry) -> u32 {
    REALM.with(|realm| {
        let entries = &mut realm.borrow_mut().entries;
        entries.push(Box::leak(Box::new(entry)));
        (entries.len() - 1) as u32
    })
}

/// The entry whose id is in the slot area.
fn entry() -> Result<&'static Entry> {
    REALM
        .with(|realm| {
            let realm = realm.borrow();
            let id = realm.area?.f64(ID) as usize;
            realm.entries.get(id).copied()
        })
        .ok_or_else(|| Error::from_reason("no such prepared call on this thread"))
}

fn check(what: &str, status: &RustCallStatus) -> Result<()> {
    if status.code == 0 {
        Ok(())
    } else {
        Err(Error::from_reason(format!("{what} failed with status {}", status.code)))
    }
}

fn from_bytes(from_bytes: FromBytes, slots: Slots, bytes: &[u8]) -> Result<()> {
    let mut status = RustCallStatus::default();
    let data = if bytes.is_empty() { std::ptr::null() } else { bytes.as_ptr() };
    let buffer = from_bytes(ForeignBytes { len: bytes.len() as i32, data }, &mut status);
    check("rustbuffer_from_bytes", &status)?;
    slots.set_rust_buffer(0, buffer);
    Ok(())
}

fn free(free: Free, buffer: RustBuffer) -> Result<()> {
    let mut status = RustCallStatus::default();
    free(buffer, &mut status);
    check("rustbuffer_free", &status)
}

/// The hot functions as raw Node-API callbacks, without napi-rs's wrapper (a third of a call's
/// cost for the cheapest calls): `{ call }`.
#[napi]
pub fn raw_functions(env: &napi::Env) -> Result<napi::bindgen_prelude::Unknown<'_>> {
    use napi::sys;
    let env = env.raw();
    let fail = || Error::from_reason("cannot create the raw functions");
    let mut object = std::ptr::null_mut();
    let mut function = std::ptr::null_mut();
    unsafe {
        if sys::napi_create_object(env, &mut object) != sys::Status::napi_ok
            || sys::napi_create_function(env, c"call".as_ptr(), 4, Some(raw_call), std::ptr::null_mut(), &mut function)
                != sys::Status::napi_ok
            || sys::napi_set_named_property(env, object, c"call".as_ptr(), function) != sys::Status::napi_ok
        {
            return Err(fail());
        }
        Ok(napi::bindgen_prelude::Unknown::from_raw_unchecked(env, object))
    }
}

/// [`call`] as a raw callback: a failure is thrown as an Error; nothing unwinds out.
unsafe extern "C" fn raw_call(env: napi::sys::napi_env, _info: napi::sys::napi_callback_info) -> napi::sys::napi_value {
    let outcome = std::panic::catch_unwind(call).unwrap_or_else(|_| Err(Error::from_reason("the call panicked")));
    if let Err(error) = outcome {
        let message = std::ffi::CString::new(error.reason.replace('\0', " ")).unwrap_or_default();
        unsafe { napi::sys::napi_throw_error(env, std::ptr::null(), message.as_ptr()) };
    }
    std::ptr::null_mut()
}

/// Runs the entry whose inputs are all in the slot area.
#[napi]
pub fn call() -> Result<()> {
    match entry()? {
        Entry::Scaffolding(function) => function.call(&[]),
        Entry::Free { free: f, slots } => free(*f, slots.rust_buffer(0)),
        Entry::Handle { function, frees, slots } => {
            let mut status = RustCallStatus::default();
            if *frees {
                let handle = slots.u64(0);
                OBJECTS.with(|o| {
                    let mut objects = o.borrow_mut();
                    if let Some((_, count)) = objects.get_mut(&handle) {
                        *count -= 1;
                        if *count == 0 {
                            objects.remove(&handle);
                        }
                    }
                });
            }
            let result = function(slots.u64(0), &mut status);
            slots.set_u64(0, result);
            slots.set_status(&status);
            Ok(())
        }
        Entry::Poll { poll, cancel, free, endpoint, slots } => {
            let data = continuation::data(endpoint.get(), slots.f64(1) as u32);
            let handle = slots.u64(0);
            FUTURES.with(|f| f.borrow_mut().insert(handle, (*cancel, *free)));
            let fired = continuation::poll_here(data, || poll(handle, continuation::callback, data));
            // The poll code if the continuation fired inside the poll, else -1.
            slots.set_f64(2, fired.map_or(-1.0, f64::from));
            Ok(())
        }
        Entry::Release { release, frees, slots } => {
            let handle = slots.u64(0);
            if *frees {
                FUTURES.with(|f| f.borrow_mut().remove(&handle));
            }
            release(handle);
            Ok(())
        }
        Entry::Complete { complete } => complete.call(&[]),
        Entry::Track { free, slots } => {
            OBJECTS.with(|o| o.borrow_mut().entry(slots.u64(0)).or_insert((*free, 0)).1 += 1);
            Ok(())
        }
        Entry::FromArea { from_bytes: f, slots } => {
            let len = (slots.f64(LEN) as usize).min(DATA_BYTES);
            let bytes = unsafe { std::slice::from_raw_parts(slots.data(), len) };
            from_bytes(*f, *slots, bytes)
        }
        Entry::TakeToArea { free: f, slots } => {
            let buffer = slots.rust_buffer(0);
            let len = buffer.len as usize;
            if len > DATA_BYTES {
                return Err(Error::from_reason("the buffer does not fit the slot area"));
            }
            if len > 0 {
                unsafe { std::ptr::copy_nonoverlapping(buffer.data, slots.data(), len) };
            }
            free(*f, buffer)
        }
        _ => Err(Error::from_reason("this prepared call takes an argument".to_string())),
    }
}

/// Runs the entry with a scaffolding function's `foreign_bytes` arguments, in order.
#[napi]
pub fn call_with_bytes(bytes: Vec<Uint8Array>) -> Result<()> {
    match entry()? {
        Entry::Scaffolding(function) => function.call(&bytes),
        _ => Err(Error::from_reason("this prepared call takes no bytes")),
    }
}

/// Runs the entry with one byte view: the bytes of a new RustBuffer, or where to copy one.
#[napi]
pub fn call_with_view(view: Uint8Array) -> Result<()> {
    match entry()? {
        Entry::Scaffolding(function) => function.call(std::slice::from_ref(&view)),
        Entry::FromBytes { from_bytes: f, slots } => from_bytes(*f, *slots, &view),
        Entry::Copy { slots } => copy_out(*slots, &view),
        Entry::TakeInto { free: f, slots } => {
            let copied = copy_out(*slots, &view);
            free(*f, slots.rust_buffer(0))?;
            copied
        }
        _ => Err(Error::from_reason("this prepared call takes no bytes")),
    }
}

/// Copies the buffer in slots 0..3 to the start of `into`.
fn copy_out(slots: Slots, into: &Uint8Array) -> Result<()> {
    let buffer = slots.rust_buffer(0);
    let len = buffer.len as usize;
    if len > into.len() {
        return Err(Error::from_reason("the destination is shorter than the buffer"));
    }
    if len > 0 {
        unsafe { std::ptr::copy_nonoverlapping(buffer.data, into.as_ptr() as *mut u8, len) };
    }
    Ok(())
}

/// `rustbuffer_from_bytes` of `value` as UTF-8: a string argument in one crossing.
#[napi]
pub fn call_with_string(value: String) -> Result<()> {
    match entry()? {
        Entry::FromBytes { from_bytes: f, slots } => from_bytes(*f, *slots, value.as_bytes()),
        _ => Err(Error::from_reason("this prepared call takes no string".to_string())),
    }
}

/// Reads the buffer in slots 0..3 as UTF-8 and frees it: a string result in one crossing.
#[napi]
pub fn call_returning_string() -> Result<String> {
    match entry()? {
        Entry::TakeString { free: f, slots } => {
            let buffer = slots.rust_buffer(0);
            let text = if buffer.len == 0 {
                String::new()
            } else {
                let bytes = unsafe { std::slice::from_raw_parts(buffer.data, buffer.len as usize) };
                String::from_utf8_lossy(bytes).into_owned()
            };
            free(*f, buffer)?;
            Ok(text)
        }
        _ => Err(Error::from_reason("this prepared call returns no string".to_string())),
    }
}

/// A `rust_future_complete_<kind>(handle, &status)` prepared as a scaffolding function.
pub fn complete_function(address: *const (), kind: Kind, slots: Slots) -> Result<PreparedFunction> {
    PreparedFunction::new(address, vec![Kind::U64], kind, true, slots)
}
