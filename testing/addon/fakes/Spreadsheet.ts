import { a1Of, parseA1, type Rect } from './a1.js';
import type { CallLog } from './CallLog.js';

/**
 * The methods K of an Apps Script interface T with their parameter types as
 * @types/google-apps-script declares them; return types are loosened to the fake's own.
 */
export type Loose<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

/** A fixture's date cell: made with the context's Date at midnight in the sheet's zone. */
export interface DateCell {
  readonly date: string;
}

/** What a fixture may put in a cell. */
export type FixtureValue = string | number | boolean | null | DateCell | Date;

/** One stored cell. */
interface Cell {
  value: unknown;
  formula: string;
  note: string;
  background: string;
  fontWeight: string;
  numberFormat: string;
}

const NO_FILL = '#ffffff';
const blankCell = (): Cell => ({
  value: '',
  formula: '',
  note: '',
  background: NO_FILL,
  fontWeight: 'normal',
  numberFormat: '',
});

function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Options shared by the whole fake workbook. */
export interface FakeEnv {
  readonly log: CallLog;
  /** The Date constructor of the realm the add-on runs in. */
  readonly DateCtor: DateConstructor;
  readonly timeZone: string;
}

/** The fake Range: a rectangle of one sheet. */
export class FakeRange
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.Range,
      | 'getValues'
      | 'setValues'
      | 'getFormulas'
      | 'getNotes'
      | 'setNotes'
      | 'getBackgrounds'
      | 'setBackgrounds'
      | 'setBackground'
      | 'setFontWeight'
      | 'setNumberFormat'
      | 'getMergedRanges'
      | 'merge'
      | 'getRow'
      | 'getColumn'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getA1Notation'
      | 'getSheet'
      | 'activate'
      | 'clearNote'
      | 'setNote'
    >
{
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}

  private get log(): CallLog {
    return this.sheet.env.log;
  }

  private cells<T>(read: (c: Cell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rect.numRows; r += 1) {
      const row: T[] = [];
      for (let c = 0; c < this.rect.numColumns; c += 1)
        row.push(read(this.sheet.cellAt(this.rect.row + r, this.rect.column + c)));
      out.push(row);
    }
    return out;
  }

  private write<T>(values: T[][], what: string, put: (c: Cell, v: T) => void): this {
    if (values.length !== this.rect.numRows)
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.rect.numRows}.`,
      );
    values.forEach((row, r) => {
      if (row.length !== this.rect.numColumns)
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.rect.numColumns}.`,
        );
      row.forEach((v, c) => {
        put(this.sheet.cellFor(this.rect.row + r, this.rect.column + c), v);
      });
    });
    this.sheet.touched(what);
    return this;
  }

  getValues(): unknown[][] {
    this.log.count('Range.getValues');
    return this.cells((c) => c.value);
  }

  /**
   * As Sheets does: a string starting with '=' (or + - @ followed by what is not a number)
   * becomes a formula; a leading apostrophe is a quote prefix, kept out of the value; a
   * string that reads as a plain number becomes that number.
   */
  setValues(values: unknown[][]): this {
    this.log.count('Range.setValues');
    return this.write(values, 'values', (cell, v) => this.sheet.putValue(cell, v));
  }

  getFormulas(): string[][] {
    this.log.count('Range.getFormulas');
    return this.cells((c) => c.formula);
  }

  getNotes(): string[][] {
    this.log.count('Range.getNotes');
    return this.cells((c) => c.note);
  }

  setNotes(notes: (string | null)[][]): this {
    this.log.count('Range.setNotes');
    return this.write(notes, 'notes', (cell, v) => {
      cell.note = v === null || v === undefined ? '' : String(v);
    });
  }

  setNote(note: string | null): this {
    this.log.count('Range.setNote');
    this.each((c) => {
      c.note = note ?? '';
    });
    return this;
  }

  clearNote(): this {
    this.log.count('Range.clearNote');
    this.each((c) => {
      c.note = '';
    });
    return this;
  }

  getBackgrounds(): string[][] {
    this.log.count('Range.getBackgrounds');
    return this.cells((c) => c.background);
  }

  setBackgrounds(colors: (string | null)[][]): this {
    this.log.count('Range.setBackgrounds');
    return this.write(colors, 'backgrounds', (cell, v) => {
      cell.background = v === null ? NO_FILL : String(v).toLowerCase();
    });
  }

  setBackground(color: string | null): this {
    this.log.count('Range.setBackground');
    this.each((c) => {
      c.background = color === null ? NO_FILL : color.toLowerCase();
    });
    return this;
  }

  setFontWeight(weight: string | null): this {
    this.log.count('Range.setFontWeight');
    this.each((c) => {
      c.fontWeight = weight ?? 'normal';
    });
    return this;
  }

  setNumberFormat(format: string): this {
    this.log.count('Range.setNumberFormat');
    this.each((c) => {
      c.numberFormat = format;
    });
    return this;
  }

  /** Visits (creating) every cell of the range. */
  each(visit: (c: Cell) => void): void {
    for (let r = 0; r < this.rect.numRows; r += 1)
      for (let c = 0; c < this.rect.numColumns; c += 1)
        visit(this.sheet.cellFor(this.rect.row + r, this.rect.column + c));
  }

  getMergedRanges(): FakeRange[] {
    this.log.count('Range.getMergedRanges');
    const r = this.rect;
    return this.sheet.merges
      .filter(
        (m) =>
          m.row <= r.row + r.numRows - 1 &&
          m.row + m.numRows - 1 >= r.row &&
          m.column <= r.column + r.numColumns - 1 &&
          m.column + m.numColumns - 1 >= r.column,
      )
      .map((m) => new FakeRange(this.sheet, m));
  }

  merge(): this {
    this.log.count('Range.merge');
    this.sheet.merges.push(this.rect);
    return this;
  }

  getRow(): number {
    this.log.count('Range.getRow');
    return this.rect.row;
  }

  getColumn(): number {
    this.log.count('Range.getColumn');
    return this.rect.column;
  }

  getLastRow(): number {
    this.log.count('Range.getLastRow');
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    this.log.count('Range.getLastColumn');
    return this.rect.column + this.rect.numColumns - 1;
  }

  getNumRows(): number {
    this.log.count('Range.getNumRows');
    return this.rect.numRows;
  }

  getNumColumns(): number {
    this.log.count('Range.getNumColumns');
    return this.rect.numColumns;
  }

  getA1Notation(): string {
    this.log.count('Range.getA1Notation');
    return a1Of(this.rect);
  }

  getSheet(): FakeSheet {
    this.log.count('Range.getSheet');
    return this.sheet;
  }

  activate(): this {
    this.log.count('Range.activate');
    this.sheet.spreadsheet.select(this);
    return this;
  }
}

