//! An opened UniFFI library: its symbols, its RustBuffer helpers, and its futures. A library is
//! opened once per path and process and never closed: Rust code may have left thread-local
//! destructors or threads behind that run after any JavaScript is gone.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use std::sync::Arc;

use napi::bindgen_prelude::{BigInt, Uint8Array, Unknown};
use napi::{Env, Error, JsValue, Result};
use napi_derive::napi;

use crate::abi::{ForeignBytes, Kind, RustBuffer, RustCallStatus};
use crate::continuation;
use crate::function::{call_into, PreparedFunction};
use crate::realm::{self, Realm};
use crate::slots::Slots;
use crate::vtable;

/// Every library opened in this process, by path: one `dlopen` each, shared by every realm.
fn opened() -> &'static Mutex<HashMap<String, &'static libloading::Library>> {
    static OPENED: OnceLock<Mutex<HashMap<String, &'static libloading::Library>>> = OnceLock::new();
    OPENED.get_or_init(Default::default)
}

fn open(path: &str) -> Result<&'static libloading::Library> {
    let mut opened = opened().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(library) = opened.get(path) {
        return Ok(library);
    }
    let library = unsafe { libloading::Library::new(path) }.map_err(|e| Error::from_reason(e.to_string()))?;
    let library: &'static libloading::Library = Box::leak(Box::new(library));
    opened.insert(path.to_string(), library);
    Ok(library)
}

/// A UniFFI library as the runtime's node-api backend calls it.
#[napi]
pub struct Library {
    library: &'static libloading::Library,
    path: String,
    crate_name: String,
    realm: Arc<Realm>,
    slots: Option<Slots>,
    /// The endpoint of this package copy's continuation handler.
    continuation: Option<u32>,
}

/// One method of a vtable, as the runtime describes it.
#[napi(object)]
pub struct VtableMethod {
    pub is_async: bool,
    pub args: Vec<String>,
    pub returns: String,
}

impl Library {
    fn address(&self, symbol: &str) -> Result<*const ()> {
        let symbol_name = format!("{symbol}\0");
        unsafe { self.library.get::<*const ()>(symbol_name.as_bytes()) }
            .map(|s| *s)
            .map_err(|_| Error::from_reason(format!("the library has no function {symbol}")))
    }

    fn helper(&self, name: &str) -> Result<*const ()> {
        self.address(&format!("ffi_{}_{name}", self.crate_name))
    }

    fn slots(&self) -> Result<Slots> {
        self.slots.ok_or_else(|| Error::from_reason("setSlots was not called"))
    }

    fn check(what: &str, status: &RustCallStatus) -> Result<()> {
        if status.code == 0 {
            Ok(())
        } else {
            Err(Error::from_reason(format!("{what} failed with status {}", status.code)))
        }
    }
}

#[napi]
impl Library {
    /// Opens the library at `path` (once per process); `crate_name` prefixes its helper symbols.
    #[napi(constructor)]
    pub fn new(env: Env, path: String, crate_name: String) -> Result<Self> {
        let realm = Realm::of(env.raw())?;
        Ok(Library { library: open(&path)?, path, crate_name, realm, slots: None, continuation: None })
    }

    /// The slot area calls use (see `slots.rs`): at least 2 KiB, kept alive by the caller.
    #[napi]
    pub fn set_slots(&mut self, mut area: Uint8Array) -> Result<()> {
        if area.len() < crate::slots::SLOT_COUNT * 8 || (area.as_ptr() as usize) % 8 != 0 {
            return Err(Error::from_reason("the slot area must be 2048 bytes, 8-byte aligned"));
        }
        self.slots = Some(Slots(unsafe { area.as_mut() }.as_mut_ptr() as *mut u64));
        Ok(())
    }

    #[napi]
    pub fn has_symbol(&self, symbol: String) -> bool {
        self.address(&symbol).is_ok()
    }

    /// Calls `symbol()` returning a u16 (checksums) or a u32 (the contract version).
    #[napi]
    pub fn call_returning_integer(&self, symbol: String, bits: u32) -> Result<u32> {
        let address = self.address(&symbol)?;
        Ok(unsafe {
            if bits == 16 {
                u32::from(std::mem::transmute::<*const (), extern "C" fn() -> u16>(address)())
            } else {
                std::mem::transmute::<*const (), extern "C" fn() -> u32>(address)()
            }
        })
    }

    /// Calls `symbol(u64 handle, RustCallStatus*) -> u64` (an object's clone or free).
    #[napi]
    pub fn call_handle_function(&self, symbol: String, handle: BigInt) -> Result<BigInt> {
        let address = self.address(&symbol)?;
        let function =
            unsafe { std::mem::transmute::<*const (), extern "C" fn(u64, *mut RustCallStatus) -> u64>(address) };
        let mut status = RustCallStatus::default();
        let result = function(handle.get_u64().1, &mut status);
        Self::check(&symbol, &status)?;
        Ok(BigInt::from(result))
    }

