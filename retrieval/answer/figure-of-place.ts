import { placesIn } from '../rerank/place-filter.js';

// The country as what a clause is about: "Việt Nam đã tận dụng… Internet (70%)" opening it, "cả nước", "toàn quốc"; not
// the country in an index's name ("Chỉ số thương mại điện tử Việt Nam", where "Thành phố … đứng thứ 2" is the city's).
const OF_THE_COUNTRY = /(?:^|[.;:,]\s*)việt nam(?!\p{L})|(?<!\p{L})(?:cả nước|toàn quốc)(?!\p{L})/iu;
const NATIONAL = /(?<!\p{L})quốc gia(?!\p{L})/iu;
// The city its article is about, by its common name; "63 tỉnh, thành phố" (the provinces and cities) is not it.
const OF_THE_CITY = /(?<!\p{L})(?<!tỉnh(?:,|\/| và| hoặc) ?)(?:thành phố|thủ đô)(?!\p{L})/iu;
const COUNTRY_ASKED = /(?<!\p{L})(?:việt nam|viet nam|người việt|nguoi viet|cả nước|ca nuoc|toàn quốc|toan quoc|nước ta|nuoc ta|nước mình|nuoc minh|vn)(?!\p{L})/iu;
// The country as what a province is compared with, asked yes or no ("…, có cao hơn mức 70% cả nước không?"): the figure
// is still asked of the province. "cao hơn cả nước bao nhiêu?" asks the difference, which needs the country's figure too.
const COMPARED_WITH_COUNTRY = /(?<!\p{L})(?:hơn|hon|bằng|bang|như|nhu)(?: (?:mức|muc)(?: trung bình| trung binh)?)?(?: [\d.,]+ ?%?)?(?: (?:của|cua))? (?:cả nước|ca nuoc|toàn quốc|toan quoc|việt nam|viet nam)(?= (?:không|khong|ko|k|chưa|chua|hông|hong)(?!\p{L}))/giu;
const ARTICLE_NAMED = /(?<!\p{L})(?:bài|bai)(?: (?:viết|viet|báo|bao))? (?:về|ve|của|cua|ở|o)(?: [\p{L}]+){1,3}/giu;

/**
 * A figure asked of a province ("Ở Hải Phòng tỷ lệ người dùng internet bao nhiêu %?") is not given by a sentence about
 * the whole country that names neither that province nor the city its article is about. Provinces are read as
 * typed with their marks (placesIn): unmarked, none is read, and every sentence passes.
 */
export function figureOfPlaceAsked(message: string, national = false): (sentence: string, context?: string) => boolean {
  // Asked of the whole country and no province (the question's constraints say: "cả nước tỉ lệ dùng đt di động là
  // bn?"), a sentence that does not name the country gives a province's figure when it names one, or the city, or
  // stands in an article about one ("…smartphone … đạt 81,7%" in an article about Hà Nội).
  // Something national ("Chương trình Chuyển đổi số quốc gia") is the country's.
  if (national) {
    // An article's title and heading frame all its sentences: read once each.
    const ofProvince = new Map<string, boolean>();
    const inProvinceArticle = (context = ''): boolean => {
      let named = ofProvince.get(context);
      if (named === undefined) ofProvince.set(context, (named = placesIn(context).size > 0));
      return named;
    };
    return (sentence, context) => OF_THE_COUNTRY.test(sentence) || NATIONAL.test(sentence)
      || (placesIn(sentence).size === 0 && !OF_THE_CITY.test(sentence) && !inProvinceArticle(context));
  }
  // A province naming the article ("theo bài về Hải Phòng") is not where the figure is asked of; nor is any when the
  // country is asked too ("tỷ lệ người Việt dùng internet").
  if (COUNTRY_ASKED.test(message.replace(COMPARED_WITH_COUNTRY, ' '))) return () => true;
  const asked = placesIn(message.replace(ARTICLE_NAMED, ' '));
  if (asked.size === 0) return () => true;
  return (sentence) => !OF_THE_COUNTRY.test(sentence) || OF_THE_CITY.test(sentence) || [...placesIn(sentence)].some((p) => asked.has(p));
}
