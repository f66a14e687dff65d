import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';

// The fakes must behave like Sheets where the add-on relies on it, or the other tests prove nothing.
describe('the in-memory SpreadsheetApp', () => {
  it('reads a string that starts with = + - @ as a formula, and a quote prefix as text', () => {
    const h = loadAddon();
    const sheet = h.ss.addSheet('s');
    sheet.getRange(1, 1, 1, 5).setValues([['=1+1', '+A1', "'=1+1", '-5', '@x']]);
    expect(sheet.getRange('A1:E1').getFormulas()).toEqual([['=1+1', '=+A1', '', '', '=@x']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([['=1+1', -5]]);
  });

  it('refuses a block of the wrong shape, as Sheets does', () => {
    const h = loadAddon();
    const sheet = h.ss.addSheet('s');
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['a']])).toThrow(/number of rows/);
  });

  it('refuses a property value over 9 KB, as Apps Script does', () => {
    const h = loadAddon();
    expect(() => h.services.documentProperties.setProperty('k', 'あ'.repeat(3100))).toThrow(/too large/);
  });

  it('makes the inserted sheet active and gives Dates of the add-on’s realm', () => {
    const h = loadAddon();
    h.ss.addSheet('a', [[{ date: '2024-04-01' }]]);
    h.ss.insertSheet('b');
    expect(h.ss.activeSheet?.name).toBe('b');
    const [[d]] = h.ss.sheets[0]!.getDataRange().getValues() as [[Date]];
    expect(d instanceof Date).toBe(false); // another realm's Date, as in Apps Script's context
    expect(d instanceof h.ss.env.DateCtor).toBe(true);
    expect(d.toISOString()).toBe('2024-03-31T15:00:00.000Z');
  });
});

describe('the fake developer metadata, as the Sheets reference has it', () => {
  it('adds metadata to a sheet or the spreadsheet, finds it by key and value, keeps it through a rename and drops it with its sheet', () => {
    const h = loadAddon();
    const a = h.ss.addSheet('A');
    const b = h.ss.addSheet('B');
    a.addDeveloperMetadata('k', 'v', 'PROJECT');
    b.addDeveloperMetadata('k');
    h.ss.addDeveloperMetadata('k', 'doc');
    expect(h.ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['doc']);
    expect(a.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      ['k', 'v', 'PROJECT'],
    ]);
    const found = h.ss.createDeveloperMetadataFinder().withKey('k').withValue('v').find();
    expect(found.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['A']);
    expect(h.ss.createDeveloperMetadataFinder().withLocationType('SHEET').find()).toHaveLength(2);
    a.name = 'A2';
    expect(found[0]?.getLocation().getSheet()?.getName()).toBe('A2');
    h.ss.deleteSheet(a as never);
    expect(h.ss.createDeveloperMetadataFinder().withKey('k').withValue('v').find()).toEqual([]);
    b.getDeveloperMetadata()[0]?.remove();
    expect(b.getDeveloperMetadata()).toEqual([]);
  });
});
