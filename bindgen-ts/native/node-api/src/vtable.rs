//! Rust calling JavaScript: callback interfaces and foreign trait implementations.
//!
//! UniFFI keeps one vtable per callback interface per library in a process-wide static, so the
//! addon registers each vtable once per process (per library file and init symbol), with libffi
//! closures as its slots, and routes every call by its handle: a handle the runtime makes carries
//! its dispatcher endpoint in its high bits ([`ENDPOINT_SHIFT`]), so a call reaches the realm, and
//! the package copies in it, that own the object, or none. A call for a realm that has ended, or
//! one that cannot be delivered, answers Rust with an unexpected-error status: never an abort,
//! never a hang, never a wrong object.
//!
//! Sync methods run at once when Rust calls on the owning realm's thread (a JavaScript call into
//! Rust calling back), and otherwise are queued to that thread while the Rust thread waits.
//! Async methods are queued, and complete through [`complete`], exactly once: with the
//! JavaScript result, or with an error when the realm ends first, or as cancelled when Rust drops
//! the future first (which also tells the JavaScript side to abort).

use std::collections::HashMap;
use std::ffi::c_void;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

use libffi::low::ffi_cif;
use libffi::middle::{Cif, Closure, Type};

use crate::abi::{ForeignBytes, Kind, RustBuffer, RustCallStatus};
use crate::js;
use crate::realm::{self, lock, Message};
use crate::slots::{Slots, ARGUMENT_SLOTS, STATUS};

/// A handle's endpoint sits above this bit; below it, the runtime's odd counter.
pub const ENDPOINT_SHIFT: u32 = 40;

/// Status codes of `RustCallStatus`.
const UNEXPECTED_ERROR: i8 = 2;
const CANCELLED: i8 = 3;

/// The slots the dispatcher is told about besides methods: free, clone, and a dropped future.
const FREE: i32 = -2;
const CLONE: i32 = -1;
const DROPPED: i32 = -3;

/// One method of a vtable, as the runtime describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub is_async: bool,
    pub args: Vec<Kind>,
    pub returns: Kind,
}

/// `rustbuffer_from_bytes` of the vtable's library: error messages for Rust.
pub type FromBytes = extern "C" fn(ForeignBytes, *mut RustCallStatus) -> RustBuffer;

/// What a slot's closure knows.
struct Slot {
    vtable: u32,
    index: i32,
    method: Option<Method>,
    from_bytes: FromBytes,
}

struct Registered {
    id: u32,
    methods: Vec<Method>,
    table: usize,
}

fn registered() -> &'static Mutex<HashMap<(String, String), Registered>> {
    static REGISTERED: OnceLock<Mutex<HashMap<(String, String), Registered>>> = OnceLock::new();
    REGISTERED.get_or_init(Default::default)
}

/// Registers the vtable of `init_symbol` (at `init`) in the library at `path`, made once per
/// process: its id, the same for every realm. Registering again with other methods is refused.
/// Registering again passes the same table to Rust again: UniFFI keeps the last one it was given,
/// and another transport's package of the same library (a koffi one) may have replaced it.
pub fn register(
    path: &str,
    init_symbol: &str,
    init: *const (),
    methods: Vec<Method>,
    from_bytes: FromBytes,
) -> napi::Result<u32> {
    let mut registered = lock(registered());
    let key = (path.to_string(), init_symbol.to_string());
    if let Some(existing) = registered.get(&key) {
        if existing.methods != methods {
            return Err(napi::Error::from_reason(format!(
                "{init_symbol} was registered with other methods by another copy of the package: \
                 the copies come from different versions of the crate"
            )));
        }
        let init = unsafe { std::mem::transmute::<*const (), extern "C" fn(*const c_void)>(init) };
        init(existing.table as *const c_void);
        return Ok(existing.id);
    }
    let id = registered.len() as u32 + 1;
    let mut pointers: Vec<*const c_void> = Vec::with_capacity(methods.len() + 2);
    pointers.push(closure(Slot { vtable: id, index: FREE, method: None, from_bytes }, vec![Type::u64()], Type::void()));
    pointers.push(closure(Slot { vtable: id, index: CLONE, method: None, from_bytes }, vec![Type::u64()], Type::u64()));
    for (index, method) in methods.iter().enumerate() {
        let mut types = vec![Type::u64()];
        types.extend(method.args.iter().map(|k| k.ffi_type()));
        if method.is_async {
            types.extend([Type::pointer(), Type::u64(), Type::pointer()]);
        } else {
            types.extend([Type::pointer(), Type::pointer()]);
        }
        let slot = Slot { vtable: id, index: index as i32, method: Some(method.clone()), from_bytes };
        pointers.push(closure(slot, types, Type::void()));
    }
    // Rust keeps the pointer for the process's life.
    let table: &'static [*const c_void] = Box::leak(pointers.into_boxed_slice());
    let init = unsafe { std::mem::transmute::<*const (), extern "C" fn(*const c_void)>(init) };
    init(table.as_ptr() as *const c_void);
    registered.insert(key, Registered { id, methods, table: table.as_ptr() as usize });
    Ok(id)
}

