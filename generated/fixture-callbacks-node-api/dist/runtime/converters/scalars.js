"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FfiConverterBool = exports.FfiConverterF64 = exports.FfiConverterF32 = exports.FfiConverterU64 = exports.FfiConverterI64 = exports.FfiConverterU32 = exports.FfiConverterI32 = exports.FfiConverterU16 = exports.FfiConverterI16 = exports.FfiConverterU8 = exports.FfiConverterI8 = void 0;
const base_1 = require("./base");
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
            throw (0, base_1.typeError)(path, `an integer (${this.typeName})`, value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
            throw (0, base_1.typeError)(path, `a bigint (${this.typeName})`, value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
            throw (0, base_1.typeError)(path, `a number (${this.typeName})`, value);
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
                this.check(value, (0, base_1.rewritten)('f32'));
            writer.writeF32(value);
        }
        else {
            if (typeof value !== 'number')
                this.check(value, (0, base_1.rewritten)('f64'));
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
            throw (0, base_1.typeError)(path, 'a boolean', value);
    },
    minEncodedSize: 1,
    allocationSize: () => 1,
    write(value, writer) {
        if (typeof value !== 'boolean')
            exports.FfiConverterBool.check(value, (0, base_1.rewritten)('bool'));
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
