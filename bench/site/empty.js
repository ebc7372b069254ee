window.__formAt = performance.now();