/// A libffi closure calling [`enter`] for `slot`, leaked: Rust may call it until the process ends.
fn closure(slot: Slot, args: Vec<Type>, returns: Type) -> *const c_void {
    let slot: &'static Slot = Box::leak(Box::new(slot));
    let cif = Cif::new(args, returns);
    let closure: &'static Closure<'static> = Box::leak(Box::new(Closure::new(cif, enter, slot)));
    *closure.code_ptr() as *const c_void
}

/// Every slot's entry: Rust calls it from any thread. Nothing may unwind out of it.
unsafe extern "C" fn enter(_cif: &ffi_cif, result: &mut u64, args: *const *const c_void, slot: &Slot) {
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| unsafe { run(slot, result, args) }));
}

unsafe fn arg<T: Copy>(args: *const *const c_void, i: usize) -> T {
    unsafe { *(*args.add(i) as *const T) }
}

unsafe fn run(slot: &Slot, result: &mut u64, args: *const *const c_void) {
    let handle: u64 = unsafe { arg(args, 0) };
    let endpoint = (handle >> ENDPOINT_SHIFT) as u32;
    match (slot.index, &slot.method) {
        (FREE, _) => dispatch(endpoint, slot.vtable, FREE, handle, Vec::new(), 0, None),
        (CLONE, _) => {
            // 0 names no realm: a call through it fails like one for an ended realm.
            // A clone the dispatcher could not make answers status 2, and 0 too.
            *result = exchange(endpoint, slot.vtable, CLONE, handle, Vec::new(), |slots| {
                if slots.f64(STATUS) == 0.0 {
                    slots.u64(0)
                } else {
                    0
                }
            })
            .unwrap_or(0);
        }
        (_, Some(method)) if method.is_async => unsafe { run_async(slot, method, handle, endpoint, args) },
        (_, Some(method)) => unsafe { run_sync(slot, method, handle, endpoint, args) },
        _ => {}
    }
}

unsafe fn values(method: &Method, args: *const *const c_void) -> Vec<Value> {
    method.args.iter().enumerate().map(|(i, kind)| unsafe { Value::read(*kind, *args.add(i + 1)) }).collect()
}

unsafe fn run_sync(slot: &Slot, method: &Method, handle: u64, endpoint: u32, args: *const *const c_void) {
    let count = method.args.len();
    let out_return: *mut c_void = unsafe { arg(args, count + 1) };
    let out_status: *mut RustCallStatus = unsafe { arg(args, count + 2) };
    let returns = method.returns;
    let outcome = exchange(endpoint, slot.vtable, slot.index, handle, unsafe { values(method, args) }, move |slots| {
        let code = slots.f64(STATUS) as i8;
        if code == 0 {
            (0, Value::from_slots(returns, slots), RustBuffer::EMPTY)
        } else {
            (code, Value::None, slots.rust_buffer(STATUS + 1))
        }
    });
    let status = match outcome {
        Ok((code, value, error_buf)) => {
            if code == 0 {
                unsafe { value.write(returns, out_return) };
            }
            RustCallStatus { code, error_buf }
        }
        Err(message) => failure(slot.from_bytes, &message),
    };
    unsafe { out_status.write(status) };
}

