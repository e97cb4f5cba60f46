export interface EnumDiscriminants<V extends string, D extends number | bigint> {
    /** Rust's discriminant of `variant` (`variant as repr`). */
    discriminant(variant: V): D;
    /** The variant whose discriminant is `discriminant`, or `undefined` when there is none. */
    fromDiscriminant(discriminant: D): V | undefined;
}
/** The discriminant functions of the flat enum `typeName`, from each variant's discriminant. */
export declare function enumDiscriminants<V extends string, D extends number | bigint>(typeName: string, table: Readonly<Record<V, D>>): EnumDiscriminants<V, D>;
/**
 * `withDiscriminants<Priority, number>('Priority', { Low: 1 })(object)`: `object` with
 * `discriminant` and `fromDiscriminant` added as non-enumerable members.
 */
export declare function withDiscriminants<V extends string, D extends number | bigint>(typeName: string, table: Readonly<Record<V, D>>): <T extends object>(object: T) => T & EnumDiscriminants<V, D>;
