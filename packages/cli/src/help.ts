/** The commands kyodo has, in the order help lists them. */
export const commandNames = [
  'validate',
  'report',
  'subsidy',
  'review',
  'test',
  'profiles',
  'profile',
] as const;
export type CommandName = (typeof commandNames)[number];

const general = `kyodo — 協働事業の台帳・補助金・評価シートを検証し、計算の根拠を示すコマンド
kyodo — checks the workbooks of citizen–government cooperation (協働) and explains each amount

使い方 / Usage:
  kyodo <コマンド> [オプション]
  kyodo help <コマンド>          コマンドごとの説明 / help on one command

コマンド / Commands:
  validate FILE...      Excel (.xlsx) や CSV を検証し、結果を表示する
                        check .xlsx and .csv workbooks and print the report
  report FILE...        評価結果の公表用まとめ (HTML / Markdown) を作る
                        write the publication summary of the evaluations
  subsidy               補助金の額を計算し、根拠 (要綱・計画の該当箇所) とともに示す
                        compute a subsidy amount, step by step, with citations
  review FILE           審査集計表から得点・順位を出し、予算の範囲で交付額を決める
                        rank the applications of a review sheet and fund them from a budget
  test PROFILE TESTS... プロファイルのテスト (YAML・JSON) を実行する
                        run the test cases written for a profile (YAML or JSON)
  profiles              組み込みのプロファイル (自治体の設定) を一覧する
                        list the built-in profiles
  profile show ID       プロファイルの内容を表示する / show one profile

例 / Examples:
  kyodo validate 協働事業一覧.xlsx --profile ichinoseki
  kyodo validate 事業一覧.csv --profile toride --annotate 事業一覧_検証済み.xlsx
  kyodo subsidy --program ichinoseki/kyodotai-shien --fiscal-year 平成26年度 --expense 360,000円
  kyodo report 評価シート.xlsx --profile ichinoseki --out 評価結果.html
  kyodo review 審査集計.xlsx --profile mirai.json --budget 1,000,000円 --out 審査結果.html
  kyodo test mirai.json mirai-tests.yaml

どのコマンドも --lang ja|en|both で表示の言語を選べます (既定はロケール LC_ALL・LC_MESSAGES・LANG から、
  それ以外は日本語) / every command takes --lang ja|en|both (default from the locale, else Japanese)

終了コード / Exit codes: 0 問題なし / no errors, 1 データにエラーあり / the data has errors,
  2 ファイルが読めない・指定の誤り / a file cannot be read or the arguments are wrong
`;

const validate = `kyodo validate — ワークブックを検証する / check workbooks

使い方 / Usage:
  kyodo validate FILE... [オプション]

  FILE は .xlsx / .xlsm / .csv (文字コード UTF-8・Shift_JIS・UTF-16 と区切り文字
  カンマ・タブ・セミコロンを自動判別)。フォルダ (中の .xlsx・.xlsm・.csv) や *.xlsx の
  ようなパターンも使えます (Windows でも同じ)。
  FILE is .xlsx, .xlsm or .csv (UTF-8, Shift_JIS or UTF-16; comma, tab or semicolon:
  detected), a folder (its .xlsx, .xlsm and .csv files) or a pattern such as *.xlsx (the same
  on Windows).
  シートごとに種類 (協働事業一覧・補助金交付一覧・評価シート・地域づくり計画書・実施年次指標・
  審査集計表) を見分け、見出し行を探し、各行を確かめて採点します。
  Each sheet's kind and header row are found, every row is checked, and the sheet is scored.

オプション / Options:
  --profile ID|PATH     プロファイル: ichinoseki, toride, plan-004 か JSON ファイル
                        (省略時は最も合う組み込みプロファイル)
                        a built-in profile ID or a JSON file (default: the built-in that fits best)
  --format FMT          text (既定), json, md, html / output format (default text)
  --out PATH            結果をファイルに書く (拡張子から形式を決める) / write the report to a file
  --annotate OUT.xlsx   問題のあるセルに色とメモを付けたコピーと「検証結果」シートを書く
                        (元のファイルは変更しません)
                        write a copy with flagged cells coloured and commented, and a 検証結果 sheet
                        (the input file is never written)
  --map SHEET:FIELD=COL 見出しが見つからない列を手で対応付ける (繰り返し可)
                        例: --map 事業一覧:budget=F  --map 事業一覧:kind=projects  --map 事業一覧:header=4
                        map a column by hand (repeatable); FIELD "kind" sets the sheet's kind,
                        "header" its header row
  --lang ja|en|both     表示する言語。既定はロケール (LC_ALL・LC_MESSAGES・LANG の最初に設定されたもの)
                        が en… なら英語、それ以外は日本語。both は日本語と英語の両方
                        language of the output; default from the locale: en… English, else Japanese
  --today DATE          基準日 (既定は日本の今日) / the day to check against (default: today in Japan)
  --unzip-limit MB      .xlsx を展開したときの上限 (既定 256 MB、zip 爆弾よけ)
                        how many MB an .xlsx may unzip to (default 256; a guard against zip bombs)

終了コード / Exit codes: 0 エラーなし, 1 エラーあり, 2 読めないファイル・指定の誤り
`;

