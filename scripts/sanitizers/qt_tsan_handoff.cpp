// Preloaded into the TSan test runs by scripts/sanitize: tells
// ThreadSanitizer about the happens-before that Qt provides but TSan cannot
// see. Debian's QtCore is not built with TSan; it hands queued calls, posted
// events and thread starts between threads under futex-based QMutexes, so
// without this every object passed through a queued connection looks raced.
// (TSAN_OPTIONS=ignore_noninstrumented_modules=1 then drops what Qt's own,
// uninstrumented code does with the memory it allocates and frees.)
//
// Calls from Tickerline code into Qt that queue work (emitting a signal,
// invokeMethod, postEvent, starting a thread) release a sync point; every
// event delivered to a Tickerline object acquires it before the handler and
// releases it after. These calls go through the PLT and through the vtables
// of Tickerline classes, so interposing the exported symbols reaches them.
//
// Coarse on purpose: one sync point for all threads. It can order two
// accesses that Qt would not (hiding some real races), never the reverse, so
// every race TSan still reports is real. Built without -fsanitize=thread;
// the __tsan_* entry points resolve to the runtime of the process it is
// preloaded into, and are absent (null) in uninstrumented child processes.

#include <QDeadlineTimer>

#include <dlfcn.h>
#include <pthread.h>

#include <cstdio>
#include <cstdlib>

extern "C" void __tsan_acquire(void *addr) __attribute__((weak));
extern "C" void __tsan_release(void *addr) __attribute__((weak));

namespace {

char handoff;

void acquire()
{
    if (__tsan_acquire)
        __tsan_acquire(&handoff);
}

void release()
{
    if (__tsan_release)
        __tsan_release(&handoff);
}

template<typename F>
F next(const char *name, const char *version)
{
    void *symbol = version ? dlvsym(RTLD_NEXT, name, version) : dlsym(RTLD_NEXT, name);
    if (!symbol) {
        std::fprintf(stderr, "qt_tsan_handoff: %s not found\n", name);
        std::abort();
    }
    return reinterpret_cast<F>(symbol);
}

struct ThreadStart
{
    void *(*routine)(void *);
    void *arg;
};

void *startThread(void *p)
{
    const ThreadStart start = *static_cast<ThreadStart *>(p);
    delete static_cast<ThreadStart *>(p);
    acquire();
    void *result = start.routine(start.arg);
    release();
    return result;
}

} // namespace

// bool QObject::event(QEvent *): where queued calls and posted events are delivered.
extern "C" bool objectEvent(void *self, void *event) __asm__("_ZN7QObject5eventEP6QEvent");
extern "C" bool objectEvent(void *self, void *event)
{
    static const auto real = next<bool (*)(void *, void *)>("_ZN7QObject5eventEP6QEvent", "Qt_6");
    acquire();
    const bool handled = real(self, event);
    release();
    return handled;
}

// static void QMetaObject::activate(QObject *, const QMetaObject *, int, void **): emitting a signal.
extern "C" void metaActivate(void *sender, const void *meta, int index, void **argv)
    __asm__("_ZN11QMetaObject8activateEP7QObjectPKS_iPPv");
extern "C" void metaActivate(void *sender, const void *meta, int index, void **argv)
{
    static const auto real = next<void (*)(void *, const void *, int, void **)>(
        "_ZN11QMetaObject8activateEP7QObjectPKS_iPPv", "Qt_6");
    release();
    real(sender, meta, index, argv);
    acquire();   // a BlockingQueuedConnection returns with the slot's writes
}

// static bool QMetaObject::invokeMethodImpl(QObject *, QtPrivate::QSlotObjectBase *, Qt::ConnectionType, void *)
extern "C" bool invokeMethod(void *object, void *slot, int type, void *ret)
    __asm__("_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv");
extern "C" bool invokeMethod(void *object, void *slot, int type, void *ret)
{
    static const auto real = next<bool (*)(void *, void *, int, void *)>(
        "_ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv",
        "Qt_6");
    release();
    const bool invoked = real(object, slot, type, ret);
    acquire();
    return invoked;
}

// static void QCoreApplication::postEvent(QObject *, QEvent *, int)
extern "C" void postEvent(void *receiver, void *event, int priority)
    __asm__("_ZN16QCoreApplication9postEventEP7QObjectP6QEventi");
extern "C" void postEvent(void *receiver, void *event, int priority)
{
    static const auto real = next<void (*)(void *, void *, int)>("_ZN16QCoreApplication9postEventEP7QObjectP6QEventi",
                                                                 "Qt_6");
    release();
    real(receiver, event, priority);
}

// bool QThread::wait(QDeadlineTimer): the joined thread's handlers are done.
extern "C" bool threadWait(void *self, QDeadlineTimer deadline) __asm__("_ZN7QThread4waitE14QDeadlineTimer");
extern "C" bool threadWait(void *self, QDeadlineTimer deadline)
{
    static const auto real = next<bool (*)(void *, QDeadlineTimer)>("_ZN7QThread4waitE14QDeadlineTimer", "Qt_6");
    const bool finished = real(self, deadline);
    acquire();
    return finished;
}

// QThread::start calls this from inside QtCore, whose calls TSan ignores
// (ignore_noninstrumented_modules), losing the creator-to-thread ordering.
extern "C" int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*routine)(void *), void *arg)
{
    static const auto real = next<int (*)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *)>(
        "pthread_create", nullptr);
    auto *start = new ThreadStart{routine, arg};
    release();
    const int error = real(thread, attr, startThread, start);
    if (error != 0)
        delete start;
    return error;
}
