import type { JointStatement, NoJointStatement } from './schema';

/** The joint statement when one was issued and recorded; null when none was issued or the sources do not say. */
export function issuedStatement(
  js: JointStatement | NoJointStatement | null | undefined,
): JointStatement | null {
  return js && 'title_en' in js ? js : null;
}

/** The note of a meeting the sources show ended without a joint document, otherwise null. */
export function noStatementNote(js: JointStatement | NoJointStatement | null | undefined): string | null {
  return js && 'issued' in js ? js.note : null;
}
