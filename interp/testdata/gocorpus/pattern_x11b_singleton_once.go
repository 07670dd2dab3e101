// Exercises: singleton with sync.Once, concurrent first use from goroutines, WaitGroup, package-level pointer
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	inits int
}

var (
	instance *Config
	once     sync.Once
	initRuns int
)

func Get() *Config {
	once.Do(func() {
		initRuns++
		instance = &Config{Name: "prod", inits: initRuns}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	results := make([]*Config, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = Get()
		}(i)
	}
	wg.Wait()
	same := true
	for _, r := range results {
		if r != results[0] {
			same = false
		}
	}
	fmt.Println(same, initRuns, Get().Name, Get().inits)
	var o2 sync.Once
	for i := 0; i < 3; i++ {
		o2.Do(func() { fmt.Println("once with i =", i) })
	}
}