unsafe fn run_async(slot: &Slot, method: &Method, handle: u64, endpoint: u32, args: *const *const c_void) {
    let count = method.args.len();
    let complete: usize = unsafe { arg::<*const c_void>(args, count + 1) } as usize;
    let data: u64 = unsafe { arg(args, count + 2) };
    let out_dropped: *mut DroppedCallback = unsafe { arg(args, count + 3) };
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    let future =
        Pending { complete, data, returns: method.returns, from_bytes: slot.from_bytes, endpoint, vtable: slot.vtable };
    lock(pending()).insert(token, future);
    unsafe { out_dropped.write(DroppedCallback { data: token, callback: future_dropped }) };
    let undelivered = Box::new(move || fail(token, "the JavaScript realm that owns this object has ended"));
    dispatch(endpoint, slot.vtable, slot.index, handle, unsafe { values(method, args) }, token, Some(undelivered));
}

/// An unexpected-error status carrying `message`.
fn failure(from_bytes: FromBytes, message: &str) -> RustCallStatus {
    let mut status = RustCallStatus::default();
    let buffer = from_bytes(ForeignBytes { len: message.len() as i32, data: message.as_ptr() }, &mut status);
    RustCallStatus { code: UNEXPECTED_ERROR, error_buf: if status.code == 0 { buffer } else { RustBuffer::EMPTY } }
}

/// Calls the dispatcher of a realm, on its thread, with the call in the slot area: the vtable,
/// the slot and the token in slots 0..3 (numbers), the handle in slot 3 (its bits), the method's
/// arguments from slot 4 (as a scaffolding call's). The dispatcher reads them before anything
/// else and writes its answer last: the result from slot 0, the status at `STATUS`. No
/// JavaScript value is made for a call.
fn call_dispatcher(
    env: js::Env,
    function: js::Value,
    vtable: u32,
    index: i32,
    handle: u64,
    args: &[Value],
    token: u64,
) -> js::Result<Slots> {
    let slots = crate::calls::area().map_err(|_| js::Failure("this realm has no slot area"))?;
    slots.set_f64(0, f64::from(vtable));
    slots.set_f64(1, f64::from(index));
    slots.set_f64(2, token as f64);
    slots.set_u64(3, handle);
    let mut at = 4;
    for value in args {
        if at + 3 > ARGUMENT_SLOTS {
            return Err(js::Failure("the arguments do not fit the slot area"));
        }
        match *value {
            Value::None => {}
            Value::Number(n) => slots.set_f64(at, n),
            Value::Signed(n) => slots.set_u64(at, n as u64),
            Value::Unsigned(n) => slots.set_u64(at, n),
            Value::Buffer(b) => {
                slots.set_rust_buffer(at, b);
                at += 2;
            }
        }
        at += 1;
    }
    js::call(env, function, &[])?;
    Ok(slots)
}

/// Sends a call that needs no answer (free, an async method, a dropped future).
fn dispatch(
    endpoint: u32,
    vtable: u32,
    index: i32,
    handle: u64,
    args: Vec<Value>,
    token: u64,
    undelivered: Option<realm::Undelivered>,
) {
    let message = Message {
        endpoint,
        deliver: Box::new(move |env, function| {
            call_dispatcher(env, function, vtable, index, handle, &args, token).map(|_| ())
        }),
        undelivered,
    };
    // At once when Rust runs on the realm's thread (a dropped future's abort then comes before
    // the Rust future that dropped it resolves), queued otherwise.
    realm::send(message, true);
}

/// Calls the dispatcher and waits for its answer, read by `read` on the realm's thread.
fn exchange<T: Send + 'static>(
    endpoint: u32,
    vtable: u32,
    index: i32,
    handle: u64,
    args: Vec<Value>,
    read: impl FnOnce(Slots) -> T + Send + 'static,
) -> Result<T, String> {
    let Some(realm) = realm::endpoint_realm(endpoint) else {
        return Err(format!("no live JavaScript realm owns the foreign object with handle {handle}"));
    };
    let answer: Arc<Answer<T>> = Arc::new(Answer { value: Mutex::new(None), ready: Condvar::new() });
    let (delivered, undelivered) = (answer.clone(), answer.clone());
    let message = Message {
        endpoint,
        deliver: Box::new(move |env, function| {
            let outcome = call_dispatcher(env, function, vtable, index, handle, &args, 0).map(read);
            delivered.set(outcome.map_err(|e| format!("the JavaScript callback failed: {}", e.0)));
            Ok(())
        }),
        undelivered: Some(Box::new(move || {
            undelivered.set(Err("the JavaScript realm that owns this object has ended".to_string()))
        })),
    };
    if realm.is_here() {
        realm.deliver_here(message);
    } else {
        realm.post(message);
    }
    answer.wait()
}

