// Exercises: mutexes - a struct guarding a map with a Mutex and pointer-receiver methods, defer Unlock, RWMutex readers, sync.Once
package main

import (
	"fmt"
	"sync"
)

type Tally struct {
	mu    sync.Mutex
	votes map[string]int
}

func (t *Tally) Vote(option string, n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.votes[option] += n
}

func (t *Tally) Leader() (string, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	best, most := "", -1
	for opt, v := range t.votes {
		if v > most || (v == most && opt < best) {
			best, most = opt, v
		}
	}
	return best, most
}

type Config struct {
	sync.RWMutex
	values map[string]string
}

func main() {
	t, wg := &Tally{votes: map[string]int{}}, sync.WaitGroup{}
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.Vote([]string{"tabs", "spaces", "tabs"}[i%3], 1)
		}()
	}
	wg.Wait()
	fmt.Println(t.votes)
	fmt.Println(t.Leader())
	cfg := &Config{values: map[string]string{"mode": "dev"}}
	reads := make([]string, 10)
	for i := range reads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg.RLock()
			reads[i] = cfg.values["mode"]
			cfg.RUnlock()
		}()
	}
	wg.Wait()
	cfg.Lock()
	cfg.values["mode"] = "prod"
	cfg.Unlock()
	fmt.Println(reads[0], reads[9], cfg.values["mode"])
	var once sync.Once
	var inits int
	once.Do(func() { inits++ })
	once.Do(func() { inits++ })
	fmt.Println("inits:", inits)
}
