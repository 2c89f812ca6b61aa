declare module '@bundle' {
  const bundle: unknown;
  export default bundle;
}
