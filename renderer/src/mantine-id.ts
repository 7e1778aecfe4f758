import { useId as useReactId } from 'react';

/**
 * Mantine's `useId` (from @mantine/hooks) without its second render: Mantine renders every input,
 * checkbox, accordion and tooltip with React's id and then replaces it with a random one from a
 * layout effect, which renders each of them again while the screen is being committed (a third of
 * the work of opening the Vergelijken screen). The id React gives is unique and stable, and it is
 * the one Mantine renders first. The build puts this module in place of Mantine's own (see
 * electron.vite.config.ts).
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/:/g, '')}`;
}
