// Vite's `?raw` import (a file's text), declared here too because the tools
// project type-checks renderer tests without vite/client's types.
declare module '*.css?raw' {
  const text: string;
  export default text;
}
