/**
 * Rust calling TypeScript: callback interfaces and foreign implementations of traits.
 *
 * A TypeScript object passed to Rust is stored in a {@link ForeignHandles} map under an odd
 * handle (UniFFI's rule: Rust-made handles are even), and Rust calls it through a vtable
 * registered once per interface when the library opens: `uniffi_free` and `uniffi_clone` manage
 * the handle, one slot per method calls it. Each slot lifts its arguments, calls the method, and
 * reports back through the transport: a result and a RustCallStatus for sync methods, the
 * ForeignFutureComplete callback for async ones (exactly once), with an `AbortSignal` that fires
 * when Rust drops the future.
 *
 * Errors: an exception the method declares (an instance of its error type) reaches Rust as that
 * error; anything else (another exception, a result of the wrong type) as an unexpected error
 * carrying its message. Nothing a method does can abort the process.
 */
import type { Reader, Writer } from './codec';
import { rewritten, typeError } from './converters';
import { loweringTarget, recordClone } from './lowering';
import { beginLifting, endLifting } from './lifting';
import type { FfiConverter } from './converters';
import { messageOf } from './errors';
import { EMPTY_RUST_BUFFER } from './ffi-types';
import type { ForeignHandles } from './handle-map';
import type { FfiKind, FfiValue, RustBuffer } from './ffi-types';
import { CALL_CANCELLED, CALL_ERROR, CALL_SUCCESS, CALL_UNEXPECTED_ERROR } from './rust-call';
import type { Parameter } from './rust-call';
import type {
  AsyncCallbackOutput,
  NativeHost,
  NativeLibrary,
  RustBufferHost,
  SyncCallbackOutput,
  Vtable,
  VtableMethod,
} from './transport/native';

/** One method of a callback interface, as the generated code describes it. */
export interface CallbackMethod {
  /** The TypeScript method name. */
  readonly name: string;
  /** The Rust name, for messages. */
  readonly rustName: string;
  /** Converters that lift the arguments Rust passes. */
  readonly params: readonly Parameter[];
  /** The converter that lowers the result (none for `()`). */
  readonly returns?: FfiConverter<unknown>;
  /** The declared error type's converter, which lowers a thrown error of that type. */
  readonly errors?: FfiConverter<unknown>;
  readonly isAsync: boolean;
}

/** What a vtable needs from the library: registering it, and the native calls its slots make. */
export interface VtableHost extends NativeHost {
  /** Registers the vtable with `initSymbol` when the library opens (at once if it is open). */
  addVtable(initSymbol: string, vtable: (native: NativeLibrary) => Vtable): void;
}

/** Options the runtime passes to every async foreign method, as its last argument. */
export interface ForeignCallOptions {
  /** Aborted when Rust drops the future awaiting this call (it was cancelled or timed out). */
  readonly signal: AbortSignal;
}

/** The default of an FFI kind, for the result field of a failed async call. */
function zeroOf(kind: FfiKind): FfiValue {
  switch (kind) {
    case 'i64':
    case 'u64':
    case 'handle':
      return 0n;
    case 'rust_buffer':
      return EMPTY_RUST_BUFFER;
    case 'void':
      return undefined;
    default:
      return 0;
  }
}

/**
 * The vtable of an interface whose objects live in `handles`: free and clone manage the map,
 * each method slot calls the object's method.
 */
