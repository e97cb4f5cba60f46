/** Calling a Rust function synchronously: check, lower, call, check the status, lift. */
import type { FfiConverter } from './converters';
import { checkChecksum } from './integrity';
import { beginLifting, endLifting } from './lifting';
import { beginLowering, endLowering } from './lowering';
import type { ErrorLifter } from './errors-converter';
import { AbortError, InternalError, RustPanic, stackFromCaller } from './errors';
import type { FfiFunctionDeclaration, FfiValue, RustBuffer } from './ffi-types';
import type { CallStatus, NativeHost, NativeLibrary, ScaffoldingCall } from './transport/native';

/** A parameter: its name in messages and its converter. */
export type Parameter = readonly [name: string, converter: FfiConverter<unknown>];

/** Call statuses (RustCallStatus.code). */
export const CALL_SUCCESS = 0;
export const CALL_ERROR = 1;
export const CALL_UNEXPECTED_ERROR = 2;
export const CALL_CANCELLED = 3;

/**
 * Checks every argument, then lowers them. Checks come first so that a bad argument throws
 * before anything is allocated on the Rust side; if a lowering still fails, the buffers already
 * made are freed.
 */
export function lowerArguments(
  native: NativeLibrary,
  params: readonly Parameter[],
  args: readonly unknown[],
  beforeLowering?: () => void,
): readonly FfiValue[] {
  const count = params.length;
  let asIs = true;
  for (let i = 0; i < count; i++) {
    const param = params[i] as Parameter;
    param[1].check(args[i], param[0]);
    asIs &&= param[1].lowersAsIs === true;
  }
  beforeLowering?.();
  // Checked numbers and bigints are already their FFI values.
  if (asIs && args.length === count) return args as readonly FfiValue[];
  const lowered: FfiValue[] = new Array<FfiValue>(count);
  const scope = beginLowering(native);
  let done = 0;
  try {
    for (; done < count; done++) {
      lowered[done] = (params[done] as Parameter)[1].lower(args[done], native);
    }
  } catch (error) {
    endLowering(scope, true);
    for (let i = 0; i < done; i++) {
      if ((params[i] as Parameter)[1].kind === 'rust_buffer') native.rustBufferFree(lowered[i] as RustBuffer);
    }
    throw error;
  }
  // The call happens next and consumes the clones: an enclosing lowering (this call was made
  // from a custom type's `lower`) must not free them if it fails.
  endLowering(scope, false, true);
  return lowered;
}

/** Throws what a non-success status means; frees the status's error buffer in every case. */
export function checkCallStatus(
  native: NativeLibrary,
  status: CallStatus,
  errors: ErrorLifter | undefined,
  functionName: string,
): void {
  switch (status.code) {
    case CALL_SUCCESS:
      return;
    case CALL_ERROR: {
      const bytes = native.takeBytes(status.errorBuf);
      if (errors === undefined) {
        throw new InternalError(`${functionName}: Rust returned an error, but the function declares none`);
      }
      const error = errors.readAll(bytes);
      stackFromCaller(error, checkCallStatus);
      throw error;
    }
    case CALL_UNEXPECTED_ERROR: {
      const message = native.takeString(status.errorBuf);
      const panic = new RustPanic(message === '' ? `${functionName}: Rust panicked` : message);
      stackFromCaller(panic, checkCallStatus);
      throw panic;
    }
    case CALL_CANCELLED:
      native.rustBufferFree(status.errorBuf);
      throw new AbortError(`${functionName} was cancelled`);
    default:
      native.rustBufferFree(status.errorBuf);
      throw new InternalError(`${functionName}: unknown call status ${status.code}`);
  }
}

/** Checks at module load that the converters agree with the FFI declaration (a generator bug otherwise). */
export function checkDeclaration(
  declaration: FfiFunctionDeclaration,
  params: readonly Parameter[],
  returns: FfiConverter<unknown> | undefined,
): void {
  const kinds = params.map(([, converter]) => converter.kind);
  const returnKind = returns?.kind ?? 'void';
  const expectedReturn = declaration.future ?? declaration.returns;
  if (kinds.join() !== declaration.args.join() || returnKind !== expectedReturn) {
    throw new InternalError(
      `${declaration.name}: converters (${kinds.join()}) -> ${returnKind} do not match the FFI declaration ` +
        `(${declaration.args.join()}) -> ${expectedReturn}`,
    );
  }
}

