import { describe, expect, it } from 'vitest';
import { sampleTurn } from '../testing/sample-data.js';
import type { TurnRow } from '../../core/ports/log-store.js';
import { topQuestions } from './top-questions.js';

describe('top questions', () => {
  it('groups the same topic, counts turns and people, leaves greetings and requests for a person out, uses the rewrite of a follow-up', () => {
    const turns: TurnRow[] = [
      sampleTurn({ question: 'Làm lý lịch tư pháp trên VNeID thế nào?', userId: 'a' }),
      sampleTurn({ question: 'lam ly lich tu phap tren vneid', userId: 'b' }),
      sampleTurn({ question: 'còn cái đó?', rewrite: 'Lý lịch tư pháp trên VNeID làm thế nào?', userId: 'a', status: 'partial' as TurnRow['status'] }),
      sampleTurn({ question: 'Chữ ký số miễn phí ở đâu?', userId: 'c', status: 'no_answer' }),
      sampleTurn({ question: 'xin chào', userId: 'd', status: 'greeting' }),
      sampleTurn({ question: 'xin chào', userId: 'e', status: 'greeting' }),
      sampleTurn({ question: 'Tôi muốn gặp người thật', userId: 'f', status: 'handoff' }),
    ];
    const groups = topQuestions(turns, 10);
    expect(groups.map((g) => [g.count, g.people])).toEqual([[3, 2], [1, 1]]);
    expect(groups[0]!.label).toContain('lý lịch tư pháp');
    expect(groups[1]!.label).toBe('Chữ ký số miễn phí ở đâu?');
    expect(topQuestions(turns, 1)).toHaveLength(1);
  });
});
