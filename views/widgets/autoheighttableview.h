// A read-only table that shows all its rows at full height and never scrolls sideways:
// columns share the width by their content, long text wraps. For tables inside a scrolling page.
#pragma once

#include <QTableView>

namespace archscape {

class AutoHeightTableView : public QTableView
{
    Q_OBJECT

public:
    explicit AutoHeightTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    void fitHeight();
    int contentHeight() const;

    bool m_fitting = false;
};

} // namespace archscape
