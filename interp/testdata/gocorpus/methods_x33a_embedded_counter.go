package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	defer c.Unlock()
	if c.counts == nil {
		c.counts = make(map[string]int)
	}
	c.counts[key]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

type HitTracker struct {
	SafeCounter
	name string
}

func (h *HitTracker) String() string {
	snap := h.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s{", h.name)
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s=%d", k, snap[k])
	}
	b.WriteString("}")
	return b.String()
}

type Incrementer interface {
	Inc(string)
}

func hammer(inc Incrementer, keys []string, times int) {
	var wg sync.WaitGroup
	for _, k := range keys {
		for i := 0; i < times; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				inc.Inc(k)
			}()
		}
	}
	wg.Wait()
}

func main() {
	h := &HitTracker{name: "pages"}
	hammer(h, []string{"/", "/about", "/blog", "/"}, 25)
	fmt.Println(h)

	var plain SafeCounter
	hammer(&plain, []string{"x", "y"}, 10)
	fmt.Println(plain.Snapshot())

	var inc Incrementer = h
	_, isStringer := inc.(fmt.Stringer)
	fmt.Printf("%T stringer=%v\n", inc, isStringer)
	h.Lock()
	h.counts["/manual"] = 99
	h.Unlock()
	fmt.Println(h.String())
}
