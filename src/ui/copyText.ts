/** Copies text: the async Clipboard API where allowed, else a selected hidden textarea and execCommand. */
export async function copyText(
  text: string,
  fallbackField?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or insecure context (plain http): fall through to the selection fallback.
  }
  const field = fallbackField ?? document.createElement('textarea');
  const temporary = !fallbackField;
  if (temporary) {
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.appendChild(field);
  }
  field.focus();
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  if (temporary) field.remove();
  return ok;
}