/** The fake RangeList: several ranges of one sheet. */
export class FakeRangeList
  implements Loose<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setBackground' | 'clearNote'>
{
  constructor(readonly ranges: readonly FakeRange[]) {}

  private get log(): CallLog {
    return this.ranges[0]!.sheet.env.log;
  }

  getRanges(): FakeRange[] {
    this.log.count('RangeList.getRanges');
    return [...this.ranges];
  }

  setBackground(color: string | null): this {
    this.log.count('RangeList.setBackground');
    for (const r of this.ranges)
      r.each((c) => {
        c.background = color === null ? NO_FILL : color.toLowerCase();
      });
    return this;
  }

  clearNote(): this {
    this.log.count('RangeList.clearNote');
    for (const r of this.ranges)
      r.each((c) => {
        c.note = '';
      });
    return this;
  }
}

/** Where a developer metadata is: here, on a whole sheet or the spreadsheet (the kinds the add-on uses). */
export class FakeDeveloperMetadataLocation
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
      'getLocationType' | 'getSheet' | 'getSpreadsheet'
    >
{
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly sheet: FakeSheet | null,
  ) {}
  getLocationType(): string {
    return this.sheet === null ? 'SPREADSHEET' : 'SHEET';
  }
  getSheet(): FakeSheet | null {
    return this.sheet;
  }
  getSpreadsheet(): FakeSpreadsheet | null {
    return this.sheet === null ? this.spreadsheet : null;
  }
}

/**
 * The fake DeveloperMetadata, as the Sheets API keeps it: a key, an optional value, a
 * visibility (DOCUMENT or PROJECT) and a location; it goes with its sheet when the sheet is
 * deleted, and stays with it when the sheet is renamed.
 */
export class FakeDeveloperMetadata
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.DeveloperMetadata,
      'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'remove'
    >
{
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    readonly key: string,
    readonly value: string | null,
    readonly visibility: string,
    readonly sheet: FakeSheet | null,
  ) {}
  getId(): number {
    return this.id;
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getVisibility(): string {
    return this.visibility;
  }
  getLocation(): FakeDeveloperMetadataLocation {
    return new FakeDeveloperMetadataLocation(this.spreadsheet, this.sheet);
  }
  remove(): void {
    this.spreadsheet.env.log.count('DeveloperMetadata.remove');
    const list = this.spreadsheet.metadata;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
  }
}

