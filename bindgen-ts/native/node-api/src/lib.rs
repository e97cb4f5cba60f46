//! The node-api transport's native side: a Node-API addon, loaded once per process and shared by
//! every realm, that opens UniFFI libraries (never unloading them), calls their scaffolding
//! functions through libffi with arguments and results in a shared slot area, moves RustBuffers,
//! and drives futures with a native continuation. The runtime's `transport/node-api.ts` is its
//! JavaScript side.

mod abi;
mod calls;
mod continuation;
mod direct;
mod function;
mod js;
mod library;
mod realm;
mod slots;
mod vtable;

pub use library::Library;
