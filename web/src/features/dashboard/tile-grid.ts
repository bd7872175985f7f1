// The tile-grid cartogram of China's provincial-level units (docs/decisions/0041-dashboard.md): one
// equal square per unit at a fixed [column, row] (row 0 at the top), placed by neighbourhood — north-east
// top right, Xinjiang and Tibet left, Hainan at the bottom — so that no GeoJSON is downloaded and a small
// province is as visible as a large one. 32 tiles: GB/T 2260's 31 and the 兵团 (660000) beside Xinjiang.
export const TILE_GRID: Record<string, readonly [col: number, row: number]> = {
  '230000': [7, 0], // 黑龙江
  '150000': [4, 1], // 内蒙古
  '110000': [5, 1], // 北京
  '210000': [6, 1], // 辽宁
  '220000': [7, 1], // 吉林
  '650000': [0, 2], // 新疆
  '660000': [1, 2], // 兵团
  '620000': [2, 2], // 甘肃
  '640000': [3, 2], // 宁夏
  '140000': [4, 2], // 山西
  '130000': [5, 2], // 河北
  '120000': [6, 2], // 天津
  '630000': [2, 3], // 青海
  '610000': [3, 3], // 陕西
  '410000': [4, 3], // 河南
  '370000': [5, 3], // 山东
  '540000': [1, 4], // 西藏
  '510000': [2, 4], // 四川
  '500000': [3, 4], // 重庆
  '420000': [4, 4], // 湖北
  '340000': [5, 4], // 安徽
  '320000': [6, 4], // 江苏
  '310000': [7, 4], // 上海
  '530000': [2, 5], // 云南
  '520000': [3, 5], // 贵州
  '430000': [4, 5], // 湖南
  '360000': [5, 5], // 江西
  '330000': [6, 5], // 浙江
  '450000': [3, 6], // 广西
  '440000': [4, 6], // 广东
  '350000': [5, 6], // 福建
  '460000': [4, 7], // 海南
};
export const GRID_COLUMNS = 8;
export const GRID_ROWS = 8;

/** A short name for a tile: 贵州省 → 贵州, 广西壮族自治区 → 广西, 新疆生产建设兵团 → 兵团. */
export function shortName(zh: string): string {
  if (zh === '新疆生产建设兵团') return '兵团';
  if (zh.startsWith('内蒙古')) return '内蒙古';
  return zh.replace(/(壮族|回族|维吾尔)?(自治区|省|市)$/, '');
}
