"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlatEnumConverter = exports.CustomConverter = exports.TaggedEnumConverter = exports.RecordConverter = exports.MapConverter = exports.SetConverter = exports.SequenceConverter = exports.OptionalConverter = exports.FfiConverterForeignBytes = exports.FfiConverterBytes = exports.FfiConverterString = exports.FfiConverterBool = exports.FfiConverterF64 = exports.FfiConverterF32 = exports.FfiConverterU64 = exports.FfiConverterI64 = exports.FfiConverterU32 = exports.FfiConverterI32 = exports.FfiConverterU16 = exports.FfiConverterI16 = exports.FfiConverterU8 = exports.FfiConverterI8 = exports.BufferConverter = void 0;
exports.minEncodedSizeOf = minEncodedSizeOf;
exports.rewritten = rewritten;
exports.article = article;
exports.typeError = typeError;
exports.lowerIntoRustBuffer = lowerIntoRustBuffer;
exports.liftFromRustBuffer = liftFromRustBuffer;
/**
 * Converters between TypeScript values and UniFFI's representation, one per type.
 *
 * A converter checks a value before anything crosses (TypeError / RangeError naming the
 * parameter), writes and reads it inside a RustBuffer (nested form), and lowers and lifts it as a
 * top-level argument or return value (scalars directly, everything else through a RustBuffer).
 *
 * Values that change while they are lowered: a record field, an array element, a Map entry is
 * read once by `check`, once by `allocationSize` and once by `write`, and a getter or a Proxy may
 * answer differently each time. `write` is therefore the authority: every converter validates
 * each primitive again at the moment it writes it (a cheap type and range test, the full `check`
 * only to word the error), reads each field, element and entry exactly once, and
 * {@link lowerIntoRustBuffer} refuses a buffer whose written size differs from the measured one.
 * So what crosses is always a value that was valid when it was written, whatever `check` saw.
 * Top-level numbers and bigints (`lowersAsIs`) are checked once and passed as they are: a
 * primitive cannot change between its check and the call.
 *
 * Readers distrust the bytes: a count that the rest of the buffer cannot hold is a RangeError at
 * once (see `minEncodedSize` and {@link ByteReader.readCount}).
 */
const codec_1 = require("./codec");
/** {@link FfiConverter.minEncodedSize}, 1 when the converter does not say. */
function minEncodedSizeOf(converter) {
    return converter.minEncodedSize ?? 1;
}
/**
 * The path of a value that failed its validation in `write`, after it had passed `check`: it
 * changed in between (a getter or Proxy), or `write` was called without `check`.
 */
