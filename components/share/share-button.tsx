'use client';

import { useLoadedAfterHydration } from '@/components/ui/use-loaded-after-hydration';
import { ShareIcon } from './share-icon';
import { shareControlClass } from './styles';

export interface ShareButtonProps {
  /** The page's canonical URL, absolute (`SITE_URL` + path), so every copy names the same page. */
  url: string;
  /** The page's title, offered to the share sheet. */
  title: string;
}

// Every list and detail page has a Share control and few readers press it: the button's code
// loads after hydration, and until then (and without JavaScript) the link below stands in.
const loadControls = () => import('./share-controls').then((m) => m.ShareControls);

/**
 * "Share": the system share sheet where the Web Share API exists, else "Copy link", which copies
 * the canonical URL and says so in a live region. Without JavaScript it is a plain link to the
 * canonical URL.
 */
export function ShareButton(props: ShareButtonProps) {
  const ShareControls = useLoadedAfterHydration(loadControls);
  // eslint-disable-next-line react-hooks/static-components -- held in state: one identity, set once
  if (ShareControls) return <ShareControls {...props} />;
  return (
    <a href={props.url} className={shareControlClass}>
      <ShareIcon />
      Link to this page
    </a>
  );
}