struct Answer<T> {
    value: Mutex<Option<Result<T, String>>>,
    ready: Condvar,
}

impl<T> Answer<T> {
    fn set(&self, value: Result<T, String>) {
        let mut slot = lock(&self.value);
        if slot.is_none() {
            *slot = Some(value);
        }
        self.ready.notify_all();
    }

    fn wait(&self) -> Result<T, String> {
        let mut slot = lock(&self.value);
        loop {
            if let Some(value) = slot.take() {
                return value;
            }
            slot = self.ready.wait(slot).unwrap_or_else(|e| e.into_inner());
        }
    }
}

// ---- values ------------------------------------------------------------------------------------

/// A value crossing between a slot and JavaScript.
#[derive(Clone, Copy, Debug)]
pub enum Value {
    None,
    Number(f64),
    Signed(i64),
    Unsigned(u64),
    Buffer(RustBuffer),
}

impl Value {
    /// Reads an argument of `kind` at `at`.
    unsafe fn read(kind: Kind, at: *const c_void) -> Value {
        unsafe {
            match kind {
                Kind::I8 => Value::Number(f64::from(*(at as *const i8))),
                Kind::U8 => Value::Number(f64::from(*(at as *const u8))),
                Kind::I16 => Value::Number(f64::from(*(at as *const i16))),
                Kind::U16 => Value::Number(f64::from(*(at as *const u16))),
                Kind::I32 => Value::Number(f64::from(*(at as *const i32))),
                Kind::U32 => Value::Number(f64::from(*(at as *const u32))),
                Kind::F32 => Value::Number(f64::from(*(at as *const f32))),
                Kind::F64 => Value::Number(*(at as *const f64)),
                Kind::I64 => Value::Signed(*(at as *const i64)),
                Kind::U64 | Kind::Handle => Value::Unsigned(*(at as *const u64)),
                Kind::RustBuffer => Value::Buffer(*(at as *const RustBuffer)),
                Kind::ForeignBytes | Kind::Void => Value::None,
            }
        }
    }

    /// A result of `kind` the dispatcher wrote from slot 0.
    fn from_slots(kind: Kind, slots: Slots) -> Value {
        match kind {
            Kind::Void | Kind::ForeignBytes => Value::None,
            Kind::I64 => Value::Signed(slots.u64(0) as i64),
            Kind::U64 | Kind::Handle => Value::Unsigned(slots.u64(0)),
            Kind::RustBuffer => Value::Buffer(slots.rust_buffer(0)),
            _ => Value::Number(slots.f64(0)),
        }
    }

    /// The runtime's lowered value of `kind`.
    pub fn from_js(env: js::Env, kind: Kind, value: js::Value) -> js::Result<Value> {
        Ok(match kind {
            Kind::Void | Kind::ForeignBytes => Value::None,
            Kind::I64 => Value::Signed(js::get_i64(env, value)?),
            Kind::U64 | Kind::Handle => Value::Unsigned(js::get_u64(env, value)?),
            Kind::RustBuffer => Value::Buffer(js::get_rust_buffer(env, value)?),
            _ => Value::Number(js::get_number(env, value)?),
        })
    }

    fn number(self) -> f64 {
        match self {
            Value::Number(n) => n,
            _ => 0.0,
        }
    }

    fn bits(self) -> u64 {
        match self {
            Value::Signed(n) => n as u64,
            Value::Unsigned(n) => n,
            _ => 0,
        }
    }

    fn buffer(self) -> RustBuffer {
        match self {
            Value::Buffer(b) => b,
            _ => RustBuffer::EMPTY,
        }
    }

    /// Writes the value as a `kind` at `out` (a sync method's `out_return`).
    unsafe fn write(self, kind: Kind, out: *mut c_void) {
        unsafe {
            match kind {
                Kind::I8 => (out as *mut i8).write(self.number() as i8),
                Kind::U8 => (out as *mut u8).write(self.number() as u8),
                Kind::I16 => (out as *mut i16).write(self.number() as i16),
                Kind::U16 => (out as *mut u16).write(self.number() as u16),
                Kind::I32 => (out as *mut i32).write(self.number() as i32),
                Kind::U32 => (out as *mut u32).write(self.number() as u32),
                Kind::F32 => (out as *mut f32).write(self.number() as f32),
                Kind::F64 => (out as *mut f64).write(self.number()),
                Kind::I64 | Kind::U64 | Kind::Handle => (out as *mut u64).write(self.bits()),
                Kind::RustBuffer => (out as *mut RustBuffer).write(self.buffer()),
                Kind::ForeignBytes | Kind::Void => {}
            }
        }
    }
}

