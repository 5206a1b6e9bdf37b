// One sentence per class of time expression, resolved against Wednesday 2024-02-28 as a news story dates them.
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../../src/nlp/times';

const PUBLISHED = '2024-02-28';

/** [text, value] of each mention found in one paragraph. */
function times(text: string, publishedAt: string | null = PUBLISHED): [string, string | null][] {
  return extractTimes([{ kind: 'paragraph', text }], publishedAt).map((m) => [m.text, m.value]);
}

describe('weekdays', () => {
  it('points back after a past-tense verb and ahead after "will"', () => {
    expect(times('The ministers met on Monday.')).toEqual([['Monday', '2024-02-26']]);
    expect(times('The ministers will meet on Monday.')).toEqual([['Monday', '2024-03-04']]);
  });

  it('takes the article day itself for its own weekday', () => {
    expect(times('Officials said on Wednesday that talks would resume.')).toEqual([['Wednesday', '2024-02-28']]);
  });

  it('reads intent and schedule words as forward', () => {
    expect(times('The vote is scheduled for Friday.')).toEqual([['Friday', '2024-03-01']]);
    expect(times('He is set to arrive on Thursday.')).toEqual([['Thursday', '2024-02-29']]);
    expect(times('Campaigning ended ahead of Sunday\'s election.')).toEqual([['Sunday', '2024-03-03']]);
  });

  it('lets "will be held" look ahead and "were held" look back', () => {
    expect(times('The talks will be held on Monday.')).toEqual([['Monday', '2024-03-04']]);
    expect(times('The talks were held on Monday.')).toEqual([['Monday', '2024-02-26']]);
  });

  it('takes a cue after the expression when none comes before it', () => {
    expect(times('On Friday, officials will announce the results.')).toEqual([['Friday', '2024-03-01']]);
    expect(times('On Friday, officials announced the results.')).toEqual([['Friday', '2024-02-23']]);
  });

  it('looks back by default: news mostly reports what happened', () => {
    expect(times("Sunday's election")).toEqual([['Sunday', '2024-02-25']]);
  });

  it('follows chrono for "last" and "next"', () => {
    expect(times('He resigned last Monday.')).toEqual([['last Monday', '2024-02-26']]);
    expect(times('They meet again next Monday.')).toEqual([['next Monday', '2024-03-04']]);
  });

  it('adds the time of day when the text states it', () => {
    expect(times('He will speak at 3 pm on Monday.')).toEqual([['3 pm on Monday', '2024-03-04T15:00']]);
  });
});

describe('months and days without a year', () => {
  it('picks the coming month after intent and the past one after a past verb', () => {
    expect(times('Russia plans to hold the summit in October.')).toEqual([['October', '2024-10']]);
    expect(times('The summit was held in October.')).toEqual([['October', '2023-10']]);
  });

  it('takes the nearest occurrence when the sentence gives no tense', () => {
    expect(times('The summit in March')).toEqual([['March', '2024-03']]);
    expect(times('The summit in November')).toEqual([['November', '2023-11']]);
  });

  it('reads abbreviated and day-first dates', () => {
    expect(times('It happened on Feb. 26.')).toEqual([['Feb. 26', '2024-02-26']]);
    expect(times('Voting starts on March 5 and will end later.')).toEqual([['March 5', '2024-03-05']]);
  });

  it('gives a range as one interval', () => {
    expect(times('The fair runs from 3 to 5 March.')).toEqual([['3 to 5 March', '2024-03-03/2024-03-05']]);
  });

  it('drops the comma chrono keeps after a month', () => {
    expect(times('In March, officials met.')).toEqual([['March', '2023-03']]);
  });
});

describe('written dates', () => {
  it('reads full dates at day precision in either order', () => {
    expect(times('It was signed on 26 February 2024.')).toEqual([['26 February 2024', '2024-02-26']]);
    expect(times('It was signed on February 26, 2024.')).toEqual([['February 26, 2024', '2024-02-26']]);
    expect(times('It was signed on 2024-02-26.')).toEqual([['2024-02-26', '2024-02-26']]);
  });

  it('reads a month and year at month precision', () => {
    expect(times('Elections are due in May 2024.')).toEqual([['May 2024', '2024-05']]);
  });

  it('resolves written dates without a publication day', () => {
    expect(times('It was signed on February 26, 2024.', null)).toEqual([['February 26, 2024', '2024-02-26']]);
  });
});

