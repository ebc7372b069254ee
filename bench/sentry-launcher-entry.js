// The Sentry feedback widget as a button that opens its form, its default:
// a BrowserClient with no default integrations plus the feedback integration,
// which draws its button when the client starts. Its form is bundled with it
// (@sentry/browser's feedbackIntegration is the synchronous one), so the
// page downloads all of it before anyone clicks. onFormOpen records the
// first time its form is open, for bench/site/sentry-launcher.html.
import { feedbackIntegration } from "@sentry/browser";
import { startClient } from "./sentry-client.js";

const feedback = feedbackIntegration({
  colorScheme: "light",
  onFormOpen() {
    const t = window.__t;
    const form = document.getElementById("sentry-feedback")?.shadowRoot?.querySelector("form textarea");
    if (t && t.click !== undefined && t.form === undefined && form) t.form = performance.now();
  },
});
startClient(feedback);
