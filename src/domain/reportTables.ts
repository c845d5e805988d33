/**
 * Tables shared by the English and Chinese readers: China's leaders in both scripts, their titles, and the
 * patterns of a Latin-script name.
 */
import { L } from './reportText';

/** China's leaders and officials who attend talks, Chinese name → English name. */
// prettier-ignore
export const ZH_LEADERS: Record<string, string> = {
  习近平: 'Xi Jinping', 李强: 'Li Qiang', 李克强: 'Li Keqiang', 胡锦涛: 'Hu Jintao', 温家宝: 'Wen Jiabao',
  江泽民: 'Jiang Zemin', 朱镕基: 'Zhu Rongji', 李鹏: 'Li Peng', 韩正: 'Han Zheng', 王岐山: 'Wang Qishan',
  李源潮: 'Li Yuanchao', 曾庆红: 'Zeng Qinghong', 赵乐际: 'Zhao Leji', 王沪宁: 'Wang Huning', 栗战书: 'Li Zhanshu',
  蔡奇: 'Cai Qi', 丁薛祥: 'Ding Xuexiang', 李希: 'Li Xi', 王毅: 'Wang Yi', 杨洁篪: 'Yang Jiechi',
  何立峰: 'He Lifeng', 谌贻琴: 'Shen Yiqin', 陈敏尔: "Chen Min'er", 秦刚: 'Qin Gang', 汪洋: 'Wang Yang',
  吴邦国: 'Wu Bangguo', 贾庆林: 'Jia Qinglin', 张德江: 'Zhang Dejiang', 俞正声: 'Yu Zhengsheng',
  刘云山: 'Liu Yunshan', 张高丽: 'Zhang Gaoli', 胡春华: 'Hu Chunhua', 孙春兰: 'Sun Chunlan', 刘鹤: 'Liu He',
  杨晶: 'Yang Jing', 戴秉国: 'Dai Bingguo', 唐家璇: 'Tang Jiaxuan', 李肇星: 'Li Zhaoxing', 钱其琛: 'Qian Qichen',
  吴仪: 'Wu Yi', 黄菊: 'Huang Ju', 周永康: 'Zhou Yongkang', 尹力: 'Yin Li', 石泰峰: 'Shi Taifeng',
  李干杰: 'Li Ganjie', 李书磊: 'Li Shulei', 陈文清: 'Chen Wenqing', 刘国中: 'Liu Guozhong', 王小洪: 'Wang Xiaohong',
  吴政隆: 'Wu Zhenglong', 张国清: 'Zhang Guoqing', 马兴瑞: 'Ma Xingrui', 袁家军: 'Yuan Jiajun',
  黄坤明: 'Huang Kunming', 陈吉宁: 'Chen Jining', 李鸿忠: 'Li Hongzhong', 张又侠: 'Zhang Youxia',
  王晨: 'Wang Chen', 郭声琨: 'Guo Shengkun', 王勇: 'Wang Yong', 肖捷: 'Xiao Jie', 尤权: 'You Quan',
  孟建柱: 'Meng Jianzhu', 刘延东: 'Liu Yandong', 马凯: 'Ma Kai', 常万全: 'Chang Wanquan', 魏凤和: 'Wei Fenghe',
  范长龙: 'Fan Changlong', 许其亮: 'Xu Qiliang', 王刚: 'Wang Gang', 令计划: 'Ling Jihua', 周小川: 'Zhou Xiaochuan',
  高虎城: 'Gao Hucheng', 钟山: 'Zhong Shan', 王文涛: 'Wang Wentao', 郑栅洁: 'Zheng Shanjie', 王东明: 'Wang Dongming',
  彭丽媛: 'Peng Liyuan', 韩启德: 'Han Qide', 王家瑞: 'Wang Jiarui', 刘建超: 'Liu Jianchao', 宋涛: 'Song Tao',
  杨万明: 'Yang Wanming', 何毅亭: 'He Yiting', 苗华: 'Miao Hua', 孙政才: 'Sun Zhengcai', 万钢: 'Wan Gang',
};

/** Chinese leaders a report may name, so that they are not taken for the partner's side. */
export const CHINESE_LEADERS = [...new Set(Object.values(ZH_LEADERS))];

export const CHINA_TITLES =
  'President|Vice President|Premier(?: of the State Council)?|Vice Premier|Chairman(?: of the [A-Z][\\w ]+?)?|State Councilor(?: and Foreign Minister)?|Foreign Minister|General Secretary(?: of the CPC Central Committee)?';

// prettier-ignore
export const PARTNER_TITLES = [
  'Federal President', 'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Premier',
  'Crown Prince', 'King', 'Queen', 'Emir', 'Amir', 'Sultan', 'Chancellor', 'Taoiseach', 'General Secretary',
  'Secretary-General', 'Secretary General', 'Chairperson', 'Chairman', 'Supreme Leader', 'State Counsellor',
  'Foreign Minister', 'Grand Duke', 'Prince', 'Governor-General', 'Head of State',
].join('|');

const NAME_TOKEN = `(?:(?:al|el|bin|bint|ibn|da|de|dos|das|del|van|der|von|le|la)[ -])?[A-Z][${L}.-]*`;
export const NAME = `${NAME_TOKEN}(?: ${NAME_TOKEN}){1,4}`;
/** After a partner's title and country ("Australian Prime Minister Albanese") one word is enough. */
export const SHORT_NAME = `${NAME_TOKEN}(?: ${NAME_TOKEN}){0,4}`;

export function cleanName(name: string): string {
  return name.replace(/[\s,.;:]+$/, '').replace(/'s$/, '');
}

/** Cities in China: a meeting there takes "China" as its country. */
export const CHINESE_CITIES = new Set([
  'Beijing', 'Hangzhou', 'Shanghai', "Xi'an", 'Tianjin', 'Qingdao', 'Sanya', 'Chengdu', 'Xiamen', 'Guangzhou',
  'Shenzhen', 'Wuhan', 'Nanning', 'Kunming', 'Boao', 'Suzhou', 'Dalian', 'Harbin', 'Urumqi',
]); // prettier-ignore
