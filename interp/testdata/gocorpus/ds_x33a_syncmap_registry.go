package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Service struct {
	Name    string
	Port    int
	Healthy bool
}

type Registry struct {
	m sync.Map
}

func (r *Registry) Register(s *Service) (existing *Service, loaded bool) {
	v, loaded := r.m.LoadOrStore(s.Name, s)
	return v.(*Service), loaded
}

func (r *Registry) Names() []string {
	var names []string
	r.m.Range(func(k, v any) bool {
		names = append(names, k.(string))
		return true
	})
	sort.Strings(names)
	return names
}

var bufPool = sync.Pool{
	New: func() any { return new(strings.Builder) },
}

func describe(s *Service) string {
	b := bufPool.Get().(*strings.Builder)
	b.Reset()
	defer bufPool.Put(b)
	fmt.Fprintf(b, "%s@:%d", s.Name, s.Port)
	if !s.Healthy {
		b.WriteString(" (down)")
	}
	return b.String()
}

func main() {
	var reg Registry
	var wg sync.WaitGroup
	var mu sync.Mutex
	dupes := 0
	services := []string{"auth", "users", "billing", "auth", "search", "users", "auth"}
	for i, name := range services {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, loaded := reg.Register(&Service{Name: name, Port: 8000 + len(name), Healthy: i%3 != 2})
			if loaded {
				mu.Lock()
				dupes++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("services:", reg.Names(), "duplicates rejected:", dupes)

	for _, n := range reg.Names() {
		v, _ := reg.m.Load(n)
		s := v.(*Service)
		s.Healthy = n != "billing"
		fmt.Println(describe(s))
	}
	reg.m.Delete("search")
	_, ok := reg.m.Load("search")
	fmt.Println("search still there:", ok)
	v, loaded := reg.m.LoadAndDelete("auth")
	fmt.Printf("%v %+v\n", loaded, *v.(*Service))
	prev, swapped := reg.m.Swap("users", &Service{Name: "users", Port: 9999})
	fmt.Println(prev.(*Service).Port, swapped, reg.Names())
	fmt.Println(reg.m.CompareAndDelete("users", "nope"))
}
