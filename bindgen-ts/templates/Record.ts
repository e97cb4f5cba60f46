{{ r.docs.tsdoc(0) }}export interface {{ r.ts_name }} {
{%- for f in r.fields %}
  {{ f.docs.tsdoc(2) }}{{ f.ts_name }}{% if f.default.is_some() %}?{% endif %}: {{ f.ty.annotation }};
{%- endfor %}
}
{%- if !r.methods.is_empty() %}

{% let owner = r.ts_name.as_str() -%}
{% let methods = r.methods.as_slice() -%}
/** The methods of {@link {{ r.ts_name }}}, as functions taking the record first. */
export const {{ r.ts_name }} = {
{%- include "Methods.ts" %}
} as const;
{%- endif %}
