/**
 * Flat SVG drawings of the demo's products, one function per kind of object. Each draws in a
 * 600 × 600 canvas, inside the box x 130–470, y 70–430 (the band below holds the caption).
 * `c` is the product's main colour, `a` an accent; the shapes stay simple so the WebP stays small.
 */
export type Motif = (c: string, a: string) => string

const ink = "#2B2A28"
const paper = "#FFFDF8"

const mug: Motif = (c, a) =>
  `<path d="M190 170h190v190q0 40-40 40H230q-40 0-40-40z" fill="${c}"/>` +
  `<path d="M380 210h30q40 0 40 45t-40 45h-30" fill="none" stroke="${c}" stroke-width="22"/>` +
  `<ellipse cx="285" cy="170" rx="95" ry="16" fill="${a}"/><path d="M190 175h190" stroke="${paper}" stroke-width="6"/>`

const bowl: Motif = (c, a) =>
  `<ellipse cx="300" cy="230" rx="170" ry="38" fill="${a}"/>` +
  `<path d="M130 230q0 170 170 170t170-170q-170 40-340 0z" fill="${c}"/>` +
  `<ellipse cx="300" cy="405" rx="60" ry="10" fill="${ink}" opacity=".15"/>`

const plate: Motif = (c, a) =>
  `<circle cx="300" cy="250" r="175" fill="${c}"/><circle cx="300" cy="250" r="120" fill="${a}"/>` +
  `<circle cx="300" cy="250" r="112" fill="none" stroke="${paper}" stroke-width="4" opacity=".6"/>`

const teapot: Motif = (c, a) =>
  `<ellipse cx="300" cy="300" rx="140" ry="110" fill="${c}"/>` +
  `<path d="M170 270q-70-20-60 60l40 30" fill="none" stroke="${c}" stroke-width="22"/>` +
  `<path d="M430 260q60 10 40 80" fill="none" stroke="${c}" stroke-width="20"/>` +
  `<rect x="250" y="170" width="100" height="30" rx="10" fill="${a}"/><circle cx="300" cy="160" r="16" fill="${a}"/>` +
  `<path d="M220 130q80-60 160 0" fill="none" stroke="${ink}" stroke-width="10"/>`

const board: Motif = (c, a) =>
  `<rect x="150" y="120" width="300" height="280" rx="30" fill="${c}"/>` +
  `<circle cx="300" cy="95" r="26" fill="${c}"/><circle cx="300" cy="95" r="10" fill="${a}"/>` +
  `<path d="M180 200q120 30 240 0M180 280q120 30 240 0M180 350q120 20 240 0" stroke="${a}" stroke-width="5" fill="none" opacity=".5"/>`

const towel: Motif = (c, a) =>
  `<rect x="170" y="110" width="260" height="310" rx="8" fill="${c}"/>` +
  `<rect x="170" y="150" width="260" height="18" fill="${a}"/><rect x="170" y="370" width="260" height="18" fill="${a}"/>` +
  `<path d="M300 110v-30" stroke="${ink}" stroke-width="6"/><circle cx="300" cy="74" r="10" fill="none" stroke="${ink}" stroke-width="5"/>`

const apron: Motif = (c, a) =>
  `<path d="M240 100h120v70l70 40v220H170V210l70-40z" fill="${c}"/>` +
  `<rect x="250" y="280" width="100" height="70" rx="6" fill="${a}"/>` +
  `<path d="M240 100q60-70 120 0" fill="none" stroke="${ink}" stroke-width="6"/>`

const carafe: Motif = (c, a) =>
  `<path d="M270 90h60v80q110 60 110 160 0 80-140 80t-140-80q0-100 110-160z" fill="${c}" opacity=".75"/>` +
  `<path d="M200 320q100 40 200 0v20q0 60-100 60t-100-60z" fill="${a}" opacity=".6"/>` +
  `<rect x="262" y="82" width="76" height="14" rx="6" fill="${c}"/>`

