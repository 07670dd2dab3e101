package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Registry struct {
	once    sync.Once
	drivers map[string]string
	inits   int
}

func (r *Registry) init() {
	r.inits++
	r.drivers = map[string]string{"ext4": "journaled", "fat32": "legacy", "zfs": "cow"}
}

func (r *Registry) Lookup(name string) (string, bool) {
	r.once.Do(r.init)
	d, ok := r.drivers[name]
	return d, ok
}

var loadConfig = sync.OnceValue(func() map[string]int {
	fmt.Println("loading config (once)")
	return map[string]int{"workers": 4, "queue": 16}
})

var parsePort = sync.OnceValues(func() (int, error) {
	return 0, fmt.Errorf("port not configured")
})

func main() {
	reg := &Registry{}
	var wg sync.WaitGroup
	results := make([]string, 6)
	names := []string{"ext4", "zfs", "ntfs", "fat32", "ext4", "btrfs"}
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if d, ok := reg.Lookup(n); ok {
				results[i] = n + "=" + d
			} else {
				results[i] = n + "=?"
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(results, " "), "inits:", reg.inits)
	for i := 0; i < 3; i++ {
		cfg := loadConfig()
		keys := make([]string, 0, len(cfg))
		for k := range cfg {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(i, keys, cfg["workers"])
	}
	p, err := parsePort()
	p2, err2 := parsePort()
	fmt.Println(p, err, p2, err == err2)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("first call with i =", i) })
	}
}