const report = `kyodo report — 評価結果の公表用まとめを作る / write the publication summary

使い方 / Usage:
  kyodo report FILE... [--profile ID|PATH] [--out report.html|report.md] [--format html|md]
               [--today DATE] [--fiscal-year FY] [--publisher 名称] [--map SHEET:FIELD=COL]...
               [--lang ja|en|both]

  評価シート・協働事業一覧・補助金交付一覧から、協働推進会議や市民に公表するまとめ
  (事業ごとの評価、市と団体の評価の差、計画と実績、補助金の合計) を作ります。
  --out を省くと Markdown を画面に出します。
  Builds the summary to publish (per project scores, gaps between the city's and the partner's
  evaluations, plan versus actual, subsidy totals). Without --out, prints Markdown.

オプション / Options:
  --today DATE          公表日 (既定は日本の今日) / the date of the summary (default: today in Japan)
  --fiscal-year FY      評価した年度 (既定は台帳に最も多い年度) / the fiscal year evaluated
  --publisher 名称      公表する部署 (例: 一関市 まちづくり推進部 協働推進課) / who publishes
  --lang ja|en|both     画面に出す知らせとエラーの言語 (既定はロケールから、validate と同じ)。
                        公表用のまとめ自体は市民向けの文書で、日本語と英語の両方のまま
                        language of the notes and errors (default from the locale, as for
                        validate); the summary itself, a document for the public, keeps both
`;

const subsidy = `kyodo subsidy — 補助金の額を計算する / compute a subsidy

使い方 / Usage:
  kyodo subsidy --program ID --fiscal-year FY --expense YEN [オプション]

オプション / Options:
  --profile ID|PATH     プロファイル (省略時は --program の「ichinoseki/…」の前半)
                        the profile (default: the part of --program before "/")
  --program ID          補助事業の ID か名称 (ichinoseki/kyodotai-shien, 地域協働体支援事業費補助金)
                        the program's ID or Japanese name
  --fiscal-year FY      年度: 2024, 令和6年度, R6, H27 … / fiscal year in any usual spelling
  --expense YEN         補助対象経費: 360000, 360,000円, 36万円 / eligible expense
  --ineligible YEN      対象外経費 / ineligible expense
  --income YEN          事業収入 (差し引く制度のみ) / project income, where the program deducts it
  --prior FY:YEN        同じ事業で以前の年度に受けた額 (繰り返し可) 例: --prior 令和5年度:30,000円
                        what the recipient received under the program in an earlier year (repeatable)
  --founded DATE        団体の設立日 (発足日) / the date the recipient was founded
  --plan-adopted DATE   地域づくり計画の策定日 / the date its plan was adopted
  --advance YEN         前金払・概算払で受けた額 (--actual と一緒に) / the advance paid
  --actual YEN          実績の補助対象経費 (精算) / the actual eligible expense, for settlement
  --format text|json    出力形式 (既定 text) / output format
  --lang ja|en|both     表示する言語。既定はロケール (LC_ALL・LC_MESSAGES・LANG の最初に設定されたもの)
                        が en… なら英語、それ以外は日本語。both は日本語と英語の両方
                        language of the output; default from the locale: en… English, else Japanese

例 / Example:
  kyodo subsidy --program ichinoseki/kyodotai-shien --fiscal-year 平成26年度 --expense 360,000円
  → 補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円

終了コード / Exit codes: 0 計算できた (対象外も含む) / computed (ineligible included),
  2 指定の誤り / bad arguments
`;

