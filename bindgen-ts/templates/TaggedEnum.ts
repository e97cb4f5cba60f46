{{ e.docs.tsdoc(0) }}export type {{ e.ts_name }} =
{%- for v in e.variants %}
{%- if v.has_field_docs() && !v.is_tuple %}
  | {
      tag: '{{ v.ts_name }}';
{%- for f in v.fields %}
      {{ f.docs.tsdoc(6) }}{{ f.ts_name }}: {{ f.ty.annotation }};
{%- endfor %}
    }
{%- else %}
  | {{ v.object_type() }}
{%- endif %}
{%- endfor %};

{% let owner = e.ts_name.as_str() -%}
{% let methods = e.methods.as_slice() -%}
/** Constructors of each variant of {@link {{ e.ts_name }}}{% if !e.methods.is_empty() %}, and its methods{% endif %}. */
export const {{ e.ts_name }} = {
{%- for v in e.variants %}
{%- if v.is_tuple %}
  {{ v.docs.tsdoc(2) }}{{ v.ts_name }}: ({{ v.tuple_params() }}): Extract<{{ e.ts_name }}, { tag: '{{ v.ts_name }}' }> => ({ tag: '{{ v.ts_name }}', inner: [{{ v.tuple_args() }}] }),
{%- else if v.fields.is_empty() %}
  {{ v.docs.tsdoc(2) }}{{ v.ts_name }}: (): Extract<{{ e.ts_name }}, { tag: '{{ v.ts_name }}' }> => ({ tag: '{{ v.ts_name }}' }),
{%- else %}
  {{ v.docs.tsdoc(2) }}{{ v.ts_name }}: (fields: {{ v.fields_type() }}{% if v.all_fields_defaulted() %} = {}{% endif %}): Extract<{{ e.ts_name }}, { tag: '{{ v.ts_name }}' }> =>
    {{ e.converter }}.complete({ tag: '{{ v.ts_name }}', ...fields }) as Extract<{{ e.ts_name }}, { tag: '{{ v.ts_name }}' }>,
{%- endif %}
{%- endfor %}
{%- include "Methods.ts" %}
} as const;
