/**
 * The map's colour classes: five equal steps between the lowest and the highest provincial mean
 * of the year, darker for higher. They sort provinces for the eye only; they are not grades (a
 * mean of many bodies has no grade), and the table beside the map gives every figure.
 */
export const mapPalette = ['#deebf7', '#9ecae1', '#6baed6', '#2f7fc1', '#0b4f8a'] as const;

export interface MapClass {
  /** Inclusive lower bound, two decimals. */
  min: number;
  /** Inclusive upper bound, two decimals. */
  max: number;
  colour: string;
}

export function mapClasses(values: readonly number[]): MapClass[] {
  if (values.length === 0) return [];
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (high - low < 0.01) return [{ min: low, max: high, colour: mapPalette[mapPalette.length - 1] as string }];
  const step = (high - low) / mapPalette.length;
  return mapPalette.map((colour, i) => ({
    min: Math.round((low + step * i) * 100) / 100,
    max: i === mapPalette.length - 1 ? high : Math.round((low + step * (i + 1)) * 100) / 100 - 0.01,
    colour,
  }));
}

export function classOf(classes: readonly MapClass[], value: number): MapClass | undefined {
  for (let i = classes.length - 1; i >= 0; i--) {
    const mapClass = classes[i] as MapClass;
    if (value >= mapClass.min) return mapClass;
  }
  return classes[0];
}
