#pragma once

#include <QVector>
#include <QtGlobal>

namespace Cost {

// A two-level table of exact amounts in micro-units: leaf rows (services) in groups
// (projects) by columns (resources).
struct RoundingInput
{
    int columns = 0;
    int groups = 0;
    QVector<int> groupOfRow; // one entry per leaf row
    QVector<qint64> micros;  // leaf cells, row-major (rows x columns)
};

// The same table in minor units (cents), with every total shown.
struct RoundedTable
{
    int columns = 0;
    QVector<qint64> cells;        // rows x columns
    QVector<qint64> rowTotals;    // per leaf row
    QVector<qint64> groupCells;   // groups x columns
    QVector<qint64> groupTotals;  // per group
    QVector<qint64> columnTotals; // per column
    qint64 total = 0;

    qint64 cell(int row, int column) const { return cells.at(row * columns + column); }
    qint64 groupCell(int group, int column) const { return groupCells.at(group * columns + column); }
};

// Rounds such a table for display so that it adds up exactly as shown: every row
// total is the sum of its cells, every group row the sum of its rows, every column
// total the sum of its cells, and the grand total both ways. Rounding each figure on
// its own cannot promise that (three rows of $0.333 show $0.33 each and a total of
// $1.00). Each shown figure is its exact value rounded down or up to the minor unit
// (never further), the grand total is rounded to the nearest, and among all such
// tables the one closest to the exact figures is chosen.
//
// Why it always exists: the table's sums form a network flow (columns -> group cells
// -> leaf cells -> rows -> groups), and a flow network with integer bounds around
// a feasible real flow has an integral flow (the integrality theorem). Found with a
// least-cost flow that starts from the nearest rounding of every figure and repairs
// the nodes where those do not add up.
class ControlledRounding final
{
public:
    static RoundedTable round(const RoundingInput &input, int minorDigits = 2);
};

} // namespace Cost
