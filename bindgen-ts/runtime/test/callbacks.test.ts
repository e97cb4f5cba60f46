import { ForeignHandles } from '../src/handle-map';

describe('ForeignHandles', () => {
  test('handles are odd (UniFFI: Rust-made ones are even), distinct, and never reused', () => {
    const handles = new ForeignHandles<object>();
    const seen = new Set<bigint>();
    for (let i = 0; i < 100; i++) {
      const handle = handles.insert({});
      expect(handle & 1n).toBe(1n);
      expect(seen.has(handle)).toBe(false);
      seen.add(handle);
      if (i % 2 === 0) handles.remove(handle);
    }
    expect(handles.size).toBe(50);
  });

  test('clone makes a second handle for the same object; each is freed on its own', () => {
    const handles = new ForeignHandles<{ id: number }>();
    const value = { id: 1 };
    const first = handles.insert(value);
    const second = handles.clone(first);
    expect(second).not.toBe(first);
    expect(handles.get(second)).toBe(value);
    handles.remove(first);
    expect(handles.get(second)).toBe(value);
    expect(handles.take(second)).toBe(value);
    expect(handles.size).toBe(0);
  });

  test('an unknown handle is an error, not undefined', () => {
    const handles = new ForeignHandles<object>();
    expect(() => handles.get(7n)).toThrow(/no foreign object with handle 7/);
    expect(() => handles.clone(7n)).toThrow();
    expect(() => handles.remove(7n)).not.toThrow();
  });
});
