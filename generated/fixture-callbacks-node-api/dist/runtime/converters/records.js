"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlatEnumConverter = exports.TaggedEnumConverter = exports.RecordConverter = void 0;
const base_1 = require("./base");
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
class RecordConverter extends base_1.BufferConverter {
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
                size += (0, base_1.minEncodedSizeOf)(converter);
            this.minSize = size;
        }
        return this.minSize;
    }
    check(value, path) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw (0, base_1.typeError)(path, `${(0, base_1.article)(this.typeName)} object`, value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
class TaggedEnumConverter extends base_1.BufferConverter {
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
            throw (0, base_1.typeError)(path, `${(0, base_1.article)(this.typeName)} (an object with a tag)`, input);
        }
        const record = input;
        const tag = record.tag;
        const index = this.indexOf(tag);
        const entry = this.variants[index];
        if (entry === undefined) {
            throw (0, base_1.typeError)(`${path}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
        }
        const payload = entry[1];
        if ('tuple' in payload) {
            const inner = record.inner;
            if (!Array.isArray(inner) || inner.length !== payload.tuple.length) {
                throw (0, base_1.typeError)(`${path}.inner`, `an array of ${payload.tuple.length} values`, inner);
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
            this.check(input, (0, base_1.rewritten)(this.typeName));
        // The tag, the payload and each field read once; the field converters validate what they write.
        const record = input;
        const tag = record.tag;
        const index = this.indexOf(tag);
        const payload = this.variants[index]?.[1];
        if (payload === undefined) {
            throw (0, base_1.typeError)(`${(0, base_1.rewritten)(this.typeName)}.tag`, `one of ${this.variants.map(([t]) => JSON.stringify(t)).join(', ')}`, tag);
        }
        writer.writeI32(index + 1);
        if ('tuple' in payload) {
            const inner = record.inner;
            const items = payload.tuple;
            if (!Array.isArray(inner) || inner.length !== items.length) {
                throw (0, base_1.typeError)(`${(0, base_1.rewritten)(this.typeName)}.inner`, `an array of ${items.length} values`, inner);
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
/** A flat enum as a union of its variant names; crosses as its 1-based variant index. */
class FlatEnumConverter extends base_1.BufferConverter {
    typeName;
    variants;
    constructor(typeName, variants) {
        super();
        this.typeName = typeName;
        this.variants = variants;
    }
    check(value, path) {
        if (typeof value !== 'string' || !this.variants.includes(value)) {
            throw (0, base_1.typeError)(path, `one of ${this.variants.map((v) => JSON.stringify(v)).join(', ')} (${this.typeName})`, value);
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
            this.check(value, (0, base_1.rewritten)(this.typeName));
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
