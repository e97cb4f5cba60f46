const {{ f.ts_name }}Call = new {% if f.is_async %}AsyncFunction{% else %}SyncFunction{% endif %}<{% match f.returns %}{% when Some(t) %}{{ t.annotation }}{% when None %}void{% endmatch %}>(
  library,
  ffiFunctions.{{ f.ffi.key }},
  [{% for p in f.params %}{% if !loop.first %}, {% endif %}['{{ p.label }}', {{ p.ty.converter }}]{% endfor %}],
  {% match f.returns %}{% when Some(t) %}{{ t.converter }}{% when None %}undefined{% endmatch %},
{%- if let Some(throws) = f.throws %}
  {{ throws }},
{%- endif %}
);

{{ f.docs.tsdoc(0) }}export function {{ f.ts_name }}({{ index.params_signature(f) }}): {{ f.return_annotation() }} {
  return {{ f.ts_name }}Call.call([{{ index.args_list(f) }}]{% if f.is_async %}, options{% endif %});
}
