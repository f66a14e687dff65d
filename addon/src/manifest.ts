/**
 * The Apps Script manifest (appsscript.json) the build writes into dist/. Editor add-ons have
 * no manifest section of their own; the scopes are set explicitly, so that Apps Script does
 * not infer wider ones from the bundle's text: the current spreadsheet and its UI only
 * (docs/addon.md "Apps Script facts").
 */
export const manifest = {
  timeZone: 'Asia/Tokyo',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
  ],
} as const;
