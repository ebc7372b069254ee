// The Sentry client both benchmark pages use: a BrowserClient with no
// default integrations, only the feedback integration it is given.
import { BrowserClient, defaultStackParser, makeFetchTransport, getCurrentScope } from "@sentry/browser";

export function startClient(feedback) {
  const client = new BrowserClient({
    dsn: "https://public@127.0.0.1/1",
    transport: makeFetchTransport,
    stackParser: defaultStackParser,
    integrations: [feedback],
  });
  getCurrentScope().setClient(client);
  client.init();
}
