// Collects what the app's Content-Security-Policy refused, for the journeys: `securitypolicyviolation`
// events in the page (from its first script on, after the next load) and in every dedicated worker
// (caught before the worker's own script runs), and the console's CSP errors since the page opened.
import type { CDPSession, Page } from '@playwright/test';

const PAGE_LOG = '__veritagPolicyViolations';
const WORKER_BINDING = '__veritagReportViolation';
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

interface AttachedTarget {
  sessionId: string;
  targetInfo: { type: string; url: string };
  waitingForDebugger: boolean;
}

interface TargetMessage {
  sessionId: string;
  message: string;
}

/** How a violation event reads in a report: the directive, what was blocked, and where. */
function describeViolation(event: SecurityPolicyViolationEvent): string {
  return `${event.effectiveDirective} blocked ${event.blockedURI.slice(0, 60) || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`;
}

export interface PolicyViolations {
  /** Every violation seen so far, one line each; [] when the policy refused nothing. */
  list: () => Promise<string[]>;
}

/**
 * Starts watching. Page events are recorded from the next load on (an init script); workers started
 * after this call are paused until their listener is in place; console errors are read back to the
 * page's creation.
 */
export async function watchPolicyViolations(page: Page): Promise<PolicyViolations> {
  // Added as source text: both listeners share describeViolation, and neither may need eval under the CSP.
  const listener = (target: string, report: string) =>
    `${target}.addEventListener('securitypolicyviolation', (event) => ${report}((${describeViolation.toString()})(event)), true);`;
  await page.addInitScript({
    content: `{ const seen = []; Object.defineProperty(window, '${PAGE_LOG}', { value: seen }); ${listener('document', 'seen.push')} }`,
  });
  const workerViolations: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await watchWorkers(cdp, listener('self', WORKER_BINDING), workerViolations);
  return {
    list: async () => {
      const inPage = await page.evaluate((log) => (window as unknown as Record<string, string[] | undefined>)[log] ?? [], PAGE_LOG);
      const inConsole = (await page.consoleMessages({ filter: 'all' }))
        .filter((message) => CSP_MESSAGE.test(message.text()))
        .map((message) => `console: ${message.text().slice(0, 200)}`);
      return [...inPage.map((line) => `page: ${line}`), ...workerViolations.map((line) => `worker: ${line}`), ...inConsole];
    },
  };
}

/** Auto-attaches to dedicated workers, paused at start, and adds the violation listener before they run. */
async function watchWorkers(cdp: CDPSession, listener: string, into: string[]): Promise<void> {
  let nextId = 1;
  const send = (sessionId: string, method: string, params: object = {}) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method, params }) });
  cdp.on('Target.receivedMessageFromTarget', (event: TargetMessage) => {
    const message = JSON.parse(event.message) as { method?: string; params?: { name?: string; payload?: string } };
    if (message.method === 'Runtime.bindingCalled' && message.params?.name === WORKER_BINDING) into.push(message.params.payload ?? '');
  });
  cdp.on('Target.attachedToTarget', (event: AttachedTarget) => {
    if (event.targetInfo.type !== 'worker') return;
    void (async () => {
      await send(event.sessionId, 'Runtime.enable');
      await send(event.sessionId, 'Runtime.addBinding', { name: WORKER_BINDING });
      await send(event.sessionId, 'Runtime.evaluate', { expression: listener });
      await send(event.sessionId, 'Runtime.runIfWaitingForDebugger');
    })();
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}
