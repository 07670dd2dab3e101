package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int64
	bytes    atomic.Uint64
	maxSize  atomic.Int64
	lastPath atomic.Value
}

func (s *Stats) Record(path string, size int, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	s.bytes.Add(uint64(size))
	for {
		cur := s.maxSize.Load()
		if int64(size) <= cur || s.maxSize.CompareAndSwap(cur, int64(size)) {
			break
		}
	}
	_ = path
}

func (s *Stats) String() string {
	return fmt.Sprintf("requests=%d errors=%d bytes=%d max=%d",
		s.requests.Load(), s.errors.Load(), s.bytes.Load(), s.maxSize.Load())
}

func main() {
	var st Stats
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				size := (w*250 + i) % 1000
				st.Record(fmt.Sprintf("/w%d/%d", w, i), size, i%50 == 0)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(&st)
	st.lastPath.Store("/final")
	fmt.Printf("%q\n", st.lastPath.Load().(string))

	var counter int32
	var flag atomic.Bool
	var once sync.Once
	var winners atomic.Int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt32(&counter, 2)
			if flag.CompareAndSwap(false, true) {
				winners.Add(1)
			}
			once.Do(func() { atomic.AddInt32(&counter, 1000) })
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", atomic.LoadInt32(&counter), "winners:", winners.Load(), "flag:", flag.Load())

	var p atomic.Pointer[Stats]
	fmt.Println("pointer nil:", p.Load() == nil)
	p.Store(&st)
	fmt.Println("via pointer:", p.Load().requests.Load())
	old := atomic.SwapInt32(&counter, 7)
	fmt.Println("swapped", old, "->", counter)
}
