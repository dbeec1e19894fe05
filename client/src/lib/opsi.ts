/** The options of a Select from a record of value → label (labels in Bahasa Indonesia, in the record's order). */
export function opsi(label: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(label).map(([value, teks]) => ({ value, label: teks }));
}
