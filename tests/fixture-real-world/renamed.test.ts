// Items renamed by [bindings.typescript.rename] (crates/fixtures/real-world/src/renamed.rs and
// its uniffi.toml). A regression: renaming an object with constructors failed generation,
// because uniffi's rename pass leaves the constructors' result (and error) with the old name.
import * as api from '../../generated/fixture-real-world';
import { TsAdder, TsPoint, TsSprite, TsSpriteError } from '../../generated/fixture-real-world';

describe('a renamed object', () => {
  test('its primary constructor is `new` of the new name', () => {
    expect(new TsSprite(undefined).position()).toEqual({ x: 0, y: 0 });
    const sprite = new TsSprite({ x: 1, y: 2 });
    expect(sprite).toBeInstanceOf(TsSprite);
    expect(sprite.position()).toEqual({ x: 1, y: 2 });
  });

  test('a named constructor returns an object of the new name, with renamed records as arguments', () => {
    const sprite = TsSprite.newRelativeTo({ x: 1, y: 1 }, { x: 2, y: 3 });
    expect(sprite).toBeInstanceOf(TsSprite);
    expect(sprite.position()).toEqual({ x: 3, y: 4 });
    sprite.moveTo({ x: -1, y: 0.5 });
    expect(sprite.moveBy({ x: 1, y: 1 })).toEqual({ x: 0, y: 1.5 });
  });

  test('a constructor throws the renamed error', () => {
    expect(TsSprite.onBoard(50).position()).toEqual({ x: 50, y: 0 });
    expect(() => TsSprite.onBoard(500)).toThrow(TsSpriteError.OffBoard);
    expect(() => TsSprite.onBoard(500)).toThrow(expect.objectContaining({ x: 500, tag: 'OffBoard' }));
  });

  test("a renamed method, as uniffi's fixture has it (PyObject(200).py_method(50) == 250)", () => {
    expect(new TsAdder(200).plus(50)).toBe(250);
  });

  test("a renamed method of a record (which uniffi's own rename pass does not reach)", () => {
    expect(TsPoint.norm({ x: 3, y: 4 })).toBe(5);
    expect((TsPoint as Record<string, unknown>).length).toBeUndefined();
  });

  test('the Rust names are not exported', () => {
    const exported: Record<string, unknown> = api;
    for (const name of ['Sprite', 'SpritePoint', 'SpriteError', 'Adder']) {
      expect(exported[name]).toBeUndefined();
    }
    expect(Object.getOwnPropertyNames(TsSprite.prototype)).not.toContain('getPosition');
    expect(Object.getOwnPropertyNames(TsAdder.prototype)).not.toContain('add');
  });
});
