import { usePageTitle } from '../components/page-title';

// Built in this issue by its own helper; replaced before the issue is resolved.
export function OverviewPage() {
  usePageTitle('OverviewPage');
  return <h1>OverviewPage</h1>;
}
