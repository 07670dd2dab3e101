package interp

import "sync"

// panics is the panic a function's deferred calls see, for a function
// whose lowering keeps it here (lower/panicstate.go) because yaegi
// stopped running deferred calls at the first that panicked. A
// goroutine started by a deferred call may recover, hence the lock.
type panics struct {
	mu    sync.Mutex
	value any // the panic in flight, nil when none
}

// Take records v, a panic raised by the function or by one of its
// deferred calls, as the one in flight: a later panic replaces an
// earlier one, as in Go.
func (p *panics) Take(v any) {
	if v == nil {
		return
	}
	p.mu.Lock()
	p.value = v
	p.mu.Unlock()
}

// Recover stops the panic in flight and returns its value, nil if there
// is none.
func (p *panics) Recover() any {
	p.mu.Lock()
	defer p.mu.Unlock()
	v := p.value
	p.value = nil
	return v
}

// Finish, deferred first and so run last, panics again with a value no
// deferred call recovered.
func (p *panics) Finish() {
	if v := p.Recover(); v != nil {
		panic(v)
	}
}
