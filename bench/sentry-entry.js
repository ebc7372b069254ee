// The Sentry feedback widget, minimal setup: a BrowserClient with no default
// integrations, plus the feedback integration; the form opened at once.
import { BrowserClient, defaultStackParser, makeFetchTransport, getCurrentScope, feedbackIntegration } from "@sentry/browser";

const feedback = feedbackIntegration({ autoInject: false, colorScheme: "light" });
const client = new BrowserClient({
  dsn: "https://public@127.0.0.1/1",
  transport: makeFetchTransport,
  stackParser: defaultStackParser,
  integrations: [feedback],
});
getCurrentScope().setClient(client);
client.init();
const form = await feedback.createForm();
form.appendToDom();
form.open();
window.__formAt = performance.now();
