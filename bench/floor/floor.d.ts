declare module '@floor' {
  const elements: unknown;
  export default elements;
}
