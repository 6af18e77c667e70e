// A plane, cell or layer frame: a lightly tinted rectangle with its title.
#pragma once

#include "diagramitemtypes.h"
#include "diagrampainter.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QPen>

namespace archscape {

class ClusterItem : public QGraphicsItem
{
public:
    enum { Type = ClusterItemType };

    ClusterItem(const QString &id, const QRectF &rect, const PlacedText &title, const ClusterLook &look);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString title() const { return m_look.title; }
    QRectF frameRect() const { return m_rect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QRectF m_rect;
    ClusterLook m_look;
};

} // namespace archscape
