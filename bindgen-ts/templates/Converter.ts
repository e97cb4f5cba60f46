{%- match c %}
{%- when Converter::Compound(compound) %}
const {{ compound.name }} = {{ compound.expression }};
{%- when Converter::Record(r) %}
const {{ r.converter }} = new RecordConverter<{{ r.ts_name }}>('{{ r.ts_name }}', {
{%- for f in r.fields %}
  {{ f.ts_name }}: {{ f.ty.converter }},
{%- endfor %}
});
{%- when Converter::FlatEnum(e) %}
const {{ e.converter }} = new FlatEnumConverter<{{ e.ts_name }}>('{{ e.ts_name }}', [
{%- for v in e.variants %}
  {{ e.ts_name }}.{{ v.ts_name }},
{%- endfor %}
]);
{%- when Converter::Error(e) %}
const {{ e.converter }} = new ErrorConverter<{{ e.ts_name }}>('{{ e.ts_name }}', [
{%- for v in e.variants %}
{%- if e.is_flat %}
  flatErrorVariant('{{ v.ts_name }}', (message) => new {{ e.ts_name }}.{{ v.ts_name }}(message)),
{%- else if v.fields.is_empty() %}
  errorVariant('{{ v.ts_name }}', () => new {{ e.ts_name }}.{{ v.ts_name }}(), {}),
{%- else %}
  errorVariant('{{ v.ts_name }}', (fields) => new {{ e.ts_name }}.{{ v.ts_name }}(fields), {
{%- for f in v.fields %}
    {{ f.ts_name }}: {{ f.ty.converter }},
{%- endfor %}
  }),
{%- endif %}
{%- endfor %}
]);
{%- endmatch %}
