#include <QTest>
class Stub : public QObject { Q_OBJECT private Q_SLOTS: void stub() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(Stub)
#include "tst_modelfidelity.moc"
