//! Realms and endpoints: where a call from Rust is delivered.
//!
//! A realm is one JavaScript thread: the main thread, or a worker. (Node gives each load of an
//! addon its own Node-API environment, so a thread where several packages, or several copies of
//! one, loaded the addon has several; they live and die with the thread.) It owns one threadsafe
//! function, created without a JavaScript function (the addon calls the right one itself), weak
//! (it never keeps the process alive), through which any Rust thread queues messages to the
//! realm's JavaScript thread. An endpoint is one JavaScript function in a realm that messages are
//! addressed to: a package copy's continuation handler, or the callback dispatcher a realm's
//! copies of a package share. Endpoint ids are process-wide and never reused, so a handle or a
//! continuation datum that names one always reaches its own realm, or none.
//!
//! When a realm's environment is torn down (the worker ends, is terminated, or the process
//! exits), its cleanup hook marks it ended before Node-API closes its threadsafe function: from
//! then on nothing touches that function, and every message for the realm is undelivered, which
//! its sender turns into an error status for Rust (see [`Message`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::ThreadId;

use napi::sys;

use crate::js;

/// What happens to a message that never reaches JavaScript; run when it is dropped undelivered.
pub type Undelivered = Box<dyn FnOnce() + Send>;

/// A message for an endpoint; `deliver` turns it into the endpoint function's arguments and
/// handles its result, on the realm's thread.
pub struct Message {
    pub endpoint: u32,
    pub deliver: Box<dyn FnOnce(js::Env, js::Value) -> js::Result<()> + Send>,
    /// Run if the message is dropped without being delivered.
    pub undelivered: Option<Undelivered>,
}

impl Drop for Message {
    fn drop(&mut self) {
        if let Some(undelivered) = self.undelivered.take() {
            undelivered();
        }
    }
}

/// One JavaScript thread and its Node-API environments.
pub struct Realm {
    /// The environment of the realm's threadsafe function (the first one seen).
    env: usize,
    /// Every environment seen on the thread; the first to be torn down ends the realm.
    envs: Mutex<Vec<usize>>,
    thread: ThreadId,
    /// The realm's threadsafe function, or None once its environment's cleanup hook ran.
    queue: Mutex<Option<usize>>,
    /// Run when the realm ends (pending foreign futures fail, and so on).
    on_end: Mutex<Vec<Box<dyn FnOnce() + Send>>>,
    /// The keys of [`Realm::once_on_end`].
    once: Mutex<std::collections::HashSet<&'static str>>,
    /// References to the JavaScript objects the package copies in this realm share, by key,
    /// with the environment each was made in.
    shared: Mutex<HashMap<String, (usize, usize)>>,
}

// The raw environment is only used on its own thread (checked in `deliver_here`).
unsafe impl Send for Realm {}
unsafe impl Sync for Realm {}

thread_local! {
    static CURRENT: RefCell<Option<Arc<Realm>>> = const { RefCell::new(None) };
}

impl Realm {
    /// The realm of this thread, where `env` is an environment; made on first use.
    pub fn of(env: js::Env) -> napi::Result<Arc<Realm>> {
        if let Some(realm) = CURRENT.with(|current| current.borrow().clone()) {
            if realm.is_alive() {
                if !lock(&realm.envs).contains(&(env as usize)) {
                    watch(env, &realm)?;
                    lock(&realm.envs).push(env as usize);
                }
                return Ok(realm);
            }
        }
        let realm = Arc::new(Realm {
            env: env as usize,
            envs: Mutex::new(vec![env as usize]),
            thread: std::thread::current().id(),
            queue: Mutex::new(None),
            on_end: Mutex::new(Vec::new()),
            shared: Mutex::new(HashMap::new()),
            once: Mutex::new(Default::default()),
        });
        let queue = create_queue(env)?;
        *lock(&realm.queue) = Some(queue as usize);
        // Registered after the threadsafe function, so it runs before Node-API closes that
        // function (cleanup hooks run in reverse order).
        watch(env, &realm)?;
        CURRENT.with(|current| *current.borrow_mut() = Some(realm.clone()));
        Ok(realm)
    }

