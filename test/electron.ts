// The same integration tests in a VS Code downloaded by @vscode/test-electron (needs the internet).
// Offline machines and CI use ../shared/vscode-harness instead (npm run test:integration).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(__dirname, '..', '..');
runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
  launchArgs: [path.join(root, 'out', 'test-workspace'), '--disable-extensions'],
}).catch((e) => {
  console.error(e);
  process.exit(1);
});
