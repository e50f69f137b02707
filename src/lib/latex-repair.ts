/**
 * Repairs LaTeX remnants left by text extraction (`ell_2`, `8timesH100`,
 * `sim30B`, `mgg 1`, `rightarrow`, `widetilde O(d/(nvarepsilon_DP))`,
 * `mathcal{O}(d^2)`, `d^{2/3}`, `argmin_{xin R^d}`, `Ain R^n`, `1{r}` and `epsilon{d}` (a lost `\frac`),
 * `sqrt{T}`, `A^dagger`, `B^top`, ``` ``quoted'' ```, `beta=0.9`, `langle x rangle`,
 * `Oleft(`, `Na{ï}ve`, `{bf 1}`, `\%`,
 * `Fr\'echet`, `{\em ...}`, `\method{}`, `x_1,dots,x_n`, `g circ p`, `Omegasubseteq [m]times [n]`, `sqrt K`,
 * `nabla f(Phi(x))`, `(epsilon, delta)-DP`, `Rao--Blackwell`, `2/eta, where eta…`) into Unicode
 * and emphasis, and spaces what extraction ran together (`layers.We`, `work~key2023`). Every rule is anchored so ordinary words never change: `well`,
 * `times` in prose, `simulation`, `egg` stay as they are. Digest text itself is
 * never modified; this runs when text is displayed (and search indexes both).
 */