function makeVtable<T extends object>(
  typeName: string,
  native: () => NativeLibrary,
  handles: ForeignHandles<T>,
  methods: readonly CallbackMethod[],
): Vtable {
  const call = (
    method: CallbackMethod,
    handle: bigint,
    raw: readonly FfiValue[],
    extra?: ForeignCallOptions,
  ): unknown => {
    const library = native();
    const target = handles.get(handle) as Record<string, unknown>;
    // Objects among the arguments belong to the library that calls.
    const outer = beginLifting(library);
    let args: unknown[];
    try {
      args = method.params.map(([, converter], i) => converter.lift(raw[i], library));
    } finally {
      endLifting(outer);
    }
    const fn = target[method.name];
    if (typeof fn !== 'function') throw new TypeError(`${typeName}.${method.name} is not a function`);
    return extra === undefined ? fn.apply(target, args) : fn.apply(target, [...args, extra]);
  };
  const lowerResult = (method: CallbackMethod, value: unknown): FfiValue => {
    if (method.returns === undefined) return undefined;
    method.returns.check(value, `the result of ${typeName}.${method.name}`);
    return method.returns.lower(value, native());
  };
  /** An exception as a status: the declared error, or an unexpected one with its message. */
  /** Never throws: at worst, an unexpected error without a message. */
  const failure = (method: CallbackMethod, error: unknown): readonly [number, RustBuffer] => {
    try {
      const library = native();
      if (method.errors !== undefined) {
        try {
          method.errors.check(error, typeName);
          return [CALL_ERROR, method.errors.lower(error, library) as RustBuffer];
        } catch {
          // Not the declared error type: unexpected.
        }
      }
      return [CALL_UNEXPECTED_ERROR, library.rustBufferFromString(messageOf(error))];
    } catch {
      return [CALL_UNEXPECTED_ERROR, EMPTY_RUST_BUFFER];
    }
  };

  const slots: VtableMethod[] = methods.map((method): VtableMethod => {
    const args = method.params.map(([, converter]) => converter.kind);
    const returns = method.returns?.kind ?? 'void';
    if (!method.isAsync) {
      return {
        kind: 'sync',
        args,
        returns,
        call(handle: bigint, raw: readonly FfiValue[], out: SyncCallbackOutput): void {
          try {
            out.returnValue(lowerResult(method, call(method, handle, raw)));
          } catch (error) {
            const [code, buffer] = failure(method, error);
            out.status(code, buffer);
          }
        },
      };
    }
    return {
      kind: 'async',
      args,
      returns,
      call(handle: bigint, raw: readonly FfiValue[], out: AsyncCallbackOutput): void {
        const controller = new AbortController();
        let settled = false;
        // Exactly once: whichever of success, failure and Rust dropping the future comes first; a
        // failing report is itself reported as a failure, and nothing after that.
        const complete = (value: FfiValue, code: number, buffer: RustBuffer): void => {
          if (settled) return;
          settled = true;
          out.complete(value, code, buffer);
        };
        out.onDropped(() => {
          // Completed as cancelled at once, which releases what Rust holds for the call, even
          // when the method never settles; then the method is told.
          if (!settled) complete(zeroOf(returns), CALL_CANCELLED, EMPTY_RUST_BUFFER);
          controller.abort(new Error(`Rust dropped the future of ${typeName}.${method.name}`));
        });
        const fail = (error: unknown): void => {
          const [code, buffer] = failure(method, error);
          complete(zeroOf(returns), code, buffer);
        };
        let pending: Promise<unknown>;
        try {
          pending = Promise.resolve(call(method, handle, raw, { signal: controller.signal }));
        } catch (error) {
          pending = Promise.reject(error);
        }
        pending.then(
          (value) => {
            try {
              complete(lowerResult(method, value), CALL_SUCCESS, EMPTY_RUST_BUFFER);
            } catch (error) {
              fail(error);
            }
          },
          (error: unknown) => fail(error),
        );
      },
    };
  });
  return {
    free: (handle) => handles.remove(handle),
    clone: (handle) => handles.clone(handle),
    methods: slots,
  };
}

/** The handle map of an interface's TypeScript objects, which the library keeps for this realm. */
function handlesIn<T extends object>(native: NativeLibrary, initSymbol: string): ForeignHandles<T> {
  return native.foreignHandles(initSymbol) as ForeignHandles<T>;
}

/** Checks that `value` has every method of the interface. */
function checkImplements(value: unknown, path: string, typeName: string, methods: readonly CallbackMethod[]): void {
  if (typeof value !== 'object' || value === null) throw typeError(path, `an object implementing ${typeName}`, value);
  for (const method of methods) {
    if (typeof (value as Record<string, unknown>)[method.name] !== 'function') {
      throw new TypeError(
        `${path}: expected an object implementing ${typeName}, but it has no method ${method.name}()`,
      );
    }
  }
}

/**
 * Stores `value` for Rust under a new handle. The interface is checked again here, where the
 * handle is made, and not only in `check`: a record field or array element read again to be
 * written may answer something else. If the call is not made after all (a later argument fails
 * to lower), the handle is removed again, as object clones are released.
 */
function insertChecked<T extends object>(
  handles: ForeignHandles<T>,
  value: T,
  typeName: string,
  methods: readonly CallbackMethod[],
  home: VtableHost,
  target: RustBufferHost | undefined,
): bigint {
  checkImplements(value, rewritten(typeName), typeName, methods);
  checkRegisteredIn(home, target ?? loweringTarget(), typeName);
  const handle = handles.insert(value);
  recordClone(handles.release, handle);
  return handle;
}

