/**
 * Objects (`#[derive(uniffi::Object)]`): a JavaScript instance owns one Rust handle.
 *
 * Lifetime rules:
 * - `destroy()` (also `[Symbol.dispose]`, so `using` works) frees the Rust side at once; it is
 *   idempotent. Any later call on the object throws an {@link ObjectDestroyedError}.
 * - If JavaScript forgets an object, a FinalizationRegistry frees the Rust side after the object
 *   is garbage collected: a safety net, not a schedule.
 * - Every time the object crosses to Rust (as receiver, argument, field...) the handle is cloned
 *   first, because Rust consumes the handle it receives. Handles received from Rust are owned.
 * - An object belongs to the library that made it: the one whose constructor ran, or the one
 *   whose function returned it (with two loaded cdylibs that both contain the object's crate, not
 *   necessarily the library of the object's own package). Its methods, its clone and its free run
 *   there, and it is refused by functions of any other library.
 */
import type { Reader, Writer } from './codec';
import { article, rewritten, typeError } from './converters';
import type { FfiConverter } from './converters';
import type { FfiKind, FfiValue } from './ffi-types';
import { onMainThread, onThreadExit } from './host';
import { liftingSource } from './lifting';
import { loweringTarget, recordClone } from './lowering';
import type { HandleRelease } from './lowering';
import type { NativeHost, NativeLibrary, RustBufferHost } from './transport/native';
import { brandClass } from './brand';

/** Raised when a method is called on an object after `destroy()`. */
export class ObjectDestroyedError extends Error {
  override readonly name = 'ObjectDestroyedError';
}

interface ObjectState {
  handle: bigint | undefined;
  readonly converter: ObjectConverter<ObjectInstance>;
  /** The library that made the handle, where it is cloned, freed and called. */
  readonly owner: NativeLibrary;
}

/**
 * Who owns which handle. A WeakMap rather than a property of the instance, so that nothing that
 * copies an object's own properties (spread, structuredClone-like helpers, Object.assign with
 * symbols) can make two owners of one handle.
 */
const states = new WeakMap<object, ObjectState>();

/**
 * On the prototype of every object class that has had an instance: the class's clone symbol,
 * which names its crate and type. Every copy of the runtime reads the same global symbol, so an
 * object of another copy of the same package is told apart from an object of another type.
 */
const OBJECT_TYPE = Symbol.for('uniffi-bindgen-ts.object-type');

// `Symbol.dispose` exists in Node 20.4+, but not in every context (jest's test environment, for
// one): fall back to the symbol Node itself uses, so that `[Symbol.dispose]` and `using` work.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
}

/**
 * The states of a worker thread's live objects, freed when the worker ends: nothing else would
 * free them (the FinalizationRegistry does not run at exit), and the Rust objects would outlive
 * the worker in the process. On the main thread, undefined: its end is the process's.
 */
const liveStates: Set<ObjectState> | undefined = onMainThread ? undefined : new Set();

/** Frees the handle `state` owns, if it still owns one. */
function release(state: ObjectState): void {
  const handle = state.handle;
  if (handle === undefined) return;
  state.handle = undefined;
  liveStates?.delete(state);
  state.owner.callHandleFunction(state.converter.freeSymbol, handle);
}

// The held value is the state (never the object itself, or it could not be collected).
const finalizer = new FinalizationRegistry<ObjectState>((state) => {
  try {
    release(state);
  } catch {
    // A finalizer must not throw; the process may be shutting down.
  }
});

if (liveStates !== undefined) {
  // Node emits 'exit' in a worker that ends on its own or calls process.exit(), not in one that
  // is terminated. Registered as this module loads, before any library opens, so it runs before
  // the backends free their own memory at exit (listeners run in the order they were added).
  onThreadExit(() => {
    for (const state of [...liveStates]) {
      try {
        release(state);
      } catch {
        // The worker is ending: free the others.
      }
    }
  });
}

function destroyObject(target: object): void {
  const state = states.get(target);
  if (state === undefined || state.handle === undefined) return;
  finalizer.unregister(state);
  release(state);
}

/** Base class of every generated object class. */
export abstract class UniffiObject implements Disposable {
  /** Frees the Rust object now. Idempotent; later calls on this object throw. */
  destroy(): void {
    destroyObject(this);
  }

