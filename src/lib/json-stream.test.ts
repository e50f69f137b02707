import { describe, expect, it } from 'vitest';
import { jsonArrayChunks, textStream } from './json-stream.ts';

const items = Array.from({ length: 7 }, (_, i) => ({ n: i, title: i === 3 ? 'ℓ₂ “quoted” \\ </script>\n' : `paper ${i}` }));

describe('jsonArrayChunks', () => {
  it('parses back to exactly the items, whatever the chunk size', () => {
    for (const perChunk of [1, 2, 3, 7, 100]) {
      const text = [...jsonArrayChunks('papers', items, (x) => x, perChunk)].join('');
      expect(JSON.parse(text)).toEqual({ papers: items });
    }
  });

  it('writes one item per line and chunks of at most perChunk items', () => {
    const chunks = [...jsonArrayChunks('papers', items, (x) => x, 3)];
    expect(chunks).toHaveLength(3); // 3 + 3 + (1 and the closing brackets)
    const lines = chunks.join('').split('\n');
    expect(lines[0]).toBe('{"papers":[');
    expect(lines.slice(1, 8).map((l) => JSON.parse(l.replace(/,$/, '')))).toEqual(items);
    expect(lines.slice(8)).toEqual([']}', '']);
  });

  it('maps each item only when it is reached', () => {
    const seen: number[] = [];
    const chunks = jsonArrayChunks('papers', items, (x) => { seen.push(x.n); return x; }, 2);
    chunks.next();
    expect(seen).toEqual([0, 1]);
  });

  it('writes an empty list as valid JSON', () => {
    expect(JSON.parse([...jsonArrayChunks('papers', [], (x) => x)].join(''))).toEqual({ papers: [] });
  });

  it('rejects items JSON cannot represent instead of writing a broken document', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => [...jsonArrayChunks('papers', [cyclic], (x) => x)]).toThrow(TypeError);
    for (const bad of [undefined, () => 1, Symbol('x')]) {
      expect(() => [...jsonArrayChunks('papers', [1, 2], (n) => (n === 2 ? bad : n))]).toThrow('item "papers"[1] has no JSON form');
    }
  });
});

describe('textStream', () => {
  it('yields the UTF-8 bytes of the chunks in order', async () => {
    const text = [...jsonArrayChunks('papers', items, (x) => x, 2)].join('');
    const body = await new Response(textStream(jsonArrayChunks('papers', items, (x) => x, 2))).text();
    expect(body).toBe(text);
    expect(Buffer.byteLength(body)).toBeGreaterThan(body.length); // multi-byte characters survived as UTF-8
  });
});