/** A Rust function, method or constructor: its declaration and the converters it needs. */
export abstract class RustFunction<R> {
  constructor(
    protected readonly library: NativeHost,
    protected readonly declaration: FfiFunctionDeclaration,
    protected readonly params: readonly Parameter[],
    protected readonly returns: FfiConverter<R> | undefined,
    protected readonly errors?: ErrorLifter,
  ) {
    checkDeclaration(declaration, params, returns);
  }

  private prepared: ScaffoldingCall | undefined;
  /** Prepared in libraries other than the package's own (methods of objects they made). */
  private preparedElsewhere: WeakMap<NativeLibrary, ScaffoldingCall> | undefined;

  /** The scaffolding function in the package's library, prepared by its transport on first use. */
  protected get scaffolding(): ScaffoldingCall {
    return (this.prepared ??= this.library.native.prepare(this.declaration));
  }

  /**
   * The scaffolding function in `native`. In a library other than the package's own, which
   * carries its own copy of the crate, the function's checksum is checked first.
   */
  protected scaffoldingIn(native: NativeLibrary): ScaffoldingCall {
    // Not `library.native`: a method of an object made elsewhere must not open this library.
    if (native === this.library.openedNative) return this.scaffolding;
    const elsewhere = (this.preparedElsewhere ??= new WeakMap());
    let prepared = elsewhere.get(native);
    if (prepared === undefined) {
      checkChecksum(
        native,
        this.declaration,
        `That library made the object ${this.declaration.name} was called on, and its copy of the crate differs from the one the bindings were generated from.`,
      );
      prepared = native.prepare(this.declaration);
      elsewhere.set(native, prepared);
    }
    return prepared;
  }
}

/** A synchronous Rust function. */
export class SyncFunction<R> extends RustFunction<R> {
  call(args: readonly unknown[]): R {
    return this.callIn(this.library.native, args);
  }

  /** Calls the function in `native` and lifts what it returns from there. */
  protected callIn(native: NativeLibrary, args: readonly unknown[]): R {
    // Prepared first: a function that cannot be called must not leave lowered arguments behind.
    const scaffolding = this.scaffoldingIn(native);
    const lowered = lowerArguments(native, this.params, args);
    const { value, status } = scaffolding(lowered);
    // Objects in the result or the error belong to `native`.
    const outer = beginLifting(native);
    try {
      if (status.code !== CALL_SUCCESS) checkCallStatus(native, status, this.errors, this.declaration.name);
      return (this.returns === undefined ? undefined : this.returns.lift(value, native)) as R;
    } finally {
      endLifting(outer);
    }
  }
}

/** What a method's receiver converter knows: the library each of its objects belongs to. */
export interface ReceiverConverter {
  /** The library that made `value`; undefined when it is not a live object of the class. */
  ownerOf(value: unknown): NativeLibrary | undefined;
}

/**
 * A method's parameters with the receiver named after the method (`Counter.get`), not Rust's
 * `self`: messages about it then read `Counter.get: this Counter object was destroyed`.
 */
export function methodParameters(
  declaration: FfiFunctionDeclaration,
  params: readonly Parameter[],
): readonly Parameter[] {
  const [receiver, ...rest] = params;
  return receiver === undefined ? params : [[declaration.name, receiver[1]], ...rest];
}

/** The receiver converter of a method's parameters (the first one, `self`). */
export function receiverOf(declaration: FfiFunctionDeclaration, params: readonly Parameter[]): ReceiverConverter {
  const receiver = params[0]?.[1] as Partial<ReceiverConverter> | undefined;
  if (typeof receiver?.ownerOf !== 'function') {
    throw new InternalError(`${declaration.name}: a method's first parameter must be its object`);
  }
  return receiver as ReceiverConverter;
}

/**
 * A synchronous method of an object: it runs in the library that made the object, which is not
 * the package's own when another loaded library, containing the same crate, returned it.
 */
export class SyncMethod<R> extends SyncFunction<R> {
  private readonly receiver = receiverOf(this.declaration, this.params);

  constructor(
    library: NativeHost,
    declaration: FfiFunctionDeclaration,
    params: readonly Parameter[],
    returns: FfiConverter<R> | undefined,
    errors?: ErrorLifter,
  ) {
    super(library, declaration, methodParameters(declaration, params), returns, errors);
  }

  override call(args: readonly unknown[]): R {
    return this.callIn(this.receiver.ownerOf(args[0]) ?? this.library.native, args);
  }
}
