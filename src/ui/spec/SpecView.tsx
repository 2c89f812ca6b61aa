export function SpecView() {
  return (
    <section className="view-placeholder" aria-label="SpecView">
      Coming soon
    </section>
  );
}
