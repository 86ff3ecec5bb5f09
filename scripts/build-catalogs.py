#!/usr/bin/env python3
"""Regenerates src/domain/catalog/builtin/*.json from ../shared/reference/criteria-catalogs-research.json.

Run by hand when the research file changes; the JSON it writes is committed (users have no shared/).
Every criterion and indicator keeps its provenance; `verified` is false where the research marks
the item knowledge:unverified, so the pane and the report can say so.
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
research = json.loads((root.parent / 'shared/reference/criteria-catalogs-research.json').read_text())
sets = {s['id']: s for s in research['criteria_sets']}
out_dir = root / 'src/domain/catalog/builtin'

def verified(provenance):
    text = ' '.join(provenance) if isinstance(provenance, list) else str(provenance or '')
    return 'knowledge:unverified' not in text

def indicator_name(item):
    name = re.sub(r'\s*\((lead|NN&PTNT|TC-KH|TN&MT|Nội vụ|VH-TT)[^)]*\)', '', item.get('short_name', '')).strip()
    return name or f"Chỉ tiêu {item['code']}"

def criteria(source, indicator_key='indicators'):
    out = []
    for c in source['criteria']:
        items = c.get(indicator_key, [])
        out.append({
            'number': c['no'],
            'name': c['name'],
            'verified': verified(c.get('name_provenance')),
            'provenance': ', '.join(c.get('name_provenance', [])),
            'indicators': [
                {'code': i['code'], 'name': indicator_name(i), 'verified': verified(i.get('provenance')) and bool(i.get('short_name')),
                 'provenance': i.get('provenance', '')}
                for i in items if str(i['code']) != str(c['no'])
            ],
        })
    return out

catalogs = [
    {
        'id': 'xa-ntm-2016-2020', 'title': sets['xa_ntm_2016_2020']['title'],
        'decision': 'QĐ 1980/QĐ-TTg ngày 17/10/2016', 'period': {'from': 2016, 'to': 2020}, 'level': 'xa',
        'tier': 'dat-chuan', 'indicatorsComplete': False,
        'criteria': criteria(sets['xa_ntm_2016_2020']),
    },
    {
        'id': 'xa-ntm-2021-2025', 'title': sets['xa_ntm_2021_2025']['title'],
        'decision': 'QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục I', 'period': {'from': 2021, 'to': 2025}, 'level': 'xa',
        'tier': 'dat-chuan', 'indicatorsComplete': True,
        'criteria': criteria(sets['xa_ntm_2021_2025']),
    },
    {
        'id': 'xa-ntm-nang-cao-2021-2025', 'title': sets['xa_ntm_nang_cao_2021_2025']['title'],
        'decision': 'QĐ 318/QĐ-TTg ngày 08/3/2022, Phụ lục II', 'period': {'from': 2021, 'to': 2025}, 'level': 'xa',
        'tier': 'nang-cao', 'indicatorsComplete': False,
        'criteria': criteria(sets['xa_ntm_nang_cao_2021_2025'], 'indicators_known'),
    },
    {
        'id': 'xa-ntm-2026-2030', 'title': sets['xa_ntm_2026_2030']['title'],
        'decision': 'QĐ 51/2025/QĐ-TTg ngày 29/12/2025 (hiệu lực 15/2/2026)', 'period': {'from': 2026, 'to': 2030}, 'level': 'xa',
        'tier': 'dat-chuan', 'indicatorsComplete': False,
        'notes': '10 tiêu chí, 47 chỉ tiêu với ngưỡng theo 3 nhóm xã; danh mục chỉ tiêu do người dùng cung cấp (trang "Danh mục tiêu chí" hoặc --catalog-file).',
        'criteria': [
            {'number': n + 1, 'name': name, 'verified': True, 'provenance': 'pub:qd51_2025', 'indicators': []}
            for n, name in enumerate(sets['xa_ntm_2026_2030']['criteria'])
        ],
    },
]
for catalog in catalogs:
    path = out_dir / f"{catalog['id']}.json"
    path.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + '\n')
    print(path.relative_to(root), len(catalog['criteria']), sum(len(c['indicators']) for c in catalog['criteria']))
