import { CONFIDENCE_LABEL } from '../../domain/confidence';
import type { Confidence } from '../../domain/model';
import { CONFIDENCES } from '../../domain/vocabulary';

/** Which computed links count (strong, possible, weak): one control for explorer, coverage and compare. */
export function ConfidenceSelect({
  label,
  value,
  onChange,
  className = 'field',
}: {
  label: string;
  value: Confidence;
  onChange: (value: Confidence) => void;
  className?: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Confidence)}>
        {CONFIDENCES.map((c) => (
          <option key={c} value={c}>
            {CONFIDENCE_LABEL[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
