"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ErrorConverter = void 0;
exports.errorVariant = errorVariant;
exports.errorTupleVariant = errorTupleVariant;
exports.flatErrorVariant = flatErrorVariant;
exports.objectErrorLifter = objectErrorLifter;
/** Lifting typed Rust errors into the generated Error subclasses. */
const codec_1 = require("./codec");
const converters_1 = require("./converters");
const errors_1 = require("./errors");
const UniffiErrorPrototype = errors_1.UniffiError.prototype;
function fieldsOf(value) {
    return value;
}
/** A variant with named fields (or none): `new Variant(fields)`. */
function errorVariant(name, create, fields) {
    const entries = Object.entries(fields);
    return {
        name,
        read(reader) {
            const values = {};
            for (const [field, converter] of entries)
                values[field] = converter.read(reader);
            return create(values);
        },
        check(value, path) {
            for (const [field, converter] of entries)
                converter.check(fieldsOf(value)[field], `${path}.${field}`);
        },
        allocationSize(value) {
            return entries.reduce((size, [field, converter]) => size + converter.allocationSize(fieldsOf(value)[field]), 0);
        },
        write(value, writer) {
            for (const [field, converter] of entries)
                converter.write(fieldsOf(value)[field], writer);
        },
    };
}
/** A variant with unnamed fields: `new Variant([a, b])`, read back as `error.inner`. */
function errorTupleVariant(name, create, items) {
    const inner = (value) => fieldsOf(value).inner;
    return {
        name,
        read: (reader) => create(items.map((converter) => converter.read(reader))),
        check(value, path) {
            items.forEach((converter, i) => converter.check(inner(value)[i], `${path}.inner[${i}]`));
        },
        allocationSize: (value) => items.reduce((size, converter, i) => size + converter.allocationSize(inner(value)[i]), 0),
        write(value, writer) {
            items.forEach((converter, i) => converter.write(inner(value)[i], writer));
        },
    };
}
/** A variant of a flat error (`#[uniffi(flat_error)]`): Rust sends only its `Display` message, and reads only the index. */
function flatErrorVariant(name, create) {
    return {
        name,
        read: (reader) => create(converters_1.FfiConverterString.read(reader)),
        check() { },
        allocationSize: () => 0,
        write() { },
    };
}
/** Whether the error's generated class has a `toString()` of its own: Rust's `Display`. */
function exportsDisplay(error) {
    for (let proto = Object.getPrototypeOf(error); proto !== null && proto !== UniffiErrorPrototype; proto = Object.getPrototypeOf(proto)) {
        if (Object.prototype.hasOwnProperty.call(proto, 'toString'))
            return true;
    }
    return false;
}
/**
 * The lifter of an error that its converter reads: an object used as an error (the buffer holds
 * its handle), or a custom type over an error enum or an object (the custom type's lift, if
 * any, turns what the builtin's converter read into what is thrown).
 */
function objectErrorLifter(converter) {
    return {
        typeName: converter.typeName,
        readAll(bytes) {
            const reader = new codec_1.ByteReader(bytes);
            const error = converter.read(reader);
            reader.finish(converter.typeName);
            return error;
        },
    };
}
/** An error enum: a 1-based variant index, then the variant's payload (flat errors: a message from Rust, nothing to Rust). */
class ErrorConverter extends converters_1.BufferConverter {
    typeName;
    variants = [];
    /** Pass the variants now, or later through {@link define} (generated code does the latter). */
    constructor(typeName, variants) {
        super();
        this.typeName = typeName;
        if (variants !== undefined)
            this.define(variants);
    }
    define(variants) {
        this.variants = variants;
        return this;
    }
    variantOf(value) {
        const index = this.variants.findIndex((v) => v.name === value.tag);
        const variant = this.variants[index];
        if (variant === undefined)
            throw new RangeError(`${this.typeName}: unknown variant ${value.tag}`);
        return [index, variant];
    }
    check(value, path) {
        if (!(value instanceof Error) || !this.variants.some((v) => v.name === value.tag)) {
            throw new TypeError(`${path}: expected ${(0, converters_1.article)(this.typeName)}`);
        }
        this.variantOf(value)[1].check(value, path);
    }
    allocationSize(value) {
        return 4 + this.variantOf(value)[1].allocationSize(value);
    }
    write(value, writer) {
        const [index, variant] = this.variantOf(value);
        writer.writeI32(index + 1);
        variant.write(value, writer);
    }
    read(reader) {
        const index = reader.readI32();
        const variant = this.variants[index - 1];
        if (variant === undefined) {
            throw new RangeError(`${this.typeName}: invalid variant index ${index}`);
        }
        const error = variant.read(reader);
        if (exportsDisplay(error)) {
            // Rust's Display is the natural message; without it, the message lists the fields.
            error.message = String(error);
        }
        return error;
    }
    /** Reads the whole serialized error. */
    readAll(bytes) {
        const reader = new codec_1.ByteReader(bytes);
        const error = this.read(reader);
        reader.finish(this.typeName);
        return error;
    }
}
exports.ErrorConverter = ErrorConverter;
