import { usePageTitle } from '../components/page-title';

// Built in this issue by its own helper; replaced before the issue is resolved.
export function ImportPage() {
  usePageTitle('ImportPage');
  return <h1>ImportPage</h1>;
}
