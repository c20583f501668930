#pragma once

// One streaming-frame parser under fuzz: the frame as bytes, then again as
// text through the same parser instance. The second run checks both that
// the QStringView overload agrees and that a reused parser keeps no state
// from the frame before.

#include "ParseChecks.h"

#include <QByteArrayView>
#include <QString>

namespace tickerline::fuzz {

template<typename Parser>
void fuzzFrame(Parser &parser, QByteArrayView frame)
{
    const ParseResult bytes = parser.parseFrame(frame, NowMs);
    checkResult(bytes);
    if (frame.isValidUtf8()) {
        const QString text = QString::fromUtf8(frame);
        checkSameAs(bytes, parser.parseFrame(QStringView(text), NowMs));
    } else {
        checkSameAs(bytes, parser.parseFrame(frame, NowMs));
    }
}

} // namespace tickerline::fuzz
