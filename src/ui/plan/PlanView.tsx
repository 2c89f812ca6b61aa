export function PlanView() {
  return (
    <section className="view-placeholder" aria-label="PlanView">
      Coming soon
    </section>
  );
}
