// Hand-written lists (by the Newslens authors): organisation cue words, title words, given names and organisations common in world news.

/** Words that end or head organisation names ("Foreign Ministry", "Bank of England", "Arsenal FC"). */
export const ORG_CUES: readonly string[] = [
  'Ministry', 'Ministries', 'Department', 'Organisation', 'Organization', 'Council', 'Party', 'Bank', 'University', 'College',
  'Institute', 'Club', 'FC', 'United', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Ltd', 'Ltd.', 'plc', 'PLC',
  'LLC', 'AG', 'SA', 'GmbH', 'Group', 'Holdings', 'Company', 'Agency', 'Committee', 'Commission', 'Union', 'Association',
  'Federation', 'Court', 'Army', 'Navy', 'Forces', 'Police', 'Parliament', 'Assembly', 'Senate', 'Congress', 'Cabinet',
  'Office', 'Bureau', 'Authority', 'Board', 'Foundation', 'Fund', 'Trust', 'Society', 'Alliance', 'League', 'Front',
  'Movement', 'Coalition', 'Secretariat', 'Exchange', 'Airlines', 'Airways', 'Motors', 'Technologies', 'Systems',
  'Industries', 'Bancorp', 'Securities', 'Times', 'Post', 'News', 'Press', 'Television', 'Radio', 'Network', 'Service',
  'Services', 'Hospital', 'School', 'Academy', 'Church', 'Council', 'Tribunal', 'Guard', 'Brigade', 'Rovers', 'Athletic',
  'City', 'Wanderers', 'Cooperation', 'Community', 'Reserve', 'Treasury', 'Pentagon', 'Kremlin',
];

/** Words of titles and roles written before a person's name ("Vice Foreign Minister Sun Weidong"). */
export const TITLE_WORDS: readonly string[] = [
  'President', 'Vice', 'Prime', 'Minister', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Deputy', 'Chancellor',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'General',
  'Gen.', 'Lt.', 'Col.', 'Colonel', 'Captain', 'Capt.', 'Major', 'Admiral', 'Commander', 'Secretary', 'Spokesperson',
  'spokesperson', 'spokesman', 'spokeswoman', 'Spokesman', 'Spokeswoman', 'Ambassador', 'Envoy', 'Special', 'Chairman',
  'Chairwoman', 'Chair', 'Chief', 'Executive', 'CEO', 'Director', 'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess',
  'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rev.', 'Sheikh', 'Emir', 'Sultan', 'Premier', 'Speaker', 'Leader', 'leader',
  'Coach', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'Dr', 'Dr.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.',
  'Sir', 'Lord', 'Lady', 'Dame', 'Prof.', 'Professor', 'Attorney', 'Inspector', 'Sergeant', 'Sgt.', 'Officer', 'Head',
  'president', 'minister', 'chancellor', 'senator', 'secretary', 'ambassador', 'envoy', 'chairman', 'director', 'mayor',
  'governor', 'general', 'commander', 'chief', 'premier', 'lawmaker', 'official',
];

/** Given names common in world news that the English name lists lack ("Sergey Lavrov", "Recep Tayyip Erdogan"). */
export const WORLD_FIRST_NAMES: readonly string[] = [
  'Sergey', 'Sergei', 'Dmitry', 'Dmitri', 'Vladimir', 'Volodymyr', 'Oleksandr', 'Alexei', 'Alexey', 'Mikhail', 'Yevgeny',
  'Nikolai', 'Viktor', 'Yuri', 'Andriy', 'Petro', 'Olaf', 'Angela', 'Emmanuel', 'Jean-Luc', 'Giorgia', 'Matteo', 'Pedro',
  'Recep', 'Tayyip', 'Mevlut', 'Hakan', 'Ekrem', 'Kemal', 'Mehmet', 'Mustafa', 'Ahmet', 'Ahmed', 'Mohammed', 'Mohammad',
  'Muhammad', 'Mohamed', 'Abdullah', 'Abdel', 'Fattah', 'Ali', 'Hassan', 'Hussein', 'Hossein', 'Ebrahim', 'Javad', 'Ayatollah',
  'Benjamin', 'Yair', 'Naftali', 'Yoav', 'Mahmoud', 'Ismail', 'Yahya', 'Bashar', 'Narendra', 'Rahul', 'Imran', 'Shehbaz',
  'Nawaz', 'Fumio', 'Shinzo', 'Yoshihide', 'Kishida', 'Moon', 'Yoon', 'Suk-yeol', 'Jae-in', 'Kim', 'Jong', 'Jokowi', 'Joko',
  'Prabowo', 'Ferdinand', 'Rodrigo', 'Luiz', 'Inacio', 'Jair', 'Javier', 'Gustavo', 'Nicolas', 'Andres', 'Manuel', 'Cyril',
  'Jacob', 'Bola', 'Muhammadu', 'Abiy', 'Uhuru', 'William', 'Kassym-Jomart', 'Ilham', 'Nikol', 'Alexander', 'Viktor',
];

