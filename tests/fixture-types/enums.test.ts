// Enums of fixture-types (crates/fixtures/types/src/enums.rs): flat enums as string unions with a
// constant object, explicit discriminants, enums with fields as discriminated unions on `tag`,
// recursive enums, methods and uniffi traits, non-exhaustive enums.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as api from '../../generated/fixture-types';
import { Direction, Expr, Figure } from '../../generated/fixture-types';
import { packageName } from '../transport';
import { repoRoot } from '../helpers';

// Exhaustive switches: the `never` assignments stop compiling if a variant is added in Rust and
// not handled here (tsc and ts-jest both typecheck this file).
function arrow(direction: Direction): string {
  switch (direction) {
    case 'North':
      return '↑';
    case 'East':
      return '→';
    case 'South':
      return '↓';
    case 'West':
      return '←';
    default: {
      const unreachable: never = direction;
      return unreachable;
    }
  }
}

function describeInTs(figure: Figure): string {
  switch (figure.tag) {
    case 'Circle':
      return `Circle r=${figure.radius}`;
    case 'Rectangle':
      return `Rectangle ${figure.width}x${figure.height}`;
    case 'Triangle': {
      const [a, b, c] = figure.inner;
      return `Triangle(${a}, ${b}, ${c})`;
    }
    case 'Labeled': {
      const [label, inner] = figure.inner;
      return `Labeled ${JSON.stringify(label)}: ${describeInTs(inner)}`;
    }
    case 'Empty':
      return 'Empty';
    default: {
      const unreachable: never = figure;
      return unreachable;
    }
  }
}

function evalInTs(expr: Expr, env: ReadonlyMap<string, bigint>): bigint | undefined {
  const wrap = (value: bigint): bigint => BigInt.asIntN(64, value);
  switch (expr.tag) {
    case 'Num':
      return expr.value;
    case 'Var':
      return env.get(expr.name);
    case 'Neg': {
      const inner = evalInTs(expr.inner, env);
      return inner === undefined ? undefined : wrap(-inner);
    }
    case 'Add': {
      const left = evalInTs(expr.left, env);
      const right = evalInTs(expr.right, env);
      return left === undefined || right === undefined ? undefined : wrap(left + right);
    }
    case 'Mul': {
      const left = evalInTs(expr.inner[0], env);
      const right = evalInTs(expr.inner[1], env);
      return left === undefined || right === undefined ? undefined : wrap(left * right);
    }
    case 'Sum': {
      let total = 0n;
      for (const term of expr.terms) {
        const value = evalInTs(term, env);
        if (value === undefined) return undefined;
        total = wrap(total + value);
      }
      return total;
    }
    case 'Maybe':
      return expr.inner === undefined ? 0n : evalInTs(expr.inner, env);
    default: {
      const unreachable: never = expr;
      return unreachable;
    }
  }
}