describe('relative expressions', () => {
  it('resolves days', () => {
    expect(times('He left yesterday.')).toEqual([['yesterday', '2024-02-27']]);
    expect(times('Protests continued last night.')).toEqual([['last night', '2024-02-27']]);
    expect(times('The result is due in 10 days.')).toEqual([['10 days', '2024-03-09']]);
  });

  it('resolves weeks to Monday-to-Sunday intervals', () => {
    expect(times('Talks collapsed last week.')).toEqual([['last week', '2024-02-19/2024-02-25']]);
    expect(times('Talks resume this week.')).toEqual([['this week', '2024-02-26/2024-03-03']]);
  });

  it('resolves weekends by tense', () => {
    expect(times('Clashes broke out over the weekend.')).toEqual([['weekend', '2024-02-24/2024-02-25']]);
    expect(times('Leaders will meet over the weekend.')).toEqual([['weekend', '2024-03-02/2024-03-03']]);
  });

  it('resolves months and years', () => {
    expect(times('The law passed earlier this month.')).toEqual([['this month', '2024-02']]);
    expect(times('The BRICS presidency this year.')).toEqual([['this year', '2024']]);
    expect(times('Elections are due next year.')).toEqual([['next year', '2025']]);
    expect(times('It began late last year.')).toEqual([['last year', '2023']]);
    expect(times('It began two years ago.')).toEqual([['two years ago', '2022']]);
  });

  it('gives a span for "the past 10 years"', () => {
    expect(times('Prices rose for the past 10 years.')).toEqual([['past 10 years', '2014/2024']]);
  });

  it('is null without a publication day', () => {
    expect(times('He left yesterday and returns next year.', null)).toEqual([['yesterday', null], ['next year', null]]);
  });

  it('is null when anchored on the story rather than the article ("the next day", "a day earlier")', () => {
    expect(times('He arrived the next day.')).toEqual([['next day', null]]);
    expect(times('She had left a day earlier.')).toEqual([['a day earlier', null]]);
  });
});

describe('years, decades and centuries', () => {
  it('reads years at year precision', () => {
    expect(times('The group was founded in 2001.')).toEqual([['2001', '2001']]);
    expect(times('In 2023, inflation fell.')).toEqual([['2023', '2023']]);
    expect(times('The 2024 elections')).toEqual([['2024', '2024']]);
    expect(times('The city fell in 1453.')).toEqual([['1453', '1453']]);
  });

  it('reads year ranges and seasons as intervals', () => {
    expect(times('the 2023-24 season')).toEqual([['2023-24', '2023/2024']]);
    expect(times('the war of 1939–45')).toEqual([['1939–45', '1939/1945']]);
    expect(times('between 2001 and 2005')).toEqual([['2001', '2001'], ['2005', '2005']]);
  });

  it('gives decades as ISO 8601 three-digit decades and centuries as two digits', () => {
    expect(times('Growth slowed in the 1990s.')).toEqual([['1990s', '199']]);
    expect(times("the music of the '80s")).toEqual([["'80s", '198']]);
    expect(times('the 19th century')).toEqual([['19th century', '18']]);
  });

  it('skips numbers that are not years', () => {
    expect(times('2001 people signed the petition.')).toEqual([]);
    expect(times('It cost $2024.')).toEqual([]);
    expect(times('Security Council Resolution 2334 condemned it.')).toEqual([]);
    expect(times('The route is 1500 km long.')).toEqual([]);
    expect(times('He won 2,001 votes.')).toEqual([]);
    expect(times('Call 555 2001 now.')).toEqual([]);
    expect(times('Sales fell in Q3 2023.')).toEqual([['2023', '2023']]);
  });
});

