//! UniFFI's C types, the kinds of values the runtime passes (its `FfiKind`), and their libffi
//! descriptions.

use libffi::middle::Type;
use napi::{Error, Result};

/// `RustBuffer`: `{ capacity: u64, len: u64, data: *mut u8 }`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct RustBuffer {
    pub capacity: u64,
    pub len: u64,
    pub data: *mut u8,
}

// A RustBuffer is plain data: whoever holds it owns the bytes, on any thread.
unsafe impl Send for RustBuffer {}

impl RustBuffer {
    pub const EMPTY: RustBuffer = RustBuffer { capacity: 0, len: 0, data: std::ptr::null_mut() };
}

/// `ForeignBytes`: a view of JavaScript memory for one call.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct ForeignBytes {
    pub len: i32,
    pub data: *const u8,
}

/// `RustCallStatus`: `{ code: i8, error_buf: RustBuffer }`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct RustCallStatus {
    pub code: i8,
    pub error_buf: RustBuffer,
}

impl Default for RustCallStatus {
    fn default() -> Self {
        RustCallStatus { code: 0, error_buf: RustBuffer::EMPTY }
    }
}

/// The runtime's `FfiKind`: the C type of one argument or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F32,
    F64,
    Handle,
    RustBuffer,
    ForeignBytes,
    Void,
}

impl Kind {
    pub fn parse(name: &str) -> Result<Kind> {
        Ok(match name {
            "i8" => Kind::I8,
            "u8" => Kind::U8,
            "i16" => Kind::I16,
            "u16" => Kind::U16,
            "i32" => Kind::I32,
            "u32" => Kind::U32,
            "i64" => Kind::I64,
            "u64" => Kind::U64,
            "f32" => Kind::F32,
            "f64" => Kind::F64,
            "handle" => Kind::Handle,
            "rust_buffer" => Kind::RustBuffer,
            "foreign_bytes" => Kind::ForeignBytes,
            "void" => Kind::Void,
            other => return Err(Error::from_reason(format!("unknown FFI kind {other}"))),
        })
    }

    /// The libffi type of a value of this kind.
    pub fn ffi_type(self) -> Type {
        match self {
            Kind::I8 => Type::i8(),
            Kind::U8 => Type::u8(),
            Kind::I16 => Type::i16(),
            Kind::U16 => Type::u16(),
            Kind::I32 => Type::i32(),
            Kind::U32 => Type::u32(),
            Kind::I64 => Type::i64(),
            Kind::U64 | Kind::Handle => Type::u64(),
            Kind::F32 => Type::f32(),
            Kind::F64 => Type::f64(),
            Kind::RustBuffer => Type::structure([Type::u64(), Type::u64(), Type::pointer()]),
            Kind::ForeignBytes => Type::structure([Type::i32(), Type::pointer()]),
            Kind::Void => Type::void(),
        }
    }

    /// Whether a value of this kind is an integer or a pointer (a general register's class).
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Kind::I8 | Kind::U8 | Kind::I16 | Kind::U16 | Kind::I32 | Kind::U32 | Kind::I64 | Kind::U64 | Kind::Handle
        )
    }

    /// How many 8-byte slots a value of this kind takes in the slot area (see `slots.rs`).
    pub fn slots(self) -> usize {
        match self {
            Kind::RustBuffer => 3,
            Kind::ForeignBytes | Kind::Void => 0,
            _ => 1,
        }
    }

    /// The suffix of the `rust_future_*` functions of a future completing with this kind.
    pub fn future_suffix(self) -> &'static str {
        match self {
            Kind::I8 => "i8",
            Kind::U8 => "u8",
            Kind::I16 => "i16",
            Kind::U16 => "u16",
            Kind::I32 => "i32",
            Kind::U32 => "u32",
            Kind::I64 => "i64",
            Kind::U64 | Kind::Handle => "u64",
            Kind::F32 => "f32",
            Kind::F64 => "f64",
            Kind::RustBuffer => "rust_buffer",
            Kind::ForeignBytes => "foreign_bytes",
            Kind::Void => "void",
        }
    }
}
