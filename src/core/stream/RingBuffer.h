#pragma once

// RingBuffer: the FIFO storage behind the stream windows and queues. A
// circular buffer over a power-of-two std::vector: push_back/pop_front/
// pop_back are O(1) and allocate only when it grows past its largest size so
// far, so a window in steady state never touches the heap.

#include <QtGlobal>

#include <cstddef>
#include <utility>
#include <vector>

namespace tickerline::stream {

template <typename T>
class RingBuffer
{
public:
    RingBuffer() = default;
    explicit RingBuffer(std::size_t capacity) { reserve(capacity); }

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] std::size_t capacity() const { return m_items.size(); }

    // Oldest at 0, newest at size() - 1.
    [[nodiscard]] const T &operator[](std::size_t i) const { return m_items[(m_head + i) & m_mask]; }
    [[nodiscard]] T &operator[](std::size_t i) { return m_items[(m_head + i) & m_mask]; }
    [[nodiscard]] const T &front() const { Q_ASSERT(m_size); return m_items[m_head]; }
    [[nodiscard]] const T &back() const { Q_ASSERT(m_size); return (*this)[m_size - 1]; }

    void push_back(T value)
    {
        if (m_size == m_items.size())
            grow(m_size ? m_size * 2 : 8);
        m_items[(m_head + m_size) & m_mask] = std::move(value);
        ++m_size;
    }

    T pop_front()
    {
        Q_ASSERT(m_size);
        T value = std::move(m_items[m_head]);
        m_head = (m_head + 1) & m_mask;
        --m_size;
        return value;
    }

    void pop_back()
    {
        Q_ASSERT(m_size);
        --m_size;
    }

    void clear()
    {
        m_head = 0;
        m_size = 0;
    }

    void reserve(std::size_t capacity)
    {
        if (capacity > m_items.size())
            grow(capacity);
    }

    // Range-for over the items, oldest first.
    class const_iterator
    {
    public:
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        const_iterator() = default;
        const_iterator(const RingBuffer *ring, std::size_t i) : m_ring(ring), m_i(i) {}
        const T &operator*() const { return (*m_ring)[m_i]; }
        const T *operator->() const { return &(*m_ring)[m_i]; }
        const_iterator &operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++m_i; return old; }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }

    private:
        const RingBuffer *m_ring = nullptr;
        std::size_t m_i = 0;
    };
    [[nodiscard]] const_iterator begin() const { return {this, 0}; }
    [[nodiscard]] const_iterator end() const { return {this, m_size}; }

private:
    void grow(std::size_t atLeast)
    {
        std::size_t capacity = 8;
        while (capacity < atLeast)
            capacity *= 2;
        std::vector<T> items(capacity);
        for (std::size_t i = 0; i < m_size; ++i)
            items[i] = std::move((*this)[i]);
        m_items = std::move(items);
        m_head = 0;
        m_mask = capacity - 1;
    }

    std::vector<T> m_items;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
};

} // namespace tickerline::stream