// ---- foreign futures ---------------------------------------------------------------------------

/// `ForeignFutureDroppedCallbackStruct`.
#[repr(C)]
struct DroppedCallback {
    data: u64,
    callback: extern "C" fn(u64),
}

/// An async method call Rust awaits.
struct Pending {
    /// The `ForeignFutureCallback` and its data.
    complete: usize,
    data: u64,
    returns: Kind,
    from_bytes: FromBytes,
    endpoint: u32,
    vtable: u32,
}

static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);

fn pending() -> &'static Mutex<HashMap<u64, Pending>> {
    static PENDING: OnceLock<Mutex<HashMap<u64, Pending>>> = OnceLock::new();
    PENDING.get_or_init(Default::default)
}

/// The result kind of the pending call `token`.
pub fn returns_of(token: u64) -> Option<Kind> {
    lock(pending()).get(&token).map(|future| future.returns)
}

/// Completes the call `token` with the runtime's result; nothing if Rust has dropped it already.
pub fn complete(token: u64, value: Value, status: RustCallStatus) {
    let future = lock(pending()).remove(&token);
    if let Some(future) = future {
        unsafe { call_complete(&future, value, status) };
    }
}

/// Completes the call `token` with an unexpected error carrying `message`.
fn fail(token: u64, message: &str) {
    let future = lock(pending()).remove(&token);
    if let Some(future) = future {
        let status = failure(future.from_bytes, message);
        unsafe { call_complete(&future, Value::None, status) };
    }
}

/// Fails every call awaiting the dispatcher `endpoint` (its realm ended).
pub fn fail_endpoint(endpoint: u32) {
    let tokens: Vec<u64> =
        lock(pending()).iter().filter(|(_, future)| future.endpoint == endpoint).map(|(token, _)| *token).collect();
    for token in tokens {
        fail(token, "the JavaScript realm that owned this object ended before the call completed");
    }
}

/// Rust dropped the future of `token`: if it is still pending, it is completed as cancelled
/// (releasing what Rust holds for it) and the JavaScript side is told to abort.
extern "C" fn future_dropped(token: u64) {
    let future = lock(pending()).remove(&token);
    if let Some(future) = future {
        let status = RustCallStatus { code: CANCELLED, error_buf: RustBuffer::EMPTY };
        unsafe { call_complete(&future, Value::None, status) };
        dispatch(future.endpoint, future.vtable, DROPPED, 0, Vec::new(), token, None);
    }
}

#[repr(C)]
struct FutureResult<T> {
    return_value: T,
    call_status: RustCallStatus,
}

#[repr(C)]
struct VoidResult {
    call_status: RustCallStatus,
}

/// Calls the `ForeignFutureCallback` with a `ForeignFutureResult` of the future's kind, by value.
unsafe fn call_complete(future: &Pending, value: Value, status: RustCallStatus) {
    macro_rules! complete {
        ($t:ty, $v:expr) => {{
            let f = unsafe { std::mem::transmute::<usize, extern "C" fn(u64, FutureResult<$t>)>(future.complete) };
            f(future.data, FutureResult { return_value: $v, call_status: status })
        }};
    }
    match future.returns {
        Kind::I8 => complete!(i8, value.number() as i8),
        Kind::U8 => complete!(u8, value.number() as u8),
        Kind::I16 => complete!(i16, value.number() as i16),
        Kind::U16 => complete!(u16, value.number() as u16),
        Kind::I32 => complete!(i32, value.number() as i32),
        Kind::U32 => complete!(u32, value.number() as u32),
        Kind::F32 => complete!(f32, value.number() as f32),
        Kind::F64 => complete!(f64, value.number()),
        Kind::I64 | Kind::U64 | Kind::Handle => complete!(u64, value.bits()),
        Kind::RustBuffer => complete!(RustBuffer, value.buffer()),
        Kind::ForeignBytes | Kind::Void => {
            let f = unsafe { std::mem::transmute::<usize, extern "C" fn(u64, VoidResult)>(future.complete) };
            f(future.data, VoidResult { call_status: status })
        }
    }
}
