#pragma once

// Shared by the libFuzzer targets. A broken invariant aborts, which libFuzzer
// reports as a crash, saving the input that caused it.

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace tickerline::fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant violated: %s (%s:%d)\n", what, file, line);
    std::abort();
}

#define FUZZ_CHECK(condition) \
    ((condition) ? void() : ::tickerline::fuzz::fail(#condition, __FILE__, __LINE__))

// Parsers log nothing on bad input by design; should one start to, its output
// would drown libFuzzer's. Fatal messages still abort (Qt does that after the
// handler), so Q_ASSERT in Qt's inline code and in ours stays a crash.
inline void silenceQtMessages()
{
    if (qEnvironmentVariableIsSet("TICKERLINE_FUZZ_VERBOSE"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
}

// Some Qt classes (the SQL driver loader) want an application object.
inline void ensureApplication(int *argc, char ***argv)
{
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);   // lives as long as the process
}

} // namespace tickerline::fuzz
