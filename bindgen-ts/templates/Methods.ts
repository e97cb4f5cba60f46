{#- Methods of a record or enum, as functions of the value: expects `owner` and `methods`. -#}
{%- for m in methods %}
  {{ m.docs.tsdoc(2) }}{{ m.async_keyword() }}{{ m.ts_name }}(self: {{ owner }}{% if !m.signature().is_empty() %}, {{ m.signature() }}{% endif %}): {{ m.return_annotation() }} {
    return {{ m.await_keyword() }}calls.{{ m.ffi.key }}.call({{ m.arguments("self") }});
  },
{%- endfor %}
