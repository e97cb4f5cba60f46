/**
 * Discriminants of flat enums: Rust's `variant as repr` value of each variant, both ways. A
 * generated flat enum's constant object gets them from `withDiscriminants(...)(object)`:
 * `Priority.discriminant(Priority.High)` (200) and `Priority.fromDiscriminant(200)` ('High'),
 * as non-enumerable members, so that `Object.values(Priority)` still lists the variants.
 * Discriminants are `bigint` when the enum's `repr` is 64 bits wide (or, without a `repr`, when a
 * value is beyond `Number.MAX_SAFE_INTEGER`), `number` otherwise: always exact. They are metadata
 * only: on the wire a variant is its index.
 */
import { article } from './converters';

export interface EnumDiscriminants<V extends string, D extends number | bigint> {
  /** Rust's discriminant of `variant` (`variant as repr`). */
  discriminant(variant: V): D;
  /** The variant whose discriminant is `discriminant`, or `undefined` when there is none. */
  fromDiscriminant(discriminant: D): V | undefined;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** The discriminant functions of the flat enum `typeName`, from each variant's discriminant. */
export function enumDiscriminants<V extends string, D extends number | bigint>(
  typeName: string,
  table: Readonly<Record<V, D>>,
): EnumDiscriminants<V, D> {
  const byVariant = new Map<unknown, D>(Object.entries(table) as Array<[V, D]>);
  const byValue = new Map<unknown, V>();
  for (const [variant, value] of byVariant) byValue.set(value, variant as V);
  const kind = typeof byVariant.values().next().value;
  return {
    discriminant(variant: V): D {
      const value = byVariant.get(variant);
      if (value === undefined)
        throw new TypeError(`${typeName}.discriminant: expected ${article(typeName)} variant, got ${show(variant)}`);
      return value;
    },
    fromDiscriminant(discriminant: D): V | undefined {
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
export function withDiscriminants<V extends string, D extends number | bigint>(
  typeName: string,
  table: Readonly<Record<V, D>>,
): <T extends object>(object: T) => T & EnumDiscriminants<V, D> {
  const functions = enumDiscriminants(typeName, table);
  return <T extends object>(object: T): T & EnumDiscriminants<V, D> =>
    Object.defineProperties(object, {
      discriminant: { value: functions.discriminant },
      fromDiscriminant: { value: functions.fromDiscriminant },
    }) as T & EnumDiscriminants<V, D>;
}
