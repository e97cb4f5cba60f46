export {
  AbortError,
  Duration,
  LibraryLoadError,
  ObjectDestroyedError,
  RustPanic,
  Timestamp,
  UniffiError,
} from './runtime';
export type { AsyncCallOptions{% if package.has_async_callbacks() %}, ForeignCallOptions{% endif %} } from './runtime';

{% for c in package.custom_types -%}
{% include "CustomType.ts" %}

{% endfor -%}
{% for e in package.flat_enums -%}
{% include "FlatEnum.ts" %}

{% endfor -%}
{% for e in package.tagged_enums -%}
{% include "TaggedEnum.ts" %}

{% endfor -%}
{% for r in package.records -%}
{% include "Record.ts" %}

{% endfor -%}
{% for e in package.errors -%}
{% include "Error.ts" %}

{% endfor -%}
{% for c in package.callback_interfaces -%}
{% include "CallbackInterface.ts" %}

{% endfor -%}
{% for o in package.objects -%}
{% include "Object.ts" %}

{% endfor -%}
{% include "Converters.ts" %}

{% include "Calls.ts" %}

{% for f in package.functions -%}
{% include "Function.ts" %}

{% endfor -%}
