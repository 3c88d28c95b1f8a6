import { describe, expect, it } from 'vitest';
import { sseReader } from './notificationStream';

describe('sseReader', () => {
  it('reads events split across chunks, with comments, CRLF and multi-line data', () => {
    const seen: [string, string][] = [];
    const feed = sseReader((event, data) => seen.push([event, data]));
    feed(': keep-alive\n\nevent: unread\nda');
    feed('ta: {"count": 3}\n');
    expect(seen).toEqual([]);
    feed('\nevent: unread\r\ndata: {"count": 4}\r\n\r\ndata: a\ndata: b\n\n');
    expect(seen).toEqual([
      ['unread', '{"count": 3}'],
      ['unread', '{"count": 4}'],
      ['message', 'a\nb'],
    ]);
  });
});
