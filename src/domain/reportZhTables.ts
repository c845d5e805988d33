/**
 * Chinese tables for the Chinese reader: cities, venues, titles, and partners' leaders.
 *
 * ZH_PARTNER_LEADERS holds, by rule, the Chinese names of every partner principal of the dataset's meetings since
 * 2023 (spelled as the dataset spells them), and of the older leaders named by the tuning fixtures; a name not in
 * it stays in Chinese and is flagged.
 */

// prettier-ignore
export const ZH_CITIES: Record<string, string> = {
  北京: 'Beijing', 杭州: 'Hangzhou', 上海: 'Shanghai', 西安: "Xi'an", 天津: 'Tianjin', 青岛: 'Qingdao', 成都: 'Chengdu',
  三亚: 'Sanya', 厦门: 'Xiamen', 广州: 'Guangzhou', 深圳: 'Shenzhen', 武汉: 'Wuhan', 南宁: 'Nanning', 昆明: 'Kunming',
  博鳌: 'Boao', 苏州: 'Suzhou', 大连: 'Dalian', 长沙: 'Changsha', 重庆: 'Chongqing', 南京: 'Nanjing', 海口: 'Haikou',
  撒马尔罕: 'Samarkand', 阿斯塔纳: 'Astana', 努尔苏丹: 'Nur-Sultan', 阿拉木图: 'Almaty', 塔什干: 'Tashkent',
  阿什哈巴德: 'Ashgabat', 杜尚别: 'Dushanbe', 比什凯克: 'Bishkek', 河内: 'Hanoi', 莫斯科: 'Moscow', 明斯克: 'Minsk',
  布达佩斯: 'Budapest', 贝尔格莱德: 'Belgrade', 巴黎: 'Paris', 柏林: 'Berlin', 伦敦: 'London', 金边: 'Phnom Penh',
  万象: 'Vientiane', 雅加达: 'Jakarta', 曼谷: 'Bangkok', 吉隆坡: 'Kuala Lumpur', 布城: 'Putrajaya', 马尼拉: 'Manila',
  仰光: 'Yangon', 内比都: 'Naypyidaw', 乌兰巴托: 'Ulaanbaatar', 达卡: 'Dhaka', 伊斯兰堡: 'Islamabad',
  加德满都: 'Kathmandu', 科伦坡: 'Colombo', 马累: 'Malé', 新德里: 'New Delhi', 斯里巴加湾市: 'Bandar Seri Begawan',
  惠灵顿: 'Wellington', 奥克兰: 'Auckland', 堪培拉: 'Canberra', 悉尼: 'Sydney', 珀斯: 'Perth', 莫尔兹比港: 'Port Moresby',
  苏瓦: 'Suva', 楠迪: 'Nadi', 阿皮亚: 'Apia', 霍尼亚拉: 'Honiara', 埃里温: 'Yerevan', 巴库: 'Baku', 第比利斯: 'Tbilisi',
  安卡拉: 'Ankara', 德黑兰: 'Tehran', 利雅得: 'Riyadh', 多哈: 'Doha', 阿布扎比: 'Abu Dhabi', 迪拜: 'Dubai', 开罗: 'Cairo',
  阿尔及尔: 'Algiers', 拉巴特: 'Rabat', 亚的斯亚贝巴: 'Addis Ababa', 内罗毕: 'Nairobi', 比勒陀利亚: 'Pretoria',
  约翰内斯堡: 'Johannesburg', 达累斯萨拉姆: 'Dar es Salaam', 罗安达: 'Luanda', 阿布贾: 'Abuja', 巴西利亚: 'Brasília',
  里约热内卢: 'Rio de Janeiro', 利马: 'Lima', 布宜诺斯艾利斯: 'Buenos Aires', 圣地亚哥: 'Santiago', 墨西哥城: 'Mexico City',
  哈瓦那: 'Havana', 加拉加斯: 'Caracas', 蒙得维的亚: 'Montevideo', 基多: 'Quito', 罗马: 'Rome', 马德里: 'Madrid',
  里斯本: 'Lisbon', 维也纳: 'Vienna', 布鲁塞尔: 'Brussels', 海牙: 'The Hague', 日内瓦: 'Geneva', 伯尔尼: 'Bern',
  华沙: 'Warsaw', 布拉格: 'Prague', 布加勒斯特: 'Bucharest', 索非亚: 'Sofia', 雅典: 'Athens', 赫尔辛基: 'Helsinki',
  斯德哥尔摩: 'Stockholm', 奥斯陆: 'Oslo', 哥本哈根: 'Copenhagen', 都柏林: 'Dublin', 华盛顿: 'Washington',
  旧金山: 'San Francisco', 纽约: 'New York', 东京: 'Tokyo', 首尔: 'Seoul', 平壤: 'Pyongyang',
};

/** Venues that name the city: 人民大会堂 → Beijing. */
export const ZH_VENUES: [string, string, string][] = [
  ['人民大会堂', 'Great Hall of the People', 'Beijing'],
  ['钓鱼台国宾馆', 'Diaoyutai State Guesthouse', 'Beijing'],
  ['中南海', 'Zhongnanhai', 'Beijing'],
  ['西湖国宾馆', 'West Lake State Guesthouse', 'Hangzhou'],
  ['克里姆林宫', 'Kremlin', 'Moscow'],
  ['爱丽舍宫', 'Élysée Palace', 'Paris'],
  ['白宫', 'White House', 'Washington'],
];

