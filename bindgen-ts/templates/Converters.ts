// Converters. Named types first, as empty shells defined below, so that they can refer to each
// other (and to themselves) in any order; then compound types, inner ones first. The named
// ones are exported for the packages of crates that use these types.
{% for e in package.flat_enums -%}
/** The FFI converter of {{ e.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ e.converter }} = new FlatEnumConverter<{{ e.ts_name }}>('{{ e.ts_name }}', [
{%- for v in e.variants %}
  {{ e.ts_name }}.{{ v.ts_name }},
{%- endfor %}
]);
{% endfor -%}
{% for r in package.records -%}
/** The FFI converter of {{ r.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ r.converter }} = new RecordConverter<{{ r.ts_name }}>('{{ r.ts_name }}');
{% endfor -%}
{% for e in package.tagged_enums -%}
/** The FFI converter of {{ e.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ e.converter }} = new TaggedEnumConverter<{{ e.ts_name }}>('{{ e.ts_name }}');
{% endfor -%}
{% for e in package.errors -%}
/** The FFI converter of {{ e.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ e.converter }} = new ErrorConverter<{{ e.ts_name }}>('{{ e.ts_name }}');
{% endfor -%}
{% for o in package.objects -%}
/** The FFI converter of {{ o.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ o.converter }} = new ObjectConverter<{{ o.ts_name }}>(
  '{{ o.ts_name }}',
  library,
  () => {{ o.ts_name }},
  '{{ o.clone_symbol }}',
  '{{ o.free_symbol }}',
);
{% endfor -%}
{% for c in package.callback_interfaces -%}
/** The FFI converter of {{ c.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ c.converter }} = new {{ c.converter_class() }}<{{ c.ts_name }}>(
  '{{ c.rust_name }}',
  library,
  '{{ c.init_symbol }}',
{%- if let Some(rust) = c.rust_object_converter %}
  {{ rust }},
{%- endif %}
);
{% endfor -%}
{% for c in package.custom_types -%}
/** The FFI converter of {{ c.ts_name }}: for the bindings of crates that use this type, not for apps. */
export const {{ c.converter }} = new CustomConverter<{{ c.ts_name }}, {{ c.builtin.annotation }}>('{{ c.ts_name }}');
{% endfor -%}
{% for l in package.error_lifters -%}
{% if l.is_local %}export {% endif %}const {{ l.name }} = objectErrorLifter({{ l.converter }});
{% endfor %}
{% for c in package.compound_converters -%}
const {{ c.name }} = {{ c.expression }};
{% endfor %}
{% for r in package.records -%}
{%- if r.has_defaults() %}
{{ r.converter }}.define(
  {
{%- for f in r.fields %}
    {{ f.ts_name }}: {{ f.ty.converter }},
{%- endfor %}
  },
  {
{%- for f in r.fields %}{% if let Some(default) = f.default %}
    {{ f.ts_name }}: () => ({{ default }}),
{%- endif %}{% endfor %}
  },
);
{%- else %}
{{ r.converter }}.define({
{%- for f in r.fields %}
  {{ f.ts_name }}: {{ f.ty.converter }},
{%- endfor %}
});
{%- endif %}
{% endfor -%}
{% for e in package.tagged_enums -%}
{{ e.converter }}.define([
{%- for v in e.variants %}
  ['{{ v.ts_name }}', { {% if v.is_tuple %}tuple{% else %}fields{% endif %}: {{ v.converter_table() }}{% if let Some(defaults) = v.defaults_table() %}, defaults: {{ defaults }}{% endif %} }],
{%- endfor %}
]);
{% endfor -%}
{% for e in package.errors -%}
{{ e.converter }}.define([
{%- for v in e.variants %}
{%- if e.is_flat %}
  flatErrorVariant('{{ v.ts_name }}', (message) => new {{ e.ts_name }}.{{ v.class_name }}(message)),
{%- else if v.is_tuple %}
  errorTupleVariant(
    '{{ v.ts_name }}',
    (inner) => new {{ e.ts_name }}.{{ v.class_name }}(inner as [{% for f in v.fields %}{% if !loop.first %}, {% endif %}{{ f.ty.annotation }}{% endfor %}]),
    {{ v.converter_table() }},
  ),
{%- else if v.fields.is_empty() %}
  errorVariant('{{ v.ts_name }}', () => new {{ e.ts_name }}.{{ v.class_name }}(), {}),
{%- else %}
  errorVariant('{{ v.ts_name }}', (fields) => new {{ e.ts_name }}.{{ v.class_name }}(fields), {
{%- for f in v.fields %}
    {{ f.ts_name }}: {{ f.ty.converter }},
{%- endfor %}
  }),
{%- endif %}
{%- endfor %}
]);
{% endfor -%}
{% for c in package.custom_types -%}
{%- match c.conversion %}
{%- when Some(conversion) %}
{{ c.converter }}.define({{ c.builtin.converter }}, {
  lift: (value: {{ c.builtin.annotation }}): {{ c.ts_name }} => {{ conversion.0 }},
  lower: (value: {{ c.ts_name }}): {{ c.builtin.annotation }} => {{ conversion.1 }},
});
{%- when None %}
{{ c.converter }}.define({{ c.builtin.converter }});
{%- endmatch %}
{% endfor -%}
{% for c in package.callback_interfaces %}
{{ c.converter }}.define([
{%- for m in c.methods %}
  {{ m.table_entry() }},
{%- endfor %}
]);
{%- endfor %}
