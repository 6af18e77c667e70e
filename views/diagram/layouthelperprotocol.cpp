#include "layouthelperprotocol.h"

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace archscape::LayoutHelperProtocol {

namespace {

bool sendAll(int socket, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(socket, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

// Fills `size` bytes; waits in slices of 100 ms so a stop request is seen while the other side works.
ReadStatus receiveAll(int socket, char *data, size_t size, const std::function<bool()> &shouldStop)
{
    while (size > 0) {
        pollfd poller{socket, POLLIN, 0};
        const int ready = ::poll(&poller, 1, 100);
        if (shouldStop && shouldStop())
            return ReadStatus::Stopped;
        if (ready <= 0)
            continue; // a time slice passed, or EINTR
        const ssize_t n = ::recv(socket, data, size, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return ReadStatus::Closed;
        data += n;
        size -= size_t(n);
    }
    return ReadStatus::Ok;
}

} // namespace

bool writeFrame(int socket, FrameHeader header, const QByteArray &payload)
{
    header.magic = magic;
    header.size = quint64(payload.size());
    return sendAll(socket, reinterpret_cast<const char *>(&header), sizeof header)
           && sendAll(socket, payload.constData(), size_t(payload.size()));
}

ReadStatus readFrame(int socket, FrameHeader &header, QByteArray &payload, const std::function<bool()> &shouldStop)
{
    ReadStatus status = receiveAll(socket, reinterpret_cast<char *>(&header), sizeof header, shouldStop);
    if (status != ReadStatus::Ok)
        return status;
    if (header.magic != magic || header.size > maxPayload)
        return ReadStatus::Garbled;
    payload.resize(qsizetype(header.size));
    return receiveAll(socket, payload.data(), size_t(header.size), shouldStop);
}

} // namespace archscape::LayoutHelperProtocol
