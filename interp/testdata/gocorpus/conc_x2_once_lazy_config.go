// Exercises: sync.Once initializing shared configuration exactly once across goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

var (
	once     sync.Once
	cfg      *Config
	initRuns atomic.Int32
)

func getConfig() *Config {
	once.Do(func() {
		initRuns.Add(1)
		cfg = &Config{Name: "prod", Workers: 8}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 20)
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = getConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, c := range seen {
		if c != seen[0] {
			same = false
		}
	}
	fmt.Println("init runs:", initRuns.Load(), "same pointer:", same)
	fmt.Printf("%+v\n", *getConfig())
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}
}
