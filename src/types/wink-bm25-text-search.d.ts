// The subset of wink-bm25-text-search that Vectra's LocalIndex uses (the package ships no types).
declare module 'wink-bm25-text-search' {
  interface Bm25Engine {
    defineConfig(config: { fldWeights: Record<string, number> }): boolean;
    definePrepTasks(tasks: Array<(text: string) => string[]>): number;
    addDoc(doc: Record<string, string>, id: number): number;
    consolidate(): boolean;
    search(text: string, limit?: number): Array<[number, number]>;
  }
  export default function bm25(): Bm25Engine;
}
