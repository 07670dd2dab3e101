// Exercises: sync.Once for lazy initialisation called from many goroutines, sync.OnceValue and sync.OnceValues, a Once whose function panics.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Config struct {
	once  sync.Once
	data  map[string]string
	loads int
}

func (c *Config) Get(k string) string {
	c.once.Do(func() {
		c.loads++
		c.data = map[string]string{"env": "prod", "region": "eu"}
	})
	return c.data[k]
}

func main() {
	var cfg Config
	var wg sync.WaitGroup
	got := make([]string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				got[i] = cfg.Get("env")
			} else {
				got[i] = cfg.Get("region")
			}
		}()
	}
	wg.Wait()
	fmt.Println(got, cfg.loads)

	calls := 0
	square := sync.OnceValue(func() int { calls++; return 12 * 12 })
	a, b := square(), square()
	fmt.Println(a, b, calls)
	parse := sync.OnceValues(func() (int, error) { calls++; return 0, errors.New("no input") })
	v, err := parse()
	_, err2 := parse()
	fmt.Println(v, err, err == err2, calls)

	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("init failed") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