const servers: Motif = (c, a) =>
  `<g transform="rotate(-12 300 250)"><rect x="222" y="170" width="22" height="250" rx="10" fill="${c}"/><ellipse cx="233" cy="140" rx="40" ry="62" fill="${c}"/></g>` +
  `<g transform="rotate(12 300 250)"><rect x="356" y="170" width="22" height="250" rx="10" fill="${a}"/>` +
  `<path d="M327 80h12v80h12V80h12v80h12V80h12v90q0 20-30 20t-30-20z" fill="${a}"/></g>`

const pitcher: Motif = (c, a) =>
  `<path d="M210 120h170l-20 40q60 80 40 200-10 50-90 50t-90-50q-20-120 20-200z" fill="${c}"/>` +
  `<path d="M380 200q70 10 50 90t-60 60" fill="none" stroke="${c}" stroke-width="22"/>` +
  `<path d="M215 230h170" stroke="${a}" stroke-width="14"/>`

const notebook: Motif = (c, a) =>
  `<rect x="180" y="90" width="240" height="320" rx="10" fill="${c}"/><rect x="180" y="90" width="34" height="320" fill="${a}"/>` +
  `<rect x="250" y="150" width="130" height="50" rx="4" fill="${paper}"/><path d="M380 90v120l16-14 16 14V90" fill="${a}"/>`

const pen: Motif = (c, a) =>
  `<g transform="rotate(35 300 250)"><rect x="280" y="70" width="40" height="280" rx="18" fill="${c}"/>` +
  `<path d="M280 350h40l-20 70z" fill="${a}"/><rect x="276" y="150" width="48" height="14" fill="${a}"/>` +
  `<rect x="312" y="90" width="10" height="110" rx="4" fill="${a}"/></g>`

const postcards: Motif = (c, a) =>
  `<rect x="150" y="140" width="260" height="180" fill="${paper}" stroke="${ink}" stroke-width="3" transform="rotate(-8 280 230)"/>` +
  `<rect x="190" y="180" width="260" height="180" fill="${c}" transform="rotate(6 320 270)"/>` +
  `<path d="M230 330l60-80 40 50 30-30 60 70z" fill="${a}" transform="rotate(6 320 270)"/><circle cx="410" cy="220" r="18" fill="${paper}"/>`

const giftPaper: Motif = (c, a) =>
  `<rect x="150" y="160" width="300" height="150" fill="${c}"/><ellipse cx="150" cy="235" rx="30" ry="75" fill="${a}"/>` +
  `<path d="M180 310q120 80 270 60v-60" fill="${c}" opacity=".8"/>` +
  `<g fill="${paper}" opacity=".8"><circle cx="220" cy="200" r="10"/><circle cx="300" cy="240" r="10"/><circle cx="380" cy="200" r="10"/><circle cx="260" cy="280" r="10"/><circle cx="400" cy="280" r="10"/></g>`

const bookmark: Motif = (c, a) =>
  `<path d="M250 80h100v340l-50-40-50 40z" fill="${c}"/><path d="M270 220l30-70 30 70v60h-60z" fill="${a}"/>` +
  `<circle cx="300" cy="110" r="10" fill="${paper}"/><path d="M300 110q-40 100 10 200" stroke="${a}" stroke-width="4" fill="none"/>`

const pouch: Motif = (c, a) =>
  `<rect x="140" y="170" width="320" height="180" rx="40" fill="${c}"/><path d="M160 200h280" stroke="${a}" stroke-width="10"/>` +
  `<rect x="420" y="188" width="14" height="40" rx="6" fill="${ink}"/>`

const candle: Motif = (c, a) =>
  `<rect x="200" y="180" width="200" height="230" rx="24" fill="${c}"/><ellipse cx="300" cy="185" rx="100" ry="20" fill="${a}"/>` +
  `<rect x="230" y="260" width="140" height="80" rx="6" fill="${paper}"/><path d="M300 180v-36" stroke="${ink}" stroke-width="6"/>` +
  `<path d="M300 80q30 40 0 64q-30-24 0-64z" fill="#F2B53A"/>`

const diffuser: Motif = (c, a) =>
  `<path d="M260 90l20 170M300 70v190M340 90l-20 170M240 110l50 150" stroke="${ink}" stroke-width="6"/>` +
  `<path d="M250 250h100v30q70 30 70 80 0 50-120 50t-120-50q0-50 70-80z" fill="${c}" opacity=".85"/>` +
  `<rect x="250" y="330" width="100" height="50" rx="4" fill="${a}"/>`

