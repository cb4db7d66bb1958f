// A small streaming XML tokenizer for the parts of an .xlsx: tags and text, fed with text chunks of any
// size. It does what spreadsheet XML needs and refuses what it never has (a DOCTYPE, which could define
// entities), so a crafted file cannot make it expand anything.

export class XmlError extends Error {}

/** Callbacks of the scanner. Names are local (a prefix such as `x:` is dropped); text comes still escaped. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string, cdata: boolean): void;
}

/** Longest run of text or single tag kept while waiting for its end: no spreadsheet cell comes near it. */
const MAX_PENDING = 32 * 1024 * 1024;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isNameEnd(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x2f || code === 0x3e;
}

export class XmlScanner {
  #pending = '';
  readonly #handler: XmlHandler;

  constructor(handler: XmlHandler) {
    this.#handler = handler;
  }

  /** Feeds the next piece of the document; a tag or text cut at the end waits for the next piece. */
  write(chunk: string): void {
    const buffer = this.#pending ? this.#pending + chunk : chunk;
    const handler = this.#handler;
    const length = buffer.length;
    let at = 0;
    while (at < length) {
      const lt = buffer.indexOf('<', at);
      if (lt < 0) break;
      if (lt > at) handler.text(buffer.slice(at, lt), false);
      at = lt;
      if (lt + 1 >= length) break;
      const next = buffer.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const end = this.#special(buffer, lt);
        if (end < 0) break;
        at = end;
        continue;
      }
      // The tag ends at the first '>' outside a quoted attribute value.
      let i = lt + 1;
      let quote = 0;
      for (; i < length; i++) {
        const code = buffer.charCodeAt(i);
        if (quote !== 0) {
          if (code === quote) quote = 0;
        } else if (code === 0x22 || code === 0x27) quote = code;
        else if (code === 0x3e) break;
      }
      if (i >= length) break;
      if (next === 0x2f /* / */) {
        handler.close(localName(buffer.slice(lt + 2, i).trim()));
      } else {
        const selfClosing = buffer.charCodeAt(i - 1) === 0x2f;
        let nameEnd = lt + 1;
        while (nameEnd < i && !isNameEnd(buffer.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(buffer.slice(lt + 1, nameEnd));
        if (!name) throw new XmlError('empty tag name');
        handler.open(name, buffer.slice(nameEnd, selfClosing ? i - 1 : i), selfClosing);
        if (selfClosing) handler.close(name);
      }
      at = i + 1;
    }
    this.#pending = at < length ? buffer.slice(at) : '';
    if (this.#pending.length > MAX_PENDING) throw new XmlError('a tag or text too long');
  }

  /** The document has ended: anything left but white space is a cut tag. */
  end(): void {
    if (this.#pending.trim()) throw new XmlError('the document ends inside a tag');
    this.#pending = '';
  }

  /** Comments, CDATA and processing instructions; returns where scanning goes on, or -1 to wait for more. */
  #special(buffer: string, lt: number): number {
    if (buffer.startsWith('<?', lt)) {
      const end = buffer.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (buffer.startsWith('<!--', lt)) {
      const end = buffer.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (buffer.startsWith('<![CDATA[', lt)) {
      const end = buffer.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      this.#handler.text(buffer.slice(lt + 9, end), true);
      return end + 3;
    }
    // Too short yet to tell a comment or CDATA from anything else.
    if (buffer.length - lt < 9) return -1;
    throw new XmlError('a DOCTYPE or unknown declaration');
  }
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or an attribute value as written in XML → the characters it stands for. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of a tag (`r="A1" t="s"`) by name as written, values decoded. */
export function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const length = text.length;
  let at = 0;
  while (at < length) {
    const eq = text.indexOf('=', at);
    if (eq < 0) break;
    const name = text.slice(at, eq).trim();
    let open = eq + 1;
    while (open < length && text.charCodeAt(open) !== 0x22 && text.charCodeAt(open) !== 0x27) open++;
    if (open >= length) break;
    const close = text.indexOf(text[open]!, open + 1);
    if (close < 0) break;
    if (name) attributes[name] = decodeXml(text.slice(open + 1, close));
    at = close + 1;
  }
  return attributes;
}

/** An attribute by its local name, whatever its prefix (`r:id`, `ns1:id`). */
export function attributeByLocalName(attributes: Record<string, string>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  const suffix = `:${local}`;
  for (const [name, value] of Object.entries(attributes)) if (name.endsWith(suffix)) return value;
  return undefined;
}

/** OOXML escapes characters XML cannot carry as _xHHHH_ (Excel writes a line break in a cell as _x000D_). */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
