"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Slots = exports.encoder = exports.DATA_BYTES = exports.LEN = exports.ID = exports.STATUS = exports.SLOT_COUNT = void 0;
exports.copyFromArea = copyFromArea;
/**
 * The slot area the node-api backend shares with its addon, one per realm: 8-byte slots where a
 * call's arguments, the prepared call's id, its result and its status cross (numbers as f64,
 * 64-bit integers and handles as their bits, a RustBuffer as three f64), and whose first bytes
 * carry a RustBuffer's contents. The addon's side: `bindgen-ts/native/node-api/src/slots.rs`.
 */
const ffi_types_1 = require("../../ffi-types");
const native_1 = require("../native");
exports.SLOT_COUNT = 256;
exports.STATUS = exports.SLOT_COUNT - 4;
/** The id of the prepared call to run. */
exports.ID = exports.STATUS - 1;
/** The length of the bytes at the start of the area (a RustBuffer's contents crossing there). */
exports.LEN = exports.ID - 1;
/** Bytes at the start of the area a RustBuffer's contents may take. */
exports.DATA_BYTES = exports.LEN * 8;
exports.encoder = new TextEncoder();
/** Copies `len` bytes from the start of the area's data; a short copy without making a view. */
function copyFromArea(data, into, len) {
    if (len > 64) {
        into.set(data.subarray(0, len));
        return;
    }
    for (let i = 0; i < len; i++)
        into[i] = data[i];
}
class Slots {
    bytes = new Uint8Array(exports.SLOT_COUNT * 8);
    data = Buffer.from(this.bytes.buffer, 0, exports.DATA_BYTES);
    f64 = new Float64Array(this.bytes.buffer);
    i64 = new BigInt64Array(this.bytes.buffer);
    u64 = new BigUint64Array(this.bytes.buffer);
    /** Writes `value` of `kind` at `at`; returns the next free slot. */
    write(kind, value, at) {
        switch (kind) {
            case 'i64':
                this.i64[at] = value;
                return at + 1;
            case 'u64':
            case 'handle':
                this.u64[at] = value;
                return at + 1;
            case 'rust_buffer': {
                const buffer = value;
                this.f64[at] = buffer.capacity;
                this.f64[at + 1] = buffer.len;
                this.f64[at + 2] = buffer.data;
                return at + 3;
            }
            case 'foreign_bytes':
            case 'void':
                return at;
            default:
                this.f64[at] = value;
                return at + 1;
        }
    }
    /** The result of `kind`, from slot 0. */
    result(kind) {
        switch (kind) {
            case 'i64':
                return this.i64[0];
            case 'u64':
            case 'handle':
                return this.u64[0];
            case 'rust_buffer':
                return this.buffer(0);
            case 'void':
                return undefined;
            default:
                return this.f64[0];
        }
    }
    buffer(at) {
        const capacity = this.f64[at];
        const len = this.f64[at + 1];
        const data = this.f64[at + 2];
        return capacity === 0 && len === 0 && data === 0 ? ffi_types_1.EMPTY_RUST_BUFFER : { capacity, len, data };
    }
    setBuffer(buffer) {
        this.setBufferAt(0, buffer);
    }
    setBufferAt(at, buffer) {
        this.f64[at] = buffer.capacity;
        this.f64[at + 1] = buffer.len;
        this.f64[at + 2] = buffer.data;
    }
    read(kinds, at) {
        const values = [];
        for (const kind of kinds) {
            switch (kind) {
                case 'i64':
                    values.push(this.i64[at++]);
                    break;
                case 'u64':
                case 'handle':
                    values.push(this.u64[at++]);
                    break;
                case 'rust_buffer':
                    values.push(this.buffer(at));
                    at += 3;
                    break;
                case 'foreign_bytes':
                case 'void':
                    values.push(undefined);
                    break;
                default:
                    values.push(this.f64[at++]);
            }
        }
        return values;
    }
    status() {
        const code = this.f64[exports.STATUS];
        return code === 0 ? native_1.SUCCESS : { code, errorBuf: this.buffer(exports.STATUS + 1) };
    }
}
exports.Slots = Slots;