function rewritten(typeName) {
    return `${typeName} value (changed after its check, while being lowered)`;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Map)
        return 'a Map';
    if (typeof value === 'bigint')
        return `${value}n (bigint)`;
    if (typeof value === 'number')
        return `${value} (number)`;
    if (typeof value === 'string')
        return 'a string';
    return typeof value === 'object' ? `an object (${value.constructor?.name ?? 'Object'})` : typeof value;
}
/** `name` after its indefinite article, for messages: `a Counter`, `an ObjectError`. */
function article(name) {
    return `${/^[AEIOaeio]/.test(name) ? 'an' : 'a'} ${name}`;
}
function typeError(path, expected, value) {
    return new TypeError(`${path}: expected ${expected}, got ${describe(value)}`);
}
/** Serializes a nested-form value into a fresh RustBuffer. */
function lowerIntoRustBuffer(converter, value, library) {
    const size = converter.allocationSize(value);
    const lent = (0, codec_1.borrowScratch)(size);
    try {
        const writer = new codec_1.ByteWriter(size, lent);
        converter.write(value, writer);
        writer.finish(converter.typeName);
        return library.rustBufferFromBytes(writer.bytes);
    }
    finally {
        (0, codec_1.returnScratch)(lent);
    }
}
/** Deserializes a RustBuffer that holds exactly one nested-form value, and frees it. */
function liftFromRustBuffer(converter, value, library) {
    const buffer = value;
    const lent = (0, codec_1.borrowScratch)(buffer.len);
    try {
        let reader;
        if (lent === undefined) {
            reader = new codec_1.ByteReader(library.takeBytes(buffer));
        }
        else {
            try {
                library.copyRustBuffer(buffer, lent.bytes);
            }
            finally {
                library.rustBufferFree(buffer);
            }
            reader = new codec_1.ByteReader(lent, buffer.len);
        }
        const result = converter.read(reader);
        reader.finish(converter.typeName);
        return result;
    }
    finally {
        (0, codec_1.returnScratch)(lent);
    }
}
/** Base for every type that crosses the top level inside a RustBuffer. */
class BufferConverter {
    kind = 'rust_buffer';
    lower(value, library) {
        return lowerIntoRustBuffer(this, value, library);
    }
    lift(value, library) {
        return liftFromRustBuffer(this, value, library);
    }
}
exports.BufferConverter = BufferConverter;
// ---- integers and floats ------------------------------------------------------------------
class IntegerConverter {
    typeName;
    min;
    max;
    size;
    writeFn;
    readFn;
    constructor(typeName, min, max, size, writeFn, readFn) {
        this.typeName = typeName;
        this.min = min;
        this.max = max;
        this.size = size;
        this.writeFn = writeFn;
        this.readFn = readFn;
    }
    get kind() {
        return this.typeName;
    }
    check(value, path) {
        if (typeof value !== 'number') {
            throw typeError(path, `an integer (${this.typeName})`, value);
        }
        if (!Number.isInteger(value)) {
            throw new RangeError(`${path}: ${value} is not an integer (${this.typeName})`);
        }
        if (value < this.min || value > this.max) {
            throw new RangeError(`${path}: ${value} is out of range for ${this.typeName} (${this.min}..=${this.max})`);
        }
    }
    get minEncodedSize() {
        return this.size;
    }
    allocationSize() {
        return this.size;
    }
    write(value, writer) {
        // DataView would wrap, truncate or coerce whatever it is given.
        if (typeof value !== 'number' || !(value >= this.min && value <= this.max) || !Number.isInteger(value)) {
            this.check(value, rewritten(this.typeName));
        }
        this.writeFn(writer, value);
    }
    read(reader) {
        return this.readFn(reader);
    }
    lowersAsIs = true;
    lower(value) {
        return value;
    }
    lift(value) {
        return value;
    }
}
exports.FfiConverterI8 = new IntegerConverter('i8', -128, 127, 1, (w, v) => w.writeI8(v), (r) => r.readI8());
exports.FfiConverterU8 = new IntegerConverter('u8', 0, 255, 1, (w, v) => w.writeU8(v), (r) => r.readU8());
exports.FfiConverterI16 = new IntegerConverter('i16', -32768, 32767, 2, (w, v) => w.writeI16(v), (r) => r.readI16());
exports.FfiConverterU16 = new IntegerConverter('u16', 0, 65535, 2, (w, v) => w.writeU16(v), (r) => r.readU16());
exports.FfiConverterI32 = new IntegerConverter('i32', -2147483648, 2147483647, 4, (w, v) => w.writeI32(v), (r) => r.readI32());
exports.FfiConverterU32 = new IntegerConverter('u32', 0, 4294967295, 4, (w, v) => w.writeU32(v), (r) => r.readU32());
class BigIntConverter {
    typeName;
    min;
    max;
    constructor(typeName, min, max) {
        this.typeName = typeName;
        this.min = min;
        this.max = max;
    }
    get kind() {
        return this.typeName;
    }
    check(value, path) {
        if (typeof value !== 'bigint') {
            throw typeError(path, `a bigint (${this.typeName})`, value);
        }
        if (value < this.min || value > this.max) {
            throw new RangeError(`${path}: ${value} is out of range for ${this.typeName} (${this.min}..=${this.max})`);
        }
    }
    minEncodedSize = 8;
    allocationSize() {
        return 8;
    }
    write(value, writer) {
        // setBigUint64 would send 2n ** 70n as 0n.
        if (typeof value !== 'bigint' || value < this.min || value > this.max)
            this.check(value, rewritten(this.typeName));
        if (this.typeName === 'i64')
            writer.writeI64(value);
        else
            writer.writeU64(value);
    }
    read(reader) {
        return this.typeName === 'i64' ? reader.readI64() : reader.readU64();
    }
    lowersAsIs = true;
    lower(value) {
        return value;
    }
    lift(value) {
        return value;
    }
}
exports.FfiConverterI64 = new BigIntConverter('i64', -(2n ** 63n), 2n ** 63n - 1n);
exports.FfiConverterU64 = new BigIntConverter('u64', 0n, 2n ** 64n - 1n);
const F32_MAX = 3.4028234663852886e38;
/** Rounding to f32 is the type's nature; overflowing to infinity would be a silent wrong value. */
function overflowsF32(value) {
    return Number.isFinite(value) && Math.abs(value) > F32_MAX && !Number.isFinite(Math.fround(value));
}
class FloatConverter {
    typeName;
    constructor(typeName) {
        this.typeName = typeName;
    }
    get kind() {
        return this.typeName;
    }
    check(value, path) {
        if (typeof value !== 'number') {
            throw typeError(path, `a number (${this.typeName})`, value);
        }
        if (this.typeName === 'f32' && overflowsF32(value)) {
            throw new RangeError(`${path}: ${value} is out of range for f32 (±${F32_MAX})`);
        }
    }
    get minEncodedSize() {
        return this.typeName === 'f32' ? 4 : 8;
    }
    allocationSize() {
        return this.typeName === 'f32' ? 4 : 8;
    }
    write(value, writer) {
        if (this.typeName === 'f32') {
            if (typeof value !== 'number' || overflowsF32(value))
                this.check(value, rewritten('f32'));
            writer.writeF32(value);
        }
        else {
            if (typeof value !== 'number')
                this.check(value, rewritten('f64'));
            writer.writeF64(value);
        }
    }
    read(reader) {
        return this.typeName === 'f32' ? reader.readF32() : reader.readF64();
    }
    lowersAsIs = true;
    lower(value) {
        return value;
    }
    lift(value) {
        return value;
    }
}
exports.FfiConverterF32 = new FloatConverter('f32');
exports.FfiConverterF64 = new FloatConverter('f64');
exports.FfiConverterBool = {
    typeName: 'bool',
    kind: 'i8',
    check(value, path) {
        if (typeof value !== 'boolean')
            throw typeError(path, 'a boolean', value);
    },
    minEncodedSize: 1,
    allocationSize: () => 1,
    write(value, writer) {
        if (typeof value !== 'boolean')
            exports.FfiConverterBool.check(value, rewritten('bool'));
        writer.writeI8(value ? 1 : 0);
    },
    read(reader) {
        return readBoolByte(reader.readI8());
    },
    lower: (value) => (value ? 1 : 0),
    lift: (value) => readBoolByte(value),
};
function readBoolByte(byte) {
    if (byte !== 0 && byte !== 1) {
        throw new RangeError(`invalid bool byte from Rust: ${byte}`);
    }
    return byte === 1;
}
// ---- strings and bytes --------------------------------------------------------------------
const MAX_I32 = 2147483647;
exports.FfiConverterString = {
    typeName: 'string',
    kind: 'rust_buffer',
    check(value, path) {
        if (typeof value !== 'string')
            throw typeError(path, 'a string', value);
        // UTF-8 cannot carry a lone surrogate; replacing it would silently change the value.
        if (!value.isWellFormed()) {
            throw new TypeError(`${path}: the string contains a lone UTF-16 surrogate and cannot be encoded as UTF-8`);
        }
    },
    minEncodedSize: 4,
    allocationSize: (value) => 4 + (0, codec_1.utf8Length)(value),
    write(value, writer) {
        // TextEncoder would silently turn a lone surrogate into U+FFFD.
        if (typeof value !== 'string' || !value.isWellFormed())
            exports.FfiConverterString.check(value, rewritten('string'));
        writer.writeString(value);
    },
    read(reader) {
        return reader.readUtf8(reader.readI32());
    },
    // At the top level a string is its raw UTF-8, without a length prefix.
    lower: (value, library) => library.rustBufferFromString(value),
    lift: (value, library) => library.takeString(value),
};
/**
 * The length of bytes that passed `instanceof Uint8Array`, as the typed array itself knows it (a
 * subclass getter or an own `length` cannot fake it); a TypeError naming `path` for a look-alike
 * (a Proxy of a Uint8Array, an object with Uint8Array.prototype).
 */
