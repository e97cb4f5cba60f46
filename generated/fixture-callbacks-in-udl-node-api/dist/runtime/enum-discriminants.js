"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.enumDiscriminants = enumDiscriminants;
exports.withDiscriminants = withDiscriminants;
/**
 * Discriminants of flat enums: Rust's `variant as repr` value of each variant, both ways. A
 * generated flat enum's constant object gets them from `withDiscriminants(...)(object)`:
 * `Priority.discriminant(Priority.High)` (200) and `Priority.fromDiscriminant(200)` ('High'),
 * as non-enumerable members, so that `Object.values(Priority)` still lists the variants.
 * Discriminants are `bigint` when the enum's `repr` is 64 bits wide (or, without a `repr`, when a
 * value is beyond `Number.MAX_SAFE_INTEGER`), `number` otherwise: always exact. They are metadata
 * only: on the wire a variant is its index.
 */
const converters_1 = require("./converters");
function show(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'bigint')
        return `${value}n`;
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'an object';
    return `${typeof value} ${String(value)}`;
}
/** The discriminant functions of the flat enum `typeName`, from each variant's discriminant. */
function enumDiscriminants(typeName, table) {
    const byVariant = new Map(Object.entries(table));
    const byValue = new Map();
    for (const [variant, value] of byVariant)
        byValue.set(value, variant);
    const kind = typeof byVariant.values().next().value;
    return {
        discriminant(variant) {
            const value = byVariant.get(variant);
            if (value === undefined)
                throw new TypeError(`${typeName}.discriminant: expected ${(0, converters_1.article)(typeName)} variant, got ${show(variant)}`);
            return value;
        },
        fromDiscriminant(discriminant) {
            if (typeof discriminant !== kind) {
                throw new TypeError(`${typeName}.fromDiscriminant: expected a ${kind}, got ${show(discriminant)}`);
            }
            return byValue.get(discriminant);
        },
    };
}
/**
 * `withDiscriminants<Priority, number>('Priority', { Low: 1 })(object)`: `object` with
 * `discriminant` and `fromDiscriminant` added as non-enumerable members.
 */
function withDiscriminants(typeName, table) {
    const functions = enumDiscriminants(typeName, table);
    return (object) => Object.defineProperties(object, {
        discriminant: { value: functions.discriminant },
        fromDiscriminant: { value: functions.fromDiscriminant },
    });
}
