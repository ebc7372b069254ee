// complaint-widget: the part of the entry that needs the wasm module, loaded
// by complaint-widget.js when a form is to be built (at once for the inline
// presentation, on the shopper's first sign of intent for the launcher).
// scripts/build bundles it with the wasm-bindgen glue into
// complaint-widget-core.js.
import { mountWith, resolveLocale } from "./core/complaint_widget.js";

export { default as init, resolveLocale } from "./core/complaint_widget.js";

/**
 * Mounts the form into `element` in language `lang` (its strings `table`)
 * and returns the handle `mount()` resolves to. `strings(lang)` loads
 * another language's strings.
 */
export function mount(element, options, lang, table, strings) {
  // UTF-8 bytes: copied into the module at their length (see mountWith).
  const bytes = (text) => new TextEncoder().encode(text);
  let core = mountWith(element, options, lang, bytes(table));
  return {
    /** The key of the step the shopper is on. */
    get step() {
      return core ? core.step : "";
    },
    /** The language shown. */
    get locale() {
      return lang;
    },
    /** Shows the form in another language, keeping every answer. */
    async setLocale(tag) {
      const next = resolveLocale(element, tag);
      const table = await strings(next);
      core?.useLocale(next, bytes(table));
      lang = next;
    },
    /** Opens the dialog (launcher presentation). */
    open() {
      core?.open();
    },
    /** Closes the dialog (launcher presentation). */
    close() {
      core?.close();
    },
    /** Empties the form and its saved draft. */
    reset() {
      core?.reset();
    },
    /** Removes every listener, timer and node the widget added. */
    destroy() {
      if (!core) return;
      const done = core;
      core = null;
      done.destroy();
      // Freed after the current event, which may be one the widget fired.
      queueMicrotask(() => done.free());
    },
  };
}
