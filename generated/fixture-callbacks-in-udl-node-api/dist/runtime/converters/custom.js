"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CustomConverter = void 0;
const base_1 = require("./base");
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
        return (0, base_1.minEncodedSizeOf)(this.inner);
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
        inner.check(builtin, (0, base_1.rewritten)(this.typeName));
        return inner.lower(builtin, library);
    }
    lift(value, library) {
        return this.liftFn(this.inner.lift(value, library));
    }
}
exports.CustomConverter = CustomConverter;
