{{ e.docs.tsdoc(0) }}export const {{ e.ts_name }} = {
{%- for v in e.variants %}
  {{ v.docs.tsdoc(2) }}{{ v.ts_name }}: '{{ v.ts_name }}',
{%- endfor %}
} as const;
{{ e.docs.tsdoc(0) }}export type {{ e.ts_name }} = (typeof {{ e.ts_name }})[keyof typeof {{ e.ts_name }}];
