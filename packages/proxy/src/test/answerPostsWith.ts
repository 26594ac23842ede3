import type { UpstreamFetch } from '../callUpstream';
import type { TestUpstream } from './createTestUpstream';

/**
 * A DHMAD whose escrow reads come from the test simulator but whose every `POST` answers with
 * `answer()` (recorded in `dhmad.received` all the same): for answers the simulator never gives,
 * such as the other shapes DHMAD's undocumented 409 may take.
 */
export const answerPostsWith =
  (dhmad: TestUpstream, answer: () => Response): UpstreamFetch =>
  async (url, init) => {
    const response = await dhmad.fetch(url, init);
    return init.method === 'POST' ? answer() : response;
  };
