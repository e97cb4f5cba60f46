"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MapConverter = exports.SetConverter = exports.SequenceConverter = exports.OptionalConverter = void 0;
const base_1 = require("./base");
function checkCount(path, count) {
    // A Proxy's `length` may be anything.
    if (!(count >= 0 && count <= base_1.MAX_I32) || !Number.isInteger(count)) {
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
        throw new RangeError(`${(0, base_1.rewritten)(typeName)}: ${written} items written after a count of ${announced}`);
    }
}
/** `Option<T>` as `T | undefined` (`null` is accepted as None too). */
class OptionalConverter extends base_1.BufferConverter {
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
class SequenceConverter extends base_1.BufferConverter {
    inner;
    typeName;
    constructor(inner) {
        super();
        this.inner = inner;
        this.typeName = `Vec<${inner.typeName}>`;
    }
    check(value, path) {
        if (!Array.isArray(value))
            throw (0, base_1.typeError)(path, 'an array', value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
        const inner = this.inner;
        // By index, the length read once: an array's own Symbol.iterator is not consulted.
        const length = value.length;
        checkCount((0, base_1.rewritten)(this.typeName), length);
        writer.writeI32(length);
        for (let i = 0; i < length; i++)
            inner.write(value[i], writer);
    }
    read(reader) {
        const count = reader.readCount((0, base_1.minEncodedSizeOf)(this.inner), this.typeName);
        const items = [];
        for (let i = 0; i < count; i++)
            items.push(this.inner.read(reader));
        return items;
    }
}
exports.SequenceConverter = SequenceConverter;
/** `HashSet<T>` as `Set<T>`. */
class SetConverter extends base_1.BufferConverter {
    inner;
    typeName;
    constructor(inner) {
        super();
        this.inner = inner;
        this.typeName = `HashSet<${inner.typeName}>`;
    }
    check(value, path) {
        if (!(value instanceof Set))
            throw (0, base_1.typeError)(path, 'a Set', value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
        const count = reader.readCount((0, base_1.minEncodedSizeOf)(this.inner), this.typeName);
        const set = new Set();
        for (let i = 0; i < count; i++)
            set.add(this.inner.read(reader));
        return set;
    }
}
exports.SetConverter = SetConverter;
/** `HashMap<K, V>` as `Map<K, V>`. */
class MapConverter extends base_1.BufferConverter {
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
            throw (0, base_1.typeError)(path, 'a Map', value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
        const count = reader.readCount((0, base_1.minEncodedSizeOf)(this.keys) + (0, base_1.minEncodedSizeOf)(this.values), this.typeName);
        const map = new Map();
        for (let i = 0; i < count; i++) {
            const k = this.keys.read(reader);
            map.set(k, this.values.read(reader));
        }
        return map;
    }
}
exports.MapConverter = MapConverter;
