/**
 * A deliberately coarse outline of China (mainland, Hainan, Taiwan) as [lon, lat] rings, hand-made
 * from well-known border and coast points: enough to place city nodes at a glance, tiny to ship,
 * no tile server. Not for surveying.
 */
export const CHINA_RINGS: readonly (readonly [number, number])[][] = [
  [
    [122.5, 53.5],
    [125.5, 53.0],
    [127.5, 50.2],
    [130.5, 48.9],
    [134.7, 48.3],
    [133.1, 45.1],
    [131.0, 44.9],
    [131.2, 43.0],
    [130.6, 42.4],
    [129.0, 42.0],
    [128.0, 41.8],
    [126.5, 41.5],
    [124.4, 39.9],
    [121.3, 38.9],
    [122.1, 40.5],
    [121.0, 40.8],
    [119.5, 39.8],
    [117.8, 39.0],
    [118.8, 37.5],
    [119.9, 37.1],
    [122.6, 37.4],
    [120.4, 36.1],
    [119.4, 34.7],
    [120.9, 32.0],
    [121.9, 31.0],
    [122.0, 29.9],
    [120.7, 28.0],
    [119.6, 26.0],
    [118.1, 24.5],
    [116.7, 23.3],
    [114.2, 22.3],
    [111.5, 21.5],
    [110.4, 21.0],
    [110.2, 20.3],
    [109.6, 21.0],
    [109.1, 21.5],
    [108.0, 21.5],
    [106.7, 22.0],
    [105.5, 23.2],
    [103.9, 22.6],
    [102.2, 22.4],
    [101.7, 21.2],
    [100.1, 21.6],
    [99.2, 22.1],
    [98.7, 24.0],
    [97.5, 24.7],
    [98.0, 27.0],
    [98.7, 27.5],
    [97.5, 28.2],
    [96.1, 29.4],
    [94.0, 28.9],
    [92.0, 27.8],
    [89.0, 27.9],
    [88.1, 27.9],
    [86.0, 28.0],
    [84.0, 28.6],
    [81.5, 30.2],
    [79.0, 31.0],
    [78.5, 32.5],
    [78.0, 35.5],
    [76.0, 36.0],
    [75.0, 37.0],
    [74.5, 38.5],
    [73.5, 39.5],
    [75.5, 40.5],
    [77.0, 41.0],
    [80.2, 42.2],
    [80.8, 45.0],
    [82.5, 45.5],
    [83.0, 47.2],
    [85.5, 47.0],
    [87.3, 49.1],
    [88.0, 48.6],
    [90.5, 45.5],
    [93.5, 44.9],
    [96.4, 42.7],
    [100.0, 42.6],
    [105.0, 41.6],
    [110.0, 42.6],
    [111.8, 43.7],
    [114.5, 44.9],
    [117.5, 46.5],
    [119.9, 46.6],
    [117.8, 47.9],
    [116.0, 46.5],
    [115.5, 47.8],
    [117.8, 49.5],
    [119.8, 50.3],
    [120.9, 52.5],
  ],
  [
    [108.6, 19.2],
    [109.6, 20.0],
    [110.9, 20.0],
    [111.0, 19.6],
    [110.0, 18.3],
    [109.0, 18.3],
  ],
  [
    [120.1, 23.0],
    [121.0, 25.3],
    [121.9, 24.9],
    [121.5, 22.9],
    [120.8, 21.9],
  ],
];

const WEST = 72;
const EAST = 136;
const NORTH = 55;
const SOUTH = 17;
/** Longitude shrinks with latitude: scaled for the middle of the map (about 36°N). */
const X_SCALE = Math.cos((36 * Math.PI) / 180);
const UNIT = 10;

export const MAP_WIDTH = Math.round((EAST - WEST) * X_SCALE * UNIT);
export const MAP_HEIGHT = (NORTH - SOUTH) * UNIT;

export function project(lon: number, lat: number): [number, number] {
  return [(lon - WEST) * X_SCALE * UNIT, (NORTH - lat) * UNIT];
}

export function insideMap(lon: number, lat: number) {
  return lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
}

/** The outline as one SVG path. */
export function outlinePath(): string {
  return CHINA_RINGS.map(
    (ring) =>
      `M${ring
        .map(([lon, lat]) =>
          project(lon, lat)
            .map((v) => v.toFixed(1))
            .join(","),
        )
        .join("L")}Z`,
  ).join("");
}
