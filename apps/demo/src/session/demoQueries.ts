import { escrowKeys } from '@kit/hooks';
import {
  type QueryClient,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { DemoApiError } from '../api/DemoApiError';
import { type DemoOrder, type DemoSession, demoApi } from '../api/demoApi';

/** Query keys of the app's own queries (the kit's are under `escrowKeys.all`). */
export const demoKeys = {
  session: ['demo', 'session'] as const,
  orders: ['demo', 'orders'] as const,
};

/** Who is signed in, who can sign in, and whether DHMAD is the simulator or the sandbox. */
export function useDemoSession(): UseQueryResult<DemoSession, DemoApiError> {
  return useQuery({ queryKey: demoKeys.session, queryFn: demoApi.session, staleTime: Infinity });
}

/** The signed-in user's orders, newest first. */
export function useOrders(): UseQueryResult<DemoOrder[], DemoApiError> {
  return useQuery({
    queryKey: demoKeys.orders,
    queryFn: async () => (await demoApi.orders()).orders,
  });
}

/** Another user signs in or out: nothing the previous one saw stays in the cache. */
function forgetUserData(queryClient: QueryClient, user: DemoSession['user']) {
  queryClient.removeQueries({ queryKey: escrowKeys.all });
  queryClient.removeQueries({ queryKey: demoKeys.orders });
  queryClient.setQueryData<DemoSession>(demoKeys.session, (session) =>
    session ? { ...session, user } : session,
  );
}

/** Signs in as one of the demo's users (the server sets its signed, httpOnly cookie). */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: demoApi.signIn,
    onSuccess: ({ user }) => forgetUserData(queryClient, user),
  });
}

/** Signs out (the server clears its cookie). */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: demoApi.signOut,
    onSuccess: () => forgetUserData(queryClient, null),
  });
}
