package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Source func(key string) (string, bool)

func MapSource(m map[string]string) Source {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func PrefixSource(prefix string, inner Source) Source {
	return func(k string) (string, bool) { return inner(prefix + strings.ToUpper(k)) }
}

func Layered(srcs ...Source) Source {
	return func(k string) (string, bool) {
		for _, s := range srcs {
			if v, ok := s(k); ok {
				return v, true
			}
		}
		return "", false
	}
}

type Lazy[T any] struct {
	once sync.Once
	get  func() T
	val  T
}

func (l *Lazy[T]) Value() T {
	l.once.Do(func() { l.val = l.get() })
	return l.val
}

func Int(src Source, key string, def int, trace *[]string) *Lazy[int] {
	return &Lazy[int]{get: func() int {
		*trace = append(*trace, "load "+key)
		if v, ok := src(key); ok {
			if n, err := strconv.Atoi(v); err == nil {
				return n
			}
			*trace = append(*trace, "bad int for "+key+": "+v)
		}
		return def
	}}
}

func main() {
	env := MapSource(map[string]string{"APP_PORT": "9000", "APP_WORKERS": "many"})
	file := MapSource(map[string]string{"port": "8080", "workers": "4", "retries": "3", "name": "svc"})
	src := Layered(PrefixSource("APP_", env), file)
	var trace []string
	port := Int(src, "port", 80, &trace)
	workers := Int(src, "workers", 1, &trace)
	timeout := Int(src, "timeout", 30, &trace)
	fmt.Println("nothing loaded yet:", len(trace))
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sums[i] = port.Value() + i
		}()
	}
	wg.Wait()
	fmt.Println(sums, workers.Value(), timeout.Value(), workers.Value())
	fmt.Println(strings.Join(trace, " | "))
	keys := []string{"name", "port", "missing", "workers"}
	got := map[string]string{}
	for _, k := range keys {
		if v, ok := src(k); ok {
			got[k] = v
		}
	}
	sort.Strings(keys)
	fmt.Println(got, keys)
}
