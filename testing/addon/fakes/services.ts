import { readFileSync } from 'node:fs';
import type { CallLog } from './CallLog.js';
import type { FakeSpreadsheet, Loose } from './Spreadsheet.js';

/** A menu the add-on built: its items (caption → function name) and separators. */
export interface BuiltMenu {
  readonly items: { caption: string; functionName: string }[];
  added: boolean;
}

/** The fake Ui: menus, alerts and the sidebar, recorded. */
export class FakeUi implements Loose<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'alert' | 'showSidebar'> {
  readonly menus: BuiltMenu[] = [];
  readonly alerts: string[] = [];
  sidebar: FakeHtmlOutput | null = null;

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): unknown {
    this.log.count('Ui.createAddonMenu');
    const menu: BuiltMenu = { items: [], added: false };
    this.menus.push(menu);
    const log = this.log;
    const api = {
      addItem(caption: string, functionName: string) {
        log.count('Menu.addItem');
        menu.items.push({ caption, functionName });
        return api;
      },
      addSeparator() {
        log.count('Menu.addSeparator');
        menu.items.push({ caption: '---', functionName: '' });
        return api;
      },
      addToUi() {
        log.count('Menu.addToUi');
        menu.added = true;
      },
    };
    return api;
  }

  alert(prompt: string): unknown {
    this.log.count('Ui.alert');
    this.alerts.push(prompt);
    return 'OK';
  }

  showSidebar(userInterface: unknown): void {
    this.log.count('Ui.showSidebar');
    this.sidebar = userInterface as FakeHtmlOutput;
  }
}

/** The fake HtmlOutput. */
export class FakeHtmlOutput
  implements Loose<GoogleAppsScript.HTML.HtmlOutput, 'setTitle' | 'getTitle' | 'setWidth' | 'getContent'>
{
  title = '';
  width = 300;
  constructor(readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

/** Options of the fake services. */
export interface ServiceOptions {
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  /** Session.getActiveUserLocale(); 'ja' by default. */
  readonly locale?: string;
  /** Where createHtmlOutputFromFile finds 'Sidebar' (dist/). */
  readonly htmlDir: string;
}

/** The fake Properties store; values above 9 KB are refused, as Apps Script does. */
export class FakeProperties
  implements
    Loose<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties'
    >
{
  readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    this.log.count('Properties.getProperty');
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.log.count('Properties.setProperty');
    if (new TextEncoder().encode(key + value).length > 9 * 1024)
      throw new Error('Exception: Argument too large: value');
    this.data.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.log.count('Properties.deleteProperty');
    this.data.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    this.log.count('Properties.getProperties');
    return Object.fromEntries(this.data);
  }
}

/** The fake document lock: records lock, flush and release events in order. */
export class FakeLock
  implements Loose<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>
{
  held = false;
  /** Set by a test to simulate another run holding the lock. */
  heldElsewhere = false;
  constructor(private readonly log: CallLog) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.log.count('Lock.tryLock');
    if (this.heldElsewhere) return false;
    this.held = true;
    this.log.event('lock');
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    this.log.count('Lock.releaseLock');
    this.held = false;
    this.log.event('release');
  }
  hasLock(): boolean {
    return this.held;
  }
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Utilities.formatDate for the patterns the add-on uses (yyyy MM dd HH mm ss, quoted literals). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(date.getTime()))
      .map((p) => [p.type, p.value]),
  );
  const tokens: Record<string, string> = {
    yyyy: pad(Number(parts.year), 4),
    MM: parts.month ?? '',
    dd: parts.day ?? '',
    HH: parts.hour ?? '',
    mm: parts.minute ?? '',
    ss: parts.second ?? '',
  };
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (m, quoted: string | undefined) =>
    quoted !== undefined ? quoted : (tokens[m] ?? m),
  );
}

/** All the fake services, as globals for the add-on's V8 context. */
export function fakeServices(options: ServiceOptions) {
  const { log, spreadsheet } = options;
  const ui = new FakeUi(log);
  const documentProperties = new FakeProperties(log);
  const lock = new FakeLock(log);
  const locale = { value: options.locale ?? 'ja' };
  const SpreadsheetApp = {
    getActiveSpreadsheet() {
      log.count('SpreadsheetApp.getActiveSpreadsheet');
      return spreadsheet;
    },
    getActive() {
      log.count('SpreadsheetApp.getActive');
      return spreadsheet;
    },
    getUi() {
      log.count('SpreadsheetApp.getUi');
      return ui;
    },
    flush() {
      log.count('SpreadsheetApp.flush');
      log.event('flush');
    },
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    DeveloperMetadataLocationType: {
      SPREADSHEET: 'SPREADSHEET',
      SHEET: 'SHEET',
      ROW: 'ROW',
      COLUMN: 'COLUMN',
    },
  };
  const PropertiesService = {
    getDocumentProperties() {
      log.count('PropertiesService.getDocumentProperties');
      return documentProperties;
    },
  };
  const LockService = {
    getDocumentLock() {
      log.count('LockService.getDocumentLock');
      return lock;
    },
  };
  const Session = {
    getActiveUserLocale() {
      log.count('Session.getActiveUserLocale');
      return locale.value;
    },
  };
  const HtmlService = {
    createHtmlOutputFromFile(filename: string) {
      log.count('HtmlService.createHtmlOutputFromFile');
      return new FakeHtmlOutput(readFileSync(`${options.htmlDir}/${filename}.html`, 'utf8'));
    },
  };
  const Utilities = {
    formatDate(date: Date, timeZone: string, pattern: string) {
      log.count('Utilities.formatDate');
      return formatDate(date, timeZone, pattern);
    },
  };
  return {
    ui,
    documentProperties,
    lock,
    locale,
    globals: { SpreadsheetApp, PropertiesService, LockService, Session, HtmlService, Utilities },
  };
}
