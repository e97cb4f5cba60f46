// Flat enum discriminants (crates/fixtures/real-world/src/discriminants.rs): each enum's
// `discriminant(variant)` equals Rust's `variant as repr`, `fromDiscriminant(value)` finds the
// variant back; bigint for 64-bit reprs (exact up to u64::MAX and down to i64::MIN), number
// otherwise.
import {
  AnimalLargeUInt,
  AnimalSignedLarge,
  ExplicitValuedEnum,
  Implicit,
  SignedValues,
  SmallValues,
  Word,
  animalLargeUintValue,
  animalSignedLargeValue,
  explicitValuedValue,
  implicitValue,
  signedValuesValue,
  smallValuesValue,
} from '../../generated/fixture-real-world';

describe('each variant has Rust’s discriminant, and is found from it', () => {
  test('#[repr(u64)] beyond 32 bits, up to u64::MAX: bigint', () => {
    const all = [AnimalLargeUInt.Dog, AnimalLargeUInt.Cat, AnimalLargeUInt.Whale] as const;
    for (const variant of all) {
      const value: bigint = AnimalLargeUInt.discriminant(variant);
      expect(value).toBe(animalLargeUintValue(variant));
      expect(AnimalLargeUInt.fromDiscriminant(value)).toBe(variant);
    }
    expect(AnimalLargeUInt.discriminant('Dog')).toBe(4294967298n);
    expect(AnimalLargeUInt.discriminant('Whale')).toBe(18446744073709551615n);
  });

  test('#[repr(i64)] at both ends of i64', () => {
    for (const variant of [AnimalSignedLarge.Smallest, AnimalSignedLarge.Zero, AnimalSignedLarge.Largest]) {
      expect(AnimalSignedLarge.discriminant(variant)).toBe(animalSignedLargeValue(variant));
      expect(AnimalSignedLarge.fromDiscriminant(AnimalSignedLarge.discriminant(variant))).toBe(variant);
    }
    expect(AnimalSignedLarge.discriminant('Smallest')).toBe(-(2n ** 63n));
  });

  test('explicit values with gaps, no repr: number', () => {
    const all: ExplicitValuedEnum[] = ['First', 'Second', 'Fourth', 'Tenth', 'FourtyTwo'];
    expect(all.map((v) => ExplicitValuedEnum.discriminant(v))).toEqual([1, 2, 4, 10, 42]);
    for (const variant of all)
      expect(BigInt(ExplicitValuedEnum.discriminant(variant))).toBe(explicitValuedValue(variant));
    expect(ExplicitValuedEnum.fromDiscriminant(4)).toBe('Fourth');
    expect(ExplicitValuedEnum.fromDiscriminant(3)).toBeUndefined();
    expect(ExplicitValuedEnum.fromDiscriminant(4.5)).toBeUndefined();
  });

  test('#[repr(u8)] with implicit values, #[repr(i8)] with negative ones', () => {
    for (const variant of [SmallValues.Three, SmallValues.Four, SmallValues.Top]) {
      expect(SmallValues.discriminant(variant)).toBe(smallValuesValue(variant));
    }
    expect([SmallValues.discriminant('Four'), SmallValues.discriminant('Top')]).toEqual([4, 255]);
    const signed = [SignedValues.Bottom, SignedValues.MinusThree, SignedValues.MinusTwo, SignedValues.Top];
    expect(signed.map((v) => SignedValues.discriminant(v))).toEqual(signed.map((v) => signedValuesValue(v)));
    expect(signed.map((v) => SignedValues.discriminant(v))).toEqual([-128, -3, -2, 127]);
    expect(SignedValues.fromDiscriminant(-2)).toBe('MinusTwo');
  });

  test('no discriminants: 0, 1, 2', () => {
    expect([Implicit.Zero, Implicit.One, Implicit.Two].map((v) => Implicit.discriminant(v))).toEqual([0, 1, 2]);
    expect(BigInt(Implicit.discriminant('Two'))).toBe(implicitValue('Two'));
    expect(Word.discriminant(Word.Inner)).toBe(2);
  });
});

describe('typed and checked', () => {
  test('the types: number or bigint per enum, a variant or undefined back', () => {
    const small: number = SmallValues.discriminant('Top');
    const large: bigint = AnimalLargeUInt.discriminant('Cat');
    const found: AnimalLargeUInt | undefined = AnimalLargeUInt.fromDiscriminant(large);
    expect([small, found]).toEqual([255, 'Cat']);
    // @ts-expect-error a bigint enum takes bigint discriminants
    expect(() => AnimalLargeUInt.fromDiscriminant(4294967298)).toThrow(TypeError);
    // @ts-expect-error a number enum takes number discriminants
    expect(() => SmallValues.fromDiscriminant(3n)).toThrow(/SmallValues.fromDiscriminant: expected a number, got 3n/);
    // @ts-expect-error not a variant
    expect(() => SmallValues.discriminant('Five')).toThrow(/expected a SmallValues variant, got "Five"/);
  });

  test('variants still cross as themselves (discriminants are metadata only)', () => {
    expect(animalLargeUintValue('Whale')).toBe(2n ** 64n - 1n);
    expect(explicitValuedValue(ExplicitValuedEnum.FourtyTwo)).toBe(42n);
  });
});
