import type { Analysis } from '../engine';
import { viewsOf } from '../analysis/select';
import { messageFor } from '../findings/messages';
import { roman } from '../appendix/roman';
import { provincePlansCommunes } from '../catalog/calendar';
import type { Block, PlanDocument } from './blocks';
import { planFacts, type Level, type PlanFacts } from './planFacts';
import { responsibilityBlocks, targetBlocks, taskBlocks } from './write';

const BLANK = '……';
/** The blanks of the number and date lines: the clerk fills them when the plan is issued. */
const GAP = '       ';
const LEVEL_NAME: Record<Level, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };
const LOWER_LEVEL: Record<Level, string> = { tinh: 'các xã, phường', huyen: 'các xã, thị trấn', xa: 'các thôn' };

const template = (text: string): Block => ({ kind: 'paragraph', text, origin: 'template' });
const drafter = (text: string): Block => ({ kind: 'paragraph', text: `[${text}]`, origin: 'drafter' });

/** How the plan names its issuer and its area: "tỉnh Lạng Sơn", "UBND tỉnh Lạng Sơn", "Lạng Sơn". */
function names(facts: PlanFacts) {
  const { level, name } = facts.issuer;
  const area = level ? `${LEVEL_NAME[level]} ${name ?? BLANK}` : undefined;
  return {
    area,
    onArea: area ? ` trên địa bàn ${area}` : '',
    short: area ? `UBND ${area}` : `UBND ${BLANK}`,
    full: area ? `Ủy ban nhân dân ${area}` : `Ủy ban nhân dân ${BLANK}`,
    place: name ?? BLANK,
    agency: ['ỦY BAN NHÂN DÂN', area ? `${LEVEL_NAME[level!]} ${name ?? BLANK}`.toLocaleUpperCase('vi') : BLANK],
  };
}

