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
	last     atomic.Value
}

func (s *Stats) String() string {
	return fmt.Sprintf("req=%d err=%d bytes=%d", s.requests.Load(), s.errors.Load(), s.bytes.Load())
}

type Config struct {
	Name    string
	Version int
}

func main() {
	var st Stats
	var plain int64
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				st.requests.Add(1)
				if i%97 == 0 {
					st.errors.Add(1)
				}
				st.bytes.Add(uint64(i % 16))
				atomic.AddInt64(&plain, 2)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(st.String())
	fmt.Println("plain:", atomic.LoadInt64(&plain))

	st.last.Store(Config{"alpha", 1})
	old := st.last.Swap(Config{"beta", 2})
	fmt.Printf("%+v -> %+v\n", old, st.last.Load())
	cfg := st.last.Load().(Config)
	fmt.Printf("%#v\n", cfg)

	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())

	var ptr atomic.Pointer[Config]
	fmt.Println(ptr.Load() == nil)
	ptr.Store(&Config{"gamma", 3})
	fmt.Println(ptr.Load().Name, ptr.Load().Version)

	var u atomic.Uint32
	u.Store(5)
	u.Add(^uint32(0))
	fmt.Println(u.Load())
}
