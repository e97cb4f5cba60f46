"use strict";
/**
 * Every generated package ships its own copy of this runtime, so a `Timestamp` made by one package
 * is not an instance of another package's `Timestamp` class by prototype. Runtime classes carry a
 * brand (a global symbol) and answer `instanceof` by it, so that values and errors move freely
 * between packages.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.brandClass = brandClass;
/** Marks `cls` and its instances with `name`'s brand; `instanceof cls` then checks the brand. */
function brandClass(cls, name) {
    const brand = Symbol.for(`uniffi-bindgen-ts.${name}`);
    Object.defineProperty(cls.prototype, brand, { value: true });
    Object.defineProperty(cls, Symbol.hasInstance, {
        value(value) {
            if (this !== cls) {
                // A subclass (a generated error class): ordinary prototype check.
                return Function.prototype[Symbol.hasInstance].call(this, value);
            }
            return typeof value === 'object' && value !== null && value[brand] === true;
        },
    });
}
