{{ c.docs.tsdoc(0) }}export type {{ c.ts_name }} = {{ c.annotation }};
