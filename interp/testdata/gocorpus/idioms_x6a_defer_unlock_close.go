// Exercises: defer to unlock and close, io.Closer implemented by a user type, defer order, errors from Close via named result
package main

import (
	"errors"
	"fmt"
	"io"
	"sync"
)

type File struct {
	name   string
	closed bool
	log    *[]string
}

func (f *File) Close() error {
	if f.closed {
		return errors.New(f.name + ": already closed")
	}
	f.closed = true
	*f.log = append(*f.log, "close "+f.name)
	return nil
}

var _ io.Closer = (*File)(nil)

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *Store) Inc(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k]++
	return s.data[k]
}

func process(log *[]string, names ...string) (err error) {
	for _, n := range names {
		f := &File{name: n, log: log}
		defer func() {
			if cerr := f.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
		*log = append(*log, "open "+n)
	}
	return nil
}

func main() {
	var log []string
	fmt.Println(process(&log, "a", "b", "c"))
	fmt.Println(log)
	s := &Store{data: map[string]int{}}
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); s.Inc("k") }()
	}
	wg.Wait()
	fmt.Println(s.Inc("k"))
	var c io.Closer = &File{name: "z", log: &log, closed: true}
	fmt.Println(c.Close())
}
