//! A scaffolding function prepared for calls: its libffi call interface, built once from the
//! argument and result kinds, and the call itself, reading arguments from and writing the result
//! and status to the library's slot area.

use libffi::middle::{arg, Arg, Cif, CodePtr, Type};
use napi::bindgen_prelude::Uint8Array;
use napi::{Error, Result};
use napi_derive::napi;

use crate::abi::{ForeignBytes, Kind, RustBuffer, RustCallStatus};
use crate::slots::{Slots, ARGUMENT_SLOTS};

/// One argument's value, owned for the length of a call (libffi takes references).
enum Value {
    I8(i8),
    U8(u8),
    I16(i16),
    U16(u16),
    I32(i32),
    U32(u32),
    I64(i64),
    U64(u64),
    F32(f32),
    F64(f64),
    Buffer(RustBuffer),
    Bytes(ForeignBytes),
    Status(*mut RustCallStatus),
}

impl Value {
    fn as_arg(&self) -> Arg {
        match self {
            Value::I8(v) => arg(v),
            Value::U8(v) => arg(v),
            Value::I16(v) => arg(v),
            Value::U16(v) => arg(v),
            Value::I32(v) => arg(v),
            Value::U32(v) => arg(v),
            Value::I64(v) => arg(v),
            Value::U64(v) => arg(v),
            Value::F32(v) => arg(v),
            Value::F64(v) => arg(v),
            Value::Buffer(v) => arg(v),
            Value::Bytes(v) => arg(v),
            Value::Status(v) => arg(v),
        }
    }
}

/// A scaffolding function, ready to call.
#[napi]
pub struct PreparedFunction {
    cif: Cif,
    code: CodePtr,
    args: Vec<Kind>,
    returns: Kind,
    /// Sync scaffolding functions take a `RustCallStatus*` last; async ones do not.
    with_status: bool,
    slots: Slots,
}

impl PreparedFunction {
    pub fn new(address: *const (), args: Vec<Kind>, returns: Kind, with_status: bool, slots: Slots) -> Result<Self> {
        let needed: usize = args.iter().map(|k| k.slots()).sum();
        if needed > ARGUMENT_SLOTS {
            return Err(Error::from_reason(format!(
                "{needed} argument slots are more than the {ARGUMENT_SLOTS} the call area has"
            )));
        }
        let mut types: Vec<Type> = args.iter().map(|k| k.ffi_type()).collect();
        if with_status {
            types.push(Type::pointer());
        }
        let cif = Cif::new(types, returns.ffi_type());
        Ok(PreparedFunction { cif, code: CodePtr::from_ptr(address as *const _), args, returns, with_status, slots })
    }
}

#[napi]
impl PreparedFunction {
    /// Calls the function with the arguments in the slot area (and `bytes`, the views of the
    /// `foreign_bytes` arguments, in order); writes the result from slot 0 and the status.
    #[napi]
    pub fn call_with_bytes(&self, bytes: Vec<Uint8Array>) -> Result<()> {
        self.call(Some(bytes))
    }

    #[napi]
    pub fn call(&self, bytes: Option<Vec<Uint8Array>>) -> Result<()> {
        let slots = self.slots;
        let mut status = RustCallStatus::default();
        let mut values = Vec::with_capacity(self.args.len() + 1);
        let mut at = 0;
        let mut views = bytes.iter().flatten();
        for kind in &self.args {
            values.push(match kind {
                Kind::I8 => Value::I8(slots.f64(at) as i8),
                Kind::U8 => Value::U8(slots.f64(at) as u8),
                Kind::I16 => Value::I16(slots.f64(at) as i16),
                Kind::U16 => Value::U16(slots.f64(at) as u16),
                Kind::I32 => Value::I32(slots.f64(at) as i32),
                Kind::U32 => Value::U32(slots.f64(at) as u32),
                Kind::I64 => Value::I64(slots.u64(at) as i64),
                Kind::U64 | Kind::Handle => Value::U64(slots.u64(at)),
                Kind::F32 => Value::F32(slots.f64(at) as f32),
                Kind::F64 => Value::F64(slots.f64(at)),
                Kind::RustBuffer => Value::Buffer(slots.rust_buffer(at)),
                Kind::ForeignBytes => {
                    let view = views.next().ok_or_else(|| Error::from_reason("a foreign_bytes argument is missing"))?;
                    let data = if view.is_empty() { std::ptr::null() } else { view.as_ptr() };
                    Value::Bytes(ForeignBytes { len: view.len() as i32, data })
                }
                Kind::Void => return Err(Error::from_reason("void is not an argument kind")),
            });
            at += kind.slots();
        }
        if self.with_status {
            values.push(Value::Status(&mut status as *mut RustCallStatus));
        }
        let args: Vec<Arg> = values.iter().map(Value::as_arg).collect();
        unsafe { call_into(&self.cif, self.code, &args, self.returns, slots) };
        drop(args);
        drop(values);
        slots.set_status(&status);
        Ok(())
    }
}

/// Calls through `cif` and writes the result of kind `returns` to the slots.
///
/// # Safety
/// `cif` and `code` describe the same C function, and `args` match its parameters.
pub unsafe fn call_into(cif: &Cif, code: CodePtr, args: &[Arg], returns: Kind, slots: Slots) {
    match returns {
        Kind::RustBuffer => slots.set_rust_buffer(0, cif.call::<RustBuffer>(code, args)),
        // libffi widens integer results to a full register: a u64 has room for every kind.
        Kind::Void => {
            cif.call::<u64>(code, args);
        }
        scalar => slots.set_scalar_result(scalar, cif.call::<u64>(code, args)),
    }
}
