// Worker thread: computes the comparison tools' answers for the pages it is given, one message per page.
import { parentPort, workerData } from 'node:worker_threads';
import { compareOnPage, type ComparisonTool } from './answers';

interface WorkerInput {
  root: string;
  pages: { index: number; relPath: string; url: string | null; tools: ComparisonTool[] }[];
}

const input = workerData as WorkerInput;
for (const page of input.pages) {
  const answers = await compareOnPage(input.root, page.relPath, page.url, page.tools);
  parentPort?.postMessage({ index: page.index, answers });
}