describe('flat enums', () => {
  test('string union values and the constant object', () => {
    expect(Direction.North).toBe('North');
    expect(Direction.West).toBe('West');
    expect(api.allDirections()).toEqual(['North', 'East', 'South', 'West']);
    expect(api.allDirections().map(arrow).join('')).toBe('↑→↓←');
    for (const direction of api.allDirections()) expect(api.echoDirection(direction)).toBe(direction);
  });

  test('a value that is not a variant is a TypeError naming the parameter', () => {
    expect(() => api.echoDirection('north' as Direction)).toThrow(TypeError);
    expect(() => api.echoDirection('north' as Direction)).toThrow(
      /^value: expected one of "North", "East", "South", "West" \(Direction\)/,
    );
    expect(() => api.echoDirection(1 as unknown as Direction)).toThrow(TypeError);
    // A method name of the constant object is not a variant either.
    expect(() => api.echoDirection('opposite' as Direction)).toThrow(TypeError);
  });

  test('methods on a flat enum', () => {
    expect(Direction.turnedRight('North')).toBe('East');
    expect(Direction.turnedRight('West')).toBe('North');
    expect(Direction.opposite('East')).toBe('West');
    expect(api.allDirections().map(Direction.opposite)).toEqual(['South', 'West', 'North', 'East']);
  });

  test('uniffi traits on a flat enum: display, debug, equals, hash, compare', () => {
    expect(Direction.display('South')).toBe('south');
    expect(Direction.debug('South')).toBe('South');
    expect(Direction.equals('North', 'North')).toBe(true);
    expect(Direction.equals('North', 'South')).toBe(false);
    expect(Direction.hash('East')).toBe(Direction.hash('East'));
    expect(Direction.hash('East')).not.toBe(Direction.hash('West'));
    expect(Direction.compare('North', 'West')).toBeLessThan(0);
    expect(Direction.compare('West', 'North')).toBeGreaterThan(0);
    expect(Direction.compare('East', 'East')).toBe(0);
    expect(
      ['West', 'North', 'South', 'East'].sort((a, b) => Direction.compare(a as Direction, b as Direction)),
    ).toEqual(['North', 'East', 'South', 'West']);
  });

  test('explicit discriminants: variants still round-trip, and Rust sees its own discriminants', () => {
    expect(api.echoPriority('Low')).toBe('Low');
    expect(api.echoPriority('High')).toBe('High');
    expect(api.priorityValue('Low')).toBe(1);
    expect(api.priorityValue('Medium')).toBe(10);
    expect(api.priorityValue('High')).toBe(200);
    expect(api.offsetValue('Minus')).toBe(-100);
    expect(api.offsetValue('Zero')).toBe(0);
    expect(api.offsetValue('Plus')).toBe(100);
  });

  test('implicit discriminants after explicit ones (A = 5, B, C = 20, D)', () => {
    expect(api.allSparse()).toEqual(['A', 'B', 'C', 'D']);
    expect(api.allSparse().map(api.sparseValue)).toEqual([5, 6, 20, 21]);
  });

  test('a non-exhaustive flat enum', () => {
    expect(api.echoWeather('Rainy')).toBe('Rainy');
    expect(api.describeWeather('Sunny')).toBe('sunny');
  });
});

