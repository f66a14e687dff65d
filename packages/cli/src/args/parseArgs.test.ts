import { describe, expect, it } from 'vitest';
import { parseArgs } from './parseArgs.js';

const spec = {
  format: { type: 'string' },
  prior: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

describe('parseArgs', () => {
  it('reads --name value, --name=value, repeated options, booleans and positionals', () => {
    expect(
      parseArgs(['a.xlsx', '--format', 'json', '--prior=2023:1', '--prior', '2022:2', '-h', 'b.csv'], spec),
    ).toEqual({
      ok: true,
      value: {
        options: { format: 'json', prior: ['2023:1', '2022:2'], help: true },
        positionals: ['a.xlsx', 'b.csv'],
      },
    });
  });
  it('takes everything after -- as positionals, and a negative number as a value', () => {
    expect(parseArgs(['--format', '-1', '--', '--help'], spec)).toEqual({
      ok: true,
      value: { options: { format: '-1' }, positionals: ['--help'] },
    });
  });
  it('names an unknown option, a missing value and an option given twice', () => {
    const unknown = parseArgs(['--formt', 'json'], spec);
    expect(unknown.ok === false && unknown.message.ja).toMatch(/^--formt というオプションはありません/);
    const missing = parseArgs(['--format'], spec);
    expect(missing.ok === false && missing.message.en).toBe('--format needs a value');
    const twice = parseArgs(['--format', 'md', '--format', 'html'], spec);
    expect(twice.ok === false && twice.message.en).toBe('--format is given twice (md and html)');
    const valued = parseArgs(['--help=yes'], spec);
    expect(valued.ok === false && valued.message.en).toMatch(/takes no value/);
  });
  it('says so when the dashes were typed full width', () => {
    const r = parseArgs(['－－format', 'json'], spec);
    expect(r.ok === false && r.message.ja).toMatch(/全角/);
  });
  it("takes only the command's own options: --constructor and --__proto__ are unknown", () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const r = parseArgs([`--${name}`, 'x'], spec);
      expect(r.ok === false && r.message.en).toContain(`unknown option --${name}`);
    }
  });
  it('names an unknown short option, and an option where a value was due', () => {
    const short = parseArgs(['-x'], spec);
    expect(short.ok === false && short.message.en).toMatch(
      /^unknown option -x \(known: --format --prior --help\)$/,
    );
    const next = parseArgs(['--format', '--help'], spec);
    expect(next.ok === false && next.message.ja).toBe('--format には値が必要です');
  });
  it('types the options by the spec: a string, a list for a repeated option, a flag', () => {
    const r = parseArgs(['--prior', '2023:1', '--format=md'], spec);
    if (!r.ok) throw new Error(r.message.en);
    const format: string | undefined = r.value.options.format;
    const prior: readonly string[] | undefined = r.value.options.prior;
    const help: boolean | undefined = r.value.options.help;
    expect([format, prior, help]).toEqual(['md', ['2023:1'], undefined]);
  });
});
