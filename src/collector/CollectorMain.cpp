#include "CollectorMain.h"

#include "CollectorOptions.h"
#include "CsvExport.h"
#include "CsvImport.h"
#include "ProviderRegistry.h"
#include "PushCommand.h"
#include "RecordCommand.h"
#include "ServeCommand.h"
#include "StoreLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace tickerline {

namespace {

// A password written into --database works for this run, but the command
// line is readable by every user of the machine (ps, /proc, shell history):
// say where it belongs. The URL goes on without it, the password beside it,
// so no message can quote it.
QString takePassword(QString &database)
{
    SplitLocation split = splitPassword(database);
    if (split.password.isEmpty())
        return {};
    database = split.location;
    QTextStream(stderr) << "tickerline-collector: warning: --database holds a password, which other users can read "
                           "on the command line; set PGPASSWORD instead" << Qt::endl;
    return split.password;
}

int runProviders()
{
    QTextStream out(stdout);
    out << "name\ttransport\tkey\tdescription\n";
    for (const ProviderInfo &info : ProviderRegistry::providers()) {
        const QString key = info.keyVariable.isEmpty() ? QStringLiteral("none") : info.keyVariable;
        out << info.name << '\t' << info.transport << '\t' << key << '\t' << info.description << '\n';
    }
    return 0;
}

int runExport(ExportOptions options)
{
    const QString password = takePassword(options.database);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        QTextStream(stderr) << "tickerline-collector: cannot write to standard output" << Qt::endl;
        return 1;
    }
    ExportRequest request;
    request.location = options.database;
    request.password = password;
    request.symbols = options.symbols;
    request.fromMs = options.fromMs;
    request.toMs = options.toMs;
    const ExportResult result = exportTicksCsv(request, out);
    out.flush();
    if (!result.ok) {
        QTextStream(stderr) << "tickerline-collector: " << result.error << Qt::endl;
        return 1;
    }
    QTextStream(stderr) << "tickerline-collector: exported " << result.rows << " ticks" << Qt::endl;
    return 0;
}

int runImport(ImportOptions options)
{
    const QString password = takePassword(options.database);
    QTextStream err(stderr);
    QFile in(options.file);
    if (!in.open(QIODevice::ReadOnly)) {
        err << "tickerline-collector: cannot read " << options.file << ": " << in.errorString() << Qt::endl;
        return 1;
    }
    ImportRequest request;
    request.location = options.database;
    request.password = password;
    request.mode = options.skipBadRows ? ImportMode::GoodRowsOnly : ImportMode::AllOrNothing;
    const ImportResult result = importTicksCsv(request, in);
    // FILE:LINE: reason, the form editors and CI logs link to the line.
    for (const CsvRowProblem &problem : result.problems)
        err << options.file << ':' << problem.line << ": " << problem.reason << '\n';
    if (result.badRows > quint64(result.problems.size()))
        err << options.file << ": " << result.badRows - quint64(result.problems.size()) << " more bad rows not listed\n";
    if (!result.ok) {
        err << "tickerline-collector: " << result.error << Qt::endl;
        return 1;
    }
    err << "tickerline-collector: imported " << result.insertedTicks << " ticks (" << result.duplicateTicks
        << " already stored, " << result.badRows << " bad rows skipped)" << Qt::endl;
    return result.badRows > 0 && result.insertedTicks + result.duplicateTicks == 0 ? 1 : 0;
}

} // namespace

int runCollector(QCoreApplication &app)
{
    const CollectorCommand command = parseCollectorArguments(app.arguments().mid(1));
    if (const auto *error = std::get_if<UsageError>(&command)) {
        QTextStream(stderr) << "tickerline-collector: " << error->message << Qt::endl;
        return 2;
    }
    if (const auto *help = std::get_if<HelpOptions>(&command)) {
        QTextStream(stdout) << help->text;
        return 0;
    }
    if (std::holds_alternative<ProvidersOptions>(command))
        return runProviders();
    if (const auto *exportOptions = std::get_if<ExportOptions>(&command))
        return runExport(*exportOptions);
    if (const auto *importOptions = std::get_if<ImportOptions>(&command))
        return runImport(*importOptions);

    if (const auto *serveOptions = std::get_if<ServeOptions>(&command)) {
        ServeOptions options = *serveOptions;
        options.record.databasePassword = takePassword(options.record.database);
        ServeCommand serve(std::move(options));
        QObject::connect(&serve, &ServeCommand::finished, &app, [](int code) { QCoreApplication::exit(code); },
                         Qt::QueuedConnection);
        serve.start();
        return app.exec();
    }
    if (const auto *pushOptions = std::get_if<PushOptions>(&command)) {
        PushCommand push(*pushOptions);
        QObject::connect(&push, &PushCommand::finished, &app, [](int code) { QCoreApplication::exit(code); },
                         Qt::QueuedConnection);
        push.start();
        return app.exec();
    }

    RecordOptions recordOptions = std::get<RecordOptions>(command);
    recordOptions.databasePassword = takePassword(recordOptions.database);
    RecordCommand record(std::move(recordOptions));
    QObject::connect(&record, &RecordCommand::finished, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    record.start();
    return app.exec();
}

} // namespace tickerline
