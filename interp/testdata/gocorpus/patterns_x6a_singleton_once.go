// Exercises: singleton with sync.Once, sync.OnceValue, goroutines, package-level pointer
package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Loads int
}

var (
	once     sync.Once
	instance *Config
	loads    int
)

func Get() *Config {
	once.Do(func() {
		loads++
		instance = &Config{Name: "prod", Loads: loads}
	})
	return instance
}

var answer = sync.OnceValue(func() int {
	loads += 100
	return 42
})

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 8)
	for i := range ptrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = Get()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(same, *Get(), loads)
	fmt.Println(answer(), answer(), loads)
}
