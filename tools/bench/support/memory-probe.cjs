// Loaded into the api by the load benchmark (NODE_OPTIONS=--require): every 200 ms it writes the
// process's own memory breakdown (V8 heap vs external vs array buffers vs RSS) to
// MEMORY_PROBE_FILE, so the benchmark can say what the resident memory at the peak is made of.
const { writeFileSync } = require('node:fs');

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  const mb = (bytes) => Math.round((bytes / 1048576) * 10) / 10;
  setInterval(() => {
    const m = process.memoryUsage();
    const line = {
      rssMb: mb(m.rss),
      heapTotalMb: mb(m.heapTotal),
      heapUsedMb: mb(m.heapUsed),
      externalMb: mb(m.external),
      arrayBuffersMb: mb(m.arrayBuffers),
    };
    writeFileSync(file, JSON.stringify(line));
  }, 200).unref();
}
