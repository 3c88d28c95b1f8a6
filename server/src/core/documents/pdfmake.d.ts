/**
 * The part of pdfmake 0.3 that pdf.ts uses. @types/pdfmake declares `/// <reference lib="dom" />`,
 * which would give the whole server program the browser's globals (its Blob rejects a Node Buffer).
 */
declare module 'pdfmake' {
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface CreatedPdf {
    getBuffer(): Promise<Buffer>;
  }
  const pdfmake: {
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allowed: (url: string) => boolean): void;
    setLocalAccessPolicy(allowed: (path: string) => boolean): void;
    createPdf(definition: object): CreatedPdf;
  };
  export default pdfmake;
}