    pub fn is_alive(&self) -> bool {
        lock(&self.queue).is_some()
    }

    /// Whether the caller runs on this realm's JavaScript thread while the realm lives.
    pub fn is_here(&self) -> bool {
        std::thread::current().id() == self.thread && self.is_alive()
    }

    /// Runs `f` when the realm ends, unless something was registered under `key` already.
    pub fn once_on_end(&self, key: &'static str, f: Box<dyn FnOnce() + Send>) {
        if lock(&self.once).insert(key) {
            self.on_end(f);
        }
    }

    /// Runs `f` when the realm ends (at once if it has).
    pub fn on_end(&self, f: Box<dyn FnOnce() + Send>) {
        let queue = lock(&self.queue);
        if queue.is_none() {
            drop(queue);
            f();
        } else {
            lock(&self.on_end).push(f);
        }
    }

    /// The object shared under `key` by every package copy in this realm (made on first use);
    /// called on the realm's thread.
    pub fn shared_object(&self, env: js::Env, key: &str) -> napi::Result<js::Value> {
        let fail = |e: js::Failure| napi::Error::from_reason(e.0);
        let mut shared = lock(&self.shared);
        if let Some((reference, made_in)) = shared.get(key) {
            return js::dereference(*made_in as js::Env, *reference).map_err(fail);
        }
        let object = js::object(env).map_err(fail)?;
        shared.insert(key.to_string(), (js::reference(env, object).map_err(fail)?, env as usize));
        Ok(object)
    }

    /// Delivers `message` now, on this thread, which must be the realm's.
    pub fn deliver_here(&self, message: Message) {
        debug_assert!(self.is_here());
        deliver(self.env as js::Env, message);
    }

    /// Queues `message` for the realm's thread; dropped (undelivered) if the realm has ended.
    pub fn post(&self, message: Message) {
        let queue = lock(&self.queue);
        let Some(function) = *queue else { return };
        let data = Box::into_raw(Box::new(message));
        let status = unsafe {
            sys::napi_call_threadsafe_function(
                function as sys::napi_threadsafe_function,
                data as js::Data,
                sys::ThreadsafeFunctionCallMode::nonblocking,
            )
        };
        drop(queue);
        if status != sys::Status::napi_ok {
            drop(unsafe { Box::from_raw(data) });
        }
    }

    /// Delivers here when the caller is on the realm's thread, queues otherwise.
    pub fn send(&self, message: Message) {
        if self.is_here() {
            self.deliver_here(message)
        } else {
            self.post(message)
        }
    }
}

/// Ends `realm` when `env` is torn down. Node keeps one cleanup queue per thread for every
/// Node-API environment on it and refuses the same hook and datum twice, so each environment's
/// hook gets a datum of its own. A hook registered after an environment was made runs before
/// that environment is torn down (hooks run in reverse order): the realm ends before any of its
/// references dies.
fn watch(env: js::Env, realm: &Arc<Realm>) -> napi::Result<()> {
    let hook_data = Box::into_raw(Box::new(realm.clone())) as js::Data;
    let status = unsafe { sys::napi_add_env_cleanup_hook(env, Some(realm_ended), hook_data) };
    if status != sys::Status::napi_ok {
        drop(unsafe { Box::from_raw(hook_data as *mut Arc<Realm>) });
        return Err(napi::Error::from_reason("cannot watch the environment's end"));
    }
    Ok(())
}

fn create_queue(env: js::Env) -> napi::Result<sys::napi_threadsafe_function> {
    let name = c"uniffi-bindgen-ts";
    let mut resource_name = std::ptr::null_mut();
    let mut function = std::ptr::null_mut();
    let status =
        unsafe { sys::napi_create_string_utf8(env, name.as_ptr(), name.count_bytes() as isize, &mut resource_name) };
    if status != sys::Status::napi_ok {
        return Err(napi::Error::from_reason("cannot name the realm's queue"));
    }
    let status = unsafe {
        sys::napi_create_threadsafe_function(
            env,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            resource_name,
            0,
            1,
            std::ptr::null_mut(),
            None,
            std::ptr::null_mut(),
            Some(deliver_queued),
            &mut function,
        )
    };
    if status != sys::Status::napi_ok {
        return Err(napi::Error::from_reason("cannot create the realm's queue"));
    }
    // Weak: a realm with nothing else to do may end; messages for it are then undelivered.
    unsafe { sys::napi_unref_threadsafe_function(env, function) };
    Ok(function)
}

