/**
 * io/ in Node (the command line, tests, benchmarks): Node has no DOMParser,
 * so XML is read with xmldom, which this entry point adds and the page's
 * bundle never carries.
 */
export { nodeXmlParser } from './xml/xmldom';
