{{ c.docs.tsdoc(0) }}export interface {{ c.ts_name }} {
{%- for m in c.methods %}
  {{ m.docs.tsdoc(2) }}{{ m.declaration() }};
{%- endfor %}
{%- if let Some(class) = c.rust_class() %}

  /**
   * Frees a Rust implementation (a {@link {{ class }}} object) at once, as its own `destroy()`
   * does; TypeScript implementations need not have it. A value typed as this interface may be
   * either: `value.destroy?.()` frees it if it is Rust's, and `value instanceof {{ class }}` narrows
   * it to the class, which `using` takes.
   */
  destroy?(): void;
  /** The same as `destroy`, on Rust implementations. */
  [Symbol.dispose]?(): void;
{%- endif %}
}
