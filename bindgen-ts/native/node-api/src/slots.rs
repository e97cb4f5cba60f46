//! The slot area: 8-byte slots in a JavaScript ArrayBuffer that the runtime and the addon share,
//! one per realm. Arguments go in and results come out there, so a call crosses no JavaScript
//! value but the foreign byte views: the runtime writes each argument at its slot (numbers as
//! f64, 64-bit integers and handles as their bits, a RustBuffer as three f64), the addon reads
//! them, calls, and writes the result from slot 0 and the call status at [`STATUS`].

use crate::abi::{Kind, RustBuffer, RustCallStatus};

/// Slots in the area (2 KiB).
pub const SLOT_COUNT: usize = 256;
/// The call status: its code (f64), then its error buffer (three f64).
pub const STATUS: usize = SLOT_COUNT - 4;
/// The id of the prepared call to run (see `calls.rs`).
pub const ID: usize = STATUS - 1;
/// The length of the bytes at the start of the area (a RustBuffer's contents crossing there).
pub const LEN: usize = ID - 1;
/// Slots arguments may use.
pub const ARGUMENT_SLOTS: usize = LEN;
/// Bytes at the start of the area a RustBuffer's contents may take.
pub const DATA_BYTES: usize = LEN * 8;

/// The slot area of a realm, given by the runtime (`setSlotArea`).
#[derive(Clone, Copy)]
pub struct Slots(pub *mut u64);

// The area is only touched on the JS thread of its realm, during a call.
unsafe impl Send for Slots {}

impl Slots {
    fn get(self, at: usize) -> u64 {
        debug_assert!(at < SLOT_COUNT);
        unsafe { self.0.add(at).read() }
    }

    fn set(self, at: usize, bits: u64) {
        debug_assert!(at < SLOT_COUNT);
        unsafe { self.0.add(at).write(bits) }
    }

    pub fn f64(self, at: usize) -> f64 {
        f64::from_bits(self.get(at))
    }

    pub fn u64(self, at: usize) -> u64 {
        self.get(at)
    }

    pub fn set_f64(self, at: usize, value: f64) {
        self.set(at, value.to_bits())
    }

    pub fn set_u64(self, at: usize, value: u64) {
        self.set(at, value)
    }

    pub fn rust_buffer(self, at: usize) -> RustBuffer {
        RustBuffer {
            capacity: self.f64(at) as u64,
            len: self.f64(at + 1) as u64,
            data: self.f64(at + 2) as usize as *mut u8,
        }
    }

    pub fn set_rust_buffer(self, at: usize, buffer: RustBuffer) {
        self.set_f64(at, buffer.capacity as f64);
        self.set_f64(at + 1, buffer.len as f64);
        self.set_f64(at + 2, buffer.data as usize as f64);
    }

    /// The bytes at the start of the area.
    pub fn data(self) -> *mut u8 {
        self.0 as *mut u8
    }

    pub fn set_status(self, status: &RustCallStatus) {
        self.set_f64(STATUS, f64::from(status.code));
        self.set_rust_buffer(STATUS + 1, status.error_buf);
    }

    /// Writes a result of `kind` whose raw bits (as libffi returned them, widened) are `raw`.
    pub fn set_scalar_result(self, kind: Kind, raw: u64) {
        let value = match kind {
            Kind::I8 => f64::from(raw as i8),
            Kind::U8 => f64::from(raw as u8),
            Kind::I16 => f64::from(raw as i16),
            Kind::U16 => f64::from(raw as u16),
            Kind::I32 => f64::from(raw as i32),
            Kind::U32 => f64::from(raw as u32),
            Kind::F32 => f64::from(f32::from_bits(raw as u32)),
            Kind::F64 => f64::from_bits(raw),
            Kind::I64 | Kind::U64 | Kind::Handle => return self.set_u64(0, raw),
            Kind::RustBuffer | Kind::ForeignBytes | Kind::Void => return,
        };
        self.set_f64(0, value);
    }
}
