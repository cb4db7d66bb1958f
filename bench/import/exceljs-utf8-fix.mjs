// Loaded with `node --import` only when BENCH_FIX_EXCELJS=1: exceljs 4.4.0's streaming reader decodes every
// chunk of a sheet's XML on its own (lib/utils/parse-sax.js), so a Vietnamese letter whose UTF-8 bytes straddle
// two chunks becomes two U+FFFD. This replacement decodes with a streaming TextDecoder, to show what the
// import costs once that defect is fixed. The benchmark reports runs with and without it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SaxesParser } = require('saxes');
const file = require.resolve('exceljs/lib/utils/parse-sax.js');

async function* parseSax(iterable) {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  let error;
  let events = [];
  parser.on('error', (err) => (error = err));
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (error) throw error;
    yield events;
    events = [];
  }
}

require.cache[file] = { id: file, filename: file, loaded: true, exports: parseSax, children: [], paths: [] };
