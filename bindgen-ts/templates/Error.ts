{{ e.docs.tsdoc(0) }}export class {{ e.ts_name }} extends UniffiError {
  declare readonly tag: {% for v in e.variants %}{% if !loop.first %} | {% endif %}'{{ v.ts_name }}'{% endfor %};
{%- for m in e.methods %}

  {{ m.docs.tsdoc(2) }}{{ m.override_keyword() }}{{ m.async_keyword() }}{{ m.ts_name }}({{ m.signature_block(2) }}): {{ m.return_annotation() }} {
    return {{ m.await_keyword() }}calls.{{ m.ffi.key }}.call({{ m.arguments("this") }});
  }
{%- endfor %}
}

export namespace {{ e.ts_name }} {
{%- for v in e.variants %}
  {{ v.docs.tsdoc(2) }}export class {{ v.class_name }} extends {{ e.ts_name }} {
    declare readonly tag: '{{ v.ts_name }}';
{%- if e.is_flat %}

    /** @param message Rust's `Display` of the error; by default `{{ e.rust_name }}.{{ v.ts_name }}` (only the variant crosses to Rust). */
    constructor(message?: string) {
      super('{{ e.rust_name }}', '{{ v.ts_name }}', message);
    }
{%- else if v.is_tuple %}
    /** The variant's unnamed fields, in order. */
    readonly inner: [{% for f in v.fields %}{% if !loop.first %}, {% endif %}{{ f.ty.annotation }}{% endfor %}];

    constructor(inner: [{% for f in v.fields %}{% if !loop.first %}, {% endif %}{{ f.ty.annotation }}{% endfor %}]) {
      super('{{ e.rust_name }}', '{{ v.ts_name }}', { inner });
      this.inner = inner;
    }
{%- else %}
{%- for f in v.fields %}
    {{ f.docs.tsdoc(4) }}readonly {{ f.ts_name }}: {{ f.ty.annotation }};
{%- endfor %}

    constructor({% if !v.fields.is_empty() %}fields: { {% for f in v.fields %}{{ f.ts_name }}: {{ f.ty.annotation }}{% if !loop.last %}; {% endif %}{% endfor %} }{% endif %}) {
      super('{{ e.rust_name }}', '{{ v.ts_name }}', {% if v.fields.is_empty() %}{}{% else %}fields{% endif %});
{%- for f in v.fields %}
      this.{{ f.ts_name }} = fields.{{ f.ts_name }};
{%- endfor %}
    }
{%- endif %}
  }
{%- endfor %}

  /**
   * Every variant of {{ e.ts_name }}. A caught {{ e.ts_name }} narrows to one with `instanceof` (each
   * variant is a class), or, cast to this type, with `switch (error.tag)`.
   */
  export type Variant = {% for v in e.variants %}{% if !loop.first %} | {% endif %}{{ v.class_name }}{% endfor %};
}