function bytesLength(value, path) {
    let length;
    try {
        length = codec_1.typedArrayLength.call(value);
    }
    catch {
        throw typeError(path, 'a Uint8Array', value);
    }
    if (length > MAX_I32)
        throw new RangeError(`${path}: ${length} bytes exceed the i32 length limit`);
    return length;
}
/**
 * A byte-slice argument as the transports read it (`.length`, then the bytes): the value itself
 * when it is a plain Uint8Array or Buffer, else a plain view of the same bytes, so that a subclass
 * or an own `length` cannot announce more or fewer bytes than it has.
 */
function plainBytes(value) {
    const proto = Object.getPrototypeOf(value);
    if ((proto === Uint8Array.prototype || proto === Buffer.prototype) && !Object.hasOwn(value, 'length'))
        return value;
    return new Uint8Array(codec_1.typedArrayBuffer.call(value), codec_1.typedArrayByteOffset.call(value), codec_1.typedArrayLength.call(value));
}
exports.FfiConverterBytes = {
    typeName: 'bytes',
    kind: 'rust_buffer',
    check(value, path) {
        // Node's Buffer is a Uint8Array and is accepted as such.
        if (!(value instanceof Uint8Array))
            throw typeError(path, 'a Uint8Array', value);
        bytesLength(value, path);
    },
    minEncodedSize: 4,
    allocationSize: (value) => 4 + codec_1.typedArrayLength.call(value),
    write(value, writer) {
        if (!(value instanceof Uint8Array))
            exports.FfiConverterBytes.check(value, rewritten('bytes'));
        writer.writeI32(bytesLength(value, rewritten('bytes')));
        writer.writeBytes(value);
    },
    read(reader) {
        return reader.readBytes(reader.readI32());
    },
    lower: (value, library) => lowerIntoRustBuffer(exports.FfiConverterBytes, value, library),
    lift: (value, library) => liftFromRustBuffer(exports.FfiConverterBytes, value, library),
};
/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
exports.FfiConverterForeignBytes = {
    ...exports.FfiConverterBytes,
    kind: 'foreign_bytes',
    lower: plainBytes,
    lift() {
        throw new TypeError('a byte slice is never returned');
    },
};
// ---- compound types -----------------------------------------------------------------------
function checkCount(path, count) {
    // A Proxy's `length` may be anything.
    if (!(count >= 0 && count <= MAX_I32) || !Number.isInteger(count)) {
        throw new RangeError(`${path}: ${count} items exceed the i32 count limit`);
    }
}
// A Set's or Map's own size and iteration, which a subclass or own properties cannot fake.
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size')?.get;
const setValues = Set.prototype.values;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')?.get;
const mapEntries = Map.prototype.entries;
/** Throws unless as many items were written as the count written before them. */
function checkWrittenCount(typeName, announced, written) {
    if (written !== announced) {
        throw new RangeError(`${rewritten(typeName)}: ${written} items written after a count of ${announced}`);
    }
}
/** `Option<T>` as `T | undefined` (`null` is accepted as None too). */
class OptionalConverter extends BufferConverter {
    inner;
    typeName;
    constructor(inner) {
        super();
        this.inner = inner;
        this.typeName = `Option<${inner.typeName}>`;
    }
    check(value, path) {
        if (value !== undefined && value !== null)
            this.inner.check(value, path);
    }
    minEncodedSize = 1;
    allocationSize(value) {
        return value === undefined || value === null ? 1 : 1 + this.inner.allocationSize(value);
    }
    write(value, writer) {
        if (value === undefined || value === null) {
            writer.writeI8(0);
        }
        else {
            writer.writeI8(1);
            this.inner.write(value, writer);
        }
    }
    read(reader) {
        const tag = reader.readI8();
        if (tag === 0)
            return undefined;
        if (tag === 1)
            return this.inner.read(reader);
        throw new RangeError(`${this.typeName}: invalid option tag ${tag}`);
    }
}
exports.OptionalConverter = OptionalConverter;
/** `Vec<T>` as `T[]`. */
class SequenceConverter extends BufferConverter {
    inner;
    typeName;
    constructor(inner) {
        super();
        this.inner = inner;
        this.typeName = `Vec<${inner.typeName}>`;
    }
    check(value, path) {
        if (!Array.isArray(value))
            throw typeError(path, 'an array', value);
        const length = value.length;
        checkCount(path, length);
        for (let i = 0; i < length; i++)
            this.inner.check(value[i], `${path}[${i}]`);
    }
    minEncodedSize = 4;
    allocationSize(value) {
        const inner = this.inner;
        const length = value.length;
        let size = 4;
        for (let i = 0; i < length; i++)
            size += inner.allocationSize(value[i]);
        return size;
    }
    write(value, writer) {
        if (!Array.isArray(value))
            this.check(value, rewritten(this.typeName));
        const inner = this.inner;
        // By index, the length read once: an array's own Symbol.iterator is not consulted.
        const length = value.length;
        checkCount(rewritten(this.typeName), length);
        writer.writeI32(length);
        for (let i = 0; i < length; i++)
            inner.write(value[i], writer);
    }
    read(reader) {
        const count = reader.readCount(minEncodedSizeOf(this.inner), this.typeName);
        const items = [];
        for (let i = 0; i < count; i++)
            items.push(this.inner.read(reader));
        return items;
    }
}
exports.SequenceConverter = SequenceConverter;
/** `HashSet<T>` as `Set<T>`. */
class SetConverter extends BufferConverter {
    inner;
    typeName;
    constructor(inner) {
        super();
        this.inner = inner;
        this.typeName = `HashSet<${inner.typeName}>`;
    }
    check(value, path) {
        if (!(value instanceof Set))
            throw typeError(path, 'a Set', value);
        checkCount(path, setSize.call(value));
        let i = 0;
        for (const item of setValues.call(value))
            this.inner.check(item, `${path} item ${i++}`);
    }
    minEncodedSize = 4;
    allocationSize(value) {
        let size = 4;
        for (const item of setValues.call(value))
            size += this.inner.allocationSize(item);
        return size;
    }
    write(value, writer) {
        if (!(value instanceof Set))
            this.check(value, rewritten(this.typeName));
        const count = setSize.call(value);
        writer.writeI32(count);
        let written = 0;
        // An item's getter may add to the set while it is written: the count written first decides.
        for (const item of setValues.call(value)) {
            if (written === count)
                break;
            this.inner.write(item, writer);
            written++;
        }
        checkWrittenCount(this.typeName, count, written);
    }
    read(reader) {
        const count = reader.readCount(minEncodedSizeOf(this.inner), this.typeName);
        const set = new Set();
        for (let i = 0; i < count; i++)
            set.add(this.inner.read(reader));
        return set;
    }
}
exports.SetConverter = SetConverter;
/** `HashMap<K, V>` as `Map<K, V>`. */
class MapConverter extends BufferConverter {
    keys;
    values;
    typeName;
    constructor(keys, values) {
        super();
        this.keys = keys;
        this.values = values;
        this.typeName = `HashMap<${keys.typeName}, ${values.typeName}>`;
    }
    check(value, path) {
        if (!(value instanceof Map))
            throw typeError(path, 'a Map', value);
        checkCount(path, mapSize.call(value));
        for (const [k, v] of mapEntries.call(value)) {
            this.keys.check(k, `${path} key`);
            this.values.check(v, `${path}[${typeof k === 'string' ? JSON.stringify(k) : String(k)}]`);
        }
    }
    minEncodedSize = 4;
    allocationSize(value) {
        let size = 4;
        for (const [k, v] of mapEntries.call(value))
            size += this.keys.allocationSize(k) + this.values.allocationSize(v);
        return size;
    }
    write(value, writer) {
        if (!(value instanceof Map))
            this.check(value, rewritten(this.typeName));
        const count = mapSize.call(value);
        writer.writeI32(count);
        let written = 0;
        for (const [k, v] of mapEntries.call(value)) {
            if (written === count)
                break;
            this.keys.write(k, writer);
            this.values.write(v, writer);
            written++;
        }
        checkWrittenCount(this.typeName, count, written);
    }
    read(reader) {
        const count = reader.readCount(minEncodedSizeOf(this.keys) + minEncodedSizeOf(this.values), this.typeName);
        const map = new Map();
        for (let i = 0; i < count; i++) {
            const k = this.keys.read(reader);
            map.set(k, this.values.read(reader));
        }
        return map;
    }
}
exports.MapConverter = MapConverter;
/**
 * The Rust defaults made for the omitted fields of values sent to Rust, by value: each is made
 * once per value, on the first pass that needs it, so the check, size and write passes (and any
 * later sending of the same value) see the same default. An object default
 * (`#[uniffi(default)] object: Arc<Object>`) is built once, as a record built once holds one
 * object in the reference bindings.
 */
