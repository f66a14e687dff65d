/**
 * A name Excel accepts for a sheet, from a file name's stem: at most 31 characters and none
 * of : \ / ? * [ ] (a CSV's one sheet is named after its file, and its annotated copy is an
 * xlsx with that sheet).
 */
export function sheetNameOf(stem: string): string {
  const cleaned = stem.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  return cleaned === '' ? 'Sheet1' : cleaned;
}