import type { Emphasis, Root, Strong, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/** A piece of repaired text. */
export type Segment = { type: 'text' | 'emphasis' | 'strong'; value: string };

/** Unicode superscripts of the characters a repaired exponent may hold (BibTeX maps them back, `citation.ts`). */
export const SUPERSCRIPT: Record<string, string> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '-': '⁻', '+': '⁺' };
/** Unicode subscripts of the characters a repaired index may hold. */
export const SUBSCRIPT: Record<string, string> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', p: 'ₚ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', infty: '∞' };
/** Script capitals A–Z (`mathcal`). */
export const SCRIPT = '𝒜ℬ𝒞𝒟ℰℱ𝒢ℋℐ𝒥𝒦ℒℳ𝒩𝒪𝒫𝒬ℛ𝒮𝒯𝒰𝒱𝒲𝒳𝒴𝒵';
const BIG_O: Record<string, string> = { O: 'O', Theta: 'Θ', Omega: 'Ω' };
/** Double-struck capitals (`mathbb`). */
export const DOUBLE_STRUCK: Record<string, string> = { R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', E: '𝔼', P: 'ℙ' };
const ACCENTS: Record<string, string> = { "'": '\u0301', '`': '\u0300', '"': '\u0308', '^': '\u0302', '~': '\u0303', c: '\u0327' };
const GREEK_NAMES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'eta', 'theta', 'lambda', 'mu', 'nu', 'pi', 'rho', 'sigma', 'tau', 'phi', 'chi', 'psi', 'omega'];
/** Greek letters by their LaTeX names. */
export const GREEK: Record<string, string> = Object.fromEntries(GREEK_NAMES.map((name, i) => [name, 'αβγδεηθλμνπρστφχψω'[i] ?? name]));
/** Any Greek letter's name, for patterns; a name matched in group 1 becomes its letter with {@link toGreek}. */
const GREEK_NAME = GREEK_NAMES.join('|');
const toGreek = (_m: string, name = '') => GREEK[name] ?? name;
/** Capital Greek letters by their LaTeX names (the ones that differ from Latin capitals). */
export const CAPITAL_GREEK: Record<string, string> = { Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω' };
const CAPITAL_GREEK_NAME = Object.keys(CAPITAL_GREEK).join('|');
/** Relations and operators by their LaTeX names, as they read between two terms (spaced). */
export const RELATIONS: Record<string, string> = {
  subsetneq: '⊊', supsetneq: '⊋', subseteq: '⊆', supseteq: '⊇', subset: '⊂', supset: '⊃', times: '×', leq: '≤', geq: '≥',
  neq: '≠', approx: '≈',
};
const RELATION_NAME = Object.keys(RELATIONS).sort((a, b) => b.length - a.length).join('|');
/** Symbols by their LaTeX names that bind to what follows (∇f, ∂x) or stand alone. */
export const PREFIXES: Record<string, string> = { nabla: '∇', partial: '∂', infty: '∞', cdot: '·' };
/**
 * Names run together once extraction drops their backslashes (`Omegasubseteq`): two or more of them make a word no
 * English word is (each name has three letters or more, so `into`, `pie`, `meta` never qualify).
 */
const GLUED_NAMES: Record<string, string> = {
  ...Object.fromEntries(GREEK_NAMES.filter((n) => n.length >= 3).map((n) => [n, GREEK[n] ?? n])),
  ...Object.fromEntries(Object.entries(CAPITAL_GREEK).filter(([n]) => n.length >= 3)),
  ...RELATIONS, ...PREFIXES,
};
const GLUED_NAME = Object.keys(GLUED_NAMES).sort((a, b) => b.length - a.length).join('|');
const GLUED_PIECE = new RegExp(GLUED_NAME, 'g');
/** `Omegasubseteq` → `Ω ⊆`: each name its symbol, relations spaced (once, however many meet). */
const unglue = (word: string) => (word.match(GLUED_PIECE) ?? []).map((n) => (RELATIONS[n] ? ` ${RELATIONS[n]} ` : GLUED_NAMES[n] ?? n)).join('').replace(/ {2,}/g, ' ').trim();
const map = (s: string, table: Record<string, string>) => [...s].map((c) => table[c] ?? c).join('');

/** A citation key as BibTeX styles make them: a name and a year (li2020, nichani2023provable) or initials and two digits (jns13). */
const CITE_KEY = String.raw`(?:[a-z][a-z-]*(?:19|20)\d{2}[a-z]*|[a-z]{2,4}\d{2})`;

/**
 * A rule: text it can match always contains its needle (or one of its needles), so other text skips it.
 * A needle is a substring, or a small non-global pattern where any fixed substring would occur in ordinary prose.
 */
type Rule = [needle: string | readonly string[] | RegExp, pattern: RegExp, replacement: string | ((...m: string[]) => string)];

/** Whether a text contains a rule's needle. */
export function hasNeedle(text: string, needle: Rule[0]): boolean {
  if (needle instanceof RegExp) return needle.test(text);
  return typeof needle === 'string' ? text.includes(needle) : needle.some((n) => text.includes(n));
}

/**
 * \frac{a}{b} → a/b, \frac{log n}{log d} → (log n)/(log d), also as extracted with the numerator's closing brace lost
 * (frac{loglog n{log d}}, never a script's braces: frac{x^{2}}{y}); spaced from a letter or digit it touches (x\frac{1}{2} → x 1/2, never 3\frac{1}{4} → 31/4).
 * Braces inside either part wait for a later pass (the rule runs before and after roots and scripts).
 */
const FRACTION: Rule = ['frac', /(?:\\|(?<![A-Za-z\\]))frac\s*\{([^{}]+)\}\s*\{([^{}]+)\}|(?:\\|(?<![A-Za-z\\]))frac\{([^{}]*[^{}^_\s])\{([^{}]+)\}\}/g,
  (match, numerator, denominator, lostNumerator, lostDenominator, offset, text) => {
    const glued = (c = '') => /[\p{L}\p{N}]/u.test(c);
    const at = Number(offset);
    const fraction = `${fractionPart(numerator ?? lostNumerator ?? '')}/${fractionPart(denominator ?? lostDenominator ?? '')}`;
    return `${glued(text?.[at - 1]) ? ' ' : ''}${fraction}${glued(text?.[at + match.length]) ? ' ' : ''}`;
  }];

/**
 * Character-level rules, in order. Each is anchored to LaTeX-only spellings,
 * and comes with a needle: a substring it cannot match without, so a rule
 * only scans text that contains its needle (checked by a unit test).
 */
export const RULES: Rule[] = [
  // \url{…} around an address that is not http(s) (those are kept whole before any rule runs): the address alone
  ['\\url{', /\\url\{([^{}\s]*)\}?/g, '$1'],
  // {\raise.17ex\hbox{$\scriptstyle\sim$}}, LaTeX's "about" tilde, extracted as {raise.17ex\scriptstyle\sim}
  ['scriptstyle', /\{?\\?raise[.\d]*ex\s*\\?scriptstyle\s*\\?sim\}?/g, '~'],
  // Accents: Fr\'echet, \"{o}, \c{c}
  ['\\', /\\(['`"^~])\{?([A-Za-z])\}?|\\c\{([A-Za-z])\}/g, (_m, acc, letter, cedilla) => (cedilla ? `${cedilla}\u0327` : `${letter}${ACCENTS[acc ?? ''] ?? ''}`).normalize('NFC')],
  // Upright maths and text inside maths, backslash often lost: mathrm{KL} → KL, operatorname{Tr} → Tr, \text{softmax} → softmax
  [['mathrm', 'operatorname'], /(?<![A-Za-z])\\?(?:mathrm|operatorname)\{([^{}]+)\}/g, '$1'],
  ['\\text', /\\text(?:rm)?\{([^{}]+)\}/g, '$1'],
  // Escaped specials: \% \& \_ \# \$
  ['\\', /\\([%&_#$])/g, '$1'],
  // A control space (e.g.\ DQN) is a space
  ['\\ ', /(?<!\\)\\ /g, ' '],
  // Na{ï}ve: an accented letter braced inside a word to protect it (not sqrt{T} or epsilon{d}: those stay as they are)
  ['{', /(?<=\p{L})\{(?!\p{ASCII})(\p{L})\}/gu, '$1'],
  // \ell, ell_2, ell_1-loss, ell_infty (never inside a word such as "well_")
  // (ell_q: no Unicode subscript q, so the index keeps its underscore)
  ['ell_', /(?<![A-Za-z])\\?ell_\{?(\d+|infty|[a-z])\}?(?![A-Za-z0-9])/g, (_m, sub = '') => (sub === 'infty' ? 'ℓ∞' : [...sub].every((c) => SUBSCRIPT[c]) ? `ℓ${map(sub, SUBSCRIPT)}` : `ℓ_${sub}`)],
  ['\\ell', /\\ell(?![A-Za-z])/g, 'ℓ'],
  // 8timesH100, 5.17times, n times from R^{ntimes d}: a number or a lone variable glued to "times" (1000timesteps stays)
  ['times', /(\d)\\?times(?=[A-Z0-9\s.,;:)]|$)/g, '$1×'],
  ['times', /(?<![A-Za-z])([a-z])times(?=\s)/g, '$1 ×'],
  // sim30B, sim7k, sim2x → ~30B, ~7k, ~2x (never "simulation", "sim2real" or "sim20real")
  ['sim', /(?<![A-Za-z])\\?sim(?=\d+(?:\.\d+)?(?![\d.])(?:[kmbx]|ms)?(?![a-z]))/g, '~'],
  // mgg 1 → m ≫ 1: a one-letter variable glued to gg before a number (consonants only, so "egg 1" stays)
  // (with its backslash or a space before the number: vgg16 is a model)
  ['gg', /(?<![A-Za-z])([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])(?:\\gg\s*|gg\s+)(?=\d)/g, '$1 ≫ '],
  // mll n, mll 1, rll min(m,n) → m ≪ n: the same, glued to ll before a one-letter variable, a whole number
  // or min/max/log ("nll loss", "the nll 0.3", "a .dll 2" stay)
  [/[b-df-hj-np-tv-z]\\?ll/i, /(?<![\w.])([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])\\?ll\s*(?=\d+(?![\d.])|[A-Za-z](?![A-Za-z])|(?:min|max|log)(?![A-Za-z]))/g, '$1 ≪ '],
  // Arrows, relations and symbols that are never English words
  ['Leftrightarrow', /\s*\\?Leftrightarrow\s*/g, ' ⇔ '], ['leftrightarrow', /\s*\\?leftrightarrow\s*/g, ' ↔ '], ['Rightarrow', /\s*\\?Rightarrow\s*/g, ' ⇒ '], ['rightarrow', /\s*\\?rightarrow\s*/g, ' → '], ['mapsto', /\s*\\?mapsto(?![A-Za-z])\s*/g, ' ↦ '], ['leftarrow', /\s*\\?leftarrow\s*/g, ' ← '],
  ['leq', /(?<![A-Za-z])\\?leq(?![A-Za-z])/g, '≤'], ['geq', /(?<![A-Za-z])\\?geq(?![A-Za-z])/g, '≥'], ['neq', /(?<![A-Za-z])\\?neq(?![A-Za-z])/g, '≠'],
  // x_1,dots,x_n and \ldots → …: bare only between commas ("red, dots, and lines" stays)
  ['dots', /(?<=,)\\?[lc]?dots(?=,)|\\[lc]?dots(?![A-Za-z])/g, '…'],
  // 90^\circ, 25^{\circ}C → 90°, 25°C (a degree, before the composition ring below)
  ['circ', /\^\{?\\?circ\}?/g, '°'],
  // g circ p → g ∘ p: bare only between one-letter names ("a circuit" stays)
  ['circ', /(?<![A-Za-z])([A-Za-z]) \\?circ (?=[A-Za-z](?![A-Za-z]))|\\circ(?![A-Za-z])/g, (_m, before) => (before ? `${before} ∘ ` : '∘')],
  ['cdot', /(?<![A-Za-z])\\?cdot(?![A-Za-z])/g, '·'], ['infty', /\\?infty(?![A-Za-z])/g, '∞'],
  ['langle', /(?<![A-Za-z])\\?langle(?![A-Za-z])/g, '⟨'], ['rangle', /(?<![A-Za-z])\\?rangle(?![A-Za-z])/g, '⟩'],
  // O\left( … \right) sizing commands: with their backslash, or glued to what they follow (Oleft(, }right))
  ['left', /(?:\\|(?<=[A-Z0-9}]))left(?=[([|])/g, ''], ['right', /(?:\\|(?<=[0-9})]))right(?=[)\]|])/g, ''],
  // Greek letters spelled var…, always LaTeX; other letters only with their backslash
  ['varepsilon', /\\?varepsilon/g, 'ε'], ['varphi', /\\?varphi/g, 'φ'], ['vartheta', /\\?vartheta/g, 'ϑ'],
  ['\\', new RegExp(String.raw`\\(${GREEK_NAME})(?![A-Za-z])`, 'g'), toGreek],
  // ... and without it only where maths surrounds them: epsilon^{-2}, 1+gamma}, beta=0.9, sigma_i, pi_theta (epsilon{d} is a fraction, below;
  // a command-line flag, --beta_1=0.9, is code)
  [['^', '_', '}', '='], new RegExp(String.raw`(?:(?<![A-Za-z])|(?<=[_^]))(?<!--)(${GREEK_NAME})(?=[\^_}=]|(?<=[_^]\w+)(?![A-Za-z]))`, 'g'), toGreek],
  // ... or glued to a one-letter factor before a script: mepsilon^{-3} → mε^(-3) (no letter and name of three letters
  // or more make a word; beta is b and eta, so eta is not among them)
  // (a script that is maths, ^ or _{: ksigma_clip and dtheta_dt are code)
  [['^', '_{'], /(?<![A-Za-z])([a-z])(alpha|gamma|delta|epsilon|theta|lambda|sigma|omega)(?=\^|_\{)/g, (_m, factor = '', name = '') => `${factor}${GREEK[name] ?? name}`],
  // ... or after a one-letter or numeric numerator's slash, or a bare number's sign: n/delta, 1-delta
  // (never "the beta version", "(delta) wave", "v0.2-beta", "Phi-3/beta", "alpha/beta pruning" or a path /org/delta)
  [['/', '-', '+'], new RegExp(String.raw`(?<=(?<![\w./-])(?:[A-Za-z]|\d+)/|(?<![\w./-])\d+[-+])(${GREEK_NAME})(?![A-Za-z])`, 'g'), toGreek],
  // Operator names keep their word, spaced from what they follow: \log n → log n, \max_i → max_i, n\log n → n log n
  ['\\', /([\p{L}\p{N})}]?)\\(log|ln|exp|min|max|sup|inf|lim|sin|cos|tan|det|dim|arg|argmin|argmax|Pr)(?![A-Za-z])/gu, (_m, before = '', name = '') => (before ? `${before} ${name}` : name)],
  // A^dagger → A†, B^top → Bᵀ
  ['dagger', /\^\{?\\?dagger\}?/g, '†'], ['^', /\^(?:\{\\?top\}|\\?top(?![A-Za-z-]))/g, 'ᵀ'],
  // TeX dashes: a spaced -- (Trace is the New AutoDiff -- Unlocking…) or --- between words, 10--20 between numbers;
  // never beside a command-line option (git log --oneline -- file, train.py -- --lr)
  ['--', /(?<=(?:^|\s)[^\s-]\S*\s)---(?=\s+[^\s-])/g, '—'],
  ['--', /(?<=(?:^|\s)[^\s-]\S*\s)--(?=\s+[^\s-])|(?<=\d)--(?=\d)/g, '–'],
  // ... and between words (Rao--Blackwell, algorithm--using only--can; algorithm---using), never beside a one-letter
  // name (a--b) nor inside code (learning_rate--warmup, launch--multi_gpu)
  ['---', /(?<=(?<![\w-])\p{L}{2,})---(?=\p{L}{2,}(?![\w-]))/gu, '—'],
  ['--', /(?<=(?<![\w-])\p{L}{2,})--(?=\p{L}{2,}(?![\w-]))/gu, '–'],
  // ``quoted'' → “quoted”
  ['``', /``([^`']*)''/g, '“$1”'],
  // Set membership before ℝ: Ain R^{n times d}, bin R^n, x'in R^d → A ∈ ℝ^… (a dimension, not a number: "Xin R^2" is a name and a score)
  ['R^', /(?<![A-Za-z])([A-Za-z]'?)\s?\\?in\s*R(?=\^[{A-Za-z])/g, '$1 ∈ ℝ'],
  // A fraction inside a root or a script is taken before them: sqrt{frac{a}{b}} → √(a/b), T^{frac{2}{3}} → T^(2/3)
  FRACTION,
  // sqrt{T} → √T, sqrt{d log n} → √(d log n)
  ['sqrt', /(?<![A-Za-z])\\?sqrt\{([^{}]+)\}/g, (_m, radicand = '') => (/^\w+$/.test(radicand) ? `√${radicand}` : `√(${radicand})`)],
  // sqrt K, sqrt 2, sqrt(n) → √K, √2, √(n): the root of the next term, its braces lost, when that term is a name of one
  // letter, a number or a bracket ("inverse sqrt learning rate", "the sqrt of", np.sqrt(2) stay)
  ['sqrt', /(?<![\w.-])\\?sqrt(?:\s?(?=[A-Za-z](?![A-Za-z])|\d)|(?=\())/g, '√'],
  // nabla f → ∇f, \partial x → ∂x: with their backslash; nabla bare too, before a one-letter name or a script ("partial"
  // is an English word: "partial x-ray", "partial_fit" stay)
  ['\\', /\\(nabla|partial)(?![A-Za-z])\s?/g, (_m, name = '') => PREFIXES[name] ?? name],
  ['nabla', /(?<![A-Za-z])nabla(?:\s(?=[A-Za-z](?![\w/-]))|(?=\^|_\{?[A-Za-z\\]))/g, '∇'],
  // Relations with their backslash, and bare the ones no English word is: x \subseteq y, A subsetneq B → x ⊆ y, A ⊊ B
  [['\\', 'subseteq', 'supseteq', 'subsetneq', 'supsetneq'], new RegExp(String.raw`\s*(?:\\(${RELATION_NAME})|(?<![A-Za-z\\])(subsetneq|supsetneq|subseteq|supseteq))(?![A-Za-z])\s*`, 'g'),
    (_m, escaped = '', bare = '') => ` ${RELATIONS[escaped || bare] ?? escaped + bare} `],
  // Capital Greek letters: with their backslash, or bare as a function of a variable or inside bars: Phi(x) → Φ(x),
  // |Omega| → |Ω| (Phi-3 and Phi(3.8B) stay models, Gamma(2, 1) a distribution, Omega (the company) a name)
  ['\\', new RegExp(String.raw`\\(${CAPITAL_GREEK_NAME})(?![A-Za-z])`, 'g'), (_m, name = '') => CAPITAL_GREEK[name] ?? name],
  [['Gamma(', 'Delta(', 'Lambda(', 'Sigma(', 'Phi(', 'Psi(', 'Pi(', '|'], /(?<![A-Za-z])(Gamma|Delta|Lambda|Sigma|Phi|Psi|Pi)(?=\([A-Za-z](?:_\w+)?\))|(?<=\|)(Gamma|Delta|Lambda|Sigma|Phi|Psi|Pi|Omega|Theta)(?=\|)/g, (_m, call = '', barred = '') => CAPITAL_GREEK[call || barred] ?? call + barred],
  // Omegasubseteq → Ω ⊆, alphabeta → αβ: names run together, two or more
  // (looked for only where a relation or symbol name occurs, times and partial aside: Greek letters alone, as in
  // alphabeta, are rare glued, and their names, times and partial are substrings of most abstracts, which the rule
  // would scan for nothing)
  [['subset', 'supset', 'leq', 'geq', 'neq', 'approx', 'nabla', 'infty', 'cdot'], new RegExp(String.raw`(?<![A-Za-z])(?:${GLUED_NAME})(?:${GLUED_NAME})+(?![A-Za-z])`, 'g'), (word) => unglue(word)],
  // [m]times [n] → [m] × [n]: times glued to a closing bracket
  ['times', /(?<=[\])])\\?times(?![a-z])\s*(?=[[(A-Za-z0-9])/g, ' × '],
  // epsilon-stationary, epsilon-greedy → ε-stationary, ε-greedy; (epsilon, delta)-DP → (ε, δ)-DP (a pair that names
  // something; "in (alpha, beta) order" stays)
  ['epsilon-', /(?<![A-Za-z])epsilon(?=-[a-z])/g, 'ε'],
  ['(', new RegExp(String.raw`\((${GREEK_NAME}),\s?(${GREEK_NAME})\)(?=-)`, 'g'), (_m, a = '', b = '') => `(${GREEK[a] ?? a}, ${GREEK[b] ?? b})`],
  // widetilde O → Õ (Theta, Omega: Θ̃, Ω̃), then Theta( and Omega( → Θ(, Ω(
  ['widetilde', /\\?widetilde\s*\{?(Theta|Omega|O)\}?/g, (_m, letter) => `${BIG_O[letter ?? ''] ?? letter ?? ''}\u0303`.normalize('NFC')],
  ['Theta', /(?<![A-Za-z])\\?Theta(?=\()/g, 'Θ'], ['Omega', /(?<![A-Za-z])\\?Omega(?=\()/g, 'Ω'],
  // mathcal{O} → 𝒪, mathbb{R} → ℝ
  ['mathcal', /\\?mathcal\s*\{?([A-Z])\}?/g, (_m, c) => [...SCRIPT][(c ?? 'A').charCodeAt(0) - 65] ?? c ?? ''],
  ['mathbb', /\\?mathbb\s*\{?([A-Z])\}?/g, (_m, c) => DOUBLE_STRUCK[c ?? ''] ?? c ?? ''],
  // Braced subscripts (before superscripts, so sum_{i=1}^{n} is whole; bracketed as exponents are, below): argmin_{xin R^d} → argmin_(x ∈ ℝ^d) (membership repaired above), min_{x} → min_x
  ['_{', /(?<=[^\s_{}])_\{([^{}]+)\}(?=(\w?))/g, (_m, subscript = '', glued = '') => bracketScript('_', subscript, glued)],
  // Superscripts of whole numbers: d^2, ^{-1} (n^1.5 stays); other braced exponents keep their caret: d^{2/3} → d^(2/3)
  ['^', /(?<=[^\s^{}])\^(?:\{([+-]?\d{1,3})\}|([+-]?\d{1,3})(?![\d}]|\.\d))/g, (_m, braced, bare) => map(braced ?? bare ?? '', SUPERSCRIPT)],
  ['^{', /(?<=[^\s^{}])\^\{([^{}]+)\}(?=(\w?))/g, (_m, exponent = '', glued = '') => bracketScript('^', exponent, glued)],
  // loglog n → log log n (the backslashed form is spaced above; "a loglog plot" or "a loglog a tree" stay)
  ['loglog', /(?<![A-Za-z])loglog(?= (?![aAI](?![A-Za-z]))[A-Za-z](?![A-Za-z]))/g, 'log log'],
  // ... and a fraction around a script once the script is done: frac{x^{2}}{y} → x²/y
  FRACTION,
  // \frac{1}{r} extracted as 1{r}, \frac{\epsilon}{d} as epsilon{d} (a number or a Greek letter glued to a braced denominator,
  // not an index's digit nor an ordinal: x_1{t}, 1{st} stay): 1/r, ε/d, 1/β
  ['{', new RegExp(String.raw`(?<![\p{L}\p{N}._^])(\d+|${GREEK_NAME})\{(?!(?:st|nd|rd|th)\})([\p{L}\p{N}√]+)\}`, 'gu'), (_m, numerator = '', denominator = '') => `${GREEK[numerator] ?? numerator}/${denominator}`],
  // A lost \cite after LaTeX's tie: prior work~nichani2023provable, Sanghavi~jns13, work~li2020,wang2021 → prior work
  // [nichani2023provable], Sanghavi [jns13], work [li2020, wang2021]. A key is a name and a year (li2020a) or short
  // initials and two digits (jns13); never a model name (~resnet50) or a lost \ref (Figure~fig12)
  ['~', new RegExp(String.raw`(?<=[\p{L}.,])(?<!(?:Fig|Figure|Tab|Table|Sec|Section|Eq|Eqn|App|Appendix|Alg|Algorithm|Thm|Theorem|Lemma|Def|Definition)\.?)~(${CITE_KEY}(?:,\s?${CITE_KEY})*)(?![\w-])`, 'gu'),
    (_m, keys = '') => ` [${keys.split(/,\s?/).join(', ')}]`],
  // Sentences run together by extraction (layers.We, 2020).The, φ.We), last so repaired letters count; never inside a
  // dotted name (torch.nn.Module, e.g.The), a number (Table 2.The) or an address (kept whole before any rule)
  [/[\p{Ll})\]]\.\p{Lu}/u, /(?<=(?<![^\s(])[^\s._/\\]*[\p{Ll})\]])\.(?=\p{Lu}\p{Ll}+(?![\p{L}\p{N}_.()]))/gu, '. '],
];

/** One side of a fraction: bare when a single token (1/2, n/d), bracketed otherwise ((log n)/(log d)). */
function fractionPart(part: string): string {
  const trimmed = part.trim();
  return /^[\p{L}\p{N}√.]+$/u.test(trimmed) ? trimmed : `(${trimmed})`;
}

/** A script needs no brackets of its own when bracketed already or a single token that ends the word: x^{(t)} → x^(t), W^{T} x → W^T x. */
function bracketScript(mark: string, script: string, glued: string): string {
  // d^{kq} → d^(kq), not d^kq, which reads as (d^k)q; an index may run on (ε_DP, x_ij).
  // An ordinal's letters are no product either: k^{th} → k^th.
  const bare = /^[\p{L}\p{N}]+$/u.test(script) && (mark === '_' || [...script].length === 1 || !/\p{Ll}/u.test(script) || /^(?:st|nd|rd|th)$/.test(script));
  return /^\(.*\)$/.test(script) || (bare && !glued) ? `${mark}${script}` : `${mark}(${script})`;
}

const END = String.raw`[^\s<>".,;:!?)\]'’”{}]`;
const ADDRESS = String.raw`https?:\/\/[^\s<>"{}]+${END}`;
const SCHEMELESS = String.raw`(?<![\w@./:-])(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|dev|edu|gov|co|me|app|page|site|info|tech|cn|uk|de|fr|jp|ch|ca)\/(?:[^\s<>"{}]*${END})?`;
/**
 * Web addresses in digest text; trailing punctuation stays outside, and so do
 * braces: a LaTeX `\url{…}` around an address (its closing brace often lost) goes with it.
 * Group 1 is a wrapped address, group 2 a bare one, group 3 one written without
 * its scheme (`github.com/org/repo`): a common top-level domain, then a path.
 */
export const URL_PATTERN = new RegExp(String.raw`\\url\{(${ADDRESS}|${SCHEMELESS})\}?|\b(${ADDRESS})|(${SCHEMELESS})`, 'g');
/** Text that may hold an address: the rules need not look for one elsewhere. */
const MAY_HOLD_ADDRESS = /http|\.[a-z]{2,4}\//;

/** Applies the character-level rules to plain text (no emphasis), leaving web addresses as they are. */
function repairChars(text: string): string {
  if (!MAY_HOLD_ADDRESS.test(text)) return applyRules(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    out += applyRules(text.slice(last, m.index)) + (m[1] ?? m[2] ?? m[3] ?? '');
    last = m.index + m[0].length;
  }
  return out + applyRules(text.slice(last));
}

function applyRules(text: string): string {
  let out = text;
  for (const [needle, pattern, replacement] of RULES) if (hasNeedle(out, needle)) out = out.replace(pattern, replacement as string);
  return out === text ? out : nameLikeRepaired(text, out);
}

/**
 * Greek names that are no English word or name (not theta and tau, as in EEG theta and Kendall's tau, nor capitals:
 * the Gamma distribution, Delta Lake): once maths in a text shows one is a symbol, it is one all through that text.
 */
const SYMBOL_ONLY_NAMES = ['eta', 'epsilon', 'rho', 'phi', 'psi'];
const STANDALONE_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}_./-])(${SYMBOL_ONLY_NAMES.join('|')})(?![\p{L}\p{N}-])`, 'gu');

/**
 * `2/eta, where eta denotes the step size` → `2/η, where η denotes…`: a name the rules turned into its letter somewhere
 * in the text (maths around it) is that letter where it stands alone too, but only a name no English word is, never
 * one in a compound (`Phi-3`).
 */
function nameLikeRepaired(raw: string, repaired: string): string {
  const symbols = new Set(SYMBOL_ONLY_NAMES.filter((n) => { const c = GREEK[n] ?? ''; return repaired.includes(c) && !raw.includes(c); }));
  return symbols.size === 0 ? repaired : repaired.replace(STANDALONE_NAME, (name) => (symbols.has(name) ? GREEK[name] ?? name : name));
}

/**
 * `{\em x}`, `{\it x}`, `\emph{x}`, `\textit{x}` → emphasis; `{\bf x}`, `\textbf{x}`, `\mathbf{x}`, `\boldsymbol{x}` →
 * strong (also `{bf 1}` and `mathbf{x}`, their backslash lost: unlike `{it is}`, never prose); `\method{}` → emphasised macro name.
 */
const STYLED = /\{(?:\\(em|it|bf)|(bf))\s+([^{}]*)\}|(?:\\(emph|textit|textbf)|(?<![A-Za-z])\\?(mathbf|boldsymbol))\{([^{}]*)\}|\\([A-Za-z]+)\{\}/g;

/** Splits text into repaired segments. */
export function repairLatexSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(STYLED)) {
    const [whole, short, bare, shortBody, long, bold, longBody, macro] = m;
    if (m.index > last) segments.push({ type: 'text', value: repairChars(text.slice(last, m.index)) });
    const kind = short ?? bare ?? long ?? bold;
    const strong = kind === 'bf' || kind === 'textbf' || bold !== undefined;
    const body = macro ?? shortBody ?? longBody ?? '';
    // A bold symbol is maths: \boldsymbol{theta} is θ in bold.
    segments.push({ type: strong ? 'strong' : 'emphasis', value: (bold && GREEK[body]) || repairChars(body) });
    last = m.index + whole.length;
  }
  if (last < text.length) segments.push({ type: 'text', value: repairChars(text.slice(last)) });
  return segments.filter((s) => s.value !== '');
}

/** Repaired plain text (emphasis dropped to its words): for titles, meta tags, feeds. Addresses are kept as they are. */
export function repairLatexText(text: string): string {
  const repaired = repairLatexSegments(text).map((s) => s.value).join('');
  // Most text needs no repair: hand back the input itself, not an equal copy that the site model
  // would hold beside the data store's (~90 MB of abstracts at 30,000 papers).
  return repaired === text ? text : repaired;
}

/**
 * The words of the raw text that repair changed (`ell_2`, `8timesH100`), for
 * search indexes that should find both forms without indexing the text twice.
 */
export function listRawOnlyWords(raw: string, repaired: string): string {
  if (raw === repaired) return '';
  const kept = new Set(repaired.split(/\s+/));
  return [...new Set(raw.split(/\s+/).filter((w) => w && !kept.has(w)))].join(' ');
}

/** remark plugin: repairs LaTeX remnants in text nodes, producing emphasis and strong nodes. */
export const remarkRepairLatex: Plugin<[], Root> = () => (tree) => {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const segments = repairLatexSegments(node.value);
    if (segments.length === 1 && segments[0]?.type === 'text' && segments[0].value === node.value) return;
    const nodes = segments.map((s): Text | Emphasis | Strong =>
      s.type === 'text' ? { type: 'text', value: s.value } : { type: s.type, children: [{ type: 'text', value: s.value }] });
    parent.children.splice(index, 1, ...nodes);
    return [SKIP, index + nodes.length];
  });
};
