/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; lone surrogates).
 * An SVG holding one does not parse ("Invalid character U+0000"), so exports drop them.
 */
/* eslint-disable no-control-regex */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

export function xmlSafeText(s: string): string {
  return s.replace(FORBIDDEN, '');
}