/** Organisations world news names by a short form or a name without a cue word ("NATO", "Hamas", "Reuters"). */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  'UN', 'U.N.', 'United Nations', 'NATO', 'EU', 'European Union', 'European Commission', 'OSCE', 'BRICS', 'ASEAN', 'OPEC',
  'OPEC+', 'G7', 'G20', 'IMF', 'World Bank', 'WHO', 'WTO', 'UNESCO', 'UNICEF', 'UNHCR', 'UNRWA', 'IAEA', 'ICC', 'ICJ', 'Interpol',
  'Europol', 'Frontex', 'African Union', 'Arab League', 'Gulf Cooperation Council', 'GCC', 'SCO', 'Red Cross', 'Red Crescent',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Hamas', 'Hezbollah', 'Taliban', 'ISIS', 'ISIL', 'Daesh',
  'al-Qaeda', 'Al Qaeda', 'PKK', 'YPG', 'Houthis', 'Wagner', 'FBI', 'CIA', 'NSA', 'Pentagon', 'Kremlin', 'NASA', 'Fed',
  'Federal Reserve', 'ECB', 'SEC', 'FDA', 'CDC', 'EPA', 'ICE', 'DHS', 'Mossad', 'MI5', 'MI6', 'FSB', 'KGB', 'Reuters', 'AP',
  'AFP', 'Anadolu', 'Xinhua', 'TASS', 'BBC', 'CNN', 'Al Jazeera', 'TRT', 'TRT World', 'Bloomberg', 'Google', 'Apple',
  'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Twitter', 'Tesla', 'OpenAI', 'Nvidia', 'Samsung', 'Huawei', 'Toyota',
  'Boeing', 'Airbus', 'Gazprom', 'Rosneft', 'Aramco', 'Shell', 'BP', 'Exxon', 'Goldman Sachs', 'JPMorgan', 'Volkswagen',
  'Democrats', 'Republicans', 'Labour', 'Conservatives', 'Tories', 'AKP', 'CHP', 'Likud', 'Bundestag', 'Knesset', 'Duma',
  'State Duma', 'Congress', 'Senate', 'Parliament', 'Supreme Court', 'White House', 'Downing Street', 'Elysee',
  'State Department', 'Foreign Office', 'Security Council', 'General Assembly', 'Cabinet', 'Politburo', 'IDF', 'PLO',
  'Fatah', 'Muslim Brotherhood', 'FIFA', 'UEFA', 'IOC', 'NBA', 'NFL',
];

/**
 * Cue words that end only organisation names: a span ending in one is an organisation whatever its first
 * words look like ("European Central Bank", "Indian Space Research Organisation"). Not "City" or "United".
 */
export const ORG_ENDINGS: readonly string[] = [
  'Ministry', 'Organisation', 'Organization', 'Council', 'Party', 'Bank', 'University', 'Institute', 'Agency', 'Committee',
  'Commission', 'Association', 'Federation', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Company',
  'Foundation', 'Authority', 'Bureau', 'Secretariat', 'Airlines', 'Airways', 'FC', 'Community', 'Alliance', 'Fund', 'Forum', 'Coalition',
];
