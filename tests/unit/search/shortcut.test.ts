// The one search shortcut for the header field and /search/: `/` where it is not typing, Ctrl-K and Cmd-K anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSearchShortcut } from '../../../src/components/search/shortcut.ts';

test('the shortcut: `/` outside text fields, Ctrl-K and Cmd-K anywhere', () => {
  const key = (k: string, target: Partial<HTMLInputElement> | null, mods: Partial<KeyboardEvent> = {}) =>
    isSearchShortcut({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, ...mods } as KeyboardEvent);
  const body = { tagName: 'BODY' };
  const text = { tagName: 'INPUT', type: 'text' };
  assert.ok(key('/', body));
  assert.ok(key('/', { tagName: 'INPUT', type: 'checkbox' }), 'a checkbox takes no typing');
  assert.ok(!key('/', text), '`/` is typing in a text field');
  assert.ok(!key('/', { tagName: 'TEXTAREA' }));
  assert.ok(!key('/', { tagName: 'DIV', isContentEditable: true }));
  assert.ok(!key('/', body, { ctrlKey: true }));
  assert.ok(key('k', text, { ctrlKey: true }));
  assert.ok(key('K', text, { metaKey: true }));
  assert.ok(!key('k', body));
});
