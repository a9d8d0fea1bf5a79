// The team lead's view: individual files merged into a protected team summary, and its report. (Filled in by the team work.)
export default function TeamView() {
  return null;
}
