/** Where an export is written, a piece at a time. */
export type ExportSink = { write(chunk: string): Promise<void>; close(): Promise<void> };

type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}>;

/**
 * Long exports go straight to a file through the File System Access API where the browser has
 * it (nothing held in memory); otherwise the pieces become one Blob, built as they arrive, and
 * are downloaded at the end.
 */
export async function openExportSink(
  name: string,
  mime: string,
  preferFile: boolean,
): Promise<ExportSink> {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  if (preferFile && picker) {
    const ext = name.slice(name.lastIndexOf("."));
    const handle = await picker({
      suggestedName: name,
      types: [{ description: name, accept: { [mime]: [ext] } }],
    });
    const writable = await handle.createWritable();
    return { write: (c) => writable.write(c), close: () => writable.close() };
  }
  const parts: BlobPart[] = [];
  return {
    write: async (c) => void parts.push(c),
    close: async () => {
      const url = URL.createObjectURL(new Blob(parts, { type: mime }));
      const a = document.createElement("a");
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
