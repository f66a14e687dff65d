import { describe, expect, it } from 'vitest';
import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';

describe('menu 協働チェック', () => {
  it('onOpen in AuthMode.NONE builds the add-on menu and calls nothing but the UI', () => {
    const h = loadAddon();
    h.ss.addSheet('Sheet1', [['a']]);
    h.call('onOpen', { authMode: 'NONE' });
    const [menu] = h.services.ui.menus;
    expect(menu?.added).toBe(true);
    expect(menu?.items).toEqual([
      { caption: 'サイドバーを開く', functionName: 'showSidebar' },
      { caption: '検証する', functionName: 'menuValidate' },
      { caption: '---', functionName: '' },
      { caption: '検証表示をクリア', functionName: 'menuClear' },
    ]);
    for (const item of menu?.items ?? [])
      if (item.functionName)
        expect(typeof (h.context as Record<string, unknown>)[item.functionName]).toBe('function');
    const services = Object.keys(h.log.snapshot()).map((k) => k.split('.')[0]);
    expect(new Set(services)).toEqual(new Set(['SpreadsheetApp', 'Ui', 'Menu']));
  });

  it('onInstall builds the same menu; with authorisation the captions follow the user’s locale', () => {
    const h = loadAddon({ locale: 'en_US' });
    h.call('onInstall', { authMode: 'FULL' });
    expect(h.services.ui.menus[0]?.items.map((i) => i.caption)).toEqual([
      'Open the sidebar',
      'Validate',
      '---',
      'Clear the marks',
    ]);
  });

  it('サイドバーを開く shows Sidebar.html titled 協働チェック', () => {
    const h = loadAddon();
    h.ss.addSheet('Sheet1', [['a']]);
    h.call('showSidebar');
    const sidebar = h.services.ui.sidebar;
    expect(sidebar?.getTitle()).toBe('協働チェック');
    expect(sidebar?.getContent()).toContain('<script>');
    expect(sidebar?.getContent()).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });
});
