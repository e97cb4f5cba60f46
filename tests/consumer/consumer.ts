// A consumer of the generated packages, written as an application would write it, under the
// repository's strict settings (strict, noUncheckedIndexedAccess, noImplicitOverride, no `any`).
// `npm run typecheck` compiles it (the root tsconfig includes tests/**), and
// strict-consumer.test.ts runs it against the real libraries.
//
// Every `switch` below is exhaustive: its default branch assigns the value to `never`, so adding
// a variant in Rust makes this file fail to compile until the new case is handled
// (strict-consumer.test.ts proves that the check bites).
import {
  Counter,
  CounterError,
  CounterOrValue,
  ObjectDestroyedError,
  ObjectError,
  SemVer,
  failWithObject,
  liveInstances,
  makeCounter,
  makeGroup,
  wrapCounter,
} from '../../generated/fixture-objects';
import type { CounterGroup } from '../../generated/fixture-objects';
import {
  Direction,
  Figure,
  UrlError,
  ValidationError,
  echoUrl,
  failValidation,
  failValidationAsync,
  greet,
  makeUrl,
} from '../../generated/fixture-types';

/** Fails to compile if a case is missing: `value` is `never` only when every case returned. */
export function assertNever(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}

// ---- tagged enums --------------------------------------------------------------------------

/** An exhaustive switch over a tagged enum holding an object. */
export function describeCounterOrValue(value: CounterOrValue): string {
  switch (value.tag) {
    case 'Counter':
      return `counter ${value.counter.label()} = ${value.counter.get()}`;
    case 'Value':
      return `value ${value.value}`;
    case 'Nothing':
      return 'nothing';
    default: {
      const unreachable: never = value;
      return assertNever(unreachable, 'CounterOrValue');
    }
  }
}

/** An exhaustive switch over a tagged enum with named, tuple and unit variants. */
export function figureSummary(figure: Figure): string {
  switch (figure.tag) {
    case 'Circle':
      return `circle r=${figure.radius}`;
    case 'Rectangle':
      return `rectangle ${figure.width}x${figure.height}`;
    case 'Triangle': {
      const [a, b, c] = figure.inner;
      return `triangle ${a}/${b}/${c}`;
    }
    case 'Labeled': {
      const [label, inner] = figure.inner;
      return `${label}: ${figureSummary(inner)}`;
    }
    case 'Empty':
      return 'empty';
    default: {
      const unreachable: never = figure;
      return assertNever(unreachable, 'Figure');
    }
  }
}

/** An exhaustive switch over a flat enum. */
export function arrow(direction: Direction): string {
  switch (direction) {
    case Direction.North:
      return '↑';
    case Direction.East:
      return '→';
    case Direction.South:
      return '↓';
    case Direction.West:
      return '←';
    default: {
      const unreachable: never = direction;
      return assertNever(unreachable, 'Direction');
    }
  }
}

// ---- errors --------------------------------------------------------------------------------

/** An exhaustive switch over an error's Variant union, from a caught `unknown`. */
export function explainValidation(error: unknown): string {
  if (!(error instanceof ValidationError)) throw error;
  const variant = error as ValidationError.Variant;
  switch (variant.tag) {
    case 'Empty':
      return 'empty';
    case 'OutOfRange':
      return `${variant.field} out of range: ${variant.value} not in ${variant.min}..${variant.max}`;
    case 'BadCharacter': {
      const [character, position] = variant.inner;
      return `bad character ${character} at ${position}`;
    }
    case 'Many':
      return `${variant.messages.length} problems${variant.firstAt === undefined ? '' : ` from (${variant.firstAt.x}, ${variant.firstAt.y})`}`;
    case 'WrongDirection':
      return `expected ${arrow(variant.expected)}, got ${arrow(variant.got)}`;
    case 'Numeric':
      return `ratio ${variant.ratio}, exact ${variant.exact}, ${variant.raw.length} raw bytes`;
    default: {
      const unreachable: never = variant;
      return assertNever(unreachable, 'ValidationError');
    }
  }
}

