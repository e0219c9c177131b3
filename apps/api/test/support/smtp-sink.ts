import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { until } from './until';

/** A real SMTP server in this process; tests read back what it received. */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  /** Milliseconds to hold each message before accepting it, to catch a send in flight. */
  delayMs = 0;
  /**
   * When set, every message is refused with this SMTP reply; its leading three digits are the
   * reply code (451 try later, 550 no such mailbox), 451 when it has none.
   */
  refuseWith: string | null = null;
  /** Recipients whose messages are refused with their reply, the others being accepted. */
  readonly refuseFor = new Map<string, string>();
  /**
   * Messages whose sender hung up before the server said OK. A real server does not deliver
   * those (RFC 5321 §4.1.1.4: the message is accepted only with the reply), and neither does this.
   */
  dropped = 0;
  /** Messages held at the gate (see `hold`): each one's sender is in the middle of sending it. */
  holding = 0;
  private gate: { opened: Promise<void>; open: () => void } | null = null;
  private server: SMTPServer | null = null;
  private port = 0;
  private readonly closedSessions = new Set<string>();

  /**
   * Listens, on the port it had before when started again after `stop()`: the desk's SMTP_URL
   * stays right, as for a mail server back from an outage.
   */
  async start(): Promise<string> {
    const server = this.newServer();
    // A sender killed mid-conversation resets its connection; a server shrugs that off.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this.url;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Stops listening and cuts the connections senders keep open, as a mail server going down. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resolves once `count` messages in all have arrived, or fails after the timeout. */
  async waitFor(count: number, timeoutMs = 15_000): Promise<ParsedMail[]> {
    await until(() => this.received.length, { what: `${count} emails`, ok: (n) => n >= count, timeoutMs });
    return this.received;
  }

  /** From now on every message waits before the server's OK until `release()`: senders are caught mid-send. */
  hold(): void {
    if (this.gate) return;
    let open = () => undefined as void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    this.gate = { opened, open };
  }

  release(): void {
    this.gate?.open();
    this.gate = null;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter(
      (mail) => mail.to && !Array.isArray(mail.to) && mail.to.value.some((v) => v.address === address),
    );
  }

  private newServer(): SMTPServer {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Pooled senders keep their connections; a stop cuts them at once instead of after 30 s.
      closeTimeout: 50,
      onClose: (session) => {
        this.closedSessions.add(session.id);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const refusal =
            this.refuseWith ??
            session.envelope.rcptTo.map((to) => this.refuseFor.get(to.address)).find((reply) => reply) ??
            null;
          if (refusal)
            return callback(Object.assign(new Error(refusal), { responseCode: replyCode(refusal) }));
          await new Promise((resolve) => setTimeout(resolve, this.delayMs));
          const gate = this.gate;
          if (gate) {
            this.holding++;
            await gate.opened;
            this.holding--;
          }
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
}

function replyCode(reply: string): number {
  const code = /^([2-5]\d\d)\b/.exec(reply);
  return code ? Number(code[1]) : 451;
}
