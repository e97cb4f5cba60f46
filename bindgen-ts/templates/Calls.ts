// Every Rust function, constructor and method, with the converters of its parameters, result
// and error.
const calls = {
{%- for c in package.callables() %}
  {{ c.ffi.key }}: new {{ c.runtime_class() }}<{{ c.value_annotation() }}>(
    library,
    ffiFunctions.{{ c.ffi.key }},
    {{ c.parameter_table() }},
    {% match c.returns %}{% when Some(t) %}{{ t.converter }}{% when None %}undefined{% endmatch %},
{%- if let Some(throws) = c.throws %}
    {{ throws }},
{%- endif %}
  ),
{%- endfor %}
};
