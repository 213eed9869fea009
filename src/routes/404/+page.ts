// A document: complete as HTML, so it ships no JavaScript.
export const csr = false;
