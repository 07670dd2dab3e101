package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// A leaky-bucket free list, as in Effective Go: buffers are reused
// through a buffered channel, and dropped when the list is full.
type FreeList struct {
	free      chan *bytes.Buffer
	allocated int
	mu        sync.Mutex
}

func NewFreeList(n int) *FreeList {
	return &FreeList{free: make(chan *bytes.Buffer, n)}
}

func (f *FreeList) Get() *bytes.Buffer {
	select {
	case b := <-f.free:
		b.Reset()
		return b
	default:
		f.mu.Lock()
		f.allocated++
		f.mu.Unlock()
		return new(bytes.Buffer)
	}
}

func (f *FreeList) Put(b *bytes.Buffer) bool {
	select {
	case f.free <- b:
		return true
	default:
		return false
	}
}

func render(fl *FreeList, name string, n int) string {
	b := fl.Get()
	defer fl.Put(b)
	fmt.Fprintf(b, "%s:", name)
	for i := 0; i < n; i++ {
		b.WriteString(" ")
		b.WriteString(strings.Repeat("*", i+1))
	}
	return b.String()
}

func main() {
	fl := NewFreeList(2)

	fmt.Println(render(fl, "a", 3))
	fmt.Println(render(fl, "b", 2))
	fmt.Println(render(fl, "c", 1))
	fmt.Println("allocated after sequential use:", fl.allocated)

	held := []*bytes.Buffer{fl.Get(), fl.Get(), fl.Get()}
	kept := 0
	for _, b := range held {
		if fl.Put(b) {
			kept++
		}
	}
	fmt.Println("allocated:", fl.allocated, "kept:", kept, "dropped:", len(held)-kept, "free:", len(fl.free))

	var wg sync.WaitGroup
	out := make([]string, 6)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = render(fl, fmt.Sprintf("g%d", i), i%3+1)
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " | "))
	fmt.Println("free list never exceeds capacity:", len(fl.free) <= cap(fl.free))
}
