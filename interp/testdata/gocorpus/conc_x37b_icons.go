// Lazy initialization with sync.Once and a read-mostly cache guarded by
// sync.RWMutex, after sections 9.3 and 9.5.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Image struct {
	Name string
	W, H int
}

var loads atomic.Int32

func loadIcon(name string) Image {
	loads.Add(1)
	return Image{Name: name, W: 16 * len(name), H: 16}
}

var (
	loadIconsOnce sync.Once
	icons         map[string]Image
)

func loadIcons() {
	icons = map[string]Image{
		"spades.png":   loadIcon("spades.png"),
		"hearts.png":   loadIcon("hearts.png"),
		"diamonds.png": loadIcon("diamonds.png"),
		"clubs.png":    loadIcon("clubs.png"),
	}
}

// Icon is concurrency-safe.
func Icon(name string) Image {
	loadIconsOnce.Do(loadIcons)
	return icons[name]
}

type Registry struct {
	mu    sync.RWMutex
	users map[string]int
	reads atomic.Int64
}

func (r *Registry) Lookup(name string) (int, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	r.reads.Add(1)
	id, ok := r.users[name]
	return id, ok
}

func (r *Registry) Register(name string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if id, ok := r.users[name]; ok {
		return id
	}
	id := len(r.users) + 1
	r.users[name] = id
	return id
}

func main() {
	var wg sync.WaitGroup
	sizes := make([]int, 20)
	names := []string{"spades.png", "hearts.png", "diamonds.png", "clubs.png", "joker.png"}
	for i := range sizes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sizes[i] = Icon(names[i%len(names)]).W
		}()
	}
	wg.Wait()
	fmt.Println(sizes, "loads:", loads.Load())

	onceVal := sync.OnceValue(func() string {
		fmt.Println("computing greeting")
		return strings.Repeat("hi ", 2)
	})
	fmt.Printf("%q %q\n", onceVal(), onceVal())

	reg := &Registry{users: map[string]int{}}
	people := []string{"ann", "bob", "cid", "dee"}
	for _, p := range people {
		reg.Register(p)
	}
	var found atomic.Int32
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, ok := reg.Lookup(people[i%4] + strings.Repeat("!", i%2)); ok {
				found.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("found:", found.Load(), "reads:", reg.reads.Load())
	keys := make([]string, 0)
	for k := range reg.users {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, reg.users[k])
	}
	fmt.Println(reg.Register("bob"), reg.Register("eve"))
}
