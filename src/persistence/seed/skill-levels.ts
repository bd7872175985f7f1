// The five skill levels (职业技能等级) of the national vocational skill standards: 五级/初级工 up to
// 一级/高级技师. `level` is the number the standards and certificates use (glossary: level 1..5).
import type { SkillLevelsTable } from '../schema.js';

export const SKILL_LEVELS: SkillLevelsTable[] = [
  { level: 5, name_zh: '五级', title_zh: '初级工', name_en: 'Level 5 Elementary' },
  { level: 4, name_zh: '四级', title_zh: '中级工', name_en: 'Level 4 Intermediate' },
  { level: 3, name_zh: '三级', title_zh: '高级工', name_en: 'Level 3 Advanced' },
  { level: 2, name_zh: '二级', title_zh: '技师', name_en: 'Level 2 Technician' },
  { level: 1, name_zh: '一级', title_zh: '高级技师', name_en: 'Level 1 Senior technician' },
];
