/** A browser script bundled as shipped (`src/integrations/client-bundles.ts`). */
declare module '*?bundle' {
  const code: string;
  export default code;
}
