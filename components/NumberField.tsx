// A labelled whole-number input: the label, then the field, with its bounds.
// What is typed is kept as text; the form checks it (wholeNumberIn) on save.
export interface NumberFieldProps {
  id: string;
  label: string;
  min: number;
  max: number;
  value: string;
  onInput: (text: string) => void;
}

export function NumberField({ id, label, min, max, value, onInput }: NumberFieldProps) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="number" min={min} max={max} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </>
  );
}
