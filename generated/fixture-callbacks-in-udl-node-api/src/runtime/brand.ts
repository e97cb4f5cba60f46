/**
 * Every generated package ships its own copy of this runtime, so a `Timestamp` made by one package
 * is not an instance of another package's `Timestamp` class by prototype. Runtime classes carry a
 * brand (a global symbol) and answer `instanceof` by it, so that values and errors move freely
 * between packages.
 */

/** Marks `cls` and its instances with `name`'s brand; `instanceof cls` then checks the brand. */
export function brandClass(cls: abstract new (...args: never[]) => object, name: string): void {
  const brand = Symbol.for(`uniffi-bindgen-ts.${name}`);
  Object.defineProperty(cls.prototype, brand, { value: true });
  Object.defineProperty(cls, Symbol.hasInstance, {
    value(this: unknown, value: unknown): boolean {
      if (this !== cls) {
        // A subclass (a generated error class): ordinary prototype check.
        return Function.prototype[Symbol.hasInstance].call(this, value);
      }
      return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
    },
  });
}