/** Titles, longest first. */
export const ZH_TITLES: [string, string][] = [
  ['国家副主席', 'Vice President'],
  ['国家主席', 'President'],
  ['国务院总理', 'Premier'],
  ['联邦主席', 'Federal President'],
  ['最高元首', 'King'],
  ['总书记', 'General Secretary'],
  ['副总统', 'Vice President'],
  ['总统', 'President'],
  ['总理', 'Prime Minister'],
  ['首相', 'Prime Minister'],
  ['国王', 'King'],
  ['苏丹', 'Sultan'],
  ['埃米尔', 'Emir'],
  ['王储', 'Crown Prince'],
  ['总督', 'Governor-General'],
  ['主席', 'Chairman'],
];

// prettier-ignore
export const ZH_PARTNER_LEADERS: Record<string, string> = {
  洛伦索: 'Joao Manuel Goncalves Lourenco', 帕希尼扬: 'Nikol Pashinyan', 法耶: 'Bassirou Diomaye Faye',
  阿利耶夫: 'Ilham Aliyev', 恩达伊施米耶: 'Evariste Ndayishimiye', 塔隆: 'Patrice Talon', 哈西娜: 'Sheikh Hasina',
  哈马德: 'Hamad bin Isa Al Khalifa', 卢拉: 'Luiz Inácio Lula da Silva', 哈桑纳尔: 'Hassanal Bolkiah',
  马西西: 'Mokgweetsi Masisi', 图瓦德拉: 'Faustin-Archange Touadera', 佩特罗: 'Gustavo Petro', 比亚: 'Paul Biya',
  齐塞克迪: 'Felix-Antoine Tshisekedi Tshilombo', 阿扎利: 'Azali Assoumani', 席尔瓦: 'Ulisses Correia e Silva',
  盖莱: 'Ismail Omar Guelleh', 特本: 'Abdelmadjid Tebboune', 塞西: 'Abdel Fattah el-Sisi', 伊萨亚斯: 'Isaias Afwerki',
  阿比: 'Abiy Ahmed', 邦戈: 'Ali Bongo Ondimba', 斯塔默: 'Keir Starmer', 加里巴什维利: 'Irakli Garibashvili',
  '阿库福－阿多': 'Nana Addo Dankwa Akufo-Addo', '阿库福-阿多': 'Nana Addo Dankwa Akufo-Addo', 巴罗: 'Adama Barrow',
  恩巴洛: 'Umaro Sissoco Embalo', 奥比昂: 'Teodoro Obiang Nguema Mbasogo', 欧尔班: 'Viktor Orbán',
  普拉博沃: 'Prabowo Subianto', 鲁托: 'William Ruto', 扎帕罗夫: 'Sadyr Japarov', 洪森: 'Hun Sen', 洪玛奈: 'Hun Manet',
  通伦: 'Thongloun Sisoulith', 盖特: 'Ahmed Aboul Gheit', 博阿凯: 'Joseph Nyumah Boakai', 门菲: 'Mohamed al-Menfi',
  迪萨纳亚克: 'Anura Kumara Dissanayake', 马特卡内: 'Sam Matekane', 拉乔利纳: 'Andry Nirina Rajoelina',
  穆伊兹: 'Mohamed Muizzu', 戈伊塔: 'Assimi Goita', 加兹瓦尼: 'Mohamed Ould Cheikh Ghazouani',
  查克维拉: 'Lazarus McCarthy Chakwera', 安瓦尔: 'Anwar Ibrahim', 提努布: 'Bola Tinubu', 奥尔特加: 'Daniel Ortega',
  夏巴兹: 'Shehbaz Sharif', 阿巴斯: 'Mahmoud Abbas', 普京: 'Vladimir Putin', 卡加梅: 'Paul Kagame',
  李显龙: 'Lee Hsien Loong', 索加瓦雷: 'Manasseh Sogavare', '哈桑·谢赫·马哈茂德': 'Hassan Sheikh Mohamud',
  武契奇: 'Aleksandar Vučić', 基尔: 'Salva Kiir Mayardit', 特罗瓦达: 'Patrice Emery Trovoada', 菲佐: 'Robert Fico',
  拉姆卡拉旺: 'Wavel Ramkalawan', 巴沙尔: 'Bashar al-Assad', 代比: 'Mahamat Idriss Deby Itno',
  纳辛贝: 'Faure Gnassingbe', 拉赫蒙: 'Emomali Rahmon', 谢尔达尔: 'Serdar Berdimuhamedov', 古斯芒: 'Xanana Gusmão',
  赛义德: 'Kais Saied', 拉卡列: 'Luis Lacalle Pou', 米尔济约耶夫: 'Shavkat Mirziyoyev', 马杜罗: 'Nicolás Maduro',
  阮富仲: 'Nguyen Phu Trong', 苏林: 'To Lam', 萨尔维: 'Charlot Salwai', 拉马福萨: 'Cyril Ramaphosa',
  希奇莱马: 'Hakainde Hichilema', 姆南加古瓦: 'Emmerson Mnangagwa',
  // Leaders of the tuning fixtures' older meetings.
  卢卡申科: 'Alexander Lukashenko', 谢里夫: 'Nawaz Sharif', '约翰·基': 'John Key', 拉克森: 'Christopher Luxon',
  阿尔巴尼斯: 'Anthony Albanese', 托卡耶夫: 'Kassym-Jomart Tokayev',
};

/** What a Chinese partnership wording is made of, read backwards from 伙伴关系 (longest first). */
// prettier-ignore
export const ZH_WORDING_PARTS = [
  '更加紧密的', '面向未来的', '开放务实的', '紧密持久的', '互利共赢的', '世代友好的', '高质量的', '前瞻性的',
  '新时代', '全天候', '全方位', '高质量', '前瞻性', '睦邻友好', '全面', '战略', '合作', '协作', '永久', '友好', '创新',
  '新型', '务实', '的',
];
