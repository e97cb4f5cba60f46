// Error classes in the assertion styles of jest and node:test
// (crates/fixtures/real-world/src/errors.rs): the error type and each variant class are
// constructors (not `abstract`), so `toThrow(HtmlError)` and `assert.throws(f, HtmlError)`
// typecheck and pass, sync and async. This file is type-checked by ts-jest and `npm run typecheck`.
import assert from 'node:assert/strict';
import { HtmlError, UniffiError, parseHtml, parseHtmlAsync } from '../../generated/fixture-real-world';

describe('jest', () => {
  test('toThrow with the error type, a variant class, the runtime base class', () => {
    expect(parseHtml('<p>')).toBe('p');
    expect(() => parseHtml('')).toThrow(HtmlError);
    expect(() => parseHtml('')).toThrow(HtmlError.InvalidHtml);
    expect(() => parseHtml('')).toThrow(UniffiError);
    expect(() => parseHtml('')).toThrow(Error);
    expect(() => parseHtml('x')).toThrowError(HtmlError.Other);
    expect(() => parseHtml('x')).not.toThrow(HtmlError.InvalidHtml);
    expect(() => parseHtml('x')).toThrow(/HtmlError.Other/);
  });

  test('rejects.toThrow, toBeInstanceOf, toMatchObject', async () => {
    await expect(parseHtmlAsync('')).rejects.toThrow(HtmlError);
    await expect(parseHtmlAsync('x')).rejects.toThrow(HtmlError.Other);
    await expect(parseHtmlAsync('x')).rejects.toBeInstanceOf(HtmlError);
    await expect(parseHtmlAsync('x')).rejects.toMatchObject({ tag: 'Other', reason: 'starts with "x"' });
    await expect(parseHtmlAsync('<a>')).resolves.toBe('a');
  });
});

describe('node:assert (what node:test uses)', () => {
  test('assert.throws with a class, an object pattern, a validation function', () => {
    assert.throws(() => parseHtml(''), HtmlError);
    assert.throws(() => parseHtml(''), HtmlError.InvalidHtml);
    assert.throws(() => parseHtml('x'), { tag: 'Other', reason: 'starts with "x"' });
    assert.throws(
      () => parseHtml('x'),
      (error: unknown) => error instanceof HtmlError.Other && error.reason === 'starts with "x"',
    );
    assert.throws(() => assert.throws(() => parseHtml('x'), HtmlError.InvalidHtml));
  });

  test('assert.rejects', async () => {
    await assert.rejects(parseHtmlAsync(''), HtmlError);
    await assert.rejects(parseHtmlAsync('x'), HtmlError.Other);
    await assert.rejects(parseHtmlAsync('x'), { name: 'HtmlError.Other' });
  });
});

describe('the classes themselves', () => {
  test('a variant built in TypeScript is an instance of its type (for mocks and tests)', () => {
    const made = new HtmlError.Other({ reason: 'r' });
    expect(made).toBeInstanceOf(HtmlError);
    expect(made).toBeInstanceOf(UniffiError);
    expect(made.tag).toBe('Other');
    expect(() => {
      throw made;
    }).toThrow(HtmlError);
  });
});
