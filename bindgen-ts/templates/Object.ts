{{ o.docs.tsdoc(0) }}export class {{ o.ts_name }} extends {% if o.is_error %}UniffiErrorObject{% else %}UniffiObject{% endif %}{% if let Some(i) = o.implements %} implements {{ i }}{% endif %} {
  /** Makes the class nominal: another class with the same members is not a {{ o.ts_name }}. */
  private declare readonly uniffiType{{ o.ts_name }}: never;

{%- match o.primary_constructor %}
{%- when Some(c) %}
  {{ c.docs.tsdoc(2) }}constructor({{ c.signature_block(2) }}) {
    super();
    {{ o.converter }}.attach(this, calls.{{ c.ffi.key }}.call({{ c.arguments("this") }}));
  }
{%- when None %}
  /** Instances come from Rust: {{ o.ts_name }} has no primary constructor. */
  private constructor() {
    super();
  }
{%- endmatch %}
{%- for c in o.constructors %}

  {{ c.docs.tsdoc(2) }}static {{ c.ts_name }}({{ c.signature_block(2) }}): {{ c.return_annotation() }} {
    return calls.{{ c.ffi.key }}.call({{ c.arguments("this") }});
  }
{%- endfor %}
{%- for m in o.methods %}

  {{ m.docs.tsdoc(2) }}{{ m.override_keyword() }}{{ m.ts_name }}({{ m.signature_block(2) }}): {{ m.return_annotation() }} {
    return calls.{{ m.ffi.key }}.call({{ m.arguments("this") }});
  }
{%- endfor %}
}
