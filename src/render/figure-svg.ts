/**
 * Small SVG builders for figures: elements made with DOM calls (text from data
 * is escaped by construction), text measured as the map draws it, label blocks.
 */
import { LABEL_FONT } from './style';

export const SVG = 'http://www.w3.org/2000/svg';

type Attributes = Record<string, string | number>;

export function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Attributes = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

let measurer: CanvasRenderingContext2D | null | undefined;
export function textWidth(text: string, size: number, weight = 'normal'): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${weight} ${size}px ${LABEL_FONT}`;
  return measurer.measureText(text).width;
}

/** Breaks a label into lines no wider than `width`, as the map wraps it. */
export function wrapLabel(text: string, size: number, width: number, weight = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A block of centred text lines on a light background, first baseline at `top + size`. */
export function labelBlock(
  lines: string[],
  x: number,
  top: number,
  size: number,
  options: { weight?: string; opacity?: number } = {},
): SVGGElement {
  const group = element('g', options.opacity === undefined ? {} : { opacity: options.opacity });
  const weight = options.weight ?? 'normal';
  const width = Math.max(...lines.map((l) => textWidth(l, size, weight)));
  group.append(
    element('rect', {
      x: x - width / 2 - 2,
      y: top,
      width: width + 4,
      height: lines.length * size * 1.2 + 2,
      rx: 3,
      fill: '#ffffff',
      'fill-opacity': 0.85,
    }),
  );
  lines.forEach((line, i) => {
    group.append(
      element(
        'text',
        {
          x,
          y: top + size * (i + 1) * 1.2 - size * 0.2,
          'text-anchor': 'middle',
          'font-family': LABEL_FONT,
          'font-size': size,
          'font-weight': weight,
          fill: '#1a1a1a',
        },
        line,
      ),
    );
  });
  return group;
}

/** The hollow ring a claim or an allegation carries at its middle (as the map draws it). */
export function ringMark(x: number, y: number, width: number, color: string): SVGCircleElement {
  return element('circle', {
    cx: x,
    cy: y,
    r: Math.max(4, width + 2),
    fill: '#ffffff',
    stroke: color,
    'stroke-width': 2,
  });
}