/// The threadsafe function's `call_js_cb`: `env` is null when the function is being torn down,
/// and the message is then dropped undelivered.
unsafe extern "C" fn deliver_queued(env: js::Env, _function: js::Value, _context: js::Data, data: js::Data) {
    let message = unsafe { Box::from_raw(data as *mut Message) };
    if env.is_null() {
        return;
    }
    deliver(env, *message);
}

fn deliver(_queue_env: js::Env, mut message: Message) {
    // The endpoint's own environment: the one its function was referenced in.
    let Some((reference, env)) = endpoint_function(message.endpoint) else { return };
    let env = env as js::Env;
    let deliver = std::mem::replace(&mut message.deliver, Box::new(|_, _| Ok(())));
    let delivered = js::in_scope(env, || {
        let function = js::dereference(env, reference)?;
        deliver(env, function)
    });
    if delivered.is_ok() {
        message.undelivered = None;
    }
}

unsafe extern "C" fn realm_ended(data: js::Data) {
    let realm = *unsafe { Box::from_raw(data as *mut Arc<Realm>) };
    // Every environment of the realm has a hook: the first ends it, the others find it ended.
    if lock(&realm.queue).take().is_none() {
        return;
    }
    let on_end = std::mem::take(&mut *lock(&realm.on_end));
    for f in on_end {
        f();
    }
    let _ = CURRENT.try_with(|current| {
        if current.borrow().as_ref().is_some_and(|c| Arc::ptr_eq(c, &realm)) {
            current.borrow_mut().take();
        }
    });
}

// ---- endpoints ----------------------------------------------------------------------------------

struct Endpoint {
    realm: Arc<Realm>,
    /// A reference to the endpoint's function, valid on the realm's thread, and its environment.
    function: usize,
    env: usize,
}

fn endpoints() -> &'static Mutex<Vec<Option<Endpoint>>> {
    static ENDPOINTS: OnceLock<Mutex<Vec<Option<Endpoint>>>> = OnceLock::new();
    // Endpoint 0 never exists: a handle or datum of 0 names no realm.
    ENDPOINTS.get_or_init(|| Mutex::new(vec![None]))
}

/// Makes `function` (of `realm`'s environment `env`) an endpoint; returns its id.
pub fn add_endpoint(env: js::Env, realm: &Arc<Realm>, function: js::Value) -> napi::Result<u32> {
    let function = js::reference(env, function).map_err(|e| napi::Error::from_reason(e.0))?;
    let mut table = lock(endpoints());
    table.push(Some(Endpoint { realm: realm.clone(), function, env: env as usize }));
    let id = (table.len() - 1) as u32;
    drop(table);
    // The reference dies with the environment; forget it when the realm ends.
    realm.on_end(Box::new(move || {
        if let Some(slot) = lock(endpoints()).get_mut(id as usize) {
            *slot = None;
        }
    }));
    Ok(id)
}

/// The realm of an endpoint, if it lives.
pub fn endpoint_realm(id: u32) -> Option<Arc<Realm>> {
    lock(endpoints()).get(id as usize)?.as_ref().map(|e| e.realm.clone())
}

fn endpoint_function(id: u32) -> Option<(usize, usize)> {
    lock(endpoints()).get(id as usize)?.as_ref().map(|e| (e.function, e.env))
}

/// Sends `message` to its endpoint's realm (here when the caller is on its thread and `here` is
/// allowed, queued otherwise); dropped undelivered if the endpoint or its realm is gone.
pub fn send(message: Message, here: bool) {
    match endpoint_realm(message.endpoint) {
        Some(realm) if here => realm.send(message),
        Some(realm) => realm.post(message),
        None => drop(message),
    }
}

/// Locks `mutex`, whatever a panicking holder left (the state stays consistent: every critical
/// section here is a single read or write).
pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