class MadeDefaults {
    made = new WeakMap();
    /** `value[name]`, or when it is `undefined`, the default `fallback` made for `value`. */
    field(value, name, fallback) {
        const given = value[name];
        if (given !== undefined || fallback === undefined)
            return given;
        let made = this.made.get(value);
        if (made === undefined) {
            made = Object.create(null);
            this.made.set(value, made);
        }
        if (!(name in made))
            made[name] = fallback();
        return made[name];
    }
}
function fieldEntries(fields, defaults) {
    return Object.entries(fields).map(([name, converter]) => [
        name,
        converter,
        defaults[name],
    ]);
}
/**
 * A record as a plain object; fields are (de)serialized in declaration order. A field with a Rust
 * default may be omitted (or `undefined`) when passing a record to Rust.
 *
 * Generated code creates every named converter first and defines it afterwards, so that
 * converters can refer to each other in any order, recursion included.
 */
class RecordConverter extends BufferConverter {
    typeName;
    entries = [];
    defaults = new MadeDefaults();
    /** Pass the fields now, or later through {@link define} (generated code does the latter). */
    constructor(typeName, fields, defaults) {
        super();
        this.typeName = typeName;
        if (fields !== undefined)
            this.define(fields, defaults);
    }
    define(fields, defaults = {}) {
        this.entries = fieldEntries(fields, defaults);
        this.minSize = undefined;
        return this;
    }
    minSize;
    /** The sum of the fields' (computed on first use, when every converter is defined); 0 without fields. */
    get minEncodedSize() {
        if (this.minSize === undefined) {
            // A record cannot contain itself without an Option, Vec or Box in between, which stop the
            // sum; the 0 guards against a cycle anyway.
            this.minSize = 0;
            let size = 0;
            for (const [, converter] of this.entries)
                size += minEncodedSizeOf(converter);
            this.minSize = size;
        }
        return this.minSize;
    }
    check(value, path) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw typeError(path, `${article(this.typeName)} object`, value);
        }
        for (const [name, converter, fallback] of this.entries) {
            converter.check(this.defaults.field(value, name, fallback), `${path}.${name}`);
        }
    }
    allocationSize(value) {
        let size = 0;
        for (const [name, converter, fallback] of this.entries) {
            size += converter.allocationSize(this.defaults.field(value, name, fallback));
        }
        return size;
    }
    write(value, writer) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            this.check(value, rewritten(this.typeName));
        // Each field read once here; its converter validates what it writes.
        for (const [name, converter, fallback] of this.entries) {
            converter.write(this.defaults.field(value, name, fallback), writer);
        }
    }
    read(reader) {
        const record = {};
        for (const [name, converter] of this.entries)
            record[name] = converter.read(reader);
        return record;
    }
}
exports.RecordConverter = RecordConverter;
/**
 * An enum with fields as a discriminated union on `tag`: `{ tag: 'Circle', radius: 1 }`, or
 * `{ tag: 'Pair', inner: [1, 'a'] }` for a tuple variant. Crosses as its 1-based variant index,
 * then the payload.
 */
