// complaint-widget: the entry module. Mounts the widget in the language the
// page asks for and downloads only that language's strings.
//
//   import { mount } from "./complaint-widget.js";
//   const widget = await mount(document.getElementById("complaint"), { endpoint, market: "NL" });
//   await widget.setLocale("sv");   // answers are kept
//   widget.destroy();
import init, { mountWith, resolveLocale } from "./core/complaint_widget.js";

let started;
const tables = new Map();

function start() {
  started ??= init();
  return started;
}

function strings(lang) {
  if (!tables.has(lang)) {
    tables.set(lang, import(`./locales/${lang}.js`).then((m) => m.default));
  }
  return tables.get(lang);
}

/**
 * Mounts the form into `element` (which gets an open shadow root).
 * Options are described in the README; bad options are reported on the
 * console and show a short "unavailable" message instead of the form.
 */
export async function mount(element, options = {}) {
  await start();
  const requested = options && typeof options.locale === "string" ? options.locale : undefined;
  let lang = resolveLocale(element, requested);
  const core = mountWith(element, options, lang, await strings(lang));
  return {
    /** The key of the step the shopper is on. */
    get step() {
      return core.step;
    },
    /** The language shown. */
    get locale() {
      return lang;
    },
    /** Shows the form in another language, keeping every answer. */
    async setLocale(tag) {
      const next = resolveLocale(element, tag);
      const table = await strings(next);
      core.useLocale(next, table);
      lang = next;
    },
    /** Removes every listener and node the widget added. */
    destroy() {
      core.destroy();
    },
  };
}
