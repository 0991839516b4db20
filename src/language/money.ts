// An amount in a currency's sign or name, in figures or words: "€20 million", "80,000 euros",
// "five million crowns", "a 48-million-crown contract".
const CURRENCY =
  'dollars?|euros?|pounds?|yen|won|yuan|renminbi|roubles?|rubles?|francs?|crowns?|kron(?:a|e|or|er)|rupees?|pesos?|rand|lira|zloty|forints?|shekels?|dinars?|dirhams?|riyals?|ringgits?|baht|naira|hryvnias?|rupiah';
const AMOUNT_NUMBER =
  '\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a few|several';
const MONEY_WORDS = new RegExp(
  `[$€£¥₩]\\s?\\d|\\b(?:${AMOUNT_NUMBER})[\\s-]?(?:(?:m|bn|k|million|billion|thousand|hundred)[\\s-]?)?(?:${CURRENCY})\\b|\\b(?:US|A|C)\\$`,
  'iu',
);

const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY})$`, 'iu');
/** Whether a word names a currency: "pounds", "euro", "won". */
export const isCurrencyWord = (word: string): boolean => CURRENCY_WORD.test(word);

/** Whether a text gives an amount of money. */
export const namesMoney = (text: string): boolean => MONEY_WORDS.test(text);
