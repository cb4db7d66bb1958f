// A tiny SMTP server for tests: speaks just enough of the protocol for nodemailer (no TLS, no auth) and keeps the
// messages it receives, decoded, so a test can read what was mailed. Recipients can be refused to test retries.
import net from 'node:net';

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; raw: string };

export type FakeSmtp = {
  url: string;
  messages: ReceivedMail[];
  /** Addresses answered 550 at RCPT TO. */
  refuse: Set<string>;
  close: () => Promise<void>;
};

/** RFC 2047 encoded words (=?UTF-8?B?...?= and =?UTF-8?Q?...?=) back to text. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(headers: string, body: string): string {
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function parse(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const subject = decodeWords(/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '');
  return { from, to, subject, text: decodeBody(headers, raw.slice(split + 4)), raw };
}

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const messages: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let data: string[] | null = null;
    let from = '';
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    socket.setEncoding('latin1');
    reply('220 fake.smtp ESMTP ready');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            messages.push(parse(Buffer.from(data.join('\r\n'), 'latin1').toString('utf8'), from, to));
            data = null;
            reply('250 2.0.0 queued');
          } else data.push(line.startsWith('..') ? line.slice(1) : line);
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? '';
        if (command === 'EHLO') reply('250-fake.smtp\r\n250 8BITMIME');
        else if (command === 'HELO' || command === 'NOOP') reply('250 OK');
        else if (command === 'RSET') {
          from = '';
          to = [];
          reply('250 OK');
        } else if (command === 'MAIL') {
          from = address;
          to = [];
          reply('250 OK');
        } else if (command === 'RCPT') {
          if (refuse.has(address)) reply('550 5.1.1 mailbox unavailable');
          else {
            to.push(address);
            reply('250 OK');
          }
        } else if (command === 'DATA') {
          data = [];
          reply('354 end with <CRLF>.<CRLF>');
        } else if (command === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 command not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
