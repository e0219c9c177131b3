import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { until } from './until';

/** A real SMTP server in this process; tests read back what it received. */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  /** Milliseconds to hold each message before accepting it, to catch a send in flight. */
  delayMs = 0;
  /** When set, every message is refused with this SMTP reply. */
  refuseWith: string | null = null;
  /**
   * Messages whose sender hung up before the server said OK. A real server does not deliver
   * those (RFC 5321 §4.1.1.4: the message is accepted only with the reply), and neither does this.
   */
  dropped = 0;
  private readonly server: SMTPServer;
  private readonly closedSessions = new Set<string>();

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          if (this.refuseWith)
            return callback(Object.assign(new Error(this.refuseWith), { responseCode: 451 }));
          await new Promise((resolve) => setTimeout(resolve, this.delayMs));
          if (this.closedSessions.has(session.id)) {
            this.dropped++;
            return callback();
          }
          this.received.push(await simpleParser(Buffer.concat(chunks)));
          callback();
        });
      },
    });
  }

  async start(): Promise<string> {
    // A sender killed mid-conversation resets its connection; a server shrugs that off.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once `count` messages in all have arrived, or fails after the timeout. */
  async waitFor(count: number, timeoutMs = 15_000): Promise<ParsedMail[]> {
    await until(() => this.received.length, { what: `${count} emails`, ok: (n) => n >= count, timeoutMs });
    return this.received;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter(
      (mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((v) => v.address === address),
    );
  }
}
