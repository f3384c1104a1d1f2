#!/usr/bin/env python3
"""Business gauges for the Prometheus fixture: one value a day for the shop project,
from the start of the month three months before END to the last whole day (UTC)
ending at or before END; and the same figures as a business CSV, month by month,
the way docs/cost.md says PromQL answers are turned into months.

usage: gen_business.py END_SECONDS OUT.om EXPECTED.csv
Each day's value is written one minute before the day's end (so
last_over_time(x[1d]) evaluated at the day's end finds exactly it). Flow figures
(visitors, new/churned customers, revenue in two plans, marketing spend) add up
over a month; stock figures (active users, customers) take the month's last day.
"""
import datetime as dt
import sys

end, om_path, csv_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
DAY = 86400
now = dt.datetime.fromtimestamp(end, dt.timezone.utc)
y, m = now.year, now.month - 3
while m <= 0:
    y, m = y - 1, m + 12
start = int(dt.datetime(y, m, 1, tzinfo=dt.timezone.utc).timestamp())

families = {
    'shop_visitors_daily': [], 'shop_active_users': [], 'shop_new_customers_daily': [],
    'shop_customers': [], 'shop_churned_daily': [], 'shop_revenue_daily': [], 'shop_marketing_daily': [],
}
months = {}
customers = 1000
day = 0
t = start
while t + DAY <= end:
    ts = t + DAY - 60
    month = dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime('%Y-%m')
    visitors = 900 + (day * 37) % 211
    new = 3 + (day * 7) % 5
    churned = 1 + (day * 3) % 3
    customers += new - churned
    active = 400 + (day * 13) % 97
    basic = (day * 1731) % 5000 / 100 + 120      # cents exact: 120.00 .. 169.99
    pro = (day * 917) % 3000 / 100 + 300
    marketing = 40 + (day % 4) * 2.5
    families['shop_visitors_daily'].append(f'shop_visitors_daily{{project="shop"}} {visitors} {ts}')
    families['shop_active_users'].append(f'shop_active_users{{project="shop"}} {active} {ts}')
    families['shop_new_customers_daily'].append(f'shop_new_customers_daily{{project="shop"}} {new} {ts}')
    families['shop_customers'].append(f'shop_customers{{project="shop"}} {customers} {ts}')
    families['shop_churned_daily'].append(f'shop_churned_daily{{project="shop"}} {churned} {ts}')
    families['shop_revenue_daily'].append(f'shop_revenue_daily{{project="shop",plan="basic"}} {basic:.2f} {ts}')
    families['shop_revenue_daily'].append(f'shop_revenue_daily{{project="shop",plan="pro"}} {pro:.2f} {ts}')
    families['shop_marketing_daily'].append(f'shop_marketing_daily{{project="shop"}} {marketing:.2f} {ts}')
    f = months.setdefault(month, {'visitors': 0, 'new': 0, 'churned': 0, 'revenue_cents': 0, 'marketing_cents': 0})
    f['visitors'] += visitors
    f['new'] += new
    f['churned'] += churned
    f['revenue_cents'] += round(basic * 100) + round(pro * 100)
    f['marketing_cents'] += round(marketing * 100)
    f['active'] = active
    f['customers'] = customers
    t += DAY
    day += 1

with open(om_path, 'w') as out:
    for name, lines in families.items():
        out.write(f'# TYPE {name} gauge\n')
        # Series of one family one after the other, each in time order.
        lines.sort(key=lambda l: (l.split(' ')[0], float(l.split(' ')[2])))
        out.write('\n'.join(lines) + '\n')
    out.write('# EOF\n')
with open(csv_path, 'w') as out:
    out.write('period,project,visitors,active_users,new_customers,customers,churned_customers,revenue,marketing_spend\n')
    for month, f in sorted(months.items()):
        out.write(f"{month},shop,{f['visitors']},{f['active']},{f['new']},{f['customers']},{f['churned']},"
                  f"{f['revenue_cents'] // 100}.{f['revenue_cents'] % 100:02d},"
                  f"{f['marketing_cents'] // 100}.{f['marketing_cents'] % 100:02d}\n")