const spray: Motif = (c, a) =>
  `<rect x="230" y="190" width="140" height="220" rx="30" fill="${c}"/><rect x="270" y="150" width="60" height="44" fill="${a}"/>` +
  `<path d="M260 110h80v44h-80z" fill="${ink}"/><path d="M340 120h40" stroke="${ink}" stroke-width="10"/>` +
  `<rect x="250" y="260" width="100" height="70" rx="4" fill="${paper}"/>`

const giftBox: Motif = (c, a) =>
  `<rect x="160" y="210" width="280" height="200" fill="${c}"/><rect x="145" y="170" width="310" height="60" fill="${c}"/>` +
  `<rect x="285" y="170" width="30" height="240" fill="${a}"/><path d="M300 170q-80-80-90-20t90 20q80-80 90-20t-90 20" fill="none" stroke="${a}" stroke-width="14"/>`

const soap: Motif = (c, a) =>
  `<rect x="160" y="190" width="280" height="170" rx="50" fill="${c}"/><rect x="200" y="240" width="200" height="70" rx="30" fill="${a}" opacity=".6"/>` +
  `<g fill="${paper}" opacity=".8"><circle cx="440" cy="160" r="22"/><circle cx="470" cy="120" r="12"/><circle cx="150" cy="170" r="14"/></g>`

const tshirt: Motif = (c, a) =>
  `<path d="M240 90q60 40 120 0l110 50-40 90-40-20v210H210V210l-40 20-40-90z" fill="${c}"/>` +
  `<path d="M240 90q60 60 120 0" fill="none" stroke="${a}" stroke-width="10"/><circle cx="340" cy="180" r="12" fill="${a}"/>`

const sweatshirt: Motif = (c, a) =>
  `<path d="M240 90q60 30 120 0l100 40 40 250h-60l-20-170v210H180V210l-20 170h-60l40-250z" fill="${c}"/>` +
  `<rect x="180" y="380" width="240" height="30" fill="${a}"/><path d="M300 180q-20-30 0-50q20 20 0 50z" fill="${a}"/>`

const beanie: Motif = (c, a) =>
  `<path d="M170 330q0-200 130-200t130 200z" fill="${c}"/><rect x="160" y="320" width="280" height="70" rx="14" fill="${a}"/>` +
  `<circle cx="300" cy="120" r="36" fill="${a}"/>` +
  `<path d="M210 320v-80M250 320v-130M300 320v-150M350 320v-130M390 320v-80" stroke="${a}" stroke-width="6" opacity=".5"/>`

const scarf: Motif = (c, a) =>
  `<rect x="170" y="110" width="260" height="260" fill="${c}" transform="rotate(45 300 240)"/>` +
  `<rect x="215" y="155" width="170" height="170" fill="none" stroke="${a}" stroke-width="10" transform="rotate(45 300 240)"/>` +
  `<circle cx="300" cy="240" r="40" fill="${a}"/>`

const sockPath = "M0 0h90v190l95 55q35 25 15 60t-60 15l-125-70q-15-12-15-35z"
const socks: Motif = (c, a) =>
  `<path d="${sockPath}" transform="translate(250 70)" fill="${a}" opacity=".55"/>` +
  `<path d="${sockPath}" transform="translate(180 100)" fill="${c}" stroke="${a}" stroke-width="3"/>` +
  `<path d="M180 120h90M180 150h90M180 180h90" stroke="${a}" stroke-width="12"/>`

const tote: Motif = (c, a) =>
  `<rect x="170" y="190" width="260" height="230" fill="${c}"/><path d="M220 190q0-120 60-120M380 190q0-120-60-120" fill="none" stroke="${c}" stroke-width="16"/>` +
  `<path d="M300 260q-30-40 0-70q30 30 0 70z" fill="${a}"/>`

