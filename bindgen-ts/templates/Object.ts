{%- if let Some(interface) = o.trait_interface %}
/**
 * The methods of the trait {@link {{ o.ts_name }}}: implemented by its Rust implementations
 * ({@link {{ o.ts_name }}} objects) and by every object class that implements the trait in Rust.
 * Only {@link {{ o.ts_name }}} objects cross where Rust takes the trait.
 */
export interface {{ interface }} {
{%- for m in o.methods %}
  {{ m.docs.tsdoc(2) }}{{ m.ts_name }}({{ m.signature_block(2) }}): {{ m.return_annotation() }};
{%- endfor %}
}

{% endif -%}
{{ o.docs.tsdoc(0) }}export class {{ o.ts_name }} extends {% if o.is_error %}UniffiErrorObject{% else %}UniffiObject{% endif %}{{ o.implements_clause() }} {
  /** Makes the class nominal: another class with the same members is not {{ o.ts_name_with_article() }}. */
  private declare readonly uniffiType{{ o.ts_name }}: never;

{%- match o.primary_constructor %}
{%- when Some(c) %}
  {{ c.docs.tsdoc(2) }}constructor({{ c.signature_block(2) }}) {
    super();
    {{ o.converter }}.attach(this, calls.{{ c.ffi.key }}.call({{ c.arguments("this") }}));
  }
{%- when None %}
{%- if o.is_error %}
  /**
   * Instances come from Rust: {{ o.ts_name }} has no primary constructor. This one throws; it
   * is public (taking `never`) so that assertions typed with a constructor accept the class:
   * `expect(f).toThrow({{ o.ts_name }})`.
   */
  constructor(_fromRust: never) {
    super();
    throw new TypeError('{{ o.ts_name }} has no constructor: instances come from Rust');
  }
{%- else %}
  /** Instances come from Rust: {{ o.ts_name }} has no primary constructor. */
  private constructor() {
    super();
  }
{%- endif %}
{%- endmatch %}
{%- for c in o.constructors %}

  {{ c.docs.tsdoc(2) }}static {{ c.async_keyword() }}{{ c.ts_name }}({{ c.signature_block(2) }}): {{ c.return_annotation() }} {
    return {{ c.await_keyword() }}calls.{{ c.ffi.key }}.call({{ c.arguments("this") }});
  }
{%- endfor %}
{%- for m in o.methods %}

  {{ m.docs.tsdoc(2) }}{{ m.override_keyword() }}{{ m.async_keyword() }}{{ m.ts_name }}({{ m.signature_block(2) }}): {{ m.return_annotation() }} {
    return {{ m.await_keyword() }}calls.{{ m.ffi.key }}.call({{ m.arguments("this") }});
  }
{%- endfor %}
}
