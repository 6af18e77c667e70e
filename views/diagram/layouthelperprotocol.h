// The frames the app and its layout helper process (archscape-layout) exchange over one Unix
// socket: the app sends an attempt and its LayoutRequest, the helper answers with how the forked
// attempt ended and, when it finished, the serialised AttemptResult.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <functional>

namespace archscape::LayoutHelperProtocol {

inline constexpr quint32 magic = 0x4153'4c32; // "ASL2": a protocol change changes the number

struct FrameHeader
{
    quint32 magic = LayoutHelperProtocol::magic;
    quint8 kind = 0;  // request: GraphvizLayout::Attempt; reply: GraphvizLayout::ForkStatus
    quint8 fault = 0; // request: GraphvizLayout::InjectedFault
    quint16 reserved = 0;
    qint32 code = 0; // reply: ForkOutcome::code
    quint64 size = 0; // payload bytes after the header
};

// A result for a 5,000-node diagram is a few MiB; anything near this is a broken stream.
inline constexpr quint64 maxPayload = quint64(1) << 30;

// Sends a header and payload whole. False when the other end is gone (no SIGPIPE is raised).
bool writeFrame(int socket, FrameHeader header, const QByteArray &payload);

enum class ReadStatus { Ok, Closed, Stopped, Garbled };

// Reads one frame, checking `shouldStop` about ten times a second while it waits.
ReadStatus readFrame(int socket, FrameHeader &header, QByteArray &payload, const std::function<bool()> &shouldStop);

} // namespace archscape::LayoutHelperProtocol
