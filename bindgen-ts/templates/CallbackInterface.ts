{{ c.docs.tsdoc(0) }}export interface {{ c.ts_name }} {
{%- for m in c.methods %}
  {{ m.docs.tsdoc(2) }}{{ m.declaration() }};
{%- endfor %}
}