  /** Same as {@link destroy}: `using counter = new Counter(0);` frees it at the end of the block. */
  [Symbol.dispose](): void {
    destroyObject(this);
  }

  /** Whether {@link destroy} was called (or the object was never attached to a handle). */
  get isDestroyed(): boolean {
    return states.get(this)?.handle === undefined;
  }
}

/**
 * Base class of objects that Rust uses as errors (`Result<T, Arc<MyError>>`): an `Error` that is
 * also an object with methods, with the same lifetime rules as {@link UniffiObject}.
 */
export abstract class UniffiErrorObject extends Error implements Disposable {
  destroy(): void {
    destroyObject(this);
  }

  [Symbol.dispose](): void {
    destroyObject(this);
  }

  get isDestroyed(): boolean {
    return states.get(this)?.handle === undefined;
  }
}

/** Anything an {@link ObjectConverter} can own. */
export type ObjectInstance = UniffiObject | UniffiErrorObject;

/**
 * The converter of one object class: lifts handles into instances and lowers instances into
 * cloned handles.
 */
export class ObjectConverter<T extends ObjectInstance> implements FfiConverter<T> {
  readonly kind: FfiKind = 'handle';
  /** Whether the class's prototype carries {@link OBJECT_TYPE} yet. */
  private classMarked = false;
  /** Frees a handle in its library: one function per library, made once. */
  private readonly releases = new WeakMap<NativeLibrary, HandleRelease>();

  constructor(
    readonly typeName: string,
    private readonly library: NativeHost,
    private readonly classRef: () => ObjectClass<T>,
    private readonly cloneSymbol: string,
    /** @internal */
    readonly freeSymbol: string,
  ) {}

  /**
   * Makes `target` (a freshly constructed instance) the owner of `handle`, made by `library`
   * (by default this class's own: constructors run there).
   */
  attach(target: T, handle: bigint, library: NativeLibrary = this.library.native): T {
    if (!this.classMarked) {
      this.classMarked = true;
      Object.defineProperty(this.classRef().prototype, OBJECT_TYPE, { value: this.cloneSymbol });
    }
    const state: ObjectState = {
      handle,
      converter: this as unknown as ObjectConverter<ObjectInstance>,
      owner: library,
    };
    states.set(target, state);
    if (liveStates !== undefined) {
      liveStates.add(state);
      library.trackObject?.(this.freeSymbol, handle);
    }
    finalizer.register(target, state, state);
    return target;
  }

  /**
   * The state of a live object of this converter's class: its handle and owner. Checked where the
   * handle is taken, and not only in `check`: a record field read again to be written may answer
   * an object of another class, whose handle this class's clone function must never see.
   */
  private liveState(value: T, path: string): ObjectState & { handle: bigint } {
    const state = states.get(value);
    if (state === undefined) {
      throw this.notOurs(value, path);
    }
    if (state.converter !== (this as unknown as ObjectConverter<ObjectInstance>)) {
      throw typeError(path, `${article(this.typeName)} object`, value);
    }
    if (state.handle === undefined) {
      throw new ObjectDestroyedError(`${path}: this ${this.typeName} object was destroyed`);
    }
    return state as ObjectState & { handle: bigint };
  }

  /**
   * The library a method called on `value` runs in: the one that made it. Undefined for anything
   * but a live object of this class (the call's checks then say what is wrong).
   */
  ownerOf(value: unknown): NativeLibrary | undefined {
    const state = typeof value === 'object' && value !== null ? states.get(value) : undefined;
    return state?.converter === (this as unknown as ObjectConverter<ObjectInstance>) ? state.owner : undefined;
  }

