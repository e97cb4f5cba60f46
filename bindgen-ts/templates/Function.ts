{{ f.docs.tsdoc(0) }}export function {{ f.ts_name }}({{ f.signature_block(0) }}): {{ f.return_annotation() }} {
  return calls.{{ f.ffi.key }}.call({{ f.arguments("this") }});
}
