// Exercises: sync/atomic typed values atomic.Int64, atomic.Bool, atomic.Pointer[T].
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct{ Version int }

func main() {
	var hits atomic.Int64
	var flag atomic.Bool
	var cfg atomic.Pointer[Config]
	cfg.Store(&Config{1})
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
			if i == 50 {
				flag.Store(true)
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), flag.Load())
	old := cfg.Swap(&Config{2})
	fmt.Println(old.Version, cfg.Load().Version)
	fmt.Println(hits.CompareAndSwap(200, 0), hits.Load())
	fmt.Println(cfg.CompareAndSwap(old, &Config{3}), cfg.Load().Version)
}