/** The fake DeveloperMetadataFinder: filters by key, value and location type; find() returns the matches. */
export class FakeDeveloperMetadataFinder
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
      'withKey' | 'withValue' | 'withLocationType' | 'withVisibility' | 'find'
    >
{
  private readonly tests: ((m: FakeDeveloperMetadata) => boolean)[] = [];
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly scope: FakeSheet | null,
  ) {}
  withKey(key: string): this {
    this.tests.push((m) => m.key === key);
    return this;
  }
  withValue(value: string): this {
    this.tests.push((m) => m.value === value);
    return this;
  }
  withLocationType(type: unknown): this {
    this.tests.push((m) => m.getLocation().getLocationType() === String(type));
    return this;
  }
  withVisibility(visibility: unknown): this {
    this.tests.push((m) => m.visibility === String(visibility));
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    this.spreadsheet.env.log.count('DeveloperMetadataFinder.find');
    return this.spreadsheet.metadata.filter(
      (m) => (this.scope === null || m.sheet === this.scope) && this.tests.every((t) => t(m)),
    );
  }
}

/** addDeveloperMetadata's overloads: (key), (key, value), (key, visibility), (key, value, visibility). */
function metadataArgs(a?: unknown, b?: unknown): { value: string | null; visibility: string } {
  const isVisibility = (v: unknown) => v === 'DOCUMENT' || v === 'PROJECT';
  if (a === undefined) return { value: null, visibility: 'DOCUMENT' };
  if (isVisibility(a) && b === undefined) return { value: null, visibility: String(a) };
  return { value: String(a), visibility: b === undefined ? 'DOCUMENT' : String(b) };
}

