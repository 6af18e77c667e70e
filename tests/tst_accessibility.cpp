// Keyboard accessibility of the main pages in the real main window: the Tab key reaches every
// control, in reading order, each control has a name for assistive technology, and each control
// of the page visibly shows that it holds the focus.
#include "catalog.h"
#include "document.h"
#include "mainwindow.h"
#include "widgets/navigatorwidget.h"

#include <QAccessible>
#include <QApplication>
#include <QGraphicsView>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>

using namespace archscape;

namespace {

// Every widget the Tab key should stop at: shown, enabled and accepting Tab focus. A widget that
// forwards its focus to a proxy (a spin box to its line edit) is stood for by the proxy.
bool wantsTabFocus(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
        && !widget->focusProxy() && !widget->isWindow();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->accessibleName());
}

// What a screen reader announces for the widget: its accessible name, which for standard controls
// already falls back to the button text or the label whose buddy it is.
QString spokenName(QWidget *widget)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget)) {
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() == widget && label->isVisible() && !label->text().trimmed().isEmpty())
            return label->text();
    }
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tabOrder_data();
    void tabOrder();

private:
    Document m_document;
};

void TestAccessibility::initTestCase()
{
    QVERIFY2(m_document.openEmbedded(), "the embedded model must load");
}

void TestAccessibility::tabOrder_data()
{
    QTest::addColumn<QString>("page");
    const Catalog &catalog = m_document.catalog();
    QVERIFY(!catalog.patterns.isEmpty());
    QVERIFY(!catalog.diagrams.isEmpty());
    const QStringList pages = {
        QStringLiteral("catalog"), QStringLiteral("whatif"), QStringLiteral("flowchart"),
        QStringLiteral("antipatterns"), QStringLiteral("roadmap"),
        QStringLiteral("diagram:") + catalog.diagrams.first().id,
        QStringLiteral("pattern:") + catalog.patterns.first().id,
    };
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page;
}

void TestAccessibility::tabOrder()
{
    QFETCH(QString, page);
    const std::optional<PageRef> ref = PageRef::fromString(page);
    QVERIFY2(ref, qPrintable(page));

    MainWindow window(&m_document);
    window.resize(1400, 900);
    window.show();
    window.showPage(*ref);
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.currentPage(), *ref);
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    QWidget *pageWidget = stack->currentWidget();
    QVERIFY(pageWidget);

    // The controls Tab should reach, and where each sits on the page before anything scrolls.
    QList<QWidget *> expected;
    QHash<QWidget *, QRect> placeOnPage;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!wantsTabFocus(widget))
            continue;
        expected.append(widget);
        if (pageWidget->isAncestorOf(widget))
            placeOnPage.insert(widget, QRect(widget->mapTo(pageWidget, QPoint(0, 0)), widget->size()));
    }
    QVERIFY2(!placeOnPage.isEmpty(), "the page has no control the keyboard can reach");

    // Start on the page's first control in the window's chain and walk until the focus comes back.
    QWidget *first = nullptr;
    for (QWidget *w = window.nextInFocusChain(); w != &window; w = w->nextInFocusChain()) {
        if (placeOnPage.contains(w)) {
            first = w;
            break;
        }
    }
    QVERIFY2(first, "no control of the page is in the window's focus chain");
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QList<QWidget *> reached{first};
    const int limit = 4 * int(expected.size()) + 20;
    for (int step = 0; step < limit; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        QVERIFY2(after, qPrintable(QStringLiteral("Tab from %1 left nothing focused").arg(describe(before))));
        QVERIFY2(after != before, qPrintable(QStringLiteral("Tab is trapped in %1").arg(describe(before))));
        if (after == first)
            break;
        QVERIFY2(!reached.contains(after),
                 qPrintable(QStringLiteral("the chain cycles without returning to the start, at %1").arg(describe(after))));
        reached.append(after);
    }
    QCOMPARE(QApplication::focusWidget(), first);

    // 1. Every control is reachable.
    QStringList missed;
    for (QWidget *widget : std::as_const(expected)) {
        if (!reached.contains(widget))
            missed.append(describe(widget));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reached by Tab: ") + missed.join(QStringLiteral("; "))));

    // 2. Reading order on the page: the next control is never wholly above the previous one
    // (its bottom at or above the previous one's top) unless it starts a column to the right of it.
    // Two controls on one row overlap vertically, so moving along a row is always allowed.
    QWidget *previous = nullptr;
    for (QWidget *widget : std::as_const(reached)) {
        if (!placeOnPage.contains(widget))
            continue;
        if (previous) {
            const QRect a = placeOnPage.value(previous);
            const QRect b = placeOnPage.value(widget);
            const bool whollyAbove = b.bottom() < a.top();
            const bool newColumnToTheRight = b.left() > a.right();
            QVERIFY2(!whollyAbove || newColumnToTheRight,
                     qPrintable(QStringLiteral("Tab jumps up from %1 at (%2,%3) to %4 at (%5,%6)")
                                    .arg(describe(previous)).arg(a.left()).arg(a.top())
                                    .arg(describe(widget)).arg(b.left()).arg(b.top())));
        }
        previous = widget;
    }

    // 3. Every control has a name a screen reader can announce.
    QStringList unnamed;
    for (QWidget *widget : std::as_const(reached)) {
        if (spokenName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral("; "))));

    // 4. Every control of the page looks different while it holds the focus: standard controls
    // through the style's State_HasFocus, the custom views (diagram, Gantt, charts) and the
    // scroll areas that take the focus to scroll through their outline.
    int views = 0;
    for (QWidget *view : std::as_const(reached)) {
        if (!pageWidget->isAncestorOf(view))
            continue;
        if (qobject_cast<QGraphicsView *>(view))
            ++views;
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        const QImage focused = view->grab().toImage();
        window.navigator()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!view->hasFocus());
        const QImage unfocused = view->grab().toImage();
        QVERIFY2(focused != unfocused, qPrintable(QStringLiteral("no visible focus on ") + describe(view)));
    }
    if (page == QStringLiteral("roadmap") || page == QStringLiteral("antipatterns") || page == QStringLiteral("flowchart")
        || page.startsWith(QStringLiteral("diagram:")))
        QVERIFY2(views > 0, "the page's graphics view is not reached by Tab");
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
