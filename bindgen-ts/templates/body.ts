export { AbortError, LibraryLoadError, RustPanic, UniffiError } from './runtime';
export type { AsyncCallOptions } from './runtime';

{% for e in package.flat_enums -%}
{% include "FlatEnum.ts" %}

{% endfor -%}
{% for r in package.records -%}
{% include "Record.ts" %}

{% endfor -%}
{% for e in package.errors -%}
{% include "Error.ts" %}

{% endfor -%}
{% for c in package.converters -%}
{% include "Converter.ts" %}

{% endfor -%}
{% for f in package.functions -%}
{% include "Function.ts" %}

{% endfor -%}
