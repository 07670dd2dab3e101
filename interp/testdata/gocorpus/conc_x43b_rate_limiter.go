package main

import (
	"fmt"
	"strings"
)

// TokenBucket is driven by explicit ticks rather than wall time so the
// simulation is deterministic.
type TokenBucket struct {
	tokens   chan struct{}
	refill   int
	capacity int
}

func NewTokenBucket(capacity, refill int) *TokenBucket {
	tb := &TokenBucket{tokens: make(chan struct{}, capacity), refill: refill, capacity: capacity}
	for i := 0; i < capacity; i++ {
		tb.tokens <- struct{}{}
	}
	return tb
}

func (tb *TokenBucket) Tick() {
	for i := 0; i < tb.refill; i++ {
		select {
		case tb.tokens <- struct{}{}:
		default:
			return
		}
	}
}

func (tb *TokenBucket) Allow() bool {
	select {
	case <-tb.tokens:
		return true
	default:
		return false
	}
}

func main() {
	tb := NewTokenBucket(4, 2)
	arrivals := []int{3, 0, 5, 1, 6, 0, 0, 2}
	accepted, rejected := 0, 0
	for t, n := range arrivals {
		var row strings.Builder
		for i := 0; i < n; i++ {
			if tb.Allow() {
				row.WriteByte('+')
				accepted++
			} else {
				row.WriteByte('x')
				rejected++
			}
		}
		fmt.Printf("t=%d %-6s tokens left=%d\n", t, row.String(), len(tb.tokens))
		tb.Tick()
	}
	fmt.Printf("accepted=%d rejected=%d ratio=%.3f\n", accepted, rejected, float64(accepted)/float64(accepted+rejected))
}
