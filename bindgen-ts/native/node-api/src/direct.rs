//! Direct calls of scaffolding functions whose arguments are integers, pointers and RustBuffers
//! (at most [`MAX`], the status pointer included), returning an integer, nothing or a RustBuffer:
//! each shape is called through a function pointer of its exact C type, so the compiler passes
//! the RustBuffers as the platform's C ABI says (libffi's `ffi_call` classifies every argument on
//! every call: a third of a string round trip). Integers are widened to 64 bits by the caller, as
//! [`crate::function`] does for the register-only shapes.
//!
//! The match below lists every shape; it was written by a script (`(len, buffer mask, returns
//! buffer)` → a call), not by hand: regenerate it rather than editing arms.

use crate::abi::RustBuffer;

/// Arguments of a direct call, the status pointer included.
pub const MAX: usize = 4;

/// What a direct call returned.
pub enum Returned {
    Integer(u64),
    Buffer(RustBuffer),
}

/// Calls `code` with `len` arguments: position `p` is `buffers[p]` when bit `p` of `mask` is set,
/// `integers[p]` otherwise; the result is a RustBuffer when `returns_buffer`.
///
/// # Safety
/// `code` is a C function of exactly that shape.
pub unsafe fn call(
    code: *const (),
    len: usize,
    mask: u8,
    returns_buffer: bool,
    integers: &[u64; MAX],
    buffers: &[RustBuffer; MAX],
) -> Returned {
    let (i, b) = (integers, buffers);
    unsafe {
        match (len, mask, returns_buffer) {
            (0, 0b0000, false) => Returned::Integer(std::mem::transmute::<*const (), extern "C" fn() -> u64>(code)()),
            (1, 0b0000, false) => {
                Returned::Integer(std::mem::transmute::<*const (), extern "C" fn(u64) -> u64>(code)(i[0]))
            }
            (1, 0b0001, false) => {
                Returned::Integer(std::mem::transmute::<*const (), extern "C" fn(RustBuffer) -> u64>(code)(b[0]))
            }
            (2, 0b0000, false) => {
                Returned::Integer(std::mem::transmute::<*const (), extern "C" fn(u64, u64) -> u64>(code)(i[0], i[1]))
            }
            (2, 0b0001, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64) -> u64,
            >(code)(b[0], i[1])),
            (2, 0b0010, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer) -> u64,
            >(code)(i[0], b[1])),
            (2, 0b0011, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer) -> u64,
            >(code)(b[0], b[1])),
            (3, 0b0000, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64) -> u64,
            >(code)(i[0], i[1], i[2])),
            (3, 0b0001, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64) -> u64,
            >(code)(b[0], i[1], i[2])),
            (3, 0b0010, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64) -> u64,
            >(code)(i[0], b[1], i[2])),
            (3, 0b0011, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64) -> u64,
            >(code)(b[0], b[1], i[2])),
            (3, 0b0100, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer) -> u64,
            >(code)(i[0], i[1], b[2])),
            (3, 0b0101, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer) -> u64,
            >(code)(b[0], i[1], b[2])),
            (3, 0b0110, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer) -> u64,
            >(code)(i[0], b[1], b[2])),
            (3, 0b0111, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer) -> u64,
            >(code)(b[0], b[1], b[2])),
            (4, 0b0000, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64, u64) -> u64,
            >(code)(i[0], i[1], i[2], i[3])),
            (4, 0b0001, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64, u64) -> u64,
            >(code)(b[0], i[1], i[2], i[3])),
            (4, 0b0010, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64, u64) -> u64,
            >(code)(i[0], b[1], i[2], i[3])),
            (4, 0b0011, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64, u64) -> u64,
            >(code)(b[0], b[1], i[2], i[3])),
            (4, 0b0100, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer, u64) -> u64,
            >(code)(i[0], i[1], b[2], i[3])),
            (4, 0b0101, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer, u64) -> u64,
            >(code)(b[0], i[1], b[2], i[3])),
            (4, 0b0110, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer, u64) -> u64,
            >(code)(i[0], b[1], b[2], i[3])),
            (4, 0b0111, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer, u64) -> u64,
            >(code)(b[0], b[1], b[2], i[3])),
            (4, 0b1000, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64, RustBuffer) -> u64,
            >(code)(i[0], i[1], i[2], b[3])),
            (4, 0b1001, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64, RustBuffer) -> u64,
            >(code)(b[0], i[1], i[2], b[3])),
            (4, 0b1010, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64, RustBuffer) -> u64,
            >(code)(i[0], b[1], i[2], b[3])),
            (4, 0b1011, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64, RustBuffer) -> u64,
            >(code)(b[0], b[1], i[2], b[3])),
            (4, 0b1100, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer, RustBuffer) -> u64,
            >(code)(i[0], i[1], b[2], b[3])),
            (4, 0b1101, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer, RustBuffer) -> u64,
            >(code)(b[0], i[1], b[2], b[3])),
            (4, 0b1110, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer, RustBuffer) -> u64,
            >(code)(i[0], b[1], b[2], b[3])),
            (4, 0b1111, false) => Returned::Integer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer, RustBuffer) -> u64,
            >(code)(b[0], b[1], b[2], b[3])),
            (0, 0b0000, true) => {
                Returned::Buffer(std::mem::transmute::<*const (), extern "C" fn() -> RustBuffer>(code)())
            }
            (1, 0b0000, true) => {
                Returned::Buffer(std::mem::transmute::<*const (), extern "C" fn(u64) -> RustBuffer>(code)(i[0]))
            }
            (1, 0b0001, true) => {
                Returned::Buffer(std::mem::transmute::<*const (), extern "C" fn(RustBuffer) -> RustBuffer>(code)(b[0]))
            }
            (2, 0b0000, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64) -> RustBuffer,
            >(code)(i[0], i[1])),
            (2, 0b0001, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64) -> RustBuffer,
            >(code)(b[0], i[1])),
            (2, 0b0010, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer) -> RustBuffer,
            >(code)(i[0], b[1])),
            (2, 0b0011, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(b[0], b[1])),
            (3, 0b0000, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64) -> RustBuffer,
            >(code)(i[0], i[1], i[2])),
            (3, 0b0001, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64) -> RustBuffer,
            >(code)(b[0], i[1], i[2])),
            (3, 0b0010, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64) -> RustBuffer,
            >(code)(i[0], b[1], i[2])),
            (3, 0b0011, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64) -> RustBuffer,
            >(code)(b[0], b[1], i[2])),
            (3, 0b0100, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer) -> RustBuffer,
            >(code)(i[0], i[1], b[2])),
            (3, 0b0101, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer) -> RustBuffer,
            >(code)(b[0], i[1], b[2])),
            (3, 0b0110, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(i[0], b[1], b[2])),
            (3, 0b0111, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(b[0], b[1], b[2])),
            (4, 0b0000, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64, u64) -> RustBuffer,
            >(code)(i[0], i[1], i[2], i[3])),
            (4, 0b0001, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64, u64) -> RustBuffer,
            >(code)(b[0], i[1], i[2], i[3])),
            (4, 0b0010, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64, u64) -> RustBuffer,
            >(code)(i[0], b[1], i[2], i[3])),
            (4, 0b0011, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64, u64) -> RustBuffer,
            >(code)(b[0], b[1], i[2], i[3])),
            (4, 0b0100, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer, u64) -> RustBuffer,
            >(code)(i[0], i[1], b[2], i[3])),
            (4, 0b0101, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer, u64) -> RustBuffer,
            >(code)(b[0], i[1], b[2], i[3])),
            (4, 0b0110, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer, u64) -> RustBuffer,
            >(code)(i[0], b[1], b[2], i[3])),
            (4, 0b0111, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer, u64) -> RustBuffer,
            >(code)(b[0], b[1], b[2], i[3])),
            (4, 0b1000, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, u64, RustBuffer) -> RustBuffer,
            >(code)(i[0], i[1], i[2], b[3])),
            (4, 0b1001, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, u64, RustBuffer) -> RustBuffer,
            >(code)(b[0], i[1], i[2], b[3])),
            (4, 0b1010, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, u64, RustBuffer) -> RustBuffer,
            >(code)(i[0], b[1], i[2], b[3])),
            (4, 0b1011, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, u64, RustBuffer) -> RustBuffer,
            >(code)(b[0], b[1], i[2], b[3])),
            (4, 0b1100, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, u64, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(i[0], i[1], b[2], b[3])),
            (4, 0b1101, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, u64, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(b[0], i[1], b[2], b[3])),
            (4, 0b1110, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(u64, RustBuffer, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(i[0], b[1], b[2], b[3])),
            (4, 0b1111, true) => Returned::Buffer(std::mem::transmute::<
                *const (),
                extern "C" fn(RustBuffer, RustBuffer, RustBuffer, RustBuffer) -> RustBuffer,
            >(code)(b[0], b[1], b[2], b[3])),
            _ => Returned::Integer(0),
        }
    }
}
