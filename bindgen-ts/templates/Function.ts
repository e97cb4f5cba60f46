{{ f.docs.tsdoc(0) }}export {{ f.async_keyword() }}function {{ f.ts_name }}({{ f.signature_block(0) }}): {{ f.return_annotation() }} {
  return {{ f.await_keyword() }}calls.{{ f.ffi.key }}.call({{ f.arguments("this") }});
}
