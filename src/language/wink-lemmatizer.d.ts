// The package ships no types; this declares only what text.ts uses.
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
  };
  export default lemmatizer;
}