describe('enums with fields', () => {
  test('constructor helpers build the discriminated union', () => {
    expect(Figure.Circle({ radius: 2 })).toEqual({ tag: 'Circle', radius: 2 });
    expect(Figure.Rectangle({ width: 2, height: 3 })).toEqual({ tag: 'Rectangle', width: 2, height: 3 });
    expect(Figure.Triangle(3, 4, 5)).toEqual({ tag: 'Triangle', inner: [3, 4, 5] });
    expect(Figure.Labeled('box', Figure.Empty())).toEqual({ tag: 'Labeled', inner: ['box', { tag: 'Empty' }] });
    expect(Figure.Empty()).toEqual({ tag: 'Empty' });
  });

  test('from Rust: named, tuple, nested and unit variants', () => {
    const figures = api.sampleFigures();
    expect(figures).toEqual([
      Figure.Circle({ radius: 2 }),
      Figure.Rectangle({ width: 2, height: 3 }),
      Figure.Triangle(3, 4, 5),
      Figure.Labeled('box', Figure.Empty()),
      Figure.Empty(),
    ]);
    expect(api.unitSquare()).toEqual(Figure.Rectangle({ width: 1, height: 1 }));
  });

  test('to Rust and back; Rust describes each variant as TypeScript does', () => {
    const figures: Figure[] = [
      ...api.sampleFigures(),
      Figure.Labeled('outer', Figure.Labeled('inner "quoted"', Figure.Triangle(1.5, 2, 2.5))),
      { tag: 'Rectangle', width: 0.25, height: 8 },
    ];
    for (const figure of figures) {
      expect(api.echoFigure(figure)).toEqual(figure);
      expect(api.describeFigure(figure)).toBe(describeInTs(figure));
    }
    const odd = api.echoFigure({ tag: 'Rectangle', width: -0, height: 5e-324 });
    expect(odd.tag === 'Rectangle' && Object.is(odd.width, -0) && odd.height === 5e-324).toBe(true);
  });

  test('methods on an enum with fields', () => {
    expect(Figure.area(Figure.Circle({ radius: 2 }))).toBeCloseTo(4 * Math.PI, 12);
    expect(Figure.area(Figure.Triangle(3, 4, 5))).toBe(6);
    expect(Figure.area(Figure.Labeled('x', Figure.Rectangle({ width: 2, height: 3 })))).toBe(6);
    expect(Figure.area(Figure.Empty())).toBe(0);
    expect(Figure.scaled(Figure.Labeled('x', Figure.Triangle(3, 4, 5)), 2)).toEqual(
      Figure.Labeled('x', Figure.Triangle(6, 8, 10)),
    );
  });

  // `Figure::Circle { radius }` has `#[uniffi(default = 1.0)]`: the constructor helper makes
  // `radius` optional and fills it in; the value is complete (a `Figure`, radius included).
  test('a variant field with a Rust default may be omitted (Circle radius = 1.0)', () => {
    const circle = Figure.Circle({});
    expect(circle).toEqual({ tag: 'Circle', radius: 1 });
    expect(Figure.Circle()).toEqual({ tag: 'Circle', radius: 1 });
    expect(api.describeFigure(circle)).toBe('Circle r=1');
    expect(api.describeFigure(Figure.Circle({ radius: 2.5 }))).toBe('Circle r=2.5');
  });

  test('invalid values are TypeErrors naming the path', () => {
    expect(() => api.echoFigure({ tag: 'Hexagon' } as unknown as Figure)).toThrow(
      /^value\.tag: expected one of "Circle", "Rectangle", "Triangle", "Labeled", "Empty"/,
    );
    expect(() => api.echoFigure({ tag: 'Triangle', inner: [1, 2] } as unknown as Figure)).toThrow(
      /^value\.inner: expected an array of 3 values/,
    );
    expect(() => api.echoFigure({ tag: 'Rectangle', width: 1 } as unknown as Figure)).toThrow(
      /^value\.height: expected a number/,
    );
    expect(() => api.echoFigure(Figure.Labeled('x', { tag: 'Circle', radius: '1' } as unknown as Figure))).toThrow(
      /^value\.inner\[1\]\.radius: expected a number/,
    );
    expect(() => api.echoFigure('Empty' as unknown as Figure)).toThrow(TypeError);
  });

  test('non-exhaustive enum with fields, and a single-variant enum holding enums', () => {
    expect(api.echoEvent(api.Event_.KeyPress({ key: 'é' }))).toEqual({ tag: 'KeyPress', key: 'é' });
    expect(api.echoEvent(api.Event_.Move({ x: -2147483648, y: 2147483647 }))).toEqual({
      tag: 'Move',
      x: -2147483648,
      y: 2147483647,
    });
    expect(api.echoOnly(api.Only.One({ direction: 'East', priority: undefined }))).toEqual({
      tag: 'One',
      direction: 'East',
      priority: undefined,
    });
    expect(api.echoOnly(api.Only.One({ direction: 'West', priority: 'High' }))).toEqual({
      tag: 'One',
      direction: 'West',
      priority: 'High',
    });
    expect(() => api.echoOnly(api.Only.One({ direction: 'Up' as Direction, priority: undefined }))).toThrow(
      /^value\.direction: /,
    );
  });
});

