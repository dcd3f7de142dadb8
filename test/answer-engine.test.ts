import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../bot/answer/answer-engine.js';
import { parseConfig } from '../bot/config.js';
import { openEngine } from '../bot/engine/open-engine.js';
import { REPLIES } from '../prompts/replies.js';

let engine: AnswerEngine;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'engine-test-'));
  ({ engine } = await openEngine(parseConfig({ DATA_DIR: dataDir })));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('answers from the bundled articles', () => {
  it.each([
    ['cấp chữ ký số miễn phí ở đâu', 'một cửa'],
    ['CKS mien phi cap o dau', 'một cửa'],
    ['mỗi ngày có bao nhiêu người xin lý lịch tư pháp qua VNeID', '700 - 800'],
    ['Hải Phòng cung cấp bao nhiêu dịch vụ công trực tuyến', '1.232'],
    // The closest passage counts no levels; a neighbour covering the question a little less gives the count.
    ['hệ thống họp giao ban online của Hà Nội xuống được mấy cấp rồi?', '3 cấp chính quyền'],
    ['Zalo OA của tổ chuyển đổi số cộng đồng dùng để làm gì', 'Zalo OA'],
    // The office asked is met by a passage covering the question a little less than the deputies' paragraphs do.
    ['Ai là Giám đốc Sở Thông tin và Truyền thông Hà Nội?', 'Nguyễn Việt Hùng'],
    // 2022's rank "tăng 16 bậc so với năm 2021" is not 2021's: the paragraph naming 2021 in its own right gives it.
    ['nam 2021 chi so DTI cua HN xep thu may', '40/63'],
    // The sentence naming the team, then the next one, which says what it does.
    ['Tổ công nghệ số cộng đồng giúp bà con làm gì?', 'giúp bà con sử dụng, khai thác dữ liệu số'],
    // Asked bare what it does, too: the sentence ends on the team's name and says nothing of it after (issue 13's example).
    ['tổ công nghệ số cộng đồng làm gì', 'giúp bà con sử dụng, khai thác dữ liệu số'],
    // Asked what it is, the same: a sentence naming it last says nothing of what it is.
    ['tổ công nghệ số cộng đồng là gì', 'giúp bà con sử dụng, khai thác dữ liệu số'],
    // The office named as the speaker of an interview: its answers do not repeat it, and still answer.
    ['Theo Giám đốc Sở TT&TT Hà Nội, thành phố đang tập trung vào mấy trụ cột chuyển đổi số?', '3 trụ cột'],
    // The story in the sentence a question points back to ("đọc báo", "nhắc tới") and a classifier ("cái") are not
    // words that make the question foreign to the articles.
    ['Sáng nào tôi cũng đọc báo. Báo có nhắc tới hệ thống IOC của Hà Nội. Cái IOC đó là hệ thống gì?', 'quản lý đô thị tập trung'],
    // A sentence that says something of the quoted one ("Điều này không đơn giản") comes with it.
    ['Thu hút người giỏi công nghệ thông tin vào bộ máy chính quyền có dễ không?', 'Điều này không đơn giản'],
    // One everyday word the articles never use ("coi") is not most of what is asked, though it meets two neighbours.
    ['Hà Nội coi thông tin số như cái gì để phát triển kinh tế?', 'nguồn tài nguyên mới'],
    // A resident's trade outside the articles' subjects does not make the question foreign to them, nor does an unmarked
    // word that is another word with marks ("nghe nhac": nghe nhắc, not nghe nhạc), nor who asks (a student).
    ['Tôi là diễn viên, muốn làm chữ ký số miễn phí thì ra đâu?', 'một cửa'],
    ['toi nghe nhac la ha noi cap chu ky so mien phi, lam o dau vay', 'một cửa'],
    ['Tôi là sinh viên, Hải Phòng cung cấp bao nhiêu dịch vụ công trực tuyến?', '1.232'],
    // The one after the next too, when it holds what was asked and the chosen one does not ("Mô hình này … đánh giá cao").
    ['Trung tâm dữ liệu của thành phố đi thuê dịch vụ thì Chính phủ đánh giá ra sao?', 'đánh giá cao'],
    // So does one that reads it ("Theo cách hiểu này, …").
    ['Vì sao chuyển đổi số lại được coi là cứu cánh cho Hải Phòng trước dịch COVID-19?', 'chất xúc tác'],
    // Unmarked keywords with abbreviations the articles know ("DTI", "HN"): not foreign words.
    ['DTI 2022 HN hang', '24/63'],
    // Asked how many, the count goes before the share of a target ("100% thủ tục…"), though its passage ranks lower.
    ['Ở Hải Phòng có bao nhiêu loại giấy tờ làm trên mạng được?', '1.232'],
    // A quotation is quoted from where it opens, in the sentence before the one that names its speaker.
    ['Theo lãnh đạo Sở TT&TT Hà Nội thì chuyển đổi số là một quá trình ra sao?', 'thường xuyên, liên tục'],
    // A one-word concession before the turn ("Khó, song …") is a turn too.
    ['Khó thu hút người giỏi về cấp phường, xã như vậy thì thành phố có bỏ cuộc không?', 'vẫn quyết làm'],
    // A concession, then its turn ("Tuy nhiên, …"): the point is in the turn.
    ['Ông Thắng nói đại dịch COVID-19 ảnh hưởng ra sao tới chuyển đổi số?', 'chất xúc tác'],
    // Everyday words the articles never use ("toa") are held by the official wording a passage uses, and an app or
    // record named only in a wording the lexicon added is not a particular the answer must name.
    ['Hà Nội có làm sổ khám bệnh với toa thuốc trên mạng không?', 'đơn thuốc điện tử'],
    // The passage the retriever ranks first is quoted though another of the first four holds more of the question's
    // words ("tiến độ … còn chậm" for why, a paragraph naming kinh tế số among other things for the keywords).
    ['Vì sao Hà Nội chuyển đổi số còn chậm, nguyên nhân gốc là gì?', 'nhận thức của cấp ủy'],
    ['kinh te so hai phong', '25% GRDP'],
    // A procedure read into the story by the lexicon ("nhà đất" as "đất đai") is not one the resident named.
    ['Tôi làm môi giới nhà đất, tuần nào cũng phải đi nộp hồ sơ. Hải Phòng muốn đến năm 2025 thủ tục hành chính được cung cấp trực tuyến ở mức độ mấy?', 'mức độ 4'],
    // Chat's pronouns and particles ("nó") are not words that make a question foreign to the articles.
    ['Chuyển đổi số là việc khó, nó đòi hỏi những gì?', 'cách thức quản trị'],
    // A name inside a phrase the lexicon reads ("Thành phố Cảng": Hải Phòng) is known by its official wording.
    ['Thành phố Cảng có bao nhiêu dịch vụ công trực tuyến?', '1.232'],
    // A one-word abbreviation ("CNTT", "HP") is a word of the question the articles know, though it has no pair: the
    // unknown chat word beside it ("hồi") is not most of what was asked.
    ['CNTT ở HP hồi dịch giúp dc j', 'khai báo y tế điện tử'],
    // So it is in the asking sentence of a message with a story before it.
    ['Nhà tôi ở Lê Chân. Hồi dịch thì CNTT giúp được gì cho HP vậy ad?', 'khai báo y tế điện tử'],
    // "không mất tiền" (free) does not make a count a fee.
    ['Dân đã được phát bao nhiêu chữ ký số không mất tiền?', '10 nghìn'],
    // "tên" asks for a name, which articles print without the word: not a subject they lack.
    ['Tôi quên tên người trả lời phỏng vấn năm 2022. Ông ấy là Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội. Ông tên gì nhỉ?', 'Nguyễn Tiến Sỹ'],
    ['Tôi quên tên người trả lời phỏng vấn năm 2022. Ông ấy là Phó Giám đốc Sở Thông tin và Truyền thông Hà Nội. Tên ông ấy là gì?', 'Nguyễn Tiến Sỹ'],
    // The sentence before the best one, when it holds the kind of fact asked (a place) and the best one does not.
    ['Muốn có chữ ký điện tử không mất tiền để làm giấy tờ online thì ra đâu đăng ký vậy?', 'bộ phận một cửa'],
    // "khen" (praise) is the articles' "đánh giá cao".
    ['vụ hn thuê trung tâm dữ liệu đó có đc cp khen ko z', 'đánh giá cao'],
    // An everyday phrase read as a one-word official term ("thoát khỏi" as "thoát") is known by it, as a two-word one is.
    ['Nhờ kinh tế số mà mình thoát khỏi được cái bẫy nào?', 'thoát bẫy thu nhập trung bình'],
    // "tên là gì" asks what a thing is called: "tên", which the articles never write, is no subject they lack.
    ['Ha Noi dinh lap mot cai mang de giup dan di kham. Cai do ten la gi a?', 'Mạng y tế Hà Nội'],
    // A word typed without its marks in a marked question reads its lexicon phrase ("dien thoại cầm tay").
    ['Người Việt xài dien thoại cầm tay với internet cỡ bao nhiêu phần trăm?', '150%'],
    // The office of someone named, from the sentence that puts an office beside the name.
    ['Ông Nguyễn Tiến Sỹ giữ chức vụ gì vậy?', 'Phó Giám đốc'],
    // Which province is asked of the provinces: "app căn cước" is met by the articles' VNeID, as in other questions.
    ['Ngoài Hà Nội còn tỉnh nào được thí điểm cấp lý lịch tư pháp qua app căn cước?', 'Thừa Thiên - Huế'],
    // "căn cước điện tử" is the articles' digital identity (danh tính số).
    ['Hải Phòng muốn bao nhiêu phần trăm người dân có căn cước điện tử?', '40% người dân'],
    // "các quận, huyện Hải Phòng" are Hải Phòng's districts, not a district called Hải Phòng.
    ['Có đúng là các quận, huyện Hải Phòng đã họp trực tuyến tới xã, phường không?', '100% quận, huyện'],
    // Whether there is a way is answered by the way named; what someone said, by their words; a "mấy" naming the topic
    // before "thì" counts nothing.
    ['Hồi dịch Hải Phòng có cách nào tra cứu tiêm chủng trên điện thoại không?', 'tra cứu thông tin về tiêm chủng'],
    ['Thủ tướng bảo chuyển đổi số phải làm sao cho người dân?', 'lấy người dân, doanh nghiệp là trung tâm'],
    ['Mấy chuyện lao động, việc làm thì Hà Nội tính đưa lên mạng hả?', 'giao dịch điện tử trong lĩnh vực lao động'],
    // A procedure only the lexicon read into the story pointed back to ("tiệm": a household business), or one named
    // only there, does not pin a question asking of something else.
    ['Chị bán tạp hóa ở tiệm gần chợ, làm giấy tờ hay phải chờ lâu. Nghe nói có Chính phủ số thì đỡ vụ này, nó giúp được gì?', 'minh bạch hơn'],
    ['Anh hàng xóm nói Hà Nội làm dữ liệu dân cư, căn cước là đi trước cả nước. Có đúng vậy không, Chính phủ đánh giá sao?',
      'đơn vị làm điểm của cả nước'],
    // A word the articles never use but the lexicon reads as one they do ("free": miễn phí) is not foreign to them.
    ['Mình cần nộp hồ sơ online mà không muốn tốn tiền. Có chỗ nào cấp free không?', 'chữ ký số miễn phí'],
    // Procedures in general ("để làm thủ tục", "mọi thủ tục") do not point to the one the story names.
    ['Nhà mình sắp làm giấy khai sinh cho bé. Có phải Hà Nội đã nối với kho dữ liệu dân cư quốc gia để làm thủ tục không?',
      'kết nối thành công với cơ sở dữ liệu quốc gia về dân cư'],
    ['Tôi sắp đăng ký tạm trú. Đến năm 2025 thì mọi thủ tục có làm trọn trên mạng được không?', 'dịch vụ công trực tuyến toàn trình'],
  ])('%j quotes and cites %j', async (question, fact) => {
    const r = await engine.answer(question);
    expect(r.status).toBe('answered');
    expect(r.answer).toContain(fact);
    expect(r.citations.some((c) => c.text.includes(fact))).toBe(true);
  });

  // Among the first passages, the sentences of the one ranked first lead unless another's hold clearly more of the
  // question (OTHER_RANK_PRIOR): "đem lại … lợi ích" is not outweighed by a plan's name sharing "chuyển đổi số".
  it.each([
    ['Thủ tướng nói chuyển đổi số phải đem lại cho dân những lợi ích gì?', 'hưởng lợi từ dịch vụ công'],
    // The first passage is weighed though it holds less than the minimum share of the question that the best must.
    ['Ông Hùng bảo số hóa là việc thế nào, dễ hay khó vậy?', 'vừa mới, vừa khó'],
    // Asked for a figure, too: the city's own network (ranked first) before the fibre reaching 100% of communes.
    ['Mạng riêng của thành phố Hà Nội đã nối tới bao nhiêu phường, xã rồi?', '579/579 xã, phường'],
    // "trợ cấp" is a procedure by name, which only a passage naming it answers; asked as a matter ("chuyện …"), its
    // field does (subject-readings.ts).
    ['Chuyện trợ cấp, việc làm ở Hà Nội có được đưa lên mạng không?', 'giao dịch điện tử trong lĩnh vực lao động'],
  ])('%j leads with the sentence holding %j', async (question, fact) => {
    const r = await engine.answer(question);
    expect(r.status).toBe('answered');
    expect(r.answer.split('\n')[1]).toContain(fact);
  });

  it('gives every quoted sentence a citation that exists, and lists the sources', async () => {
    const r = await engine.answer('Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?');
    const body = r.answer.split(`\n${REPLIES.sourcesHeading}\n`)[0]!.split('\n').slice(1);
    expect(body.length).toBeGreaterThan(0);
    const notices = Object.values(REPLIES.missing) as string[];
    for (const line of body.filter((l) => l !== '' && !notices.includes(l))) {
      const n = Number(/\[(\d+)\]$/.exec(line)?.[1]);
      expect(r.citations.map((c) => c.n)).toContain(n);
    }
    for (const c of r.citations) expect(r.answer).toContain(`[${c.n}] ${c.title}`);
  });

  it('marks a how-to the articles only mention as partial, and says what they lack before quoting them', async () => {
    const r = await engine.answer('Cách nộp hồ sơ xin cấp phiếu lý lịch tư pháp qua VNeID như thế nào?');
    expect(r.status).toBe('partial');
    expect(r.answer.startsWith(REPLIES.missing.steps)).toBe(true);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('marks as partial a free service asked of a place whose passages never say it is free', async () => {
    const r = await engine.answer('Ở Hải Phòng có cấp chữ ký số miễn phí cho dân không, đăng ký ở đâu?');
    expect(r.status).toBe('partial');
    expect(r.answer).toContain('miễn phí');
  });

  it('asked which app, says the articles name none when the quoted sentence names no app', async () => {
    const r = await engine.answer('Muốn được tư vấn khám bệnh từ xa thì tải ứng dụng gì?');
    expect(r.status).toBe('partial');
    expect(r.answer.startsWith(REPLIES.partialLead({ unmet: ['tên ứng dụng'] }))).toBe(true);
    expect(await engine.answer('Làm lý lịch tư pháp qua ứng dụng nào?')).toMatchObject({ status: 'answered' });
  });

  it('asked why, quotes the cause the sentence after its first one gives', async () => {
    const r = await engine.answer('Tại sao không thể có ngay nguồn nhân lực cho chuyển đổi số?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Vì con người cần thời gian đào tạo');
  });

  it('answers how the city goes about something with what the articles say, and keeps a resident\'s how-to for steps', async () => {
    // How the city draws on scientists is told in prose; no task of the resident's is named.
    const role = await engine.answer('Giới nhà khoa học, trí thức được Hà Nội huy động vào làm thành phố thông minh thế nào?');
    expect(role.status).toBe('answered');
    expect(role.answer).not.toContain(REPLIES.missing.steps);
    // Activating an identity account is a resident's task: only steps answer it, and the articles give none.
    const task = await engine.answer('Làm sao để kích hoạt tài khoản định danh điện tử mức 2?');
    expect(task.status).not.toBe('answered');
  });

  it('asked why, quotes what follows from a quoted sentence when none gives a cause', async () => {
    // "Muốn xây dựng TP thông minh thì dữ liệu số rất quan trọng." says that it matters; the sentence after it, "Khi … thì
    // …", says what follows from the data: that is why.
    const r = await engine.answer('Vì sao dữ liệu lại được coi trọng khi xây dựng thành phố thông minh ở Hà Nội?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('dữ liệu số rất quan trọng');
    expect(r.answer).toContain('ra quyết định sáng suốt nhất');
  });

  it('asked a figure of the whole country, quotes the country\'s and no province\'s beside it', async () => {
    // The Hà Nội paragraph on smartphones mentions the country elsewhere; its figures are the city's.
    const r = await engine.answer('cả nước tỉ lệ dùng đt di động là bn?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('(150%)');
    expect(r.answer).not.toContain('81,7%');
  });

  it('asked a period\'s goal, quotes the striving the sentence after its heading states', async () => {
    // "Mục tiêu tổng quát đến năm 2025, …" is the heading; "Hà Nội phấn đấu thuộc nhóm … dẫn đầu…" carries on the goal.
    const r = await engine.answer('Hà Nội đặt mục tiêu tổng quát gì cho chuyển đổi số đến năm 2025?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('Mục tiêu tổng quát đến năm 2025');
    expect(r.answer).toContain('phấn đấu thuộc nhóm các địa phương dẫn đầu cả nước');
  });

  it('asked of a year with nothing particular asked, quotes first the sentence naming that year', async () => {
    // The paragraph's first sentence sets 2025's goal; the one naming 2030 answers.
    const r = await engine.answer('Đến năm 2030 thì Hà Nội đặt mục tiêu tổng quát gì về chuyển đổi số?');
    expect(r.status).toBe('answered');
    const quoted = r.answer.split('\n').filter((l) => /\[\d+\]$/.test(l.trim()));
    expect(quoted[0]).toContain('Đến năm 2030, xây dựng Thủ đô Hà Nội cơ bản trở thành Thành phố thông minh');
  });

  it('does not say the articles never speak of what they do name', async () => {
    // The articles name Hải Phòng's deputy director only: they speak of the office, but do not say who holds it.
    const r = await engine.answer('Giám đốc Sở TT&TT Hải Phòng tên là gì?');
    expect(r.status).toBe('partial');
    expect(r.answer.startsWith(REPLIES.partialLead({ unmet: ['Giám đốc'], named: true }))).toBe(true);
    expect(r.answer).toContain('Phó Giám đốc');
    expect(r.answer).not.toContain('không nói đến Giám đốc');
    // A whole article is about Hải Phòng: asked of it what only Hà Nội's paragraphs tell, the lead never says the
    // articles do not speak of it.
    const hp = await engine.answer('Ở Hải Phòng mỗi ngày có bao nhiêu người làm lý lịch tư pháp qua VNeID?');
    expect(hp.status).toBe('partial');
    expect(hp.answer.startsWith(REPLIES.partialLead({ unmet: ['Hải Phòng'], named: true }))).toBe(true);
  });

  it('answers a task named without "how" by what the articles say, and says they give no steps', async () => {
    const r = await engine.answer('xin phiếu lý lịch tư pháp qua VNeID');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain(REPLIES.missing.steps);
  });

  it('answers where a free signature is made when asked how to get one', async () => {
    const r = await engine.answer('Làm thế nào để đăng ký chữ ký số miễn phí?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('bộ phận một cửa');
  });

  it.each([
    ['another city', 'Đà Nẵng xếp thứ mấy về chỉ số DTI năm 2022?', 'partial', 'Đà Nẵng'],
    // Written joined or by its everyday name, a city is still a city (place-aliases.ts).
    ['another city, written joined', 'Danang xếp thứ mấy về chỉ số DTI năm 2022?', 'partial', 'Đà Nẵng'],
    ['another city, by its everyday name', 'Sài Gòn có bao nhiêu dịch vụ công trực tuyến?', 'partial', 'Hồ Chí Minh'],
    // The paragraph before names Hà Nội and Huế as the pilots; this one, in an article of Hà Nội, is of Hà Nội's districts.
    ['a province the paragraph before names beside the article\'s', 'Quận huyện ở Huế có giúp bà con đưa hàng đặc sản OCOP lên sàn online bán không?', 'partial', 'Huế'],
    ['a fee the articles never give', 'Lệ phí cấp phiếu lý lịch tư pháp qua VNeID là bao nhiêu?', 'partial', REPLIES.missing.fee],
    // Where it is done does not say what to bring.
    ['the papers a procedure needs', 'Muốn làm chữ ký số miễn phí ở bộ phận một cửa thì cần mang theo giấy tờ gì?', 'partial', REPLIES.missing.papers],
    ['a year they do not cover, though an article is of that year', 'Chỉ số DTI năm 2024 của Hà Nội đứng thứ mấy?', 'partial', 'năm 2024'],
    // The paragraph sets targets for 2025 ("Phấn đấu đến năm 2025, …" is the one before it), in an article of 2024.
    ['a district they never name', 'Huyện Gia Lâm cấp được mấy chữ ký số miễn phí rồi?', 'partial', 'Huyện Gia Lâm'],
    ['which district, when they name none', 'Trung tâm điều hành IOC của Hà Nội nằm ở quận nào?', 'partial', 'quận cụ thể'],
    ['a year by a target set for another', 'Tỷ trọng kinh tế số trong GRDP của Hà Nội năm 2024 là bao nhiêu?', 'partial', 'năm 2024'],
    ['a count of something they never count', 'Hà Nội có bao nhiêu chợ 4.0?', 'partial', REPLIES.missing.figure],
    // Millions asked: "81,7%" of subscribers is no number of them (measure.ts, Measure.absolute).
    ['an amount in millions, where only shares are given', 'Hà Nội có tổng cộng bao nhiêu triệu thuê bao di động?', 'partial', REPLIES.missing.figure],
    // The target's sentence is no answer of now, and the figure in the sentence before it is of something else: the reply
    // says the articles set the share as a target.
    ['a share now, where only a target is given', 'Tỷ lệ dân số trưởng thành có CKS ở HN hiện nay đạt bao nhiêu %?', 'partial', REPLIES.goalOnly],
    // A goal asked as reached: the article set it and does not say whether it was met.
    ['a goal asked as reached', 'Đến nay Hà Nội đã đạt mục tiêu 50% dân số trưởng thành có chữ ký số chưa?', 'partial', REPLIES.goalOnly],
    // A total asked in so many words: "93,15% hộ gia đình" is no number of households.
    ['a total, where only a share is given', 'Tính ra HN có tổng cộng bao nhiêu hộ gia đình đã có cáp quang?', 'partial', REPLIES.missing.figure],
    // The figures go on listing the paragraph's targets ("Hải Phòng phấn đấu sẽ có 100% … . 90% hồ sơ … 60% … tại cấp
    // xã được xử lý trên môi trường mạng."): asked how it stands now, the articles set it and do not say it was reached.
    ['a figure now, listed among targets', 'xã ở HP giờ xử lý hồ sơ công việc trên mạng đc bn % r', 'partial', REPLIES.goalOnly],
    // The paragraph goes on with the targets the one before it set for 2025 ("Tỷ trọng kinh tế số trong GRDP chiếm khoảng
    // 30%."): its first figure is one of them too.
    ['a figure now, in a paragraph going on with targets', 'Năm 2025 tỷ trọng kinh tế số trong GRDP của Hà Nội thực tế đạt bao nhiêu?', 'partial', REPLIES.goalOnly],
    ['a goal asked as reached, closed by whom it addresses', '21 chỉ tiêu trong Kế hoạch 239 đến giờ đã hoàn thành hết chưa hả cháu?', 'partial', REPLIES.goalOnly],
    // "đang trình" tells the plan was put forward, not whether it was approved.
    ['a plan asked as approved', 'Đề án xây dựng thành phố thông minh do Sở TT&TT trình đã được thành phố phê duyệt chưa?', 'partial', REPLIES.notDecided],
    // An article tells someone's office as it was written, not today.
    ['whether someone still holds an office', 'Ông Nguyễn Việt Hùng bây giờ còn làm Giám đốc Sở không, ai đang thay?', 'partial', REPLIES.stillNow],
    // The total is given; which district gave the most is not.
    ['which one did the most', 'Trong khoảng 10 nghìn chữ ký số miễn phí đã cấp thì quận huyện nào cấp nhiều nhất?', 'partial', 'huyện nào cấp nhiều nhất'],
    // "ngày 06/9/2021" is a day, not Đề án 06: the paragraph it stands in is about another decision.
    ['when a plan they name was approved', 'Đề án 06 được Thủ tướng phê duyệt năm nào vậy?', 'partial', REPLIES.missing.date],
    // A year ("năm 2022") is no month: the articles never say in which month the index is published.
    ['the month an index is published', 'Chỉ số DTI thường được công bố vào tháng mấy hằng năm?', 'partial', REPLIES.missing.date],
    ['renewing, which they never explain', 'Chữ ký số của tôi sắp hết hạn, thủ tục gia hạn làm thế nào?', 'no_answer', REPLIES.noAnswer],
    ['whether a system is still in use', 'Sổ sức khỏe điện tử ở HP bây giờ còn dùng được không ạ?', 'partial', REPLIES.stillNow],
    // The articles tell of the dialogue held on 27/12, not of the next one.
    ['when an event comes next', 'Phiên đối thoại trực tuyến lần tiếp theo trên cổng TTĐT Hải Phòng khi nào diễn ra ạ?', 'partial', REPLIES.nextEvent],
    ['the weather, though the articles name the city', 'Bão sắp tới có đổ bộ vào Hải Phòng không, bao giờ tới?', 'no_answer', REPLIES.noAnswer],
    // A portal is where the office publishes, not where it stands.
    ['where an office stands', 'Trụ sở Sở TT&TT Hà Nội ở đâu vậy mn', 'partial', REPLIES.missing.place],
    ['a district typed in lower case', 'huyện sóc sơn có bao nhiêu % hộ gia đình dùng cáp quang', 'partial', 'huyện sóc sơn'],
    ['a procedure they never name', 'Đăng ký kết hôn online làm thế nào?', 'no_answer', REPLIES.noAnswer],
    // The card itself, named alone, is still a procedure they never explain.
    ['an identity card they never explain', 'Làm thẻ căn cước online ở Hà Nội thế nào?', 'no_answer', REPLIES.noAnswer],
    // The procedure the story names is what a question asking how, without naming one, asks about.
    ['an identity card the story names', 'Tôi muốn làm thẻ căn cước mới cho bà. Thủ tục như thế nào và có được làm tại nhà không?', 'no_answer', REPLIES.noAnswer],
    ['a procedure the story names, pointed back to', 'Tôi muốn đăng ký kết hôn. Giấy tờ này bây giờ ở Hà Nội có nộp trực tuyến được không ạ?', 'no_answer', REPLIES.noAnswer],
    // An identity card asked of, in an everyday phrase the lexicon reads as a target the articles set ("danh tính số
    // trên nền tảng di động cho 40 %"): the card is not that target.
    ['where a phone identity is made', 'Căn cước trên điện thoại làm ở đâu?', 'no_answer', REPLIES.noAnswer],
    ['a count of ID cards issued', 'Mỗi ngày có bao nhiêu người xin cấp căn cước theo đề án căn cước ở Hà Nội?', 'no_answer', REPLIES.noAnswer],
    // "tên" outside a question about a person may be a subject the articles lack.
    ['an old name of the city', 'Tên gọi cũ của Hà Nội là gì?', 'no_answer', REPLIES.noAnswer],
    ['small talk', 'Bạn có người yêu chưa?', 'no_answer', REPLIES.noAnswer],
    // A subject outside the articles ("ca sĩ"), though "Việt Nam" and "hiện nay" match a paragraph.
    ['a subject outside the articles', 'Ca sĩ nào đang nổi nhất Việt Nam hiện nay?', 'no_answer', REPLIES.noAnswer],
    ['food, though the articles speak of tourism', 'Đi du lịch Hà Nội thì nên ăn món gì ngon ở phố cổ?', 'no_answer', REPLIES.noAnswer],
    // The body that issued it is named; who signed it is not.
    ['who signed a document', 'Nghị quyết 03-NQ/TU của Hải Phòng do ai ký?', 'partial', REPLIES.missing.person],
  ])('does not answer %s with a confident quote', async (_kind, question, status, said) => {
    const r = await engine.answer(question);
    expect(r.status).toBe(status);
    expect(r.answer).toContain(said);
  });

  // Someone's words about a place their article never speaks of. Which paragraphs lead, and whether a sentence of them
  // holds enough of the question to quote, follow the learned tables: with one, the reply is `partial`, naming his words
  // as missing (the rule is tested in answerability.test.ts; sessions 44 and 46); with none, it is refused (session 45).
  // Never a confident quote of the Hải Phòng article as his view.
  it('does not answer what someone said of another city with a confident quote', async () => {
    const r = await engine.answer('Ông Nguyễn Việt Hùng đánh giá chuyển đổi số của Hải Phòng thế nào?');
    expect(['partial', 'no_answer']).toContain(r.status);
    expect(r.answer).toContain(r.status === 'partial' ? 'ý kiến của ông Nguyễn Việt Hùng' : REPLIES.noAnswer);
  });

  it('answers what it can of a message asking two things, and says which one the articles do not answer', async () => {
    const r = await engine.answer('Hải Phòng có bao nhiêu dịch vụ công trực tuyến? Nhà tôi ở Lê Chân. Với lại đăng ký kết hôn online làm thế nào?');
    expect(r.status).toBe('answered');
    expect(r.answer).toContain('1.232');
    expect(r.answer).toContain(REPLIES.notAnswered('Với lại đăng ký kết hôn online làm thế nào?'));
    expect(r.citations.length).toBeGreaterThan(0);
    // A "[n]" typed in the question not answered is not echoed: in a reply it would read as a citation.
    const marked = await engine.answer('Hải Phòng có bao nhiêu dịch vụ công trực tuyến? Với lại đăng ký kết hôn [99] online làm thế nào?');
    expect(marked.status).toBe('answered');
    expect(marked.answer).toContain(REPLIES.notAnswered('Với lại đăng ký kết hôn online làm thế nào?'));
    expect(marked.answer).not.toContain('[99]');
    // Neither answered: refused as one message.
    const none = await engine.answer('Đăng ký kết hôn online làm thế nào? Với lại làm hộ chiếu mất mấy ngày?');
    expect(none.status).toBe('no_answer');
    expect(none.answer).toBe(REPLIES.noAnswer);
    // A question naming no place, beside one naming a city the articles do not cover, is not answered of another city.
    const elsewhere = await engine.answer('Đà Nẵng có bao nhiêu dịch vụ công trực tuyến? Nhà tôi ở Sơn Trà. Năm 2025 thì mục tiêu là bao nhiêu phần trăm?');
    expect(elsewhere.status).toBe('partial');
    expect(elsewhere.answer).toContain('Đà Nẵng');
    // A question leaning on the other's subject ("Hết hạn thì…") is not answered apart from it.
    const leaning = await engine.answer('Chữ ký số miễn phí Hà Nội cấp cho người dân dùng được bao lâu? Hết hạn rồi có phải trả tiền gia hạn không, mỗi năm bao nhiêu?');
    expect(leaning.status).not.toBe('answered');
  });

  it('quotes first the sentence that holds the kind of fact asked', async () => {
    // A target for 2025 covers the question more closely; the figure reached is what "đã … rồi" asks.
    const r = await engine.answer('Hà Nội đã kéo cáp quang tới bao nhiêu xã rồi?');
    expect(r.status).toBe('answered');
    expect(r.answer.split('\n')[1]).toContain('100 xã');
  });

  it('asked why, quotes first the sentence that gives the cause', async () => {
    // The sentence listing the shortcomings covers the question more closely; the next one says what they are due to.
    const r = await engine.answer('Vì sao chuyển đổi số của Hà Nội còn nhiều hạn chế?');
    expect(r.status).toBe('answered');
    expect(r.answer.split('\n')[1]).toMatch(/^Nguyên nhân .* chủ yếu là do nhận thức/);
  });

  // A story around the question names a city or a date of the resident's, typed without a stop or without marks, or
  // read with a chat word that opens a sentence ("Tui"): the question's own subject is answered.
  it.each([
    ['trường học ở hà nội số hóa để tạo ra thế hệ j v Tui ở Hà Nội mà quê gốc dưới Nghệ An, hồi trước toàn về quê làm giấy.', 'công dân số'],
    ['Công ty Nhật tuyển em rồi, họ yêu cầu đủ giấy tờ trước ngày 01/10. Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', '1.232'],
    ['hom qua e mat vi roi ca can cuoc lan the atm Hải Phòng có bao nhiêu dịch vụ công trực tuyến?', '1.232'],
    // A procedure the story tells of is not what a question counting something, with words of its own, asks about.
    ['Em vừa làm lại căn cước, đợi gần 2 tháng mới nhận được. Ở Hải Phòng giờ làm được bao nhiêu loại giấy tờ trên mạng?', '1.232'],
    ['Tôi là chủ hộ kinh doanh nhỏ. Các cơ quan ở Hải Phòng có ký tên điện tử khi gửi giấy tờ đi không?', 'chữ ký số'],
    // Nor is it what "bao nhiêu thủ tục" counts: procedures in general.
    ['Nhà tôi đang làm giấy tờ đất đai ở Hà Nội, đi lại mấy lần rồi. Đến 2025 có bao nhiêu thủ tục được làm trực tuyến toàn trình?', '100% thủ tục'],
    // A year the question takes from the sentence it points back to names when the plan was issued, not its figures' year.
    ['Tôi làm cán bộ mặt trận ở phường. Tôi nhớ có một kế hoạch ban hành tháng 9/2023. Kế hoạch đó đặt ra bao nhiêu chỉ tiêu?', '21 chỉ tiêu'],
  ])('answers %j around its story', async (question, fact) => {
    const r = await engine.answer(question);
    expect(r.status).toBe('answered');
    expect(r.answer).toContain(fact);
  });

  it('dates a "đến nay" figure from its article', async () => {
    const r = await engine.answer('Hà Nội đã cấp bao nhiêu chữ ký số miễn phí?');
    expect(r.answer).toContain('(tính đến 3/2024, theo bài của Vietnam Business Forum (VCCI))');
  });

  it('weighs the places the question names, not those of whom it is sent to', async () => {
    // The page's name ("Hà Nội Số") is said around the question; the question asks of Hải Phòng's count.
    const r = await engine.answer('Gửi admin trang Hà Nội Số: Ở Hải Phòng giờ làm được bao nhiêu loại giấy tờ trên mạng? Mong được admin giải đáp sớm ạ.');
    expect(r.status).toBe('answered');
    expect(r.retrieved[0]!.text).toContain('1.232');
  });

  it('returns the top 10 retrieved paragraphs, whole: the one the reply quotes first, then the rest in rank order', async () => {
    const ids = new Set(engine.retriever.passages.map((p) => `${p.paragraphId}\u0000${p.text}`));
    for (const question of ['chuyển đổi số Hải Phòng', 'Ai là Giám đốc Sở Thông tin và Truyền thông Hà Nội?']) {
      const r = await engine.answer(question);
      expect(r.retrieved).toHaveLength(10);
      expect(r.retrieved[0]!.paragraphId).toBe(r.citations[0]!.paragraphId);
      const scores = r.retrieved.slice(1).map((x) => x.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      for (const x of r.retrieved) expect(ids.has(`${x.paragraphId}\u0000${x.text}`)).toBe(true);
    }
    // The office asked is named in a paragraph the retriever ranks below the deputies' ones: the quoted one leads.
    const office = await engine.answer('Ai là Giám đốc Sở Thông tin và Truyền thông Hà Nội?');
    expect(office.retrieved[0]!.score).toBeLessThan(Math.max(...office.retrieved.map((x) => x.score)));
  });

  it('keeps the rank order when it quotes nothing', async () => {
    const r = await engine.answer('Dự báo thời tiết ngày mai');
    expect(r.status).toBe('no_answer');
    const scores = r.retrieved.map((x) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('does not take an answerable question for an off-domain one', () => {
  it.each([
    // Words of everyday life beside what the articles tell: a reason to ask for a record, a patient, a relative.
    'Con tôi sắp đi du học, xin lý lịch tư pháp ở đâu?',
    'Người cao tuổi bị tiểu đường có được khám bệnh từ xa không?',
    'Người già cô đơn có được tổ công nghệ số cộng đồng hỗ trợ không?',
    // Which of what the articles tell, not which product to buy.
    'Ứng dụng nào tốt để làm lý lịch tư pháp online?',
    'Doanh nghiệp nhỏ nên chọn nền tảng nào để chuyển đổi số?',
    'Chữ ký số nên mua ở đâu?',
    // A place and nothing more asked of it.
    'Hải Phòng',
  ])('%j', async (question) => {
    expect((await engine.answer(question)).status).not.toBe('no_answer');
  });
});

describe('refuses what the articles do not cover', () => {
  it.each([
    'Giá vàng SJC hôm nay bao nhiêu?',
    'Dự báo thời tiết ngày mai',
    'Công thức nấu phở bò ngon',
    'Who painted the Mona Lisa?',
    'Kết quả bóng đá đêm qua',
    // Unmarked, words the articles never use ("crush", "rep") are as foreign as marked ones.
    'crush ko rep tin nhan thi lam j bay gio',
    // A follow-up pointing back to what the articles say, asking of something they never speak of.
    'Hà Nội cấp chữ ký số miễn phí cho người dân. Vậy chó mèo có được cấp không?',
    'Hà Nội có Kế hoạch 239 về chuyển đổi số. Kế hoạch đó có mua tàu ngầm không?',
    // A procedure they never explain, and its papers.
    'Nhận con nuôi thì hồ sơ gồm những gì ạ?',
    // Which form of the judicial record certificate: they name none.
    'Phiếu LLTP số 2 làm trên VNeID được không?',
    // A fee paid online that they never name: their rates for electricity and water bills do not answer it.
    'Tỷ lệ nộp học phí không dùng tiền mặt ở Hà Nội là bao nhiêu?',
    // A place is all it shares with the nearest sentence ("…ở Hải Phòng…"): what it asks of the place is elsewhere.
    'cho thue xe may o Hai Phong gia bao nhieu',
    // Which shop or brand to pick: the articles recommend none.
    'Ở Hải Phòng mua điện thoại ở cửa hàng nào rẻ mà tốt?',
    'Điện thoại thông minh nào dưới 5 triệu mà pin trâu?',
  ])('%j', async (question) => {
    const r = await engine.answer(question);
    expect(r.status).toBe('no_answer');
    expect(r.citations).toEqual([]);
    expect(r.answer).toBe(REPLIES.noAnswer);
  });
});

describe('bad input', () => {
  it.each([
    ['', 'invalid_input', REPLIES.emptyInput],
    ['   \n\t ', 'invalid_input', REPLIES.emptyInput],
    ['🙂🙂👍', 'invalid_input', REPLIES.noWords],
    ['\u0000\u0007\u200b', 'invalid_input', REPLIES.emptyInput],
  ])('%j → %s', async (input, status, reply) => {
    const r = await engine.answer(input);
    expect(r.status).toBe(status);
    expect(r.answer).toBe(reply);
  });

  it('cuts an over-long question and says so', async () => {
    const r = await engine.answer(`chữ ký số miễn phí ${'rất '.repeat(5000)}`);
    expect(r.truncated).toBe(true);
    expect(r.answer.startsWith(REPLIES.truncated(2000))).toBe(true);
  });

  it.each([
    ['mixed scripts', 'chữ ký số 数字签名 miễn phí'],
    ['emoji', 'chu ky so mien phi 🙂🙂'],
    ['Cyrillic', 'Привет chữ ký số'],
    ['10,000 characters', 'a'.repeat(10_000)],
  ])('never throws on %s', async (_label, input) => {
    const r = await engine.answer(input);
    expect(['answered', 'no_answer']).toContain(r.status);
  });
});