    /// Prepares the scaffolding function `symbol`.
    #[napi]
    pub fn prepare(
        &self,
        symbol: String,
        args: Vec<String>,
        returns: String,
        with_status: bool,
    ) -> Result<PreparedFunction> {
        let kinds = args.iter().map(|a| Kind::parse(a)).collect::<Result<Vec<_>>>()?;
        PreparedFunction::new(self.address(&symbol)?, kinds, Kind::parse(&returns)?, with_status, self.slots()?)
    }

    /// `rustbuffer_from_bytes(bytes)`: a new Rust-owned buffer, written to slots 0..3.
    #[napi]
    pub fn rust_buffer_from_bytes(&self, bytes: Uint8Array) -> Result<()> {
        let address = self.helper("rustbuffer_from_bytes")?;
        let function = unsafe {
            std::mem::transmute::<*const (), extern "C" fn(ForeignBytes, *mut RustCallStatus) -> RustBuffer>(address)
        };
        let mut status = RustCallStatus::default();
        let data = if bytes.is_empty() { std::ptr::null() } else { bytes.as_ptr() };
        let buffer = function(ForeignBytes { len: bytes.len() as i32, data }, &mut status);
        Self::check("rustbuffer_from_bytes", &status)?;
        self.slots()?.set_rust_buffer(0, buffer);
        Ok(())
    }

    /// `rustbuffer_from_bytes` of `value` as UTF-8: a string argument in one crossing.
    #[napi]
    pub fn rust_buffer_from_string(&self, value: String) -> Result<()> {
        let address = self.helper("rustbuffer_from_bytes")?;
        let function = unsafe {
            std::mem::transmute::<*const (), extern "C" fn(ForeignBytes, *mut RustCallStatus) -> RustBuffer>(address)
        };
        let mut status = RustCallStatus::default();
        let data = if value.is_empty() { std::ptr::null() } else { value.as_ptr() };
        let buffer = function(ForeignBytes { len: value.len() as i32, data }, &mut status);
        Self::check("rustbuffer_from_bytes", &status)?;
        self.slots()?.set_rust_buffer(0, buffer);
        Ok(())
    }

    /// Frees the buffer in slots 0..3.
    #[napi]
    pub fn rust_buffer_free(&self) -> Result<()> {
        let buffer = self.slots()?.rust_buffer(0);
        self.free(buffer)
    }

    /// Copies the bytes of the buffer in slots 0..3 into `into` (long enough).
    #[napi]
    pub fn copy_rust_buffer(&self, mut into: Uint8Array) -> Result<()> {
        let buffer = self.slots()?.rust_buffer(0);
        let len = buffer.len as usize;
        let into = unsafe { into.as_mut() };
        if len > into.len() {
            return Err(Error::from_reason("the destination is shorter than the buffer"));
        }
        if len > 0 {
            unsafe { std::ptr::copy_nonoverlapping(buffer.data, into.as_mut_ptr(), len) };
        }
        Ok(())
    }

    /// Reads the buffer in slots 0..3 as UTF-8 and frees it: one crossing for a string result.
    #[napi]
    pub fn take_string(&self) -> Result<String> {
        let buffer = self.slots()?.rust_buffer(0);
        let text = if buffer.len == 0 {
            String::new()
        } else {
            let bytes = unsafe { std::slice::from_raw_parts(buffer.data, buffer.len as usize) };
            String::from_utf8_lossy(bytes).into_owned()
        };
        self.free(buffer)?;
        Ok(text)
    }

    /// Installs this package copy's continuation handler `(key, pollCode)` for its futures.
    #[napi]
    pub fn set_continuation(&mut self, env: Env, handler: Unknown) -> Result<()> {
        self.continuation = Some(realm::add_endpoint(env.raw(), &self.realm, handler.raw())?);
        Ok(())
    }

