// A paint device that hands everything drawn on it to a painter on another device (an SVG
// generator), passing the painter's state along only when something is drawn with it.
//
// Why: QSvgGenerator's engine writes a group, with every attribute, at each state change, and
// QPainter::restore() changes the state at once. A QGraphicsScene saves and restores around every
// item, so a chart drawn straight into an SVG gets an empty group per item: 427 of the quadrant's
// 522 groups, 120 KB of its 135 KB, and a millisecond of writing. Drawn through this device, the
// file holds a group per state that something is drawn with, and shows the same picture
// (tst_export compares the two rasterised).
#pragma once

#include <QPaintDevice>

#include <memory>

class QPainter;

namespace archscape {

class StateCoalescingEngine;

class StateCoalescingDevice : public QPaintDevice
{
public:
    // `target` is active on its device until this device's painter has ended; this device has
    // that device's size and resolution.
    explicit StateCoalescingDevice(QPainter *target);
    ~StateCoalescingDevice() override;
    StateCoalescingDevice(const StateCoalescingDevice &) = delete;
    StateCoalescingDevice &operator=(const StateCoalescingDevice &) = delete;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<StateCoalescingEngine> m_engine;
};

} // namespace archscape
