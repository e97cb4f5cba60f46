// A complete Transformer for the tests: each method does something visible to Rust.
import * as api from '../../generated/fixture-callbacks-koffi';

export class Doubler implements api.Transformer {
  flip(value: boolean): boolean {
    return !value;
  }
  nextI8(value: number): number {
    return value + 1;
  }
  nextU16(value: number): number {
    return value + 1;
  }
  nextU64(value: bigint): bigint {
    return value + 1n;
  }
  half(value: number): number {
    return value / 2;
  }
  shout(value: string): string {
    return value.toUpperCase();
  }
  reverse(value: Uint8Array): Uint8Array {
    return value.slice().reverse();
  }
  movePoint(point: api.Point): api.Point {
    return { ...point, x: point.x + 1 };
  }
  turn(direction: api.Direction): api.Direction {
    return direction === 'North' ? 'South' : 'North';
  }
  grow(shape: api.Shape): api.Shape {
    return shape.tag === 'Circle' ? api.Shape.Circle({ radius: shape.radius * 2 }) : shape;
  }
  maybe(value: string | undefined): string | undefined {
    return value === undefined ? 'was none' : undefined;
  }
  sum(values: number[]): bigint {
    return values.reduce((total, v) => total + BigInt(v), 0n);
  }
  invert(map: Map<string, number>): Map<number, string> {
    return new Map([...map].map(([k, v]) => [v, k]));
  }
  retag(tag: api.Tag): api.Tag {
    return new api.Tag(`${tag.name()}+ts`);
  }
  check(value: number): number {
    return value;
  }
}
