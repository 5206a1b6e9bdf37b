// Worker thread: computes the comparison tools' answers for the pages it is given, one message per page.
import { parentPort, workerData } from 'node:worker_threads';
import { compareOnPage } from './answers';

interface WorkerInput {
  root: string;
  pages: { index: number; relPath: string; url: string | null }[];
}

const input = workerData as WorkerInput;
for (const page of input.pages) {
  const answers = await compareOnPage(input.root, page.relPath, page.url);
  parentPort?.postMessage({ index: page.index, answers });
}
