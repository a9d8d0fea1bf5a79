// An error sentence, announced to screen readers as it appears.
export function ErrorMessage({ text }: { text: string | null }) {
  return (
    <p class="error" role="alert" hidden={text === null}>
      {text}
    </p>
  );
}
