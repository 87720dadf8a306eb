/** Characters XML 1.0 forbids (control characters, non-characters, lone surrogates): Word and Excel refuse a part holding one. */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same data with every text stripped of what XML forbids, so a pasted vertical tab cannot corrupt a document. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(XML_ILLEGAL, '') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => xmlSafe(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T;
  return value;
}
