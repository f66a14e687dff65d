/**
 * Text made literal in Markdown: < and > as entities, the inline punctuation (\\ ` * _ [ ] | ~ ! &
 * #) backslashed so that no emphasis, code, link, image, raw HTML or entity is formed; ':' and '@'
 * backslashed, and the dot of 'www.', so that GFM's autolinks (https://…, www.…, name@host) never
 * turn a cell's text into a link; line breaks made spaces (a table row is one line).
 *
 * @example
 * markdownText('<b>a|b</b>') //=> '&lt;b&gt;a\\|b&lt;/b&gt;'
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~!&#:@]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : `\\${ch}`))
    .replace(/(www)\./gi, '$1\\.');
}
