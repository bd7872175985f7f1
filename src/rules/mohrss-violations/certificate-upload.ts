// mohrss-violations §15 read forward — what an institution may not upload as certificate data
// (证书数据上报, issue 11 point 6):
//
// 第十五条  评价机构超范围上传证书数据、上传证书数据有错误的，撤销其上传的违规证书数据，并视情节给予
// 警告、暂停评价活动、直至终止备案的处理。
//
// The article sanctions out-of-scope or wrong certificate data after it was uploaded (and orders it
// revoked); SkillReg refuses such a row before it reaches the register, so there is nothing to revoke.
// A row is out of scope when on its date of issue no live (not withdrawn) filing or selection of the
// uploading institution granted the occupation × level (the entry's validity includes both ends); it is
// wrong when it fails a check of the number, the person, the occupation catalogue or the level. Each
// refusal names this article. The checks run set-based in SQL over a whole batch
// (src/persistence/certificate-uploads/apply-batch.ts); this file is their definition and citation.
import { mv, violationRule } from './rule.js';

export const uploadScope = violationRule(
  '15/upload-scope',
  mv(15),
  '上报的证书须在发证日期当日有效的备案（遴选）范围之内（职业（工种）及等级），超范围的不予登记',
  'An uploaded certificate must be within the filed (selected) occupation and level on its date of issue; out-of-scope rows are refused',
);
export const uploadAccuracy = violationRule(
  '15/upload-accuracy',
  mv(15),
  '上报的证书数据须准确：证书编号、姓名、证件、职业（工种）代码、等级、发证日期有误的行不予登记',
  'Uploaded certificate data must be accurate: rows with a wrong number, name, document, occupation code, level or date are refused',
);

export const certificateUploadRules = [uploadScope, uploadAccuracy];

/** The citation every refusal carries, as the rejected-rows report prints it. */
export const UPLOAD_ARTICLE_ZH = '《技能人才评价违纪违规行为处理工作指引（试行）》第十五条';
