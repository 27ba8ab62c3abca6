export function relativeImports(text: string): string[];
export function folderGraph(srcDir: string): Map<string, Set<string>>;
export function findPath(graph: Map<string, Set<string>>, start: string, goal: string): string[] | null;
export function folderCycles(graph: Map<string, Set<string>>): string[][];