const handbag: Motif = (c, a) =>
  `<path d="M160 200h280l-20 210H180z" fill="${c}"/><path d="M230 200q0-110 70-110t70 110" fill="none" stroke="${a}" stroke-width="18"/>` +
  `<path d="M160 200h280" stroke="${a}" stroke-width="8"/><circle cx="300" cy="260" r="12" fill="${a}"/>`

const jar: Motif = (c, a) =>
  `<rect x="210" y="130" width="180" height="60" rx="10" fill="${a}"/><path d="M200 190h200v190q0 30-30 30H230q-30 0-30-30z" fill="${c}"/>` +
  `<rect x="230" y="250" width="140" height="90" rx="8" fill="${paper}"/><path d="M250 280h100M250 305h70" stroke="${ink}" stroke-width="6"/>`

const tea: Motif = (c, a) =>
  `<path d="M190 150h220l-10 260H200z" fill="${c}"/><path d="M190 150l40-60h140l40 60" fill="${a}"/>` +
  `<circle cx="300" cy="280" r="56" fill="${paper}"/><path d="M300 240q-40 40 0 80q40-40 0-80z" fill="${a}"/>`

const chocolate: Motif = (c, a) =>
  `<rect x="170" y="100" width="260" height="320" rx="6" fill="${c}"/>` +
  `<g fill="${a}" opacity=".5">${[0, 1, 2, 3].map((row) => [0, 1, 2].map((col) => `<rect x="${190 + col * 80}" y="${120 + row * 74}" width="60" height="58" rx="4"/>`).join("")).join("")}</g>` +
  `<rect x="160" y="250" width="280" height="170" fill="${paper}"/><rect x="160" y="250" width="280" height="12" fill="${a}"/>`

const pralines: Motif = (c, a) =>
  `<path d="M170 220h260l-30 190H200z" fill="${paper}" stroke="${a}" stroke-width="6"/>` +
  `<g fill="${c}">${[
    [220, 200], [270, 180], [320, 190], [370, 200], [245, 150], [300, 140], [350, 155], [300, 100],
  ].map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="30" ry="24"/>`).join("")}</g>`

const coffee: Motif = (c, a) =>
  `<path d="M200 120h200l20 290H180z" fill="${c}"/><path d="M200 120l20-30h160l20 30" fill="${a}"/>` +
  `<ellipse cx="300" cy="270" rx="40" ry="56" fill="${a}"/><path d="M300 216q-20 54 0 108" stroke="${c}" stroke-width="8" fill="none"/>`

const sweetsBox: Motif = (c, a) =>
  `<rect x="150" y="160" width="300" height="230" rx="10" fill="${c}"/>` +
  `<g fill="${a}">${[0, 1, 2].map((row) => [0, 1, 2].map((col) => `<rect x="${185 + col * 85}" y="${185 + row * 65}" width="60" height="46" rx="14"/>`).join("")).join("")}</g>`

const bottle: Motif = (c, a) =>
  `<path d="M270 70h60v90q60 30 60 90v160H210V250q0-60 60-90z" fill="${c}"/><rect x="262" y="62" width="76" height="30" rx="6" fill="${a}"/>` +
  `<rect x="230" y="280" width="140" height="90" rx="6" fill="${paper}"/><path d="M300 300q-30 20 0 50q30-30 0-50z" fill="${a}"/>`

const book: Motif = (c, a) =>
  `<rect x="185" y="80" width="240" height="340" rx="6" fill="${c}"/><rect x="175" y="80" width="24" height="340" rx="4" fill="${a}"/>` +
  `<rect x="225" y="150" width="160" height="110" fill="${paper}"/><path d="M235 245l40-60 30 40 20-20 50 40z" fill="${a}"/>` +
  `<path d="M225 300h160M225 330h110" stroke="${paper}" stroke-width="10"/>`

export const motifs = {
  mug, bowl, plate, teapot, board, towel, apron, carafe, servers, pitcher, notebook, pen, postcards, giftPaper,
  bookmark, pouch, candle, diffuser, spray, giftBox, soap, tshirt, sweatshirt, beanie, scarf, socks, tote,
  handbag, jar, tea, chocolate, pralines, coffee, sweetsBox, bottle, book,
} satisfies Record<string, Motif>

export type MotifName = keyof typeof motifs
