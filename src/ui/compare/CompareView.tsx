export function CompareView() {
  return (
    <section className="view-placeholder" aria-label="CompareView">
      Coming soon
    </section>
  );
}
