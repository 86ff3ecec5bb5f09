import { z } from 'zod';

// No code generation: the task pane's Content Security Policy forbids eval, and catalogs are small.
z.config({ jitless: true });

const IndicatorSchema = z.object({
  code: z.string().regex(/^\d+(\.\d+)+$/, 'mã chỉ tiêu dạng "13.2"'),
  name: z.string().min(1),
  verified: z.boolean().default(true),
  provenance: z.string().optional(),
  /** Threshold per commune group ("nhom-1" → "≥ 90%"), where the set has groups of communes. */
  thresholds: z.record(z.string(), z.string()).optional(),
});

const CriterionSchema = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  verified: z.boolean().default(true),
  provenance: z.string().optional(),
  indicators: z.array(IndicatorSchema).default([]),
});

const GroupSchema = z.object({
  label: z.string().min(1),
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative(),
});

/** A versioned criteria set (Bộ tiêu chí). */
export const CatalogSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: z.string().min(1),
    decision: z.string().default(''),
    period: z.object({ from: z.number().int(), to: z.number().int() }),
    level: z.enum(['xa', 'thon']),
    tier: z.enum(['dat-chuan', 'nang-cao', 'kieu-mau']).default('dat-chuan'),
    /** False where the set's indicator list is known only in part: other codes are then accepted. */
    indicatorsComplete: z.boolean().default(true),
    notes: z.string().optional(),
    criteria: z.array(CriterionSchema).min(1),
    /** Groups of the distribution of communes by criteria met; derived from the size when absent. */
    groups: z.array(GroupSchema).optional(),
  })
  .superRefine((catalog, ctx) => {
    const numbers = new Set<number>();
    catalog.criteria.forEach((criterion, index) => {
      if (numbers.has(criterion.number)) {
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'number'], message: `tiêu chí ${criterion.number} lặp lại` });
      }
      numbers.add(criterion.number);
      criterion.indicators.forEach((indicator, at) => {
        if (!indicator.code.startsWith(`${criterion.number}.`)) {
          ctx.addIssue({
            code: 'custom',
            path: ['criteria', index, 'indicators', at, 'code'],
            message: `chỉ tiêu ${indicator.code} không thuộc tiêu chí ${criterion.number}`,
          });
        }
      });
    });
    if (catalog.period.to < catalog.period.from) {
      ctx.addIssue({ code: 'custom', path: ['period'], message: 'giai đoạn kết thúc trước khi bắt đầu' });
    }
    const groups = catalog.groups ?? [];
    const size = catalog.criteria.length;
    for (let n = 0; n <= size && groups.length > 0; n++) {
      const holders = groups.filter((group) => group.min <= n && n <= group.max).length;
      if (holders !== 1) {
        ctx.addIssue({ code: 'custom', path: ['groups'], message: `số tiêu chí ${n} thuộc ${holders} nhóm (phải đúng 1)` });
        break;
      }
    }
  });

export type CatalogInput = z.input<typeof CatalogSchema>;
export type CatalogData = z.output<typeof CatalogSchema>;
export type Criterion = CatalogData['criteria'][number];
export type Indicator = Criterion['indicators'][number];
export type DistributionGroup = z.output<typeof GroupSchema>;

/** A catalog ready for use: validated, with its distribution groups resolved. */
export type Catalog = CatalogData & { groups: DistributionGroup[] };
