// A document: complete as HTML, so it ships no JavaScript (its links are plain page loads).
export const csr = false;