describe('what is not a time', () => {
  it('skips weekday abbreviations that are names or words', () => {
    expect(times('Sun Weidong met Wang Yi.')).toEqual([]);
    expect(times('The Sun reported it first.')).toEqual([]);
    expect(times('They wed in a small ceremony.')).toEqual([]);
    expect(times('Lee Sun said so.')).toEqual([]);
  });

  it('still reads weekday abbreviations in datelines', () => {
    expect(times('Mon, Feb 26, 2024')).toEqual([['Mon, Feb 26, 2024', '2024-02-26']]);
  });

  it('skips weekdays inside capitalised names', () => {
    expect(times('Voters turned out on Super Tuesday.')).toEqual([]);
    expect(times('The Monday Club met.')).toEqual([]);
  });

  it('skips "may" and "march" as words and month names with nothing that makes them months', () => {
    expect(times('Prices may rise.')).toEqual([]);
    expect(times('Thousands will march on the capital.')).toEqual([]);
    expect(times('March organisers said so.')).toEqual([]);
    expect(times('Theresa May said in May that it was over.')).toEqual([['May', '2023-05']]);
  });

  it('skips clock times without a day, fractions and scores', () => {
    expect(times('The meeting starts at 3 pm.')).toEqual([]);
    expect(times('3/5 of the votes')).toEqual([]);
    expect(times('They won 4-3.')).toEqual([]);
    expect(times('The party is in power now.')).toEqual([]);
  });
});

describe('durations and pieces of words', () => {
  it('skips durations and bare units', () => {
    expect(times("He hadn't paid taxes for 10 years.")).toEqual([]);
    expect(times('In the weeks since Memorial Day, prices climbed.')).toEqual([]);
  });

  it('skips ordinals and moments of seconds or minutes ("a second week", "in five seconds")', () => {
    expect(times('Dockworkers stayed off the job for a second week.')).toEqual([]);
    expect(times('The device exploded in five seconds, ten minutes after the alarm.')).toEqual([]);
  });

  it('reads "in N years" ahead in a forward sentence and as a duration in a past one', () => {
    expect(times('College will cost more in 18 years.')).toEqual([['18 years', '2042']]);
    expect(times('He has not lost a race in 24 years.')).toEqual([['24 years', null]]);
  });

  it('gives stretches ahead as intervals from the article day', () => {
    expect(times('Taxes rise over the next four years.')).toEqual([['next four years', '2024/2028']]);
    expect(times('A deal is expected within two weeks.')).toEqual([['two weeks', '2024-02-28/2024-03-13']]);
  });

  it('corrects "Monday of last week", which chrono places in this week', () => {
    expect(times('The council published the report on Monday of last week.')).toEqual([['Monday of last week', '2024-02-19']]);
  });

  it('skips half of a hyphenated word and parts of a day', () => {
    expect(times('Twenty-two years ago, a profile ran.')).toEqual([]);
    expect(times('Leaders spoke after the day-long meeting.')).toEqual([]);
    expect(times('He posted late-night tweets in the early morning hours.')).toEqual([]);
    expect(times('The Dallas Morning News endorsed her.')).toEqual([]);
  });

  it('skips news outlets named after days', () => {
    expect(times('A columnist for USA Today met him.')).toEqual([]);
    expect(times('He told USA TODAY on Monday.')).toEqual([['Monday', '2024-02-26']]);
  });
});

describe('the publication day', () => {
  it('treats a day that does not exist like no day at all', () => {
    expect(times('He left yesterday, in 2001 terms.', '2024-02-30')).toEqual([['yesterday', null], ['2001', '2001']]);
    expect(times('He left yesterday.', 'last Tuesday')).toEqual([['yesterday', null]]);
  });

  it('crosses month and year ends', () => {
    expect(times('He left yesterday.', '2024-03-01')).toEqual([['yesterday', '2024-02-29']]);
    expect(times('The ministers met on Friday.', '2024-01-01')).toEqual([['Friday', '2023-12-29']]);
    expect(times('The summit will be held in January.', '2024-12-15')).toEqual([['January', '2025-01']]);
  });
});
