import { usePageTitle } from '../components/page-title';

// Built in this issue by its own helper; replaced before the issue is resolved.
export function MeasurePage() {
  usePageTitle('MeasurePage');
  return <h1>MeasurePage</h1>;
}
