import { serveStatic } from './serve.js';
import { runLighthouse } from './lighthouse.js';
const server = await serveStatic('build');
const t = Date.now();
console.log(JSON.stringify(await runLighthouse(server.origin + '/', { runs: 1 }), null, 1));
console.log('ms', Date.now() - t);
await server.close();
