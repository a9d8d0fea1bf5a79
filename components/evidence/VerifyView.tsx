// Any Contretemps file checked and described; a digest looked for among a summary's inputs. (Filled in by the verify work.)
export default function VerifyView() {
  return null;
}