/** The same over a second error type: instanceof on the variant classes works too. */
export function explainCounterError(error: unknown): string {
  if (!(error instanceof CounterError)) throw error;
  const variant = error as CounterError.Variant;
  switch (variant.tag) {
    case 'InvalidNumber':
      return `not a number: ${variant.text}`;
    case 'Negative':
      return `negative: ${variant.value}`;
    default: {
      const unreachable: never = variant;
      return assertNever(unreachable, 'CounterError');
    }
  }
}

/** The `UrlError.Variant` union, narrowed with instanceof instead of the tag. */
export function explainUrlError(error: UrlError.Variant): string {
  if (error instanceof UrlError.MissingScheme) return `no scheme in ${error.input}`;
  if (error instanceof UrlError.EmptyHost) return `no host in ${error.input}`;
  const unreachable: never = error;
  return assertNever(unreachable, 'UrlError');
}

// ---- a small program using everything --------------------------------------------------------

export interface Report {
  readonly lines: string[];
  readonly liveBefore: bigint;
  readonly liveAfter: bigint;
}

/** Uses the packages the way an application would; every object is disposed of. */
export async function runConsumer(): Promise<Report> {
  const lines: string[] = [];
  const liveBefore = liveInstances();

  {
    using counter = new Counter(2n);
    using named = makeCounter('named', 40n);
    counter.increment();
    lines.push(describeCounterOrValue(CounterOrValue.Counter({ counter })));
    const wrapped = wrapCounter(named);
    lines.push(describeCounterOrValue(wrapped));
    if (wrapped.tag === 'Counter') wrapped.counter.destroy();
    lines.push(describeCounterOrValue(CounterOrValue.Value({ value: -1n })));
    lines.push(describeCounterOrValue(CounterOrValue.Nothing()));

    try {
      Counter.parse('-5');
    } catch (error) {
      lines.push(explainCounterError(error));
    }
    try {
      counter.set(-1n);
    } catch (error) {
      lines.push(explainCounterError(error));
    }

    const group: CounterGroup = makeGroup('team', 2);
    lines.push(`${group.name}: ${group.members.map((m) => m.label()).join(', ')}`);
    for (const handle of [group.leader, group.deputy, ...group.members, ...group.byLabel.values()]) handle?.destroy();
  }

  try {
    failWithObject(6, 'from Rust');
  } catch (error) {
    if (!(error instanceof ObjectError)) throw error;
    using objectError = error;
    lines.push(`${objectError.message} (retryable: ${objectError.isRetryable()})`);
  }

  {
    using version = SemVer.parse('1.2.3');
    using next = version.bumpMajor();
    lines.push(`${version} < ${next}: ${version.compareTo(next) < 0}`);
  }

  const destroyed = new Counter(0n);
  destroyed.destroy();
  try {
    destroyed.get();
  } catch (error) {
    if (!(error instanceof ObjectDestroyedError)) throw error;
    lines.push('destroyed objects refuse calls');
  }

  for (const which of [0, 1, 2, 3, 4, 5]) {
    try {
      failValidation(which);
    } catch (error) {
      lines.push(explainValidation(error));
    }
  }
  await failValidationAsync(4).catch((error: unknown) => lines.push(`async: ${explainValidation(error)}`));

  lines.push(figureSummary(Figure.Labeled('big', Figure.Rectangle({ width: 2, height: 3 }))));
  lines.push(figureSummary(Figure.Triangle(3, 4, 5)));
  lines.push(arrow(Direction.turnedRight(Direction.North)));

  try {
    makeUrl('https', '', 'x');
  } catch (error) {
    if (!(error instanceof UrlError)) throw error;
    lines.push(explainUrlError(error as UrlError.Variant));
  }
  lines.push(echoUrl(new URL('https://example.com/consumer')).pathname);
  lines.push(greet('consumer'));

  return { lines, liveBefore, liveAfter: liveInstances() };
}
