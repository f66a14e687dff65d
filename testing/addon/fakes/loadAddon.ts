import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { CallLog } from './CallLog.js';
import { FakeSpreadsheet } from './Spreadsheet.js';
import { fakeServices } from './services.js';

/** The built add-on (npm run build -w @kyodo/addon). */
export const DIST = fileURLToPath(new URL('../../../addon/dist/', import.meta.url));

/** What a test drives: the V8 context with Code.js loaded, the fakes and the call log. */
export interface Harness {
  readonly context: vm.Context;
  readonly log: CallLog;
  readonly ss: FakeSpreadsheet;
  readonly services: ReturnType<typeof fakeServices>;
  /** Calls a global function of Code.js by name, as Apps Script does. */
  call(name: string, ...args: unknown[]): unknown;
}

/**
 * Loads dist/Code.js into a bare V8 context — no require, no import, no process — whose
 * globals are the fake services, exactly as Apps Script evaluates the file
 * (docs/addon.md "Apps Script facts"). Fixture Dates are made with the context's Date.
 */
export function loadAddon(options: { locale?: string; name?: string; code?: string } = {}): Harness {
  const code = options.code ?? readFileSync(`${DIST}Code.js`, 'utf8');
  const log = new CallLog();
  const context = vm.createContext({});
  const DateCtor = vm.runInContext('Date', context) as DateConstructor;
  const ss = new FakeSpreadsheet(
    { log, DateCtor, timeZone: 'Asia/Tokyo' },
    options.name ?? '令和6年度 協働事業',
  );
  const services = fakeServices({
    log,
    spreadsheet: ss,
    htmlDir: DIST,
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  Object.assign(context, services.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    context,
    log,
    ss,
    services,
    call(name: string, ...args: unknown[]) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return (fn as (...a: unknown[]) => unknown).apply(context, args);
    },
  };
}
