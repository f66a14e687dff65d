import type { Bilingual } from '@kyodo/core';

/** The fixed words of `kyodo validate` and of the reading it shares with `report` and `review`. */
export const validateWords = {
  noFiles: {
    ja: '検証するファイルを指定してください (例: kyodo validate 協働事業一覧.xlsx)',
    en: 'give the file(s) to check (e.g. kyodo validate projects.xlsx)',
  },
  annotateOneFile: {
    ja: '--annotate はファイルを 1 つだけ指定したときに使えます',
    en: '--annotate works with one file at a time',
  },
  outIsAnnotate: {
    ja: '--out と --annotate に同じファイルは指定できません',
    en: '--out and --annotate cannot be the same file',
  },
  reading: { ja: '読み込み中', en: 'reading' },
  checking: { ja: '検証中', en: 'checking' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The report written to a file. */
export function reportWrittenWords(out: string): Bilingual {
  return { ja: `結果を ${out} に書きました`, en: `wrote the report to ${out}` };
}

/** The annotated copy written, the original untouched. */
export function annotatedWrittenWords(annotate: string): Bilingual {
  return {
    ja: `印を付けたコピーを ${annotate} に書きました (元のファイルは変更していません)`,
    en: `wrote the annotated copy to ${annotate} (the original is unchanged)`,
  };
}

/** An annotated copy named other than .xlsx (or .xlsm). */
export function annotateNotXlsxWords(annotate: string): Bilingual {
  return {
    ja: `--annotate ${annotate}: 書き出すファイルは .xlsx にしてください`,
    en: `--annotate ${annotate}: the annotated copy must be an .xlsx file`,
  };
}

/** The copy of a macro-enabled workbook named other than .xlsm. */
export function annotateNotXlsmWords(annotate: string): Bilingual {
  return {
    ja: `--annotate ${annotate}: マクロ付きのブック (.xlsm) の写しは .xlsm にしてください (マクロもそのまま写します)`,
    en: `--annotate ${annotate}: the copy of a macro-enabled workbook (.xlsm) must be an .xlsm (its macros are kept)`,
  };
}

/** An --unzip-limit that is not a whole number of MB from 1. */
export function unzipLimitWords(given: string, defaultMb: number): Bilingual {
  return {
    ja: `--unzip-limit ${given}: 展開後の上限は 1 以上の MB の整数で書いてください (既定 ${defaultMb})`,
    en: `--unzip-limit ${given}: the limit is a whole number of MB from 1 (default ${defaultMb})`,
  };
}

/** The built-in profile chosen from the headers when no --profile was given. */
export function profileChosenWords(id: string): Bilingual {
  return {
    ja: `--profile の指定がないため、最も合う組み込みプロファイル ${id} を使いました (--profile ${id} で指定できます)`,
    en: `no --profile given: used the built-in profile that fits best, ${id} (give it with --profile ${id})`,
  };
}

/** A --map not written SHEET:FIELD=COLUMN. */
export function mapSyntaxWords(map: string): Bilingual {
  return {
    ja: `--map ${map}: 「シート名:項目=列」の形で書いてください (例: --map 事業一覧:budget=F)`,
    en: `--map ${map}: write it as SHEET:FIELD=COLUMN (e.g. --map 事業一覧:budget=F)`,
  };
}

/** A --map kind that is not a sheet kind. */
export function mapKindWords(map: string, kinds: readonly string[]): Bilingual {
  return {
    ja: `--map ${map}: 種類は ${kinds.join(', ')} のどれかです`,
    en: `--map ${map}: the kind is one of ${kinds.join(', ')}`,
  };
}

/** A --map header row that is not a row number. */
export function mapHeaderRowWords(map: string): Bilingual {
  return {
    ja: `--map ${map}: 見出し行は 1 以上の行番号で書いてください (例: --map 事業一覧:header=4)`,
    en: `--map ${map}: the header row is a row number from 1 (e.g. --map 事業一覧:header=4)`,
  };
}

/** A --map column that is not a column's letters. */
export function mapColumnWords(map: string): Bilingual {
  return {
    ja: `--map ${map}: 列は A、F、AB のような列の英字で書いてください`,
    en: `--map ${map}: the column is a column letter such as A, F or AB`,
  };
}
