export default defineBackground(() => {
  // wired up in lib/messaging by the foundation work
});
