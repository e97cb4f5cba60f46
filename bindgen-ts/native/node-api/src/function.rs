//! A scaffolding function prepared for calls: its libffi call interface, built once from the
//! argument and result kinds, and the call itself, reading arguments from and writing the result
//! and status to the library's slot area. A call allocates nothing: arguments are converted into
//! a stack buffer libffi reads from.

use std::ffi::c_void;

use libffi::middle::{Cif, CodePtr, Type};
use napi::bindgen_prelude::Uint8Array;
use napi::{Error, Result};

use crate::abi::{ForeignBytes, Kind, RustBuffer, RustCallStatus};
use crate::direct;
use crate::slots::{Slots, ARGUMENT_SLOTS};

/// Arguments of a function called directly, the status pointer included.
const DIRECT_MAX: usize = 6;

/// How a prepared function is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
    /// Integers and pointers only, at most [`DIRECT_MAX`], returning one or nothing: each
    /// argument widened to a register.
    Registers,
    /// Integers, pointers and RustBuffers, at most [`direct::MAX`]: through a function pointer of
    /// the exact C type (`direct.rs`); bit `p` of `mask` marks a RustBuffer.
    Shape { mask: u8, returns_buffer: bool },
    /// Anything else (floats, `ForeignBytes`, more arguments): libffi.
    Libffi,
}

/// Arguments a call converts on the stack; a function with more takes the heap.
const STACK_ARGUMENTS: usize = 16;
/// 8-byte words of argument storage on the stack (a RustBuffer takes 3).
const STACK_WORDS: usize = STACK_ARGUMENTS * 3;

