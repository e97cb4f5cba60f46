{{ r.docs.tsdoc(0) }}export interface {{ r.ts_name }} {
{%- for f in r.fields %}
  {{ f.docs.tsdoc(2) }}{{ f.ts_name }}{% if f.default.is_some() %}?{% endif %}: {{ f.record_annotation() }};
{%- endfor %}
}
{%- if !r.methods.is_empty() || r.has_defaults() %}

{% let owner = r.ts_name.as_str() -%}
{% let methods = r.methods.as_slice() -%}
/**
 * {% if r.has_defaults() %}The factory of {@link {{ r.ts_name }}}{% if !r.methods.is_empty() %}, and its methods, as functions taking the record first{% endif %}{% else %}The methods of {@link {{ r.ts_name }}}, as functions taking the record first{% endif %}.
 */
export const {{ r.ts_name }} = {
{%- if r.has_defaults() %}
  /**
   * A complete {{ r.ts_name }}: the fields given, and every omitted one (or `undefined`) with its
   * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
   */
  create({{ r.factory_signature() }} {
    return {
{%- for entry in r.factory_entries() %}
      {{ entry }},
{%- endfor %}
    };
  },
{%- endif %}
{%- include "Methods.ts" %}
} as const;
{%- endif %}
