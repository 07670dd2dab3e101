package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// TicketLock is a fair spin lock as taught in OS courses.
type TicketLock struct {
	next    atomic.Uint64
	serving atomic.Uint64
}

func (t *TicketLock) Lock() {
	my := t.next.Add(1) - 1
	for t.serving.Load() != my {
		runtime.Gosched()
	}
}

func (t *TicketLock) Unlock() { t.serving.Add(1) }

var _ sync.Locker = (*TicketLock)(nil)

type Counter struct {
	l sync.Locker
	n int
}

func (c *Counter) Inc() {
	c.l.Lock()
	defer c.l.Unlock()
	c.n++
}

func hammer(c *Counter, goroutines, each int) int {
	var wg sync.WaitGroup
	for i := 0; i < goroutines; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < each; j++ {
				c.Inc()
			}
		}()
	}
	wg.Wait()
	return c.n
}

func main() {
	locks := []struct {
		name string
		l    sync.Locker
	}{
		{"mutex", &sync.Mutex{}},
		{"ticket", &TicketLock{}},
		{"rwmutex-writer", &sync.RWMutex{}},
		{"rlocker", new(sync.RWMutex).RLocker()},
	}
	for _, lk := range locks[:3] {
		c := &Counter{l: lk.l}
		fmt.Printf("%-15s %d  (%T)\n", lk.name, hammer(c, 4, 250), lk.l)
	}
	t := &TicketLock{}
	t.Lock()
	t.Unlock()
	t.Lock()
	fmt.Println("next:", t.next.Load(), "serving:", t.serving.Load())
	t.Unlock()
	fmt.Printf("%T\n", locks[3].l)
}
