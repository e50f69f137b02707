/**
 * Large JSON documents written piece by piece. `papers.json` holds every paper
 * (117 MB at 30,000 papers): made with one `JSON.stringify` it existed at once
 * as a JavaScript string, twice that as two-byte text when one title had a
 * non-Latin-1 character, and again as UTF-8 bytes, a spike of ~350 MB that the
 * process kept for the rest of the build. Written in chunks, only the bytes
 * remain.
 */

/**
 * The text of `{ "<key>": [ ...items ] }` in chunks of at most `perChunk`
 * items, one item per line (so the file also reads well in a pager or with
 * `grep`). `toJson` maps each item as it is reached, so the mapped objects
 * never exist all at once. Joined, the chunks are valid JSON.
 */
export function* jsonArrayChunks<T>(key: string, items: Iterable<T>, toJson: (item: T) => unknown, perChunk = 500): Generator<string> {
  let chunk = `{${JSON.stringify(key)}:[`;
  let index = 0;
  for (const item of items) {
    const json = JSON.stringify(toJson(item)) as string | undefined;
    // undefined, a function or a symbol has no JSON text: writing "undefined" would break the document.
    if (json === undefined) throw new TypeError(`jsonArrayChunks: item ${JSON.stringify(key)}[${index}] has no JSON form`);
    chunk += `${index++ === 0 ? '' : ','}\n${json}`;
    if (index % perChunk === 0) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}\n]}\n`;
}

/** A UTF-8 byte stream of the chunks, made only as the reader asks for them. */
export function textStream(chunks: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
