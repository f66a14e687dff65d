import { defineMessages } from '@kyodo/core';

/**
 * Why a file could not be read (docs/cli.md "Files it reads"): each message names the file and says why,
 * in Japanese and English, on one line. Codes `io.*`; the path of each problem is the file.
 */
export const ioMessages = defineMessages({
  'io.missing-file': {
    summaryJa: 'ファイルがありません',
    action: { ja: 'ファイル名と場所を確かめてください', en: 'Check the file’s name and folder' },
    severity: 'error',
    summary: 'The file does not exist',
    ja: (p: { file: string }) => `${p.file} が見つかりません`,
    en: (p: { file: string }) => `${p.file} does not exist`,
  },
  'io.empty-folder': {
    summaryJa: '指定したフォルダに .xlsx・.xlsm・.csv のファイルがありません',
    action: {
      ja: 'フォルダを確かめるか、ファイルを直接指定してください',
      en: 'Check the folder, or name the files',
    },
    severity: 'error',
    summary: 'A folder given as an argument holds no .xlsx, .xlsm or .csv file',
    ja: (p: { folder: string }) => `フォルダ「${p.folder}」に .xlsx・.xlsm・.csv のファイルがありません`,
    en: (p: { folder: string }) => `the folder ${p.folder} holds no .xlsx, .xlsm or .csv file`,
  },
  'io.no-match': {
    summaryJa: '指定したパターン（*.xlsx）に当てはまるファイルがありません',
    action: { ja: 'パターンとフォルダを確かめてください', en: 'Check the pattern and the folder' },
    severity: 'error',
    summary: 'No file matches a pattern given as an argument (*.xlsx)',
    ja: (p: { pattern: string }) => `「${p.pattern}」に当てはまるファイルがありません`,
    en: (p: { pattern: string }) => `no file matches ${p.pattern}`,
  },
  'io.not-a-file': {
    summaryJa: '指定したのがフォルダです',
    action: { ja: 'ファイルを指定してください', en: 'Give a file' },
    severity: 'error',
    summary: 'The path is a folder, not a file',
    ja: (p: { file: string }) => `${p.file} はフォルダです。ファイルを指定してください`,
    en: (p: { file: string }) => `${p.file} is a folder, not a file`,
  },
  'io.unreadable': {
    summaryJa: 'ファイルを開けません（権限、ロック）',
    action: {
      ja: 'Excel で開いていれば閉じ、読む権限を確かめてください',
      en: 'Close it in Excel and check you may read it',
    },
    severity: 'error',
    summary: 'The file could not be opened (permissions, a lock)',
    ja: (p: { file: string; reason: string }) => `${p.file} を開けません (${p.reason})`,
    en: (p: { file: string; reason: string }) => `${p.file} cannot be opened (${p.reason})`,
  },
  'io.empty-file': {
    summaryJa: 'ファイルが空（0 バイト）です',
    action: { ja: '保存し直したファイルを指定してください', en: 'Save it again and give that file' },
    severity: 'error',
    summary: 'The file is empty (0 bytes)',
    ja: (p: { file: string }) => `${p.file} は空のファイルです (0 バイト)`,
    en: (p: { file: string }) => `${p.file} is empty (0 bytes)`,
  },
  'io.unknown-extension': {
    summaryJa: '.xlsx でも .csv でもないファイルです',
    action: { ja: 'Excel で .xlsx として保存してください', en: 'Save it as .xlsx in Excel' },
    severity: 'error',
    summary: 'The file is neither .xlsx nor .csv',
    ja: (p: { file: string; extension: string }) =>
      `${p.file} は読めない形式です (${p.extension || '拡張子なし'})。.xlsx か .csv を指定してください`,
    en: (p: { file: string; extension: string }) =>
      `${p.file} is not a format kyodo reads (${p.extension || 'no extension'}): give an .xlsx or .csv file`,
  },
  'io.legacy-xls': {
    summaryJa: 'Excel 97-2003 形式（.xls）のファイルです',
    action: {
      ja: 'Excel で「Excel ブック (.xlsx)」として保存し直してください',
      en: 'Save it again as an Excel Workbook (.xlsx)',
    },
    severity: 'error',
    summary: 'An Excel 97-2003 (.xls) file, which kyodo does not read',
    ja: (p: { file: string }) =>
      `${p.file} は Excel 97-2003 形式 (.xls) です。Excel で「Excel ブック (.xlsx)」として保存し直してください`,
    en: (p: { file: string }) =>
      `${p.file} is an Excel 97-2003 (.xls) file: save it again as an Excel Workbook (.xlsx)`,
  },
  'io.encrypted': {
    summaryJa: 'パスワード付きのブックです',
    action: {
      ja: 'パスワードを外した写しを保存して指定してください',
      en: 'Save a copy without the password and give that',
    },
    severity: 'error',
    summary: 'A password-protected (encrypted) workbook, which kyodo cannot open',
    ja: (p: { file: string }) =>
      `${p.file} はパスワードで保護 (暗号化) されています。Excel で開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消して保存し直してください`,
    en: (p: { file: string }) =>
      `${p.file} is password-protected (encrypted): open it in Excel, remove the password under File > Info > Protect Workbook > Encrypt with Password, and save it again`,
  },
  'io.ods': {
    summaryJa: 'OpenDocument（.ods）のファイルです',
    action: { ja: '.xlsx として保存し直してください', en: 'Save it again as .xlsx' },
    severity: 'error',
    summary: 'An OpenDocument spreadsheet (.ods), which kyodo does not read',
    ja: (p: { file: string }) =>
      `${p.file} は OpenDocument 形式 (.ods) の表計算ファイルです。LibreOffice Calc などで「名前を付けて保存」→「Excel 2007-365 (.xlsx)」で保存し直してください`,
    en: (p: { file: string }) =>
      `${p.file} is an OpenDocument spreadsheet (.ods): save it again as Excel 2007-365 (.xlsx) with Save As in LibreOffice Calc (or another program)`,
  },
  'io.too-large': {
    summaryJa: '展開すると上限（--unzip-limit）を超えるブックです',
    action: {
      ja: '本当に大きなブックなら --unzip-limit を上げてください。心当たりのないファイルは開かないでください',
      en: 'If the workbook really is that large, raise --unzip-limit; do not open a file you do not know',
    },
    severity: 'error',
    summary:
      'A workbook that unzips to more than the limit (--unzip-limit): a zip bomb, or too large to read',
    ja: (p: { file: string; megabytes: number; limit: number }) =>
      `${p.file} は展開すると ${p.megabytes} MB になり、上限 ${p.limit} MB を超えます (壊れたファイルや zip 爆弾のおそれ)。信頼できるファイルなら --unzip-limit ${p.megabytes} で上限を上げられます (必要なメモリも増えます)`,
    en: (p: { file: string; megabytes: number; limit: number }) =>
      `${p.file} unzips to ${p.megabytes} MB, over the limit of ${p.limit} MB (a damaged file or a zip bomb): if you trust the file, raise the limit with --unzip-limit ${p.megabytes} (it needs more memory too)`,
  },
  'io.too-large-for-memory': {
    summaryJa: 'Node が使えるメモリでは読めない大きさのブックです',
    action: {
      ja: 'シートを分けるか、不要なシートを削ってください',
      en: 'Split the workbook or remove sheets not needed',
    },
    severity: 'error',
    summary: 'A workbook too large to read within the memory Node may use',
    ja: (p: { file: string; megabytes: number; needMb: number; haveMb: number }) =>
      `${p.file} は展開すると ${p.megabytes} MB あり、読むには約 ${p.needMb} MB のメモリが要りますが、Node が使えるのは ${p.haveMb} MB までです。メモリの多い PC で NODE_OPTIONS=--max-old-space-size=${p.needMb} を付けて実行するか、シートを分けてください`,
    en: (p: { file: string; megabytes: number; needMb: number; haveMb: number }) =>
      `${p.file} unzips to ${p.megabytes} MB and needs about ${p.needMb} MB of memory to read, but Node may use ${p.haveMb} MB: run it with NODE_OPTIONS=--max-old-space-size=${p.needMb} on a machine with that much memory, or split the sheet`,
  },
  'io.not-a-workbook': {
    summaryJa: '.xlsx という名前ですが Excel のブックではありません',
    action: {
      ja: 'Excel で開いて .xlsx として保存し直してください',
      en: 'Open it in Excel and save it again as .xlsx',
    },
    severity: 'error',
    summary: 'The file is named .xlsx but is not an Excel workbook',
    ja: (p: { file: string }) => `${p.file} は Excel ブック (.xlsx) ではありません (中身が別の形式です)`,
    en: (p: { file: string }) => `${p.file} is not an Excel workbook (.xlsx): its content is something else`,
  },
  'io.damaged-workbook': {
    summaryJa: 'ブックが途中で切れているか壊れています',
    action: {
      ja: '元のファイルをもう一度コピーするか、Excel で修復して保存してください',
      en: 'Copy the original again, or repair and save it in Excel',
    },
    severity: 'error',
    summary: 'The workbook is truncated or damaged',
    ja: (p: { file: string; reason: string }) =>
      `${p.file} は壊れているか途中で切れています (${p.reason})。元のファイルをもう一度保存してください`,
    en: (p: { file: string; reason: string }) =>
      `${p.file} is truncated or damaged (${p.reason}): save the original again`,
  },
  'io.no-sheets': {
    summaryJa: 'ブックにワークシートがありません',
    action: { ja: 'シートのあるブックを指定してください', en: 'Give a workbook with sheets' },
    severity: 'error',
    summary: 'The workbook has no worksheets',
    ja: (p: { file: string }) => `${p.file} にはワークシートがありません`,
    en: (p: { file: string }) => `${p.file} has no worksheets`,
  },
  'io.invalid-bytes': {
    summaryJa: 'CSV に UTF-8・UTF-16・Shift_JIS の文字でないバイトがあります（行・セル・バイトを示します）',
    action: {
      ja: 'Excel で「CSV UTF-8」として保存し直してください',
      en: 'Save it again as “CSV UTF-8” in Excel',
    },
    severity: 'error',
    summary:
      'A CSV file with bytes that are not text in UTF-8, UTF-16 or Shift_JIS (the row, cell and bytes said)',
    ja: (p: { file: string; encoding: string; row: number; cell: string; bytes: string; offset: number }) =>
      `${p.file} の ${p.row} 行目${p.cell === '' ? '' : `のセル ${p.cell} `}に ${p.encoding} として読めないバイト ${p.bytes} があります (先頭から ${p.offset} バイト目)。ファイルが壊れていないか確かめ、UTF-8 か Shift_JIS の CSV で保存し直してください`,
    en: (p: { file: string; encoding: string; row: number; cell: string; bytes: string; offset: number }) =>
      `${p.file}: row ${p.row}${p.cell === '' ? '' : ` (${p.cell})`} has bytes that are not ${p.encoding} text: ${p.bytes} (at byte ${p.offset}); check the file and save the CSV again as UTF-8 or Shift_JIS`,
  },
  'io.nul-in-csv': {
    summaryJa: 'CSV のセルに NUL 文字があります（壊れたファイルかバイナリ）',
    action: {
      ja: '元のブックから CSV を保存し直してください',
      en: 'Save the CSV again from the original workbook',
    },
    severity: 'error',
    summary: 'A CSV file with a NUL character in a cell (a damaged file or binary data)',
    ja: (p: { file: string; row: number; cell: string }) =>
      `${p.file} の ${p.row} 行目${p.cell === '' ? '' : `のセル ${p.cell} `}に NUL 文字 (0x00) があります。ファイルが壊れているか、CSV 以外のデータが混じっています`,
    en: (p: { file: string; row: number; cell: string }) =>
      `${p.file}: row ${p.row}${p.cell === '' ? '' : ` (${p.cell})`} holds a NUL character (0x00): the file is damaged or holds data that is not CSV text`,
  },
  'io.binary-csv': {
    summaryJa: '.csv の中身が文字ではありません',
    action: {
      ja: '元のブックを .xlsx で指定するか、CSV を保存し直してください',
      en: 'Give the original workbook as .xlsx, or save the CSV again',
    },
    severity: 'error',
    summary: 'A .csv file whose content is not text',
    ja: (p: { file: string }) => `${p.file} は CSV (テキスト) ではありません (中身がバイナリです)`,
    en: (p: { file: string }) => `${p.file} is not a CSV text file: its content is binary`,
  },
  'io.unclosed-quote': {
    summaryJa: 'CSV の引用符（"）が閉じていません',
    action: {
      ja: '示された行の引用符を直すか、Excel で保存し直してください',
      en: 'Fix the quote on the row given, or save it again from Excel',
    },
    severity: 'error',
    summary: 'A CSV field opened with a double quote is never closed',
    ja: (p: { file: string; row: number }) => `${p.file} の ${p.row} 行目で始まる「"」が閉じられていません`,
    en: (p: { file: string; row: number }) =>
      `${p.file}: the double quote opened on line ${p.row} is never closed`,
  },
  'io.profile-too-large': {
    summaryJa: 'プロファイルとしては大きすぎるファイルです（読む前に断りました）',
    action: { ja: '正しいプロファイルのファイルを指定してください', en: 'Give the right profile file' },
    severity: 'error',
    summary: 'A profile file far larger than a profile can be (refused before it is read)',
    ja: (p: { file: string; size: number; limit: number }) =>
      `${p.file} はプロファイルとしては大きすぎます (${p.size.toLocaleString('en-US')} バイト。${p.limit.toLocaleString('en-US')} 文字まで)`,
    en: (p: { file: string; size: number; limit: number }) =>
      `${p.file} is too large for a profile (${p.size.toLocaleString('en-US')} bytes; at most ${p.limit.toLocaleString('en-US')} characters)`,
  },
  'io.bad-test-file': {
    summaryJa: 'テストファイルが正しい YAML・JSON ではありません（行と列を示します）',
    action: { ja: '示された行と列を直してください', en: 'Fix the line and column given' },
    severity: 'error',
    summary: 'A test file that is not valid YAML or JSON (the line and column say where)',
    ja: (p: { file: string; format: string; line: number; column: number; reason: string }) =>
      `${p.file} の ${p.line} 行目 ${p.column} 文字目が ${p.format} として読めません (${p.reason})`,
    en: (p: { file: string; format: string; line: number; column: number; reason: string }) =>
      `${p.file}, line ${p.line}, column ${p.column}: not valid ${p.format} (${p.reason})`,
  },
  'io.test-file-extension': {
    summaryJa: 'テストファイルの拡張子が .yaml・.yml・.json ではありません',
    action: { ja: '拡張子を直してください', en: 'Rename it with one of those extensions' },
    severity: 'error',
    summary: 'A test file must end in .yaml, .yml or .json',
    ja: (p: { file: string }) => `${p.file}: テストのファイルは .yaml、.yml、.json のどれかにしてください`,
    en: (p: { file: string }) => `${p.file}: a test file ends in .yaml, .yml or .json`,
  },
  'io.output-is-input': {
    summaryJa: '出力（--out、--annotate）が入力と同じファイルです（別名・リンクを含む）',
    action: {
      ja: '別のファイル名を指定してください。元のファイルは上書きしません',
      en: 'Give another file name: the input is never overwritten',
    },
    severity: 'error',
    summary:
      'An output (--out, --annotate) is the same file as an input, by another name, a symbolic or a hard link',
    ja: (p: { option: string; output: string; input: string }) =>
      `${p.option} ${p.output} は入力ファイル ${p.input} と同じファイルです (別名・リンクを含む)。入力は上書きしません。別のファイル名を指定してください`,
    en: (p: { option: string; output: string; input: string }) =>
      `${p.option} ${p.output} is the input file ${p.input} (by another name or a link): kyodo never writes over an input; give another name`,
  },
  'io.out-is-workbook': {
    summaryJa: '--out に Excel のブックを指定しました（--out は文字・JSON・Markdown・HTML の報告）',
    action: {
      ja: '印を付けた写しは --annotate で、報告は .txt・.md・.html・.json で指定してください',
      en: 'Use --annotate for the marked copy, and .txt, .md, .html or .json for --out',
    },
    severity: 'error',
    summary:
      '--out names an Excel workbook (.xlsx, .xlsm), but it writes a report as text, JSON, Markdown or HTML',
    ja: (p: { output: string }) =>
      `--out ${p.output}: --out は報告 (テキスト・JSON・Markdown・HTML) を書きます。Excel のブックには書きません。印を付けたブックは --annotate で、報告は .txt・.json・.md・.html の名前で指定してください`,
    en: (p: { output: string }) =>
      `--out ${p.output}: --out writes a report (text, JSON, Markdown or HTML), never an Excel workbook: give --annotate for a marked copy, or a .txt, .json, .md or .html name`,
  },
  'io.output-folder': {
    summaryJa: '出力先のフォルダを作れません（途中がファイル、作れない場所）',
    action: { ja: '出力先のパスを確かめてください', en: 'Check the output path' },
    severity: 'error',
    summary:
      'The folder of an output cannot be made: a part of the path is a file, or the place allows no folder',
    ja: (p: { output: string; folder: string; reason: string }) =>
      `${p.output} を書けません: フォルダ ${p.folder} を作れません (${p.reason})`,
    en: (p: { output: string; folder: string; reason: string }) =>
      `cannot write ${p.output}: the folder ${p.folder} cannot be made (${p.reason})`,
  },
  'io.cannot-write': {
    summaryJa: '出力を書けません（権限、空き容量）。その名前のファイルは残していません',
    action: {
      ja: '書ける場所と空き容量を確かめてください',
      en: 'Check you may write there and the disk has room',
    },
    severity: 'error',
    summary: 'An output could not be written (permissions, a full disk); no file is left under its name',
    ja: (p: { output: string; reason: string }) =>
      `${p.output} に書き込めません (${p.reason})。書きかけのファイルは残していません`,
    en: (p: { output: string; reason: string }) =>
      `cannot write ${p.output} (${p.reason}); no partly written file is left`,
  },
});
