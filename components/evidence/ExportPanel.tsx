// The counsellor's individual file for the weeks shown: preview, then JSON and CSV. (Filled in by the export work.)
import type { StatsInput } from '../../lib/stats/summary';
import type { Week } from '../../lib/stats/week';

export interface ExportPanelProps {
  input: StatsInput;
  weeks: Week[];
  timeZone: string;
}

export default function ExportPanel(_props: ExportPanelProps) {
  return null;
}
