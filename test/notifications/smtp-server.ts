/**
 * A real SMTP server on 127.0.0.1 and a random port, for the sender's tests: it records every
 * message it accepts (parsed, as a mail client would read it) and answers each DATA as `answer`
 * says, so a test can make it refuse with a 4xx or 5xx.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { smtpTransport } from "~/notifications/sender.server";

export type Answer = "accept" | { code: number; message: string };

export async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const state = { answer: (): Answer => "accept" };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const answer = state.answer();
          if (answer === "accept") {
            received.push(mail);
            return callback();
          }
          callback(Object.assign(new Error(answer.message), { responseCode: answer.code }));
        })
        .catch(callback);
    },
  });
  // A client killed mid-conversation (the crash test) resets its connection: expected, not a failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
  return {
    received,
    /** How the server answers the next messages: a function, so a test can refuse only the first. */
    answerWith(answer: () => Answer) {
      state.answer = answer;
    },
    transportUrl: `smtp://127.0.0.1:${port}`,
    transport,
    close: () => {
      transport.close?.();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
