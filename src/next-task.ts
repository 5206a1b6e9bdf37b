// A fresh task soon after, in a page or a worker: MessageChannel's message, which setTimeout's 4 ms clamp on nested timers does not slow.

/** Resolves in a new task, after the event loop had the chance to handle input, messages and (in a page) paint. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}
