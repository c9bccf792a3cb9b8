/**
 * The browser demo's address (examples/browser/page-options.ts): MSW mode unless `?server=`
 * names the reference server, and a bad `?server=` said rather than silently replaced by the
 * in-page mock, whose seed data would pass for the server's.
 */
import { describe, expect, it } from 'vitest';
import { readPageOptions } from '../../examples/browser/page-options.js';

describe('readPageOptions', () => {
  it('is MSW mode at real time by default', () => {
    expect(readPageOptions('')).toEqual({ mode: 'msw', speed: 1 });
  });

  it('takes a positive ?speed= and falls back to real time for anything else', () => {
    expect(readPageOptions('?speed=20')).toEqual({ mode: 'msw', speed: 20 });
    for (const bad of ['0', '-3', 'fast', '', 'Infinity']) {
      expect(readPageOptions(`?speed=${bad}`), bad).toEqual({ mode: 'msw', speed: 1 });
    }
  });

  it('is server mode with ?server=, the URL as the base URL without a trailing slash', () => {
    const server = encodeURIComponent('http://127.0.0.1:4010/');
    expect(readPageOptions(`?server=${server}`)).toEqual({
      mode: 'server',
      baseUrl: 'http://127.0.0.1:4010',
    });
    expect(readPageOptions('?server=https://mock.example.test/vwed/')).toEqual({
      mode: 'server',
      baseUrl: 'https://mock.example.test/vwed',
    });
  });

  it("ignores ?speed= in server mode: the server's clock is its own", () => {
    expect(readPageOptions('?speed=20&server=http://127.0.0.1:4010')).toEqual({
      mode: 'server',
      baseUrl: 'http://127.0.0.1:4010',
    });
  });

  it('refuses a ?server= that is not an http(s) URL, naming what it got', () => {
    for (const bad of [
      '',
      '127.0.0.1:4010',
      'ftp://127.0.0.1',
      'http://127.0.0.1:4010/?a=1',
      'http://u:p@h',
    ]) {
      expect(() => readPageOptions(`?server=${encodeURIComponent(bad)}`), bad).toThrow(
        `[demo] ?server= must be the reference server's http(s) URL, such as http://127.0.0.1:4010, got ${JSON.stringify(bad)}`,
      );
    }
  });
});
