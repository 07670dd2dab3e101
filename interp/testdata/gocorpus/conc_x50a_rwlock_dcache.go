package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Dentry cache: maps path -> inode, read-mostly.
type DCache struct {
	mu      sync.RWMutex
	entries map[string]uint64
	hits    atomic.Uint64
	misses  atomic.Uint64
	loads   atomic.Int32
}

func (d *DCache) Lookup(path string, load func(string) uint64) uint64 {
	d.mu.RLock()
	ino, ok := d.entries[path]
	d.mu.RUnlock()
	if ok {
		d.hits.Add(1)
		return ino
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if ino, ok := d.entries[path]; ok {
		d.hits.Add(1)
		return ino
	}
	d.misses.Add(1)
	d.loads.Add(1)
	ino = load(path)
	d.entries[path] = ino
	return ino
}

func (d *DCache) Invalidate(prefix string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for k := range d.entries {
		if strings.HasPrefix(k, prefix) {
			delete(d.entries, k)
			n++
		}
	}
	return n
}

func fakeLoad(path string) uint64 {
	var h uint64 = 1469598103934665603
	for i := 0; i < len(path); i++ {
		h = (h ^ uint64(path[i])) * 1099511628211
	}
	return h % 100000
}

func main() {
	dc := &DCache{entries: map[string]uint64{}}
	paths := []string{"/etc/passwd", "/etc/hosts", "/usr/bin/go", "/usr/lib/libc.so", "/home/u/.bashrc"}
	var wg sync.WaitGroup
	results := make([]map[string]uint64, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[string]uint64{}
			for i := 0; i < 50; i++ {
				p := paths[(g+i)%len(paths)]
				local[p] = dc.Lookup(p, fakeLoad)
			}
			results[g] = local
		}()
	}
	wg.Wait()
	agree := true
	for _, r := range results[1:] {
		for k, v := range r {
			agree = agree && results[0][k] == v
		}
	}
	fmt.Println("lookups:", dc.hits.Load()+dc.misses.Load(), "loads:", dc.loads.Load(), "agree:", agree)
	keys := make([]string, 0)
	for k := range dc.entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-18s %5d\n", k, dc.entries[k])
	}
	fmt.Println("invalidated /usr:", dc.Invalidate("/usr/"))
	fmt.Println("invalidated /nope:", dc.Invalidate("/nope"))
	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	v := sync.OnceValue(func() int { calls += 10; return calls })
	fmt.Println(len(dc.entries), calls, v(), v())
}