/** Who receives a plan of that level and year (the seeds' lists; from 2026 the merged ministry and no districts). */
function recipients(level: Level | undefined, year: number | undefined): string[] {
  const merged = provincePlansCommunes(year ?? 0);
  const ministry = merged ? 'Bộ Nông nghiệp và Môi trường' : 'Bộ Nông nghiệp và Phát triển nông thôn';
  const lines = level === 'tinh'
    ? [ministry, 'Văn phòng Điều phối nông thôn mới Trung ương', 'Thường trực Tỉnh ủy, Thường trực HĐND tỉnh', 'Chủ tịch, các Phó Chủ tịch UBND tỉnh', 'Các sở, ban, ngành thành viên Ban Chỉ đạo tỉnh', merged ? 'UBND các xã, phường' : 'UBND các huyện, thành phố', 'Văn phòng Điều phối nông thôn mới tỉnh']
    : level === 'huyen'
      ? ['Sở Nông nghiệp và Phát triển nông thôn', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Thường trực Huyện ủy, Thường trực HĐND huyện', 'Chủ tịch, các Phó Chủ tịch UBND huyện', 'Các thành viên Ban Chỉ đạo huyện', 'Các phòng, ban liên quan', 'UBND các xã, thị trấn']
      : level === 'xa'
        ? ['UBND tỉnh', 'Thường trực Đảng ủy, Thường trực HĐND xã', 'Chủ tịch, các Phó Chủ tịch UBND xã', 'Các thôn']
        : ['Các cơ quan, đơn vị liên quan'];
  return ['Nơi nhận:', ...lines.map((line) => `- ${line};`), '- Lưu: VT.'];
}

/** The body's sections: purpose, targets, tasks, funding, organisation; each from the sheets where they have it. */
function body(analysis: Analysis, facts: PlanFacts): Block[] {
  const n = names(facts);
  const year = facts.year !== undefined ? String(facts.year) : BLANK;
  const level = facts.issuer.level;
  const { general, specific, funding } = targetBlocks(analysis, facts);
  const tasks = taskBlocks(analysis);
  const leads = responsibilityBlocks(analysis);
  const appendix = tasks.length > 0 || viewsOf(analysis, 'assignment').length > 0;
  const set = `Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn ${analysis.catalog.period.from} - ${analysis.catalog.period.to}`;
  let section = 0;
  const heading = (text: string): Block => ({ kind: 'heading', level: 1, text: `${roman(++section)}. ${text}` });
  const sub = (number: string, text: string): Block => ({ kind: 'heading', level: 2, text: `${number}. ${text}` });
  const notes: Block[] = facts.notes.map((note) => ({ kind: 'note', text: `Lưu ý cho người soạn (xóa trước khi trình ký): ${messageFor(note, 'vi')}` }));
  return [
    ...notes,
    drafter(`Căn cứ các văn bản chỉ đạo của cấp trên về thực hiện Chương trình năm ${year};`),
    template(`${n.full} ban hành Kế hoạch thực hiện ${facts.programme ?? 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới'}${n.onArea} năm ${year} với các nội dung như sau:`),
    heading('MỤC ĐÍCH, YÊU CẦU'),
    sub('1', 'Mục đích'),
    template(`Cụ thể hóa các mục tiêu, nhiệm vụ xây dựng nông thôn mới năm ${year}${n.onArea}; làm căn cứ để các cơ quan, đơn vị và ${level ? `UBND ${LOWER_LEVEL[level]}` : 'các địa phương'} tổ chức thực hiện, phấn đấu hoàn thành các chỉ tiêu được giao.`),
    sub('2', 'Yêu cầu'),
    template(`Bám sát ${set}; xác định rõ nội dung công việc, tiến độ thời gian và trách nhiệm của từng cơ quan, đơn vị; huy động, lồng ghép hiệu quả các nguồn lực thực hiện Chương trình.`),
    heading('MỤC TIÊU'),
    sub('1', 'Mục tiêu chung'),
    template(`Tiếp tục thực hiện đồng bộ, hiệu quả ${facts.programme ?? 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới'}${n.onArea}, nâng cao đời sống vật chất và tinh thần của người dân khu vực nông thôn.`),
    ...(general.length ? general : [drafter(`Người soạn nêu chỉ tiêu chung của năm ${year}: số xã đạt chuẩn, bình quân tiêu chí/xã`)]),
    sub('2', 'Mục tiêu cụ thể'),
    ...(specific.length ? specific : [drafter('Người soạn nêu chỉ tiêu của từng tiêu chí: số xã đạt thêm, số xã đạt cuối năm và tỷ lệ')]),
    heading('NHIỆM VỤ VÀ GIẢI PHÁP'),
    ...(tasks.length ? tasks : [drafter('Người soạn nêu các nhiệm vụ, giải pháp chủ yếu')]),
    ...(appendix ? [template('(Nội dung công việc, tiến độ thời gian, trách nhiệm thực hiện chi tiết tại Phụ lục kèm theo Kế hoạch này.)')] : []),
    heading('NGUỒN VỐN THỰC HIỆN'),
    ...(funding.length ? funding : [drafter('Người soạn nêu tổng nhu cầu vốn và cơ cấu các nguồn vốn')]),
    heading('TỔ CHỨC THỰC HIỆN'),
    sub('1', 'Các cơ quan, đơn vị phụ trách tiêu chí'),
    ...(leads.length ? leads : [drafter('Người soạn nêu nhiệm vụ của từng cơ quan, đơn vị phụ trách tiêu chí')]),
    sub('2', level ? `UBND ${LOWER_LEVEL[level]}` : 'Các địa phương'),
    template(`Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện của địa phương; tập trung chỉ đạo thực hiện các chỉ tiêu được giao; định kỳ báo cáo kết quả thực hiện về ${n.short} theo quy định.`),
    template(`Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời báo cáo ${n.short} xem xét, giải quyết./.`),
  ];
}

/**
 * The whole plan in the layout of Nghị định 30/2020/NĐ-CP, as data: agency, "Số:       /KH-UBND",
 * the national motto, "Lạng Sơn, ngày       tháng       năm 2021" (the blanks the clerk fills when
 * it is issued), "KẾ HOẠCH" and its subtitle, numbered sections I. / 1. (purpose, targets, tasks,
 * funding, organisation), "Nơi nhận:" and the signature. Each paragraph carries its origin: written
 * from the sheets, standard wording, or a bracketed place for the drafter; the year, period, issuer
 * and number of communes are {@link planFacts}, never a line of a table. Disagreements between
 * sheets open the body as notes to the drafter.
 *
 * @example
 * planDocument(analyzeWorkbook(snapshot)).subtitle // 'Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Lạng Sơn năm 2019'
 */
export function planDocument(analysis: Analysis, facts: PlanFacts = planFacts(analysis)): PlanDocument {
  const n = names(facts);
  const year = facts.year !== undefined ? String(facts.year) : BLANK;
  const where = n.area ? ` ${n.area}` : '';
  const subtitle = provincePlansCommunes(facts.year ?? 0)
    ? `Xây dựng nông thôn mới${where} năm ${year}`
    : `Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới${where} năm ${year}`;
  return {
    agency: n.agency,
    number: `Số:${GAP}/KH-UBND`,
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    placeDate: `${n.place}, ngày${GAP}tháng${GAP}năm ${year}`,
    title: 'KẾ HOẠCH',
    subtitle,
    body: body(analysis, facts),
    recipients: recipients(facts.issuer.level, facts.year),
    signature: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '[Họ và tên]'],
    notes: facts.notes,
  };
}
