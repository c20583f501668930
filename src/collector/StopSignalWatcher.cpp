#include "StopSignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#  include <csignal>
#  include <fcntl.h>
#  include <sys/socket.h>
#  include <unistd.h>
#endif
#ifdef Q_OS_WIN
#  include <QTimer>
#  include <atomic>
#  include <windows.h>
#endif

namespace tickerline {

#ifdef Q_OS_UNIX
namespace {
int g_signalSocket[2] = {-1, -1};

// Async-signal-safe: only write(2) the signal number to the socket pair.
void handleSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const auto written = ::write(g_signalSocket[0], &byte, 1);
}
} // namespace

struct StopSignalWatcher::Private
{
    std::unique_ptr<QSocketNotifier> notifier;
};

StopSignalWatcher::StopSignalWatcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    if (g_signalSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSocket) != 0)
        return;
    ::fcntl(g_signalSocket[0], F_SETFL, O_NONBLOCK);
    d->notifier = std::make_unique<QSocketNotifier>(g_signalSocket[1], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(g_signalSocket[1], &byte, 1) == 1)
            Q_EMIT stopRequested(int(byte));
    });
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

StopSignalWatcher::~StopSignalWatcher()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}
#elif defined(Q_OS_WIN)
namespace {
std::atomic<int> g_requested{0};

BOOL WINAPI handleConsoleEvent(DWORD type)
{
    g_requested.store(type == CTRL_C_EVENT ? 2 : 15);
    return TRUE;
}
} // namespace

struct StopSignalWatcher::Private
{
    QTimer poll;
};

StopSignalWatcher::StopSignalWatcher(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    SetConsoleCtrlHandler(handleConsoleEvent, TRUE);
    // The console handler runs on its own thread; poll the atomic from the event loop.
    connect(&d->poll, &QTimer::timeout, this, [this] {
        if (const int number = g_requested.exchange(0))
            Q_EMIT stopRequested(number);
    });
    d->poll.start(100);
}

StopSignalWatcher::~StopSignalWatcher()
{
    SetConsoleCtrlHandler(handleConsoleEvent, FALSE);
}
#endif

} // namespace tickerline