const review = `kyodo review — 審査の得点・順位・交付額 / rank the applications of a review sheet

使い方 / Usage:
  kyodo review FILE [--budget YEN] [オプション]

  審査集計表 (1 行に審査員 1 人と申請 1 件、または審査員ごとの列) をプロファイルの審査の基準
  (審査項目・尺度・採択基準・利害関係・同点・減額の定め) で採点し、得点の順に並べ、予算の範囲で
  交付額を決めます。採点の誤り (点数の欠け、尺度の外、合計の不一致、利害関係のある審査員の採点) は
  セルの位置とともに示します。
  Scores a review sheet (one row per reviewer and application, or one column per reviewer) with
  the profile's review framework, ranks the applications and funds them from the budget; mistakes
  are shown at their cells.

オプション / Options:
  --budget YEN          予算額 (例: 1,000,000円、100万円)。省くと順位だけを出す
                        the budget to fund from; without it, ranks only
  --profile ID|PATH     審査の基準を持つプロファイル (JSON ファイルか組み込みの ID)
                        the profile with the review framework
  --fiscal-year FY      申請の年度 (補助金額の計算に使う。省くとシートの年度か基準日の年度)
                        the fiscal year applied for (default: the sheet's 年度, or that of --today)
  --format FMT          text (既定), json, md, html / output format
  --out PATH            結果をファイルに書く (拡張子から形式を決める) / write to a file
  --explain             申請ごとの計算の根拠も表示する (text) / show each application's steps
  --map SHEET:FIELD=COL 列を手で対応付ける (--map 審査:kind=reviews で種類も指定できる)
  --lang ja|en|both     表示する言語。既定はロケール (LC_ALL・LC_MESSAGES・LANG の最初に設定されたもの)
                        が en… なら英語、それ以外は日本語。both は日本語と英語の両方
                        language of the output; default from the locale: en… English, else Japanese
  --today DATE          基準日 (既定は日本の今日) / the day of the check

終了コード / Exit codes: 0 エラーなし, 1 採点にエラーあり / the sheet has errors,
  2 読めないファイル・審査集計表がない・指定の誤り / unreadable file, no review sheet, bad arguments
`;

const test = `kyodo test — プロファイルのテストを実行する / run a profile's test cases

使い方 / Usage:
  kyodo test PROFILE [TESTS.yaml|TESTS.json]... [--format text|json] [--lang ja|en|both]

  PROFILE はプロファイルの JSON ファイルか組み込みの ID (ichinoseki, toride, plan-004)。
  組み込みの ID だけを指定すると、そのプロファイルに付属するテストを実行します。
  テストの書き方は docs/profiles.md「テストを書く」にあります。
  PROFILE is a profile's JSON file or a built-in ID; a built-in ID alone runs the tests the
  profile carries. How to write tests: docs/profiles.md.

  失敗したテストは、期待した値と計算した値、その計算の根拠 (条文・計画の該当箇所) を示します。
  A failing test shows what was expected, what kyodo computed, and the steps that led to it.

終了コード / Exit codes: 0 すべて合格 / all pass, 1 不合格あり / a test fails,
  2 読めない・正しくないテストのファイル / a file cannot be read or is not a valid test file
`;

const profiles = `kyodo profiles — 組み込みのプロファイルを一覧する / list the built-in profiles

使い方 / Usage:
  kyodo profiles [--format text|json] [--lang ja|en|both]
`;

const profile = `kyodo profile show — プロファイルを表示する / show a profile

使い方 / Usage:
  kyodo profile show ID|PATH [--format text|json] [--lang ja|en|both]

  協働の形態、補助事業 (率・限度額・年度)、評価項目、見出しの別名を表示します。
  JSON ファイルを指定すると、検証して extends を解決した結果を表示します。
  Shows the forms, programs (rates, limits, years), evaluation items and header aliases. Given a
  JSON file, shows it validated with its "extends" resolved.
`;

/** The help text of kyodo, or of one of its commands (Japanese first, English under it). */
export function helpText(command?: string): string | undefined {
  switch (command) {
    case undefined:
      return general;
    case 'validate':
      return validate;
    case 'report':
      return report;
    case 'subsidy':
      return subsidy;
    case 'review':
      return review;
    case 'test':
      return test;
    case 'profiles':
      return profiles;
    case 'profile':
      return profile;
    default:
      return undefined;
  }
}
