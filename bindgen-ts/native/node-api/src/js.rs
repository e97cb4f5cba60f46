//! The few raw Node-API calls that delivering a message from Rust needs, on the JavaScript thread
//! of the realm it goes to. Every failure is an `Err` (the caller reports it to Rust as an error
//! status): an environment being torn down fails calls, and nothing here may abort the process.

use std::ffi::c_void;
use std::ptr;

use napi::sys;

use crate::abi::RustBuffer;

pub type Env = sys::napi_env;
pub type Value = sys::napi_value;

/// A failed Node-API call, with what was being done.
#[derive(Debug)]
pub struct Failure(pub &'static str);

pub type Result<T> = std::result::Result<T, Failure>;

fn check(status: sys::napi_status, what: &'static str) -> Result<()> {
    if status == sys::Status::napi_ok {
        Ok(())
    } else {
        Err(Failure(what))
    }
}

/// Runs `f` inside a handle scope of `env`.
pub fn in_scope<T>(env: Env, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let mut scope = ptr::null_mut();
    check(unsafe { sys::napi_open_handle_scope(env, &mut scope) }, "opening a handle scope")?;
    let result = f();
    unsafe { sys::napi_close_handle_scope(env, scope) };
    result
}

pub fn undefined(env: Env) -> Result<Value> {
    let mut out = ptr::null_mut();
    check(unsafe { sys::napi_get_undefined(env, &mut out) }, "getting undefined")?;
    Ok(out)
}

pub fn object(env: Env) -> Result<Value> {
    let mut out = ptr::null_mut();
    check(unsafe { sys::napi_create_object(env, &mut out) }, "creating an object")?;
    Ok(out)
}

pub fn get_number(env: Env, value: Value) -> Result<f64> {
    let mut out = 0.0;
    check(unsafe { sys::napi_get_value_double(env, value, &mut out) }, "reading a number")?;
    Ok(out)
}

/// Reads the runtime's `{ capacity, len, data }`.
pub fn get_rust_buffer(env: Env, value: Value) -> Result<RustBuffer> {
    let field = |name: &std::ffi::CStr| -> Result<f64> {
        let mut out = ptr::null_mut();
        check(unsafe { sys::napi_get_named_property(env, value, name.as_ptr(), &mut out) }, "reading a RustBuffer")?;
        get_number(env, out)
    };
    Ok(RustBuffer {
        capacity: field(c"capacity")? as u64,
        len: field(c"len")? as u64,
        data: field(c"data")? as usize as *mut u8,
    })
}

/// Calls `function` with `args`; an exception it throws is cleared and reported as a failure.
pub fn call(env: Env, function: Value, args: &[Value]) -> Result<Value> {
    let receiver = undefined(env)?;
    let mut out = ptr::null_mut();
    let status = unsafe { sys::napi_call_function(env, receiver, function, args.len(), args.as_ptr(), &mut out) };
    if status == sys::Status::napi_pending_exception {
        let mut exception = ptr::null_mut();
        unsafe { sys::napi_get_and_clear_last_exception(env, &mut exception) };
        return Err(Failure("the JavaScript handler threw"));
    }
    check(status, "calling JavaScript")?;
    Ok(out)
}

/// A strong reference to `value` (a function or an object), usable on its environment's thread.
pub fn reference(env: Env, value: Value) -> Result<usize> {
    let mut out = ptr::null_mut();
    check(unsafe { sys::napi_create_reference(env, value, 1, &mut out) }, "referencing a function")?;
    Ok(out as usize)
}

pub fn dereference(env: Env, reference: usize) -> Result<Value> {
    let mut out = ptr::null_mut();
    check(unsafe { sys::napi_get_reference_value(env, reference as sys::napi_ref, &mut out) }, "reading a reference")?;
    if out.is_null() {
        return Err(Failure("the handler was collected"));
    }
    Ok(out)
}

/// The opaque pointer type of Node-API's hooks.
pub type Data = *mut c_void;

pub fn get_u64(env: Env, value: Value) -> Result<u64> {
    let mut out = 0;
    let mut lossless = false;
    check(unsafe { sys::napi_get_value_bigint_uint64(env, value, &mut out, &mut lossless) }, "reading a bigint")?;
    Ok(out)
}

pub fn get_i64(env: Env, value: Value) -> Result<i64> {
    let mut out = 0;
    let mut lossless = false;
    check(unsafe { sys::napi_get_value_bigint_int64(env, value, &mut out, &mut lossless) }, "reading a bigint")?;
    Ok(out)
}
