// What `import dayjs from 'dayjs'` gives every module (vite.config.ts): dayjs with the Chinese locale,
// set to the language the visitor chose (web/src/app/i18n.tsx changes it later). So that the language
// provider need not load dayjs: only the pages that show or pick dates do (issue 10 point 9).
import dayjs from 'dayjs/esm/index.js';
import 'dayjs/esm/locale/zh-cn.js';

let lang: string | null = null;
try {
  lang = localStorage.getItem('skillreg.lang');
} catch {
  // private mode: Chinese
}
dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');

export default dayjs;