/** The fake Sheet. */
export class FakeSheet
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getName'
      | 'getDataRange'
      | 'getRange'
      | 'getRangeList'
      | 'clear'
      | 'hideSheet'
      | 'isSheetHidden'
      | 'activate'
      | 'setActiveRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'getSheetId'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
    >
{
  readonly rows: Cell[][] = [];
  readonly merges: Rect[] = [];
  hidden = false;
  frozenRows = 0;
  /** What was written, in order ('values', 'notes', 'backgrounds'). */
  readonly writes: string[] = [];

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  get env(): FakeEnv {
    return this.spreadsheet.env;
  }

  touched(what: string): void {
    this.writes.push(what);
  }

  /** The cell, or a blank one (not stored). */
  cellAt(row: number, column: number): Cell {
    return this.rows[row - 1]?.[column - 1] ?? blankCell();
  }

  /** The cell, created when missing. */
  cellFor(row: number, column: number): Cell {
    while (this.rows.length < row) this.rows.push([]);
    const r = this.rows[row - 1]!;
    while (r.length < column) r.push(blankCell());
    return r[column - 1]!;
  }

  /** Stores a value as Sheets would read it from setValues (see FakeRange.setValues). */
  putValue(cell: Cell, v: unknown): void {
    cell.formula = '';
    if (typeof v === 'string') {
      if (v.startsWith("'")) {
        cell.value = v.slice(1);
      } else if (/^=/.test(v) || (/^[+\-@]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v))) {
        cell.formula = v.startsWith('=') ? v : `=${v}`;
        cell.value = '#ERROR!';
      } else if (/^[+-]?\d+(\.\d+)?$/.test(v)) {
        cell.value = Number(v);
      } else {
        cell.value = v;
      }
      return;
    }
    if (v === null || v === undefined) {
      cell.value = '';
      return;
    }
    if (typeof v === 'object' && !isDateObject(v) && 'date' in (v as object)) {
      cell.value = this.spreadsheet.dateOf((v as DateCell).date);
      return;
    }
    cell.value = v;
  }

  /** Fixture loading, without counting calls: '=…' is a formula, "'…" quote-prefixed text. */
  load(values: readonly (readonly FixtureValue[])[], notes?: readonly (readonly string[])[]): this {
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        const cell = this.cellFor(r + 1, c + 1);
        if (typeof v === 'string' && v.startsWith('=')) {
          cell.formula = v;
          cell.value = 0;
        } else if (typeof v === 'string' && v.startsWith("'")) cell.value = v.slice(1);
        else if (typeof v === 'string') cell.value = v;
        else this.putValue(cell, v);
      });
    });
    notes?.forEach((row, r) => {
      row.forEach((n, c) => {
        if (n) this.cellFor(r + 1, c + 1).note = n;
      });
    });
    return this;
  }

  private extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell.value !== '' || cell.formula !== '') {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }

  getName(): string {
    this.env.log.count('Sheet.getName');
    return this.name;
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    this.env.log.count('Sheet.addDeveloperMetadata');
    const { value, visibility } = metadataArgs(a, b);
    this.spreadsheet.metadata.push(
      new FakeDeveloperMetadata(
        this.spreadsheet,
        this.spreadsheet.nextMetadataId++,
        key,
        value,
        visibility,
        this,
      ),
    );
    return this;
  }

  /** The metadata on this sheet (as the real Sheet.getDeveloperMetadata: the sheet's own location). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.env.log.count('Sheet.getDeveloperMetadata');
    return this.spreadsheet.metadata.filter((m) => m.sheet === this);
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.env.log.count('Sheet.createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this.spreadsheet, this);
  }

  getSheetId(): number {
    this.env.log.count('Sheet.getSheetId');
    return this.id;
  }

  getDataRange(): FakeRange {
    this.env.log.count('Sheet.getDataRange');
    const { rows, columns } = this.extent();
    return new FakeRange(this, {
      row: 1,
      column: 1,
      numRows: Math.max(1, rows),
      numColumns: Math.max(1, columns),
    });
  }

  getLastRow(): number {
    this.env.log.count('Sheet.getLastRow');
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.env.log.count('Sheet.getLastColumn');
    return this.extent().columns;
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    this.env.log.count('Sheet.getRange');
    if (typeof a === 'string') return new FakeRange(this, parseA1(a));
    if (column === undefined)
      throw new Error("Exception: The parameters (number) don't match the method signature");
    const rect = { row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    if (rect.row < 1 || rect.column < 1 || rect.numRows < 1 || rect.numColumns < 1)
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    return new FakeRange(this, rect);
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.env.log.count('Sheet.getRangeList');
    if (a1Notations.length === 0)
      throw new Error("Exception: The parameters () don't match the method signature");
    return new FakeRangeList(a1Notations.map((a) => new FakeRange(this, parseA1(a))));
  }

  /** Clears content and formats (values, formulas, backgrounds, weights), as Sheet.clear(). */
  clear(): this {
    this.env.log.count('Sheet.clear');
    for (const row of this.rows)
      for (const cell of row) {
        cell.value = '';
        cell.formula = '';
        cell.background = NO_FILL;
        cell.fontWeight = 'normal';
        cell.numberFormat = '';
      }
    return this;
  }

  hideSheet(): this {
    this.env.log.count('Sheet.hideSheet');
    this.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    this.env.log.count('Sheet.isSheetHidden');
    return this.hidden;
  }

  activate(): this {
    this.env.log.count('Sheet.activate');
    this.spreadsheet.activeSheet = this;
    return this;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): FakeRange {
    this.env.log.count('Sheet.setActiveRange');
    const r = range as unknown as FakeRange;
    this.spreadsheet.select(r);
    return r;
  }

  setFrozenRows(rows: number): void {
    this.env.log.count('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.env.log.count('Sheet.getFrozenRows');
    return this.frozenRows;
  }

  /** Everything a user could see of the sheet, for before/after comparisons (not counted). */
  state(): {
    name: string;
    hidden: boolean;
    values: unknown[][];
    formulas: string[][];
    notes: string[][];
    backgrounds: string[][];
    merges: Rect[];
  } {
    const rows = this.rows.length;
    const columns = this.rows.reduce((n, r) => Math.max(n, r.length), 0);
    const grid = <T>(read: (c: Cell) => T): T[][] => {
      const out: T[][] = [];
      for (let r = 1; r <= rows; r += 1) {
        const row: T[] = [];
        for (let c = 1; c <= columns; c += 1) row.push(read(this.cellAt(r, c)));
        out.push(row);
      }
      return out;
    };
    return {
      name: this.name,
      hidden: this.hidden,
      values: grid((c) => (isDateObject(c.value) ? `Date(${c.value.toISOString()})` : c.value)),
      formulas: grid((c) => c.formula),
      notes: grid((c) => c.note),
      backgrounds: grid((c) => c.background),
      merges: [...this.merges],
    };
  }
}