describe('recursive enums', () => {
  const x = Expr.Var({ name: 'x' });
  const expr = Expr.Add({
    left: Expr.Num({ value: 1n }),
    right: Expr.Mul(x, Expr.Neg({ inner: Expr.Num({ value: 2n }) })),
  });

  test('Box<Self> in named and tuple variants', () => {
    expect(api.exprToString(expr)).toBe('(1 + (x * -(2)))');
    expect(api.exprDepth(expr)).toBe(4);
    expect(api.echoExpr(expr)).toEqual(expr);
    expect(api.eval_(expr)).toBeUndefined();
    expect(api.evalWith(expr, new Map([['x', 5n]]))).toBe(-9n);
    expect(evalInTs(expr, new Map([['x', 5n]]))).toBe(-9n);
  });

  test('Vec<Self> and Option<Box<Self>>, with wrapping i64 arithmetic', () => {
    const sum = Expr.Sum({
      terms: [
        Expr.Num({ value: 2n ** 63n - 1n }),
        Expr.Num({ value: 1n }),
        Expr.Maybe({ inner: undefined }),
        Expr.Maybe({ inner: Expr.Num({ value: 3n }) }),
      ],
    });
    expect(api.exprToString(sum)).toBe('sum(9223372036854775807, 1, maybe(), maybe(3))');
    expect(api.echoExpr(sum)).toEqual(sum);
    expect(api.eval_(sum)).toBe(-(2n ** 63n) + 3n);
    expect(evalInTs(sum, new Map())).toBe(api.eval_(sum));
    expect(api.eval_(Expr.Sum({ terms: [] }))).toBe(0n);
  });

  test('built by Rust 2000 levels deep, and sent back', () => {
    const deep = api.deepExpr(2000);
    expect(api.exprDepth(deep)).toBe(2000);
    expect(api.eval_(deep)).toBe((2000n * 2001n) / 2n);
    expect(evalInTs(deep, new Map())).toBe(2001000n);
  });

  // The real limits (README, "Known limitations"), each in a child process since the last one
  // crashes it. Lifting recurses on JavaScript's stack, so a value Rust makes a few thousand levels
  // deep is a RangeError; deeper still, UniFFI's own Rust code that serializes the result recurses
  // on the native stack before JavaScript sees anything, and overflows it: a segfault, which the
  // bindings cannot catch. The native stack is the calling thread's on ffi-rs (a worker with a
  // 4 MiB stack for that case, so that it does not depend on `ulimit -s`), koffi's own 2 MiB one.
  test('known limitation: too deep for the stack, a RangeError, then a crash inside Rust', () => {
    const call = (
      depth: number,
      thread: 'main' | 'worker',
    ): { stdout: string; status: number | null; signal: NodeJS.Signals | null } => {
      const code = `
        const api = require(${JSON.stringify(resolve(repoRoot, 'generated', packageName('fixture-types')))});
        try { api.deepExpr(${depth}); console.log('lifted'); }
        catch (error) { console.log(error.constructor.name + ': ' + error.message); }
      `;
      const script =
        thread === 'main'
          ? code
          : `new (require('node:worker_threads').Worker)(${JSON.stringify(code)}, { eval: true, resourceLimits: { stackSizeMb: 4 } });`;
      return spawnSync(process.execPath, ['-e', script], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    };
    expect(call(2_000, 'main').stdout.trim()).toBe('lifted');
    const tooDeepForJs = call(10_000, 'main');
    expect(tooDeepForJs.stdout.trim()).toBe('RangeError: Maximum call stack size exceeded');
    expect(tooDeepForJs.status).toBe(0);
    const tooDeepForRust = call(200_000, 'worker');
    expect(tooDeepForRust.stdout).toBe('');
    expect(tooDeepForRust.signal).toBe('SIGSEGV');
  });

  test('an invalid node deep inside is reported with its path', () => {
    const bad = Expr.Add({
      left: Expr.Num({ value: 1n }),
      right: Expr.Neg({ inner: Expr.Num({ value: 1 as unknown as bigint }) }),
    });
    expect(() => api.eval_(bad)).toThrow(/^expr\.right\.inner\.value: expected a bigint/);
    const outOfRange = Expr.Mul(Expr.Num({ value: 2n ** 63n }), x);
    expect(() => api.eval_(outOfRange)).toThrow(/^expr\.inner\[0\]\.value: .* out of range for i64/);
  });
});

describe('enums named like JavaScript globals', () => {
  test('variants Object, Error, Function, Array, String and Null', () => {
    const values: api.Value[] = [
      api.Value.Null(),
      api.Value.Object({ fields: new Map([['k', 'v']]) }),
      api.Value.Error({ message: 'm' }),
      api.Value.Function({ name: 'f' }),
      api.Value.Array(['a', 'b']),
      api.Value.String('s'),
    ];
    for (const value of values) expect(api.echoValue(value)).toEqual(value);
  });
});