/// A scaffolding function, ready to call.
pub struct PreparedFunction {
    cif: Cif,
    code: CodePtr,
    /// How a call is made: libffi's `ffi_call` classifies every argument on every call (a third
    /// of a cheap call's cost), so the shapes most functions have are called directly.
    route: Route,
    args: Vec<Kind>,
    /// Words of storage the arguments take.
    words: usize,
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
        let words = args.iter().map(|k| if *k == Kind::ForeignBytes { 2 } else { k.slots().max(1) }).sum();
        let mut types: Vec<Type> = args.iter().map(|k| k.ffi_type()).collect();
        if with_status {
            types.push(Type::pointer());
        }
        let cif = Cif::new(types, returns.ffi_type());
        // Integer-class values travel in general registers on the x86-64 (System V and Windows)
        // and AArch64 C ABIs, and a caller's widening is what AArch64 on Apple platforms asks
        // for; floats and structs do not, and take libffi.
        let count = args.len() + usize::from(with_status);
        let widened = cfg!(any(target_arch = "x86_64", target_arch = "aarch64"));
        let route = if widened
            && count <= DIRECT_MAX
            && args.iter().all(|k| k.is_integer())
            && (returns.is_integer() || returns == Kind::Void)
        {
            Route::Registers
        } else if widened
            && count <= direct::MAX
            && args.iter().all(|k| k.is_integer() || *k == Kind::RustBuffer)
            && (returns.is_integer() || returns == Kind::Void || returns == Kind::RustBuffer)
        {
            let mask =
                args.iter().enumerate().filter(|(_, k)| **k == Kind::RustBuffer).fold(0u8, |m, (p, _)| m | 1 << p);
            Route::Shape { mask, returns_buffer: returns == Kind::RustBuffer }
        } else {
            Route::Libffi
        };
        Ok(PreparedFunction {
            cif,
            code: CodePtr::from_ptr(address as *const _),
            route,
            args,
            words,
            returns,
            with_status,
            slots,
        })
    }

    /// Calls the function with the arguments in the slot area (and `bytes`, the views of the
    /// `foreign_bytes` arguments, in order); writes the result from slot 0 and the status.
    pub fn call(&self, bytes: &[Uint8Array]) -> Result<()> {
        match self.route {
            Route::Registers => {
                self.call_directly();
                return Ok(());
            }
            Route::Shape { mask, returns_buffer } => {
                self.call_shape(mask, returns_buffer);
                return Ok(());
            }
            Route::Libffi => {}
        }
        let count = self.args.len() + usize::from(self.with_status);
        if count <= STACK_ARGUMENTS && self.words <= STACK_WORDS {
            let mut storage = [0u64; STACK_WORDS];
            let mut pointers = [std::ptr::null_mut::<c_void>(); STACK_ARGUMENTS + 1];
            self.call_with(&mut storage, &mut pointers, bytes)
        } else {
            let mut storage = vec![0u64; self.words];
            let mut pointers = vec![std::ptr::null_mut::<c_void>(); count];
            self.call_with(&mut storage, &mut pointers, bytes)
        }
    }

    fn call_directly(&self) {
        let slots = self.slots;
        let mut status = RustCallStatus::default();
        let mut registers = [0u64; DIRECT_MAX];
        let mut at = 0;
        for (i, kind) in self.args.iter().enumerate() {
            registers[i] = widen(*kind, slots, at);
            at += 1;
        }
        let mut count = self.args.len();
        if self.with_status {
            registers[count] = &mut status as *mut RustCallStatus as u64;
            count += 1;
        }
        let code = *self.code.as_fun() as *const ();
        let r = registers;
        // SAFETY: the function takes `count` integer-class arguments and returns one or nothing
        // (checked when prepared); each was widened as its type is.
        let raw = unsafe {
            match count {
                0 => std::mem::transmute::<*const (), extern "C" fn() -> u64>(code)(),
                1 => std::mem::transmute::<*const (), extern "C" fn(u64) -> u64>(code)(r[0]),
                2 => std::mem::transmute::<*const (), extern "C" fn(u64, u64) -> u64>(code)(r[0], r[1]),
                3 => std::mem::transmute::<*const (), extern "C" fn(u64, u64, u64) -> u64>(code)(r[0], r[1], r[2]),
                4 => std::mem::transmute::<*const (), extern "C" fn(u64, u64, u64, u64) -> u64>(code)(
                    r[0], r[1], r[2], r[3],
                ),
                5 => std::mem::transmute::<*const (), extern "C" fn(u64, u64, u64, u64, u64) -> u64>(code)(
                    r[0], r[1], r[2], r[3], r[4],
                ),
                _ => std::mem::transmute::<*const (), extern "C" fn(u64, u64, u64, u64, u64, u64) -> u64>(code)(
                    r[0], r[1], r[2], r[3], r[4], r[5],
                ),
            }
        };
        if self.returns != Kind::Void {
            slots.set_scalar_result(self.returns, raw);
        }
        slots.set_status(&status);
    }

    fn call_shape(&self, mask: u8, returns_buffer: bool) {
        let slots = self.slots;
        let mut status = RustCallStatus::default();
        let mut integers = [0u64; direct::MAX];
        let mut buffers = [RustBuffer::EMPTY; direct::MAX];
        let mut at = 0;
        for (p, kind) in self.args.iter().enumerate() {
            if *kind == Kind::RustBuffer {
                buffers[p] = slots.rust_buffer(at);
            } else {
                integers[p] = widen(*kind, slots, at);
            }
            at += kind.slots();
        }
        let mut len = self.args.len();
        if self.with_status {
            integers[len] = &mut status as *mut RustCallStatus as u64;
            len += 1;
        }
        let code = *self.code.as_fun() as *const ();
        // SAFETY: the function has this shape (checked when prepared).
        match unsafe { direct::call(code, len, mask, returns_buffer, &integers, &buffers) } {
            direct::Returned::Buffer(buffer) => slots.set_rust_buffer(0, buffer),
            direct::Returned::Integer(raw) => {
                if self.returns != Kind::Void {
                    slots.set_scalar_result(self.returns, raw)
                }
            }
        }
        slots.set_status(&status);
    }

    fn call_with(&self, storage: &mut [u64], pointers: &mut [*mut c_void], bytes: &[Uint8Array]) -> Result<()> {
        let slots = self.slots;
        let mut status = RustCallStatus::default();
        let mut status_pointer = &mut status as *mut RustCallStatus;
        let mut at = 0;
        let mut word = 0;
        let mut views = bytes.iter();
        for (i, kind) in self.args.iter().enumerate() {
            let place = unsafe { storage.as_mut_ptr().add(word) } as *mut c_void;
            unsafe {
                match kind {
                    Kind::I8 => (place as *mut i8).write(slots.f64(at) as i8),
                    Kind::U8 => (place as *mut u8).write(slots.f64(at) as u8),
                    Kind::I16 => (place as *mut i16).write(slots.f64(at) as i16),
                    Kind::U16 => (place as *mut u16).write(slots.f64(at) as u16),
                    Kind::I32 => (place as *mut i32).write(slots.f64(at) as i32),
                    Kind::U32 => (place as *mut u32).write(slots.f64(at) as u32),
                    Kind::I64 | Kind::U64 | Kind::Handle => (place as *mut u64).write(slots.u64(at)),
                    Kind::F32 => (place as *mut f32).write(slots.f64(at) as f32),
                    Kind::F64 => (place as *mut f64).write(slots.f64(at)),
                    Kind::RustBuffer => (place as *mut RustBuffer).write(slots.rust_buffer(at)),
                    Kind::ForeignBytes => {
                        let view =
                            views.next().ok_or_else(|| Error::from_reason("a foreign_bytes argument is missing"))?;
                        let data = if view.is_empty() { std::ptr::null() } else { view.as_ptr() };
                        (place as *mut ForeignBytes).write(ForeignBytes { len: view.len() as i32, data })
                    }
                    Kind::Void => return Err(Error::from_reason("void is not an argument kind")),
                }
            }
            pointers[i] = place;
            at += kind.slots();
            word += if *kind == Kind::ForeignBytes { 2 } else { kind.slots().max(1) };
        }
        if self.with_status {
            pointers[self.args.len()] = &mut status_pointer as *mut *mut RustCallStatus as *mut c_void;
        }
        unsafe { call_into(&self.cif, self.code, pointers.as_mut_ptr(), self.returns, slots) };
        slots.set_status(&status);
        Ok(())
    }
}