/** The fake Spreadsheet. */
export class FakeSpreadsheet
  implements
    Loose<
      GoogleAppsScript.Spreadsheet.Spreadsheet,
      | 'getName'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'getSpreadsheetTimeZone'
      | 'getNumSheets'
      | 'toast'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
    >
{
  readonly sheets: FakeSheet[] = [];
  /** Every developer metadata of the spreadsheet and its sheets. */
  readonly metadata: FakeDeveloperMetadata[] = [];
  nextMetadataId = 1;
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  readonly toasts: string[] = [];
  private nextId = 1;

  constructor(
    readonly env: FakeEnv,
    readonly name: string,
  ) {}

  /** A Date of the add-on's realm at midnight of `iso` in the spreadsheet's zone (Asia/Tokyo: +09:00). */
  dateOf(iso: string): Date {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    if (this.env.timeZone !== 'Asia/Tokyo') throw new Error('the fake knows the Asia/Tokyo zone only');
    return new this.env.DateCtor(Date.UTC(y, m - 1, d) - 9 * 3600 * 1000);
  }

  /** Fixture loading: adds a sheet without counting calls. */
  addSheet(
    name: string,
    values: readonly (readonly FixtureValue[])[] = [],
    notes?: readonly (readonly string[])[],
  ): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextId++);
    sheet.load(values, notes);
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = sheet;
    return sheet;
  }

  select(range: FakeRange): void {
    this.activeSheet = range.sheet;
    this.activeRange = range;
  }

  getName(): string {
    this.env.log.count('Spreadsheet.getName');
    return this.name;
  }

  getSheets(): FakeSheet[] {
    this.env.log.count('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  getNumSheets(): number {
    this.env.log.count('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.env.log.count('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** As Sheets: the new sheet becomes the active one; a taken name is an error. */
  insertSheet(name?: string | number | object, index?: number | object): FakeSheet {
    this.env.log.count('Spreadsheet.insertSheet');
    const title = typeof name === 'string' ? name : `Sheet${this.nextId}`;
    if (this.sheets.some((s) => s.name === title))
      throw new Error(
        `Exception: A sheet with the name "${title}" already exists. Please enter another name.`,
      );
    const sheet = new FakeSheet(this, title, this.nextId++);
    const at = typeof index === 'number' ? index : typeof name === 'number' ? name : this.sheets.length;
    this.sheets.splice(Math.min(at, this.sheets.length), 0, sheet);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    this.env.log.count('Spreadsheet.addDeveloperMetadata');
    const { value, visibility } = metadataArgs(a, b);
    this.metadata.push(new FakeDeveloperMetadata(this, this.nextMetadataId++, key, value, visibility, null));
    return this;
  }

  /** The spreadsheet's own metadata (not its sheets'), as the real Spreadsheet.getDeveloperMetadata. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.env.log.count('Spreadsheet.getDeveloperMetadata');
    return this.metadata.filter((m) => m.sheet === null);
  }

  /** A finder over all the metadata of the spreadsheet and its sheets. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    this.env.log.count('Spreadsheet.createDeveloperMetadataFinder');
    return new FakeDeveloperMetadataFinder(this, null);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    this.env.log.count('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (i < 0) throw new Error('Exception: Sheet not found');
    this.sheets.splice(i, 1);
    // A sheet's metadata goes with it.
    for (let k = this.metadata.length - 1; k >= 0; k--)
      if (this.metadata[k]?.sheet === (sheet as unknown)) this.metadata.splice(k, 1);
    if (this.activeSheet === (sheet as unknown)) this.activeSheet = this.sheets[0] ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.env.log.count('Spreadsheet.getActiveSheet');
    if (this.activeSheet === null) throw new Error('no sheet');
    return this.activeSheet;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): FakeSheet {
    this.env.log.count('Spreadsheet.setActiveSheet');
    this.activeSheet = sheet as unknown as FakeSheet;
    return this.activeSheet;
  }

  getActiveRange(): FakeRange | null {
    this.env.log.count('Spreadsheet.getActiveRange');
    return this.activeRange;
  }

  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): FakeRange {
    this.env.log.count('Spreadsheet.setActiveRange');
    const r = range as unknown as FakeRange;
    this.select(r);
    return r;
  }

  getSpreadsheetTimeZone(): string {
    this.env.log.count('Spreadsheet.getSpreadsheetTimeZone');
    return this.env.timeZone;
  }

  toast(msg: string): void {
    this.env.log.count('Spreadsheet.toast');
    this.toasts.push(msg);
  }

  /** Every sheet's user-visible state, in tab order (not counted). */
  state(): ReturnType<FakeSheet['state']>[] {
    return this.sheets.map((s) => s.state());
  }
}