class TaggedEnumConverter extends BufferConverter {
    typeName;
    variants = [];
    /** Per variant, its named fields with their converters and defaults (empty for tuple variants). */
    fieldLists = [];
    defaults = new MadeDefaults();
    constructor(typeName) {
        super();
        this.typeName = typeName;
    }
    define(variants) {
        this.variants = variants;
        this.fieldLists = variants.map(([, payload]) => 'fields' in payload
            ? Object.entries(payload.fields).map(([name, converter]) => [name, converter, payload.defaults?.[name]])
            : []);
        return this;
    }
    /** Every variant takes at least its 4-byte index. */
    minEncodedSize = 4;
    /** `value` with the Rust defaults of its omitted fields filled in (the variant constructors use it). */
    complete(value) {
        const entry = this.variants.find(([tag]) => tag === value.tag);
        const payload = entry?.[1];
        if (payload === undefined || !('fields' in payload) || payload.defaults === undefined)
            return value;
        const filled = { ...value };
        for (const [name, fallback] of Object.entries(payload.defaults)) {
            if (filled[name] === undefined)
                filled[name] = fallback();
        }
        return filled;
    }
    indexOf(tag) {
        const variants = this.variants;
        for (let i = 0; i < variants.length; i++)
            if (variants[i][0] === tag)
                return i;
        return -1;
    }
    check(input, path) {
        if (typeof input !== 'object' || input === null || typeof input.tag !== 'string') {
            throw typeError(path, `${article(this.typeName)} (an object with a tag)`, input);
        }
        const record = input;
        const tag = record.tag;
        const index = this.indexOf(tag);
        const entry = this.variants[index];
        if (entry === undefined) {
            throw typeError(`${path}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
        }
        const payload = entry[1];
        if ('tuple' in payload) {
            const inner = record.inner;
            if (!Array.isArray(inner) || inner.length !== payload.tuple.length) {
                throw typeError(`${path}.inner`, `an array of ${payload.tuple.length} values`, inner);
            }
            payload.tuple.forEach((converter, i) => converter.check(inner[i], `${path}.inner[${i}]`));
        }
        else {
            for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
                converter.check(this.defaults.field(record, name, fallback), `${path}.${name}`);
            }
        }
    }
    allocationSize(input) {
        const record = input;
        const index = this.indexOf(record.tag);
        const payload = this.variants[index]?.[1];
        if (payload === undefined)
            return 4; // write refuses it
        let size = 4;
        if ('tuple' in payload) {
            const inner = record.inner;
            if (!Array.isArray(inner))
                return size; // write refuses it
            const items = payload.tuple;
            for (let i = 0; i < items.length; i++)
                size += items[i].allocationSize(inner[i]);
        }
        else {
            for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
                size += converter.allocationSize(this.defaults.field(record, name, fallback));
            }
        }
        return size;
    }
    write(input, writer) {
        if (typeof input !== 'object' || input === null)
            this.check(input, rewritten(this.typeName));
        // The tag, the payload and each field read once; the field converters validate what they write.
        const record = input;
        const tag = record.tag;
        const index = this.indexOf(tag);
        const payload = this.variants[index]?.[1];
        if (payload === undefined) {
            throw typeError(`${rewritten(this.typeName)}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
        }
        writer.writeI32(index + 1);
        if ('tuple' in payload) {
            const inner = record.inner;
            const items = payload.tuple;
            if (!Array.isArray(inner) || inner.length !== items.length) {
                throw typeError(`${rewritten(this.typeName)}.inner`, `an array of ${items.length} values`, inner);
            }
            for (let i = 0; i < items.length; i++)
                items[i].write(inner[i], writer);
        }
        else {
            for (const [name, converter, fallback] of this.fieldLists[index] ?? []) {
                converter.write(this.defaults.field(record, name, fallback), writer);
            }
        }
    }
    read(reader) {
        const index = reader.readI32();
        const entry = this.variants[index - 1];
        if (entry === undefined)
            throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
        const [tag, payload] = entry;
        const result = { tag };
        if ('tuple' in payload) {
            result.inner = payload.tuple.map((converter) => converter.read(reader));
        }
        else {
            for (const [name, converter] of this.fieldLists[index - 1] ?? [])
                result[name] = converter.read(reader);
        }
        return result;
    }
}
exports.TaggedEnumConverter = TaggedEnumConverter;
/**
 * A custom type (`uniffi::custom_type!`): crosses as its builtin type, optionally converted by
 * the `lift` / `lower` configured in uniffi.toml.
 */
class CustomConverter {
    typeName;
    builtin;
    liftFn = (value) => value;
    lowerFn = (value) => value;
    constructor(typeName) {
        this.typeName = typeName;
    }
    define(builtin, conversion) {
        this.builtin = builtin;
        if (conversion !== undefined) {
            this.liftFn = conversion.lift;
            this.lowerFn = conversion.lower;
        }
        return this;
    }
    /** The custom value of a builtin value (how Rust defaults of custom types are written). */
    fromBuiltin(value) {
        return this.liftFn(value);
    }
    get inner() {
        if (this.builtin === undefined)
            throw new Error(`${this.typeName}: converter used before its definition`);
        return this.builtin;
    }
    get kind() {
        return this.inner.kind;
    }
    get minEncodedSize() {
        return minEncodedSizeOf(this.inner);
    }
    check(value, path) {
        let lowered;
        try {
            lowered = this.lowerFn(value);
        }
        catch (error) {
            throw new TypeError(`${path}: not a valid ${this.typeName}: ${error.message}`, { cause: error });
        }
        this.inner.check(lowered, path);
    }
    allocationSize(value) {
        return this.inner.allocationSize(this.lowerFn(value));
    }
    write(value, writer) {
        this.inner.write(this.lowerFn(value), writer);
    }
    read(reader) {
        return this.liftFn(this.inner.read(reader));
    }
    lower(value, library) {
        // The conversion runs again here and may answer differently than for the check: its result
        // is checked again before it crosses (the builtin's `write` validates nested values itself).
        const builtin = this.lowerFn(value);
        const inner = this.inner;
        inner.check(builtin, rewritten(this.typeName));
        return inner.lower(builtin, library);
    }
    lift(value, library) {
        return this.liftFn(this.inner.lift(value, library));
    }
}
exports.CustomConverter = CustomConverter;
/** A flat enum as a union of its variant names; crosses as its 1-based variant index. */
class FlatEnumConverter extends BufferConverter {
    typeName;
    variants;
    constructor(typeName, variants) {
        super();
        this.typeName = typeName;
        this.variants = variants;
    }
    check(value, path) {
        if (typeof value !== 'string' || !this.variants.includes(value)) {
            throw typeError(path, `one of ${this.variants.map((v) => JSON.stringify(v)).join(', ')} (${this.typeName})`, value);
        }
    }
    minEncodedSize = 4;
    allocationSize() {
        return 4;
    }
    write(value, writer) {
        const index = this.variants.indexOf(value);
        // Index 0 would make Rust panic.
        if (index < 0)
            this.check(value, rewritten(this.typeName));
        writer.writeI32(index + 1);
    }
    read(reader) {
        const index = reader.readI32();
        const variant = this.variants[index - 1];
        if (variant === undefined)
            throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
        return variant;
    }
}
exports.FlatEnumConverter = FlatEnumConverter;
