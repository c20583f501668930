#pragma once

#include "FeedStatus.h"
#include "Instrument.h"
#include "Tick.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// The /v1/stream protocol (docs/server-protocol.md): JSON text frames, one
// object each, told apart by "type". Pure functions of bytes, for the server,
// the push client, tests and the fuzzer; nothing here knows sockets.
namespace tickerline::protocol {

inline constexpr int kVersion = 1;
inline constexpr auto kStreamPath = "/v1/stream";
// Provider names a publisher may give its ticks; also what is stored.
inline constexpr auto kDefaultPublishProvider = "push";
inline constexpr qsizetype kMaxTicksPerPublish = 10'000;
inline constexpr qsizetype kMaxSymbolsPerMessage = 1'000;

// ---- client → server -------------------------------------------------------

struct Subscribe
{
    QString id;                          // the client's, echoed in the answer
    QStringList symbols;                 // normalised (Symbol::check)
    std::optional<qint64> resumeAfter;   // replay stored ticks with a larger sequence first
    std::optional<qint64> resumeSinceMs; // or those received at or after this time
};

struct Unsubscribe
{
    QString id;
    QStringList symbols;
};

struct Publish
{
    QString id;
    TickBatch ticks;                     // provider set, receivedMs 0 (the server sets it)
};

struct Ping
{
    qint64 timeMs = 0;                   // echoed in the pong
};

// Not a message the protocol knows: why, for the close reason or a refusal.
struct Malformed
{
    QString reason;
    QString id;                          // when the message had a usable id: refuse it, keep the link
};

using ClientMessage = std::variant<Subscribe, Unsubscribe, Publish, Ping, Malformed>;

[[nodiscard]] ClientMessage decodeClientMessage(QByteArrayView text);

[[nodiscard]] QByteArray encodeSubscribe(const Subscribe &message);
[[nodiscard]] QByteArray encodeUnsubscribe(const Unsubscribe &message);
[[nodiscard]] QByteArray encodePublish(const Publish &message);
[[nodiscard]] QByteArray encodePing(qint64 timeMs);

// ---- server → client -------------------------------------------------------

struct Welcome
{
    int version = kVersion;
    bool canRead = true;
    bool canPublish = false;
    int heartbeatMs = 0;
    qint64 maxMessageBytes = 0;
    QStringList symbols;                 // what may be subscribed to now
};

// A tick as served: the stored tick and its stream sequence.
struct ServedTick
{
    qint64 sequence = 0;
    const Tick *tick = nullptr;
};

struct Ack
{
    QString id;
    qsizetype count = 0;
};

struct Refused
{
    QString id;
    QString reason;
    QStringList symbols;                 // the ones refused, when the reason is about symbols
};

struct ServerEvent
{
    QString type;                        // "welcome", "ack", "refused", "ticks", "heartbeat", …
    QString id;
    QString reason;
    qsizetype count = 0;
    qint64 upTo = 0;                     // ticks, heartbeat, replayed: every sequence up to here was sent
    TickBatch ticks;
    QList<qint64> sequences;
    int heartbeatMs = 0;
};

[[nodiscard]] QByteArray encodeWelcome(const Welcome &welcome);
[[nodiscard]] QByteArray encodeSubscribed(const QString &id, const QStringList &symbols);
[[nodiscard]] QByteArray encodeUnsubscribed(const QString &id, const QStringList &symbols);
[[nodiscard]] QByteArray encodeRefused(const Refused &refused);
[[nodiscard]] QByteArray encodeAck(const Ack &ack);
[[nodiscard]] QByteArray encodePong(qint64 timeMs, qint64 nowMs);
[[nodiscard]] QByteArray encodeHeartbeat(qint64 upTo, qint64 nowMs);
// "replay": ticks read back from the database while resuming; "upTo" the
// sequence up to which this message accounts for everything (a client
// resumes after it).
[[nodiscard]] QByteArray encodeTicks(const QList<QByteArray> &encodedTicks, qint64 upTo, bool replay);
// One tick object, for encodeTicks; the fan-out encodes each tick once.
[[nodiscard]] QByteArray encodeTick(const ServedTick &tick);
[[nodiscard]] QByteArray encodeReplayed(const QString &id, qint64 upTo, qsizetype count);
[[nodiscard]] QByteArray encodeInstruments(const InstrumentList &instruments);
[[nodiscard]] QByteArray encodeStatus(const FeedStatus &status);

// What a client (push, tests, the app's provider) needs from a server frame;
// type "" when it is not JSON or not an object.
[[nodiscard]] ServerEvent decodeServerEvent(QByteArrayView text);

// Close codes (RFC 6455 private range 4000–4999 for the protocol's own).
enum CloseCode : quint16 {
    CloseUnauthorized = 4001,
    CloseTooManyClients = 4002,
    CloseSlowConsumer = 4003,
    CloseRateLimited = 4004,
    CloseHeartbeatTimeout = 4005,
    CloseUnknownPath = 4006,
};

} // namespace tickerline::protocol
