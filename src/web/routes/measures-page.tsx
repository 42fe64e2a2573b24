import { usePageTitle } from '../components/page-title';

// Built in this issue by its own helper; replaced before the issue is resolved.
export function MeasuresPage() {
  usePageTitle('MeasuresPage');
  return <h1>MeasuresPage</h1>;
}
