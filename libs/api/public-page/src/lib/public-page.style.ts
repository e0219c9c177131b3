/** The public pages' one stylesheet, inline so a framing site loads nothing else from the desk but the logo. */
export const PUBLIC_PAGE_STYLE = `
body { font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #1b1b1f; background: #fff; margin: 0; }
header, main { max-width: 50rem; margin: 0 auto; padding: 0 1.25rem; }
header { display: flex; align-items: center; gap: 1rem; padding-top: 1rem; }
.logo { max-height: 4rem; max-width: 12rem; }
.publisher { font-size: 1.25rem; font-weight: bold; margin: 0; }
main { padding-bottom: 3rem; }
article { border-top: 1px solid #c4c6d0; padding: 0.75rem 0; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.5rem; margin-top: 2rem; }
h3 { font-size: 1.2rem; margin: 0.5rem 0; }
.label { font-weight: bold; }
.eu { display: flex; align-items: center; gap: 0.75rem; font-weight: bold; color: #003399; }
.eu-flag { flex: none; }
a { color: #0b57d0; }
a:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
a[aria-current='page'] { color: #1b1b1f; font-weight: bold; text-decoration: none; }
nav { display: flex; flex-wrap: wrap; gap: 1rem; justify-content: flex-end; padding-top: 0.5rem; }
`;
