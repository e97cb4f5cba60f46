{{ r.docs.tsdoc(0) }}export interface {{ r.ts_name }} {
{%- for f in r.fields %}
  {{ f.docs.tsdoc(2) }}{{ f.ts_name }}: {{ f.ty.annotation }};
{%- endfor %}
}
