/** The options of a Select from a record of value → label (labels in Bahasa Indonesia, in the record's order). */
export function opsi(label: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(label).map(([value, teks]) => ({ value, label: teks }));
}

/** Spread on a form (<code>&lt;Stack component="form" {...tanpaValidasiPeramban}&gt;</code>): the browser's own
 * validation bubbles ("Please fill out this field", in the browser's language) are off; the API's messages in Bahasa
 * Indonesia are shown beside the fields instead. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export const tanpaValidasiPeramban = { noValidate: true } as {};
