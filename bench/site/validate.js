// Times validation inside the wasm module (a build with the bench feature).
import init, { benchValidation } from "./bench-core/complaint_widget.js";

await init();
const time = (what, n) => {
  benchValidation(what, Math.min(n, 1000)); // warm up
  const t0 = performance.now();
  const sum = benchValidation(what, n);
  return { what, iterations: n, totalMs: performance.now() - t0, microsPerIteration: ((performance.now() - t0) * 1000) / n, sum };
};
window.__validation = [time("full", 20000), time("keystroke", 200000)];
