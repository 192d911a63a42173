/** A list of names as a clerk types it: `经发办、农业办,教育办` → the three names. */
export function splitNames(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((u) => u.trim()).filter(Boolean);
}
