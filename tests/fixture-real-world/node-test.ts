// The error classes under node:test, Node's own test runner (run by errors.test.ts with
// `node --require ts-node/register/transpile-only`; type-checked by `npm run typecheck`):
// `assert.throws(f, HtmlError)` and `t.assert.throws(f, Failure)` typecheck and pass.
// UNIFFI_TS_TEST_PACKAGE names the generated package to test (fixture-real-world or its koffi twin).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';

type Package = typeof import('../../generated/fixture-real-world');

const packageName = process.env.UNIFFI_TS_TEST_PACKAGE ?? 'fixture-real-world';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const api = require(resolve(__dirname, '../../generated', packageName)) as Package;
const { Failure, HtmlError, TupleError, fail, failAsync, oopsCustom, parseHtml, parseHtmlAsync } = api;

test('assert.throws and assert.rejects with an error enum and its variants', async () => {
  assert.throws(() => parseHtml(''), HtmlError);
  assert.throws(() => parseHtml(''), HtmlError.InvalidHtml);
  assert.throws(() => parseHtml('x'), { tag: 'Other', reason: 'starts with "x"' });
  await assert.rejects(parseHtmlAsync('x'), HtmlError.Other);
});

test("the test context's assert, with an object used as an error", async (t) => {
  t.assert.throws(() => fail(1), Failure);
  await t.assert.rejects(failAsync(2), Failure);
});

test('a custom type over an error enum throws the variant', () => {
  assert.throws(() => oopsCustom(5), TupleError.Value);
});
