/**
 * Loads and parses meeting details off the main thread (loadDataset.ts, loadMeetingDetails): one bundle chunk per
 * partner (build/atlasData.ts), so opening a meeting panel fetches and parses that partner's details only.
 */
import { loadDetailsHere, type DetailsReply, type DetailsRequest } from './meetingDetails';

self.onmessage = async (event: MessageEvent<DetailsRequest>) => {
  const { id, partners } = event.data;
  let reply: DetailsReply;
  try {
    reply = { id, ok: true, details: await loadDetailsHere(partners) };
  } catch (error) {
    const problems = (error as { problems?: unknown }).problems;
    reply = Array.isArray(problems)
      ? { id, ok: false, problems }
      : { id, ok: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
