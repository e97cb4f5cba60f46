//! An opened UniFFI library, as one package copy in one realm uses it: it prepares the calls the
//! hot path runs by id (`calls.rs`), and sets up futures and callbacks. A library file is opened
//! once per path and process and never closed: Rust code may have left thread-local destructors
//! or threads behind that run after any JavaScript is gone.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use napi::bindgen_prelude::Unknown;
use napi::{Env, Error, JsValue, Result};
use napi_derive::napi;

use crate::abi::{Kind, RustBuffer, RustCallStatus};
use crate::calls::{self, Entry};
use crate::function::PreparedFunction;
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

/// A UniFFI library as the runtime's node-api backend sets it up.
#[napi]
pub struct Library {
    library: &'static libloading::Library,
    path: String,
    crate_name: String,
    realm: Arc<Realm>,
    /// The endpoint of this package copy's continuation handler (0 until it is set).
    continuation: Rc<Cell<u32>>,
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
        calls::area()
    }
}

/// A symbol's address as the function type `F` (a C function pointer type).
///
/// # Safety
/// The symbol is a C function of type `F`.
unsafe fn function<F: Copy>(address: *const ()) -> F {
    debug_assert_eq!(std::mem::size_of::<F>(), std::mem::size_of::<*const ()>());
    unsafe { std::mem::transmute_copy::<*const (), F>(&address) }
}

#[napi]
impl Library {
    /// Opens the library at `path` (once per process); `crate_name` prefixes its helper symbols.
    #[napi(constructor)]
    pub fn new(env: Env, path: String, crate_name: String) -> Result<Self> {
        let realm = Realm::of(env.raw())?;
        realm.once_on_end("futures", Box::new(calls::abandon_futures));
        realm.once_on_end("objects", Box::new(calls::abandon_objects));
        Ok(Library { library: open(&path)?, path, crate_name, realm, continuation: Rc::new(Cell::new(0)) })
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
                u32::from(function::<extern "C" fn() -> u16>(address)())
            } else {
                function::<extern "C" fn() -> u32>(address)()
            }
        })
    }

    /// Prepares the scaffolding function `symbol`; the id `call`/`callWithBytes` take.
    #[napi]
    pub fn prepare(&self, symbol: String, args: Vec<String>, returns: String, with_status: bool) -> Result<u32> {
        let kinds = args.iter().map(|a| Kind::parse(a)).collect::<Result<Vec<_>>>()?;
        let function =
            PreparedFunction::new(self.address(&symbol)?, kinds, Kind::parse(&returns)?, with_status, self.slots()?)?;
        Ok(calls::add(Entry::Scaffolding(function)))
    }

    /// Prepares `symbol(u64 handle, RustCallStatus*) -> u64` (an object's clone or free).
    #[napi]
    pub fn prepare_handle_function(&self, symbol: String) -> Result<u32> {
        let function = unsafe { function(self.address(&symbol)?) };
        let frees = symbol.contains("_fn_free_");
        Ok(calls::add(Entry::Handle { function, frees, slots: self.slots()? }))
    }

    /// Prepares the tracking of objects freed by `free_symbol` (see `calls::Entry::Track`).
    #[napi]
    pub fn prepare_tracking(&self, free_symbol: String) -> Result<u32> {
        let free = unsafe { function(self.address(&free_symbol)?) };
        Ok(calls::add(Entry::Track { free, slots: self.slots()? }))
    }

    /// Prepares the RustBuffer helpers: `[fromBytes, free, copy, takeString, takeInto, fromArea,
    /// takeToArea]`.
    #[napi]
    pub fn prepare_buffers(&self) -> Result<Vec<u32>> {
        let slots = self.slots()?;
        let from_bytes = unsafe { function(self.helper("rustbuffer_from_bytes")?) };
        let free = unsafe { function(self.helper("rustbuffer_free")?) };
        Ok(vec![
            calls::add(Entry::FromBytes { from_bytes, slots }),
            calls::add(Entry::Free { free, slots }),
            calls::add(Entry::Copy { slots }),
            calls::add(Entry::TakeString { free, slots }),
            calls::add(Entry::TakeInto { free, slots }),
            calls::add(Entry::FromArea { from_bytes, slots }),
            calls::add(Entry::TakeToArea { free, slots }),
        ])
    }

    /// Prepares the future functions of `kind`: `[poll, cancel, free, complete]`.
    #[napi]
    pub fn prepare_future(&self, kind: String) -> Result<Vec<u32>> {
        let kind = Kind::parse(&kind)?;
        let suffix = kind.future_suffix();
        let slots = self.slots()?;
        let address = |operation: &str| self.helper(&format!("rust_future_{operation}_{suffix}"));
        let poll = unsafe { function(address("poll")?) };
        let cancel = unsafe { function(address("cancel")?) };
        let free = unsafe { function(address("free")?) };
        let complete = calls::complete_function(address("complete")?, kind, slots)?;
        Ok(vec![
            calls::add(Entry::Poll { poll, cancel, free, endpoint: self.continuation.clone(), slots }),
            calls::add(Entry::Release { release: cancel, frees: false, slots }),
            calls::add(Entry::Release { release: free, frees: true, slots }),
            calls::add(Entry::Complete { complete }),
        ])
    }

    /// Installs this package copy's continuation handler `(key, pollCode)` for its futures.
    #[napi]
    pub fn set_continuation(&self, env: Env, handler: Unknown) -> Result<()> {
        self.continuation.set(realm::add_endpoint(env.raw(), &self.realm, handler.raw())?);
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
        let from_bytes = unsafe { function(self.helper("rustbuffer_from_bytes")?) };
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
}

/// The object every package copy in this realm shares, whatever its library (the runtime keeps
/// the realm's slot area there).
#[napi]
pub fn realm_shared(env: &Env) -> Result<Unknown<'_>> {
    let realm = Realm::of(env.raw())?;
    let value = realm.shared_object(env.raw(), "")?;
    Ok(unsafe { Unknown::from_raw_unchecked(env.raw(), value) })
}