/**
 * Rust can call a TypeScript implementation only through the vtable registered in the package's
 * library (when it opens, so this opens it). Another loaded library with its own copy of the
 * crate has no vtable: passing the implementation to one of its functions is refused.
 */
function checkRegisteredIn(home: VtableHost, target: RustBufferHost | undefined, typeName: string): void {
  if (target === undefined) return;
  const registered = home.native.path;
  if (registered !== target.path) {
    throw new TypeError(
      `a TypeScript ${typeName} can be called only by ${registered}, where its vtable is registered, ` +
        `and cannot be passed to a function of ${target.path}`,
    );
  }
}

/** A callback interface (`#[uniffi::export(callback_interface)]`): implemented in TypeScript only. */
export class CallbackInterfaceConverter<T extends object> implements FfiConverter<T> {
  // UniFFI passes callback interfaces as a plain u64 (trait objects as a handle); the same 8 bytes.
  readonly kind: FfiKind = 'u64';
  private methods: readonly CallbackMethod[] = [];

  /** The methods come later, through {@link define}: they may use converters defined after this one. */
  constructor(
    readonly typeName: string,
    private readonly library: VtableHost,
    private readonly initSymbol: string,
  ) {
    library.addVtable(initSymbol, (native) =>
      makeVtable(typeName, () => library.native, handlesIn<T>(native, initSymbol), this.methods),
    );
  }

  define(methods: readonly CallbackMethod[]): this {
    this.methods = methods;
    return this;
  }

  /** The interface's objects in this realm (opens the library). */
  private get handles(): ForeignHandles<T> {
    return handlesIn<T>(this.library.native, this.initSymbol);
  }

  /** Objects Rust holds right now. */
  get liveHandles(): number {
    return this.handles.size;
  }

  check(value: unknown, path: string): void {
    checkImplements(value, path, this.typeName, this.methods);
  }

  allocationSize(): number {
    return 8;
  }

  write(value: T, writer: Writer): void {
    writer.writeU64(this.lower(value));
  }

  read(reader: Reader): T {
    return this.lift(reader.readU64());
  }

  lower(value: T, library?: RustBufferHost): bigint {
    return insertChecked(this.handles, value, this.typeName, this.methods, this.library, library);
  }

  lift(value: FfiValue): T {
    return this.handles.get(value as bigint);
  }
}

/**
 * A trait with implementations on both sides (`#[uniffi::export(with_foreign)]`): a Rust one is
 * an object of the generated class (even handles); a TypeScript one is stored by odd handle. Each
 * crosses back as itself.
 */
export class ForeignTraitConverter<T extends object> implements FfiConverter<T> {
  readonly kind: FfiKind = 'handle';
  private methods: readonly CallbackMethod[] = [];

  constructor(
    readonly typeName: string,
    private readonly library: VtableHost,
    private readonly initSymbol: string,
    /** The converter of the generated class of Rust implementations. */
    private readonly rust: FfiConverter<T> & { isInstance(value: unknown): boolean },
  ) {
    library.addVtable(initSymbol, (native) =>
      makeVtable(typeName, () => library.native, handlesIn<T>(native, initSymbol), this.methods),
    );
  }

  define(methods: readonly CallbackMethod[]): this {
    this.methods = methods;
    return this;
  }

  /** The interface's objects in this realm (opens the library). */
  private get handles(): ForeignHandles<T> {
    return handlesIn<T>(this.library.native, this.initSymbol);
  }

  /** TypeScript objects Rust holds right now. */
  get liveHandles(): number {
    return this.handles.size;
  }

  check(value: unknown, path: string): void {
    if (this.rust.isInstance(value)) {
      this.rust.check(value, path);
    } else {
      checkImplements(value, path, this.typeName, this.methods);
    }
  }

  allocationSize(): number {
    return 8;
  }

  write(value: T, writer: Writer): void {
    if (this.rust.isInstance(value)) this.rust.write(value, writer);
    else writer.writeU64(insertChecked(this.handles, value, this.typeName, this.methods, this.library, undefined));
  }

  read(reader: Reader): T {
    return this.lift(reader.readU64(), this.library.native);
  }

  lower(value: T, library: RustBufferHost): FfiValue {
    if (this.rust.isInstance(value)) return this.rust.lower(value, library);
    return insertChecked(this.handles, value, this.typeName, this.methods, this.library, library);
  }

  lift(value: FfiValue, library: RustBufferHost): T {
    const handle = value as bigint;
    return (handle & 1n) === 1n ? this.handles.take(handle) : this.rust.lift(handle, library);
  }
}
