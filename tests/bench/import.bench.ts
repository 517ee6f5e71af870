/**
 * Importing a generated file of 20,000 actors and 60,000 relations in each
 * format (in Node, with xmldom for XML; the page uses the browser's parser
 * and a worker for the other formats).
 */
import { bench, describe } from 'vitest';
import type { DataFormat } from '../../src/io';
import { writeDataset } from '../../src/io/export';
import { importText } from '../../src/io/import';
import { nodeXmlParser } from '../../src/io/node';
import { generateDataset } from '../../src/model/generate';

const dataset = generateDataset({ actors: 20_000, relationsPerActor: 3, seed: 1 });
const FORMATS: DataFormat[] = ['json', 'gexf', 'graphml', 'csv', 'cyjs'];
const files = new Map(FORMATS.map((format) => [format, writeDataset(dataset, format)]));
const RUNS = { iterations: 5, warmupIterations: 1, time: 0 };

describe(`import ${dataset.actors.length} actors and ${dataset.relations.length} relations`, () => {
  for (const format of FORMATS) {
    const [first, second] = files.get(format)!;
    const size = files.get(format)!.reduce((sum, f) => sum + f.text.length, 0);
    bench(
      `${format} (${(size / 1048576).toFixed(1)} MB)`,
      () => {
        const result =
          format === 'csv'
            ? importText(second!.text, { nodes: first!.text })
            : importText(first!.text, { parseXml: nodeXmlParser });
        if (!result.dataset)
          throw new Error(`${format}: ${JSON.stringify(result.report.issues.slice(0, 2))}`);
      },
      RUNS,
    );
  }
});
