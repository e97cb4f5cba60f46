// Callback interfaces (`#[uniffi::export(callback_interface)]`): TypeScript objects Rust stores
// and calls, every kind of value across, and the handles Rust holds.
import * as api from '../../generated/fixture-callbacks-koffi';
import { Doubler } from './transformer';

function recorder(threshold = 0): api.Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (message) => void lines.push(message), threshold: () => threshold };
}

describe('an object literal or a class instance implementing the interface', () => {
  test('is called during the call', () => {
    const logger = recorder();
    api.logTimes(logger, 'hi', 3);
    expect(logger.lines).toEqual(['hi #0', 'hi #1', 'hi #2']);
  });

  test('is stored by Rust and called later', () => {
    const logger = recorder(2);
    const sink = new api.LogSink(logger);
    expect(sink.write(1, 'too low')).toBe(false);
    expect(sink.write(5, 'kept')).toBe(true);
    expect(logger.lines).toEqual(['[5] kept']);
    sink.destroy();
  });

  test('a class instance works as well as a literal', () => {
    class Collector implements api.Logger {
      readonly lines: string[] = [];
      log(message: string): void {
        this.lines.push(message);
      }
      threshold(): number {
        return 0;
      }
    }
    const collector = new Collector();
    api.logTimes(collector, 'c', 1);
    expect(collector.lines).toEqual(['c #0']);
  });

  test('something that does not implement it is a TypeError naming the missing method', () => {
    expect(() => api.logTimes({ log: () => {} } as unknown as api.Logger, 'x', 1)).toThrow(
      /logger: .*no method threshold\(\)/,
    );
    expect(() => api.logTimes(null as unknown as api.Logger, 'x', 1)).toThrow(TypeError);
  });

  test('an object that stops implementing it between the check and the crossing is refused, and no handle stays', () => {
    const before = api.FfiConverterTypeLogger.liveHandles;
    let reads = 0;
    const fickle = {
      log: (): void => undefined,
      // A method the check sees, and that is gone when the handle is made.
      get threshold(): (() => number) | undefined {
        reads += 1;
        return reads === 1 ? () => 0 : undefined;
      },
    } as api.Logger;
    expect(() => api.logTimes(fickle, 'x', 1)).toThrow(
      'Logger value (changed after its check, while being lowered): expected an object implementing Logger, but it has no method threshold()',
    );
    expect(reads).toBe(2);
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before);
  });
});

describe('every kind of value crosses both ways', () => {
  test('as Rust saw them', () => {
    expect(api.exercise(new Doubler())).toEqual([
      'false',
      '-127',
      '65535',
      '18446744073709551615', // u64::MAX - 1 + 1: exact, and unsigned
      '1.5',
      'HÉLLO 🦀',
      '[3, 2, 1]',
      'Point { x: 2.0, y: 2.0, label: "p" }',
      'South',
      'Circle { radius: 3.0 }',
      'Some("was none")/None',
      '4294967294',
      '{1: "one"}',
      'rust+ts',
    ]);
  });
});

describe('handles', () => {
  test('are odd, and none is left once Rust dropped its references', () => {
    const before = api.FfiConverterTypeLogger.liveHandles;
    const logger = recorder();
    const sinks = Array.from({ length: 5 }, () => new api.LogSink(logger));
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before + 5);
    const handle = api.FfiConverterTypeLogger.lower(logger) as bigint;
    expect(handle & 1n).toBe(1n);
    api.FfiConverterTypeLogger.lift(handle); // callback interfaces are looked up, not taken
    for (const sink of sinks) sink.detach();
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before + 1); // the one lowered by hand above
    for (const sink of sinks) sink.destroy();
  });

  test('a handle passed for one call is freed when the call ends', () => {
    const before = api.FfiConverterTypeLogger.liveHandles;
    api.logTimes(recorder(), 'once', 2);
    expect(api.FfiConverterTypeLogger.liveHandles).toBe(before);
  });
});
