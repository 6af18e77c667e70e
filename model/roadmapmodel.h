// The roadmap's tasks as a table (section, task, start or dependencies, duration), in document order.
#pragma once

#include "roadmap.h"

#include <QAbstractTableModel>

namespace archscape {

class RoadmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Section, Task, Id, Start, Duration, ColumnCount };
    Q_ENUM(Column)

    explicit RoadmapModel(QObject *parent = nullptr);

    void setRoadmap(const Roadmap &roadmap);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3M", "0d" as Mermaid writes durations.
    static QString durationText(const TaskDuration &duration);

private:
    struct Row
    {
        QString section;
        RoadmapTask task;
    };
    QList<Row> m_rows;
};

} // namespace archscape