    /// The object every copy of the package in this realm shares for this library.
    #[napi]
    pub fn shared<'env>(&self, env: &'env Env) -> Result<Unknown<'env>> {
        let value = self.realm.shared_object(env.raw(), &self.path)?;
        Ok(unsafe { Unknown::from_raw_unchecked(env.raw(), value) })
    }

    /// Makes `dispatcher` `(vtable, slot, handle, args, token)` the endpoint of callbacks for the
    /// objects of this library in this realm; its id goes in the high bits of their handles.
    #[napi]
    pub fn add_dispatcher(&self, env: Env, dispatcher: Unknown) -> Result<u32> {
        let endpoint = realm::add_endpoint(env.raw(), &self.realm, dispatcher.raw())?;
        self.realm.on_end(Box::new(move || vtable::fail_endpoint(endpoint)));
        Ok(endpoint)
    }

    /// Registers the vtable of `init_symbol` once per process; its id, the same in every realm.
    #[napi]
    pub fn register_vtable(&self, init_symbol: String, methods: Vec<VtableMethod>) -> Result<u32> {
        let methods = methods
            .into_iter()
            .map(|m| {
                let args = m.args.iter().map(|a| Kind::parse(a)).collect::<Result<Vec<_>>>()?;
                Ok(vtable::Method { is_async: m.is_async, args, returns: Kind::parse(&m.returns)? })
            })
            .collect::<Result<Vec<_>>>()?;
        let from_bytes =
            unsafe { std::mem::transmute::<*const (), vtable::FromBytes>(self.helper("rustbuffer_from_bytes")?) };
        vtable::register(&self.path, &init_symbol, self.address(&init_symbol)?, methods, from_bytes)
    }

    /// Completes the async callback `token`: `value` of its kind, or `code` and `errorBuf`.
    #[napi]
    pub fn complete_foreign_future(
        &self,
        env: Env,
        token: f64,
        code: i32,
        value: Unknown,
        error_buf: Unknown,
    ) -> Result<()> {
        let token = token as u64;
        let Some(kind) = vtable::returns_of(token) else { return Ok(()) };
        let env = env.raw();
        let read = || -> crate::js::Result<(vtable::Value, RustBuffer)> {
            if code == 0 {
                Ok((vtable::Value::from_js(env, kind, value.raw())?, RustBuffer::EMPTY))
            } else {
                Ok((vtable::Value::None, crate::js::get_rust_buffer(env, error_buf.raw())?))
            }
        };
        let (value, error_buf) = read().map_err(|e| Error::from_reason(e.0))?;
        vtable::complete(token, value, RustCallStatus { code: code as i8, error_buf });
        Ok(())
    }

    /// `rust_future_poll_<kind>(handle, continuation, data)`.
    #[napi]
    pub fn future_poll(&self, kind: String, handle: BigInt, data: u32) -> Result<()> {
        let registration = self.continuation.ok_or_else(|| Error::from_reason("setContinuation was not called"))?;
        let address = self.future_function("poll", &kind)?;
        let poll =
            unsafe { std::mem::transmute::<*const (), extern "C" fn(u64, continuation::Callback, u64)>(address) };
        poll(handle.get_u64().1, continuation::callback, continuation::data(registration, data));
        Ok(())
    }

    /// `rust_future_cancel_<kind>(handle)` or `rust_future_free_<kind>(handle)`.
    #[napi]
    pub fn future_release(&self, operation: String, kind: String, handle: BigInt) -> Result<()> {
        let address = self.future_function(&operation, &kind)?;
        let release = unsafe { std::mem::transmute::<*const (), extern "C" fn(u64)>(address) };
        release(handle.get_u64().1);
        Ok(())
    }

    /// `rust_future_complete_<kind>(handle, &status)`: the result from slot 0, the status.
    #[napi]
    pub fn future_complete(&self, kind: String, handle: BigInt) -> Result<()> {
        let kind = Kind::parse(&kind)?;
        let address = self.future_function("complete", kind.future_suffix())?;
        let slots = self.slots()?;
        let cif =
            libffi::middle::Cif::new([libffi::middle::Type::u64(), libffi::middle::Type::pointer()], kind.ffi_type());
        let handle = handle.get_u64().1;
        let mut status = RustCallStatus::default();
        let status_pointer = &mut status as *mut RustCallStatus;
        let args = [libffi::middle::arg(&handle), libffi::middle::arg(&status_pointer)];
        unsafe { call_into(&cif, libffi::middle::CodePtr::from_ptr(address as *const _), &args, kind, slots) };
        slots.set_status(&status);
        Ok(())
    }
}

impl Library {
    fn free(&self, buffer: RustBuffer) -> Result<()> {
        let address = self.helper("rustbuffer_free")?;
        let function =
            unsafe { std::mem::transmute::<*const (), extern "C" fn(RustBuffer, *mut RustCallStatus)>(address) };
        let mut status = RustCallStatus::default();
        function(buffer, &mut status);
        Self::check("rustbuffer_free", &status)
    }

    fn future_function(&self, operation: &str, suffix: &str) -> Result<*const ()> {
        let suffix = if suffix == "handle" { "u64" } else { suffix };
        self.helper(&format!("rust_future_{operation}_{suffix}"))
    }
}