/// The integer argument of `kind` at slot `at`, widened to 64 bits as its type is.
fn widen(kind: Kind, slots: Slots, at: usize) -> u64 {
    match kind {
        Kind::I8 => slots.f64(at) as i8 as i64 as u64,
        Kind::U8 => u64::from(slots.f64(at) as u8),
        Kind::I16 => slots.f64(at) as i16 as i64 as u64,
        Kind::U16 => u64::from(slots.f64(at) as u16),
        Kind::I32 => slots.f64(at) as i32 as i64 as u64,
        Kind::U32 => u64::from(slots.f64(at) as u32),
        _ => slots.u64(at),
    }
}

/// Calls through `cif` with the argument pointers `args` and writes the result of kind
/// `returns` to the slots.
///
/// # Safety
/// `cif` and `code` describe the same C function, and `args` point to values matching its
/// parameters.
pub unsafe fn call_into(cif: &Cif, code: CodePtr, args: *mut *mut c_void, returns: Kind, slots: Slots) {
    // Room for a RustBuffer, and for any scalar widened to a full register by libffi.
    let mut result = [0u64; 3];
    unsafe {
        libffi::raw::ffi_call(cif.as_raw_ptr(), Some(*code.as_safe_fun()), result.as_mut_ptr() as *mut c_void, args)
    };
    match returns {
        Kind::RustBuffer => slots.set_rust_buffer(0, unsafe { (result.as_ptr() as *const RustBuffer).read() }),
        Kind::Void => {}
        scalar => slots.set_scalar_result(scalar, result[0]),
    }
}
