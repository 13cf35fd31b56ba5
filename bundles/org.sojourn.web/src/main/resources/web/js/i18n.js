// Every text of the pages in Traditional Chinese and English; the chosen language is kept in the browser.
const TEXTS = {
  brand: ['外國與外僑、大陸與港澳學生線上申辦系統', 'Online applications for foreign, overseas Chinese, mainland and HK/Macao students'],
  footer: ['內政部移民署 版權所有 National Immigration Agency', 'National Immigration Agency, Republic of China (Taiwan)'],
  switchTo: ['English', '中文'],
  signOut: ['登出', 'Sign out'],
  signedOutIn: ['登出倒數', 'Signs out in'],
  sessionExpired: ['閒置逾時，已自動登出；已暫存的資料不會遺失，請重新登入。', 'You were signed out after 30 idle minutes. Saved drafts are kept; sign in again.'],
  portals: ['請選擇身分', 'Choose your portal'],
  portalSchool: ['學校', 'Schools'],
  portalSchoolHint: ['學校承辦人整批代為申請', 'School clerks filing for their students'],
  portalStudent: ['外生、僑生', 'Foreign and overseas Chinese students'],
  portalStudentHint: ['依學校匯入之名冊自行申請', 'Apply yourself against your school\'s list'],
  portalMainland: ['陸生', 'Mainland students'],
  portalMainlandHint: ['多次證換發、延期及資料異動', 'Multiple-entry permit, extension and data change'],
  portalHkMacao: ['港澳生', 'Hong Kong and Macao students'],
  portalHkMacaoHint: ['港澳生居留申請', 'Residence applications'],
  portalOfficer: ['審查人員', 'Officers'],
  portalOfficerHint: ['初審、複審、製證領證', 'Review, decisions and the card desk'],
  portalAdmin: ['系統管理', 'Administrators'],
  portalAdminHint: ['申請人類別與繳費管道、參考資料', 'Applicant types, payment channels, reference data'],
  verifyTitle: ['文件查驗', 'Verify a document'],
  verifyHint: ['輸入文件上的查驗碼，或掃描文件上的 QR 碼。', 'Type the verification code printed on the document, or scan its QR code.'],
  verifyCode: ['查驗碼', 'Verification code'],
  verify: ['查驗', 'Verify'],
  signInTitle: ['登入', 'Sign in'],
  account: ['帳號', 'Account'],
  password: ['密碼', 'Password'],
  captcha: ['驗證碼', 'Captcha'],
  captchaHint: ['請輸入圖中的 5 位數字', 'Type the five digits in the picture'],
  newCaptcha: ['換一張', 'Another picture'],
  signIn: ['登入', 'Sign in'],
  home: ['首頁', 'Home'],
  dashboard: ['優先處理事項', 'To do first'],
  line: ['申辦項目', 'Business line'],
  newCases: ['新申請案件', 'New cases'],
  awaitingSupplements: ['待補正（件）', 'Awaiting corrections'],
  awaitingPayment: ['待繳費', 'Awaiting payment'],
  refused: ['不受理／不核准', 'Not accepted / approved'],
  newApplication: ['線上申辦', 'New application'],
  drafts: ['暫存申請資料', 'Drafts'],
  progress: ['案件進度查詢', 'Progress'],
  downloads: ['下載專區', 'Downloads'],
  consentTitle: ['同意條款', 'Terms'],
  consentText: ['本人已詳閱並同意：所填資料及上傳文件均屬實，並同意內政部移民署依法蒐集、處理及利用個人資料。', 'I have read and agree: the data and documents are true, and the National Immigration Agency may collect, process and use the personal data as the law allows.'],
  consent: ['我同意', 'I agree'],
  applicationData: ['申請資料', 'Application data'],
  sender: ['送件人資料', 'Sender'],
  senderName: ['姓名', 'Name'],
  senderNationalId: ['身分證統一編號', 'National ID number'],
  senderPhone: ['聯絡電話', 'Phone'],
  senderEmail: ['電子郵件', 'E-mail'],
  senderAddress: ['地址', 'Address'],
  applicationName: ['申請名稱', 'Application name'],
  pickupOffice: ['領證地點', 'Pickup office'],
  create: ['建立申請', 'Create the application'],
  group: ['申請案', 'Application'],
  groupNumber: ['團號', 'Group number'],
  groupDocuments: ['團體文件', 'Group documents'],
  powerOfAttorney: ['委託書', 'Power of attorney'],
  applicants: ['申請人列表', 'Applicants'],
  addApplicant: ['新增申請人', 'Add an applicant'],
  applicantType: ['身分別', 'Applicant type'],
  applicationKind: ['申請類別', 'Application kind'],
  FIRST_APPLICATION: ['首次申請', 'First application'],
  RENEWAL: ['換證', 'Renewal'],
  EXTENSION: ['延期', 'Extension'],
  DATA_CHANGE: ['資料異動', 'Data change'],
  add: ['新增', 'Add'],
  edit: ['編輯', 'Edit'],
  complete: ['資料完成', 'Complete'],
  incomplete: ['資料未完成', 'Incomplete'],
  submit: ['送件', 'Submit'],
  confirmSubmit: ['送件後即不能修改，確定送件？', 'Nothing can be changed after submission. Submit now?'],
  submitted: ['送件成功，團號：', 'Submitted. Group number: '],
  receiptNumbers: ['收件號', 'Receipt numbers'],
  save: ['暫存', 'Save'],
  saved: ['已暫存。', 'Saved.'],
  back: ['回申請案', 'Back to the application'],
  form: ['申請書', 'Application form'],
  documents: ['應附文件', 'Documents'],
  upload: ['上傳', 'Upload'],
  uploaded: ['已上傳', 'Uploaded'],
  notUploaded: ['尚未上傳', 'Not uploaded'],
  stillMissing: ['尚缺：', 'Still missing:'],
  required: ['必須填寫', 'Required'],
  choose: ['請選擇', 'Choose'],
  status: ['申辦狀態', 'Status'],
  submittedAt: ['送件日期', 'Submitted'],
  cases: ['人數', 'Cases'],
  none: ['查無資料', 'Nothing found'],
  certificates: ['許可證下載', 'Certificates and permits'],
  receipts: ['收據下載', 'Fee receipts'],
  download: ['下載', 'Download'],
  madeAtDesk: ['服務站製發', 'Made at the service center'],
  validUntil: ['效期', 'Valid until'],
  englishName: ['英文姓名', 'English name'],
  academicYear: ['學年度', 'Academic year'],
  academicYearHint: ['民國年，例如 115', 'ROC year, e.g. 115'],
  passportNumber: ['護照號碼', 'Passport number'],
  birthDate: ['出生日期', 'Date of birth'],
  holder: ['持有人', 'Holder'],
  amount: ['金額（新臺幣）', 'Amount (NT$)'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  working: ['處理中…', 'Working…'],
  notFound: ['查無此頁。', 'There is no such page.'],
};

let language = localStorage.getItem('sojourn.language') === 'en' ? 'en' : 'zh-TW';

/** @returns {string} the text for a key in the chosen language */
export function t(key) {
  const pair = TEXTS[key];
  return pair ? pair[language === 'en' ? 1 : 0] : key;
}

/** @returns {'zh-TW'|'en'} the chosen language */
export function lang() {
  return language;
}

/** Picks the Chinese or English of a pair the API gives (labelZh/labelEn, nameZh/nameEn). */
export function pick(zh, en) {
  return language === 'en' ? (en || zh) : (zh || en);
}

export function toggleLanguage() {
  language = language === 'en' ? 'zh-TW' : 'en';
  localStorage.setItem('sojourn.language', language);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-Hant-TW';
}

/** Fills every element marked with data-t from the dictionary. */
export function translateStatic() {
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-Hant-TW';
  document.querySelectorAll('[data-t]').forEach(element => { element.textContent = t(element.dataset.t); });
  const button = document.getElementById('language');
  button.textContent = t('switchTo');
  button.lang = language === 'en' ? 'zh-Hant-TW' : 'en';
}
