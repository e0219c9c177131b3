// The build reads `.svg` imports as text (the application builder's `loader` option; in jest,
// jest-preset-angular's stringify transform), so an SVG module's default export is its markup.
declare module '*.svg' {
  const markup: string;
  export default markup;
}