  /** Why `value`, which this copy of the runtime never attached, cannot be lowered. */
  private notOurs(value: unknown, path: string): TypeError {
    if (value instanceof this.classRef()) {
      return new TypeError(
        `${path}: this ${this.typeName} object was never attached to a Rust object ` +
          `(${this.typeName} objects come from its constructors or from Rust, not from Object.create or a copy)`,
      );
    }
    const objectType =
      typeof value === 'object' && value !== null ? (value as Record<symbol, unknown>)[OBJECT_TYPE] : undefined;
    if (objectType === this.cloneSymbol) {
      // Same crate and type, another class: the package was loaded twice (two paths, or a module
      // registry reset), and each copy keeps its own objects.
      return new TypeError(
        `${path}: this ${this.typeName} object comes from another copy of the package (the package was loaded more ` +
          'than once, from two paths or through a module registry reset, or generated twice from the same crate); ' +
          'objects cannot move between copies: load the package once',
      );
    }
    return typeError(path, `${article(this.typeName)} object`, value);
  }

  /** Whether `value` is an instance of this converter's class (live or not). */
  isInstance(value: unknown): boolean {
    return value instanceof this.classRef();
  }

  check(value: unknown, path: string): void {
    if (!(value instanceof this.classRef())) throw this.notOurs(value, path);
    this.liveState(value as T, path);
  }

  /**
   * A clone of the handle, which Rust consumes. An object belongs to the library that made it:
   * passing it to a function of another library (the same crate loaded twice) is refused.
   */
  lower(value: T, library?: RustBufferHost): FfiValue {
    return this.lowerFrom(value, this.typeName, library);
  }

  private lowerFrom(value: T, path: string, library: RustBufferHost | undefined): FfiValue {
    const state = this.liveState(value, path);
    const owner = state.owner;
    // Nested in a value (a record field, a Vec...), the library is the one the call goes to.
    library ??= loweringTarget();
    if (library !== undefined && library.path !== owner.path) {
      throw new TypeError(
        `${article(this.typeName)} object belongs to ${owner.path} and cannot be passed to a function of ${library.path}`,
      );
    }
    const clone = owner.callHandleFunction(this.cloneSymbol, state.handle);
    recordClone(this.releaseIn(owner), clone);
    return clone;
  }

  private releaseIn(owner: NativeLibrary): HandleRelease {
    let release = this.releases.get(owner);
    if (release === undefined) {
      release = (handle) => owner.callHandleFunction(this.freeSymbol, handle);
      this.releases.set(owner, release);
    }
    return release;
  }

  /**
   * The library whose handle is being lifted: the one the call returning it went to, seen as
   * this class's own when it is the same file (two packages of one cdylib), else this class's.
   */
  private liftedFrom(): NativeLibrary {
    const source = liftingSource();
    if (source === undefined) return this.library.native;
    const home = this.library.openedNative;
    return home !== undefined && home.path === source.path ? home : source;
  }

  /** An instance owning `value`, a handle made by the library being lifted from (by default, this class's). */
  lift(value: FfiValue): T {
    const owner = this.liftedFrom();
    const cls = this.classRef();
    if (!(cls.prototype instanceof Error)) {
      return this.attach(Object.create(cls.prototype as object) as T, value as bigint, owner);
    }
    // An object used as an error: build it as an Error (so it has a stack), without running the
    // generated class's private constructor.
    const instance = this.attach(Reflect.construct(Error, [], cls) as T, value as bigint, owner);
    const error = instance as unknown as Error;
    error.name = this.typeName;
    // With Rust's Display exported, the generated class has its own toString().
    error.message = Object.prototype.hasOwnProperty.call(cls.prototype, 'toString') ? String(instance) : this.typeName;
    return instance;
  }

  allocationSize(): number {
    return 8;
  }

  write(value: T, writer: Writer): void {
    // Nested values are checked before they are written; what fails here changed in between.
    writer.writeU64(this.lowerFrom(value, rewritten(this.typeName), undefined) as bigint);
  }

  read(reader: Reader): T {
    return this.lift(reader.readU64());
  }
}

/** A generated object class (its constructor may be private). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ObjectClass<T> = Function & { readonly prototype: T };

/** The raw handle a primary constructor returns, before `attach` gives it to `this`. */
export const FfiConverterHandle: FfiConverter<bigint> = {
  typeName: 'handle',
  kind: 'handle',
  check() {},
  allocationSize: () => 8,
  write(value, writer) {
    writer.writeU64(value);
  },
  read: (reader) => reader.readU64(),
  lower: (value) => value,
  lift: (value) => value as bigint,
};

brandClass(ObjectDestroyedError, 'ObjectDestroyedError');
