/**
 * Drawing objects carried from one package into another: an anchor (the `xdr:twoCellAnchor`
 * element that places a chart on a sheet, with its own namespace declarations) and the parts
 * it refers to by relationship id, each part with its bytes, content type and relationships,
 * so a chart with its style, colours or embedded data goes over whole. New charts take the
 * same shape, so one writer puts both into the saved file.
 */

/** A part to write into the package under a fresh name. */
export interface CarriedPart {
  /** Its name in the package it came from, or the name wanted ("xl/charts/chart1.xml"): folder and stem are kept, the number is reassigned. */
  name: string;
  contentType: string;
  data: string | Uint8Array;
  rels: CarriedRel[];
}

/** A relationship of a carried part or anchor: to another carried part, or to a target kept as written (external links). */
export interface CarriedRel {
  id: string;
  type: string;
  target: CarriedPart | { text: string; external: boolean };
}

/** An anchor of a sheet's drawing: its XML (namespaces declared on the element itself) and the relationships its `r:id`s name. */
export interface CarriedAnchor {
  xml: string;
  rels: CarriedRel[];
}
