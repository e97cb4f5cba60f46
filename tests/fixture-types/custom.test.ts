// Custom types (`uniffi::custom_type!`, `custom_newtype!`) of the fixture-types crate, against
// the real library. crates/fixtures/types/uniffi.toml maps `Url` (a String in Rust) to the
// WHATWG `URL` class:
//
//   [bindings.typescript.custom_types.Url]
//   type_name = "URL"; lift = "new URL({})"; lower = "{}.toString()"
//
// `Handle` (over i64) and `Celsius` (over f64) have no TypeScript configuration: they are
// aliases of their builtin's type (`bigint`, `number`).
import { URL as NodeURL } from 'node:url';
import {
  RustPanic,
  UrlError,
  echoBookmark,
  echoHandle,
  echoOptionalUrl,
  echoUrl,
  echoUrls,
  fromFahrenheit,
  handleFromValue,
  handleValue,
  makeUrl,
  nextHandle,
  sampleBookmark,
  toFahrenheit,
  urlHost,
  urlScheme,
} from '../../generated/fixture-types';
import type { Bookmark, Celsius, Handle, Url } from '../../generated/fixture-types';

const I64_MAX = 2n ** 63n - 1n;

describe('Url ↔ URL (configured lift and lower)', () => {
  test('the TypeScript type is URL', () => {
    const asUrl: URL = new URL('https://example.com/');
    const custom: Url = asUrl; // Url is an alias of URL...
    const back: URL = custom; // ...both ways
    expect(back).toBe(asUrl);
    // @ts-expect-error a string is not a Url: the lowering needs a URL.
    const notAUrl: Url = 'https://example.com/';
    expect(typeof notAUrl).toBe('string');
  });

  test('a URL crosses both ways and comes back as a URL', () => {
    const input = new URL('https://example.com/a/b?c=1&d=%20#frag');
    const echoed = echoUrl(input);
    expect(echoed).toBeInstanceOf(URL);
    expect(echoed).toBeInstanceOf(NodeURL);
    expect(echoed).not.toBe(input); // lifted anew from Rust's string
    expect(echoed.href).toBe(input.href);
    expect(echoed.searchParams.get('c')).toBe('1');
    expect(echoed.hash).toBe('#frag');
  });

  test('Rust receives the lowered string (URL.toString(), normalized by WHATWG URL)', () => {
    const url = new URL('HTTPS://Example.COM:8080/Path');
    expect(url.toString()).toBe('https://example.com:8080/Path');
    expect(urlHost(url)).toBe('example.com:8080');
    expect(urlScheme(url)).toBe('https');
    expect(urlScheme(new URL('ftp://files.example.net'))).toBe('ftp');
  });

  test('a URL made by Rust is lifted with new URL()', () => {
    const made = makeUrl('https', 'example.org', '/docs/index.html');
    expect(made).toBeInstanceOf(URL);
    expect(made.href).toBe('https://example.org/docs/index.html');
    expect(made.pathname).toBe('/docs/index.html');
  });

  test("Rust's own validation errors still arrive as typed errors", () => {
    expect(() => makeUrl('', 'example.org', 'x')).toThrow(UrlError.MissingScheme);
    expect(() => makeUrl('https', '', 'x')).toThrow(UrlError.EmptyHost);
    try {
      makeUrl('https', '', 'x');
    } catch (error) {
      expect(error).toBeInstanceOf(UrlError);
      expect((error as UrlError.EmptyHost).input).toBe('https:///x');
    }
  });

  test('a URL that JavaScript accepts but Rust refuses: typed error or unexpected error', () => {
    const mail = new URL('mailto:someone@example.com'); // no "://": Rust's try_lift refuses it
    // url_host declares UrlError: UniFFI reports the lift failure as that error.
    expect(() => urlHost(mail)).toThrow(UrlError.MissingScheme);
    // url_scheme and echo_url declare no error: an unexpected error, like a panic.
    expect(() => urlScheme(mail)).toThrow(RustPanic);
    expect(() => echoUrl(mail)).toThrow(/has no scheme/);
    // The library keeps working.
    expect(urlScheme(new URL('https://example.com'))).toBe('https');
  });

  test('a string Rust returns that URL cannot parse surfaces as the lift error', () => {
    // Rust accepts any non-empty host; WHATWG URL refuses a space in it.
    // (URL comes from node:url, so its TypeError is the host realm's: match by message.)
    expect(() => makeUrl('https', 'exa mple.com', 'x')).toThrow(/Invalid URL/);
    expect(makeUrl('https', 'example.com', 'x').href).toBe('https://example.com/x');
  });

  test('a lower that returns the wrong builtin type is a TypeError naming the parameter, not a RustPanic', () => {
    // The configured lower is `{}.toString()`: a URL whose toString() answers a number makes the
    // conversion return a number where the builtin is a String.
    class NumericUrl extends URL {
      override toString(): string {
        return 42 as unknown as string;
      }
    }
    const odd = new NumericUrl('https://example.com/');
    const refusal = (call: () => unknown): unknown => {
      try {
        call();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const [call, path] of [
      [() => urlScheme(odd), 'url'],
      [() => echoUrls([new URL('https://a.example/'), odd]), 'urls[1]'],
      [() => echoBookmark({ ...sampleBookmark(), related: new Map([['odd', odd]]) }), 'bookmark.related["odd"]'],
    ] as const) {
      const error = refusal(call);
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(RustPanic);
      expect((error as Error).message).toBe(`${path}: expected a string, got 42 (number)`);
    }
    // A lower that throws names the parameter and the custom type.
    class BrokenUrl extends URL {
      override toString(): string {
        throw new Error('no text');
      }
    }
    expect(() => urlScheme(new BrokenUrl('https://example.com/'))).toThrow('url: not a valid Url: no text');
  });

  test('URLs inside Vec and Option', () => {
    const urls = [new URL('https://a.example/'), new URL('http://b.example/x?y')];
    const echoed = echoUrls(urls);
    expect(echoed).toHaveLength(2);
    expect(echoed.every((u) => u instanceof URL)).toBe(true);
    expect(echoed.map((u) => u.href)).toEqual(urls.map((u) => u.href));
    expect(echoUrls([])).toEqual([]);
    expect(echoOptionalUrl(undefined)).toBeUndefined();
    const some = echoOptionalUrl(new URL('https://c.example/'));
    expect(some).toBeInstanceOf(URL);
    expect(some?.href).toBe('https://c.example/');
  });
});

describe('Handle (i64 through From/TryFrom, no TypeScript configuration)', () => {
  test('the TypeScript type is bigint', () => {
    const handle: Handle = 5n;
    const plain: bigint = echoHandle(handle);
    expect(plain).toBe(5n);
    // @ts-expect-error a number is not a Handle (i64 → bigint).
    const wrong: Handle = 5;
    expect(typeof wrong).toBe('number');
  });

  test('values cross exactly, over the whole non-negative range', () => {
    expect(echoHandle(0n)).toBe(0n);
    expect(echoHandle(I64_MAX)).toBe(I64_MAX);
    expect(handleValue(123n)).toBe(123n);
    expect(nextHandle(41n)).toBe(42n);
    expect(nextHandle(I64_MAX)).toBe(I64_MAX); // saturating in Rust
    expect(handleFromValue(7n)).toBe(7n);
    expect(handleFromValue(-7n)).toBeUndefined();
  });

  test("a negative handle fails Rust's TryFrom: an unexpected error", () => {
    expect(() => echoHandle(-1n)).toThrow(RustPanic);
    expect(() => echoHandle(-1n)).toThrow(/handle -1 is negative/);
    expect(echoHandle(1n)).toBe(1n);
  });

  test("the builtin's checks still apply", () => {
    expect(() => echoHandle(2n ** 63n)).toThrow(RangeError);
    expect(() => echoHandle(1 as unknown as Handle)).toThrow(TypeError);
  });
});

describe('Celsius (custom_newtype! over f64)', () => {
  test('the TypeScript type is number', () => {
    const boiling: Celsius = 100;
    const degrees: number = toFahrenheit(boiling);
    expect(degrees).toBe(212);
  });

  test('values cross both ways', () => {
    expect(toFahrenheit(-40)).toBe(-40);
    expect(toFahrenheit(37)).toBeCloseTo(98.6, 10);
    expect(fromFahrenheit(212)).toBe(100);
    expect(fromFahrenheit(32)).toBe(0);
    expect(Number.isNaN(toFahrenheit(Number.NaN))).toBe(true);
  });
});

describe('custom types inside a record (Bookmark)', () => {
  test('a record from Rust has every custom field lifted', () => {
    const bookmark = sampleBookmark();
    expect(bookmark.url).toBeInstanceOf(URL);
    expect(bookmark.url.href).toBe('https://example.org/page?q=1#top');
    expect(bookmark.owner).toBe(I64_MAX);
    expect(bookmark.mirrors.map((u) => u.href)).toEqual(['http://mirror.example.net/page']);
    expect(bookmark.mirrors[0]).toBeInstanceOf(URL);
    expect(bookmark.folder).toBe(0n);
    expect(bookmark.related).toBeInstanceOf(Map);
    expect(bookmark.related.get('home')).toBeInstanceOf(URL);
    expect(bookmark.related.get('home')?.href).toBe('https://example.org/');
    expect(bookmark.temperature).toBe(-40);
    expect(bookmark.fallback).toBeInstanceOf(URL);
    expect(bookmark.fallback?.href).toBe('https://example.com/');
  });

  test('a record round-trips, with a custom value in every position', () => {
    const bookmark: Bookmark = {
      url: new URL('https://example.com/start'),
      owner: 9n,
      mirrors: [new URL('https://m1.example/'), new URL('https://m2.example/x')],
      folder: undefined,
      related: new Map([['docs', new URL('https://docs.example/')]]),
      temperature: 21.5,
      fallback: new URL('https://fallback.example/'),
    };
    const echoed = echoBookmark(bookmark);
    expect(echoed.url.href).toBe('https://example.com/start');
    expect(echoed.owner).toBe(9n);
    expect(echoed.mirrors.map((u) => u.href)).toEqual(['https://m1.example/', 'https://m2.example/x']);
    expect(echoed.folder).toBeUndefined();
    expect(echoed.related.get('docs')?.href).toBe('https://docs.example/');
    expect(echoed.temperature).toBe(21.5);
    expect(echoed.fallback?.href).toBe('https://fallback.example/');
  });

  test("an omitted custom field gets Rust's default, lifted to a URL", () => {
    const echoed = echoBookmark({
      url: new URL('https://example.com/'),
      owner: 1n,
      mirrors: [],
      folder: 2n,
      related: new Map(),
      temperature: 0,
    });
    expect(echoed.fallback).toBeInstanceOf(URL);
    expect(echoed.fallback?.href).toBe('https://example.com/');
    expect(echoed.folder).toBe(2n);
  });

  test('a bad custom value inside the record is refused before anything crosses', () => {
    const bad = { ...sampleBookmark(), owner: 1 as unknown as Handle };
    expect(() => echoBookmark(bad)).toThrow(TypeError);
    expect(() => echoBookmark(bad)).toThrow(/owner/);
  });
});
