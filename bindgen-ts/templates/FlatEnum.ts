{{ e.docs.tsdoc(0) }}export type {{ e.ts_name }} = {% for v in e.variants %}{% if !loop.first %} | {% endif %}'{{ v.ts_name }}'{% endfor %};

{% let owner = e.ts_name.as_str() -%}
{% let methods = e.methods.as_slice() -%}
/**
 * The variants of {@link {{ e.ts_name }}}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`){% if !e.methods.is_empty() %}, and its methods{% endif %}.
 */
export const {{ e.ts_name }} = withDiscriminants<{{ e.ts_name }}, {{ e.discriminant_type }}>('{{ e.ts_name }}', {{ e.discriminant_table() }})({
{%- for v in e.variants %}
  {{ v.docs.tsdoc(2) }}{{ v.ts_name }}: '{{ v.ts_name }}',
{%- endfor %}
{%- include "Methods.ts" %}
} as const);
