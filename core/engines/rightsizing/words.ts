// Counting words for warnings: "1 instance was", "3 volumes were", and the first few ids.
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
export const were = (n: number): string => (n === 1 ? 'was' : 'were');
export const sample = (ids: string[]): string => ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
